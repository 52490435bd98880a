/* caseload-deadline.h: one computed deadline of one student, for lists.
 * Properties (all read-only after construction): student-id,
 * student-number, first-name, last-name, student-name ("Last, First"),
 * kind (CaseloadDeadlineKind as int), kind-key ("annual-review"),
 * kind-label (translated), due-date (ISO), days-left, status
 * (CaseloadDeadlineStatus as int), status-text (translated words),
 * case-manager-id, case-manager-name, school-name. */
#pragma once

#include <glib-object.h>

#include "caseload-rules.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_DEADLINE (caseload_deadline_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadDeadline, caseload_deadline, CASELOAD, DEADLINE, GObject)

CaseloadDeadline *caseload_deadline_new (gint64                      student_id,
                                         const char                 *student_number,
                                         const char                 *first_name,
                                         const char                 *last_name,
                                         CaseloadDeadlineKind        kind,
                                         const GDate                *due,
                                         int                         days_left,
                                         CaseloadDeadlineStatus      status,
                                         const char                 *status_text,
                                         gint64                      case_manager_id,
                                         const char                 *case_manager_name,
                                         const char                 *school_name);

gint64        caseload_deadline_get_student_id        (CaseloadDeadline *self);
const char   *caseload_deadline_get_student_number    (CaseloadDeadline *self);
const char   *caseload_deadline_get_first_name        (CaseloadDeadline *self);
const char   *caseload_deadline_get_last_name         (CaseloadDeadline *self);
const char   *caseload_deadline_get_student_name      (CaseloadDeadline *self);
CaseloadDeadlineKind caseload_deadline_get_kind       (CaseloadDeadline *self);
const char   *caseload_deadline_get_kind_key          (CaseloadDeadline *self);
const char   *caseload_deadline_get_kind_label        (CaseloadDeadline *self);
const char   *caseload_deadline_get_due_date          (CaseloadDeadline *self);
int           caseload_deadline_get_days_left         (CaseloadDeadline *self);
CaseloadDeadlineStatus caseload_deadline_get_status   (CaseloadDeadline *self);
const char   *caseload_deadline_get_status_text       (CaseloadDeadline *self);
gint64        caseload_deadline_get_case_manager_id   (CaseloadDeadline *self);
const char   *caseload_deadline_get_case_manager_name (CaseloadDeadline *self);
const char   *caseload_deadline_get_school_name       (CaseloadDeadline *self);

G_END_DECLS
