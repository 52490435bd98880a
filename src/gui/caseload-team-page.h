/* caseload-team-page.h: the Team sidebar page (staff directory and each
 * member's caseload). */
#pragma once

#include <gtk/gtk.h>

#include "caseload-store.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_TEAM_PAGE (caseload_team_page_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadTeamPage, caseload_team_page, CASELOAD, TEAM_PAGE, GtkWidget)

/* Properties: "store" (CaseloadStore, read-write).
 * Signals: "student-activated" (G_TYPE_INT64 student id). */
CaseloadStore *caseload_team_page_get_store    (CaseloadTeamPage *self);
void           caseload_team_page_set_store    (CaseloadTeamPage *self,
                                                CaseloadStore    *store);
/* Focuses the page's search entry (Ctrl+F). */
void           caseload_team_page_start_search (CaseloadTeamPage *self);
/* Opens CaseloadStaffDialog for a new team member (Ctrl+N, "+"). */
void           caseload_team_page_new_record   (CaseloadTeamPage *self);

G_END_DECLS
