/* caseload-progress-page.c: "My Students".
 *
 * caseload_store_list_my_goals (one query) → GtkFilterListModel (search)
 * → GtkSingleSelection → GtkListView; the selected goal is shown in the
 * CaseloadGoalProgressView beside the list. Activating a goal (Enter,
 * double-click) puts the focus in its new-point value entry, so a week of
 * data is: arrow down, Enter, value, Enter. The signed-in member comes
 * from GSettings (signed-in-staff-id), bound to "staff-id".
 */
#define G_LOG_DOMAIN "caseload-progress-page"

#include "config.h"

#include "caseload-progress-page.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "caseload-bulk-entry-dialog.h"
#include "caseload-date.h"
#include "caseload-store-progress.h"

#define RELOAD_DELAY_MS 250

struct _CaseloadProgressPage
{
  GtkWidget                 parent_instance;

  CaseloadStore            *store;
  gint64                    staff_id;
  GSettings                *settings;
  char                     *needle;
  GListStore               *goals;        /* CaseloadGoalSummary, unfiltered */
  guint                     reload_source;
  gboolean                  reloading;

  /* template children */
  AdwToastOverlay          *toast_overlay;
  GtkStack                 *stack;
  GtkSearchEntry           *search_entry;
  GtkButton                *bulk_button;
  GtkLabel                 *count_label;
  GtkListView              *goal_list;
  GtkSingleSelection       *selection;
  GtkFilterListModel       *filter_model;
  GtkCustomFilter          *filter;
  GtkLabel                 *student_label;
  GtkButton                *open_button;
  CaseloadGoalProgressView *goal_view;
};

G_DEFINE_FINAL_TYPE (CaseloadProgressPage, caseload_progress_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_STAFF_ID,
  N_PROPS
};

enum {
  STUDENT_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];
static GQuark search_text_quark;

static void
toast (CaseloadProgressPage *self,
       const char           *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static const char *
empty_if_null (const char *s)
{
  return s != NULL ? s : "";
}

static char *
format_value (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *end;

  if (value == (gint64) value)
    return g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) value);
  g_snprintf (buffer, sizeof buffer, "%.2f", value);
  for (end = buffer + strlen (buffer) - 1; *end == '0'; end--)
    *end = '\0';
  return g_strdup (buffer);
}

/* ---- filtering ----------------------------------------------------------- */

static const char *
goal_search_text (CaseloadGoalSummary *goal)
{
  char *text = g_object_get_qdata (G_OBJECT (goal), search_text_quark);

  if (text == NULL)
    {
      g_autofree char *joined = g_strjoin ("\n",
                                           empty_if_null (caseload_goal_summary_get_student_name (goal)),
                                           empty_if_null (caseload_goal_summary_get_student_number (goal)),
                                           empty_if_null (caseload_goal_area_to_label (caseload_goal_summary_get_area (goal))),
                                           empty_if_null (caseload_goal_summary_get_description (goal)),
                                           NULL);

      text = caseload_fold_for_search (joined);
      g_object_set_qdata_full (G_OBJECT (goal), search_text_quark, text, g_free);
    }
  return text;
}

static gboolean
filter_goal (gpointer item,
             gpointer user_data)
{
  CaseloadProgressPage *self = user_data;

  return self->needle[0] == '\0' || strstr (goal_search_text (item), self->needle) != NULL;
}

static void
update_count (CaseloadProgressPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u goal", "%u goals", n), n);

  gtk_label_set_text (self->count_label, text);
  gtk_widget_set_sensitive (GTK_WIDGET (self->bulk_button), n > 0);
}

static void
on_search_entry_search_changed_cb (CaseloadProgressPage *self)
{
  g_autofree char *needle = caseload_fold_for_search (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  GtkFilterChange change;

  g_strstrip (needle);
  if (g_str_equal (needle, self->needle))
    return;
  if (strstr (needle, self->needle) != NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (strstr (self->needle, needle) != NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else
    change = GTK_FILTER_CHANGE_DIFFERENT;
  g_free (self->needle);
  self->needle = g_steal_pointer (&needle);
  gtk_filter_changed (GTK_FILTER (self->filter), change);
  update_count (self);
}

static void
on_search_entry_stop_search_cb (CaseloadProgressPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

/* ---- selection ----------------------------------------------------------- */

static CaseloadGoalSummary *
selected_goal (CaseloadProgressPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static void
on_selection_changed_cb (CaseloadProgressPage *self)
{
  CaseloadGoalSummary *goal;

  if (self->reloading)
    return;

  goal = selected_goal (self);
  if (goal == NULL)
    {
      gtk_label_set_text (self->student_label, "");
      gtk_widget_set_sensitive (GTK_WIDGET (self->open_button), FALSE);
      caseload_goal_progress_view_set_goal_id (self->goal_view, 0);
      return;
    }

  gtk_label_set_text (self->student_label, empty_if_null (caseload_goal_summary_get_student_name (goal)));
  gtk_widget_set_sensitive (GTK_WIDGET (self->open_button), TRUE);
  caseload_goal_progress_view_set_goal_id (self->goal_view, caseload_goal_summary_get_goal_id (goal));
}

static void
on_goal_list_activate_cb (CaseloadProgressPage *self,
                          guint                 position)
{
  gtk_single_selection_set_selected (self->selection, position);
  caseload_goal_progress_view_focus_new_point (self->goal_view);
}

static void
on_open_button_clicked_cb (CaseloadProgressPage *self)
{
  CaseloadGoalSummary *goal = selected_goal (self);

  if (goal != NULL)
    g_signal_emit (self, signals[STUDENT_ACTIVATED], 0, caseload_goal_summary_get_student_id (goal));
}

/* ---- loading ------------------------------------------------------------- */

static gboolean
same_summary (CaseloadGoalSummary *a,
              CaseloadGoalSummary *b)
{
  return caseload_goal_summary_get_goal_id (a) == caseload_goal_summary_get_goal_id (b)
         && caseload_goal_summary_get_n_points (a) == caseload_goal_summary_get_n_points (b)
         && caseload_goal_summary_get_has_last_value (a) == caseload_goal_summary_get_has_last_value (b)
         && caseload_goal_summary_get_last_value (a) == caseload_goal_summary_get_last_value (b)
         && g_strcmp0 (caseload_goal_summary_get_last_date (a), caseload_goal_summary_get_last_date (b)) == 0
         && g_strcmp0 (caseload_goal_summary_get_student_name (a), caseload_goal_summary_get_student_name (b)) == 0
         && g_strcmp0 (caseload_goal_summary_get_description (a), caseload_goal_summary_get_description (b)) == 0;
}

/* Replaces only the goals that changed (usually one last value), so the
 * list keeps its scroll position and focus while a teacher enters data. */
static void
update_goals (CaseloadProgressPage *self,
              GListModel           *goals)
{
  guint old_n = g_list_model_get_n_items (G_LIST_MODEL (self->goals));
  guint new_n = g_list_model_get_n_items (goals);
  gboolean same_ids = old_n == new_n;

  for (guint i = 0; same_ids && i < new_n; i++)
    {
      g_autoptr(CaseloadGoalSummary) a = g_list_model_get_item (G_LIST_MODEL (self->goals), i);
      g_autoptr(CaseloadGoalSummary) b = g_list_model_get_item (goals, i);

      same_ids = caseload_goal_summary_get_goal_id (a) == caseload_goal_summary_get_goal_id (b);
    }

  if (!same_ids)
    {
      g_autoptr(GPtrArray) items = g_ptr_array_new_full (new_n, g_object_unref);

      for (guint i = 0; i < new_n; i++)
        g_ptr_array_add (items, g_list_model_get_item (goals, i));
      g_list_store_splice (self->goals, 0, old_n, items->pdata, new_n);
      return;
    }

  for (guint i = 0; i < new_n; i++)
    {
      g_autoptr(CaseloadGoalSummary) a = g_list_model_get_item (G_LIST_MODEL (self->goals), i);
      g_autoptr(CaseloadGoalSummary) b = g_list_model_get_item (goals, i);

      if (!same_summary (a, b))
        g_list_store_splice (self->goals, i, 1, (gpointer *) &b, 1);
    }
}

static void
reload (CaseloadProgressPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) goals = NULL;
  CaseloadGoalSummary *previous;
  gint64 keep = 0;
  guint n;

  g_clear_handle_id (&self->reload_source, g_source_remove);

  if (self->store == NULL || self->staff_id == 0)
    {
      g_list_store_remove_all (self->goals);
      gtk_stack_set_visible_child_name (self->stack, self->staff_id == 0 ? "signed-out" : "empty");
      caseload_goal_progress_view_set_goal_id (self->goal_view, 0);
      update_count (self);
      return;
    }

  goals = caseload_store_list_my_goals (self->store, self->staff_id, &error);
  if (goals == NULL)
    {
      toast (self, error->message);
      return;
    }

  previous = selected_goal (self);
  if (previous != NULL)
    keep = caseload_goal_summary_get_goal_id (previous);

  /* Keep the goal being worked on selected across the reload (a data
   * point saved elsewhere, the last value changing). */
  self->reloading = TRUE;
  update_goals (self, goals);
  self->reloading = FALSE;
  if (keep == 0 || !caseload_progress_page_select_goal (self, keep))
    on_selection_changed_cb (self);

  n = g_list_model_get_n_items (goals);
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");
  update_count (self);
}

static gboolean
reload_timeout_cb (gpointer user_data)
{
  CaseloadProgressPage *self = user_data;

  self->reload_source = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed_cb (CaseloadProgressPage *self,
                     const char           *table)
{
  if (self->reload_source == 0)
    self->reload_source = g_timeout_add (RELOAD_DELAY_MS, reload_timeout_cb, self);
}

/* ---- rows ---------------------------------------------------------------- */

static GtkWidget *
new_row_label (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
on_goal_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_box_append (GTK_BOX (box), new_row_label ("heading"));
  gtk_box_append (GTK_BOX (box), new_row_label (NULL));
  gtk_box_append (GTK_BOX (box), new_row_label ("dim-label"));
  gtk_list_item_set_child (item, box);
}

static void
on_goal_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  CaseloadGoalSummary *goal = gtk_list_item_get_item (item);
  GtkWidget *student = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *summary = gtk_widget_get_next_sibling (student);
  GtkWidget *last = gtk_widget_get_next_sibling (summary);
  g_autofree char *summary_text = NULL;
  g_autofree char *last_text = NULL;

  gtk_label_set_text (GTK_LABEL (student), empty_if_null (caseload_goal_summary_get_student_name (goal)));

  /* Translators: "Reading: will read grade-level passages aloud" */
  summary_text = g_strdup_printf (_("%s: %s"),
                                  empty_if_null (caseload_goal_area_to_label (caseload_goal_summary_get_area (goal))),
                                  empty_if_null (caseload_goal_summary_get_description (goal)));
  gtk_label_set_text (GTK_LABEL (summary), summary_text);
  gtk_widget_set_tooltip_text (summary, summary_text);

  if (caseload_goal_summary_get_has_last_value (goal))
    {
      g_autofree char *value = format_value (caseload_goal_summary_get_last_value (goal));
      g_autofree char *date = NULL;
      GDate d;

      if (caseload_date_parse_iso (caseload_goal_summary_get_last_date (goal), &d))
        date = caseload_date_to_display (&d);
      else
        date = g_strdup (empty_if_null (caseload_goal_summary_get_last_date (goal)));
      /* Translators: "Last: 42 words correct per minute on 03/14/2026" */
      last_text = g_strdup_printf (_("Last: %s %s on %s"), value,
                                   empty_if_null (caseload_goal_summary_get_unit (goal)), date);
    }
  else
    last_text = g_strdup (_("No data yet"));
  gtk_label_set_text (GTK_LABEL (last), last_text);
}

/* ---- bulk entry ---------------------------------------------------------- */

static void
on_bulk_saved_cb (CaseloadBulkEntryDialog *dialog,
                  guint                    n_saved,
                  CaseloadProgressPage    *self)
{
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u point saved",
                                                        "%u points saved", n_saved),
                                           n_saved);
  toast (self, text);
  reload (self);
  caseload_goal_progress_view_reload (self->goal_view);
}

static void
on_bulk_button_clicked_cb (CaseloadProgressPage *self)
{
  caseload_progress_page_new_record (self);
}

/* ---- public -------------------------------------------------------------- */

CaseloadStore *
caseload_progress_page_get_store (CaseloadProgressPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_PROGRESS_PAGE (self), NULL);

  return self->store;
}

void
caseload_progress_page_set_store (CaseloadProgressPage *self,
                                  CaseloadStore        *store)
{
  g_return_if_fail (CASELOAD_IS_PROGRESS_PAGE (self));
  g_return_if_fail (store == NULL || CASELOAD_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed_cb, self);
  g_set_object (&self->store, store);
  if (self->store != NULL)
    g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed_cb),
                             self, G_CONNECT_SWAPPED);

  caseload_goal_progress_view_set_store (self->goal_view, store);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

gint64
caseload_progress_page_get_staff_id (CaseloadProgressPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_PROGRESS_PAGE (self), 0);

  return self->staff_id;
}

void
caseload_progress_page_set_staff_id (CaseloadProgressPage *self,
                                     gint64                staff_id)
{
  g_return_if_fail (CASELOAD_IS_PROGRESS_PAGE (self));

  if (self->staff_id == staff_id)
    return;

  self->staff_id = staff_id;
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF_ID]);
}

void
caseload_progress_page_start_search (CaseloadProgressPage *self)
{
  g_return_if_fail (CASELOAD_IS_PROGRESS_PAGE (self));

  if (g_str_equal (gtk_stack_get_visible_child_name (self->stack), "list"))
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
caseload_progress_page_new_record (CaseloadProgressPage *self)
{
  CaseloadBulkEntryDialog *dialog;
  GtkRoot *root;

  g_return_if_fail (CASELOAD_IS_PROGRESS_PAGE (self));

  if (self->store == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) == 0)
    return;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = caseload_bulk_entry_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                           self->store, G_LIST_MODEL (self->filter_model));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_bulk_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

GListModel *
caseload_progress_page_get_goals (CaseloadProgressPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_PROGRESS_PAGE (self), NULL);

  return G_LIST_MODEL (self->filter_model);
}

gboolean
caseload_progress_page_select_goal (CaseloadProgressPage *self,
                                    gint64                goal_id)
{
  GListModel *model;
  guint n;

  g_return_val_if_fail (CASELOAD_IS_PROGRESS_PAGE (self), FALSE);

  model = G_LIST_MODEL (self->filter_model);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CaseloadGoalSummary) goal = g_list_model_get_item (model, i);

      if (caseload_goal_summary_get_goal_id (goal) == goal_id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          on_selection_changed_cb (self);
          return TRUE;
        }
    }
  return FALSE;
}

CaseloadGoalProgressView *
caseload_progress_page_get_goal_view (CaseloadProgressPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_PROGRESS_PAGE (self), NULL);

  return self->goal_view;
}

/* ---- GObject ------------------------------------------------------------- */

static void
caseload_progress_page_dispose (GObject *object)
{
  CaseloadProgressPage *self = CASELOAD_PROGRESS_PAGE (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed_cb, self);
  if (self->settings != NULL)
    g_settings_unbind (self, "staff-id");
  g_clear_object (&self->settings);

  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_PROGRESS_PAGE);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (caseload_progress_page_parent_class)->dispose (object);
}

static void
caseload_progress_page_finalize (GObject *object)
{
  CaseloadProgressPage *self = CASELOAD_PROGRESS_PAGE (object);

  g_clear_pointer (&self->needle, g_free);
  g_clear_object (&self->goals);

  G_OBJECT_CLASS (caseload_progress_page_parent_class)->finalize (object);
}

static void
caseload_progress_page_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  CaseloadProgressPage *self = CASELOAD_PROGRESS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_STAFF_ID:
      g_value_set_int64 (value, self->staff_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_progress_page_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  CaseloadProgressPage *self = CASELOAD_PROGRESS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      caseload_progress_page_set_store (self, g_value_get_object (value));
      break;
    case PROP_STAFF_ID:
      caseload_progress_page_set_staff_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_progress_page_class_init (CaseloadProgressPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_progress_page_dispose;
  object_class->finalize = caseload_progress_page_finalize;
  object_class->get_property = caseload_progress_page_get_property;
  object_class->set_property = caseload_progress_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, CASELOAD_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STAFF_ID] =
    g_param_spec_int64 ("staff-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[STUDENT_ACTIVATED] =
    g_signal_new ("student-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  search_text_quark = g_quark_from_static_string ("caseload-progress-page-search-text");

  g_type_ensure (CASELOAD_TYPE_GOAL_PROGRESS_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/caseload/Caseload/caseload-progress-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadProgressPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CaseloadProgressPage, stack);
  gtk_widget_class_bind_template_child (widget_class, CaseloadProgressPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CaseloadProgressPage, bulk_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadProgressPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadProgressPage, goal_list);
  gtk_widget_class_bind_template_child (widget_class, CaseloadProgressPage, selection);
  gtk_widget_class_bind_template_child (widget_class, CaseloadProgressPage, filter_model);
  gtk_widget_class_bind_template_child (widget_class, CaseloadProgressPage, filter);
  gtk_widget_class_bind_template_child (widget_class, CaseloadProgressPage, student_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadProgressPage, open_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadProgressPage, goal_view);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_goal_list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_open_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_bulk_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_goal_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_goal_bind_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
caseload_progress_page_init (CaseloadProgressPage *self)
{
  self->needle = g_strdup ("");

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_custom_filter_set_filter_func (self->filter, filter_goal, self, NULL);
  self->goals = g_list_store_new (CASELOAD_TYPE_GOAL_SUMMARY);
  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (self->goals));

  self->settings = g_settings_new (APPLICATION_ID);
  g_settings_bind (self->settings, "signed-in-staff-id", self, "staff-id", G_SETTINGS_BIND_GET);
  if (self->staff_id == 0)
    reload (self);
}
