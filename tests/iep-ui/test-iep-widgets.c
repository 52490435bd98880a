/* test-iep-widgets.c: the IEP editor's widgets in-process, on a real store
 * (a temporary sample database), under Xvfb. No display is a failure. */
#define G_LOG_DOMAIN "test-iep-widgets"

#include "config.h"

#include "caseload-goal-bank-dialog.h"
#include "caseload-goal-dialog.h"
#include "caseload-iep-compare-window.h"
#include "caseload-iep-page.h"
#include "caseload-sample.h"
#include "caseload-store-iep.h"

#include <glib/gstdio.h>

typedef struct
{
  char          *dir;
  char          *path;
  CaseloadStore *store;
} Fixture;

static void
fixture_set_up (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  CaseloadSampleOptions options = { 5, 3, { 0 } };

  fixture->dir = g_dir_make_tmp ("caseload-iep-ui-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "iep.db", NULL);
  fixture->store = caseload_store_open (fixture->path, CASELOAD_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_date_clear (&options.as_of, 1);
  g_assert_true (caseload_sample_generate (fixture->store, &options, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture *fixture)
{
  const char *suffixes[] = { "", "-wal", "-shm" };

  g_clear_object (&fixture->store);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (fixture->path, suffixes[i], NULL);
      g_remove (file);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* The first descendant of @root that is an AdwPreferencesRow titled @title. */
static GtkWidget *
find_row (GtkWidget  *root,
          const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (ADW_IS_PREFERENCES_ROW (child)
          && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
        return child;
      if ((found = find_row (child, title)) != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_type (GtkWidget *root,
           GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_type (child, type)) != NULL)
        return found;
    }
  return NULL;
}

static void
set_row (GtkWidget  *root,
         const char *title,
         const char *text)
{
  GtkWidget *row = find_row (root, title);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

/* A student with a draft: the sample's, or a new one. */
static gint64
draft_student (CaseloadStore *store,
               gint64        *iep_id)
{
  g_autoptr(GListModel) students = caseload_store_list_students (store, CASELOAD_STUDENT_LIST_ACTIVE, NULL, NULL);

  g_assert_nonnull (students);
  for (guint i = 0; i < g_list_model_get_n_items (students); i++)
    {
      g_autoptr(CaseloadStudent) student = g_list_model_get_item (students, i);
      gint64 id = caseload_student_get_id (student);
      g_autoptr(CaseloadIep) current = caseload_store_get_current_iep (store, id, NULL);

      if (current != NULL && !caseload_iep_is_locked (current))
        {
          *iep_id = caseload_iep_get_id (current);
          return id;
        }
      if (current == NULL)
        {
          g_autoptr(GError) error = NULL;

          *iep_id = caseload_store_create_iep_draft (store, id, "initial", &error);
          g_assert_no_error (error);
          return id;
        }
    }
  g_assert_not_reached ();
  return 0;
}

/* A finalized IEP (in effect) and its student. */
static gint64
finalized_student (CaseloadStore *store,
                   gint64        *iep_id)
{
  g_autoptr(GListModel) students = caseload_store_list_students (store, CASELOAD_STUDENT_LIST_ACTIVE, NULL, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (students); i++)
    {
      g_autoptr(CaseloadStudent) student = g_list_model_get_item (students, i);
      g_autoptr(GListModel) ieps = caseload_store_list_ieps (store, caseload_student_get_id (student), NULL);

      for (guint j = 0; ieps != NULL && j < g_list_model_get_n_items (ieps); j++)
        {
          g_autoptr(CaseloadIep) iep = g_list_model_get_item (ieps, j);

          if (g_strcmp0 (caseload_iep_get_status (iep), "finalized") == 0)
            {
              *iep_id = caseload_iep_get_id (iep);
              return caseload_student_get_id (student);
            }
        }
    }
  return 0;
}

static void
test_instantiate_all (void)
{
  Fixture fixture;
  GtkWidget *window;
  CaseloadIepPage *page;
  CaseloadGoalDialog *goal_dialog;
  CaseloadGoalBankDialog *bank;
  CaseloadIepCompareWindow *compare;
  gint64 iep_id = 0, student_id;

  fixture_set_up (&fixture);
  student_id = draft_student (fixture.store, &iep_id);

  window = gtk_window_new ();
  page = caseload_iep_page_new ();
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  g_object_set (page, "store", fixture.store, "student-id", student_id, NULL);
  gtk_window_present (GTK_WINDOW (window));
  iterate ();
  g_assert_cmpint (caseload_iep_page_get_iep_id (page), ==, iep_id);

  goal_dialog = caseload_goal_dialog_new (GTK_WINDOW (window), fixture.store, iep_id, NULL);
  gtk_window_present (GTK_WINDOW (goal_dialog));
  bank = caseload_goal_bank_dialog_new (GTK_WINDOW (window), fixture.store, CASELOAD_BANK_KIND_ACCOMMODATION);
  gtk_window_present (GTK_WINDOW (bank));
  g_assert_cmpuint (caseload_goal_bank_dialog_get_n_results (bank), >=, 40);
  compare = caseload_iep_compare_window_new (GTK_WINDOW (window), fixture.store, student_id, 0, 0);
  gtk_window_present (GTK_WINDOW (compare));
  iterate ();

  gtk_window_destroy (GTK_WINDOW (compare));
  gtk_window_destroy (GTK_WINDOW (bank));
  gtk_window_destroy (GTK_WINDOW (goal_dialog));
  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
  fixture_tear_down (&fixture);
}

static CaseloadGoal *
find_goal (CaseloadStore *store,
           gint64         iep_id,
           const char    *behavior)
{
  g_autoptr(CaseloadIep) iep = caseload_store_get_iep (store, iep_id, NULL);
  GPtrArray *goals;

  g_assert_nonnull (iep);
  goals = caseload_iep_get_goals (iep);
  for (guint i = 0; i < goals->len; i++)
    if (g_strcmp0 (caseload_goal_get_behavior (g_ptr_array_index (goals, i)), behavior) == 0)
      return g_object_ref (g_ptr_array_index (goals, i));
  return NULL;
}

static void
fill_goal (GtkWidget  *dialog,
           const char *behavior,
           const char *target)
{
  set_row (dialog, "Condition", "Given a grade-level passage");
  set_row (dialog, "Behavior", behavior);
  set_row (dialog, "Criterion", "on 3 of 4 weekly probes");
  set_row (dialog, "Baseline value", "42");
  set_row (dialog, "Baseline date", "2025-09-15");
  set_row (dialog, "Target value", target);
  set_row (dialog, "Target date", "2026-06-01");
  set_row (dialog, "Unit", "words correct per minute");
  set_row (dialog, "Measurement method", "Curriculum-based oral reading fluency probes");
  set_row (dialog, "Responsible", "Special-education teacher");
}

static void
test_goal_through_dialog (void)
{
  Fixture fixture;
  g_autoptr(CaseloadGoal) goal = NULL;
  g_autoptr(CaseloadGoal) edited = NULL;
  g_autoptr(CaseloadIep) iep = NULL;
  CaseloadGoalDialog *dialog;
  GtkWidget *window, *target_row;
  CaseloadIepPage *page;
  gint64 iep_id = 0, student_id;
  guint n_before;

  fixture_set_up (&fixture);
  student_id = draft_student (fixture.store, &iep_id);
  iep = caseload_store_get_iep (fixture.store, iep_id, NULL);
  n_before = caseload_iep_get_goals (iep)->len;

  window = gtk_window_new ();
  page = caseload_iep_page_new ();
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  g_object_set (page, "store", fixture.store, "student-id", student_id, NULL);
  gtk_window_present (GTK_WINDOW (window));
  iterate ();

  /* The page's "Add Goal" opens the goal dialog. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "iep.add-goal", NULL));
  iterate ();

  dialog = caseload_goal_dialog_new (GTK_WINDOW (window), fixture.store, iep_id, NULL);
  gtk_window_present (GTK_WINDOW (dialog));
  g_object_ref (dialog);

  /* Target equal to the baseline is refused and names the field. */
  fill_goal (GTK_WIDGET (dialog), "will read aloud", "42");
  g_assert_false (caseload_goal_dialog_save (dialog));
  target_row = find_row (GTK_WIDGET (dialog), "Target value");
  g_assert_true (gtk_widget_has_css_class (target_row, "error"));
  g_assert_null (find_goal (fixture.store, iep_id, "will read aloud"));

  /* Not a number: refused too. */
  set_row (GTK_WIDGET (dialog), "Target value", "lots");
  g_assert_false (caseload_goal_dialog_save (dialog));

  /* A measurable goal with an objective is saved. */
  set_row (GTK_WIDGET (dialog), "Target value", "90");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "goal.add-objective", NULL));
  {
    /* The objective's description is the dialog's only GtkEntry before
     * its date (entry rows use GtkText). */
    GtkWidget *entry = find_type (GTK_WIDGET (dialog), GTK_TYPE_ENTRY);

    g_assert_nonnull (entry);
    gtk_editable_set_text (GTK_EDITABLE (entry), "Reads 60 words correct per minute by January");
  }
  g_assert_true (caseload_goal_dialog_save (dialog));
  g_object_unref (dialog);
  iterate ();

  goal = find_goal (fixture.store, iep_id, "will read aloud");
  g_assert_nonnull (goal);
  g_assert_cmpfloat (caseload_goal_get_baseline_value (goal), ==, 42);
  g_assert_cmpfloat (caseload_goal_get_target_value (goal), ==, 90);
  g_assert_cmpstr (caseload_goal_get_unit (goal), ==, "words correct per minute");
  g_assert_cmpstr (caseload_goal_get_target_date (goal), ==, "2026-06-01");
  g_assert_cmpuint (caseload_goal_get_objectives (goal)->len, ==, 1);
  g_clear_object (&iep);
  iep = caseload_store_get_iep (fixture.store, iep_id, NULL);
  g_assert_cmpuint (caseload_iep_get_goals (iep)->len, ==, n_before + 1);

  /* Editing the stored goal updates it, not a copy. */
  dialog = caseload_goal_dialog_new (GTK_WINDOW (window), fixture.store, iep_id, goal);
  g_object_ref (dialog);
  set_row (GTK_WIDGET (dialog), "Behavior", "will read aloud fluently");
  g_assert_true (caseload_goal_dialog_save (dialog));
  g_object_unref (dialog);
  edited = find_goal (fixture.store, iep_id, "will read aloud fluently");
  g_assert_nonnull (edited);
  g_assert_cmpint (caseload_goal_get_id (edited), ==, caseload_goal_get_id (goal));
  g_assert_null (find_goal (fixture.store, iep_id, "will read aloud"));

  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
  fixture_tear_down (&fixture);
}

static void
test_autosave_and_validation (void)
{
  Fixture fixture;
  g_autoptr(CaseloadIep) saved = NULL;
  GtkWidget *window, *percent;
  GtkTextView *strengths;
  CaseloadIepPage *page;
  gint64 iep_id = 0, student_id;

  fixture_set_up (&fixture);
  student_id = draft_student (fixture.store, &iep_id);

  window = gtk_window_new ();
  page = caseload_iep_page_new ();
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  g_object_set (page, "store", fixture.store, "student-id", student_id, NULL);
  gtk_window_present (GTK_WINDOW (window));
  iterate ();

  /* The first text view is "Strengths". */
  strengths = GTK_TEXT_VIEW (find_type (GTK_WIDGET (page), GTK_TYPE_TEXT_VIEW));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (strengths), "Loves maps and trains", -1);
  set_row (GTK_WIDGET (page), "Percent of the day in the regular class", "85");
  /* Flushing saves what the timer would have. */
  g_assert_true (caseload_iep_page_flush (page));
  saved = caseload_store_get_iep (fixture.store, iep_id, NULL);
  g_assert_cmpstr (caseload_iep_get_strengths (saved), ==, "Loves maps and trains");
  g_assert_cmpfloat (caseload_iep_get_percent_regular_class (saved), ==, 85);
  g_assert_cmpstr (caseload_iep_get_environment_code (saved), ==, "RC80");
  g_clear_object (&saved);

  /* The timer saves by itself within a second. */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (strengths), "Loves maps", -1);
  {
    gint64 until = g_get_monotonic_time () + G_USEC_PER_SEC;

    while (g_get_monotonic_time () < until)
      g_main_context_iteration (NULL, FALSE);
  }
  saved = caseload_store_get_iep (fixture.store, iep_id, NULL);
  g_assert_cmpstr (caseload_iep_get_strengths (saved), ==, "Loves maps");
  g_clear_object (&saved);

  /* Percent outside 0-100 is marked and not saved. */
  percent = find_row (GTK_WIDGET (page), "Percent of the day in the regular class");
  gtk_editable_set_text (GTK_EDITABLE (percent), "150");
  g_assert_false (caseload_iep_page_flush (page));
  g_assert_true (gtk_widget_has_css_class (percent, "error"));
  saved = caseload_store_get_iep (fixture.store, iep_id, NULL);
  g_assert_cmpfloat (caseload_iep_get_percent_regular_class (saved), ==, 85);
  g_clear_object (&saved);

  /* Fixed, then destroying the window saves pending keystrokes. */
  gtk_editable_set_text (GTK_EDITABLE (percent), "50");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (strengths), "Typed just before closing", -1);
  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
  saved = caseload_store_get_iep (fixture.store, iep_id, NULL);
  g_assert_cmpstr (caseload_iep_get_strengths (saved), ==, "Typed just before closing");
  g_assert_cmpstr (caseload_iep_get_environment_code (saved), ==, "RC79TO40");

  fixture_tear_down (&fixture);
}

static void
test_finalized_is_read_only (void)
{
  Fixture fixture;
  g_autoptr(GError) error = NULL;
  GtkWidget *window, *meeting, *behavior;
  GtkTextView *strengths;
  CaseloadIepPage *page;
  gint64 iep_id = 0, student_id;

  fixture_set_up (&fixture);
  student_id = finalized_student (fixture.store, &iep_id);
  g_assert_cmpint (student_id, >, 0);

  window = gtk_window_new ();
  page = caseload_iep_page_new ();
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  g_object_set (page, "store", fixture.store, "student-id", student_id, NULL);
  gtk_window_present (GTK_WINDOW (window));
  iterate ();
  g_assert_true (caseload_iep_page_select_iep (page, iep_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (caseload_iep_page_get_iep_id (page), ==, iep_id);

  meeting = find_row (GTK_WIDGET (page), "Meeting date");
  g_assert_false (gtk_widget_is_sensitive (meeting));
  strengths = GTK_TEXT_VIEW (find_type (GTK_WIDGET (page), GTK_TYPE_TEXT_VIEW));
  g_assert_false (gtk_text_view_get_editable (strengths));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (strengths)));
  behavior = find_row (GTK_WIDGET (page), "Percent of the day in the regular class");
  g_assert_false (gtk_widget_is_sensitive (behavior));
  /* Starting the next annual IEP is on for a finalized IEP. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "iep.next-annual", NULL));
  iterate ();
  /* The next annual IEP is a new draft, shown and editable. */
  g_assert_cmpint (caseload_iep_page_get_iep_id (page), !=, iep_id);
  g_assert_true (gtk_widget_is_sensitive (find_row (GTK_WIDGET (page), "Meeting date")));

  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
  fixture_tear_down (&fixture);
}

static void
test_goal_bank (void)
{
  Fixture fixture;
  CaseloadGoalBankDialog *bank;
  guint all;

  fixture_set_up (&fixture);
  bank = caseload_goal_bank_dialog_new (NULL, fixture.store, CASELOAD_BANK_KIND_GOAL);
  g_object_ref_sink (bank);
  all = caseload_goal_bank_dialog_get_n_results (bank);
  g_assert_cmpuint (all, >=, 60);
  caseload_goal_bank_dialog_search (bank, "read");
  g_assert_cmpuint (caseload_goal_bank_dialog_get_n_results (bank), >, 0);
  g_assert_cmpuint (caseload_goal_bank_dialog_get_n_results (bank), <, all);

  caseload_goal_bank_dialog_select (bank, 0);
  g_assert_false (caseload_goal_bank_dialog_can_insert (bank));
  caseload_goal_bank_dialog_set_placeholder (bank, "condition", "Given a passage");
  caseload_goal_bank_dialog_set_placeholder (bank, "baseline", "40");
  caseload_goal_bank_dialog_set_placeholder (bank, "target", "80");
  caseload_goal_bank_dialog_set_placeholder (bank, "criterion", "on 3 of 4 probes");
  g_assert_false (caseload_goal_bank_dialog_can_insert (bank));
  caseload_goal_bank_dialog_set_placeholder (bank, "unit", "words per minute");
  g_assert_true (caseload_goal_bank_dialog_can_insert (bank));

  gtk_window_destroy (GTK_WINDOW (bank));
  g_object_unref (bank);
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
      g_printerr ("test-iep-widgets: cannot open a display (run under Xvfb)\n");
      return 1;
    }
  adw_init ();

  g_test_add_func ("/iep-ui/instantiate-all", test_instantiate_all);
  g_test_add_func ("/iep-ui/goal-dialog", test_goal_through_dialog);
  g_test_add_func ("/iep-ui/autosave", test_autosave_and_validation);
  g_test_add_func ("/iep-ui/finalized-read-only", test_finalized_is_read_only);
  g_test_add_func ("/iep-ui/goal-bank", test_goal_bank);

  return g_test_run ();
}
