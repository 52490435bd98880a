/* caseload-iep-compare-window.h: two IEP versions side by side */
#pragma once

#include <adwaita.h>

#include "caseload-store.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_IEP_COMPARE_WINDOW (caseload_iep_compare_window_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadIepCompareWindow, caseload_iep_compare_window, CASELOAD, IEP_COMPARE_WINDOW, AdwWindow)

/* Compares two versions of the student's IEPs; @old_id / @new_id preselect
 * them (0 = the two newest). */
CaseloadIepCompareWindow *caseload_iep_compare_window_new (GtkWindow     *parent,
                                                           CaseloadStore *store,
                                                           gint64         student_id,
                                                           gint64         old_id,
                                                           gint64         new_id);
/* The differences shown (CaseloadIepDifference). */
GListModel               *caseload_iep_compare_window_get_differences (CaseloadIepCompareWindow *self);

G_END_DECLS
