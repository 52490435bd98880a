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
 * student are saved first; if they cannot be, nothing changes and FALSE
 * is returned (confirm_leave, then discard, first). Returns FALSE and sets
 * @error if not found. */
gboolean       caseload_student_page_load        (CaseloadStudentPage *self,
                                                  gint64               student_id,
                                                  GError             **error);
/* Gives the keyboard focus to the visible tab's button in the tab
 * switcher (when the page is shown, so keyboard users start there). */
void           caseload_student_page_focus_tabs  (CaseloadStudentPage *self);
/* Saves pending edits now (leaving the page, closing the window).
 * Returns FALSE when they are invalid (nothing saved; fields marked). */
gboolean       caseload_student_page_flush       (CaseloadStudentPage *self);
/* TRUE while profile, compliance or progress-report edits are not in the store (waiting
 * for the autosave, or refused by it). */
gboolean       caseload_student_page_has_unsaved (CaseloadStudentPage *self);
/* What keeps the edits from being saved, naming the field ("Birth date:
 * …"); NULL when nothing is unsaved. */
char          *caseload_student_page_dup_unsaved_problem (CaseloadStudentPage *self);
/* Drops unsaved edits: the form shows the student as stored again. */
void           caseload_student_page_discard     (CaseloadStudentPage *self);
/* Before leaving the student (closing, another page, another student):
 * flushes, including the IEP tab. NULL when everything is saved; otherwise
 * a new, not yet shown "Unsaved Changes" AdwMessageDialog for @parent with
 * the responses "back" (default and close response) and "discard". */
GtkWidget     *caseload_student_page_confirm_leave (CaseloadStudentPage *self,
                                                    GtkWindow           *parent);
/* Shows the loaded student's Progress tab at reporting period @period
 * (from 1; 0 keeps the tab's choice). FALSE when no student is loaded or
 * the IEP in effect has no such period. */
gboolean       caseload_student_page_show_progress (CaseloadStudentPage *self,
                                                    int                  period);
/* The student's display name, for the window title. */
const char    *caseload_student_page_get_title   (CaseloadStudentPage *self);

G_END_DECLS
