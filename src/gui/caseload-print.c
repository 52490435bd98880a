/* caseload-print.c: the print operation, our own preview, Save as PDF…
 * and the print actions of the window. */
#define G_LOG_DOMAIN "caseload-print"

#include "config.h"

#include "caseload-print.h"
#include "caseload-print-batch-dialog.h"
#include "caseload-print-period-dialog.h"
#include "caseload-print-preview.h"

#include "caseload-documents.h"
#include "caseload-model.h"
#include "caseload-store-iep.h"
#include "caseload-store-meetings.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <time.h>

/* ---- state kept on the window ------------------------------------------- */

typedef struct
{
  CaseloadWindow   *window;        /* owns this */
  AdwToastOverlay  *toast_overlay;
  GtkPrintSettings *settings;      /* the last ones used, for the next dialog */
  GtkPageSetup     *page_setup;
} PrintState;

static void
print_state_free (PrintState *state)
{
  g_clear_object (&state->settings);
  g_clear_object (&state->page_setup);
  g_free (state);
}

static PrintState *
get_state (GtkWindow *window)
{
  return window != NULL ? g_object_get_data (G_OBJECT (window), "caseload-print-state") : NULL;
}

/* A document on its way to the printer, the preview or a file. */
typedef struct
{
  CaseloadLayout *layout;
  char           *title;     /* file name without ".pdf", job name */
  GtkWindow      *parent;    /* weak */
} PrintJob;

static void
print_job_clear (PrintJob *job)
{
  g_clear_pointer (&job->layout, caseload_layout_free);
  g_clear_pointer (&job->title, g_free);
  if (job->parent != NULL)
    g_object_remove_weak_pointer (G_OBJECT (job->parent), (gpointer *) &job->parent);
}

static PrintJob *
print_job_new (GtkWindow      *parent,
               CaseloadLayout *layout,
               const char     *title)
{
  PrintJob *job = g_rc_box_new0 (PrintJob);

  job->layout = layout;
  job->title = g_strdup (title != NULL ? title : "");
  job->parent = parent;
  if (parent != NULL)
    g_object_add_weak_pointer (G_OBJECT (parent), (gpointer *) &job->parent);
  return job;
}

static PrintJob *
print_job_ref (PrintJob *job)
{
  return g_rc_box_acquire (job);
}

static void
print_job_unref (PrintJob *job)
{
  g_rc_box_release_full (job, (GDestroyNotify) print_job_clear);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrintJob, print_job_unref)

static void
show_error (GtkWindow    *parent,
            const char   *heading,
            const GError *error)
{
  if (parent != NULL && CASELOAD_IS_WINDOW (parent))
    caseload_window_show_error (CASELOAD_WINDOW (parent), heading, error);
  else
    {
      GtkWidget *dialog = adw_message_dialog_new (parent, heading, error != NULL ? error->message : NULL);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

static void
toast_with_uri (PrintState *state,
                const char *title,
                const char *button,
                const char *uri)
{
  AdwToast *toast;

  if (state == NULL || state->toast_overlay == NULL)
    return;
  toast = adw_toast_new (title);
  if (uri != NULL)
    {
      adw_toast_set_button_label (toast, button);
      adw_toast_set_action_name (toast, "win.open-print-uri");
      adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
    }
  adw_toast_set_timeout (toast, 8);
  adw_toast_overlay_add_toast (state->toast_overlay, toast);
}

/* ---- the print operation ------------------------------------------------ */

static GtkPageSetup *
page_setup_for (CaseloadLayout *layout)
{
  GtkPageSetup *setup = gtk_page_setup_new ();
  double width, height;
  g_autoptr(GtkPaperSize) paper = NULL;

  caseload_layout_get_page_size (layout, &width, &height);
  if (fabs (width - CASELOAD_LAYOUT_A4_WIDTH) < 1 && fabs (height - CASELOAD_LAYOUT_A4_HEIGHT) < 1)
    paper = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  else
    paper = gtk_paper_size_new (GTK_PAPER_NAME_LETTER);
  gtk_page_setup_set_paper_size_and_default_margins (setup, paper);
  return setup;
}

static void
on_operation_draw_page_cb (GtkPrintOperation *operation,
                           GtkPrintContext   *context,
                           int                page_nr,
                           PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width, height, paper_width, paper_height, scale;

  /* The operation's unit is points and it uses the full page, so the
   * context's user space is the paper in points: what the core renderer
   * draws in. Its text is laid out by its own Pango context at 72 dpi
   * (STYLE.md), not the print context's, so nothing is scaled twice. */
  caseload_layout_get_page_size (job->layout, &width, &height);
  paper_width = gtk_print_context_get_width (context);
  paper_height = gtk_print_context_get_height (context);
  scale = MIN (paper_width / width, paper_height / height);
  cairo_save (cr);
  if (fabs (scale - 1.0) > 0.001)
    {
      /* another paper size than the document's: shrink or grow to fit, centred */
      cairo_translate (cr, (paper_width - width * scale) / 2, (paper_height - height * scale) / 2);
      cairo_scale (cr, scale, scale);
    }
  caseload_layout_draw_page (job->layout, cr, (guint) page_nr);
  cairo_restore (cr);
}

static void
on_operation_done_cb (GtkPrintOperation       *operation,
                      GtkPrintOperationResult  result,
                      PrintJob                *job)
{
  PrintState *state = get_state (job->parent);

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;

      gtk_print_operation_get_error (operation, &error);
      show_error (job->parent, _("Could Not Print"), error);
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY && state != NULL)
    {
      g_set_object (&state->settings, gtk_print_operation_get_print_settings (operation));
      g_set_object (&state->page_setup, gtk_print_operation_get_default_page_setup (operation));
    }
}

/* Our own preview: GTK wants a cairo context on the print context before
 * the handler returns; we draw the pages ourselves, so a tiny one does. */
typedef struct
{
  GtkPrintOperation        *operation;
  GtkPrintOperationPreview *preview;
  PrintJob                 *job;
} PreviewData;

static void
preview_data_free (PreviewData *data)
{
  gtk_print_operation_preview_end_preview (data->preview);
  g_object_unref (data->operation);
  print_job_unref (data->job);
  g_free (data);
}

static void run_operation (PrintJob *job, GtkPrintOperationAction action, const char *export_path, GtkPrintSettings *settings, GError **error);

static void
on_preview_print_cb (CaseloadPrintPreview *preview,
                     PrintJob             *job)
{
  g_autoptr(PrintJob) ref = print_job_ref (job);
  g_autoptr(GtkPrintSettings) settings = NULL;
  PreviewData *data = g_object_get_data (G_OBJECT (preview), "caseload-preview-data");
  g_autoptr(GError) error = NULL;

  if (data != NULL && gtk_print_operation_get_print_settings (data->operation) != NULL)
    settings = g_object_ref (gtk_print_operation_get_print_settings (data->operation));
  gtk_window_destroy (GTK_WINDOW (preview));
  run_operation (ref, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, NULL, settings, &error);
  if (error != NULL)
    show_error (ref->parent, _("Could Not Print"), error);
}

static gboolean
on_operation_preview_cb (GtkPrintOperation        *operation,
                         GtkPrintOperationPreview *preview,
                         GtkPrintContext          *context,
                         GtkWindow                *parent,
                         PrintJob                 *job)
{
  g_autoptr(cairo_surface_t) surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  g_autoptr(cairo_t) cr = cairo_create (surface);
  PreviewData *data = g_new0 (PreviewData, 1);
  CaseloadPrintPreview *window;

  gtk_print_context_set_cairo_context (context, cr, 72, 72);
  data->operation = g_object_ref (operation);
  data->preview = preview;
  data->job = print_job_ref (job);
  window = caseload_print_preview_new (parent != NULL ? parent : job->parent, job->title,
                                       job->layout, data, (GDestroyNotify) preview_data_free);
  g_object_set_data (G_OBJECT (window), "caseload-preview-data", data);
  g_signal_connect_data (window, "print", G_CALLBACK (on_preview_print_cb),
                         print_job_ref (job), (GClosureNotify) (void (*) (void)) print_job_unref, 0);
  gtk_window_present (GTK_WINDOW (window));
  return TRUE;
}

static void
run_operation (PrintJob                *job,
               GtkPrintOperationAction  action,
               const char              *export_path,
               GtkPrintSettings        *settings,
               GError                 **error)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = page_setup_for (job->layout);
  PrintState *state = get_state (job->parent);
  GtkPrintOperationResult result;

  gtk_print_operation_set_job_name (operation, job->title);
  gtk_print_operation_set_n_pages (operation, (int) caseload_layout_get_n_pages (job->layout));
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_default_page_setup (operation, setup);
  if (settings == NULL && state != NULL)
    settings = state->settings;
  if (settings != NULL)
    {
      g_autoptr(GtkPrintSettings) copy = gtk_print_settings_copy (settings);

      /* the output file name belongs to the last document, not this one */
      gtk_print_settings_set (copy, GTK_PRINT_SETTINGS_OUTPUT_URI, NULL);
      gtk_print_operation_set_print_settings (operation, copy);
    }
  if (export_path != NULL)
    gtk_print_operation_set_export_filename (operation, export_path);
  gtk_print_operation_set_allow_async (operation, action != GTK_PRINT_OPERATION_ACTION_EXPORT);

  g_signal_connect_data (operation, "draw-page", G_CALLBACK (on_operation_draw_page_cb),
                         print_job_ref (job), (GClosureNotify) (void (*) (void)) print_job_unref, 0);
  g_signal_connect_data (operation, "done", G_CALLBACK (on_operation_done_cb),
                         print_job_ref (job), (GClosureNotify) (void (*) (void)) print_job_unref, 0);
  g_signal_connect_data (operation, "preview", G_CALLBACK (on_operation_preview_cb),
                         print_job_ref (job), (GClosureNotify) (void (*) (void)) print_job_unref, 0);

  result = gtk_print_operation_run (operation, action, job->parent, error);
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY && state != NULL
      && action == GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG)
    g_set_object (&state->settings, gtk_print_operation_get_print_settings (operation));
}

GtkPrintOperationResult
caseload_print_layout (GtkWindow               *parent,
                       CaseloadLayout          *layout,
                       const char              *title,
                       GtkPrintOperationAction  action,
                       const char              *export_path,
                       GError                 **error)
{
  g_autoptr(PrintJob) job = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (layout != NULL, GTK_PRINT_OPERATION_RESULT_ERROR);

  job = print_job_new (parent, layout, title);
  run_operation (job, action, export_path, NULL, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return GTK_PRINT_OPERATION_RESULT_ERROR;
    }
  return action == GTK_PRINT_OPERATION_ACTION_EXPORT ? GTK_PRINT_OPERATION_RESULT_APPLY
                                                     : GTK_PRINT_OPERATION_RESULT_IN_PROGRESS;
}

/* ---- Save as PDF… ---------------------------------------------------------- */

char *
caseload_print_suggest_file_name (const char      *kind,
                                  CaseloadStudent *student,
                                  const GDate     *date)
{
  const char *first = student != NULL ? caseload_student_get_first_name (student) : NULL;
  const char *last = student != NULL ? caseload_student_get_last_name (student) : NULL;
  g_autofree char *name = NULL;
  g_autofree char *initial = NULL;
  char iso[16];
  GDate today;
  char *file_name;

  if (date == NULL || !g_date_valid (date))
    {
      g_date_clear (&today, 1);
      g_date_set_time_t (&today, time (NULL));
      date = &today;
    }
  g_date_strftime (iso, sizeof iso, "%Y-%m-%d", date);
  if (first != NULL && *first != '\0')
    initial = g_utf8_substring (first, 0, 1);
  if (initial != NULL && last != NULL && *last != '\0')
    name = g_strdup_printf ("%s. %s", initial, last);
  else
    name = g_strdup (last != NULL && *last != '\0' ? last : first != NULL ? first : "");
  /* Translators: a saved document's file name: document, student ("J. Doe"), date */
  file_name = *name != '\0' ? g_strdup_printf (_("%s – %s – %s.pdf"), kind, name, iso)
                            : g_strdup_printf ("%s – %s.pdf", kind, iso);
  /* no path separators from a student's name */
  g_strdelimit (file_name, "/\\", '-');
  return file_name;
}

static void
on_save_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     PrintJob        *job)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = file != NULL ? g_file_get_path (file) : NULL;
    }
  if (path != NULL)
    {
      if (caseload_layout_write_pdf (job->layout, path, &error))
        {
          g_autofree char *base = g_path_get_basename (path);
          g_autofree char *uri = g_file_get_uri (file);
          /* Translators: a toast after Save as PDF… */
          g_autofree char *message = g_strdup_printf (_("Saved “%s”"), base);

          toast_with_uri (get_state (job->parent), message, _("_Open"), uri);
        }
      else
        show_error (job->parent, _("Could Not Save the PDF"), error);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  print_job_unref (job);
}

static void
save_as_pdf (PrintJob *job)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = g_strconcat (job->title, ".pdf", NULL);

  chooser = gtk_file_chooser_native_new (_("Save as PDF"), job->parent,
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (on_save_response_cb), print_job_ref (job));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---- documents from the store ----------------------------------------------- */

typedef enum
{
  DOCUMENT_IEP,
  DOCUMENT_PROGRESS,
  DOCUMENT_GLANCE,
  DOCUMENT_NOTICE,
} DocumentKind;

static const char *
chosen_language (GtkWindow *window)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (window), "print-language");
  g_autoptr(GVariant) state = action != NULL ? g_action_get_state (action) : NULL;
  const char *lang = state != NULL ? g_variant_get_string (state, NULL) : "";

  return *lang != '\0' ? g_intern_string (lang) : NULL;
}

/* The IEP progress reports belong to: the latest finalized one, else the
 * draft. */
static gint64
iep_for_progress (CaseloadStore *store,
                  gint64         student_id,
                  GError       **error)
{
  g_autoptr(GListModel) ieps = caseload_store_list_ieps (store, student_id, error);
  gint64 draft = 0;

  if (ieps == NULL)
    return -1;
  for (guint i = 0; i < g_list_model_get_n_items (ieps); i++)
    {
      g_autoptr(CaseloadIep) iep = g_list_model_get_item (ieps, i);

      if (g_strcmp0 (caseload_iep_get_status (iep), "finalized") == 0)
        return caseload_iep_get_id (iep);
      if (draft == 0 && g_strcmp0 (caseload_iep_get_status (iep), "draft") == 0)
        draft = caseload_iep_get_id (iep);
    }
  if (draft == 0)
    g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND, _("This student has no IEP"));
  return draft > 0 ? draft : -1;
}

static PrintJob *
build_job (CaseloadWindow *window,
           DocumentKind    kind,
           gint64          id,
           int             period,
           GError        **error)
{
  CaseloadStore *store = caseload_window_get_store (window);
  CaseloadDocumentOptions options = { chosen_language (GTK_WINDOW (window)), 0, 0, NULL };
  g_autoptr(CaseloadStudent) student = NULL;
  g_autoptr(CaseloadLayout) layout = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *kind_name = NULL;
  gint64 student_id = id;
  gint64 iep_id = 0;

  if (store == NULL)
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND, _("No database is open"));
      return NULL;
    }
  if (kind == DOCUMENT_NOTICE)
    {
      g_autoptr(CaseloadMeeting) meeting = caseload_store_get_meeting (store, id, error);

      if (meeting == NULL)
        return NULL;
      student_id = caseload_meeting_get_student_id (meeting);
    }
  student = caseload_store_get_student (store, student_id, error);
  if (student == NULL)
    return NULL;

  switch (kind)
    {
    case DOCUMENT_IEP:
      {
        g_autoptr(CaseloadIep) iep = caseload_store_get_current_iep (store, student_id, error);

        if (iep == NULL)
          return NULL;
        layout = caseload_documents_build_iep (store, caseload_iep_get_id (iep), &options, error);
        kind_name = g_strdup (_("IEP"));
      }
      break;
    case DOCUMENT_PROGRESS:
      iep_id = iep_for_progress (store, student_id, error);
      if (iep_id < 0)
        return NULL;
      layout = caseload_documents_build_progress_report (store, iep_id, period, &options, error);
      /* Translators: a file name's document part, with the reporting period */
      kind_name = g_strdup_printf (_("Progress Report %d"), period);
      break;
    case DOCUMENT_GLANCE:
      {
        g_autoptr(CaseloadIep) iep = caseload_store_get_current_iep (store, student_id, error);

        if (iep == NULL)
          return NULL;
        layout = caseload_documents_build_glance (store, caseload_iep_get_id (iep), &options, error);
        kind_name = g_strdup (_("At-a-Glance"));
      }
      break;
    case DOCUMENT_NOTICE:
    default:
      layout = caseload_documents_build_meeting_notice (store, id, &options, error);
      kind_name = g_strdup (_("Meeting Notice"));
      break;
    }
  if (layout == NULL)
    return NULL;
  /* paginate now: the print operation needs the page count */
  caseload_layout_get_n_pages (layout);
  file_name = caseload_print_suggest_file_name (kind_name, student, NULL);
  file_name[strlen (file_name) - 4] = '\0';  /* without ".pdf" */
  return print_job_new (GTK_WINDOW (window), g_steal_pointer (&layout), file_name);
}

static void
print_or_save (CaseloadWindow *window,
               DocumentKind    kind,
               gint64          id,
               int             period,
               gboolean        save)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PrintJob) job = build_job (window, kind, id, period, &error);

  if (job == NULL)
    {
      show_error (GTK_WINDOW (window), save ? _("Could Not Save the PDF") : _("Could Not Print"), error);
      return;
    }
  if (save)
    save_as_pdf (job);
  else
    {
      run_operation (job, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, NULL, NULL, &error);
      if (error != NULL)
        show_error (GTK_WINDOW (window), _("Could Not Print"), error);
    }
}

/* ---- actions -------------------------------------------------------------------- */

static void
print_iep_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  print_or_save (user_data, DOCUMENT_IEP, g_variant_get_int64 (parameter), 0, FALSE);
}

static void
save_iep_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  print_or_save (user_data, DOCUMENT_IEP, g_variant_get_int64 (parameter), 0, TRUE);
}

static void
print_progress_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  gint64 student_id;
  int period;

  g_variant_get (parameter, "(xi)", &student_id, &period);
  print_or_save (user_data, DOCUMENT_PROGRESS, student_id, period, FALSE);
}

static void
save_progress_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  gint64 student_id;
  int period;

  g_variant_get (parameter, "(xi)", &student_id, &period);
  print_or_save (user_data, DOCUMENT_PROGRESS, student_id, period, TRUE);
}

static void
print_glance_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  print_or_save (user_data, DOCUMENT_GLANCE, g_variant_get_int64 (parameter), 0, FALSE);
}

static void
save_glance_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  print_or_save (user_data, DOCUMENT_GLANCE, g_variant_get_int64 (parameter), 0, TRUE);
}

static void
print_notice_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  print_or_save (user_data, DOCUMENT_NOTICE, g_variant_get_int64 (parameter), 0, FALSE);
}

static void
save_notice_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  print_or_save (user_data, DOCUMENT_NOTICE, g_variant_get_int64 (parameter), 0, TRUE);
}

static void
on_period_dialog_chosen_cb (CaseloadPrintPeriodDialog *dialog,
                            int                        period,
                            gboolean                   save,
                            CaseloadWindow            *window)
{
  print_or_save (window, DOCUMENT_PROGRESS,
                 caseload_print_period_dialog_get_student_id (dialog), period, save);
}

static void
choose_progress_period_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  CaseloadWindow *window = user_data;
  CaseloadStore *store = caseload_window_get_store (window);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) reports = NULL;
  CaseloadPrintPeriodDialog *dialog;
  gint64 student_id, iep_id;
  gboolean save;

  g_variant_get (parameter, "(xb)", &student_id, &save);
  if (store == NULL)
    return;
  iep_id = iep_for_progress (store, student_id, &error);
  if (iep_id > 0)
    reports = caseload_store_list_progress_reports (store, iep_id, &error);
  if (reports == NULL)
    {
      show_error (GTK_WINDOW (window), _("No Progress Report to Print"), error);
      return;
    }
  dialog = caseload_print_period_dialog_new (GTK_WINDOW (window), student_id, reports, save);
  g_signal_connect_object (dialog, "chosen", G_CALLBACK (on_period_dialog_chosen_cb), window, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_batch_finished_cb (CaseloadPrintBatchDialog *dialog,
                      const char               *message,
                      const char               *button,
                      const char               *uri,
                      CaseloadWindow           *window)
{
  toast_with_uri (get_state (GTK_WINDOW (window)), message, button, uri);
}

static void
print_batch_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  CaseloadWindow *window = user_data;
  CaseloadPrintBatchDialog *dialog;

  if (caseload_window_get_store (window) == NULL)
    return;
  dialog = caseload_print_batch_dialog_new (GTK_WINDOW (window), caseload_window_get_store (window));
  g_signal_connect_object (dialog, "finished", G_CALLBACK (on_batch_finished_cb), window, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
print_language_changed (GSimpleAction *action, GVariant *value, gpointer user_data)
{
  const char *lang = g_variant_get_string (value, NULL);

  if (*lang == '\0' || caseload_doc_has_language (lang))
    g_simple_action_set_state (action, value);
}

static void
open_print_uri_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  CaseloadWindow *window = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkAppLaunchContext) context =
    gdk_display_get_app_launch_context (gtk_widget_get_display (GTK_WIDGET (window)));

  if (!g_app_info_launch_default_for_uri (g_variant_get_string (parameter, NULL),
                                          G_APP_LAUNCH_CONTEXT (context), &error))
    show_error (GTK_WINDOW (window), _("Could Not Open the File"), error);
}

static const GActionEntry print_actions[] = {
  { "print-iep", print_iep_activated, "x" },
  { "print-progress", print_progress_activated, "(xi)" },
  { "print-glance", print_glance_activated, "x" },
  { "print-notice", print_notice_activated, "x" },
  { "print-batch", print_batch_activated },
  { "save-iep-pdf", save_iep_activated, "x" },
  { "save-progress-pdf", save_progress_activated, "(xi)" },
  { "save-glance-pdf", save_glance_activated, "x" },
  { "save-notice-pdf", save_notice_activated, "x" },
  { "choose-progress-period", choose_progress_period_activated, "(xb)" },
  { "print-language", NULL, "s", "''", print_language_changed },
  { "open-print-uri", open_print_uri_activated, "s" },
};

void
caseload_print_install_actions (CaseloadWindow  *window,
                                AdwToastOverlay *toast_overlay)
{
  PrintState *state;

  g_return_if_fail (CASELOAD_IS_WINDOW (window));

  state = g_new0 (PrintState, 1);
  state->window = window;
  state->toast_overlay = toast_overlay;
  g_object_set_data_full (G_OBJECT (window), "caseload-print-state", state,
                          (GDestroyNotify) print_state_free);
  g_action_map_add_action_entries (G_ACTION_MAP (window), print_actions,
                                   G_N_ELEMENTS (print_actions), window);
}
