/* caseload-team-page.c: the staff directory and each member's caseload.
 *
 * store (every staff member, active or not) → GtkFilterListModel (search
 * text and "Show inactive") → GtkSortListModel (the column view's sorter)
 * → GtkSingleSelection → GtkColumnView, all declared in the template; the
 * selected member's details and caseload sit in the end pane.
 */
#define G_LOG_DOMAIN "caseload-team-page"

#include "config.h"

#include "caseload-team-page.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "caseload-staff-dialog.h"

struct _CaseloadTeamPage
{
  GtkWidget           parent_instance;

  CaseloadStore      *store;
  char               *needle;          /* folded search text, never NULL */
  gboolean            show_inactive;

  /* template children */
  GtkStack           *stack;
  GtkStack           *list_stack;
  GtkSearchEntry     *search_entry;
  GtkCheckButton     *show_inactive_button;
  GtkColumnView      *column_view;
  GtkColumnViewColumn *name_column;
  GtkSingleSelection *selection;
  GtkFilterListModel *filter_model;
  GtkCustomFilter    *filter;
  GtkStack           *details_stack;
  AdwAvatar          *avatar;
  GtkLabel           *name_label;
  GtkLabel           *role_label;
  GtkLabel           *inactive_label;
  GtkButton          *active_button;
  AdwActionRow       *email_row;
  AdwActionRow       *phone_row;
  AdwActionRow       *school_row;
  GtkLabel           *caseload_count_label;
  GtkWidget          *caseload_frame;
  GtkSingleSelection *caseload_selection;
  GtkSortListModel   *caseload_sort_model;
};

G_DEFINE_FINAL_TYPE (CaseloadTeamPage, caseload_team_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

enum {
  STUDENT_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static GQuark search_text_quark;

/* ---- errors -------------------------------------------------------------- */

static void
show_error (CaseloadTeamPage *self,
            const char       *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  GtkRoot *root;
  GtkWidget *dialog;

  if (overlay != NULL)
    {
      AdwToast *toast = adw_toast_new (message);

      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
      return;
    }

  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Could Not Update the Team"), message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWindow *
parent_window (CaseloadTeamPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* ---- filtering ----------------------------------------------------------- */

static const char *
staff_search_text (CaseloadStaff *staff)
{
  char *text = g_object_get_qdata (G_OBJECT (staff), search_text_quark);

  if (text == NULL)
    {
      g_autofree char *full = caseload_staff_dup_full_name (staff);
      g_autofree char *joined = g_strjoin ("\n",
                                           full,
                                           caseload_staff_get_last_name (staff),
                                           caseload_staff_get_role_name (staff) ? caseload_staff_get_role_name (staff) : "",
                                           caseload_staff_get_school_name (staff) ? caseload_staff_get_school_name (staff) : "",
                                           caseload_staff_get_email (staff) ? caseload_staff_get_email (staff) : "",
                                           caseload_staff_get_phone (staff) ? caseload_staff_get_phone (staff) : "",
                                           NULL);

      text = caseload_fold_for_search (joined);
      g_object_set_qdata_full (G_OBJECT (staff), search_text_quark, text, g_free);
    }

  return text;
}

static gboolean
filter_staff (gpointer item,
              gpointer user_data)
{
  CaseloadTeamPage *self = user_data;
  CaseloadStaff *staff = item;

  if (!self->show_inactive && !caseload_staff_get_active (staff))
    return FALSE;

  if (self->needle[0] == '\0')
    return TRUE;

  return strstr (staff_search_text (staff), self->needle) != NULL;
}

static void
update_list_stack (CaseloadTeamPage *self)
{
  GListModel *all = gtk_filter_list_model_get_model (self->filter_model);
  guint n_all = all != NULL ? g_list_model_get_n_items (all) : 0;
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));

  gtk_stack_set_visible_child_name (self->stack, n_all == 0 ? "empty" : "list");
  gtk_stack_set_visible_child_name (self->list_stack, n_shown == 0 ? "no-results" : "list");
}

static void
set_needle (CaseloadTeamPage *self,
            const char       *text)
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
on_search_entry_search_changed_cb (CaseloadTeamPage *self)
{
  set_needle (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
on_search_entry_stop_search_cb (CaseloadTeamPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
on_show_inactive_button_toggled_cb (CaseloadTeamPage *self)
{
  gboolean show = gtk_check_button_get_active (self->show_inactive_button);

  if (show == self->show_inactive)
    return;

  self->show_inactive = show;
  gtk_filter_changed (GTK_FILTER (self->filter),
                      show ? GTK_FILTER_CHANGE_LESS_STRICT : GTK_FILTER_CHANGE_MORE_STRICT);
}

/* ---- selection and details ----------------------------------------------- */

static CaseloadStaff *
selected_staff (CaseloadTeamPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static gboolean
select_staff_id (CaseloadTeamPage *self,
                 gint64            id)
{
  GListModel *model = G_LIST_MODEL (self->selection);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CaseloadStaff) staff = g_list_model_get_item (model, i);

      if (caseload_staff_get_id (staff) == id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return TRUE;
        }
    }

  return FALSE;
}

static void
set_row_value (AdwActionRow *row,
               const char   *value,
               const char   *missing)
{
  gboolean has = value != NULL && value[0] != '\0';

  adw_action_row_set_subtitle (row, has ? value : missing);
}

static void
update_details (CaseloadTeamPage *self)
{
  CaseloadStaff *staff = selected_staff (self);
  g_autoptr(GListModel) caseload = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *full_name = NULL;
  g_autofree char *count_text = NULL;
  gboolean active;
  guint count;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "team.edit", staff != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "team.toggle-active", staff != NULL);

  if (staff == NULL || self->store == NULL)
    {
      gtk_sort_list_model_set_model (self->caseload_sort_model, NULL);
      gtk_stack_set_visible_child_name (self->details_stack, "none");
      return;
    }

  full_name = caseload_staff_dup_full_name (staff);
  active = caseload_staff_get_active (staff);

  adw_avatar_set_text (self->avatar, full_name);
  gtk_label_set_text (self->name_label, full_name);
  gtk_label_set_text (self->role_label, caseload_staff_get_role_name (staff));
  gtk_widget_set_visible (GTK_WIDGET (self->inactive_label), !active);
  gtk_button_set_label (self->active_button, active ? _("Deactivate") : _("Reactivate"));

  set_row_value (self->email_row, caseload_staff_get_email (staff), _("Not recorded"));
  set_row_value (self->phone_row, caseload_staff_get_phone (staff), _("Not recorded"));
  set_row_value (self->school_row, caseload_staff_get_school_name (staff), _("No school"));

  caseload = caseload_store_list_caseload (self->store, caseload_staff_get_id (staff), &error);
  if (caseload == NULL)
    show_error (self, error->message);
  gtk_sort_list_model_set_model (self->caseload_sort_model, caseload);

  count = caseload_staff_get_caseload_count (staff);
  if (count == 0)
    count_text = g_strdup (_("Not on any student’s team yet"));
  else
    count_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "On %u student’s team",
                                               "On %u students’ teams",
                                               count),
                                  count);
  gtk_label_set_text (self->caseload_count_label, count_text);
  gtk_widget_set_visible (self->caseload_frame, caseload != NULL && g_list_model_get_n_items (caseload) > 0);

  gtk_stack_set_visible_child_name (self->details_stack, "member");
}

static void
on_selection_selected_item_cb (CaseloadTeamPage *self)
{
  update_details (self);
}

static void
on_filter_model_items_changed_cb (CaseloadTeamPage *self)
{
  update_list_stack (self);
}

/* ---- loading ------------------------------------------------------------- */

static void
reload (CaseloadTeamPage *self)
{
  g_autoptr(GListModel) staff = NULL;
  g_autoptr(GError) error = NULL;
  CaseloadStaff *current = selected_staff (self);
  gint64 selected_id = current != NULL ? caseload_staff_get_id (current) : 0;

  if (self->store != NULL)
    {
      staff = caseload_store_list_staff (self->store, TRUE, &error);
      if (staff == NULL)
        show_error (self, error->message);
    }

  if (staff == NULL)
    staff = G_LIST_MODEL (g_list_store_new (CASELOAD_TYPE_STAFF));

  gtk_filter_list_model_set_model (self->filter_model, staff);

  if (selected_id != 0)
    select_staff_id (self, selected_id);

  update_list_stack (self);
  update_details (self);
}

static void
on_store_changed_cb (CaseloadTeamPage *self,
                     const char       *table)
{
  /* Staff, teams, students (names, status) and schools all show here. */
  if (table == NULL
      || g_str_equal (table, "staff")
      || g_str_equal (table, "team_assignment")
      || g_str_equal (table, "student")
      || g_str_equal (table, "school"))
    reload (self);
}

/* ---- commands ------------------------------------------------------------ */

static void
on_staff_dialog_saved_cb (CaseloadTeamPage *self,
                          gint64            id)
{
  /* The store's "changed" signal has already reloaded the list. */
  if (select_staff_id (self, id))
    return;

  /* Hidden by the search: clear it so the person just saved shows. */
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  set_needle (self, "");
  select_staff_id (self, id);
}

static void
open_staff_dialog (CaseloadTeamPage *self,
                   CaseloadStaff    *staff)
{
  GtkWidget *dialog;

  if (self->store == NULL)
    return;

  dialog = caseload_staff_dialog_new (parent_window (self), self->store, staff);
  g_signal_connect_object (dialog, "saved",
                           G_CALLBACK (on_staff_dialog_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
team_new_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  caseload_team_page_new_record (CASELOAD_TEAM_PAGE (widget));
}

static void
team_edit_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CaseloadTeamPage *self = CASELOAD_TEAM_PAGE (widget);
  CaseloadStaff *staff = selected_staff (self);

  if (staff != NULL)
    open_staff_dialog (self, staff);
}

typedef struct
{
  GWeakRef       page;
  CaseloadStore *store;
  gint64         staff_id;
  gboolean       active;     /* the state Undo restores */
} UndoActive;

static void
undo_active_free (gpointer data,
                  GClosure *closure)
{
  UndoActive *undo = data;

  g_weak_ref_clear (&undo->page);
  g_clear_object (&undo->store);
  g_free (undo);
}

static void
on_undo_toast_button_clicked_cb (AdwToast   *toast,
                                 UndoActive *undo)
{
  g_autoptr(GError) error = NULL;

  if (!caseload_store_set_staff_active (undo->store, undo->staff_id, undo->active, &error))
    {
      g_autoptr(CaseloadTeamPage) page = g_weak_ref_get (&undo->page);

      if (page != NULL)
        show_error (page, error->message);
      else
        g_warning ("Could not undo: %s", error->message);
    }
}

static void
team_toggle_active_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  CaseloadTeamPage *self = CASELOAD_TEAM_PAGE (widget);
  CaseloadStaff *staff = selected_staff (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *full_name = NULL;
  GtkWidget *overlay;
  gboolean was_active;
  gint64 id;

  if (staff == NULL || self->store == NULL)
    return;

  id = caseload_staff_get_id (staff);
  was_active = caseload_staff_get_active (staff);
  full_name = caseload_staff_dup_full_name (staff);

  /* @staff may be gone after this: the store's "changed" reloads the list. */
  if (!caseload_store_set_staff_active (self->store, id, !was_active, &error))
    {
      show_error (self, error->message);
      return;
    }

  overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    {
      AdwToast *toast;
      UndoActive *undo = g_new0 (UndoActive, 1);

      toast = adw_toast_new_format (was_active ? _("%s deactivated") : _("%s reactivated"),
                                    full_name);
      adw_toast_set_button_label (toast, _("Undo"));

      g_weak_ref_init (&undo->page, self);
      undo->store = g_object_ref (self->store);
      undo->staff_id = id;
      undo->active = was_active;
      g_signal_connect_data (toast, "button-clicked",
                             G_CALLBACK (on_undo_toast_button_clicked_cb),
                             undo, undo_active_free, 0);
      adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
    }
}

static void
on_column_view_activate_cb (CaseloadTeamPage *self,
                            guint             position)
{
  g_autoptr(CaseloadStaff) staff = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (staff != NULL)
    open_staff_dialog (self, staff);
}

static void
on_caseload_view_activate_cb (CaseloadTeamPage *self,
                              guint             position)
{
  g_autoptr(CaseloadTeamAssignment) assignment =
    g_list_model_get_item (G_LIST_MODEL (self->caseload_selection), position);

  if (assignment != NULL)
    g_signal_emit (self, signals[STUDENT_ACTIVATED], 0,
                   caseload_team_assignment_get_student_id (assignment));
}

/* ---- cells --------------------------------------------------------------- */

static void
on_name_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  CaseloadTeamPage         *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (list_item, label);
}

static void
on_name_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 CaseloadTeamPage         *self)
{
  CaseloadStaff *staff = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);
  g_autofree char *name = caseload_staff_dup_sort_name (staff);

  if (caseload_staff_get_active (staff))
    {
      gtk_label_set_text (GTK_LABEL (label), name);
      gtk_widget_remove_css_class (label, "dim-label");
    }
  else
    {
      g_autofree char *text = g_strdup_printf (_("%s (inactive)"), name);

      gtk_label_set_text (GTK_LABEL (label), text);
      gtk_widget_add_css_class (label, "dim-label");
    }
}

/* ---- public -------------------------------------------------------------- */

CaseloadStore *
caseload_team_page_get_store (CaseloadTeamPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_TEAM_PAGE (self), NULL);

  return self->store;
}

void
caseload_team_page_set_store (CaseloadTeamPage *self,
                              CaseloadStore    *store)
{
  g_return_if_fail (CASELOAD_IS_TEAM_PAGE (self));
  g_return_if_fail (store == NULL || CASELOAD_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed_cb, self);

  g_set_object (&self->store, store);

  if (self->store != NULL)
    g_signal_connect_object (self->store, "changed",
                             G_CALLBACK (on_store_changed_cb), self,
                             G_CONNECT_SWAPPED);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "team.new", self->store != NULL);
  reload (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

void
caseload_team_page_start_search (CaseloadTeamPage *self)
{
  g_return_if_fail (CASELOAD_IS_TEAM_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
caseload_team_page_new_record (CaseloadTeamPage *self)
{
  g_return_if_fail (CASELOAD_IS_TEAM_PAGE (self));

  open_staff_dialog (self, NULL);
}

/* ---- GObject ------------------------------------------------------------- */

static void
caseload_team_page_dispose (GObject *object)
{
  CaseloadTeamPage *self = CASELOAD_TEAM_PAGE (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed_cb, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_TEAM_PAGE);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (caseload_team_page_parent_class)->dispose (object);
}

static void
caseload_team_page_finalize (GObject *object)
{
  CaseloadTeamPage *self = CASELOAD_TEAM_PAGE (object);

  g_clear_pointer (&self->needle, g_free);

  G_OBJECT_CLASS (caseload_team_page_parent_class)->finalize (object);
}

static void
caseload_team_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CaseloadTeamPage *self = CASELOAD_TEAM_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_team_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  CaseloadTeamPage *self = CASELOAD_TEAM_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      caseload_team_page_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_team_page_class_init (CaseloadTeamPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_team_page_dispose;
  object_class->finalize = caseload_team_page_finalize;
  object_class->get_property = caseload_team_page_get_property;
  object_class->set_property = caseload_team_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         CASELOAD_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CaseloadTeamPage::student-activated:
   * @student_id: the student's id
   */
  signals[STUDENT_ACTIVATED] =
    g_signal_new ("student-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  search_text_quark = g_quark_from_static_string ("caseload-team-page-search-text");

  g_type_ensure (CASELOAD_TYPE_STAFF);
  g_type_ensure (CASELOAD_TYPE_TEAM_ASSIGNMENT);

  gtk_widget_class_install_action (widget_class, "team.new", NULL, team_new_action);
  gtk_widget_class_install_action (widget_class, "team.edit", NULL, team_edit_action);
  gtk_widget_class_install_action (widget_class, "team.toggle-active", NULL, team_toggle_active_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/caseload-team-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadTeamPage, stack);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTeamPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTeamPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTeamPage, show_inactive_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTeamPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTeamPage, name_column);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTeamPage, selection);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTeamPage, filter_model);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTeamPage, filter);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTeamPage, details_stack);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTeamPage, avatar);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTeamPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTeamPage, role_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTeamPage, inactive_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTeamPage, active_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTeamPage, email_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTeamPage, phone_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTeamPage, school_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTeamPage, caseload_count_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTeamPage, caseload_frame);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTeamPage, caseload_selection);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTeamPage, caseload_sort_model);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_show_inactive_button_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_selected_item_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_caseload_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_name_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_name_bind_cb);
}

static void
caseload_team_page_init (CaseloadTeamPage *self)
{
  self->needle = g_strdup ("");

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_custom_filter_set_filter_func (self->filter, filter_staff, self, NULL);
  g_signal_connect_object (self->filter_model, "items-changed",
                           G_CALLBACK (on_filter_model_items_changed_cb), self,
                           G_CONNECT_SWAPPED);

  /* Sorted by name until the user clicks another header. */
  gtk_column_view_sort_by_column (self->column_view, self->name_column, GTK_SORT_ASCENDING);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "team.new", FALSE);
  reload (self);
}
