/* caseload-progress-report.h: the progress report of one IEP for one reporting period; status is "due", "in-progress", "complete" or "sent".
 *
 * Properties: id, iep-id, student-id, student-name, case-manager-id, case-manager-name, period-number, period-end-date, locked, sent-date, sent-method, n-goals, n-coded, status.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CASELOAD_TYPE_PROGRESS_REPORT (caseload_progress_report_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadProgressReport, caseload_progress_report, CASELOAD, PROGRESS_REPORT, GObject)

CaseloadProgressReport *caseload_progress_report_new                    (void);
gint64         caseload_progress_report_get_id                 (CaseloadProgressReport *self);
void           caseload_progress_report_set_id                 (CaseloadProgressReport *self, gint64 value);
gint64         caseload_progress_report_get_iep_id             (CaseloadProgressReport *self);
void           caseload_progress_report_set_iep_id             (CaseloadProgressReport *self, gint64 value);
gint64         caseload_progress_report_get_student_id         (CaseloadProgressReport *self);
void           caseload_progress_report_set_student_id         (CaseloadProgressReport *self, gint64 value);
const char    *caseload_progress_report_get_student_name       (CaseloadProgressReport *self);
void           caseload_progress_report_set_student_name       (CaseloadProgressReport *self, const char *value);
gint64         caseload_progress_report_get_case_manager_id    (CaseloadProgressReport *self);
void           caseload_progress_report_set_case_manager_id    (CaseloadProgressReport *self, gint64 value);
const char    *caseload_progress_report_get_case_manager_name  (CaseloadProgressReport *self);
void           caseload_progress_report_set_case_manager_name  (CaseloadProgressReport *self, const char *value);
int            caseload_progress_report_get_period_number      (CaseloadProgressReport *self);
void           caseload_progress_report_set_period_number      (CaseloadProgressReport *self, int value);
const char    *caseload_progress_report_get_period_end_date    (CaseloadProgressReport *self);
void           caseload_progress_report_set_period_end_date    (CaseloadProgressReport *self, const char *value);
gboolean       caseload_progress_report_get_locked             (CaseloadProgressReport *self);
void           caseload_progress_report_set_locked             (CaseloadProgressReport *self, gboolean value);
const char    *caseload_progress_report_get_sent_date          (CaseloadProgressReport *self);
void           caseload_progress_report_set_sent_date          (CaseloadProgressReport *self, const char *value);
const char    *caseload_progress_report_get_sent_method        (CaseloadProgressReport *self);
void           caseload_progress_report_set_sent_method        (CaseloadProgressReport *self, const char *value);
int            caseload_progress_report_get_n_goals            (CaseloadProgressReport *self);
void           caseload_progress_report_set_n_goals            (CaseloadProgressReport *self, int value);
int            caseload_progress_report_get_n_coded            (CaseloadProgressReport *self);
void           caseload_progress_report_set_n_coded            (CaseloadProgressReport *self, int value);
const char    *caseload_progress_report_get_status             (CaseloadProgressReport *self);
void           caseload_progress_report_set_status             (CaseloadProgressReport *self, const char *value);

G_END_DECLS
