#define G_LOG_DOMAIN "caseload-cli-progress"

#include "config.h"

#include "caseload-cli-progress.h"
#include "caseload-cli-common.h"
#include "caseload-chart.h"
#include "caseload-cli-output.h"
#include "caseload-model.h"

#include <glib/gi18n.h>

/* A number as the CSV shows it: "42", "37.5"; "" when unset. */
static char *
format_number (gboolean has_value,
               double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (!has_value)
    return g_strdup ("");
  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.10g", value));
}

int
caseload_cli_goals (const GOptionEntry    *common_entries,
                    CaseloadCliOpenStore  open_store,
                    int                   argc,
                    char                **argv)
{
  g_autofree char *student_number = NULL;
  g_autofree char *format = NULL;
  const GOptionEntry entries[] = {
    { "student", 's', 0, G_OPTION_ARG_STRING, &student_number,
      N_("The student's ID"), N_("ID") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("Output format: table (default) or csv"), N_("FORMAT") },
    { NULL }
  };
  const CaseloadCliColumn columns[] = {
    { "goal_id", N_("Goal"), CASELOAD_CLI_COLUMN_INTEGER },
    { "student_id", N_("Student ID"), CASELOAD_CLI_COLUMN_STRING },
    { "area", N_("Area"), CASELOAD_CLI_COLUMN_STRING },
    { "description", N_("Description"), CASELOAD_CLI_COLUMN_STRING },
    { "unit", N_("Unit"), CASELOAD_CLI_COLUMN_STRING },
    { "direction", N_("Better"), CASELOAD_CLI_COLUMN_STRING },
    { "baseline", N_("Baseline"), CASELOAD_CLI_COLUMN_OPTIONAL },
    { "target", N_("Target"), CASELOAD_CLI_COLUMN_OPTIONAL },
    { "target_date", N_("Target date"), CASELOAD_CLI_COLUMN_OPTIONAL },
    { "points", N_("Points"), CASELOAD_CLI_COLUMN_INTEGER },
    { "last_value", N_("Last value"), CASELOAD_CLI_COLUMN_OPTIONAL },
    { "last_date", N_("Last date"), CASELOAD_CLI_COLUMN_OPTIONAL },
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(CaseloadStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadStudent) student = NULL;
  g_autoptr(GListModel) goals = NULL;
  g_autoptr(CaseloadCliTable) table = NULL;
  CaseloadCliFormat output_format;
  int status;

  g_return_val_if_fail (open_store != NULL, CASELOAD_CLI_EXIT_ERROR);

  g_option_context_set_summary (context, _("List a student's goals with their progress data."));
  if ((status = caseload_cli_parse (context, common_entries, entries, 0, &argc, &argv)) != 0)
    return status;
  if (student_number == NULL || *student_number == '\0')
    return caseload_cli_usage (context, _("--student is required"));
  if (!caseload_cli_parse_format (format, CASELOAD_CLI_FORMAT_TABLE | CASELOAD_CLI_FORMAT_CSV, &output_format))
    return caseload_cli_usage (context, _("--format must be table or csv"));

  store = caseload_cli_open_or_report (open_store);
  if (store == NULL)
    return CASELOAD_CLI_EXIT_ERROR;

  student = caseload_cli_find_student (store, student_number, &status);
  if (student == NULL)
    return status;

  goals = caseload_store_list_student_goals (store, caseload_student_get_id (student), &error);
  if (goals == NULL)
    {
      return caseload_cli_fail (error);
    }

  table = caseload_cli_table_new_translated (columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(CaseloadGoalSummary) goal = g_list_model_get_item (goals, i);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, caseload_goal_summary_get_goal_id (goal));
      g_autofree char *baseline = format_number (caseload_goal_summary_get_has_baseline_value (goal),
                                                 caseload_goal_summary_get_baseline_value (goal));
      g_autofree char *target = format_number (caseload_goal_summary_get_has_target_value (goal),
                                               caseload_goal_summary_get_target_value (goal));
      g_autofree char *points = g_strdup_printf ("%d", caseload_goal_summary_get_n_points (goal));
      g_autofree char *last = format_number (caseload_goal_summary_get_has_last_value (goal),
                                             caseload_goal_summary_get_last_value (goal));
      const char *values[] = {
        id,
        caseload_goal_summary_get_student_number (goal),
        caseload_goal_summary_get_area (goal),
        caseload_goal_summary_get_description (goal),
        caseload_goal_summary_get_unit (goal),
        caseload_goal_summary_get_direction (goal),
        baseline,
        target,
        caseload_goal_summary_get_target_date (goal),
        points,
        last,
        caseload_goal_summary_get_last_date (goal),
      };

      caseload_cli_table_add_row (table, values);
    }

  caseload_cli_print_table (table, output_format);
  return EXIT_SUCCESS;
}

int
caseload_cli_chart (const GOptionEntry    *common_entries,
                    CaseloadCliOpenStore  open_store,
                    int                   argc,
                    char                **argv)
{
  gint64 goal_id = 0;
  g_autofree char *output = NULL;
  int width = 900;
  int height = 500;
  const GOptionEntry entries[] = {
    { "goal", 'g', 0, G_OPTION_ARG_INT64, &goal_id,
      N_("The goal's number (see \u201cgoals\u201d)"), N_("ID") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The file to write: .png, .svg or .pdf"), N_("FILE") },
    { "width", 0, 0, G_OPTION_ARG_INT, &width,
      N_("Width in pixels (PNG) or points (SVG, PDF); default 900"), N_("W") },
    { "height", 0, 0, G_OPTION_ARG_INT, &height,
      N_("Height in pixels (PNG) or points (SVG, PDF); default 500"), N_("H") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(CaseloadStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadProgressData) data = NULL;
  g_autofree char *lower = NULL;
  int status;

  g_return_val_if_fail (open_store != NULL, CASELOAD_CLI_EXIT_ERROR);

  g_option_context_set_summary (context,
                                _("Draw a goal's progress chart into a PNG, SVG or PDF file."));
  if ((status = caseload_cli_parse (context, common_entries, entries, 0, &argc, &argv)) != 0)
    return status;
  if (goal_id <= 0)
    return caseload_cli_usage (context, _("--goal is required"));
  if (output == NULL || *output == '\0')
    return caseload_cli_usage (context, _("--output is required"));
  lower = g_ascii_strdown (output, -1);
  if (!g_str_has_suffix (lower, ".png") && !g_str_has_suffix (lower, ".svg") &&
      !g_str_has_suffix (lower, ".pdf"))
    return caseload_cli_usage (context, _("--output must end in .png, .svg or .pdf"));
  if (width < 100 || width > 10000 || height < 80 || height > 10000)
    return caseload_cli_usage (context, _("--width must be 100 to 10000 and --height 80 to 10000"));

  store = caseload_cli_open_or_report (open_store);
  if (store == NULL)
    return CASELOAD_CLI_EXIT_ERROR;

  data = caseload_store_load_progress_data (store, goal_id, &error);
  if (data == NULL)
    {
      if (g_error_matches (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND))
        {
          g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, goal_id);

          g_printerr (_("caseload-cli: no goal with the number %s\n"), id);
          return CASELOAD_CLI_EXIT_USAGE;
        }
      return caseload_cli_fail (error);
    }

  if (!caseload_chart_write_file (data, NULL, width, height, output, &error))
    {
      return caseload_cli_fail (error);
    }
  return EXIT_SUCCESS;
}
