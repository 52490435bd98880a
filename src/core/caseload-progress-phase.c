#define G_LOG_DOMAIN "caseload-progress-phase"

#include "config.h"

#include "caseload-progress-phase.h"

struct _CaseloadProgressPhase
{
  GObject parent_instance;

  gint64 id;
  gint64 goal_id;
  char *start_date;
  char *label;
};

G_DEFINE_FINAL_TYPE (CaseloadProgressPhase, caseload_progress_phase, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_GOAL_ID,
  PROP_START_DATE,
  PROP_LABEL,
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
caseload_progress_phase_finalize (GObject *object)
{
  CaseloadProgressPhase *self = (CaseloadProgressPhase *)object;

  g_clear_pointer (&self->start_date, g_free);
  g_clear_pointer (&self->label, g_free);

  G_OBJECT_CLASS (caseload_progress_phase_parent_class)->finalize (object);
}

static void
caseload_progress_phase_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  CaseloadProgressPhase *self = CASELOAD_PROGRESS_PHASE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_GOAL_ID:
      g_value_set_int64 (value, self->goal_id);
      break;

    case PROP_START_DATE:
      g_value_set_string (value, self->start_date);
      break;

    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_progress_phase_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  CaseloadProgressPhase *self = CASELOAD_PROGRESS_PHASE (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_progress_phase_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_GOAL_ID:
      caseload_progress_phase_set_goal_id (self, g_value_get_int64 (value));
      break;

    case PROP_START_DATE:
      caseload_progress_phase_set_start_date (self, g_value_get_string (value));
      break;

    case PROP_LABEL:
      caseload_progress_phase_set_label (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_progress_phase_class_init (CaseloadProgressPhaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_progress_phase_finalize;
  object_class->get_property = caseload_progress_phase_get_property;
  object_class->set_property = caseload_progress_phase_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_GOAL_ID] =
    g_param_spec_int64 ("goal-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_START_DATE] =
    g_param_spec_string ("start-date", NULL, NULL, "",
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, "",
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_progress_phase_init (CaseloadProgressPhase *self)
{
  self->start_date = g_strdup ("");
  self->label = g_strdup ("");
}

CaseloadProgressPhase *
caseload_progress_phase_new (void)
{
  return g_object_new (CASELOAD_TYPE_PROGRESS_PHASE, NULL);
}

gint64
caseload_progress_phase_get_id (CaseloadProgressPhase *self)
{
  g_return_val_if_fail (CASELOAD_IS_PROGRESS_PHASE (self), 0);

  return self->id;
}

void
caseload_progress_phase_set_id (CaseloadProgressPhase *self,
                               gint64 value)
{
  g_return_if_fail (CASELOAD_IS_PROGRESS_PHASE (self));

  if (self->id == value)
    return;
  self->id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
caseload_progress_phase_get_goal_id (CaseloadProgressPhase *self)
{
  g_return_val_if_fail (CASELOAD_IS_PROGRESS_PHASE (self), 0);

  return self->goal_id;
}

void
caseload_progress_phase_set_goal_id (CaseloadProgressPhase *self,
                                    gint64 value)
{
  g_return_if_fail (CASELOAD_IS_PROGRESS_PHASE (self));

  if (self->goal_id == value)
    return;
  self->goal_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GOAL_ID]);
}

const char *
caseload_progress_phase_get_start_date (CaseloadProgressPhase *self)
{
  g_return_val_if_fail (CASELOAD_IS_PROGRESS_PHASE (self), NULL);

  return self->start_date;
}

void
caseload_progress_phase_set_start_date (CaseloadProgressPhase *self,
                                       const char *value)
{
  g_return_if_fail (CASELOAD_IS_PROGRESS_PHASE (self));

  if (replace_string (&self->start_date, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START_DATE]);
}

const char *
caseload_progress_phase_get_label (CaseloadProgressPhase *self)
{
  g_return_val_if_fail (CASELOAD_IS_PROGRESS_PHASE (self), NULL);

  return self->label;
}

void
caseload_progress_phase_set_label (CaseloadProgressPhase *self,
                                  const char *value)
{
  g_return_if_fail (CASELOAD_IS_PROGRESS_PHASE (self));

  if (replace_string (&self->label, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}
