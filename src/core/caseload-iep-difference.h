/* caseload-iep-difference.h: one difference between two IEP versions (caseload_iep_compare()).
 *
 * Properties: section (as in CaseloadIepFinding), item (which record, e.g.
 * "Goal 2", "" for the IEP itself), field (property name), change
 * ("added", "removed", "changed"), old-value, new-value (text; "" when
 * absent).
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CASELOAD_TYPE_IEP_DIFFERENCE (caseload_iep_difference_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadIepDifference, caseload_iep_difference, CASELOAD, IEP_DIFFERENCE, GObject)

CaseloadIepDifference *caseload_iep_difference_new (void);
const char    *caseload_iep_difference_get_section                        (CaseloadIepDifference *self);
void           caseload_iep_difference_set_section                        (CaseloadIepDifference *self, const char *value);
const char    *caseload_iep_difference_get_item                           (CaseloadIepDifference *self);
void           caseload_iep_difference_set_item                           (CaseloadIepDifference *self, const char *value);
const char    *caseload_iep_difference_get_field                          (CaseloadIepDifference *self);
void           caseload_iep_difference_set_field                          (CaseloadIepDifference *self, const char *value);
const char    *caseload_iep_difference_get_change                         (CaseloadIepDifference *self);
void           caseload_iep_difference_set_change                         (CaseloadIepDifference *self, const char *value);
const char    *caseload_iep_difference_get_old_value                      (CaseloadIepDifference *self);
void           caseload_iep_difference_set_old_value                      (CaseloadIepDifference *self, const char *value);
const char    *caseload_iep_difference_get_new_value                      (CaseloadIepDifference *self);
void           caseload_iep_difference_set_new_value                      (CaseloadIepDifference *self, const char *value);


G_END_DECLS
