/* caseload-store.h: the one door to the database.
 *
 * Every SQL statement of Caseload lives behind these functions (in
 * caseload-store*.c and caseload-sample.c); callers get and give model
 * objects and GListModels. Every write is one transaction; every write of
 * student data adds audit_log rows in that same transaction.
 */
#pragma once

#include <gio/gio.h>

#include "caseload-error.h"
#include "caseload-model.h"
#include "caseload-rules.h"

G_BEGIN_DECLS

#define CASELOAD_SCHEMA_VERSION 3
/* PRAGMA application_id of a Caseload database: "CSLD". */
#define CASELOAD_APPLICATION_ID 0x43534c44

#define CASELOAD_TYPE_STORE (caseload_store_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadStore, caseload_store, CASELOAD, STORE, GObject)

typedef enum
{
  CASELOAD_STORE_OPEN_DEFAULT = 0,
  /* Create the file (and its directory, mode 0700; file 0600) when
   * missing. Without it, a missing file is CASELOAD_ERROR_NO_DATABASE. */
  CASELOAD_STORE_OPEN_CREATE = 1 << 0,
} CaseloadStoreOpenFlags;

/* The default path: $XDG_DATA_HOME/caseload/caseload.db. */
char          *caseload_store_default_path     (void);

/* Opens (and creates/migrates) a database. Refuses, without modifying the
 * file: a file that is not SQLite, an SQLite file that is not a Caseload
 * database (CASELOAD_ERROR_NOT_A_DATABASE), one from a newer Caseload
 * (CASELOAD_ERROR_TOO_NEW). Sets WAL, foreign_keys=ON, busy timeout. */
CaseloadStore *caseload_store_open             (const char             *path,
                                                CaseloadStoreOpenFlags  flags,
                                                GError                **error);
const char    *caseload_store_get_path         (CaseloadStore *self);
int            caseload_store_get_schema_version (CaseloadStore *self);

/* The signed-in team member written into the audit log (0 = unknown). */
void           caseload_store_set_actor        (CaseloadStore *self,
                                                gint64         staff_id);
gint64         caseload_store_get_actor        (CaseloadStore *self);

/* Emitted after any successful write, with the table name that changed
 * ("student", "staff", "team_assignment", "guardian", ...), so open views
 * can refresh. */
/* signal: "changed" (const char *table) */

/* ---- code tables and settings ---------------------------------------- */
GListModel    *caseload_store_list_disabilities (CaseloadStore *self, GError **error); /* CaseloadCode */
GListModel    *caseload_store_list_staff_roles  (CaseloadStore *self, GError **error); /* CaseloadCode */
GListModel    *caseload_store_list_team_roles   (CaseloadStore *self, GError **error); /* CaseloadCode */
GListModel    *caseload_store_list_schools      (CaseloadStore *self, GError **error); /* CaseloadSchool */
gboolean       caseload_store_save_school       (CaseloadStore *self, CaseloadSchool *school, GError **error);
gboolean       caseload_store_load_rule_settings (CaseloadStore *self,
                                                 CaseloadRuleSettings *settings,
                                                 GError **error);
gboolean       caseload_store_save_rule_setting (CaseloadStore *self,
                                                 const char    *key,
                                                 int            value,
                                                 GError       **error);

/* ---- students --------------------------------------------------------- */
typedef enum
{
  CASELOAD_STUDENT_LIST_ACTIVE = 0,           /* referred + active */
  CASELOAD_STUDENT_LIST_ALL    = 1 << 0,      /* also archived and exited */
} CaseloadStudentListFlags;

/* All students in one query (never one query per row), sorted by last and
 * first name, each with its school, primary disability, case manager and
 * next deadline computed for @as_of (NULL = today). */
GListModel    *caseload_store_list_students     (CaseloadStore            *self,
                                                 CaseloadStudentListFlags  flags,
                                                 const GDate              *as_of,
                                                 GError                  **error);
CaseloadStudent *caseload_store_get_student     (CaseloadStore *self,
                                                 gint64         id,
                                                 GError       **error);
CaseloadStudent *caseload_store_find_student    (CaseloadStore *self,
                                                 const char    *student_number,
                                                 GError       **error);

/* Checks a student before saving: required first/last name, student ID
 * (unique among other students), birth date valid and not in the future,
 * grade known, disabilities known and the primary not repeated among the
 * secondary ones. On failure sets CASELOAD_ERROR_INVALID (or _EXISTS) with
 * a message that names the field, and *field to the property name
 * ("birth-date") when @field is not NULL. */
gboolean       caseload_store_validate_student  (CaseloadStore   *self,
                                                 CaseloadStudent *student,
                                                 const char     **field,
                                                 GError         **error);
/* Inserts (id == 0; sets the new id) or updates, including disabilities,
 * in one transaction, after validating. */
gboolean       caseload_store_save_student      (CaseloadStore   *self,
                                                 CaseloadStudent *student,
                                                 GError         **error);
/* Archive / restore (status "archived" <-> previous "active"): audited,
 * never a delete. */
gboolean       caseload_store_archive_student   (CaseloadStore *self,
                                                 gint64         student_id,
                                                 GError       **error);
gboolean       caseload_store_restore_student   (CaseloadStore *self,
                                                 gint64         student_id,
                                                 GError       **error);

/* ---- guardians -------------------------------------------------------- */
GListModel    *caseload_store_list_guardians    (CaseloadStore *self,
                                                 gint64         student_id,
                                                 GError       **error);
gboolean       caseload_store_save_guardian     (CaseloadStore    *self,
                                                 CaseloadGuardian *guardian,
                                                 GError          **error);
gboolean       caseload_store_delete_guardian   (CaseloadStore *self,
                                                 gint64         guardian_id,
                                                 GError       **error);

/* ---- staff ------------------------------------------------------------ */
/* Sorted by last, first name; each with caseload-count filled. */
GListModel    *caseload_store_list_staff        (CaseloadStore *self,
                                                 gboolean       include_inactive,
                                                 GError       **error);
CaseloadStaff *caseload_store_get_staff         (CaseloadStore *self,
                                                 gint64         id,
                                                 GError       **error);
/* Required: first name, last name, role; e-mail shaped like one if set. */
gboolean       caseload_store_validate_staff    (CaseloadStore *self,
                                                 CaseloadStaff *staff,
                                                 const char   **field,
                                                 GError       **error);
gboolean       caseload_store_save_staff        (CaseloadStore *self,
                                                 CaseloadStaff *staff,
                                                 GError       **error);
gboolean       caseload_store_set_staff_active  (CaseloadStore *self,
                                                 gint64         staff_id,
                                                 gboolean       active,
                                                 GError       **error);

/* ---- teams ------------------------------------------------------------ */
GListModel    *caseload_store_list_team         (CaseloadStore *self,
                                                 gint64         student_id,
                                                 GError       **error);
/* The students a staff member is on the team of (student-* filled). */
GListModel    *caseload_store_list_caseload     (CaseloadStore *self,
                                                 gint64         staff_id,
                                                 GError       **error);
/* Adds @staff_id in @role; if @role is "case-manager" they become the case
 * manager (the previous one, if any, is demoted to their staff role's
 * team role, in the same transaction). Returns the new assignment id. */
gint64         caseload_store_add_team_member   (CaseloadStore *self,
                                                 gint64         student_id,
                                                 gint64         staff_id,
                                                 const char    *role,
                                                 GError       **error);
gboolean       caseload_store_remove_team_member (CaseloadStore *self,
                                                 gint64         assignment_id,
                                                 GError       **error);
/* Makes @staff_id the one case manager (adding them to the team if
 * needed); exactly one per student is enforced by the schema too. */
gboolean       caseload_store_set_case_manager  (CaseloadStore *self,
                                                 gint64         student_id,
                                                 gint64         staff_id,
                                                 GError       **error);

/* ---- compliance dates and deadlines ----------------------------------- */
typedef struct
{
  GDate    initial_consent_date;   /* consent to the initial evaluation */
  GDate    last_evaluation_date;   /* last completed evaluation */
  GDate    eligibility_date;       /* eligibility determination */
  gboolean reevaluation_waived;
  /* Read-only, from the IEP in effect (edited in the IEP editor). */
  GDate    iep_meeting_date;
  GDate    iep_start_date;
  GDate    iep_end_date;
} CaseloadComplianceDates;

gboolean       caseload_store_get_compliance_dates  (CaseloadStore           *self,
                                                     gint64                   student_id,
                                                     CaseloadComplianceDates *dates,
                                                     GError                 **error);
/* Saves the evaluation dates (consent, evaluation, eligibility, waiver)
 * into the student's latest evaluation record (creating it if needed).
 * Dates must make sense: none in the future beyond today, evaluation not
 * before consent, eligibility not before evaluation. */
gboolean       caseload_store_save_compliance_dates (CaseloadStore                 *self,
                                                     gint64                         student_id,
                                                     const CaseloadComplianceDates *dates,
                                                     GError                       **error);
gboolean       caseload_store_get_deadline_facts    (CaseloadStore         *self,
                                                     gint64                 student_id,
                                                     CaseloadDeadlineFacts *facts,
                                                     GError               **error);
/* Every deadline of every active student (or of one student when
 * @student_id > 0), overdue first then by due date; @within_days < 0
 * means no limit, else only those due within that many days of @as_of
 * (overdue ones always included). @as_of NULL = today. */
GListModel    *caseload_store_list_deadlines        (CaseloadStore *self,
                                                     gint64         student_id,
                                                     const GDate   *as_of,
                                                     int            within_days,
                                                     GError       **error);

/* ---- audit ------------------------------------------------------------ */
/* Number of audit rows for a student (tests; the History view comes with
 * the data-safety issue). */
gint64         caseload_store_count_audit       (CaseloadStore *self,
                                                 gint64         student_id,
                                                 GError       **error);

G_END_DECLS

#include "caseload-store-iep.h"
#include "caseload-store-progress.h"
#include "caseload-store-meetings.h"
#include "caseload-store-restore.h"
