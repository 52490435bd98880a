#define G_LOG_DOMAIN "caseload-progress-report"

#include "config.h"

#include "caseload-progress-report.h"

struct _CaseloadProgressReport
{
  GObject parent_instance;

  gint64 id;
  gint64 iep_id;
  gint64 student_id;
  char *student_name;
  gint64 case_manager_id;
  char *case_manager_name;
  int period_number;
  char *period_end_date;
  gboolean locked;
  char *sent_date;
  char *sent_method;
  int n_goals;
  int n_coded;
  char *status;
};

G_DEFINE_FINAL_TYPE (CaseloadProgressReport, caseload_progress_report, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_IEP_ID,
  PROP_STUDENT_ID,
  PROP_STUDENT_NAME,
  PROP_CASE_MANAGER_ID,
  PROP_CASE_MANAGER_NAME,
  PROP_PERIOD_NUMBER,
  PROP_PERIOD_END_DATE,
  PROP_LOCKED,
  PROP_SENT_DATE,
  PROP_SENT_METHOD,
  PROP_N_GOALS,
  PROP_N_CODED,
  PROP_STATUS,
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
caseload_progress_report_finalize (GObject *object)
{
  CaseloadProgressReport *self = (CaseloadProgressReport *)object;

  g_clear_pointer (&self->student_name, g_free);
  g_clear_pointer (&self->case_manager_name, g_free);
  g_clear_pointer (&self->period_end_date, g_free);
  g_clear_pointer (&self->sent_date, g_free);
  g_clear_pointer (&self->sent_method, g_free);
  g_clear_pointer (&self->status, g_free);

  G_OBJECT_CLASS (caseload_progress_report_parent_class)->finalize (object);
}

static void
caseload_progress_report_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  CaseloadProgressReport *self = CASELOAD_PROGRESS_REPORT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_IEP_ID:
      g_value_set_int64 (value, self->iep_id);
      break;

    case PROP_STUDENT_ID:
      g_value_set_int64 (value, self->student_id);
      break;

    case PROP_STUDENT_NAME:
      g_value_set_string (value, self->student_name);
      break;

    case PROP_CASE_MANAGER_ID:
      g_value_set_int64 (value, self->case_manager_id);
      break;

    case PROP_CASE_MANAGER_NAME:
      g_value_set_string (value, self->case_manager_name);
      break;

    case PROP_PERIOD_NUMBER:
      g_value_set_int (value, self->period_number);
      break;

    case PROP_PERIOD_END_DATE:
      g_value_set_string (value, self->period_end_date);
      break;

    case PROP_LOCKED:
      g_value_set_boolean (value, self->locked);
      break;

    case PROP_SENT_DATE:
      g_value_set_string (value, self->sent_date);
      break;

    case PROP_SENT_METHOD:
      g_value_set_string (value, self->sent_method);
      break;

    case PROP_N_GOALS:
      g_value_set_int (value, self->n_goals);
      break;

    case PROP_N_CODED:
      g_value_set_int (value, self->n_coded);
      break;

    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_progress_report_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  CaseloadProgressReport *self = CASELOAD_PROGRESS_REPORT (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_progress_report_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_IEP_ID:
      caseload_progress_report_set_iep_id (self, g_value_get_int64 (value));
      break;

    case PROP_STUDENT_ID:
      caseload_progress_report_set_student_id (self, g_value_get_int64 (value));
      break;

    case PROP_STUDENT_NAME:
      caseload_progress_report_set_student_name (self, g_value_get_string (value));
      break;

    case PROP_CASE_MANAGER_ID:
      caseload_progress_report_set_case_manager_id (self, g_value_get_int64 (value));
      break;

    case PROP_CASE_MANAGER_NAME:
      caseload_progress_report_set_case_manager_name (self, g_value_get_string (value));
      break;

    case PROP_PERIOD_NUMBER:
      caseload_progress_report_set_period_number (self, g_value_get_int (value));
      break;

    case PROP_PERIOD_END_DATE:
      caseload_progress_report_set_period_end_date (self, g_value_get_string (value));
      break;

    case PROP_LOCKED:
      caseload_progress_report_set_locked (self, g_value_get_boolean (value));
      break;

    case PROP_SENT_DATE:
      caseload_progress_report_set_sent_date (self, g_value_get_string (value));
      break;

    case PROP_SENT_METHOD:
      caseload_progress_report_set_sent_method (self, g_value_get_string (value));
      break;

    case PROP_N_GOALS:
      caseload_progress_report_set_n_goals (self, g_value_get_int (value));
      break;

    case PROP_N_CODED:
      caseload_progress_report_set_n_coded (self, g_value_get_int (value));
      break;

    case PROP_STATUS:
      caseload_progress_report_set_status (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_progress_report_class_init (CaseloadProgressReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_progress_report_finalize;
  object_class->get_property = caseload_progress_report_get_property;
  object_class->set_property = caseload_progress_report_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_IEP_ID] =
    g_param_spec_int64 ("iep-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STUDENT_ID] =
    g_param_spec_int64 ("student-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STUDENT_NAME] =
    g_param_spec_string ("student-name", NULL, NULL, "",
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CASE_MANAGER_ID] =
    g_param_spec_int64 ("case-manager-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CASE_MANAGER_NAME] =
    g_param_spec_string ("case-manager-name", NULL, NULL, "",
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PERIOD_NUMBER] =
    g_param_spec_int ("period-number", NULL, NULL, G_MININT, G_MAXINT, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PERIOD_END_DATE] =
    g_param_spec_string ("period-end-date", NULL, NULL, "",
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOCKED] =
    g_param_spec_boolean ("locked", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SENT_DATE] =
    g_param_spec_string ("sent-date", NULL, NULL, "",
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SENT_METHOD] =
    g_param_spec_string ("sent-method", NULL, NULL, "",
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_GOALS] =
    g_param_spec_int ("n-goals", NULL, NULL, G_MININT, G_MAXINT, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_CODED] =
    g_param_spec_int ("n-coded", NULL, NULL, G_MININT, G_MAXINT, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL, "",
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_progress_report_init (CaseloadProgressReport *self)
{
  self->student_name = g_strdup ("");
  self->case_manager_name = g_strdup ("");
  self->period_end_date = g_strdup ("");
  self->sent_date = g_strdup ("");
  self->sent_method = g_strdup ("");
  self->status = g_strdup ("");
}

CaseloadProgressReport *
caseload_progress_report_new (void)
{
  return g_object_new (CASELOAD_TYPE_PROGRESS_REPORT, NULL);
}

gint64
caseload_progress_report_get_id (CaseloadProgressReport *self)
{
  g_return_val_if_fail (CASELOAD_IS_PROGRESS_REPORT (self), 0);

  return self->id;
}

void
caseload_progress_report_set_id (CaseloadProgressReport *self,
                                gint64 value)
{
  g_return_if_fail (CASELOAD_IS_PROGRESS_REPORT (self));

  if (self->id == value)
    return;
  self->id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
caseload_progress_report_get_iep_id (CaseloadProgressReport *self)
{
  g_return_val_if_fail (CASELOAD_IS_PROGRESS_REPORT (self), 0);

  return self->iep_id;
}

void
caseload_progress_report_set_iep_id (CaseloadProgressReport *self,
                                    gint64 value)
{
  g_return_if_fail (CASELOAD_IS_PROGRESS_REPORT (self));

  if (self->iep_id == value)
    return;
  self->iep_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IEP_ID]);
}

gint64
caseload_progress_report_get_student_id (CaseloadProgressReport *self)
{
  g_return_val_if_fail (CASELOAD_IS_PROGRESS_REPORT (self), 0);

  return self->student_id;
}

void
caseload_progress_report_set_student_id (CaseloadProgressReport *self,
                                        gint64 value)
{
  g_return_if_fail (CASELOAD_IS_PROGRESS_REPORT (self));

  if (self->student_id == value)
    return;
  self->student_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDENT_ID]);
}

const char *
caseload_progress_report_get_student_name (CaseloadProgressReport *self)
{
  g_return_val_if_fail (CASELOAD_IS_PROGRESS_REPORT (self), NULL);

  return self->student_name;
}

void
caseload_progress_report_set_student_name (CaseloadProgressReport *self,
                                          const char *value)
{
  g_return_if_fail (CASELOAD_IS_PROGRESS_REPORT (self));

  if (replace_string (&self->student_name, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDENT_NAME]);
}

gint64
caseload_progress_report_get_case_manager_id (CaseloadProgressReport *self)
{
  g_return_val_if_fail (CASELOAD_IS_PROGRESS_REPORT (self), 0);

  return self->case_manager_id;
}

void
caseload_progress_report_set_case_manager_id (CaseloadProgressReport *self,
                                             gint64 value)
{
  g_return_if_fail (CASELOAD_IS_PROGRESS_REPORT (self));

  if (self->case_manager_id == value)
    return;
  self->case_manager_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE_MANAGER_ID]);
}

const char *
caseload_progress_report_get_case_manager_name (CaseloadProgressReport *self)
{
  g_return_val_if_fail (CASELOAD_IS_PROGRESS_REPORT (self), NULL);

  return self->case_manager_name;
}

void
caseload_progress_report_set_case_manager_name (CaseloadProgressReport *self,
                                               const char *value)
{
  g_return_if_fail (CASELOAD_IS_PROGRESS_REPORT (self));

  if (replace_string (&self->case_manager_name, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE_MANAGER_NAME]);
}

int
caseload_progress_report_get_period_number (CaseloadProgressReport *self)
{
  g_return_val_if_fail (CASELOAD_IS_PROGRESS_REPORT (self), 0);

  return self->period_number;
}

void
caseload_progress_report_set_period_number (CaseloadProgressReport *self,
                                           int value)
{
  g_return_if_fail (CASELOAD_IS_PROGRESS_REPORT (self));

  if (self->period_number == value)
    return;
  self->period_number = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERIOD_NUMBER]);
}

const char *
caseload_progress_report_get_period_end_date (CaseloadProgressReport *self)
{
  g_return_val_if_fail (CASELOAD_IS_PROGRESS_REPORT (self), NULL);

  return self->period_end_date;
}

void
caseload_progress_report_set_period_end_date (CaseloadProgressReport *self,
                                             const char *value)
{
  g_return_if_fail (CASELOAD_IS_PROGRESS_REPORT (self));

  if (replace_string (&self->period_end_date, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERIOD_END_DATE]);
}

gboolean
caseload_progress_report_get_locked (CaseloadProgressReport *self)
{
  g_return_val_if_fail (CASELOAD_IS_PROGRESS_REPORT (self), FALSE);

  return self->locked;
}

void
caseload_progress_report_set_locked (CaseloadProgressReport *self,
                                    gboolean value)
{
  g_return_if_fail (CASELOAD_IS_PROGRESS_REPORT (self));

  if (self->locked == !!value)
    return;
  self->locked = !!value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCKED]);
}

const char *
caseload_progress_report_get_sent_date (CaseloadProgressReport *self)
{
  g_return_val_if_fail (CASELOAD_IS_PROGRESS_REPORT (self), NULL);

  return self->sent_date;
}

void
caseload_progress_report_set_sent_date (CaseloadProgressReport *self,
                                       const char *value)
{
  g_return_if_fail (CASELOAD_IS_PROGRESS_REPORT (self));

  if (replace_string (&self->sent_date, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SENT_DATE]);
}

const char *
caseload_progress_report_get_sent_method (CaseloadProgressReport *self)
{
  g_return_val_if_fail (CASELOAD_IS_PROGRESS_REPORT (self), NULL);

  return self->sent_method;
}

void
caseload_progress_report_set_sent_method (CaseloadProgressReport *self,
                                         const char *value)
{
  g_return_if_fail (CASELOAD_IS_PROGRESS_REPORT (self));

  if (replace_string (&self->sent_method, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SENT_METHOD]);
}

int
caseload_progress_report_get_n_goals (CaseloadProgressReport *self)
{
  g_return_val_if_fail (CASELOAD_IS_PROGRESS_REPORT (self), 0);

  return self->n_goals;
}

void
caseload_progress_report_set_n_goals (CaseloadProgressReport *self,
                                     int value)
{
  g_return_if_fail (CASELOAD_IS_PROGRESS_REPORT (self));

  if (self->n_goals == value)
    return;
  self->n_goals = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_GOALS]);
}

int
caseload_progress_report_get_n_coded (CaseloadProgressReport *self)
{
  g_return_val_if_fail (CASELOAD_IS_PROGRESS_REPORT (self), 0);

  return self->n_coded;
}

void
caseload_progress_report_set_n_coded (CaseloadProgressReport *self,
                                     int value)
{
  g_return_if_fail (CASELOAD_IS_PROGRESS_REPORT (self));

  if (self->n_coded == value)
    return;
  self->n_coded = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_CODED]);
}

const char *
caseload_progress_report_get_status (CaseloadProgressReport *self)
{
  g_return_val_if_fail (CASELOAD_IS_PROGRESS_REPORT (self), NULL);

  return self->status;
}

void
caseload_progress_report_set_status (CaseloadProgressReport *self,
                                    const char *value)
{
  g_return_if_fail (CASELOAD_IS_PROGRESS_REPORT (self));

  if (replace_string (&self->status, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}
