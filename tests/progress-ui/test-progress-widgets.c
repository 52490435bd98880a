/* test-progress-widgets.c: progress monitoring's widgets in-process on a
 * temporary sample database, under Xvfb. No display is a failure. */
#define G_LOG_DOMAIN "test-progress-widgets"

#include "config.h"

#include "caseload-bulk-entry-dialog.h"
#include "caseload-chart-widget.h"
#include "caseload-date.h"
#include "caseload-goal-progress-view.h"
#include "caseload-progress-page.h"
#include "caseload-store-progress.h"

#include "progress-ui-common.h"

typedef struct
{
  GtkWidget            *window;
  CaseloadProgressPage *page;
} Shown;

static void
show_page (Fixture *fixture,
           Shown   *shown)
{
  shown->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (shown->window), 1200, 800);
  shown->page = g_object_new (CASELOAD_TYPE_PROGRESS_PAGE, "store", fixture->store, NULL);
  gtk_window_set_child (GTK_WINDOW (shown->window), GTK_WIDGET (shown->page));
  gtk_window_present (GTK_WINDOW (shown->window));
  caseload_progress_page_set_staff_id (shown->page, fixture->staff_id);
  iterate ();
}

static gboolean
set_flag_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
wait_ms (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, set_flag_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static void
test_instantiate_all (void)
{
  GType types[] = {
    CASELOAD_TYPE_CHART_WIDGET,
    CASELOAD_TYPE_GOAL_PROGRESS_VIEW,
    CASELOAD_TYPE_PROGRESS_PAGE,
  };
  Fixture fixture = { 0 };
  g_autoptr(GListStore) none = g_list_store_new (CASELOAD_TYPE_GOAL_SUMMARY);
  CaseloadBulkEntryDialog *dialog;

  fixture_set_up (&fixture, 5);

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      GtkWidget *window = gtk_window_new ();
      GtkWidget *widget = g_object_new (types[i], NULL);

      gtk_window_set_child (GTK_WINDOW (window), widget);
      gtk_window_present (GTK_WINDOW (window));
      iterate ();
      gtk_window_destroy (GTK_WINDOW (window));
    }

  dialog = caseload_bulk_entry_dialog_new (NULL, fixture.store, G_LIST_MODEL (none));
  gtk_window_present (GTK_WINDOW (dialog));
  iterate ();
  g_assert_cmpuint (caseload_bulk_entry_dialog_get_n_rows (dialog), ==, 0);
  gtk_window_destroy (GTK_WINDOW (dialog));
  iterate ();

  fixture_tear_down (&fixture);
}

static void
test_signed_out (void)
{
  Fixture fixture = { 0 };
  Shown shown;
  GtkWidget *stack;

  fixture_set_up (&fixture, 5);
  show_page (&fixture, &shown);
  g_assert_cmpuint (g_list_model_get_n_items (caseload_progress_page_get_goals (shown.page)), >=, 3);

  caseload_progress_page_set_staff_id (shown.page, 0);
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (caseload_progress_page_get_goals (shown.page)), ==, 0);
  stack = gtk_widget_get_first_child (gtk_widget_get_first_child (GTK_WIDGET (shown.page)));
  g_assert_true (GTK_IS_STACK (stack));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "signed-out");

  gtk_window_destroy (GTK_WINDOW (shown.window));
  iterate ();
  fixture_tear_down (&fixture);
}

static void
test_three_points (void)
{
  Fixture fixture = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) points = NULL;
  CaseloadGoalProgressView *view;
  CaseloadChartWidget *chart;
  Shown shown;
  gint64 goal_id;
  guint before, after;
  g_autofree char *expected = NULL;
  const char *values[] = { "41", "44.5", "47" };

  fixture_set_up (&fixture, 5);
  show_page (&fixture, &shown);

  view = caseload_progress_page_get_goal_view (shown.page);
  goal_id = caseload_goal_progress_view_get_goal_id (view);
  g_assert_cmpint (goal_id, >, 0);   /* the first goal is selected */
  before = count_points (fixture.store, goal_id);

  caseload_goal_progress_view_focus_new_point (view);
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      GtkWidget *entry = focused_entry (GTK_WINDOW (shown.window));

      g_assert_nonnull (entry);
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
      type_and_enter (GTK_WINDOW (shown.window), values[i]);
      g_assert_cmpstr (caseload_goal_progress_view_get_error (view), ==, "");
      iterate ();
    }

  after = count_points (fixture.store, goal_id);
  g_assert_cmpuint (after, ==, before + 3);

  points = caseload_store_list_data_points (fixture.store, goal_id, &error);
  g_assert_no_error (error);
  {
    /* Today's points, in entry order. */
    guint n = g_list_model_get_n_items (points);
    double found[3];

    for (guint i = 0; i < 3; i++)
      {
        g_autoptr(CaseloadDataPoint) p = g_list_model_get_item (points, n - 3 + i);

        found[i] = caseload_data_point_get_value (p);
        g_assert_cmpint (caseload_data_point_get_recorded_by (p), ==, fixture.staff_id);
      }
    g_assert_cmpfloat (found[0], ==, 41.0);
    g_assert_cmpfloat (found[1], ==, 44.5);
    g_assert_cmpfloat (found[2], ==, 47.0);
  }

  chart = caseload_goal_progress_view_get_chart (view);
  expected = g_strdup_printf ("%u points", after);
  g_assert_true (g_str_has_prefix (caseload_chart_widget_get_description (chart), expected));
  g_assert_cmpuint (caseload_progress_data_get_n_points (caseload_chart_widget_get_data (chart)), ==, after);

  /* The list follows (its reload is coalesced): the last value, and the
   * same goal still selected. */
  wait_ms (500);
  g_assert_cmpint (caseload_goal_progress_view_get_goal_id (view), ==, goal_id);
  {
    GListModel *goals = caseload_progress_page_get_goals (shown.page);
    gboolean seen = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
      {
        g_autoptr(CaseloadGoalSummary) goal = g_list_model_get_item (goals, i);

        if (caseload_goal_summary_get_goal_id (goal) != goal_id)
          continue;
        seen = TRUE;
        g_assert_true (caseload_goal_summary_get_has_last_value (goal));
        g_assert_cmpfloat (caseload_goal_summary_get_last_value (goal), ==, 47.0);
        g_assert_cmpint (caseload_goal_summary_get_n_points (goal), ==, after);
      }
    g_assert_true (seen);
  }

  /* Keyboard on the chart: the popover names the last point. */
  caseload_chart_widget_set_current_point (chart, after - 1);
  {
    g_autofree char *text = caseload_chart_widget_describe_point (chart, after - 1);

    g_assert_nonnull (strstr (text, "47"));
  }

  gtk_window_destroy (GTK_WINDOW (shown.window));
  iterate ();
  fixture_tear_down (&fixture);
}

static void
test_refused_value (void)
{
  Fixture fixture = { 0 };
  CaseloadGoalProgressView *view;
  Shown shown;
  gint64 goal_id;
  guint before;
  const char *bad[] = { "-5", "abc" };

  fixture_set_up (&fixture, 5);
  show_page (&fixture, &shown);
  view = caseload_progress_page_get_goal_view (shown.page);
  goal_id = caseload_goal_progress_view_get_goal_id (view);
  before = count_points (fixture.store, goal_id);

  caseload_goal_progress_view_focus_new_point (view);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      type_and_enter (GTK_WINDOW (shown.window), bad[i]);
      iterate ();
      /* The message names the row; the focus stays on the value. */
      g_assert_true (g_str_has_prefix (caseload_goal_progress_view_get_error (view), "New point: "));
      g_assert_nonnull (focused_entry (GTK_WINDOW (shown.window)));
      g_assert_cmpuint (count_points (fixture.store, goal_id), ==, before);
    }

  /* A good value clears the message. */
  type_and_enter (GTK_WINDOW (shown.window), "12");
  g_assert_cmpstr (caseload_goal_progress_view_get_error (view), ==, "");
  g_assert_cmpuint (count_points (fixture.store, goal_id), ==, before + 1);

  gtk_window_destroy (GTK_WINDOW (shown.window));
  iterate ();
  fixture_tear_down (&fixture);
}

static void
test_bulk_all_or_none (void)
{
  Fixture fixture = { 0 };
  g_autoptr(GError) error = NULL;
  GListModel *goals;
  CaseloadBulkEntryDialog *dialog;
  Shown shown;
  guint n, saved = 0;
  g_autofree guint *before = NULL;
  g_autoptr(CaseloadGoalSummary) second = NULL;
  g_autofree char *second_label = NULL;

  fixture_set_up (&fixture, 5);
  show_page (&fixture, &shown);
  goals = caseload_progress_page_get_goals (shown.page);
  n = g_list_model_get_n_items (goals);
  g_assert_cmpuint (n, >=, 3);
  before = g_new0 (guint, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CaseloadGoalSummary) goal = g_list_model_get_item (goals, i);

      before[i] = count_points (fixture.store, caseload_goal_summary_get_goal_id (goal));
    }

  /* One bad row (the second): nothing saved, the row named. */
  dialog = caseload_bulk_entry_dialog_new (GTK_WINDOW (shown.window), fixture.store, goals);
  g_object_ref_sink (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  iterate ();
  g_assert_cmpuint (caseload_bulk_entry_dialog_get_n_rows (dialog), ==, n);
  gtk_editable_set_text (caseload_bulk_entry_dialog_get_date_entry (dialog), "yesterday");
  for (guint i = 0; i < n; i++)
    gtk_editable_set_text (caseload_bulk_entry_dialog_get_value_entry (dialog, i), i == 1 ? "-3" : "20");
  g_assert_false (caseload_bulk_entry_dialog_save (dialog, &saved, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  second = g_list_model_get_item (goals, 1);
  g_assert_nonnull (strstr (error->message, caseload_goal_summary_get_student_name (second)));
  g_assert_cmpuint (saved, ==, 0);
  g_clear_error (&error);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CaseloadGoalSummary) goal = g_list_model_get_item (goals, i);

      g_assert_cmpuint (count_points (fixture.store, caseload_goal_summary_get_goal_id (goal)), ==, before[i]);
    }

  /* Fixed: all saved, one each, dated yesterday. */
  gtk_editable_set_text (caseload_bulk_entry_dialog_get_value_entry (dialog, 1), "18,5");
  g_assert_true (caseload_bulk_entry_dialog_save (dialog, &saved, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (saved, ==, n);
  iterate ();
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CaseloadGoalSummary) goal = g_list_model_get_item (goals, i);

      g_assert_cmpuint (count_points (fixture.store, caseload_goal_summary_get_goal_id (goal)), ==, before[i] + 1);
    }
  g_object_unref (dialog);

  gtk_window_destroy (GTK_WINDOW (shown.window));
  iterate ();
  fixture_tear_down (&fixture);
}

/* Descendants of @root of @type, in tree order. */
static void
collect_type (GtkWidget *root,
              GType      type,
              GPtrArray *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        g_ptr_array_add (found, child);
      collect_type (child, type, found);
    }
}

static void
test_typed_date_and_delete (void)
{
  Fixture fixture = { 0 };
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  g_autoptr(GListModel) points = NULL;
  g_autoptr(CaseloadDataPoint) last = NULL;
  g_autofree char *yesterday_iso = NULL;
  CaseloadGoalProgressView *view;
  GtkWidget *date_entry, *value_entry, *delete_button = NULL;
  Shown shown;
  gint64 goal_id, new_id;
  guint before;
  GDate yesterday;

  fixture_set_up (&fixture, 5);
  show_page (&fixture, &shown);
  view = caseload_progress_page_get_goal_view (shown.page);
  goal_id = caseload_goal_progress_view_get_goal_id (view);
  before = count_points (fixture.store, goal_id);

  /* The new-point row: date, value, note. */
  collect_type (GTK_WIDGET (view), GTK_TYPE_ENTRY, entries);
  g_assert_cmpuint (entries->len, >=, 2);
  date_entry = g_ptr_array_index (entries, 0);
  value_entry = g_ptr_array_index (entries, 1);

  /* A typed date, Enter: on to the value; value, Enter: saved that day. */
  gtk_widget_grab_focus (date_entry);
  gtk_editable_set_text (GTK_EDITABLE (date_entry), "yesterday");
  g_signal_emit_by_name (date_entry, "activate");
  g_assert_true (focused_entry (GTK_WINDOW (shown.window)) == value_entry);
  g_assert_cmpuint (count_points (fixture.store, goal_id), ==, before);
  type_and_enter (GTK_WINDOW (shown.window), "33");
  iterate ();
  g_assert_cmpuint (count_points (fixture.store, goal_id), ==, before + 1);

  caseload_date_set_today (&yesterday);
  g_date_subtract_days (&yesterday, 1);
  yesterday_iso = caseload_date_to_iso (&yesterday);
  points = caseload_store_list_data_points (fixture.store, goal_id, NULL);
  last = g_list_model_get_item (points, g_list_model_get_n_items (points) - 1);
  g_assert_cmpstr (caseload_data_point_get_date (last), ==, yesterday_iso);
  g_assert_cmpfloat (caseload_data_point_get_value (last), ==, 33.0);
  new_id = caseload_data_point_get_id (last);

  /* The grid is newest first: the first Delete removes that point. */
  collect_type (GTK_WIDGET (view), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len && delete_button == NULL; i++)
    if (g_strcmp0 (gtk_widget_get_tooltip_text (g_ptr_array_index (buttons, i)), "Delete") == 0)
      delete_button = g_ptr_array_index (buttons, i);
  g_assert_nonnull (delete_button);
  /* A click (gtk_widget_activate would animate for 250 ms first). */
  g_signal_emit_by_name (delete_button, "clicked");
  iterate ();
  g_assert_cmpuint (count_points (fixture.store, goal_id), ==, before);
  {
    g_autoptr(GListModel) after = caseload_store_list_data_points (fixture.store, goal_id, NULL);

    for (guint i = 0; i < g_list_model_get_n_items (after); i++)
      {
        g_autoptr(CaseloadDataPoint) p = g_list_model_get_item (after, i);

        g_assert_cmpint (caseload_data_point_get_id (p), !=, new_id);
      }
  }

  gtk_window_destroy (GTK_WINDOW (shown.window));
  iterate ();
  fixture_tear_down (&fixture);
}

/* The open message dialog headed @heading. */
static AdwMessageDialog *
find_dialog (GtkWidget  *window,
             const char *heading)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);

      if (GTK_WIDGET (w) != window && ADW_IS_MESSAGE_DIALOG (w) && gtk_widget_get_visible (GTK_WIDGET (w))
          && g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (w)), heading) == 0)
        return ADW_MESSAGE_DIALOG (w);
    }
  return NULL;
}

/* The @index-th row of the dialog's boxed list. */
static GtkEditable *
dialog_row (AdwMessageDialog *dialog,
            guint             index)
{
  GtkWidget *list = adw_message_dialog_get_extra_child (dialog);
  GtkWidget *row;

  g_assert_true (GTK_IS_LIST_BOX (list));
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), index));
  g_assert_true (ADW_IS_ENTRY_ROW (row));
  return GTK_EDITABLE (row);
}

static void
test_edit_and_phase (void)
{
  Fixture fixture = { 0 };
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  g_autoptr(GListModel) phases_before = NULL;
  g_autoptr(GListModel) phases_after = NULL;
  g_autoptr(GListModel) points = NULL;
  g_autoptr(CaseloadDataPoint) newest = NULL;
  CaseloadGoalProgressView *view;
  GtkWidget *edit_button = NULL, *phase_button = NULL;
  AdwMessageDialog *dialog;
  Shown shown;
  gint64 goal_id;
  guint before;

  fixture_set_up (&fixture, 5);
  show_page (&fixture, &shown);
  view = caseload_progress_page_get_goal_view (shown.page);
  goal_id = caseload_goal_progress_view_get_goal_id (view);
  before = count_points (fixture.store, goal_id);
  g_assert_cmpuint (before, >, 0);

  collect_type (GTK_WIDGET (view), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *b = g_ptr_array_index (buttons, i);

      if (edit_button == NULL && g_strcmp0 (gtk_widget_get_tooltip_text (b), "Edit") == 0)
        edit_button = b;
      if (phase_button == NULL && GTK_IS_BUTTON (b)
          && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (b)), "Start New Phase…") == 0)
        phase_button = b;
    }
  g_assert_nonnull (edit_button);
  g_assert_nonnull (phase_button);

  /* Edit the newest point: value 12.5, a note. */
  g_signal_emit_by_name (edit_button, "clicked");
  iterate ();
  dialog = find_dialog (shown.window, "Edit Data Point");
  g_assert_nonnull (dialog);
  gtk_editable_set_text (dialog_row (dialog, 1), "12.5");
  gtk_editable_set_text (dialog_row (dialog, 2), "re-scored");
  /* The response a click on the suggested button gives (the click also
   * closes the dialog; here the test does). */
  adw_message_dialog_response (dialog, "save");
  gtk_window_destroy (GTK_WINDOW (dialog));
  iterate ();
  g_assert_cmpuint (count_points (fixture.store, goal_id), ==, before);
  points = caseload_store_list_data_points (fixture.store, goal_id, NULL);
  newest = g_list_model_get_item (points, before - 1);
  g_assert_cmpfloat (caseload_data_point_get_value (newest), ==, 12.5);
  g_assert_cmpstr (caseload_data_point_get_note (newest), ==, "re-scored");

  /* A new phase from today, with its label. */
  phases_before = caseload_store_list_phases (fixture.store, goal_id, NULL);
  g_signal_emit_by_name (phase_button, "clicked");
  iterate ();
  dialog = find_dialog (shown.window, "Start New Phase");
  g_assert_nonnull (dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));
  gtk_editable_set_text (dialog_row (dialog, 1), "Added small-group fluency practice");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "save"));
  /* The response a click on the suggested button gives (the click also
   * closes the dialog; here the test does). */
  adw_message_dialog_response (dialog, "save");
  gtk_window_destroy (GTK_WINDOW (dialog));
  iterate ();
  phases_after = caseload_store_list_phases (fixture.store, goal_id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (phases_after), ==, g_list_model_get_n_items (phases_before) + 1);
  {
    g_autoptr(CaseloadProgressPhase) phase = g_list_model_get_item (phases_after, g_list_model_get_n_items (phases_after) - 1);

    g_assert_cmpstr (caseload_progress_phase_get_label (phase), ==, "Added small-group fluency practice");
  }

  gtk_window_destroy (GTK_WINDOW (shown.window));
  iterate ();
  fixture_tear_down (&fixture);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  /* No display is a failure, never a skip. */
  if (!gtk_init_check ())
    {
      g_printerr ("test-progress-widgets: cannot open a display (run under Xvfb)\n");
      return 1;
    }
  adw_init ();

  g_test_add_func ("/progress-ui/instantiate-all", test_instantiate_all);
  g_test_add_func ("/progress-ui/signed-out", test_signed_out);
  g_test_add_func ("/progress-ui/three-points", test_three_points);
  g_test_add_func ("/progress-ui/refused-value", test_refused_value);
  g_test_add_func ("/progress-ui/bulk-all-or-none", test_bulk_all_or_none);
  g_test_add_func ("/progress-ui/typed-date-and-delete", test_typed_date_and_delete);
  g_test_add_func ("/progress-ui/edit-and-phase", test_edit_and_phase);

  return g_test_run ();
}
