/* caseload-restore-dialog.c: restore a backup.
 *
 * The list shows the backups of the backup folder, newest first, with
 * their date, kind and size; "Choose File…" takes any file. A choice is
 * checked in a worker thread (caseload_backup_check_file: SQLite's
 * integrity check, Caseload's application id, a schema this version
 * understands), then an AdwMessageDialog says what will happen, and only
 * "Restore" replaces the database (caseload_backup_restore, which saves
 * the current database as a backup first). A damaged database cannot be
 * backed up: it is renamed aside instead, never overwritten.
 */
#define G_LOG_DOMAIN "caseload-restore-dialog"

#include "config.h"

#include "caseload-restore-dialog.h"

#include "caseload-backup.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <string.h>
#include <sys/stat.h>

struct _CaseloadRestoreDialog
{
  AdwWindow             parent_instance;

  char                 *database_path;
  char                 *backup_dir;
  gboolean              damaged;
  GCancellable         *cancellable;
  GtkFileChooserNative *chooser;
  GtkWidget            *confirmation;
  char                 *chosen;          /* the checked file awaiting "Restore" */
  GPtrArray            *backups;         /* paths, as listed */

  /* template children */
  GtkStack             *stack;
  AdwPreferencesGroup  *intro_group;
  AdwPreferencesGroup  *backups_group;
  GtkListBox           *backups_list;
  GtkSpinner           *spinner;
  GtkLabel             *working_label;
  GtkWidget            *choose_button;
};

G_DEFINE_FINAL_TYPE (CaseloadRestoreDialog, caseload_restore_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_DATABASE_PATH,
  PROP_DAMAGED,
  PROP_BACKUP_DIR,
  N_PROPS
};

enum {
  RESTORED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* ---- the list ------------------------------------------------------------ */

typedef struct
{
  char   *path;
  char   *name;
  gint64  modified;
  goffset size;
} Backup;

static void
backup_free (gpointer data)
{
  Backup *backup = data;

  g_free (backup->path);
  g_free (backup->name);
  g_free (backup);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const Backup *x = *(const Backup **) a;
  const Backup *y = *(const Backup **) b;

  if (x->modified != y->modified)
    return x->modified < y->modified ? 1 : -1;
  return g_strcmp0 (y->name, x->name);
}

/* What kind of backup a file name says it is. */
static const char *
describe_kind (const char *name)
{
  if (strstr (name, "-before-import") != NULL)
    return _("Made before an import");
  if (strstr (name, "-before-restore") != NULL)
    return _("Made before a restore");
  if (strstr (name, "-before-migration") != NULL)
    return _("Made before an upgrade of Caseload");
  if (strstr (name, "-manual") != NULL)
    return _("Made with Back Up Now");
  if (strchr (name, 'T') == NULL)
    return _("Daily backup");
  return _("Backup");
}

static char *
dup_dir (CaseloadRestoreDialog *self)
{
  return self->backup_dir != NULL ? g_strdup (self->backup_dir) : caseload_backup_default_dir ();
}

static GPtrArray *
read_backups (const char *dir_path)
{
  g_autoptr(GPtrArray) backups = g_ptr_array_new_with_free_func (backup_free);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      GStatBuf buf;
      GDate date;
      Backup *backup;

      if (!caseload_backup_parse_file_name (name, &date) || g_stat (path, &buf) != 0
          || !S_ISREG (buf.st_mode))
        continue;
      backup = g_new0 (Backup, 1);
      backup->path = g_steal_pointer (&path);
      backup->name = g_strdup (name);
      backup->modified = buf.st_mtime;
      backup->size = buf.st_size;
      g_ptr_array_add (backups, backup);
    }
  g_ptr_array_sort (backups, compare_newest_first);
  return g_steal_pointer (&backups);
}

static void
fill_list (CaseloadRestoreDialog *self)
{
  g_autofree char *dir = dup_dir (self);
  g_autoptr(GPtrArray) backups = read_backups (dir);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->backups_list))) != NULL)
    gtk_list_box_remove (self->backups_list, child);
  g_ptr_array_set_size (self->backups, 0);

  adw_preferences_group_set_description (self->backups_group, dir);

  for (guint i = 0; i < backups->len; i++)
    {
      Backup *backup = g_ptr_array_index (backups, i);
      g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (backup->modified);
      g_autofree char *title = g_date_time_format (when, "%x %H:%M");
      g_autofree char *size = g_format_size (backup->size);
      /* Translators: a backup's kind and size: "Daily backup · 1.2 MB". */
      g_autofree char *subtitle = g_strdup_printf (_("%s · %s"), describe_kind (backup->name), size);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_set_tooltip_text (row, backup->name);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      g_object_set_data_full (G_OBJECT (row), "path", g_strdup (backup->path), g_free);
      gtk_list_box_append (self->backups_list, row);
      g_ptr_array_add (self->backups, g_strdup (backup->path));
    }
}

GPtrArray *
caseload_restore_dialog_list_backups (CaseloadRestoreDialog *self)
{
  g_return_val_if_fail (CASELOAD_IS_RESTORE_DIALOG (self), NULL);

  return self->backups;
}

GtkWidget *
caseload_restore_dialog_get_confirmation (CaseloadRestoreDialog *self)
{
  g_return_val_if_fail (CASELOAD_IS_RESTORE_DIALOG (self), NULL);

  return self->confirmation;
}

/* ---- working state --------------------------------------------------------- */

static void
set_working (CaseloadRestoreDialog *self,
             const char            *what)
{
  gboolean working = what != NULL;

  if (working)
    gtk_label_set_label (self->working_label, what);
  gtk_spinner_set_spinning (self->spinner, working);
  gtk_stack_set_visible_child_name (self->stack, working ? "working" : "list");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "restore.choose-file", !working);
}

static void
show_problem (CaseloadRestoreDialog *self,
              const char            *heading,
              const GError          *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- restoring --------------------------------------------------------------- */

typedef struct
{
  char     *database_path;
  char     *source;
  char     *backup_dir;
  gboolean  damaged;
  int       schema_version;
  char     *safety_backup;
  char     *kept;
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  g_free (job->database_path);
  g_free (job->source);
  g_free (job->backup_dir);
  g_free (job->safety_backup);
  g_free (job->kept);
  g_free (job);
}

static Job *
job_new (CaseloadRestoreDialog *self,
         const char            *source)
{
  Job *job = g_new0 (Job, 1);

  job->database_path = g_strdup (self->database_path);
  job->source = g_strdup (source);
  job->backup_dir = g_strdup (self->backup_dir);
  job->damaged = self->damaged;
  return job;
}

static void
restore_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Job *job = task_data;
  GError *error = NULL;

  /* A damaged file cannot be backed up: it goes aside, byte for byte,
   * with its journal files, so the restore never writes over it. */
  if (job->damaged && g_file_test (job->database_path, G_FILE_TEST_EXISTS))
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *stamp = g_date_time_format (now, "%Y%m%dT%H%M%S");
      static const char * const suffixes[] = { "-wal", "-shm", "" };

      job->kept = g_strdup_printf ("%s.damaged-%s", job->database_path, stamp);
      for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
        {
          g_autofree char *from = g_strconcat (job->database_path, suffixes[i], NULL);
          g_autofree char *to = g_strconcat (job->kept, suffixes[i], NULL);

          if (g_file_test (from, G_FILE_TEST_EXISTS) && g_rename (from, to) != 0)
            {
              int saved_errno = errno;

              g_task_return_new_error (task, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                                       _("Could not move the damaged file %s aside: %s"),
                                       from, g_strerror (saved_errno));
              return;
            }
        }
    }

  if (!caseload_backup_restore (job->database_path, job->source, job->backup_dir,
                                &job->safety_backup, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_boolean (task, TRUE);
}

static void
on_restored_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  CaseloadRestoreDialog *self = CASELOAD_RESTORE_DIALOG (source);
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      set_working (self, NULL);
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_problem (self, _("Could Not Restore the Backup"), error);
      return;
    }

  g_signal_emit (self, signals[RESTORED], 0, job->safety_backup, job->kept);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_confirmation_response_cb (CaseloadRestoreDialog *self,
                             const char            *response,
                             AdwMessageDialog      *dialog)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *chosen = g_steal_pointer (&self->chosen);

  self->confirmation = NULL;
  if (g_strcmp0 (response, "restore") != 0 || chosen == NULL)
    return;

  set_working (self, _("Restoring the backup…"));
  task = g_task_new (self, self->cancellable, on_restored_cb, NULL);
  g_task_set_source_tag (task, on_confirmation_response_cb);
  g_task_set_task_data (task, job_new (self, chosen), job_free);
  g_task_run_in_thread (task, restore_thread);
}

/* ---- checking -------------------------------------------------------------------- */

static void
check_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Job *job = task_data;
  GError *error = NULL;

  if (!caseload_backup_check_file (job->source, &job->schema_version, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_checked_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  CaseloadRestoreDialog *self = CASELOAD_RESTORE_DIALOG (source);
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *base = NULL;
  g_autofree char *when = NULL;
  g_autofree char *body = NULL;
  GStatBuf buf;
  GtkWidget *dialog;

  set_working (self, NULL);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_problem (self, _("This File Cannot Be Restored"), error);
      return;
    }

  base = g_path_get_basename (job->source);
  if (g_stat (job->source, &buf) == 0)
    {
      g_autoptr(GDateTime) modified = g_date_time_new_from_unix_local (buf.st_mtime);

      when = g_date_time_format (modified, "%x %H:%M");
    }

  if (self->damaged)
    /* Translators: %1$s a file name, %2$s when it was made, %3$s the database file. */
    body = g_strdup_printf (_("The database %3$s will be replaced with the backup %1$s (%2$s). "
                              "The damaged file is kept next to it under another name; "
                              "Caseload does not change it."),
                            base, when != NULL ? when : "", self->database_path);
  else
    body = g_strdup_printf (_("The database %3$s will be replaced with the backup %1$s (%2$s). "
                              "The current database is saved as a backup first, so you can go back to it."),
                            base, when != NULL ? when : "", self->database_path);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Restore This Backup?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_confirmation_response_cb), self,
                           G_CONNECT_SWAPPED);
  g_free (self->chosen);
  self->chosen = g_strdup (job->source);
  self->confirmation = dialog;
  gtk_window_present (GTK_WINDOW (dialog));
}

void
caseload_restore_dialog_choose (CaseloadRestoreDialog *self,
                                const char            *path)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *base = NULL;
  g_autofree char *what = NULL;

  g_return_if_fail (CASELOAD_IS_RESTORE_DIALOG (self));
  g_return_if_fail (path != NULL);

  base = g_path_get_basename (path);
  /* Translators: %s is a file name. */
  what = g_strdup_printf (_("Checking %s…"), base);
  set_working (self, what);

  task = g_task_new (self, self->cancellable, on_checked_cb, NULL);
  g_task_set_source_tag (task, caseload_restore_dialog_choose);
  g_task_set_task_data (task, job_new (self, path), job_free);
  g_task_run_in_thread (task, check_thread);
}

static void
on_backups_list_row_activated_cb (CaseloadRestoreDialog *self,
                                  GtkListBoxRow         *row)
{
  const char *path = g_object_get_data (G_OBJECT (row), "path");

  if (path != NULL)
    caseload_restore_dialog_choose (self, path);
}

static void
on_chooser_response_cb (CaseloadRestoreDialog *self,
                        int                    response,
                        GtkFileChooserNative  *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

      if (path != NULL)
        caseload_restore_dialog_choose (self, path);
    }
  g_clear_object (&self->chooser);
}

static void
choose_file_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  CaseloadRestoreDialog *self = CASELOAD_RESTORE_DIALOG (widget);
  g_autoptr(GtkFileFilter) databases = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) everything = gtk_file_filter_new ();
  g_autofree char *dir = dup_dir (self);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);

  if (self->chooser != NULL)
    return;

  gtk_file_filter_set_name (databases, _("Caseload databases and backups"));
  gtk_file_filter_add_pattern (databases, "*.db");
  gtk_file_filter_add_mime_type (databases, "application/vnd.sqlite3");
  gtk_file_filter_set_name (everything, _("All files"));
  gtk_file_filter_add_pattern (everything, "*");

  self->chooser = gtk_file_chooser_native_new (_("Choose a Backup to Restore"),
                                               GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Choose"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), databases);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), everything);
  if (g_file_query_exists (folder, NULL))
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* ---- life cycle ---------------------------------------------------------------- */

CaseloadRestoreDialog *
caseload_restore_dialog_new (GtkWindow  *parent,
                             const char *database_path,
                             gboolean    damaged,
                             const char *backup_dir)
{
  return g_object_new (CASELOAD_TYPE_RESTORE_DIALOG,
                       "transient-for", parent,
                       "database-path", database_path,
                       "damaged", damaged,
                       "backup-dir", backup_dir,
                       NULL);
}

static void
caseload_restore_dialog_constructed (GObject *object)
{
  CaseloadRestoreDialog *self = CASELOAD_RESTORE_DIALOG (object);

  G_OBJECT_CLASS (caseload_restore_dialog_parent_class)->constructed (object);

  if (self->damaged)
    {
      g_autofree char *text =
        /* Translators: %s is the database file. */
        g_strdup_printf (_("%s cannot be read. Choose the backup to bring back; "
                           "the damaged file is kept under another name, never overwritten."),
                         self->database_path);

      adw_preferences_group_set_description (self->intro_group, text);
    }
  fill_list (self);
}

static void
caseload_restore_dialog_dispose (GObject *object)
{
  CaseloadRestoreDialog *self = CASELOAD_RESTORE_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  G_OBJECT_CLASS (caseload_restore_dialog_parent_class)->dispose (object);
}

static void
caseload_restore_dialog_finalize (GObject *object)
{
  CaseloadRestoreDialog *self = CASELOAD_RESTORE_DIALOG (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->database_path, g_free);
  g_clear_pointer (&self->backup_dir, g_free);
  g_clear_pointer (&self->chosen, g_free);
  g_clear_pointer (&self->backups, g_ptr_array_unref);

  G_OBJECT_CLASS (caseload_restore_dialog_parent_class)->finalize (object);
}

static void
caseload_restore_dialog_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  CaseloadRestoreDialog *self = CASELOAD_RESTORE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_DATABASE_PATH:
      g_value_set_string (value, self->database_path);
      break;
    case PROP_DAMAGED:
      g_value_set_boolean (value, self->damaged);
      break;
    case PROP_BACKUP_DIR:
      g_value_set_string (value, self->backup_dir);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_restore_dialog_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  CaseloadRestoreDialog *self = CASELOAD_RESTORE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_DATABASE_PATH:
      g_free (self->database_path);
      self->database_path = g_value_dup_string (value);
      break;
    case PROP_DAMAGED:
      self->damaged = g_value_get_boolean (value);
      break;
    case PROP_BACKUP_DIR:
      g_free (self->backup_dir);
      self->backup_dir = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_restore_dialog_class_init (CaseloadRestoreDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = caseload_restore_dialog_constructed;
  object_class->dispose = caseload_restore_dialog_dispose;
  object_class->finalize = caseload_restore_dialog_finalize;
  object_class->get_property = caseload_restore_dialog_get_property;
  object_class->set_property = caseload_restore_dialog_set_property;

  properties[PROP_DATABASE_PATH] =
    g_param_spec_string ("database-path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DAMAGED] =
    g_param_spec_boolean ("damaged", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BACKUP_DIR] =
    g_param_spec_string ("backup-dir", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[RESTORED] =
    g_signal_new ("restored", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/caseload-restore-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadRestoreDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, CaseloadRestoreDialog, intro_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadRestoreDialog, backups_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadRestoreDialog, backups_list);
  gtk_widget_class_bind_template_child (widget_class, CaseloadRestoreDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, CaseloadRestoreDialog, working_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadRestoreDialog, choose_button);
  gtk_widget_class_bind_template_callback (widget_class, on_backups_list_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "restore.choose-file", NULL, choose_file_activated);
}

static void
caseload_restore_dialog_init (CaseloadRestoreDialog *self)
{
  self->cancellable = g_cancellable_new ();
  self->backups = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));
}
