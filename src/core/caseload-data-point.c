#define G_LOG_DOMAIN "caseload-data-point"

#include "config.h"

#include "caseload-data-point.h"

struct _CaseloadDataPoint
{
  GObject parent_instance;

  gint64 id;
  gint64 goal_id;
  char *date;
  double value;
  char *note;
  gint64 recorded_by;
  char *recorded_by_name;
  char *recorded_at;
};

G_DEFINE_FINAL_TYPE (CaseloadDataPoint, caseload_data_point, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_GOAL_ID,
  PROP_DATE,
  PROP_VALUE,
  PROP_NOTE,
  PROP_RECORDED_BY,
  PROP_RECORDED_BY_NAME,
  PROP_RECORDED_AT,
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

static void
caseload_data_point_finalize (GObject *object)
{
  CaseloadDataPoint *self = (CaseloadDataPoint *)object;

  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->recorded_by_name, g_free);
  g_clear_pointer (&self->recorded_at, g_free);

  G_OBJECT_CLASS (caseload_data_point_parent_class)->finalize (object);
}

static void
caseload_data_point_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  CaseloadDataPoint *self = CASELOAD_DATA_POINT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_GOAL_ID:
      g_value_set_int64 (value, self->goal_id);
      break;

    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    case PROP_VALUE:
      g_value_set_double (value, self->value);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    case PROP_RECORDED_BY:
      g_value_set_int64 (value, self->recorded_by);
      break;

    case PROP_RECORDED_BY_NAME:
      g_value_set_string (value, self->recorded_by_name);
      break;

    case PROP_RECORDED_AT:
      g_value_set_string (value, self->recorded_at);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_data_point_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  CaseloadDataPoint *self = CASELOAD_DATA_POINT (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_data_point_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_GOAL_ID:
      caseload_data_point_set_goal_id (self, g_value_get_int64 (value));
      break;

    case PROP_DATE:
      caseload_data_point_set_date (self, g_value_get_string (value));
      break;

    case PROP_VALUE:
      caseload_data_point_set_value (self, g_value_get_double (value));
      break;

    case PROP_NOTE:
      caseload_data_point_set_note (self, g_value_get_string (value));
      break;

    case PROP_RECORDED_BY:
      caseload_data_point_set_recorded_by (self, g_value_get_int64 (value));
      break;

    case PROP_RECORDED_BY_NAME:
      caseload_data_point_set_recorded_by_name (self, g_value_get_string (value));
      break;

    case PROP_RECORDED_AT:
      caseload_data_point_set_recorded_at (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_data_point_class_init (CaseloadDataPointClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_data_point_finalize;
  object_class->get_property = caseload_data_point_get_property;
  object_class->set_property = caseload_data_point_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_GOAL_ID] =
    g_param_spec_int64 ("goal-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, "",
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VALUE] =
    g_param_spec_double ("value", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, "",
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RECORDED_BY] =
    g_param_spec_int64 ("recorded-by", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RECORDED_BY_NAME] =
    g_param_spec_string ("recorded-by-name", NULL, NULL, "",
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RECORDED_AT] =
    g_param_spec_string ("recorded-at", NULL, NULL, "",
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_data_point_init (CaseloadDataPoint *self)
{
  self->date = g_strdup ("");
  self->note = g_strdup ("");
  self->recorded_by_name = g_strdup ("");
  self->recorded_at = g_strdup ("");
}

CaseloadDataPoint *
caseload_data_point_new (void)
{
  return g_object_new (CASELOAD_TYPE_DATA_POINT, NULL);
}

gint64
caseload_data_point_get_id (CaseloadDataPoint *self)
{
  g_return_val_if_fail (CASELOAD_IS_DATA_POINT (self), 0);

  return self->id;
}

void
caseload_data_point_set_id (CaseloadDataPoint *self,
                           gint64 value)
{
  g_return_if_fail (CASELOAD_IS_DATA_POINT (self));

  if (self->id == value)
    return;
  self->id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
caseload_data_point_get_goal_id (CaseloadDataPoint *self)
{
  g_return_val_if_fail (CASELOAD_IS_DATA_POINT (self), 0);

  return self->goal_id;
}

void
caseload_data_point_set_goal_id (CaseloadDataPoint *self,
                                gint64 value)
{
  g_return_if_fail (CASELOAD_IS_DATA_POINT (self));

  if (self->goal_id == value)
    return;
  self->goal_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GOAL_ID]);
}

const char *
caseload_data_point_get_date (CaseloadDataPoint *self)
{
  g_return_val_if_fail (CASELOAD_IS_DATA_POINT (self), NULL);

  return self->date;
}

void
caseload_data_point_set_date (CaseloadDataPoint *self,
                             const char *value)
{
  g_return_if_fail (CASELOAD_IS_DATA_POINT (self));

  if (replace_string (&self->date, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

double
caseload_data_point_get_value (CaseloadDataPoint *self)
{
  g_return_val_if_fail (CASELOAD_IS_DATA_POINT (self), 0.0);

  return self->value;
}

void
caseload_data_point_set_value (CaseloadDataPoint *self,
                              double value)
{
  g_return_if_fail (CASELOAD_IS_DATA_POINT (self));

  if (self->value == value)
    return;
  self->value = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

const char *
caseload_data_point_get_note (CaseloadDataPoint *self)
{
  g_return_val_if_fail (CASELOAD_IS_DATA_POINT (self), NULL);

  return self->note;
}

void
caseload_data_point_set_note (CaseloadDataPoint *self,
                             const char *value)
{
  g_return_if_fail (CASELOAD_IS_DATA_POINT (self));

  if (replace_string (&self->note, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}

gint64
caseload_data_point_get_recorded_by (CaseloadDataPoint *self)
{
  g_return_val_if_fail (CASELOAD_IS_DATA_POINT (self), 0);

  return self->recorded_by;
}

void
caseload_data_point_set_recorded_by (CaseloadDataPoint *self,
                                    gint64 value)
{
  g_return_if_fail (CASELOAD_IS_DATA_POINT (self));

  if (self->recorded_by == value)
    return;
  self->recorded_by = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORDED_BY]);
}

const char *
caseload_data_point_get_recorded_by_name (CaseloadDataPoint *self)
{
  g_return_val_if_fail (CASELOAD_IS_DATA_POINT (self), NULL);

  return self->recorded_by_name;
}

void
caseload_data_point_set_recorded_by_name (CaseloadDataPoint *self,
                                         const char *value)
{
  g_return_if_fail (CASELOAD_IS_DATA_POINT (self));

  if (replace_string (&self->recorded_by_name, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORDED_BY_NAME]);
}

const char *
caseload_data_point_get_recorded_at (CaseloadDataPoint *self)
{
  g_return_val_if_fail (CASELOAD_IS_DATA_POINT (self), NULL);

  return self->recorded_at;
}

void
caseload_data_point_set_recorded_at (CaseloadDataPoint *self,
                                    const char *value)
{
  g_return_if_fail (CASELOAD_IS_DATA_POINT (self));

  if (replace_string (&self->recorded_at, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORDED_AT]);
}
