/* caseload-students-page.h: the student list */
#pragma once

#include <gtk/gtk.h>

#include "caseload-store.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_STUDENTS_PAGE (caseload_students_page_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadStudentsPage, caseload_students_page, CASELOAD, STUDENTS_PAGE, GtkWidget)

CaseloadStore *caseload_students_page_get_store       (CaseloadStudentsPage *self);
void           caseload_students_page_set_store       (CaseloadStudentsPage *self,
                                                       CaseloadStore        *store);
void           caseload_students_page_start_search    (CaseloadStudentsPage *self);
void           caseload_students_page_new_record      (CaseloadStudentsPage *self);
/* Archives the selected student, with an Undo toast. */
void           caseload_students_page_archive_selected (CaseloadStudentsPage *self);

/* Sets the search text and filters at once (no typing delay). */
void           caseload_students_page_set_search_text (CaseloadStudentsPage *self,
                                                       const char           *text);
/* TRUE while the list is being read (on a worker thread). */
gboolean       caseload_students_page_get_loading     (CaseloadStudentsPage *self);
/* The list as shown: sorted and filtered (a GtkSelectionModel). */
GListModel    *caseload_students_page_get_model       (CaseloadStudentsPage *self);
GtkColumnView *caseload_students_page_get_column_view (CaseloadStudentsPage *self);

/* "Annual review · Overdue by 12 days", or NULL when there is none. */
char          *caseload_students_page_describe_deadline (CaseloadStudent *student);

G_END_DECLS
