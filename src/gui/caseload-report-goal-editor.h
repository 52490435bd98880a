/* caseload-report-goal-editor.h: one goal on the student's Progress tab:
 * its chart and its entry in the selected progress report.
 *
 * Copyright 2026 The Caseload Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "caseload-store.h"
#include "caseload-store-progress.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_REPORT_GOAL_EDITOR (caseload_report_goal_editor_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadReportGoalEditor, caseload_report_goal_editor, CASELOAD, REPORT_GOAL_EDITOR, GtkWidget)

/* @entry: the goal's entry in the report (copied); @codes: the district's
 * progress codes (CaseloadCode); @locked: the report is read-only. Edits
 * save themselves 600 ms after typing stops. */
GtkWidget  *caseload_report_goal_editor_new          (CaseloadStore         *store,
                                                      CaseloadProgressEntry *entry,
                                                      GListModel            *codes,
                                                      gboolean               locked);
gint64      caseload_report_goal_editor_get_goal_id  (CaseloadReportGoalEditor *self);
void        caseload_report_goal_editor_set_locked   (CaseloadReportGoalEditor *self,
                                                      gboolean                  locked);
/* Redraws the chart from the store (after new data points). */
void        caseload_report_goal_editor_reload_chart (CaseloadReportGoalEditor *self);
/* Saves pending edits now; FALSE when they could not be saved (the field
 * is marked, the edits stay). */
gboolean    caseload_report_goal_editor_flush        (CaseloadReportGoalEditor *self);
gboolean    caseload_report_goal_editor_has_unsaved  (CaseloadReportGoalEditor *self);
/* What keeps the edits from being saved ("Goal 2, reason: …"), or NULL. */
const char *caseload_report_goal_editor_get_problem  (CaseloadReportGoalEditor *self);
/* Drops pending edits (the editor is about to be rebuilt). */
void        caseload_report_goal_editor_discard      (CaseloadReportGoalEditor *self);

G_END_DECLS
