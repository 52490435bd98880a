/* caseload-task-dialog.h: add or edit a task */
#pragma once

#include <adwaita.h>

#include "caseload-store.h"
#include "caseload-task.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_TASK_DIALOG (caseload_task_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadTaskDialog, caseload_task_dialog, CASELOAD, TASK_DIALOG, AdwWindow)

/* @task NULL adds a new task, for @student_id (0 = none) assigned to
 * @assignee_id (0 = the first team member); otherwise edits a copy of
 * @task. Signal "saved" (gint64 task id) after it is written. */
CaseloadTaskDialog *caseload_task_dialog_new (GtkWindow     *parent,
                                              CaseloadStore *store,
                                              CaseloadTask  *task,
                                              gint64         student_id,
                                              gint64         assignee_id);

G_END_DECLS
