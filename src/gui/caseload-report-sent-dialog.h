/* caseload-report-sent-dialog.h: "Mark as Sent": when and how a progress
 * report went home.
 *
 * Copyright 2026 The Caseload Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

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

G_END_DECLS
