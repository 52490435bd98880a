/* caseload-task.h: a task assigned to a team member (task row); priority low,
 * normal, high; status open, done, cancelled; dates ISO ("" = none);
 * assignee-name and student-name filled by the store
 *
 * Properties: id, assignee-id, assignee-name, created-by, student-id, student-name, meeting-id, title, due-date, priority, status, notes, created-at, completed-at.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CASELOAD_TYPE_TASK (caseload_task_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadTask, caseload_task, CASELOAD, TASK, GObject)

CaseloadTask *caseload_task_new (void);

gint64        caseload_task_get_id (CaseloadTask *self);
void          caseload_task_set_id (CaseloadTask *self, gint64 value);
gint64        caseload_task_get_assignee_id (CaseloadTask *self);
void          caseload_task_set_assignee_id (CaseloadTask *self, gint64 value);
const char   *caseload_task_get_assignee_name (CaseloadTask *self);
void          caseload_task_set_assignee_name (CaseloadTask *self, const char *value);
gint64        caseload_task_get_created_by (CaseloadTask *self);
void          caseload_task_set_created_by (CaseloadTask *self, gint64 value);
gint64        caseload_task_get_student_id (CaseloadTask *self);
void          caseload_task_set_student_id (CaseloadTask *self, gint64 value);
const char   *caseload_task_get_student_name (CaseloadTask *self);
void          caseload_task_set_student_name (CaseloadTask *self, const char *value);
gint64        caseload_task_get_meeting_id (CaseloadTask *self);
void          caseload_task_set_meeting_id (CaseloadTask *self, gint64 value);
const char   *caseload_task_get_title (CaseloadTask *self);
void          caseload_task_set_title (CaseloadTask *self, const char *value);
const char   *caseload_task_get_due_date (CaseloadTask *self);
void          caseload_task_set_due_date (CaseloadTask *self, const char *value);
const char   *caseload_task_get_priority (CaseloadTask *self);
void          caseload_task_set_priority (CaseloadTask *self, const char *value);
const char   *caseload_task_get_status (CaseloadTask *self);
void          caseload_task_set_status (CaseloadTask *self, const char *value);
const char   *caseload_task_get_notes (CaseloadTask *self);
void          caseload_task_set_notes (CaseloadTask *self, const char *value);
const char   *caseload_task_get_created_at (CaseloadTask *self);
void          caseload_task_set_created_at (CaseloadTask *self, const char *value);
const char   *caseload_task_get_completed_at (CaseloadTask *self);
void          caseload_task_set_completed_at (CaseloadTask *self, const char *value);


G_END_DECLS

