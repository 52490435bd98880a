#define G_LOG_DOMAIN "caseload-cli-print"

#include "config.h"

#include "caseload-cli-print.h"
#include "caseload-cli-common.h"
#include "caseload-documents.h"
#include "caseload-model.h"

#include <inttypes.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static int
report_error (GError *error)
{
  g_printerr ("caseload-cli: %s\n", error->message);
  return g_error_matches (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND) ? CASELOAD_CLI_EXIT_USAGE : CASELOAD_CLI_EXIT_ERROR;
}

static void
on_batch_progress (double   fraction,
                   gpointer data)
{
  g_printerr ("\r%3.0f %%", fraction * 100);
}

/* The IEP a document is printed from: for progress reports the IEP in
 * effect (the latest finalized, else the draft); otherwise the current
 * one (the draft while one is being written). */
static gint64
pick_iep (CaseloadStore *store,
          gint64         student_id,
          gboolean       in_effect,
          GError       **error)
{
  g_autoptr(CaseloadIep) current = NULL;

  if (in_effect)
    {
      g_autoptr(GListModel) ieps = caseload_store_list_ieps (store, student_id, error);

      if (ieps == NULL)
        return 0;
      for (guint i = 0; i < g_list_model_get_n_items (ieps); i++)
        {
          g_autoptr(CaseloadIep) iep = g_list_model_get_item (ieps, i);

          if (g_strcmp0 (caseload_iep_get_status (iep), "finalized") == 0)
            return caseload_iep_get_id (iep);
        }
    }
  current = caseload_store_get_current_iep (store, student_id, error);
  return current != NULL ? caseload_iep_get_id (current) : 0;
}

static int
print_all (CaseloadStore                 *store,
           int                            period,
           const CaseloadDocumentOptions *options,
           const char                    *output,
           const char                    *output_dir)
{
  g_autoptr(GError) error = NULL;
  guint skipped = 0;
  int written = 0;
  gboolean tty = isatty (STDERR_FILENO);

  if (output != NULL)
    {
      written = caseload_documents_write_progress_batch (store, NULL, period, options, output, &skipped,
                                                         tty ? on_batch_progress : NULL, NULL, NULL, &error);
      if (tty)
        g_printerr ("\r");
      if (written < 0)
        return report_error (error);
    }
  else
    {
      g_autoptr(GListModel) students = caseload_store_list_students (store, CASELOAD_STUDENT_LIST_ACTIVE, NULL, &error);

      if (students == NULL)
        return report_error (error);
      if (g_mkdir_with_parents (output_dir, 0755) != 0)
        {
          g_printerr (_("caseload-cli: cannot create \u201c%s\u201d: %s\n"), output_dir, g_strerror (errno));
          return CASELOAD_CLI_EXIT_ERROR;
        }
      for (guint i = 0; i < g_list_model_get_n_items (students); i++)
        {
          g_autoptr(CaseloadStudent) student = g_list_model_get_item (students, i);
          g_autoptr(CaseloadLayout) layout = NULL;
          g_autoptr(GError) local_error = NULL;
          g_autofree char *name = NULL;
          g_autofree char *path = NULL;
          gint64 iep_id = pick_iep (store, caseload_student_get_id (student), TRUE, &local_error);

          if (iep_id == 0)
            {
              skipped++;
              continue;
            }
          layout = caseload_documents_build_progress_report (store, iep_id, period, options, &local_error);
          if (layout == NULL)
            {
              if (!g_error_matches (local_error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND))
                return report_error (local_error);
              skipped++;
              continue;
            }
          name = g_strdup_printf ("progress-%s-period-%d.pdf", caseload_student_get_student_number (student), period);
          path = g_build_filename (output_dir, name, NULL);
          if (!caseload_layout_write_pdf (layout, path, &local_error))
            return report_error (local_error);
          written++;
          if (tty)
            on_batch_progress ((double) (i + 1) / g_list_model_get_n_items (students), NULL);
        }
      if (tty)
        g_printerr ("\r");
    }
  g_print (_("%d progress reports written, %u students without a report for period %d.\n"),
           written, skipped, period);
  return EXIT_SUCCESS;
}

int
caseload_cli_print (const GOptionEntry    *common_entries,
                    CaseloadCliOpenStore  open_store,
                    int                   argc,
                    char                **argv)
{
  g_autofree char *student_number = NULL;
  g_autofree char *document = NULL;
  g_autofree char *language = NULL;
  g_autofree char *output = NULL;
  g_autofree char *output_dir = NULL;
  gboolean all = FALSE;
  int period = 0;
  gint64 meeting_id = 0;
  const GOptionEntry entries[] = {
    { "student", 's', 0, G_OPTION_ARG_STRING, &student_number,
      N_("The student's ID"), N_("ID") },
    { "all", 0, 0, G_OPTION_ARG_NONE, &all,
      N_("Every active student (progress reports only)"), NULL },
    { "document", 'D', 0, G_OPTION_ARG_STRING, &document,
      N_("What to print: iep, progress, glance or notice"), N_("DOCUMENT") },
    { "period", 'p', 0, G_OPTION_ARG_INT, &period,
      N_("The reporting period, counted from 1 (progress reports)"), N_("N") },
    { "meeting", 'm', 0, G_OPTION_ARG_INT64, &meeting_id,
      N_("The meeting (notices; default: the IEP's meeting)"), N_("ID") },
    { "language", 'l', 0, G_OPTION_ARG_STRING, &language,
      N_("The document's language: en or es (default: the student's home language when translated)"), N_("LANG") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The PDF file to write"), N_("FILE") },
    { "output-dir", 0, 0, G_OPTION_ARG_FILENAME, &output_dir,
      N_("With --all: one PDF per student in this directory"), N_("DIR") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadStore) store = NULL;
  g_autoptr(CaseloadStudent) student = NULL;
  g_autoptr(CaseloadLayout) layout = NULL;
  CaseloadDocumentOptions options = { 0 };
  gint64 iep_id;
  int status;

  g_return_val_if_fail (open_store != NULL, CASELOAD_CLI_EXIT_ERROR);

  g_option_context_set_summary (context, _("Print a document to a PDF file: an IEP, a progress report, the at-a-glance sheet for teachers or a meeting notice."));
  if ((status = caseload_cli_parse (context, common_entries, entries, 0, &argc, &argv)) != 0)
    return status;

  if (document == NULL
      || (!g_str_equal (document, "iep") && !g_str_equal (document, "progress")
          && !g_str_equal (document, "glance") && !g_str_equal (document, "notice")))
    return caseload_cli_usage (context, _("--document must be iep, progress, glance or notice"));
  if (language != NULL && !g_str_equal (language, "en") && !g_str_equal (language, "es"))
    return caseload_cli_usage (context, _("--language must be en or es"));
  if (language != NULL && !caseload_doc_has_language (language))
    {
      g_printerr (_("caseload-cli: no translation for \u201c%s\u201d is installed\n"), language);
      return CASELOAD_CLI_EXIT_ERROR;
    }
  if (g_str_equal (document, "progress") && period <= 0)
    return caseload_cli_usage (context, _("--period is required for progress reports (1 is the first period)"));
  if (meeting_id != 0 && !g_str_equal (document, "notice"))
    return caseload_cli_usage (context, _("--meeting is only for notices"));
  if (all)
    {
      if (student_number != NULL)
        return caseload_cli_usage (context, _("--all and --student cannot be used together"));
      if (!g_str_equal (document, "progress"))
        return caseload_cli_usage (context, _("--all prints progress reports only"));
      if ((output == NULL) == (output_dir == NULL))
        return caseload_cli_usage (context, _("--all needs either --output or --output-dir"));
    }
  else
    {
      if (student_number == NULL || *student_number == '\0')
        return caseload_cli_usage (context, _("--student (or --all) is required"));
      if (output == NULL || *output == '\0')
        return caseload_cli_usage (context, _("--output is required"));
      if (output_dir != NULL)
        return caseload_cli_usage (context, _("--output-dir is only for --all"));
    }
  options.language = language;

  store = caseload_cli_open_or_report (open_store);
  if (store == NULL)
    return CASELOAD_CLI_EXIT_ERROR;

  if (all)
    return print_all (store, period, &options, output, output_dir);

  student = caseload_cli_find_student (store, student_number, &status);
  if (student == NULL)
    return status;
  iep_id = pick_iep (store, caseload_student_get_id (student), g_str_equal (document, "progress"), &error);
  if (iep_id == 0)
    return report_error (error);

  if (g_str_equal (document, "iep"))
    layout = caseload_documents_build_iep (store, iep_id, &options, &error);
  else if (g_str_equal (document, "progress"))
    layout = caseload_documents_build_progress_report (store, iep_id, period, &options, &error);
  else if (g_str_equal (document, "glance"))
    layout = caseload_documents_build_glance (store, iep_id, &options, &error);
  else
    {
      if (meeting_id != 0)
        {
          g_autoptr(CaseloadMeeting) meeting = caseload_store_get_meeting (store, meeting_id, &error);

          if (meeting == NULL)
            return report_error (error);
          if (caseload_meeting_get_student_id (meeting) != caseload_student_get_id (student))
            {
              g_printerr (_("caseload-cli: meeting %" PRId64 " is not a meeting of student \u201c%s\u201d\n"),
                          meeting_id, student_number);
              return CASELOAD_CLI_EXIT_USAGE;
            }
          layout = caseload_documents_build_meeting_notice (store, meeting_id, &options, &error);
        }
      else
        layout = caseload_documents_build_notice (store, iep_id, NULL, &options, &error);
    }
  if (layout == NULL)
    return report_error (error);
  if (!caseload_layout_write_pdf (layout, output, &error))
    return report_error (error);
  g_print (_("Wrote %s (%u pages, %s).\n"), output, caseload_layout_get_n_pages (layout),
           caseload_layout_get_language (layout));
  return EXIT_SUCCESS;
}
