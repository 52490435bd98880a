/* caseload-print-batch-dialog.c: many progress reports at once, written
 * by a GTask thread on its own store connection. */
#define G_LOG_DOMAIN "caseload-print-batch-dialog"

#include "config.h"

#include "caseload-print-batch-dialog.h"
#include "caseload-print.h"

#include "caseload-documents.h"
#include "caseload-model.h"
#include "caseload-store-iep.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <string.h>

struct _CaseloadPrintBatchDialog
{
  AdwWindow             parent_instance;

  CaseloadStore        *store;
  GArray               *school_ids;   /* gint64, parallel to schools */
  GCancellable         *cancellable;  /* while running */
  GtkFileChooserNative *chooser;
  int                  *permille;     /* shared with the worker (atomic rc box) */
  guint                 progress_id;

  /* template children */
  GtkButton            *create_button;
  GtkSpinButton        *period_spin;
  AdwComboRow          *scope_row;
  AdwComboRow          *school_row;
  GtkStringList        *schools;
  AdwComboRow          *output_row;
  AdwComboRow          *language_row;
  AdwPreferencesGroup  *choices_group;
  GtkProgressBar       *progress_bar;
  GtkLabel             *status_label;
};

G_DEFINE_FINAL_TYPE (CaseloadPrintBatchDialog, caseload_print_batch_dialog, ADW_TYPE_WINDOW)

enum
{
  SIGNAL_FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ---- the work, in a thread ----------------------------------------------- */

typedef struct
{
  char                     *database;
  GArray                   *student_ids;  /* gint64 */
  int                       period;
  char                     *language;     /* NULL: each student's */
  gboolean                  per_student;
  char                     *target;       /* file or folder */
  int                      *permille;     /* progress, atomic rc box */
  /* results */
  int                       written;
  guint                     skipped;
} Work;

static void
work_free (Work *work)
{
  g_free (work->database);
  g_array_unref (work->student_ids);
  g_free (work->language);
  g_free (work->target);
  g_atomic_rc_box_release (work->permille);
  g_free (work);
}

static void
report_progress (double   fraction,
                 gpointer data)
{
  Work *work = data;

  g_atomic_int_set (work->permille, (int) (CLAMP (fraction, 0, 1) * 1000));
}

/* The IEP a progress report belongs to: the latest finalized, else the
 * draft; 0 when none. */
static gint64
progress_iep (CaseloadStore *store,
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
  return draft;
}

static gboolean
write_per_student (CaseloadStore *store,
                   Work          *work,
                   GPtrArray     *written_paths,
                   GCancellable  *cancellable,
                   GError       **error)
{
  CaseloadDocumentOptions options = { work->language, 0, 0, NULL };
  g_autofree char *kind = g_strdup_printf (_("Progress Report %d"), work->period);

  for (guint i = 0; i < work->student_ids->len; i++)
    {
      gint64 student_id = g_array_index (work->student_ids, gint64, i);
      g_autoptr(GError) local_error = NULL;
      g_autoptr(CaseloadLayout) layout = NULL;
      g_autoptr(CaseloadStudent) student = NULL;
      g_autofree char *name = NULL;
      g_autofree char *path = NULL;
      gint64 iep_id;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      iep_id = progress_iep (store, student_id, error);
      if (iep_id < 0)
        return FALSE;
      if (iep_id > 0)
        layout = caseload_documents_build_progress_report (store, iep_id, work->period, &options, &local_error);
      if (layout == NULL)
        {
          if (local_error != NULL && !g_error_matches (local_error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND))
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }
          work->skipped++;
          report_progress ((double) (i + 1) / work->student_ids->len, work);
          continue;
        }
      student = caseload_store_get_student (store, student_id, error);
      if (student == NULL)
        return FALSE;
      name = caseload_print_suggest_file_name (kind, student, NULL);
      path = g_build_filename (work->target, name, NULL);
      /* the name is the student's: a second student with the same initial
       * and last name gets a number */
      for (int n = 2; g_file_test (path, G_FILE_TEST_EXISTS); n++)
        {
          g_autofree char *stem = g_strndup (name, strlen (name) - 4);
          g_autofree char *numbered = g_strdup_printf ("%s (%d).pdf", stem, n);

          g_free (path);
          path = g_build_filename (work->target, numbered, NULL);
        }
      if (!caseload_layout_write_pdf (layout, path, error))
        return FALSE;
      g_ptr_array_add (written_paths, g_steal_pointer (&path));
      work->written++;
      report_progress ((double) (i + 1) / work->student_ids->len, work);
    }
  return TRUE;
}

static void
run_work (GTask        *task,
          gpointer      source,
          gpointer      task_data,
          GCancellable *cancellable)
{
  Work *work = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadStore) store = caseload_store_open (work->database, CASELOAD_STORE_OPEN_DEFAULT, &error);

  if (store == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (work->per_student)
    {
      g_autoptr(GPtrArray) written_paths = g_ptr_array_new_with_free_func (g_free);

      if (!write_per_student (store, work, written_paths, cancellable, &error))
        {
          /* nothing half done stays behind */
          for (guint i = 0; i < written_paths->len; i++)
            g_unlink (g_ptr_array_index (written_paths, i));
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
    }
  else
    {
      /* written next to the target and renamed at the end: a cancelled or
       * failed run leaves neither a partial file nor a clobbered old one */
      g_autofree char *partial = g_strconcat (work->target, ".part", NULL);
      CaseloadDocumentOptions options = { work->language, 0, 0, NULL };
      int written = caseload_documents_write_progress_batch (store, work->student_ids, work->period,
                                                             &options, partial, &work->skipped,
                                                             report_progress, work,
                                                             cancellable, &error);

      if (written < 0)
        {
          g_unlink (partial);
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
      if (written == 0)
        g_unlink (partial);
      else if (g_rename (partial, work->target) != 0)
        {
          int saved = errno;

          g_unlink (partial);
          g_task_return_new_error (task, G_FILE_ERROR, g_file_error_from_errno (saved),
                                   _("Could not write “%s”: %s"), work->target, g_strerror (saved));
          return;
        }
      work->written = written;
    }
  g_task_return_boolean (task, TRUE);
}

/* ---- the dialog ----------------------------------------------------------------- */

static void
set_running (CaseloadPrintBatchDialog *self,
             gboolean                  running)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->choices_group), !running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "batch.create", !running);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), running);
  if (running)
    {
      gtk_progress_bar_set_fraction (self->progress_bar, 0);
      gtk_label_set_text (self->status_label, _("Writing the progress reports…"));
    }
  else
    g_clear_handle_id (&self->progress_id, g_source_remove);
}

static gboolean
update_progress (gpointer data)
{
  CaseloadPrintBatchDialog *self = data;
  int permille = self->permille != NULL ? g_atomic_int_get (self->permille) : 0;
  /* Translators: the batch's progress, in percent */
  g_autofree char *text = g_strdup_printf (_("%d %% done"), permille / 10);

  gtk_progress_bar_set_fraction (self->progress_bar, permille / 1000.0);
  gtk_progress_bar_set_text (self->progress_bar, text);
  return G_SOURCE_CONTINUE;
}

static void
on_work_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(CaseloadPrintBatchDialog) self = user_data;
  Work *work = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *uri = NULL;
  const char *button = NULL;

  if (self->store == NULL)
    return;  /* the dialog went away meanwhile; the worker cleaned up */
  g_clear_object (&self->cancellable);
  set_running (self, FALSE);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        gtk_label_set_text (self->status_label,
                            work->per_student ? _("Cancelled. The files written so far were removed.")
                                              : _("Cancelled. The unfinished file was removed."));
      else
        {
          g_autofree char *text = g_strdup_printf (_("The progress reports could not be written: %s"), error->message);

          gtk_label_set_text (self->status_label, text);
        }
      return;
    }

  if (work->written == 0)
    {
      gtk_label_set_text (self->status_label,
                          _("No student in this choice has a started progress report for this period; nothing was written."));
      return;
    }
  if (work->skipped > 0)
    /* Translators: a toast after printing many reports: written, skipped */
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d progress report written, %u skipped (not started)",
                                            "%d progress reports written, %u skipped (not started)", work->written),
                               work->written, work->skipped);
  else
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d progress report written",
                                            "%d progress reports written", work->written),
                               work->written);
  {
    g_autoptr(GFile) file = g_file_new_for_path (work->target);

    uri = g_file_get_uri (file);
  }
  button = work->per_student ? _("Open Folder") : _("_Open");
  g_signal_emit (self, signals[SIGNAL_FINISHED], 0, message, button, uri);
  gtk_window_destroy (GTK_WINDOW (self));
}

static GArray *
chosen_students (CaseloadPrintBatchDialog *self,
                 GError                  **error)
{
  g_autoptr(GListModel) students = caseload_store_list_students (self->store, CASELOAD_STUDENT_LIST_ACTIVE, NULL, error);
  g_autoptr(GArray) ids = NULL;
  guint scope = adw_combo_row_get_selected (self->scope_row);
  gint64 staff_id = 0, school_id = 0;

  if (students == NULL)
    return NULL;
  if (scope == CASELOAD_PRINT_BATCH_MY_CASELOAD)
    {
      g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

      staff_id = g_settings_get_int64 (settings, "signed-in-staff-id");
      if (staff_id <= 0)
        {
          g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                               _("Students: nobody is signed in, so there is no caseload. Choose who you are in Preferences, or choose another set of students."));
          return NULL;
        }
    }
  else if (scope == CASELOAD_PRINT_BATCH_SCHOOL)
    {
      guint selected = adw_combo_row_get_selected (self->school_row);

      if (selected >= self->school_ids->len)
        {
          g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID, _("School: choose a school."));
          return NULL;
        }
      school_id = g_array_index (self->school_ids, gint64, selected);
    }

  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < g_list_model_get_n_items (students); i++)
    {
      g_autoptr(CaseloadStudent) student = g_list_model_get_item (students, i);
      gint64 id = caseload_student_get_id (student);

      if ((staff_id > 0 && caseload_student_get_case_manager_id (student) != staff_id)
          || (school_id > 0 && caseload_student_get_school_id (student) != school_id))
        continue;
      g_array_append_val (ids, id);
    }
  if (ids->len == 0)
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                           _("Students: there is no active student in this choice."));
      return NULL;
    }
  return g_steal_pointer (&ids);
}

gboolean
caseload_print_batch_dialog_start (CaseloadPrintBatchDialog *self,
                                   const char               *target)
{
  static const char * const languages[] = { NULL, "en", "es" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) task = NULL;
  GArray *ids;
  Work *work;
  guint language;

  g_return_val_if_fail (CASELOAD_IS_PRINT_BATCH_DIALOG (self), FALSE);
  g_return_val_if_fail (target != NULL, FALSE);

  if (self->cancellable != NULL)
    return FALSE;
  ids = chosen_students (self, &error);
  if (ids == NULL)
    {
      gtk_label_set_text (self->status_label, error->message);
      return FALSE;
    }
  language = MIN (adw_combo_row_get_selected (self->language_row), G_N_ELEMENTS (languages) - 1);

  work = g_new0 (Work, 1);
  work->database = g_strdup (caseload_store_get_path (self->store));
  work->student_ids = ids;
  work->period = gtk_spin_button_get_value_as_int (self->period_spin);
  work->language = g_strdup (languages[language]);
  work->per_student = adw_combo_row_get_selected (self->output_row) == 1;
  work->target = g_strdup (target);
  g_clear_pointer (&self->permille, g_atomic_rc_box_release);
  self->permille = g_atomic_rc_box_new0 (int);
  work->permille = g_atomic_rc_box_acquire (self->permille);

  self->cancellable = g_cancellable_new ();
  set_running (self, TRUE);
  self->progress_id = g_timeout_add (100, update_progress, self);

  task = g_task_new (NULL, self->cancellable, on_work_done_cb, g_object_ref (self));
  g_task_set_source_tag (task, caseload_print_batch_dialog_start);
  g_task_set_task_data (task, work, (GDestroyNotify) work_free);
  g_task_run_in_thread (task, run_work);
  return TRUE;
}

gboolean
caseload_print_batch_dialog_is_running (CaseloadPrintBatchDialog *self)
{
  g_return_val_if_fail (CASELOAD_IS_PRINT_BATCH_DIALOG (self), FALSE);

  return self->cancellable != NULL;
}

double
caseload_print_batch_dialog_get_fraction (CaseloadPrintBatchDialog *self)
{
  g_return_val_if_fail (CASELOAD_IS_PRINT_BATCH_DIALOG (self), 0);

  return self->permille != NULL ? g_atomic_int_get (self->permille) / 1000.0 : 0;
}

static void
on_chooser_response_cb (CaseloadPrintBatchDialog *self,
                        int                       response,
                        GtkNativeDialog          *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  path = file != NULL ? g_file_get_path (file) : NULL;
  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);
  if (path != NULL)
    caseload_print_batch_dialog_start (self, path);
}

static void
create_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CaseloadPrintBatchDialog *self = CASELOAD_PRINT_BATCH_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  gboolean per_student = adw_combo_row_get_selected (self->output_row) == 1;

  if (self->cancellable != NULL || self->chooser != NULL)
    return;
  /* check the choices before asking where to write */
  ids = chosen_students (self, &error);
  if (ids == NULL)
    {
      gtk_label_set_text (self->status_label, error->message);
      return;
    }
  gtk_label_set_text (self->status_label, "");

  if (per_student)
    self->chooser = gtk_file_chooser_native_new (_("Choose a Folder for the Progress Reports"), GTK_WINDOW (self),
                                                 GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                                 _("_Select"), _("_Cancel"));
  else
    {
      g_autofree char *kind = g_strdup_printf (_("Progress Reports %d"),
                                               gtk_spin_button_get_value_as_int (self->period_spin));
      g_autofree char *name = caseload_print_suggest_file_name (kind, NULL, NULL);
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      self->chooser = gtk_file_chooser_native_new (_("Save the Progress Reports"), GTK_WINDOW (self),
                                                   GTK_FILE_CHOOSER_ACTION_SAVE,
                                                   _("_Save"), _("_Cancel"));
      gtk_file_filter_set_name (filter, _("PDF documents"));
      gtk_file_filter_add_mime_type (filter, "application/pdf");
      gtk_file_filter_add_suffix (filter, "pdf");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
    }
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
cancel_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CaseloadPrintBatchDialog *self = CASELOAD_PRINT_BATCH_DIALOG (widget);

  if (self->cancellable != NULL)
    {
      /* the worker stops at the next report and removes what it wrote;
       * the dialog stays open to say so */
      g_cancellable_cancel (self->cancellable);
      gtk_label_set_text (self->status_label, _("Cancelling…"));
    }
  else
    gtk_window_close (GTK_WINDOW (self));
}

static gboolean
caseload_print_batch_dialog_close_request (GtkWindow *window)
{
  CaseloadPrintBatchDialog *self = CASELOAD_PRINT_BATCH_DIALOG (window);

  /* closing while writing cancels first */
  if (self->cancellable != NULL)
    {
      g_cancellable_cancel (self->cancellable);
      return TRUE;
    }
  return GTK_WINDOW_CLASS (caseload_print_batch_dialog_parent_class)->close_request (window);
}

static void
on_scope_row_selected_cb (CaseloadPrintBatchDialog *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->school_row),
                            adw_combo_row_get_selected (self->scope_row) == CASELOAD_PRINT_BATCH_SCHOOL);
}

static void
caseload_print_batch_dialog_dispose (GObject *object)
{
  CaseloadPrintBatchDialog *self = CASELOAD_PRINT_BATCH_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->progress_id, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (caseload_print_batch_dialog_parent_class)->dispose (object);
}

static void
caseload_print_batch_dialog_finalize (GObject *object)
{
  CaseloadPrintBatchDialog *self = CASELOAD_PRINT_BATCH_DIALOG (object);

  g_array_unref (self->school_ids);
  g_clear_pointer (&self->permille, g_atomic_rc_box_release);

  G_OBJECT_CLASS (caseload_print_batch_dialog_parent_class)->finalize (object);
}

static void
caseload_print_batch_dialog_class_init (CaseloadPrintBatchDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = caseload_print_batch_dialog_dispose;
  object_class->finalize = caseload_print_batch_dialog_finalize;
  window_class->close_request = caseload_print_batch_dialog_close_request;

  signals[SIGNAL_FINISHED] =
    g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_STRING, G_TYPE_STRING, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "batch.create", NULL, create_activated);
  gtk_widget_class_install_action (widget_class, "batch.cancel", NULL, cancel_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "batch.cancel", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/caseload-print-batch-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadPrintBatchDialog, create_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPrintBatchDialog, period_spin);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPrintBatchDialog, scope_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPrintBatchDialog, school_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPrintBatchDialog, schools);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPrintBatchDialog, output_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPrintBatchDialog, language_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPrintBatchDialog, choices_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPrintBatchDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPrintBatchDialog, status_label);
  gtk_widget_class_bind_template_callback (widget_class, on_scope_row_selected_cb);
}

static void
caseload_print_batch_dialog_init (CaseloadPrintBatchDialog *self)
{
  self->school_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
}

CaseloadPrintBatchDialog *
caseload_print_batch_dialog_new (GtkWindow     *parent,
                                 CaseloadStore *store)
{
  CaseloadPrintBatchDialog *self = g_object_new (CASELOAD_TYPE_PRINT_BATCH_DIALOG,
                                                 "transient-for", parent,
                                                 NULL);
  g_autoptr(GListModel) schools = NULL;

  self->store = store != NULL ? g_object_ref (store) : NULL;
  if (store != NULL)
    schools = caseload_store_list_schools (store, NULL);
  for (guint i = 0; schools != NULL && i < g_list_model_get_n_items (schools); i++)
    {
      g_autoptr(CaseloadSchool) school = g_list_model_get_item (schools, i);
      gint64 id = caseload_school_get_id (school);

      gtk_string_list_append (self->schools, caseload_school_get_name (school));
      g_array_append_val (self->school_ids, id);
    }
  {
    /* without a signed-in team member there is no "my caseload" */
    g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

    if (g_settings_get_int64 (settings, "signed-in-staff-id") <= 0)
      adw_combo_row_set_selected (self->scope_row, CASELOAD_PRINT_BATCH_EVERYONE);
  }
  if (store == NULL)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), "batch.create", FALSE);
  return self;
}
