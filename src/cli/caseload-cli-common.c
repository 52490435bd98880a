#define G_LOG_DOMAIN "caseload-cli-common"

#include "config.h"

#include "caseload-cli-common.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

int
caseload_cli_usage (GOptionContext *context,
                    const char     *message)
{
  g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

  if (message != NULL)
    g_printerr ("caseload-cli: %s\n\n", message);
  g_printerr ("%s", help);
  return CASELOAD_CLI_EXIT_USAGE;
}

int
caseload_cli_parse (GOptionContext      *context,
                    const GOptionEntry  *common_entries,
                    const GOptionEntry  *entries,
                    int                  max_args,
                    int                 *argc,
                    char              ***argv)
{
  g_autoptr(GError) error = NULL;

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (common_entries != NULL)
    g_option_context_add_main_entries (context, common_entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, &error))
    return caseload_cli_usage (context, error->message);
  if (*argc - 1 > max_args)
    {
      g_autofree char *message = g_strdup_printf (_("Unexpected argument \u201c%s\u201d"),
                                                  (*argv)[max_args + 1]);

      return caseload_cli_usage (context, message);
    }
  return 0;
}

gboolean
caseload_cli_parse_format (const char        *text,
                           CaseloadCliFormat  allowed,
                           CaseloadCliFormat *format)
{
  CaseloadCliFormat parsed;

  if (text == NULL || g_str_equal (text, "table"))
    parsed = CASELOAD_CLI_FORMAT_TABLE;
  else if (g_str_equal (text, "csv"))
    parsed = CASELOAD_CLI_FORMAT_CSV;
  else if (g_str_equal (text, "json"))
    parsed = CASELOAD_CLI_FORMAT_JSON;
  else
    return FALSE;
  if ((parsed & allowed) == 0)
    return FALSE;
  *format = parsed;
  return TRUE;
}

void
caseload_cli_print_table (CaseloadCliTable  *table,
                          CaseloadCliFormat  format)
{
  g_autofree char *text = NULL;

  switch (format)
    {
    case CASELOAD_CLI_FORMAT_CSV:
      text = caseload_cli_table_to_csv (table);
      break;
    case CASELOAD_CLI_FORMAT_JSON:
      text = caseload_cli_table_to_json (table);
      break;
    case CASELOAD_CLI_FORMAT_TABLE:
    default:
      text = caseload_cli_table_to_text (table);
      break;
    }
  caseload_cli_write_text (text);
}

CaseloadCliTable *
caseload_cli_table_new_translated (const CaseloadCliColumn *columns,
                                   guint                    n_columns)
{
  g_autofree CaseloadCliColumn *translated = g_new (CaseloadCliColumn, n_columns);

  for (guint i = 0; i < n_columns; i++)
    {
      translated[i] = columns[i];
      translated[i].header = _(columns[i].header);
    }
  /* The table copies the columns. */
  return caseload_cli_table_new (translated, n_columns);
}

void
caseload_cli_write_text (const char *text)
{
  fwrite (text, 1, strlen (text), stdout);
  fflush (stdout);
}

int
caseload_cli_fail (const GError *error)
{
  g_printerr ("caseload-cli: %s\n", error->message);
  return CASELOAD_CLI_EXIT_ERROR;
}

int
caseload_cli_report_error (const GError *error)
{
  g_printerr ("caseload-cli: %s\n", error->message);
  if (g_error_matches (error, CASELOAD_ERROR, CASELOAD_ERROR_NO_DATABASE))
    g_printerr (_("Create one first with \u201ccaseload-cli --database PATH init\u201d.\n"));
  return CASELOAD_CLI_EXIT_ERROR;
}

CaseloadStore *
caseload_cli_open_or_report (CaseloadCliOpenStore open_store)
{
  g_autoptr(GError) error = NULL;
  CaseloadStore *store = open_store (&error);

  if (store == NULL)
    caseload_cli_report_error (error);
  return store;
}

CaseloadStudent *
caseload_cli_find_student (CaseloadStore *store,
                           const char    *student_number,
                           int           *status)
{
  g_autoptr(GError) error = NULL;
  CaseloadStudent *student = caseload_store_find_student (store, student_number, &error);

  if (student != NULL)
    return student;
  if (g_error_matches (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND))
    {
      g_printerr (_("caseload-cli: no student with the ID \u201c%s\u201d\n"), student_number);
      *status = CASELOAD_CLI_EXIT_USAGE;
    }
  else
    *status = caseload_cli_fail (error);
  return NULL;
}
