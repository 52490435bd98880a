/* caseload-iep-page.h: the IEP tab of a student's page */
#pragma once

#include <adwaita.h>

#include "caseload-store.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_IEP_PAGE (caseload_iep_page_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadIepPage, caseload_iep_page, CASELOAD, IEP_PAGE, GtkWidget)

CaseloadIepPage *caseload_iep_page_new            (void);
CaseloadStore   *caseload_iep_page_get_store      (CaseloadIepPage *self);
void             caseload_iep_page_set_store      (CaseloadIepPage *self,
                                                   CaseloadStore   *store);
gint64           caseload_iep_page_get_student_id (CaseloadIepPage *self);
void             caseload_iep_page_set_student_id (CaseloadIepPage *self,
                                                   gint64           student_id);
/* The IEP shown in the editor (0 = none). */
gint64           caseload_iep_page_get_iep_id     (CaseloadIepPage *self);
/* Shows the IEP @iep_id of the current student in the editor. */
gboolean         caseload_iep_page_select_iep     (CaseloadIepPage *self,
                                                   gint64           iep_id,
                                                   GError         **error);
/* Saves pending edits now, each independent part (the IEP's fields, each
 * special factor, the parent copy) even when another is invalid. Returns
 * FALSE when something stayed unsaved: a field is invalid (it stays
 * marked) or the store refused it; a window can warn before closing. */
gboolean         caseload_iep_page_flush          (CaseloadIepPage *self);
/* Runs the checker on the shown IEP and lists its findings; returns them
 * (CaseloadIepFinding), or NULL with @error. */
GPtrArray       *caseload_iep_page_check          (CaseloadIepPage *self,
                                                   GError         **error);

G_END_DECLS
