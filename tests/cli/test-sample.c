#define G_LOG_DOMAIN "caseload-test-sample"

#include "config.h"

#include "caseload-date.h"
#include "caseload-model.h"
#include "caseload-sample.h"
#include "caseload-store.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#define N_STUDENTS 200

typedef struct
{
  char *dir;
  char *path_a;
  char *path_b;
  char *path_c;
  GDate as_of;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("caseload-sample-XXXXXX", &error);
  g_assert_no_error (error);
  f->path_a = g_build_filename (f->dir, "a.db", NULL);
  f->path_b = g_build_filename (f->dir, "b.db", NULL);
  f->path_c = g_build_filename (f->dir, "c.db", NULL);
  g_date_clear (&f->as_of, 1);
  g_date_set_dmy (&f->as_of, 2, G_DATE_MARCH, 2026);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);

      g_remove (path);
    }
  g_rmdir (f->dir);
  g_free (f->path_a);
  g_free (f->path_b);
  g_free (f->path_c);
  g_free (f->dir);
}

static void
generate (const char  *path,
          guint32      seed,
          const GDate *as_of,
          guint        n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadStore) store = caseload_store_open (path, CASELOAD_STORE_OPEN_CREATE, &error);
  CaseloadSampleOptions options = { 0 };

  g_assert_no_error (error);
  g_assert_nonnull (store);
  options.n_students = n;
  options.seed = seed;
  options.as_of = *as_of;
  g_assert_true (caseload_sample_generate (store, &options, NULL, NULL, &error));
  g_assert_no_error (error);
}

/* Every row of every table as text, table by table, rowid order. */
static char *
dump_database (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *tables = NULL;
  GString *out = g_string_new (NULL);

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       /* Ordinary tables only: the full-text indexes
                                        * (virtual tables and their shadow tables) are
                                        * derived from the tables they index. The
                                        * database's own identity (database_info) is
                                        * random by design, so that no two databases
                                        * can be mistaken for each other on import;
                                        * it is not content. */
                                       "SELECT name FROM pragma_table_list "
                                       "WHERE schema = 'main' AND type = 'table' "
                                       "AND name NOT LIKE 'sqlite_%' "
                                       "AND name <> 'database_info' ORDER BY name",
                                       -1, &tables, NULL), ==, SQLITE_OK);
  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (tables, 0);
      /* Table names come from the schema itself, quoted as identifiers. */
      char *sql = sqlite3_mprintf ("SELECT * FROM \"%w\" ORDER BY rowid", table);
      sqlite3_stmt *rows = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &rows, NULL), ==, SQLITE_OK);
      g_string_append_printf (out, "== %s\n", table);
      while (sqlite3_step (rows) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (rows); c++)
            {
              if (sqlite3_column_type (rows, c) == SQLITE_NULL)
                g_string_append (out, "<null>");
              else
                g_string_append (out, (const char *) sqlite3_column_text (rows, c));
              g_string_append_c (out, '|');
            }
          g_string_append_c (out, '\n');
        }
      sqlite3_finalize (rows);
      sqlite3_free (sql);
    }
  sqlite3_finalize (tables);
  sqlite3_close (db);
  return g_string_free (out, FALSE);
}

static gint64
query_int (const char *path,
           const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static void
test_deterministic (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;

  generate (f->path_a, 42, &f->as_of, N_STUDENTS);
  generate (f->path_b, 42, &f->as_of, N_STUDENTS);
  generate (f->path_c, 43, &f->as_of, N_STUDENTS);

  a = dump_database (f->path_a);
  b = dump_database (f->path_b);
  c = dump_database (f->path_c);
  g_assert_cmpuint (strlen (a), >, 100000);
  /* Identical, row for row, for the same seed and as-of date... */
  g_assert_cmpstr (a, ==, b);
  /* ...and different for another seed. */
  g_assert_cmpstr (a, !=, c);
}

static void
test_contents (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadStore) store = NULL;
  g_autoptr(GListModel) deadlines = NULL;
  g_autoptr(GListModel) students = NULL;
  guint overdue = 0, overdue_reviews = 0;
  gboolean seen[CASELOAD_N_DEADLINE_KINDS] = { FALSE };
  gint64 n_one_cm;

  generate (f->path_a, 7, &f->as_of, N_STUDENTS);

  g_assert_cmpint (query_int (f->path_a,
                              "SELECT count(*) FROM student WHERE status IN ('active', 'referred')"),
                   ==, N_STUDENTS);
  g_assert_cmpint (query_int (f->path_a, "SELECT count(*) FROM student WHERE status = 'referred'"), >, 0);
  g_assert_cmpint (query_int (f->path_a, "SELECT count(*) FROM student WHERE status IN ('archived', 'exited')"), >, 0);
  /* Every student has a guardian, exactly one holding the rights. */
  g_assert_cmpint (query_int (f->path_a,
                              "SELECT count(*) FROM student WHERE id NOT IN (SELECT student_id FROM guardian)"),
                   ==, 0);
  g_assert_cmpint (query_int (f->path_a,
                              "SELECT count(*) FROM student s WHERE (SELECT count(*) FROM guardian g "
                              "WHERE g.student_id = s.id AND g.rights_holder = 1) != 1"),
                   ==, 0);
  /* Most active students have exactly one case manager, a few none. */
  n_one_cm = query_int (f->path_a,
                        "SELECT count(*) FROM student s WHERE s.status IN ('active', 'referred') AND "
                        "(SELECT count(*) FROM team_assignment t WHERE t.student_id = s.id "
                        "AND t.is_case_manager = 1) = 1");
  g_assert_cmpint (n_one_cm, >=, N_STUDENTS * 95 / 100);
  g_assert_cmpint (n_one_cm, <=, N_STUDENTS);
  /* Every student with an IEP has 2-6 goals, and the goals have data. */
  g_assert_cmpint (query_int (f->path_a,
                              "SELECT count(*) FROM iep i WHERE i.status = 'finalized' AND i.id IN "
                              "(SELECT iep_id FROM goal) AND ((SELECT count(*) FROM goal g "
                              "WHERE g.iep_id = i.id) NOT BETWEEN 2 AND 6)"),
                   ==, 0);
  g_assert_cmpint (query_int (f->path_a, "SELECT count(*) FROM data_point"), >, N_STUDENTS * 20);
  g_assert_cmpint (query_int (f->path_a, "SELECT count(DISTINCT role) FROM staff"),
                   ==, query_int (f->path_a, "SELECT count(*) FROM staff_role"));
  g_assert_cmpint (query_int (f->path_a, "SELECT count(*) FROM school"), >=, 4);
  g_assert_cmpint (query_int (f->path_a, "SELECT count(*) FROM school"), <=, 6);
  g_assert_cmpint (query_int (f->path_a, "SELECT count(*) FROM student WHERE home_language = 'es'"),
                   >, N_STUDENTS / 10);
  /* Meetings after the as-of date, with unique deterministic uids. */
  g_assert_cmpint (query_int (f->path_a,
                              "SELECT count(*) FROM meeting WHERE status = 'scheduled' "
                              "AND starts_at > '2026-03-03'"),
                   >, 0);
  g_assert_cmpint (query_int (f->path_a, "SELECT count(*) FROM meeting WHERE uid NOT LIKE 'meeting-%@caseload.sample'"),
                   ==, 0);
  /* Nothing written from the wall clock: every instant is before or
   * shortly after as_of. */
  g_assert_cmpint (query_int (f->path_a, "SELECT count(*) FROM student WHERE created_at > '2026-03-03'"), ==, 0);
  g_assert_cmpint (query_int (f->path_a, "SELECT count(*) FROM data_point WHERE point_date > '2026-03-02'"), ==, 0);
  g_assert_cmpint (query_int (f->path_a, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
  /* The IEP step: every finalized IEP sealed with its content hash; a few
   * next-year drafts, one of them with an unmeasurable first goal; every
   * held IEP meeting has someone to interpret the evaluation results. */
  g_assert_cmpint (query_int (f->path_a,
                              "SELECT count(*) FROM iep WHERE status IN ('finalized', 'superseded') "
                              "AND content_hash IS NULL"),
                   ==, 0);
  g_assert_cmpint (query_int (f->path_a, "SELECT count(*) FROM iep WHERE status = 'draft'"), >=, 3);
  g_assert_cmpint (query_int (f->path_a, "SELECT count(*) FROM iep WHERE status = 'draft'"),
                   <=, N_STUDENTS / 20);
  g_assert_cmpint (query_int (f->path_a,
                              "SELECT count(*) FROM goal g JOIN iep i ON i.id = g.iep_id "
                              "WHERE i.status = 'draft' AND g.baseline_value IS NULL AND g.method = ''"),
                   >=, 1);
  g_assert_cmpint (query_int (f->path_a,
                              "SELECT count(*) FROM goal g JOIN iep i ON i.id = g.iep_id "
                              "WHERE i.status = 'draft' AND (g.target_date IS NULL OR g.target_date = '')"),
                   ==, 0);
  g_assert_cmpint (query_int (f->path_a,
                              "SELECT count(*) FROM meeting m WHERE m.status = 'held' "
                              "AND m.kind IN ('initial-iep', 'annual-review') AND NOT EXISTS "
                              "(SELECT 1 FROM meeting_attendee a WHERE a.meeting_id = m.id "
                              "AND a.role = 'evaluation-interpreter' AND a.attended = 1)"),
                   ==, 0);
  /* A consistent history: no annual IEP met later than a year after the
   * IEP it follows. */
  g_assert_cmpint (query_int (f->path_a,
                              "SELECT count(*) FROM iep i JOIN iep p ON p.id = i.previous_iep_id "
                              "WHERE i.kind = 'annual' AND i.meeting_date > date(p.meeting_date, '+12 months')"),
                   ==, 0);

  /* Some deadlines are overdue on the as-of date. */
  store = caseload_store_open (f->path_a, CASELOAD_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  deadlines = caseload_store_list_deadlines (store, 0, &f->as_of, -1, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (deadlines); i++)
    {
      g_autoptr(CaseloadDeadline) deadline = g_list_model_get_item (deadlines, i);
      CaseloadDeadlineKind kind = caseload_deadline_get_kind (deadline);

      seen[kind] = TRUE;
      if (caseload_deadline_get_days_left (deadline) < 0)
        {
          overdue++;
          if (kind == CASELOAD_DEADLINE_ANNUAL_REVIEW)
            overdue_reviews++;
        }
    }
  g_assert_cmpuint (overdue, >, 0);
  g_assert_cmpuint (overdue_reviews, >, 0);
  g_assert_true (seen[CASELOAD_DEADLINE_ANNUAL_REVIEW]);
  g_assert_true (seen[CASELOAD_DEADLINE_REEVALUATION]);
  g_assert_true (seen[CASELOAD_DEADLINE_INITIAL_EVALUATION]);
  g_assert_true (seen[CASELOAD_DEADLINE_FIRST_IEP]);

  students = caseload_store_list_students (store, CASELOAD_STUDENT_LIST_ACTIVE, &f->as_of, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (students), ==, N_STUDENTS);
}

static void
on_progress (double   fraction,
             gpointer data)
{
  double *last = data;

  g_assert_cmpfloat (fraction, >=, *last);
  g_assert_cmpfloat (fraction, <=, 1.0);
  *last = fraction;
}

static void
test_refuses_filled (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadStore) store = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  CaseloadSampleOptions options = { 0 };
  double last = 0.0;

  generate (f->path_a, 1, &f->as_of, 30);
  before = dump_database (f->path_a);

  store = caseload_store_open (f->path_a, CASELOAD_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  options.n_students = 30;
  options.seed = 2;
  options.as_of = f->as_of;
  g_assert_false (caseload_sample_generate (store, &options, on_progress, &last, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_EXISTS);
  g_clear_object (&store);

  after = dump_database (f->path_a);
  g_assert_cmpstr (before, ==, after);
}

static void
test_progress (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadStore) store = caseload_store_open (f->path_a, CASELOAD_STORE_OPEN_CREATE, &error);
  CaseloadSampleOptions options = { 0 };
  double last = 0.0;

  g_assert_no_error (error);
  options.n_students = 120;
  options.seed = 5;
  options.as_of = f->as_of;
  g_assert_true (caseload_sample_generate (store, &options, on_progress, &last, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (last, ==, 1.0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/sample/deterministic", Fixture, NULL, fixture_set_up, test_deterministic, fixture_tear_down);
  g_test_add ("/sample/contents", Fixture, NULL, fixture_set_up, test_contents, fixture_tear_down);
  g_test_add ("/sample/refuses-filled", Fixture, NULL, fixture_set_up, test_refuses_filled, fixture_tear_down);
  g_test_add ("/sample/progress", Fixture, NULL, fixture_set_up, test_progress, fixture_tear_down);

  return g_test_run ();
}
