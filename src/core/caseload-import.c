#define G_LOG_DOMAIN "caseload-import"

#include "config.h"

#include "caseload-import.h"
#include "caseload-edfi.h"
#include "caseload-error.h"
#include "caseload-oneroster.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/* Format detection and dispatch. The readers live in caseload-xml.c
 * (Caseload XML) and in their own files for the other formats. */

const char *
caseload_import_format_to_string (CaseloadImportFormat format)
{
  switch (format)
    {
    case CASELOAD_IMPORT_FORMAT_CASELOAD:
      return "caseload";
    case CASELOAD_IMPORT_FORMAT_EDFI:
      return "edfi";
    case CASELOAD_IMPORT_FORMAT_ONEROSTER:
      return "oneroster";
    case CASELOAD_IMPORT_FORMAT_AUTO:
    default:
      return "auto";
    }
}

gboolean
caseload_import_format_from_string (const char           *text,
                                    CaseloadImportFormat *format)
{
  static const CaseloadImportFormat all[] = {
    CASELOAD_IMPORT_FORMAT_AUTO, CASELOAD_IMPORT_FORMAT_CASELOAD,
    CASELOAD_IMPORT_FORMAT_EDFI, CASELOAD_IMPORT_FORMAT_ONEROSTER,
  };

  for (gsize i = 0; i < G_N_ELEMENTS (all); i++)
    if (g_strcmp0 (text, caseload_import_format_to_string (all[i])) == 0)
      {
        *format = all[i];
        return TRUE;
      }
  return FALSE;
}

const char *
caseload_import_format_describe (CaseloadImportFormat format)
{
  switch (format)
    {
    case CASELOAD_IMPORT_FORMAT_CASELOAD:
      return _("Caseload XML");
    case CASELOAD_IMPORT_FORMAT_EDFI:
      return _("Ed-Fi XML");
    case CASELOAD_IMPORT_FORMAT_ONEROSTER:
      return _("OneRoster CSV");
    case CASELOAD_IMPORT_FORMAT_AUTO:
    default:
      return _("Detected from the content");
    }
}

static gboolean
detect_xml (const char           *path,
            const char           *head,
            gsize                 len,
            CaseloadImportFormat *format,
            GError              **error)
{
  g_autofree char *text = g_strndup (head, len);

  if (strstr (text, CASELOAD_XML_NAMESPACE) != NULL)
    {
      *format = CASELOAD_IMPORT_FORMAT_CASELOAD;
      return TRUE;
    }
  if (strstr (text, "ed-fi.org") != NULL || strstr (text, "<Interchange") != NULL)
    {
      *format = CASELOAD_IMPORT_FORMAT_EDFI;
      return TRUE;
    }

  g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
               _("%s is XML, but neither Caseload XML nor an Ed-Fi interchange"),
               path);
  return FALSE;
}

gboolean
caseload_import_detect (const char           *path,
                        CaseloadImportFormat *format,
                        GError              **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  char head[4096];
  gsize len = 0;
  gsize start = 0;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (format != NULL, FALSE);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *users = g_build_filename (path, "users.csv", NULL);

      if (g_file_test (users, G_FILE_TEST_EXISTS))
        {
          *format = CASELOAD_IMPORT_FORMAT_ONEROSTER;
          return TRUE;
        }
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   _("The folder %s has no users.csv, so it is not a OneRoster export"),
                   path);
      return FALSE;
    }

  file = g_file_new_for_path (path);
  stream = g_file_read (file, NULL, error);
  if (stream == NULL)
    return FALSE;
  if (!g_input_stream_read_all (G_INPUT_STREAM (stream), head, sizeof head, &len, NULL, error))
    return FALSE;

  if (len == 0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   _("%s is empty"), path);
      return FALSE;
    }
  if (len >= 4 && memcmp (head, "PK\003\004", 4) == 0)
    {
      *format = CASELOAD_IMPORT_FORMAT_ONEROSTER;
      return TRUE;
    }

  if (len >= 3 && memcmp (head, "\xEF\xBB\xBF", 3) == 0)
    start = 3;
  while (start < len && g_ascii_isspace (head[start]))
    start++;
  if (start < len && head[start] == '<')
    return detect_xml (path, head + start, len - start, format, error);

  g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
               _("%s is not a file Caseload can import (Caseload XML, Ed-Fi XML, or a OneRoster .zip or folder)"),
               path);
  return FALSE;
}

gboolean
caseload_import_path (CaseloadStore               *store,
                      const char                  *path,
                      CaseloadImportFormat         format,
                      const CaseloadImportOptions *options,
                      GCancellable                *cancellable,
                      CaseloadImportResult       **result,
                      GError                     **error)
{
  CaseloadImportOptions defaults = { 0 };

  g_return_val_if_fail (CASELOAD_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (options == NULL)
    options = &defaults;

  if (format == CASELOAD_IMPORT_FORMAT_AUTO &&
      !caseload_import_detect (path, &format, error))
    return FALSE;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  switch (format)
    {
    case CASELOAD_IMPORT_FORMAT_CASELOAD:
      {
        CaseloadXmlImportOptions xml_options = {
          .dry_run = options->dry_run,
          .max_size = options->max_size,
          .backup_dir = options->backup_dir,
        };
        return caseload_xml_import_file (store, path, &xml_options, result, error);
      }

    case CASELOAD_IMPORT_FORMAT_EDFI:
      return caseload_edfi_import_file (store, path, options, result, error);

    case CASELOAD_IMPORT_FORMAT_ONEROSTER:
      return caseload_oneroster_import_path (store, path, options, result, error);

    case CASELOAD_IMPORT_FORMAT_AUTO:
    default:
      /* caseload_import_detect() always names a format. */
      g_return_val_if_reached (FALSE);
    }
}
