/* test-history.c: the History view's words for each kind of change (pure,
 * hand-made changes), and the store's history of a real student: goal
 * numbers, names and code names resolved, a case-manager handover as one
 * line, a correction with its reason, newest first, the filters; also
 * that the store backs up before a migration. */
#include "config.h"

#include "caseload-backup.h"
#include "caseload-history.h"
#include "caseload-sample.h"
#include "caseload-store.h"
#include "caseload-store-history.h"

#include <string.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

static char *
describe (const char *table,
          const char *action,
          const char *field,
          const char *old_value,
          const char *new_value)
{
  CaseloadHistoryChange change = { table, action, field, old_value, new_value, };

  return caseload_history_describe (&change);
}

#define assert_words(change, expected) \
  G_STMT_START { \
    g_autofree char *_text = caseload_history_describe (change); \
    g_assert_cmpstr (_text, ==, expected); \
  } G_STMT_END

static void
test_words_goal (void)
{
  CaseloadHistoryChange change = { "goal", "update", "target_value", "90.0", "110.0", };
  CaseloadHistoryChange area = { "goal", "update", "area", "reading", "writing", };
  CaseloadHistoryChange added = { "goal", "insert", };
  CaseloadHistoryChange text = { "goal", "update", "behavior", "reads aloud", "reads aloud fluently", };
  CaseloadHistoryChange point = { "data_point", "insert", "value", NULL, "42" };

  change.goal_number = 2;
  change.unit = "words per minute";
  assert_words (&change, "Goal 2 target: 90 → 110 words per minute");

  change.old_value = NULL;
  assert_words (&change, "Goal 2 target: none → 110 words per minute");

  area.goal_number = 1;
  assert_words (&area, "Goal 1 area: Reading → Writing");
  added.goal_number = 3;
  assert_words (&added, "Goal 3 added");
  text.goal_number = 1;
  assert_words (&text, "Goal 1 behavior: “reads aloud” → “reads aloud fluently”");
  point.goal_number = 1;
  point.unit = "words per minute";
  assert_words (&point, "Goal 1 data point added: 42 words per minute");

  /* A goal that is gone is still named. */
  change.goal_number = 0;
  change.old_value = "2.5";
  change.unit = NULL;
  assert_words (&change, "A goal target: 2.5 → 110");
}

static void
test_words_profile (void)
{
  CaseloadHistoryChange grade = { "student", "update", "grade", "4", "5", };
  CaseloadHistoryChange school = { "student", "update", "school_id", "1", "2", };
  CaseloadHistoryChange disability = { "student_disability", "insert", "code", NULL, "AUT", };
  CaseloadHistoryChange primary = { "student_disability", "insert", "is_primary", NULL, "1", };
  CaseloadHistoryChange not_primary = { "student_disability", "insert", "is_primary", NULL, "0", };
  CaseloadHistoryChange birth = { "student", "update", "birth_date", "2015-03-10", "2015-03-11", };
  g_autofree char *archived = describe ("student", "archive", "status", "active", "archived");
  g_autofree char *added = describe ("student", "insert", NULL, NULL, NULL);
  g_autofree char *long_text = NULL;
  CaseloadHistoryChange notes = { "student", "update", "notes", "",
    "A very long note about the student that goes on and on beyond what a line can show", };

  assert_words (&grade, "Grade: 4 → 5");
  school.old_name = "Lincoln Elementary";
  school.new_name = "Oak Middle School";
  assert_words (&school, "School: Lincoln Elementary → Oak Middle School");
  disability.new_name = "Autism";
  assert_words (&disability, "Disability added: Autism");
  primary.label = "Autism";
  assert_words (&primary, "Primary disability: Autism");
  g_assert_null (caseload_history_describe (&not_primary));
  /* Dates as the locale writes them (C.UTF-8 in tests). */
  assert_words (&birth, "Birth date: 03/10/15 → 03/11/15");
  g_assert_cmpstr (archived, ==, "Student archived");
  g_assert_cmpstr (added, ==, "Student added");

  long_text = caseload_history_describe (&notes);
  g_assert_true (g_str_has_prefix (long_text, "Notes: none → “A very long note"));
  g_assert_true (g_str_has_suffix (long_text, "…”"));
  g_assert_cmpint (g_utf8_strlen (long_text, -1), <, 90);
}

static void
test_words_people (void)
{
  CaseloadHistoryChange guardian = { "guardian", "insert", };
  CaseloadHistoryChange phone = { "guardian", "update", "phone", "555-0100", "555-0199", };
  CaseloadHistoryChange member = { "team_assignment", "insert", "staff_id", NULL, "7", };
  CaseloadHistoryChange role_row = { "team_assignment", "insert", "role", NULL, "case-manager", };
  CaseloadHistoryChange removed = { "team_assignment", "delete", "staff_id", "7", NULL, };
  CaseloadHistoryChange rights = { "guardian", "update", "rights_holder", "1", "0", };
  g_autofree char *guardian_gone = describe ("guardian", "delete", "name", "Ana López", NULL);

  guardian.label = "Ana López";
  assert_words (&guardian, "Guardian added: Ana López");
  phone.label = "Ana López";
  assert_words (&phone, "Guardian Ana López · phone: “555-0100” → “555-0199”");
  rights.label = "Ana López";
  assert_words (&rights, "Guardian Ana López · holds educational rights: Yes → No");
  g_assert_cmpstr (guardian_gone, ==, "Guardian removed: Ana López");

  member.new_name = "Luis Chen";
  member.extra = "Speech-language pathologist";
  assert_words (&member, "Team member added: Luis Chen (Speech-language pathologist)");
  g_assert_null (caseload_history_describe (&role_row));
  removed.old_name = "Luis Chen";
  assert_words (&removed, "Team member removed: Luis Chen");
}

static void
test_words_iep (void)
{
  CaseloadHistoryChange finalized = { "iep", "update", "status", "draft", "finalized", };
  CaseloadHistoryChange hash = { "iep", "update", "content_hash", "abc", "def", };
  CaseloadHistoryChange draft = { "iep", "insert", NULL, NULL, "annual draft", };
  CaseloadHistoryChange strengths = { "iep", "update", "strengths", "", "Kind to peers", };
  CaseloadHistoryChange environment = { "iep", "update", "environment_code", "RC39", "RC80", };
  CaseloadHistoryChange minutes = { "service", "update", "minutes_per_session", "30", "45", };
  CaseloadHistoryChange correction = { "service", "correct", "name", "Speach therapy", "Speech therapy",
                                       "typo in service minutes", };
  CaseloadHistoryChange goal_fix = { "goal", "correct", "behavior", "raeds", "reads", NULL, 2, };

  assert_words (&finalized, "IEP finalized");
  g_assert_null (caseload_history_describe (&hash));
  assert_words (&draft, "IEP draft started (Annual)");
  assert_words (&strengths, "Strengths: none → “Kind to peers”");
  environment.old_name = "Regular class less than 40%";
  environment.new_name = "Regular class 80% or more";
  assert_words (&environment, "Educational environment: Regular class less than 40% → Regular class 80% or more");
  minutes.label = "Speech therapy";
  assert_words (&minutes, "Service “Speech therapy” · minutes per session: 30 → 45");
  correction.label = "Speech therapy";
  assert_words (&correction, "Correction to finalized IEP (reason: typo in service minutes) — "
                             "Service “Speech therapy” · name: “Speach therapy” → “Speech therapy”");
  assert_words (&goal_fix, "Correction to finalized IEP — Goal 2 behavior: “raeds” → “reads”");
}

static void
test_words_meetings_contacts (void)
{
  CaseloadHistoryChange scheduled = { "meeting", "insert", "uid", NULL, "x@caseload", };
  CaseloadHistoryChange cancelled = { "meeting", "update", "status", "scheduled", "cancelled", };
  CaseloadHistoryChange sequence = { "meeting", "update", "sequence", "0", "1", };
  CaseloadHistoryChange contact = { "contact_log", "insert", };

  scheduled.label = "annual-review";
  assert_words (&scheduled, "Meeting scheduled: Annual review");
  assert_words (&cancelled, "Meeting cancelled");
  g_assert_null (caseload_history_describe (&sequence));
  contact.label = "phone";
  assert_words (&contact, "Contact logged: Phone");

  g_assert_cmpint (caseload_history_section_for_table ("goal"), ==, CASELOAD_HISTORY_SECTION_GOALS);
  g_assert_cmpint (caseload_history_section_for_table ("contact_log"), ==, CASELOAD_HISTORY_SECTION_CONTACTS);
  g_assert_cmpint (caseload_history_section_for_table ("meeting_attendee"), ==, CASELOAD_HISTORY_SECTION_MEETINGS);
  g_assert_cmpint (caseload_history_section_for_table ("nonsense"), ==, CASELOAD_HISTORY_SECTION_OTHER);
  g_assert_cmpstr (caseload_history_section_name (CASELOAD_HISTORY_SECTION_GOALS), ==, "Goals & Progress");
}

static void
test_entry_filters (void)
{
  g_autoptr(CaseloadHistoryEntry) a = caseload_history_entry_new (1, "2026-11-27T15:04:05Z", 7, "Luis Chen",
                                                                  CASELOAD_HISTORY_SECTION_GOALS, "Goal 1 added", NULL);
  g_autoptr(CaseloadHistoryEntry) b = caseload_history_entry_new (2, "2026-11-27T15:04:05Z", 0, NULL,
                                                                  CASELOAD_HISTORY_SECTION_PROFILE, "Student added", NULL);
  g_autofree char *day = caseload_history_entry_dup_day (a);

  g_assert_true (caseload_history_entry_matches (a, CASELOAD_HISTORY_SECTION_ALL, -1));
  g_assert_true (caseload_history_entry_matches (a, CASELOAD_HISTORY_SECTION_GOALS, 7));
  g_assert_false (caseload_history_entry_matches (a, CASELOAD_HISTORY_SECTION_PROFILE, -1));
  g_assert_false (caseload_history_entry_matches (a, CASELOAD_HISTORY_SECTION_ALL, 8));
  g_assert_false (caseload_history_entry_matches (a, CASELOAD_HISTORY_SECTION_ALL, 0));
  g_assert_true (caseload_history_entry_matches (b, CASELOAD_HISTORY_SECTION_ALL, 0));
  g_assert_cmpstr (caseload_history_entry_get_staff_name (b), ==, "");
  g_assert_cmpstr (day, ==, "11/27/26");
}

/* ---- through the store ----------------------------------------------------- */

typedef struct
{
  char          *dir;
  char          *path;
  CaseloadStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("caseload-history-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "test.db", NULL);
  f->store = caseload_store_open (f->path, CASELOAD_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static gint64
add_staff (CaseloadStore *store,
           const char    *first,
           const char    *last,
           const char    *role)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadStaff) staff = caseload_staff_new ();

  caseload_staff_set_first_name (staff, first);
  caseload_staff_set_last_name (staff, last);
  caseload_staff_set_role (staff, role);
  caseload_store_save_staff (store, staff, &error);
  g_assert_no_error (error);
  return caseload_staff_get_id (staff);
}

static gint64
add_student (CaseloadStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadStudent) student = caseload_student_new ();

  caseload_student_set_student_number (student, "S-1");
  caseload_student_set_first_name (student, "Maya");
  caseload_student_set_last_name (student, "Ortiz");
  caseload_student_set_birth_date (student, "2015-03-10");
  caseload_student_set_grade (student, "4");
  caseload_student_set_status (student, "active");
  caseload_student_set_home_language (student, "en");
  caseload_store_save_student (store, student, &error);
  g_assert_no_error (error);
  return caseload_student_get_id (student);
}

static char **
summaries (GListModel *model)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(CaseloadHistoryEntry) entry = g_list_model_get_item (model, i);

      g_strv_builder_add (builder, caseload_history_entry_get_summary (entry));
    }
  return g_strv_builder_end (builder);
}

static void
test_store_history (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) history = NULL;
  g_autoptr(CaseloadGoal) first = caseload_goal_new ();
  g_autoptr(CaseloadGoal) goal = caseload_goal_new ();
  g_autoptr(CaseloadGuardian) guardian = caseload_guardian_new ();
  g_auto(GStrv) lines = NULL;
  g_autofree char *joined = NULL;
  gint64 rivera, chen, student_id, iep_id;
  guint n_chen = 0, n_goals = 0;

  rivera = add_staff (f->store, "Rosa", "Rivera", "case-manager");
  chen = add_staff (f->store, "Luis", "Chen", "case-manager");
  caseload_store_set_actor (f->store, rivera);
  student_id = add_student (f->store);

  caseload_guardian_set_student_id (guardian, student_id);
  caseload_guardian_set_first_name (guardian, "Ana");
  caseload_guardian_set_last_name (guardian, "López");
  caseload_store_save_guardian (f->store, guardian, &error);
  g_assert_no_error (error);

  caseload_store_add_team_member (f->store, student_id, rivera, "case-manager", &error);
  g_assert_no_error (error);

  iep_id = caseload_store_create_iep_draft (f->store, student_id, "annual", &error);
  g_assert_no_error (error);
  caseload_goal_set_iep_id (first, iep_id);
  caseload_goal_set_area (first, "math");
  caseload_goal_set_behavior (first, "adds two-digit numbers");
  caseload_store_save_goal (f->store, first, &error);
  g_assert_no_error (error);
  caseload_goal_set_iep_id (goal, iep_id);
  caseload_goal_set_area (goal, "reading");
  caseload_goal_set_behavior (goal, "reads grade-level text aloud");
  caseload_goal_set_unit (goal, "words per minute");
  caseload_goal_set_target_value (goal, 90);
  caseload_store_save_goal (f->store, goal, &error);
  g_assert_no_error (error);

  /* Later, by someone else: the target and the case manager change. */
  caseload_store_set_actor (f->store, chen);
  caseload_goal_set_target_value (goal, 110);
  caseload_store_save_goal (f->store, goal, &error);
  g_assert_no_error (error);
  caseload_store_set_case_manager (f->store, student_id, chen, &error);
  g_assert_no_error (error);

  history = caseload_store_list_student_history (f->store, student_id, &error);
  g_assert_no_error (error);
  lines = summaries (history);
  joined = g_strjoinv ("\n", lines);
  g_test_message ("%s", joined);

  g_assert_true (g_strv_contains ((const char * const *) lines, "Goal 2 target: 90 → 110 words per minute"));
  g_assert_true (g_strv_contains ((const char * const *) lines, "Case manager: Rosa Rivera → Luis Chen"));
  g_assert_true (g_strv_contains ((const char * const *) lines, "Guardian added: Ana López"));
  g_assert_true (g_strv_contains ((const char * const *) lines, "Team member added: Rosa Rivera (Case manager)"));
  g_assert_true (g_strv_contains ((const char * const *) lines, "IEP draft started (Annual)"));
  g_assert_true (g_strv_contains ((const char * const *) lines, "Student added"));
  g_assert_true (g_strv_contains ((const char * const *) lines, "Goal 2 added"));
  /* The columns filled when the goal was created are its creation. */
  g_assert_null (strstr (joined, "Goal 2 behavior"));
  /* No column names anywhere. */
  g_assert_null (strstr (joined, "_"));
  g_assert_null (strstr (joined, "content hash"));
  g_assert_null (strstr (joined, "No longer case manager"));
  g_assert_null (strstr (joined, "Team member added: Luis Chen"));

  /* Newest first; who made each change. */
  for (guint i = 1; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(CaseloadHistoryEntry) newer = g_list_model_get_item (history, i - 1);
      g_autoptr(CaseloadHistoryEntry) older = g_list_model_get_item (history, i);

      g_assert_cmpstr (caseload_history_entry_get_at (newer), >=, caseload_history_entry_get_at (older));
    }
  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(CaseloadHistoryEntry) entry = g_list_model_get_item (history, i);
      const char *summary = caseload_history_entry_get_summary (entry);

      if (g_str_equal (summary, "Goal 2 target: 90 → 110 words per minute"))
        g_assert_cmpstr (caseload_history_entry_get_staff_name (entry), ==, "Luis Chen");
      if (g_str_equal (summary, "Student added"))
        g_assert_cmpint (caseload_history_entry_get_staff_id (entry), ==, rivera);
      if (caseload_history_entry_matches (entry, CASELOAD_HISTORY_SECTION_ALL, chen))
        n_chen++;
      if (caseload_history_entry_matches (entry, CASELOAD_HISTORY_SECTION_GOALS, -1))
        n_goals++;
    }
  /* Chen: the target and the handover (which says he joined). Goals:
   * two added, one target. */
  g_assert_cmpuint (n_chen, ==, 2);
  g_assert_cmpuint (n_goals, ==, 3);
}

static void
test_store_correction (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) students = NULL;
  CaseloadSampleOptions options = { 4, 3, };
  gboolean found = FALSE;

  g_date_set_dmy (&options.as_of, 27, G_DATE_NOVEMBER, 2026);
  caseload_sample_generate (f->store, &options, NULL, NULL, &error);
  g_assert_no_error (error);

  students = caseload_store_list_students (f->store, CASELOAD_STUDENT_LIST_ALL, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (students) && !found; i++)
    {
      g_autoptr(CaseloadStudent) student = g_list_model_get_item (students, i);
      gint64 student_id = caseload_student_get_id (student);
      g_autoptr(GListModel) ieps = caseload_store_list_ieps (f->store, student_id, &error);
      g_autoptr(GListModel) history = NULL;
      g_auto(GStrv) lines = NULL;

      g_assert_no_error (error);
      for (guint j = 0; j < g_list_model_get_n_items (ieps) && !found; j++)
        {
          g_autoptr(CaseloadIep) iep = g_list_model_get_item (ieps, j);

          if (g_strcmp0 (caseload_iep_get_status (iep), "finalized") != 0)
            continue;
          caseload_store_correct_iep_text (f->store, caseload_iep_get_id (iep), "iep", 0,
                                           "strengths", "Kind and patient with peers",
                                           "typo in the strengths", &error);
          g_assert_no_error (error);
          found = TRUE;
        }
      if (!found)
        continue;

      history = caseload_store_list_student_history (f->store, student_id, &error);
      g_assert_no_error (error);
      lines = summaries (history);
      g_assert_cmpuint (g_strv_length (lines), >, 0);
      g_assert_true (g_str_has_prefix (lines[0], "Correction to finalized IEP (reason: typo in the strengths) — Strengths: "));
      g_assert_true (g_str_has_suffix (lines[0], "→ “Kind and patient with peers”"));
      {
        g_autoptr(CaseloadHistoryEntry) entry = g_list_model_get_item (history, 0);

        g_assert_cmpstr (caseload_history_entry_get_reason (entry), ==, "typo in the strengths");
        g_assert_cmpint (caseload_history_entry_get_section (entry), ==, CASELOAD_HISTORY_SECTION_IEP);
      }
    }
  g_assert_true (found);
}

/* The store backs itself up before migrating an older database. */
static void
test_backup_before_migration (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *old_path = g_build_filename (f->dir, "old.db", NULL);
  g_autofree char *fixture = g_build_filename (g_getenv ("CASELOAD_SOURCE_ROOT"), "tests", "store",
                                               "fixture-v1.sql", NULL);
  g_autofree char *sql = NULL;
  g_autofree char *backups = caseload_backup_default_dir ();
  g_autoptr(GDir) dir = NULL;
  g_autoptr(CaseloadStore) store = NULL;
  sqlite3 *db = NULL;
  const char *name;
  gboolean found = FALSE;

  g_file_get_contents (fixture, &sql, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open (old_path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = caseload_store_open (old_path, CASELOAD_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (caseload_store_get_schema_version (store), >, 1);

  dir = g_dir_open (backups, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (strstr (name, "before-migration-from-1") != NULL)
      {
        g_autofree char *path = g_build_filename (backups, name, NULL);
        int version = 0;

        caseload_backup_check_file (path, &version, &error);
        g_assert_no_error (error);
        g_assert_cmpint (version, ==, 1);
        found = TRUE;
      }
  g_assert_true (found);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = g_dir_make_tmp ("caseload-history-data-XXXXXX", NULL);
  int status;

  /* Before anything asks GLib for the data folder. */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/history/words/goal", test_words_goal);
  g_test_add_func ("/history/words/profile", test_words_profile);
  g_test_add_func ("/history/words/people", test_words_people);
  g_test_add_func ("/history/words/iep", test_words_iep);
  g_test_add_func ("/history/words/meetings-contacts", test_words_meetings_contacts);
  g_test_add_func ("/history/entry/filters", test_entry_filters);
  g_test_add ("/history/store/timeline", Fixture, NULL, fixture_set_up, test_store_history, fixture_tear_down);
  g_test_add ("/history/store/correction", Fixture, NULL, fixture_set_up, test_store_correction, fixture_tear_down);
  g_test_add ("/history/store/backup-before-migration", Fixture, NULL, fixture_set_up,
              test_backup_before_migration, fixture_tear_down);

  status = g_test_run ();
  remove_tree (data_home);
  return status;
}
