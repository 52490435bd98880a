/* test-store.c: the SQLite store: opening, refusing, migrating,
 * constraints, validation, transactions, audit, teams and deadlines. */
#include "config.h"

#include <string.h>
#include <sys/stat.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "caseload-date.h"
#include "caseload-error.h"
#include "caseload-model.h"
#include "caseload-rules.h"
#include "caseload-store.h"

/* ---- fixtures -------------------------------------------------------------- */

typedef struct
{
  char          *dir;
  char          *path;
  CaseloadStore *store;
} Fixture;

static void
remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          if (g_file_test (child, G_FILE_TEST_IS_DIR))
            remove_tree (child);
          else
            g_unlink (child);
        }
      g_dir_close (dir);
    }
  g_rmdir (path);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("caseload-store-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "caseload.db", NULL);
  fixture->store = caseload_store_open (fixture->path, CASELOAD_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->store);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static char *
make_tmp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("caseload-store-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static sqlite3 *
open_raw (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  return db;
}

static void
exec_raw (sqlite3    *db,
          const char *sql)
{
  char *msg = NULL;
  int rc = sqlite3_exec (db, sql, NULL, NULL, &msg);

  if (rc != SQLITE_OK)
    g_error ("SQL failed: %s: %s", sql, msg);
  g_assert_cmpint (rc, ==, SQLITE_OK);
}

static gint64
query_raw_int (const char *path,
               const char *sql)
{
  sqlite3 *db = open_raw (path);
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static CaseloadStudent *
make_student (const char *number,
              const char *first,
              const char *last)
{
  CaseloadStudent *student = caseload_student_new ();

  caseload_student_set_student_number (student, number);
  caseload_student_set_first_name (student, first);
  caseload_student_set_last_name (student, last);
  caseload_student_set_birth_date (student, "2014-05-06");
  caseload_student_set_grade (student, "4");
  caseload_student_set_status (student, "active");
  caseload_student_set_home_language (student, "en");
  return student;
}

static gint64
add_student (CaseloadStore *store,
             const char    *number,
             const char    *first,
             const char    *last)
{
  g_autoptr(CaseloadStudent) student = make_student (number, first, last);
  g_autoptr(GError) error = NULL;

  caseload_store_save_student (store, student, &error);
  g_assert_no_error (error);
  g_assert_cmpint (caseload_student_get_id (student), >, 0);
  return caseload_student_get_id (student);
}

static gint64
add_staff (CaseloadStore *store,
           const char    *first,
           const char    *last,
           const char    *role)
{
  g_autoptr(CaseloadStaff) staff = caseload_staff_new ();
  g_autoptr(GError) error = NULL;

  caseload_staff_set_first_name (staff, first);
  caseload_staff_set_last_name (staff, last);
  caseload_staff_set_role (staff, role);
  caseload_staff_set_active (staff, TRUE);
  caseload_store_save_staff (store, staff, &error);
  g_assert_no_error (error);
  g_assert_cmpint (caseload_staff_get_id (staff), >, 0);
  return caseload_staff_get_id (staff);
}

static void
set_date (GDate *date,
          const char *iso)
{
  g_assert_true (caseload_date_parse_iso (iso, date));
}

/* ---- opening and refusing -------------------------------------------------- */

static void
test_open_create (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *sub = g_build_filename (dir, "data", "caseload", NULL);
  g_autofree char *path = g_build_filename (sub, "caseload.db", NULL);
  g_autoptr(CaseloadStore) store = NULL;
  g_autoptr(GListModel) codes = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  store = caseload_store_open (path, CASELOAD_STORE_OPEN_DEFAULT, &error);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NO_DATABASE);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_null (store);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  store = caseload_store_open (path, CASELOAD_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_cmpstr (caseload_store_get_path (store), ==, path);
  g_assert_cmpint (caseload_store_get_schema_version (store), ==, CASELOAD_SCHEMA_VERSION);

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (sub, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);

  codes = caseload_store_list_disabilities (store, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_list_model_get_n_items (codes), ==, 14);

  g_clear_object (&store);
  g_assert_cmpint (query_raw_int (path, "PRAGMA application_id"), ==, CASELOAD_APPLICATION_ID);
  g_assert_cmpint (query_raw_int (path, "PRAGMA user_version"), ==, CASELOAD_SCHEMA_VERSION);
  remove_tree (dir);
}

static void
test_open_reopen (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "caseload.db", NULL);
  g_autoptr(CaseloadStore) store = NULL;
  g_autoptr(CaseloadStudent) found = NULL;
  g_autoptr(GError) error = NULL;

  store = caseload_store_open (path, CASELOAD_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  add_student (store, "A-1", "Ana", "Ruiz");
  g_clear_object (&store);

  store = caseload_store_open (path, CASELOAD_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  found = caseload_store_find_student (store, "A-1", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (caseload_student_get_first_name (found), ==, "Ana");
  g_assert_cmpstr (caseload_student_get_last_name (found), ==, "Ruiz");
  g_assert_cmpstr (caseload_student_get_birth_date (found), ==, "2014-05-06");

  g_clear_object (&found);
  found = caseload_store_find_student (store, "nobody", &error);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND);
  g_assert_null (found);

  g_clear_object (&store);
  remove_tree (dir);
}

/* Opens @path and expects @code, with the file byte for byte unchanged
 * and no journal files left beside it. */
static void
assert_refused (const char *path,
                int         code,
                const char *needle)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autoptr(CaseloadStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gsize before_len;
  gsize after_len;

  g_assert_true (g_file_get_contents (path, &before, &before_len, NULL));

  store = caseload_store_open (path, CASELOAD_STORE_OPEN_CREATE, &error);
  g_assert_error (error, CASELOAD_ERROR, code);
  g_assert_null (store);
  g_assert_nonnull (strstr (error->message, needle));

  g_assert_true (g_file_get_contents (path, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_refuse_text_file (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "notes.txt", NULL);
  const char *text = "Shopping list\n- milk\n- bread\nThis is not a database at all, "
                     "just some words that are long enough to fill a header.\n";

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  assert_refused (path, CASELOAD_ERROR_NOT_A_DATABASE, "is not a Caseload database");
  remove_tree (dir);
}

static void
test_refuse_foreign_sqlite (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "other.db", NULL);
  sqlite3 *db = open_raw (path);

  exec_raw (db, "CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT); "
                "INSERT INTO recipes (name) VALUES ('soup');");
  sqlite3_close (db);

  assert_refused (path, CASELOAD_ERROR_NOT_A_DATABASE, "is not a Caseload database");
  g_assert_cmpint (query_raw_int (path, "SELECT count(*) FROM sqlite_master"), ==, 1);
  remove_tree (dir);
}

static void
test_refuse_newer (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "future.db", NULL);
  sqlite3 *db = open_raw (path);

  exec_raw (db, "CREATE TABLE student (id INTEGER PRIMARY KEY, hologram TEXT); "
                "PRAGMA application_id = 1129532484; PRAGMA user_version = 99;");
  sqlite3_close (db);

  assert_refused (path, CASELOAD_ERROR_TOO_NEW, "schema 99");
  g_assert_cmpint (query_raw_int (path, "PRAGMA user_version"), ==, 99);
  remove_tree (dir);
}

/* ---- migrations ------------------------------------------------------------ */

static void
test_migrate_empty_file (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "empty.db", NULL);
  g_autoptr(CaseloadStore) store = NULL;
  g_autoptr(GListModel) roles = NULL;
  g_autoptr(GError) error = NULL;
  CaseloadRuleSettings settings;

  g_assert_true (g_file_set_contents (path, "", 0, NULL));

  store = caseload_store_open (path, CASELOAD_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (caseload_store_get_schema_version (store), ==, CASELOAD_SCHEMA_VERSION);

  roles = caseload_store_list_team_roles (store, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_list_model_get_n_items (roles), ==, 9);
  {
    g_autoptr(CaseloadCode) first = g_list_model_get_item (roles, 0);
    g_assert_cmpstr (caseload_code_get_code (first), ==, "case-manager");
    g_assert_cmpstr (caseload_code_get_name (first), ==, "Case manager");
  }

  caseload_store_load_rule_settings (store, &settings, &error);
  g_assert_no_error (error);
  g_assert_cmpint (settings.initial_evaluation_days, ==, 60);
  g_assert_cmpint (settings.reevaluation_years, ==, 3);

  caseload_store_save_rule_setting (store, "initial-evaluation-days", 45, &error);
  g_assert_no_error (error);
  caseload_store_load_rule_settings (store, &settings, &error);
  g_assert_no_error (error);
  g_assert_cmpint (settings.initial_evaluation_days, ==, 45);
  caseload_store_save_rule_setting (store, "no-such-rule", 1, &error);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);

  g_clear_object (&store);
  g_assert_cmpint (query_raw_int (path, "PRAGMA user_version"), ==, CASELOAD_SCHEMA_VERSION);
  g_assert_cmpint (query_raw_int (path, "PRAGMA application_id"), ==, CASELOAD_APPLICATION_ID);
  remove_tree (dir);
}

static void
test_migrate_v1_fixture (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "v1.db", NULL);
  g_autofree char *fixture = NULL;
  g_autofree char *sql = NULL;
  g_autoptr(CaseloadStore) store = NULL;
  g_autoptr(GListModel) students = NULL;
  g_autoptr(GListModel) team = NULL;
  g_autoptr(GListModel) guardians = NULL;
  g_autoptr(CaseloadStudent) ana = NULL;
  g_autoptr(CaseloadStudent) chloe = NULL;
  g_autoptr(GError) error = NULL;
  const char *root = g_getenv ("CASELOAD_SOURCE_ROOT");
  sqlite3 *db;
  GDate as_of;

  g_assert_nonnull (root);
  fixture = g_build_filename (root, "tests", "store", "fixture-v1.sql", NULL);
  g_file_get_contents (fixture, &sql, NULL, &error);
  g_assert_no_error (error);

  db = open_raw (path);
  exec_raw (db, sql);
  sqlite3_close (db);
  g_assert_cmpint (query_raw_int (path, "PRAGMA user_version"), ==, 1);

  store = caseload_store_open (path, CASELOAD_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (caseload_store_get_schema_version (store), ==, CASELOAD_SCHEMA_VERSION);

  set_date (&as_of, "2023-10-01");
  students = caseload_store_list_students (store, CASELOAD_STUDENT_LIST_ACTIVE, &as_of, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_list_model_get_n_items (students), ==, 3);

  /* Sorted by last name: Carter, Nguyen, Ruiz. */
  ana = g_list_model_get_item (students, 2);
  chloe = g_list_model_get_item (students, 1);
  g_assert_cmpstr (caseload_student_get_last_name (ana), ==, "Ruiz");
  g_assert_cmpstr (caseload_student_get_school_name (ana), ==, "Lincoln Elementary");
  g_assert_cmpstr (caseload_student_get_primary_disability (ana), ==, "SLD");
  g_assert_cmpstr (caseload_student_get_primary_disability_name (ana), ==, "Specific learning disability");
  g_assert_nonnull (caseload_student_get_secondary_disabilities (ana));
  g_assert_cmpstr (caseload_student_get_secondary_disabilities (ana)[0], ==, "SLI");
  g_assert_null (caseload_student_get_secondary_disabilities (ana)[1]);
  g_assert_cmpint (caseload_student_get_case_manager_id (ana), ==, 1);
  g_assert_cmpstr (caseload_student_get_case_manager_name (ana), ==, "Maria Lopez");
  /* IEP meeting 2022-11-10: annual review due 2023-11-10. */
  g_assert_cmpstr (caseload_student_get_next_deadline_kind (ana), ==, "annual-review");
  g_assert_cmpstr (caseload_student_get_next_deadline_date (ana), ==, "2023-11-10");
  g_assert_cmpint (caseload_student_get_next_deadline_days (ana), ==, 40);
  g_assert_cmpint (caseload_student_get_next_deadline_status (ana), ==, CASELOAD_DEADLINE_STATUS_LATER);

  g_assert_cmpstr (caseload_student_get_last_name (chloe), ==, "Nguyen");
  g_assert_cmpint (caseload_student_get_case_manager_id (chloe), ==, 0);
  g_assert_cmpstr (caseload_student_get_birth_date (chloe), ==, "2016-02-29");

  team = caseload_store_list_team (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_list_model_get_n_items (team), ==, 2);
  guardians = caseload_store_list_guardians (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_list_model_get_n_items (guardians), ==, 1);

  /* The upgraded file takes new writes. */
  add_student (store, "S1004", "Dev", "Patel");

  g_clear_object (&store);
  g_assert_cmpint (query_raw_int (path, "SELECT count(*) FROM student"), ==, 4);
  /* Step 2 added the goal and accommodation banks and kept the IEPs. */
  g_assert_cmpint (query_raw_int (path, "PRAGMA user_version"), ==, CASELOAD_SCHEMA_VERSION);
  g_assert_cmpint (query_raw_int (path, "SELECT count(*) FROM goal_template WHERE built_in = 1"), >=, 60);
  /* Step 3 gave schools an interchange key, empty for the old ones. */
  g_assert_cmpint (query_raw_int (path, "SELECT count(*) FROM school WHERE external_id IS NULL"), ==,
                   query_raw_int (path, "SELECT count(*) FROM school"));
  g_assert_cmpint (query_raw_int (path, "SELECT count(*) FROM pragma_index_list('school') "
                                        "WHERE name = 'school_external_id_idx' AND \"unique\" = 1"), ==, 1);
  g_assert_cmpint (query_raw_int (path, "SELECT count(*) FROM accommodation_template WHERE built_in = 1"), >=, 40);
  g_assert_cmpint (query_raw_int (path, "SELECT count(*) FROM goal_template_fts WHERE goal_template_fts MATCH 'fluency'"), >=, 1);
  g_assert_cmpint (query_raw_int (path, "SELECT count(*) FROM iep"), ==, 1);
  remove_tree (dir);
}

/* ---- students ---------------------------------------------------------------- */

static void
test_student_unique_id (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(CaseloadStudent) twin = make_student ("123", "Other", "Kid");
  g_autoptr(GError) error = NULL;
  const char *field = NULL;

  add_student (fixture->store, "123", "Ana", "Ruiz");

  caseload_store_validate_student (fixture->store, twin, &field, &error);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_EXISTS);
  g_assert_cmpstr (field, ==, "student-number");
  g_assert_cmpstr (error->message, ==, "Student ID “123” is already used by Ana Ruiz.");
  g_clear_error (&error);

  caseload_store_save_student (fixture->store, twin, &error);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_EXISTS);
  g_assert_cmpint (caseload_student_get_id (twin), ==, 0);
  g_assert_cmpint (query_raw_int (fixture->path, "SELECT count(*) FROM student"), ==, 1);
}

typedef struct
{
  const char *property;
  const char *value;
  const char *field;
  const char *message;
} ValidationCase;

static void
test_student_validation (Fixture       *fixture,
                         gconstpointer  data)
{
  const ValidationCase cases[] = {
    { "first-name", "  ", "first-name", "First name is required." },
    { "last-name", "", "last-name", "Last name is required." },
    { "student-number", "", "student-number", "Student ID is required." },
    { "birth-date", "", "birth-date", "Birth date is required." },
    { "birth-date", "2014-02-30", "birth-date", "Birth date: “2014-02-30” is not a date." },
    { "birth-date", "next week", "birth-date", "Birth date: “next week” is not a date." },
    { "birth-date", "2999-01-01", "birth-date", "Birth date cannot be in the future." },
    { "grade", "13", "grade", "Grade “13” is not a grade (PK, K, 1–12)." },
    { "grade", "", "grade", "Grade is required." },
    { "primary-disability", "XYZ", "primary-disability", "Primary disability “XYZ” is not a known category." },
    { "status", "vanished", "status", "Status “vanished” is not a student status." },
  };
  g_autoptr(CaseloadStudent) good = make_student ("V-1", "Val", "Idate");
  g_autoptr(GError) error = NULL;
  const char *field = NULL;

  g_assert_true (caseload_store_validate_student (fixture->store, good, &field, &error));
  g_assert_no_error (error);
  g_assert_null (field);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CaseloadStudent) student = make_student ("V-1", "Val", "Idate");

      g_object_set (student, cases[i].property, cases[i].value, NULL);
      field = NULL;
      g_assert_false (caseload_store_validate_student (fixture->store, student, &field, &error));
      g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
      g_assert_cmpstr (field, ==, cases[i].field);
      g_assert_cmpstr (error->message, ==, cases[i].message);
      g_clear_error (&error);

      /* save validates first and writes nothing */
      g_assert_false (caseload_store_save_student (fixture->store, student, &error));
      g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
      g_clear_error (&error);
    }

  {
    g_autoptr(CaseloadStudent) student = make_student ("V-2", "Val", "Idate");
    const char *secondary[] = { "SLD", "NOPE", NULL };
    const char *repeated[] = { "AUT", NULL };

    caseload_student_set_primary_disability (student, "AUT");
    caseload_student_set_secondary_disabilities (student, secondary);
    g_assert_false (caseload_store_validate_student (fixture->store, student, &field, &error));
    g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
    g_assert_cmpstr (field, ==, "secondary-disabilities");
    g_assert_nonnull (strstr (error->message, "NOPE"));
    g_clear_error (&error);

    caseload_student_set_secondary_disabilities (student, repeated);
    g_assert_false (caseload_store_validate_student (fixture->store, student, &field, &error));
    g_assert_cmpstr (field, ==, "secondary-disabilities");
    g_clear_error (&error);
  }

  g_assert_cmpint (query_raw_int (fixture->path, "SELECT count(*) FROM student"), ==, 0);
  g_assert_cmpint (query_raw_int (fixture->path, "SELECT count(*) FROM audit_log"), ==, 0);
}

static void
test_student_save_and_disabilities (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autoptr(CaseloadStudent) student = make_student ("D-1", "Dana", "Ortiz");
  g_autoptr(CaseloadStudent) loaded = NULL;
  g_autoptr(GError) error = NULL;
  const char *secondary[] = { "SLI", "OHI", NULL };
  const char *swapped[] = { "AUT", NULL };
  const char * const *got;

  caseload_student_set_primary_disability (student, "AUT");
  caseload_student_set_secondary_disabilities (student, secondary);
  caseload_store_save_student (fixture->store, student, &error);
  g_assert_no_error (error);

  loaded = caseload_store_get_student (fixture->store, caseload_student_get_id (student), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (caseload_student_get_primary_disability (loaded), ==, "AUT");
  g_assert_cmpstr (caseload_student_get_primary_disability_name (loaded), ==, "Autism");
  got = caseload_student_get_secondary_disabilities (loaded);
  g_assert_nonnull (got);
  g_assert_cmpstr (got[0], ==, "OHI");
  g_assert_cmpstr (got[1], ==, "SLI");
  g_assert_null (got[2]);
  g_clear_object (&loaded);

  /* Swap primary and a secondary: the one-primary index must not trip. */
  caseload_student_set_primary_disability (student, "SLI");
  caseload_student_set_secondary_disabilities (student, swapped);
  caseload_store_save_student (fixture->store, student, &error);
  g_assert_no_error (error);
  loaded = caseload_store_get_student (fixture->store, caseload_student_get_id (student), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (caseload_student_get_primary_disability (loaded), ==, "SLI");
  got = caseload_student_get_secondary_disabilities (loaded);
  g_assert_cmpstr (got[0], ==, "AUT");
  g_assert_null (got[1]);
  g_assert_cmpint (query_raw_int (fixture->path, "SELECT count(*) FROM student_disability"), ==, 2);
  g_clear_object (&loaded);

  loaded = caseload_store_get_student (fixture->store, 9999, &error);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND);
  g_assert_null (loaded);
}

static void
on_changed_cb (CaseloadStore *store,
               const char    *table,
               gpointer       user_data)
{
  GPtrArray *tables = user_data;

  g_ptr_array_add (tables, g_strdup (table));
}

static void
test_student_rollback (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(CaseloadStudent) student = make_student ("R-1", "Rob", "Back");
  g_autoptr(CaseloadStudent) loaded = NULL;
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  const char *secondary[] = { "SLI", NULL };
  gint64 id;

  g_signal_connect (fixture->store, "changed", G_CALLBACK (on_changed_cb), tables);

  /* An actor who is not in the staff table makes the audit insert fail
   * after the student row and its disabilities were written: all of it
   * must roll back. */
  caseload_store_set_actor (fixture->store, 4242);
  caseload_student_set_primary_disability (student, "AUT");
  caseload_student_set_secondary_disabilities (student, secondary);
  g_assert_false (caseload_store_save_student (fixture->store, student, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_DATABASE);
  g_clear_error (&error);
  g_assert_cmpint (caseload_student_get_id (student), ==, 0);
  g_assert_cmpint (query_raw_int (fixture->path, "SELECT count(*) FROM student"), ==, 0);
  g_assert_cmpint (query_raw_int (fixture->path, "SELECT count(*) FROM student_disability"), ==, 0);
  g_assert_cmpint (query_raw_int (fixture->path, "SELECT count(*) FROM audit_log"), ==, 0);
  g_assert_cmpint (tables->len, ==, 0);

  caseload_store_set_actor (fixture->store, 0);
  caseload_store_save_student (fixture->store, student, &error);
  g_assert_no_error (error);
  id = caseload_student_get_id (student);
  g_assert_cmpint (tables->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (tables, 0), ==, "student");

  /* A failing update leaves the old values. */
  caseload_store_set_actor (fixture->store, 4242);
  caseload_student_set_first_name (student, "Robert");
  g_assert_false (caseload_store_save_student (fixture->store, student, &error));
  g_clear_error (&error);
  loaded = caseload_store_get_student (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (caseload_student_get_first_name (loaded), ==, "Rob");
  g_assert_cmpint (tables->len, ==, 1);

  g_signal_handlers_disconnect_by_func (fixture->store, on_changed_cb, tables);
}

static gboolean
model_has_student (GListModel *model,
                   gint64      id)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(CaseloadStudent) student = g_list_model_get_item (model, i);

      if (caseload_student_get_id (student) == id)
        return TRUE;
    }
  return FALSE;
}

static void
test_student_archive_restore (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GListModel) active = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(CaseloadStudent) loaded = NULL;
  g_autoptr(GError) error = NULL;
  gint64 keep = add_student (fixture->store, "K-1", "Kim", "Keep");
  gint64 gone = add_student (fixture->store, "G-1", "Gil", "Gone");
  gint64 audit_before = caseload_store_count_audit (fixture->store, gone, &error);

  g_assert_no_error (error);
  caseload_store_archive_student (fixture->store, gone, &error);
  g_assert_no_error (error);

  active = caseload_store_list_students (fixture->store, CASELOAD_STUDENT_LIST_ACTIVE, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (model_has_student (active, keep));
  g_assert_false (model_has_student (active, gone));
  all = caseload_store_list_students (fixture->store, CASELOAD_STUDENT_LIST_ALL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (model_has_student (all, gone));
  g_assert_cmpint (g_list_model_get_n_items (all), ==, 2);

  loaded = caseload_store_get_student (fixture->store, gone, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (caseload_student_get_status (loaded), ==, "archived");
  g_clear_object (&loaded);
  g_assert_cmpint (caseload_store_count_audit (fixture->store, gone, NULL), ==, audit_before + 1);

  caseload_store_restore_student (fixture->store, gone, &error);
  g_assert_no_error (error);
  g_clear_object (&active);
  active = caseload_store_list_students (fixture->store, CASELOAD_STUDENT_LIST_ACTIVE, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (model_has_student (active, gone));
  loaded = caseload_store_get_student (fixture->store, gone, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (caseload_student_get_status (loaded), ==, "active");
  g_assert_cmpint (caseload_store_count_audit (fixture->store, gone, NULL), ==, audit_before + 2);
  g_assert_cmpint (query_raw_int (fixture->path,
                                  "SELECT count(*) FROM audit_log WHERE action IN ('archive', 'restore')"),
                   ==, 2);

  caseload_store_archive_student (fixture->store, 12345, &error);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND);
}

static void
test_audit_values (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(CaseloadStudent) student = make_student ("AU-1", "Ada", "Audit");
  g_autoptr(GError) error = NULL;
  sqlite3 *db;
  sqlite3_stmt *stmt = NULL;
  gint64 actor = add_staff (fixture->store, "Alex", "Actor", "coordinator");
  gint64 before;
  gint64 id;

  caseload_store_set_actor (fixture->store, actor);
  g_assert_cmpint (caseload_store_get_actor (fixture->store), ==, actor);
  caseload_store_save_student (fixture->store, student, &error);
  g_assert_no_error (error);
  id = caseload_student_get_id (student);
  before = caseload_store_count_audit (fixture->store, id, &error);
  g_assert_cmpint (before, >=, 1);

  /* Saving unchanged writes no audit rows. */
  caseload_store_save_student (fixture->store, student, &error);
  g_assert_no_error (error);
  g_assert_cmpint (caseload_store_count_audit (fixture->store, id, NULL), ==, before);

  caseload_student_set_first_name (student, "Adaline");
  caseload_student_set_grade (student, "5");
  caseload_store_save_student (fixture->store, student, &error);
  g_assert_no_error (error);
  g_assert_cmpint (caseload_store_count_audit (fixture->store, id, NULL), ==, before + 2);

  db = open_raw (fixture->path);
  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT field, old_value, new_value, staff_id, table_name, record_id "
                                       "FROM audit_log WHERE action = 'update' AND student_id = ?1 "
                                       "ORDER BY field",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "first_name");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, "Ada");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 2), ==, "Adaline");
  g_assert_cmpint (sqlite3_column_int64 (stmt, 3), ==, actor);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 4), ==, "student");
  g_assert_cmpint (sqlite3_column_int64 (stmt, 5), ==, id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "grade");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, "4");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 2), ==, "5");
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

/* ---- staff and teams ------------------------------------------------------------ */

static void
test_staff_validation (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(CaseloadStaff) staff = caseload_staff_new ();
  g_autoptr(CaseloadStaff) loaded = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  const char *field = NULL;

  caseload_staff_set_first_name (staff, "Eve");
  caseload_staff_set_role (staff, "counselor");
  g_assert_false (caseload_store_validate_staff (fixture->store, staff, &field, &error));
  g_assert_cmpstr (field, ==, "last-name");
  g_assert_cmpstr (error->message, ==, "Last name is required.");
  g_clear_error (&error);

  caseload_staff_set_last_name (staff, "Mail");
  caseload_staff_set_email (staff, "x");
  g_assert_false (caseload_store_save_staff (fixture->store, staff, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "E-mail “x” does not look like an e-mail address.");
  g_clear_error (&error);
  caseload_store_validate_staff (fixture->store, staff, &field, NULL);
  g_assert_cmpstr (field, ==, "email");

  caseload_staff_set_email (staff, "eve@example.org");
  caseload_staff_set_role (staff, "wizard");
  g_assert_false (caseload_store_validate_staff (fixture->store, staff, &field, &error));
  g_assert_cmpstr (field, ==, "role");
  g_clear_error (&error);

  caseload_staff_set_role (staff, "counselor");
  caseload_staff_set_active (staff, TRUE);
  caseload_store_save_staff (fixture->store, staff, &error);
  g_assert_no_error (error);
  g_assert_cmpint (query_raw_int (fixture->path, "SELECT count(*) FROM staff"), ==, 1);

  loaded = caseload_store_get_staff (fixture->store, caseload_staff_get_id (staff), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (caseload_staff_get_role_name (loaded), ==, "Counselor");
  g_assert_cmpstr (caseload_staff_get_email (loaded), ==, "eve@example.org");

  caseload_store_set_staff_active (fixture->store, caseload_staff_get_id (staff), FALSE, &error);
  g_assert_no_error (error);
  list = caseload_store_list_staff (fixture->store, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_list_model_get_n_items (list), ==, 0);
  g_clear_object (&list);
  list = caseload_store_list_staff (fixture->store, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_list_model_get_n_items (list), ==, 1);
}

static void
test_team_case_manager (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GListModel) team = NULL;
  g_autoptr(GListModel) staff_list = NULL;
  g_autoptr(GListModel) caseload = NULL;
  g_autoptr(CaseloadStudent) loaded = NULL;
  g_autoptr(GError) error = NULL;
  gint64 student = add_student (fixture->store, "T-1", "Tia", "Team");
  gint64 other = add_student (fixture->store, "T-2", "Abe", "Alone");
  gint64 first = add_staff (fixture->store, "Fay", "First", "special-education-teacher");
  gint64 second = add_staff (fixture->store, "Sam", "Second", "school-psychologist");
  gint64 gen_ed = add_staff (fixture->store, "Gus", "General", "general-education-teacher");
  gint64 retired = add_staff (fixture->store, "Rex", "Retired", "counselor");
  gint64 id;

  loaded = caseload_store_get_student (fixture->store, student, &error);
  g_assert_no_error (error);
  g_assert_cmpint (caseload_student_get_case_manager_id (loaded), ==, 0);
  g_assert_cmpstr (caseload_student_get_case_manager_name (loaded), ==, "");
  g_clear_object (&loaded);

  caseload_store_set_case_manager (fixture->store, student, first, &error);
  g_assert_no_error (error);
  caseload_store_set_case_manager (fixture->store, student, second, &error);
  g_assert_no_error (error);
  /* Setting the same one again changes nothing. */
  caseload_store_set_case_manager (fixture->store, student, second, &error);
  g_assert_no_error (error);

  id = caseload_store_add_team_member (fixture->store, student, gen_ed, "general-education-teacher", &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  team = caseload_store_list_team (fixture->store, student, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_list_model_get_n_items (team), ==, 3);
  {
    g_autoptr(CaseloadTeamAssignment) a0 = g_list_model_get_item (team, 0);
    g_autoptr(CaseloadTeamAssignment) a1 = g_list_model_get_item (team, 1);
    g_autoptr(CaseloadTeamAssignment) a2 = g_list_model_get_item (team, 2);

    g_assert_cmpint (caseload_team_assignment_get_staff_id (a0), ==, second);
    g_assert_true (caseload_team_assignment_get_is_case_manager (a0));
    g_assert_cmpstr (caseload_team_assignment_get_role (a0), ==, "case-manager");
    g_assert_cmpstr (caseload_team_assignment_get_role_name (a0), ==, "Case manager");
    g_assert_cmpstr (caseload_team_assignment_get_staff_name (a0), ==, "Sam Second");
    /* The demoted one keeps a role from their staff role. */
    g_assert_cmpint (caseload_team_assignment_get_staff_id (a1), ==, first);
    g_assert_false (caseload_team_assignment_get_is_case_manager (a1));
    g_assert_cmpstr (caseload_team_assignment_get_role (a1), ==, "special-education-teacher");
    g_assert_cmpint (caseload_team_assignment_get_staff_id (a2), ==, gen_ed);
  }
  g_assert_cmpint (query_raw_int (fixture->path,
                                  "SELECT count(*) FROM team_assignment WHERE is_case_manager = 1"),
                   ==, 1);

  loaded = caseload_store_get_student (fixture->store, student, &error);
  g_assert_no_error (error);
  g_assert_cmpint (caseload_student_get_case_manager_id (loaded), ==, second);
  g_assert_cmpstr (caseload_student_get_case_manager_name (loaded), ==, "Sam Second");
  g_clear_object (&loaded);

  /* Same staff + role twice. */
  g_assert_cmpint (caseload_store_add_team_member (fixture->store, student, gen_ed,
                                                   "general-education-teacher", &error), ==, 0);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_EXISTS);
  g_assert_nonnull (strstr (error->message, "Gus General"));
  g_clear_error (&error);

  /* Inactive staff cannot join. */
  caseload_store_set_staff_active (fixture->store, retired, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (caseload_store_add_team_member (fixture->store, student, retired, "other", &error), ==, 0);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_clear_error (&error);

  /* Unknown team role. */
  g_assert_cmpint (caseload_store_add_team_member (fixture->store, student, gen_ed, "mascot", &error), ==, 0);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_clear_error (&error);

  /* add_team_member as case-manager demotes too. */
  id = caseload_store_add_team_member (fixture->store, student, gen_ed, "case-manager", &error);
  g_assert_no_error (error);
  g_assert_cmpint (query_raw_int (fixture->path,
                                  "SELECT count(*) FROM team_assignment WHERE is_case_manager = 1"),
                   ==, 1);
  g_assert_cmpint (query_raw_int (fixture->path,
                                  "SELECT count(*) FROM team_assignment WHERE role = 'related-service-provider'"),
                   ==, 1);

  /* Caseload counts: distinct active students. */
  staff_list = caseload_store_list_staff (fixture->store, TRUE, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (staff_list); i++)
    {
      g_autoptr(CaseloadStaff) s = g_list_model_get_item (staff_list, i);
      gint64 sid = caseload_staff_get_id (s);

      if (sid == gen_ed)
        g_assert_cmpuint (caseload_staff_get_caseload_count (s), ==, 1);
      else if (sid == retired)
        g_assert_cmpuint (caseload_staff_get_caseload_count (s), ==, 0);
      else
        g_assert_cmpuint (caseload_staff_get_caseload_count (s), ==, 1);
    }

  caseload = caseload_store_list_caseload (fixture->store, gen_ed, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_list_model_get_n_items (caseload), ==, 2);
  {
    g_autoptr(CaseloadTeamAssignment) a = g_list_model_get_item (caseload, 0);

    g_assert_cmpstr (caseload_team_assignment_get_student_number (a), ==, "T-1");
    g_assert_cmpstr (caseload_team_assignment_get_student_grade (a), ==, "4");
  }

  /* Removing, and a student without a case manager stays at 0. */
  caseload_store_remove_team_member (fixture->store, id, &error);
  g_assert_no_error (error);
  loaded = caseload_store_get_student (fixture->store, student, &error);
  g_assert_no_error (error);
  g_assert_cmpint (caseload_student_get_case_manager_id (loaded), ==, 0);
  g_clear_object (&loaded);
  loaded = caseload_store_get_student (fixture->store, other, &error);
  g_assert_no_error (error);
  g_assert_cmpint (caseload_student_get_case_manager_id (loaded), ==, 0);

  g_assert_cmpint (query_raw_int (fixture->path,
                                  "SELECT count(*) FROM audit_log WHERE table_name = 'team_assignment'"),
                   >=, 8);
}

static void
test_guardians (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(CaseloadGuardian) guardian = caseload_guardian_new ();
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  gint64 student = add_student (fixture->store, "GU-1", "Gina", "Guard");
  gint64 before;

  caseload_guardian_set_student_id (guardian, student);
  caseload_guardian_set_first_name (guardian, "Rosa");
  caseload_guardian_set_last_name (guardian, "Guard");
  caseload_guardian_set_email (guardian, "not an email");
  g_assert_false (caseload_store_save_guardian (fixture->store, guardian, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_clear_error (&error);

  caseload_guardian_set_email (guardian, "rosa@example.org");
  caseload_guardian_set_language (guardian, "es");
  caseload_guardian_set_interpreter_needed (guardian, TRUE);
  caseload_store_save_guardian (fixture->store, guardian, &error);
  g_assert_no_error (error);
  g_assert_cmpint (caseload_guardian_get_id (guardian), >, 0);
  before = caseload_store_count_audit (fixture->store, student, NULL);

  caseload_guardian_set_phone (guardian, "555-0100");
  caseload_store_save_guardian (fixture->store, guardian, &error);
  g_assert_no_error (error);
  g_assert_cmpint (caseload_store_count_audit (fixture->store, student, NULL), ==, before + 1);

  list = caseload_store_list_guardians (fixture->store, student, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_list_model_get_n_items (list), ==, 1);
  {
    g_autoptr(CaseloadGuardian) g = g_list_model_get_item (list, 0);

    g_assert_cmpstr (caseload_guardian_get_phone (g), ==, "555-0100");
    g_assert_cmpstr (caseload_guardian_get_language (g), ==, "es");
    g_assert_true (caseload_guardian_get_interpreter_needed (g));
  }

  caseload_store_delete_guardian (fixture->store, caseload_guardian_get_id (guardian), &error);
  g_assert_no_error (error);
  g_assert_cmpint (query_raw_int (fixture->path, "SELECT count(*) FROM guardian"), ==, 0);
  g_assert_cmpint (caseload_store_count_audit (fixture->store, student, NULL), ==, before + 2);
}

/* ---- compliance dates and deadlines ------------------------------------------------- */

static void
clear_compliance (CaseloadComplianceDates *dates)
{
  memset (dates, 0, sizeof *dates);
  g_date_clear (&dates->initial_consent_date, 1);
  g_date_clear (&dates->last_evaluation_date, 1);
  g_date_clear (&dates->eligibility_date, 1);
  g_date_clear (&dates->iep_meeting_date, 1);
  g_date_clear (&dates->iep_start_date, 1);
  g_date_clear (&dates->iep_end_date, 1);
}

static void
save_consent (CaseloadStore *store,
              gint64         student,
              const char    *iso)
{
  CaseloadComplianceDates dates;
  g_autoptr(GError) error = NULL;

  clear_compliance (&dates);
  set_date (&dates.initial_consent_date, iso);
  caseload_store_save_compliance_dates (store, student, &dates, &error);
  g_assert_no_error (error);
}

static void
test_compliance_dates (Fixture       *fixture,
                       gconstpointer  data)
{
  CaseloadComplianceDates dates;
  CaseloadComplianceDates got;
  CaseloadDeadlineFacts facts;
  g_autoptr(GError) error = NULL;
  gint64 student = add_student (fixture->store, "C-1", "Cal", "Comply");
  gint64 before;
  GDate today;

  clear_compliance (&dates);
  set_date (&dates.initial_consent_date, "2023-03-01");
  set_date (&dates.last_evaluation_date, "2023-02-01");
  g_assert_false (caseload_store_save_compliance_dates (fixture->store, student, &dates, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Evaluation date cannot be before the consent date.");
  g_clear_error (&error);

  set_date (&dates.last_evaluation_date, "2023-04-01");
  set_date (&dates.eligibility_date, "2023-03-15");
  g_assert_false (caseload_store_save_compliance_dates (fixture->store, student, &dates, &error));
  g_assert_cmpstr (error->message, ==, "Eligibility date cannot be before the evaluation date.");
  g_clear_error (&error);

  caseload_date_set_today (&today);
  g_date_add_days (&today, 1);
  set_date (&dates.eligibility_date, "2023-04-10");
  dates.initial_consent_date = today;
  g_assert_false (caseload_store_save_compliance_dates (fixture->store, student, &dates, &error));
  g_assert_cmpstr (error->message, ==, "Consent date cannot be in the future.");
  g_clear_error (&error);
  g_assert_cmpint (query_raw_int (fixture->path, "SELECT count(*) FROM evaluation"), ==, 0);

  /* Consent only: the initial-evaluation clock runs. */
  before = caseload_store_count_audit (fixture->store, student, NULL);
  clear_compliance (&dates);
  set_date (&dates.initial_consent_date, "2023-03-01");
  caseload_store_save_compliance_dates (fixture->store, student, &dates, &error);
  g_assert_no_error (error);
  g_assert_cmpint (caseload_store_count_audit (fixture->store, student, NULL), >, before);
  caseload_store_get_deadline_facts (fixture->store, student, &facts, &error);
  g_assert_no_error (error);
  g_assert_true (g_date_valid (&facts.initial_consent_date));
  g_assert_cmpint (g_date_get_day (&facts.initial_consent_date), ==, 1);
  g_assert_false (g_date_valid (&facts.last_evaluation_date));

  /* Then the evaluation and eligibility, and a waiver. */
  set_date (&dates.last_evaluation_date, "2023-04-01");
  set_date (&dates.eligibility_date, "2023-04-10");
  dates.reevaluation_waived = TRUE;
  caseload_store_save_compliance_dates (fixture->store, student, &dates, &error);
  g_assert_no_error (error);
  g_assert_cmpint (query_raw_int (fixture->path, "SELECT count(*) FROM evaluation"), ==, 1);
  g_assert_cmpint (query_raw_int (fixture->path, "SELECT count(*) FROM consent"), ==, 1);

  clear_compliance (&got);
  caseload_store_get_compliance_dates (fixture->store, student, &got, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_date_compare (&got.initial_consent_date, &dates.initial_consent_date), ==, 0);
  g_assert_cmpint (g_date_compare (&got.last_evaluation_date, &dates.last_evaluation_date), ==, 0);
  g_assert_cmpint (g_date_compare (&got.eligibility_date, &dates.eligibility_date), ==, 0);
  g_assert_true (got.reevaluation_waived);
  g_assert_false (g_date_valid (&got.iep_start_date));

  caseload_store_get_deadline_facts (fixture->store, student, &facts, &error);
  g_assert_no_error (error);
  g_assert_false (g_date_valid (&facts.initial_consent_date));
  g_assert_true (g_date_valid (&facts.eligibility_date));
  g_assert_true (facts.reevaluation_waived);
  g_assert_false (facts.has_iep);

  g_assert_false (caseload_store_get_compliance_dates (fixture->store, 777, &got, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND);
}

static void
test_deadlines_order (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GListModel) soon = NULL;
  g_autoptr(GListModel) one = NULL;
  g_autoptr(GListModel) students = NULL;
  g_autoptr(GError) error = NULL;
  gint64 late = add_student (fixture->store, "DL-1", "Lia", "Late");
  gint64 later = add_student (fixture->store, "DL-2", "Leo", "Later");
  gint64 soonest = add_student (fixture->store, "DL-3", "Sia", "Soon");
  gint64 archived = add_student (fixture->store, "DL-4", "Arlo", "Archived");
  gint64 none = add_student (fixture->store, "DL-5", "Nia", "None");
  GDate as_of;

  /* Initial evaluation due consent + 60 days; as of 2024-03-01:
   * Late 2023-12-01 → 2024-01-30 (−31), Soon 2024-01-15 → 2024-03-15 (14),
   * Later 2024-02-01 → 2024-04-01 (31). */
  save_consent (fixture->store, late, "2023-12-01");
  save_consent (fixture->store, later, "2024-02-01");
  save_consent (fixture->store, soonest, "2024-01-15");
  save_consent (fixture->store, archived, "2023-11-01");
  caseload_store_archive_student (fixture->store, archived, &error);
  g_assert_no_error (error);

  set_date (&as_of, "2024-03-01");
  all = caseload_store_list_deadlines (fixture->store, 0, &as_of, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_list_model_get_n_items (all), ==, 3);
  {
    g_autoptr(CaseloadDeadline) d0 = g_list_model_get_item (all, 0);
    g_autoptr(CaseloadDeadline) d1 = g_list_model_get_item (all, 1);
    g_autoptr(CaseloadDeadline) d2 = g_list_model_get_item (all, 2);

    g_assert_cmpint (caseload_deadline_get_student_id (d0), ==, late);
    g_assert_cmpint (caseload_deadline_get_kind (d0), ==, CASELOAD_DEADLINE_INITIAL_EVALUATION);
    g_assert_cmpstr (caseload_deadline_get_due_date (d0), ==, "2024-01-30");
    g_assert_cmpint (caseload_deadline_get_days_left (d0), ==, -31);
    g_assert_cmpint (caseload_deadline_get_status (d0), ==, CASELOAD_DEADLINE_STATUS_OVERDUE);
    g_assert_cmpstr (caseload_deadline_get_student_number (d0), ==, "DL-1");
    g_assert_cmpint (caseload_deadline_get_student_id (d1), ==, soonest);
    g_assert_cmpint (caseload_deadline_get_days_left (d1), ==, 14);
    g_assert_cmpint (caseload_deadline_get_status (d1), ==, CASELOAD_DEADLINE_STATUS_DUE_SOON);
    g_assert_cmpint (caseload_deadline_get_student_id (d2), ==, later);
    g_assert_cmpint (caseload_deadline_get_days_left (d2), ==, 31);
    g_assert_cmpint (caseload_deadline_get_status (d2), ==, CASELOAD_DEADLINE_STATUS_LATER);
  }

  /* Within 20 days: the overdue one always, the later one not. */
  soon = caseload_store_list_deadlines (fixture->store, 0, &as_of, 20, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_list_model_get_n_items (soon), ==, 2);

  one = caseload_store_list_deadlines (fixture->store, later, &as_of, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_list_model_get_n_items (one), ==, 1);

  /* The students list carries the same next deadline. */
  students = caseload_store_list_students (fixture->store, CASELOAD_STUDENT_LIST_ACTIVE, &as_of, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_list_model_get_n_items (students), ==, 4);
  for (guint i = 0; i < g_list_model_get_n_items (students); i++)
    {
      g_autoptr(CaseloadStudent) s = g_list_model_get_item (students, i);
      gint64 id = caseload_student_get_id (s);

      if (id == late)
        {
          g_assert_cmpstr (caseload_student_get_next_deadline_kind (s), ==, "initial-evaluation");
          g_assert_cmpstr (caseload_student_get_next_deadline_date (s), ==, "2024-01-30");
          g_assert_cmpint (caseload_student_get_next_deadline_days (s), ==, -31);
          g_assert_cmpint (caseload_student_get_next_deadline_status (s), ==, CASELOAD_DEADLINE_STATUS_OVERDUE);
        }
      else if (id == soonest)
        {
          g_assert_cmpstr (caseload_student_get_next_deadline_date (s), ==, "2024-03-15");
          g_assert_cmpint (caseload_student_get_next_deadline_status (s), ==, CASELOAD_DEADLINE_STATUS_DUE_SOON);
        }
      else if (id == none)
        g_assert_cmpstr (caseload_student_get_next_deadline_kind (s), ==, "");
    }
}

/* A finalized IEP (written straight into the file: IEPs have no store API
 * yet) drives the annual review, the reevaluation and the year start. */
static void
test_deadlines_iep (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(CaseloadSchool) school = caseload_school_new ();
  g_autoptr(CaseloadStudent) student = make_student ("IEP-1", "Ivy", "Plan");
  g_autoptr(GListModel) students = NULL;
  g_autoptr(GListModel) deadlines = NULL;
  g_autoptr(CaseloadStudent) s = NULL;
  g_autoptr(GError) error = NULL;
  CaseloadDeadlineFacts facts;
  sqlite3 *db;
  sqlite3_stmt *stmt = NULL;
  GDate as_of;
  gint64 id;

  caseload_school_set_name (school, "Hill Middle");
  caseload_store_save_school (fixture->store, school, &error);
  g_assert_no_error (error);
  caseload_student_set_school_id (student, caseload_school_get_id (school));
  caseload_store_save_student (fixture->store, student, &error);
  g_assert_no_error (error);
  id = caseload_student_get_id (student);

  db = open_raw (fixture->path);
  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "INSERT INTO iep (student_id, kind, status, meeting_date, start_date, "
                                       "end_date, transition_education, created_at, updated_at) VALUES "
                                       "(?1, 'annual', 'superseded', '2022-03-10', '2022-03-11', '2023-03-09', '', 'x', 'x'), "
                                       "(?1, 'annual', 'finalized', '2023-03-10', '2023-03-11', '2024-03-09', 'College', 'x', 'x'), "
                                       "(?1, 'annual', 'draft', '2024-03-05', '2024-03-06', '2025-03-04', '', 'x', 'x')",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "INSERT INTO evaluation (student_id, kind, evaluation_date) VALUES "
                                       "(?1, 'initial', '2020-01-10'), (?1, 'reevaluation', '2022-12-01')",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "INSERT INTO school_year (school_id, name, start_date, end_date) VALUES "
                                       "(?1, 'a', '2023-08-21', '2024-05-31'), (?1, 'b', '2024-08-19', '2025-05-30'), "
                                       "(?1, 'c', '2025-08-18', '2026-05-29')",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, caseload_school_get_id (school));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  caseload_store_get_deadline_facts (fixture->store, id, &facts, &error);
  g_assert_no_error (error);
  g_assert_true (facts.has_iep);
  g_assert_cmpint (g_date_get_year (&facts.iep_meeting_date), ==, 2023);
  g_assert_true (facts.iep_has_transition_plan);
  g_assert_false (facts.iep_has_rights_transfer);
  g_assert_cmpint (g_date_get_year (&facts.last_evaluation_date), ==, 2022);
  g_assert_false (g_date_valid (&facts.eligibility_date));
  g_assert_false (g_date_valid (&facts.initial_consent_date));

  set_date (&as_of, "2024-03-01");
  students = caseload_store_list_students (fixture->store, CASELOAD_STUDENT_LIST_ACTIVE, &as_of, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_list_model_get_n_items (students), ==, 1);
  s = g_list_model_get_item (students, 0);
  g_assert_cmpstr (caseload_student_get_school_name (s), ==, "Hill Middle");
  g_assert_cmpstr (caseload_student_get_next_deadline_kind (s), ==, "annual-review");
  g_assert_cmpstr (caseload_student_get_next_deadline_date (s), ==, "2024-03-10");
  g_assert_cmpint (caseload_student_get_next_deadline_days (s), ==, 9);
  g_assert_cmpint (caseload_student_get_next_deadline_status (s), ==, CASELOAD_DEADLINE_STATUS_DUE_SOON);

  deadlines = caseload_store_list_deadlines (fixture->store, id, &as_of, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_list_model_get_n_items (deadlines), >=, 2);
  {
    gboolean seen_reevaluation = FALSE;
    int previous = G_MININT;

    for (guint i = 0; i < g_list_model_get_n_items (deadlines); i++)
      {
        g_autoptr(CaseloadDeadline) d = g_list_model_get_item (deadlines, i);

        g_assert_cmpint (caseload_deadline_get_days_left (d), >=, previous);
        previous = caseload_deadline_get_days_left (d);
        if (caseload_deadline_get_kind (d) == CASELOAD_DEADLINE_REEVALUATION)
          {
            seen_reevaluation = TRUE;
            g_assert_cmpstr (caseload_deadline_get_due_date (d), ==, "2025-12-01");
          }
      }
    g_assert_true (seen_reevaluation);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/open/create", test_open_create);
  g_test_add_func ("/store/open/reopen", test_open_reopen);
  g_test_add_func ("/store/open/refuse-text-file", test_refuse_text_file);
  g_test_add_func ("/store/open/refuse-foreign-sqlite", test_refuse_foreign_sqlite);
  g_test_add_func ("/store/open/refuse-newer", test_refuse_newer);
  g_test_add_func ("/store/migrate/empty-file", test_migrate_empty_file);
  g_test_add_func ("/store/migrate/v1-fixture", test_migrate_v1_fixture);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/store/student/unique-id", test_student_unique_id);
  ADD ("/store/student/validation", test_student_validation);
  ADD ("/store/student/disabilities", test_student_save_and_disabilities);
  ADD ("/store/student/rollback", test_student_rollback);
  ADD ("/store/student/archive-restore", test_student_archive_restore);
  ADD ("/store/audit/values", test_audit_values);
  ADD ("/store/staff/validation", test_staff_validation);
  ADD ("/store/team/case-manager", test_team_case_manager);
  ADD ("/store/guardian/crud", test_guardians);
  ADD ("/store/compliance/dates", test_compliance_dates);
  ADD ("/store/deadlines/order", test_deadlines_order);
  ADD ("/store/deadlines/iep", test_deadlines_iep);

#undef ADD

  return g_test_run ();
}
