/* caseload-tasks-window.c: every task of the district.
 *
 * caseload_store_list_tasks (everyone, closed included; one query) →
 * GtkFilterListModel (status and assignee) → GtkSortListModel (the column
 * view's sorter) → GtkSingleSelection → GtkColumnView. Activating a row
 * opens the task dialog; a store change reloads the list.
 */
#define G_LOG_DOMAIN "caseload-tasks-window"

#include "config.h"

#include "caseload-tasks-window.h"

#include "caseload-date.h"
#include "caseload-store-meetings.h"
#include "caseload-task-dialog.h"

#include <glib/gi18n.h>

struct _CaseloadTasksWindow
{
  AdwWindow           parent_instance;

  CaseloadStore      *store;
  GListStore         *tasks;
  GArray             *staff_ids;   /* parallel to assignee_choices; [0] = 0, everyone */
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
  GtkSortListModel   *sorted;
  GtkSingleSelection *selection;

  /* template children */
  AdwToastOverlay    *toast_overlay;
  AdwComboRow        *status_row;
  AdwComboRow        *assignee_row;
  GtkStringList      *assignee_choices;
  GtkStack           *stack;
  GtkColumnView      *column_view;
  GtkColumnViewColumn *title_column;
  GtkColumnViewColumn *student_column;
  GtkColumnViewColumn *assignee_column;
  GtkColumnViewColumn *due_column;
  GtkColumnViewColumn *priority_column;
  GtkColumnViewColumn *status_column;
};

G_DEFINE_FINAL_TYPE (CaseloadTasksWindow, caseload_tasks_window, ADW_TYPE_WINDOW)

typedef enum {
  COL_TITLE,
  COL_STUDENT,
  COL_ASSIGNEE,
  COL_DUE,
  COL_PRIORITY,
  COL_STATUS,
} Column;

static const char *
priority_label (const char *code)
{
  if (g_strcmp0 (code, "high") == 0)
    return _("High");
  if (g_strcmp0 (code, "low") == 0)
    return _("Low");
  return _("Normal");
}

static int
priority_rank (const char *code)
{
  return g_strcmp0 (code, "high") == 0 ? 0 : g_strcmp0 (code, "low") == 0 ? 2 : 1;
}

static const char *
status_label (const char *code)
{
  if (g_strcmp0 (code, "done") == 0)
    return _("Done");
  if (g_strcmp0 (code, "cancelled") == 0)
    return _("Cancelled");
  return _("Open");
}

static char *
column_text (CaseloadTask *task,
             Column        column)
{
  switch (column)
    {
    case COL_TITLE:
      return g_strdup (caseload_task_get_title (task));
    case COL_STUDENT:
      return g_strdup (caseload_task_get_student_name (task));
    case COL_ASSIGNEE:
      return g_strdup (caseload_task_get_assignee_name (task));
    case COL_DUE:
      {
        GDate day;

        if (caseload_date_parse_iso (caseload_task_get_due_date (task), &day))
          return caseload_date_to_display (&day);
        return g_strdup ("");
      }
    case COL_PRIORITY:
      return g_strdup (priority_label (caseload_task_get_priority (task)));
    case COL_STATUS:
      return g_strdup (status_label (caseload_task_get_status (task)));
    default:
      g_assert_not_reached ();
    }
}

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *item)
{
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column"));
  CaseloadTask *task = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  g_autofree char *text = column_text (task, column);
  g_autofree char *today = NULL;
  GDate day;

  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_widget_remove_css_class (label, "overdue");
  if (column == COL_DUE && g_strcmp0 (caseload_task_get_status (task), "open") == 0)
    {
      g_date_clear (&day, 1);
      caseload_date_set_today (&day);
      today = caseload_date_to_iso (&day);
      if (caseload_task_get_due_date (task)[0] != '\0' && strcmp (caseload_task_get_due_date (task), today) < 0)
        gtk_widget_add_css_class (label, "overdue");
    }
}

static int
compare_tasks (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  Column column = GPOINTER_TO_INT (user_data);
  CaseloadTask *x = (CaseloadTask *) a;
  CaseloadTask *y = (CaseloadTask *) b;
  int result;

  switch (column)
    {
    case COL_DUE:
      /* No due date last. */
      {
        const char *dx = caseload_task_get_due_date (x), *dy = caseload_task_get_due_date (y);

        if ((dx[0] == '\0') != (dy[0] == '\0'))
          return dx[0] == '\0' ? 1 : -1;
        result = strcmp (dx, dy);
      }
      break;
    case COL_PRIORITY:
      result = priority_rank (caseload_task_get_priority (x)) - priority_rank (caseload_task_get_priority (y));
      break;
    default:
      {
        g_autofree char *tx = column_text (x, column);
        g_autofree char *ty = column_text (y, column);

        result = g_utf8_collate (tx, ty);
      }
    }
  return result < 0 ? GTK_ORDERING_SMALLER : result > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static void
setup_column (GtkColumnViewColumn *view_column,
              Column               column)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkSorter) sorter = GTK_SORTER (gtk_custom_sorter_new (compare_tasks, GINT_TO_POINTER (column), NULL));

  g_object_set_data (G_OBJECT (factory), "column", GINT_TO_POINTER (column));
  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), NULL);
  gtk_column_view_column_set_factory (view_column, factory);
  gtk_column_view_column_set_sorter (view_column, sorter);
  g_object_unref (factory);
}

static gboolean
filter_task (gpointer item,
             gpointer user_data)
{
  CaseloadTasksWindow *self = user_data;
  CaseloadTask *task = item;
  guint status = adw_combo_row_get_selected (self->status_row);
  guint assignee = adw_combo_row_get_selected (self->assignee_row);
  gboolean open = g_strcmp0 (caseload_task_get_status (task), "open") == 0;

  if (status == 0 && !open)
    return FALSE;
  if (status == 1 && open)
    return FALSE;
  if (assignee > 0 && assignee < self->staff_ids->len
      && caseload_task_get_assignee_id (task) != g_array_index (self->staff_ids, gint64, assignee))
    return FALSE;
  return TRUE;
}

static void
update_stack (CaseloadTasksWindow *self)
{
  gtk_stack_set_visible_child_name (self->stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) > 0 ? "list" : "empty");
}

static void
on_filter_changed_cb (CaseloadTasksWindow *self)
{
  if (self->filter == NULL)
    return;
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_stack (self);
}

static void
reload (CaseloadTasksWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) tasks = caseload_store_list_tasks (self->store, 0, 0, TRUE, &error);
  g_autoptr(GPtrArray) items = NULL;
  guint n;

  if (tasks == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  n = g_list_model_get_n_items (tasks);
  items = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (tasks, i));
  g_list_store_splice (self->tasks, 0, g_list_model_get_n_items (G_LIST_MODEL (self->tasks)), items->pdata, n);
  update_stack (self);
}

static void
on_store_changed_cb (CaseloadTasksWindow *self,
                     const char          *table)
{
  if (g_strcmp0 (table, "task") == 0 || g_strcmp0 (table, "staff") == 0 || g_strcmp0 (table, "student") == 0)
    reload (self);
}

static void
on_column_view_activate_cb (CaseloadTasksWindow *self,
                            guint                position)
{
  g_autoptr(CaseloadTask) task = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (task != NULL)
    gtk_window_present (GTK_WINDOW (caseload_task_dialog_new (GTK_WINDOW (self), self->store, task, 0, 0)));
}

static void
new_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CaseloadTasksWindow *self = CASELOAD_TASKS_WINDOW (widget);
  guint assignee = adw_combo_row_get_selected (self->assignee_row);
  gint64 staff_id = assignee < self->staff_ids->len ? g_array_index (self->staff_ids, gint64, assignee) : 0;

  gtk_window_present (GTK_WINDOW (caseload_task_dialog_new (GTK_WINDOW (self), self->store, NULL, 0, staff_id)));
}

CaseloadTasksWindow *
caseload_tasks_window_new (GtkWindow     *parent,
                           CaseloadStore *store,
                           gint64         assignee_id)
{
  CaseloadTasksWindow *self;
  g_autoptr(GListModel) staff = NULL;
  gint64 everyone = 0;
  guint selected = 0;

  g_return_val_if_fail (CASELOAD_IS_STORE (store), NULL);

  self = g_object_new (CASELOAD_TYPE_TASKS_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self, G_CONNECT_SWAPPED);

  g_array_append_val (self->staff_ids, everyone);
  gtk_string_list_append (self->assignee_choices, _("Everyone"));
  staff = caseload_store_list_staff (store, TRUE, NULL);
  for (guint i = 0; staff != NULL && i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(CaseloadStaff) member = g_list_model_get_item (staff, i);
      g_autofree char *name = caseload_staff_dup_full_name (member);
      gint64 id = caseload_staff_get_id (member);

      if (id == assignee_id)
        selected = self->staff_ids->len;
      g_array_append_val (self->staff_ids, id);
      gtk_string_list_append (self->assignee_choices, name);
    }
  adw_combo_row_set_selected (self->assignee_row, selected);

  self->filter = gtk_custom_filter_new (filter_task, self, NULL);
  gtk_filter_list_model_set_filter (self->filtered, GTK_FILTER (self->filter));
  reload (self);
  on_filter_changed_cb (self);
  gtk_column_view_sort_by_column (self->column_view, self->due_column, GTK_SORT_ASCENDING);
  return self;
}

GListModel *
caseload_tasks_window_get_model (CaseloadTasksWindow *self)
{
  g_return_val_if_fail (CASELOAD_IS_TASKS_WINDOW (self), NULL);

  return G_LIST_MODEL (self->selection);
}

void
caseload_tasks_window_set_status_filter (CaseloadTasksWindow *self,
                                         guint                status_index)
{
  g_return_if_fail (CASELOAD_IS_TASKS_WINDOW (self));

  adw_combo_row_set_selected (self->status_row, MIN (status_index, 2));
}

static void
caseload_tasks_window_dispose (GObject *object)
{
  CaseloadTasksWindow *self = CASELOAD_TASKS_WINDOW (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed_cb, self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (caseload_tasks_window_parent_class)->dispose (object);
}

static void
caseload_tasks_window_finalize (GObject *object)
{
  CaseloadTasksWindow *self = CASELOAD_TASKS_WINDOW (object);

  g_clear_object (&self->tasks);
  g_clear_object (&self->filter);
  g_clear_object (&self->filtered);
  g_clear_object (&self->sorted);
  g_clear_object (&self->selection);
  g_clear_pointer (&self->staff_ids, g_array_unref);

  G_OBJECT_CLASS (caseload_tasks_window_parent_class)->finalize (object);
}

static void
caseload_tasks_window_class_init (CaseloadTasksWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_tasks_window_dispose;
  object_class->finalize = caseload_tasks_window_finalize;

  gtk_widget_class_install_action (widget_class, "tasks.new", NULL, new_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "tasks.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/caseload-tasks-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadTasksWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTasksWindow, status_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTasksWindow, assignee_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTasksWindow, assignee_choices);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTasksWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTasksWindow, column_view);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTasksWindow, title_column);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTasksWindow, student_column);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTasksWindow, assignee_column);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTasksWindow, due_column);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTasksWindow, priority_column);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTasksWindow, status_column);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate_cb);
}

static void
caseload_tasks_window_init (CaseloadTasksWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->staff_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->tasks = g_list_store_new (CASELOAD_TYPE_TASK);
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->tasks)), NULL);
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)),
                                          g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  setup_column (self->title_column, COL_TITLE);
  setup_column (self->student_column, COL_STUDENT);
  setup_column (self->assignee_column, COL_ASSIGNEE);
  setup_column (self->due_column, COL_DUE);
  setup_column (self->priority_column, COL_PRIORITY);
  setup_column (self->status_column, COL_STATUS);
}
