/* test-interchange.c: Ed-Fi 5.2 and OneRoster 1.1/1.2 imports against the
 * real files in ../shared/fixtures (read in place, never copied), the
 * Ed-Fi export validated against the official schemas from there, the
 * quirks real OneRoster exports have (files of our own, written here),
 * and hostile input: an external entity, entity expansion, truncated,
 * empty, binary, wrongly encoded and oversized files each give an error
 * naming the file and change nothing in the database. */
#include "config.h"

#include "caseload-edfi.h"
#include "caseload-import.h"
#include "caseload-oneroster.h"
#include "caseload-sample.h"
#include "caseload-store.h"
#include "caseload-xml.h"

#include <string.h>

#include <glib/gstdio.h>
#include <libxml/xmlschemas.h>
#include <sqlite3.h>

typedef struct
{
  char          *dir;
  char          *path;
  CaseloadStore *store;
  CaseloadImportOptions options;
} Fixture;

static char *
fixture_file (const char *first,
              ...)
{
  const char *root = g_getenv ("CASELOAD_SHARED_FIXTURES");
  g_autofree char *rest = NULL;
  va_list args;
  char *path;

  g_assert_nonnull (root);
  va_start (args, first);
  rest = g_build_filename_valist (first, &args);
  va_end (args);
  path = g_build_filename (root, rest, NULL);
  /* In CI a test that cannot run fails. */
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  return path;
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
set_up (Fixture       *f,
        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("caseload-interchange-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "caseload.db", NULL);
  f->store = caseload_store_open (f->path, CASELOAD_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  f->options.backup_dir = g_build_filename (f->dir, "backups", NULL);
}

static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  g_clear_object (&f->store);
  remove_tree (f->dir);
  g_free ((char *) f->options.backup_dir);
  g_free (f->path);
  g_free (f->dir);
}

static gint64
query_int (Fixture    *f,
           const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (f->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static char *
query_text (Fixture    *f,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  g_assert_cmpint (sqlite3_open_v2 (f->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_text (stmt, 0) != NULL)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

/* Everything an import could touch, as one text. */
static char *
state_of (Fixture *f)
{
  return query_text (f,
    "SELECT (SELECT count(*) FROM student) || '/' || (SELECT count(*) FROM guardian) || '/' || "
    "(SELECT count(*) FROM staff) || '/' || (SELECT count(*) FROM school) || '/' || "
    "(SELECT count(*) FROM iep) || '/' || (SELECT count(*) FROM service) || '/' || "
    "(SELECT count(*) FROM student_disability) || '/' || (SELECT count(*) FROM evaluation) || '/' || "
    "(SELECT count(*) FROM team_assignment) || '/' || (SELECT count(*) FROM audit_log) || '/' || "
    "COALESCE((SELECT max(updated_at) || group_concat(status) FROM student), '')");
}

static CaseloadImportResult *
import_ok (Fixture              *f,
           const char           *path,
           CaseloadImportFormat  format)
{
  g_autoptr(GError) error = NULL;
  CaseloadImportResult *result = NULL;

  g_assert_true (caseload_import_path (f->store, path, format, &f->options, NULL, &result, &error));
  g_assert_no_error (error);
  g_assert_nonnull (result);
  return result;
}

static gboolean
has_line (GPtrArray  *lines,
          const char *needle)
{
  for (guint i = 0; lines != NULL && i < lines->len; i++)
    if (strstr (g_ptr_array_index (lines, i), needle) != NULL)
      return TRUE;
  return FALSE;
}

static char *
sample (const char *name)
{
  return fixture_file ("ed-fi-5.2", "samples", name, NULL);
}

static void
import_grand_bend (Fixture *f)
{
  static const char * const order[] = {
    "EducationOrganization.xml", "StaffAssociation.xml", "Student.xml", "Contact.xml",
    "StudentProgram.xml",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (order); i++)
    {
      g_autofree char *path = sample (order[i]);
      g_autoptr(CaseloadImportResult) result = import_ok (f, path, CASELOAD_IMPORT_FORMAT_AUTO);

      g_assert_cmpuint (result->students_skipped, ==, 0);
    }
}

/* ---- Ed-Fi ------------------------------------------------------------------- */

static void
test_edfi_sample (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *program = sample ("StudentProgram.xml");
  g_autofree char *students = sample ("Student.xml");
  g_autofree char *text = NULL;
  g_autoptr(CaseloadImportResult) early = NULL;
  g_autoptr(CaseloadImportResult) result = NULL;
  g_autoptr(CaseloadImportResult) again = NULL;

  /* The program file before the students: every association is skipped,
   * named, and nothing is written. */
  early = import_ok (f, program, CASELOAD_IMPORT_FORMAT_EDFI);
  g_assert_cmpuint (early->records_skipped, ==, 97);
  g_assert_true (has_line (early->skipped, "student 604872 was not imported"));
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM iep"), ==, 0);

  import_grand_bend (f);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM student"), ==, 960);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM school"), ==, 3);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM staff"), ==, 68);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM guardian"), ==, 1872);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM iep WHERE status = 'finalized'"), ==, 97);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM student WHERE status = 'exited'"), ==, 29);

  /* Tyrone Dyer, from Student.xml and Contact.xml. */
  text = query_text (f, "SELECT first_name || '|' || last_name || '|' || preferred_name || '|' || "
                        "birth_date || '|' || status FROM student WHERE student_number = '604821'");
  g_assert_cmpstr (text, ==, "Tyrone|Dyer|Ty|2014-11-13|active");
  g_clear_pointer (&text, g_free);
  text = query_text (f, "SELECT group_concat(g.first_name || ' ' || g.relationship || ' ' || g.phone, '; ') "
                        "FROM guardian g JOIN student s ON s.id = g.student_id "
                        "WHERE s.student_number = '604821' ORDER BY g.id");
  g_assert_cmpstr (text, ==, "Carmen mother (950) 342 7522; Manuel father (950) 978 3450");
  g_clear_pointer (&text, g_free);

  /* 604872: autism, setting below 40 %, IEP dates, exited (transferred). */
  text = query_text (f, "SELECT d.code || '|' || i.meeting_date || '|' || i.start_date || '|' || "
                        "i.environment_code || '|' || s.status || '|' || s.exit_date || '|' || s.exit_reason "
                        "FROM student s JOIN iep i ON i.student_id = s.id "
                        "JOIN student_disability d ON d.student_id = s.id AND d.is_primary = 1 "
                        "WHERE s.student_number = '604872'");
  g_assert_cmpstr (text, ==, "AUT|2021-08-27|2021-09-01|RC39|exited|2021-10-01|"
                             "Transferred out: Transferred to another educational organization");
  g_clear_pointer (&text, g_free);

  /* 604920: a service and its provider (also on the team). */
  text = query_text (f, "SELECT sv.name || '|' || sv.category || '|' || st.external_id || '|' || "
                        "(SELECT count(*) FROM team_assignment t WHERE t.student_id = s.id AND t.staff_id = st.id) "
                        "FROM student s JOIN iep i ON i.student_id = s.id JOIN service sv ON sv.iep_id = i.id "
                        "JOIN staff st ON st.id = sv.provider_staff_id WHERE s.student_number = '604920'");
  g_assert_cmpstr (text, ==, "Early Identification And Evaluation|related-service|207221|1");
  g_clear_pointer (&text, g_free);

  /* 605238: an IEP end date; the school's Ed-Fi id is kept. */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM iep i JOIN student s ON s.id = i.student_id "
                                 "WHERE s.student_number = '605238' AND i.end_date = '2021-09-30'"), ==, 1);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM school WHERE external_id = '255901001' "
                                 "AND name = 'Grand Bend High School'"), ==, 1);
  /* Staff role from the assignment. */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM staff WHERE external_id = '207219' "
                                 "AND role = 'general-education-teacher' AND school_id = "
                                 "(SELECT id FROM school WHERE external_id = '255901107')"), ==, 1);
  /* Every finalized IEP carries its hash. */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM iep WHERE content_hash IS NULL"), ==, 0);

  /* Again, with a dry run in between: nothing changes. */
  result = import_ok (f, program, CASELOAD_IMPORT_FORMAT_EDFI);
  g_assert_cmpuint (result->students_unchanged, ==, 97);
  g_assert_cmpuint (result->records_added, ==, 0);
  g_assert_true (has_line (result->notes, "Physical Disability"));
  g_assert_true (has_line (result->notes, "not special education"));
  f->options.dry_run = TRUE;
  again = import_ok (f, students, CASELOAD_IMPORT_FORMAT_AUTO);
  g_assert_true (again->dry_run);
  g_assert_cmpuint (again->students_unchanged, ==, 960);
}

static xmlSchema *
edfi_schema (void)
{
  g_autofree char *xsd = fixture_file ("ed-fi-5.2", "schemas", "Interchange-StudentProgram.xsd", NULL);
  xmlSchemaParserCtxt *parser = xmlSchemaNewParserCtxt (xsd);
  xmlSchema *schema = xmlSchemaParse (parser);

  xmlSchemaFreeParserCtxt (parser);
  g_assert_nonnull (schema);
  return schema;
}

static void
assert_valid (xmlSchema  *schema,
              const char *path)
{
  xmlSchemaValidCtxt *valid = xmlSchemaNewValidCtxt (schema);

  g_assert_cmpint (xmlSchemaValidateFile (valid, path, 0), ==, 0);
  xmlSchemaFreeValidCtxt (valid);
}

static void
test_edfi_export (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = g_build_filename (f->dir, "export.xml", NULL);
  g_autofree char *one = g_build_filename (f->dir, "one.xml", NULL);
  g_autofree char *text = NULL;
  g_autoptr(CaseloadImportResult) result = NULL;
  xmlSchema *schema = edfi_schema ();
  CaseloadSampleOptions options = { 40, 11, { 0 } };
  gint64 id;

  /* The Grand Bend IEPs, out again. */
  import_grand_bend (f);
  g_assert_true (caseload_edfi_export_file (f->store, 0, out, &error));
  g_assert_no_error (error);
  assert_valid (schema, out);
  g_file_get_contents (out, &text, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, "<StudentUniqueId>604872</StudentUniqueId>"));
  g_assert_nonnull (strstr (text, "#Inside regular class less than 40% of the day</SpecialEducationSetting>"));
  g_assert_nonnull (strstr (text, "<StaffUniqueId>207221</StaffUniqueId>"));

  /* The exported file imports back as "unchanged". */
  result = import_ok (f, out, CASELOAD_IMPORT_FORMAT_AUTO);
  g_assert_cmpuint (result->records_added, ==, 0);
  g_assert_cmpuint (result->students_unchanged, ==, 97);

  /* One student. */
  id = query_int (f, "SELECT id FROM student WHERE student_number = '604956'");
  g_assert_true (caseload_edfi_export_file (f->store, id, one, &error));
  g_assert_no_error (error);
  assert_valid (schema, one);

  /* A generated district (services, goals, settings of our own). */
  g_clear_object (&f->store);
  g_unlink (f->path);
  f->store = caseload_store_open (f->path, CASELOAD_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_date_clear (&options.as_of, 1);
  g_date_set_dmy (&options.as_of, 27, G_DATE_NOVEMBER, 2026);
  caseload_sample_generate (f->store, &options, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (caseload_edfi_export_file (f->store, 0, out, &error));
  g_assert_no_error (error);
  assert_valid (schema, out);

  xmlSchemaFree (schema);
}

static void
assert_refused (Fixture              *f,
                const char           *path,
                CaseloadImportFormat  format,
                const char           *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = state_of (f);
  g_autofree char *after = NULL;
  g_autofree char *base = g_path_get_basename (path);
  CaseloadImportResult *result = NULL;

  g_assert_false (caseload_import_path (f->store, path, format, &f->options, NULL, &result, &error));
  g_assert_null (result);
  g_assert_nonnull (error);
  if (g_test_verbose ())
    g_printerr ("%s: %s\n", base, error->message);
  /* The message names the file, says what is wrong, and leaks nothing. */
  g_assert_nonnull (strstr (error->message, base));
  if (expected != NULL)
    g_assert_nonnull (strstr (error->message, expected));
  g_assert_null (strstr (error->message, "root:"));
  after = state_of (f);
  g_assert_cmpstr (before, ==, after);
}

static char *
write_file (Fixture    *f,
            const char *name,
            const char *data,
            gssize      len)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, name, NULL);

  g_file_set_contents (path, data, len, &error);
  g_assert_no_error (error);
  return path;
}

static void
test_edfi_hostile (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *students = sample ("Student.xml");
  g_autofree char *content = NULL;
  gsize len;
  g_autofree char *xxe = NULL, *laughs = NULL, *truncated = NULL, *empty = NULL;
  g_autofree char *binary = NULL, *latin1 = NULL, *utf16 = NULL, *other = NULL, *inner = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadImportResult) result = NULL;
  guchar noise[2048];

  import_grand_bend (f);
  g_file_get_contents (students, &content, &len, &error);
  g_assert_no_error (error);

  xxe = write_file (f, "xxe.xml",
                    "<?xml version=\"1.0\"?>\n"
                    "<!DOCTYPE InterchangeStudent [<!ENTITY leak SYSTEM \"file:///etc/passwd\">]>\n"
                    "<InterchangeStudent xmlns=\"http://ed-fi.org/5.2.0\"><Student>"
                    "<StudentUniqueId>1</StudentUniqueId><Name><FirstName>&leak;</FirstName>"
                    "<LastSurname>X</LastSurname></Name><BirthData><BirthDate>2010-01-01</BirthDate>"
                    "</BirthData></Student></InterchangeStudent>\n", -1);
  assert_refused (f, xxe, CASELOAD_IMPORT_FORMAT_EDFI, "document type declaration");
  assert_refused (f, xxe, CASELOAD_IMPORT_FORMAT_AUTO, "document type declaration");
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM student WHERE first_name LIKE '%root%' "
                                 "OR student_number = '1'"), ==, 0);

  laughs = write_file (f, "laughs.xml",
                       "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                       "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                       "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>\n"
                       "<InterchangeStudent xmlns=\"http://ed-fi.org/5.2.0\">&lol3;</InterchangeStudent>\n", -1);
  assert_refused (f, laughs, CASELOAD_IMPORT_FORMAT_EDFI, NULL);

  /* An entity reference without any declaration is a plain error. */
  inner = write_file (f, "undeclared.xml",
                      "<InterchangeStudent xmlns=\"http://ed-fi.org/5.2.0\"><Student>&x;</Student>"
                      "</InterchangeStudent>", -1);
  assert_refused (f, inner, CASELOAD_IMPORT_FORMAT_EDFI, "line 1");

  truncated = write_file (f, "truncated.xml", content, (gssize) (len / 2));
  assert_refused (f, truncated, CASELOAD_IMPORT_FORMAT_EDFI, "line");
  empty = write_file (f, "empty.xml", "", 0);
  assert_refused (f, empty, CASELOAD_IMPORT_FORMAT_EDFI, "empty");
  assert_refused (f, empty, CASELOAD_IMPORT_FORMAT_AUTO, "empty");
  for (gsize i = 0; i < sizeof noise; i++)
    noise[i] = (guchar) g_test_rand_int_range (0, 256);
  noise[0] = '<';
  binary = write_file (f, "binary.xml", (const char *) noise, sizeof noise);
  assert_refused (f, binary, CASELOAD_IMPORT_FORMAT_EDFI, NULL);
  latin1 = write_file (f, "latin1.xml",
                       "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
                       "<InterchangeStudent xmlns=\"http://ed-fi.org/5.2.0\"><Student>"
                       "<StudentUniqueId>2</StudentUniqueId><Name><FirstName>Jos\xe9</FirstName>"
                       "<LastSurname>X</LastSurname></Name></Student></InterchangeStudent>\n", -1);
  assert_refused (f, latin1, CASELOAD_IMPORT_FORMAT_EDFI, "line 2");
  utf16 = write_file (f, "utf16.xml", "\xff\xfe<\0I\0n\0", 8);
  assert_refused (f, utf16, CASELOAD_IMPORT_FORMAT_EDFI, "UTF-8");
  other = write_file (f, "other.xml", "<InterchangeStudent xmlns=\"http://ed-fi.org/3.0\"/>", -1);
  assert_refused (f, other, CASELOAD_IMPORT_FORMAT_EDFI, "5.2");

  /* Oversized: the limit is a setting. */
  f->options.max_size = 1000;
  assert_refused (f, students, CASELOAD_IMPORT_FORMAT_EDFI, "too large");
  f->options.max_size = 0;

  /* And the real file still imports afterwards. */
  result = import_ok (f, students, CASELOAD_IMPORT_FORMAT_EDFI);
  g_assert_cmpuint (result->students_unchanged, ==, 960);
}

/* Schema 3's school key survives Caseload XML: export -> import into an
 * empty database -> export gives the same bytes. */
static void
test_edfi_caseload_xml_round_trip (Fixture       *f,
                                   gconstpointer  data)
{
  g_autofree char *orgs = sample ("EducationOrganization.xml");
  g_autofree char *staff = sample ("StaffAssociation.xml");
  g_autofree char *first = g_build_filename (f->dir, "first.xml", NULL);
  g_autofree char *second = g_build_filename (f->dir, "second.xml", NULL);
  g_autofree char *other_path = g_build_filename (f->dir, "other.db", NULL);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autoptr(CaseloadImportResult) r1 = import_ok (f, orgs, CASELOAD_IMPORT_FORMAT_EDFI);
  g_autoptr(CaseloadImportResult) r2 = import_ok (f, staff, CASELOAD_IMPORT_FORMAT_EDFI);
  g_autoptr(CaseloadStore) other = NULL;
  g_autoptr(CaseloadXmlImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  CaseloadXmlImportOptions options = { FALSE, 0, f->options.backup_dir };

  g_assert_true (caseload_xml_export_file (f->store, 0, CASELOAD_XML_EXPORT_DEFAULT, first, &error));
  g_assert_no_error (error);
  other = caseload_store_open (other_path, CASELOAD_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (caseload_xml_import_file (other, first, &options, &result, &error));
  g_assert_no_error (error);
  g_assert_true (caseload_xml_export_file (other, 0, CASELOAD_XML_EXPORT_DEFAULT, second, &error));
  g_assert_no_error (error);

  g_file_get_contents (first, &a, NULL, &error);
  g_assert_no_error (error);
  g_file_get_contents (second, &b, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (a, "<external-id>255901107</external-id>"));
  g_assert_cmpstr (a, ==, b);
}

/* ---- OneRoster ---------------------------------------------------------------- */

static void
test_oneroster_fixtures (Fixture       *f,
                         gconstpointer  data)
{
  static const struct { const char *zip; guint students; const char *probe; const char *expected; } cases[] = {
    { "Test_full_data_set.zip", 3,
      "SELECT student_number || '|' || grade || '|' || external_id FROM student WHERE last_name = 'Brown'",
      "anna.brown|11|usr-222-567891" },
    { "Test_minimal_data_set.zip", 3,
      "SELECT student_number || '|' || grade FROM student WHERE first_name = 'Mary'",
      "usr-222-66778899|" },
    { "oneroster_test_data.zip", 1,
      "SELECT s.student_number || '|' || s.birth_date || '|' || sc.name FROM student s "
      "JOIN school sc ON sc.id = s.school_id",
      "bruce.wayne|2010-04-17|Gotham High School" },
    { "v1p2_full_dataset.zip", 3,
      "SELECT student_number || '|' || grade FROM student WHERE first_name = 'mmichel'",
      "mmichel.jones|12" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *zip = fixture_file ("oneroster", cases[i].zip, NULL);
      g_autoptr(CaseloadImportResult) result = NULL;
      g_autoptr(CaseloadImportResult) again = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;
      CaseloadImportFormat format;

      g_clear_object (&f->store);
      g_unlink (f->path);
      f->store = caseload_store_open (f->path, CASELOAD_STORE_OPEN_CREATE, &error);
      g_assert_no_error (error);

      g_assert_true (caseload_import_detect (zip, &format, &error));
      g_assert_cmpint (format, ==, CASELOAD_IMPORT_FORMAT_ONEROSTER);
      result = import_ok (f, zip, CASELOAD_IMPORT_FORMAT_AUTO);
      g_assert_cmpuint (result->students_added, ==, cases[i].students);
      g_assert_cmpint (query_int (f, "SELECT count(*) FROM student"), ==, cases[i].students);
      text = query_text (f, cases[i].probe);
      g_assert_cmpstr (text, ==, cases[i].expected);

      again = import_ok (f, zip, CASELOAD_IMPORT_FORMAT_ONEROSTER);
      g_assert_cmpuint (again->students_unchanged, ==, cases[i].students);
      g_assert_cmpuint (again->students_added + again->students_updated, ==, 0);
    }

  /* The 1.1 full set: teachers are staff and team members of the students
   * in their classes (the tobedeleted class is left out). */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM staff"), ==, 2);
}

static char *
make_folder (Fixture    *f,
             const char *name)
{
  char *dir = g_build_filename (f->dir, name, NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  return dir;
}

static void
put (const char *dir,
     const char *name,
     const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
}

static void
test_oneroster_quirks (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *dir = make_folder (f, "export");
  g_autoptr(CaseloadImportResult) result = NULL;
  g_autoptr(CaseloadImportResult) later = NULL;
  g_autofree char *text = NULL;

  put (dir, "manifest.csv", "propertyName,value\r\noneroster.version,1.1\r\n");
  put (dir, "orgs.csv",
       "\xEF\xBB\xBFsourcedId,status,dateLastModified,name,type,identifier,parentSourcedId\r\n"
       "dist,active,,North District,district,,\r\n"
       "s1,active,,Lincoln Elementary,School,,dist\r\n"
       "s2,Active,,\"Washington, Middle\",SCHOOL,,dist\r\n");
  put (dir, "users.csv",
       "\xEF\xBB\xBFsourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,"
       "givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password\r\n"
       "u1,active,,TRUE,\"dist,s2\",Student,ana,,Ana,Ruiz,,S100,,,,,\"09,10\",\r\n"
       "u2,active,,true,s1,STUDENT,ben,,Ben,Okafor,,S101,,,,,KG,\r\n"
       "u3,active,,TRUE,s1,teacher,tess,,Tess,Lee,,T1,tess@example.org,,555-0100,,,\r\n"
       "u4,active,,TRUE,s1,parent,pat,,Pat,Ruiz,,,pat@example.org,,555-0101,\"u1\",,\r\n"
       "u5,tobedeleted,,TRUE,s1,student,gone,,Gil,Gone,,S102,,,,,3,\r\n");
  put (dir, "demographics.csv",
       "sourcedId,status,dateLastModified,birthDate,sex\r\nu1,active,,2011-05-02,female\r\n"
       "u2,active,,2020-01-15,male\r\n");
  put (dir, "classes.csv",
       "sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,classType,location,"
       "schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods\r\n"
       "c1,active,,Math,09,,,scheduled,,s1,t1,,,\r\n");
  put (dir, "enrollments.csv",
       "sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,primary,"
       "beginDate,endDate\r\ne1,active,,c1,s1,u3,Teacher,TRUE,,\r\ne2,active,,c1,s1,u1,student,false,,\r\n");

  result = import_ok (f, dir, CASELOAD_IMPORT_FORMAT_AUTO);
  g_assert_cmpuint (result->students_added, ==, 2);
  g_assert_cmpuint (result->students_skipped, ==, 1);   /* u5: tobedeleted, never here */
  g_assert_true (has_line (result->skipped, "line 6"));
  g_assert_true (has_line (result->notes, "North District"));

  text = query_text (f, "SELECT s.first_name || '|' || s.grade || '|' || s.birth_date || '|' || sc.name "
                        "|| '|' || s.external_id FROM student s JOIN school sc ON sc.id = s.school_id "
                        "WHERE s.student_number = 'S100'");
  g_assert_cmpstr (text, ==, "Ana|9|2011-05-02|Washington, Middle|u1");
  g_clear_pointer (&text, g_free);
  text = query_text (f, "SELECT grade FROM student WHERE student_number = 'S101'");
  g_assert_cmpstr (text, ==, "K");
  g_clear_pointer (&text, g_free);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM team_assignment t JOIN staff st ON st.id = t.staff_id "
                                 "JOIN student s ON s.id = t.student_id WHERE st.external_id = 'u3' "
                                 "AND s.student_number = 'S100' AND t.role = 'general-education-teacher'"), ==, 1);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM guardian g JOIN student s ON s.id = g.student_id "
                                 "WHERE s.student_number = 'S100' AND g.first_name = 'Pat'"), ==, 1);

  /* The next export: Ben is to be deleted (archived, not removed), Ana's
   * student ID changed (matched by sourcedId). */
  put (dir, "users.csv",
       "sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,"
       "givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password\n"
       "u1,active,,TRUE,s2,student,ana,,Ana,Ruiz,,S100-B,,,,,10,\n"
       "u2,TOBEDELETED,,true,s1,student,ben,,Ben,Okafor,,S101,,,,,KG,\n");
  later = import_ok (f, dir, CASELOAD_IMPORT_FORMAT_ONEROSTER);
  g_assert_cmpuint (later->students_updated, ==, 2);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM student"), ==, 2);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM student WHERE student_number = 'S100-B' "
                                 "AND grade = '10'"), ==, 1);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM student WHERE student_number = 'S101' "
                                 "AND status = 'archived'"), ==, 1);
}

/* Found by fuzz-oneroster: a row whose student ID finds one student and
 * whose sourcedId is another's is skipped, not a failed import. */
static void
test_oneroster_conflicting_ids (Fixture       *f,
                                gconstpointer  data)
{
  g_autofree char *dir = make_folder (f, "conflict");
  g_autofree char *regression = NULL;
  g_autoptr(CaseloadImportResult) result = NULL;
  const char *root = g_getenv ("CASELOAD_SOURCE_ROOT");

  g_assert_nonnull (root);
  regression = g_build_filename (root, "tests", "fuzz", "corpus", "oneroster",
                                 "regression-sourcedid-of-another.csv", NULL);
  {
    g_autofree char *text = NULL;
    g_autoptr(GError) error = NULL;

    g_file_get_contents (regression, &text, NULL, &error);
    g_assert_no_error (error);
    put (dir, "users.csv", text);
  }
  result = import_ok (f, dir, CASELOAD_IMPORT_FORMAT_ONEROSTER);
  g_assert_cmpuint (result->students_added, ==, 2);
  g_assert_cmpuint (result->students_skipped, ==, 1);
  g_assert_true (has_line (result->skipped, "line 4"));
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM student WHERE external_id = 'u1' "
                                 "AND student_number = 'S1'"), ==, 1);
}

static void
test_oneroster_hostile (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *real = fixture_file ("oneroster", "Test_full_data_set.zip", NULL);
  g_autofree char *zip = NULL;
  gsize len;
  g_autofree char *half = NULL, *empty = NULL, *noise_path = NULL;
  g_autofree char *quote = make_folder (f, "bad-quote");
  g_autofree char *latin1 = make_folder (f, "latin1");
  g_autofree char *headless = make_folder (f, "no-header");
  g_autofree char *nousers = make_folder (f, "no-users");
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadImportResult) result = NULL;
  guchar noise[4096];

  result = import_ok (f, real, CASELOAD_IMPORT_FORMAT_ONEROSTER);
  g_file_get_contents (real, &zip, &len, &error);
  g_assert_no_error (error);

  half = write_file (f, "half.zip", zip, (gssize) (len / 2));
  assert_refused (f, half, CASELOAD_IMPORT_FORMAT_ONEROSTER, NULL);
  assert_refused (f, half, CASELOAD_IMPORT_FORMAT_AUTO, NULL);
  empty = write_file (f, "empty.zip", "", 0);
  assert_refused (f, empty, CASELOAD_IMPORT_FORMAT_ONEROSTER, "empty");
  for (gsize i = 0; i < sizeof noise; i++)
    noise[i] = (guchar) g_test_rand_int_range (0, 256);
  memcpy (noise, "PK\003\004", 4);
  noise_path = write_file (f, "noise.zip", (const char *) noise, sizeof noise);
  assert_refused (f, noise_path, CASELOAD_IMPORT_FORMAT_AUTO, NULL);

  put (quote, "users.csv", "sourcedId,status,role,givenName,familyName,identifier\n"
                           "a,active,student,Ann,Lee,1\nb,active,student,\"Bob,Lee,2\n");
  assert_refused (f, quote, CASELOAD_IMPORT_FORMAT_ONEROSTER, "users.csv");
  put (latin1, "users.csv", "sourcedId,status,role,givenName,familyName,identifier\n"
                            "a,active,student,Ann,Lee,1\nb,active,student,Jos\xe9,Lee,2\n");
  assert_refused (f, latin1, CASELOAD_IMPORT_FORMAT_ONEROSTER, "line 3");
  put (headless, "users.csv", "a,active,student,Ann,Lee,1\n");
  assert_refused (f, headless, CASELOAD_IMPORT_FORMAT_ONEROSTER, "header");
  put (nousers, "orgs.csv", "sourcedId,name,type\ns,School,school\n");
  assert_refused (f, nousers, CASELOAD_IMPORT_FORMAT_AUTO, "users.csv");

  f->options.max_size = 100;
  assert_refused (f, real, CASELOAD_IMPORT_FORMAT_ONEROSTER, "too large");
  f->options.max_size = 0;
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, set_up, func, tear_down)
  ADD ("/edfi/sample", test_edfi_sample);
  ADD ("/edfi/export", test_edfi_export);
  ADD ("/edfi/hostile", test_edfi_hostile);
  ADD ("/edfi/caseload-xml-round-trip", test_edfi_caseload_xml_round_trip);
  ADD ("/oneroster/fixtures", test_oneroster_fixtures);
  ADD ("/oneroster/quirks", test_oneroster_quirks);
  ADD ("/oneroster/conflicting-ids", test_oneroster_conflicting_ids);
  ADD ("/oneroster/hostile", test_oneroster_hostile);
#undef ADD

  return g_test_run ();
}
