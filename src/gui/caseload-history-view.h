/* caseload-history-view.h: the History tab of a student: every change to
 * the student's records, grouped by day, newest first, filterable by
 * section and by person. */
#pragma once

#include <adwaita.h>

#include "caseload-store.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_HISTORY_VIEW (caseload_history_view_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadHistoryView, caseload_history_view, CASELOAD, HISTORY_VIEW, GtkWidget)

GtkWidget *caseload_history_view_new            (void);
void       caseload_history_view_set_store      (CaseloadHistoryView *self,
                                                 CaseloadStore       *store);
void       caseload_history_view_set_student_id (CaseloadHistoryView *self,
                                                 gint64               student_id);
gint64     caseload_history_view_get_student_id (CaseloadHistoryView *self);
/* Reads the history again now (it also follows the store's "changed"). */
void       caseload_history_view_reload         (CaseloadHistoryView *self);
/* The changes shown (after the filters), for tests: CaseloadHistoryEntry. */
GListModel *caseload_history_view_get_shown     (CaseloadHistoryView *self);

G_END_DECLS
