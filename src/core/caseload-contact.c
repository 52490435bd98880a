#define G_LOG_DOMAIN "caseload-contact"

#include "config.h"

#include "caseload-contact.h"

struct _CaseloadContact
{
  GObject parent_instance;

  gint64 id;
  gint64 student_id;
  gint64 staff_id;
  char *staff_name;
  char *contact_at;
  char *person;
  char *method;
  char *summary;
  gboolean follow_up_needed;
  char *follow_up_date;
};

G_DEFINE_FINAL_TYPE (CaseloadContact, caseload_contact, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_STUDENT_ID,
  PROP_STAFF_ID,
  PROP_STAFF_NAME,
  PROP_CONTACT_AT,
  PROP_PERSON,
  PROP_METHOD,
  PROP_SUMMARY,
  PROP_FOLLOW_UP_NEEDED,
  PROP_FOLLOW_UP_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
caseload_contact_finalize (GObject *object)
{
  CaseloadContact *self = (CaseloadContact *) object;

  g_clear_pointer (&self->staff_name, g_free);
  g_clear_pointer (&self->contact_at, g_free);
  g_clear_pointer (&self->person, g_free);
  g_clear_pointer (&self->method, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->follow_up_date, g_free);


  G_OBJECT_CLASS (caseload_contact_parent_class)->finalize (object);
}

static void
caseload_contact_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CaseloadContact *self = CASELOAD_CONTACT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_STUDENT_ID:
      g_value_set_int64 (value, self->student_id);
      break;

    case PROP_STAFF_ID:
      g_value_set_int64 (value, self->staff_id);
      break;

    case PROP_STAFF_NAME:
      g_value_set_string (value, self->staff_name);
      break;

    case PROP_CONTACT_AT:
      g_value_set_string (value, self->contact_at);
      break;

    case PROP_PERSON:
      g_value_set_string (value, self->person);
      break;

    case PROP_METHOD:
      g_value_set_string (value, self->method);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    case PROP_FOLLOW_UP_NEEDED:
      g_value_set_boolean (value, self->follow_up_needed);
      break;

    case PROP_FOLLOW_UP_DATE:
      g_value_set_string (value, self->follow_up_date);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_contact_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CaseloadContact *self = CASELOAD_CONTACT (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_contact_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_STUDENT_ID:
      caseload_contact_set_student_id (self, g_value_get_int64 (value));
      break;

    case PROP_STAFF_ID:
      caseload_contact_set_staff_id (self, g_value_get_int64 (value));
      break;

    case PROP_STAFF_NAME:
      caseload_contact_set_staff_name (self, g_value_get_string (value));
      break;

    case PROP_CONTACT_AT:
      caseload_contact_set_contact_at (self, g_value_get_string (value));
      break;

    case PROP_PERSON:
      caseload_contact_set_person (self, g_value_get_string (value));
      break;

    case PROP_METHOD:
      caseload_contact_set_method (self, g_value_get_string (value));
      break;

    case PROP_SUMMARY:
      caseload_contact_set_summary (self, g_value_get_string (value));
      break;

    case PROP_FOLLOW_UP_NEEDED:
      caseload_contact_set_follow_up_needed (self, g_value_get_boolean (value));
      break;

    case PROP_FOLLOW_UP_DATE:
      caseload_contact_set_follow_up_date (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_contact_class_init (CaseloadContactClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_contact_finalize;
  object_class->get_property = caseload_contact_get_property;
  object_class->set_property = caseload_contact_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STUDENT_ID] =
    g_param_spec_int64 ("student-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STAFF_ID] =
    g_param_spec_int64 ("staff-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STAFF_NAME] =
    g_param_spec_string ("staff-name", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONTACT_AT] =
    g_param_spec_string ("contact-at", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PERSON] =
    g_param_spec_string ("person", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_METHOD] =
    g_param_spec_string ("method", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FOLLOW_UP_NEEDED] =
    g_param_spec_boolean ("follow-up-needed", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FOLLOW_UP_DATE] =
    g_param_spec_string ("follow-up-date", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_contact_init (CaseloadContact *self)
{
  self->staff_name = g_strdup ("");
  self->contact_at = g_strdup ("");
  self->person = g_strdup ("");
  self->method = g_strdup ("");
  self->summary = g_strdup ("");
  self->follow_up_date = g_strdup ("");
}

CaseloadContact *
caseload_contact_new (void)
{
  return g_object_new (CASELOAD_TYPE_CONTACT, NULL);
}

gint64
caseload_contact_get_id (CaseloadContact *self)
{
  g_return_val_if_fail (CASELOAD_IS_CONTACT (self), 0);

  return self->id;
}

void
caseload_contact_set_id (CaseloadContact *self,
                         gint64      value)
{
  g_return_if_fail (CASELOAD_IS_CONTACT (self));

  if (self->id == value)
    return;
  self->id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
caseload_contact_get_student_id (CaseloadContact *self)
{
  g_return_val_if_fail (CASELOAD_IS_CONTACT (self), 0);

  return self->student_id;
}

void
caseload_contact_set_student_id (CaseloadContact *self,
                                 gint64      value)
{
  g_return_if_fail (CASELOAD_IS_CONTACT (self));

  if (self->student_id == value)
    return;
  self->student_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDENT_ID]);
}

gint64
caseload_contact_get_staff_id (CaseloadContact *self)
{
  g_return_val_if_fail (CASELOAD_IS_CONTACT (self), 0);

  return self->staff_id;
}

void
caseload_contact_set_staff_id (CaseloadContact *self,
                               gint64      value)
{
  g_return_if_fail (CASELOAD_IS_CONTACT (self));

  if (self->staff_id == value)
    return;
  self->staff_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF_ID]);
}

const char *
caseload_contact_get_staff_name (CaseloadContact *self)
{
  g_return_val_if_fail (CASELOAD_IS_CONTACT (self), NULL);

  return self->staff_name;
}

void
caseload_contact_set_staff_name (CaseloadContact *self,
                                 const char *value)
{
  g_return_if_fail (CASELOAD_IS_CONTACT (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->staff_name, value) == 0)
    return;
  g_free (self->staff_name);
  self->staff_name = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF_NAME]);
}

const char *
caseload_contact_get_contact_at (CaseloadContact *self)
{
  g_return_val_if_fail (CASELOAD_IS_CONTACT (self), NULL);

  return self->contact_at;
}

void
caseload_contact_set_contact_at (CaseloadContact *self,
                                 const char *value)
{
  g_return_if_fail (CASELOAD_IS_CONTACT (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->contact_at, value) == 0)
    return;
  g_free (self->contact_at);
  self->contact_at = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTACT_AT]);
}

const char *
caseload_contact_get_person (CaseloadContact *self)
{
  g_return_val_if_fail (CASELOAD_IS_CONTACT (self), NULL);

  return self->person;
}

void
caseload_contact_set_person (CaseloadContact *self,
                             const char *value)
{
  g_return_if_fail (CASELOAD_IS_CONTACT (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->person, value) == 0)
    return;
  g_free (self->person);
  self->person = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON]);
}

const char *
caseload_contact_get_method (CaseloadContact *self)
{
  g_return_val_if_fail (CASELOAD_IS_CONTACT (self), NULL);

  return self->method;
}

void
caseload_contact_set_method (CaseloadContact *self,
                             const char *value)
{
  g_return_if_fail (CASELOAD_IS_CONTACT (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->method, value) == 0)
    return;
  g_free (self->method);
  self->method = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_METHOD]);
}

const char *
caseload_contact_get_summary (CaseloadContact *self)
{
  g_return_val_if_fail (CASELOAD_IS_CONTACT (self), NULL);

  return self->summary;
}

void
caseload_contact_set_summary (CaseloadContact *self,
                              const char *value)
{
  g_return_if_fail (CASELOAD_IS_CONTACT (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->summary, value) == 0)
    return;
  g_free (self->summary);
  self->summary = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
}

gboolean
caseload_contact_get_follow_up_needed (CaseloadContact *self)
{
  g_return_val_if_fail (CASELOAD_IS_CONTACT (self), FALSE);

  return self->follow_up_needed;
}

void
caseload_contact_set_follow_up_needed (CaseloadContact *self,
                                       gboolean    value)
{
  g_return_if_fail (CASELOAD_IS_CONTACT (self));

  value = !!value;
  if (self->follow_up_needed == value)
    return;
  self->follow_up_needed = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLLOW_UP_NEEDED]);
}

const char *
caseload_contact_get_follow_up_date (CaseloadContact *self)
{
  g_return_val_if_fail (CASELOAD_IS_CONTACT (self), NULL);

  return self->follow_up_date;
}

void
caseload_contact_set_follow_up_date (CaseloadContact *self,
                                     const char *value)
{
  g_return_if_fail (CASELOAD_IS_CONTACT (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->follow_up_date, value) == 0)
    return;
  g_free (self->follow_up_date);
  self->follow_up_date = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLLOW_UP_DATE]);
}

