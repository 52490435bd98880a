/* caseload-export-dialog.c: choose the format, the records (the whole
 * database or the open student) and whether the change history goes
 * along; "Export…" asks where (GtkFileChooserNative) and writes the file in
 * a worker thread, on a connection of its own.
 *
 * Formats are rows of one table: a new format is one more row.
 */
#define G_LOG_DOMAIN "caseload-export-dialog"

#include "config.h"

#include "caseload-export-dialog.h"

#include "caseload-edfi.h"
#include "caseload-store.h"
#include "caseload-xml.h"

#include <glib/gi18n.h>

typedef gboolean (*ExportFunc) (CaseloadStore  *store,
                                gint64          student_id,
                                gboolean        with_history,
                                const char     *path,
                                GError        **error);

static gboolean
export_caseload_xml (CaseloadStore  *store,
                     gint64          student_id,
                     gboolean        with_history,
                     const char     *path,
                     GError        **error)
{
  return caseload_xml_export_file (store, student_id,
                                   with_history ? CASELOAD_XML_EXPORT_WITH_HISTORY
                                                : CASELOAD_XML_EXPORT_DEFAULT,
                                   path, error);
}

/* Ed-Fi's StudentSpecialEducationProgramAssociation carries no history. */
static gboolean
export_edfi (CaseloadStore  *store,
             gint64          student_id,
             gboolean        with_history,
             const char     *path,
             GError        **error)
{
  return caseload_edfi_export_file (store, student_id, path, error);
}

static const struct {
  const char *name;
  const char *extension;
  gboolean    has_history;     /* offers "Include the change history" */
  ExportFunc  export;
} formats[] = {
  { N_("Caseload XML"), "xml", TRUE, export_caseload_xml },
  { N_("Ed-Fi XML (special-education programs)"), "xml", FALSE, export_edfi },
};

struct _CaseloadExportDialog
{
  AdwWindow             parent_instance;

  char                 *database_path;
  gint64                student_id;
  GCancellable         *cancellable;
  GtkFileChooserNative *chooser;

  /* template children */
  GtkStack             *stack;
  GtkSpinner           *spinner;
  AdwComboRow          *format_row;
  AdwComboRow          *scope_row;
  GtkWidget            *history_row;
  GtkSwitch            *history_switch;
  GtkWidget            *close_button;
};

G_DEFINE_FINAL_TYPE (CaseloadExportDialog, caseload_export_dialog, ADW_TYPE_WINDOW)

enum {
  EXPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  char     *database_path;
  char     *path;
  gint64    student_id;
  gboolean  with_history;
  guint     format;
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  g_free (job->database_path);
  g_free (job->path);
  g_free (job);
}

static guint
selected_format (CaseloadExportDialog *self)
{
  guint format = adw_combo_row_get_selected (self->format_row);

  return format < G_N_ELEMENTS (formats) ? format : 0;
}

static gint64
selected_student (CaseloadExportDialog *self)
{
  return adw_combo_row_get_selected (self->scope_row) == 1 ? self->student_id : 0;
}

static void
on_format_changed_cb (CaseloadExportDialog *self)
{
  gtk_widget_set_visible (self->history_row, formats[selected_format (self)].has_history);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(CaseloadStore) store = NULL;
  GError *error = NULL;

  store = caseload_store_open (job->database_path, CASELOAD_STORE_OPEN_DEFAULT, &error);
  if (store == NULL
      || !formats[job->format].export (store, job->student_id, job->with_history, job->path, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_boolean (task, TRUE);
}

static void
on_exported_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  CaseloadExportDialog *self = CASELOAD_EXPORT_DIALOG (source);
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  gtk_spinner_set_spinning (self->spinner, FALSE);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      GtkWidget *dialog;

      gtk_stack_set_visible_child_name (self->stack, "options");
      gtk_widget_set_sensitive (self->close_button, TRUE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.choose-file", TRUE);
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Export"), error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  g_signal_emit (self, signals[EXPORTED], 0, job->path);
  gtk_window_destroy (GTK_WINDOW (self));
}

void
caseload_export_dialog_export_to (CaseloadExportDialog *self,
                                  const char           *path)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  g_return_if_fail (CASELOAD_IS_EXPORT_DIALOG (self));
  g_return_if_fail (path != NULL);

  job = g_new0 (Job, 1);
  job->database_path = g_strdup (self->database_path);
  job->path = g_strdup (path);
  job->student_id = selected_student (self);
  job->format = selected_format (self);
  job->with_history = formats[job->format].has_history && gtk_switch_get_active (self->history_switch);

  gtk_stack_set_visible_child_name (self->stack, "working");
  gtk_spinner_set_spinning (self->spinner, TRUE);
  gtk_widget_set_sensitive (self->close_button, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.choose-file", FALSE);

  task = g_task_new (self, self->cancellable, on_exported_cb, NULL);
  g_task_set_source_tag (task, caseload_export_dialog_export_to);
  g_task_set_task_data (task, job, job_free);
  g_task_run_in_thread (task, export_thread);
}

static void
on_chooser_response_cb (CaseloadExportDialog *self,
                        int                   response,
                        GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

      if (path != NULL)
        caseload_export_dialog_export_to (self, path);
    }
  g_clear_object (&self->chooser);
}

static void
choose_file_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  CaseloadExportDialog *self = CASELOAD_EXPORT_DIALOG (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *day = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *name = NULL;

  if (self->chooser != NULL)
    return;

  name = g_strdup_printf ("caseload-%s-%s.%s",
                          selected_student (self) != 0 ? "student" : "export", day,
                          formats[selected_format (self)].extension);
  self->chooser = gtk_file_chooser_native_new (_("Export To"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

CaseloadExportDialog *
caseload_export_dialog_new (GtkWindow  *parent,
                            const char *database_path,
                            gint64      student_id,
                            const char *student_name)
{
  CaseloadExportDialog *self = g_object_new (CASELOAD_TYPE_EXPORT_DIALOG,
                                             "transient-for", parent,
                                             NULL);
  g_autoptr(GtkStringList) scopes = gtk_string_list_new (NULL);

  self->database_path = g_strdup (database_path);
  self->student_id = student_id;

  gtk_string_list_append (scopes, _("The whole database"));
  if (student_id > 0)
    {
      /* Translators: %s is a student's name. */
      g_autofree char *one = g_strdup_printf (_("Only %s"), student_name != NULL ? student_name : "");

      gtk_string_list_append (scopes, one);
    }
  adw_combo_row_set_model (self->scope_row, G_LIST_MODEL (scopes));
  adw_combo_row_set_selected (self->scope_row, student_id > 0 ? 1 : 0);
  return self;
}

static void
caseload_export_dialog_dispose (GObject *object)
{
  CaseloadExportDialog *self = CASELOAD_EXPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  G_OBJECT_CLASS (caseload_export_dialog_parent_class)->dispose (object);
}

static void
caseload_export_dialog_finalize (GObject *object)
{
  CaseloadExportDialog *self = CASELOAD_EXPORT_DIALOG (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->database_path, g_free);

  G_OBJECT_CLASS (caseload_export_dialog_parent_class)->finalize (object);
}

static void
caseload_export_dialog_class_init (CaseloadExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_export_dialog_dispose;
  object_class->finalize = caseload_export_dialog_finalize;

  signals[EXPORTED] =
    g_signal_new ("exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/caseload-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadExportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, CaseloadExportDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, CaseloadExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadExportDialog, scope_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadExportDialog, history_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadExportDialog, history_switch);
  gtk_widget_class_bind_template_child (widget_class, CaseloadExportDialog, close_button);

  gtk_widget_class_install_action (widget_class, "export.choose-file", NULL, choose_file_activated);
}

static void
caseload_export_dialog_init (CaseloadExportDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) scopes = gtk_string_list_new (NULL);

  self->cancellable = g_cancellable_new ();
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    gtk_string_list_append (names, _(formats[i].name));
  adw_combo_row_set_model (self->format_row, G_LIST_MODEL (names));
  g_signal_connect_object (self->format_row, "notify::selected", G_CALLBACK (on_format_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_string_list_append (scopes, _("The whole database"));
  adw_combo_row_set_model (self->scope_row, G_LIST_MODEL (scopes));
  on_format_changed_cb (self);
}
