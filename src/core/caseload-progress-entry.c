#define G_LOG_DOMAIN "caseload-progress-entry"

#include "config.h"

#include "caseload-progress-entry.h"

struct _CaseloadProgressEntry
{
  GObject parent_instance;

  gint64 id;
  gint64 report_id;
  gint64 goal_id;
  int goal_position;
  char *goal_area;
  char *goal_description;
  char *unit;
  char *direction;
  char *code;
  gboolean sufficient;
  gboolean has_sufficient;
  char *insufficient_reason;
  double current_value;
  gboolean has_current_value;
  gboolean current_value_from_data;
  char *narrative;
};

G_DEFINE_FINAL_TYPE (CaseloadProgressEntry, caseload_progress_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_REPORT_ID,
  PROP_GOAL_ID,
  PROP_GOAL_POSITION,
  PROP_GOAL_AREA,
  PROP_GOAL_DESCRIPTION,
  PROP_UNIT,
  PROP_DIRECTION,
  PROP_CODE,
  PROP_SUFFICIENT,
  PROP_HAS_SUFFICIENT,
  PROP_INSUFFICIENT_REASON,
  PROP_CURRENT_VALUE,
  PROP_HAS_CURRENT_VALUE,
  PROP_CURRENT_VALUE_FROM_DATA,
  PROP_NARRATIVE,
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
caseload_progress_entry_finalize (GObject *object)
{
  CaseloadProgressEntry *self = (CaseloadProgressEntry *)object;

  g_clear_pointer (&self->goal_area, g_free);
  g_clear_pointer (&self->goal_description, g_free);
  g_clear_pointer (&self->unit, g_free);
  g_clear_pointer (&self->direction, g_free);
  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->insufficient_reason, g_free);
  g_clear_pointer (&self->narrative, g_free);

  G_OBJECT_CLASS (caseload_progress_entry_parent_class)->finalize (object);
}

static void
caseload_progress_entry_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  CaseloadProgressEntry *self = CASELOAD_PROGRESS_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_REPORT_ID:
      g_value_set_int64 (value, self->report_id);
      break;

    case PROP_GOAL_ID:
      g_value_set_int64 (value, self->goal_id);
      break;

    case PROP_GOAL_POSITION:
      g_value_set_int (value, self->goal_position);
      break;

    case PROP_GOAL_AREA:
      g_value_set_string (value, self->goal_area);
      break;

    case PROP_GOAL_DESCRIPTION:
      g_value_set_string (value, self->goal_description);
      break;

    case PROP_UNIT:
      g_value_set_string (value, self->unit);
      break;

    case PROP_DIRECTION:
      g_value_set_string (value, self->direction);
      break;

    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;

    case PROP_SUFFICIENT:
      g_value_set_boolean (value, self->sufficient);
      break;

    case PROP_HAS_SUFFICIENT:
      g_value_set_boolean (value, self->has_sufficient);
      break;

    case PROP_INSUFFICIENT_REASON:
      g_value_set_string (value, self->insufficient_reason);
      break;

    case PROP_CURRENT_VALUE:
      g_value_set_double (value, self->current_value);
      break;

    case PROP_HAS_CURRENT_VALUE:
      g_value_set_boolean (value, self->has_current_value);
      break;

    case PROP_CURRENT_VALUE_FROM_DATA:
      g_value_set_boolean (value, self->current_value_from_data);
      break;

    case PROP_NARRATIVE:
      g_value_set_string (value, self->narrative);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_progress_entry_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  CaseloadProgressEntry *self = CASELOAD_PROGRESS_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_progress_entry_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_REPORT_ID:
      caseload_progress_entry_set_report_id (self, g_value_get_int64 (value));
      break;

    case PROP_GOAL_ID:
      caseload_progress_entry_set_goal_id (self, g_value_get_int64 (value));
      break;

    case PROP_GOAL_POSITION:
      caseload_progress_entry_set_goal_position (self, g_value_get_int (value));
      break;

    case PROP_GOAL_AREA:
      caseload_progress_entry_set_goal_area (self, g_value_get_string (value));
      break;

    case PROP_GOAL_DESCRIPTION:
      caseload_progress_entry_set_goal_description (self, g_value_get_string (value));
      break;

    case PROP_UNIT:
      caseload_progress_entry_set_unit (self, g_value_get_string (value));
      break;

    case PROP_DIRECTION:
      caseload_progress_entry_set_direction (self, g_value_get_string (value));
      break;

    case PROP_CODE:
      caseload_progress_entry_set_code (self, g_value_get_string (value));
      break;

    case PROP_SUFFICIENT:
      caseload_progress_entry_set_sufficient (self, g_value_get_boolean (value));
      break;

    case PROP_HAS_SUFFICIENT:
      if (!g_value_get_boolean (value))
        caseload_progress_entry_unset_sufficient (self);
      else if (!self->has_sufficient)
        {
          self->has_sufficient = TRUE;
          g_object_notify_by_pspec (object, properties[PROP_HAS_SUFFICIENT]);
        }
      break;

    case PROP_INSUFFICIENT_REASON:
      caseload_progress_entry_set_insufficient_reason (self, g_value_get_string (value));
      break;

    case PROP_CURRENT_VALUE:
      caseload_progress_entry_set_current_value (self, g_value_get_double (value));
      break;

    case PROP_HAS_CURRENT_VALUE:
      if (!g_value_get_boolean (value))
        caseload_progress_entry_unset_current_value (self);
      else if (!self->has_current_value)
        {
          self->has_current_value = TRUE;
          g_object_notify_by_pspec (object, properties[PROP_HAS_CURRENT_VALUE]);
        }
      break;

    case PROP_CURRENT_VALUE_FROM_DATA:
      caseload_progress_entry_set_current_value_from_data (self, g_value_get_boolean (value));
      break;

    case PROP_NARRATIVE:
      caseload_progress_entry_set_narrative (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_progress_entry_class_init (CaseloadProgressEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_progress_entry_finalize;
  object_class->get_property = caseload_progress_entry_get_property;
  object_class->set_property = caseload_progress_entry_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REPORT_ID] =
    g_param_spec_int64 ("report-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_GOAL_ID] =
    g_param_spec_int64 ("goal-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_GOAL_POSITION] =
    g_param_spec_int ("goal-position", NULL, NULL, G_MININT, G_MAXINT, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_GOAL_AREA] =
    g_param_spec_string ("goal-area", NULL, NULL, "",
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_GOAL_DESCRIPTION] =
    g_param_spec_string ("goal-description", NULL, NULL, "",
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNIT] =
    g_param_spec_string ("unit", NULL, NULL, "",
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DIRECTION] =
    g_param_spec_string ("direction", NULL, NULL, "",
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, "",
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUFFICIENT] =
    g_param_spec_boolean ("sufficient", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HAS_SUFFICIENT] =
    g_param_spec_boolean ("has-sufficient", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INSUFFICIENT_REASON] =
    g_param_spec_string ("insufficient-reason", NULL, NULL, "",
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CURRENT_VALUE] =
    g_param_spec_double ("current-value", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HAS_CURRENT_VALUE] =
    g_param_spec_boolean ("has-current-value", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CURRENT_VALUE_FROM_DATA] =
    g_param_spec_boolean ("current-value-from-data", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NARRATIVE] =
    g_param_spec_string ("narrative", NULL, NULL, "",
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_progress_entry_init (CaseloadProgressEntry *self)
{
  self->goal_area = g_strdup ("");
  self->goal_description = g_strdup ("");
  self->unit = g_strdup ("");
  self->direction = g_strdup ("");
  self->code = g_strdup ("");
  self->insufficient_reason = g_strdup ("");
  self->narrative = g_strdup ("");
}

CaseloadProgressEntry *
caseload_progress_entry_new (void)
{
  return g_object_new (CASELOAD_TYPE_PROGRESS_ENTRY, NULL);
}

gint64
caseload_progress_entry_get_id (CaseloadProgressEntry *self)
{
  g_return_val_if_fail (CASELOAD_IS_PROGRESS_ENTRY (self), 0);

  return self->id;
}

void
caseload_progress_entry_set_id (CaseloadProgressEntry *self,
                               gint64 value)
{
  g_return_if_fail (CASELOAD_IS_PROGRESS_ENTRY (self));

  if (self->id == value)
    return;
  self->id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
caseload_progress_entry_get_report_id (CaseloadProgressEntry *self)
{
  g_return_val_if_fail (CASELOAD_IS_PROGRESS_ENTRY (self), 0);

  return self->report_id;
}

void
caseload_progress_entry_set_report_id (CaseloadProgressEntry *self,
                                      gint64 value)
{
  g_return_if_fail (CASELOAD_IS_PROGRESS_ENTRY (self));

  if (self->report_id == value)
    return;
  self->report_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPORT_ID]);
}

gint64
caseload_progress_entry_get_goal_id (CaseloadProgressEntry *self)
{
  g_return_val_if_fail (CASELOAD_IS_PROGRESS_ENTRY (self), 0);

  return self->goal_id;
}

void
caseload_progress_entry_set_goal_id (CaseloadProgressEntry *self,
                                    gint64 value)
{
  g_return_if_fail (CASELOAD_IS_PROGRESS_ENTRY (self));

  if (self->goal_id == value)
    return;
  self->goal_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GOAL_ID]);
}

int
caseload_progress_entry_get_goal_position (CaseloadProgressEntry *self)
{
  g_return_val_if_fail (CASELOAD_IS_PROGRESS_ENTRY (self), 0);

  return self->goal_position;
}

void
caseload_progress_entry_set_goal_position (CaseloadProgressEntry *self,
                                          int value)
{
  g_return_if_fail (CASELOAD_IS_PROGRESS_ENTRY (self));

  if (self->goal_position == value)
    return;
  self->goal_position = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GOAL_POSITION]);
}

const char *
caseload_progress_entry_get_goal_area (CaseloadProgressEntry *self)
{
  g_return_val_if_fail (CASELOAD_IS_PROGRESS_ENTRY (self), NULL);

  return self->goal_area;
}

void
caseload_progress_entry_set_goal_area (CaseloadProgressEntry *self,
                                      const char *value)
{
  g_return_if_fail (CASELOAD_IS_PROGRESS_ENTRY (self));

  if (replace_string (&self->goal_area, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GOAL_AREA]);
}

const char *
caseload_progress_entry_get_goal_description (CaseloadProgressEntry *self)
{
  g_return_val_if_fail (CASELOAD_IS_PROGRESS_ENTRY (self), NULL);

  return self->goal_description;
}

void
caseload_progress_entry_set_goal_description (CaseloadProgressEntry *self,
                                             const char *value)
{
  g_return_if_fail (CASELOAD_IS_PROGRESS_ENTRY (self));

  if (replace_string (&self->goal_description, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GOAL_DESCRIPTION]);
}

const char *
caseload_progress_entry_get_unit (CaseloadProgressEntry *self)
{
  g_return_val_if_fail (CASELOAD_IS_PROGRESS_ENTRY (self), NULL);

  return self->unit;
}

void
caseload_progress_entry_set_unit (CaseloadProgressEntry *self,
                                 const char *value)
{
  g_return_if_fail (CASELOAD_IS_PROGRESS_ENTRY (self));

  if (replace_string (&self->unit, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT]);
}

const char *
caseload_progress_entry_get_direction (CaseloadProgressEntry *self)
{
  g_return_val_if_fail (CASELOAD_IS_PROGRESS_ENTRY (self), NULL);

  return self->direction;
}

void
caseload_progress_entry_set_direction (CaseloadProgressEntry *self,
                                      const char *value)
{
  g_return_if_fail (CASELOAD_IS_PROGRESS_ENTRY (self));

  if (replace_string (&self->direction, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRECTION]);
}

const char *
caseload_progress_entry_get_code (CaseloadProgressEntry *self)
{
  g_return_val_if_fail (CASELOAD_IS_PROGRESS_ENTRY (self), NULL);

  return self->code;
}

void
caseload_progress_entry_set_code (CaseloadProgressEntry *self,
                                 const char *value)
{
  g_return_if_fail (CASELOAD_IS_PROGRESS_ENTRY (self));

  if (replace_string (&self->code, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CODE]);
}

gboolean
caseload_progress_entry_get_sufficient (CaseloadProgressEntry *self)
{
  g_return_val_if_fail (CASELOAD_IS_PROGRESS_ENTRY (self), FALSE);

  return self->sufficient;
}

void
caseload_progress_entry_set_sufficient (CaseloadProgressEntry *self,
                                       gboolean value)
{
  g_return_if_fail (CASELOAD_IS_PROGRESS_ENTRY (self));

  if (self->sufficient != value)
    {
      self->sufficient = value;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUFFICIENT]);
    }
  if (!self->has_sufficient)
    {
      self->has_sufficient = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_SUFFICIENT]);
    }
}

gboolean
caseload_progress_entry_get_has_sufficient (CaseloadProgressEntry *self)
{
  g_return_val_if_fail (CASELOAD_IS_PROGRESS_ENTRY (self), FALSE);

  return self->has_sufficient;
}

void
caseload_progress_entry_unset_sufficient (CaseloadProgressEntry *self)
{
  g_return_if_fail (CASELOAD_IS_PROGRESS_ENTRY (self));

  if (!self->has_sufficient)
    return;
  self->has_sufficient = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_SUFFICIENT]);
}

const char *
caseload_progress_entry_get_insufficient_reason (CaseloadProgressEntry *self)
{
  g_return_val_if_fail (CASELOAD_IS_PROGRESS_ENTRY (self), NULL);

  return self->insufficient_reason;
}

void
caseload_progress_entry_set_insufficient_reason (CaseloadProgressEntry *self,
                                                const char *value)
{
  g_return_if_fail (CASELOAD_IS_PROGRESS_ENTRY (self));

  if (replace_string (&self->insufficient_reason, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INSUFFICIENT_REASON]);
}

double
caseload_progress_entry_get_current_value (CaseloadProgressEntry *self)
{
  g_return_val_if_fail (CASELOAD_IS_PROGRESS_ENTRY (self), 0.0);

  return self->current_value;
}

void
caseload_progress_entry_set_current_value (CaseloadProgressEntry *self,
                                          double value)
{
  g_return_if_fail (CASELOAD_IS_PROGRESS_ENTRY (self));

  if (self->current_value != value)
    {
      self->current_value = value;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_VALUE]);
    }
  if (!self->has_current_value)
    {
      self->has_current_value = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_CURRENT_VALUE]);
    }
}

gboolean
caseload_progress_entry_get_has_current_value (CaseloadProgressEntry *self)
{
  g_return_val_if_fail (CASELOAD_IS_PROGRESS_ENTRY (self), FALSE);

  return self->has_current_value;
}

void
caseload_progress_entry_unset_current_value (CaseloadProgressEntry *self)
{
  g_return_if_fail (CASELOAD_IS_PROGRESS_ENTRY (self));

  if (!self->has_current_value)
    return;
  self->has_current_value = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_CURRENT_VALUE]);
}

gboolean
caseload_progress_entry_get_current_value_from_data (CaseloadProgressEntry *self)
{
  g_return_val_if_fail (CASELOAD_IS_PROGRESS_ENTRY (self), FALSE);

  return self->current_value_from_data;
}

void
caseload_progress_entry_set_current_value_from_data (CaseloadProgressEntry *self,
                                                    gboolean value)
{
  g_return_if_fail (CASELOAD_IS_PROGRESS_ENTRY (self));

  if (self->current_value_from_data == !!value)
    return;
  self->current_value_from_data = !!value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_VALUE_FROM_DATA]);
}

const char *
caseload_progress_entry_get_narrative (CaseloadProgressEntry *self)
{
  g_return_val_if_fail (CASELOAD_IS_PROGRESS_ENTRY (self), NULL);

  return self->narrative;
}

void
caseload_progress_entry_set_narrative (CaseloadProgressEntry *self,
                                      const char *value)
{
  g_return_if_fail (CASELOAD_IS_PROGRESS_ENTRY (self));

  if (replace_string (&self->narrative, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NARRATIVE]);
}
