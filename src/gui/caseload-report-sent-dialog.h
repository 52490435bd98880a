/* caseload-report-sent-dialog.h: "Mark as Sent": when and how a progress
 * report went home.
 *
 * Copyright 2026 The Caseload Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "caseload-progress-report.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_REPORT_SENT_DIALOG (caseload_report_sent_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadReportSentDialog, caseload_report_sent_dialog, CASELOAD, REPORT_SENT_DIALOG, AdwMessageDialog)

/* Responses: "cancel", "sent" (enabled only while the date is valid). */
CaseloadReportSentDialog *caseload_report_sent_dialog_new        (GtkWindow *parent);
/* Newly allocated ISO date, or NULL while the date field is invalid. */
char                     *caseload_report_sent_dialog_dup_date   (CaseloadReportSentDialog *self);
/* "in-person", "mail", "email" or "backpack". */
const char               *caseload_report_sent_dialog_get_method (CaseloadReportSentDialog *self);

/* The method in words ("by mail"), for status lines. */
const char               *caseload_report_sent_method_phrase     (const char *method);
/* A report's status in words ("Sent 3/14/2027 by mail", "Locked",
 * "Complete", "In progress — 2 of 4 goals coded", "Not started — …") and
 * the style class that colours it (success, accent, warning, error; "" for
 * a period that has not ended yet and is not started). */
char                     *caseload_report_status_text            (CaseloadProgressReport *report,
                                                                  const char            **css_class);

G_END_DECLS
