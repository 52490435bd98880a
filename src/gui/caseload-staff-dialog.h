/* caseload-staff-dialog.h: add or edit a team member (staff directory). */
#pragma once

#include <adwaita.h>

#include "caseload-store.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_STAFF_DIALOG (caseload_staff_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadStaffDialog, caseload_staff_dialog, CASELOAD, STAFF_DIALOG, AdwWindow)

/* A modal dialog, transient for @parent, adding a new staff member
 * (@staff_or_null NULL) or editing @staff_or_null (which is not modified;
 * the store is). Emits "saved" (G_TYPE_INT64 id) after a successful save,
 * then closes. */
GtkWidget *caseload_staff_dialog_new (GtkWindow     *parent,
                                      CaseloadStore *store,
                                      CaseloadStaff *staff_or_null);

G_END_DECLS
