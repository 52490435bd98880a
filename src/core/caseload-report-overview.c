#define G_LOG_DOMAIN "caseload-report-overview"

#include "config.h"

#include "caseload-report-overview.h"

struct _CaseloadReportOverview
{
  GObject parent_instance;

  gint64 staff_id;
  char *staff_name;
  int n_due;
  int n_in_progress;
  int n_complete;
  int n_sent;
};

G_DEFINE_FINAL_TYPE (CaseloadReportOverview, caseload_report_overview, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STAFF_ID,
  PROP_STAFF_NAME,
  PROP_N_DUE,
  PROP_N_IN_PROGRESS,
  PROP_N_COMPLETE,
  PROP_N_SENT,
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
caseload_report_overview_finalize (GObject *object)
{
  CaseloadReportOverview *self = (CaseloadReportOverview *)object;

  g_clear_pointer (&self->staff_name, g_free);

  G_OBJECT_CLASS (caseload_report_overview_parent_class)->finalize (object);
}

static void
caseload_report_overview_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  CaseloadReportOverview *self = CASELOAD_REPORT_OVERVIEW (object);

  switch (prop_id)
    {
    case PROP_STAFF_ID:
      g_value_set_int64 (value, self->staff_id);
      break;

    case PROP_STAFF_NAME:
      g_value_set_string (value, self->staff_name);
      break;

    case PROP_N_DUE:
      g_value_set_int (value, self->n_due);
      break;

    case PROP_N_IN_PROGRESS:
      g_value_set_int (value, self->n_in_progress);
      break;

    case PROP_N_COMPLETE:
      g_value_set_int (value, self->n_complete);
      break;

    case PROP_N_SENT:
      g_value_set_int (value, self->n_sent);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_report_overview_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  CaseloadReportOverview *self = CASELOAD_REPORT_OVERVIEW (object);

  switch (prop_id)
    {
    case PROP_STAFF_ID:
      caseload_report_overview_set_staff_id (self, g_value_get_int64 (value));
      break;

    case PROP_STAFF_NAME:
      caseload_report_overview_set_staff_name (self, g_value_get_string (value));
      break;

    case PROP_N_DUE:
      caseload_report_overview_set_n_due (self, g_value_get_int (value));
      break;

    case PROP_N_IN_PROGRESS:
      caseload_report_overview_set_n_in_progress (self, g_value_get_int (value));
      break;

    case PROP_N_COMPLETE:
      caseload_report_overview_set_n_complete (self, g_value_get_int (value));
      break;

    case PROP_N_SENT:
      caseload_report_overview_set_n_sent (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_report_overview_class_init (CaseloadReportOverviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_report_overview_finalize;
  object_class->get_property = caseload_report_overview_get_property;
  object_class->set_property = caseload_report_overview_set_property;

  properties[PROP_STAFF_ID] =
    g_param_spec_int64 ("staff-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STAFF_NAME] =
    g_param_spec_string ("staff-name", NULL, NULL, "",
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_DUE] =
    g_param_spec_int ("n-due", NULL, NULL, G_MININT, G_MAXINT, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_IN_PROGRESS] =
    g_param_spec_int ("n-in-progress", NULL, NULL, G_MININT, G_MAXINT, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_COMPLETE] =
    g_param_spec_int ("n-complete", NULL, NULL, G_MININT, G_MAXINT, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_SENT] =
    g_param_spec_int ("n-sent", NULL, NULL, G_MININT, G_MAXINT, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_report_overview_init (CaseloadReportOverview *self)
{
  self->staff_name = g_strdup ("");
}

CaseloadReportOverview *
caseload_report_overview_new (void)
{
  return g_object_new (CASELOAD_TYPE_REPORT_OVERVIEW, NULL);
}

gint64
caseload_report_overview_get_staff_id (CaseloadReportOverview *self)
{
  g_return_val_if_fail (CASELOAD_IS_REPORT_OVERVIEW (self), 0);

  return self->staff_id;
}

void
caseload_report_overview_set_staff_id (CaseloadReportOverview *self,
                                      gint64 value)
{
  g_return_if_fail (CASELOAD_IS_REPORT_OVERVIEW (self));

  if (self->staff_id == value)
    return;
  self->staff_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF_ID]);
}

const char *
caseload_report_overview_get_staff_name (CaseloadReportOverview *self)
{
  g_return_val_if_fail (CASELOAD_IS_REPORT_OVERVIEW (self), NULL);

  return self->staff_name;
}

void
caseload_report_overview_set_staff_name (CaseloadReportOverview *self,
                                        const char *value)
{
  g_return_if_fail (CASELOAD_IS_REPORT_OVERVIEW (self));

  if (replace_string (&self->staff_name, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF_NAME]);
}

int
caseload_report_overview_get_n_due (CaseloadReportOverview *self)
{
  g_return_val_if_fail (CASELOAD_IS_REPORT_OVERVIEW (self), 0);

  return self->n_due;
}

void
caseload_report_overview_set_n_due (CaseloadReportOverview *self,
                                   int value)
{
  g_return_if_fail (CASELOAD_IS_REPORT_OVERVIEW (self));

  if (self->n_due == value)
    return;
  self->n_due = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_DUE]);
}

int
caseload_report_overview_get_n_in_progress (CaseloadReportOverview *self)
{
  g_return_val_if_fail (CASELOAD_IS_REPORT_OVERVIEW (self), 0);

  return self->n_in_progress;
}

void
caseload_report_overview_set_n_in_progress (CaseloadReportOverview *self,
                                           int value)
{
  g_return_if_fail (CASELOAD_IS_REPORT_OVERVIEW (self));

  if (self->n_in_progress == value)
    return;
  self->n_in_progress = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_IN_PROGRESS]);
}

int
caseload_report_overview_get_n_complete (CaseloadReportOverview *self)
{
  g_return_val_if_fail (CASELOAD_IS_REPORT_OVERVIEW (self), 0);

  return self->n_complete;
}

void
caseload_report_overview_set_n_complete (CaseloadReportOverview *self,
                                        int value)
{
  g_return_if_fail (CASELOAD_IS_REPORT_OVERVIEW (self));

  if (self->n_complete == value)
    return;
  self->n_complete = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_COMPLETE]);
}

int
caseload_report_overview_get_n_sent (CaseloadReportOverview *self)
{
  g_return_val_if_fail (CASELOAD_IS_REPORT_OVERVIEW (self), 0);

  return self->n_sent;
}

void
caseload_report_overview_set_n_sent (CaseloadReportOverview *self,
                                    int value)
{
  g_return_if_fail (CASELOAD_IS_REPORT_OVERVIEW (self));

  if (self->n_sent == value)
    return;
  self->n_sent = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SENT]);
}
