/* caseload-student-page.h: one student's record */
#pragma once

#include <gtk/gtk.h>

#include "caseload-store.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_STUDENT_PAGE (caseload_student_page_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadStudentPage, caseload_student_page, CASELOAD, STUDENT_PAGE, GtkWidget)

CaseloadStore *caseload_student_page_get_store   (CaseloadStudentPage *self);
void           caseload_student_page_set_store   (CaseloadStudentPage *self,
                                                  CaseloadStore       *store);
gint64         caseload_student_page_get_student_id (CaseloadStudentPage *self);
/* Loads the student (0 clears the page). Pending edits of the previous
 * student are saved first. Returns FALSE and sets @error if not found. */
gboolean       caseload_student_page_load        (CaseloadStudentPage *self,
                                                  gint64               student_id,
                                                  GError             **error);
/* Saves pending edits now (leaving the page, closing the window).
 * Returns FALSE when they are invalid (nothing saved; fields marked). */
gboolean       caseload_student_page_flush       (CaseloadStudentPage *self);
/* The student's display name, for the window title. */
const char    *caseload_student_page_get_title   (CaseloadStudentPage *self);

G_END_DECLS
