/* test-report-widgets.c: the student's Progress tab (the progress report
 * editor) and the Reports page in-process on a temporary sample database,
 * under Xvfb. Every check reads the SQLite file back through a second
 * connection. No display is a failure. */
#define G_LOG_DOMAIN "test-report-widgets"

#include "config.h"

#include "caseload-report-goal-editor.h"
#include "caseload-reports-page.h"
#include "caseload-store-progress.h"
#include "caseload-student-progress-view.h"

#include "progress-ui-common.h"

#include <string.h>

typedef struct
{
  gint64 student_id;
  int    period;
  int    n_goals;
} Target;

/* A report of an IEP in effect with at least two goals that nobody has
 * started yet (a future period of the sample). */
static Target
find_target (CaseloadStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) reports = NULL;
  Target target = { 0 };
  GDate far;

  g_date_clear (&far, 1);
  g_date_set_dmy (&far, 1, 1, 2100);
  reports = caseload_store_list_due_reports (store, 0, &far, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (reports); i++)
    {
      g_autoptr(CaseloadProgressReport) report = g_list_model_get_item (reports, i);

      if (caseload_progress_report_get_n_goals (report) >= 2
          && g_strcmp0 (caseload_progress_report_get_status (report), "due") == 0
          && !caseload_progress_report_get_locked (report))
        {
          target.student_id = caseload_progress_report_get_student_id (report);
          target.period = caseload_progress_report_get_period_number (report);
          target.n_goals = caseload_progress_report_get_n_goals (report);
          return target;
        }
    }
  g_error ("the sample has no unstarted report with two goals");
  return target;
}

/* The first descendant of @root of @type (and, when @title is not NULL,
 * an AdwPreferencesRow with that title, or a button with that action). */
static GtkWidget *
find_widget (GtkWidget  *root,
             GType       type,
             const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        {
          if (title == NULL)
            return child;
          if (ADW_IS_PREFERENCES_ROW (child)
              && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
            return child;
          if (GTK_IS_ACTIONABLE (child)
              && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), title) == 0)
            return child;
        }
      found = find_widget (child, type, title);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static guint
code_index (CaseloadStore *store,
            const char    *code)
{
  g_autoptr(GListModel) codes = caseload_store_list_progress_codes (store, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (codes); i++)
    {
      g_autoptr(CaseloadCode) item = g_list_model_get_item (codes, i);

      if (g_strcmp0 (caseload_code_get_code (item), code) == 0)
        return i + 1;   /* [0] is "Not coded" */
    }
  g_error ("no progress code %s", code);
  return 0;
}

/* What the file says, through a connection of its own. */
static CaseloadProgressEntry *
stored_entry (Fixture *fixture,
              gint64   report_id,
              guint    index)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadStore) other = caseload_store_open (fixture->path, CASELOAD_STORE_OPEN_DEFAULT, &error);
  g_autoptr(GListModel) entries = NULL;

  g_assert_no_error (error);
  entries = caseload_store_list_progress_entries (other, report_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (index, <, g_list_model_get_n_items (entries));
  return g_list_model_get_item (entries, index);
}

static gboolean
stored_locked (Fixture *fixture,
               gint64   report_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadStore) other = caseload_store_open (fixture->path, CASELOAD_STORE_OPEN_DEFAULT, &error);
  g_autoptr(CaseloadProgressReport) report = NULL;

  g_assert_no_error (error);
  report = caseload_store_get_progress_report (other, report_id, &error);
  g_assert_no_error (error);
  return caseload_progress_report_get_locked (report);
}

static void
set_text_view (GtkWidget  *editor,
               const char *text)
{
  GtkWidget *view = find_widget (editor, GTK_TYPE_TEXT_VIEW, NULL);

  g_assert_nonnull (view);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
}

static void
test_report_editor (void)
{
  Fixture fixture = { 0 };
  g_autoptr(CaseloadProgressEntry) entry = NULL;
  CaseloadStudentProgressView *view;
  GtkWidget *window, *editor, *lock_button, *row;
  Target target;
  gint64 report_id;
  guint sp;

  fixture_set_up (&fixture, 8);
  target = find_target (fixture.store);
  sp = code_index (fixture.store, "SP");

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 800);
  view = g_object_new (CASELOAD_TYPE_STUDENT_PROGRESS_VIEW, "store", fixture.store,
                       "student-id", target.student_id, NULL);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  iterate ();
  g_assert_true (caseload_student_progress_view_select_period (view, target.period));
  g_assert_cmpint (caseload_student_progress_view_get_period (view), ==, target.period);
  report_id = caseload_student_progress_view_get_report_id (view);
  g_assert_cmpint (report_id, >, 0);
  g_assert_true (g_str_has_prefix (caseload_student_progress_view_get_status_text (view), "Not started"));
  lock_button = find_widget (GTK_WIDGET (view), GTK_TYPE_BUTTON, "progress.toggle-lock");
  g_assert_nonnull (lock_button);
  g_assert_false (gtk_widget_is_sensitive (lock_button));   /* nothing coded */

  /* A code chosen on the first goal is in the file after the autosave. */
  editor = GTK_WIDGET (caseload_student_progress_view_get_editor (view, 0));
  g_assert_nonnull (editor);
  /* the goal's area in words, as the IEP names it, not its code */
  {
    GtkWidget *group = find_widget (editor, ADW_TYPE_PREFERENCES_GROUP, NULL);
    const char *title;

    g_assert_nonnull (group);
    title = adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (group));
    g_assert_true (g_str_has_prefix (title, "Goal 1 · "));
    g_assert_true (g_ascii_isupper (title[strlen ("Goal 1 · ")]));
  }
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_widget (editor, ADW_TYPE_COMBO_ROW, "Progress code")), sp);
  set_text_view (editor, "Reads 12 more words a minute than in September.");
  g_assert_true (caseload_report_goal_editor_has_unsaved (CASELOAD_REPORT_GOAL_EDITOR (editor)));
  {
    gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

    while (caseload_report_goal_editor_has_unsaved (CASELOAD_REPORT_GOAL_EDITOR (editor))
           && g_get_monotonic_time () < end)
      g_main_context_iteration (NULL, TRUE);
  }
  entry = stored_entry (&fixture, report_id, 0);
  g_assert_cmpstr (caseload_progress_entry_get_code (entry), ==, "SP");
  g_assert_cmpstr (caseload_progress_entry_get_narrative (entry), ==,
                   "Reads 12 more words a minute than in September.");
  g_clear_object (&entry);
  g_assert_true (g_str_has_prefix (caseload_student_progress_view_get_status_text (view), "In progress — 1 of"));

  /* "Not sufficient" needs a reason: refused, marked, nothing saved;
   * then saved once the reason is there. */
  editor = GTK_WIDGET (caseload_student_progress_view_get_editor (view, 1));
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_widget (editor, ADW_TYPE_COMBO_ROW, "Progress code")),
                              code_index (fixture.store, "IP"));
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_widget (editor, ADW_TYPE_COMBO_ROW,
                                                          "Progress sufficient to meet the goal")), 2);
  row = find_widget (editor, ADW_TYPE_ENTRY_ROW, "Why progress is not sufficient");
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_visible (row));
  g_assert_false (caseload_student_progress_view_flush (view));
  g_assert_true (caseload_student_progress_view_has_unsaved (view));
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  {
    g_autofree char *problem = caseload_student_progress_view_dup_problem (view);

    g_assert_nonnull (strstr (problem, "Goal 2, Why progress is not sufficient"));
  }
  entry = stored_entry (&fixture, report_id, 1);
  g_assert_cmpstr (caseload_progress_entry_get_code (entry), ==, "");
  g_clear_object (&entry);
  gtk_editable_set_text (GTK_EDITABLE (row), "Absent for three weeks in October");
  g_assert_true (caseload_student_progress_view_flush (view));
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  entry = stored_entry (&fixture, report_id, 1);
  g_assert_cmpstr (caseload_progress_entry_get_code (entry), ==, "IP");
  g_assert_true (caseload_progress_entry_get_has_sufficient (entry));
  g_assert_false (caseload_progress_entry_get_sufficient (entry));
  g_assert_cmpstr (caseload_progress_entry_get_insufficient_reason (entry), ==, "Absent for three weeks in October");
  g_clear_object (&entry);

  /* Every goal coded: complete, and only then may it be locked. */
  for (int i = 2; i < target.n_goals; i++)
    {
      editor = GTK_WIDGET (caseload_student_progress_view_get_editor (view, i));
      adw_combo_row_set_selected (ADW_COMBO_ROW (find_widget (editor, ADW_TYPE_COMBO_ROW, "Progress code")), sp);
    }
  g_assert_true (caseload_student_progress_view_flush (view));
  iterate ();
  g_assert_cmpstr (caseload_student_progress_view_get_status_text (view), ==, "Complete");
  g_assert_true (gtk_widget_is_sensitive (lock_button));
  g_assert_false (stored_locked (&fixture, report_id));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "progress.toggle-lock", NULL));
  iterate ();
  g_assert_true (stored_locked (&fixture, report_id));
  g_assert_cmpstr (caseload_student_progress_view_get_status_text (view), ==, "Locked");

  /* Locked: read-only. */
  editor = GTK_WIDGET (caseload_student_progress_view_get_editor (view, 0));
  g_assert_false (gtk_widget_is_sensitive (find_widget (editor, ADW_TYPE_COMBO_ROW, "Progress code")));
  g_assert_false (gtk_text_view_get_editable (GTK_TEXT_VIEW (find_widget (editor, GTK_TYPE_TEXT_VIEW, NULL))));
  set_text_view (editor, "typed into a locked report");
  g_assert_false (caseload_report_goal_editor_has_unsaved (CASELOAD_REPORT_GOAL_EDITOR (editor)));

  /* Unlocked, typed, and the student left at once: the text is saved. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "progress.toggle-lock", NULL));
  iterate ();
  g_assert_false (stored_locked (&fixture, report_id));
  editor = GTK_WIDGET (caseload_student_progress_view_get_editor (view, 0));
  g_assert_true (gtk_widget_is_sensitive (find_widget (editor, ADW_TYPE_COMBO_ROW, "Progress code")));
  set_text_view (editor, "Typed just before leaving.");
  caseload_student_progress_view_set_student_id (view, 0);
  entry = stored_entry (&fixture, report_id, 0);
  g_assert_cmpstr (caseload_progress_entry_get_narrative (entry), ==, "Typed just before leaving.");
  g_clear_object (&entry);

  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
  fixture_tear_down (&fixture);
}

static void
on_report_activated_cb (CaseloadReportsPage *page,
                        gint64               student_id,
                        int                  period,
                        gint64              *out)
{
  out[0] = student_id;
  out[1] = period;
}

static void
test_reports_page (void)
{
  Fixture fixture = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) overview = NULL;
  g_autoptr(CaseloadProgressReport) first = NULL;
  CaseloadReportsPage *page;
  GtkWidget *window;
  GListModel *rows, *reports;
  gint64 activated[2] = { 0, 0 };
  int total = 0;

  fixture_set_up (&fixture, 8);
  overview = caseload_store_list_report_overview (fixture.store, NULL, &error);
  g_assert_no_error (error);

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  page = g_object_new (CASELOAD_TYPE_REPORTS_PAGE, "store", fixture.store, NULL);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (window));
  iterate ();

  /* "All case managers" first, then one row per case manager. */
  rows = caseload_reports_page_get_overview (page);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, g_list_model_get_n_items (overview) + 1);
  for (guint i = 0; i < g_list_model_get_n_items (overview); i++)
    {
      g_autoptr(CaseloadReportOverview) row = g_list_model_get_item (overview, i);

      total += caseload_report_overview_get_n_due (row) + caseload_report_overview_get_n_in_progress (row)
               + caseload_report_overview_get_n_complete (row) + caseload_report_overview_get_n_sent (row);
    }
  g_assert_cmpint (total, >, 0);
  reports = caseload_reports_page_get_reports (page);
  g_assert_cmpuint (g_list_model_get_n_items (reports), ==, (guint) total);

  /* One case manager: only theirs. */
  {
    g_autoptr(CaseloadReportOverview) row = g_list_model_get_item (overview, 0);
    int theirs = caseload_report_overview_get_n_due (row) + caseload_report_overview_get_n_in_progress (row)
                 + caseload_report_overview_get_n_complete (row) + caseload_report_overview_get_n_sent (row);

    caseload_reports_page_select_staff (page, caseload_report_overview_get_staff_id (row));
    iterate ();
    g_assert_cmpuint (g_list_model_get_n_items (reports), ==, (guint) theirs);
  }

  /* Activating a row names its student and period. */
  first = g_list_model_get_item (reports, 0);
  g_signal_connect (page, "report-activated", G_CALLBACK (on_report_activated_cb), activated);
  caseload_reports_page_activate_report (page, 0);
  g_assert_cmpint (activated[0], ==, caseload_progress_report_get_student_id (first));
  g_assert_cmpint (activated[1], ==, caseload_progress_report_get_period_number (first));

  gtk_window_destroy (GTK_WINDOW (window));
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
      g_printerr ("test-report-widgets: cannot open a display (run under Xvfb)\n");
      return 1;
    }
  adw_init ();

  g_test_add_func ("/report-ui/editor", test_report_editor);
  g_test_add_func ("/report-ui/reports-page", test_reports_page);

  return g_test_run ();
}
