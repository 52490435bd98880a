/* caseload-student-progress-view.h: the student page's Progress tab: the
 * goals of the IEP in effect with their charts, and the progress report
 * editor for one reporting period.
 *
 * Copyright 2026 The Caseload Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "caseload-report-goal-editor.h"
#include "caseload-store.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_STUDENT_PROGRESS_VIEW (caseload_student_progress_view_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadStudentProgressView, caseload_student_progress_view, CASELOAD, STUDENT_PROGRESS_VIEW, GtkWidget)

CaseloadStore *caseload_student_progress_view_get_store      (CaseloadStudentProgressView *self);
void           caseload_student_progress_view_set_store      (CaseloadStudentProgressView *self,
                                                              CaseloadStore               *store);
gint64         caseload_student_progress_view_get_student_id (CaseloadStudentProgressView *self);
void           caseload_student_progress_view_set_student_id (CaseloadStudentProgressView *self,
                                                              gint64                       student_id);
/* The reporting period shown (from 1; 0 when there is none) and its
 * report's id (created when the period is first shown). */
int            caseload_student_progress_view_get_period     (CaseloadStudentProgressView *self);
gint64         caseload_student_progress_view_get_report_id  (CaseloadStudentProgressView *self);
/* Shows period @period of the IEP in effect; FALSE when it has no such
 * period or the current one's edits could not be saved. */
gboolean       caseload_student_progress_view_select_period  (CaseloadStudentProgressView *self,
                                                              int                          period);
/* The editor of the @index-th goal (from 0), or NULL. */
CaseloadReportGoalEditor *caseload_student_progress_view_get_editor (CaseloadStudentProgressView *self,
                                                                     guint                        index);
/* The status line as shown ("Complete", "In progress — 2 of 4 goals coded"). */
const char    *caseload_student_progress_view_get_status_text (CaseloadStudentProgressView *self);

/* Pending edits, as on the other tabs: saved now (FALSE when a field is
 * invalid and the edits stay), whether any are unsaved, what is wrong,
 * and dropping them (the report is reloaded from the store). */
gboolean       caseload_student_progress_view_flush          (CaseloadStudentProgressView *self);
gboolean       caseload_student_progress_view_has_unsaved    (CaseloadStudentProgressView *self);
char          *caseload_student_progress_view_dup_problem    (CaseloadStudentProgressView *self);
void           caseload_student_progress_view_discard        (CaseloadStudentProgressView *self);

G_END_DECLS
