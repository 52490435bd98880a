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

/* The first GtkButton under @root labelled @label. */
static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      if ((found = find_button (child, label)) != NULL)
        return found;
    }
  return NULL;
}

/* With no IEP shown, "Add Goal" (on the hidden editor) is off: it would
 * do nothing. It comes on when a draft is shown. */
static void
test_no_iep_no_actions (void)
{
  Fixture fixture;
  GtkWidget *window, *add_goal;
  CaseloadIepPage *page;
  gint64 iep_id = 0, student_id;

  fixture_set_up (&fixture);
  student_id = draft_student (fixture.store, &iep_id);

  window = gtk_window_new ();
  page = caseload_iep_page_new ();
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  g_object_set (page, "store", fixture.store, NULL);
  gtk_window_present (GTK_WINDOW (window));
  iterate ();
  g_assert_cmpint (caseload_iep_page_get_iep_id (page), ==, 0);
  add_goal = find_button (GTK_WIDGET (page), "Add Goal");
  g_assert_nonnull (add_goal);
  g_assert_false (gtk_widget_get_sensitive (add_goal));
  g_assert_true (caseload_iep_page_flush (page));

  g_object_set (page, "student-id", student_id, NULL);
  iterate ();
  g_assert_cmpint (caseload_iep_page_get_iep_id (page), ==, iep_id);
  g_assert_true (gtk_widget_get_sensitive (add_goal));

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

/* The notes of special factor @key as stored for @iep_id. */
static char *
stored_factor_notes (CaseloadStore *store,
                     gint64         iep_id,
                     const char    *key)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadIep) iep = caseload_store_get_iep (store, iep_id, &error);
  GPtrArray *factors;

  g_assert_no_error (error);
  factors = caseload_iep_get_special_factors (iep);
  for (guint i = 0; i < factors->len; i++)
    if (g_strcmp0 (caseload_special_factor_get_factor (g_ptr_array_index (factors, i)), key) == 0)
      return g_strdup (caseload_special_factor_get_notes (g_ptr_array_index (factors, i)));
  return NULL;
}

static char *
stored_copy_date (CaseloadStore *store,
                  gint64         iep_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadIep) iep = caseload_store_get_iep (store, iep_id, &error);

  g_assert_no_error (error);
  return g_strdup (caseload_iep_get_parent_copy_date (iep));
}

/* An invalid IEP field keeps only itself unsaved: the special factors and
 * the parent copy are saved by the same flush, and by dispose. */
static void
test_invalid_field_saves_the_rest (void)
{
  Fixture fixture;
  const char *key = caseload_special_factor_keys ()[0];
  GtkWidget *window, *percent, *notes, *copy_date;
  CaseloadIepPage *page;
  g_autofree char *stored = NULL;
  g_autofree char *notes_title = NULL;
  g_autoptr(CaseloadIep) saved = NULL;
  double percent_before;
  gint64 iep_id = 0, student_id;

  fixture_set_up (&fixture);
  student_id = draft_student (fixture.store, &iep_id);
  saved = caseload_store_get_iep (fixture.store, iep_id, NULL);
  percent_before = caseload_iep_get_percent_regular_class (saved);
  g_clear_object (&saved);

  window = gtk_window_new ();
  page = caseload_iep_page_new ();
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  g_object_set (page, "store", fixture.store, "student-id", student_id, NULL);
  gtk_window_present (GTK_WINDOW (window));
  iterate ();
  g_assert_cmpint (caseload_iep_page_get_iep_id (page), ==, iep_id);

  percent = find_row (GTK_WIDGET (page), "Percent of the day in the regular class");
  notes_title = g_strdup_printf ("%s: notes", caseload_special_factor_to_label (key));
  notes = find_row (GTK_WIDGET (page), notes_title);
  copy_date = find_row (GTK_WIDGET (page), "Date the parent received a copy");
  g_assert_nonnull (percent);
  g_assert_nonnull (notes);
  g_assert_nonnull (copy_date);

  /* Nothing pending: nothing unsaved. */
  g_assert_true (caseload_iep_page_flush (page));

  gtk_editable_set_text (GTK_EDITABLE (percent), "150");
  gtk_editable_set_text (GTK_EDITABLE (notes), "Uses a picture schedule");
  gtk_editable_set_text (GTK_EDITABLE (copy_date), "2026-02-03");
  g_assert_false (caseload_iep_page_flush (page));
  g_assert_true (gtk_widget_has_css_class (percent, "error"));
  stored = stored_factor_notes (fixture.store, iep_id, key);
  g_assert_cmpstr (stored, ==, "Uses a picture schedule");
  g_clear_pointer (&stored, g_free);
  stored = stored_copy_date (fixture.store, iep_id);
  g_assert_cmpstr (stored, ==, "2026-02-03");
  g_clear_pointer (&stored, g_free);
  saved = caseload_store_get_iep (fixture.store, iep_id, NULL);
  g_assert_cmpfloat (caseload_iep_get_percent_regular_class (saved), ==, percent_before);
  g_clear_object (&saved);
  /* Still unsaved on the next flush, though the other parts are done. */
  g_assert_false (caseload_iep_page_flush (page));

  /* An invalid parent-copy date does not hold back a special factor. */
  gtk_editable_set_text (GTK_EDITABLE (percent), "50");
  gtk_editable_set_text (GTK_EDITABLE (copy_date), "not a date");
  gtk_editable_set_text (GTK_EDITABLE (notes), "Picture schedule and timer");
  g_assert_false (caseload_iep_page_flush (page));
  g_assert_true (gtk_widget_has_css_class (copy_date, "error"));
  stored = stored_factor_notes (fixture.store, iep_id, key);
  g_assert_cmpstr (stored, ==, "Picture schedule and timer");
  g_clear_pointer (&stored, g_free);
  saved = caseload_store_get_iep (fixture.store, iep_id, NULL);
  g_assert_cmpfloat (caseload_iep_get_percent_regular_class (saved), ==, 50);
  g_clear_object (&saved);

  /* Closing with the percent invalid again still saves the others. */
  gtk_editable_set_text (GTK_EDITABLE (percent), "-4");
  gtk_editable_set_text (GTK_EDITABLE (notes), "Typed just before closing");
  gtk_editable_set_text (GTK_EDITABLE (copy_date), "2026-02-10");
  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
  stored = stored_factor_notes (fixture.store, iep_id, key);
  g_assert_cmpstr (stored, ==, "Typed just before closing");
  g_clear_pointer (&stored, g_free);
  stored = stored_copy_date (fixture.store, iep_id);
  g_assert_cmpstr (stored, ==, "2026-02-10");
  g_clear_pointer (&stored, g_free);
  saved = caseload_store_get_iep (fixture.store, iep_id, NULL);
  g_assert_cmpfloat (caseload_iep_get_percent_regular_class (saved), ==, 50);
  g_clear_object (&saved);

  fixture_tear_down (&fixture);
}

/* The compare window titles a difference with the editor's label
 * ("Strengths"), not the property name ("strengths"). */
static void
test_compare_labels (void)
{
  Fixture fixture;
  g_autoptr(GListModel) students = NULL;
  g_autoptr(CaseloadIep) draft = NULL;
  g_autoptr(GError) error = NULL;
  CaseloadIepCompareWindow *compare;
  GtkWidget *window;
  gint64 student_id = 0, old_id = 0, new_id;

  fixture_set_up (&fixture);
  students = caseload_store_list_students (fixture.store, CASELOAD_STUDENT_LIST_ACTIVE, NULL, NULL);
  g_assert_nonnull (students);
  for (guint i = 0; i < g_list_model_get_n_items (students) && student_id == 0; i++)
    {
      g_autoptr(CaseloadStudent) student = g_list_model_get_item (students, i);
      g_autoptr(GListModel) ieps = caseload_store_list_ieps (fixture.store, caseload_student_get_id (student), NULL);
      gint64 finalized = 0;
      gboolean has_draft = FALSE;

      for (guint j = 0; ieps != NULL && j < g_list_model_get_n_items (ieps); j++)
        {
          g_autoptr(CaseloadIep) iep = g_list_model_get_item (ieps, j);

          if (g_strcmp0 (caseload_iep_get_status (iep), "finalized") == 0)
            finalized = caseload_iep_get_id (iep);
          else if (!caseload_iep_is_locked (iep))
            has_draft = TRUE;
        }
      if (finalized != 0 && !has_draft)
        {
          student_id = caseload_student_get_id (student);
          old_id = finalized;
        }
    }
  g_assert_cmpint (student_id, >, 0);

  new_id = caseload_store_copy_iep_forward (fixture.store, old_id, &error);
  g_assert_no_error (error);
  draft = caseload_store_get_iep (fixture.store, new_id, &error);
  g_assert_no_error (error);
  caseload_iep_set_strengths (draft, "A strength written for the comparison");
  g_assert_true (caseload_store_save_iep (fixture.store, draft, &error));
  g_assert_no_error (error);

  window = gtk_window_new ();
  compare = caseload_iep_compare_window_new (GTK_WINDOW (window), fixture.store, student_id, old_id, new_id);
  gtk_window_present (GTK_WINDOW (compare));
  iterate ();
  g_assert_nonnull (find_row (GTK_WIDGET (compare), "Strengths"));
  g_assert_null (find_row (GTK_WIDGET (compare), "strengths"));

  gtk_window_destroy (GTK_WINDOW (compare));
  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
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

/* The record window (service, accommodation, correction) exists only
 * while it is open: GTK 4.8's AT-SPI root hands a screen reader the last
 * toplevel even when it is hidden, and a hidden window has no object
 * path there, which aborts the application. */
static GtkWindow *
newest_toplevel (guint expected_n)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  g_autoptr(GtkWindow) newest = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (toplevels), ==, expected_n);
  newest = g_list_model_get_item (toplevels, expected_n - 1);

  return newest;
}

static void
test_record_window_only_while_open (void)
{
  Fixture fixture;
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWidget *window;
  GtkWindow *record;
  GtkWidget *cancel;
  CaseloadIepPage *page;
  gint64 iep_id = 0, student_id;
  guint n_before;

  fixture_set_up (&fixture);
  student_id = draft_student (fixture.store, &iep_id);
  n_before = g_list_model_get_n_items (toplevels);

  window = gtk_window_new ();
  page = caseload_iep_page_new ();
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  g_object_set (page, "store", fixture.store, "student-id", student_id, NULL);
  gtk_window_present (GTK_WINDOW (window));
  iterate ();
  /* The page makes no window of its own. */
  g_assert_cmpuint (g_list_model_get_n_items (toplevels), ==, n_before + 1);

  for (guint round = 0; round < 2; round++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "iep.add-service", NULL));
      iterate ();
      record = newest_toplevel (n_before + 2);
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (record)));
      g_assert_true (gtk_window_get_transient_for (record) == GTK_WINDOW (window));
      /* The content came along (again): its Cancel button is there. */
      cancel = find_button (GTK_WIDGET (record), "_Cancel");
      g_assert_nonnull (cancel);

      /* Closed by the window manager, then by its own Cancel button. */
      if (round == 0)
        gtk_window_close (record);
      else
        g_signal_emit_by_name (cancel, "clicked");
      iterate ();
      g_assert_cmpuint (g_list_model_get_n_items (toplevels), ==, n_before + 1);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (toplevels), ==, n_before);
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
  g_test_add_func ("/iep-ui/no-iep-no-actions", test_no_iep_no_actions);
  g_test_add_func ("/iep-ui/goal-dialog", test_goal_through_dialog);
  g_test_add_func ("/iep-ui/autosave", test_autosave_and_validation);
  g_test_add_func ("/iep-ui/invalid-field-saves-the-rest", test_invalid_field_saves_the_rest);
  g_test_add_func ("/iep-ui/compare-labels", test_compare_labels);
  g_test_add_func ("/iep-ui/finalized-read-only", test_finalized_is_read_only);
  g_test_add_func ("/iep-ui/goal-bank", test_goal_bank);
  g_test_add_func ("/iep-ui/record-window-only-while-open", test_record_window_only_while_open);

  return g_test_run ();
}
