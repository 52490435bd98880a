/* caseload-contacts-tab.c: a student's Contacts tab.
 *
 * Four boxed lists read in one reload (four queries and the rights
 * check): notices, contact log, referrals, tasks. Every command is a
 * widget action named by its button; deletions and completions are undone
 * from a toast on the window. A store change to one of these tables
 * reloads the tab shortly after.
 */
#define G_LOG_DOMAIN "caseload-contacts-tab"

#include "config.h"

#include "caseload-contacts-tab.h"

#include "caseload-entry-row.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "caseload-contact-dialog.h"
#include "caseload-date.h"
#include "caseload-referral-dialog.h"
#include "caseload-resources-window.h"
#include "caseload-store-meetings.h"
#include "caseload-task-dialog.h"

#define RELOAD_DELAY_MS 200

/* Parallel to the "How it was given" list in the template. */
static const char * const notice_method_codes[] = { "in-person", "mail", "email", "other" };

struct _CaseloadContactsTab
{
  GtkWidget      parent_instance;

  CaseloadStore *store;
  gint64         student_id;
  GListModel    *contacts;
  GListModel    *referrals;
  char          *rights_warning;
  GHashTable    *deleted;        /* old id → CaseloadContact, for Undo */
  guint          reload_source;

  /* template children */
  AdwPreferencesPage *page;
  GtkWidget     *rights_warning_list;
  AdwActionRow  *rights_warning_row;
  GtkListBox    *notices_list;
  AdwEntryRow   *notice_date_row;
  AdwComboRow   *notice_method_row;
  GtkListBox    *contacts_list;
  GtkListBox    *referrals_list;
  GtkListBox    *tasks_list;
};

G_DEFINE_FINAL_TYPE (CaseloadContactsTab, caseload_contacts_tab, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_STUDENT_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- helpers ------------------------------------------------------------- */

static GtkWindow *
parent_window (CaseloadContactsTab *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_toast (CaseloadContactsTab *self,
            AdwToast            *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static void
show_message (CaseloadContactsTab *self,
              const char          *message)
{
  show_toast (self, adw_toast_new (message));
}

static char *
display_date (const char *iso)
{
  GDate day;

  if (iso != NULL && caseload_date_parse_iso (iso, &day))
    return caseload_date_to_display (&day);
  return g_strdup (iso != NULL ? iso : "");
}

static const char *
contact_method_label (const char *code)
{
  if (g_strcmp0 (code, "phone") == 0)
    return _("Phone");
  if (g_strcmp0 (code, "email") == 0)
    return _("E-mail");
  if (g_strcmp0 (code, "in-person") == 0)
    return _("In person");
  if (g_strcmp0 (code, "letter") == 0)
    return _("Letter");
  if (g_strcmp0 (code, "video") == 0)
    return _("Video call");
  if (g_strcmp0 (code, "text") == 0)
    return _("Text message");
  return _("Other");
}

static const char *
notice_method_label (const char *code)
{
  if (g_strcmp0 (code, "in-person") == 0)
    return _("In person");
  if (g_strcmp0 (code, "mail") == 0)
    return _("By mail");
  if (g_strcmp0 (code, "email") == 0)
    return _("By e-mail");
  return _("Other");
}

static const char *
referral_status_label (const char *code)
{
  if (g_strcmp0 (code, "open") == 0)
    return _("Open");
  if (g_strcmp0 (code, "in-progress") == 0)
    return _("In progress");
  if (g_strcmp0 (code, "completed") == 0)
    return _("Completed");
  if (g_strcmp0 (code, "declined") == 0)
    return _("Declined");
  return _("Closed");
}

/* The steps caseload_store_set_referral_status () allows from @from. */
static const char * const *
referral_next_statuses (const char *from)
{
  static const char * const from_open[] = { "in-progress", "completed", "declined", "closed", NULL };
  static const char * const from_progress[] = { "completed", "declined", "closed", NULL };
  static const char * const from_done[] = { "closed", NULL };
  static const char * const none[] = { NULL };

  if (g_strcmp0 (from, "open") == 0)
    return from_open;
  if (g_strcmp0 (from, "in-progress") == 0)
    return from_progress;
  if (g_strcmp0 (from, "completed") == 0 || g_strcmp0 (from, "declined") == 0)
    return from_done;
  return none;
}

static void
clear_rows (GtkListBox *list)
{
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));

  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (GTK_IS_LIST_BOX_ROW (child))
        gtk_list_box_remove (list, child);
      child = next;
    }
}

static GtkWidget *
new_row (const char *title,
         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  return row;
}

static GtkWidget *
action_button (const char *icon_name,
               const char *label,
               const char *action,
               GVariant   *target)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  return button;
}

static void
add_suffix_label (GtkWidget  *row,
                  const char *text,
                  const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
}

/* ---- loading ------------------------------------------------------------- */

static void
load_notices (CaseloadContactsTab *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) notices = caseload_store_list_rights_notices (self->store, self->student_id, &error);
  g_autofree char *warning = NULL;
  gboolean missing;

  for (guint i = 0; notices != NULL && i < g_list_model_get_n_items (notices); i++)
    {
      g_autoptr(CaseloadRightsNotice) notice = g_list_model_get_item (notices, i);
      g_autofree char *date = display_date (caseload_rights_notice_get_given_date (notice));
      const char *notes = caseload_rights_notice_get_notes (notice);

      GtkWidget *row = new_row (date, notes[0] != '\0'
                                       ? notes : notice_method_label (caseload_rights_notice_get_method (notice)));

      if (notes[0] != '\0')
        add_suffix_label (row, notice_method_label (caseload_rights_notice_get_method (notice)), "dim-label");
      gtk_list_box_append (self->notices_list, row);
    }
  if (notices == NULL)
    show_message (self, error->message);
  g_clear_error (&error);

  missing = caseload_store_rights_notice_missing (self->store, self->student_id, NULL, &warning, &error);
  if (error != NULL)
    show_message (self, error->message);
  g_clear_pointer (&self->rights_warning, g_free);
  if (missing && warning != NULL)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->rights_warning_row), warning);
      self->rights_warning = g_steal_pointer (&warning);
    }
  gtk_widget_set_visible (self->rights_warning_list, self->rights_warning != NULL);
}

static void
load_contacts (CaseloadContactsTab *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->contacts);
  self->contacts = caseload_store_list_contacts (self->store, self->student_id, &error);
  if (self->contacts == NULL)
    {
      show_message (self, error->message);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (self->contacts); i++)
    {
      g_autoptr(CaseloadContact) contact = g_list_model_get_item (self->contacts, i);
      g_autoptr(GDateTime) at = g_date_time_new_from_iso8601 (caseload_contact_get_contact_at (contact), NULL);
      g_autoptr(GDateTime) local = at != NULL ? g_date_time_to_local (at) : NULL;
      /* Translators: when a contact happened, strftime format. */
      g_autofree char *when = local != NULL ? g_date_time_format (local, _("%x, %H:%M")) : g_strdup ("");
      g_autofree char *subtitle = NULL;
      g_autofree char *edit_label = NULL;
      g_autofree char *delete_label = NULL;
      gint64 id = caseload_contact_get_id (contact);
      GtkWidget *row;

      /* Translators: "11/27/2026, 14:30 · Phone · Maria Alvarez" */
      subtitle = g_strdup_printf (_("%s · %s · %s"), when,
                                  contact_method_label (caseload_contact_get_method (contact)),
                                  caseload_contact_get_person (contact));
      row = new_row (caseload_contact_get_summary (contact), subtitle);
      if (caseload_contact_get_follow_up_needed (contact))
        {
          const char *follow = caseload_contact_get_follow_up_date (contact);
          g_autofree char *date = display_date (follow);
          /* Translators: %s is a date. */
          g_autofree char *text = follow[0] != '\0' ? g_strdup_printf (_("Follow up by %s"), date)
                                                    : g_strdup (_("Follow-up needed"));

          add_suffix_label (row, text, "due-soon");
        }
      /* Translators: %s is when a logged contact happened. */
      edit_label = g_strdup_printf (_("Edit the contact of %s"), when);
      /* Translators: %s is when a logged contact happened. */
      delete_label = g_strdup_printf (_("Delete the contact of %s"), when);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 action_button ("document-edit-symbolic", edit_label, "contacts.edit-contact",
                                                g_variant_new_int64 (id)));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 action_button ("user-trash-symbolic", delete_label, "contacts.delete-contact",
                                                g_variant_new_int64 (id)));
      gtk_list_box_append (self->contacts_list, row);
    }
}

static void
load_referrals (CaseloadContactsTab *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->referrals);
  self->referrals = caseload_store_list_resource_referrals (self->store, self->student_id, FALSE, NULL, &error);
  if (self->referrals == NULL)
    {
      show_message (self, error->message);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (self->referrals); i++)
    {
      g_autoptr(CaseloadResourceReferral) referral = g_list_model_get_item (self->referrals, i);
      const char *status = caseload_resource_referral_get_status (referral);
      const char * const *next = referral_next_statuses (status);
      const char *name = caseload_resource_referral_get_resource_name (referral);
      gint64 id = caseload_resource_referral_get_id (referral);
      g_autofree char *date = display_date (caseload_resource_referral_get_referral_date (referral));
      g_autoptr(GString) subtitle = g_string_new (NULL);
      g_autofree char *edit_label = NULL;
      GtkWidget *row;

      /* Translators: %s is a date. */
      g_string_append_printf (subtitle, _("Referred %s"), date);
      if (caseload_resource_referral_get_reason (referral)[0] != '\0')
        g_string_append_printf (subtitle, " · %s", caseload_resource_referral_get_reason (referral));
      if (caseload_resource_referral_get_follow_up_date (referral)[0] != '\0')
        {
          g_autofree char *follow = display_date (caseload_resource_referral_get_follow_up_date (referral));

          g_string_append (subtitle, " · ");
          /* Translators: %s is a date. */
          g_string_append_printf (subtitle, _("Follow up by %s"), follow);
        }
      if (caseload_resource_referral_get_outcome (referral)[0] != '\0')
        {
          g_string_append (subtitle, " · ");
          /* Translators: %s is what came of a referral. */
          g_string_append_printf (subtitle, _("Outcome: %s"), caseload_resource_referral_get_outcome (referral));
        }
      row = new_row (name, subtitle->str);
      add_suffix_label (row, referral_status_label (status),
                        g_strcmp0 (status, "open") == 0 || g_strcmp0 (status, "in-progress") == 0
                        ? "tag" : "dim-label");
      if (next[0] != NULL)
        {
          g_autoptr(GMenu) menu = g_menu_new ();
          g_autofree char *menu_label = NULL;
          GtkWidget *button = gtk_menu_button_new ();

          for (guint j = 0; next[j] != NULL; j++)
            {
              /* Translators: a menu item that changes a referral's status. */
              g_autofree char *item_label = g_strdup_printf (_("Mark %s"), referral_status_label (next[j]));
              g_autoptr(GMenuItem) item = g_menu_item_new (item_label, NULL);

              g_menu_item_set_action_and_target_value (item, "contacts.referral-status",
                                                       g_variant_new ("(xs)", id, next[j]));
              g_menu_append_item (menu, item);
            }
          gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
          gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
          gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
          gtk_widget_add_css_class (button, "flat");
          /* Translators: %s is a community resource. */
          menu_label = g_strdup_printf (_("Change the status of the referral to %s"), name);
          gtk_widget_set_tooltip_text (button, _("Change status"));
          gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, menu_label, -1);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
        }
      /* Translators: %s is a community resource. */
      edit_label = g_strdup_printf (_("Edit the referral to %s"), name);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 action_button ("document-edit-symbolic", edit_label, "contacts.edit-referral",
                                                g_variant_new_int64 (id)));
      gtk_list_box_append (self->referrals_list, row);
    }
}

static void
load_tasks (CaseloadContactsTab *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) tasks = caseload_store_list_tasks (self->store, 0, self->student_id, TRUE, &error);

  if (tasks == NULL)
    {
      show_message (self, error->message);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
    {
      g_autoptr(CaseloadTask) task = g_list_model_get_item (tasks, i);
      gboolean open = g_strcmp0 (caseload_task_get_status (task), "open") == 0;
      const char *due = caseload_task_get_due_date (task);
      g_autofree char *date = display_date (due);
      g_autofree char *subtitle = NULL;
      g_autofree char *open_label = NULL;
      gint64 id = caseload_task_get_id (task);
      GtkWidget *row;

      /* Translators: "Dana Whitfield · due 11/30/2026" */
      subtitle = due[0] != '\0' ? g_strdup_printf (_("%s · due %s"), caseload_task_get_assignee_name (task), date)
                                : g_strdup (caseload_task_get_assignee_name (task));
      row = new_row (caseload_task_get_title (task), subtitle);
      if (open)
        {
          /* Translators: %s is a task's title. */
          g_autofree char *done_label = g_strdup_printf (_("Mark “%s” done"), caseload_task_get_title (task));

          adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                     action_button ("object-select-symbolic", done_label, "contacts.complete-task",
                                                    g_variant_new_int64 (id)));
        }
      else
        add_suffix_label (row, g_strcmp0 (caseload_task_get_status (task), "done") == 0 ? _("Done") : _("Cancelled"),
                          "dim-label");
      /* Translators: %s is a task's title. */
      open_label = g_strdup_printf (_("Edit the task “%s”"), caseload_task_get_title (task));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 action_button ("document-edit-symbolic", open_label, "contacts.open-task",
                                                g_variant_new_int64 (id)));
      gtk_list_box_append (self->tasks_list, row);
    }
}

void
caseload_contacts_tab_reload (CaseloadContactsTab *self)
{
  g_return_if_fail (CASELOAD_IS_CONTACTS_TAB (self));

  g_clear_handle_id (&self->reload_source, g_source_remove);
  clear_rows (self->notices_list);
  clear_rows (self->contacts_list);
  clear_rows (self->referrals_list);
  clear_rows (self->tasks_list);
  g_clear_object (&self->contacts);
  g_clear_object (&self->referrals);
  g_clear_pointer (&self->rights_warning, g_free);
  gtk_widget_set_visible (self->rights_warning_list, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contacts.log-contact", self->student_id > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contacts.add-referral", self->student_id > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contacts.new-task", self->student_id > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contacts.add-notice", self->student_id > 0);
  if (self->store == NULL || self->student_id <= 0)
    return;

  load_notices (self);
  load_contacts (self);
  load_referrals (self);
  load_tasks (self);
}

static gboolean
reload_timeout_cb (gpointer user_data)
{
  CaseloadContactsTab *self = user_data;

  self->reload_source = 0;
  caseload_contacts_tab_reload (self);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed_cb (CaseloadContactsTab *self,
                     const char          *table)
{
  static const char * const mine[] = {
    "contact_log", "rights_notice", "resource_referral", "community_resource", "task", "staff", NULL
  };

  if (self->student_id > 0 && g_strv_contains (mine, table) && self->reload_source == 0)
    self->reload_source = g_timeout_add (RELOAD_DELAY_MS, reload_timeout_cb, self);
}

/* ---- actions ------------------------------------------------------------- */

static void
on_saved_cb (CaseloadContactsTab *self)
{
  caseload_contacts_tab_reload (self);
}

static void
log_contact_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  CaseloadContactsTab *self = CASELOAD_CONTACTS_TAB (widget);
  CaseloadContactDialog *dialog;

  if (self->store == NULL || self->student_id <= 0)
    return;
  dialog = caseload_contact_dialog_new (parent_window (self), self->store, self->student_id, NULL);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static CaseloadContact *
find_contact (CaseloadContactsTab *self,
              gint64               id)
{
  for (guint i = 0; self->contacts != NULL && i < g_list_model_get_n_items (self->contacts); i++)
    {
      g_autoptr(CaseloadContact) contact = g_list_model_get_item (self->contacts, i);

      if (caseload_contact_get_id (contact) == id)
        return g_steal_pointer (&contact);
    }
  return NULL;
}

static void
edit_contact_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  CaseloadContactsTab *self = CASELOAD_CONTACTS_TAB (widget);
  g_autoptr(CaseloadContact) contact = find_contact (self, g_variant_get_int64 (parameter));
  CaseloadContactDialog *dialog;

  if (contact == NULL)
    return;
  dialog = caseload_contact_dialog_new (parent_window (self), self->store, self->student_id, contact);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Undo puts the same contact back (as a new row: the log keeps no gaps
 * to fill). */
static void
undo_delete_contact_activated (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  CaseloadContactsTab *self = CASELOAD_CONTACTS_TAB (widget);
  gint64 id = g_variant_get_int64 (parameter);
  CaseloadContact *contact = g_hash_table_lookup (self->deleted, &id);
  g_autoptr(GError) error = NULL;

  if (contact == NULL || self->store == NULL)
    return;
  caseload_contact_set_id (contact, 0);
  if (!caseload_store_save_contact (self->store, contact, &error))
    {
      caseload_contact_set_id (contact, id);
      show_message (self, error->message);
      return;
    }
  g_hash_table_remove (self->deleted, &id);
  caseload_contacts_tab_reload (self);
}

static void
delete_contact_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  CaseloadContactsTab *self = CASELOAD_CONTACTS_TAB (widget);
  g_autoptr(CaseloadContact) contact = find_contact (self, g_variant_get_int64 (parameter));
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (contact == NULL)
    return;
  if (!caseload_store_delete_contact (self->store, caseload_contact_get_id (contact), &error))
    {
      show_message (self, error->message);
      return;
    }
  toast = adw_toast_new (_("Contact deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "contacts.undo-delete-contact");
  adw_toast_set_action_target_value (toast, g_variant_new_int64 (caseload_contact_get_id (contact)));
  {
    gint64 old_id = caseload_contact_get_id (contact);

    g_hash_table_insert (self->deleted, g_memdup2 (&old_id, sizeof old_id), g_steal_pointer (&contact));
  }
  show_toast (self, toast);
  caseload_contacts_tab_reload (self);
}

static void
add_notice_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CaseloadContactsTab *self = CASELOAD_CONTACTS_TAB (widget);
  g_autoptr(CaseloadRightsNotice) notice = caseload_rights_notice_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = NULL;
  guint method = adw_combo_row_get_selected (self->notice_method_row);
  GDate day;

  if (self->store == NULL || self->student_id <= 0)
    return;
  if (!caseload_date_parse_user (gtk_editable_get_text (GTK_EDITABLE (self->notice_date_row)), NULL,
                                 _("Date given"), &day, &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->notice_date_row), "error");
      show_message (self, error->message);
      return;
    }
  iso = caseload_date_to_iso (&day);
  caseload_rights_notice_set_student_id (notice, self->student_id);
  caseload_rights_notice_set_given_date (notice, iso);
  caseload_rights_notice_set_method (notice, notice_method_codes[MIN (method, G_N_ELEMENTS (notice_method_codes) - 1)]);
  if (!caseload_store_add_rights_notice (self->store, notice, &error))
    {
      show_message (self, error->message);
      return;
    }
  show_message (self, _("Notice recorded"));
  caseload_contacts_tab_reload (self);
}

static void
on_notice_date_changed_cb (CaseloadContactsTab *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self->notice_date_row), "error");
}

static void
add_referral_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  CaseloadContactsTab *self = CASELOAD_CONTACTS_TAB (widget);
  CaseloadReferralDialog *dialog;

  if (self->store == NULL || self->student_id <= 0)
    return;
  dialog = caseload_referral_dialog_new (parent_window (self), self->store, self->student_id, NULL);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
edit_referral_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  CaseloadContactsTab *self = CASELOAD_CONTACTS_TAB (widget);
  gint64 id = g_variant_get_int64 (parameter);

  for (guint i = 0; self->referrals != NULL && i < g_list_model_get_n_items (self->referrals); i++)
    {
      g_autoptr(CaseloadResourceReferral) referral = g_list_model_get_item (self->referrals, i);

      if (caseload_resource_referral_get_id (referral) == id)
        {
          CaseloadReferralDialog *dialog = caseload_referral_dialog_new (parent_window (self), self->store,
                                                                         self->student_id, referral);

          g_signal_connect_object (dialog, "saved", G_CALLBACK (on_saved_cb), self, G_CONNECT_SWAPPED);
          gtk_window_present (GTK_WINDOW (dialog));
          return;
        }
    }
}

static void
referral_status_activated (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  CaseloadContactsTab *self = CASELOAD_CONTACTS_TAB (widget);
  g_autoptr(GError) error = NULL;
  gint64 id;
  const char *status;

  g_variant_get (parameter, "(x&s)", &id, &status);
  if (self->store == NULL)
    return;
  if (!caseload_store_set_referral_status (self->store, id, status, NULL, &error))
    {
      show_message (self, error->message);
      return;
    }
  caseload_contacts_tab_reload (self);
}

static void
open_directory_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  CaseloadContactsTab *self = CASELOAD_CONTACTS_TAB (widget);

  if (self->store != NULL)
    gtk_window_present (GTK_WINDOW (caseload_resources_window_new (parent_window (self), self->store)));
}

static void
new_task_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CaseloadContactsTab *self = CASELOAD_CONTACTS_TAB (widget);
  g_autoptr(GSettings) settings = NULL;
  CaseloadTaskDialog *dialog;

  if (self->store == NULL || self->student_id <= 0)
    return;
  settings = g_settings_new (APPLICATION_ID);
  dialog = caseload_task_dialog_new (parent_window (self), self->store, NULL, self->student_id,
                                     g_settings_get_int64 (settings, "signed-in-staff-id"));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_task_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CaseloadContactsTab *self = CASELOAD_CONTACTS_TAB (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadTask) task = NULL;
  CaseloadTaskDialog *dialog;

  if (self->store == NULL)
    return;
  task = caseload_store_get_task (self->store, g_variant_get_int64 (parameter), &error);
  if (task == NULL)
    {
      show_message (self, error->message);
      return;
    }
  dialog = caseload_task_dialog_new (parent_window (self), self->store, task, 0, 0);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_undo_complete_cb (AdwToast            *toast,
                     CaseloadContactsTab *self)
{
  CaseloadStore *store = g_object_get_data (G_OBJECT (toast), "store");
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (toast), "task-id"));
  g_autoptr(GError) error = NULL;

  if (!caseload_store_set_task_status (store, id, "open", &error))
    show_message (self, error->message);
}

static void
complete_task_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  CaseloadContactsTab *self = CASELOAD_CONTACTS_TAB (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (self->store == NULL)
    return;
  if (!caseload_store_set_task_status (self->store, id, "done", &error))
    {
      show_message (self, error->message);
      return;
    }
  toast = adw_toast_new (_("Task done"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "store", g_object_ref (self->store), g_object_unref);
  g_object_set_data (G_OBJECT (toast), "task-id", GSIZE_TO_POINTER ((gsize) id));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_complete_cb), self, 0);
  show_toast (self, toast);
  caseload_contacts_tab_reload (self);
}

/* ---- public -------------------------------------------------------------- */

void
caseload_contacts_tab_set_store (CaseloadContactsTab *self,
                                 CaseloadStore       *store)
{
  g_return_if_fail (CASELOAD_IS_CONTACTS_TAB (self));
  g_return_if_fail (store == NULL || CASELOAD_IS_STORE (store));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed_cb, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self, G_CONNECT_SWAPPED);
  caseload_contacts_tab_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

void
caseload_contacts_tab_set_student_id (CaseloadContactsTab *self,
                                      gint64               student_id)
{
  g_return_if_fail (CASELOAD_IS_CONTACTS_TAB (self));

  if (self->student_id == student_id)
    return;
  self->student_id = student_id;
  {
    GDate today;
    g_autofree char *iso = NULL;

    g_date_clear (&today, 1);
    caseload_date_set_today (&today);
    iso = caseload_date_to_iso (&today);
    gtk_editable_set_text (GTK_EDITABLE (self->notice_date_row), iso);
  }
  caseload_contacts_tab_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDENT_ID]);
}

gint64
caseload_contacts_tab_get_student_id (CaseloadContactsTab *self)
{
  g_return_val_if_fail (CASELOAD_IS_CONTACTS_TAB (self), 0);

  return self->student_id;
}

const char *
caseload_contacts_tab_get_rights_warning (CaseloadContactsTab *self)
{
  g_return_val_if_fail (CASELOAD_IS_CONTACTS_TAB (self), NULL);

  return gtk_widget_get_visible (self->rights_warning_list) ? self->rights_warning : NULL;
}

GListModel *
caseload_contacts_tab_get_contacts (CaseloadContactsTab *self)
{
  g_return_val_if_fail (CASELOAD_IS_CONTACTS_TAB (self), NULL);

  return self->contacts;
}

GListModel *
caseload_contacts_tab_get_referrals (CaseloadContactsTab *self)
{
  g_return_val_if_fail (CASELOAD_IS_CONTACTS_TAB (self), NULL);

  return self->referrals;
}

/* ---- GObject ------------------------------------------------------------- */

static void
caseload_contacts_tab_dispose (GObject *object)
{
  CaseloadContactsTab *self = CASELOAD_CONTACTS_TAB (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed_cb, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_CONTACTS_TAB);
  g_clear_object (&self->store);
  g_clear_object (&self->contacts);
  g_clear_object (&self->referrals);

  G_OBJECT_CLASS (caseload_contacts_tab_parent_class)->dispose (object);
}

static void
caseload_contacts_tab_finalize (GObject *object)
{
  CaseloadContactsTab *self = CASELOAD_CONTACTS_TAB (object);

  g_clear_pointer (&self->rights_warning, g_free);
  g_clear_pointer (&self->deleted, g_hash_table_unref);

  G_OBJECT_CLASS (caseload_contacts_tab_parent_class)->finalize (object);
}

static void
caseload_contacts_tab_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  CaseloadContactsTab *self = CASELOAD_CONTACTS_TAB (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_STUDENT_ID:
      g_value_set_int64 (value, self->student_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_contacts_tab_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  CaseloadContactsTab *self = CASELOAD_CONTACTS_TAB (object);

  switch (prop_id)
    {
    case PROP_STORE:
      caseload_contacts_tab_set_store (self, g_value_get_object (value));
      break;
    case PROP_STUDENT_ID:
      caseload_contacts_tab_set_student_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_contacts_tab_class_init (CaseloadContactsTabClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_contacts_tab_dispose;
  object_class->finalize = caseload_contacts_tab_finalize;
  object_class->get_property = caseload_contacts_tab_get_property;
  object_class->set_property = caseload_contacts_tab_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, CASELOAD_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STUDENT_ID] =
    g_param_spec_int64 ("student-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "contacts.log-contact", NULL, log_contact_activated);
  gtk_widget_class_install_action (widget_class, "contacts.edit-contact", "x", edit_contact_activated);
  gtk_widget_class_install_action (widget_class, "contacts.delete-contact", "x", delete_contact_activated);
  gtk_widget_class_install_action (widget_class, "contacts.undo-delete-contact", "x",
                                   undo_delete_contact_activated);
  gtk_widget_class_install_action (widget_class, "contacts.add-notice", NULL, add_notice_activated);
  gtk_widget_class_install_action (widget_class, "contacts.add-referral", NULL, add_referral_activated);
  gtk_widget_class_install_action (widget_class, "contacts.edit-referral", "x", edit_referral_activated);
  gtk_widget_class_install_action (widget_class, "contacts.referral-status", "(xs)", referral_status_activated);
  gtk_widget_class_install_action (widget_class, "contacts.open-directory", NULL, open_directory_activated);
  gtk_widget_class_install_action (widget_class, "contacts.new-task", NULL, new_task_activated);
  gtk_widget_class_install_action (widget_class, "contacts.open-task", "x", open_task_activated);
  gtk_widget_class_install_action (widget_class, "contacts.complete-task", "x", complete_task_activated);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/caseload-contacts-tab.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadContactsTab, page);
  gtk_widget_class_bind_template_child (widget_class, CaseloadContactsTab, rights_warning_list);
  gtk_widget_class_bind_template_child (widget_class, CaseloadContactsTab, rights_warning_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadContactsTab, notices_list);
  gtk_widget_class_bind_template_child (widget_class, CaseloadContactsTab, notice_date_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadContactsTab, notice_method_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadContactsTab, contacts_list);
  gtk_widget_class_bind_template_child (widget_class, CaseloadContactsTab, referrals_list);
  gtk_widget_class_bind_template_child (widget_class, CaseloadContactsTab, tasks_list);
  gtk_widget_class_bind_template_callback (widget_class, on_notice_date_changed_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
caseload_contacts_tab_init (CaseloadContactsTab *self)
{

  gtk_widget_init_template (GTK_WIDGET (self));
  self->deleted = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);

  caseload_entry_row_name_field (self->notice_date_row, _("Date given"));
  caseload_contacts_tab_reload (self);
}
