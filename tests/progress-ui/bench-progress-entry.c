/* bench-progress-entry.c: entering 50 points through the goal view's code
 * path (type the value, Enter: parse, check, one SQLite transaction; the
 * chart, hint and grid refresh before the next frame), on a temporary
 * sample database under Xvfb with the accessibility bridge on. Prints the
 * figures (Enter alone, Enter plus the refresh and a frame, and the parts);
 * the goal is under 1 ms each. */
#define G_LOG_DOMAIN "bench-progress-entry"

#include "config.h"

#include "caseload-goal-progress-view.h"
#include "caseload-store-progress.h"

#include "progress-ui-common.h"

#define N_POINTS 50

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
report (const char *what,
        double     *ms,
        guint       n,
        gboolean    with_goal)
{
  double total = 0;

  for (guint i = 0; i < n; i++)
    total += ms[i];
  qsort (ms, n, sizeof (double), compare_doubles);
  g_print ("%s: %u points, mean %.3f ms, median %.3f ms, max %.3f ms, total %.1f ms",
           what, n, total / n, ms[n / 2], ms[n - 1], total);
  if (with_goal)
    g_print (" (goal < 1 ms each: %s)", total / n < 1.0 ? "met" : "NOT met");
  g_print ("\n");
}

int
main (int   argc,
      char *argv[])
{
  Fixture fixture = { 0 };
  g_autoptr(GListModel) goals = NULL;
  g_autoptr(CaseloadGoalSummary) goal = NULL;
  GtkWidget *window;
  CaseloadGoalProgressView *view;
  double entry_ms[N_POINTS], enter_ms[N_POINTS], frame_ms[N_POINTS];
  gint64 goal_id;
  guint before;

  if (!gtk_init_check ())
    {
      g_printerr ("bench-progress-entry: cannot open a display (run under Xvfb)\n");
      return 1;
    }
  adw_init ();

  fixture_set_up (&fixture, 20);
  goals = caseload_store_list_my_goals (fixture.store, fixture.staff_id, NULL);
  goal = g_list_model_get_item (goals, 0);
  goal_id = caseload_goal_summary_get_goal_id (goal);
  before = count_points (fixture.store, goal_id);

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 800);
  view = CASELOAD_GOAL_PROGRESS_VIEW (caseload_goal_progress_view_new ());
  caseload_goal_progress_view_set_store (view, fixture.store);
  caseload_goal_progress_view_set_goal_id (view, goal_id);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  iterate ();
  caseload_goal_progress_view_focus_new_point (view);

  for (guint i = 0; i < N_POINTS; i++)
    {
      g_autofree char *text = g_strdup_printf ("%u", 20 + i);
      GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
      gint64 start = g_get_monotonic_time ();
      gint64 typed, entered;

      /* Typing (the text lands in the focused value entry), Enter. */
      g_assert_nonnull (focused_entry (GTK_WINDOW (window)));
      gtk_editable_set_text (GTK_EDITABLE (focus), text);
      typed = g_get_monotonic_time ();
      g_signal_emit_by_name (focus, "activate");
      entered = g_get_monotonic_time ();
      /* Then what the screen does with it: layout and a frame. */
      iterate ();
      entry_ms[i] = (entered - start) / 1000.0;
      enter_ms[i] = (entered - typed) / 1000.0;
      frame_ms[i] = (g_get_monotonic_time () - start) / 1000.0;
    }

  if (count_points (fixture.store, goal_id) != before + N_POINTS)
    {
      g_printerr ("bench-progress-entry: expected %u points, found %u\n",
                  before + N_POINTS, count_points (fixture.store, goal_id));
      return 1;
    }

  /* The parts: the store's save alone, the view's reload alone. */
  {
    double save_ms[N_POINTS], reload_ms[N_POINTS];

    for (guint i = 0; i < N_POINTS; i++)
      {
        g_autoptr(CaseloadDataPoint) point = caseload_data_point_new ();
        g_autoptr(GError) error = NULL;
        gint64 start;

        caseload_data_point_set_goal_id (point, goal_id);
        caseload_data_point_set_date (point, "2025-10-01");
        caseload_data_point_set_value (point, 10 + i);
        start = g_get_monotonic_time ();
        if (!caseload_store_save_data_point (fixture.store, point, &error))
          {
            g_printerr ("bench-progress-entry: %s\n", error->message);
            return 1;
          }
        save_ms[i] = (g_get_monotonic_time () - start) / 1000.0;
        start = g_get_monotonic_time ();
        caseload_goal_progress_view_reload (view);
        reload_ms[i] = (g_get_monotonic_time () - start) / 1000.0;
      }
    report ("of which: caseload_store_save_data_point alone", save_ms, N_POINTS, FALSE);
    report ("of which: the view's reload alone", reload_ms, N_POINTS, FALSE);
  }
  report ("Enter alone (parse, check, one SQLite transaction; refresh queued)", enter_ms, N_POINTS, TRUE);
  report ("type + Enter", entry_ms, N_POINTS, TRUE);
  report ("type + Enter + main-loop iteration (chart, hint and grid refreshed, frame drawn)", frame_ms, N_POINTS, FALSE);

  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
  fixture_tear_down (&fixture);
  return 0;
}
