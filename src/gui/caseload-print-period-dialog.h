/* caseload-print-period-dialog.h: which reporting period's progress
 * report to print or save. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CASELOAD_TYPE_PRINT_PERIOD_DIALOG (caseload_print_period_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadPrintPeriodDialog, caseload_print_period_dialog, CASELOAD, PRINT_PERIOD_DIALOG, AdwMessageDialog)

/* @reports: the IEP's CaseloadProgressReports (only started ones are
 * offered). "chosen" (int period, gboolean save) is emitted on Print…
 * or Save as PDF…. */
CaseloadPrintPeriodDialog *caseload_print_period_dialog_new            (GtkWindow  *parent,
                                                                        gint64      student_id,
                                                                        GListModel *reports,
                                                                        gboolean    save);
gint64                     caseload_print_period_dialog_get_student_id (CaseloadPrintPeriodDialog *self);
/* The number of periods offered. */
guint                      caseload_print_period_dialog_get_n_periods  (CaseloadPrintPeriodDialog *self);

G_END_DECLS
