/* caseload-report-overview.h: a coordinator's overview row: one case manager's progress reports by status.
 *
 * Properties: staff-id, staff-name, n-due, n-in-progress, n-complete, n-sent.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CASELOAD_TYPE_REPORT_OVERVIEW (caseload_report_overview_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadReportOverview, caseload_report_overview, CASELOAD, REPORT_OVERVIEW, GObject)

CaseloadReportOverview *caseload_report_overview_new                    (void);
gint64         caseload_report_overview_get_staff_id           (CaseloadReportOverview *self);
void           caseload_report_overview_set_staff_id           (CaseloadReportOverview *self, gint64 value);
const char    *caseload_report_overview_get_staff_name         (CaseloadReportOverview *self);
void           caseload_report_overview_set_staff_name         (CaseloadReportOverview *self, const char *value);
int            caseload_report_overview_get_n_due              (CaseloadReportOverview *self);
void           caseload_report_overview_set_n_due              (CaseloadReportOverview *self, int value);
int            caseload_report_overview_get_n_in_progress      (CaseloadReportOverview *self);
void           caseload_report_overview_set_n_in_progress      (CaseloadReportOverview *self, int value);
int            caseload_report_overview_get_n_complete         (CaseloadReportOverview *self);
void           caseload_report_overview_set_n_complete         (CaseloadReportOverview *self, int value);
int            caseload_report_overview_get_n_sent             (CaseloadReportOverview *self);
void           caseload_report_overview_set_n_sent             (CaseloadReportOverview *self, int value);

G_END_DECLS
