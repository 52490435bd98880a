/* test-progress-store.c: progress monitoring in the store: data points
 * (add, update, delete with an undo copy, restore), value checks that
 * name the row, bulk entry in one transaction, phases, "my students'
 * goals", progress reports (complete, lock, sent) and the coordinators'
 * overview. */
#include "config.h"

#include "caseload-store.h"

#include <string.h>

#include <sqlite3.h>
#include <glib/gstdio.h>

typedef struct
{
  char          *dir;
  char          *path;
  CaseloadStore *store;
  gint64         student_id;
  gint64         other_student_id;
  gint64         teacher_id;
  gint64         iep_id;
  gint64         reading_goal;   /* words correct per minute */
  gint64         percent_goal;   /* % correct */
  gint64         behavior_goal;  /* incidents per day, lower is better */
} Fixture;

static gint64
add_student (Fixture    *f,
             const char *number,
             const char *first,
             const char *last)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadStudent) student = caseload_student_new ();

  caseload_student_set_student_number (student, number);
  caseload_student_set_first_name (student, first);
  caseload_student_set_last_name (student, last);
  caseload_student_set_birth_date (student, "2015-03-10");
  caseload_student_set_grade (student, "5");
  caseload_student_set_status (student, "active");
  caseload_student_set_home_language (student, "en");
  caseload_store_save_student (f->store, student, &error);
  g_assert_no_error (error);
  return caseload_student_get_id (student);
}

static gint64
add_goal (Fixture    *f,
          const char *area,
          const char *behavior,
          const char *unit,
          const char *direction,
          double      baseline,
          double      target)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadGoal) goal = caseload_goal_new ();

  caseload_goal_set_iep_id (goal, f->iep_id);
  caseload_goal_set_area (goal, area);
  caseload_goal_set_condition (goal, "Given a probe");
  caseload_goal_set_behavior (goal, behavior);
  caseload_goal_set_criterion (goal, "as measured weekly");
  caseload_goal_set_unit (goal, unit);
  caseload_goal_set_direction (goal, direction);
  caseload_goal_set_baseline_value (goal, baseline);
  caseload_goal_set_baseline_date (goal, "2025-09-01");
  caseload_goal_set_target_value (goal, target);
  caseload_goal_set_target_date (goal, "2026-05-29");
  caseload_store_save_goal (f->store, goal, &error);
  g_assert_no_error (error);
  return caseload_goal_get_id (goal);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadStaff) staff = caseload_staff_new ();
  const char *periods[] = { "2025-11-07", "2026-01-23", "2026-04-03", "2026-06-05", NULL };

  f->dir = g_dir_make_tmp ("caseload-progress-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "caseload.db", NULL);
  f->store = caseload_store_open (f->path, CASELOAD_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);

  f->student_id = add_student (f, "S100", "Ana", "Ruiz");
  f->other_student_id = add_student (f, "S200", "Ben", "Adams");

  caseload_staff_set_first_name (staff, "Tess");
  caseload_staff_set_last_name (staff, "Teacher");
  caseload_staff_set_role (staff, "special-education-teacher");
  caseload_staff_set_active (staff, TRUE);
  caseload_store_save_staff (f->store, staff, &error);
  g_assert_no_error (error);
  f->teacher_id = caseload_staff_get_id (staff);
  caseload_store_set_actor (f->store, f->teacher_id);
  caseload_store_set_case_manager (f->store, f->student_id, f->teacher_id, &error);
  g_assert_no_error (error);

  f->iep_id = caseload_store_create_iep_draft (f->store, f->student_id, "initial", &error);
  g_assert_no_error (error);
  caseload_store_set_iep_reporting_periods (f->store, f->iep_id, periods, &error);
  g_assert_no_error (error);

  f->reading_goal = add_goal (f, "reading", "will read aloud", "words correct per minute", "higher", 20, 60);
  f->percent_goal = add_goal (f, "math", "will solve word problems", "% correct", "higher", 30, 80);
  f->behavior_goal = add_goal (f, "behavior", "will leave the area", "incidents per day", "lower", 10, 2);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&f->store);
  dir = g_dir_open (f->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static gint64
raw_int (Fixture    *f,
         const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static void
raw_exec (Fixture    *f,
          const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static CaseloadDataPoint *
add_point (Fixture    *f,
           gint64      goal_id,
           const char *date,
           double      value)
{
  g_autoptr(GError) error = NULL;
  CaseloadDataPoint *point = caseload_data_point_new ();

  caseload_data_point_set_goal_id (point, goal_id);
  caseload_data_point_set_date (point, date);
  caseload_data_point_set_value (point, value);
  g_assert_true (caseload_store_save_data_point (f->store, point, &error));
  g_assert_no_error (error);
  return point;
}

static void
test_points (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadDataPoint) first = add_point (f, f->reading_goal, "2025-09-15", 24);
  g_autoptr(CaseloadDataPoint) second = add_point (f, f->reading_goal, "2025-09-08", 21);
  g_autoptr(CaseloadDataPoint) deleted = NULL;
  g_autoptr(CaseloadDataPoint) bad = caseload_data_point_new ();
  g_autoptr(GListModel) points = NULL;
  g_autoptr(CaseloadDataPoint) item = NULL;
  gint64 audit_before;

  g_assert_cmpint (caseload_data_point_get_id (first), >, 0);
  g_assert_cmpint (caseload_data_point_get_recorded_by (first), ==, f->teacher_id);
  g_assert_cmpstr (caseload_data_point_get_recorded_at (first), !=, "");

  points = caseload_store_list_data_points (f->store, f->reading_goal, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (points), ==, 2);
  item = g_list_model_get_item (points, 0);
  g_assert_cmpstr (caseload_data_point_get_date (item), ==, "2025-09-08");
  g_assert_cmpstr (caseload_data_point_get_recorded_by_name (item), ==, "Tess Teacher");
  g_clear_object (&item);
  g_clear_object (&points);

  /* update */
  caseload_data_point_set_value (first, 26);
  caseload_data_point_set_note (first, "retested");
  g_assert_true (caseload_store_save_data_point (f->store, first, &error));
  g_assert_no_error (error);
  g_assert_cmpint (raw_int (f, "SELECT value FROM data_point WHERE note = 'retested'"), ==, 26);

  /* delete returns the copy, restore puts it back with its id */
  audit_before = caseload_store_count_audit (f->store, f->student_id, &error);
  deleted = caseload_store_delete_data_point (f->store, caseload_data_point_get_id (first), &error);
  g_assert_no_error (error);
  g_assert_nonnull (deleted);
  g_assert_cmpfloat (caseload_data_point_get_value (deleted), ==, 26);
  g_assert_cmpstr (caseload_data_point_get_note (deleted), ==, "retested");
  g_assert_cmpint (raw_int (f, "SELECT COUNT(*) FROM data_point"), ==, 1);
  g_assert_cmpint (caseload_store_count_audit (f->store, f->student_id, &error), ==, audit_before + 1);
  g_assert_true (caseload_store_restore_data_point (f->store, deleted, &error));
  g_assert_no_error (error);
  g_assert_cmpint (raw_int (f, "SELECT COUNT(*) FROM data_point"), ==, 2);
  g_assert_cmpint (raw_int (f, "SELECT value FROM data_point WHERE note = 'retested'"), ==, 26);
  g_assert_cmpint (raw_int (f, "SELECT id FROM data_point WHERE note = 'retested'"), ==,
                   caseload_data_point_get_id (first));

  g_assert_null (caseload_store_delete_data_point (f->store, 9999, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* refused values and dates */
  caseload_data_point_set_goal_id (bad, f->reading_goal);
  caseload_data_point_set_date (bad, "2025-09-22");
  caseload_data_point_set_value (bad, -3);
  g_assert_false (caseload_store_save_data_point (f->store, bad, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "cannot be negative"));
  g_clear_error (&error);
  caseload_data_point_set_goal_id (bad, f->percent_goal);
  caseload_data_point_set_value (bad, 101);
  g_assert_false (caseload_store_save_data_point (f->store, bad, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_clear_error (&error);
  caseload_data_point_set_value (bad, 100);
  caseload_data_point_set_date (bad, "2999-01-01");
  g_assert_false (caseload_store_save_data_point (f->store, bad, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_clear_error (&error);
  caseload_data_point_set_date (bad, "2025-13-01");
  g_assert_false (caseload_store_save_data_point (f->store, bad, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (raw_int (f, "SELECT COUNT(*) FROM data_point"), ==, 2);
}

static void
test_check_value (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (caseload_store_check_progress_value ("% correct", 100, NULL, &error));
  g_assert_true (caseload_store_check_progress_value ("words correct per minute", 0, NULL, &error));
  g_assert_true (caseload_store_check_progress_value ("words correct per minute", 250, NULL, &error));
  g_assert_true (caseload_store_check_progress_value ("standard score change", -4, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (caseload_store_check_progress_value ("Percent of intervals", 100.5, "Row 2", &error));
  g_assert_cmpstr (error->message, ==, "Row 2: a percentage cannot be over 100");
  g_clear_error (&error);
  g_assert_false (caseload_store_check_progress_value ("words correct", -1, "Ana Ruiz, reading", &error));
  g_assert_cmpstr (error->message, ==, "Ana Ruiz, reading: “words correct” cannot be negative");
  g_clear_error (&error);
  g_assert_false (caseload_store_check_progress_value ("% correct", -1, NULL, &error));
  g_clear_error (&error);
}

static void
test_bulk (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CaseloadBulkValue values[] = {
    { f->reading_goal, 31, "", NULL },
    { f->percent_goal, 55, NULL, NULL },
    { f->behavior_goal, 4, "after lunch", NULL },
  };
  gint64 audit_before = caseload_store_count_audit (f->store, f->student_id, NULL);

  /* one bad row: nothing saved, the message names the row */
  values[1].value = 120;
  g_assert_cmpuint (caseload_store_add_data_points_bulk (f->store, "2025-10-06", values, 3, &error), ==, 0);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Row 2: a percentage cannot be over 100");
  g_clear_error (&error);
  g_assert_cmpint (raw_int (f, "SELECT COUNT(*) FROM data_point"), ==, 0);
  g_assert_cmpint (caseload_store_count_audit (f->store, f->student_id, NULL), ==, audit_before);

  values[1].value = 55;
  values[2].value = -1;
  values[2].row_label = "Ana Ruiz, behavior";
  g_assert_cmpuint (caseload_store_add_data_points_bulk (f->store, "2025-10-06", values, 3, &error), ==, 0);
  g_assert_nonnull (strstr (error->message, "Ana Ruiz, behavior"));
  g_clear_error (&error);
  g_assert_cmpint (raw_int (f, "SELECT COUNT(*) FROM data_point"), ==, 0);

  values[2].value = 4;
  values[0].goal_id = 424242;
  g_assert_cmpuint (caseload_store_add_data_points_bulk (f->store, "2025-10-06", values, 3, &error), ==, 0);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "Row 1"));
  g_clear_error (&error);

  values[0].goal_id = f->reading_goal;
  g_assert_cmpuint (caseload_store_add_data_points_bulk (f->store, "2025-10-06", values, 3, &error), ==, 3);
  g_assert_no_error (error);
  g_assert_cmpint (raw_int (f, "SELECT COUNT(*) FROM data_point WHERE point_date = '2025-10-06'"), ==, 3);
  g_assert_cmpint (raw_int (f, "SELECT COUNT(*) FROM data_point WHERE note = 'after lunch'"), ==, 1);
  g_assert_cmpint (caseload_store_count_audit (f->store, f->student_id, NULL), ==, audit_before + 3);

  g_assert_cmpuint (caseload_store_add_data_points_bulk (f->store, "10/6", values, 3, &error), ==, 0);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_clear_error (&error);
}

static void
test_phases_and_chart_data (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadProgressPhase) phase = caseload_progress_phase_new ();
  g_autoptr(CaseloadProgressPhase) same_day = caseload_progress_phase_new ();
  g_autoptr(CaseloadProgressPhase) no_label = caseload_progress_phase_new ();
  g_autoptr(GListModel) phases = NULL;
  g_autoptr(CaseloadProgressData) progress = NULL;
  const char *dates[] = { "2025-09-08", "2025-09-15", "2025-09-22", "2025-09-29", "2025-10-06" };

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    g_object_unref (add_point (f, f->behavior_goal, dates[i], 10 - i));

  caseload_progress_phase_set_goal_id (phase, f->behavior_goal);
  caseload_progress_phase_set_start_date (phase, "2025-09-29");
  caseload_progress_phase_set_label (phase, "Check-in/check-out");
  g_assert_true (caseload_store_save_phase (f->store, phase, &error));
  g_assert_no_error (error);
  g_assert_cmpint (caseload_progress_phase_get_id (phase), >, 0);

  caseload_progress_phase_set_goal_id (same_day, f->behavior_goal);
  caseload_progress_phase_set_start_date (same_day, "2025-09-29");
  caseload_progress_phase_set_label (same_day, "Another");
  g_assert_false (caseload_store_save_phase (f->store, same_day, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_EXISTS);
  g_clear_error (&error);

  caseload_progress_phase_set_goal_id (no_label, f->behavior_goal);
  caseload_progress_phase_set_start_date (no_label, "2025-10-20");
  caseload_progress_phase_set_label (no_label, "  ");
  g_assert_false (caseload_store_save_phase (f->store, no_label, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_clear_error (&error);

  phases = caseload_store_list_phases (f->store, f->behavior_goal, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (phases), ==, 1);

  progress = caseload_store_load_progress_data (f->store, f->behavior_goal, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (caseload_progress_data_get_n_points (progress), ==, 5);
  g_assert_cmpuint (caseload_progress_data_get_n_phases (progress), ==, 2);
  g_assert_true (caseload_progress_data_get_lower_is_better (progress));
  g_assert_cmpstr (caseload_progress_data_get_unit (progress), ==, "incidents per day");
  g_assert_cmpuint (caseload_progress_data_get_phase (progress, 1)->n_points, ==, 2);
  /* baseline: median of 10, 9, 8 on the second date; aim down to 2 */
  g_assert_cmpfloat (caseload_progress_data_get_analysis (progress)->baseline_value, ==, 9);
  g_assert_cmpfloat (caseload_progress_data_get_analysis (progress)->aim.slope_per_week, <, 0);

  g_assert_true (caseload_store_delete_phase (f->store, caseload_progress_phase_get_id (phase), &error));
  g_assert_no_error (error);
  g_assert_cmpint (raw_int (f, "SELECT COUNT(*) FROM progress_phase"), ==, 0);

  g_assert_null (caseload_store_load_progress_data (f->store, 777, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND);
  g_clear_error (&error);
}

static void
test_my_goals (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) goals = NULL;
  g_autoptr(CaseloadGoalSummary) summary = NULL;

  g_object_unref (add_point (f, f->reading_goal, "2025-09-08", 21));
  g_object_unref (add_point (f, f->reading_goal, "2025-09-22", 27));
  g_object_unref (add_point (f, f->reading_goal, "2025-09-15", 24));

  goals = caseload_store_list_my_goals (f->store, f->teacher_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (goals), ==, 3);
  summary = g_list_model_get_item (goals, 0);
  g_assert_cmpint (caseload_goal_summary_get_goal_id (summary), ==, f->reading_goal);
  g_assert_cmpint (caseload_goal_summary_get_student_id (summary), ==, f->student_id);
  g_assert_cmpstr (caseload_goal_summary_get_student_name (summary), ==, "Ana Ruiz");
  g_assert_cmpint (caseload_goal_summary_get_n_points (summary), ==, 3);
  g_assert_true (caseload_goal_summary_get_has_last_value (summary));
  g_assert_cmpfloat (caseload_goal_summary_get_last_value (summary), ==, 27);
  g_assert_cmpstr (caseload_goal_summary_get_last_date (summary), ==, "2025-09-22");
  g_assert_cmpstr (caseload_goal_summary_get_description (summary), ==,
                   "Given a probe, will read aloud as measured weekly");
  g_clear_object (&summary);
  summary = g_list_model_get_item (goals, 1);
  g_assert_false (caseload_goal_summary_get_has_last_value (summary));
  g_assert_cmpint (caseload_goal_summary_get_n_points (summary), ==, 0);
  g_clear_object (&goals);

  /* not on Ben's team, and an archived student's goals are gone */
  goals = caseload_store_list_my_goals (f->store, f->teacher_id + 1000, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (goals), ==, 0);
  g_clear_object (&goals);
  g_assert_true (caseload_store_archive_student (f->store, f->student_id, &error));
  g_assert_no_error (error);
  goals = caseload_store_list_my_goals (f->store, f->teacher_id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (goals), ==, 0);
  g_clear_object (&goals);

  goals = caseload_store_list_student_goals (f->store, f->student_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (goals), ==, 3);
}

static void
test_reports (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) entries = NULL;
  g_autoptr(GListModel) reports = NULL;
  g_autoptr(GListModel) overview = NULL;
  g_autoptr(CaseloadProgressReport) report = NULL;
  g_autoptr(CaseloadReportOverview) row = NULL;
  gint64 report_id;
  GDate as_of;

  g_object_unref (add_point (f, f->reading_goal, "2025-11-03", 30));
  g_object_unref (add_point (f, f->reading_goal, "2025-11-10", 33));   /* after period 1 ends */

  /* overview: the IEP must be in effect */
  raw_exec (f, "UPDATE iep SET status = 'finalized', start_date = '2025-09-01', end_date = '2026-08-31'");
  g_date_clear (&as_of, 1);
  g_date_set_dmy (&as_of, 15, 2, 2026);
  overview = caseload_store_list_report_overview (f->store, &as_of, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (overview), ==, 1);
  row = g_list_model_get_item (overview, 0);
  g_assert_cmpstr (caseload_report_overview_get_staff_name (row), ==, "Tess Teacher");
  g_assert_cmpint (caseload_report_overview_get_n_due (row), ==, 2);
  g_assert_cmpint (caseload_report_overview_get_n_in_progress (row), ==, 0);
  g_clear_object (&row);
  g_clear_object (&overview);

  g_assert_cmpint (caseload_store_get_or_create_progress_report (f->store, f->iep_id, 9, &error), ==, 0);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND);
  g_clear_error (&error);
  report_id = caseload_store_get_or_create_progress_report (f->store, f->iep_id, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (report_id, >, 0);
  g_assert_cmpint (caseload_store_get_or_create_progress_report (f->store, f->iep_id, 1, &error), ==, report_id);

  entries = caseload_store_list_progress_entries (f->store, report_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 3);
  {
    g_autoptr(CaseloadProgressEntry) reading = g_list_model_get_item (entries, 0);
    g_autoptr(CaseloadProgressEntry) math = g_list_model_get_item (entries, 1);

    /* the last point on or before 2025-11-07 */
    g_assert_true (caseload_progress_entry_get_has_current_value (reading));
    g_assert_true (caseload_progress_entry_get_current_value_from_data (reading));
    g_assert_cmpfloat (caseload_progress_entry_get_current_value (reading), ==, 30);
    g_assert_false (caseload_progress_entry_get_has_current_value (math));

    g_assert_false (caseload_store_progress_report_is_complete (f->store, report_id, &error));
    g_assert_no_error (error);

    caseload_progress_entry_set_code (reading, "SP");
    caseload_progress_entry_set_sufficient (reading, TRUE);
    caseload_progress_entry_set_narrative (reading, "Reading is on track.");
    g_assert_true (caseload_store_save_progress_entry (f->store, reading, &error));
    g_assert_no_error (error);
    /* a value from the data is not stored */
    g_assert_cmpint (raw_int (f, "SELECT COUNT(*) FROM progress_entry WHERE current_value IS NULL AND code = 'SP'"), ==, 1);

    caseload_progress_entry_set_code (math, "IP");
    caseload_progress_entry_set_sufficient (math, FALSE);
    g_assert_false (caseload_store_save_progress_entry (f->store, math, &error));
    g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
    g_clear_error (&error);
    caseload_progress_entry_set_insufficient_reason (math, "Absent three weeks");
    caseload_progress_entry_set_current_value (math, 42);
    g_assert_true (caseload_store_save_progress_entry (f->store, math, &error));
    g_assert_no_error (error);
    g_assert_cmpint (raw_int (f, "SELECT current_value FROM progress_entry WHERE code = 'IP'"), ==, 42);

    caseload_progress_entry_set_code (math, "XX");
    g_assert_false (caseload_store_save_progress_entry (f->store, math, &error));
    g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
    g_clear_error (&error);
  }

  /* in progress; the lock and "sent" need every goal coded */
  overview = caseload_store_list_report_overview (f->store, &as_of, &error);
  row = g_list_model_get_item (overview, 0);
  g_assert_cmpint (caseload_report_overview_get_n_due (row), ==, 1);
  g_assert_cmpint (caseload_report_overview_get_n_in_progress (row), ==, 1);
  g_clear_object (&row);
  g_clear_object (&overview);

  g_assert_false (caseload_store_set_progress_report_locked (f->store, report_id, TRUE, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "goal 3 (will leave the area)"));
  g_clear_error (&error);
  g_assert_false (caseload_store_set_progress_report_sent (f->store, report_id, "2025-11-14", "mail", &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_clear_error (&error);

  g_clear_object (&entries);
  entries = caseload_store_list_progress_entries (f->store, report_id, &error);
  {
    g_autoptr(CaseloadProgressEntry) behavior = g_list_model_get_item (entries, 2);

    caseload_progress_entry_set_code (behavior, "ID");
    g_assert_true (caseload_store_save_progress_entry (f->store, behavior, &error));
    g_assert_no_error (error);
  }
  g_assert_true (caseload_store_progress_report_is_complete (f->store, report_id, &error));
  g_assert_true (caseload_store_set_progress_report_locked (f->store, report_id, TRUE, &error));
  g_assert_no_error (error);
  {
    g_autoptr(CaseloadProgressEntry) reading = g_list_model_get_item (entries, 0);

    g_assert_false (caseload_store_save_progress_entry (f->store, reading, &error));
    g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_LOCKED);
    g_clear_error (&error);
  }

  report = caseload_store_get_progress_report (f->store, report_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (caseload_progress_report_get_status (report), ==, "complete");
  g_assert_true (caseload_progress_report_get_locked (report));
  g_assert_cmpint (caseload_progress_report_get_n_goals (report), ==, 3);
  g_assert_cmpint (caseload_progress_report_get_n_coded (report), ==, 3);
  g_assert_cmpstr (caseload_progress_report_get_period_end_date (report), ==, "2025-11-07");
  g_clear_object (&report);

  g_assert_false (caseload_store_set_progress_report_sent (f->store, report_id, "2025-11-14", "pigeon", &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (caseload_store_set_progress_report_sent (f->store, report_id, "2025-11-14", "mail", &error));
  g_assert_no_error (error);

  reports = caseload_store_list_progress_reports (f->store, f->iep_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (reports), ==, 4);
  report = g_list_model_get_item (reports, 0);
  g_assert_cmpstr (caseload_progress_report_get_status (report), ==, "sent");
  g_assert_cmpstr (caseload_progress_report_get_sent_method (report), ==, "mail");
  g_clear_object (&report);
  report = g_list_model_get_item (reports, 1);
  g_assert_cmpint (caseload_progress_report_get_id (report), ==, 0);
  g_assert_cmpstr (caseload_progress_report_get_status (report), ==, "due");

  overview = caseload_store_list_report_overview (f->store, &as_of, &error);
  row = g_list_model_get_item (overview, 0);
  g_assert_cmpint (caseload_report_overview_get_n_sent (row), ==, 1);
  g_assert_cmpint (caseload_report_overview_get_n_due (row), ==, 1);
  g_clear_object (&overview);

  overview = caseload_store_list_due_reports (f->store, f->teacher_id, &as_of, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (overview), ==, 2);

  g_clear_object (&overview);
  overview = caseload_store_list_progress_codes (f->store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (overview), ==, 7);
  g_assert_true (caseload_store_save_progress_code (f->store, "E", "Emerging", "", &error));
  g_clear_object (&overview);
  overview = caseload_store_list_progress_codes (f->store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (overview), ==, 8);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/progress-store/points", test_points);
  ADD ("/progress-store/bulk", test_bulk);
  ADD ("/progress-store/phases", test_phases_and_chart_data);
  ADD ("/progress-store/my-goals", test_my_goals);
  ADD ("/progress-store/reports", test_reports);
#undef ADD
  g_test_add_func ("/progress-store/check-value", test_check_value);

  return g_test_run ();
}
