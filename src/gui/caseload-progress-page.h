/* caseload-progress-page.h: the "My Students" sidebar page: every active
 * goal of the students on the signed-in team member's caseload (GSettings
 * signed-in-staff-id), with its last value and date; the selected goal's
 * CaseloadGoalProgressView beside the list. */
#pragma once

#include <gtk/gtk.h>

#include "caseload-goal-progress-view.h"
#include "caseload-store.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_PROGRESS_PAGE (caseload_progress_page_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadProgressPage, caseload_progress_page, CASELOAD, PROGRESS_PAGE, GtkWidget)

/* Properties: "store" (CaseloadStore), "staff-id" (gint64; bound to the
 * GSettings key signed-in-staff-id; 0 shows "Choose who you are in
 * Preferences"). Signals: "student-activated" (G_TYPE_INT64 student id),
 * from the "Open Student" button. */
CaseloadStore *caseload_progress_page_get_store    (CaseloadProgressPage *self);
void           caseload_progress_page_set_store    (CaseloadProgressPage *self,
                                                    CaseloadStore        *store);
gint64         caseload_progress_page_get_staff_id (CaseloadProgressPage *self);
void           caseload_progress_page_set_staff_id (CaseloadProgressPage *self,
                                                    gint64                staff_id);
/* Focuses the goal list's search entry (Ctrl+F). */
void           caseload_progress_page_start_search (CaseloadProgressPage *self);
/* Opens bulk entry (one date, one value per goal shown in the list). */
void           caseload_progress_page_new_record   (CaseloadProgressPage *self);
/* The goals shown (CaseloadGoalSummary, after the search filter). */
GListModel    *caseload_progress_page_get_goals    (CaseloadProgressPage *self);
/* Selects the goal (when shown); returns FALSE when it is not in the list. */
gboolean       caseload_progress_page_select_goal  (CaseloadProgressPage *self,
                                                    gint64                goal_id);
CaseloadGoalProgressView *caseload_progress_page_get_goal_view (CaseloadProgressPage *self);

G_END_DECLS
