/* caseload-reports-page.c: the coordinator's overview of progress reports
 *
 * Left, one row per case manager (and "All case managers" first) with
 * how many reports of periods that have ended are due (not started), in
 * progress, complete and sent; right, the selected case manager's reports
 * in a sortable column view, status in words and colour. Activating a
 * report opens the student on the Progress tab at that period. Both lists
 * come from one query each and follow the store's changes.
 *
 * Copyright 2026 The Caseload Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "caseload-reports-page"

#include "config.h"

#include "caseload-reports-page.h"

#include "caseload-date.h"
#include "caseload-report-sent-dialog.h"
#include "caseload-store-progress.h"

#include <adwaita.h>
#include <glib/gi18n.h>

static const char * const status_classes[] = { "success", "accent", "warning", "error" };

struct _CaseloadReportsPage
{
  GtkWidget            parent_instance;

  CaseloadStore       *store;
  GListStore          *overview;     /* CaseloadReportOverview, [0] = everyone */
  gint64               staff_id;     /* the selected case manager; 0 = everyone */
  guint                reload_id;
  guint                loading;

  /* template children */
  GtkLabel            *summary_label;
  GtkListBox          *managers_list;
  GtkStack            *list_stack;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *student_column;
  GtkColumnViewColumn *status_column;
  GtkSingleSelection  *selection;
  GtkSortListModel    *sort_model;
};

G_DEFINE_FINAL_TYPE (CaseloadReportsPage, caseload_reports_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

enum {
  REPORT_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* ---- loading ------------------------------------------------------------- */

static char *
counts_text (CaseloadReportOverview *row)
{
  /* Translators: a case manager's progress reports by state. */
  return g_strdup_printf (_("%d due · %d in progress · %d complete · %d sent"),
                          caseload_report_overview_get_n_due (row),
                          caseload_report_overview_get_n_in_progress (row),
                          caseload_report_overview_get_n_complete (row),
                          caseload_report_overview_get_n_sent (row));
}

static GtkWidget *
create_manager_row (gpointer item,
                    gpointer user_data)
{
  CaseloadReportOverview *row = item;
  g_autofree char *subtitle = counts_text (row);
  g_autofree char *label = NULL;
  GtkWidget *widget = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (widget), caseload_report_overview_get_staff_name (row));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (widget), subtitle);
  /* Translators: accessible name of a case manager's row: name, counts. */
  label = g_strdup_printf (_("%s, %s"), caseload_report_overview_get_staff_name (row), subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return widget;
}

static void
load_reports (CaseloadReportsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) reports = NULL;

  if (self->store != NULL)
    {
      reports = caseload_store_list_due_reports (self->store, self->staff_id, NULL, &error);
      if (reports == NULL)
        g_warning ("Could not read the progress reports: %s", error->message);
    }
  gtk_sort_list_model_set_model (self->sort_model, reports);
  gtk_stack_set_visible_child_name (self->list_stack,
                                    reports != NULL && g_list_model_get_n_items (reports) > 0
                                    ? "list" : "empty");
}

static void
reload (CaseloadReportsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) rows = NULL;
  g_autoptr(CaseloadReportOverview) all = caseload_report_overview_new ();
  g_autofree char *summary = NULL;
  g_autofree char *today_text = NULL;
  int due = 0, in_progress = 0, complete = 0, sent = 0;
  guint selected = 0;
  GDate today;

  g_clear_handle_id (&self->reload_id, g_source_remove);
  self->loading++;
  g_list_store_remove_all (self->overview);

  if (self->store != NULL)
    {
      rows = caseload_store_list_report_overview (self->store, NULL, &error);
      if (rows == NULL)
        g_warning ("Could not read the progress reports: %s", error->message);
    }
  for (guint i = 0; rows != NULL && i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(CaseloadReportOverview) row = g_list_model_get_item (rows, i);

      due += caseload_report_overview_get_n_due (row);
      in_progress += caseload_report_overview_get_n_in_progress (row);
      complete += caseload_report_overview_get_n_complete (row);
      sent += caseload_report_overview_get_n_sent (row);
    }
  caseload_report_overview_set_staff_name (all, _("All case managers"));
  caseload_report_overview_set_n_due (all, due);
  caseload_report_overview_set_n_in_progress (all, in_progress);
  caseload_report_overview_set_n_complete (all, complete);
  caseload_report_overview_set_n_sent (all, sent);
  g_list_store_append (self->overview, all);
  for (guint i = 0; rows != NULL && i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(CaseloadReportOverview) row = g_list_model_get_item (rows, i);

      if (caseload_report_overview_get_staff_id (row) == self->staff_id)
        selected = i + 1;
      g_list_store_append (self->overview, row);
    }
  if (selected == 0)
    self->staff_id = 0;
  gtk_list_box_select_row (self->managers_list, gtk_list_box_get_row_at_index (self->managers_list, selected));

  caseload_date_set_today (&today);
  today_text = caseload_date_to_display (&today);
  /* Translators: %s is today's date. */
  summary = g_strdup_printf (_("Progress reports of reporting periods that ended on or before %s, "
                               "for the IEPs in effect of active students."), today_text);
  gtk_label_set_text (self->summary_label, summary);

  self->loading--;
  load_reports (self);
}

static gboolean
reload_idle_cb (gpointer user_data)
{
  CaseloadReportsPage *self = user_data;

  self->reload_id = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed_cb (CaseloadReportsPage *self,
                     const char          *table)
{
  static const char * const tables[] = {
    "progress_report", "iep", "student", "team_assignment", "staff", NULL,
  };

  if (!g_strv_contains (tables, table))
    return;
  /* Several saves in a row cost one reload. */
  if (self->reload_id == 0)
    self->reload_id = g_idle_add (reload_idle_cb, self);
}

static void
on_managers_list_row_selected_cb (CaseloadReportsPage *self,
                                  GtkListBoxRow       *row)
{
  g_autoptr(CaseloadReportOverview) overview = NULL;

  if (self->loading > 0 || row == NULL)
    return;
  overview = g_list_model_get_item (G_LIST_MODEL (self->overview), gtk_list_box_row_get_index (row));
  if (overview == NULL)
    return;
  self->staff_id = caseload_report_overview_get_staff_id (overview);
  load_reports (self);
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
on_period_setup_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    CaseloadReportsPage      *self)
{
  gtk_list_item_set_child (list_item, new_cell_label ());
}

static void
on_period_bind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   CaseloadReportsPage      *self)
{
  CaseloadProgressReport *report = gtk_list_item_get_item (list_item);
  g_autofree char *text = NULL;

  /* Translators: a reporting period in the reports list. */
  text = g_strdup_printf (_("Period %d"), caseload_progress_report_get_period_number (report));
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (list_item)), text);
}

static void
on_end_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 CaseloadReportsPage      *self)
{
  GtkWidget *label = new_cell_label ();

  gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (list_item, label);
}

static void
on_end_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                CaseloadReportsPage      *self)
{
  CaseloadProgressReport *report = gtk_list_item_get_item (list_item);
  const char *iso = caseload_progress_report_get_period_end_date (report);
  GDate date;

  if (caseload_date_parse_iso (iso, &date))
    {
      g_autofree char *text = caseload_date_to_display (&date);

      gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (list_item)), text);
    }
  else
    gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (list_item)), iso != NULL ? iso : "");
}

static void
on_status_setup_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    CaseloadReportsPage      *self)
{
  gtk_list_item_set_child (list_item, new_cell_label ());
}

static void
on_status_bind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   CaseloadReportsPage      *self)
{
  CaseloadProgressReport *report = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);
  const char *css_class = NULL;
  g_autofree char *text = caseload_report_status_text (report, &css_class);

  gtk_label_set_text (GTK_LABEL (label), text);
  for (guint i = 0; i < G_N_ELEMENTS (status_classes); i++)
    {
      if (g_strcmp0 (css_class, status_classes[i]) == 0)
        gtk_widget_add_css_class (label, status_classes[i]);
      else
        gtk_widget_remove_css_class (label, status_classes[i]);
    }
}

/* Due first, then in progress, complete, sent. */
static int
status_rank (CaseloadProgressReport *report)
{
  const char *status = caseload_progress_report_get_status (report);

  if (g_strcmp0 (status, "due") == 0)
    return 0;
  if (g_strcmp0 (status, "in-progress") == 0)
    return 1;
  if (g_strcmp0 (status, "complete") == 0)
    return caseload_progress_report_get_locked (report) ? 3 : 2;
  return 4;
}

static int
compare_status (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  CaseloadProgressReport *ra = (CaseloadProgressReport *) a;
  CaseloadProgressReport *rb = (CaseloadProgressReport *) b;
  int diff = status_rank (ra) - status_rank (rb);

  if (diff == 0)
    diff = caseload_progress_report_get_n_coded (ra) - caseload_progress_report_get_n_coded (rb);
  return diff < 0 ? GTK_ORDERING_SMALLER : diff > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static void
on_column_view_activate_cb (CaseloadReportsPage *self,
                            guint                position)
{
  caseload_reports_page_activate_report (self, position);
}

/* ---- public -------------------------------------------------------------- */

CaseloadStore *
caseload_reports_page_get_store (CaseloadReportsPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_REPORTS_PAGE (self), NULL);

  return self->store;
}

void
caseload_reports_page_set_store (CaseloadReportsPage *self,
                                 CaseloadStore       *store)
{
  g_return_if_fail (CASELOAD_IS_REPORTS_PAGE (self));
  g_return_if_fail (store == NULL || CASELOAD_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self,
                             G_CONNECT_SWAPPED);
  self->staff_id = 0;
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

void
caseload_reports_page_select_staff (CaseloadReportsPage *self,
                                    gint64               staff_id)
{
  g_return_if_fail (CASELOAD_IS_REPORTS_PAGE (self));

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->overview)); i++)
    {
      g_autoptr(CaseloadReportOverview) row = g_list_model_get_item (G_LIST_MODEL (self->overview), i);

      if (caseload_report_overview_get_staff_id (row) == staff_id)
        {
          gtk_list_box_select_row (self->managers_list, gtk_list_box_get_row_at_index (self->managers_list, i));
          return;
        }
    }
}

GListModel *
caseload_reports_page_get_overview (CaseloadReportsPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_REPORTS_PAGE (self), NULL);

  return G_LIST_MODEL (self->overview);
}

GListModel *
caseload_reports_page_get_reports (CaseloadReportsPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_REPORTS_PAGE (self), NULL);

  return G_LIST_MODEL (self->selection);
}

void
caseload_reports_page_activate_report (CaseloadReportsPage *self,
                                       guint                position)
{
  g_autoptr(CaseloadProgressReport) report = NULL;

  g_return_if_fail (CASELOAD_IS_REPORTS_PAGE (self));

  report = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  if (report != NULL)
    g_signal_emit (self, signals[REPORT_ACTIVATED], 0,
                   caseload_progress_report_get_student_id (report),
                   caseload_progress_report_get_period_number (report));
}

/* ---- life cycle ---------------------------------------------------------- */

static void
caseload_reports_page_dispose (GObject *object)
{
  CaseloadReportsPage *self = CASELOAD_REPORTS_PAGE (object);
  GtkWidget *child;

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_REPORTS_PAGE);
  /* The template's box has no id: unparent it too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->store);
  g_clear_object (&self->overview);

  G_OBJECT_CLASS (caseload_reports_page_parent_class)->dispose (object);
}

static void
caseload_reports_page_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  CaseloadReportsPage *self = CASELOAD_REPORTS_PAGE (object);

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
caseload_reports_page_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  CaseloadReportsPage *self = CASELOAD_REPORTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      caseload_reports_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_reports_page_class_init (CaseloadReportsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_reports_page_dispose;
  object_class->get_property = caseload_reports_page_get_property;
  object_class->set_property = caseload_reports_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         CASELOAD_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[REPORT_ACTIVATED] =
    g_signal_new ("report-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_INT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  g_type_ensure (CASELOAD_TYPE_PROGRESS_REPORT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/caseload-reports-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadReportsPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReportsPage, managers_list);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReportsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReportsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReportsPage, student_column);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReportsPage, status_column);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReportsPage, selection);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReportsPage, sort_model);
  gtk_widget_class_bind_template_callback (widget_class, on_managers_list_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_period_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_period_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_end_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_end_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_status_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_status_bind_cb);
}

static void
caseload_reports_page_init (CaseloadReportsPage *self)
{
  g_autoptr(GtkCustomSorter) status_sorter = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->overview = g_list_store_new (CASELOAD_TYPE_REPORT_OVERVIEW);
  gtk_list_box_bind_model (self->managers_list, G_LIST_MODEL (self->overview),
                           create_manager_row, self, NULL);
  status_sorter = gtk_custom_sorter_new (compare_status, NULL, NULL);
  gtk_column_view_column_set_sorter (self->status_column, GTK_SORTER (status_sorter));
  /* By student until someone clicks a header. */
  gtk_column_view_sort_by_column (self->column_view, self->student_column, GTK_SORT_ASCENDING);
  reload (self);
}
