/* caseload-store-restore.h: putting back a removed team member or guardian
 * (the Undo of a removal) exactly as it was: same row id, same dates.
 *
 * Read the full row with caseload_store_get_team_assignment() or
 * caseload_store_get_guardian() before removing it; the columns the model
 * objects have no property for travel as object data on the returned
 * object (keys below, text values, "" for SQL NULL). Each restore is one
 * transaction with a "restore" audit row.
 */
#pragma once

#include <gio/gio.h>

#include "caseload-store.h"
#include "caseload-guardian.h"
#include "caseload-team-assignment.h"

G_BEGIN_DECLS

#define CASELOAD_TEAM_ASSIGNMENT_START_DATE_KEY "caseload-start-date"
#define CASELOAD_TEAM_ASSIGNMENT_END_DATE_KEY   "caseload-end-date"
#define CASELOAD_GUARDIAN_EXTERNAL_ID_KEY       "caseload-external-id"
#define CASELOAD_GUARDIAN_SORT_ORDER_KEY        "caseload-sort-order"

/* One team assignment with every column (staff-name and role-name filled,
 * start/end dates as object data). NULL with @error when not found. */
CaseloadTeamAssignment *caseload_store_get_team_assignment     (CaseloadStore           *self,
                                                                gint64                   assignment_id,
                                                                GError                 **error);
/* Re-inserts @removed with its original id, role, case-manager flag and
 * dates. Refuses (CASELOAD_ERROR_EXISTS) when the id is taken again, when
 * the same person is back on the team in that role, or when @removed was
 * the case manager and the student has another case manager meanwhile. */
gboolean                caseload_store_restore_team_assignment (CaseloadStore           *self,
                                                                CaseloadTeamAssignment  *removed,
                                                                GError                 **error);

/* One guardian with every column (external id and sort order as object
 * data). NULL with @error when not found. */
CaseloadGuardian       *caseload_store_get_guardian            (CaseloadStore           *self,
                                                                gint64                   guardian_id,
                                                                GError                 **error);
/* Re-inserts @removed with its original id (and external id / sort order
 * when they travel with it). Refuses (CASELOAD_ERROR_EXISTS) when the id
 * is taken again, CASELOAD_ERROR_NOT_FOUND when the student is gone. */
gboolean                caseload_store_restore_guardian        (CaseloadStore           *self,
                                                                CaseloadGuardian        *removed,
                                                                GError                 **error);

G_END_DECLS
