/* test-xml.c: Caseload XML. Round trip export -> import into an empty
 * database -> export (byte-identical) on a sample district; preview,
 * dry run, updates and skips; and hostile input: an external entity, a
 * billion-laughs file, truncated, empty, binary, wrongly encoded and
 * oversized files, schema violations and dangling references all give a
 * clear error and leave the database exactly as it was (compared through
 * a full export with history before and after). The database identity:
 * a file from another database is refused by a database that holds data
 * (nothing changes), an empty database adopts the file's identity, and a
 * database's own export imports into it as a no-op. A finalized IEP and
 * its contents are never changed by an import: edits are skipped with the
 * reason. */
#include "config.h"

#include "caseload-backup.h"
#include "caseload-sample.h"
#include "caseload-store.h"
#include "caseload-xml.h"

#include <string.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#define N_SAMPLE_STUDENTS 30

typedef struct
{
  char          *dir;
  char          *path;
  char          *backups;
  CaseloadStore *store;   /* the sample district */
} Fixture;

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

static CaseloadStore *
open_new (Fixture    *f,
          const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  CaseloadStore *store = caseload_store_open (path, CASELOAD_STORE_OPEN_CREATE, &error);

  g_assert_no_error (error);
  return store;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CaseloadSampleOptions options = { N_SAMPLE_STUDENTS, 7, { 0 } };

  f->dir = g_dir_make_tmp ("caseload-xml-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "caseload.db", NULL);
  f->backups = g_build_filename (f->dir, "backups", NULL);
  f->store = open_new (f, "caseload.db");

  g_date_clear (&options.as_of, 1);
  g_date_set_dmy (&options.as_of, 27, G_DATE_NOVEMBER, 2026);
  caseload_sample_generate (f->store, &options, NULL, NULL, &error);
  g_assert_no_error (error);
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

static char *
export_text (CaseloadStore          *store,
             gint64                  student_id,
             CaseloadXmlExportFlags  flags)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GBytes) bytes = NULL;

  caseload_xml_export (store, student_id, flags, out, NULL, &error);
  g_assert_no_error (error);
  g_output_stream_close (out, NULL, &error);
  g_assert_no_error (error);
  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* A content hash of the whole database, audit trail included. */
static char *
content_hash (CaseloadStore *store)
{
  g_autofree char *text = export_text (store, 0, CASELOAD_XML_EXPORT_WITH_HISTORY);

  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);
}

static gboolean
import_text (CaseloadStore                   *store,
             const char                      *text,
             gssize                           len,
             const CaseloadXmlImportOptions  *options,
             CaseloadXmlImportResult        **result,
             GError                         **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, len < 0 ? strlen (text) : (gsize) len);

  return caseload_xml_import_bytes (store, bytes, options, result, error);
}

/* Imports @text, expecting an error that contains @expected, and checks
 * that nothing changed. Returns the message. */
static char *
expect_refused (Fixture    *f,
                const char *text,
                gssize      len,
                goffset     max_size,
                const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = content_hash (f->store);
  g_autofree char *after = NULL;
  CaseloadXmlImportOptions options = { FALSE, max_size, f->backups };
  CaseloadXmlImportResult *result = NULL;

  g_assert_false (import_text (f->store, text, len, &options, &result, &error));
  g_assert_nonnull (error);
  g_assert_null (result);
  if (g_test_verbose ())
    g_printerr ("refused: %s\n", error->message);
  if (strstr (error->message, expected) == NULL)
    g_error ("“%s” does not contain “%s”", error->message, expected);

  after = content_hash (f->store);
  g_assert_cmpstr (before, ==, after);
  return g_strdup (error->message);
}

static char *
replace_once (const char *text,
              const char *from,
              const char *to)
{
  const char *at = strstr (text, from);
  g_autofree char *head = NULL;

  g_assert_nonnull (at);
  head = g_strndup (text, (gsize) (at - text));
  return g_strconcat (head, to, at + strlen (from), NULL);
}

static guint
line_of (const char *text,
         const char *needle)
{
  const char *at = strstr (text, needle);
  guint line = 1;

  g_assert_nonnull (at);
  for (const char *p = text; p < at; p++)
    if (*p == '\n')
      line++;
  return line;
}

/* ---- round trip ----------------------------------------------------------- */

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadStore) empty = open_new (f, "empty.db");
  g_autoptr(CaseloadXmlImportResult) result = NULL;
  g_autoptr(CaseloadXmlImportResult) again = NULL;
  g_autofree char *first = export_text (f->store, 0, CASELOAD_XML_EXPORT_DEFAULT);
  g_autofree char *second = NULL;
  g_autofree char *path = g_build_filename (f->dir, "export.xml", NULL);
  g_autofree char *from_file = NULL;
  g_autofree char *description = NULL;

  g_assert_true (g_str_has_prefix (first, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<caseload "));
  g_assert_nonnull (strstr (first, "xmlns=\"" CASELOAD_XML_NAMESPACE "\">\n"));
  g_assert_null (strstr (first, "<audit-entry"));
  g_assert_nonnull (strstr (first, "<data-point id="));
  g_assert_nonnull (strstr (first, "<attendee id="));

  /* Through a file, as the CLI does. */
  caseload_xml_export_file (f->store, 0, CASELOAD_XML_EXPORT_DEFAULT, path, &error);
  g_assert_no_error (error);
  g_file_get_contents (path, &from_file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (from_file, ==, first);

  caseload_xml_import_file (empty, path, NULL, &result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (result->students_added, ==, N_SAMPLE_STUDENTS);
  g_assert_cmpuint (result->students_updated, ==, 0);
  g_assert_cmpuint (result->records_skipped, ==, 0);
  g_assert_cmpuint (result->skipped->len, ==, 0);
  /* The empty database had no students or staff: no backup needed. */
  g_assert_null (result->backup_path);
  description = caseload_xml_import_result_describe (result);
  g_assert_nonnull (strstr (description, "30 students added, 0 updated, 0 unchanged, 0 skipped"));

  second = export_text (empty, 0, CASELOAD_XML_EXPORT_DEFAULT);
  g_assert_cmpuint (strlen (first), ==, strlen (second));
  g_assert_cmpstr (first, ==, second);

  /* The import was audited. */
  g_assert_cmpint (caseload_store_count_audit (empty, 1, &error), >, 0);
  g_assert_no_error (error);

  /* Importing the same file again changes nothing. */
  caseload_xml_import_file (empty, path, NULL, &again, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->students_unchanged, ==, N_SAMPLE_STUDENTS);
  g_assert_cmpuint (again->records_added, ==, 0);
  g_assert_cmpuint (again->records_updated, ==, 0);
  g_assert_nonnull (again->backup_path);
  g_assert_true (g_file_test (again->backup_path, G_FILE_TEST_IS_REGULAR));
}

static void
test_history_and_one_student (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadStore) empty = open_new (f, "empty.db");
  g_autoptr(CaseloadStore) single = open_new (f, "single.db");
  g_autoptr(CaseloadXmlImportResult) result = NULL;
  g_autoptr(CaseloadXmlImportResult) one = NULL;
  g_autofree char *history = export_text (f->store, 0, CASELOAD_XML_EXPORT_WITH_HISTORY);
  g_autofree char *student = export_text (f->store, 3, CASELOAD_XML_EXPORT_DEFAULT);
  g_autofree char *student_again = NULL;
  gint64 audit_before = caseload_store_count_audit (f->store, 3, NULL);

  g_assert_nonnull (strstr (history, "<audit-entry id=\"1\">"));
  import_text (empty, history, -1, NULL, &result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (result->students_added, ==, N_SAMPLE_STUDENTS);
  /* The file's history is kept, and the import adds to it. */
  g_assert_cmpint (caseload_store_count_audit (empty, 3, NULL), >, audit_before);

  g_assert_nonnull (strstr (student, "scope=\"student\""));
  g_assert_nonnull (strstr (student, "<student id=\"3\">"));
  g_assert_null (strstr (student, "<student id=\"4\">"));
  import_text (single, student, -1, NULL, &one, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (one->students_added, ==, 1);
  student_again = export_text (single, 3, CASELOAD_XML_EXPORT_DEFAULT);
  g_assert_cmpstr (student, ==, student_again);
}

static void
test_dry_run_update_skip (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadStore) empty = open_new (f, "empty.db");
  g_autoptr(CaseloadXmlImportResult) dry = NULL;
  g_autoptr(CaseloadXmlImportResult) result = NULL;
  g_autoptr(CaseloadStudent) student = NULL;
  g_autofree char *text = export_text (f->store, 0, CASELOAD_XML_EXPORT_DEFAULT);
  g_autofree char *empty_before = content_hash (empty);
  g_autofree char *empty_after = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *moved = NULL;
  g_autofree char *first_name = NULL;
  g_autofree char *old_name = NULL;
  g_autofree char *new_student = NULL;
  CaseloadXmlImportOptions dry_options = { TRUE, 0, f->backups };
  CaseloadXmlImportOptions options = { FALSE, 0, f->backups };
  gint64 audit_before;
  const char *start;
  const char *end;

  /* Dry run: the full preview, nothing written. */
  import_text (empty, text, -1, &dry_options, &dry, &error);
  g_assert_no_error (error);
  g_assert_true (dry->dry_run);
  g_assert_cmpuint (dry->students_added, ==, N_SAMPLE_STUDENTS);
  g_assert_cmpuint (dry->records_added, >, 1000);
  empty_after = content_hash (empty);
  g_assert_cmpstr (empty_before, ==, empty_after);

  /* Student 2 renamed in the file: one student updated, audited. */
  student = caseload_store_get_student (f->store, 2, &error);
  g_assert_no_error (error);
  first_name = g_strdup (caseload_student_get_first_name (student));
  start = strstr (text, "<student id=\"2\">");
  g_assert_nonnull (start);
  old_name = g_strdup_printf ("<first-name>%s</first-name>", first_name);
  end = strstr (start, old_name);
  g_assert_nonnull (end);
  {
    g_autofree char *head = g_strndup (text, (gsize) (end - text));

    changed = g_strconcat (head, "<first-name>Zoë &amp; Co</first-name>", end + strlen (old_name), NULL);
  }

  /* And student 1 given another id while keeping its student ID: skipped,
   * with everything inside it, with the reason. */
  moved = replace_once (changed, "<student id=\"1\">", "<student id=\"9001\">");

  audit_before = caseload_store_count_audit (f->store, 2, NULL);
  import_text (f->store, moved, -1, &options, &result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (result->students_updated, ==, 1);
  g_assert_cmpuint (result->students_unchanged, ==, N_SAMPLE_STUDENTS - 2);
  g_assert_cmpuint (result->students_skipped, ==, 1);
  g_assert_cmpuint (result->records_updated, ==, 1);
  g_assert_cmpuint (result->skipped->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (result->skipped, 0), "student 9001"));
  g_assert_nonnull (strstr (g_ptr_array_index (result->skipped, 0), "student ID"));
  g_assert_nonnull (result->backup_path);

  g_clear_object (&student);
  student = caseload_store_get_student (f->store, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (caseload_student_get_first_name (student), ==, "Zoë & Co");
  g_assert_cmpint (caseload_store_count_audit (f->store, 2, NULL), ==, audit_before + 1);
  g_assert_null (caseload_store_get_student (f->store, 9001, NULL));

  new_student = export_text (f->store, 2, CASELOAD_XML_EXPORT_DEFAULT);
  g_assert_nonnull (strstr (new_student, "<first-name>Zoë &amp; Co</first-name>"));
}

/* ---- the database identity ------------------------------------------------ */

/* The root's database-id attribute of an export. */
static char *
database_id_of (const char *text)
{
  const char *root = strstr (text, "<caseload ");
  const char *end;
  const char *at;

  g_assert_nonnull (root);
  end = strchr (root, '>');
  g_assert_nonnull (end);
  at = g_strstr_len (root, end - root, " database-id=\"");
  if (at == NULL)
    return NULL;
  at += strlen (" database-id=\"");
  return g_strndup (at, strcspn (at, "\""));
}

static void
test_identity_round_trip (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadStore) empty = open_new (f, "empty.db");
  g_autoptr(CaseloadStore) fresh = open_new (f, "fresh.db");
  g_autoptr(CaseloadXmlImportResult) result = NULL;
  g_autofree char *text = export_text (f->store, 0, CASELOAD_XML_EXPORT_DEFAULT);
  g_autofree char *empty_text = export_text (empty, 0, CASELOAD_XML_EXPORT_DEFAULT);
  g_autofree char *fresh_text = export_text (fresh, 0, CASELOAD_XML_EXPORT_DEFAULT);
  g_autofree char *id = database_id_of (text);
  g_autofree char *empty_id = database_id_of (empty_text);
  g_autofree char *fresh_id = database_id_of (fresh_text);
  g_autofree char *adopted = NULL;
  g_autofree char *after = NULL;
  g_autofree char *after_id = NULL;

  /* Every database has its own random identity. */
  g_assert_nonnull (id);
  g_assert_nonnull (empty_id);
  g_assert_nonnull (fresh_id);
  g_assert_cmpuint (strlen (id), ==, 32);
  g_assert_cmpuint (strspn (id, "0123456789abcdef"), ==, 32);
  g_assert_cmpstr (id, !=, empty_id);
  g_assert_cmpstr (empty_id, !=, fresh_id);

  /* An empty database adopts the file's: the round trip is byte-identical. */
  import_text (empty, text, -1, NULL, &result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (result->students_added, ==, N_SAMPLE_STUDENTS);
  adopted = export_text (empty, 0, CASELOAD_XML_EXPORT_DEFAULT);
  g_assert_cmpstr (adopted, ==, text);

  /* A dry run into an empty database adopts nothing. */
  g_clear_pointer (&result, caseload_xml_import_result_free);
  {
    CaseloadXmlImportOptions dry = { TRUE, 0, f->backups };

    import_text (fresh, text, -1, &dry, &result, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (result->students_added, ==, N_SAMPLE_STUDENTS);
  }
  after = export_text (fresh, 0, CASELOAD_XML_EXPORT_DEFAULT);
  after_id = database_id_of (after);
  g_assert_cmpstr (after_id, ==, fresh_id);
  g_assert_cmpstr (after, ==, fresh_text);
}

static void
test_identity_other_database (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadStore) other = open_new (f, "other.db");
  g_autoptr(CaseloadStore) empty = open_new (f, "empty.db");
  g_autoptr(CaseloadStudent) student_before = NULL;
  g_autoptr(CaseloadStudent) student_after = NULL;
  g_autoptr(CaseloadXmlImportResult) result = NULL;
  CaseloadSampleOptions options = { 12, 99, { 0 } };
  CaseloadXmlImportOptions dry = { TRUE, 0, f->backups };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *foreign = NULL;
  g_autofree char *foreign_student = NULL;
  g_autofree char *foreign_id = NULL;
  g_autofree char *own_id = NULL;
  g_autofree char *attribute = NULL;
  g_autofree char *no_id = NULL;
  g_autofree char *message = NULL;
  g_autofree char *own = NULL;

  g_date_clear (&options.as_of, 1);
  g_date_set_dmy (&options.as_of, 27, G_DATE_NOVEMBER, 2026);
  caseload_sample_generate (other, &options, NULL, NULL, &error);
  g_assert_no_error (error);
  foreign = export_text (other, 0, CASELOAD_XML_EXPORT_DEFAULT);
  foreign_student = export_text (other, 2, CASELOAD_XML_EXPORT_DEFAULT);
  foreign_id = database_id_of (foreign);

  before = export_text (f->store, 0, CASELOAD_XML_EXPORT_WITH_HISTORY);
  own_id = database_id_of (before);
  g_assert_cmpstr (foreign_id, !=, own_id);
  /* The two districts share ids but not people: matched by id, the
   * other district's student 2 would overwrite ours. */
  g_assert_nonnull (strstr (foreign, "<student id=\"2\">"));
  student_before = caseload_store_get_student (f->store, 2, &error);
  g_assert_no_error (error);

  /* The whole database, one student, and a dry run: refused, naming the
   * file's database. */
  message = expect_refused (f, foreign, -1, 0, "This file comes from another Caseload database");
  g_assert_nonnull (strstr (message, foreign_id));
  g_assert_nonnull (strstr (message, "Import it into a new, empty database"));
  g_free (expect_refused (f, foreign_student, -1, 0, "comes from another Caseload database"));
  g_assert_false (import_text (f->store, foreign, -1, &dry, &result, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_assert_null (result);
  g_clear_error (&error);

  /* A file that names no database (written before there were identities)
   * cannot be placed either. */
  attribute = g_strdup_printf (" database-id=\"%s\"", foreign_id);
  no_id = replace_once (foreign, attribute, "");
  g_free (expect_refused (f, no_id, -1, 0, "does not say which Caseload database"));

  /* Byte for byte what it was; no backup was even made. */
  after = export_text (f->store, 0, CASELOAD_XML_EXPORT_WITH_HISTORY);
  g_assert_cmpuint (strlen (after), ==, strlen (before));
  g_assert_cmpstr (after, ==, before);
  g_assert_false (g_file_test (f->backups, G_FILE_TEST_EXISTS));
  student_after = caseload_store_get_student (f->store, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (caseload_student_get_first_name (student_after), ==,
                   caseload_student_get_first_name (student_before));
  g_assert_cmpstr (caseload_student_get_last_name (student_after), ==,
                   caseload_student_get_last_name (student_before));

  /* Into an empty database the other district's student goes; from then
   * on that database is the other one's, and ours is refused. */
  import_text (empty, foreign_student, -1, NULL, &result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (result->students_added, ==, 1);
  g_clear_pointer (&result, caseload_xml_import_result_free);
  own = export_text (f->store, 0, CASELOAD_XML_EXPORT_DEFAULT);
  g_assert_false (import_text (empty, own, -1, NULL, &result, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, own_id));
  g_assert_null (result);
}

static void
test_identity_reimport (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadXmlImportResult) result = NULL;
  g_autoptr(CaseloadXmlImportResult) history_result = NULL;
  CaseloadXmlImportOptions options = { FALSE, 0, f->backups };
  g_autofree char *before = export_text (f->store, 0, CASELOAD_XML_EXPORT_WITH_HISTORY);
  g_autofree char *text = export_text (f->store, 0, CASELOAD_XML_EXPORT_DEFAULT);
  g_autofree char *after = NULL;
  g_autofree char *after_history = NULL;

  import_text (f->store, text, -1, &options, &result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (result->students_unchanged, ==, N_SAMPLE_STUDENTS);
  g_assert_cmpuint (result->records_added, ==, 0);
  g_assert_cmpuint (result->records_updated, ==, 0);
  g_assert_cmpuint (result->records_skipped, ==, 0);
  g_assert_cmpuint (result->skipped->len, ==, 0);
  g_assert_nonnull (result->backup_path);
  after = export_text (f->store, 0, CASELOAD_XML_EXPORT_WITH_HISTORY);
  g_assert_cmpstr (after, ==, before);

  /* With its history too. */
  import_text (f->store, before, -1, &options, &history_result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history_result->records_added, ==, 0);
  g_assert_cmpuint (history_result->records_updated, ==, 0);
  g_assert_cmpuint (history_result->records_skipped, ==, 0);
  after_history = export_text (f->store, 0, CASELOAD_XML_EXPORT_WITH_HISTORY);
  g_assert_cmpstr (after_history, ==, before);
}

/* Replaces the first @from at or after @anchor (which must come before
 * @limit when @limit is given); returns the new text. */
static char *
replace_after (const char *text,
               const char *anchor,
               const char *limit,
               const char *from,
               const char *to)
{
  const char *start = strstr (text, anchor);
  const char *at;
  const char *end;
  g_autofree char *head = NULL;

  g_assert_nonnull (start);
  at = strstr (start, from);
  g_assert_nonnull (at);
  if (limit != NULL)
    {
      end = strstr (start, limit);
      g_assert_nonnull (end);
      g_assert_true (at < end);
    }
  head = g_strndup (text, (gsize) (at - text));
  return g_strconcat (head, to, at + strlen (from), NULL);
}

/* The id of the first IEP whose status is @status, and its block. */
static char *
find_iep (const char  *text,
          const char  *status,
          char       **block)
{
  g_autofree char *wanted = g_strdup_printf ("<status>%s</status>", status);

  for (const char *at = strstr (text, "<iep id=\""); at != NULL; at = strstr (at + 1, "<iep id=\""))
    {
      const char *own_status = strstr (at, "<status>");
      const char *end = strstr (at, "</iep>");

      g_assert_nonnull (own_status);
      g_assert_nonnull (end);
      if (g_str_has_prefix (own_status, wanted))
        {
          const char *id = at + strlen ("<iep id=\"");

          *block = g_strndup (at, (gsize) (end - at));
          return g_strndup (id, strcspn (id, "\""));
        }
    }
  g_error ("no IEP with status %s in the export", status);
  return NULL;
}

static char *
element_text (const char *block,
              const char *element)
{
  g_autofree char *open = g_strdup_printf ("<%s>", element);
  g_autofree char *close = g_strdup_printf ("</%s>", element);
  const char *start = strstr (block, open);
  const char *end;

  g_assert_nonnull (start);
  start += strlen (open);
  end = strstr (start, close);
  g_assert_nonnull (end);
  return g_strndup (start, (gsize) (end - start));
}

static void
test_finalized_iep_locked (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadXmlImportResult) dry_result = NULL;
  g_autoptr(CaseloadXmlImportResult) result = NULL;
  CaseloadXmlImportOptions dry = { TRUE, 0, f->backups };
  CaseloadXmlImportOptions options = { FALSE, 0, f->backups };
  g_autofree char *text = export_text (f->store, 0, CASELOAD_XML_EXPORT_DEFAULT);
  g_autofree char *history_before = export_text (f->store, 0, CASELOAD_XML_EXPORT_WITH_HISTORY);
  g_autofree char *final_block = NULL;
  g_autofree char *draft_block = NULL;
  g_autofree char *final_id = find_iep (text, "finalized", &final_block);
  g_autofree char *draft_id = find_iep (text, "draft", &draft_block);
  g_autofree char *iep_open = g_strdup_printf ("<iep id=\"%s\">", final_id);
  g_autofree char *draft_open = g_strdup_printf ("<iep id=\"%s\">", draft_id);
  g_autofree char *strengths = element_text (final_block, "strengths");
  g_autofree char *criterion = element_text (final_block, "criterion");
  g_autofree char *meeting_id = element_text (final_block, "meeting-id");
  g_autofree char *draft_strengths = element_text (draft_block, "strengths");
  g_autofree char *meeting_open = g_strdup_printf ("<meeting id=\"%s\">", meeting_id);
  g_autofree char *goal_open = NULL;
  g_autofree char *new_goal = NULL;
  g_autofree char *locked = g_strdup_printf ("finalized IEP %s is locked", final_id);
  g_autofree char *edit1 = NULL;
  g_autofree char *edit2 = NULL;
  g_autofree char *edit3 = NULL;
  g_autofree char *edit4 = NULL;
  g_autofree char *edit5 = NULL;
  g_autofree char *edit6 = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *after = NULL;
  g_autofree char *after_dry = NULL;
  g_autofree char *description = NULL;
  g_autofree char *old = NULL;
  g_autofree char *new = NULL;
  const char *goal;

  /* In the file: the finalized IEP's content, status and hash rewritten, */
  old = g_strdup_printf ("<strengths>%s</strengths>", strengths);
  edit1 = replace_after (text, iep_open, "</iep>", old, "<strengths>Rewritten after the fact.</strengths>");
  edit2 = replace_after (edit1, iep_open, "</iep>", "<status>finalized</status>", "<status>draft</status>");
  edit3 = replace_after (edit2, iep_open, "</iep>", "<content-hash>", "<content-hash>0000");
  /* one of its goals changed, */
  g_clear_pointer (&old, g_free);
  old = g_strdup_printf ("<criterion>%s</criterion>", criterion);
  edit4 = replace_after (edit3, iep_open, "</iep>", old, "<criterion>in 1 of 10 opportunities</criterion>");
  /* a goal added to it (the first goal's fields under a new id), */
  goal = strstr (strstr (edit4, iep_open), "<goal id=\"");
  g_assert_nonnull (goal);
  {
    const char *fields_end = goal + strcspn (goal, "\n") + 1;
    g_autofree char *head = NULL;
    g_autofree char *fields = NULL;

    /* Up to the goal's first record or its end. */
    while (g_str_has_prefix (fields_end + strspn (fields_end, " "), "<") &&
           !g_str_has_prefix (fields_end + strspn (fields_end, " "), "<objective ") &&
           !g_str_has_prefix (fields_end + strspn (fields_end, " "), "<progress-phase ") &&
           !g_str_has_prefix (fields_end + strspn (fields_end, " "), "<data-point ") &&
           !g_str_has_prefix (fields_end + strspn (fields_end, " "), "</goal>"))
      fields_end += strcspn (fields_end, "\n") + 1;
    goal_open = g_strndup (goal, strcspn (goal, "\n"));
    fields = g_strndup (goal + strlen (goal_open), (gsize) (fields_end - goal - strlen (goal_open)));
    new_goal = g_strdup_printf ("<goal id=\"99999\">%s</goal>\n      ", fields);
    head = g_strndup (edit4, (gsize) (goal - edit4));
    edit5 = g_strconcat (head, new_goal, goal, NULL);
  }
  /* and who attended its meeting changed; */
  edit6 = replace_after (edit5, meeting_open, "</meeting>", "<attended>true</attended>",
                         "<attended>false</attended>");
  /* while a draft IEP's edit goes in as before. */
  g_clear_pointer (&old, g_free);
  old = g_strdup_printf ("<strengths>%s</strengths>", draft_strengths);
  new = replace_after (edit6, draft_open, "</iep>", old, "<strengths>Edited while a draft.</strengths>");
  expected = replace_after (text, draft_open, "</iep>", old, "<strengths>Edited while a draft.</strengths>");

  /* The preview tells. */
  import_text (f->store, new, -1, &dry, &dry_result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dry_result->records_skipped, ==, 4);
  g_assert_cmpuint (dry_result->skipped->len, ==, 4);
  g_assert_cmpuint (dry_result->records_updated, ==, 1);
  g_assert_cmpuint (dry_result->records_added, ==, 0);
  for (guint i = 0; i < dry_result->skipped->len; i++)
    {
      const char *reason = g_ptr_array_index (dry_result->skipped, i);

      if (g_test_verbose ())
        g_printerr ("skipped: %s\n", reason);
      g_assert_nonnull (strstr (reason, locked));
    }
  g_assert_nonnull (strstr (g_ptr_array_index (dry_result->skipped, 0), "iep"));
  g_assert_nonnull (strstr (g_ptr_array_index (dry_result->skipped, 1), "goal 99999"));
  g_assert_nonnull (strstr (g_ptr_array_index (dry_result->skipped, 3), "attendee"));
  description = caseload_xml_import_result_describe (dry_result);
  g_assert_nonnull (strstr (description, locked));
  after_dry = export_text (f->store, 0, CASELOAD_XML_EXPORT_WITH_HISTORY);
  g_assert_cmpstr (after_dry, ==, history_before);

  /* The import: the finalized IEP, its goals and its meeting's attendees
   * are as they were; only the draft changed. */
  import_text (f->store, new, -1, &options, &result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (result->records_skipped, ==, 4);
  g_assert_cmpuint (result->records_updated, ==, 1);
  g_assert_cmpuint (result->students_skipped, ==, 0);
  after = export_text (f->store, 0, CASELOAD_XML_EXPORT_DEFAULT);
  g_assert_null (strstr (after, "<goal id=\"99999\">"));
  g_assert_null (strstr (after, "Rewritten after the fact."));
  g_assert_cmpuint (strlen (after), ==, strlen (expected));
  g_assert_cmpstr (after, ==, expected);
}

/* ---- hostile input -------------------------------------------------------- */

#define ROOT_OPEN "<caseload xmlns=\"" CASELOAD_XML_NAMESPACE "\" schema-version=\"2\" scope=\"database\">"

static void
test_external_entity (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *passwd = NULL;
  g_autofree char *message = NULL;
  g_autofree char *parameter = NULL;
  const char *xxe =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<!DOCTYPE caseload [\n"
    "  <!ENTITY secret SYSTEM \"file:///etc/passwd\">\n"
    "]>\n"
    ROOT_OPEN "\n"
    "  <school id=\"900\"><name>&secret;</name><time-zone>UTC</time-zone>"
    "<lowest-grade>K</lowest-grade><highest-grade>5</highest-grade></school>\n"
    "</caseload>\n";
  const char *parameter_xxe =
    "<?xml version=\"1.0\"?>\n"
    "<!-- harmless comment -->\n"
    "<!DOCTYPE caseload [ <!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p; ]>\n"
    ROOT_OPEN "</caseload>\n";
  const char *doctype_only =
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE caseload SYSTEM \"file:///etc/passwd\">\n"
    ROOT_OPEN "</caseload>\n";

  message = expect_refused (f, xxe, -1, 0, "declares entities");
  parameter = expect_refused (f, parameter_xxe, -1, 0, "declares entities");
  g_free (expect_refused (f, doctype_only, -1, 0, "document type declaration"));

  /* Nothing of the file leaks into the messages. */
  if (g_file_get_contents ("/etc/passwd", &passwd, NULL, NULL))
    {
      g_auto(GStrv) lines = g_strsplit (passwd, "\n", 3);

      g_assert_null (strstr (message, lines[0]));
      g_assert_null (strstr (parameter, lines[0]));
    }
  g_assert_null (strstr (message, "root:"));
  g_assert_null (strstr (message, "/bin/"));
}

static void
test_billion_laughs (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GString) bomb = g_string_new ("<?xml version=\"1.0\"?>\n<!DOCTYPE caseload [\n"
                                          "  <!ENTITY lol \"lol\">\n");
  gint64 start;
  gint64 elapsed;

  for (guint i = 1; i <= 9; i++)
    {
      g_string_append_printf (bomb, "  <!ENTITY lol%u \"", i);
      for (guint j = 0; j < 10; j++)
        {
          if (i == 1)
            g_string_append (bomb, "&lol;");
          else
            g_string_append_printf (bomb, "&lol%u;", i - 1);
        }
      g_string_append (bomb, "\">\n");
    }
  g_string_append (bomb, "]>\n" ROOT_OPEN "<school id=\"1\"><name>&lol9;</name></school></caseload>\n");

  start = g_get_monotonic_time ();
  g_free (expect_refused (f, bomb->str, (gssize) bomb->len, 0, "declares entities"));
  elapsed = g_get_monotonic_time () - start;
  /* The refusal itself is instant; the two content hashes around it take
   * most of this. An expansion would take minutes and gigabytes. */
  g_assert_cmpint (elapsed, <, 20 * G_USEC_PER_SEC);
}

static void
test_broken_files (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *text = export_text (f->store, 0, CASELOAD_XML_EXPORT_DEFAULT);
  g_autofree char *truncated = g_strndup (text, strlen (text) / 2);
  g_autofree char *message = NULL;
  g_autofree char *latin1 = NULL;
  g_autofree char *binary = NULL;
  g_autofree char *nul = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_autofree char *path = g_build_filename (f->dir, "big.xml", NULL);
  g_autoptr(GError) error = NULL;
  CaseloadXmlImportOptions small = { FALSE, 1024, f->backups };

  /* Truncated in the middle of the students. */
  message = expect_refused (f, truncated, -1, 0, "Line ");
  g_assert_nonnull (strstr (message, "element <"));
  g_clear_pointer (&message, g_free);

  g_free (expect_refused (f, "", 0, 0, "empty"));
  g_free (expect_refused (f, "   \n  ", -1, 0, "not a Caseload XML file"));

  /* Binary: random bytes, and a file that starts like XML then turns to
   * zeros. */
  binary = g_malloc (4096);
  for (guint i = 0; i < 4096; i++)
    binary[i] = (char) g_rand_int_range (rand, 0, 256);
  binary[0] = 'P';
  binary[1] = 'K';
  g_free (expect_refused (f, binary, 4096, 0, "not a Caseload XML file"));
  nul = g_malloc0 (512);
  memcpy (nul, "<?xml version=\"1.0\"?>\n" ROOT_OPEN, strlen ("<?xml version=\"1.0\"?>\n" ROOT_OPEN));
  g_free (expect_refused (f, nul, 512, 0, "Line "));
  g_free (expect_refused (f, "\xff\xfe<\0c\0", 6, 0, "not UTF-8"));

  /* Declared UTF-8, but a Latin-1 é in a name. */
  latin1 = g_strdup ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" ROOT_OPEN "\n"
                     "<school id=\"900\">\n<name>Caf\xe9 School</name><time-zone>UTC</time-zone>"
                     "<lowest-grade>K</lowest-grade><highest-grade>5</highest-grade></school>\n"
                     "</caseload>\n");
  message = expect_refused (f, latin1, -1, 0, "Line 4");
  g_assert_nonnull (strstr (message, "UTF-8"));
  g_clear_pointer (&message, g_free);

  /* Latin-1 declared as such is still refused: the format is UTF-8. */
  g_free (expect_refused (f, "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" ROOT_OPEN
                          "<school id=\"900\"><name>Caf\xe9</name></school></caseload>", -1, 0, "Line "));

  /* Over the (lowered) size limit, in memory and as a file. */
  g_free (expect_refused (f, text, -1, 1024, "too large"));
  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  g_assert_false (caseload_xml_import_file (f->store, path, &small, NULL, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "too large"));
}

static void
test_schema_and_reference_errors (Fixture       *f,
                                  gconstpointer  data)
{
  g_autofree char *text = export_text (f->store, 0, CASELOAD_XML_EXPORT_DEFAULT);
  g_autofree char *unknown = NULL;
  g_autofree char *bad_date = NULL;
  g_autofree char *dangling = NULL;
  g_autofree char *newer = NULL;
  g_autofree char *message = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *foreign = NULL;
  const char *team;
  const char *staff_ref;
  guint line;

  /* An element the schema does not know, inside student 5. */
  unknown = replace_once (text, "<student id=\"5\">", "<student id=\"5\">\n<favourite-colour>blue</favourite-colour>");
  line = line_of (unknown, "<favourite-colour>");
  expected = g_strdup_printf ("Line %u, element <favourite-colour>", line);
  message = expect_refused (f, unknown, -1, 0, expected);
  g_clear_pointer (&message, g_free);
  g_clear_pointer (&expected, g_free);

  /* A date that is no date. */
  bad_date = replace_once (text, "<birth-date>", "<birth-date>2015-02-30");
  line = line_of (bad_date, "<birth-date>2015-02-30");
  expected = g_strdup_printf ("Line %u, element <birth-date>", line);
  g_free (expect_refused (f, bad_date, -1, 0, expected));
  g_clear_pointer (&expected, g_free);

  /* A team member who exists neither in the file nor in the database:
   * valid XML, refused at the end, nothing written. */
  team = strstr (text, "<team-assignment id=");
  g_assert_nonnull (team);
  staff_ref = strstr (team, "<staff-id>");
  g_assert_nonnull (staff_ref);
  {
    g_autofree char *head = g_strndup (text, (gsize) (staff_ref - text));
    const char *digits = staff_ref + strlen ("<staff-id>");

    dangling = g_strconcat (head, "<staff-id>77777", digits + strspn (digits, "0123456789"), NULL);
  }
  /* The record's line: the <team-assignment> start tag. */
  line = line_of (dangling, "<staff-id>77777") - 1;
  expected = g_strdup_printf ("Line %u, element <team-assignment>", line);
  message = expect_refused (f, dangling, -1, 0, "staff 77777");
  g_assert_nonnull (strstr (message, expected));
  g_clear_pointer (&message, g_free);

  /* From a newer Caseload. */
  {
    g_autofree char *current = g_strdup_printf ("schema-version=\"%d\"", CASELOAD_SCHEMA_VERSION);

    newer = replace_once (text, current, "schema-version=\"99\"");
  }
  g_free (expect_refused (f, newer, -1, 0, "newer version"));

  /* Not our namespace. */
  foreign = g_strdup ("<?xml version=\"1.0\"?>\n<caseload xmlns=\"urn:other\" schema-version=\"2\" "
                      "scope=\"database\"/>\n");
  g_free (expect_refused (f, foreign, -1, 0, "Line 2, element <caseload>"));
}

/* ---- the format keeps up with the schema --------------------------------- */

/* Every table and column of the database has its place in caseload.xsd
 * (and so in the exporter, generated together with it): a column added
 * by a later schema version without one would silently be left out of
 * exports. Parent columns are implied by nesting. */
static void
test_schema_coverage (Fixture       *f,
                      gconstpointer  data)
{
  static const char * const implied[] = {
    "school_year.school_id", "reporting_period.school_year_id", "non_school_day.school_year_id",
    "room.school_id", "student_disability.student_id", "guardian.student_id",
    "team_assignment.student_id", "referral.student_id", "consent.student_id",
    "evaluation.student_id", "iep.student_id", "iep_reporting_period.iep_id",
    "special_factor.iep_id", "goal.iep_id", "objective.goal_id", "progress_phase.goal_id",
    "data_point.goal_id", "service.iep_id", "service_log.service_id", "accommodation.iep_id",
    "progress_report.iep_id", "progress_entry.report_id", "meeting.student_id",
    "meeting_attendee.meeting_id", "parent_contact_attempt.meeting_id", "contact_log.student_id",
    "resource_referral.student_id", "rights_notice.student_id", NULL
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *xsd_path = g_build_filename (g_getenv ("CASELOAD_SOURCE_ROOT"), "data", "caseload.xsd", NULL);
  g_autofree char *xsd = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *tables = NULL;
  sqlite3_stmt *columns = NULL;
  guint n_tables = 0;

  g_assert_nonnull (g_getenv ("CASELOAD_SOURCE_ROOT"));
  g_file_get_contents (xsd_path, &xsd, NULL, &error);
  g_assert_no_error (error);

  g_assert_cmpint (sqlite3_open_v2 (f->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' ORDER BY name",
                                       -1, &tables, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM pragma_table_info (?1)", -1, &columns, NULL),
                   ==, SQLITE_OK);
  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (tables, 0);
      g_autofree char *type = NULL;
      g_autofree char *open_tag = NULL;
      const char *start;
      const char *end;
      g_autofree char *block = NULL;

      /* The database's identity travels as the root's attribute. */
      if (g_str_equal (table, "database_info"))
        {
          g_assert_nonnull (strstr (xsd, "<xs:attribute name=\"database-id\">"));
          continue;
        }
      type = g_strdelimit (g_strdup (table), "_", '-');
      open_tag = g_strdup_printf ("<xs:complexType name=\"%s\">", type);
      start = strstr (xsd, open_tag);

      if (start == NULL)
        g_error ("table %s has no type in caseload.xsd", table);
      end = strstr (start, "</xs:complexType>");
      g_assert_nonnull (end);
      block = g_strndup (start, (gsize) (end - start));
      n_tables++;

      sqlite3_reset (columns);
      sqlite3_bind_text (columns, 1, table, -1, SQLITE_TRANSIENT);
      while (sqlite3_step (columns) == SQLITE_ROW)
        {
          const char *column = (const char *) sqlite3_column_text (columns, 0);
          g_autofree char *element = g_strdelimit (g_strdup (column), "_", '-');
          g_autofree char *declared = g_strdup_printf ("name=\"%s\"", element);
          g_autofree char *qualified = g_strdup_printf ("%s.%s", table, column);

          if (g_str_equal (column, "id") || g_strv_contains (implied, qualified))
            continue;
          if (strstr (block, declared) == NULL)
            g_error ("column %s has no element in caseload.xsd", qualified);
        }
    }
  sqlite3_finalize (columns);
  sqlite3_finalize (tables);
  sqlite3_close (db);
  g_assert_cmpuint (n_tables, >=, 40);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/xml/schema-coverage", Fixture, NULL, fixture_set_up, test_schema_coverage, fixture_tear_down);
  g_test_add ("/xml/round-trip", Fixture, NULL, fixture_set_up, test_round_trip, fixture_tear_down);
  g_test_add ("/xml/history-and-one-student", Fixture, NULL, fixture_set_up, test_history_and_one_student, fixture_tear_down);
  g_test_add ("/xml/dry-run-update-skip", Fixture, NULL, fixture_set_up, test_dry_run_update_skip, fixture_tear_down);
  g_test_add ("/xml/identity/round-trip", Fixture, NULL, fixture_set_up, test_identity_round_trip, fixture_tear_down);
  g_test_add ("/xml/identity/other-database", Fixture, NULL, fixture_set_up, test_identity_other_database, fixture_tear_down);
  g_test_add ("/xml/identity/reimport", Fixture, NULL, fixture_set_up, test_identity_reimport, fixture_tear_down);
  g_test_add ("/xml/finalized-iep-locked", Fixture, NULL, fixture_set_up, test_finalized_iep_locked, fixture_tear_down);
  g_test_add ("/xml/hostile/external-entity", Fixture, NULL, fixture_set_up, test_external_entity, fixture_tear_down);
  g_test_add ("/xml/hostile/billion-laughs", Fixture, NULL, fixture_set_up, test_billion_laughs, fixture_tear_down);
  g_test_add ("/xml/hostile/broken-files", Fixture, NULL, fixture_set_up, test_broken_files, fixture_tear_down);
  g_test_add ("/xml/hostile/schema-and-references", Fixture, NULL, fixture_set_up, test_schema_and_reference_errors, fixture_tear_down);

  return g_test_run ();
}
