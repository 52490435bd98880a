#define G_LOG_DOMAIN "caseload-cli-iep"

#include "config.h"

#include "caseload-cli-iep.h"
#include "caseload-cli-common.h"
#include "caseload-cli-output.h"
#include "caseload-iep-checker.h"
#include "caseload-model.h"

#include <glib/gi18n.h>

/* check-iep and bank: the IEP-authoring commands of caseload-cli.
 * Each parses and checks its own options before it opens the database. */

/* ---- check-iep ------------------------------------------------------------ */

int
caseload_cli_check_iep (const GOptionEntry    *common_entries,
                        CaseloadCliOpenStore  open_store,
                        int                   argc,
                        char                **argv)
{
  g_autofree char *student_number = NULL;
  g_autofree char *format = NULL;
  const GOptionEntry entries[] = {
    { "student", 's', 0, G_OPTION_ARG_STRING, &student_number,
      N_("The student's district ID"), N_("ID") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("Output format: text (default) or json"), N_("FORMAT") },
    { NULL }
  };
  const CaseloadCliColumn columns[] = {
    { "severity", N_("Severity"), CASELOAD_CLI_COLUMN_STRING },
    { "section", N_("Section"), CASELOAD_CLI_COLUMN_STRING },
    { "field", N_("Field"), CASELOAD_CLI_COLUMN_STRING },
    { "message", N_("Message"), CASELOAD_CLI_COLUMN_STRING },
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(CaseloadStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadStudent) student = NULL;
  g_autoptr(CaseloadIep) iep = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(CaseloadCliTable) table = NULL;
  g_autofree char *text = NULL;
  gboolean json;
  int status;

  g_return_val_if_fail (open_store != NULL, CASELOAD_CLI_EXIT_ERROR);

  g_option_context_set_summary (context,
                                _("Check the student's draft IEP (or else the IEP in effect) for compliance problems.\n"
                                  "Exit status: 0 no errors (warnings allowed), 1 errors, 2 wrong arguments, "
                                  "an unknown student or a student without an IEP."));
  if ((status = caseload_cli_parse (context, common_entries, entries, 0, &argc, &argv)) != 0)
    return status;
  if (student_number == NULL || *student_number == '\0')
    return caseload_cli_usage (context, _("--student is required"));
  if (format != NULL && !g_str_equal (format, "text") && !g_str_equal (format, "json"))
    return caseload_cli_usage (context, _("--format must be text or json"));
  json = format != NULL && g_str_equal (format, "json");

  store = caseload_cli_open_or_report (open_store);
  if (store == NULL)
    return CASELOAD_CLI_EXIT_ERROR;

  student = caseload_cli_find_student (store, student_number, &status);
  if (student == NULL)
    return status;

  iep = caseload_store_get_current_iep (store, caseload_student_get_id (student), &error);
  if (iep == NULL)
    {
      if (g_error_matches (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND))
        {
          g_printerr (_("caseload-cli: student %s has no IEP\n"), student_number);
          return CASELOAD_CLI_EXIT_USAGE;
        }
      return caseload_cli_fail (error);
    }

  findings = caseload_store_check_iep (store, caseload_iep_get_id (iep), NULL, &error);
  if (findings == NULL)
    {
      return caseload_cli_fail (error);
    }

  table = caseload_cli_table_new_translated (columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < findings->len; i++)
    {
      CaseloadIepFinding *finding = g_ptr_array_index (findings, i);
      const char *values[4];

      values[0] = caseload_iep_finding_get_severity_key (finding);
      values[1] = json ? caseload_iep_finding_get_section (finding)
                       : caseload_iep_section_to_label (caseload_iep_finding_get_section (finding));
      values[2] = caseload_iep_finding_get_field (finding);
      values[3] = caseload_iep_finding_get_message (finding);
      caseload_cli_table_add_row (table, values);
    }

  if (json)
    text = caseload_cli_table_to_json (table);
  else if (findings->len == 0)
    text = g_strdup_printf (_("%s IEP %s: no problems found\n"),
                            caseload_iep_status_to_label (caseload_iep_get_status (iep)),
                            caseload_iep_get_start_date (iep));
  else
    text = caseload_cli_table_to_text (table);
  caseload_cli_write_text (text);

  return caseload_iep_findings_count_errors (findings) > 0 ? 1 : 0;
}

/* ---- bank -------------------------------------------------------------------- */

int
caseload_cli_bank (const GOptionEntry    *common_entries,
                   CaseloadCliOpenStore  open_store,
                   int                   argc,
                   char                **argv)
{
  g_autofree char *kind = NULL;
  g_autofree char *search = NULL;
  g_autofree char *format = NULL;
  const GOptionEntry entries[] = {
    { "kind", 'k', 0, G_OPTION_ARG_STRING, &kind,
      N_("Which bank: goal or accommodation"), N_("KIND") },
    { "search", 0, 0, G_OPTION_ARG_STRING, &search,
      N_("Only entries with all these words (the last one may be a prefix)"), N_("TEXT") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("Output format: table (default) or csv"), N_("FORMAT") },
    { NULL }
  };
  const CaseloadCliColumn goal_columns[] = {
    { "id", N_("ID"), CASELOAD_CLI_COLUMN_INTEGER },
    { "area", N_("Area"), CASELOAD_CLI_COLUMN_STRING },
    { "text", N_("Goal"), CASELOAD_CLI_COLUMN_STRING },
    { "source", N_("Source"), CASELOAD_CLI_COLUMN_STRING },
  };
  const CaseloadCliColumn accommodation_columns[] = {
    { "id", N_("ID"), CASELOAD_CLI_COLUMN_INTEGER },
    { "category", N_("Category"), CASELOAD_CLI_COLUMN_STRING },
    { "description", N_("Accommodation"), CASELOAD_CLI_COLUMN_STRING },
    { "source", N_("Source"), CASELOAD_CLI_COLUMN_STRING },
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(CaseloadStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(CaseloadCliTable) table = NULL;
  const CaseloadCliColumn *columns;
  CaseloadCliFormat output_format;
  gboolean goals;
  int status;

  g_return_val_if_fail (open_store != NULL, CASELOAD_CLI_EXIT_ERROR);

  g_option_context_set_summary (context, _("List or search the goal bank or the accommodation bank."));
  if ((status = caseload_cli_parse (context, common_entries, entries, 0, &argc, &argv)) != 0)
    return status;
  if (kind == NULL || (!g_str_equal (kind, "goal") && !g_str_equal (kind, "accommodation")))
    return caseload_cli_usage (context, _("--kind must be goal or accommodation"));
  if (!caseload_cli_parse_format (format, CASELOAD_CLI_FORMAT_TABLE | CASELOAD_CLI_FORMAT_CSV, &output_format))
    return caseload_cli_usage (context, _("--format must be table or csv"));
  goals = g_str_equal (kind, "goal");

  store = caseload_cli_open_or_report (open_store);
  if (store == NULL)
    return CASELOAD_CLI_EXIT_ERROR;

  if (goals)
    list = caseload_store_search_goal_bank (store, search, NULL, &error);
  else
    list = caseload_store_search_accommodation_bank (store, search, NULL, &error);
  if (list == NULL)
    {
      return caseload_cli_fail (error);
    }

  columns = goals ? goal_columns : accommodation_columns;
  table = caseload_cli_table_new_translated (columns, 4);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);
      g_autofree char *id = NULL;
      g_autofree char *first = NULL;
      g_autofree char *second = NULL;
      g_autofree char *author = NULL;
      gboolean built_in = FALSE, shared = FALSE;
      gint64 item_id = 0;
      const char *values[4];

      g_object_get (item,
                    "id", &item_id,
                    goals ? "area" : "category", &first,
                    goals ? "text" : "description", &second,
                    "built-in", &built_in,
                    "shared", &shared,
                    "author-name", &author,
                    NULL);
      id = g_strdup_printf ("%" G_GINT64_FORMAT, item_id);
      values[0] = id;
      values[1] = first;
      values[2] = second;
      if (built_in)
        values[3] = _("built in");
      else if (author != NULL && *author != '\0')
        values[3] = author;
      else
        values[3] = shared ? _("shared") : _("own");
      caseload_cli_table_add_row (table, values);
    }

  caseload_cli_print_table (table, output_format);
  return 0;
}
