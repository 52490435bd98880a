/* caseload-tasks-window.h: every task, in a sortable column view filtered
 * by status (open, done, all) and assignee; a row opens the task. */
#pragma once

#include <adwaita.h>

#include "caseload-store.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_TASKS_WINDOW (caseload_tasks_window_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadTasksWindow, caseload_tasks_window, CASELOAD, TASKS_WINDOW, AdwWindow)

/* Starts on the open tasks of @assignee_id (0 = everyone). */
CaseloadTasksWindow *caseload_tasks_window_new       (GtkWindow     *parent,
                                                      CaseloadStore *store,
                                                      gint64         assignee_id);
/* The tasks shown, after the filters and the sort (tests). */
GListModel          *caseload_tasks_window_get_model (CaseloadTasksWindow *self);
/* @status_index: 0 open, 1 done (or cancelled), 2 all. */
void                 caseload_tasks_window_set_status_filter (CaseloadTasksWindow *self,
                                                              guint                status_index);

G_END_DECLS
