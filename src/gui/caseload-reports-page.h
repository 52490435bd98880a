/* caseload-reports-page.h: the "Reports" sidebar page, the coordinator's
 * overview of progress reports: per case manager how many are due, in
 * progress, complete and sent, and the selected case manager's reports.
 *
 * Copyright 2026 The Caseload Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "caseload-store.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_REPORTS_PAGE (caseload_reports_page_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadReportsPage, caseload_reports_page, CASELOAD, REPORTS_PAGE, GtkWidget)

/* Signal "report-activated" (gint64 student_id, int period): a report row
 * was activated; the window opens the student's Progress tab there. */

CaseloadStore *caseload_reports_page_get_store     (CaseloadReportsPage *self);
void           caseload_reports_page_set_store     (CaseloadReportsPage *self,
                                                    CaseloadStore       *store);
/* Shows the reports of case manager @staff_id (0: everyone). */
void           caseload_reports_page_select_staff  (CaseloadReportsPage *self,
                                                    gint64               staff_id);
/* The case managers' rows (CaseloadReportOverview, the first one "All
 * case managers" with staff id 0) and the reports shown, sorted. */
GListModel    *caseload_reports_page_get_overview  (CaseloadReportsPage *self);
GListModel    *caseload_reports_page_get_reports   (CaseloadReportsPage *self);
/* Activates the @position-th report shown, as Enter or a double click. */
void           caseload_reports_page_activate_report (CaseloadReportsPage *self,
                                                      guint                position);

G_END_DECLS
