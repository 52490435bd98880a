/* caseload-store-restore.c: Undo of a removed team member or guardian. */
#define G_LOG_DOMAIN "caseload-store-restore"

#include "config.h"

#include "caseload-store-restore.h"
#include "caseload-store-private.h"
#include "caseload-error.h"

#include <inttypes.h>

#include <glib/gi18n-lib.h>

static const char *
data_text (gpointer    object,
           const char *key)
{
  const char *value = g_object_get_data (G_OBJECT (object), key);

  return value != NULL ? value : "";
}

/* Fails with CASELOAD_ERROR_EXISTS when @sql (one bound id) finds a row. */
static gboolean
refuse_if_row (sqlite3     *db,
               const char  *sql,
               gint64       id,
               const char  *message,
               GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = caseload_db_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  caseload_db_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_EXISTS, message);
      return FALSE;
    }
  if (rc != SQLITE_DONE)
    return caseload_db_set_error (db, rc, _("Could not read the database"), error);
  return TRUE;
}

static gboolean
require_student (sqlite3  *db,
                 gint64    student_id,
                 GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = caseload_db_prepare (db, "SELECT 1 FROM student WHERE id = ?1",
                                                      error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  caseload_db_bind_int64 (stmt, 1, student_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                   _("There is no student with the number %" PRId64), student_id);
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return caseload_db_set_error (db, rc, _("Could not read the student"), error);
  return TRUE;
}

/* ---- team assignments -------------------------------------------------- */

CaseloadTeamAssignment *
caseload_store_get_team_assignment (CaseloadStore  *self,
                                    gint64          assignment_id,
                                    GError        **error)
{
  sqlite3 *db;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(CaseloadTeamAssignment) assignment = NULL;
  g_autofree char *staff_name = NULL;
  int rc;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);

  db = caseload_store_get_db (self);
  if (db == NULL)
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_NO_DATABASE,
                           _("No database is open"));
      return NULL;
    }

  stmt = caseload_db_prepare (db,
                              "SELECT ta.student_id, ta.staff_id, ta.role, ta.is_case_manager, "
                              "ta.start_date, ta.end_date, s.first_name, s.last_name, tr.name "
                              "FROM team_assignment ta JOIN staff s ON s.id = ta.staff_id "
                              "LEFT JOIN team_role tr ON tr.code = ta.role WHERE ta.id = ?1",
                              error);
  if (stmt == NULL)
    return NULL;
  caseload_db_bind_int64 (stmt, 1, assignment_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                   _("There is no team assignment with the number %" PRId64), assignment_id);
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      caseload_db_set_error (db, rc, _("Could not read the team"), error);
      return NULL;
    }

  assignment = caseload_team_assignment_new ();
  caseload_team_assignment_set_id (assignment, assignment_id);
  caseload_team_assignment_set_student_id (assignment, sqlite3_column_int64 (stmt, 0));
  caseload_team_assignment_set_staff_id (assignment, sqlite3_column_int64 (stmt, 1));
  caseload_team_assignment_set_role (assignment, caseload_db_column_text (stmt, 2));
  caseload_team_assignment_set_is_case_manager (assignment, sqlite3_column_int (stmt, 3) != 0);
  g_object_set_data_full (G_OBJECT (assignment), CASELOAD_TEAM_ASSIGNMENT_START_DATE_KEY,
                          g_strdup (caseload_db_column_text (stmt, 4)), g_free);
  g_object_set_data_full (G_OBJECT (assignment), CASELOAD_TEAM_ASSIGNMENT_END_DATE_KEY,
                          g_strdup (caseload_db_column_text (stmt, 5)), g_free);
  staff_name = g_strdup_printf ("%s %s", caseload_db_column_text (stmt, 6),
                                caseload_db_column_text (stmt, 7));
  caseload_team_assignment_set_staff_name (assignment, staff_name);
  if (caseload_db_column_text (stmt, 8)[0] != '\0')
    caseload_team_assignment_set_role_name (assignment,
                                            g_dgettext (GETTEXT_PACKAGE,
                                                        caseload_db_column_text (stmt, 8)));

  return g_steal_pointer (&assignment);
}

static gboolean
restore_assignment_in_transaction (CaseloadStore           *self,
                                   sqlite3                 *db,
                                   CaseloadTeamAssignment  *removed,
                                   const char              *at,
                                   GError                 **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 id = caseload_team_assignment_get_id (removed);
  gint64 student_id = caseload_team_assignment_get_student_id (removed);
  gint64 staff_id = caseload_team_assignment_get_staff_id (removed);
  const char *role = caseload_team_assignment_get_role (removed);
  gboolean is_case_manager = caseload_team_assignment_get_is_case_manager (removed);
  g_autofree char *staff_text = g_strdup_printf ("%" G_GINT64_FORMAT, staff_id);
  int rc;

  if (!require_student (db, student_id, error))
    return FALSE;
  /* The most useful reason first: a new case manager explains why, even
   * when that new assignment happens to have taken the old row's id. */
  if (is_case_manager
      && !refuse_if_row (db,
                         "SELECT 1 FROM team_assignment WHERE student_id = ?1 AND is_case_manager = 1",
                         student_id,
                         _("The team member cannot be put back as case manager: the student has another case manager now. Add them again as an ordinary team member, or change the case manager first."),
                         error))
    return FALSE;

  if (!refuse_if_row (db, "SELECT 1 FROM team_assignment WHERE id = ?1", id,
                      _("The team member cannot be put back: the record has been used again."),
                      error))
    return FALSE;

  stmt = caseload_db_prepare (db,
                              "SELECT 1 FROM team_assignment WHERE student_id = ?1 "
                              "AND staff_id = ?2 AND role = ?3",
                              error);
  if (stmt == NULL)
    return FALSE;
  caseload_db_bind_int64 (stmt, 1, student_id);
  caseload_db_bind_int64 (stmt, 2, staff_id);
  caseload_db_bind_text (stmt, 3, role);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_EXISTS,
                           _("The team member is already back on this student’s team in that role."));
      return FALSE;
    }
  if (rc != SQLITE_DONE)
    return caseload_db_set_error (db, rc, _("Could not read the team"), error);
  g_clear_pointer (&stmt, caseload_db_release);

  stmt = caseload_db_prepare (db,
                              "INSERT INTO team_assignment (id, student_id, staff_id, role, "
                              "is_case_manager, start_date, end_date) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                              error);
  if (stmt == NULL)
    return FALSE;
  caseload_db_bind_int64 (stmt, 1, id);
  caseload_db_bind_int64 (stmt, 2, student_id);
  caseload_db_bind_int64 (stmt, 3, staff_id);
  caseload_db_bind_text (stmt, 4, role);
  caseload_db_bind_int64 (stmt, 5, is_case_manager ? 1 : 0);
  caseload_db_bind_text_or_null (stmt, 6, data_text (removed, CASELOAD_TEAM_ASSIGNMENT_START_DATE_KEY));
  caseload_db_bind_text_or_null (stmt, 7, data_text (removed, CASELOAD_TEAM_ASSIGNMENT_END_DATE_KEY));
  if (!caseload_db_step_done (db, stmt, _("Could not put the team member back"), error))
    return FALSE;

  return caseload_store_audit (self, at, "team_assignment", id, student_id, "restore",
                               "staff_id", NULL, staff_text, NULL, error)
         && caseload_store_audit (self, at, "team_assignment", id, student_id, "restore",
                                  "role", NULL, role, NULL, error)
         && (!is_case_manager
             || caseload_store_audit (self, at, "team_assignment", id, student_id, "restore",
                                      "is_case_manager", NULL, "1", NULL, error));
}

gboolean
caseload_store_restore_team_assignment (CaseloadStore           *self,
                                        CaseloadTeamAssignment  *removed,
                                        GError                 **error)
{
  g_autofree char *at = caseload_db_now ();
  sqlite3 *db;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_TEAM_ASSIGNMENT (removed), FALSE);

  db = caseload_store_get_db (self);
  if (db == NULL)
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_NO_DATABASE,
                           _("No database is open"));
      return FALSE;
    }
  if (caseload_team_assignment_get_id (removed) <= 0
      || caseload_team_assignment_get_role (removed) == NULL
      || caseload_team_assignment_get_role (removed)[0] == '\0')
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                           _("The removed team member is not known well enough to put back."));
      return FALSE;
    }

  if (!caseload_db_begin (db, error))
    return FALSE;
  if (!restore_assignment_in_transaction (self, db, removed, at, error))
    {
      caseload_db_rollback (db);
      return FALSE;
    }
  if (!caseload_db_commit (db, error))
    return FALSE;

  caseload_store_emit_changed (self, "team_assignment");
  return TRUE;
}

/* ---- guardians --------------------------------------------------------- */

CaseloadGuardian *
caseload_store_get_guardian (CaseloadStore  *self,
                             gint64          guardian_id,
                             GError        **error)
{
  sqlite3 *db;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(CaseloadGuardian) guardian = NULL;
  int rc;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);

  db = caseload_store_get_db (self);
  if (db == NULL)
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_NO_DATABASE,
                           _("No database is open"));
      return NULL;
    }

  stmt = caseload_db_prepare (db,
                              "SELECT student_id, first_name, last_name, relationship, phone, "
                              "email, address, language, interpreter_needed, rights_holder, "
                              "lives_with_student, external_id, sort_order "
                              "FROM guardian WHERE id = ?1",
                              error);
  if (stmt == NULL)
    return NULL;
  caseload_db_bind_int64 (stmt, 1, guardian_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                   _("There is no guardian with the number %" PRId64), guardian_id);
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      caseload_db_set_error (db, rc, _("Could not read the guardian"), error);
      return NULL;
    }

  guardian = caseload_guardian_new ();
  caseload_guardian_set_id (guardian, guardian_id);
  caseload_guardian_set_student_id (guardian, sqlite3_column_int64 (stmt, 0));
  caseload_guardian_set_first_name (guardian, caseload_db_column_text (stmt, 1));
  caseload_guardian_set_last_name (guardian, caseload_db_column_text (stmt, 2));
  caseload_guardian_set_relationship (guardian, caseload_db_column_text (stmt, 3));
  caseload_guardian_set_phone (guardian, caseload_db_column_text (stmt, 4));
  caseload_guardian_set_email (guardian, caseload_db_column_text (stmt, 5));
  caseload_guardian_set_address (guardian, caseload_db_column_text (stmt, 6));
  caseload_guardian_set_language (guardian, caseload_db_column_text (stmt, 7));
  caseload_guardian_set_interpreter_needed (guardian, sqlite3_column_int (stmt, 8) != 0);
  caseload_guardian_set_rights_holder (guardian, sqlite3_column_int (stmt, 9) != 0);
  caseload_guardian_set_lives_with_student (guardian, sqlite3_column_int (stmt, 10) != 0);
  g_object_set_data_full (G_OBJECT (guardian), CASELOAD_GUARDIAN_EXTERNAL_ID_KEY,
                          g_strdup (caseload_db_column_text (stmt, 11)), g_free);
  g_object_set_data_full (G_OBJECT (guardian), CASELOAD_GUARDIAN_SORT_ORDER_KEY,
                          g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, 12)),
                          g_free);

  return g_steal_pointer (&guardian);
}

static gboolean
restore_guardian_in_transaction (CaseloadStore     *self,
                                 sqlite3           *db,
                                 CaseloadGuardian  *removed,
                                 const char        *at,
                                 GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *name = caseload_guardian_dup_full_name (removed);
  gint64 id = caseload_guardian_get_id (removed);
  gint64 student_id = caseload_guardian_get_student_id (removed);
  const char *sort_text = data_text (removed, CASELOAD_GUARDIAN_SORT_ORDER_KEY);

  if (!require_student (db, student_id, error))
    return FALSE;
  if (!refuse_if_row (db, "SELECT 1 FROM guardian WHERE id = ?1", id,
                      _("The guardian cannot be put back: the record has been used again."),
                      error))
    return FALSE;

  stmt = caseload_db_prepare (db,
                              "INSERT INTO guardian (id, student_id, first_name, last_name, "
                              "relationship, phone, email, address, language, "
                              "interpreter_needed, rights_holder, lives_with_student, "
                              "external_id, sort_order) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
                              error);
  if (stmt == NULL)
    return FALSE;
  caseload_db_bind_int64 (stmt, 1, id);
  caseload_db_bind_int64 (stmt, 2, student_id);
  caseload_db_bind_text (stmt, 3, caseload_guardian_get_first_name (removed));
  caseload_db_bind_text (stmt, 4, caseload_guardian_get_last_name (removed));
  caseload_db_bind_text (stmt, 5, caseload_guardian_get_relationship (removed) != NULL
                                  ? caseload_guardian_get_relationship (removed) : "parent");
  caseload_db_bind_text (stmt, 6, caseload_guardian_get_phone (removed) != NULL
                                  ? caseload_guardian_get_phone (removed) : "");
  caseload_db_bind_text (stmt, 7, caseload_guardian_get_email (removed) != NULL
                                  ? caseload_guardian_get_email (removed) : "");
  caseload_db_bind_text (stmt, 8, caseload_guardian_get_address (removed) != NULL
                                  ? caseload_guardian_get_address (removed) : "");
  caseload_db_bind_text (stmt, 9, caseload_guardian_get_language (removed) != NULL
                                  ? caseload_guardian_get_language (removed) : "en");
  caseload_db_bind_int64 (stmt, 10, caseload_guardian_get_interpreter_needed (removed) ? 1 : 0);
  caseload_db_bind_int64 (stmt, 11, caseload_guardian_get_rights_holder (removed) ? 1 : 0);
  caseload_db_bind_int64 (stmt, 12, caseload_guardian_get_lives_with_student (removed) ? 1 : 0);
  caseload_db_bind_text_or_null (stmt, 13, data_text (removed, CASELOAD_GUARDIAN_EXTERNAL_ID_KEY));
  caseload_db_bind_int64 (stmt, 14, g_ascii_strtoll (sort_text, NULL, 10));
  if (!caseload_db_step_done (db, stmt, _("Could not put the guardian back"), error))
    return FALSE;

  return caseload_store_audit (self, at, "guardian", id, student_id, "restore",
                               "name", NULL, name, NULL, error);
}

gboolean
caseload_store_restore_guardian (CaseloadStore     *self,
                                 CaseloadGuardian  *removed,
                                 GError           **error)
{
  g_autofree char *at = caseload_db_now ();
  sqlite3 *db;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_GUARDIAN (removed), FALSE);

  db = caseload_store_get_db (self);
  if (db == NULL)
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_NO_DATABASE,
                           _("No database is open"));
      return FALSE;
    }
  if (caseload_guardian_get_id (removed) <= 0)
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                           _("The removed guardian is not known well enough to put back."));
      return FALSE;
    }

  if (!caseload_db_begin (db, error))
    return FALSE;
  if (!restore_guardian_in_transaction (self, db, removed, at, error))
    {
      caseload_db_rollback (db);
      return FALSE;
    }
  if (!caseload_db_commit (db, error))
    return FALSE;

  caseload_store_emit_changed (self, "guardian");
  return TRUE;
}
