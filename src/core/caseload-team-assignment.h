/* caseload-team-assignment.h: one staff member on one student's team.
 * Properties: id, student-id, staff-id, staff-name (read-only from the
 * store, "First Last"), staff-role-name, role (team role code), role-name
 * (translated), is-case-manager, student-name, student-number,
 * student-grade (the last three filled when listing a staff member's
 * caseload). */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CASELOAD_TYPE_TEAM_ASSIGNMENT (caseload_team_assignment_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadTeamAssignment, caseload_team_assignment, CASELOAD, TEAM_ASSIGNMENT, GObject)

CaseloadTeamAssignment *caseload_team_assignment_new (void);
gint64       caseload_team_assignment_get_id              (CaseloadTeamAssignment *self);
void         caseload_team_assignment_set_id              (CaseloadTeamAssignment *self, gint64 id);
gint64       caseload_team_assignment_get_student_id      (CaseloadTeamAssignment *self);
void         caseload_team_assignment_set_student_id      (CaseloadTeamAssignment *self, gint64 id);
gint64       caseload_team_assignment_get_staff_id        (CaseloadTeamAssignment *self);
void         caseload_team_assignment_set_staff_id        (CaseloadTeamAssignment *self, gint64 id);
const char  *caseload_team_assignment_get_staff_name      (CaseloadTeamAssignment *self);
void         caseload_team_assignment_set_staff_name      (CaseloadTeamAssignment *self, const char *value);
const char  *caseload_team_assignment_get_staff_role_name (CaseloadTeamAssignment *self);
void         caseload_team_assignment_set_staff_role_name (CaseloadTeamAssignment *self, const char *value);
const char  *caseload_team_assignment_get_role            (CaseloadTeamAssignment *self);
void         caseload_team_assignment_set_role            (CaseloadTeamAssignment *self, const char *value);
const char  *caseload_team_assignment_get_role_name       (CaseloadTeamAssignment *self);
void         caseload_team_assignment_set_role_name       (CaseloadTeamAssignment *self, const char *value);
gboolean     caseload_team_assignment_get_is_case_manager (CaseloadTeamAssignment *self);
void         caseload_team_assignment_set_is_case_manager (CaseloadTeamAssignment *self, gboolean value);
const char  *caseload_team_assignment_get_student_name    (CaseloadTeamAssignment *self);
void         caseload_team_assignment_set_student_name    (CaseloadTeamAssignment *self, const char *value);
const char  *caseload_team_assignment_get_student_number  (CaseloadTeamAssignment *self);
void         caseload_team_assignment_set_student_number  (CaseloadTeamAssignment *self, const char *value);
const char  *caseload_team_assignment_get_student_grade   (CaseloadTeamAssignment *self);
void         caseload_team_assignment_set_student_grade   (CaseloadTeamAssignment *self, const char *value);

G_END_DECLS
