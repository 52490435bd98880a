/* fuzz-oneroster.c: libFuzzer target for the OneRoster importer. An input
 * that starts like a zip is read as the export's zip; anything else as
 * its users.csv. */
#include "config.h"

#include "caseload-oneroster.h"
#include "fuzz-common.h"

#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GHashTable) files = NULL;
  g_autoptr(CaseloadRoster) roster = NULL;
  g_autoptr(CaseloadImportResult) result = NULL;
  CaseloadImportOptions options = { TRUE, 0, NULL };
  GError *error = NULL;

  if (size >= 2 && memcmp (data, "PK", 2) == 0)
    files = caseload_oneroster_read_zip (bytes, "fuzz.zip", 4 * 1024 * 1024, &error);
  else
    {
      files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_bytes_unref);
      g_hash_table_insert (files, g_strdup ("users.csv"), g_bytes_ref (bytes));
    }
  if (files != NULL)
    roster = caseload_oneroster_parse (files, "fuzz.zip", &error);
  if (roster == NULL)
    {
      g_assert_nonnull (error);
      g_assert_nonnull (strstr (error->message, "fuzz.zip"));
      g_clear_error (&error);
      return 0;
    }
  if (!caseload_store_apply_roster (fuzz_get_store (), roster, &options, &result, &error))
    {
      /* A parsed roster always applies: constraint problems become
       * skipped rows. abort() lets libFuzzer save the input. */
      g_printerr ("a parsed roster must apply: %s\n", error->message);
      abort ();
    }
  return 0;
}
