#define G_LOG_DOMAIN "caseload-cli-data"

#include "config.h"

#include "caseload-cli-data.h"
#include "caseload-cli-common.h"
#include "caseload-backup.h"
#include "caseload-edfi.h"
#include "caseload-import.h"
#include "caseload-xml.h"

#include <glib/gi18n.h>

/* backup, restore, export and import: the data-safety commands of
 * caseload-cli. Each checks its arguments before it opens the database. */

int
caseload_cli_backup (const GOptionEntry    *common_entries,
                     CaseloadCliOpenStore  open_store,
                     int                   argc,
                     char                **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("[DEST]"));
  g_autoptr(CaseloadStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int status;

  g_option_context_set_summary (context,
                                _("Back up the database with SQLite's online backup: to DEST, or into "
                                  "the backup folder ($XDG_DATA_HOME/caseload/backups), which keeps "
                                  "7 daily and 4 weekly backups."));
  if ((status = caseload_cli_parse (context, common_entries, NULL, 1, &argc, &argv)) != 0)
    return status;

  store = caseload_cli_open_or_report (open_store);
  if (store == NULL)
    return CASELOAD_CLI_EXIT_ERROR;

  if (argc == 2)
    {
      if (!caseload_backup_database (caseload_store_get_path (store), argv[1], &error))
        return caseload_cli_fail (error);
      path = g_strdup (argv[1]);
    }
  else
    {
      path = caseload_backup_now (caseload_store_get_path (store), NULL, "manual", &error);
      if (path == NULL)
        return caseload_cli_fail (error);
    }

  g_print (_("Backed up to %s\n"), path);
  return 0;
}

int
caseload_cli_restore (const GOptionEntry    *common_entries,
                      CaseloadCliOpenStore  open_store,
                      int                   argc,
                      char                **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("SRC"));
  g_autoptr(CaseloadStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *db_path = NULL;
  int status;

  g_option_context_set_summary (context,
                                _("Replace the database with the backup SRC. SRC is checked first "
                                  "(integrity, Caseload file, schema version) and the current database "
                                  "is backed up before it is replaced."));
  if ((status = caseload_cli_parse (context, common_entries, NULL, 1, &argc, &argv)) != 0)
    return status;
  if (argc != 2)
    return caseload_cli_usage (context, _("Name the backup to restore"));

  store = caseload_cli_open_or_report (open_store);
  if (store == NULL)
    return CASELOAD_CLI_EXIT_ERROR;
  db_path = g_strdup (caseload_store_get_path (store));
  g_clear_object (&store);

  if (!caseload_backup_restore (db_path, argv[1], NULL, &saved, &error))
    return caseload_cli_fail (error);

  g_print (_("Restored %s from %s\n"), db_path, argv[1]);
  if (saved != NULL)
    g_print (_("The database as it was before is saved as %s\n"), saved);
  return 0;
}

int
caseload_cli_export (const GOptionEntry    *common_entries,
                     CaseloadCliOpenStore  open_store,
                     int                   argc,
                     char                **argv)
{
  g_autofree char *format = NULL;
  g_autofree char *student_number = NULL;
  g_autofree char *output = NULL;
  gboolean with_history = FALSE;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("Export format: caseload (Caseload XML) or edfi (Ed-Fi 5.2 InterchangeStudentProgram)"),
      N_("FORMAT") },
    { "student", 's', 0, G_OPTION_ARG_STRING, &student_number,
      N_("Only this student (district ID)"), N_("ID") },
    { "with-history", 0, 0, G_OPTION_ARG_NONE, &with_history,
      N_("Include the audit trail"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The file to write"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(CaseloadStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 student_id = 0;
  int status;

  g_option_context_set_summary (context,
                                _("Export the database, or one student, as Caseload XML "
                                  "(schema: caseload.xsd), or the special-education program "
                                  "associations of every student with an IEP as an Ed-Fi 5.2 "
                                  "InterchangeStudentProgram."));
  if ((status = caseload_cli_parse (context, common_entries, entries, 0, &argc, &argv)) != 0)
    return status;
  if (format == NULL)
    return caseload_cli_usage (context, _("--format is required"));
  if (!g_str_equal (format, "caseload") && !g_str_equal (format, "edfi"))
    return caseload_cli_usage (context, _("--format must be caseload or edfi"));
  if (with_history && g_str_equal (format, "edfi"))
    return caseload_cli_usage (context, _("--with-history only goes with --format caseload"));
  if (output == NULL || *output == '\0')
    return caseload_cli_usage (context, _("--output is required"));

  store = caseload_cli_open_or_report (open_store);
  if (store == NULL)
    return CASELOAD_CLI_EXIT_ERROR;

  if (student_number != NULL)
    {
      g_autoptr(CaseloadStudent) student = caseload_cli_find_student (store, student_number, &status);

      if (student == NULL)
        return status;
      student_id = caseload_student_get_id (student);
    }

  if (g_str_equal (format, "edfi"))
    {
      if (!caseload_edfi_export_file (store, student_id, output, &error))
        return caseload_cli_fail (error);
      return 0;
    }
  if (!caseload_xml_export_file (store, student_id,
                                 with_history ? CASELOAD_XML_EXPORT_WITH_HISTORY
                                              : CASELOAD_XML_EXPORT_DEFAULT,
                                 output, &error))
    return caseload_cli_fail (error);
  return 0;
}

int
caseload_cli_import (const GOptionEntry    *common_entries,
                     CaseloadCliOpenStore  open_store,
                     int                   argc,
                     char                **argv)
{
  g_autofree char *format = NULL;
  gboolean dry_run = FALSE;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("Import format: caseload, edfi or oneroster (default: detected from the content)"),
      N_("FORMAT") },
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run,
      N_("Show what would change, write nothing"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE"));
  g_autoptr(CaseloadStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadXmlImportResult) result = NULL;
  g_autofree char *description = NULL;
  CaseloadImportOptions options = { FALSE, 0, NULL };
  CaseloadImportFormat kind = CASELOAD_IMPORT_FORMAT_AUTO;
  int status;

  g_option_context_set_summary (context,
                                _("Import a Caseload XML file, an Ed-Fi 5.2 interchange, or a "
                                  "OneRoster 1.1/1.2 CSV export (a .zip or a folder). Everything is "
                                  "applied in one transaction (any error: nothing changes); the "
                                  "database is backed up first when it holds data."));
  if ((status = caseload_cli_parse (context, common_entries, entries, 1, &argc, &argv)) != 0)
    return status;
  if (format != NULL && (!caseload_import_format_from_string (format, &kind) ||
                         kind == CASELOAD_IMPORT_FORMAT_AUTO))
    return caseload_cli_usage (context, _("--format must be caseload, edfi or oneroster"));
  if (argc != 2)
    return caseload_cli_usage (context, _("Name the file to import"));

  store = caseload_cli_open_or_report (open_store);
  if (store == NULL)
    return CASELOAD_CLI_EXIT_ERROR;

  options.dry_run = dry_run;
  if (!caseload_import_path (store, argv[1], kind, &options, NULL, &result, &error))
    return caseload_cli_fail (error);

  description = caseload_xml_import_result_describe (result);
  g_print ("%s", description);
  return 0;
}
