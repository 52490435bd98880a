#define G_LOG_DOMAIN "caseload-goal-summary"

#include "config.h"

#include "caseload-goal-summary.h"

struct _CaseloadGoalSummary
{
  GObject parent_instance;

  gint64 goal_id;
  gint64 student_id;
  char *student_name;
  char *student_number;
  gint64 iep_id;
  int position;
  char *area;
  char *description;
  char *unit;
  char *direction;
  double baseline_value;
  gboolean has_baseline_value;
  char *baseline_date;
  double target_value;
  gboolean has_target_value;
  char *target_date;
  int n_points;
  double last_value;
  gboolean has_last_value;
  char *last_date;
};

G_DEFINE_FINAL_TYPE (CaseloadGoalSummary, caseload_goal_summary, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_GOAL_ID,
  PROP_STUDENT_ID,
  PROP_STUDENT_NAME,
  PROP_STUDENT_NUMBER,
  PROP_IEP_ID,
  PROP_POSITION,
  PROP_AREA,
  PROP_DESCRIPTION,
  PROP_UNIT,
  PROP_DIRECTION,
  PROP_BASELINE_VALUE,
  PROP_HAS_BASELINE_VALUE,
  PROP_BASELINE_DATE,
  PROP_TARGET_VALUE,
  PROP_HAS_TARGET_VALUE,
  PROP_TARGET_DATE,
  PROP_N_POINTS,
  PROP_LAST_VALUE,
  PROP_HAS_LAST_VALUE,
  PROP_LAST_DATE,
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
caseload_goal_summary_finalize (GObject *object)
{
  CaseloadGoalSummary *self = (CaseloadGoalSummary *)object;

  g_clear_pointer (&self->student_name, g_free);
  g_clear_pointer (&self->student_number, g_free);
  g_clear_pointer (&self->area, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->unit, g_free);
  g_clear_pointer (&self->direction, g_free);
  g_clear_pointer (&self->baseline_date, g_free);
  g_clear_pointer (&self->target_date, g_free);
  g_clear_pointer (&self->last_date, g_free);

  G_OBJECT_CLASS (caseload_goal_summary_parent_class)->finalize (object);
}

static void
caseload_goal_summary_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  CaseloadGoalSummary *self = CASELOAD_GOAL_SUMMARY (object);

  switch (prop_id)
    {
    case PROP_GOAL_ID:
      g_value_set_int64 (value, self->goal_id);
      break;

    case PROP_STUDENT_ID:
      g_value_set_int64 (value, self->student_id);
      break;

    case PROP_STUDENT_NAME:
      g_value_set_string (value, self->student_name);
      break;

    case PROP_STUDENT_NUMBER:
      g_value_set_string (value, self->student_number);
      break;

    case PROP_IEP_ID:
      g_value_set_int64 (value, self->iep_id);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    case PROP_AREA:
      g_value_set_string (value, self->area);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_UNIT:
      g_value_set_string (value, self->unit);
      break;

    case PROP_DIRECTION:
      g_value_set_string (value, self->direction);
      break;

    case PROP_BASELINE_VALUE:
      g_value_set_double (value, self->baseline_value);
      break;

    case PROP_HAS_BASELINE_VALUE:
      g_value_set_boolean (value, self->has_baseline_value);
      break;

    case PROP_BASELINE_DATE:
      g_value_set_string (value, self->baseline_date);
      break;

    case PROP_TARGET_VALUE:
      g_value_set_double (value, self->target_value);
      break;

    case PROP_HAS_TARGET_VALUE:
      g_value_set_boolean (value, self->has_target_value);
      break;

    case PROP_TARGET_DATE:
      g_value_set_string (value, self->target_date);
      break;

    case PROP_N_POINTS:
      g_value_set_int (value, self->n_points);
      break;

    case PROP_LAST_VALUE:
      g_value_set_double (value, self->last_value);
      break;

    case PROP_HAS_LAST_VALUE:
      g_value_set_boolean (value, self->has_last_value);
      break;

    case PROP_LAST_DATE:
      g_value_set_string (value, self->last_date);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_goal_summary_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  CaseloadGoalSummary *self = CASELOAD_GOAL_SUMMARY (object);

  switch (prop_id)
    {
    case PROP_GOAL_ID:
      caseload_goal_summary_set_goal_id (self, g_value_get_int64 (value));
      break;

    case PROP_STUDENT_ID:
      caseload_goal_summary_set_student_id (self, g_value_get_int64 (value));
      break;

    case PROP_STUDENT_NAME:
      caseload_goal_summary_set_student_name (self, g_value_get_string (value));
      break;

    case PROP_STUDENT_NUMBER:
      caseload_goal_summary_set_student_number (self, g_value_get_string (value));
      break;

    case PROP_IEP_ID:
      caseload_goal_summary_set_iep_id (self, g_value_get_int64 (value));
      break;

    case PROP_POSITION:
      caseload_goal_summary_set_position (self, g_value_get_int (value));
      break;

    case PROP_AREA:
      caseload_goal_summary_set_area (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      caseload_goal_summary_set_description (self, g_value_get_string (value));
      break;

    case PROP_UNIT:
      caseload_goal_summary_set_unit (self, g_value_get_string (value));
      break;

    case PROP_DIRECTION:
      caseload_goal_summary_set_direction (self, g_value_get_string (value));
      break;

    case PROP_BASELINE_VALUE:
      caseload_goal_summary_set_baseline_value (self, g_value_get_double (value));
      break;

    case PROP_HAS_BASELINE_VALUE:
      if (!g_value_get_boolean (value))
        caseload_goal_summary_unset_baseline_value (self);
      else if (!self->has_baseline_value)
        {
          self->has_baseline_value = TRUE;
          g_object_notify_by_pspec (object, properties[PROP_HAS_BASELINE_VALUE]);
        }
      break;

    case PROP_BASELINE_DATE:
      caseload_goal_summary_set_baseline_date (self, g_value_get_string (value));
      break;

    case PROP_TARGET_VALUE:
      caseload_goal_summary_set_target_value (self, g_value_get_double (value));
      break;

    case PROP_HAS_TARGET_VALUE:
      if (!g_value_get_boolean (value))
        caseload_goal_summary_unset_target_value (self);
      else if (!self->has_target_value)
        {
          self->has_target_value = TRUE;
          g_object_notify_by_pspec (object, properties[PROP_HAS_TARGET_VALUE]);
        }
      break;

    case PROP_TARGET_DATE:
      caseload_goal_summary_set_target_date (self, g_value_get_string (value));
      break;

    case PROP_N_POINTS:
      caseload_goal_summary_set_n_points (self, g_value_get_int (value));
      break;

    case PROP_LAST_VALUE:
      caseload_goal_summary_set_last_value (self, g_value_get_double (value));
      break;

    case PROP_HAS_LAST_VALUE:
      if (!g_value_get_boolean (value))
        caseload_goal_summary_unset_last_value (self);
      else if (!self->has_last_value)
        {
          self->has_last_value = TRUE;
          g_object_notify_by_pspec (object, properties[PROP_HAS_LAST_VALUE]);
        }
      break;

    case PROP_LAST_DATE:
      caseload_goal_summary_set_last_date (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_goal_summary_class_init (CaseloadGoalSummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_goal_summary_finalize;
  object_class->get_property = caseload_goal_summary_get_property;
  object_class->set_property = caseload_goal_summary_set_property;

  properties[PROP_GOAL_ID] =
    g_param_spec_int64 ("goal-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STUDENT_ID] =
    g_param_spec_int64 ("student-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STUDENT_NAME] =
    g_param_spec_string ("student-name", NULL, NULL, "",
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STUDENT_NUMBER] =
    g_param_spec_string ("student-number", NULL, NULL, "",
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_IEP_ID] =
    g_param_spec_int64 ("iep-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, G_MININT, G_MAXINT, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AREA] =
    g_param_spec_string ("area", NULL, NULL, "",
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, "",
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNIT] =
    g_param_spec_string ("unit", NULL, NULL, "",
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DIRECTION] =
    g_param_spec_string ("direction", NULL, NULL, "",
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BASELINE_VALUE] =
    g_param_spec_double ("baseline-value", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HAS_BASELINE_VALUE] =
    g_param_spec_boolean ("has-baseline-value", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BASELINE_DATE] =
    g_param_spec_string ("baseline-date", NULL, NULL, "",
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TARGET_VALUE] =
    g_param_spec_double ("target-value", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HAS_TARGET_VALUE] =
    g_param_spec_boolean ("has-target-value", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TARGET_DATE] =
    g_param_spec_string ("target-date", NULL, NULL, "",
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_POINTS] =
    g_param_spec_int ("n-points", NULL, NULL, G_MININT, G_MAXINT, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LAST_VALUE] =
    g_param_spec_double ("last-value", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HAS_LAST_VALUE] =
    g_param_spec_boolean ("has-last-value", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LAST_DATE] =
    g_param_spec_string ("last-date", NULL, NULL, "",
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_goal_summary_init (CaseloadGoalSummary *self)
{
  self->student_name = g_strdup ("");
  self->student_number = g_strdup ("");
  self->area = g_strdup ("");
  self->description = g_strdup ("");
  self->unit = g_strdup ("");
  self->direction = g_strdup ("");
  self->baseline_date = g_strdup ("");
  self->target_date = g_strdup ("");
  self->last_date = g_strdup ("");
}

CaseloadGoalSummary *
caseload_goal_summary_new (void)
{
  return g_object_new (CASELOAD_TYPE_GOAL_SUMMARY, NULL);
}

gint64
caseload_goal_summary_get_goal_id (CaseloadGoalSummary *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL_SUMMARY (self), 0);

  return self->goal_id;
}

void
caseload_goal_summary_set_goal_id (CaseloadGoalSummary *self,
                                  gint64 value)
{
  g_return_if_fail (CASELOAD_IS_GOAL_SUMMARY (self));

  if (self->goal_id == value)
    return;
  self->goal_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GOAL_ID]);
}

gint64
caseload_goal_summary_get_student_id (CaseloadGoalSummary *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL_SUMMARY (self), 0);

  return self->student_id;
}

void
caseload_goal_summary_set_student_id (CaseloadGoalSummary *self,
                                     gint64 value)
{
  g_return_if_fail (CASELOAD_IS_GOAL_SUMMARY (self));

  if (self->student_id == value)
    return;
  self->student_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDENT_ID]);
}

const char *
caseload_goal_summary_get_student_name (CaseloadGoalSummary *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL_SUMMARY (self), NULL);

  return self->student_name;
}

void
caseload_goal_summary_set_student_name (CaseloadGoalSummary *self,
                                       const char *value)
{
  g_return_if_fail (CASELOAD_IS_GOAL_SUMMARY (self));

  if (replace_string (&self->student_name, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDENT_NAME]);
}

const char *
caseload_goal_summary_get_student_number (CaseloadGoalSummary *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL_SUMMARY (self), NULL);

  return self->student_number;
}

void
caseload_goal_summary_set_student_number (CaseloadGoalSummary *self,
                                         const char *value)
{
  g_return_if_fail (CASELOAD_IS_GOAL_SUMMARY (self));

  if (replace_string (&self->student_number, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDENT_NUMBER]);
}

gint64
caseload_goal_summary_get_iep_id (CaseloadGoalSummary *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL_SUMMARY (self), 0);

  return self->iep_id;
}

void
caseload_goal_summary_set_iep_id (CaseloadGoalSummary *self,
                                 gint64 value)
{
  g_return_if_fail (CASELOAD_IS_GOAL_SUMMARY (self));

  if (self->iep_id == value)
    return;
  self->iep_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IEP_ID]);
}

int
caseload_goal_summary_get_position (CaseloadGoalSummary *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL_SUMMARY (self), 0);

  return self->position;
}

void
caseload_goal_summary_set_position (CaseloadGoalSummary *self,
                                   int value)
{
  g_return_if_fail (CASELOAD_IS_GOAL_SUMMARY (self));

  if (self->position == value)
    return;
  self->position = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

const char *
caseload_goal_summary_get_area (CaseloadGoalSummary *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL_SUMMARY (self), NULL);

  return self->area;
}

void
caseload_goal_summary_set_area (CaseloadGoalSummary *self,
                               const char *value)
{
  g_return_if_fail (CASELOAD_IS_GOAL_SUMMARY (self));

  if (replace_string (&self->area, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AREA]);
}

const char *
caseload_goal_summary_get_description (CaseloadGoalSummary *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL_SUMMARY (self), NULL);

  return self->description;
}

void
caseload_goal_summary_set_description (CaseloadGoalSummary *self,
                                      const char *value)
{
  g_return_if_fail (CASELOAD_IS_GOAL_SUMMARY (self));

  if (replace_string (&self->description, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

const char *
caseload_goal_summary_get_unit (CaseloadGoalSummary *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL_SUMMARY (self), NULL);

  return self->unit;
}

void
caseload_goal_summary_set_unit (CaseloadGoalSummary *self,
                               const char *value)
{
  g_return_if_fail (CASELOAD_IS_GOAL_SUMMARY (self));

  if (replace_string (&self->unit, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT]);
}

const char *
caseload_goal_summary_get_direction (CaseloadGoalSummary *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL_SUMMARY (self), NULL);

  return self->direction;
}

void
caseload_goal_summary_set_direction (CaseloadGoalSummary *self,
                                    const char *value)
{
  g_return_if_fail (CASELOAD_IS_GOAL_SUMMARY (self));

  if (replace_string (&self->direction, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRECTION]);
}

double
caseload_goal_summary_get_baseline_value (CaseloadGoalSummary *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL_SUMMARY (self), 0.0);

  return self->baseline_value;
}

void
caseload_goal_summary_set_baseline_value (CaseloadGoalSummary *self,
                                         double value)
{
  g_return_if_fail (CASELOAD_IS_GOAL_SUMMARY (self));

  if (self->baseline_value != value)
    {
      self->baseline_value = value;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BASELINE_VALUE]);
    }
  if (!self->has_baseline_value)
    {
      self->has_baseline_value = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_BASELINE_VALUE]);
    }
}

gboolean
caseload_goal_summary_get_has_baseline_value (CaseloadGoalSummary *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL_SUMMARY (self), FALSE);

  return self->has_baseline_value;
}

void
caseload_goal_summary_unset_baseline_value (CaseloadGoalSummary *self)
{
  g_return_if_fail (CASELOAD_IS_GOAL_SUMMARY (self));

  if (!self->has_baseline_value)
    return;
  self->has_baseline_value = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_BASELINE_VALUE]);
}

const char *
caseload_goal_summary_get_baseline_date (CaseloadGoalSummary *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL_SUMMARY (self), NULL);

  return self->baseline_date;
}

void
caseload_goal_summary_set_baseline_date (CaseloadGoalSummary *self,
                                        const char *value)
{
  g_return_if_fail (CASELOAD_IS_GOAL_SUMMARY (self));

  if (replace_string (&self->baseline_date, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BASELINE_DATE]);
}

double
caseload_goal_summary_get_target_value (CaseloadGoalSummary *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL_SUMMARY (self), 0.0);

  return self->target_value;
}

void
caseload_goal_summary_set_target_value (CaseloadGoalSummary *self,
                                       double value)
{
  g_return_if_fail (CASELOAD_IS_GOAL_SUMMARY (self));

  if (self->target_value != value)
    {
      self->target_value = value;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET_VALUE]);
    }
  if (!self->has_target_value)
    {
      self->has_target_value = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_TARGET_VALUE]);
    }
}

gboolean
caseload_goal_summary_get_has_target_value (CaseloadGoalSummary *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL_SUMMARY (self), FALSE);

  return self->has_target_value;
}

void
caseload_goal_summary_unset_target_value (CaseloadGoalSummary *self)
{
  g_return_if_fail (CASELOAD_IS_GOAL_SUMMARY (self));

  if (!self->has_target_value)
    return;
  self->has_target_value = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_TARGET_VALUE]);
}

const char *
caseload_goal_summary_get_target_date (CaseloadGoalSummary *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL_SUMMARY (self), NULL);

  return self->target_date;
}

void
caseload_goal_summary_set_target_date (CaseloadGoalSummary *self,
                                      const char *value)
{
  g_return_if_fail (CASELOAD_IS_GOAL_SUMMARY (self));

  if (replace_string (&self->target_date, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET_DATE]);
}

int
caseload_goal_summary_get_n_points (CaseloadGoalSummary *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL_SUMMARY (self), 0);

  return self->n_points;
}

void
caseload_goal_summary_set_n_points (CaseloadGoalSummary *self,
                                   int value)
{
  g_return_if_fail (CASELOAD_IS_GOAL_SUMMARY (self));

  if (self->n_points == value)
    return;
  self->n_points = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_POINTS]);
}

double
caseload_goal_summary_get_last_value (CaseloadGoalSummary *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL_SUMMARY (self), 0.0);

  return self->last_value;
}

void
caseload_goal_summary_set_last_value (CaseloadGoalSummary *self,
                                     double value)
{
  g_return_if_fail (CASELOAD_IS_GOAL_SUMMARY (self));

  if (self->last_value != value)
    {
      self->last_value = value;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_VALUE]);
    }
  if (!self->has_last_value)
    {
      self->has_last_value = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_LAST_VALUE]);
    }
}

gboolean
caseload_goal_summary_get_has_last_value (CaseloadGoalSummary *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL_SUMMARY (self), FALSE);

  return self->has_last_value;
}

void
caseload_goal_summary_unset_last_value (CaseloadGoalSummary *self)
{
  g_return_if_fail (CASELOAD_IS_GOAL_SUMMARY (self));

  if (!self->has_last_value)
    return;
  self->has_last_value = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_LAST_VALUE]);
}

const char *
caseload_goal_summary_get_last_date (CaseloadGoalSummary *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL_SUMMARY (self), NULL);

  return self->last_date;
}

void
caseload_goal_summary_set_last_date (CaseloadGoalSummary *self,
                                    const char *value)
{
  g_return_if_fail (CASELOAD_IS_GOAL_SUMMARY (self));

  if (replace_string (&self->last_date, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_DATE]);
}
