#define G_LOG_DOMAIN "caseload-guardian"

#include "config.h"

#include "caseload-guardian.h"

struct _CaseloadGuardian
{
  GObject parent_instance;

  gint64 id;
  gint64 student_id;
  char *first_name;
  char *last_name;
  char *full_name;
  char *relationship;
  char *phone;
  char *email;
  char *address;
  char *language;
  gboolean interpreter_needed;
  gboolean rights_holder;
  gboolean lives_with_student;
};

G_DEFINE_FINAL_TYPE (CaseloadGuardian, caseload_guardian, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_STUDENT_ID,
  PROP_FIRST_NAME,
  PROP_LAST_NAME,
  PROP_FULL_NAME,
  PROP_RELATIONSHIP,
  PROP_PHONE,
  PROP_EMAIL,
  PROP_ADDRESS,
  PROP_LANGUAGE,
  PROP_INTERPRETER_NEEDED,
  PROP_RIGHTS_HOLDER,
  PROP_LIVES_WITH_STUDENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Stores a copy of @value (NULL counts as "") in *@field; returns TRUE
 * when the text really changed. */
static gboolean
replace_string (char       **field,
                const char  *value)
{
  if (value == NULL)
    value = "";

  if (*field != NULL && g_str_equal (*field, value))
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);

  return TRUE;
}

/* "A B" (or whichever part is set); @separator goes between two parts. */
static char *
join_names (const char *a,
            const char *separator,
            const char *b)
{
  if (*a == '\0')
    return g_strdup (b);
  if (*b == '\0')
    return g_strdup (a);

  return g_strconcat (a, separator, b, NULL);
}

static void
update_full_name (CaseloadGuardian *self)
{
  g_autofree char *full_name = join_names (self->first_name, " ", self->last_name);

  if (replace_string (&self->full_name, full_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FULL_NAME]);
}

static void
caseload_guardian_finalize (GObject *object)
{
  CaseloadGuardian *self = (CaseloadGuardian *)object;

  g_clear_pointer (&self->first_name, g_free);
  g_clear_pointer (&self->last_name, g_free);
  g_clear_pointer (&self->full_name, g_free);
  g_clear_pointer (&self->relationship, g_free);
  g_clear_pointer (&self->phone, g_free);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->address, g_free);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (caseload_guardian_parent_class)->finalize (object);
}

static void
caseload_guardian_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CaseloadGuardian *self = CASELOAD_GUARDIAN (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_STUDENT_ID:
      g_value_set_int64 (value, self->student_id);
      break;

    case PROP_FIRST_NAME:
      g_value_set_string (value, self->first_name);
      break;

    case PROP_LAST_NAME:
      g_value_set_string (value, self->last_name);
      break;

    case PROP_FULL_NAME:
      g_value_set_string (value, self->full_name);
      break;

    case PROP_RELATIONSHIP:
      g_value_set_string (value, self->relationship);
      break;

    case PROP_PHONE:
      g_value_set_string (value, self->phone);
      break;

    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;

    case PROP_ADDRESS:
      g_value_set_string (value, self->address);
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    case PROP_INTERPRETER_NEEDED:
      g_value_set_boolean (value, self->interpreter_needed);
      break;

    case PROP_RIGHTS_HOLDER:
      g_value_set_boolean (value, self->rights_holder);
      break;

    case PROP_LIVES_WITH_STUDENT:
      g_value_set_boolean (value, self->lives_with_student);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_guardian_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CaseloadGuardian *self = CASELOAD_GUARDIAN (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_guardian_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_STUDENT_ID:
      caseload_guardian_set_student_id (self, g_value_get_int64 (value));
      break;

    case PROP_FIRST_NAME:
      caseload_guardian_set_first_name (self, g_value_get_string (value));
      break;

    case PROP_LAST_NAME:
      caseload_guardian_set_last_name (self, g_value_get_string (value));
      break;

    case PROP_RELATIONSHIP:
      caseload_guardian_set_relationship (self, g_value_get_string (value));
      break;

    case PROP_PHONE:
      caseload_guardian_set_phone (self, g_value_get_string (value));
      break;

    case PROP_EMAIL:
      caseload_guardian_set_email (self, g_value_get_string (value));
      break;

    case PROP_ADDRESS:
      caseload_guardian_set_address (self, g_value_get_string (value));
      break;

    case PROP_LANGUAGE:
      caseload_guardian_set_language (self, g_value_get_string (value));
      break;

    case PROP_INTERPRETER_NEEDED:
      caseload_guardian_set_interpreter_needed (self, g_value_get_boolean (value));
      break;

    case PROP_RIGHTS_HOLDER:
      caseload_guardian_set_rights_holder (self, g_value_get_boolean (value));
      break;

    case PROP_LIVES_WITH_STUDENT:
      caseload_guardian_set_lives_with_student (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_guardian_class_init (CaseloadGuardianClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_guardian_finalize;
  object_class->get_property = caseload_guardian_get_property;
  object_class->set_property = caseload_guardian_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STUDENT_ID] =
    g_param_spec_int64 ("student-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_FIRST_NAME] =
    g_param_spec_string ("first-name", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_LAST_NAME] =
    g_param_spec_string ("last-name", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_FULL_NAME] =
    g_param_spec_string ("full-name", NULL, NULL,
                         "",
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_RELATIONSHIP] =
    g_param_spec_string ("relationship", NULL, NULL,
                         "parent",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ADDRESS] =
    g_param_spec_string ("address", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL,
                         "en",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_INTERPRETER_NEEDED] =
    g_param_spec_boolean ("interpreter-needed", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_RIGHTS_HOLDER] =
    g_param_spec_boolean ("rights-holder", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_LIVES_WITH_STUDENT] =
    g_param_spec_boolean ("lives-with-student", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_guardian_init (CaseloadGuardian *self)
{
  self->first_name = g_strdup ("");
  self->last_name = g_strdup ("");
  self->full_name = g_strdup ("");
  self->relationship = g_strdup ("parent");
  self->phone = g_strdup ("");
  self->email = g_strdup ("");
  self->address = g_strdup ("");
  self->language = g_strdup ("en");
  self->rights_holder = TRUE;
  self->lives_with_student = TRUE;
}

CaseloadGuardian *
caseload_guardian_new (void)
{
  return g_object_new (CASELOAD_TYPE_GUARDIAN, NULL);
}

gint64
caseload_guardian_get_id (CaseloadGuardian *self)
{
  g_return_val_if_fail (CASELOAD_IS_GUARDIAN (self), 0);

  return self->id;
}

void
caseload_guardian_set_id (CaseloadGuardian *self,
                          gint64            id)
{
  g_return_if_fail (CASELOAD_IS_GUARDIAN (self));

  if (self->id == id)
    return;

  self->id = id;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
caseload_guardian_get_student_id (CaseloadGuardian *self)
{
  g_return_val_if_fail (CASELOAD_IS_GUARDIAN (self), 0);

  return self->student_id;
}

void
caseload_guardian_set_student_id (CaseloadGuardian *self,
                                  gint64            id)
{
  g_return_if_fail (CASELOAD_IS_GUARDIAN (self));

  if (self->student_id == id)
    return;

  self->student_id = id;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDENT_ID]);
}

const char *
caseload_guardian_get_first_name (CaseloadGuardian *self)
{
  g_return_val_if_fail (CASELOAD_IS_GUARDIAN (self), "");

  return self->first_name;
}

void
caseload_guardian_set_first_name (CaseloadGuardian *self,
                                  const char       *value)
{
  g_return_if_fail (CASELOAD_IS_GUARDIAN (self));

  if (!replace_string (&self->first_name, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_NAME]);
  update_full_name (self);
}

const char *
caseload_guardian_get_last_name (CaseloadGuardian *self)
{
  g_return_val_if_fail (CASELOAD_IS_GUARDIAN (self), "");

  return self->last_name;
}

void
caseload_guardian_set_last_name (CaseloadGuardian *self,
                                 const char       *value)
{
  g_return_if_fail (CASELOAD_IS_GUARDIAN (self));

  if (!replace_string (&self->last_name, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_NAME]);
  update_full_name (self);
}

char *
caseload_guardian_dup_full_name (CaseloadGuardian *self)
{
  g_return_val_if_fail (CASELOAD_IS_GUARDIAN (self), NULL);

  return g_strdup (self->full_name);
}

const char *
caseload_guardian_get_relationship (CaseloadGuardian *self)
{
  g_return_val_if_fail (CASELOAD_IS_GUARDIAN (self), "");

  return self->relationship;
}

void
caseload_guardian_set_relationship (CaseloadGuardian *self,
                                    const char       *value)
{
  g_return_if_fail (CASELOAD_IS_GUARDIAN (self));

  if (!replace_string (&self->relationship, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RELATIONSHIP]);
}

const char *
caseload_guardian_get_phone (CaseloadGuardian *self)
{
  g_return_val_if_fail (CASELOAD_IS_GUARDIAN (self), "");

  return self->phone;
}

void
caseload_guardian_set_phone (CaseloadGuardian *self,
                             const char       *value)
{
  g_return_if_fail (CASELOAD_IS_GUARDIAN (self));

  if (!replace_string (&self->phone, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHONE]);
}

const char *
caseload_guardian_get_email (CaseloadGuardian *self)
{
  g_return_val_if_fail (CASELOAD_IS_GUARDIAN (self), "");

  return self->email;
}

void
caseload_guardian_set_email (CaseloadGuardian *self,
                             const char       *value)
{
  g_return_if_fail (CASELOAD_IS_GUARDIAN (self));

  if (!replace_string (&self->email, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMAIL]);
}

const char *
caseload_guardian_get_address (CaseloadGuardian *self)
{
  g_return_val_if_fail (CASELOAD_IS_GUARDIAN (self), "");

  return self->address;
}

void
caseload_guardian_set_address (CaseloadGuardian *self,
                               const char       *value)
{
  g_return_if_fail (CASELOAD_IS_GUARDIAN (self));

  if (!replace_string (&self->address, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADDRESS]);
}

const char *
caseload_guardian_get_language (CaseloadGuardian *self)
{
  g_return_val_if_fail (CASELOAD_IS_GUARDIAN (self), "");

  return self->language;
}

void
caseload_guardian_set_language (CaseloadGuardian *self,
                                const char       *value)
{
  g_return_if_fail (CASELOAD_IS_GUARDIAN (self));

  if (!replace_string (&self->language, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

gboolean
caseload_guardian_get_interpreter_needed (CaseloadGuardian *self)
{
  g_return_val_if_fail (CASELOAD_IS_GUARDIAN (self), FALSE);

  return self->interpreter_needed;
}

void
caseload_guardian_set_interpreter_needed (CaseloadGuardian *self,
                                          gboolean          value)
{
  g_return_if_fail (CASELOAD_IS_GUARDIAN (self));

  value = !!value;

  if (self->interpreter_needed == value)
    return;

  self->interpreter_needed = value;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERPRETER_NEEDED]);
}

gboolean
caseload_guardian_get_rights_holder (CaseloadGuardian *self)
{
  g_return_val_if_fail (CASELOAD_IS_GUARDIAN (self), FALSE);

  return self->rights_holder;
}

void
caseload_guardian_set_rights_holder (CaseloadGuardian *self,
                                     gboolean          value)
{
  g_return_if_fail (CASELOAD_IS_GUARDIAN (self));

  value = !!value;

  if (self->rights_holder == value)
    return;

  self->rights_holder = value;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RIGHTS_HOLDER]);
}

gboolean
caseload_guardian_get_lives_with_student (CaseloadGuardian *self)
{
  g_return_val_if_fail (CASELOAD_IS_GUARDIAN (self), FALSE);

  return self->lives_with_student;
}

void
caseload_guardian_set_lives_with_student (CaseloadGuardian *self,
                                          gboolean          value)
{
  g_return_if_fail (CASELOAD_IS_GUARDIAN (self));

  value = !!value;

  if (self->lives_with_student == value)
    return;

  self->lives_with_student = value;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LIVES_WITH_STUDENT]);
}
