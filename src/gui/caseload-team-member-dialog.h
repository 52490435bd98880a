/* caseload-team-member-dialog.h: pick a staff member for a student's team */
#pragma once

#include <adwaita.h>

#include "caseload-store.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_TEAM_MEMBER_DIALOG (caseload_team_member_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadTeamMemberDialog, caseload_team_member_dialog, CASELOAD, TEAM_MEMBER_DIALOG, AdwWindow)

/* Signal "member-added" (gint64 assignment id). */
CaseloadTeamMemberDialog *caseload_team_member_dialog_new (GtkWindow     *parent,
                                                           CaseloadStore *store,
                                                           gint64         student_id);

/* The team role a staff member takes by default, from their staff role
 * ("speech-language-pathologist" -> "related-service-provider"). A
 * "case-manager" staff member becomes the case manager only when the
 * student has none (@has_case_manager FALSE). */
const char *caseload_team_role_for_staff_role (const char *staff_role,
                                               gboolean    has_case_manager);

G_END_DECLS
