/* caseload-iep-compare-window.c: two versions of a student's IEP compared
 * section by section, field by field. Each difference says in words
 * whether it was added, removed or changed (colour only repeats it). */
#define G_LOG_DOMAIN "caseload-iep-compare-window"

#include "config.h"

#include "caseload-iep-compare-window.h"

#include "caseload-store-iep.h"

#include <glib/gi18n.h>

struct _CaseloadIepCompareWindow
{
  AdwWindow      parent_instance;

  CaseloadStore *store;
  GArray        *ids;           /* gint64, parallel to the combo rows' items */
  GListModel    *differences;
  guint          loading;

  /* template children */
  AdwComboRow   *old_row;
  AdwComboRow   *new_row;
  GtkListBox    *differences_list;
  GtkLabel      *error_label;
};

G_DEFINE_FINAL_TYPE (CaseloadIepCompareWindow, caseload_iep_compare_window, ADW_TYPE_WINDOW)

/* The label a difference's field has in the editor (the IEP page and its
 * goal, service and accommodation editors), by section; a NULL section is
 * any section that has no entry of its own. The strings are the editor's
 * own, so one translation serves both. */
static const struct
{
  const char *section;
  const char *field;
  const char *label;
} field_labels[] = {
  { NULL, "kind", N_("Type") },
  { NULL, "meeting-date", N_("Meeting date") },
  { NULL, "start-date", N_("Start date") },
  { NULL, "end-date", N_("End date") },
  { NULL, "next-review-date", N_("Next review") },
  { NULL, "amendment-summary", N_("Summary of the changes") },
  { NULL, "strengths", N_("Strengths") },
  { NULL, "parent-concerns", N_("Parent concerns") },
  { NULL, "evaluation-results", N_("Evaluation results") },
  { NULL, "academic-needs", N_("Academic needs") },
  { NULL, "functional-needs", N_("Functional needs") },
  { NULL, "disability-impact", N_("How the disability affects progress in the general curriculum") },
  { NULL, "assessment", N_("Participation") },
  { NULL, "alternate-why-not-regular", N_("Why the regular assessment is not appropriate") },
  { NULL, "alternate-why-appropriate", N_("Why the alternate assessment is appropriate") },
  { NULL, "percent-regular-class", N_("Percent of the day in the regular class") },
  { NULL, "environment-code", N_("Federal environment code") },
  { NULL, "nonparticipation-explanation", N_("Explanation of non-participation with non-disabled peers") },
  { NULL, "transition-education", N_("Postsecondary goal: education or training") },
  { NULL, "transition-employment", N_("Postsecondary goal: employment") },
  { NULL, "transition-independent-living", N_("Postsecondary goal: independent living") },
  { NULL, "transition-assessments", N_("Transition assessments used") },
  { NULL, "transition-services", N_("Transition services") },
  { NULL, "course-of-study", N_("Course of study") },
  { NULL, "transition-agencies", N_("Agencies involved") },
  { NULL, "rights-transfer-date", N_("Rights-transfer statement date") },
  { NULL, "parent-consent-date", N_("Parent consent date (initial IEP)") },
  { NULL, "parent-copy-date", N_("Date the parent received a copy") },
  { NULL, "parent-copy-method", N_("How the parent received the copy") },
  { NULL, "considered", N_("Considered") },
  { NULL, "applies", N_("Applies") },
  { NULL, "notes", N_("Notes") },
  /* goals and their objectives (goal dialog) */
  { "goals", "area", N_("Area") },
  { "goals", "condition", N_("Condition") },
  { "goals", "behavior", N_("Behavior") },
  { "goals", "criterion", N_("Criterion") },
  { "goals", "baseline-value", N_("Baseline value") },
  { "goals", "baseline-date", N_("Baseline date") },
  { "goals", "target-value", N_("Target value") },
  { "goals", "target-date", N_("Target date") },
  { "goals", "unit", N_("Unit") },
  { "goals", "direction", N_("Direction") },
  { "goals", "method", N_("Measurement method") },
  { "goals", "responsible", N_("Responsible") },
  { "goals", "description", N_("Description") },
  /* services */
  { "services", "category", N_("Category") },
  { "services", "name", N_("Service") },
  { "services", "provider-role", N_("Provider role") },
  { "services", "provider-staff-id", N_("Provider") },
  { "services", "minutes-per-session", N_("Minutes per session") },
  { "services", "sessions", N_("Sessions") },
  { "services", "per", N_("Per") },
  { "services", "location", N_("Location or setting") },
  /* accommodations */
  { "accommodations", "kind", N_("Kind") },
  { "accommodations", "category", N_("Category") },
  { "accommodations", "description", N_("Description") },
  { "accommodations", "applies-classroom", N_("Applies in the classroom") },
  { "accommodations", "applies-tests", N_("Applies on state and district tests") },
  { "accommodations", "frequency", N_("Frequency") },
};

/* The translated label of @field in @section, or @field itself for a
 * field the editor has no label for. */
static const char *
field_label (const char *section,
             const char *field)
{
  const char *fallback = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (field_labels); i++)
    {
      if (g_strcmp0 (field_labels[i].field, field) != 0)
        continue;
      if (g_strcmp0 (field_labels[i].section, section) == 0)
        return _(field_labels[i].label);
      if (field_labels[i].section == NULL)
        fallback = field_labels[i].label;
    }
  return fallback != NULL ? _(fallback) : field;
}

static const char *
change_label (const char *change)
{
  if (g_strcmp0 (change, "added") == 0)
    return _("Added");
  if (g_strcmp0 (change, "removed") == 0)
    return _("Removed");
  return _("Changed");
}

static const char *
change_class (const char *change)
{
  if (g_strcmp0 (change, "added") == 0)
    return "success";
  if (g_strcmp0 (change, "removed") == 0)
    return "error";
  return "warning";
}

static void
compare (CaseloadIepCompareWindow *self)
{
  guint old_index = adw_combo_row_get_selected (self->old_row);
  guint new_index = adw_combo_row_get_selected (self->new_row);
  g_autoptr(GError) error = NULL;
  const char *last_section = NULL;
  GtkWidget *child;
  guint n;

  if (self->loading > 0)
    return;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->differences_list))) != NULL)
    gtk_list_box_remove (self->differences_list, child);
  g_clear_object (&self->differences);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);

  if (old_index >= self->ids->len || new_index >= self->ids->len)
    return;

  self->differences = caseload_iep_compare (self->store,
                                            g_array_index (self->ids, gint64, old_index),
                                            g_array_index (self->ids, gint64, new_index),
                                            &error);
  if (self->differences == NULL)
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  n = g_list_model_get_n_items (self->differences);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CaseloadIepDifference) difference = g_list_model_get_item (self->differences, i);
      const char *section = caseload_iep_difference_get_section (difference);
      const char *change = caseload_iep_difference_get_change (difference);
      const char *item = caseload_iep_difference_get_item (difference);
      const char *old_value = caseload_iep_difference_get_old_value (difference);
      const char *new_value = caseload_iep_difference_get_new_value (difference);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *badge = gtk_label_new (change_label (change));
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;

      if (g_strcmp0 (section, last_section) != 0)
        {
          GtkWidget *header = adw_action_row_new ();

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (header), caseload_iep_section_to_label (section));
          gtk_widget_add_css_class (header, "heading");
          gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (header), FALSE);
          gtk_list_box_append (self->differences_list, header);
          last_section = section;
        }

      title = item != NULL && item[0] != '\0'
              ? g_strdup_printf ("%s · %s", item, field_label (section, caseload_iep_difference_get_field (difference)))
              : g_strdup (field_label (section, caseload_iep_difference_get_field (difference)));
      if (g_strcmp0 (change, "added") == 0)
        subtitle = g_strdup_printf (_("Now: %s"), new_value);
      else if (g_strcmp0 (change, "removed") == 0)
        subtitle = g_strdup_printf (_("Was: %s"), old_value);
      else
        subtitle = g_strdup_printf (_("Was: %s\nNow: %s"),
                                    old_value[0] != '\0' ? old_value : _("(empty)"),
                                    new_value[0] != '\0' ? new_value : _("(empty)"));

      gtk_widget_add_css_class (badge, change_class (change));
      gtk_widget_add_css_class (badge, "heading");
      gtk_widget_set_size_request (badge, 80, -1);
      gtk_label_set_xalign (GTK_LABEL (badge), 0);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), badge);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_list_box_append (self->differences_list, row);
    }

  if (n == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     old_index == new_index ? _("The same version is chosen twice")
                                                            : _("No differences"));
      gtk_list_box_append (self->differences_list, row);
    }
}

static void
on_version_changed_cb (CaseloadIepCompareWindow *self)
{
  compare (self);
}

GListModel *
caseload_iep_compare_window_get_differences (CaseloadIepCompareWindow *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP_COMPARE_WINDOW (self), NULL);
  return self->differences;
}

CaseloadIepCompareWindow *
caseload_iep_compare_window_new (GtkWindow     *parent,
                                 CaseloadStore *store,
                                 gint64         student_id,
                                 gint64         old_id,
                                 gint64         new_id)
{
  CaseloadIepCompareWindow *self;
  g_autoptr(GListModel) ieps = NULL;
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;
  guint old_index = 1, new_index = 0, n;

  g_return_val_if_fail (CASELOAD_IS_STORE (store), NULL);

  self = g_object_new (CASELOAD_TYPE_IEP_COMPARE_WINDOW,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);

  ieps = caseload_store_list_ieps (store, student_id, &error);
  n = ieps != NULL ? g_list_model_get_n_items (ieps) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CaseloadIep) iep = g_list_model_get_item (ieps, i);
      gint64 id = caseload_iep_get_id (iep);
      g_autofree char *label = g_strdup_printf ("%s · %s · %s",
                                                caseload_iep_kind_to_label (caseload_iep_get_kind (iep)),
                                                caseload_iep_status_to_label (caseload_iep_get_status (iep)),
                                                caseload_iep_get_start_date (iep)[0] != '\0'
                                                ? caseload_iep_get_start_date (iep) : caseload_iep_get_created_at (iep));

      g_array_append_val (self->ids, id);
      gtk_string_list_append (labels, label);
      if (id == old_id)
        old_index = i;
      if (id == new_id)
        new_index = i;
    }
  if (n < 2)
    old_index = 0;

  self->loading++;
  adw_combo_row_set_model (self->old_row, G_LIST_MODEL (labels));
  adw_combo_row_set_model (self->new_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->old_row, old_index);
  adw_combo_row_set_selected (self->new_row, new_index);
  self->loading--;

  if (ieps == NULL)
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
    }
  else
    compare (self);

  return self;
}

static void
caseload_iep_compare_window_dispose (GObject *object)
{
  CaseloadIepCompareWindow *self = CASELOAD_IEP_COMPARE_WINDOW (object);

  g_clear_object (&self->store);
  g_clear_object (&self->differences);

  G_OBJECT_CLASS (caseload_iep_compare_window_parent_class)->dispose (object);
}

static void
caseload_iep_compare_window_finalize (GObject *object)
{
  CaseloadIepCompareWindow *self = CASELOAD_IEP_COMPARE_WINDOW (object);

  g_clear_pointer (&self->ids, g_array_unref);

  G_OBJECT_CLASS (caseload_iep_compare_window_parent_class)->finalize (object);
}

static void
caseload_iep_compare_window_class_init (CaseloadIepCompareWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_iep_compare_window_dispose;
  object_class->finalize = caseload_iep_compare_window_finalize;

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/caseload-iep-compare-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadIepCompareWindow, old_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadIepCompareWindow, new_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadIepCompareWindow, differences_list);
  gtk_widget_class_bind_template_child (widget_class, CaseloadIepCompareWindow, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_version_changed_cb);
}

static void
caseload_iep_compare_window_init (CaseloadIepCompareWindow *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
}
