/* caseload-referral-dialog.c: a referral to a community resource */
#define G_LOG_DOMAIN "caseload-referral-dialog"

#include "config.h"

#include "caseload-referral-dialog.h"

#include "caseload-entry-row.h"
#include "caseload-date.h"
#include "caseload-store-meetings.h"

#include <glib/gi18n.h>

struct _CaseloadReferralDialog
{
  AdwWindow                 parent_instance;

  CaseloadStore            *store;
  CaseloadResourceReferral *referral;   /* the copy being edited */
  GArray                   *resource_ids;

  /* template children */
  GtkButton                *save_button;
  AdwComboRow              *resource_row;
  GtkStringList            *resources;
  AdwEntryRow              *date_row;
  AdwEntryRow              *reason_row;
  AdwEntryRow              *follow_up_row;
  AdwEntryRow              *outcome_row;
  GtkLabel                 *error_label;
};

G_DEFINE_FINAL_TYPE (CaseloadReferralDialog, caseload_referral_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_row_changed_cb (CaseloadReferralDialog *self,
                   GtkWidget              *row)
{
  gtk_widget_remove_css_class (row, "error");
}

static void
show_error (CaseloadReferralDialog *self,
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

static gboolean
read_date (CaseloadReferralDialog  *self,
           AdwEntryRow             *row,
           const char              *label,
           gboolean                 required,
           char                   **iso)
{
  g_autofree char *text = caseload_entry_row_dup_text (row);
  g_autoptr(GError) error = NULL;
  GDate day;

  *iso = NULL;
  if (text[0] == '\0' && !required)
    return TRUE;
  if (!caseload_date_parse_user (text, NULL, label, &day, &error))
    {
      show_error (self, GTK_WIDGET (row), error->message);
      return FALSE;
    }
  *iso = caseload_date_to_iso (&day);
  return TRUE;
}

static void
save (CaseloadReferralDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *follow = NULL;
  g_autofree char *reason = caseload_entry_row_dup_text (self->reason_row);
  g_autofree char *outcome = caseload_entry_row_dup_text (self->outcome_row);
  guint resource = adw_combo_row_get_selected (self->resource_row);

  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  if (resource >= self->resource_ids->len)
    {
      show_error (self, GTK_WIDGET (self->resource_row),
                  _("Resource: choose a community resource (add it to the directory first)."));
      return;
    }
  if (!read_date (self, self->date_row, _("Referral date"), TRUE, &date)
      || !read_date (self, self->follow_up_row, _("Follow-up date"), FALSE, &follow))
    return;

  caseload_resource_referral_set_resource_id (self->referral, g_array_index (self->resource_ids, gint64, resource));
  caseload_resource_referral_set_referral_date (self->referral, date);
  caseload_resource_referral_set_reason (self->referral, reason);
  caseload_resource_referral_set_follow_up_date (self->referral, follow != NULL ? follow : "");
  caseload_resource_referral_set_outcome (self->referral, outcome);
  if (!caseload_store_save_resource_referral (self->store, self->referral, &error))
    {
      show_error (self, NULL, error->message);
      return;
    }
  g_signal_emit (self, signals[SAVED], 0, caseload_resource_referral_get_id (self->referral));
  gtk_window_close (GTK_WINDOW (self));
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  save (CASELOAD_REFERRAL_DIALOG (widget));
}

CaseloadReferralDialog *
caseload_referral_dialog_new (GtkWindow                *parent,
                              CaseloadStore            *store,
                              gint64                    student_id,
                              CaseloadResourceReferral *referral)
{
  CaseloadReferralDialog *self;
  g_autoptr(GListModel) resources = NULL;
  gint64 current = 0;
  guint selected = 0;

  g_return_val_if_fail (CASELOAD_IS_STORE (store), NULL);

  self = g_object_new (CASELOAD_TYPE_REFERRAL_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->referral = caseload_resource_referral_new ();
  if (referral != NULL)
    {
      GDate day;

      student_id = caseload_resource_referral_get_student_id (referral);
      current = caseload_resource_referral_get_resource_id (referral);
      caseload_resource_referral_set_id (self->referral, caseload_resource_referral_get_id (referral));
      caseload_resource_referral_set_status (self->referral, caseload_resource_referral_get_status (referral));
      gtk_editable_set_text (GTK_EDITABLE (self->date_row), caseload_resource_referral_get_referral_date (referral));
      gtk_editable_set_text (GTK_EDITABLE (self->reason_row), caseload_resource_referral_get_reason (referral));
      if (caseload_date_parse_iso (caseload_resource_referral_get_follow_up_date (referral), &day))
        gtk_editable_set_text (GTK_EDITABLE (self->follow_up_row), caseload_resource_referral_get_follow_up_date (referral));
      gtk_editable_set_text (GTK_EDITABLE (self->outcome_row), caseload_resource_referral_get_outcome (referral));
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Referral"));
      gtk_button_set_label (self->save_button, _("Save"));
    }
  else
    {
      GDate today;
      g_autofree char *iso = NULL;

      g_date_clear (&today, 1);
      caseload_date_set_today (&today);
      iso = caseload_date_to_iso (&today);
      gtk_editable_set_text (GTK_EDITABLE (self->date_row), iso);
    }
  caseload_resource_referral_set_student_id (self->referral, student_id);

  /* Inactive resources stay listed only for the referral that uses one. */
  resources = caseload_store_list_community_resources (store, NULL, TRUE, NULL);
  for (guint i = 0; resources != NULL && i < g_list_model_get_n_items (resources); i++)
    {
      g_autoptr(CaseloadCommunityResource) resource = g_list_model_get_item (resources, i);
      gint64 id = caseload_community_resource_get_id (resource);

      if (!caseload_community_resource_get_active (resource) && id != current)
        continue;
      if (id == current)
        selected = self->resource_ids->len;
      g_array_append_val (self->resource_ids, id);
      gtk_string_list_append (self->resources, caseload_community_resource_get_name (resource));
    }
  adw_combo_row_set_selected (self->resource_row, selected);
  return self;
}

static void
caseload_referral_dialog_dispose (GObject *object)
{
  CaseloadReferralDialog *self = CASELOAD_REFERRAL_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->referral);
  g_clear_pointer (&self->resource_ids, g_array_unref);

  G_OBJECT_CLASS (caseload_referral_dialog_parent_class)->dispose (object);
}

static void
caseload_referral_dialog_class_init (CaseloadReferralDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_referral_dialog_dispose;

  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_install_action (widget_class, "referral.save", NULL, save_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/caseload-referral-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadReferralDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReferralDialog, resource_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReferralDialog, resources);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReferralDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReferralDialog, reason_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReferralDialog, follow_up_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReferralDialog, outcome_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReferralDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_row_changed_cb);
}

static void
caseload_referral_dialog_init (CaseloadReferralDialog *self)
{
  AdwEntryRow *rows[4];

  gtk_widget_init_template (GTK_WIDGET (self));
  self->resource_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  rows[0] = self->date_row;
  rows[1] = self->reason_row;
  rows[2] = self->follow_up_row;
  rows[3] = self->outcome_row;
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    caseload_entry_row_name_field (rows[i], NULL);
}
