/* caseload-guardian-dialog.h: add or edit a guardian */
#pragma once

#include <adwaita.h>

#include "caseload-store.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_GUARDIAN_DIALOG (caseload_guardian_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadGuardianDialog, caseload_guardian_dialog, CASELOAD, GUARDIAN_DIALOG, AdwWindow)

/* @guardian NULL adds a new one for @student_id; otherwise edits a copy
 * of @guardian. Signal "saved" (gint64 id) after it is written. */
CaseloadGuardianDialog *caseload_guardian_dialog_new (GtkWindow        *parent,
                                                      CaseloadStore    *store,
                                                      gint64            student_id,
                                                      CaseloadGuardian *guardian);

G_END_DECLS
