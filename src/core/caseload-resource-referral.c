#define G_LOG_DOMAIN "caseload-resource-referral"

#include "config.h"

#include "caseload-resource-referral.h"

struct _CaseloadResourceReferral
{
  GObject parent_instance;

  gint64 id;
  gint64 student_id;
  char *student_name;
  gint64 resource_id;
  char *resource_name;
  char *referral_date;
  char *reason;
  char *status;
  char *follow_up_date;
  char *outcome;
};

G_DEFINE_FINAL_TYPE (CaseloadResourceReferral, caseload_resource_referral, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_STUDENT_ID,
  PROP_STUDENT_NAME,
  PROP_RESOURCE_ID,
  PROP_RESOURCE_NAME,
  PROP_REFERRAL_DATE,
  PROP_REASON,
  PROP_STATUS,
  PROP_FOLLOW_UP_DATE,
  PROP_OUTCOME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
caseload_resource_referral_finalize (GObject *object)
{
  CaseloadResourceReferral *self = (CaseloadResourceReferral *) object;

  g_clear_pointer (&self->student_name, g_free);
  g_clear_pointer (&self->resource_name, g_free);
  g_clear_pointer (&self->referral_date, g_free);
  g_clear_pointer (&self->reason, g_free);
  g_clear_pointer (&self->status, g_free);
  g_clear_pointer (&self->follow_up_date, g_free);
  g_clear_pointer (&self->outcome, g_free);


  G_OBJECT_CLASS (caseload_resource_referral_parent_class)->finalize (object);
}

static void
caseload_resource_referral_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  CaseloadResourceReferral *self = CASELOAD_RESOURCE_REFERRAL (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_STUDENT_ID:
      g_value_set_int64 (value, self->student_id);
      break;

    case PROP_STUDENT_NAME:
      g_value_set_string (value, self->student_name);
      break;

    case PROP_RESOURCE_ID:
      g_value_set_int64 (value, self->resource_id);
      break;

    case PROP_RESOURCE_NAME:
      g_value_set_string (value, self->resource_name);
      break;

    case PROP_REFERRAL_DATE:
      g_value_set_string (value, self->referral_date);
      break;

    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;

    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;

    case PROP_FOLLOW_UP_DATE:
      g_value_set_string (value, self->follow_up_date);
      break;

    case PROP_OUTCOME:
      g_value_set_string (value, self->outcome);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_resource_referral_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  CaseloadResourceReferral *self = CASELOAD_RESOURCE_REFERRAL (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_resource_referral_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_STUDENT_ID:
      caseload_resource_referral_set_student_id (self, g_value_get_int64 (value));
      break;

    case PROP_STUDENT_NAME:
      caseload_resource_referral_set_student_name (self, g_value_get_string (value));
      break;

    case PROP_RESOURCE_ID:
      caseload_resource_referral_set_resource_id (self, g_value_get_int64 (value));
      break;

    case PROP_RESOURCE_NAME:
      caseload_resource_referral_set_resource_name (self, g_value_get_string (value));
      break;

    case PROP_REFERRAL_DATE:
      caseload_resource_referral_set_referral_date (self, g_value_get_string (value));
      break;

    case PROP_REASON:
      caseload_resource_referral_set_reason (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      caseload_resource_referral_set_status (self, g_value_get_string (value));
      break;

    case PROP_FOLLOW_UP_DATE:
      caseload_resource_referral_set_follow_up_date (self, g_value_get_string (value));
      break;

    case PROP_OUTCOME:
      caseload_resource_referral_set_outcome (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_resource_referral_class_init (CaseloadResourceReferralClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_resource_referral_finalize;
  object_class->get_property = caseload_resource_referral_get_property;
  object_class->set_property = caseload_resource_referral_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STUDENT_ID] =
    g_param_spec_int64 ("student-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STUDENT_NAME] =
    g_param_spec_string ("student-name", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RESOURCE_ID] =
    g_param_spec_int64 ("resource-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RESOURCE_NAME] =
    g_param_spec_string ("resource-name", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REFERRAL_DATE] =
    g_param_spec_string ("referral-date", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REASON] =
    g_param_spec_string ("reason", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FOLLOW_UP_DATE] =
    g_param_spec_string ("follow-up-date", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OUTCOME] =
    g_param_spec_string ("outcome", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_resource_referral_init (CaseloadResourceReferral *self)
{
  self->student_name = g_strdup ("");
  self->resource_name = g_strdup ("");
  self->referral_date = g_strdup ("");
  self->reason = g_strdup ("");
  self->status = g_strdup ("");
  self->follow_up_date = g_strdup ("");
  self->outcome = g_strdup ("");
  g_free (self->status);
  self->status = g_strdup ("open");
}

CaseloadResourceReferral *
caseload_resource_referral_new (void)
{
  return g_object_new (CASELOAD_TYPE_RESOURCE_REFERRAL, NULL);
}

gint64
caseload_resource_referral_get_id (CaseloadResourceReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_RESOURCE_REFERRAL (self), 0);

  return self->id;
}

void
caseload_resource_referral_set_id (CaseloadResourceReferral *self,
                                   gint64      value)
{
  g_return_if_fail (CASELOAD_IS_RESOURCE_REFERRAL (self));

  if (self->id == value)
    return;
  self->id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
caseload_resource_referral_get_student_id (CaseloadResourceReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_RESOURCE_REFERRAL (self), 0);

  return self->student_id;
}

void
caseload_resource_referral_set_student_id (CaseloadResourceReferral *self,
                                           gint64      value)
{
  g_return_if_fail (CASELOAD_IS_RESOURCE_REFERRAL (self));

  if (self->student_id == value)
    return;
  self->student_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDENT_ID]);
}

const char *
caseload_resource_referral_get_student_name (CaseloadResourceReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_RESOURCE_REFERRAL (self), NULL);

  return self->student_name;
}

void
caseload_resource_referral_set_student_name (CaseloadResourceReferral *self,
                                             const char *value)
{
  g_return_if_fail (CASELOAD_IS_RESOURCE_REFERRAL (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->student_name, value) == 0)
    return;
  g_free (self->student_name);
  self->student_name = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDENT_NAME]);
}

gint64
caseload_resource_referral_get_resource_id (CaseloadResourceReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_RESOURCE_REFERRAL (self), 0);

  return self->resource_id;
}

void
caseload_resource_referral_set_resource_id (CaseloadResourceReferral *self,
                                            gint64      value)
{
  g_return_if_fail (CASELOAD_IS_RESOURCE_REFERRAL (self));

  if (self->resource_id == value)
    return;
  self->resource_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESOURCE_ID]);
}

const char *
caseload_resource_referral_get_resource_name (CaseloadResourceReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_RESOURCE_REFERRAL (self), NULL);

  return self->resource_name;
}

void
caseload_resource_referral_set_resource_name (CaseloadResourceReferral *self,
                                              const char *value)
{
  g_return_if_fail (CASELOAD_IS_RESOURCE_REFERRAL (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->resource_name, value) == 0)
    return;
  g_free (self->resource_name);
  self->resource_name = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESOURCE_NAME]);
}

const char *
caseload_resource_referral_get_referral_date (CaseloadResourceReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_RESOURCE_REFERRAL (self), NULL);

  return self->referral_date;
}

void
caseload_resource_referral_set_referral_date (CaseloadResourceReferral *self,
                                              const char *value)
{
  g_return_if_fail (CASELOAD_IS_RESOURCE_REFERRAL (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->referral_date, value) == 0)
    return;
  g_free (self->referral_date);
  self->referral_date = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERRAL_DATE]);
}

const char *
caseload_resource_referral_get_reason (CaseloadResourceReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_RESOURCE_REFERRAL (self), NULL);

  return self->reason;
}

void
caseload_resource_referral_set_reason (CaseloadResourceReferral *self,
                                       const char *value)
{
  g_return_if_fail (CASELOAD_IS_RESOURCE_REFERRAL (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->reason, value) == 0)
    return;
  g_free (self->reason);
  self->reason = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REASON]);
}

const char *
caseload_resource_referral_get_status (CaseloadResourceReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_RESOURCE_REFERRAL (self), NULL);

  return self->status;
}

void
caseload_resource_referral_set_status (CaseloadResourceReferral *self,
                                       const char *value)
{
  g_return_if_fail (CASELOAD_IS_RESOURCE_REFERRAL (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->status, value) == 0)
    return;
  g_free (self->status);
  self->status = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

const char *
caseload_resource_referral_get_follow_up_date (CaseloadResourceReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_RESOURCE_REFERRAL (self), NULL);

  return self->follow_up_date;
}

void
caseload_resource_referral_set_follow_up_date (CaseloadResourceReferral *self,
                                               const char *value)
{
  g_return_if_fail (CASELOAD_IS_RESOURCE_REFERRAL (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->follow_up_date, value) == 0)
    return;
  g_free (self->follow_up_date);
  self->follow_up_date = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLLOW_UP_DATE]);
}

const char *
caseload_resource_referral_get_outcome (CaseloadResourceReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_RESOURCE_REFERRAL (self), NULL);

  return self->outcome;
}

void
caseload_resource_referral_set_outcome (CaseloadResourceReferral *self,
                                        const char *value)
{
  g_return_if_fail (CASELOAD_IS_RESOURCE_REFERRAL (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->outcome, value) == 0)
    return;
  g_free (self->outcome);
  self->outcome = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTCOME]);
}

