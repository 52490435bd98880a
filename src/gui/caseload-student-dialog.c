/* caseload-student-dialog.c: add a new student
 *
 * Nothing is written until the store validates the student; an invalid
 * field gets the `error` style class and the message names it.
 */
#define G_LOG_DOMAIN "caseload-student-dialog"

#include "config.h"

#include "caseload-student-dialog.h"

#include "caseload-entry-row.h"
#include "caseload-date.h"

#include <glib/gi18n.h>

static const char * const grade_codes[] = {
  "PK", "K", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12",
};

struct _CaseloadStudentDialog
{
  AdwWindow      parent_instance;

  CaseloadStore *store;
  GArray        *school_ids;   /* gint64, parallel to the school row's model */

  /* template children */
  AdwEntryRow   *first_name_row;
  AdwEntryRow   *last_name_row;
  AdwEntryRow   *number_row;
  AdwEntryRow   *birth_date_row;
  AdwComboRow   *grade_row;
  AdwComboRow   *school_row;
  GtkLabel      *error_label;
};

G_DEFINE_FINAL_TYPE (CaseloadStudentDialog, caseload_student_dialog, ADW_TYPE_WINDOW)

enum {
  STUDENT_ADDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
row_filled (AdwEntryRow *row)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  while (*text == ' ')
    text++;

  return *text != '\0';
}

static void
update_add_action (CaseloadStudentDialog *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "student.add",
                                 self->store != NULL
                                 && row_filled (self->first_name_row)
                                 && row_filled (self->last_name_row)
                                 && row_filled (self->number_row)
                                 && row_filled (self->birth_date_row));
}

static void
clear_errors (CaseloadStudentDialog *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self->first_name_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->last_name_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->number_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->birth_date_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->grade_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->school_row), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
}

static void
show_error (CaseloadStudentDialog *self,
            const char            *field,
            const char            *message)
{
  GtkWidget *row = NULL;

  if (g_strcmp0 (field, "first-name") == 0)
    row = GTK_WIDGET (self->first_name_row);
  else if (g_strcmp0 (field, "last-name") == 0)
    row = GTK_WIDGET (self->last_name_row);
  else if (g_strcmp0 (field, "student-number") == 0)
    row = GTK_WIDGET (self->number_row);
  else if (g_strcmp0 (field, "birth-date") == 0)
    row = GTK_WIDGET (self->birth_date_row);
  else if (g_strcmp0 (field, "grade") == 0)
    row = GTK_WIDGET (self->grade_row);
  else if (g_strcmp0 (field, "school-id") == 0 || g_strcmp0 (field, "school") == 0)
    row = GTK_WIDGET (self->school_row);

  if (row != NULL)
    {
      gtk_widget_add_css_class (row, "error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                      -1);
      gtk_widget_grab_focus (row);
    }

  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static void
on_row_changed_cb (CaseloadStudentDialog *self,
                   GtkEditable           *row)
{
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  update_add_action (self);
}

static void
add_student (CaseloadStudentDialog *self)
{
  g_autoptr(CaseloadStudent) student = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = caseload_entry_row_dup_text (self->first_name_row);
  g_autofree char *last = caseload_entry_row_dup_text (self->last_name_row);
  g_autofree char *number = caseload_entry_row_dup_text (self->number_row);
  g_autofree char *birth_text = caseload_entry_row_dup_text (self->birth_date_row);
  g_autofree char *birth_iso = NULL;
  const char *field = NULL;
  guint grade = adw_combo_row_get_selected (self->grade_row);
  guint school = adw_combo_row_get_selected (self->school_row);
  GDate birth;

  if (self->store == NULL)
    return;

  clear_errors (self);

  g_date_clear (&birth, 1);
  if (!caseload_date_parse_user (birth_text, NULL, _("Birth date"), &birth, &error))
    {
      show_error (self, "birth-date", error->message);
      return;
    }
  birth_iso = caseload_date_to_iso (&birth);

  student = caseload_student_new ();
  caseload_student_set_first_name (student, first);
  caseload_student_set_last_name (student, last);
  caseload_student_set_student_number (student, number);
  caseload_student_set_birth_date (student, birth_iso);
  caseload_student_set_grade (student, grade < G_N_ELEMENTS (grade_codes) ? grade_codes[grade] : "");
  if (school != GTK_INVALID_LIST_POSITION && school < self->school_ids->len)
    caseload_student_set_school_id (student, g_array_index (self->school_ids, gint64, school));
  caseload_student_set_status (student, "active");
  caseload_student_set_home_language (student, "en");

  if (!caseload_store_validate_student (self->store, student, &field, &error)
      || !caseload_store_save_student (self->store, student, &error))
    {
      show_error (self, field, error->message);
      return;
    }

  g_signal_emit (self, signals[STUDENT_ADDED], 0, caseload_student_get_id (student));
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_row_entry_activated_cb (CaseloadStudentDialog *self)
{
  if (gtk_widget_activate_action (GTK_WIDGET (self), "student.add", NULL))
    return;
}

static void
add_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  add_student (CASELOAD_STUDENT_DIALOG (widget));
}

static void
load_schools (CaseloadStudentDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GListModel) schools = NULL;
  g_autoptr(GError) error = NULL;
  gint64 none = 0;

  g_array_set_size (self->school_ids, 0);
  gtk_string_list_append (names, _("No school"));
  g_array_append_val (self->school_ids, none);

  schools = caseload_store_list_schools (self->store, &error);
  if (schools == NULL)
    {
      show_error (self, NULL, error->message);
    }
  else
    {
      for (guint i = 0; i < g_list_model_get_n_items (schools); i++)
        {
          g_autoptr(CaseloadSchool) school = g_list_model_get_item (schools, i);
          gint64 id = caseload_school_get_id (school);

          gtk_string_list_append (names, caseload_school_get_name (school));
          g_array_append_val (self->school_ids, id);
        }
    }

  adw_combo_row_set_model (self->school_row, G_LIST_MODEL (names));
  /* The first school is the likeliest; "No school" stays available. */
  adw_combo_row_set_selected (self->school_row, self->school_ids->len > 1 ? 1 : 0);
}

CaseloadStudentDialog *
caseload_student_dialog_new (GtkWindow     *parent,
                             CaseloadStore *store)
{
  CaseloadStudentDialog *self;

  g_return_val_if_fail (CASELOAD_IS_STORE (store), NULL);

  self = g_object_new (CASELOAD_TYPE_STUDENT_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  load_schools (self);
  update_add_action (self);

  return self;
}

static void
caseload_student_dialog_dispose (GObject *object)
{
  CaseloadStudentDialog *self = CASELOAD_STUDENT_DIALOG (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (caseload_student_dialog_parent_class)->dispose (object);
}

static void
caseload_student_dialog_finalize (GObject *object)
{
  CaseloadStudentDialog *self = CASELOAD_STUDENT_DIALOG (object);

  g_clear_pointer (&self->school_ids, g_array_unref);

  G_OBJECT_CLASS (caseload_student_dialog_parent_class)->finalize (object);
}

static void
caseload_student_dialog_class_init (CaseloadStudentDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_student_dialog_dispose;
  object_class->finalize = caseload_student_dialog_finalize;

  signals[STUDENT_ADDED] =
    g_signal_new ("student-added",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_install_action (widget_class, "student.add", NULL, add_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/caseload-student-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentDialog, first_name_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentDialog, last_name_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentDialog, number_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentDialog, birth_date_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentDialog, grade_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentDialog, school_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_row_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_entry_activated_cb);
}

static void
caseload_student_dialog_init (CaseloadStudentDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->school_ids = g_array_new (FALSE, TRUE, sizeof (gint64));

  caseload_entry_row_name_field (self->first_name_row, NULL);
  caseload_entry_row_name_field (self->last_name_row, NULL);
  caseload_entry_row_name_field (self->number_row, NULL);
  caseload_entry_row_name_field (self->birth_date_row, NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "student.add", FALSE);
}
