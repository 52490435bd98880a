/* caseload-contact-dialog.h: log or edit a contact with a student's
 * family or providers */
#pragma once

#include <adwaita.h>

#include "caseload-contact.h"
#include "caseload-store.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_CONTACT_DIALOG (caseload_contact_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadContactDialog, caseload_contact_dialog, CASELOAD, CONTACT_DIALOG, AdwWindow)

/* @contact NULL logs a new contact of @student_id (now, by phone);
 * otherwise edits a copy. The Person row offers the student's guardians
 * and team, and takes any other name too. Signal "saved" (gint64 id). */
CaseloadContactDialog *caseload_contact_dialog_new (GtkWindow       *parent,
                                                    CaseloadStore   *store,
                                                    gint64           student_id,
                                                    CaseloadContact *contact);

G_END_DECLS
