/* caseload-referral-dialog.h: refer a student's family to a community
 * resource, or edit a referral (its status changes on the Contacts tab) */
#pragma once

#include <adwaita.h>

#include "caseload-resource-referral.h"
#include "caseload-store.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_REFERRAL_DIALOG (caseload_referral_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadReferralDialog, caseload_referral_dialog, CASELOAD, REFERRAL_DIALOG, AdwWindow)

/* @referral NULL: a new referral of @student_id. Signal "saved" (gint64). */
CaseloadReferralDialog *caseload_referral_dialog_new (GtkWindow                *parent,
                                                      CaseloadStore            *store,
                                                      gint64                    student_id,
                                                      CaseloadResourceReferral *referral);

G_END_DECLS
