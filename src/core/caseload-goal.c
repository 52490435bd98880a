#define G_LOG_DOMAIN "caseload-goal"

#include "config.h"

#include "caseload-goal.h"

#include "caseload-objective.h"

#include <glib/gi18n-lib.h>

struct _CaseloadGoal
{
  GObject parent_instance;

  gint64 id;
  gint64 iep_id;
  int position;
  char *area;
  char *condition;
  char *behavior;
  char *criterion;
  double baseline_value;
  gboolean has_baseline_value;
  char *baseline_date;
  double target_value;
  gboolean has_target_value;
  char *target_date;
  char *unit;
  char *direction;
  char *method;
  char *responsible;
  gint64 carried_from_goal_id;

  GPtrArray *objectives;
};

G_DEFINE_FINAL_TYPE (CaseloadGoal, caseload_goal, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_IEP_ID,
  PROP_POSITION,
  PROP_AREA,
  PROP_CONDITION,
  PROP_BEHAVIOR,
  PROP_CRITERION,
  PROP_BASELINE_VALUE,
  PROP_HAS_BASELINE_VALUE,
  PROP_BASELINE_DATE,
  PROP_TARGET_VALUE,
  PROP_HAS_TARGET_VALUE,
  PROP_TARGET_DATE,
  PROP_UNIT,
  PROP_DIRECTION,
  PROP_METHOD,
  PROP_RESPONSIBLE,
  PROP_CARRIED_FROM_GOAL_ID,
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
caseload_goal_finalize (GObject *object)
{
  CaseloadGoal *self = (CaseloadGoal *)object;

  g_clear_pointer (&self->area, g_free);
  g_clear_pointer (&self->condition, g_free);
  g_clear_pointer (&self->behavior, g_free);
  g_clear_pointer (&self->criterion, g_free);
  g_clear_pointer (&self->baseline_date, g_free);
  g_clear_pointer (&self->target_date, g_free);
  g_clear_pointer (&self->unit, g_free);
  g_clear_pointer (&self->direction, g_free);
  g_clear_pointer (&self->method, g_free);
  g_clear_pointer (&self->responsible, g_free);
  g_clear_pointer (&self->objectives, g_ptr_array_unref);

  G_OBJECT_CLASS (caseload_goal_parent_class)->finalize (object);
}

static void
caseload_goal_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CaseloadGoal *self = CASELOAD_GOAL (object);

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

    case PROP_AREA:
      g_value_set_string (value, self->area);
      break;

    case PROP_CONDITION:
      g_value_set_string (value, self->condition);
      break;

    case PROP_BEHAVIOR:
      g_value_set_string (value, self->behavior);
      break;

    case PROP_CRITERION:
      g_value_set_string (value, self->criterion);
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

    case PROP_UNIT:
      g_value_set_string (value, self->unit);
      break;

    case PROP_DIRECTION:
      g_value_set_string (value, self->direction);
      break;

    case PROP_METHOD:
      g_value_set_string (value, self->method);
      break;

    case PROP_RESPONSIBLE:
      g_value_set_string (value, self->responsible);
      break;

    case PROP_CARRIED_FROM_GOAL_ID:
      g_value_set_int64 (value, self->carried_from_goal_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_goal_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CaseloadGoal *self = CASELOAD_GOAL (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_goal_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_IEP_ID:
      caseload_goal_set_iep_id (self, g_value_get_int64 (value));
      break;

    case PROP_POSITION:
      caseload_goal_set_position (self, g_value_get_int (value));
      break;

    case PROP_AREA:
      caseload_goal_set_area (self, g_value_get_string (value));
      break;

    case PROP_CONDITION:
      caseload_goal_set_condition (self, g_value_get_string (value));
      break;

    case PROP_BEHAVIOR:
      caseload_goal_set_behavior (self, g_value_get_string (value));
      break;

    case PROP_CRITERION:
      caseload_goal_set_criterion (self, g_value_get_string (value));
      break;

    case PROP_BASELINE_VALUE:
      caseload_goal_set_baseline_value (self, g_value_get_double (value));
      break;

    case PROP_HAS_BASELINE_VALUE:
      if (!g_value_get_boolean (value))
        caseload_goal_unset_baseline_value (self);
      else if (!self->has_baseline_value)
        {
          self->has_baseline_value = TRUE;
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_BASELINE_VALUE]);
        }
      break;

    case PROP_BASELINE_DATE:
      caseload_goal_set_baseline_date (self, g_value_get_string (value));
      break;

    case PROP_TARGET_VALUE:
      caseload_goal_set_target_value (self, g_value_get_double (value));
      break;

    case PROP_HAS_TARGET_VALUE:
      if (!g_value_get_boolean (value))
        caseload_goal_unset_target_value (self);
      else if (!self->has_target_value)
        {
          self->has_target_value = TRUE;
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_TARGET_VALUE]);
        }
      break;

    case PROP_TARGET_DATE:
      caseload_goal_set_target_date (self, g_value_get_string (value));
      break;

    case PROP_UNIT:
      caseload_goal_set_unit (self, g_value_get_string (value));
      break;

    case PROP_DIRECTION:
      caseload_goal_set_direction (self, g_value_get_string (value));
      break;

    case PROP_METHOD:
      caseload_goal_set_method (self, g_value_get_string (value));
      break;

    case PROP_RESPONSIBLE:
      caseload_goal_set_responsible (self, g_value_get_string (value));
      break;

    case PROP_CARRIED_FROM_GOAL_ID:
      caseload_goal_set_carried_from_goal_id (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_goal_class_init (CaseloadGoalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_goal_finalize;
  object_class->get_property = caseload_goal_get_property;
  object_class->set_property = caseload_goal_set_property;

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

  properties[PROP_AREA] =
    g_param_spec_string ("area", NULL, NULL,
                         "reading",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CONDITION] =
    g_param_spec_string ("condition", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_BEHAVIOR] =
    g_param_spec_string ("behavior", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CRITERION] =
    g_param_spec_string ("criterion", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_BASELINE_VALUE] =
    g_param_spec_double ("baseline-value", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_HAS_BASELINE_VALUE] =
    g_param_spec_boolean ("has-baseline-value", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_BASELINE_DATE] =
    g_param_spec_string ("baseline-date", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TARGET_VALUE] =
    g_param_spec_double ("target-value", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_HAS_TARGET_VALUE] =
    g_param_spec_boolean ("has-target-value", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TARGET_DATE] =
    g_param_spec_string ("target-date", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_UNIT] =
    g_param_spec_string ("unit", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DIRECTION] =
    g_param_spec_string ("direction", NULL, NULL,
                         "higher",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_METHOD] =
    g_param_spec_string ("method", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_RESPONSIBLE] =
    g_param_spec_string ("responsible", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CARRIED_FROM_GOAL_ID] =
    g_param_spec_int64 ("carried-from-goal-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_goal_init (CaseloadGoal *self)
{
  self->area = g_strdup ("reading");
  self->condition = g_strdup ("");
  self->behavior = g_strdup ("");
  self->criterion = g_strdup ("");
  self->baseline_date = g_strdup ("");
  self->target_date = g_strdup ("");
  self->unit = g_strdup ("");
  self->direction = g_strdup ("higher");
  self->method = g_strdup ("");
  self->responsible = g_strdup ("");
  self->objectives = g_ptr_array_new_with_free_func (g_object_unref);
}

CaseloadGoal *
caseload_goal_new (void)
{
  return g_object_new (CASELOAD_TYPE_GOAL, NULL);
}

gint64
caseload_goal_get_id (CaseloadGoal *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL (self), 0);

  return self->id;
}

void
caseload_goal_set_id (CaseloadGoal *self,
                     gint64 value)
{
  g_return_if_fail (CASELOAD_IS_GOAL (self));

  if (self->id == value)
    return;

  self->id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
caseload_goal_get_iep_id (CaseloadGoal *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL (self), 0);

  return self->iep_id;
}

void
caseload_goal_set_iep_id (CaseloadGoal *self,
                         gint64 value)
{
  g_return_if_fail (CASELOAD_IS_GOAL (self));

  if (self->iep_id == value)
    return;

  self->iep_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IEP_ID]);
}

int
caseload_goal_get_position (CaseloadGoal *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL (self), 0);

  return self->position;
}

void
caseload_goal_set_position (CaseloadGoal *self,
                           int value)
{
  g_return_if_fail (CASELOAD_IS_GOAL (self));

  if (self->position == value)
    return;

  self->position = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

const char *
caseload_goal_get_area (CaseloadGoal *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL (self), "");

  return self->area;
}

void
caseload_goal_set_area (CaseloadGoal *self,
                       const char *value)
{
  g_return_if_fail (CASELOAD_IS_GOAL (self));

  if (!replace_string (&self->area, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AREA]);
}

const char *
caseload_goal_get_condition (CaseloadGoal *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL (self), "");

  return self->condition;
}

void
caseload_goal_set_condition (CaseloadGoal *self,
                            const char *value)
{
  g_return_if_fail (CASELOAD_IS_GOAL (self));

  if (!replace_string (&self->condition, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONDITION]);
}

const char *
caseload_goal_get_behavior (CaseloadGoal *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL (self), "");

  return self->behavior;
}

void
caseload_goal_set_behavior (CaseloadGoal *self,
                           const char *value)
{
  g_return_if_fail (CASELOAD_IS_GOAL (self));

  if (!replace_string (&self->behavior, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BEHAVIOR]);
}

const char *
caseload_goal_get_criterion (CaseloadGoal *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL (self), "");

  return self->criterion;
}

void
caseload_goal_set_criterion (CaseloadGoal *self,
                            const char *value)
{
  g_return_if_fail (CASELOAD_IS_GOAL (self));

  if (!replace_string (&self->criterion, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CRITERION]);
}

double
caseload_goal_get_baseline_value (CaseloadGoal *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL (self), 0.0);

  return self->baseline_value;
}

void
caseload_goal_set_baseline_value (CaseloadGoal *self,
                                 double value)
{
  g_return_if_fail (CASELOAD_IS_GOAL (self));

  if (self->baseline_value == value && self->has_baseline_value)
    return;

  g_object_freeze_notify (G_OBJECT (self));
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
  g_object_thaw_notify (G_OBJECT (self));
}

gboolean
caseload_goal_get_has_baseline_value (CaseloadGoal *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL (self), FALSE);

  return self->has_baseline_value;
}

void
caseload_goal_unset_baseline_value (CaseloadGoal *self)
{
  g_return_if_fail (CASELOAD_IS_GOAL (self));

  if (!self->has_baseline_value)
    return;

  self->has_baseline_value = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_BASELINE_VALUE]);
}

const char *
caseload_goal_get_baseline_date (CaseloadGoal *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL (self), "");

  return self->baseline_date;
}

void
caseload_goal_set_baseline_date (CaseloadGoal *self,
                                const char *value)
{
  g_return_if_fail (CASELOAD_IS_GOAL (self));

  if (!replace_string (&self->baseline_date, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BASELINE_DATE]);
}

double
caseload_goal_get_target_value (CaseloadGoal *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL (self), 0.0);

  return self->target_value;
}

void
caseload_goal_set_target_value (CaseloadGoal *self,
                               double value)
{
  g_return_if_fail (CASELOAD_IS_GOAL (self));

  if (self->target_value == value && self->has_target_value)
    return;

  g_object_freeze_notify (G_OBJECT (self));
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
  g_object_thaw_notify (G_OBJECT (self));
}

gboolean
caseload_goal_get_has_target_value (CaseloadGoal *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL (self), FALSE);

  return self->has_target_value;
}

void
caseload_goal_unset_target_value (CaseloadGoal *self)
{
  g_return_if_fail (CASELOAD_IS_GOAL (self));

  if (!self->has_target_value)
    return;

  self->has_target_value = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_TARGET_VALUE]);
}

const char *
caseload_goal_get_target_date (CaseloadGoal *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL (self), "");

  return self->target_date;
}

void
caseload_goal_set_target_date (CaseloadGoal *self,
                              const char *value)
{
  g_return_if_fail (CASELOAD_IS_GOAL (self));

  if (!replace_string (&self->target_date, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET_DATE]);
}

const char *
caseload_goal_get_unit (CaseloadGoal *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL (self), "");

  return self->unit;
}

void
caseload_goal_set_unit (CaseloadGoal *self,
                       const char *value)
{
  g_return_if_fail (CASELOAD_IS_GOAL (self));

  if (!replace_string (&self->unit, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT]);
}

const char *
caseload_goal_get_direction (CaseloadGoal *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL (self), "");

  return self->direction;
}

void
caseload_goal_set_direction (CaseloadGoal *self,
                            const char *value)
{
  g_return_if_fail (CASELOAD_IS_GOAL (self));

  if (!replace_string (&self->direction, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRECTION]);
}

const char *
caseload_goal_get_method (CaseloadGoal *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL (self), "");

  return self->method;
}

void
caseload_goal_set_method (CaseloadGoal *self,
                         const char *value)
{
  g_return_if_fail (CASELOAD_IS_GOAL (self));

  if (!replace_string (&self->method, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_METHOD]);
}

const char *
caseload_goal_get_responsible (CaseloadGoal *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL (self), "");

  return self->responsible;
}

void
caseload_goal_set_responsible (CaseloadGoal *self,
                              const char *value)
{
  g_return_if_fail (CASELOAD_IS_GOAL (self));

  if (!replace_string (&self->responsible, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESPONSIBLE]);
}

gint64
caseload_goal_get_carried_from_goal_id (CaseloadGoal *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL (self), 0);

  return self->carried_from_goal_id;
}

void
caseload_goal_set_carried_from_goal_id (CaseloadGoal *self,
                                       gint64 value)
{
  g_return_if_fail (CASELOAD_IS_GOAL (self));

  if (self->carried_from_goal_id == value)
    return;

  self->carried_from_goal_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CARRIED_FROM_GOAL_ID]);
}

GPtrArray *
caseload_goal_get_objectives (CaseloadGoal *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL (self), NULL);

  return self->objectives;
}

static const char * const goal_areas[] = {
  "reading", "writing", "math", "communication", "social-emotional",
  "behavior", "motor", "adaptive", "transition", "other", NULL
};

const char * const *
caseload_goal_areas (void)
{
  return goal_areas;
}

const char *
caseload_goal_area_to_label (const char *area)
{
  if (g_strcmp0 (area, "reading") == 0)
    return _("Reading");
  if (g_strcmp0 (area, "writing") == 0)
    return _("Writing");
  if (g_strcmp0 (area, "math") == 0)
    return _("Math");
  if (g_strcmp0 (area, "communication") == 0)
    return _("Communication");
  if (g_strcmp0 (area, "social-emotional") == 0)
    return _("Social-emotional");
  if (g_strcmp0 (area, "behavior") == 0)
    return _("Behavior");
  if (g_strcmp0 (area, "motor") == 0)
    return _("Motor");
  if (g_strcmp0 (area, "adaptive") == 0)
    return _("Adaptive / daily living");
  if (g_strcmp0 (area, "transition") == 0)
    return _("Transition");
  if (g_strcmp0 (area, "other") == 0)
    return _("Other");
  return area != NULL ? area : "";
}
