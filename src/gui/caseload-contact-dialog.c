/* caseload-contact-dialog.c: one entry of a student's contact log */
#define G_LOG_DOMAIN "caseload-contact-dialog"

#include "config.h"

#include "caseload-contact-dialog.h"

#include "caseload-entry-row.h"
#include "caseload-date.h"
#include "caseload-store-meetings.h"

#include <glib/gi18n.h>
#include <stdio.h>

/* Parallel to the "methods" list in the template. */
static const char * const method_codes[] = { "phone", "email", "in-person", "letter", "video", "text", "other" };

struct _CaseloadContactDialog
{
  AdwWindow        parent_instance;

  CaseloadStore   *store;
  CaseloadContact *contact;     /* the copy being edited */

  /* template children */
  GtkButton       *save_button;
  AdwEntryRow     *date_row;
  AdwEntryRow     *time_row;
  AdwEntryRow     *person_row;
  AdwComboRow     *method_row;
  AdwEntryRow     *summary_row;
  GtkSwitch       *follow_up_switch;
  AdwEntryRow     *follow_up_date_row;
  GtkLabel        *error_label;
};

G_DEFINE_FINAL_TYPE (CaseloadContactDialog, caseload_contact_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_save_action (CaseloadContactDialog *self)
{
  g_autofree char *summary = caseload_entry_row_dup_text (self->summary_row);
  g_autofree char *person = caseload_entry_row_dup_text (self->person_row);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contact.save",
                                 self->store != NULL && summary[0] != '\0' && person[0] != '\0');
}

static void
on_row_changed_cb (CaseloadContactDialog *self,
                   GtkWidget             *row)
{
  gtk_widget_remove_css_class (row, "error");
  update_save_action (self);
}

static void
show_error (CaseloadContactDialog *self,
            GtkWidget             *row,
            const char            *message)
{
  if (row != NULL)
    {
      gtk_widget_add_css_class (row, "error");
      gtk_widget_grab_focus (row);
    }
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static gboolean
parse_time (const char *text,
            int        *hour,
            int        *minute)
{
  char extra;

  if (sscanf (text, "%d:%d%c", hour, minute, &extra) != 2)
    return FALSE;
  return *hour >= 0 && *hour < 24 && *minute >= 0 && *minute < 60;
}

static void
save (CaseloadContactDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date_text = caseload_entry_row_dup_text (self->date_row);
  g_autofree char *time_text = caseload_entry_row_dup_text (self->time_row);
  g_autofree char *person = caseload_entry_row_dup_text (self->person_row);
  g_autofree char *summary = caseload_entry_row_dup_text (self->summary_row);
  g_autofree char *follow_text = caseload_entry_row_dup_text (self->follow_up_date_row);
  g_autofree char *follow = NULL;
  g_autofree char *at_text = NULL;
  g_autoptr(GDateTime) at = NULL;
  guint method = adw_combo_row_get_selected (self->method_row);
  int hour, minute;
  GDate day;

  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);

  if (!caseload_date_parse_user (date_text, NULL, _("Date"), &day, &error))
    {
      show_error (self, GTK_WIDGET (self->date_row), error->message);
      return;
    }
  if (!parse_time (time_text, &hour, &minute))
    {
      show_error (self, GTK_WIDGET (self->time_row), _("Time: enter the time as HH:MM, for example 14:30."));
      return;
    }
  if (person[0] == '\0')
    {
      show_error (self, GTK_WIDGET (self->person_row), _("Person: say who you spoke or wrote to."));
      return;
    }
  if (summary[0] == '\0')
    {
      show_error (self, GTK_WIDGET (self->summary_row), _("Summary: say what was discussed."));
      return;
    }
  if (follow_text[0] != '\0')
    {
      GDate follow_day;

      if (!caseload_date_parse_user (follow_text, NULL, _("Follow-up date"), &follow_day, &error))
        {
          show_error (self, GTK_WIDGET (self->follow_up_date_row), error->message);
          return;
        }
      follow = caseload_date_to_iso (&follow_day);
    }

  {
    g_autoptr(GTimeZone) local = g_time_zone_new_local ();

    at = g_date_time_new (local, g_date_get_year (&day), g_date_get_month (&day), g_date_get_day (&day),
                          hour, minute, 0);
  }
  at_text = g_date_time_format_iso8601 (at);
  caseload_contact_set_contact_at (self->contact, at_text);
  caseload_contact_set_person (self->contact, person);
  caseload_contact_set_method (self->contact, method_codes[MIN (method, G_N_ELEMENTS (method_codes) - 1)]);
  caseload_contact_set_summary (self->contact, summary);
  caseload_contact_set_follow_up_needed (self->contact,
                                         gtk_switch_get_active (self->follow_up_switch) || follow != NULL);
  caseload_contact_set_follow_up_date (self->contact, follow != NULL ? follow : "");

  if (!caseload_store_save_contact (self->store, self->contact, &error))
    {
      show_error (self, NULL, error->message);
      return;
    }
  g_signal_emit (self, signals[SAVED], 0, caseload_contact_get_id (self->contact));
  gtk_window_close (GTK_WINDOW (self));
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  save (CASELOAD_CONTACT_DIALOG (widget));
}

static void
person_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CaseloadContactDialog *self = CASELOAD_CONTACT_DIALOG (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->person_row), g_variant_get_string (parameter, NULL));
  gtk_widget_grab_focus (GTK_WIDGET (self->summary_row));
}

/* A menu beside Person with the student's guardians and team. */
static void
add_people_menu (CaseloadContactDialog *self,
                 gint64                 student_id)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) guardians_section = g_menu_new ();
  g_autoptr(GMenu) team_section = g_menu_new ();
  g_autoptr(GListModel) guardians = caseload_store_list_guardians (self->store, student_id, NULL);
  g_autoptr(GListModel) team = caseload_store_list_team (self->store, student_id, NULL);
  GtkWidget *button;

  for (guint i = 0; guardians != NULL && i < g_list_model_get_n_items (guardians); i++)
    {
      g_autoptr(CaseloadGuardian) guardian = g_list_model_get_item (guardians, i);
      g_autofree char *name = caseload_guardian_dup_full_name (guardian);
      g_autoptr(GMenuItem) item = g_menu_item_new (name, NULL);

      g_menu_item_set_action_and_target_value (item, "contact.person", g_variant_new_string (name));
      g_menu_append_item (guardians_section, item);
    }
  for (guint i = 0; team != NULL && i < g_list_model_get_n_items (team); i++)
    {
      g_autoptr(CaseloadTeamAssignment) member = g_list_model_get_item (team, i);
      const char *name = caseload_team_assignment_get_staff_name (member);
      g_autoptr(GMenuItem) item = g_menu_item_new (name, NULL);

      g_menu_item_set_action_and_target_value (item, "contact.person", g_variant_new_string (name));
      g_menu_append_item (team_section, item);
    }
  if (g_menu_model_get_n_items (G_MENU_MODEL (guardians_section)) == 0
      && g_menu_model_get_n_items (G_MENU_MODEL (team_section)) == 0)
    return;
  g_menu_append_section (menu, _("Guardians"), G_MENU_MODEL (guardians_section));
  g_menu_append_section (menu, _("Team"), G_MENU_MODEL (team_section));

  button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "system-users-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Choose a guardian or team member"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Choose a guardian or team member"), -1);
  adw_entry_row_add_suffix (self->person_row, button);
}

CaseloadContactDialog *
caseload_contact_dialog_new (GtkWindow       *parent,
                             CaseloadStore   *store,
                             gint64           student_id,
                             CaseloadContact *contact)
{
  CaseloadContactDialog *self;
  g_autoptr(GDateTime) at = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;

  g_return_val_if_fail (CASELOAD_IS_STORE (store), NULL);
  g_return_val_if_fail (contact == NULL || CASELOAD_IS_CONTACT (contact), NULL);

  self = g_object_new (CASELOAD_TYPE_CONTACT_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->contact = caseload_contact_new ();
  if (contact != NULL)
    {
      student_id = caseload_contact_get_student_id (contact);
      caseload_contact_set_id (self->contact, caseload_contact_get_id (contact));
      caseload_contact_set_staff_id (self->contact, caseload_contact_get_staff_id (contact));
      caseload_contact_set_follow_up_date (self->contact, caseload_contact_get_follow_up_date (contact));
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Contact"));
      gtk_button_set_label (self->save_button, _("Save"));
      at = g_date_time_new_from_iso8601 (caseload_contact_get_contact_at (contact), NULL);
      gtk_editable_set_text (GTK_EDITABLE (self->person_row), caseload_contact_get_person (contact));
      gtk_editable_set_text (GTK_EDITABLE (self->summary_row), caseload_contact_get_summary (contact));
      gtk_switch_set_active (self->follow_up_switch, caseload_contact_get_follow_up_needed (contact));
      gtk_editable_set_text (GTK_EDITABLE (self->follow_up_date_row), caseload_contact_get_follow_up_date (contact));
      for (guint i = 0; i < G_N_ELEMENTS (method_codes); i++)
        if (g_strcmp0 (method_codes[i], caseload_contact_get_method (contact)) == 0)
          adw_combo_row_set_selected (self->method_row, i);
    }
  caseload_contact_set_student_id (self->contact, student_id);
  if (at == NULL)
    at = g_date_time_new_now_local ();
  local = g_date_time_to_local (at);
  date = g_date_time_format (local, "%Y-%m-%d");
  time = g_date_time_format (local, "%H:%M");
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), date);
  gtk_editable_set_text (GTK_EDITABLE (self->time_row), time);
  add_people_menu (self, student_id);
  update_save_action (self);
  return self;
}

static void
caseload_contact_dialog_dispose (GObject *object)
{
  CaseloadContactDialog *self = CASELOAD_CONTACT_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->contact);

  G_OBJECT_CLASS (caseload_contact_dialog_parent_class)->dispose (object);
}

static void
caseload_contact_dialog_class_init (CaseloadContactDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_contact_dialog_dispose;

  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_install_action (widget_class, "contact.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "contact.person", "s", person_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/caseload-contact-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadContactDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadContactDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadContactDialog, time_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadContactDialog, person_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadContactDialog, method_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadContactDialog, summary_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadContactDialog, follow_up_switch);
  gtk_widget_class_bind_template_child (widget_class, CaseloadContactDialog, follow_up_date_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadContactDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_row_changed_cb);
}

static void
caseload_contact_dialog_init (CaseloadContactDialog *self)
{
  AdwEntryRow *rows[5];

  gtk_widget_init_template (GTK_WIDGET (self));

  rows[0] = self->date_row;
  rows[1] = self->time_row;
  rows[2] = self->person_row;
  rows[3] = self->summary_row;
  rows[4] = self->follow_up_date_row;
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    caseload_entry_row_name_field (rows[i], NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contact.save", FALSE);
}
