/* test-widgets.c: every composite widget of Caseload, and the students
 * page driven in-process on a real store. Needs a display (Xvfb): without
 * one it fails. */
#define G_LOG_DOMAIN "caseload-test-widgets"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "caseload-contact-dialog.h"
#include "caseload-contacts-tab.h"
#include "caseload-dashboard-page.h"
#include "caseload-deadlines-page.h"
#include "caseload-export-dialog.h"
#include "caseload-goal-data-window.h"
#include "caseload-guardian-dialog.h"
#include "caseload-meeting-calendar.h"
#include "caseload-meeting-editor.h"
#include "caseload-meetings-page.h"
#include "caseload-store-meetings.h"
#include "caseload-history-row.h"
#include "caseload-history-view.h"
#include "caseload-import-dialog.h"
#include "caseload-preferences-window.h"
#include "caseload-report-sent-dialog.h"
#include "caseload-reports-page.h"
#include "caseload-print-batch-dialog.h"
#include "caseload-print-period-dialog.h"
#include "caseload-print-preview.h"
#include "caseload-referral-dialog.h"
#include "caseload-resource-dialog.h"
#include "caseload-resources-window.h"
#include "caseload-restore-dialog.h"
#include "caseload-sample.h"
#include "caseload-staff-dialog.h"
#include "caseload-student-dialog.h"
#include "caseload-student-meetings.h"
#include "caseload-student-page.h"
#include "caseload-student-progress-view.h"
#include "caseload-students-page.h"
#include "caseload-task-dialog.h"
#include "caseload-tasks-window.h"
#include "caseload-team-member-dialog.h"
#include "caseload-team-page.h"
#include "caseload-window.h"

static const char *sample_10k;   /* argv[1]: the 10 000-student sample */

typedef struct
{
  char          *dir;
  char          *path;
  CaseloadStore *store;
} Fixture;

static void
spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (2000);
    }
}

/* Waits for the students page's worker thread. */
static void
wait_loaded (CaseloadStudentsPage *page)
{
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (caseload_students_page_get_loading (page) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (caseload_students_page_get_loading (page));
  spin (50);
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) target = g_file_new_for_path (to);
  g_autoptr(GError) error = NULL;

  g_file_copy (source, target, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
}

/* A temp database: a copy of @template, or a fresh 40-student sample. */
static void
fixture_set_up (Fixture    *fixture,
                const char *template)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("caseload-ui-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "test.db", NULL);

  if (template != NULL)
    {
      copy_file (template, fixture->path);
      fixture->store = caseload_store_open (fixture->path, CASELOAD_STORE_OPEN_DEFAULT, &error);
      g_assert_no_error (error);
    }
  else
    {
      CaseloadSampleOptions options = { 0 };

      fixture->store = caseload_store_open (fixture->path, CASELOAD_STORE_OPEN_CREATE, &error);
      g_assert_no_error (error);
      options.n_students = 40;
      options.seed = 7;
      g_date_clear (&options.as_of, 1);
      g_date_set_dmy (&options.as_of, 15, G_DATE_JANUARY, 2026);
      g_assert_true (caseload_sample_generate (fixture->store, &options, NULL, NULL, &error));
      g_assert_no_error (error);
    }
  g_assert_nonnull (fixture->store);
}

static void
fixture_tear_down (Fixture *fixture)
{
  const char *suffixes[] = { "", "-wal", "-shm" };

  g_clear_object (&fixture->store);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (fixture->path, suffixes[i], NULL);

      g_unlink (file);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static GtkWidget *
find_row (GtkWidget  *widget,
          const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (widget)
      && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
close_window (GtkWidget *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  spin (20);
}

/* Shows @widget in a plain window long enough to lay out and draw. */
static void
show_in_window (GtkWidget *widget)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_set_child (GTK_WINDOW (window), widget);
  gtk_window_present (GTK_WINDOW (window));
  spin (150);
  close_window (window);
}

static void
show_toplevel (GtkWidget *window)
{
  g_assert_true (GTK_IS_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
  spin (150);
  close_window (window);
}

static gint64
first_student_id (CaseloadStore *store)
{
  g_autoptr(GListModel) students = caseload_store_list_students (store, CASELOAD_STUDENT_LIST_ACTIVE, NULL, NULL);
  g_autoptr(CaseloadStudent) student = NULL;

  g_assert_nonnull (students);
  g_assert_cmpuint (g_list_model_get_n_items (students), >, 0);
  student = g_list_model_get_item (students, 0);

  return caseload_student_get_id (student);
}

static CaseloadStudentsPage *
students_page_on (CaseloadStore *store,
                  GtkWidget    **window)
{
  CaseloadStudentsPage *page = g_object_new (CASELOAD_TYPE_STUDENTS_PAGE, "store", store, NULL);

  *window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (*window), 1000, 700);
  gtk_window_set_child (GTK_WINDOW (*window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (*window));
  wait_loaded (page);

  return page;
}

static gboolean
mapped_descendant (GtkWidget *root,
                   GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return gtk_widget_get_mapped (root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (mapped_descendant (child, type))
      return TRUE;
  return FALSE;
}

/* ---- every composite widget ------------------------------------------ */

static void
test_instantiate_all (void)
{
  Fixture fixture = { 0 };
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(GListModel) guardians = NULL;
  gint64 student_id;
  CaseloadWindow *window;
  GtkWidget *page;

  fixture_set_up (&fixture, NULL);
  student_id = first_student_id (fixture.store);

  /* The students page reads its list once it has been drawn. */
  {
    GtkWidget *students_window = NULL;
    CaseloadStudentsPage *students = students_page_on (fixture.store, &students_window);

    g_assert_cmpuint (g_list_model_get_n_items (caseload_students_page_get_model (students)), ==, 40);
    close_window (students_window);
  }

  page = g_object_new (CASELOAD_TYPE_STUDENT_PAGE, "store", fixture.store, NULL);
  g_assert_true (caseload_student_page_load (CASELOAD_STUDENT_PAGE (page), student_id, NULL));
  g_assert_cmpint (caseload_student_page_get_student_id (CASELOAD_STUDENT_PAGE (page)), ==, student_id);
  show_in_window (page);

  page = g_object_new (CASELOAD_TYPE_TEAM_PAGE, "store", fixture.store, NULL);
  show_in_window (page);

  page = g_object_new (CASELOAD_TYPE_DEADLINES_PAGE, "store", fixture.store, NULL);
  show_in_window (page);

  page = g_object_new (CASELOAD_TYPE_MEETINGS_PAGE, "store", fixture.store, NULL);
  show_in_window (page);
  show_in_window (caseload_meeting_calendar_new ());
  page = g_object_new (CASELOAD_TYPE_STUDENT_MEETINGS, "store", fixture.store, "student-id", student_id, NULL);
  show_in_window (page);
  {
    g_autoptr(CaseloadMeeting) meeting = caseload_meeting_editor_new_meeting (fixture.store, student_id);
    g_autoptr(GListModel) meetings = caseload_store_list_meetings (fixture.store, NULL, NULL, 0, 0, NULL);

    show_toplevel (GTK_WIDGET (caseload_meeting_editor_new_for (NULL, fixture.store, meeting)));
    g_assert_nonnull (meetings);
    g_assert_cmpuint (g_list_model_get_n_items (meetings), >, 0);
    {
      g_autoptr(CaseloadMeeting) stored = g_list_model_get_item (meetings, 0);
      CaseloadMeetingEditor *editor = caseload_meeting_editor_open (NULL, fixture.store,
                                                                    caseload_meeting_get_id (stored), NULL);

      g_assert_nonnull (editor);
      show_toplevel (GTK_WIDGET (editor));
    }
  }

  page = g_object_new (CASELOAD_TYPE_REPORTS_PAGE, "store", fixture.store, NULL);
  show_in_window (page);

  /* The Progress tab on its own; with a student its goal editors
   * (CaseloadReportGoalEditor) too, when the IEP in effect has goals. */
  page = g_object_new (CASELOAD_TYPE_STUDENT_PROGRESS_VIEW, NULL);
  show_in_window (page);
  page = g_object_new (CASELOAD_TYPE_STUDENT_PROGRESS_VIEW, "store", fixture.store, "student-id", student_id, NULL);
  show_in_window (page);
  show_toplevel (GTK_WIDGET (caseload_report_sent_dialog_new (NULL)));
  {
    g_autoptr(CaseloadIep) iep = caseload_store_get_current_iep (fixture.store, student_id, NULL);
    GPtrArray *goals = iep != NULL ? caseload_iep_get_goals (iep) : NULL;

    if (goals != NULL && goals->len > 0)
      show_toplevel (GTK_WIDGET (caseload_goal_data_window_new (NULL, fixture.store,
                                                                caseload_goal_get_id (g_ptr_array_index (goals, 0)),
                                                                "Goal 1")));
  }

  show_toplevel (GTK_WIDGET (caseload_student_dialog_new (NULL, fixture.store)));
  show_toplevel (GTK_WIDGET (caseload_team_member_dialog_new (NULL, fixture.store, student_id)));
  show_toplevel (GTK_WIDGET (caseload_guardian_dialog_new (NULL, fixture.store, student_id, NULL)));
  guardians = caseload_store_list_guardians (fixture.store, student_id, NULL);
  if (guardians != NULL && g_list_model_get_n_items (guardians) > 0)
    {
      g_autoptr(CaseloadGuardian) guardian = g_list_model_get_item (guardians, 0);

      show_toplevel (GTK_WIDGET (caseload_guardian_dialog_new (NULL, fixture.store, student_id, guardian)));
    }
  show_toplevel (caseload_staff_dialog_new (NULL, fixture.store, NULL));

  /* Case management (issue 6). */
  page = g_object_new (CASELOAD_TYPE_DASHBOARD_PAGE, "store", fixture.store, NULL);
  show_in_window (page);
  page = g_object_new (CASELOAD_TYPE_CONTACTS_TAB, "store", fixture.store, "student-id", student_id, NULL);
  show_in_window (page);
  show_toplevel (GTK_WIDGET (caseload_task_dialog_new (NULL, fixture.store, NULL, student_id, 0)));
  show_toplevel (GTK_WIDGET (caseload_tasks_window_new (NULL, fixture.store, 0)));
  show_toplevel (GTK_WIDGET (caseload_contact_dialog_new (NULL, fixture.store, student_id, NULL)));
  show_toplevel (GTK_WIDGET (caseload_referral_dialog_new (NULL, fixture.store, student_id, NULL)));
  show_toplevel (GTK_WIDGET (caseload_resource_dialog_new (NULL, fixture.store, NULL)));
  show_toplevel (GTK_WIDGET (caseload_resources_window_new (NULL, fixture.store)));
  show_toplevel (GTK_WIDGET (caseload_preferences_window_new (NULL, settings, fixture.store)));
  show_toplevel (GTK_WIDGET (caseload_preferences_window_new (NULL, settings, NULL)));

  page = g_object_new (CASELOAD_TYPE_HISTORY_VIEW, "store", fixture.store, "student-id", student_id, NULL);
  show_in_window (page);
  {
    g_autoptr(CaseloadHistoryEntry) entry =
      caseload_history_entry_new (1, "2026-11-27T15:04:05Z", 0, NULL, CASELOAD_HISTORY_SECTION_GOALS,
                                  "Goal 1 added", NULL);
    GtkWidget *list = gtk_list_box_new ();

    gtk_list_box_append (GTK_LIST_BOX (list), caseload_history_row_new (entry));
    show_in_window (list);
  }
  show_toplevel (GTK_WIDGET (caseload_restore_dialog_new (NULL, fixture.path, FALSE, fixture.dir)));
  show_toplevel (GTK_WIDGET (caseload_import_dialog_new (NULL, fixture.path, 0)));
  show_toplevel (GTK_WIDGET (caseload_export_dialog_new (NULL, fixture.path, student_id, "Ana Ruiz")));

  /* printing: the preview (empty, and with a document), the period
   * chooser, the batch dialog */
  show_toplevel (GTK_WIDGET (caseload_print_preview_new (NULL, NULL, NULL, NULL, NULL)));
  {
    CaseloadLayout *layout = caseload_layout_new (0, 0, "en");

    caseload_layout_add_heading (layout, 1, "Preview");
    caseload_layout_add_text (layout, "One page drawn by the core renderer.");
    show_toplevel (GTK_WIDGET (caseload_print_preview_new (NULL, "Preview", layout,
                                                           layout, (GDestroyNotify) caseload_layout_free)));
  }
  show_toplevel (GTK_WIDGET (caseload_print_period_dialog_new (NULL, student_id, NULL, FALSE)));
  show_toplevel (GTK_WIDGET (caseload_print_batch_dialog_new (NULL, fixture.store)));

  /* The window: welcome page without a store, then every page and a
   * student's record with one. */
  window = caseload_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  spin (100);
  caseload_window_set_store (window, fixture.store);
  spin (100);
  /* The dashboard is the start page once a database is open. */
  g_assert_true (mapped_descendant (GTK_WIDGET (window), CASELOAD_TYPE_DASHBOARD_PAGE));
  g_assert_false (mapped_descendant (GTK_WIDGET (window), CASELOAD_TYPE_STUDENTS_PAGE));
  caseload_window_show_page (window, "team");
  spin (100);
  caseload_window_show_page (window, "deadlines");
  spin (100);
  caseload_window_show_page (window, "reports");
  spin (100);
  caseload_window_show_student (window, student_id);
  spin (100);
  caseload_window_show_page (window, "students");
  spin (100);
  close_window (GTK_WIDGET (window));

  fixture_tear_down (&fixture);
}

/* ---- the students page on 10 000 students ----------------------------- */


static void
test_students_filter (void)
{
  Fixture fixture = { 0 };
  GtkWidget *window = NULL;
  CaseloadStudentsPage *page;
  GListModel *model;
  guint all, narrowed, narrower;

  fixture_set_up (&fixture, sample_10k);
  page = students_page_on (fixture.store, &window);
  model = caseload_students_page_get_model (page);

  all = g_list_model_get_n_items (model);
  g_assert_cmpuint (all, ==, 10000);

  caseload_students_page_set_search_text (page, "ma");
  narrowed = g_list_model_get_n_items (model);
  g_assert_cmpuint (narrowed, >, 0);
  g_assert_cmpuint (narrowed, <, all);

  caseload_students_page_set_search_text (page, "Mari");
  narrower = g_list_model_get_n_items (model);
  g_assert_cmpuint (narrower, >, 0);
  g_assert_cmpuint (narrower, <=, narrowed);
  for (guint i = 0; i < narrower; i++)
    {
      g_autoptr(CaseloadStudent) student = g_list_model_get_item (model, i);

      g_assert_nonnull (strstr (caseload_student_get_search_text (student), "mari"));
    }

  /* A student ID finds exactly that student. */
  {
    g_autoptr(CaseloadStudent) first = NULL;
    g_autofree char *number = NULL;

    caseload_students_page_set_search_text (page, "");
    first = g_list_model_get_item (model, 0);
    number = g_strdup (caseload_student_get_student_number (first));
    caseload_students_page_set_search_text (page, number);
    g_assert_cmpuint (g_list_model_get_n_items (model), >=, 1);
  }

  caseload_students_page_set_search_text (page, "no student is called this");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);

  caseload_students_page_set_search_text (page, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, all);

  close_window (window);
  fixture_tear_down (&fixture);
}

static GtkColumnViewColumn *
column_titled (GtkColumnView *view,
               const char    *title)
{
  GListModel *columns = gtk_column_view_get_columns (view);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (gtk_column_view_column_get_title (column), title) == 0)
        return column;
    }

  return NULL;
}

static void
test_students_sort (void)
{
  Fixture fixture = { 0 };
  GtkWidget *window = NULL;
  CaseloadStudentsPage *page;
  GtkColumnView *view;
  GListModel *model;
  g_autofree char *first_by_name = NULL;
  guint n;
  int previous;

  fixture_set_up (&fixture, sample_10k);
  page = students_page_on (fixture.store, &window);
  view = caseload_students_page_get_column_view (page);
  model = caseload_students_page_get_model (page);
  n = g_list_model_get_n_items (model);
  g_assert_cmpuint (n, ==, 10000);

  {
    g_autoptr(CaseloadStudent) student = g_list_model_get_item (model, 0);

    first_by_name = caseload_student_dup_sort_name (student);
  }

  /* Grade, descending: 12 first, ranks never rise. */
  gtk_column_view_sort_by_column (view, column_titled (view, "Grade"), GTK_SORT_DESCENDING);
  previous = G_MAXINT;
  for (guint i = 0; i < n; i += 97)
    {
      g_autoptr(CaseloadStudent) student = g_list_model_get_item (model, i);
      int rank = caseload_student_get_grade_rank (student);

      g_assert_cmpint (rank, <=, previous);
      previous = rank;
    }
  {
    g_autoptr(CaseloadStudent) student = g_list_model_get_item (model, 0);

    g_assert_cmpstr (caseload_student_get_grade (student), ==, "12");
  }

  /* Due, ascending: the most overdue first. */
  gtk_column_view_sort_by_column (view, column_titled (view, "Due"), GTK_SORT_ASCENDING);
  {
    g_autoptr(CaseloadStudent) a = g_list_model_get_item (model, 0);
    g_autoptr(CaseloadStudent) b = g_list_model_get_item (model, n / 2);

    g_assert_cmpint (caseload_student_get_next_deadline_days (a), <=,
                     caseload_student_get_next_deadline_days (b));
  }

  /* Name, descending: the order changes. */
  gtk_column_view_sort_by_column (view, column_titled (view, "Name"), GTK_SORT_DESCENDING);
  {
    g_autoptr(CaseloadStudent) student = g_list_model_get_item (model, 0);
    g_autofree char *name = caseload_student_dup_sort_name (student);

    g_assert_cmpstr (name, !=, first_by_name);
  }

  close_window (window);
  fixture_tear_down (&fixture);
}

/* ---- adding a student through the dialog ------------------------------ */

static void
test_add_student_dialog (void)
{
  Fixture fixture = { 0 };
  CaseloadStudentDialog *dialog;
  g_autoptr(CaseloadStore) second = NULL;
  g_autoptr(CaseloadStudent) found = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *row;

  fixture_set_up (&fixture, NULL);

  dialog = caseload_student_dialog_new (NULL, fixture.store);
  gtk_window_present (GTK_WINDOW (dialog));
  spin (50);

  /* Nothing happens until the required fields are filled. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "student.add", NULL);
  spin (20);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  gtk_editable_set_text (GTK_EDITABLE (find_row (GTK_WIDGET (dialog), "First name")), "Noor");
  gtk_editable_set_text (GTK_EDITABLE (find_row (GTK_WIDGET (dialog), "Last name")), "Haddad");
  gtk_editable_set_text (GTK_EDITABLE (find_row (GTK_WIDGET (dialog), "Student ID")), "UI-0001");
  row = find_row (GTK_WIDGET (dialog), "Birth date");

  /* A birth date in the future is refused and the field is marked. */
  gtk_editable_set_text (GTK_EDITABLE (row), "2999-01-01");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "student.add", NULL));
  spin (20);
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  found = caseload_store_find_student (fixture.store, "UI-0001", NULL);
  g_assert_null (found);

  gtk_editable_set_text (GTK_EDITABLE (row), "2016-04-09");
  g_object_ref (dialog);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "student.add", NULL));
  spin (20);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_object_unref (dialog);

  /* It is in the file: a second connection reads it. */
  second = caseload_store_open (fixture.path, CASELOAD_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  found = caseload_store_find_student (second, "UI-0001", &error);
  g_assert_no_error (error);
  g_assert_nonnull (found);
  g_assert_cmpstr (caseload_student_get_first_name (found), ==, "Noor");
  g_assert_cmpstr (caseload_student_get_birth_date (found), ==, "2016-04-09");
  g_assert_cmpstr (caseload_student_get_grade (found), ==, "K");
  g_assert_cmpint (caseload_student_get_school_id (found), >, 0);

  g_clear_object (&second);
  fixture_tear_down (&fixture);
}

/* ---- autosave on the student page ------------------------------------- */

static void
test_student_page_autosave (void)
{
  Fixture fixture = { 0 };
  GtkWidget *window = gtk_window_new ();
  CaseloadStudentPage *page;
  g_autoptr(CaseloadStudent) saved = NULL;
  gint64 id;
  GtkWidget *row;

  fixture_set_up (&fixture, NULL);
  id = first_student_id (fixture.store);

  page = g_object_new (CASELOAD_TYPE_STUDENT_PAGE, "store", fixture.store, NULL);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (caseload_student_page_load (page, id, NULL));
  spin (50);

  /* An empty last name is invalid: marked, nothing saved. */
  row = find_row (GTK_WIDGET (page), "Last name");
  gtk_editable_set_text (GTK_EDITABLE (row), "");
  g_assert_false (caseload_student_page_flush (page));
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  saved = caseload_store_get_student (fixture.store, id, NULL);
  g_assert_cmpstr (caseload_student_get_last_name (saved), !=, "");
  g_clear_object (&saved);

  /* The 600 ms timeout saves by itself. */
  gtk_editable_set_text (GTK_EDITABLE (row), "Okonkwo-Test");
  spin (900);
  saved = caseload_store_get_student (fixture.store, id, NULL);
  g_assert_cmpstr (caseload_student_get_last_name (saved), ==, "Okonkwo-Test");
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  g_clear_object (&saved);

  /* A pending edit is flushed when the page goes away. */
  gtk_editable_set_text (GTK_EDITABLE (find_row (GTK_WIDGET (page), "Preferred name")), "Flushed");
  close_window (window);
  saved = caseload_store_get_student (fixture.store, id, NULL);
  g_assert_cmpstr (caseload_student_get_preferred_name (saved), ==, "Flushed");

  fixture_tear_down (&fixture);
}

/* ---- unsaved changes: never dropped silently -------------------------- */

typedef gboolean (*WidgetMatch) (GtkWidget *widget, gconstpointer data);

static GtkWidget *
find_widget (GtkWidget     *widget,
             WidgetMatch    match,
             gconstpointer  data)
{
  if (match (widget, data))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkTextView *
find_text_view (GtkWidget *widget)
{
  if (GTK_IS_TEXT_VIEW (widget))
    return GTK_TEXT_VIEW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkTextView *found = find_text_view (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_button_labelled (GtkWidget     *widget,
                    gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

static GtkWidget *
focus_in (GtkWidget *window)
{
  return gtk_root_get_focus (GTK_ROOT (window));
}

/* Keyboard users start on the tabs of a student and move between them
 * with Ctrl+Page Down / Ctrl+Page Up (the student.switch-tab action the
 * keys are bound to), round the ends; focus on a tab follows. */
static gboolean
is_view_stack (GtkWidget     *widget,
               gconstpointer  data)
{
  return ADW_IS_VIEW_STACK (widget);
}

static void
test_student_page_tabs (void)
{
  Fixture fixture = { 0 };
  GtkWidget *window = gtk_window_new ();
  CaseloadStudentPage *page;
  AdwViewStack *stack;
  const char *first;

  fixture_set_up (&fixture, NULL);
  page = g_object_new (CASELOAD_TYPE_STUDENT_PAGE, "store", fixture.store, NULL);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (caseload_student_page_load (page, first_student_id (fixture.store), NULL));
  spin (50);
  stack = ADW_VIEW_STACK (find_widget (GTK_WIDGET (page), is_view_stack, NULL));
  g_assert_nonnull (stack);

  caseload_student_page_focus_tabs (page);
  g_assert_true (GTK_IS_TOGGLE_BUTTON (focus_in (window)));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (focus_in (window))));
  first = adw_view_stack_get_visible_child_name (stack);

  adw_view_stack_set_visible_child_name (stack, "profile");
  caseload_student_page_focus_tabs (page);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "student.switch-tab", "i", 1));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "iep");
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (focus_in (window))));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "student.switch-tab", "i", -1));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "profile");
  /* round the start to the last tab, and back */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "student.switch-tab", "i", -1));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "history");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "student.switch-tab", "i", 1));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "profile");
  g_assert_nonnull (first);

  close_window (window);
  fixture_tear_down (&fixture);
}


/* An empty database: the Students page offers to add a student or to
 * import a roster, and the second opens the import dialog. */
static void
test_students_empty_import (void)
{
  g_autoptr(GError) error = NULL;
  Fixture fixture = { 0 };
  CaseloadWindow *window;
  GtkWidget *button;
  gboolean found = FALSE;

  fixture.dir = g_dir_make_tmp ("caseload-ui-XXXXXX", &error);
  g_assert_no_error (error);
  fixture.path = g_build_filename (fixture.dir, "empty.db", NULL);
  fixture.store = caseload_store_open (fixture.path, CASELOAD_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);

  window = caseload_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  caseload_window_set_store (window, fixture.store);
  caseload_window_show_page (window, "students");
  spin (100);

  button = find_widget (GTK_WIDGET (window), is_button_labelled, "Import a Roster…");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_assert_nonnull (find_widget (GTK_WIDGET (window), is_button_labelled, "Add a Student"));
  g_signal_emit_by_name (button, "clicked");
  spin (100);

  for (guint i = 0; i < g_list_model_get_n_items (gtk_window_get_toplevels ()); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (gtk_window_get_toplevels (), i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, CASELOAD_TYPE_IMPORT_DIALOG) &&
          gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        {
          found = TRUE;
          gtk_window_destroy (toplevel);
        }
    }
  g_assert_true (found);

  close_window (GTK_WIDGET (window));
  fixture_tear_down (&fixture);
}

/* Clicks a dialog's response button, as a person would. */
static void
click_response (AdwMessageDialog *dialog,
                const char       *label)
{
  GtkWidget *button = find_widget (GTK_WIDGET (dialog), is_button_labelled, label);

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  spin (50);
}

/* The shown message dialog with @heading, or NULL. */
static AdwMessageDialog *
find_message_dialog (const char *heading)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window)
          && gtk_widget_get_visible (GTK_WIDGET (window))
          && g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (window)), heading) == 0)
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static void
test_student_page_unsaved (void)
{
  Fixture fixture = { 0 };
  GtkWidget *window = gtk_window_new ();
  CaseloadStudentPage *page;
  g_autoptr(CaseloadStudent) before = NULL;
  g_autoptr(CaseloadStudent) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *problem = NULL;
  GtkWidget *birth_row;
  GtkWidget *dialog;
  GtkTextView *notes;
  gint64 id;

  fixture_set_up (&fixture, NULL);
  id = first_student_id (fixture.store);
  before = caseload_store_get_student (fixture.store, id, NULL);

  page = g_object_new (CASELOAD_TYPE_STUDENT_PAGE, "store", fixture.store, NULL);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (caseload_student_page_load (page, id, NULL));
  spin (50);
  g_assert_false (caseload_student_page_has_unsaved (page));
  g_assert_null (caseload_student_page_confirm_leave (page, GTK_WINDOW (window)));

  /* A half-typed birth date and a good notes edit. */
  birth_row = find_row (GTK_WIDGET (page), "Birth date");
  g_assert_nonnull (birth_row);
  notes = find_text_view (GTK_WIDGET (page));
  g_assert_nonnull (notes);
  gtk_editable_set_text (GTK_EDITABLE (birth_row), "13/4");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (notes), "Notes typed before the mistake", -1);
  g_assert_false (caseload_student_page_flush (page));
  g_assert_true (caseload_student_page_has_unsaved (page));

  /* The autosave timeout fires and fails: still unsaved, still refused. */
  spin (900);
  g_assert_true (caseload_student_page_has_unsaved (page));
  g_assert_false (caseload_student_page_flush (page));
  saved = caseload_store_get_student (fixture.store, id, NULL);
  g_assert_cmpstr (caseload_student_get_notes (saved), ==, caseload_student_get_notes (before));
  g_clear_object (&saved);

  /* The decision: a dialog naming the field, Go Back by default. */
  problem = caseload_student_page_dup_unsaved_problem (page);
  g_assert_nonnull (strstr (problem, "Birth date"));
  dialog = caseload_student_page_confirm_leave (page, GTK_WINDOW (window));
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "Unsaved Changes");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "Birth date"));
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "back"));
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "discard"));
  g_assert_cmpstr (adw_message_dialog_get_response_label (ADW_MESSAGE_DIALOG (dialog), "back"), ==, "_Go Back");
  g_assert_cmpstr (adw_message_dialog_get_response_label (ADW_MESSAGE_DIALOG (dialog), "discard"), ==, "_Discard Changes");
  g_assert_cmpstr (adw_message_dialog_get_default_response (ADW_MESSAGE_DIALOG (dialog)), ==, "back");
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* Opening another student does not throw the edits away. */
  g_assert_false (caseload_student_page_load (page, id + 1, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (caseload_student_page_get_student_id (page), ==, id);
  g_assert_true (caseload_student_page_has_unsaved (page));

  /* Fixing the date saves everything, notes included. */
  gtk_editable_set_text (GTK_EDITABLE (birth_row), caseload_student_get_birth_date (before));
  if (!caseload_student_page_flush (page))
    {
      g_autofree char *why = caseload_student_page_dup_unsaved_problem (page);

      g_test_message ("still unsaved: %s", why != NULL ? why : "(the IEP tab)");
      g_test_fail ();
      return;
    }
  g_assert_false (caseload_student_page_has_unsaved (page));
  saved = caseload_store_get_student (fixture.store, id, NULL);
  g_assert_cmpstr (caseload_student_get_notes (saved), ==, "Notes typed before the mistake");
  g_clear_object (&saved);

  /* Discard drops only what was not saved. */
  gtk_editable_set_text (GTK_EDITABLE (birth_row), "31/31/31");
  g_assert_false (caseload_student_page_flush (page));
  caseload_student_page_discard (page);
  g_assert_false (caseload_student_page_has_unsaved (page));
  g_assert_true (caseload_student_page_flush (page));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (birth_row)), !=, "31/31/31");
  g_assert_true (caseload_student_page_load (page, id, NULL));

  close_window (window);
  fixture_tear_down (&fixture);
}

static void
test_window_close_unsaved (void)
{
  Fixture fixture = { 0 };
  g_autoptr(CaseloadStudent) saved = NULL;
  CaseloadWindow *window;
  AdwMessageDialog *dialog;
  GtkWidget *row;
  gint64 id;

  fixture_set_up (&fixture, NULL);
  id = first_student_id (fixture.store);

  /* A valid edit still waiting for the autosave is saved on close. */
  window = caseload_window_new (NULL);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_present (GTK_WINDOW (window));
  caseload_window_set_store (window, fixture.store);
  caseload_window_show_student (window, id);
  spin (100);
  /* keyboard users start on the student's current tab */
  g_assert_true (GTK_IS_TOGGLE_BUTTON (focus_in (GTK_WIDGET (window))));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (focus_in (GTK_WIDGET (window)))));
  row = find_row (GTK_WIDGET (window), "Preferred name");
  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), "Saved On Close");
  gtk_window_close (GTK_WINDOW (window));
  spin (50);
  g_assert_null (window);
  saved = caseload_store_get_student (fixture.store, id, NULL);
  g_assert_cmpstr (caseload_student_get_preferred_name (saved), ==, "Saved On Close");
  g_clear_object (&saved);

  /* An edit that cannot be saved stops the close and asks. */
  window = caseload_window_new (NULL);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_present (GTK_WINDOW (window));
  caseload_window_set_store (window, fixture.store);
  caseload_window_show_student (window, id);
  spin (100);
  row = find_row (GTK_WIDGET (window), "Birth date");
  gtk_editable_set_text (GTK_EDITABLE (row), "13/5");
  gtk_window_close (GTK_WINDOW (window));
  spin (50);
  g_assert_nonnull (window);
  dialog = find_message_dialog ("Unsaved Changes");
  g_assert_nonnull (dialog);

  /* Leaving for another page asks too (one dialog at a time). */
  caseload_window_show_page (window, "team");
  spin (20);
  g_assert_true (gtk_widget_get_mapped (row));
  g_assert_true (find_message_dialog ("Unsaved Changes") == dialog);

  /* Go Back keeps the window and the edit. */
  click_response (dialog, "_Go Back");
  g_assert_nonnull (window);
  g_assert_null (find_message_dialog ("Unsaved Changes"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "13/5");

  /* Discard closes it, leaving the store as it was. */
  gtk_window_close (GTK_WINDOW (window));
  spin (50);
  dialog = find_message_dialog ("Unsaved Changes");
  g_assert_nonnull (dialog);
  click_response (dialog, "_Discard Changes");
  g_assert_null (window);
  saved = caseload_store_get_student (fixture.store, id, NULL);
  g_assert_cmpstr (caseload_student_get_preferred_name (saved), ==, "Saved On Close");

  fixture_tear_down (&fixture);
}

/* ---- Undo puts back the same row -------------------------------------- */

static gboolean
is_remove_member_button (GtkWidget     *widget,
                         gconstpointer  data)
{
  CaseloadTeamAssignment *assignment;

  if (!GTK_IS_BUTTON (widget)
      || g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), "user-trash-symbolic") != 0)
    return FALSE;
  assignment = g_object_get_data (G_OBJECT (widget), "assignment");
  return assignment != NULL && caseload_team_assignment_get_id (assignment) == *(const gint64 *) data;
}


/* Removes @assignment_id through its button, then clicks the toast's Undo. */
static void
remove_and_undo (GtkWidget *overlay,
                 gint64     assignment_id)
{
  GtkWidget *remove = find_widget (overlay, is_remove_member_button, &assignment_id);
  GtkWidget *undo;

  g_assert_nonnull (remove);
  g_signal_emit_by_name (remove, "clicked");
  spin (100);
  undo = find_widget (overlay, is_button_labelled, "_Undo");
  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
  spin (100);
}

static void
test_team_member_undo (void)
{
  Fixture fixture = { 0 };
  GtkWidget *window = gtk_window_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();
  CaseloadStudentPage *page;
  g_autoptr(GListModel) team = NULL;
  g_autoptr(CaseloadTeamAssignment) before = NULL;
  g_autoptr(CaseloadTeamAssignment) after = NULL;
  g_autoptr(CaseloadTeamAssignment) manager = NULL;
  g_autoptr(CaseloadGuardian) guardian = NULL;
  g_autoptr(CaseloadGuardian) restored = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  gint64 member_id = 0;
  gint64 manager_id = 0;
  gint64 other_staff = 0;
  gint64 id;

  fixture_set_up (&fixture, NULL);
  id = first_student_id (fixture.store);
  team = caseload_store_list_team (fixture.store, id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (team); i++)
    {
      g_autoptr(CaseloadTeamAssignment) assignment = g_list_model_get_item (team, i);

      if (caseload_team_assignment_get_is_case_manager (assignment))
        manager_id = caseload_team_assignment_get_id (assignment);
      else
        {
          member_id = caseload_team_assignment_get_id (assignment);
          other_staff = caseload_team_assignment_get_staff_id (assignment);
        }
    }
  g_assert_cmpint (member_id, >, 0);
  g_assert_cmpint (manager_id, >, 0);

  page = g_object_new (CASELOAD_TYPE_STUDENT_PAGE, "store", fixture.store, NULL);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (page));
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_set_child (GTK_WINDOW (window), overlay);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (caseload_student_page_load (page, id, NULL));
  spin (100);

  /* Remove + Undo: the same row, same start date, not a new one today. */
  before = caseload_store_get_team_assignment (fixture.store, member_id, &error);
  g_assert_no_error (error);
  remove_and_undo (overlay, member_id);
  after = caseload_store_get_team_assignment (fixture.store, member_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (caseload_team_assignment_get_id (after), ==, member_id);
  g_assert_cmpint (caseload_team_assignment_get_staff_id (after), ==, caseload_team_assignment_get_staff_id (before));
  g_assert_cmpstr (caseload_team_assignment_get_role (after), ==, caseload_team_assignment_get_role (before));
  g_assert_cmpstr (g_object_get_data (G_OBJECT (after), CASELOAD_TEAM_ASSIGNMENT_START_DATE_KEY), ==,
                   g_object_get_data (G_OBJECT (before), CASELOAD_TEAM_ASSIGNMENT_START_DATE_KEY));
  g_assert_cmpstr (g_object_get_data (G_OBJECT (after), CASELOAD_TEAM_ASSIGNMENT_END_DATE_KEY), ==,
                   g_object_get_data (G_OBJECT (before), CASELOAD_TEAM_ASSIGNMENT_END_DATE_KEY));
  {
    g_autoptr(GListModel) team_after = caseload_store_list_team (fixture.store, id, NULL);

    g_assert_cmpuint (g_list_model_get_n_items (team_after), ==, g_list_model_get_n_items (team));
  }

  /* The case manager removed, another made case manager meanwhile: the
   * Undo is refused, and the refusal is shown. */
  manager = caseload_store_get_team_assignment (fixture.store, manager_id, &error);
  g_assert_no_error (error);
  {
    GtkWidget *remove = find_widget (overlay, is_remove_member_button, &manager_id);
    GtkWidget *undo;

    g_assert_nonnull (remove);
    g_signal_emit_by_name (remove, "clicked");
    spin (100);
    g_assert_true (caseload_store_set_case_manager (fixture.store, id, other_staff, &error));
    g_assert_no_error (error);
    spin (50);
    undo = find_widget (overlay, is_button_labelled, "_Undo");
    g_assert_nonnull (undo);
    g_signal_emit_by_name (undo, "clicked");
    spin (100);
  }
  dialog = find_message_dialog ("Could Not Put the Team Member Back");
  g_assert_nonnull (dialog);
  /* Either reason is a true refusal: the student has a new case manager,
   * or that new assignment took the removed row's id (SQLite reuses the
   * highest rowid). What matters is that the person is told. */
  g_assert_true (strstr (adw_message_dialog_get_body (dialog), "case manager") != NULL
                 || strstr (adw_message_dialog_get_body (dialog), "used again") != NULL);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_null (caseload_store_get_team_assignment (fixture.store, manager_id, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A guardian comes back with its own id and every field. */
  {
    g_autoptr(CaseloadGuardian) added = caseload_guardian_new ();

    caseload_guardian_set_student_id (added, id);
    caseload_guardian_set_first_name (added, "Rosa");
    caseload_guardian_set_last_name (added, "Undo-Test");
    caseload_guardian_set_relationship (added, "grandparent");
    caseload_guardian_set_phone (added, "555-0142");
    caseload_guardian_set_rights_holder (added, FALSE);
    g_assert_true (caseload_store_save_guardian (fixture.store, added, &error));
    g_assert_no_error (error);
    g_assert_cmpint (caseload_guardian_get_id (added), >, 0);
    guardian = caseload_store_get_guardian (fixture.store, caseload_guardian_get_id (added), &error);
    g_assert_no_error (error);
  }
  {
    gboolean ok = caseload_store_delete_guardian (fixture.store, caseload_guardian_get_id (guardian), &error);

    g_assert_no_error (error);
    g_assert_true (ok);
    ok = caseload_store_restore_guardian (fixture.store, guardian, &error);
    g_assert_no_error (error);
    g_assert_true (ok);
  }
  restored = caseload_store_get_guardian (fixture.store, caseload_guardian_get_id (guardian), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (caseload_guardian_get_last_name (restored), ==, caseload_guardian_get_last_name (guardian));
  g_assert_cmpint (caseload_guardian_get_id (restored), ==, caseload_guardian_get_id (guardian));
  g_assert_cmpstr (caseload_guardian_get_phone (restored), ==, "555-0142");
  g_assert_cmpstr (caseload_guardian_get_relationship (restored), ==, "grandparent");
  g_assert_false (caseload_guardian_get_rights_holder (restored));
  g_assert_cmpstr (g_object_get_data (G_OBJECT (restored), CASELOAD_GUARDIAN_SORT_ORDER_KEY), ==,
                   g_object_get_data (G_OBJECT (guardian), CASELOAD_GUARDIAN_SORT_ORDER_KEY));
  /* A second restore finds the id taken. */
  g_assert_false (caseload_store_restore_guardian (fixture.store, guardian, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_EXISTS);

  close_window (window);
  fixture_tear_down (&fixture);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (argc < 2 || !g_file_test (argv[1], G_FILE_TEST_EXISTS))
    {
      g_printerr ("usage: test-widgets SAMPLE-10000.db\n");
      return 1;
    }
  sample_10k = argv[1];

  /* No display is a failure, never a skip. */
  if (!gtk_init_check ())
    {
      g_printerr ("test-widgets: cannot open a display (run under Xvfb)\n");
      return 1;
    }
  adw_init ();

  g_test_add_func ("/ui/widgets/instantiate-all", test_instantiate_all);
  g_test_add_func ("/ui/students-page/filter-10000", test_students_filter);
  g_test_add_func ("/ui/students-page/sort", test_students_sort);
  g_test_add_func ("/ui/students-page/empty-import", test_students_empty_import);
  g_test_add_func ("/ui/student-dialog/add", test_add_student_dialog);
  g_test_add_func ("/ui/student-page/autosave", test_student_page_autosave);
  g_test_add_func ("/ui/student-page/tabs", test_student_page_tabs);
  g_test_add_func ("/ui/student-page/unsaved", test_student_page_unsaved);
  g_test_add_func ("/ui/window/close-unsaved", test_window_close_unsaved);
  g_test_add_func ("/ui/student-page/team-undo", test_team_member_undo);

  return g_test_run ();
}
