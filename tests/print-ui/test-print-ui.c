/* test-print-ui.c: the print operation, the preview and the batch dialog
 * in a real window under Xvfb, against a real sample database; printed
 * pages read back with poppler. */
#include "config.h"

#include "caseload-documents.h"
#include "caseload-model.h"
#include "caseload-print.h"
#include "caseload-print-batch-dialog.h"
#include "caseload-print-period-dialog.h"
#include "caseload-print-preview.h"
#include "caseload-sample.h"
#include "caseload-store-iep.h"
#include "caseload-store-progress.h"
#include "caseload-window.h"

#include <glib/gstdio.h>
#include <poppler.h>
#include <string.h>

/* poppler-glib 22.12 defines no autoptr cleanups */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

typedef struct
{
  char          *dir;
  char          *path;
  CaseloadStore *store;
} Fixture;

static void
fixture_set_up (Fixture *fixture,
                guint    n_students)
{
  g_autoptr(GError) error = NULL;
  CaseloadSampleOptions options = { n_students, 11, { 0 } };

  fixture->dir = g_dir_make_tmp ("caseload-print-ui-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "print.db", NULL);
  fixture->store = caseload_store_open (fixture->path, CASELOAD_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_date_clear (&options.as_of, 1);
  g_date_set_dmy (&options.as_of, 2, G_DATE_MARCH, 2026);
  g_assert_true (caseload_sample_generate (fixture->store, &options, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        remove_tree (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

static void
fixture_tear_down (Fixture *fixture)
{
  g_clear_object (&fixture->store);
  remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static void
spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (2000);
    }
}

/* A student whose IEP has a started period-1 progress report. */
static gint64
student_with_report (CaseloadStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) students = caseload_store_list_students (store, CASELOAD_STUDENT_LIST_ACTIVE, NULL, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (students); i++)
    {
      g_autoptr(CaseloadStudent) student = g_list_model_get_item (students, i);
      g_autoptr(CaseloadIep) iep = caseload_store_get_current_iep (store, caseload_student_get_id (student), NULL);
      g_autoptr(GListModel) reports = NULL;
      g_autoptr(CaseloadProgressReport) first = NULL;

      if (iep == NULL || g_strcmp0 (caseload_iep_get_status (iep), "finalized") != 0)
        continue;
      reports = caseload_store_list_progress_reports (store, caseload_iep_get_id (iep), NULL);
      if (reports == NULL || g_list_model_get_n_items (reports) == 0)
        continue;
      first = g_list_model_get_item (reports, 0);
      if (caseload_progress_report_get_id (first) != 0)
        return caseload_student_get_id (student);
    }
  g_assert_not_reached ();
  return 0;
}

static char *
page_text (PopplerDocument *document,
           int              page_nr)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (document, page_nr);

  return poppler_page_get_text (page);
}

static PopplerDocument *
open_pdf (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, &error);
  PopplerDocument *document;

  g_assert_no_error (error);
  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  return document;
}

/* The print operation, exported to a PDF file, has the pages and the text
 * of the core renderer's own PDF. */
static void
test_export (void)
{
  Fixture fixture = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadIep) iep = NULL;
  g_autoptr(CaseloadStudent) student = NULL;
  g_autoptr(PopplerDocument) printed = NULL;
  g_autoptr(PopplerDocument) direct = NULL;
  g_autofree char *printed_path = NULL;
  g_autofree char *direct_path = NULL;
  g_autofree char *full_name = NULL;
  CaseloadDocumentOptions options = { "en", 0, 0, NULL };
  CaseloadLayout *layout;
  GtkWidget *window;
  gint64 student_id;
  guint n_pages;

  fixture_set_up (&fixture, 30);
  student_id = student_with_report (fixture.store);
  student = caseload_store_get_student (fixture.store, student_id, &error);
  g_assert_no_error (error);
  full_name = caseload_student_dup_full_name (student);
  iep = caseload_store_get_current_iep (fixture.store, student_id, &error);
  g_assert_no_error (error);

  window = gtk_window_new ();
  gtk_window_present (GTK_WINDOW (window));
  spin (50);

  direct_path = g_build_filename (fixture.dir, "direct.pdf", NULL);
  layout = caseload_documents_build_iep (fixture.store, caseload_iep_get_id (iep), &options, &error);
  g_assert_no_error (error);
  n_pages = caseload_layout_get_n_pages (layout);
  g_assert_cmpuint (n_pages, >=, 2);
  g_assert_true (caseload_layout_write_pdf (layout, direct_path, &error));
  g_assert_no_error (error);
  caseload_layout_free (layout);

  printed_path = g_build_filename (fixture.dir, "printed.pdf", NULL);
  layout = caseload_documents_build_iep (fixture.store, caseload_iep_get_id (iep), &options, &error);
  g_assert_no_error (error);
  g_assert_cmpint (caseload_print_layout (GTK_WINDOW (window), layout, "IEP", GTK_PRINT_OPERATION_ACTION_EXPORT,
                                          printed_path, &error), ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  spin (50);
  g_assert_true (g_file_test (printed_path, G_FILE_TEST_IS_REGULAR));

  printed = open_pdf (printed_path);
  direct = open_pdf (direct_path);
  g_assert_cmpint (poppler_document_get_n_pages (printed), ==, (int) n_pages);
  for (guint i = 0; i < n_pages; i++)
    {
      g_autofree char *a = page_text (printed, (int) i);
      g_autofree char *b = page_text (direct, (int) i);

      g_assert_cmpstr (a, ==, b);
    }
  {
    g_autofree char *first = page_text (printed, 0);
    g_autoptr(PopplerPage) page = poppler_document_get_page (printed, 0);
    double width, height;

    g_assert_nonnull (strstr (first, full_name));
    /* text at its size: US Letter in points, not scaled by 96/72 */
    poppler_page_get_size (page, &width, &height);
    g_assert_cmpfloat_with_epsilon (width, 612, 1);
    g_assert_cmpfloat_with_epsilon (height, 792, 1);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  fixture_tear_down (&fixture);
}

static CaseloadPrintPreview *
find_preview (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (CASELOAD_IS_PRINT_PREVIEW (window))
        return CASELOAD_PRINT_PREVIEW (window);
    }
  return NULL;
}

/* The operation's preview opens our own window with every page. */
static void
test_preview (void)
{
  Fixture fixture = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadIep) iep = NULL;
  CaseloadDocumentOptions options = { "es", 0, 0, NULL };
  CaseloadPrintPreview *preview;
  CaseloadLayout *layout;
  GtkWidget *window;
  guint n_pages;

  fixture_set_up (&fixture, 30);
  iep = caseload_store_get_current_iep (fixture.store, student_with_report (fixture.store), &error);
  g_assert_no_error (error);
  layout = caseload_documents_build_iep (fixture.store, caseload_iep_get_id (iep), &options, &error);
  g_assert_no_error (error);
  n_pages = caseload_layout_get_n_pages (layout);

  window = gtk_window_new ();
  gtk_window_present (GTK_WINDOW (window));
  spin (50);
  g_assert_null (find_preview ());
  caseload_print_layout (GTK_WINDOW (window), layout, "IEP", GTK_PRINT_OPERATION_ACTION_PREVIEW, NULL, &error);
  g_assert_no_error (error);
  for (int i = 0; i < 100 && find_preview () == NULL; i++)
    spin (20);
  preview = find_preview ();
  g_assert_nonnull (preview);
  g_assert_cmpuint (caseload_print_preview_get_n_pages (preview), ==, n_pages);
  g_assert_cmpuint (caseload_print_preview_get_page (preview), ==, 0);
  spin (100);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.next-page", NULL));
  g_assert_cmpuint (caseload_print_preview_get_page (preview), ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.previous-page", NULL);
  g_assert_cmpuint (caseload_print_preview_get_page (preview), ==, 0);
  /* past the last page stays on it */
  caseload_print_preview_set_page (preview, n_pages + 5);
  g_assert_cmpuint (caseload_print_preview_get_page (preview), ==, n_pages - 1);
  spin (100);

  /* Close ends the operation's preview */
  gtk_widget_activate_action (GTK_WIDGET (preview), "window.close", NULL);
  spin (100);
  g_assert_null (find_preview ());

  gtk_window_destroy (GTK_WINDOW (window));
  fixture_tear_down (&fixture);
}

/* The window's print actions exist with the shared parameter types. */
static void
test_actions (void)
{
  Fixture fixture = { 0 };
  CaseloadWindow *window;
  static const struct { const char *name; const char *type; } actions[] = {
    { "print-iep", "x" },
    { "print-progress", "(xi)" },
    { "print-glance", "x" },
    { "print-notice", "x" },
    { "print-batch", NULL },
    { "save-iep-pdf", "x" },
    { "save-progress-pdf", "(xi)" },
    { "choose-progress-period", "(xb)" },
  };

  fixture_set_up (&fixture, 20);
  window = caseload_window_new (NULL);
  caseload_window_set_store (window, fixture.store);
  gtk_window_present (GTK_WINDOW (window));
  spin (100);
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (window), actions[i].name);
      const GVariantType *type;

      g_assert_nonnull (action);
      type = g_action_get_parameter_type (action);
      if (actions[i].type == NULL)
        g_assert_null (type);
      else
        g_assert_true (g_variant_type_equal (type, G_VARIANT_TYPE (actions[i].type)));
    }

  /* the batch action opens the dialog; the period chooser offers the
   * started reports */
  g_action_group_activate_action (G_ACTION_GROUP (window), "print-batch", NULL);
  g_action_group_activate_action (G_ACTION_GROUP (window), "choose-progress-period",
                                  g_variant_new ("(xb)", student_with_report (fixture.store), FALSE));
  spin (100);
  {
    GListModel *toplevels = gtk_window_get_toplevels ();
    gboolean batch = FALSE, period = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);

        if (CASELOAD_IS_PRINT_BATCH_DIALOG (item))
          batch = TRUE;
        if (CASELOAD_IS_PRINT_PERIOD_DIALOG (item))
          {
            period = TRUE;
            g_assert_cmpuint (caseload_print_period_dialog_get_n_periods (CASELOAD_PRINT_PERIOD_DIALOG (item)), >=, 1);
          }
      }
    g_assert_true (batch);
    g_assert_true (period);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  spin (100);
  fixture_tear_down (&fixture);
}

static void
on_finished_cb (CaseloadPrintBatchDialog *dialog,
                const char               *message,
                const char               *button,
                const char               *uri,
                char                    **out_uri)
{
  *out_uri = g_strdup (uri);
}

/* Cancel stops the worker and removes the unfinished file; a run left
 * alone writes one file per student and reports the folder. */
static void
test_batch_cancel (void)
{
  Fixture fixture = { 0 };
  g_autofree char *target = NULL;
  g_autofree char *partial = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *finished_uri = NULL;
  CaseloadPrintBatchDialog *dialog;
  GtkWidget *window;
  guint n_files = 0;

  fixture_set_up (&fixture, 400);
  window = gtk_window_new ();
  gtk_window_present (GTK_WINDOW (window));

  dialog = caseload_print_batch_dialog_new (GTK_WINDOW (window), fixture.store);
  g_object_ref (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  spin (50);
  target = g_build_filename (fixture.dir, "reports.pdf", NULL);
  partial = g_strconcat (target, ".part", NULL);
  g_assert_true (caseload_print_batch_dialog_start (dialog, target));
  g_assert_true (caseload_print_batch_dialog_is_running (dialog));
  /* a second start while running is refused */
  g_assert_false (caseload_print_batch_dialog_start (dialog, target));

  for (int i = 0; i < 2000 && !g_file_test (partial, G_FILE_TEST_EXISTS); i++)
    spin (2);
  g_assert_true (g_file_test (partial, G_FILE_TEST_EXISTS));
  g_assert_true (caseload_print_batch_dialog_is_running (dialog));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "batch.cancel", NULL));
  for (int i = 0; i < 1000 && caseload_print_batch_dialog_is_running (dialog); i++)
    spin (10);
  g_assert_false (caseload_print_batch_dialog_is_running (dialog));
  g_assert_false (g_file_test (partial, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));
  /* the dialog stays, to say what happened */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_object_unref (dialog);
  gtk_window_destroy (GTK_WINDOW (dialog));
  spin (50);

  /* one file per student, to the end */
  dialog = caseload_print_batch_dialog_new (GTK_WINDOW (window), fixture.store);
  g_signal_connect (dialog, "finished", G_CALLBACK (on_finished_cb), &finished_uri);
  gtk_window_present (GTK_WINDOW (dialog));
  spin (50);
  folder = g_build_filename (fixture.dir, "each", NULL);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  /* the output row: one file per student */
  g_object_set (gtk_widget_get_template_child (GTK_WIDGET (dialog), CASELOAD_TYPE_PRINT_BATCH_DIALOG, "output_row"),
                "selected", 1, NULL);
  g_assert_true (caseload_print_batch_dialog_start (dialog, folder));
  for (int i = 0; i < 6000 && finished_uri == NULL; i++)
    spin (10);
  g_assert_nonnull (finished_uri);
  {
    g_autofree char *expected = g_filename_to_uri (folder, NULL, NULL);
    g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
    const char *name;

    g_assert_cmpstr (finished_uri, ==, expected);
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_assert_true (g_str_has_suffix (name, ".pdf"));
        g_assert_true (g_str_has_prefix (name, "Progress Report 1 – "));
        n_files++;
      }
  }
  g_assert_cmpuint (n_files, >, 10);

  gtk_window_destroy (GTK_WINDOW (window));
  spin (50);
  fixture_tear_down (&fixture);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  /* No display is a failure, never a skip. */
  if (!gtk_init_check ())
    {
      g_printerr ("test-print-ui: cannot open a display (run under Xvfb)\n");
      return 1;
    }
  adw_init ();

  g_test_add_func ("/print-ui/export", test_export);
  g_test_add_func ("/print-ui/preview", test_preview);
  g_test_add_func ("/print-ui/actions", test_actions);
  g_test_add_func ("/print-ui/batch-cancel", test_batch_cancel);

  return g_test_run ();
}
