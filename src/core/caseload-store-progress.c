#define G_LOG_DOMAIN "caseload-store-progress"

#include "config.h"

#include "caseload-store-progress.h"
#include "caseload-store-private.h"
#include "caseload-date.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

/* ---- helpers ----------------------------------------------------------------- */


static char *
format_value (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.6g", value));
}

static gboolean
contains_word (const char *haystack_lower,
               const char *needle)
{
  return strstr (haystack_lower, needle) != NULL;
}

gboolean
caseload_store_check_progress_value (const char  *unit,
                                     double       value,
                                     const char  *row_label,
                                     GError     **error)
{
  g_autofree char *lower = g_utf8_strdown (unit != NULL ? unit : "", -1);
  g_autofree char *prefix = row_label != NULL ? g_strdup_printf ("%s: ", row_label) : g_strdup ("");
  gboolean percent = contains_word (lower, "%") || contains_word (lower, "percent");
  gboolean signed_unit = contains_word (lower, "score") || contains_word (lower, "change") ||
                         contains_word (lower, "difference");

  if (!isfinite (value))
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   _("%sthe value is not a number"), prefix);
      return FALSE;
    }
  if (percent && value > 100.0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   _("%sa percentage cannot be over 100"), prefix);
      return FALSE;
    }
  if (value < 0.0 && (percent || !signed_unit))
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   _("%s“%s” cannot be negative"), prefix,
                   unit != NULL && *unit != '\0' ? unit : _("the value"));
      return FALSE;
    }
  return TRUE;
}

/* The goal's unit and student; NOT_FOUND names @row_label when set. */
static gboolean
goal_facts (sqlite3_stmt  *stmt,
            sqlite3       *db,
            gint64         goal_id,
            const char    *row_label,
            char         **unit,
            gint64        *student_id,
            GError       **error)
{
  int rc;

  sqlite3_reset (stmt);
  sqlite3_bind_int64 (stmt, 1, goal_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *unit = g_strdup (caseload_db_column_text (stmt, 0));
      *student_id = sqlite3_column_int64 (stmt, 1);
      sqlite3_reset (stmt);
      return TRUE;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return caseload_db_set_error (db, rc, _("Could not read the goal"), error);
  if (row_label != NULL)
    g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                 _("%s: no such goal"), row_label);
  else
    g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND, _("No such goal"));
  return FALSE;
}

#define GOAL_FACTS_SQL \
  "SELECT g.unit, i.student_id FROM goal g JOIN iep i ON i.id = g.iep_id WHERE g.id = ?1"

static gboolean
check_point_date (const char  *date,
                  const char  *row_label,
                  GError     **error)
{
  GDate parsed, today;

  if (date == NULL || !caseload_date_parse_iso (date, &parsed))
    {
      if (row_label != NULL)
        g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                     _("%s: the date is not valid"), row_label);
      else
        g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                             _("The date is not valid"));
      return FALSE;
    }
  caseload_date_set_today (&today);
  if (g_date_compare (&parsed, &today) > 0)
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                           _("The date is in the future"));
      return FALSE;
    }
  return TRUE;
}

/* ---- goals ------------------------------------------------------------------- */

CaseloadGoal *
caseload_store_get_goal (CaseloadStore  *self,
                         gint64          goal_id,
                         GError        **error)
{
  sqlite3 *db;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  CaseloadGoal *goal;
  int rc;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);

  db = caseload_store_get_db (self);
  stmt = caseload_db_prepare (db,
                              "SELECT id, iep_id, position, COALESCE(carried_from_goal_id, 0), area, "
                              "condition, behavior, criterion, baseline_value, baseline_date, "
                              "target_value, target_date, unit, direction, method, responsible "
                              "FROM goal WHERE id = ?1",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, goal_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND, _("No such goal"));
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      caseload_db_set_error (db, rc, _("Could not read the goal"), error);
      return NULL;
    }

  goal = caseload_goal_new ();
  caseload_goal_set_id (goal, sqlite3_column_int64 (stmt, 0));
  caseload_goal_set_iep_id (goal, sqlite3_column_int64 (stmt, 1));
  caseload_goal_set_position (goal, sqlite3_column_int (stmt, 2));
  caseload_goal_set_carried_from_goal_id (goal, sqlite3_column_int64 (stmt, 3));
  caseload_goal_set_area (goal, caseload_db_column_text (stmt, 4));
  caseload_goal_set_condition (goal, caseload_db_column_text (stmt, 5));
  caseload_goal_set_behavior (goal, caseload_db_column_text (stmt, 6));
  caseload_goal_set_criterion (goal, caseload_db_column_text (stmt, 7));
  if (sqlite3_column_type (stmt, 8) != SQLITE_NULL)
    caseload_goal_set_baseline_value (goal, sqlite3_column_double (stmt, 8));
  caseload_goal_set_baseline_date (goal, caseload_db_column_text (stmt, 9));
  if (sqlite3_column_type (stmt, 10) != SQLITE_NULL)
    caseload_goal_set_target_value (goal, sqlite3_column_double (stmt, 10));
  caseload_goal_set_target_date (goal, caseload_db_column_text (stmt, 11));
  caseload_goal_set_unit (goal, caseload_db_column_text (stmt, 12));
  caseload_goal_set_direction (goal, caseload_db_column_text (stmt, 13));
  caseload_goal_set_method (goal, caseload_db_column_text (stmt, 14));
  caseload_goal_set_responsible (goal, caseload_db_column_text (stmt, 15));
  return goal;
}

/* The goal as one sentence: "Given …, will … 110 words …". */
static char *
goal_description (const char *condition,
                  const char *behavior,
                  const char *criterion)
{
  GString *text = g_string_new (NULL);
  const char *parts[] = { condition, behavior, criterion };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autofree char *part = g_strstrip (g_strdup (parts[i] != NULL ? parts[i] : ""));

      if (*part == '\0')
        continue;
      if (text->len > 0)
        g_string_append (text, i == 1 && condition != NULL && *condition != '\0' ? ", " : " ");
      g_string_append (text, part);
    }
  return g_string_free (text, FALSE);
}

#define SUMMARY_SELECT \
  "SELECT g.id, s.id, s.first_name || ' ' || s.last_name, s.student_number, i.id, g.position, " \
  "g.area, g.condition, g.behavior, g.criterion, g.unit, g.direction, g.baseline_value, " \
  "COALESCE(g.baseline_date, ''), g.target_value, COALESCE(g.target_date, ''), " \
  "(SELECT COUNT(*) FROM data_point d WHERE d.goal_id = g.id), " \
  "(SELECT d.value FROM data_point d WHERE d.goal_id = g.id ORDER BY d.point_date DESC, d.id DESC LIMIT 1), " \
  "(SELECT d.point_date FROM data_point d WHERE d.goal_id = g.id ORDER BY d.point_date DESC, d.id DESC LIMIT 1) " \
  "FROM student s " \
  "JOIN iep i ON i.id = COALESCE(" \
  "  (SELECT id FROM iep WHERE student_id = s.id AND status = 'finalized' ORDER BY start_date DESC, id DESC LIMIT 1), " \
  "  (SELECT id FROM iep WHERE student_id = s.id AND status = 'draft' ORDER BY id DESC LIMIT 1)) " \
  "JOIN goal g ON g.iep_id = i.id "

static GListModel *
list_summaries (CaseloadStore  *self,
                const char     *sql,
                gint64          id,
                const char     *today,
                GError        **error)
{
  sqlite3 *db = caseload_store_get_db (self);
  g_autoptr(sqlite3_stmt) stmt = caseload_db_prepare (db, sql, error);
  g_autoptr(GListStore) list = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (today != NULL)
    caseload_db_bind_text (stmt, 2, today);

  list = g_list_store_new (CASELOAD_TYPE_GOAL_SUMMARY);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CaseloadGoalSummary) summary = caseload_goal_summary_new ();
      g_autofree char *description = goal_description (caseload_db_column_text (stmt, 7),
                                                       caseload_db_column_text (stmt, 8),
                                                       caseload_db_column_text (stmt, 9));

      caseload_goal_summary_set_goal_id (summary, sqlite3_column_int64 (stmt, 0));
      caseload_goal_summary_set_student_id (summary, sqlite3_column_int64 (stmt, 1));
      caseload_goal_summary_set_student_name (summary, caseload_db_column_text (stmt, 2));
      caseload_goal_summary_set_student_number (summary, caseload_db_column_text (stmt, 3));
      caseload_goal_summary_set_iep_id (summary, sqlite3_column_int64 (stmt, 4));
      caseload_goal_summary_set_position (summary, sqlite3_column_int (stmt, 5));
      caseload_goal_summary_set_area (summary, caseload_db_column_text (stmt, 6));
      caseload_goal_summary_set_description (summary, description);
      caseload_goal_summary_set_unit (summary, caseload_db_column_text (stmt, 10));
      caseload_goal_summary_set_direction (summary, caseload_db_column_text (stmt, 11));
      if (sqlite3_column_type (stmt, 12) != SQLITE_NULL)
        caseload_goal_summary_set_baseline_value (summary, sqlite3_column_double (stmt, 12));
      caseload_goal_summary_set_baseline_date (summary, caseload_db_column_text (stmt, 13));
      if (sqlite3_column_type (stmt, 14) != SQLITE_NULL)
        caseload_goal_summary_set_target_value (summary, sqlite3_column_double (stmt, 14));
      caseload_goal_summary_set_target_date (summary, caseload_db_column_text (stmt, 15));
      caseload_goal_summary_set_n_points (summary, sqlite3_column_int (stmt, 16));
      if (sqlite3_column_type (stmt, 17) != SQLITE_NULL)
        caseload_goal_summary_set_last_value (summary, sqlite3_column_double (stmt, 17));
      caseload_goal_summary_set_last_date (summary, caseload_db_column_text (stmt, 18));
      g_list_store_append (list, summary);
    }
  if (rc != SQLITE_DONE)
    {
      caseload_db_set_error (db, rc, _("Could not read the goals"), error);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

GListModel *
caseload_store_list_student_goals (CaseloadStore  *self,
                                   gint64          student_id,
                                   GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);

  return list_summaries (self,
                         SUMMARY_SELECT "WHERE s.id = ?1 ORDER BY g.position, g.id",
                         student_id, NULL, error);
}

GListModel *
caseload_store_list_my_goals (CaseloadStore  *self,
                              gint64          staff_id,
                              GError        **error)
{
  GDate date;
  g_autofree char *today = NULL;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);

  caseload_date_set_today (&date);
  today = caseload_date_to_iso (&date);
  return list_summaries (self,
                         SUMMARY_SELECT
                         "WHERE s.status = 'active' AND s.id IN ("
                         "  SELECT student_id FROM team_assignment WHERE staff_id = ?1 "
                         "  AND (end_date IS NULL OR end_date >= ?2)) "
                         "ORDER BY s.last_name, s.first_name, s.id, g.position, g.id",
                         staff_id, today, error);
}

/* ---- data points ------------------------------------------------------------ */

#define POINT_SELECT \
  "SELECT d.id, d.goal_id, d.point_date, d.value, d.note, COALESCE(d.recorded_by, 0), " \
  "COALESCE(st.first_name || ' ' || st.last_name, ''), d.recorded_at " \
  "FROM data_point d LEFT JOIN staff st ON st.id = d.recorded_by "

static CaseloadDataPoint *
point_from_row (sqlite3_stmt *stmt)
{
  CaseloadDataPoint *point = caseload_data_point_new ();

  caseload_data_point_set_id (point, sqlite3_column_int64 (stmt, 0));
  caseload_data_point_set_goal_id (point, sqlite3_column_int64 (stmt, 1));
  caseload_data_point_set_date (point, caseload_db_column_text (stmt, 2));
  caseload_data_point_set_value (point, sqlite3_column_double (stmt, 3));
  caseload_data_point_set_note (point, caseload_db_column_text (stmt, 4));
  caseload_data_point_set_recorded_by (point, sqlite3_column_int64 (stmt, 5));
  caseload_data_point_set_recorded_by_name (point, caseload_db_column_text (stmt, 6));
  caseload_data_point_set_recorded_at (point, caseload_db_column_text (stmt, 7));
  return point;
}

GListModel *
caseload_store_list_data_points (CaseloadStore  *self,
                                 gint64          goal_id,
                                 GError        **error)
{
  sqlite3 *db;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GListStore) list = NULL;
  int rc;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);

  db = caseload_store_get_db (self);
  stmt = caseload_db_prepare (db, POINT_SELECT "WHERE d.goal_id = ?1 ORDER BY d.point_date, d.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, goal_id);
  list = g_list_store_new (CASELOAD_TYPE_DATA_POINT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CaseloadDataPoint) point = point_from_row (stmt);

      g_list_store_append (list, point);
    }
  if (rc != SQLITE_DONE)
    {
      caseload_db_set_error (db, rc, _("Could not read the data points"), error);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

GListModel *
caseload_store_list_phases (CaseloadStore  *self,
                            gint64          goal_id,
                            GError        **error)
{
  sqlite3 *db;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GListStore) list = NULL;
  int rc;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);

  db = caseload_store_get_db (self);
  stmt = caseload_db_prepare (db,
                              "SELECT id, goal_id, start_date, label FROM progress_phase "
                              "WHERE goal_id = ?1 ORDER BY start_date",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, goal_id);
  list = g_list_store_new (CASELOAD_TYPE_PROGRESS_PHASE);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CaseloadProgressPhase) phase = caseload_progress_phase_new ();

      caseload_progress_phase_set_id (phase, sqlite3_column_int64 (stmt, 0));
      caseload_progress_phase_set_goal_id (phase, sqlite3_column_int64 (stmt, 1));
      caseload_progress_phase_set_start_date (phase, caseload_db_column_text (stmt, 2));
      caseload_progress_phase_set_label (phase, caseload_db_column_text (stmt, 3));
      g_list_store_append (list, phase);
    }
  if (rc != SQLITE_DONE)
    {
      caseload_db_set_error (db, rc, _("Could not read the phases"), error);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

CaseloadProgressData *
caseload_store_load_progress_data (CaseloadStore  *self,
                                   gint64          goal_id,
                                   GError        **error)
{
  g_autoptr(CaseloadGoal) goal = NULL;
  g_autoptr(GListModel) points = NULL;
  g_autoptr(GListModel) phases = NULL;
  g_autoptr(CaseloadProgressData) data = NULL;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);

  goal = caseload_store_get_goal (self, goal_id, error);
  if (goal == NULL)
    return NULL;
  points = caseload_store_list_data_points (self, goal_id, error);
  if (points == NULL)
    return NULL;
  phases = caseload_store_list_phases (self, goal_id, error);
  if (phases == NULL)
    return NULL;

  data = caseload_progress_data_new ();
  caseload_progress_data_set_goal (data,
                                   caseload_goal_get_unit (goal),
                                   g_strcmp0 (caseload_goal_get_direction (goal), "lower") == 0,
                                   caseload_goal_get_has_baseline_value (goal),
                                   caseload_goal_get_baseline_value (goal),
                                   caseload_goal_get_baseline_date (goal),
                                   caseload_goal_get_has_target_value (goal),
                                   caseload_goal_get_target_value (goal),
                                   caseload_goal_get_target_date (goal));
  for (guint i = 0; i < g_list_model_get_n_items (points); i++)
    {
      g_autoptr(CaseloadDataPoint) point = g_list_model_get_item (points, i);

      caseload_progress_data_add_point (data,
                                        caseload_data_point_get_date (point),
                                        caseload_data_point_get_value (point),
                                        caseload_data_point_get_note (point));
    }
  for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
    {
      g_autoptr(CaseloadProgressPhase) phase = g_list_model_get_item (phases, i);

      caseload_progress_data_add_phase (data,
                                        caseload_progress_phase_get_start_date (phase),
                                        caseload_progress_phase_get_label (phase));
    }
  return g_steal_pointer (&data);
}

static gboolean
insert_point (CaseloadStore      *self,
              sqlite3_stmt       *insert,
              gint64              id,
              gint64              goal_id,
              gint64              student_id,
              const char         *date,
              double              value,
              const char         *note,
              gint64              recorded_by,
              const char         *recorded_at,
              const char         *now,
              gint64             *new_id,
              GError            **error)
{
  sqlite3 *db = caseload_store_get_db (self);
  g_autofree char *value_text = format_value (value);
  g_autofree char *audit_text = g_strdup_printf ("%s %s", date, value_text);

  sqlite3_reset (insert);
  caseload_db_bind_id_or_null (insert, 1, id);
  sqlite3_bind_int64 (insert, 2, goal_id);
  caseload_db_bind_text (insert, 3, date);
  sqlite3_bind_double (insert, 4, value);
  caseload_db_bind_text (insert, 5, note != NULL ? note : "");
  caseload_db_bind_id_or_null (insert, 6, recorded_by);
  caseload_db_bind_text (insert, 7, recorded_at);
  if (!caseload_db_step_done (db, insert, _("Could not save the data point"), error))
    return FALSE;
  *new_id = sqlite3_last_insert_rowid (db);
  return caseload_store_audit (self, now, "data_point", *new_id, student_id,
                               id != 0 ? "restore" : "insert",
                               "value", NULL, audit_text, NULL, error);
}

#define POINT_INSERT_SQL \
  "INSERT INTO data_point (id, goal_id, point_date, value, note, recorded_by, recorded_at) " \
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"

gboolean
caseload_store_save_data_point (CaseloadStore      *self,
                                CaseloadDataPoint  *point,
                                GError            **error)
{
  sqlite3 *db;
  g_autoptr(sqlite3_stmt) facts = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *now = caseload_db_now ();
  gint64 student_id = 0, id;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_DATA_POINT (point), FALSE);

  if (!check_point_date (caseload_data_point_get_date (point), NULL, error))
    return FALSE;

  db = caseload_store_get_db (self);
  if (!caseload_db_begin (db, error))
    return FALSE;
  facts = caseload_db_prepare (db, GOAL_FACTS_SQL, error);
  if (facts == NULL ||
      !goal_facts (facts, db, caseload_data_point_get_goal_id (point), NULL, &unit, &student_id, error) ||
      !caseload_store_check_progress_value (unit, caseload_data_point_get_value (point), NULL, error))
    return caseload_store_fail_and_rollback (self);

  id = caseload_data_point_get_id (point);
  if (id == 0)
    {
      gint64 recorded_by = caseload_data_point_get_recorded_by (point);

      if (recorded_by == 0)
        recorded_by = caseload_store_get_actor (self);
      stmt = caseload_db_prepare (db, POINT_INSERT_SQL, error);
      if (stmt == NULL ||
          !insert_point (self, stmt, 0, caseload_data_point_get_goal_id (point), student_id,
                         caseload_data_point_get_date (point), caseload_data_point_get_value (point),
                         caseload_data_point_get_note (point), recorded_by, now, now, &id, error))
        return caseload_store_fail_and_rollback (self);
      if (!caseload_store_commit_and_notify (self, "data_point", error))
        return FALSE;
      caseload_data_point_set_id (point, id);
      caseload_data_point_set_recorded_by (point, recorded_by);
      caseload_data_point_set_recorded_at (point, now);
      return TRUE;
    }
  else
    {
      g_autoptr(sqlite3_stmt) old = NULL;
      g_autofree char *old_value = NULL;
      g_autofree char *new_value = NULL;
      const char *fields[] = { "point_date", "value", "note" };
      const char *old_values[3];
      const char *new_values[3];
      int rc;

      old = caseload_db_prepare (db, "SELECT point_date, value, note FROM data_point WHERE id = ?1 AND goal_id = ?2", error);
      if (old == NULL)
        return caseload_store_fail_and_rollback (self);
      sqlite3_bind_int64 (old, 1, id);
      sqlite3_bind_int64 (old, 2, caseload_data_point_get_goal_id (point));
      rc = sqlite3_step (old);
      if (rc != SQLITE_ROW)
        {
          if (rc == SQLITE_DONE)
            g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND, _("No such data point"));
          else
            caseload_db_set_error (db, rc, _("Could not read the data point"), error);
          return caseload_store_fail_and_rollback (self);
        }
      old_value = format_value (sqlite3_column_double (old, 1));
      new_value = format_value (caseload_data_point_get_value (point));
      old_values[0] = caseload_db_column_text (old, 0);
      old_values[1] = old_value;
      old_values[2] = caseload_db_column_text (old, 2);
      new_values[0] = caseload_data_point_get_date (point);
      new_values[1] = new_value;
      new_values[2] = caseload_data_point_get_note (point);

      stmt = caseload_db_prepare (db, "UPDATE data_point SET point_date = ?2, value = ?3, note = ?4 WHERE id = ?1", error);
      if (stmt == NULL)
        return caseload_store_fail_and_rollback (self);
      sqlite3_bind_int64 (stmt, 1, id);
      caseload_db_bind_text (stmt, 2, caseload_data_point_get_date (point));
      sqlite3_bind_double (stmt, 3, caseload_data_point_get_value (point));
      caseload_db_bind_text (stmt, 4, caseload_data_point_get_note (point));
      if (!caseload_store_audit_changes (self, now, "data_point", id, student_id,
                                         fields, old_values, new_values, 3, NULL, error) ||
          !caseload_db_step_done (db, stmt, _("Could not save the data point"), error))
        return caseload_store_fail_and_rollback (self);
      return caseload_store_commit_and_notify (self, "data_point", error);
    }
}

CaseloadDataPoint *
caseload_store_delete_data_point (CaseloadStore  *self,
                                  gint64          point_id,
                                  GError        **error)
{
  sqlite3 *db;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(sqlite3_stmt) facts = NULL;
  g_autoptr(CaseloadDataPoint) point = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *now = caseload_db_now ();
  g_autofree char *value_text = NULL;
  g_autofree char *audit_text = NULL;
  gint64 student_id = 0;
  int rc;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);

  db = caseload_store_get_db (self);
  if (!caseload_db_begin (db, error))
    return NULL;
  stmt = caseload_db_prepare (db, POINT_SELECT "WHERE d.id = ?1", error);
  if (stmt == NULL)
    {
      caseload_store_fail_and_rollback (self);
      return NULL;
    }
  sqlite3_bind_int64 (stmt, 1, point_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND, _("No such data point"));
      else
        caseload_db_set_error (db, rc, _("Could not read the data point"), error);
      caseload_store_fail_and_rollback (self);
      return NULL;
    }
  point = point_from_row (stmt);
  g_clear_pointer (&stmt, caseload_db_release);

  facts = caseload_db_prepare (db, GOAL_FACTS_SQL, error);
  if (facts == NULL ||
      !goal_facts (facts, db, caseload_data_point_get_goal_id (point), NULL, &unit, &student_id, error))
    {
      caseload_store_fail_and_rollback (self);
      return NULL;
    }

  value_text = format_value (caseload_data_point_get_value (point));
  audit_text = g_strdup_printf ("%s %s", caseload_data_point_get_date (point), value_text);
  stmt = caseload_db_prepare (db, "DELETE FROM data_point WHERE id = ?1", error);
  if (stmt == NULL)
    {
      caseload_store_fail_and_rollback (self);
      return NULL;
    }
  sqlite3_bind_int64 (stmt, 1, point_id);
  if (!caseload_db_step_done (db, stmt, _("Could not delete the data point"), error) ||
      !caseload_store_audit (self, now, "data_point", point_id, student_id, "delete",
                             "value", audit_text, NULL, NULL, error))
    {
      caseload_store_fail_and_rollback (self);
      return NULL;
    }
  if (!caseload_store_commit_and_notify (self, "data_point", error))
    return NULL;
  return g_steal_pointer (&point);
}

gboolean
caseload_store_restore_data_point (CaseloadStore      *self,
                                   CaseloadDataPoint  *point,
                                   GError            **error)
{
  sqlite3 *db;
  g_autoptr(sqlite3_stmt) facts = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *now = caseload_db_now ();
  const char *recorded_at;
  gint64 student_id = 0, id = 0;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_DATA_POINT (point), FALSE);
  g_return_val_if_fail (caseload_data_point_get_id (point) > 0, FALSE);

  recorded_at = caseload_data_point_get_recorded_at (point);
  db = caseload_store_get_db (self);
  if (!caseload_db_begin (db, error))
    return FALSE;
  facts = caseload_db_prepare (db, GOAL_FACTS_SQL, error);
  stmt = facts != NULL ? caseload_db_prepare (db, POINT_INSERT_SQL, error) : NULL;
  if (stmt == NULL ||
      !goal_facts (facts, db, caseload_data_point_get_goal_id (point), NULL, &unit, &student_id, error) ||
      !insert_point (self, stmt, caseload_data_point_get_id (point),
                     caseload_data_point_get_goal_id (point), student_id,
                     caseload_data_point_get_date (point), caseload_data_point_get_value (point),
                     caseload_data_point_get_note (point), caseload_data_point_get_recorded_by (point),
                     *recorded_at != '\0' ? recorded_at : now, now, &id, error))
    return caseload_store_fail_and_rollback (self);
  return caseload_store_commit_and_notify (self, "data_point", error);
}

guint
caseload_store_add_data_points_bulk (CaseloadStore            *self,
                                     const char               *date,
                                     const CaseloadBulkValue  *values,
                                     guint                     n_values,
                                     GError                  **error)
{
  sqlite3 *db;
  g_autoptr(sqlite3_stmt) facts = NULL;
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autofree gint64 *students = NULL;
  g_autofree char *now = caseload_db_now ();
  gint64 actor;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), 0);
  g_return_val_if_fail (values != NULL || n_values == 0, 0);

  if (!check_point_date (date, NULL, error))
    return 0;
  if (n_values == 0)
    return 0;

  db = caseload_store_get_db (self);
  actor = caseload_store_get_actor (self);
  students = g_new0 (gint64, n_values);
  if (!caseload_db_begin (db, error))
    return 0;
  facts = caseload_db_prepare (db, GOAL_FACTS_SQL, error);
  insert = facts != NULL ? caseload_db_prepare (db, POINT_INSERT_SQL, error) : NULL;
  if (insert == NULL)
    {
      caseload_store_fail_and_rollback (self);
      return 0;
    }

  /* Every row is checked before anything is written. */
  for (guint i = 0; i < n_values; i++)
    {
      g_autofree char *fallback = g_strdup_printf (_("Row %u"), i + 1);
      const char *label = values[i].row_label != NULL ? values[i].row_label : fallback;
      g_autofree char *unit = NULL;

      if (!goal_facts (facts, db, values[i].goal_id, label, &unit, &students[i], error) ||
          !caseload_store_check_progress_value (unit, values[i].value, label, error))
        {
          caseload_store_fail_and_rollback (self);
          return 0;
        }
    }

  for (guint i = 0; i < n_values; i++)
    {
      gint64 id;

      if (!insert_point (self, insert, 0, values[i].goal_id, students[i], date, values[i].value,
                         values[i].note, actor, now, now, &id, error))
        {
          caseload_store_fail_and_rollback (self);
          return 0;
        }
    }
  if (!caseload_store_commit_and_notify (self, "data_point", error))
    return 0;
  return n_values;
}

gboolean
caseload_store_save_phase (CaseloadStore          *self,
                           CaseloadProgressPhase  *phase,
                           GError                **error)
{
  sqlite3 *db;
  g_autoptr(sqlite3_stmt) facts = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *label = NULL;
  g_autofree char *now = caseload_db_now ();
  gint64 student_id = 0, id;
  GDate date;
  int rc;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_PROGRESS_PHASE (phase), FALSE);

  label = g_strstrip (g_strdup (caseload_progress_phase_get_label (phase)));
  if (*label == '\0')
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                           _("A phase needs a label that says what changed"));
      return FALSE;
    }
  if (!caseload_date_parse_iso (caseload_progress_phase_get_start_date (phase), &date))
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                           _("The phase's start date is not valid"));
      return FALSE;
    }

  db = caseload_store_get_db (self);
  if (!caseload_db_begin (db, error))
    return FALSE;
  facts = caseload_db_prepare (db, GOAL_FACTS_SQL, error);
  if (facts == NULL ||
      !goal_facts (facts, db, caseload_progress_phase_get_goal_id (phase), NULL, &unit, &student_id, error))
    return caseload_store_fail_and_rollback (self);

  id = caseload_progress_phase_get_id (phase);
  if (id == 0)
    stmt = caseload_db_prepare (db, "INSERT INTO progress_phase (goal_id, start_date, label) VALUES (?1, ?2, ?3)", error);
  else
    stmt = caseload_db_prepare (db, "UPDATE progress_phase SET start_date = ?2, label = ?3 WHERE id = ?4 AND goal_id = ?1", error);
  if (stmt == NULL)
    return caseload_store_fail_and_rollback (self);
  sqlite3_bind_int64 (stmt, 1, caseload_progress_phase_get_goal_id (phase));
  caseload_db_bind_text (stmt, 2, caseload_progress_phase_get_start_date (phase));
  caseload_db_bind_text (stmt, 3, label);
  if (id != 0)
    sqlite3_bind_int64 (stmt, 4, id);
  rc = sqlite3_step (stmt);
  if ((rc & 0xff) == SQLITE_CONSTRAINT)
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_EXISTS,
                           _("This goal already has a phase starting on that date"));
      return caseload_store_fail_and_rollback (self);
    }
  if (rc != SQLITE_DONE)
    {
      caseload_db_set_error (db, rc, _("Could not save the phase"), error);
      return caseload_store_fail_and_rollback (self);
    }
  if (id == 0)
    id = sqlite3_last_insert_rowid (db);
  if (!caseload_store_audit (self, now, "progress_phase", id, student_id,
                             caseload_progress_phase_get_id (phase) == 0 ? "insert" : "update",
                             "label", NULL, label, NULL, error))
    return caseload_store_fail_and_rollback (self);
  if (!caseload_store_commit_and_notify (self, "progress_phase", error))
    return FALSE;
  caseload_progress_phase_set_id (phase, id);
  return TRUE;
}

gboolean
caseload_store_delete_phase (CaseloadStore  *self,
                             gint64          phase_id,
                             GError        **error)
{
  sqlite3 *db;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now = caseload_db_now ();
  g_autofree char *label = NULL;
  gint64 student_id;
  int rc;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);

  db = caseload_store_get_db (self);
  if (!caseload_db_begin (db, error))
    return FALSE;
  stmt = caseload_db_prepare (db,
                              "SELECT i.student_id, p.label FROM progress_phase p "
                              "JOIN goal g ON g.id = p.goal_id JOIN iep i ON i.id = g.iep_id "
                              "WHERE p.id = ?1",
                              error);
  if (stmt == NULL)
    return caseload_store_fail_and_rollback (self);
  sqlite3_bind_int64 (stmt, 1, phase_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND, _("No such phase"));
      else
        caseload_db_set_error (db, rc, _("Could not read the phase"), error);
      return caseload_store_fail_and_rollback (self);
    }
  student_id = sqlite3_column_int64 (stmt, 0);
  label = g_strdup (caseload_db_column_text (stmt, 1));
  g_clear_pointer (&stmt, caseload_db_release);

  stmt = caseload_db_prepare (db, "DELETE FROM progress_phase WHERE id = ?1", error);
  if (stmt == NULL)
    return caseload_store_fail_and_rollback (self);
  sqlite3_bind_int64 (stmt, 1, phase_id);
  if (!caseload_db_step_done (db, stmt, _("Could not delete the phase"), error) ||
      !caseload_store_audit (self, now, "progress_phase", phase_id, student_id, "delete",
                             "label", label, NULL, NULL, error))
    return caseload_store_fail_and_rollback (self);
  return caseload_store_commit_and_notify (self, "progress_phase", error);
}

/* ---- progress codes ------------------------------------------------------------ */

GListModel *
caseload_store_list_progress_codes (CaseloadStore  *self,
                                    GError        **error)
{
  sqlite3 *db;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GListStore) list = NULL;
  int rc;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);

  db = caseload_store_get_db (self);
  stmt = caseload_db_prepare (db,
                              "SELECT code, name, description FROM progress_code "
                              "WHERE active = 1 ORDER BY sort_order, code",
                              error);
  if (stmt == NULL)
    return NULL;
  list = g_list_store_new (CASELOAD_TYPE_CODE);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CaseloadCode) code = caseload_code_new (caseload_db_column_text (stmt, 0),
                                                        caseload_db_column_text (stmt, 1),
                                                        caseload_db_column_text (stmt, 2));

      g_list_store_append (list, code);
    }
  if (rc != SQLITE_DONE)
    {
      caseload_db_set_error (db, rc, _("Could not read the progress codes"), error);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

gboolean
caseload_store_save_progress_code (CaseloadStore  *self,
                                   const char     *code,
                                   const char     *name,
                                   const char     *description,
                                   GError        **error)
{
  sqlite3 *db;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now = caseload_db_now ();
  g_autofree char *clean_code = g_strstrip (g_strdup (code != NULL ? code : ""));
  g_autofree char *clean_name = g_strstrip (g_strdup (name != NULL ? name : ""));

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);

  if (*clean_code == '\0' || *clean_name == '\0')
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                           _("A progress code needs a code and a name"));
      return FALSE;
    }

  db = caseload_store_get_db (self);
  if (!caseload_db_begin (db, error))
    return FALSE;
  stmt = caseload_db_prepare (db,
                              "INSERT INTO progress_code (code, name, description, sort_order, active) "
                              "VALUES (?1, ?2, ?3, (SELECT COALESCE(MAX(sort_order), 0) + 1 FROM progress_code), 1) "
                              "ON CONFLICT (code) DO UPDATE SET name = ?2, description = ?3, active = 1",
                              error);
  if (stmt == NULL)
    return caseload_store_fail_and_rollback (self);
  caseload_db_bind_text (stmt, 1, clean_code);
  caseload_db_bind_text (stmt, 2, clean_name);
  caseload_db_bind_text (stmt, 3, description != NULL ? description : "");
  if (!caseload_db_step_done (db, stmt, _("Could not save the progress code"), error) ||
      !caseload_store_audit (self, now, "progress_code", 0, 0, "update", clean_code,
                             NULL, clean_name, NULL, error))
    return caseload_store_fail_and_rollback (self);
  return caseload_store_commit_and_notify (self, "progress_code", error);
}

/* ---- progress reports ------------------------------------------------------------ */

/* Every reporting period of the IEPs in @REPORT_IEPS with its report's
 * state, columns: student id, student name, case manager id and name,
 * iep id, period number, period end, report id, locked, sent date, sent
 * method, goals, coded goals, status. */
#define REPORT_ROWS(IEPS, WHERE) \
  "WITH ieps AS (" IEPS "), " \
  "rows AS (SELECT s.id AS student_id, s.first_name || ' ' || s.last_name AS student_name, " \
  "  s.last_name AS last_name, s.first_name AS first_name, " \
  "  COALESCE(cm.staff_id, 0) AS cm_id, COALESCE(st.first_name || ' ' || st.last_name, '') AS cm_name, " \
  "  COALESCE(st.last_name, '') AS cm_last, COALESCE(st.first_name, '') AS cm_first, " \
  "  rp.iep_id AS iep_id, rp.number AS number, rp.end_date AS end_date, COALESCE(r.id, 0) AS report_id, " \
  "  COALESCE(r.locked, 0) AS locked, COALESCE(r.sent_date, '') AS sent_date, " \
  "  COALESCE(r.sent_method, '') AS sent_method, " \
  "  (SELECT COUNT(*) FROM goal g WHERE g.iep_id = rp.iep_id) AS n_goals, " \
  "  (SELECT COUNT(*) FROM progress_entry e JOIN goal g ON g.id = e.goal_id " \
  "    WHERE e.report_id = r.id AND g.iep_id = rp.iep_id AND e.code IS NOT NULL) AS n_coded " \
  "  FROM ieps JOIN iep_reporting_period rp ON rp.iep_id = ieps.iep_id " \
  "  JOIN student s ON s.id = ieps.student_id " \
  "  LEFT JOIN team_assignment cm ON cm.student_id = s.id AND cm.is_case_manager = 1 " \
  "  LEFT JOIN staff st ON st.id = cm.staff_id " \
  "  LEFT JOIN progress_report r ON r.iep_id = rp.iep_id AND r.period_number = rp.number " \
  "  " WHERE "), " \
  "states AS (SELECT *, CASE WHEN sent_date <> '' THEN 'sent' " \
  "  WHEN n_coded >= n_goals AND report_id <> 0 THEN 'complete' " \
  "  WHEN n_coded > 0 THEN 'in-progress' ELSE 'due' END AS status FROM rows) "

#define CURRENT_IEPS \
  "SELECT s.id AS student_id, (SELECT i.id FROM iep i WHERE i.student_id = s.id " \
  "AND i.status = 'finalized' ORDER BY i.start_date DESC, i.id DESC LIMIT 1) AS iep_id " \
  "FROM student s WHERE s.status = 'active'"

#define REPORT_COLUMNS \
  "SELECT report_id, iep_id, student_id, student_name, cm_id, cm_name, number, end_date, " \
  "locked, sent_date, sent_method, n_goals, n_coded, status FROM states "

static CaseloadProgressReport *
report_from_row (sqlite3_stmt *stmt)
{
  CaseloadProgressReport *report = caseload_progress_report_new ();

  caseload_progress_report_set_id (report, sqlite3_column_int64 (stmt, 0));
  caseload_progress_report_set_iep_id (report, sqlite3_column_int64 (stmt, 1));
  caseload_progress_report_set_student_id (report, sqlite3_column_int64 (stmt, 2));
  caseload_progress_report_set_student_name (report, caseload_db_column_text (stmt, 3));
  caseload_progress_report_set_case_manager_id (report, sqlite3_column_int64 (stmt, 4));
  caseload_progress_report_set_case_manager_name (report, caseload_db_column_text (stmt, 5));
  caseload_progress_report_set_period_number (report, sqlite3_column_int (stmt, 6));
  caseload_progress_report_set_period_end_date (report, caseload_db_column_text (stmt, 7));
  caseload_progress_report_set_locked (report, sqlite3_column_int (stmt, 8) != 0);
  caseload_progress_report_set_sent_date (report, caseload_db_column_text (stmt, 9));
  caseload_progress_report_set_sent_method (report, caseload_db_column_text (stmt, 10));
  caseload_progress_report_set_n_goals (report, sqlite3_column_int (stmt, 11));
  caseload_progress_report_set_n_coded (report, sqlite3_column_int (stmt, 12));
  caseload_progress_report_set_status (report, caseload_db_column_text (stmt, 13));
  return report;
}

static GListModel *
list_reports (CaseloadStore  *self,
              const char     *sql,
              gint64          id,
              const char     *date,
              GError        **error)
{
  sqlite3 *db = caseload_store_get_db (self);
  g_autoptr(sqlite3_stmt) stmt = caseload_db_prepare (db, sql, error);
  g_autoptr(GListStore) list = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (date != NULL)
    caseload_db_bind_text (stmt, 2, date);
  list = g_list_store_new (CASELOAD_TYPE_PROGRESS_REPORT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CaseloadProgressReport) report = report_from_row (stmt);

      g_list_store_append (list, report);
    }
  if (rc != SQLITE_DONE)
    {
      caseload_db_set_error (db, rc, _("Could not read the progress reports"), error);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

GListModel *
caseload_store_list_progress_reports (CaseloadStore  *self,
                                      gint64          iep_id,
                                      GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);

  return list_reports (self,
                       REPORT_ROWS ("SELECT student_id, id AS iep_id FROM iep WHERE id = ?1", "")
                       REPORT_COLUMNS "ORDER BY number",
                       iep_id, NULL, error);
}

static CaseloadProgressReport *
get_report (CaseloadStore  *self,
            gint64          report_id,
            GError        **error)
{
  g_autoptr(GListModel) list = NULL;

  list = list_reports (self,
                       REPORT_ROWS ("SELECT i.student_id, i.id AS iep_id FROM progress_report r "
                                    "JOIN iep i ON i.id = r.iep_id WHERE r.id = ?1",
                                    "WHERE r.id = ?1")
                       REPORT_COLUMNS,
                       report_id, NULL, error);
  if (list == NULL)
    return NULL;
  if (g_list_model_get_n_items (list) == 0)
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND, _("No such progress report"));
      return NULL;
    }
  return g_list_model_get_item (list, 0);
}

CaseloadProgressReport *
caseload_store_get_progress_report (CaseloadStore  *self,
                                    gint64          report_id,
                                    GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);

  return get_report (self, report_id, error);
}

gint64
caseload_store_get_or_create_progress_report (CaseloadStore  *self,
                                              gint64          iep_id,
                                              int             period_number,
                                              GError        **error)
{
  sqlite3 *db;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now = caseload_db_now ();
  gint64 report_id = 0, student_id;
  int rc;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), 0);

  db = caseload_store_get_db (self);
  if (!caseload_db_begin (db, error))
    return 0;
  stmt = caseload_db_prepare (db,
                              "SELECT i.student_id, COALESCE(r.id, 0) FROM iep_reporting_period rp "
                              "JOIN iep i ON i.id = rp.iep_id "
                              "LEFT JOIN progress_report r ON r.iep_id = rp.iep_id AND r.period_number = rp.number "
                              "WHERE rp.iep_id = ?1 AND rp.number = ?2",
                              error);
  if (stmt == NULL)
    {
      caseload_store_fail_and_rollback (self);
      return 0;
    }
  sqlite3_bind_int64 (stmt, 1, iep_id);
  sqlite3_bind_int (stmt, 2, period_number);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                     _("The IEP has no reporting period %d"), period_number);
      else
        caseload_db_set_error (db, rc, _("Could not read the reporting periods"), error);
      caseload_store_fail_and_rollback (self);
      return 0;
    }
  student_id = sqlite3_column_int64 (stmt, 0);
  report_id = sqlite3_column_int64 (stmt, 1);
  g_clear_pointer (&stmt, caseload_db_release);
  if (report_id != 0)
    {
      caseload_db_rollback (db);
      return report_id;
    }

  stmt = caseload_db_prepare (db, "INSERT INTO progress_report (iep_id, period_number) VALUES (?1, ?2)", error);
  if (stmt == NULL)
    {
      caseload_store_fail_and_rollback (self);
      return 0;
    }
  sqlite3_bind_int64 (stmt, 1, iep_id);
  sqlite3_bind_int (stmt, 2, period_number);
  if (!caseload_db_step_done (db, stmt, _("Could not create the progress report"), error))
    {
      caseload_store_fail_and_rollback (self);
      return 0;
    }
  report_id = sqlite3_last_insert_rowid (db);
  g_clear_pointer (&stmt, caseload_db_release);

  stmt = caseload_db_prepare (db,
                              "INSERT INTO progress_entry (report_id, goal_id) "
                              "SELECT ?1, id FROM goal WHERE iep_id = ?2",
                              error);
  if (stmt == NULL)
    {
      caseload_store_fail_and_rollback (self);
      return 0;
    }
  sqlite3_bind_int64 (stmt, 1, report_id);
  sqlite3_bind_int64 (stmt, 2, iep_id);
  if (!caseload_db_step_done (db, stmt, _("Could not create the progress report"), error) ||
      !caseload_store_audit (self, now, "progress_report", report_id, student_id, "insert",
                             "period_number", NULL, NULL, NULL, error))
    {
      caseload_store_fail_and_rollback (self);
      return 0;
    }
  if (!caseload_store_commit_and_notify (self, "progress_report", error))
    return 0;
  return report_id;
}

GListModel *
caseload_store_list_progress_entries (CaseloadStore  *self,
                                      gint64          report_id,
                                      GError        **error)
{
  sqlite3 *db;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GListStore) list = NULL;
  int rc;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);

  db = caseload_store_get_db (self);
  stmt = caseload_db_prepare (db,
                              "SELECT COALESCE(e.id, 0), r.id, g.id, g.position, g.area, g.condition, "
                              "g.behavior, g.criterion, g.unit, g.direction, COALESCE(e.code, ''), "
                              "e.sufficient, COALESCE(e.insufficient_reason, ''), e.current_value, "
                              "(SELECT d.value FROM data_point d WHERE d.goal_id = g.id "
                              "  AND d.point_date <= rp.end_date ORDER BY d.point_date DESC, d.id DESC LIMIT 1), "
                              "COALESCE(e.narrative, '') "
                              "FROM progress_report r "
                              "JOIN iep_reporting_period rp ON rp.iep_id = r.iep_id AND rp.number = r.period_number "
                              "JOIN goal g ON g.iep_id = r.iep_id "
                              "LEFT JOIN progress_entry e ON e.report_id = r.id AND e.goal_id = g.id "
                              "WHERE r.id = ?1 ORDER BY g.position, g.id",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, report_id);
  list = g_list_store_new (CASELOAD_TYPE_PROGRESS_ENTRY);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CaseloadProgressEntry) entry = caseload_progress_entry_new ();
      g_autofree char *description = goal_description (caseload_db_column_text (stmt, 5),
                                                       caseload_db_column_text (stmt, 6),
                                                       caseload_db_column_text (stmt, 7));

      caseload_progress_entry_set_id (entry, sqlite3_column_int64 (stmt, 0));
      caseload_progress_entry_set_report_id (entry, sqlite3_column_int64 (stmt, 1));
      caseload_progress_entry_set_goal_id (entry, sqlite3_column_int64 (stmt, 2));
      caseload_progress_entry_set_goal_position (entry, sqlite3_column_int (stmt, 3));
      caseload_progress_entry_set_goal_area (entry, caseload_db_column_text (stmt, 4));
      caseload_progress_entry_set_goal_description (entry, description);
      caseload_progress_entry_set_unit (entry, caseload_db_column_text (stmt, 8));
      caseload_progress_entry_set_direction (entry, caseload_db_column_text (stmt, 9));
      caseload_progress_entry_set_code (entry, caseload_db_column_text (stmt, 10));
      if (sqlite3_column_type (stmt, 11) != SQLITE_NULL)
        caseload_progress_entry_set_sufficient (entry, sqlite3_column_int (stmt, 11) != 0);
      caseload_progress_entry_set_insufficient_reason (entry, caseload_db_column_text (stmt, 12));
      if (sqlite3_column_type (stmt, 13) != SQLITE_NULL)
        caseload_progress_entry_set_current_value (entry, sqlite3_column_double (stmt, 13));
      else if (sqlite3_column_type (stmt, 14) != SQLITE_NULL)
        {
          caseload_progress_entry_set_current_value (entry, sqlite3_column_double (stmt, 14));
          caseload_progress_entry_set_current_value_from_data (entry, TRUE);
        }
      caseload_progress_entry_set_narrative (entry, caseload_db_column_text (stmt, 15));
      g_list_store_append (list, entry);
    }
  if (rc != SQLITE_DONE)
    {
      caseload_db_set_error (db, rc, _("Could not read the progress report"), error);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/* Reads the report's lock and student inside the caller's transaction. */
static gboolean
report_state (CaseloadStore  *self,
              gint64          report_id,
              gboolean       *locked,
              gint64         *student_id,
              GError        **error)
{
  sqlite3 *db = caseload_store_get_db (self);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = caseload_db_prepare (db,
                              "SELECT r.locked, i.student_id FROM progress_report r "
                              "JOIN iep i ON i.id = r.iep_id WHERE r.id = ?1",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, report_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *locked = sqlite3_column_int (stmt, 0) != 0;
      *student_id = sqlite3_column_int64 (stmt, 1);
      return TRUE;
    }
  if (rc == SQLITE_DONE)
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND, _("No such progress report"));
      return FALSE;
    }
  return caseload_db_set_error (db, rc, _("Could not read the progress report"), error);
}

gboolean
caseload_store_save_progress_entry (CaseloadStore          *self,
                                    CaseloadProgressEntry  *entry,
                                    GError                **error)
{
  sqlite3 *db;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now = caseload_db_now ();
  g_autofree char *reason = NULL;
  const char *code;
  gboolean locked = FALSE;
  gint64 student_id = 0, report_id, id;
  int rc;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_PROGRESS_ENTRY (entry), FALSE);

  code = caseload_progress_entry_get_code (entry);
  reason = g_strstrip (g_strdup (caseload_progress_entry_get_insufficient_reason (entry)));
  report_id = caseload_progress_entry_get_report_id (entry);
  if (caseload_progress_entry_get_has_sufficient (entry) &&
      !caseload_progress_entry_get_sufficient (entry) && *reason == '\0')
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                           _("Say why the progress is not sufficient to meet the goal"));
      return FALSE;
    }

  db = caseload_store_get_db (self);
  if (!caseload_db_begin (db, error))
    return FALSE;
  if (!report_state (self, report_id, &locked, &student_id, error))
    return caseload_store_fail_and_rollback (self);
  if (locked)
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_LOCKED,
                           _("The progress report is locked"));
      return caseload_store_fail_and_rollback (self);
    }
  if (*code != '\0')
    {
      stmt = caseload_db_prepare (db, "SELECT 1 FROM progress_code WHERE code = ?1 AND active = 1", error);
      if (stmt == NULL)
        return caseload_store_fail_and_rollback (self);
      caseload_db_bind_text (stmt, 1, code);
      rc = sqlite3_step (stmt);
      if (rc != SQLITE_ROW)
        {
          if (rc == SQLITE_DONE)
            g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                         _("“%s” is not a progress code"), code);
          else
            caseload_db_set_error (db, rc, _("Could not read the progress codes"), error);
          return caseload_store_fail_and_rollback (self);
        }
      g_clear_pointer (&stmt, caseload_db_release);
    }

  stmt = caseload_db_prepare (db,
                              "INSERT INTO progress_entry (report_id, goal_id, code, sufficient, "
                              "insufficient_reason, current_value, narrative) "
                              "SELECT ?1, g.id, ?3, ?4, ?5, ?6, ?7 FROM goal g "
                              "JOIN progress_report r ON r.iep_id = g.iep_id AND r.id = ?1 WHERE g.id = ?2 "
                              "ON CONFLICT (report_id, goal_id) DO UPDATE SET code = ?3, sufficient = ?4, "
                              "insufficient_reason = ?5, current_value = ?6, narrative = ?7",
                              error);
  if (stmt == NULL)
    return caseload_store_fail_and_rollback (self);
  sqlite3_bind_int64 (stmt, 1, report_id);
  sqlite3_bind_int64 (stmt, 2, caseload_progress_entry_get_goal_id (entry));
  caseload_db_bind_text_or_null (stmt, 3, code);
  if (caseload_progress_entry_get_has_sufficient (entry))
    sqlite3_bind_int (stmt, 4, caseload_progress_entry_get_sufficient (entry) ? 1 : 0);
  else
    sqlite3_bind_null (stmt, 4);
  caseload_db_bind_text (stmt, 5, caseload_progress_entry_get_sufficient (entry) ? "" : reason);
  /* A value that only came from the data is not stored: it follows the
   * data until someone types one. */
  if (caseload_progress_entry_get_has_current_value (entry) &&
      !caseload_progress_entry_get_current_value_from_data (entry))
    sqlite3_bind_double (stmt, 6, caseload_progress_entry_get_current_value (entry));
  else
    sqlite3_bind_null (stmt, 6);
  caseload_db_bind_text (stmt, 7, caseload_progress_entry_get_narrative (entry));
  if (!caseload_db_step_done (db, stmt, _("Could not save the progress report"), error))
    return caseload_store_fail_and_rollback (self);
  if (sqlite3_changes (db) == 0)
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                           _("The goal is not part of this progress report's IEP"));
      return caseload_store_fail_and_rollback (self);
    }
  g_clear_pointer (&stmt, caseload_db_release);

  stmt = caseload_db_prepare (db, "SELECT id FROM progress_entry WHERE report_id = ?1 AND goal_id = ?2", error);
  if (stmt == NULL)
    return caseload_store_fail_and_rollback (self);
  sqlite3_bind_int64 (stmt, 1, report_id);
  sqlite3_bind_int64 (stmt, 2, caseload_progress_entry_get_goal_id (entry));
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return caseload_store_fail_and_rollback (self);
  id = sqlite3_column_int64 (stmt, 0);
  if (!caseload_store_audit (self, now, "progress_entry", id, student_id, "update",
                             "code", NULL, code, NULL, error))
    return caseload_store_fail_and_rollback (self);
  if (!caseload_store_commit_and_notify (self, "progress_report", error))
    return FALSE;
  caseload_progress_entry_set_id (entry, id);
  return TRUE;
}

/* The first goal of the report's IEP without a code, as text (NULL when
 * every goal has one). */
static gboolean
first_uncoded_goal (CaseloadStore  *self,
                    gint64          report_id,
                    char          **goal_text,
                    GError        **error)
{
  sqlite3 *db = caseload_store_get_db (self);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  *goal_text = NULL;
  stmt = caseload_db_prepare (db,
                              "SELECT g.position, g.behavior FROM progress_report r "
                              "JOIN goal g ON g.iep_id = r.iep_id "
                              "LEFT JOIN progress_entry e ON e.report_id = r.id AND e.goal_id = g.id "
                              "WHERE r.id = ?1 AND e.code IS NULL ORDER BY g.position, g.id LIMIT 1",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, report_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *goal_text = g_strdup_printf (_("goal %d (%s)"), sqlite3_column_int (stmt, 0) + 1,
                                    caseload_db_column_text (stmt, 1));
      return TRUE;
    }
  if (rc == SQLITE_DONE)
    return TRUE;
  return caseload_db_set_error (db, rc, _("Could not read the progress report"), error);
}

gboolean
caseload_store_progress_report_is_complete (CaseloadStore  *self,
                                            gint64          report_id,
                                            GError        **error)
{
  g_autofree char *missing = NULL;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);

  if (!first_uncoded_goal (self, report_id, &missing, error))
    return FALSE;
  return missing == NULL;
}

gboolean
caseload_store_set_progress_report_locked (CaseloadStore  *self,
                                           gint64          report_id,
                                           gboolean        locked,
                                           GError        **error)
{
  sqlite3 *db;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now = caseload_db_now ();
  g_autofree char *missing = NULL;
  gboolean was_locked = FALSE;
  gint64 student_id = 0;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);

  db = caseload_store_get_db (self);
  if (!caseload_db_begin (db, error))
    return FALSE;
  if (!report_state (self, report_id, &was_locked, &student_id, error) ||
      !first_uncoded_goal (self, report_id, &missing, error))
    return caseload_store_fail_and_rollback (self);
  if (locked && missing != NULL)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   _("The report is not complete: %s has no progress code"), missing);
      return caseload_store_fail_and_rollback (self);
    }
  if (!was_locked == !locked)
    {
      caseload_db_rollback (db);
      return TRUE;
    }
  stmt = caseload_db_prepare (db, "UPDATE progress_report SET locked = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return caseload_store_fail_and_rollback (self);
  sqlite3_bind_int64 (stmt, 1, report_id);
  sqlite3_bind_int (stmt, 2, locked ? 1 : 0);
  if (!caseload_db_step_done (db, stmt, _("Could not lock the progress report"), error) ||
      !caseload_store_audit (self, now, "progress_report", report_id, student_id, "update",
                             "locked", was_locked ? "1" : "0", locked ? "1" : "0", NULL, error))
    return caseload_store_fail_and_rollback (self);
  return caseload_store_commit_and_notify (self, "progress_report", error);
}

gboolean
caseload_store_set_progress_report_sent (CaseloadStore  *self,
                                         gint64          report_id,
                                         const char     *date,
                                         const char     *method,
                                         GError        **error)
{
  static const char * const methods[] = { "in-person", "mail", "email", "backpack", NULL };
  sqlite3 *db;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now = caseload_db_now ();
  g_autofree char *missing = NULL;
  g_autofree char *audit_text = NULL;
  gboolean locked = FALSE;
  gint64 student_id = 0;
  GDate parsed;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);

  if (date == NULL || !caseload_date_parse_iso (date, &parsed))
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                           _("The date the report was sent is not valid"));
      return FALSE;
    }
  if (method == NULL || !g_strv_contains (methods, method))
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                           _("Say how the report was sent: in person, mail, e-mail or backpack"));
      return FALSE;
    }

  db = caseload_store_get_db (self);
  if (!caseload_db_begin (db, error))
    return FALSE;
  if (!report_state (self, report_id, &locked, &student_id, error) ||
      !first_uncoded_goal (self, report_id, &missing, error))
    return caseload_store_fail_and_rollback (self);
  if (missing != NULL)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   _("The report is not complete: %s has no progress code"), missing);
      return caseload_store_fail_and_rollback (self);
    }
  audit_text = g_strdup_printf ("%s %s", date, method);
  stmt = caseload_db_prepare (db, "UPDATE progress_report SET sent_date = ?2, sent_method = ?3 WHERE id = ?1", error);
  if (stmt == NULL)
    return caseload_store_fail_and_rollback (self);
  sqlite3_bind_int64 (stmt, 1, report_id);
  caseload_db_bind_text (stmt, 2, date);
  caseload_db_bind_text (stmt, 3, method);
  if (!caseload_db_step_done (db, stmt, _("Could not save when the report was sent"), error) ||
      !caseload_store_audit (self, now, "progress_report", report_id, student_id, "update",
                             "sent", NULL, audit_text, NULL, error))
    return caseload_store_fail_and_rollback (self);
  return caseload_store_commit_and_notify (self, "progress_report", error);
}

GListModel *
caseload_store_list_report_overview (CaseloadStore  *self,
                                     const GDate    *as_of,
                                     GError        **error)
{
  sqlite3 *db;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autofree char *date = NULL;
  GDate today;
  int rc;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);

  if (as_of == NULL)
    {
      caseload_date_set_today (&today);
      as_of = &today;
    }
  date = caseload_date_to_iso (as_of);

  db = caseload_store_get_db (self);
  stmt = caseload_db_prepare (db,
                              REPORT_ROWS (CURRENT_IEPS, "WHERE rp.end_date <= ?1")
                              "SELECT cm_id, cm_name, "
                              "SUM(status = 'due'), SUM(status = 'in-progress'), "
                              "SUM(status = 'complete'), SUM(status = 'sent') "
                              "FROM states GROUP BY cm_id ORDER BY cm_id = 0, cm_last, cm_first, cm_id",
                              error);
  if (stmt == NULL)
    return NULL;
  caseload_db_bind_text (stmt, 1, date);
  list = g_list_store_new (CASELOAD_TYPE_REPORT_OVERVIEW);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CaseloadReportOverview) row = caseload_report_overview_new ();
      const char *name = caseload_db_column_text (stmt, 1);

      caseload_report_overview_set_staff_id (row, sqlite3_column_int64 (stmt, 0));
      caseload_report_overview_set_staff_name (row, *name != '\0' ? name : _("No case manager"));
      caseload_report_overview_set_n_due (row, sqlite3_column_int (stmt, 2));
      caseload_report_overview_set_n_in_progress (row, sqlite3_column_int (stmt, 3));
      caseload_report_overview_set_n_complete (row, sqlite3_column_int (stmt, 4));
      caseload_report_overview_set_n_sent (row, sqlite3_column_int (stmt, 5));
      g_list_store_append (list, row);
    }
  if (rc != SQLITE_DONE)
    {
      caseload_db_set_error (db, rc, _("Could not read the progress reports"), error);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

GListModel *
caseload_store_list_due_reports (CaseloadStore  *self,
                                 gint64          staff_id,
                                 const GDate    *as_of,
                                 GError        **error)
{
  g_autofree char *date = NULL;
  GDate today;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);

  if (as_of == NULL)
    {
      caseload_date_set_today (&today);
      as_of = &today;
    }
  date = caseload_date_to_iso (as_of);
  return list_reports (self,
                       REPORT_ROWS (CURRENT_IEPS, "WHERE rp.end_date <= ?2")
                       REPORT_COLUMNS "WHERE ?1 = 0 OR cm_id = ?1 "
                       "ORDER BY cm_last, cm_first, last_name, first_name, number",
                       staff_id, date, error);
}
