/* caseload-dashboard-page.h: the "Dashboard" sidebar page: the signed-in
 * team member's day (GSettings signed-in-staff-id): this week's meetings,
 * overdue and upcoming deadlines of their students, their open tasks
 * (check to complete, with Undo), progress reports due and community
 * referrals awaiting follow-up. */
#pragma once

#include <gtk/gtk.h>

#include "caseload-store.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_DASHBOARD_PAGE (caseload_dashboard_page_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadDashboardPage, caseload_dashboard_page, CASELOAD, DASHBOARD_PAGE, GtkWidget)

/* Properties: "store", "staff-id" (bound to signed-in-staff-id),
 * "attention-count" (read-only: the member's overdue open tasks plus the
 * overdue deadlines of their students, for the sidebar badge), "loading"
 * (read-only: a reload is reading on its worker thread).
 * Signals: "student-activated" (gint64 student id), "show-page" (string:
 * a page name of the window, from a "Show All" button).
 * Actions: "dashboard.complete-task" (x), the check button of a task's
 * row; "dashboard.reopen-task" (x), its Undo;
 * "dashboard.open-student" (x), a task's student. */
CaseloadStore *caseload_dashboard_page_get_store    (CaseloadDashboardPage *self);
void           caseload_dashboard_page_set_store    (CaseloadDashboardPage *self,
                                                     CaseloadStore         *store);
gint64         caseload_dashboard_page_get_staff_id (CaseloadDashboardPage *self);
void           caseload_dashboard_page_set_staff_id (CaseloadDashboardPage *self,
                                                     gint64                 staff_id);
guint          caseload_dashboard_page_get_attention_count (CaseloadDashboardPage *self);
gboolean       caseload_dashboard_page_get_loading  (CaseloadDashboardPage *self);
/* Shows or hides the "Show All" button that opens @page ("meetings",
 * "deadlines", "reports"). */
void           caseload_dashboard_page_set_page_available (CaseloadDashboardPage *self,
                                                           const char            *page,
                                                           gboolean               available);
/* Reads everything again (on a worker thread, once the page is drawn;
 * otherwise a store change reloads it shortly after). */
void           caseload_dashboard_page_reload       (CaseloadDashboardPage *self);
/* Ctrl+N: the task dialog for a new task assigned to the member. */
void           caseload_dashboard_page_new_task     (CaseloadDashboardPage *self);
/* Marks the open task done, with an Undo toast; FALSE (and a toast) on
 * failure. */
gboolean       caseload_dashboard_page_complete_task (CaseloadDashboardPage *self,
                                                      gint64                 task_id);
/* The open tasks shown (CaseloadTask), and the count in a group's
 * description ("meetings", "deadlines", "tasks", "reports", "referrals"),
 * for tests. */
GListModel    *caseload_dashboard_page_get_tasks    (CaseloadDashboardPage *self);
const char    *caseload_dashboard_page_get_summary  (CaseloadDashboardPage *self,
                                                     const char            *group);

G_END_DECLS
