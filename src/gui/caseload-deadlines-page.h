/* caseload-deadlines-page.h: the Deadlines sidebar page (every upcoming
 * and overdue deadline of every active student). */
#pragma once

#include <gtk/gtk.h>

#include "caseload-store.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_DEADLINES_PAGE (caseload_deadlines_page_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadDeadlinesPage, caseload_deadlines_page, CASELOAD, DEADLINES_PAGE, GtkWidget)

/* Properties: "store" (CaseloadStore, read-write), "overdue-count" (guint,
 * read-only: overdue deadlines of all active students, for a badge).
 * Signals: "student-activated" (G_TYPE_INT64 student id). */
CaseloadStore *caseload_deadlines_page_get_store         (CaseloadDeadlinesPage *self);
void           caseload_deadlines_page_set_store         (CaseloadDeadlinesPage *self,
                                                          CaseloadStore         *store);
guint          caseload_deadlines_page_get_overdue_count (CaseloadDeadlinesPage *self);
/* Focuses the page's search entry (Ctrl+F). */
void           caseload_deadlines_page_start_search      (CaseloadDeadlinesPage *self);
/* Deadlines are computed, never added: does nothing (the window hides
 * its "+" button on this page). */
void           caseload_deadlines_page_new_record        (CaseloadDeadlinesPage *self);

G_END_DECLS
