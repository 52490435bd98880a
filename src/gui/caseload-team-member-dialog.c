/* caseload-team-member-dialog.c: pick a staff member for a student's team */
#define G_LOG_DOMAIN "caseload-team-member-dialog"

#include "config.h"

#include "caseload-team-member-dialog.h"

#include <glib/gi18n.h>

struct _CaseloadTeamMemberDialog
{
  AdwWindow           parent_instance;

  CaseloadStore      *store;
  gint64              student_id;
  gboolean            has_case_manager;
  GListStore         *candidates;   /* active staff not yet on the team */
  GtkFilterListModel *filtered;
  GtkCustomFilter    *filter;
  char               *needle;

  /* template children */
  GtkSearchEntry     *search_entry;
  GtkListBox         *staff_list;
  GtkLabel           *error_label;
};

G_DEFINE_FINAL_TYPE (CaseloadTeamMemberDialog, caseload_team_member_dialog, ADW_TYPE_WINDOW)

enum {
  MEMBER_ADDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

const char *
caseload_team_role_for_staff_role (const char *staff_role,
                                   gboolean    has_case_manager)
{
  static const struct { const char *staff; const char *team; } map[] = {
    { "coordinator", "lea-representative" },
    { "administrator", "lea-representative" },
    { "special-education-teacher", "special-education-teacher" },
    { "general-education-teacher", "general-education-teacher" },
    { "speech-language-pathologist", "related-service-provider" },
    { "occupational-therapist", "related-service-provider" },
    { "physical-therapist", "related-service-provider" },
    { "counselor", "related-service-provider" },
    { "school-psychologist", "evaluation-interpreter" },
    { "paraprofessional", "other" },
    { "other", "other" },
  };

  /* A case manager by job leads the team only when nobody does yet;
   * otherwise they serve as a special-education teacher or provider. */
  if (g_strcmp0 (staff_role, "case-manager") == 0)
    return has_case_manager ? "special-education-teacher" : "case-manager";

  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    if (g_strcmp0 (map[i].staff, staff_role) == 0)
      return map[i].team;

  return "other";
}

static gboolean
filter_staff (gpointer item,
              gpointer user_data)
{
  CaseloadTeamMemberDialog *self = user_data;
  g_autofree char *name = NULL;
  g_autofree char *haystack = NULL;
  g_autofree char *folded = NULL;

  if (self->needle == NULL)
    return TRUE;

  name = caseload_staff_dup_full_name (item);
  haystack = g_strjoin (" ", name,
                        caseload_staff_get_role_name (item),
                        caseload_staff_get_school_name (item) ? caseload_staff_get_school_name (item) : "",
                        NULL);
  folded = caseload_fold_for_search (haystack);

  return strstr (folded, self->needle) != NULL;
}

static void
on_search_entry_search_changed_cb (CaseloadTeamMemberDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  g_clear_pointer (&self->needle, g_free);
  if (text[0] != '\0')
    self->needle = caseload_fold_for_search (text);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
add_member (CaseloadTeamMemberDialog *self,
            CaseloadStaff            *staff)
{
  g_autoptr(GError) error = NULL;
  const char *role;
  gint64 id;

  role = caseload_team_role_for_staff_role (caseload_staff_get_role (staff), self->has_case_manager);
  id = caseload_store_add_team_member (self->store, self->student_id,
                                       caseload_staff_get_id (staff), role, &error);
  if (id <= 0)
    {
      gtk_label_set_text (self->error_label,
                          error != NULL ? error->message : _("Could not add the team member."));
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  g_signal_emit (self, signals[MEMBER_ADDED], 0, id);
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_staff_list_row_activated_cb (CaseloadTeamMemberDialog *self,
                                GtkListBoxRow            *row)
{
  CaseloadStaff *staff = g_object_get_data (G_OBJECT (row), "staff");

  if (staff != NULL)
    add_member (self, staff);
}

static void
on_search_entry_activate_cb (CaseloadTeamMemberDialog *self)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->staff_list, 0);

  /* Enter adds the only match. */
  if (row != NULL && gtk_list_box_get_row_at_index (self->staff_list, 1) == NULL)
    on_staff_list_row_activated_cb (self, row);
}

static void
on_add_clicked_cb (GtkButton                *button,
                   CaseloadTeamMemberDialog *self)
{
  add_member (self, g_object_get_data (G_OBJECT (button), "staff"));
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  CaseloadTeamMemberDialog *self = user_data;
  CaseloadStaff *staff = item;
  g_autofree char *name = caseload_staff_dup_full_name (staff);
  g_autofree char *subtitle = NULL;
  g_autofree char *description = NULL;
  const char *school = caseload_staff_get_school_name (staff);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_label (_("Add"));

  if (school != NULL && school[0] != '\0')
    subtitle = g_strdup_printf ("%s · %s", caseload_staff_get_role_name (staff), school);
  else
    subtitle = g_strdup (caseload_staff_get_role_name (staff));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  g_object_set_data_full (G_OBJECT (row), "staff", g_object_ref (staff), g_object_unref);

  /* Translators: %s is a staff member's name. */
  description = g_strdup_printf (_("Add %s to the team"), name);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Add"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  g_object_set_data_full (G_OBJECT (button), "staff", g_object_ref (staff), g_object_unref);
  g_signal_connect (button, "clicked", G_CALLBACK (on_add_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

static void
load (CaseloadTeamMemberDialog *self)
{
  g_autoptr(GListModel) staff = NULL;
  g_autoptr(GListModel) team = NULL;
  g_autoptr(GHashTable) on_team = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;

  team = caseload_store_list_team (self->store, self->student_id, &error);
  if (team == NULL)
    goto failed;
  for (guint i = 0; i < g_list_model_get_n_items (team); i++)
    {
      g_autoptr(CaseloadTeamAssignment) assignment = g_list_model_get_item (team, i);
      gint64 id = caseload_team_assignment_get_staff_id (assignment);

      g_array_append_val (ids, id);
      if (caseload_team_assignment_get_is_case_manager (assignment))
        self->has_case_manager = TRUE;
    }
  for (guint i = 0; i < ids->len; i++)
    g_hash_table_add (on_team, &g_array_index (ids, gint64, i));

  staff = caseload_store_list_staff (self->store, FALSE, &error);
  if (staff == NULL)
    goto failed;
  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(CaseloadStaff) member = g_list_model_get_item (staff, i);
      gint64 id = caseload_staff_get_id (member);

      if (caseload_staff_get_active (member) && !g_hash_table_contains (on_team, &id))
        g_list_store_append (self->candidates, member);
    }
  return;

failed:
  gtk_label_set_text (self->error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

CaseloadTeamMemberDialog *
caseload_team_member_dialog_new (GtkWindow     *parent,
                                 CaseloadStore *store,
                                 gint64         student_id)
{
  CaseloadTeamMemberDialog *self;

  g_return_val_if_fail (CASELOAD_IS_STORE (store), NULL);

  self = g_object_new (CASELOAD_TYPE_TEAM_MEMBER_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  self->student_id = student_id;
  load (self);

  return self;
}

static void
caseload_team_member_dialog_dispose (GObject *object)
{
  CaseloadTeamMemberDialog *self = CASELOAD_TEAM_MEMBER_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->filtered);
  g_clear_object (&self->candidates);

  G_OBJECT_CLASS (caseload_team_member_dialog_parent_class)->dispose (object);
}

static void
caseload_team_member_dialog_finalize (GObject *object)
{
  CaseloadTeamMemberDialog *self = CASELOAD_TEAM_MEMBER_DIALOG (object);

  g_clear_pointer (&self->needle, g_free);

  G_OBJECT_CLASS (caseload_team_member_dialog_parent_class)->finalize (object);
}

static void
caseload_team_member_dialog_class_init (CaseloadTeamMemberDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_team_member_dialog_dispose;
  object_class->finalize = caseload_team_member_dialog_finalize;

  signals[MEMBER_ADDED] =
    g_signal_new ("member-added",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/caseload-team-member-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadTeamMemberDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTeamMemberDialog, staff_list);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTeamMemberDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_staff_list_row_activated_cb);
}

static void
caseload_team_member_dialog_init (CaseloadTeamMemberDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->candidates = g_list_store_new (CASELOAD_TYPE_STAFF);
  self->filter = gtk_custom_filter_new (filter_staff, self, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->candidates)),
                                              GTK_FILTER (self->filter));
  gtk_list_box_bind_model (self->staff_list, G_LIST_MODEL (self->filtered),
                           create_row, self, NULL);
}
