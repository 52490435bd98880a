/* caseload-goal-progress-view.h: one goal's progress: the chart, the
 * decision hint, and the data-point grid (a keyboard-only "new point" row:
 * date, value, note, Enter; the points newest first with Edit and Delete
 * with Undo; "Start New Phase…"). */
#pragma once

#include <gtk/gtk.h>

#include "caseload-chart-widget.h"
#include "caseload-store.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_GOAL_PROGRESS_VIEW (caseload_goal_progress_view_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadGoalProgressView, caseload_goal_progress_view, CASELOAD, GOAL_PROGRESS_VIEW, GtkWidget)

/* Properties: "store" (CaseloadStore), "goal-id" (gint64, 0 = none). */
GtkWidget           *caseload_goal_progress_view_new          (void);
CaseloadStore       *caseload_goal_progress_view_get_store    (CaseloadGoalProgressView *self);
void                 caseload_goal_progress_view_set_store    (CaseloadGoalProgressView *self,
                                                               CaseloadStore            *store);
gint64               caseload_goal_progress_view_get_goal_id  (CaseloadGoalProgressView *self);
void                 caseload_goal_progress_view_set_goal_id  (CaseloadGoalProgressView *self,
                                                               gint64                    goal_id);
CaseloadChartWidget *caseload_goal_progress_view_get_chart    (CaseloadGoalProgressView *self);
/* Moves the keyboard focus to the new point's value entry. */
void                 caseload_goal_progress_view_focus_new_point (CaseloadGoalProgressView *self);
/* The message under the new-point row ("" when none). */
const char          *caseload_goal_progress_view_get_error    (CaseloadGoalProgressView *self);
/* Reloads the goal's points and chart from the store now. */
void                 caseload_goal_progress_view_reload       (CaseloadGoalProgressView *self);

G_END_DECLS
