/* caseload-guardian.h: a parent, guardian or other contact of a student.
 * Properties: id, student-id, first-name, last-name, full-name (read-only),
 * relationship ("mother", "father", "parent", "guardian", "grandparent",
 * "foster-parent", "other"), phone, email, address, language, 
 * interpreter-needed, rights-holder (holds educational rights),
 * lives-with-student. */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CASELOAD_TYPE_GUARDIAN (caseload_guardian_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadGuardian, caseload_guardian, CASELOAD, GUARDIAN, GObject)

CaseloadGuardian *caseload_guardian_new                    (void);
gint64       caseload_guardian_get_id                      (CaseloadGuardian *self);
void         caseload_guardian_set_id                      (CaseloadGuardian *self, gint64 id);
gint64       caseload_guardian_get_student_id              (CaseloadGuardian *self);
void         caseload_guardian_set_student_id              (CaseloadGuardian *self, gint64 id);
const char  *caseload_guardian_get_first_name              (CaseloadGuardian *self);
void         caseload_guardian_set_first_name              (CaseloadGuardian *self, const char *value);
const char  *caseload_guardian_get_last_name               (CaseloadGuardian *self);
void         caseload_guardian_set_last_name               (CaseloadGuardian *self, const char *value);
char        *caseload_guardian_dup_full_name               (CaseloadGuardian *self);
const char  *caseload_guardian_get_relationship            (CaseloadGuardian *self);
void         caseload_guardian_set_relationship            (CaseloadGuardian *self, const char *value);
const char  *caseload_guardian_get_phone                   (CaseloadGuardian *self);
void         caseload_guardian_set_phone                   (CaseloadGuardian *self, const char *value);
const char  *caseload_guardian_get_email                   (CaseloadGuardian *self);
void         caseload_guardian_set_email                   (CaseloadGuardian *self, const char *value);
const char  *caseload_guardian_get_address                 (CaseloadGuardian *self);
void         caseload_guardian_set_address                 (CaseloadGuardian *self, const char *value);
const char  *caseload_guardian_get_language                (CaseloadGuardian *self);
void         caseload_guardian_set_language                (CaseloadGuardian *self, const char *value);
gboolean     caseload_guardian_get_interpreter_needed      (CaseloadGuardian *self);
void         caseload_guardian_set_interpreter_needed      (CaseloadGuardian *self, gboolean value);
gboolean     caseload_guardian_get_rights_holder           (CaseloadGuardian *self);
void         caseload_guardian_set_rights_holder           (CaseloadGuardian *self, gboolean value);
gboolean     caseload_guardian_get_lives_with_student      (CaseloadGuardian *self);
void         caseload_guardian_set_lives_with_student      (CaseloadGuardian *self, gboolean value);

G_END_DECLS
