/* caseload-staff.h: a team member (staff directory entry).
 * Properties: id, first-name, last-name, full-name (read-only,
 * "First Last"), sort-name (read-only, "Last, First"), initials (read-only),
 * role (code), role-name (read-only, translated), school-id, school-name,
 * email, phone, active, caseload-count (students whose team they are on). */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CASELOAD_TYPE_STAFF (caseload_staff_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadStaff, caseload_staff, CASELOAD, STAFF, GObject)

CaseloadStaff *caseload_staff_new                (void);
gint64         caseload_staff_get_id             (CaseloadStaff *self);
void           caseload_staff_set_id             (CaseloadStaff *self, gint64 id);
const char    *caseload_staff_get_first_name     (CaseloadStaff *self);
void           caseload_staff_set_first_name     (CaseloadStaff *self, const char *value);
const char    *caseload_staff_get_last_name      (CaseloadStaff *self);
void           caseload_staff_set_last_name      (CaseloadStaff *self, const char *value);
char          *caseload_staff_dup_full_name      (CaseloadStaff *self);
char          *caseload_staff_dup_sort_name      (CaseloadStaff *self);
char          *caseload_staff_dup_initials       (CaseloadStaff *self);
const char    *caseload_staff_get_role           (CaseloadStaff *self);
void           caseload_staff_set_role           (CaseloadStaff *self, const char *role);
const char    *caseload_staff_get_role_name      (CaseloadStaff *self);
void           caseload_staff_set_role_name      (CaseloadStaff *self, const char *role_name);
gint64         caseload_staff_get_school_id      (CaseloadStaff *self);
void           caseload_staff_set_school_id      (CaseloadStaff *self, gint64 id);
const char    *caseload_staff_get_school_name    (CaseloadStaff *self);
void           caseload_staff_set_school_name    (CaseloadStaff *self, const char *value);
const char    *caseload_staff_get_email          (CaseloadStaff *self);
void           caseload_staff_set_email          (CaseloadStaff *self, const char *value);
const char    *caseload_staff_get_phone          (CaseloadStaff *self);
void           caseload_staff_set_phone          (CaseloadStaff *self, const char *value);
gboolean       caseload_staff_get_active         (CaseloadStaff *self);
void           caseload_staff_set_active         (CaseloadStaff *self, gboolean active);
guint          caseload_staff_get_caseload_count (CaseloadStaff *self);
void           caseload_staff_set_caseload_count (CaseloadStaff *self, guint count);

G_END_DECLS
