/* test-xml.c: Caseload XML. Round trip export -> import into an empty
 * database -> export (byte-identical) on a sample district; preview,
 * dry run, updates and skips; and hostile input: an external entity, a
 * billion-laughs file, truncated, empty, binary, wrongly encoded and
 * oversized files, schema violations and dangling references all give a
 * clear error and leave the database exactly as it was (compared through
 * a full export with history before and after). */
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
  newer = replace_once (text, "schema-version=\"2\"", "schema-version=\"99\"");
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
      g_autofree char *type = g_strdelimit (g_strdup (table), "_", '-');
      g_autofree char *open_tag = g_strdup_printf ("<xs:complexType name=\"%s\">", type);
      const char *start = strstr (xsd, open_tag);
      const char *end;
      g_autofree char *block = NULL;

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
  g_test_add ("/xml/hostile/external-entity", Fixture, NULL, fixture_set_up, test_external_entity, fixture_tear_down);
  g_test_add ("/xml/hostile/billion-laughs", Fixture, NULL, fixture_set_up, test_billion_laughs, fixture_tear_down);
  g_test_add ("/xml/hostile/broken-files", Fixture, NULL, fixture_set_up, test_broken_files, fixture_tear_down);
  g_test_add ("/xml/hostile/schema-and-references", Fixture, NULL, fixture_set_up, test_schema_and_reference_errors, fixture_tear_down);

  return g_test_run ();
}
