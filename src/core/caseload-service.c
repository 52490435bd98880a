#define G_LOG_DOMAIN "caseload-service"

#include "config.h"

#include "caseload-service.h"

struct _CaseloadService
{
  GObject parent_instance;

  gint64 id;
  gint64 iep_id;
  int position;
  char *category;
  char *name;
  char *provider_role;
  gint64 provider_staff_id;
  char *provider_name;
  int minutes_per_session;
  gboolean has_minutes_per_session;
  int sessions;
  gboolean has_sessions;
  char *per;
  char *location;
  char *start_date;
  char *end_date;
  double minutes_per_week;
};

G_DEFINE_FINAL_TYPE (CaseloadService, caseload_service, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_IEP_ID,
  PROP_POSITION,
  PROP_CATEGORY,
  PROP_NAME,
  PROP_PROVIDER_ROLE,
  PROP_PROVIDER_STAFF_ID,
  PROP_PROVIDER_NAME,
  PROP_MINUTES_PER_SESSION,
  PROP_HAS_MINUTES_PER_SESSION,
  PROP_SESSIONS,
  PROP_HAS_SESSIONS,
  PROP_PER,
  PROP_LOCATION,
  PROP_START_DATE,
  PROP_END_DATE,
  PROP_MINUTES_PER_WEEK,
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

static void update_minutes_per_week (CaseloadService *self);

static void
caseload_service_finalize (GObject *object)
{
  CaseloadService *self = (CaseloadService *)object;

  g_clear_pointer (&self->category, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->provider_role, g_free);
  g_clear_pointer (&self->provider_name, g_free);
  g_clear_pointer (&self->per, g_free);
  g_clear_pointer (&self->location, g_free);
  g_clear_pointer (&self->start_date, g_free);
  g_clear_pointer (&self->end_date, g_free);


  G_OBJECT_CLASS (caseload_service_parent_class)->finalize (object);
}

static void
caseload_service_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CaseloadService *self = CASELOAD_SERVICE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_IEP_ID:
      g_value_set_int64 (value, self->iep_id);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    case PROP_CATEGORY:
      g_value_set_string (value, self->category);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_PROVIDER_ROLE:
      g_value_set_string (value, self->provider_role);
      break;

    case PROP_PROVIDER_STAFF_ID:
      g_value_set_int64 (value, self->provider_staff_id);
      break;

    case PROP_PROVIDER_NAME:
      g_value_set_string (value, self->provider_name);
      break;

    case PROP_MINUTES_PER_SESSION:
      g_value_set_int (value, self->minutes_per_session);
      break;

    case PROP_HAS_MINUTES_PER_SESSION:
      g_value_set_boolean (value, self->has_minutes_per_session);
      break;

    case PROP_SESSIONS:
      g_value_set_int (value, self->sessions);
      break;

    case PROP_HAS_SESSIONS:
      g_value_set_boolean (value, self->has_sessions);
      break;

    case PROP_PER:
      g_value_set_string (value, self->per);
      break;

    case PROP_LOCATION:
      g_value_set_string (value, self->location);
      break;

    case PROP_START_DATE:
      g_value_set_string (value, self->start_date);
      break;

    case PROP_END_DATE:
      g_value_set_string (value, self->end_date);
      break;

    case PROP_MINUTES_PER_WEEK:
      g_value_set_double (value, self->minutes_per_week);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_service_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CaseloadService *self = CASELOAD_SERVICE (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_service_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_IEP_ID:
      caseload_service_set_iep_id (self, g_value_get_int64 (value));
      break;

    case PROP_POSITION:
      caseload_service_set_position (self, g_value_get_int (value));
      break;

    case PROP_CATEGORY:
      caseload_service_set_category (self, g_value_get_string (value));
      break;

    case PROP_NAME:
      caseload_service_set_name (self, g_value_get_string (value));
      break;

    case PROP_PROVIDER_ROLE:
      caseload_service_set_provider_role (self, g_value_get_string (value));
      break;

    case PROP_PROVIDER_STAFF_ID:
      caseload_service_set_provider_staff_id (self, g_value_get_int64 (value));
      break;

    case PROP_PROVIDER_NAME:
      caseload_service_set_provider_name (self, g_value_get_string (value));
      break;

    case PROP_MINUTES_PER_SESSION:
      caseload_service_set_minutes_per_session (self, g_value_get_int (value));
      break;

    case PROP_HAS_MINUTES_PER_SESSION:
      if (!g_value_get_boolean (value))
        caseload_service_unset_minutes_per_session (self);
      else if (!self->has_minutes_per_session)
        {
          self->has_minutes_per_session = TRUE;
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_MINUTES_PER_SESSION]);
        }
      break;

    case PROP_SESSIONS:
      caseload_service_set_sessions (self, g_value_get_int (value));
      break;

    case PROP_HAS_SESSIONS:
      if (!g_value_get_boolean (value))
        caseload_service_unset_sessions (self);
      else if (!self->has_sessions)
        {
          self->has_sessions = TRUE;
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_SESSIONS]);
        }
      break;

    case PROP_PER:
      caseload_service_set_per (self, g_value_get_string (value));
      break;

    case PROP_LOCATION:
      caseload_service_set_location (self, g_value_get_string (value));
      break;

    case PROP_START_DATE:
      caseload_service_set_start_date (self, g_value_get_string (value));
      break;

    case PROP_END_DATE:
      caseload_service_set_end_date (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_service_class_init (CaseloadServiceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_service_finalize;
  object_class->get_property = caseload_service_get_property;
  object_class->set_property = caseload_service_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_IEP_ID] =
    g_param_spec_int64 ("iep-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CATEGORY] =
    g_param_spec_string ("category", NULL, NULL,
                         "special-education",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PROVIDER_ROLE] =
    g_param_spec_string ("provider-role", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PROVIDER_STAFF_ID] =
    g_param_spec_int64 ("provider-staff-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PROVIDER_NAME] =
    g_param_spec_string ("provider-name", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_MINUTES_PER_SESSION] =
    g_param_spec_int ("minutes-per-session", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_HAS_MINUTES_PER_SESSION] =
    g_param_spec_boolean ("has-minutes-per-session", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SESSIONS] =
    g_param_spec_int ("sessions", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_HAS_SESSIONS] =
    g_param_spec_boolean ("has-sessions", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PER] =
    g_param_spec_string ("per", NULL, NULL,
                         "week",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_LOCATION] =
    g_param_spec_string ("location", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_START_DATE] =
    g_param_spec_string ("start-date", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_END_DATE] =
    g_param_spec_string ("end-date", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_MINUTES_PER_WEEK] =
    g_param_spec_double ("minutes-per-week", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_service_init (CaseloadService *self)
{
  self->category = g_strdup ("special-education");
  self->name = g_strdup ("");
  self->provider_role = g_strdup ("");
  self->provider_name = g_strdup ("");
  self->per = g_strdup ("week");
  self->location = g_strdup ("");
  self->start_date = g_strdup ("");
  self->end_date = g_strdup ("");

}

CaseloadService *
caseload_service_new (void)
{
  return g_object_new (CASELOAD_TYPE_SERVICE, NULL);
}

gint64
caseload_service_get_id (CaseloadService *self)
{
  g_return_val_if_fail (CASELOAD_IS_SERVICE (self), 0);

  return self->id;
}

void
caseload_service_set_id (CaseloadService *self,
                        gint64 value)
{
  g_return_if_fail (CASELOAD_IS_SERVICE (self));

  if (self->id == value)
    return;

  self->id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
caseload_service_get_iep_id (CaseloadService *self)
{
  g_return_val_if_fail (CASELOAD_IS_SERVICE (self), 0);

  return self->iep_id;
}

void
caseload_service_set_iep_id (CaseloadService *self,
                            gint64 value)
{
  g_return_if_fail (CASELOAD_IS_SERVICE (self));

  if (self->iep_id == value)
    return;

  self->iep_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IEP_ID]);
}

int
caseload_service_get_position (CaseloadService *self)
{
  g_return_val_if_fail (CASELOAD_IS_SERVICE (self), 0);

  return self->position;
}

void
caseload_service_set_position (CaseloadService *self,
                              int value)
{
  g_return_if_fail (CASELOAD_IS_SERVICE (self));

  if (self->position == value)
    return;

  self->position = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

const char *
caseload_service_get_category (CaseloadService *self)
{
  g_return_val_if_fail (CASELOAD_IS_SERVICE (self), "");

  return self->category;
}

void
caseload_service_set_category (CaseloadService *self,
                              const char *value)
{
  g_return_if_fail (CASELOAD_IS_SERVICE (self));

  if (!replace_string (&self->category, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATEGORY]);
}

const char *
caseload_service_get_name (CaseloadService *self)
{
  g_return_val_if_fail (CASELOAD_IS_SERVICE (self), "");

  return self->name;
}

void
caseload_service_set_name (CaseloadService *self,
                          const char *value)
{
  g_return_if_fail (CASELOAD_IS_SERVICE (self));

  if (!replace_string (&self->name, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
caseload_service_get_provider_role (CaseloadService *self)
{
  g_return_val_if_fail (CASELOAD_IS_SERVICE (self), "");

  return self->provider_role;
}

void
caseload_service_set_provider_role (CaseloadService *self,
                                   const char *value)
{
  g_return_if_fail (CASELOAD_IS_SERVICE (self));

  if (!replace_string (&self->provider_role, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROVIDER_ROLE]);
}

gint64
caseload_service_get_provider_staff_id (CaseloadService *self)
{
  g_return_val_if_fail (CASELOAD_IS_SERVICE (self), 0);

  return self->provider_staff_id;
}

void
caseload_service_set_provider_staff_id (CaseloadService *self,
                                       gint64 value)
{
  g_return_if_fail (CASELOAD_IS_SERVICE (self));

  if (self->provider_staff_id == value)
    return;

  self->provider_staff_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROVIDER_STAFF_ID]);
}

const char *
caseload_service_get_provider_name (CaseloadService *self)
{
  g_return_val_if_fail (CASELOAD_IS_SERVICE (self), "");

  return self->provider_name;
}

void
caseload_service_set_provider_name (CaseloadService *self,
                                   const char *value)
{
  g_return_if_fail (CASELOAD_IS_SERVICE (self));

  if (!replace_string (&self->provider_name, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROVIDER_NAME]);
}

int
caseload_service_get_minutes_per_session (CaseloadService *self)
{
  g_return_val_if_fail (CASELOAD_IS_SERVICE (self), 0);

  return self->minutes_per_session;
}

void
caseload_service_set_minutes_per_session (CaseloadService *self,
                                         int value)
{
  g_return_if_fail (CASELOAD_IS_SERVICE (self));

  if (self->minutes_per_session == value && self->has_minutes_per_session)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  if (self->minutes_per_session != value)
    {
      self->minutes_per_session = value;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MINUTES_PER_SESSION]);
    }
  if (!self->has_minutes_per_session)
    {
      self->has_minutes_per_session = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_MINUTES_PER_SESSION]);
    }
  g_object_thaw_notify (G_OBJECT (self));
  update_minutes_per_week (self);
}

gboolean
caseload_service_get_has_minutes_per_session (CaseloadService *self)
{
  g_return_val_if_fail (CASELOAD_IS_SERVICE (self), FALSE);

  return self->has_minutes_per_session;
}

void
caseload_service_unset_minutes_per_session (CaseloadService *self)
{
  g_return_if_fail (CASELOAD_IS_SERVICE (self));

  if (!self->has_minutes_per_session)
    return;

  self->has_minutes_per_session = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_MINUTES_PER_SESSION]);
  update_minutes_per_week (self);
}

int
caseload_service_get_sessions (CaseloadService *self)
{
  g_return_val_if_fail (CASELOAD_IS_SERVICE (self), 0);

  return self->sessions;
}

void
caseload_service_set_sessions (CaseloadService *self,
                              int value)
{
  g_return_if_fail (CASELOAD_IS_SERVICE (self));

  if (self->sessions == value && self->has_sessions)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  if (self->sessions != value)
    {
      self->sessions = value;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSIONS]);
    }
  if (!self->has_sessions)
    {
      self->has_sessions = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_SESSIONS]);
    }
  g_object_thaw_notify (G_OBJECT (self));
  update_minutes_per_week (self);
}

gboolean
caseload_service_get_has_sessions (CaseloadService *self)
{
  g_return_val_if_fail (CASELOAD_IS_SERVICE (self), FALSE);

  return self->has_sessions;
}

void
caseload_service_unset_sessions (CaseloadService *self)
{
  g_return_if_fail (CASELOAD_IS_SERVICE (self));

  if (!self->has_sessions)
    return;

  self->has_sessions = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_SESSIONS]);
  update_minutes_per_week (self);
}

const char *
caseload_service_get_per (CaseloadService *self)
{
  g_return_val_if_fail (CASELOAD_IS_SERVICE (self), "");

  return self->per;
}

void
caseload_service_set_per (CaseloadService *self,
                         const char *value)
{
  g_return_if_fail (CASELOAD_IS_SERVICE (self));

  if (!replace_string (&self->per, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PER]);
  update_minutes_per_week (self);
}

const char *
caseload_service_get_location (CaseloadService *self)
{
  g_return_val_if_fail (CASELOAD_IS_SERVICE (self), "");

  return self->location;
}

void
caseload_service_set_location (CaseloadService *self,
                              const char *value)
{
  g_return_if_fail (CASELOAD_IS_SERVICE (self));

  if (!replace_string (&self->location, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCATION]);
}

const char *
caseload_service_get_start_date (CaseloadService *self)
{
  g_return_val_if_fail (CASELOAD_IS_SERVICE (self), "");

  return self->start_date;
}

void
caseload_service_set_start_date (CaseloadService *self,
                                const char *value)
{
  g_return_if_fail (CASELOAD_IS_SERVICE (self));

  if (!replace_string (&self->start_date, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START_DATE]);
}

const char *
caseload_service_get_end_date (CaseloadService *self)
{
  g_return_val_if_fail (CASELOAD_IS_SERVICE (self), "");

  return self->end_date;
}

void
caseload_service_set_end_date (CaseloadService *self,
                              const char *value)
{
  g_return_if_fail (CASELOAD_IS_SERVICE (self));

  if (!replace_string (&self->end_date, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END_DATE]);
}

double
caseload_service_get_minutes_per_week (CaseloadService *self)
{
  g_return_val_if_fail (CASELOAD_IS_SERVICE (self), 0.0);

  return self->minutes_per_week;
}

static void
update_minutes_per_week (CaseloadService *self)
{
  double value = 0.0;

  /* Monthly frequencies are converted with 12 months / 52 weeks. */
  if (self->has_minutes_per_session && self->has_sessions)
    {
      value = (double) self->minutes_per_session * self->sessions;
      if (g_str_equal (self->per, "month"))
        value = value * 12.0 / 52.0;
    }

  if (self->minutes_per_week == value)
    return;

  self->minutes_per_week = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MINUTES_PER_WEEK]);
}
