/* caseload-history-view.c: the History tab of a student.
 *
 * store → GtkFilterListModel (section, person) → one AdwPreferencesGroup
 * per day, titled with the day, holding a CaseloadHistoryRow per change.
 * The history is read again when the store changes, while a student is
 * shown.
 */
#define G_LOG_DOMAIN "caseload-history-view"

#include "config.h"

#include "caseload-history-view.h"

#include "caseload-history-row.h"
#include "caseload-store-history.h"

#include <glib/gi18n.h>

/* A student's whole life in Caseload fits; beyond this the oldest
 * changes are left out, and the view says so. */
#define MAX_SHOWN 500

struct _CaseloadHistoryView
{
  GtkWidget           parent_instance;

  CaseloadStore      *store;
  gint64              student_id;
  GListStore         *entries;
  GtkFilterListModel *filtered;
  GtkCustomFilter    *filter;
  GArray             *person_ids;      /* gint64 per person_row item; -1 = everyone */
  guint               reload_id;
  gboolean            updating_people;
  gboolean            dirty;           /* rows to build when next shown */
  gboolean            stale;           /* history to read when next shown */

  /* template children */
  GtkWidget          *scroller;
  AdwComboRow        *section_row;
  AdwComboRow        *person_row;
  GtkLabel           *limit_label;
  GtkStack           *stack;
  AdwStatusPage      *empty_page;
  GtkBox             *days_box;
};

G_DEFINE_FINAL_TYPE (CaseloadHistoryView, caseload_history_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_STUDENT_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static CaseloadHistorySection
selected_section (CaseloadHistoryView *self)
{
  guint selected = adw_combo_row_get_selected (self->section_row);

  if (selected == GTK_INVALID_LIST_POSITION || selected == 0)
    return CASELOAD_HISTORY_SECTION_ALL;
  return (CaseloadHistorySection) (selected - 1);
}

static gint64
selected_person (CaseloadHistoryView *self)
{
  guint selected = adw_combo_row_get_selected (self->person_row);

  if (selected == GTK_INVALID_LIST_POSITION || selected >= self->person_ids->len)
    return -1;
  return g_array_index (self->person_ids, gint64, selected);
}

static gboolean
filter_entry (gpointer item,
              gpointer user_data)
{
  CaseloadHistoryView *self = user_data;

  return caseload_history_entry_matches (CASELOAD_HISTORY_ENTRY (item),
                                         selected_section (self), selected_person (self));
}

static void
clear_days (CaseloadHistoryView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->days_box))) != NULL)
    gtk_box_remove (self->days_box, child);
}

/* "Today", "Yesterday", else the weekday and the date as the locale
 * writes it. */
static char *
day_title (CaseloadHistoryEntry *entry)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_iso8601 (caseload_history_entry_get_at (entry), NULL);
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (now, -1);

  if (utc == NULL)
    return caseload_history_entry_dup_day (entry);
  local = g_date_time_to_local (utc);
  if (g_date_time_get_year (local) == g_date_time_get_year (now)
      && g_date_time_get_day_of_year (local) == g_date_time_get_day_of_year (now))
    return g_strdup (_("Today"));
  if (g_date_time_get_year (local) == g_date_time_get_year (yesterday)
      && g_date_time_get_day_of_year (local) == g_date_time_get_day_of_year (yesterday))
    return g_strdup (_("Yesterday"));
  /* Translators: a day heading in the History: weekday, then the date. */
  return g_date_time_format (local, _("%A, %x"));
}

/* One group per day, rows newest first (the store's order). */
static void
build_rows (CaseloadHistoryView *self)
{
  GListModel *model = G_LIST_MODEL (self->filtered);
  guint n = g_list_model_get_n_items (model);
  guint shown = MIN (n, MAX_SHOWN);
  g_autofree char *current_day = NULL;
  GtkWidget *group = NULL;

  clear_days (self);

  for (guint i = 0; i < shown; i++)
    {
      g_autoptr(CaseloadHistoryEntry) entry = g_list_model_get_item (model, i);
      g_autofree char *day = caseload_history_entry_dup_day (entry);

      if (group == NULL || g_strcmp0 (day, current_day) != 0)
        {
          g_autofree char *title = day_title (entry);

          group = adw_preferences_group_new ();
          adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
          gtk_box_append (self->days_box, group);
          g_free (current_day);
          current_day = g_steal_pointer (&day);
        }
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), caseload_history_row_new (entry));
    }

  if (n > shown)
    {
      g_autofree char *text =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "Showing the %u most recent of %u change.",
                                      "Showing the %u most recent of %u changes.", n),
                         shown, n);

      gtk_label_set_label (self->limit_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->limit_label), n > shown);

  if (n == 0)
    {
      gboolean filtered = g_list_model_get_n_items (G_LIST_MODEL (self->entries)) > 0;

      adw_status_page_set_title (self->empty_page,
                                 filtered ? _("No Matching Changes") : _("No Changes Yet"));
      adw_status_page_set_description (self->empty_page,
                                       filtered ? _("No change matches the section and person chosen above.")
                                                : _("Changes to this student’s records will be listed here."));
    }
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");
}

/* Rows are built only while the view is shown: a hidden History tab
 * costs nothing (to draw, or to an accessibility client walking it). */
static void
rebuild (CaseloadHistoryView *self)
{
  self->dirty = TRUE;
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      clear_days (self);
      return;
    }
  self->dirty = FALSE;
  build_rows (self);
}

static void
caseload_history_view_map (GtkWidget *widget)
{
  CaseloadHistoryView *self = CASELOAD_HISTORY_VIEW (widget);

  GTK_WIDGET_CLASS (caseload_history_view_parent_class)->map (widget);
  if (self->stale)
    caseload_history_view_reload (self);
  else if (self->dirty)
    {
      self->dirty = FALSE;
      build_rows (self);
    }
}

static void
on_filter_changed_cb (CaseloadHistoryView *self)
{
  if (self->updating_people)
    return;
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  rebuild (self);
}

static gboolean
has_person (GArray *ids,
            gint64  staff_id)
{
  for (guint i = 1; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == staff_id)
      return TRUE;
  return FALSE;
}

/* The people who made changes, keeping the chosen one when still there. */
static void
update_people (CaseloadHistoryView *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  gint64 chosen = selected_person (self);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->entries));
  guint select = 0;
  gint64 everyone = -1;

  g_array_set_size (self->person_ids, 0);
  gtk_string_list_append (names, _("Everyone"));
  g_array_append_val (self->person_ids, everyone);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CaseloadHistoryEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->entries), i);
      gint64 staff_id = caseload_history_entry_get_staff_id (entry);
      const char *name = caseload_history_entry_get_staff_name (entry);

      if (has_person (self->person_ids, staff_id))
        continue;
      g_array_append_val (self->person_ids, staff_id);
      gtk_string_list_append (names, *name != '\0' ? name : _("Nobody signed in"));
      if (staff_id == chosen)
        select = self->person_ids->len - 1;
    }

  self->updating_people = TRUE;
  adw_combo_row_set_model (self->person_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->person_row, select);
  self->updating_people = FALSE;
}

void
caseload_history_view_reload (CaseloadHistoryView *self)
{
  g_autoptr(GListModel) history = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (CASELOAD_IS_HISTORY_VIEW (self));

  g_clear_handle_id (&self->reload_id, g_source_remove);

  /* Hidden: read when shown (the store changes often; the tab is seldom
   * open). */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  self->stale = FALSE;

  if (self->store != NULL && self->student_id > 0)
    {
      history = caseload_store_list_student_history (self->store, self->student_id, &error);
      if (history == NULL)
        g_warning ("Could not read the history of student %" G_GINT64_FORMAT ": %s",
                   self->student_id, error->message);
    }

  for (guint i = 0; history != NULL && i < g_list_model_get_n_items (history); i++)
    g_ptr_array_add (items, g_list_model_get_item (history, i));
  g_list_store_splice (self->entries, 0, g_list_model_get_n_items (G_LIST_MODEL (self->entries)),
                       items->pdata, items->len);

  update_people (self);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  rebuild (self);

  if (error != NULL)
    {
      adw_status_page_set_title (self->empty_page, _("Could Not Read the History"));
      adw_status_page_set_description (self->empty_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
}

static gboolean
reload_idle_cb (gpointer user_data)
{
  CaseloadHistoryView *self = user_data;

  self->reload_id = 0;
  caseload_history_view_reload (self);
  return G_SOURCE_REMOVE;
}

/* Any write may add a line: read again once the burst of writes is over. */
static void
on_store_changed_cb (CaseloadHistoryView *self)
{
  if (self->student_id <= 0 || self->reload_id != 0)
    return;
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  self->reload_id = g_idle_add_full (G_PRIORITY_LOW, reload_idle_cb, self, NULL);
}

void
caseload_history_view_set_store (CaseloadHistoryView *self,
                                 CaseloadStore       *store)
{
  g_return_if_fail (CASELOAD_IS_HISTORY_VIEW (self));
  g_return_if_fail (store == NULL || CASELOAD_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self,
                             G_CONNECT_SWAPPED);

  caseload_history_view_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

void
caseload_history_view_set_student_id (CaseloadHistoryView *self,
                                      gint64               student_id)
{
  g_return_if_fail (CASELOAD_IS_HISTORY_VIEW (self));

  if (self->student_id == student_id)
    return;

  self->student_id = student_id;
  /* Another student: start from everything. */
  adw_combo_row_set_selected (self->section_row, 0);
  adw_combo_row_set_selected (self->person_row, 0);
  caseload_history_view_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDENT_ID]);
}

gint64
caseload_history_view_get_student_id (CaseloadHistoryView *self)
{
  g_return_val_if_fail (CASELOAD_IS_HISTORY_VIEW (self), 0);

  return self->student_id;
}

GListModel *
caseload_history_view_get_shown (CaseloadHistoryView *self)
{
  g_return_val_if_fail (CASELOAD_IS_HISTORY_VIEW (self), NULL);

  return G_LIST_MODEL (self->filtered);
}

GtkWidget *
caseload_history_view_new (void)
{
  return g_object_new (CASELOAD_TYPE_HISTORY_VIEW, NULL);
}

static void
caseload_history_view_dispose (GObject *object)
{
  CaseloadHistoryView *self = CASELOAD_HISTORY_VIEW (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);

  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_HISTORY_VIEW);

  G_OBJECT_CLASS (caseload_history_view_parent_class)->dispose (object);
}

static void
caseload_history_view_finalize (GObject *object)
{
  CaseloadHistoryView *self = CASELOAD_HISTORY_VIEW (object);

  g_clear_object (&self->filtered);
  g_clear_object (&self->entries);
  g_clear_pointer (&self->person_ids, g_array_unref);

  G_OBJECT_CLASS (caseload_history_view_parent_class)->finalize (object);
}

static void
caseload_history_view_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  CaseloadHistoryView *self = CASELOAD_HISTORY_VIEW (object);

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
caseload_history_view_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  CaseloadHistoryView *self = CASELOAD_HISTORY_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      caseload_history_view_set_store (self, g_value_get_object (value));
      break;
    case PROP_STUDENT_ID:
      caseload_history_view_set_student_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_history_view_class_init (CaseloadHistoryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_history_view_dispose;
  object_class->finalize = caseload_history_view_finalize;
  object_class->get_property = caseload_history_view_get_property;
  object_class->set_property = caseload_history_view_set_property;
  widget_class->map = caseload_history_view_map;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, CASELOAD_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STUDENT_ID] =
    g_param_spec_int64 ("student-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/caseload-history-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadHistoryView, scroller);
  gtk_widget_class_bind_template_child (widget_class, CaseloadHistoryView, section_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadHistoryView, person_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadHistoryView, limit_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadHistoryView, stack);
  gtk_widget_class_bind_template_child (widget_class, CaseloadHistoryView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, CaseloadHistoryView, days_box);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
caseload_history_view_init (CaseloadHistoryView *self)
{
  g_autoptr(GtkStringList) sections = gtk_string_list_new (NULL);

  self->person_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->entries = g_list_store_new (CASELOAD_TYPE_HISTORY_ENTRY);
  self->filter = gtk_custom_filter_new (filter_entry, self, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->entries)),
                                              GTK_FILTER (self->filter));

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_string_list_append (sections, caseload_history_section_name (CASELOAD_HISTORY_SECTION_ALL));
  for (int i = 0; i < CASELOAD_HISTORY_N_SECTIONS; i++)
    gtk_string_list_append (sections, caseload_history_section_name ((CaseloadHistorySection) i));
  self->updating_people = TRUE;
  adw_combo_row_set_model (self->section_row, G_LIST_MODEL (sections));
  self->updating_people = FALSE;
  update_people (self);
  rebuild (self);
}
