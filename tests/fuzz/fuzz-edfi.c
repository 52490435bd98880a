/* fuzz-edfi.c: libFuzzer target for the Ed-Fi 5.2 importer. */
#include "config.h"

#include "caseload-edfi.h"
#include "fuzz-common.h"

#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

/* The students, school and staff the seeds refer to, so that program
 * associations and contacts reach the store code. */
static const char known[] =
  "<InterchangeStudent xmlns=\"http://ed-fi.org/5.2.0\">"
  "<School><NameOfInstitution>Lincoln</NameOfInstitution><SchoolId>7</SchoolId></School>"
  "<Staff><StaffUniqueId>S9</StaffUniqueId><Name><FirstName>Tess</FirstName><LastSurname>Lee</LastSurname></Name></Staff>"
  "<Student><StudentUniqueId>1001</StudentUniqueId><Name><FirstName>Ana</FirstName><LastSurname>Ruiz</LastSurname></Name>"
  "<BirthData><BirthDate>2012-03-04</BirthDate></BirthData></Student>"
  "<Student><StudentUniqueId>1002</StudentUniqueId><Name><FirstName>Ben</FirstName><LastSurname>Okafor</LastSurname></Name>"
  "<BirthData><BirthDate>2011-01-04</BirthDate></BirthData></Student></InterchangeStudent>";

static CaseloadStore *
store_with_students (void)
{
  static gboolean done;
  CaseloadStore *store = fuzz_get_store ();

  if (!done)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (known, sizeof known - 1);
      g_autoptr(GError) error = NULL;
      g_autoptr(CaseloadRoster) roster = caseload_edfi_parse (bytes, "known.xml", &error);

      g_assert_no_error (error);
      caseload_store_apply_roster (store, roster, NULL, NULL, &error);
      g_assert_no_error (error);
      done = TRUE;
    }
  return store;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(CaseloadRoster) roster = NULL;
  g_autoptr(CaseloadImportResult) result = NULL;
  CaseloadImportOptions options = { TRUE, 0, NULL };
  GError *error = NULL;

  roster = caseload_edfi_parse (bytes, "fuzz.xml", &error);
  if (roster == NULL)
    {
      g_assert_nonnull (error);
      g_assert_nonnull (strstr (error->message, "fuzz.xml"));
      g_clear_error (&error);
      return 0;
    }
  if (!caseload_store_apply_roster (store_with_students (), roster, &options, &result, &error))
    {
      /* A parsed roster always applies: constraint problems become
       * skipped rows. abort() lets libFuzzer save the input. */
      g_printerr ("a parsed roster must apply: %s\n", error->message);
      abort ();
    }
  return 0;
}
