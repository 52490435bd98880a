/* caseload-preferences-window.c: who is signed in, paper size, and the
 * district's deadline rules (the last stored in the database). */
#define G_LOG_DOMAIN "caseload-preferences-window"

#include "config.h"

#include "caseload-preferences-window.h"

#include <glib/gi18n.h>

static const char * const paper_codes[] = { "letter", "a4" };

static const struct
{
  const char *key;
  gsize       offset;
  const char *title;
  const char *subtitle;
  int         min;
  int         max;
} rules[] = {
  { "initial-evaluation-days", G_STRUCT_OFFSET (CaseloadRuleSettings, initial_evaluation_days),
    N_("Initial evaluation (days)"), N_("Days from consent to the completed initial evaluation"), 1, 365 },
  { "first-iep-days", G_STRUCT_OFFSET (CaseloadRuleSettings, first_iep_days),
    N_("First IEP (days)"), N_("Days from eligibility to the first IEP meeting"), 1, 365 },
  { "annual-review-months", G_STRUCT_OFFSET (CaseloadRuleSettings, annual_review_months),
    N_("Annual review (months)"), N_("Months from one IEP meeting to the next review"), 1, 24 },
  { "reevaluation-years", G_STRUCT_OFFSET (CaseloadRuleSettings, reevaluation_years),
    N_("Reevaluation (years)"), N_("Years from the last evaluation to the next one"), 1, 6 },
  { "due-soon-days", G_STRUCT_OFFSET (CaseloadRuleSettings, due_soon_days),
    N_("Due soon (days)"), N_("Deadlines this close are shown as due soon"), 1, 180 },
  { "transition-age", G_STRUCT_OFFSET (CaseloadRuleSettings, transition_age),
    N_("Transition planning age"), N_("The IEP in effect at this age needs a transition plan"), 12, 22 },
  { "majority-age", G_STRUCT_OFFSET (CaseloadRuleSettings, majority_age),
    N_("Age of majority"), N_("Rights transfer to the student at this age"), 16, 22 },
  { "notice-days", G_STRUCT_OFFSET (CaseloadRuleSettings, notice_days),
    N_("Meeting notice (days)"), N_("Days of written notice before a meeting"), 0, 60 },
  { "parent-attempts", G_STRUCT_OFFSET (CaseloadRuleSettings, parent_attempts),
    N_("Attempts to reach parents"), N_("Documented attempts before meeting without them"), 1, 10 },
  { "parent-attempt-methods", G_STRUCT_OFFSET (CaseloadRuleSettings, parent_attempt_methods),
    N_("Ways of reaching parents"), N_("Different methods those attempts must use"), 1, 5 },
  { "reports-per-year", G_STRUCT_OFFSET (CaseloadRuleSettings, reports_per_year),
    N_("Progress reports a year"), N_("How often progress on goals is reported home"), 1, 12 },
};

struct _CaseloadPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;
  CaseloadStore        *store;
  GArray               *staff_ids;   /* gint64, parallel to signed_in_row; [0] = 0 */
  gboolean              loading;

  /* template children */
  AdwComboRow          *signed_in_row;
  AdwComboRow          *paper_row;
  AdwPreferencesGroup  *rules_group;
};

G_DEFINE_FINAL_TYPE (CaseloadPreferencesWindow, caseload_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
on_signed_in_row_selected_cb (CaseloadPreferencesWindow *self)
{
  guint index = adw_combo_row_get_selected (self->signed_in_row);
  gint64 staff_id;

  if (self->loading || self->settings == NULL || index >= self->staff_ids->len)
    return;

  staff_id = g_array_index (self->staff_ids, gint64, index);
  g_settings_set_int64 (self->settings, "signed-in-staff-id", staff_id);
  if (self->store != NULL)
    caseload_store_set_actor (self->store, staff_id);
}

static void
on_paper_row_selected_cb (CaseloadPreferencesWindow *self)
{
  guint index = adw_combo_row_get_selected (self->paper_row);

  if (self->loading || self->settings == NULL || index >= G_N_ELEMENTS (paper_codes))
    return;

  g_settings_set_string (self->settings, "paper-size", paper_codes[index]);
}

static void
on_rule_value_changed_cb (GtkSpinButton             *spin,
                          CaseloadPreferencesWindow *self)
{
  const char *key = g_object_get_data (G_OBJECT (spin), "rule-key");
  g_autoptr(GError) error = NULL;

  if (self->loading || self->store == NULL)
    return;

  if (!caseload_store_save_rule_setting (self->store, key, gtk_spin_button_get_value_as_int (spin), &error))
    {
      AdwToast *toast = adw_toast_new (error->message);

      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), toast);
    }
}

static void
load_staff (CaseloadPreferencesWindow *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GListModel) staff = NULL;
  gint64 signed_in = g_settings_get_int64 (self->settings, "signed-in-staff-id");
  gint64 nobody = 0;
  guint selected = 0;

  g_array_set_size (self->staff_ids, 0);
  gtk_string_list_append (names, _("Nobody chosen"));
  g_array_append_val (self->staff_ids, nobody);

  if (self->store != NULL)
    staff = caseload_store_list_staff (self->store, FALSE, NULL);

  for (guint i = 0; staff != NULL && i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(CaseloadStaff) member = g_list_model_get_item (staff, i);
      g_autofree char *name = caseload_staff_dup_full_name (member);
      g_autofree char *label = NULL;
      gint64 id = caseload_staff_get_id (member);

      /* Translators: a staff member and their role, "Dana Whitfield (Case manager)". */
      label = g_strdup_printf (_("%s (%s)"), name, caseload_staff_get_role_name (member));
      gtk_string_list_append (names, label);
      g_array_append_val (self->staff_ids, id);
      if (id == signed_in)
        selected = self->staff_ids->len - 1;
    }

  adw_combo_row_set_model (self->signed_in_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->signed_in_row, selected);
  gtk_widget_set_sensitive (GTK_WIDGET (self->signed_in_row), self->store != NULL);
  if (self->store == NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->signed_in_row),
                                 _("Open a database to choose from its team members"));
}

static void
load_rules (CaseloadPreferencesWindow *self)
{
  CaseloadRuleSettings settings;
  g_autoptr(GError) error = NULL;

  caseload_rule_settings_init_defaults (&settings);
  if (self->store == NULL)
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->rules_group), FALSE);
      adw_preferences_group_set_description (self->rules_group,
                                             _("Open a database to see and change its deadline rules."));
    }
  else if (!caseload_store_load_rule_settings (self->store, &settings, &error))
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->rules_group), FALSE);
      adw_preferences_group_set_description (self->rules_group, error->message);
    }

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *spin = gtk_spin_button_new_with_range (rules[i].min, rules[i].max, 1);
      int value = G_STRUCT_MEMBER (int, &settings, rules[i].offset);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(rules[i].title));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _(rules[i].subtitle));
      gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
      gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
      gtk_accessible_update_property (GTK_ACCESSIBLE (spin),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _(rules[i].title),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _(rules[i].subtitle),
                                      -1);
      g_object_set_data (G_OBJECT (spin), "rule-key", (gpointer) rules[i].key);
      g_signal_connect (spin, "value-changed", G_CALLBACK (on_rule_value_changed_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
      adw_preferences_group_add (self->rules_group, row);
    }
}

CaseloadPreferencesWindow *
caseload_preferences_window_new (GtkWindow     *parent,
                                 GSettings     *settings,
                                 CaseloadStore *store)
{
  CaseloadPreferencesWindow *self;
  g_autofree char *paper = NULL;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (store == NULL || CASELOAD_IS_STORE (store), NULL);

  self = g_object_new (CASELOAD_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       NULL);
  self->settings = g_object_ref (settings);
  g_set_object (&self->store, store);

  self->loading = TRUE;
  load_staff (self);
  paper = g_settings_get_string (settings, "paper-size");
  adw_combo_row_set_selected (self->paper_row, g_strcmp0 (paper, "a4") == 0 ? 1 : 0);
  load_rules (self);
  self->loading = FALSE;

  return self;
}

static void
caseload_preferences_window_dispose (GObject *object)
{
  CaseloadPreferencesWindow *self = CASELOAD_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (caseload_preferences_window_parent_class)->dispose (object);
}

static void
caseload_preferences_window_finalize (GObject *object)
{
  CaseloadPreferencesWindow *self = CASELOAD_PREFERENCES_WINDOW (object);

  g_clear_pointer (&self->staff_ids, g_array_unref);

  G_OBJECT_CLASS (caseload_preferences_window_parent_class)->finalize (object);
}

static void
caseload_preferences_window_class_init (CaseloadPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_preferences_window_dispose;
  object_class->finalize = caseload_preferences_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/caseload-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadPreferencesWindow, signed_in_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPreferencesWindow, paper_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPreferencesWindow, rules_group);
  gtk_widget_class_bind_template_callback (widget_class, on_signed_in_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_paper_row_selected_cb);
}

static void
caseload_preferences_window_init (CaseloadPreferencesWindow *self)
{
  self->loading = TRUE;
  self->staff_ids = g_array_new (FALSE, TRUE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));
  self->loading = FALSE;
}
