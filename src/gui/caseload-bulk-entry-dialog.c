/* caseload-bulk-entry-dialog.c: a group's data for one date in one save.
 *
 * One row per student-goal (an AdwActionRow with a value entry); Enter in
 * a value moves to the next row's. "Save All" checks every row first (a
 * number, allowed by the goal's unit) and then hands them all to
 * caseload_store_add_data_points_bulk, one transaction: a bad row is
 * named and nothing is saved.
 */
#define G_LOG_DOMAIN "caseload-bulk-entry-dialog"

#include "config.h"

#include "caseload-bulk-entry-dialog.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <math.h>

#include "caseload-date.h"
#include "caseload-store-progress.h"

struct _CaseloadBulkEntryDialog
{
  AdwWindow             parent_instance;

  CaseloadStore        *store;
  GPtrArray            *goals;     /* CaseloadGoalSummary */
  GPtrArray            *entries;   /* GtkEntry, parallel to goals */
  GPtrArray            *labels;    /* char *, "Ana Ruiz, Reading" */

  /* template children */
  GtkLabel             *error_label;
  AdwEntryRow          *date_row;
  AdwPreferencesGroup  *rows_group;
  GtkButton            *save_button;
};

G_DEFINE_FINAL_TYPE (CaseloadBulkEntryDialog, caseload_bulk_entry_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (CaseloadBulkEntryDialog *self,
            const char              *message,
            int                      row)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);

  for (guint i = 0; i < self->entries->len; i++)
    {
      GtkWidget *entry = g_ptr_array_index (self->entries, i);

      if ((int) i == row)
        gtk_widget_add_css_class (entry, "error");
      else
        gtk_widget_remove_css_class (entry, "error");
    }
  if (row == -2)
    gtk_widget_add_css_class (GTK_WIDGET (self->date_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->date_row), "error");
  if (row >= 0 && (guint) row < self->entries->len)
    gtk_widget_grab_focus (g_ptr_array_index (self->entries, row));
}

static gboolean
parse_value (const char  *text,
             double      *value)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  char *end = NULL;

  g_strdelimit (copy, ",", '.');
  errno = 0;
  *value = g_ascii_strtod (copy, &end);
  return errno == 0 && end != copy && *end == '\0' && isfinite (*value);
}

gboolean
caseload_bulk_entry_dialog_save (CaseloadBulkEntryDialog  *self,
                                 guint                    *n_saved,
                                 GError                  **error)
{
  g_autoptr(GArray) values = g_array_new (FALSE, TRUE, sizeof (CaseloadBulkValue));
  g_autoptr(GError) local_error = NULL;
  g_autofree char *iso = NULL;
  const char *date_text;
  GDate today, date;
  guint saved;

  g_return_val_if_fail (CASELOAD_IS_BULK_ENTRY_DIALOG (self), FALSE);

  if (n_saved != NULL)
    *n_saved = 0;

  caseload_date_set_today (&today);
  date_text = gtk_editable_get_text (GTK_EDITABLE (self->date_row));
  if (date_text[0] == '\0')
    date = today;
  else if (!caseload_date_parse_user (date_text, &today, _("Date"), &date, &local_error))
    {
      show_error (self, local_error->message, -2);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  iso = caseload_date_to_iso (&date);

  for (guint i = 0; i < self->goals->len; i++)
    {
      CaseloadGoalSummary *goal = g_ptr_array_index (self->goals, i);
      const char *text = gtk_editable_get_text (GTK_EDITABLE (g_ptr_array_index (self->entries, i)));
      const char *label = g_ptr_array_index (self->labels, i);
      g_autofree char *stripped = g_strstrip (g_strdup (text));
      CaseloadBulkValue value = { 0, };

      if (stripped[0] == '\0')
        continue;

      if (!parse_value (stripped, &value.value))
        {
          g_set_error (&local_error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                       /* Translators: "Ana Ruiz, Reading: “4o” is not a number" */
                       _("%s: “%s” is not a number"), label, stripped);
          show_error (self, local_error->message, i);
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      if (!caseload_store_check_progress_value (caseload_goal_summary_get_unit (goal),
                                                value.value, label, &local_error))
        {
          show_error (self, local_error->message, i);
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      value.goal_id = caseload_goal_summary_get_goal_id (goal);
      value.note = NULL;
      value.row_label = label;
      g_array_append_val (values, value);
    }

  if (values->len == 0)
    {
      g_set_error (&local_error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   _("Type at least one value"));
      show_error (self, local_error->message, self->entries->len > 0 ? 0 : -1);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  saved = caseload_store_add_data_points_bulk (self->store, iso,
                                               (const CaseloadBulkValue *) (gpointer) values->data,
                                               values->len, &local_error);
  if (local_error != NULL)
    {
      show_error (self, local_error->message, -1);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  show_error (self, NULL, -1);
  if (n_saved != NULL)
    *n_saved = saved;
  g_signal_emit (self, signals[SAVED], 0, saved);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
on_save_button_clicked_cb (CaseloadBulkEntryDialog *self)
{
  /* A failure is shown in the dialog (naming the row); nothing to add. */
  caseload_bulk_entry_dialog_save (self, NULL, NULL);
}

static void
on_date_row_activated_cb (CaseloadBulkEntryDialog *self)
{
  if (self->entries->len > 0)
    gtk_widget_grab_focus (g_ptr_array_index (self->entries, 0));
}

static void
on_entry_activate_cb (GtkEntry                *entry,
                      CaseloadBulkEntryDialog *self)
{
  guint index;

  if (!g_ptr_array_find (self->entries, entry, &index))
    return;
  if (index + 1 < self->entries->len)
    gtk_widget_grab_focus (g_ptr_array_index (self->entries, index + 1));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->save_button));
}

static void
add_rows (CaseloadBulkEntryDialog *self,
          GListModel              *goals)
{
  guint n = goals != NULL ? g_list_model_get_n_items (goals) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CaseloadGoalSummary) goal = g_list_model_get_item (goals, i);
      const char *student = caseload_goal_summary_get_student_name (goal);
      const char *area = caseload_goal_area_to_label (caseload_goal_summary_get_area (goal));
      const char *description = caseload_goal_summary_get_description (goal);
      const char *unit = caseload_goal_summary_get_unit (goal);
      g_autofree char *label = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *entry_label = NULL;
      GtkWidget *row, *entry;

      /* Translators: names a row of the bulk entry: "Ana Ruiz, Reading" */
      label = g_strdup_printf (_("%s, %s"), student != NULL ? student : "", area != NULL ? area : "");
      /* The unit first: it says what to type. */
      subtitle = g_strdup_printf ("%s · %s", unit != NULL ? unit : "",
                                  description != NULL ? description : "");
      /* Translators: the accessible name of a value entry */
      entry_label = g_strdup_printf (_("Value for %s"), label);

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);

      entry = gtk_entry_new ();
      gtk_editable_set_width_chars (GTK_EDITABLE (entry), 8);
      gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_NUMBER);
      gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, entry_label, -1);
      g_signal_connect (entry, "activate", G_CALLBACK (on_entry_activate_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), entry);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), entry);
      adw_preferences_group_add (self->rows_group, row);

      g_ptr_array_add (self->goals, g_object_ref (goal));
      g_ptr_array_add (self->entries, entry);
      g_ptr_array_add (self->labels, g_steal_pointer (&label));
    }
}

CaseloadBulkEntryDialog *
caseload_bulk_entry_dialog_new (GtkWindow     *parent,
                                CaseloadStore *store,
                                GListModel    *goals)
{
  CaseloadBulkEntryDialog *self;
  g_autofree char *today_iso = NULL;
  GDate today;

  g_return_val_if_fail (CASELOAD_IS_STORE (store), NULL);

  self = g_object_new (CASELOAD_TYPE_BULK_ENTRY_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  caseload_date_set_today (&today);
  today_iso = caseload_date_to_iso (&today);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), today_iso);
  add_rows (self, goals);
  /* The date is usually today: start in the first value. */
  if (self->entries->len > 0)
    gtk_window_set_focus (GTK_WINDOW (self), g_ptr_array_index (self->entries, 0));
  return self;
}

guint
caseload_bulk_entry_dialog_get_n_rows (CaseloadBulkEntryDialog *self)
{
  g_return_val_if_fail (CASELOAD_IS_BULK_ENTRY_DIALOG (self), 0);

  return self->entries->len;
}

GtkEditable *
caseload_bulk_entry_dialog_get_value_entry (CaseloadBulkEntryDialog *self,
                                            guint                    index)
{
  g_return_val_if_fail (CASELOAD_IS_BULK_ENTRY_DIALOG (self), NULL);
  g_return_val_if_fail (index < self->entries->len, NULL);

  return GTK_EDITABLE (g_ptr_array_index (self->entries, index));
}

GtkEditable *
caseload_bulk_entry_dialog_get_date_entry (CaseloadBulkEntryDialog *self)
{
  g_return_val_if_fail (CASELOAD_IS_BULK_ENTRY_DIALOG (self), NULL);

  return GTK_EDITABLE (self->date_row);
}

static void
caseload_bulk_entry_dialog_dispose (GObject *object)
{
  CaseloadBulkEntryDialog *self = CASELOAD_BULK_ENTRY_DIALOG (object);

  g_clear_object (&self->store);
  if (self->entries != NULL)
    g_ptr_array_set_size (self->entries, 0);

  G_OBJECT_CLASS (caseload_bulk_entry_dialog_parent_class)->dispose (object);
}

static void
caseload_bulk_entry_dialog_finalize (GObject *object)
{
  CaseloadBulkEntryDialog *self = CASELOAD_BULK_ENTRY_DIALOG (object);

  g_clear_pointer (&self->goals, g_ptr_array_unref);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->labels, g_ptr_array_unref);

  G_OBJECT_CLASS (caseload_bulk_entry_dialog_parent_class)->finalize (object);
}

static void
caseload_bulk_entry_dialog_class_init (CaseloadBulkEntryDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_bulk_entry_dialog_dispose;
  object_class->finalize = caseload_bulk_entry_dialog_finalize;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/caseload/Caseload/caseload-bulk-entry-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadBulkEntryDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadBulkEntryDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadBulkEntryDialog, rows_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadBulkEntryDialog, save_button);
  gtk_widget_class_bind_template_callback (widget_class, on_save_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_date_row_activated_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
caseload_bulk_entry_dialog_init (CaseloadBulkEntryDialog *self)
{
  self->goals = g_ptr_array_new_with_free_func (g_object_unref);
  self->entries = g_ptr_array_new ();
  self->labels = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));
}
