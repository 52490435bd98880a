/* caseload-iep-finding.h: one problem the IEP compliance checker found.
 *
 * Properties: severity (CaseloadFindingSeverity as int), section (stable
 * key: "header", "present-levels", "special-factors", "goals", "services",
 * "assessment", "placement", "transition", "team", "consent"), field (the
 * property name of the field to fix, on the object named by object-kind:
 * "iep", "goal", "objective", "service", "special-factor", "attendee"),
 * object-id (0 for the IEP itself or a missing record), message
 * (translated).
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CASELOAD_TYPE_IEP_FINDING (caseload_iep_finding_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadIepFinding, caseload_iep_finding, CASELOAD, IEP_FINDING, GObject)

CaseloadIepFinding *caseload_iep_finding_new (void);
int            caseload_iep_finding_get_severity                       (CaseloadIepFinding *self);
void           caseload_iep_finding_set_severity                       (CaseloadIepFinding *self, int value);
const char    *caseload_iep_finding_get_section                        (CaseloadIepFinding *self);
void           caseload_iep_finding_set_section                        (CaseloadIepFinding *self, const char *value);
const char    *caseload_iep_finding_get_field                          (CaseloadIepFinding *self);
void           caseload_iep_finding_set_field                          (CaseloadIepFinding *self, const char *value);
const char    *caseload_iep_finding_get_object_kind                    (CaseloadIepFinding *self);
void           caseload_iep_finding_set_object_kind                    (CaseloadIepFinding *self, const char *value);
gint64         caseload_iep_finding_get_object_id                      (CaseloadIepFinding *self);
void           caseload_iep_finding_set_object_id                      (CaseloadIepFinding *self, gint64 value);
const char    *caseload_iep_finding_get_message                        (CaseloadIepFinding *self);
void           caseload_iep_finding_set_message                        (CaseloadIepFinding *self, const char *value);

typedef enum
{
  CASELOAD_FINDING_ERROR = 0,
  CASELOAD_FINDING_WARNING = 1,
} CaseloadFindingSeverity;

CaseloadIepFinding *caseload_iep_finding_new_full       (CaseloadFindingSeverity  severity,
                                                         const char              *section,
                                                         const char              *field,
                                                         const char              *object_kind,
                                                         gint64                   object_id,
                                                         const char              *message);
gboolean       caseload_iep_finding_is_error            (CaseloadIepFinding *self);
/* "error" / "warning" (stable keys for JSON). */
const char    *caseload_iep_finding_get_severity_key    (CaseloadIepFinding *self);
/* Translated section name ("Goals"). */
const char    *caseload_iep_section_to_label            (const char *section);


G_END_DECLS
