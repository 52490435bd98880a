/* fuzz-caseload-xml.c: libFuzzer target for the Caseload XML importer. */
#include "config.h"

#include "caseload-xml.h"
#include "fuzz-common.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(CaseloadXmlImportResult) result = NULL;
  CaseloadXmlImportOptions options = { TRUE, 1024 * 1024, NULL };
  GError *error = NULL;

  if (!caseload_xml_import_bytes (fuzz_get_store (), bytes, &options, &result, &error))
    {
      /* Every refusal says why. */
      g_assert_nonnull (error);
      g_assert_nonnull (error->message);
      g_clear_error (&error);
    }
  return 0;
}
