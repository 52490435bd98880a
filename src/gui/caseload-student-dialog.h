/* caseload-student-dialog.h: add a new student */
#pragma once

#include <adwaita.h>

#include "caseload-store.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_STUDENT_DIALOG (caseload_student_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadStudentDialog, caseload_student_dialog, CASELOAD, STUDENT_DIALOG, AdwWindow)

/* Signal "student-added" (gint64 id) is emitted after the student is saved. */
CaseloadStudentDialog *caseload_student_dialog_new (GtkWindow     *parent,
                                                    CaseloadStore *store);

G_END_DECLS
