/* test-backup.c: backup names and rotation (pure, hand-made file lists),
 * backups with the online API, the backup of the day, restore (with the
 * store still open), refusing damaged, foreign and newer files, the quick
 * check, and the network-file-system refusal. */
#include "config.h"

#include "caseload-backup.h"
#include "caseload-store.h"

#include <string.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

/* ---- helpers -------------------------------------------------------------- */

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

static gint64
add_student (CaseloadStore *store,
             const char    *number)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadStudent) student = caseload_student_new ();

  caseload_student_set_student_number (student, number);
  caseload_student_set_first_name (student, "Ana");
  caseload_student_set_last_name (student, "Ruiz");
  caseload_student_set_birth_date (student, "2015-03-10");
  caseload_student_set_grade (student, "5");
  caseload_student_set_status (student, "active");
  caseload_student_set_home_language (student, "en");
  caseload_store_save_student (store, student, &error);
  g_assert_no_error (error);
  return caseload_student_get_id (student);
}

static guint
count_students (CaseloadStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) students = caseload_store_list_students (store, CASELOAD_STUDENT_LIST_ALL,
                                                                 NULL, &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (students);
}

static guint
count_students_at (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadStore) store = caseload_store_open (path, CASELOAD_STORE_OPEN_DEFAULT, &error);

  g_assert_no_error (error);
  return count_students (store);
}

static gboolean
strv_has (char       **strv,
          const char  *name)
{
  return g_strv_contains ((const char * const *) strv, name);
}

typedef struct
{
  char          *dir;
  char          *path;
  char          *backups;
  CaseloadStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("caseload-backup-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "caseload.db", NULL);
  f->backups = g_build_filename (f->dir, "backups", NULL);
  f->store = caseload_store_open (f->path, CASELOAD_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  add_student (f->store, "S1");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
  g_free (f->backups);
}

/* ---- names and rotation --------------------------------------------------- */

static void
test_file_names (void)
{
  g_autoptr(GDateTime) when = g_date_time_new_local (2026, 11, 27, 15, 30, 5);
  g_autofree char *daily = caseload_backup_file_name (when, NULL);
  g_autofree char *timed = caseload_backup_file_name (when, "before-import");
  GDate date;

  g_assert_cmpstr (daily, ==, "caseload-2026-11-27.db");
  g_assert_cmpstr (timed, ==, "caseload-2026-11-27T153005-before-import.db");

  g_date_clear (&date, 1);
  g_assert_true (caseload_backup_parse_file_name (timed, &date));
  g_assert_cmpint (g_date_get_year (&date), ==, 2026);
  g_assert_cmpint (g_date_get_month (&date), ==, 11);
  g_assert_cmpint (g_date_get_day (&date), ==, 27);
  g_assert_true (caseload_backup_parse_file_name (daily, NULL));

  g_assert_false (caseload_backup_parse_file_name ("caseload.db", NULL));
  g_assert_false (caseload_backup_parse_file_name ("caseload-2026-13-01.db", NULL));
  g_assert_false (caseload_backup_parse_file_name ("caseload-2026-02-30.db", NULL));
  g_assert_false (caseload_backup_parse_file_name ("caseload-2026-11-27.db.partial", NULL));
  g_assert_false (caseload_backup_parse_file_name ("caseload-2026-11-27x.db", NULL));
  g_assert_false (caseload_backup_parse_file_name ("notes-2026-11-27.db", NULL));
}

static void
test_rotation_month (void)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) doomed = NULL;

  /* One backup a day for October 2026, plus files that are not backups. */
  for (guint day = 1; day <= 30; day++)
    g_ptr_array_add (names, g_strdup_printf ("caseload-2026-10-%02u.db", day));
  g_ptr_array_add (names, g_strdup ("caseload-2026-13-01.db"));
  g_ptr_array_add (names, g_strdup ("notes.txt"));
  g_ptr_array_add (names, g_strdup ("caseload.db"));
  g_ptr_array_add (names, NULL);

  doomed = caseload_backup_plan_rotation ((const char * const *) names->pdata, 7, 4);

  /* Kept: Oct 24-30 (7 days); weeks (ISO): 44 (Oct 26-) newest Oct 30,
   * 43 Oct 25, 42 Oct 18, 41 Oct 11. Deleted: 1-10, 12-17, 19-23. */
  g_assert_cmpuint (g_strv_length (doomed), ==, 10 + 6 + 5);
  for (guint day = 1; day <= 30; day++)
    {
      g_autofree char *name = g_strdup_printf ("caseload-2026-10-%02u.db", day);
      gboolean kept = day >= 24 || day == 18 || day == 11;

      g_assert_cmpint (strv_has (doomed, name), ==, !kept);
    }
  g_assert_false (strv_has (doomed, "notes.txt"));
  g_assert_false (strv_has (doomed, "caseload-2026-13-01.db"));
  g_assert_false (strv_has (doomed, "caseload.db"));
}

static void
test_rotation_same_day_and_year_end (void)
{
  const char *same_day[] = {
    "caseload-2026-10-18.db",
    "caseload-2026-10-18T101500-before-import.db",
    "caseload-2026-10-11.db",
    "caseload-2026-10-04.db",
    NULL
  };
  const char *year_end[] = {
    "caseload-2026-12-28.db",   /* Monday of ISO week 53 of 2026 */
    "caseload-2027-01-01.db",   /* Friday, still ISO week 53 of 2026 */
    "caseload-2027-01-04.db",   /* Monday of ISO week 1 of 2027 */
    NULL
  };
  g_auto(GStrv) doomed = NULL;
  g_auto(GStrv) doomed_year = NULL;
  g_auto(GStrv) none = NULL;

  /* No daily keeping, 2 weeks: the newest of week 42 is the timed backup
   * of the 18th; the backup of the day of the 18th goes, and so does the
   * 4th (third week). */
  doomed = caseload_backup_plan_rotation (same_day, 0, 2);
  g_assert_cmpuint (g_strv_length (doomed), ==, 2);
  g_assert_true (strv_has (doomed, "caseload-2026-10-18.db"));
  g_assert_true (strv_has (doomed, "caseload-2026-10-04.db"));

  /* With one daily, both backups of the 18th stay. */
  g_clear_pointer (&doomed, g_strfreev);
  doomed = caseload_backup_plan_rotation (same_day, 1, 0);
  g_assert_cmpuint (g_strv_length (doomed), ==, 2);
  g_assert_true (strv_has (doomed, "caseload-2026-10-11.db"));
  g_assert_true (strv_has (doomed, "caseload-2026-10-04.db"));

  doomed_year = caseload_backup_plan_rotation (year_end, 0, 2);
  g_assert_cmpuint (g_strv_length (doomed_year), ==, 1);
  g_assert_cmpstr (doomed_year[0], ==, "caseload-2026-12-28.db");

  none = caseload_backup_plan_rotation (NULL, 7, 4);
  g_assert_cmpuint (g_strv_length (none), ==, 0);
}

static void
test_rotate_dir (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *made = NULL;
  guint n = 0;
  g_autoptr(GDir) dir = NULL;

  g_assert_cmpint (g_mkdir_with_parents (f->backups, 0700), ==, 0);
  for (guint day = 1; day <= 20; day++)
    {
      g_autofree char *name = g_strdup_printf ("caseload-2020-03-%02u.db", day);
      g_autofree char *path = g_build_filename (f->backups, name, NULL);

      g_file_set_contents (path, "x", 1, &error);
      g_assert_no_error (error);
    }

  /* A real backup now triggers rotation of the folder. */
  made = caseload_backup_now (f->path, f->backups, "manual", &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (made, G_FILE_TEST_IS_REGULAR));

  dir = g_dir_open (f->backups, 0, &error);
  g_assert_no_error (error);
  while (g_dir_read_name (dir) != NULL)
    n++;
  /* Today's backup, March 14-20 minus what weeks add: the 7 most recent
   * days are today and March 15-20; weeks: this week, March 16-20 (week
   * 12), March 9-15 (week 11, its newest the 15th, already kept) and
   * March 2-8 (week 10: the 8th). */
  g_assert_cmpuint (n, ==, 1 + 6 + 1);
}

/* ---- backups and restore -------------------------------------------------- */

static void
test_backup_and_restore (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *safety = NULL;
  int version = 0;

  backup = caseload_backup_now (f->path, f->backups, "manual", &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (backup, f->backups));
  g_assert_true (g_str_has_suffix (backup, "-manual.db"));
  caseload_backup_check_file (backup, &version, &error);
  g_assert_no_error (error);
  g_assert_cmpint (version, ==, CASELOAD_SCHEMA_VERSION);
  g_assert_cmpuint (count_students_at (backup), ==, 1);

  add_student (f->store, "S2");
  add_student (f->store, "S3");
  g_assert_cmpuint (count_students (f->store), ==, 3);

  /* Restore with the store still open: its connection stays valid and
   * sees the restored content. */
  caseload_backup_restore (f->path, backup, f->backups, &safety, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_students (f->store), ==, 1);
  caseload_store_quick_check (f->store, &error);
  g_assert_no_error (error);

  /* What was replaced was saved first. */
  g_assert_nonnull (safety);
  g_assert_true (strstr (safety, "before-restore") != NULL);
  g_assert_cmpuint (count_students_at (safety), ==, 3);

  /* The store still writes. */
  add_student (f->store, "S4");
  g_assert_cmpuint (count_students (f->store), ==, 2);
}

static void
test_daily (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *default_dir = caseload_backup_default_dir ();
  g_autofree char *in_default = NULL;
  gboolean created = FALSE;
  struct stat st;

  first = caseload_backup_daily (f->path, f->backups, &created, &error);
  g_assert_no_error (error);
  g_assert_true (created);
  g_assert_cmpint (g_stat (first, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  second = caseload_backup_daily (f->path, f->backups, &created, &error);
  g_assert_no_error (error);
  g_assert_false (created);
  g_assert_cmpstr (first, ==, second);

  /* The default folder is under XDG_DATA_HOME (isolated by the test). */
  g_assert_true (g_str_has_prefix (default_dir, g_get_user_data_dir ()));
  in_default = caseload_backup_daily (f->path, NULL, &created, &error);
  g_assert_no_error (error);
  g_assert_true (created);
  g_assert_true (g_str_has_prefix (in_default, default_dir));
}

static void
test_before_migration (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = caseload_backup_before_migration (f->path, f->backups, 1, &error);

  g_assert_no_error (error);
  g_assert_true (strstr (path, "before-migration-from-1") != NULL);
  g_assert_cmpuint (count_students_at (path), ==, 1);
}

static char *
copy_backup (Fixture    *f,
             const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = caseload_backup_now (f->path, f->backups, "manual", &error);
  char *copy = g_build_filename (f->dir, name, NULL);
  g_autofree char *contents = NULL;
  gsize len;

  g_assert_no_error (error);
  g_file_get_contents (backup, &contents, &len, &error);
  g_assert_no_error (error);
  g_file_set_contents (copy, contents, (gssize) len, &error);
  g_assert_no_error (error);
  return copy;
}

static void
test_restore_refuses (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *damaged = copy_backup (f, "damaged.db");
  g_autofree char *newer = copy_backup (f, "newer.db");
  g_autofree char *foreign = g_build_filename (f->dir, "foreign.db", NULL);
  g_autofree char *text = g_build_filename (f->dir, "notes.txt", NULL);
  g_autofree char *safety = NULL;
  g_autofree char *contents = NULL;
  sqlite3 *db = NULL;
  gsize len;

  add_student (f->store, "S2");

  /* Truncated to half: damaged. */
  g_file_get_contents (damaged, &contents, &len, &error);
  g_assert_no_error (error);
  g_file_set_contents (damaged, contents, (gssize) len / 2, &error);
  g_assert_no_error (error);
  caseload_backup_restore (f->path, damaged, f->backups, &safety, &error);
  g_assert_nonnull (error);
  g_assert_true (strstr (error->message, "damaged") != NULL);
  g_assert_null (safety);
  g_clear_error (&error);

  /* Made by a newer Caseload. */
  g_assert_cmpint (sqlite3_open (newer, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 99", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  caseload_backup_restore (f->path, newer, f->backups, NULL, &error);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_TOO_NEW);
  g_assert_true (strstr (error->message, "newer") != NULL);
  g_clear_error (&error);

  /* Another program's SQLite database. */
  g_assert_cmpint (sqlite3_open (foreign, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE t (x); INSERT INTO t VALUES (1)", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  caseload_backup_restore (f->path, foreign, f->backups, NULL, &error);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_A_DATABASE);
  g_assert_true (strstr (error->message, "not a Caseload database") != NULL);
  g_clear_error (&error);

  /* Not a database at all. */
  g_file_set_contents (text, "hello, this is not a database\n", -1, &error);
  g_assert_no_error (error);
  caseload_backup_restore (f->path, text, f->backups, NULL, &error);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_A_DATABASE);
  g_clear_error (&error);

  /* None of that touched the database. */
  g_assert_cmpuint (count_students (f->store), ==, 2);
  caseload_store_quick_check (f->store, &error);
  g_assert_no_error (error);
}

/* ---- network file systems ------------------------------------------------- */

static void
test_filesystem (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = g_build_filename (f->dir, "new", "sub", "caseload.db", NULL);
  const gint64 refused[] = {
    CASELOAD_FS_NFS_MAGIC, CASELOAD_FS_SMB_MAGIC, CASELOAD_FS_CIFS_MAGIC, CASELOAD_FS_SMB2_MAGIC,
  };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_assert_false (caseload_backup_check_filesystem_type ("/mnt/share/caseload.db", refused[i], &error));
      g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_FAILED);
      g_assert_true (strstr (error->message, "/mnt/share/caseload.db") != NULL);
      g_assert_true (strstr (error->message, i == 0 ? "NFS" : "SMB/CIFS") != NULL);
      g_assert_true (strstr (error->message, "own disk") != NULL);
      g_clear_error (&error);
    }

  /* ext4, btrfs, tmpfs */
  g_assert_true (caseload_backup_check_filesystem_type (f->path, 0xEF53, &error));
  g_assert_true (caseload_backup_check_filesystem_type (f->path, 0x9123683E, &error));
  g_assert_true (caseload_backup_check_filesystem_type (f->path, 0x01021994, &error));
  g_assert_no_error (error);

  /* The temporary folder is local; a file not created yet is judged by
   * its nearest existing folder. */
  g_assert_true (caseload_backup_check_filesystem (f->path, &error));
  g_assert_no_error (error);
  g_assert_true (caseload_backup_check_filesystem (missing, &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/backup/file-names", test_file_names);
  g_test_add_func ("/backup/rotation/month", test_rotation_month);
  g_test_add_func ("/backup/rotation/same-day-and-year-end", test_rotation_same_day_and_year_end);
  g_test_add ("/backup/rotation/folder", Fixture, NULL, fixture_set_up, test_rotate_dir, fixture_tear_down);
  g_test_add ("/backup/backup-and-restore", Fixture, NULL, fixture_set_up, test_backup_and_restore, fixture_tear_down);
  g_test_add ("/backup/daily", Fixture, NULL, fixture_set_up, test_daily, fixture_tear_down);
  g_test_add ("/backup/before-migration", Fixture, NULL, fixture_set_up, test_before_migration, fixture_tear_down);
  g_test_add ("/backup/restore-refuses", Fixture, NULL, fixture_set_up, test_restore_refuses, fixture_tear_down);
  g_test_add ("/backup/filesystem", Fixture, NULL, fixture_set_up, test_filesystem, fixture_tear_down);

  return g_test_run ();
}
