/* caseload-task-dialog.c: add or edit a task
 *
 * The student is given by their student ID (typed, or filled in when the
 * dialog is opened from a student), so that any of thousands of students
 * can be named from the keyboard; the name it resolves to is shown under
 * it. A status change of an existing task goes through
 * caseload_store_set_task_status () after the other fields are saved.
 */
#define G_LOG_DOMAIN "caseload-task-dialog"

#include "config.h"

#include "caseload-task-dialog.h"

#include "caseload-entry-row.h"
#include "caseload-date.h"
#include "caseload-error.h"
#include "caseload-store-meetings.h"

#include <glib/gi18n.h>

/* Parallel to the "priorities" and "statuses" lists in the template. */
static const char * const priority_codes[] = { "low", "normal", "high" };
static const char * const status_codes[] = { "open", "done", "cancelled" };

struct _CaseloadTaskDialog
{
  AdwWindow      parent_instance;

  CaseloadStore *store;
  CaseloadTask  *task;          /* the copy being edited */
  GArray        *staff_ids;     /* gint64, parallel to "assignees" */

  /* template children */
  GtkButton     *save_button;
  AdwEntryRow   *title_row;
  AdwEntryRow   *student_row;
  AdwActionRow  *student_name_row;
  AdwComboRow   *assignee_row;
  GtkStringList *assignees;
  AdwEntryRow   *due_row;
  AdwComboRow   *priority_row;
  AdwComboRow   *status_row;
  AdwEntryRow   *notes_row;
  GtkLabel      *error_label;
};

G_DEFINE_FINAL_TYPE (CaseloadTaskDialog, caseload_task_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static guint
index_of (const char * const *codes,
          guint               n_codes,
          const char         *code,
          guint               fallback)
{
  for (guint i = 0; i < n_codes; i++)
    if (g_strcmp0 (codes[i], code) == 0)
      return i;
  return fallback;
}

/* The student the ID names, or NULL (nothing typed, or no such student). */
static CaseloadStudent *
typed_student (CaseloadTaskDialog *self,
               gboolean           *typed)
{
  g_autofree char *number = caseload_entry_row_dup_text (self->student_row);

  *typed = number[0] != '\0';
  if (!*typed || self->store == NULL)
    return NULL;
  return caseload_store_find_student (self->store, number, NULL);
}

static void
update_student_name (CaseloadTaskDialog *self)
{
  gboolean typed;
  g_autoptr(CaseloadStudent) student = typed_student (self, &typed);

  if (student != NULL)
    {
      g_autofree char *name = caseload_student_dup_full_name (student);

      adw_action_row_set_subtitle (self->student_name_row, name);
    }
  else
    adw_action_row_set_subtitle (self->student_name_row, _("No student with this ID"));
  gtk_widget_set_visible (GTK_WIDGET (self->student_name_row), typed);
}

static void
update_save_action (CaseloadTaskDialog *self)
{
  g_autofree char *title = caseload_entry_row_dup_text (self->title_row);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "task.save",
                                 self->store != NULL && title[0] != '\0' && self->staff_ids->len > 0);
}

static void
on_row_changed_cb (CaseloadTaskDialog *self,
                   GtkWidget          *row)
{
  gtk_widget_remove_css_class (row, "error");
  if (row == GTK_WIDGET (self->student_row))
    update_student_name (self);
  update_save_action (self);
}

static void
show_error (CaseloadTaskDialog *self,
            GtkWidget          *row,
            const char         *message)
{
  if (row != NULL)
    {
      gtk_widget_add_css_class (row, "error");
      gtk_widget_grab_focus (row);
    }
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static void
save (CaseloadTaskDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadStudent) student = NULL;
  g_autofree char *title = caseload_entry_row_dup_text (self->title_row);
  g_autofree char *due_text = caseload_entry_row_dup_text (self->due_row);
  g_autofree char *notes = caseload_entry_row_dup_text (self->notes_row);
  g_autofree char *due = NULL;
  g_autofree char *old_status = g_strdup (caseload_task_get_status (self->task));
  guint assignee = adw_combo_row_get_selected (self->assignee_row);
  guint priority = adw_combo_row_get_selected (self->priority_row);
  guint status = adw_combo_row_get_selected (self->status_row);
  gboolean typed;

  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);

  if (title[0] == '\0')
    {
      show_error (self, GTK_WIDGET (self->title_row), _("Title: say what needs doing."));
      return;
    }
  student = typed_student (self, &typed);
  if (typed && student == NULL)
    {
      show_error (self, GTK_WIDGET (self->student_row),
                  _("Student ID: no student has this ID. Leave it empty for a task without a student."));
      return;
    }
  if (due_text[0] != '\0')
    {
      GDate day;

      if (!caseload_date_parse_user (due_text, NULL, _("Due"), &day, &error))
        {
          show_error (self, GTK_WIDGET (self->due_row), error->message);
          return;
        }
      due = caseload_date_to_iso (&day);
    }
  if (assignee >= self->staff_ids->len)
    {
      show_error (self, GTK_WIDGET (self->assignee_row), _("Assigned to: choose a team member."));
      return;
    }

  caseload_task_set_title (self->task, title);
  caseload_task_set_student_id (self->task, student != NULL ? caseload_student_get_id (student) : 0);
  caseload_task_set_assignee_id (self->task, g_array_index (self->staff_ids, gint64, assignee));
  caseload_task_set_due_date (self->task, due != NULL ? due : "");
  caseload_task_set_priority (self->task, priority_codes[MIN (priority, G_N_ELEMENTS (priority_codes) - 1)]);
  caseload_task_set_notes (self->task, notes);
  if (caseload_task_get_id (self->task) == 0)
    caseload_task_set_status (self->task, status_codes[MIN (status, G_N_ELEMENTS (status_codes) - 1)]);

  if (!caseload_store_save_task (self->store, self->task, &error))
    {
      show_error (self, NULL, error->message);
      return;
    }

  /* An existing task's status moves through its own step: done or
   * cancelled goes back to open first. */
  if (status < G_N_ELEMENTS (status_codes) && g_strcmp0 (old_status, status_codes[status]) != 0
      && g_strcmp0 (caseload_task_get_status (self->task), status_codes[status]) != 0)
    {
      gint64 id = caseload_task_get_id (self->task);

      if ((g_strcmp0 (caseload_task_get_status (self->task), "open") != 0
           && g_strcmp0 (status_codes[status], "open") != 0
           && !caseload_store_set_task_status (self->store, id, "open", &error))
          || !caseload_store_set_task_status (self->store, id, status_codes[status], &error))
        {
          show_error (self, GTK_WIDGET (self->status_row), error->message);
          return;
        }
    }

  g_signal_emit (self, signals[SAVED], 0, caseload_task_get_id (self->task));
  gtk_window_close (GTK_WINDOW (self));
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  save (CASELOAD_TASK_DIALOG (widget));
}

static void
load_staff (CaseloadTaskDialog *self,
            gint64              assignee_id)
{
  g_autoptr(GListModel) staff = caseload_store_list_staff (self->store, FALSE, NULL);
  guint selected = 0;
  guint n = staff != NULL ? g_list_model_get_n_items (staff) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CaseloadStaff) member = g_list_model_get_item (staff, i);
      g_autofree char *name = caseload_staff_dup_full_name (member);
      gint64 id = caseload_staff_get_id (member);

      if (id == assignee_id)
        selected = i;
      g_array_append_val (self->staff_ids, id);
      gtk_string_list_append (self->assignees, name);
    }
  /* An assignee who has since left stays on their task. */
  if (assignee_id > 0 && (n == 0 || g_array_index (self->staff_ids, gint64, selected) != assignee_id))
    {
      g_array_append_val (self->staff_ids, assignee_id);
      gtk_string_list_append (self->assignees, caseload_task_get_assignee_name (self->task));
      selected = self->staff_ids->len - 1;
    }
  adw_combo_row_set_selected (self->assignee_row, selected);
}

static CaseloadTask *
copy_task (CaseloadTask *task)
{
  CaseloadTask *copy = caseload_task_new ();

  caseload_task_set_id (copy, caseload_task_get_id (task));
  caseload_task_set_assignee_id (copy, caseload_task_get_assignee_id (task));
  caseload_task_set_assignee_name (copy, caseload_task_get_assignee_name (task));
  caseload_task_set_created_by (copy, caseload_task_get_created_by (task));
  caseload_task_set_student_id (copy, caseload_task_get_student_id (task));
  caseload_task_set_meeting_id (copy, caseload_task_get_meeting_id (task));
  caseload_task_set_title (copy, caseload_task_get_title (task));
  caseload_task_set_due_date (copy, caseload_task_get_due_date (task));
  caseload_task_set_priority (copy, caseload_task_get_priority (task));
  caseload_task_set_status (copy, caseload_task_get_status (task));
  caseload_task_set_notes (copy, caseload_task_get_notes (task));
  return copy;
}

CaseloadTaskDialog *
caseload_task_dialog_new (GtkWindow     *parent,
                          CaseloadStore *store,
                          CaseloadTask  *task,
                          gint64         student_id,
                          gint64         assignee_id)
{
  CaseloadTaskDialog *self;
  gint64 student;

  g_return_val_if_fail (CASELOAD_IS_STORE (store), NULL);
  g_return_val_if_fail (task == NULL || CASELOAD_IS_TASK (task), NULL);

  self = g_object_new (CASELOAD_TYPE_TASK_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);

  if (task != NULL)
    {
      self->task = copy_task (task);
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Task"));
      gtk_button_set_label (self->save_button, _("Save"));
    }
  else
    {
      self->task = caseload_task_new ();
      caseload_task_set_student_id (self->task, student_id);
      caseload_task_set_assignee_id (self->task, assignee_id);
      caseload_task_set_priority (self->task, "normal");
      caseload_task_set_status (self->task, "open");
    }

  gtk_editable_set_text (GTK_EDITABLE (self->title_row), caseload_task_get_title (self->task));
  student = caseload_task_get_student_id (self->task);
  if (student > 0)
    {
      g_autoptr(CaseloadStudent) s = caseload_store_get_student (store, student, NULL);

      if (s != NULL)
        gtk_editable_set_text (GTK_EDITABLE (self->student_row), caseload_student_get_student_number (s));
    }
  if (caseload_task_get_due_date (self->task)[0] != '\0')
    {
      GDate day;

      if (caseload_date_parse_iso (caseload_task_get_due_date (self->task), &day))
        {
          g_autofree char *iso = caseload_date_to_iso (&day);

          gtk_editable_set_text (GTK_EDITABLE (self->due_row), iso);
        }
    }
  gtk_editable_set_text (GTK_EDITABLE (self->notes_row), caseload_task_get_notes (self->task));
  adw_combo_row_set_selected (self->priority_row,
                              index_of (priority_codes, G_N_ELEMENTS (priority_codes),
                                        caseload_task_get_priority (self->task), 1));
  adw_combo_row_set_selected (self->status_row,
                              index_of (status_codes, G_N_ELEMENTS (status_codes),
                                        caseload_task_get_status (self->task), 0));
  load_staff (self, caseload_task_get_assignee_id (self->task));
  update_student_name (self);
  update_save_action (self);

  return self;
}

static void
caseload_task_dialog_dispose (GObject *object)
{
  CaseloadTaskDialog *self = CASELOAD_TASK_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->task);
  g_clear_pointer (&self->staff_ids, g_array_unref);

  G_OBJECT_CLASS (caseload_task_dialog_parent_class)->dispose (object);
}

static void
caseload_task_dialog_class_init (CaseloadTaskDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_task_dialog_dispose;

  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_install_action (widget_class, "task.save", NULL, save_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/caseload-task-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadTaskDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTaskDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTaskDialog, student_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTaskDialog, student_name_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTaskDialog, assignee_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTaskDialog, assignees);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTaskDialog, due_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTaskDialog, priority_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTaskDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTaskDialog, notes_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTaskDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_row_changed_cb);
}

static void
caseload_task_dialog_init (CaseloadTaskDialog *self)
{
  AdwEntryRow *rows[4];

  gtk_widget_init_template (GTK_WIDGET (self));
  self->staff_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  rows[0] = self->title_row;
  rows[1] = self->student_row;
  rows[2] = self->due_row;
  rows[3] = self->notes_row;
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    caseload_entry_row_name_field (rows[i], NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "task.save", FALSE);
}
