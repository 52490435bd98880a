/* caseload-resources-window.c: the community resources directory.
 *
 * caseload_store_list_community_resources (all, inactive too; one query)
 * → GtkFilterListModel (the search, told whether it got stricter) →
 * GtkSortListModel (the column view's sorter) → GtkSingleSelection →
 * GtkColumnView.
 */
#define G_LOG_DOMAIN "caseload-resources-window"

#include "config.h"

#include "caseload-resources-window.h"

#include "caseload-resource-dialog.h"
#include "caseload-store-meetings.h"
#include "caseload-student.h"

#include <glib/gi18n.h>

struct _CaseloadResourcesWindow
{
  AdwWindow           parent_instance;

  CaseloadStore      *store;
  GListStore         *resources;
  char               *needle;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
  GtkSortListModel   *sorted;
  GtkSingleSelection *selection;

  /* template children */
  AdwToastOverlay     *toast_overlay;
  GtkSearchEntry      *search_entry;
  GtkStack            *stack;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *name_column;
  GtkColumnViewColumn *category_column;
  GtkColumnViewColumn *phone_column;
  GtkColumnViewColumn *languages_column;
  GtkColumnViewColumn *website_column;
  GtkColumnViewColumn *address_column;
};

G_DEFINE_FINAL_TYPE (CaseloadResourcesWindow, caseload_resources_window, ADW_TYPE_WINDOW)

typedef enum {
  COL_NAME,
  COL_CATEGORY,
  COL_PHONE,
  COL_LANGUAGES,
  COL_WEBSITE,
  COL_ADDRESS,
} Column;

static GQuark search_quark;

static char *
column_text (CaseloadCommunityResource *resource,
             Column                     column)
{
  switch (column)
    {
    case COL_NAME:
      if (!caseload_community_resource_get_active (resource))
        /* Translators: a resource no longer offered, in the directory. */
        return g_strdup_printf (_("%s (inactive)"), caseload_community_resource_get_name (resource));
      return g_strdup (caseload_community_resource_get_name (resource));
    case COL_CATEGORY:
      return g_strdup (caseload_resource_category_label (caseload_community_resource_get_category (resource)));
    case COL_PHONE:
      return g_strdup (caseload_community_resource_get_phone (resource));
    case COL_LANGUAGES:
      return g_strdup (caseload_community_resource_get_languages (resource));
    case COL_WEBSITE:
      return g_strdup (caseload_community_resource_get_website (resource));
    case COL_ADDRESS:
      return g_strdup (caseload_community_resource_get_address (resource));
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
  g_autofree char *text = column_text (gtk_list_item_get_item (item), column);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
  gtk_widget_set_tooltip_text (gtk_list_item_get_child (item), text[0] != '\0' ? text : NULL);
}

static int
compare_resources (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  Column column = GPOINTER_TO_INT (user_data);
  g_autofree char *x = column_text ((CaseloadCommunityResource *) a, column);
  g_autofree char *y = column_text ((CaseloadCommunityResource *) b, column);
  int result = g_utf8_collate (x, y);

  return result < 0 ? GTK_ORDERING_SMALLER : result > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static void
setup_column (GtkColumnViewColumn *view_column,
              Column               column)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkSorter) sorter = GTK_SORTER (gtk_custom_sorter_new (compare_resources, GINT_TO_POINTER (column), NULL));

  g_object_set_data (G_OBJECT (factory), "column", GINT_TO_POINTER (column));
  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), NULL);
  gtk_column_view_column_set_factory (view_column, factory);
  gtk_column_view_column_set_sorter (view_column, sorter);
  g_object_unref (factory);
}

static const char *
search_text (CaseloadCommunityResource *resource)
{
  char *text = g_object_get_qdata (G_OBJECT (resource), search_quark);

  if (text == NULL)
    {
      g_autofree char *joined = g_strjoin ("\n",
                                           caseload_community_resource_get_name (resource),
                                           caseload_resource_category_label (caseload_community_resource_get_category (resource)),
                                           caseload_community_resource_get_languages (resource),
                                           caseload_community_resource_get_address (resource),
                                           caseload_community_resource_get_notes (resource),
                                           NULL);

      text = caseload_fold_for_search (joined);
      g_object_set_qdata_full (G_OBJECT (resource), search_quark, text, g_free);
    }
  return text;
}

static gboolean
filter_resource (gpointer item,
                 gpointer user_data)
{
  CaseloadResourcesWindow *self = user_data;

  return self->needle[0] == '\0' || strstr (search_text (item), self->needle) != NULL;
}

static void
update_stack (CaseloadResourcesWindow *self)
{
  gtk_stack_set_visible_child_name (self->stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) > 0 ? "list" : "empty");
}

static void
on_search_changed_cb (CaseloadResourcesWindow *self)
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
  update_stack (self);
}

static void
reload (CaseloadResourcesWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) resources = caseload_store_list_community_resources (self->store, NULL, TRUE, &error);
  g_autoptr(GPtrArray) items = NULL;
  guint n;

  if (resources == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  n = g_list_model_get_n_items (resources);
  items = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (resources, i));
  g_list_store_splice (self->resources, 0, g_list_model_get_n_items (G_LIST_MODEL (self->resources)),
                       items->pdata, n);
  update_stack (self);
}

static void
on_store_changed_cb (CaseloadResourcesWindow *self,
                     const char              *table)
{
  if (g_strcmp0 (table, "community_resource") == 0)
    reload (self);
}

static void
on_column_view_activate_cb (CaseloadResourcesWindow *self,
                            guint                    position)
{
  g_autoptr(CaseloadCommunityResource) resource = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (resource != NULL)
    gtk_window_present (GTK_WINDOW (caseload_resource_dialog_new (GTK_WINDOW (self), self->store, resource)));
}

static void
new_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CaseloadResourcesWindow *self = CASELOAD_RESOURCES_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (caseload_resource_dialog_new (GTK_WINDOW (self), self->store, NULL)));
}

static void
search_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  gtk_widget_grab_focus (GTK_WIDGET (CASELOAD_RESOURCES_WINDOW (widget)->search_entry));
}

CaseloadResourcesWindow *
caseload_resources_window_new (GtkWindow     *parent,
                               CaseloadStore *store)
{
  CaseloadResourcesWindow *self;

  g_return_val_if_fail (CASELOAD_IS_STORE (store), NULL);

  self = g_object_new (CASELOAD_TYPE_RESOURCES_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self, G_CONNECT_SWAPPED);
  reload (self);
  gtk_column_view_sort_by_column (self->column_view, self->name_column, GTK_SORT_ASCENDING);
  return self;
}

GListModel *
caseload_resources_window_get_model (CaseloadResourcesWindow *self)
{
  g_return_val_if_fail (CASELOAD_IS_RESOURCES_WINDOW (self), NULL);

  return G_LIST_MODEL (self->selection);
}

void
caseload_resources_window_set_search_text (CaseloadResourcesWindow *self,
                                           const char              *text)
{
  g_return_if_fail (CASELOAD_IS_RESOURCES_WINDOW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
  on_search_changed_cb (self);
}

static void
caseload_resources_window_dispose (GObject *object)
{
  CaseloadResourcesWindow *self = CASELOAD_RESOURCES_WINDOW (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed_cb, self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (caseload_resources_window_parent_class)->dispose (object);
}

static void
caseload_resources_window_finalize (GObject *object)
{
  CaseloadResourcesWindow *self = CASELOAD_RESOURCES_WINDOW (object);

  g_clear_object (&self->resources);
  g_clear_object (&self->filter);
  g_clear_object (&self->filtered);
  g_clear_object (&self->sorted);
  g_clear_object (&self->selection);
  g_clear_pointer (&self->needle, g_free);

  G_OBJECT_CLASS (caseload_resources_window_parent_class)->finalize (object);
}

static void
caseload_resources_window_class_init (CaseloadResourcesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_resources_window_dispose;
  object_class->finalize = caseload_resources_window_finalize;

  search_quark = g_quark_from_static_string ("caseload-resources-window-search");

  gtk_widget_class_install_action (widget_class, "resources.new", NULL, new_activated);
  gtk_widget_class_install_action (widget_class, "resources.search", NULL, search_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "resources.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "resources.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/caseload-resources-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadResourcesWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CaseloadResourcesWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CaseloadResourcesWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, CaseloadResourcesWindow, column_view);
  gtk_widget_class_bind_template_child (widget_class, CaseloadResourcesWindow, name_column);
  gtk_widget_class_bind_template_child (widget_class, CaseloadResourcesWindow, category_column);
  gtk_widget_class_bind_template_child (widget_class, CaseloadResourcesWindow, phone_column);
  gtk_widget_class_bind_template_child (widget_class, CaseloadResourcesWindow, languages_column);
  gtk_widget_class_bind_template_child (widget_class, CaseloadResourcesWindow, website_column);
  gtk_widget_class_bind_template_child (widget_class, CaseloadResourcesWindow, address_column);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate_cb);
}

static void
caseload_resources_window_init (CaseloadResourcesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->needle = g_strdup ("");
  self->resources = g_list_store_new (CASELOAD_TYPE_COMMUNITY_RESOURCE);
  self->filter = gtk_custom_filter_new (filter_resource, self, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->resources)),
                                              g_object_ref (GTK_FILTER (self->filter)));
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)),
                                          g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  setup_column (self->name_column, COL_NAME);
  setup_column (self->category_column, COL_CATEGORY);
  setup_column (self->phone_column, COL_PHONE);
  setup_column (self->languages_column, COL_LANGUAGES);
  setup_column (self->website_column, COL_WEBSITE);
  setup_column (self->address_column, COL_ADDRESS);
}
