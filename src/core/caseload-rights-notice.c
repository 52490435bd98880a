#define G_LOG_DOMAIN "caseload-rights-notice"

#include "config.h"

#include "caseload-rights-notice.h"

struct _CaseloadRightsNotice
{
  GObject parent_instance;

  gint64 id;
  gint64 student_id;
  char *given_date;
  char *method;
  char *language;
  char *notes;
};

G_DEFINE_FINAL_TYPE (CaseloadRightsNotice, caseload_rights_notice, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_STUDENT_ID,
  PROP_GIVEN_DATE,
  PROP_METHOD,
  PROP_LANGUAGE,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
caseload_rights_notice_finalize (GObject *object)
{
  CaseloadRightsNotice *self = (CaseloadRightsNotice *) object;

  g_clear_pointer (&self->given_date, g_free);
  g_clear_pointer (&self->method, g_free);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->notes, g_free);


  G_OBJECT_CLASS (caseload_rights_notice_parent_class)->finalize (object);
}

static void
caseload_rights_notice_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  CaseloadRightsNotice *self = CASELOAD_RIGHTS_NOTICE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_STUDENT_ID:
      g_value_set_int64 (value, self->student_id);
      break;

    case PROP_GIVEN_DATE:
      g_value_set_string (value, self->given_date);
      break;

    case PROP_METHOD:
      g_value_set_string (value, self->method);
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_rights_notice_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  CaseloadRightsNotice *self = CASELOAD_RIGHTS_NOTICE (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_rights_notice_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_STUDENT_ID:
      caseload_rights_notice_set_student_id (self, g_value_get_int64 (value));
      break;

    case PROP_GIVEN_DATE:
      caseload_rights_notice_set_given_date (self, g_value_get_string (value));
      break;

    case PROP_METHOD:
      caseload_rights_notice_set_method (self, g_value_get_string (value));
      break;

    case PROP_LANGUAGE:
      caseload_rights_notice_set_language (self, g_value_get_string (value));
      break;

    case PROP_NOTES:
      caseload_rights_notice_set_notes (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_rights_notice_class_init (CaseloadRightsNoticeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_rights_notice_finalize;
  object_class->get_property = caseload_rights_notice_get_property;
  object_class->set_property = caseload_rights_notice_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STUDENT_ID] =
    g_param_spec_int64 ("student-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_GIVEN_DATE] =
    g_param_spec_string ("given-date", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_METHOD] =
    g_param_spec_string ("method", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_rights_notice_init (CaseloadRightsNotice *self)
{
  self->given_date = g_strdup ("");
  self->method = g_strdup ("");
  self->language = g_strdup ("");
  self->notes = g_strdup ("");
  g_free (self->language);
  self->language = g_strdup ("en");
}

CaseloadRightsNotice *
caseload_rights_notice_new (void)
{
  return g_object_new (CASELOAD_TYPE_RIGHTS_NOTICE, NULL);
}

gint64
caseload_rights_notice_get_id (CaseloadRightsNotice *self)
{
  g_return_val_if_fail (CASELOAD_IS_RIGHTS_NOTICE (self), 0);

  return self->id;
}

void
caseload_rights_notice_set_id (CaseloadRightsNotice *self,
                               gint64      value)
{
  g_return_if_fail (CASELOAD_IS_RIGHTS_NOTICE (self));

  if (self->id == value)
    return;
  self->id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
caseload_rights_notice_get_student_id (CaseloadRightsNotice *self)
{
  g_return_val_if_fail (CASELOAD_IS_RIGHTS_NOTICE (self), 0);

  return self->student_id;
}

void
caseload_rights_notice_set_student_id (CaseloadRightsNotice *self,
                                       gint64      value)
{
  g_return_if_fail (CASELOAD_IS_RIGHTS_NOTICE (self));

  if (self->student_id == value)
    return;
  self->student_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDENT_ID]);
}

const char *
caseload_rights_notice_get_given_date (CaseloadRightsNotice *self)
{
  g_return_val_if_fail (CASELOAD_IS_RIGHTS_NOTICE (self), NULL);

  return self->given_date;
}

void
caseload_rights_notice_set_given_date (CaseloadRightsNotice *self,
                                       const char *value)
{
  g_return_if_fail (CASELOAD_IS_RIGHTS_NOTICE (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->given_date, value) == 0)
    return;
  g_free (self->given_date);
  self->given_date = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GIVEN_DATE]);
}

const char *
caseload_rights_notice_get_method (CaseloadRightsNotice *self)
{
  g_return_val_if_fail (CASELOAD_IS_RIGHTS_NOTICE (self), NULL);

  return self->method;
}

void
caseload_rights_notice_set_method (CaseloadRightsNotice *self,
                                   const char *value)
{
  g_return_if_fail (CASELOAD_IS_RIGHTS_NOTICE (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->method, value) == 0)
    return;
  g_free (self->method);
  self->method = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_METHOD]);
}

const char *
caseload_rights_notice_get_language (CaseloadRightsNotice *self)
{
  g_return_val_if_fail (CASELOAD_IS_RIGHTS_NOTICE (self), NULL);

  return self->language;
}

void
caseload_rights_notice_set_language (CaseloadRightsNotice *self,
                                     const char *value)
{
  g_return_if_fail (CASELOAD_IS_RIGHTS_NOTICE (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->language, value) == 0)
    return;
  g_free (self->language);
  self->language = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

const char *
caseload_rights_notice_get_notes (CaseloadRightsNotice *self)
{
  g_return_val_if_fail (CASELOAD_IS_RIGHTS_NOTICE (self), NULL);

  return self->notes;
}

void
caseload_rights_notice_set_notes (CaseloadRightsNotice *self,
                                  const char *value)
{
  g_return_if_fail (CASELOAD_IS_RIGHTS_NOTICE (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->notes, value) == 0)
    return;
  g_free (self->notes);
  self->notes = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

