/* caseload-deadlines-page.c: every upcoming and overdue deadline.
 *
 * store (every deadline of every active student, no day limit) →
 * GtkFilterListModel (kind, case manager, search text) → GtkSortListModel
 * (the column view's sorter; due date by default) → GtkSingleSelection →
 * GtkColumnView, declared in the template.
 */
#define G_LOG_DOMAIN "caseload-deadlines-page"

#include "config.h"

#include "caseload-deadlines-page.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "caseload-date.h"

/* Coalesces bursts of store changes (autosaving forms) into one reload. */
#define RELOAD_DELAY_MS 250

#define ALL_KINDS -1
#define ALL_MANAGERS -1

struct _CaseloadDeadlinesPage
{
  GtkWidget            parent_instance;

  CaseloadStore       *store;
  char                *needle;          /* folded search text, never NULL */
  int                  kind;            /* ALL_KINDS or a CaseloadDeadlineKind */
  gint64               manager_id;      /* ALL_MANAGERS, 0 = none, or a staff id */
  GArray              *manager_ids;     /* gint64, parallel to manager_row's model */
  guint                overdue_count;
  int                  due_soon_days;
  guint                reload_source;
  GCancellable        *cancellable;     /* the load in flight */
  gboolean             updating_managers;

  /* template children */
  GtkStack            *stack;
  GtkStack            *list_stack;
  GtkSearchEntry      *search_entry;
  AdwComboRow         *kind_row;
  AdwComboRow         *manager_row;
  GtkLabel            *summary_label;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *due_column;
  GtkSingleSelection  *selection;
  GtkFilterListModel  *filter_model;
  GtkCustomFilter     *filter;
};

G_DEFINE_FINAL_TYPE (CaseloadDeadlinesPage, caseload_deadlines_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_OVERDUE_COUNT,
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
show_error (CaseloadDeadlinesPage *self,
            const char            *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    {
      AdwToast *toast = adw_toast_new (message);

      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
    }
  else
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
      GtkWidget *dialog;

      dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                       _("Could Not Load the Deadlines"), message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

/* ---- filtering ----------------------------------------------------------- */

static const char *
empty_if_null (const char *s)
{
  return s != NULL ? s : "";
}

static const char *
deadline_search_text (CaseloadDeadline *deadline)
{
  char *text = g_object_get_qdata (G_OBJECT (deadline), search_text_quark);

  if (text == NULL)
    {
      g_autofree char *joined = NULL;

      joined = g_strjoin ("\n",
                          empty_if_null (caseload_deadline_get_student_name (deadline)),
                          empty_if_null (caseload_deadline_get_first_name (deadline)),
                          empty_if_null (caseload_deadline_get_student_number (deadline)),
                          empty_if_null (caseload_deadline_get_kind_label (deadline)),
                          empty_if_null (caseload_deadline_get_case_manager_name (deadline)),
                          empty_if_null (caseload_deadline_get_school_name (deadline)),
                          NULL);
      text = caseload_fold_for_search (joined);
      g_object_set_qdata_full (G_OBJECT (deadline), search_text_quark, text, g_free);
    }

  return text;
}

static gboolean
filter_deadline (gpointer item,
                 gpointer user_data)
{
  CaseloadDeadlinesPage *self = user_data;
  CaseloadDeadline *deadline = item;

  if (self->kind != ALL_KINDS && (int) caseload_deadline_get_kind (deadline) != self->kind)
    return FALSE;

  if (self->manager_id != ALL_MANAGERS
      && caseload_deadline_get_case_manager_id (deadline) != self->manager_id)
    return FALSE;

  if (self->needle[0] == '\0')
    return TRUE;

  return strstr (deadline_search_text (deadline), self->needle) != NULL;
}

static void
update_summary (CaseloadDeadlinesPage *self)
{
  GListModel *model = G_LIST_MODEL (self->filter_model);
  GListModel *all = gtk_filter_list_model_get_model (self->filter_model);
  guint n = g_list_model_get_n_items (model);
  guint n_all = all != NULL ? g_list_model_get_n_items (all) : 0;
  guint overdue = 0, due_soon = 0;
  g_autofree char *overdue_text = NULL;
  g_autofree char *due_soon_text = NULL;
  g_autofree char *summary = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CaseloadDeadline) deadline = g_list_model_get_item (model, i);

      switch (caseload_deadline_get_status (deadline))
        {
        case CASELOAD_DEADLINE_STATUS_OVERDUE:
          overdue++;
          break;
        case CASELOAD_DEADLINE_STATUS_DUE_SOON:
          due_soon++;
          break;
        case CASELOAD_DEADLINE_STATUS_LATER:
        default:
          break;
        }
    }

  overdue_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u overdue", "%u overdue", overdue),
                                  overdue);
  due_soon_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%u due in the next %d days",
                                                "%u due in the next %d days",
                                                due_soon),
                                   due_soon, self->due_soon_days);
  /* Translators: the two parts of the deadline summary, "3 overdue" and
   * "12 due in the next 30 days". */
  summary = g_strdup_printf (_("%s · %s"), overdue_text, due_soon_text);
  gtk_label_set_text (self->summary_label, summary);

  gtk_stack_set_visible_child_name (self->stack, n_all == 0 ? "empty" : "list");
  gtk_stack_set_visible_child_name (self->list_stack, n == 0 ? "no-results" : "list");
}

static void
on_filter_model_items_changed_cb (CaseloadDeadlinesPage *self)
{
  update_summary (self);
}

static void
set_needle (CaseloadDeadlinesPage *self,
            const char            *text)
{
  g_autofree char *needle = caseload_fold_for_search (text != NULL ? text : "");
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
}

static void
on_search_entry_search_changed_cb (CaseloadDeadlinesPage *self)
{
  set_needle (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
on_search_entry_stop_search_cb (CaseloadDeadlinesPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static GtkFilterChange
choice_change (gint64 before,
               gint64 after,
               gint64 all)
{
  if (before == all)
    return GTK_FILTER_CHANGE_MORE_STRICT;
  if (after == all)
    return GTK_FILTER_CHANGE_LESS_STRICT;
  return GTK_FILTER_CHANGE_DIFFERENT;
}

static void
on_kind_row_selected_cb (CaseloadDeadlinesPage *self)
{
  guint selected = adw_combo_row_get_selected (self->kind_row);
  int kind = (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
             ? ALL_KINDS : (int) selected - 1;
  GtkFilterChange change;

  if (kind == self->kind)
    return;

  change = choice_change (self->kind, kind, ALL_KINDS);
  self->kind = kind;
  gtk_filter_changed (GTK_FILTER (self->filter), change);
}

static void
on_manager_row_selected_cb (CaseloadDeadlinesPage *self)
{
  guint selected = adw_combo_row_get_selected (self->manager_row);
  gint64 id = ALL_MANAGERS;
  GtkFilterChange change;

  if (self->updating_managers)
    return;

  if (selected != GTK_INVALID_LIST_POSITION && selected < self->manager_ids->len)
    id = g_array_index (self->manager_ids, gint64, selected);

  if (id == self->manager_id)
    return;

  change = choice_change (self->manager_id, id, ALL_MANAGERS);
  self->manager_id = id;
  gtk_filter_changed (GTK_FILTER (self->filter), change);
}

/* ---- loading ------------------------------------------------------------- */

typedef struct
{
  gint64      id;
  const char *name;
} Manager;

static int
compare_managers (gconstpointer a,
                  gconstpointer b)
{
  const Manager *ma = a;
  const Manager *mb = b;

  return g_utf8_collate (ma->name, mb->name);
}

/* Rebuilds the case-manager choices from the deadlines themselves (only
 * those with something due), keeping the current choice when it is
 * still there. */
static void
update_managers (CaseloadDeadlinesPage *self,
                 GListModel            *deadlines)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GArray) managers = g_array_new (FALSE, FALSE, sizeof (Manager));
  g_autoptr(GPtrArray) holders = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint n = g_list_model_get_n_items (deadlines);
  gboolean has_none = FALSE;
  guint keep = 0;

  for (guint i = 0; i < n; i++)
    {
      CaseloadDeadline *deadline = g_list_model_get_item (deadlines, i);
      gint64 id = caseload_deadline_get_case_manager_id (deadline);

      g_ptr_array_add (holders, deadline);

      if (id == 0)
        {
          has_none = TRUE;
          continue;
        }

      if (!g_hash_table_contains (seen, &id))
        {
          Manager m = { id, empty_if_null (caseload_deadline_get_case_manager_name (deadline)) };

          g_array_append_val (managers, m);
          g_hash_table_add (seen, g_memdup2 (&id, sizeof id));
        }
    }

  g_array_sort (managers, compare_managers);

  g_array_set_size (self->manager_ids, 0);

  {
    gint64 all = ALL_MANAGERS;

    gtk_string_list_append (names, _("All case managers"));
    g_array_append_val (self->manager_ids, all);
  }

  if (has_none)
    {
      gint64 none = 0;

      gtk_string_list_append (names, _("No case manager"));
      g_array_append_val (self->manager_ids, none);
    }

  for (guint i = 0; i < managers->len; i++)
    {
      Manager *m = &g_array_index (managers, Manager, i);

      gtk_string_list_append (names, m->name);
      g_array_append_val (self->manager_ids, m->id);
    }

  for (guint i = 0; i < self->manager_ids->len; i++)
    if (g_array_index (self->manager_ids, gint64, i) == self->manager_id)
      keep = i;

  self->updating_managers = TRUE;
  adw_combo_row_set_model (self->manager_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->manager_row, keep);
  self->updating_managers = FALSE;

  /* A case manager with nothing left due: back to all. */
  self->manager_id = g_array_index (self->manager_ids, gint64, keep);
}

static void
set_overdue_count (CaseloadDeadlinesPage *self,
                   guint                  count)
{
  if (self->overdue_count == count)
    return;

  self->overdue_count = count;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OVERDUE_COUNT]);
}

typedef struct
{
  GListModel *deadlines;
  int         due_soon_days;
} LoadResult;

static void
load_result_free (gpointer data)
{
  LoadResult *result = data;

  g_clear_object (&result->deadlines);
  g_free (result);
}

static LoadResult *
load (CaseloadStore  *store,
      GError        **error)
{
  g_autoptr(GListModel) deadlines = NULL;
  CaseloadRuleSettings settings;
  LoadResult *result;

  caseload_rule_settings_init_defaults (&settings);
  if (!caseload_store_load_rule_settings (store, &settings, error))
    return NULL;

  deadlines = caseload_store_list_deadlines (store, 0, NULL, -1, error);
  if (deadlines == NULL)
    return NULL;

  result = g_new0 (LoadResult, 1);
  result->deadlines = g_steal_pointer (&deadlines);
  result->due_soon_days = settings.due_soon_days;
  return result;
}

/* Computing every deadline of 10 000 students takes a noticeable moment:
 * it runs in a thread on its own connection to the same file (WAL lets it
 * read while the window writes), so the window never stalls. */
static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  const char *path = task_data;
  g_autoptr(CaseloadStore) store = NULL;
  GError *error = NULL;
  LoadResult *result;

  store = caseload_store_open (path, CASELOAD_STORE_OPEN_DEFAULT, &error);
  if (store == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  result = load (store, &error);
  if (result == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, result, load_result_free);
}

static void
apply (CaseloadDeadlinesPage *self,
       GListModel            *deadlines,
       int                    due_soon_days)
{
  g_autoptr(GListModel) empty = NULL;
  guint overdue = 0;
  guint n;

  if (deadlines == NULL)
    deadlines = empty = G_LIST_MODEL (g_list_store_new (CASELOAD_TYPE_DEADLINE));

  self->due_soon_days = due_soon_days;

  n = g_list_model_get_n_items (deadlines);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CaseloadDeadline) deadline = g_list_model_get_item (deadlines, i);

      if (caseload_deadline_get_status (deadline) == CASELOAD_DEADLINE_STATUS_OVERDUE)
        overdue++;
    }

  update_managers (self, deadlines);
  gtk_filter_list_model_set_model (self->filter_model, deadlines);
  /* The case-manager choice may have changed without a filter change. */
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_summary (self);
  set_overdue_count (self, overdue);
}

static void
on_load_done_cb (GObject      *source,
                 GAsyncResult *res,
                 gpointer      user_data)
{
  CaseloadDeadlinesPage *self = CASELOAD_DEADLINES_PAGE (source);
  GCancellable *cancellable = g_task_get_cancellable (G_TASK (res));
  g_autoptr(GError) error = NULL;
  LoadResult *result;

  result = g_task_propagate_pointer (G_TASK (res), &error);

  /* A newer load (or dispose) took over: this one's answer is stale. */
  if (cancellable != self->cancellable || g_cancellable_is_cancelled (cancellable))
    {
      g_clear_pointer (&result, load_result_free);
      return;
    }
  g_clear_object (&self->cancellable);

  if (result == NULL)
    {
      show_error (self, error->message);
      apply (self, NULL, 30);
      return;
    }

  apply (self, result->deadlines, result->due_soon_days);
  load_result_free (result);
}

static void
reload (CaseloadDeadlinesPage *self)
{
  const char *path;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  if (self->store == NULL)
    {
      apply (self, NULL, 30);
      return;
    }

  path = caseload_store_get_path (self->store);
  if (path != NULL && g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_autoptr(GTask) task = NULL;

      GListModel *current = gtk_filter_list_model_get_model (self->filter_model);

      /* Nothing to show yet: a spinner rather than "No deadlines". */
      if (current == NULL || g_list_model_get_n_items (current) == 0)
        gtk_stack_set_visible_child_name (self->stack, "loading");

      self->cancellable = g_cancellable_new ();
      task = g_task_new (self, self->cancellable, on_load_done_cb, NULL);
      g_task_set_source_tag (task, reload);
      g_task_set_task_data (task, g_strdup (path), g_free);
      g_task_run_in_thread (task, load_thread);
    }
  else
    {
      /* No file another connection could open: load here. */
      g_autoptr(GError) error = NULL;
      LoadResult *result = load (self->store, &error);

      if (result == NULL)
        {
          show_error (self, error->message);
          apply (self, NULL, 30);
          return;
        }
      apply (self, result->deadlines, result->due_soon_days);
      load_result_free (result);
    }
}

static gboolean
reload_timeout_cb (gpointer user_data)
{
  CaseloadDeadlinesPage *self = user_data;

  self->reload_source = 0;
  reload (self);

  return G_SOURCE_REMOVE;
}

static void
on_store_changed_cb (CaseloadDeadlinesPage *self,
                     const char            *table)
{
  if (self->reload_source == 0)
    self->reload_source = g_timeout_add (RELOAD_DELAY_MS, reload_timeout_cb, self);
}

static void
on_column_view_activate_cb (CaseloadDeadlinesPage *self,
                            guint                  position)
{
  g_autoptr(CaseloadDeadline) deadline = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (deadline != NULL)
    g_signal_emit (self, signals[STUDENT_ACTIVATED], 0,
                   caseload_deadline_get_student_id (deadline));
}

/* ---- cells --------------------------------------------------------------- */

static GtkWidget *
new_cell_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  return label;
}

static void
on_due_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 CaseloadDeadlinesPage    *self)
{
  GtkWidget *label = new_cell_label ();

  gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (list_item, label);
}

static void
on_due_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                CaseloadDeadlinesPage    *self)
{
  CaseloadDeadline *deadline = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);
  const char *iso = caseload_deadline_get_due_date (deadline);
  GDate due;

  if (caseload_date_parse_iso (iso, &due))
    {
      g_autofree char *text = caseload_date_to_display (&due);

      gtk_label_set_text (GTK_LABEL (label), text);
    }
  else
    gtk_label_set_text (GTK_LABEL (label), empty_if_null (iso));
}

static void
set_css_class (GtkWidget  *widget,
               const char *css_class,
               gboolean    on)
{
  if (on)
    gtk_widget_add_css_class (widget, css_class);
  else
    gtk_widget_remove_css_class (widget, css_class);
}

static void
on_status_setup_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    CaseloadDeadlinesPage    *self)
{
  gtk_list_item_set_child (list_item, new_cell_label ());
}

static void
on_status_bind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   CaseloadDeadlinesPage    *self)
{
  CaseloadDeadline *deadline = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);
  CaseloadDeadlineStatus status = caseload_deadline_get_status (deadline);

  gtk_label_set_text (GTK_LABEL (label), empty_if_null (caseload_deadline_get_status_text (deadline)));

  /* .overdue / .due-soon are Caseload's (style.css); Adwaita's .error and
   * .warning give the red and amber where a theme lacks them. */
  set_css_class (label, "overdue", status == CASELOAD_DEADLINE_STATUS_OVERDUE);
  set_css_class (label, "error", status == CASELOAD_DEADLINE_STATUS_OVERDUE);
  set_css_class (label, "due-soon", status == CASELOAD_DEADLINE_STATUS_DUE_SOON);
  set_css_class (label, "warning", status == CASELOAD_DEADLINE_STATUS_DUE_SOON);
}

/* ---- public -------------------------------------------------------------- */

CaseloadStore *
caseload_deadlines_page_get_store (CaseloadDeadlinesPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_DEADLINES_PAGE (self), NULL);

  return self->store;
}

void
caseload_deadlines_page_set_store (CaseloadDeadlinesPage *self,
                                   CaseloadStore         *store)
{
  g_return_if_fail (CASELOAD_IS_DEADLINES_PAGE (self));
  g_return_if_fail (store == NULL || CASELOAD_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed_cb, self);
  g_clear_handle_id (&self->reload_source, g_source_remove);

  g_set_object (&self->store, store);

  if (self->store != NULL)
    g_signal_connect_object (self->store, "changed",
                             G_CALLBACK (on_store_changed_cb), self,
                             G_CONNECT_SWAPPED);

  reload (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

guint
caseload_deadlines_page_get_overdue_count (CaseloadDeadlinesPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_DEADLINES_PAGE (self), 0);

  return self->overdue_count;
}

void
caseload_deadlines_page_start_search (CaseloadDeadlinesPage *self)
{
  g_return_if_fail (CASELOAD_IS_DEADLINES_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
caseload_deadlines_page_new_record (CaseloadDeadlinesPage *self)
{
  g_return_if_fail (CASELOAD_IS_DEADLINES_PAGE (self));

  /* Deadlines are computed from the students' dates; nothing to add. */
}

/* ---- GObject ------------------------------------------------------------- */

static void
caseload_deadlines_page_dispose (GObject *object)
{
  CaseloadDeadlinesPage *self = CASELOAD_DEADLINES_PAGE (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed_cb, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_DEADLINES_PAGE);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (caseload_deadlines_page_parent_class)->dispose (object);
}

static void
caseload_deadlines_page_finalize (GObject *object)
{
  CaseloadDeadlinesPage *self = CASELOAD_DEADLINES_PAGE (object);

  g_clear_pointer (&self->needle, g_free);
  g_clear_pointer (&self->manager_ids, g_array_unref);

  G_OBJECT_CLASS (caseload_deadlines_page_parent_class)->finalize (object);
}

static void
caseload_deadlines_page_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  CaseloadDeadlinesPage *self = CASELOAD_DEADLINES_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_OVERDUE_COUNT:
      g_value_set_uint (value, self->overdue_count);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_deadlines_page_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  CaseloadDeadlinesPage *self = CASELOAD_DEADLINES_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      caseload_deadlines_page_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_deadlines_page_class_init (CaseloadDeadlinesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_deadlines_page_dispose;
  object_class->finalize = caseload_deadlines_page_finalize;
  object_class->get_property = caseload_deadlines_page_get_property;
  object_class->set_property = caseload_deadlines_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         CASELOAD_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OVERDUE_COUNT] =
    g_param_spec_uint ("overdue-count", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CaseloadDeadlinesPage::student-activated:
   * @student_id: the student's id
   */
  signals[STUDENT_ACTIVATED] =
    g_signal_new ("student-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  search_text_quark = g_quark_from_static_string ("caseload-deadlines-page-search-text");

  g_type_ensure (CASELOAD_TYPE_DEADLINE);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/caseload-deadlines-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadDeadlinesPage, stack);
  gtk_widget_class_bind_template_child (widget_class, CaseloadDeadlinesPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, CaseloadDeadlinesPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CaseloadDeadlinesPage, kind_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadDeadlinesPage, manager_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadDeadlinesPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadDeadlinesPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, CaseloadDeadlinesPage, due_column);
  gtk_widget_class_bind_template_child (widget_class, CaseloadDeadlinesPage, selection);
  gtk_widget_class_bind_template_child (widget_class, CaseloadDeadlinesPage, filter_model);
  gtk_widget_class_bind_template_child (widget_class, CaseloadDeadlinesPage, filter);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_manager_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_due_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_due_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_status_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_status_bind_cb);
}

static void
caseload_deadlines_page_init (CaseloadDeadlinesPage *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  self->needle = g_strdup ("");
  self->kind = ALL_KINDS;
  self->manager_id = ALL_MANAGERS;
  self->manager_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->due_soon_days = 30;

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_custom_filter_set_filter_func (self->filter, filter_deadline, self, NULL);
  g_signal_connect_object (self->filter_model, "items-changed",
                           G_CALLBACK (on_filter_model_items_changed_cb), self,
                           G_CONNECT_SWAPPED);

  gtk_string_list_append (kinds, _("All kinds"));
  for (int k = 0; k < CASELOAD_N_DEADLINE_KINDS; k++)
    gtk_string_list_append (kinds, caseload_deadline_kind_to_label ((CaseloadDeadlineKind) k));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  adw_combo_row_set_selected (self->kind_row, 0);

  /* Soonest (most overdue) first until the user clicks another header. */
  gtk_column_view_sort_by_column (self->column_view, self->due_column, GTK_SORT_ASCENDING);

  reload (self);
}
