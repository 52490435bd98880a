/* caseload-goal-dialog.h: add or edit a measurable annual goal */
#pragma once

#include <adwaita.h>

#include "caseload-store.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_GOAL_DIALOG (caseload_goal_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadGoalDialog, caseload_goal_dialog, CASELOAD, GOAL_DIALOG, AdwWindow)

/* @goal NULL adds a new goal to @iep_id; otherwise edits a copy of @goal
 * (its objectives included). A goal with id 0 (e.g. one made from the
 * bank) is shown filled in and inserted on save. Signal "saved" (gint64
 * goal id) after the goal and its objectives are written. */
CaseloadGoalDialog *caseload_goal_dialog_new  (GtkWindow     *parent,
                                               CaseloadStore *store,
                                               gint64         iep_id,
                                               CaseloadGoal  *goal);
/* The form's goal as it would be saved (for tests); NULL when a number
 * or date does not parse (the field is then marked). */
CaseloadGoal       *caseload_goal_dialog_dup_goal (CaseloadGoalDialog *self);
/* Validates and saves, as the Save button does; FALSE leaves the dialog
 * open with the field marked and the message shown. */
gboolean            caseload_goal_dialog_save (CaseloadGoalDialog *self);

G_END_DECLS
