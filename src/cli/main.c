#define G_LOG_DOMAIN "caseload-cli"

#include "config.h"

#include "caseload-cli-common.h"
#include "caseload-cli-data.h"
#include "caseload-cli-iep.h"
#include "caseload-cli-meetings.h"
#include "caseload-cli-print.h"
#include "caseload-cli-progress.h"
#include "caseload-cli-output.h"
#include "caseload-date.h"
#include "caseload-model.h"
#include "caseload-rules.h"
#include "caseload-sample.h"
#include "caseload-store.h"

#include <glib/gi18n.h>
#include <locale.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* caseload-cli: headless batch jobs on a Caseload database.
 * Exit codes: 0 success, 1 an error (message on stderr), 2 wrong arguments
 * (usage on stderr). */

static char *opt_database = NULL;

static const GOptionEntry database_entries[] = {
  { "database", 'd', 0, G_OPTION_ARG_FILENAME, &opt_database,
    N_("The database file (default: the one Caseload uses)"), N_("PATH") },
  { NULL }
};

static CaseloadStore *
open_store (gboolean   create,
            GError   **error)
{
  g_autofree char *path = opt_database != NULL ? g_strdup (opt_database)
                                               : caseload_store_default_path ();

  return caseload_store_open (path,
                              create ? CASELOAD_STORE_OPEN_CREATE : CASELOAD_STORE_OPEN_DEFAULT,
                              error);
}

/* ---- init ---------------------------------------------------------------- */

static int
command_init (int    argc,
              char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(CaseloadStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;
  int status;

  g_option_context_set_summary (context, _("Create the database, or upgrade it to this version of Caseload, and print its schema version."));
  if ((status = caseload_cli_parse (context, database_entries, NULL, 0, &argc, &argv)) != 0)
    return status;

  store = open_store (TRUE, &error);
  if (store == NULL)
    return caseload_cli_report_error (error);

  line = g_strdup_printf (_("Schema version %d\n"), caseload_store_get_schema_version (store));
  caseload_cli_write_text (line);
  return EXIT_SUCCESS;
}

/* ---- sample -------------------------------------------------------------- */

static void
on_sample_progress (double   fraction,
                    gpointer data)
{
  g_printerr ("\r%3.0f %%", fraction * 100.0);
  if (fraction >= 1.0)
    g_printerr ("\n");
}

static int
command_sample (int    argc,
                char **argv)
{
  int n_students = 0;
  char *seed_text = NULL;
  char *as_of_text = NULL;
  const GOptionEntry entries[] = {
    { "students", 'n', 0, G_OPTION_ARG_INT, &n_students,
      N_("Number of active students to create (required)"), N_("N") },
    { "seed", 's', 0, G_OPTION_ARG_STRING, &seed_text,
      N_("Seed of the random generator (default 1); the same seed and date give the same database"), N_("S") },
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of_text,
      N_("The day the sample history leads up to (default today)"), N_("YYYY-MM-DD") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(CaseloadStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) schools = NULL;
  g_autoptr(GListModel) staff = NULL;
  g_autofree char *as_of_iso = NULL;
  g_autofree char *line = NULL;
  CaseloadSampleOptions options = { 0 };
  guint64 seed = 1;
  int status;

  g_option_context_set_summary (context, _("Fill an empty database with a realistic, fictional district."));
  status = caseload_cli_parse (context, database_entries, entries, 0, &argc, &argv);
  if (status != 0)
    goto out;

  if (n_students <= 0 || n_students > 1000000)
    {
      status = caseload_cli_usage (context, _("--students needs a number from 1 to 1000000"));
      goto out;
    }
  if (seed_text != NULL
      && !g_ascii_string_to_unsigned (seed_text, 10, 0, G_MAXUINT32, &seed, NULL))
    {
      status = caseload_cli_usage (context, _("--seed needs a whole number from 0 to 4294967295"));
      goto out;
    }
  g_date_clear (&options.as_of, 1);
  if (as_of_text != NULL && !caseload_date_parse_iso (as_of_text, &options.as_of))
    {
      status = caseload_cli_usage (context, _("--as-of needs a date written YYYY-MM-DD"));
      goto out;
    }
  if (!g_date_valid (&options.as_of))
    caseload_date_set_today (&options.as_of);
  options.n_students = n_students;
  options.seed = (guint32) seed;

#ifdef __GLIBC__
  /* SQLite builds and frees a small table for every CHECK (x IN (...)) it
   * evaluates; keep glibc from returning that memory to the kernel (and
   * faulting it back in) a million times during a large sample. */
  mallopt (M_MMAP_THRESHOLD, 32 * 1024 * 1024);
  mallopt (M_TRIM_THRESHOLD, 256 * 1024 * 1024);
#endif

  store = open_store (TRUE, &error);
  if (store == NULL)
    {
      status = caseload_cli_report_error (error);
      goto out;
    }
  if (!caseload_sample_generate (store, &options,
                                 isatty (STDERR_FILENO) ? on_sample_progress : NULL, NULL,
                                 &error))
    {
      status = caseload_cli_report_error (error);
      goto out;
    }

  schools = caseload_store_list_schools (store, &error);
  if (schools != NULL)
    staff = caseload_store_list_staff (store, TRUE, &error);
  if (staff == NULL)
    {
      status = caseload_cli_report_error (error);
      goto out;
    }
  as_of_iso = caseload_date_to_iso (&options.as_of);
  line = g_strdup_printf (ngettext ("Created %d student with %u staff members in %u schools (seed %u, as of %s).\n",
                                    "Created %d students with %u staff members in %u schools (seed %u, as of %s).\n",
                                    n_students),
                          n_students, g_list_model_get_n_items (staff),
                          g_list_model_get_n_items (schools), options.seed, as_of_iso);
  caseload_cli_write_text (line);
  status = EXIT_SUCCESS;

out:
  g_free (seed_text);
  g_free (as_of_text);
  return status;
}

/* ---- students ------------------------------------------------------------ */

static const char *
student_status_label (const char *status)
{
  if (g_strcmp0 (status, "referred") == 0)
    return _("Referred");
  if (g_strcmp0 (status, "active") == 0)
    return _("Active");
  if (g_strcmp0 (status, "archived") == 0)
    return _("Archived");
  if (g_strcmp0 (status, "exited") == 0)
    return _("Exited");
  return status;
}

/* Every word of the folded needle appears in the student's search text. */
static gboolean
student_matches (CaseloadStudent    *student,
                 const char * const *words)
{
  const char *haystack = caseload_student_get_search_text (student);

  for (guint i = 0; words != NULL && words[i] != NULL; i++)
    if (*words[i] != '\0' && strstr (haystack, words[i]) == NULL)
      return FALSE;
  return TRUE;
}

static int
command_students (int    argc,
                  char **argv)
{
  char *search = NULL;
  gboolean all = FALSE;
  char *format_text = NULL;
  const GOptionEntry entries[] = {
    { "search", 0, 0, G_OPTION_ARG_STRING, &search,
      N_("Only students whose name, ID, school or case manager contains TEXT"), N_("TEXT") },
    { "all", 'a', 0, G_OPTION_ARG_NONE, &all,
      N_("Also list archived and exited students"), NULL },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_text,
      N_("Output format: table (default), csv or json"), N_("FORMAT") },
    { NULL }
  };
  const CaseloadCliColumn columns[] = {
    { "student_id", N_("Student ID"), CASELOAD_CLI_COLUMN_STRING },
    { "last_name", N_("Last name"), CASELOAD_CLI_COLUMN_STRING },
    { "first_name", N_("First name"), CASELOAD_CLI_COLUMN_STRING },
    { "grade", N_("Grade"), CASELOAD_CLI_COLUMN_STRING },
    { "school", N_("School"), CASELOAD_CLI_COLUMN_OPTIONAL },
    { "case_manager", N_("Case manager"), CASELOAD_CLI_COLUMN_OPTIONAL },
    { "primary_disability", N_("Disability"), CASELOAD_CLI_COLUMN_OPTIONAL },
    { "next_deadline", N_("Next deadline"), CASELOAD_CLI_COLUMN_OPTIONAL },
    { "next_deadline_date", N_("Due"), CASELOAD_CLI_COLUMN_OPTIONAL },
    { "status", N_("Status"), CASELOAD_CLI_COLUMN_STRING },
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(CaseloadStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) students = NULL;
  g_autoptr(CaseloadCliTable) table = NULL;
  g_auto(GStrv) words = NULL;
  CaseloadCliFormat format;
  int status;

  g_option_context_set_summary (context, _("List the active students (referred or with an IEP), with their case manager and next deadline."));
  status = caseload_cli_parse (context, database_entries, entries, 0, &argc, &argv);
  if (status != 0)
    goto out;
  if (!caseload_cli_parse_format (format_text,
                                  CASELOAD_CLI_FORMAT_TABLE | CASELOAD_CLI_FORMAT_CSV | CASELOAD_CLI_FORMAT_JSON,
                                  &format))
    {
      status = caseload_cli_usage (context, _("--format must be table, csv or json"));
      goto out;
    }

  store = open_store (FALSE, &error);
  if (store == NULL)
    {
      status = caseload_cli_report_error (error);
      goto out;
    }
  students = caseload_store_list_students (store,
                                           all ? CASELOAD_STUDENT_LIST_ALL : CASELOAD_STUDENT_LIST_ACTIVE,
                                           NULL, &error);
  if (students == NULL)
    {
      status = caseload_cli_report_error (error);
      goto out;
    }

  if (search != NULL)
    {
      g_autofree char *folded = caseload_fold_for_search (search);

      words = g_strsplit_set (folded, " \t", -1);
    }

  table = caseload_cli_table_new_translated (columns, G_N_ELEMENTS (columns));

  for (guint i = 0; i < g_list_model_get_n_items (students); i++)
    {
      g_autoptr(CaseloadStudent) student = g_list_model_get_item (students, i);
      const char *kind_key = caseload_student_get_next_deadline_kind (student);
      const char *kind_text = kind_key;
      CaseloadDeadlineKind kind;
      const char *values[G_N_ELEMENTS (columns)];

      if (words != NULL && !student_matches (student, (const char * const *) words))
        continue;
      if (format == CASELOAD_CLI_FORMAT_TABLE && kind_key != NULL && *kind_key != '\0'
          && caseload_deadline_kind_from_key (kind_key, &kind))
        kind_text = caseload_deadline_kind_to_label (kind);

      values[0] = caseload_student_get_student_number (student);
      values[1] = caseload_student_get_last_name (student);
      values[2] = caseload_student_get_first_name (student);
      values[3] = caseload_student_get_grade (student);
      values[4] = caseload_student_get_school_name (student);
      values[5] = caseload_student_get_case_manager_name (student);
      values[6] = caseload_student_get_primary_disability (student);
      values[7] = kind_text;
      values[8] = caseload_student_get_next_deadline_date (student);
      values[9] = format == CASELOAD_CLI_FORMAT_TABLE
                  ? student_status_label (caseload_student_get_status (student))
                  : caseload_student_get_status (student);
      caseload_cli_table_add_row (table, values);
    }

  caseload_cli_print_table (table, format);
  status = EXIT_SUCCESS;

out:
  g_free (search);
  g_free (format_text);
  return status;
}

/* ---- deadlines ----------------------------------------------------------- */

static int
command_deadlines (int    argc,
                   char **argv)
{
  int within = -1;
  char *as_of_text = NULL;
  char *format_text = NULL;
  const GOptionEntry entries[] = {
    { "within", 'w', 0, G_OPTION_ARG_INT, &within,
      N_("Only deadlines due within DAYS of the as-of date (overdue ones always shown)"), N_("DAYS") },
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of_text,
      N_("Count days from this date instead of today"), N_("YYYY-MM-DD") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_text,
      N_("Output format: table (default), csv or json"), N_("FORMAT") },
    { NULL }
  };
  const CaseloadCliColumn columns[] = {
    { "student_id", N_("Student ID"), CASELOAD_CLI_COLUMN_STRING },
    { "last_name", N_("Last name"), CASELOAD_CLI_COLUMN_STRING },
    { "first_name", N_("First name"), CASELOAD_CLI_COLUMN_STRING },
    { "kind", N_("Deadline"), CASELOAD_CLI_COLUMN_STRING },
    { "due_date", N_("Due"), CASELOAD_CLI_COLUMN_STRING },
    { "days_left", N_("Days left"), CASELOAD_CLI_COLUMN_INTEGER },
    { "case_manager", N_("Case manager"), CASELOAD_CLI_COLUMN_OPTIONAL },
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(CaseloadStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) deadlines = NULL;
  g_autoptr(CaseloadCliTable) table = NULL;
  GDate as_of;
  CaseloadCliFormat format;
  int status;

  g_option_context_set_summary (context, _("List every deadline of the active students, overdue ones first."));
  status = caseload_cli_parse (context, database_entries, entries, 0, &argc, &argv);
  if (status != 0)
    goto out;
  if (!caseload_cli_parse_format (format_text,
                                  CASELOAD_CLI_FORMAT_TABLE | CASELOAD_CLI_FORMAT_CSV | CASELOAD_CLI_FORMAT_JSON,
                                  &format))
    {
      status = caseload_cli_usage (context, _("--format must be table, csv or json"));
      goto out;
    }
  if (within < -1)
    {
      status = caseload_cli_usage (context, _("--within needs a number of days, 0 or more"));
      goto out;
    }
  g_date_clear (&as_of, 1);
  if (as_of_text != NULL && !caseload_date_parse_iso (as_of_text, &as_of))
    {
      status = caseload_cli_usage (context, _("--as-of needs a date written YYYY-MM-DD"));
      goto out;
    }
  if (!g_date_valid (&as_of))
    caseload_date_set_today (&as_of);

  store = open_store (FALSE, &error);
  if (store == NULL)
    {
      status = caseload_cli_report_error (error);
      goto out;
    }
  deadlines = caseload_store_list_deadlines (store, 0, &as_of, within, &error);
  if (deadlines == NULL)
    {
      status = caseload_cli_report_error (error);
      goto out;
    }

  table = caseload_cli_table_new_translated (columns, G_N_ELEMENTS (columns));

  for (guint i = 0; i < g_list_model_get_n_items (deadlines); i++)
    {
      g_autoptr(CaseloadDeadline) deadline = g_list_model_get_item (deadlines, i);
      g_autofree char *days = g_strdup_printf ("%d", caseload_deadline_get_days_left (deadline));
      const char *values[G_N_ELEMENTS (columns)];

      values[0] = caseload_deadline_get_student_number (deadline);
      values[1] = caseload_deadline_get_last_name (deadline);
      values[2] = caseload_deadline_get_first_name (deadline);
      values[3] = format == CASELOAD_CLI_FORMAT_TABLE ? caseload_deadline_get_kind_label (deadline)
                                         : caseload_deadline_get_kind_key (deadline);
      values[4] = caseload_deadline_get_due_date (deadline);
      values[5] = days;
      values[6] = caseload_deadline_get_case_manager_name (deadline);
      caseload_cli_table_add_row (table, values);
    }

  caseload_cli_print_table (table, format);
  status = EXIT_SUCCESS;

out:
  g_free (as_of_text);
  g_free (format_text);
  return status;
}

/* ---- check-iep, bank ------------------------------------------------------ */

static CaseloadStore *
open_existing_store (GError **error)
{
  return open_store (FALSE, error);
}

static int
command_check_iep (int    argc,
                   char **argv)
{
  return caseload_cli_check_iep (database_entries, open_existing_store, argc, argv);
}

static int
command_bank (int    argc,
              char **argv)
{
  return caseload_cli_bank (database_entries, open_existing_store, argc, argv);
}

/* ---- backup, restore, export, import -------------------------------------- */

static int
command_backup (int    argc,
                char **argv)
{
  return caseload_cli_backup (database_entries, open_existing_store, argc, argv);
}

static int
command_restore (int    argc,
                 char **argv)
{
  return caseload_cli_restore (database_entries, open_existing_store, argc, argv);
}

static int
command_export (int    argc,
                char **argv)
{
  return caseload_cli_export (database_entries, open_existing_store, argc, argv);
}

static int
command_import (int    argc,
                char **argv)
{
  return caseload_cli_import (database_entries, open_existing_store, argc, argv);
}

/* ---- meetings, ics, print ------------------------------------------------ */

static int
command_meetings (int    argc,
                  char **argv)
{
  return caseload_cli_meetings (database_entries, open_existing_store, argc, argv);
}

static int
command_ics (int    argc,
             char **argv)
{
  return caseload_cli_ics (database_entries, open_existing_store, argc, argv);
}

static int
command_print (int    argc,
               char **argv)
{
  return caseload_cli_print (database_entries, open_existing_store, argc, argv);
}

/* ---- goals, chart --------------------------------------------------------- */

static int
command_goals (int    argc,
               char **argv)
{
  return caseload_cli_goals (database_entries, open_existing_store, argc, argv);
}

static int
command_chart (int    argc,
               char **argv)
{
  return caseload_cli_chart (database_entries, open_existing_store, argc, argv);
}

/* ---- main ---------------------------------------------------------------- */

typedef struct
{
  const char *name;
  const char *summary;
  int       (*run) (int argc, char **argv);
} Command;

static const Command commands[] = {
  { "init", N_("Create or upgrade the database and print its schema version"), command_init },
  { "sample", N_("Fill an empty database with a fictional district"), command_sample },
  { "students", N_("List students"), command_students },
  { "deadlines", N_("List deadlines, overdue first"), command_deadlines },
  { "check-iep", N_("Check a student's IEP for compliance problems"), command_check_iep },
  { "bank", N_("List or search the goal or accommodation bank"), command_bank },
  { "goals", N_("List a student's goals with their progress data"), command_goals },
  { "chart", N_("Draw a goal's progress chart into a PNG, SVG or PDF file"), command_chart },
  { "meetings", N_("List meetings by date range and student"), command_meetings },
  { "ics", N_("Write a meeting invitation or a calendar feed as iCalendar"), command_ics },
  { "print", N_("Print an IEP, a progress report, the teachers' sheet or a meeting notice to PDF"), command_print },
  { "backup", N_("Back up the database"), command_backup },
  { "restore", N_("Replace the database with a backup"), command_restore },
  { "export", N_("Export Caseload XML (the database or one student)"), command_export },
  { "import", N_("Import Caseload XML, with a preview"), command_import },
};

int
main (int    argc,
      char **argv)
{
  gboolean version = FALSE;
  const GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &opt_database,
      N_("The database file (default: the one Caseload uses)"), N_("PATH") },
    { "version", 0, 0, G_OPTION_ARG_NONE, &version,
      N_("Print the version and exit"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) description = g_string_new (NULL);
  g_autofree char *prgname = NULL;
  int status;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_prgname ("caseload-cli");

  context = g_option_context_new (_("COMMAND [OPTION…]"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, _("Work with a Caseload database from the command line."));
  g_string_append (description, _("Commands:"));
  g_string_append_c (description, '\n');
  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    g_string_append_printf (description, "  %-10s %s\n", commands[i].name, _(commands[i].summary));
  g_string_append_c (description, '\n');
  g_string_append (description, _("Run “caseload-cli COMMAND --help” for the options of a command."));
  g_option_context_set_description (context, description->str);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  /* Stop at the command: what follows belongs to it. */
  g_option_context_set_strict_posix (context, TRUE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      status = caseload_cli_usage (context, error->message);
      goto out;
    }
  if (version)
    {
      caseload_cli_write_text ("caseload-cli " PACKAGE_VERSION "\n");
      status = EXIT_SUCCESS;
      goto out;
    }
  if (argc < 2)
    {
      status = caseload_cli_usage (context, _("No command given"));
      goto out;
    }

  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      {
        /* The command's help says "caseload-cli COMMAND [OPTION…]". */
        prgname = g_strdup_printf ("caseload-cli %s", commands[i].name);
        g_set_prgname (prgname);
        status = commands[i].run (argc - 1, argv + 1);
        goto out;
      }

  {
    g_autofree char *message = g_strdup_printf (_("Unknown command “%s”"), argv[1]);

    status = caseload_cli_usage (context, message);
  }

out:
  g_free (opt_database);
  return status;
}
