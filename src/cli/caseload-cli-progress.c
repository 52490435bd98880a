#define G_LOG_DOMAIN "caseload-cli-progress"

#include "config.h"

#include "caseload-cli-progress.h"
#include "caseload-chart.h"
#include "caseload-cli-output.h"
#include "caseload-model.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#define CLI_EXIT_ERROR 1
#define CLI_EXIT_USAGE 2

static int
usage (GOptionContext *context,
       const char     *message)
{
  g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

  if (message != NULL)
    g_printerr ("caseload-cli: %s\n\n", message);
  g_printerr ("%s", help);
  return CLI_EXIT_USAGE;
}

static int
parse (GOptionContext      *context,
       const GOptionEntry  *common_entries,
       const GOptionEntry  *entries,
       int                 *argc,
       char              ***argv)
{
  g_autoptr(GError) error = NULL;

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (common_entries != NULL)
    g_option_context_add_main_entries (context, common_entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, &error))
    return usage (context, error->message);
  if (*argc > 1)
    {
      g_autofree char *message = g_strdup_printf (_("Unexpected argument \u201c%s\u201d"), (*argv)[1]);

      return usage (context, message);
    }
  return 0;
}

static CaseloadStore *
open_or_report (CaseloadCliOpenStore open_store)
{
  g_autoptr(GError) error = NULL;
  CaseloadStore *store = open_store (&error);

  if (store == NULL)
    {
      g_printerr ("caseload-cli: %s\n", error->message);
      if (g_error_matches (error, CASELOAD_ERROR, CASELOAD_ERROR_NO_DATABASE))
        g_printerr (_("Create one first with \u201ccaseload-cli --database PATH init\u201d.\n"));
    }
  return store;
}

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
  CaseloadCliColumn translated[G_N_ELEMENTS (columns)];
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(CaseloadStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadStudent) student = NULL;
  g_autoptr(GListModel) goals = NULL;
  g_autoptr(CaseloadCliTable) table = NULL;
  g_autofree char *text = NULL;
  gboolean csv;
  int status;

  g_return_val_if_fail (open_store != NULL, CLI_EXIT_ERROR);

  g_option_context_set_summary (context, _("List a student's goals with their progress data."));
  if ((status = parse (context, common_entries, entries, &argc, &argv)) != 0)
    return status;
  if (student_number == NULL || *student_number == '\0')
    return usage (context, _("--student is required"));
  if (format != NULL && !g_str_equal (format, "table") && !g_str_equal (format, "csv"))
    return usage (context, _("--format must be table or csv"));
  csv = format != NULL && g_str_equal (format, "csv");

  store = open_or_report (open_store);
  if (store == NULL)
    return CLI_EXIT_ERROR;

  student = caseload_store_find_student (store, student_number, &error);
  if (student == NULL)
    {
      if (g_error_matches (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND))
        {
          g_printerr (_("caseload-cli: no student with the ID \u201c%s\u201d\n"), student_number);
          return CLI_EXIT_USAGE;
        }
      g_printerr ("caseload-cli: %s\n", error->message);
      return CLI_EXIT_ERROR;
    }

  goals = caseload_store_list_student_goals (store, caseload_student_get_id (student), &error);
  if (goals == NULL)
    {
      g_printerr ("caseload-cli: %s\n", error->message);
      return CLI_EXIT_ERROR;
    }

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      translated[i] = columns[i];
      translated[i].header = _(columns[i].header);
    }
  table = caseload_cli_table_new (translated, G_N_ELEMENTS (columns));
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

  text = csv ? caseload_cli_table_to_csv (table) : caseload_cli_table_to_text (table);
  fwrite (text, 1, strlen (text), stdout);
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

  g_return_val_if_fail (open_store != NULL, CLI_EXIT_ERROR);

  g_option_context_set_summary (context,
                                _("Draw a goal's progress chart into a PNG, SVG or PDF file."));
  if ((status = parse (context, common_entries, entries, &argc, &argv)) != 0)
    return status;
  if (goal_id <= 0)
    return usage (context, _("--goal is required"));
  if (output == NULL || *output == '\0')
    return usage (context, _("--output is required"));
  lower = g_ascii_strdown (output, -1);
  if (!g_str_has_suffix (lower, ".png") && !g_str_has_suffix (lower, ".svg") &&
      !g_str_has_suffix (lower, ".pdf"))
    return usage (context, _("--output must end in .png, .svg or .pdf"));
  if (width < 100 || width > 10000 || height < 80 || height > 10000)
    return usage (context, _("--width must be 100 to 10000 and --height 80 to 10000"));

  store = open_or_report (open_store);
  if (store == NULL)
    return CLI_EXIT_ERROR;

  data = caseload_store_load_progress_data (store, goal_id, &error);
  if (data == NULL)
    {
      if (g_error_matches (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND))
        {
          g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, goal_id);

          g_printerr (_("caseload-cli: no goal with the number %s\n"), id);
          return CLI_EXIT_USAGE;
        }
      g_printerr ("caseload-cli: %s\n", error->message);
      return CLI_EXIT_ERROR;
    }

  if (!caseload_chart_write_file (data, NULL, width, height, output, &error))
    {
      g_printerr ("caseload-cli: %s\n", error->message);
      return CLI_EXIT_ERROR;
    }
  return EXIT_SUCCESS;
}
