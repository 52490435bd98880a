/* caseload-resource-dialog.c: one entry of the community resources
 * directory */
#define G_LOG_DOMAIN "caseload-resource-dialog"

#include "config.h"

#include "caseload-resource-dialog.h"

#include "caseload-entry-row.h"
#include "caseload-store-meetings.h"

#include <glib/gi18n.h>

/* Parallel to the "categories" list in the template. */
static const char * const category_codes[] = {
  "medical", "mental-health", "housing", "food", "respite", "recreation", "legal", "transition", "other",
};
static const char * const category_labels[] = {
  N_("Medical"), N_("Mental health"), N_("Housing"), N_("Food"), N_("Respite care"), N_("Recreation"),
  N_("Legal"), N_("Transition and vocational"), N_("Other"),
};

struct _CaseloadResourceDialog
{
  AdwWindow                  parent_instance;

  CaseloadStore             *store;
  CaseloadCommunityResource *resource;

  /* template children */
  GtkButton                 *save_button;
  AdwEntryRow               *name_row;
  AdwComboRow               *category_row;
  AdwEntryRow               *address_row;
  AdwEntryRow               *phone_row;
  AdwEntryRow               *website_row;
  AdwEntryRow               *languages_row;
  AdwEntryRow               *notes_row;
  GtkSwitch                 *active_switch;
  GtkLabel                  *error_label;
};

G_DEFINE_FINAL_TYPE (CaseloadResourceDialog, caseload_resource_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

const char *
caseload_resource_category_label (const char *category)
{
  for (guint i = 0; i < G_N_ELEMENTS (category_codes); i++)
    if (g_strcmp0 (category_codes[i], category) == 0)
      return _(category_labels[i]);
  return category != NULL ? category : "";
}

static void
on_row_changed_cb (CaseloadResourceDialog *self,
                   GtkWidget              *row)
{
  g_autofree char *name = caseload_entry_row_dup_text (self->name_row);

  gtk_widget_remove_css_class (row, "error");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "resource.save", name[0] != '\0');
}

static void
show_error (CaseloadResourceDialog *self,
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
save (CaseloadResourceDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = caseload_entry_row_dup_text (self->name_row);
  g_autofree char *address = caseload_entry_row_dup_text (self->address_row);
  g_autofree char *phone = caseload_entry_row_dup_text (self->phone_row);
  g_autofree char *website = caseload_entry_row_dup_text (self->website_row);
  g_autofree char *languages = caseload_entry_row_dup_text (self->languages_row);
  g_autofree char *notes = caseload_entry_row_dup_text (self->notes_row);
  guint category = adw_combo_row_get_selected (self->category_row);

  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  if (name[0] == '\0')
    {
      show_error (self, GTK_WIDGET (self->name_row), _("Name: enter the name of the resource."));
      return;
    }
  if (website[0] != '\0' && strchr (website, '.') == NULL)
    {
      show_error (self, GTK_WIDGET (self->website_row),
                  _("Website: enter an address such as www.example.org."));
      return;
    }
  caseload_community_resource_set_name (self->resource, name);
  caseload_community_resource_set_category (self->resource,
                                            category_codes[MIN (category, G_N_ELEMENTS (category_codes) - 1)]);
  caseload_community_resource_set_address (self->resource, address);
  caseload_community_resource_set_phone (self->resource, phone);
  caseload_community_resource_set_website (self->resource, website);
  caseload_community_resource_set_languages (self->resource, languages);
  caseload_community_resource_set_notes (self->resource, notes);
  caseload_community_resource_set_active (self->resource, gtk_switch_get_active (self->active_switch));
  if (!caseload_store_save_community_resource (self->store, self->resource, &error))
    {
      show_error (self, NULL, error->message);
      return;
    }
  g_signal_emit (self, signals[SAVED], 0, caseload_community_resource_get_id (self->resource));
  gtk_window_close (GTK_WINDOW (self));
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  save (CASELOAD_RESOURCE_DIALOG (widget));
}

CaseloadResourceDialog *
caseload_resource_dialog_new (GtkWindow                 *parent,
                              CaseloadStore             *store,
                              CaseloadCommunityResource *resource)
{
  CaseloadResourceDialog *self;

  g_return_val_if_fail (CASELOAD_IS_STORE (store), NULL);

  self = g_object_new (CASELOAD_TYPE_RESOURCE_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->resource = caseload_community_resource_new ();
  caseload_community_resource_set_active (self->resource, TRUE);
  if (resource != NULL)
    {
      caseload_community_resource_set_id (self->resource, caseload_community_resource_get_id (resource));
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), caseload_community_resource_get_name (resource));
      gtk_editable_set_text (GTK_EDITABLE (self->address_row), caseload_community_resource_get_address (resource));
      gtk_editable_set_text (GTK_EDITABLE (self->phone_row), caseload_community_resource_get_phone (resource));
      gtk_editable_set_text (GTK_EDITABLE (self->website_row), caseload_community_resource_get_website (resource));
      gtk_editable_set_text (GTK_EDITABLE (self->languages_row), caseload_community_resource_get_languages (resource));
      gtk_editable_set_text (GTK_EDITABLE (self->notes_row), caseload_community_resource_get_notes (resource));
      for (guint i = 0; i < G_N_ELEMENTS (category_codes); i++)
        if (g_strcmp0 (category_codes[i], caseload_community_resource_get_category (resource)) == 0)
          adw_combo_row_set_selected (self->category_row, i);
      caseload_community_resource_set_active (self->resource, caseload_community_resource_get_active (resource));
      gtk_window_set_title (GTK_WINDOW (self), caseload_community_resource_get_name (resource));
      gtk_button_set_label (self->save_button, _("Save"));
    }
  gtk_switch_set_active (self->active_switch, caseload_community_resource_get_active (self->resource));
  on_row_changed_cb (self, GTK_WIDGET (self->name_row));
  return self;
}

static void
caseload_resource_dialog_dispose (GObject *object)
{
  CaseloadResourceDialog *self = CASELOAD_RESOURCE_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->resource);

  G_OBJECT_CLASS (caseload_resource_dialog_parent_class)->dispose (object);
}

static void
caseload_resource_dialog_class_init (CaseloadResourceDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_resource_dialog_dispose;

  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_install_action (widget_class, "resource.save", NULL, save_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/caseload-resource-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadResourceDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadResourceDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadResourceDialog, category_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadResourceDialog, address_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadResourceDialog, phone_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadResourceDialog, website_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadResourceDialog, languages_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadResourceDialog, notes_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadResourceDialog, active_switch);
  gtk_widget_class_bind_template_child (widget_class, CaseloadResourceDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_row_changed_cb);
}

static void
caseload_resource_dialog_init (CaseloadResourceDialog *self)
{
  AdwEntryRow *rows[6];

  gtk_widget_init_template (GTK_WIDGET (self));

  rows[0] = self->name_row;
  rows[1] = self->address_row;
  rows[2] = self->phone_row;
  rows[3] = self->website_row;
  rows[4] = self->languages_row;
  rows[5] = self->notes_row;
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    caseload_entry_row_name_field (rows[i], NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "resource.save", FALSE);
}
