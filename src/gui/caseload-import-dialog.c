/* caseload-import-dialog.c: choose → preview (a dry run in a worker
 * thread) → Import (applied in a worker thread, in one transaction after a
 * backup; Stop cancels it and nothing is written) → "imported".
 *
 * The preview and the import each open their own connection to the
 * database: the GUI's store is never used from another thread.
 */
#define G_LOG_DOMAIN "caseload-import-dialog"

#include "config.h"

#include "caseload-import-dialog.h"

#include "caseload-import.h"

#include <glib/gi18n.h>

struct _CaseloadImportDialog
{
  AdwWindow             parent_instance;

  char                 *database_path;
  gint64                actor_id;
  GCancellable         *cancellable;
  GtkFileChooserNative *chooser;
  char                 *path;           /* previewed, awaiting Import */
  CaseloadImportFormat  format;

  /* template children */
  GtkStack             *stack;
  GtkSpinner           *spinner;
  GtkLabel             *working_label;
  GtkWidget            *import_button;
  GtkWidget            *close_button;
  AdwActionRow         *file_row;
  AdwActionRow         *students_row;
  AdwActionRow         *records_row;
  GtkWidget            *skipped_group;
  GtkListBox           *skipped_list;
  GtkWidget            *notes_group;
  GtkListBox           *notes_list;
};

G_DEFINE_FINAL_TYPE (CaseloadImportDialog, caseload_import_dialog, ADW_TYPE_WINDOW)

enum {
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  char                 *database_path;
  char                 *path;
  gint64                actor_id;
  gboolean              dry_run;
  CaseloadImportFormat  format;
  CaseloadImportResult *result;
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  g_free (job->database_path);
  g_free (job->path);
  g_clear_pointer (&job->result, caseload_xml_import_result_free);
  g_free (job);
}

static void
set_state (CaseloadImportDialog *self,
           const char           *state,
           const char           *working)
{
  gboolean is_working = g_str_equal (state, "working");

  if (working != NULL)
    gtk_label_set_label (self->working_label, working);
  gtk_spinner_set_spinning (self->spinner, is_working);
  gtk_stack_set_visible_child_name (self->stack, state);
  gtk_widget_set_visible (self->import_button, g_str_equal (state, "preview"));
  gtk_widget_set_sensitive (self->close_button, !is_working);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.apply", g_str_equal (state, "preview"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.stop", is_working);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.choose-file", !is_working);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.choose-folder", !is_working);
}

const char *
caseload_import_dialog_get_state (CaseloadImportDialog *self)
{
  g_return_val_if_fail (CASELOAD_IS_IMPORT_DIALOG (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

static void
show_problem (CaseloadImportDialog *self,
              const char           *heading,
              const GError         *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(CaseloadStore) store = NULL;
  CaseloadImportOptions options = { 0, };
  GError *error = NULL;

  store = caseload_store_open (job->database_path, CASELOAD_STORE_OPEN_DEFAULT, &error);
  if (store == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  caseload_store_set_actor (store, job->actor_id);

  options.dry_run = job->dry_run;
  if (!caseload_import_path (store, job->path, job->format, &options, cancellable,
                             &job->result, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_boolean (task, TRUE);
}

static void
start_job (CaseloadImportDialog *self,
           const char           *path,
           gboolean              dry_run,
           GAsyncReadyCallback   callback)
{
  g_autoptr(GTask) task = NULL;
  Job *job = g_new0 (Job, 1);

  job->database_path = g_strdup (self->database_path);
  job->path = g_strdup (path);
  job->actor_id = self->actor_id;
  job->dry_run = dry_run;
  job->format = dry_run ? CASELOAD_IMPORT_FORMAT_AUTO : self->format;

  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  task = g_task_new (self, self->cancellable, callback, NULL);
  g_task_set_source_tag (task, start_job);
  g_task_set_task_data (task, job, job_free);
  g_task_run_in_thread (task, import_thread);
}

static GtkWidget *
message_row (const char *text)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  return row;
}

static void
fill_list (GtkListBox *list,
           GtkWidget  *group,
           GPtrArray  *messages)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
  for (guint i = 0; messages != NULL && i < messages->len; i++)
    gtk_list_box_append (list, message_row (g_ptr_array_index (messages, i)));
  gtk_widget_set_visible (group, messages != NULL && messages->len > 0);
}

/* "12 students added, 3 updated, 0 unchanged, 2 skipped" */
static char *
describe_counts (guint       added,
                 guint       updated,
                 guint       unchanged,
                 guint       skipped,
                 gboolean    students)
{
  g_autofree char *first = NULL;

  if (students)
    first = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u student added", "%u students added", added), added);
  else
    first = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u record added", "%u records added", added), added);
  /* Translators: follows "12 students added" or "40 records added". */
  return g_strdup_printf (_("%s, %u updated, %u unchanged, %u skipped"), first, updated, unchanged, skipped);
}

static void
on_preview_done_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  CaseloadImportDialog *self = CASELOAD_IMPORT_DIALOG (source);
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *students = NULL;
  g_autofree char *records = NULL;
  g_autofree char *file = NULL;
  CaseloadImportFormat format = CASELOAD_IMPORT_FORMAT_AUTO;
  CaseloadImportResult *r;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      set_state (self, "start", NULL);
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_problem (self, _("Could Not Read This File"), error);
      return;
    }

  r = job->result;
  caseload_import_detect (job->path, &format, NULL);
  self->format = format;
  g_free (self->path);
  self->path = g_strdup (job->path);

  /* Translators: a file's path and its kind: "/home/…/roster.zip (OneRoster CSV)". */
  file = g_strdup_printf (_("%s (%s)"), job->path, caseload_import_format_describe (format));
  adw_action_row_set_subtitle (self->file_row, file);
  students = describe_counts (r->students_added, r->students_updated, r->students_unchanged,
                              r->students_skipped, TRUE);
  records = describe_counts (r->records_added, r->records_updated, r->records_unchanged,
                             r->records_skipped, FALSE);
  adw_action_row_set_subtitle (self->students_row, students);
  adw_action_row_set_subtitle (self->records_row, records);
  fill_list (self->skipped_list, self->skipped_group, r->skipped);
  fill_list (self->notes_list, self->notes_group, r->notes);

  set_state (self, "preview", NULL);
  gtk_widget_grab_focus (self->import_button);
}

void
caseload_import_dialog_preview (CaseloadImportDialog *self,
                                const char           *path)
{
  g_autofree char *base = NULL;
  g_autofree char *what = NULL;

  g_return_if_fail (CASELOAD_IS_IMPORT_DIALOG (self));
  g_return_if_fail (path != NULL);

  base = g_path_get_basename (path);
  /* Translators: %s is a file or folder name. */
  what = g_strdup_printf (_("Reading %s to see what it would change…"), base);
  set_state (self, "working", what);
  start_job (self, path, TRUE, on_preview_done_cb);
}

static void
on_import_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  CaseloadImportDialog *self = CASELOAD_IMPORT_DIALOG (source);
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      set_state (self, "preview", NULL);
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;   /* stopped: nothing was written, the preview stays */
      show_problem (self, _("Could Not Import"), error);
      return;
    }

  summary = describe_counts (job->result->students_added, job->result->students_updated,
                             job->result->students_unchanged, job->result->students_skipped, TRUE);
  g_signal_emit (self, signals[IMPORTED], 0, summary);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
apply_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  CaseloadImportDialog *self = CASELOAD_IMPORT_DIALOG (widget);

  if (self->path == NULL)
    return;
  set_state (self, "working", _("Importing…"));
  start_job (self, self->path, FALSE, on_import_done_cb);
}

static void
stop_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CaseloadImportDialog *self = CASELOAD_IMPORT_DIALOG (widget);

  g_cancellable_cancel (self->cancellable);
}

static void
on_chooser_response_cb (CaseloadImportDialog *self,
                        int                   response,
                        GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

      if (path != NULL)
        caseload_import_dialog_preview (self, path);
    }
  g_clear_object (&self->chooser);
}

static void
choose (CaseloadImportDialog *self,
        gboolean              folder)
{
  if (self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (folder ? _("Choose a OneRoster Folder") : _("Choose a File to Import"),
                                               GTK_WINDOW (self),
                                               folder ? GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER
                                                      : GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Choose"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  if (!folder)
    {
      g_autoptr(GtkFileFilter) known = gtk_file_filter_new ();
      g_autoptr(GtkFileFilter) everything = gtk_file_filter_new ();

      gtk_file_filter_set_name (known, _("Caseload XML, Ed-Fi XML, OneRoster .zip"));
      gtk_file_filter_add_pattern (known, "*.xml");
      gtk_file_filter_add_pattern (known, "*.zip");
      gtk_file_filter_add_pattern (known, "*.csv");
      gtk_file_filter_set_name (everything, _("All files"));
      gtk_file_filter_add_pattern (everything, "*");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), known);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), everything);
    }
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
choose_file_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  choose (CASELOAD_IMPORT_DIALOG (widget), FALSE);
}

static void
choose_folder_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  choose (CASELOAD_IMPORT_DIALOG (widget), TRUE);
}

CaseloadImportDialog *
caseload_import_dialog_new (GtkWindow  *parent,
                            const char *database_path,
                            gint64      actor_id)
{
  CaseloadImportDialog *self = g_object_new (CASELOAD_TYPE_IMPORT_DIALOG,
                                             "transient-for", parent,
                                             NULL);

  self->database_path = g_strdup (database_path);
  self->actor_id = actor_id;
  return self;
}

/* Closing while an import runs would leave it unseen: stop it first. */
static gboolean
caseload_import_dialog_close_request (GtkWindow *window)
{
  CaseloadImportDialog *self = CASELOAD_IMPORT_DIALOG (window);

  if (g_str_equal (caseload_import_dialog_get_state (self), "working"))
    {
      g_cancellable_cancel (self->cancellable);
      return TRUE;
    }
  return GTK_WINDOW_CLASS (caseload_import_dialog_parent_class)->close_request (window);
}

static void
caseload_import_dialog_dispose (GObject *object)
{
  CaseloadImportDialog *self = CASELOAD_IMPORT_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  G_OBJECT_CLASS (caseload_import_dialog_parent_class)->dispose (object);
}

static void
caseload_import_dialog_finalize (GObject *object)
{
  CaseloadImportDialog *self = CASELOAD_IMPORT_DIALOG (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->database_path, g_free);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (caseload_import_dialog_parent_class)->finalize (object);
}

static void
caseload_import_dialog_class_init (CaseloadImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = caseload_import_dialog_dispose;
  object_class->finalize = caseload_import_dialog_finalize;
  window_class->close_request = caseload_import_dialog_close_request;

  signals[IMPORTED] =
    g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/caseload-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, CaseloadImportDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, CaseloadImportDialog, working_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadImportDialog, close_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadImportDialog, file_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadImportDialog, students_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadImportDialog, records_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadImportDialog, skipped_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadImportDialog, skipped_list);
  gtk_widget_class_bind_template_child (widget_class, CaseloadImportDialog, notes_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadImportDialog, notes_list);

  gtk_widget_class_install_action (widget_class, "import.choose-file", NULL, choose_file_activated);
  gtk_widget_class_install_action (widget_class, "import.choose-folder", NULL, choose_folder_activated);
  gtk_widget_class_install_action (widget_class, "import.apply", NULL, apply_activated);
  gtk_widget_class_install_action (widget_class, "import.stop", NULL, stop_activated);
}

static void
caseload_import_dialog_init (CaseloadImportDialog *self)
{
  self->cancellable = g_cancellable_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  set_state (self, "start", NULL);
}
