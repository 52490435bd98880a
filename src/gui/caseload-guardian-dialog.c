/* caseload-guardian-dialog.c: add or edit a guardian or other contact */
#define G_LOG_DOMAIN "caseload-guardian-dialog"

#include "config.h"

#include "caseload-guardian-dialog.h"

#include "caseload-entry-row.h"

#include <glib/gi18n.h>

/* Parallel to the "relationships" list in the template. */
static const char * const relationship_codes[] = {
  "mother", "father", "parent", "guardian", "grandparent", "foster-parent", "other",
};

/* Parallel to the "languages" list in the template. */
static const char * const language_codes[] = {
  "en", "es", "vi", "zh", "ar", "so", "ht", "fr", "pt", "ru", "tl", "ko",
};

struct _CaseloadGuardianDialog
{
  AdwWindow         parent_instance;

  CaseloadStore    *store;
  CaseloadGuardian *guardian;   /* the copy being edited */

  /* template children */
  GtkButton        *save_button;
  AdwEntryRow      *first_name_row;
  AdwEntryRow      *last_name_row;
  AdwComboRow      *relationship_row;
  AdwEntryRow      *phone_row;
  AdwEntryRow      *email_row;
  AdwEntryRow      *address_row;
  AdwComboRow      *language_row;
  GtkStringList    *languages;
  GtkSwitch        *interpreter_switch;
  GtkSwitch        *rights_switch;
  GtkSwitch        *lives_with_switch;
  GtkLabel         *error_label;
};

G_DEFINE_FINAL_TYPE (CaseloadGuardianDialog, caseload_guardian_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_save_action (CaseloadGuardianDialog *self)
{
  g_autofree char *first = caseload_entry_row_dup_text (self->first_name_row);
  g_autofree char *last = caseload_entry_row_dup_text (self->last_name_row);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "guardian.save",
                                 self->store != NULL && first[0] != '\0' && last[0] != '\0');
}

static void
on_row_changed_cb (CaseloadGuardianDialog *self,
                   GtkWidget              *row)
{
  gtk_widget_remove_css_class (row, "error");
  update_save_action (self);
}

static void
show_error (CaseloadGuardianDialog *self,
            GtkWidget              *row,
            const char             *message)
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
save (CaseloadGuardianDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *first = caseload_entry_row_dup_text (self->first_name_row);
  g_autofree char *last = caseload_entry_row_dup_text (self->last_name_row);
  g_autofree char *phone = caseload_entry_row_dup_text (self->phone_row);
  g_autofree char *email = caseload_entry_row_dup_text (self->email_row);
  g_autofree char *address = caseload_entry_row_dup_text (self->address_row);
  guint relationship = adw_combo_row_get_selected (self->relationship_row);
  guint language = adw_combo_row_get_selected (self->language_row);

  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);

  if (first[0] == '\0')
    {
      show_error (self, GTK_WIDGET (self->first_name_row), _("First name is required."));
      return;
    }
  if (last[0] == '\0')
    {
      show_error (self, GTK_WIDGET (self->last_name_row), _("Last name is required."));
      return;
    }
  if (email[0] != '\0' && (strchr (email, '@') == NULL || strchr (email, ' ') != NULL))
    {
      show_error (self, GTK_WIDGET (self->email_row),
                  _("E-mail does not look like an address (name@example.org)."));
      return;
    }

  caseload_guardian_set_first_name (self->guardian, first);
  caseload_guardian_set_last_name (self->guardian, last);
  if (relationship < G_N_ELEMENTS (relationship_codes))
    caseload_guardian_set_relationship (self->guardian, relationship_codes[relationship]);
  caseload_guardian_set_phone (self->guardian, phone);
  caseload_guardian_set_email (self->guardian, email);
  caseload_guardian_set_address (self->guardian, address);
  if (language < G_N_ELEMENTS (language_codes))
    caseload_guardian_set_language (self->guardian, language_codes[language]);
  else if (language != GTK_INVALID_LIST_POSITION)
    caseload_guardian_set_language (self->guardian,
                                    gtk_string_list_get_string (self->languages, language));
  caseload_guardian_set_interpreter_needed (self->guardian, gtk_switch_get_active (self->interpreter_switch));
  caseload_guardian_set_rights_holder (self->guardian, gtk_switch_get_active (self->rights_switch));
  caseload_guardian_set_lives_with_student (self->guardian, gtk_switch_get_active (self->lives_with_switch));

  if (!caseload_store_save_guardian (self->store, self->guardian, &error))
    {
      show_error (self, NULL, error->message);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, caseload_guardian_get_id (self->guardian));
  gtk_window_close (GTK_WINDOW (self));
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  save (CASELOAD_GUARDIAN_DIALOG (widget));
}

static guint
index_of (const char * const *codes,
          guint               n_codes,
          const char         *code)
{
  for (guint i = 0; i < n_codes; i++)
    if (g_strcmp0 (codes[i], code) == 0)
      return i;

  return GTK_INVALID_LIST_POSITION;
}

static void
load (CaseloadGuardianDialog *self)
{
  CaseloadGuardian *guardian = self->guardian;
  guint index;

  gtk_editable_set_text (GTK_EDITABLE (self->first_name_row), caseload_guardian_get_first_name (guardian));
  gtk_editable_set_text (GTK_EDITABLE (self->last_name_row), caseload_guardian_get_last_name (guardian));
  gtk_editable_set_text (GTK_EDITABLE (self->phone_row), caseload_guardian_get_phone (guardian));
  gtk_editable_set_text (GTK_EDITABLE (self->email_row), caseload_guardian_get_email (guardian));
  gtk_editable_set_text (GTK_EDITABLE (self->address_row), caseload_guardian_get_address (guardian));

  index = index_of (relationship_codes, G_N_ELEMENTS (relationship_codes),
                    caseload_guardian_get_relationship (guardian));
  adw_combo_row_set_selected (self->relationship_row, index != GTK_INVALID_LIST_POSITION ? index : 2);

  index = index_of (language_codes, G_N_ELEMENTS (language_codes),
                    caseload_guardian_get_language (guardian));
  if (index == GTK_INVALID_LIST_POSITION)
    {
      /* A language we have no name for stays as it was. */
      gtk_string_list_append (self->languages, caseload_guardian_get_language (guardian));
      index = g_list_model_get_n_items (G_LIST_MODEL (self->languages)) - 1;
    }
  adw_combo_row_set_selected (self->language_row, index);

  gtk_switch_set_active (self->interpreter_switch, caseload_guardian_get_interpreter_needed (guardian));
  gtk_switch_set_active (self->rights_switch, caseload_guardian_get_rights_holder (guardian));
  gtk_switch_set_active (self->lives_with_switch, caseload_guardian_get_lives_with_student (guardian));
}

static CaseloadGuardian *
copy_guardian (CaseloadGuardian *guardian)
{
  CaseloadGuardian *copy = caseload_guardian_new ();

  caseload_guardian_set_id (copy, caseload_guardian_get_id (guardian));
  caseload_guardian_set_student_id (copy, caseload_guardian_get_student_id (guardian));
  caseload_guardian_set_first_name (copy, caseload_guardian_get_first_name (guardian));
  caseload_guardian_set_last_name (copy, caseload_guardian_get_last_name (guardian));
  caseload_guardian_set_relationship (copy, caseload_guardian_get_relationship (guardian));
  caseload_guardian_set_phone (copy, caseload_guardian_get_phone (guardian));
  caseload_guardian_set_email (copy, caseload_guardian_get_email (guardian));
  caseload_guardian_set_address (copy, caseload_guardian_get_address (guardian));
  caseload_guardian_set_language (copy, caseload_guardian_get_language (guardian));
  caseload_guardian_set_interpreter_needed (copy, caseload_guardian_get_interpreter_needed (guardian));
  caseload_guardian_set_rights_holder (copy, caseload_guardian_get_rights_holder (guardian));
  caseload_guardian_set_lives_with_student (copy, caseload_guardian_get_lives_with_student (guardian));

  return copy;
}

CaseloadGuardianDialog *
caseload_guardian_dialog_new (GtkWindow        *parent,
                              CaseloadStore    *store,
                              gint64            student_id,
                              CaseloadGuardian *guardian)
{
  CaseloadGuardianDialog *self;

  g_return_val_if_fail (CASELOAD_IS_STORE (store), NULL);
  g_return_val_if_fail (guardian == NULL || CASELOAD_IS_GUARDIAN (guardian), NULL);

  self = g_object_new (CASELOAD_TYPE_GUARDIAN_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);

  if (guardian != NULL)
    {
      g_autofree char *name = caseload_guardian_dup_full_name (guardian);

      self->guardian = copy_guardian (guardian);
      gtk_window_set_title (GTK_WINDOW (self), name);
      gtk_button_set_label (self->save_button, _("Save"));
    }
  else
    {
      self->guardian = caseload_guardian_new ();
      caseload_guardian_set_relationship (self->guardian, "parent");
      caseload_guardian_set_language (self->guardian, "en");
      caseload_guardian_set_rights_holder (self->guardian, TRUE);
      caseload_guardian_set_lives_with_student (self->guardian, TRUE);
    }
  caseload_guardian_set_student_id (self->guardian, student_id);

  load (self);
  update_save_action (self);

  return self;
}

static void
caseload_guardian_dialog_dispose (GObject *object)
{
  CaseloadGuardianDialog *self = CASELOAD_GUARDIAN_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->guardian);

  G_OBJECT_CLASS (caseload_guardian_dialog_parent_class)->dispose (object);
}

static void
caseload_guardian_dialog_class_init (CaseloadGuardianDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_guardian_dialog_dispose;

  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_install_action (widget_class, "guardian.save", NULL, save_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/caseload-guardian-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadGuardianDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGuardianDialog, first_name_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGuardianDialog, last_name_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGuardianDialog, relationship_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGuardianDialog, phone_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGuardianDialog, email_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGuardianDialog, address_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGuardianDialog, language_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGuardianDialog, languages);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGuardianDialog, interpreter_switch);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGuardianDialog, rights_switch);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGuardianDialog, lives_with_switch);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGuardianDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_row_changed_cb);
}

static void
caseload_guardian_dialog_init (CaseloadGuardianDialog *self)
{
  AdwEntryRow *rows[5];

  gtk_widget_init_template (GTK_WIDGET (self));

  rows[0] = self->first_name_row;
  rows[1] = self->last_name_row;
  rows[2] = self->phone_row;
  rows[3] = self->email_row;
  rows[4] = self->address_row;
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    caseload_entry_row_name_field (rows[i], NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "guardian.save", FALSE);
}
