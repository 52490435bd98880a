#define G_LOG_DOMAIN "caseload-objective"

#include "config.h"

#include "caseload-objective.h"

struct _CaseloadObjective
{
  GObject parent_instance;

  gint64 id;
  gint64 goal_id;
  int position;
  char *description;
  char *target_date;
};

G_DEFINE_FINAL_TYPE (CaseloadObjective, caseload_objective, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_GOAL_ID,
  PROP_POSITION,
  PROP_DESCRIPTION,
  PROP_TARGET_DATE,
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
caseload_objective_finalize (GObject *object)
{
  CaseloadObjective *self = (CaseloadObjective *)object;

  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->target_date, g_free);


  G_OBJECT_CLASS (caseload_objective_parent_class)->finalize (object);
}

static void
caseload_objective_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CaseloadObjective *self = CASELOAD_OBJECTIVE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_GOAL_ID:
      g_value_set_int64 (value, self->goal_id);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_TARGET_DATE:
      g_value_set_string (value, self->target_date);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_objective_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  CaseloadObjective *self = CASELOAD_OBJECTIVE (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_objective_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_GOAL_ID:
      caseload_objective_set_goal_id (self, g_value_get_int64 (value));
      break;

    case PROP_POSITION:
      caseload_objective_set_position (self, g_value_get_int (value));
      break;

    case PROP_DESCRIPTION:
      caseload_objective_set_description (self, g_value_get_string (value));
      break;

    case PROP_TARGET_DATE:
      caseload_objective_set_target_date (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_objective_class_init (CaseloadObjectiveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_objective_finalize;
  object_class->get_property = caseload_objective_get_property;
  object_class->set_property = caseload_objective_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_GOAL_ID] =
    g_param_spec_int64 ("goal-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TARGET_DATE] =
    g_param_spec_string ("target-date", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_objective_init (CaseloadObjective *self)
{
  self->description = g_strdup ("");
  self->target_date = g_strdup ("");

}

CaseloadObjective *
caseload_objective_new (void)
{
  return g_object_new (CASELOAD_TYPE_OBJECTIVE, NULL);
}

gint64
caseload_objective_get_id (CaseloadObjective *self)
{
  g_return_val_if_fail (CASELOAD_IS_OBJECTIVE (self), 0);

  return self->id;
}

void
caseload_objective_set_id (CaseloadObjective *self,
                          gint64 value)
{
  g_return_if_fail (CASELOAD_IS_OBJECTIVE (self));

  if (self->id == value)
    return;

  self->id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
caseload_objective_get_goal_id (CaseloadObjective *self)
{
  g_return_val_if_fail (CASELOAD_IS_OBJECTIVE (self), 0);

  return self->goal_id;
}

void
caseload_objective_set_goal_id (CaseloadObjective *self,
                               gint64 value)
{
  g_return_if_fail (CASELOAD_IS_OBJECTIVE (self));

  if (self->goal_id == value)
    return;

  self->goal_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GOAL_ID]);
}

int
caseload_objective_get_position (CaseloadObjective *self)
{
  g_return_val_if_fail (CASELOAD_IS_OBJECTIVE (self), 0);

  return self->position;
}

void
caseload_objective_set_position (CaseloadObjective *self,
                                int value)
{
  g_return_if_fail (CASELOAD_IS_OBJECTIVE (self));

  if (self->position == value)
    return;

  self->position = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

const char *
caseload_objective_get_description (CaseloadObjective *self)
{
  g_return_val_if_fail (CASELOAD_IS_OBJECTIVE (self), "");

  return self->description;
}

void
caseload_objective_set_description (CaseloadObjective *self,
                                   const char *value)
{
  g_return_if_fail (CASELOAD_IS_OBJECTIVE (self));

  if (!replace_string (&self->description, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

const char *
caseload_objective_get_target_date (CaseloadObjective *self)
{
  g_return_val_if_fail (CASELOAD_IS_OBJECTIVE (self), "");

  return self->target_date;
}

void
caseload_objective_set_target_date (CaseloadObjective *self,
                                   const char *value)
{
  g_return_if_fail (CASELOAD_IS_OBJECTIVE (self));

  if (!replace_string (&self->target_date, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET_DATE]);
}
