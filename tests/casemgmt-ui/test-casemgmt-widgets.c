/* test-casemgmt-widgets.c: case management's widgets in-process, against a
 * real SQLite file read back with its own connection: the task dialog
 * saves (and refuses a bad date naming the field), completing a task from
 * the dashboard and its Undo, the rights-notice warning coming and going,
 * a referral's status change, the contact log's delete and Undo, the
 * community resources search, the full task list's filter. Needs a
 * display (Xvfb); without one it fails. */
#define G_LOG_DOMAIN "test-casemgmt-widgets"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "caseload-contacts-tab.h"
#include "caseload-dashboard-page.h"
#include "caseload-date.h"
#include "caseload-resources-window.h"
#include "caseload-sample.h"
#include "caseload-store-meetings.h"
#include "caseload-task-dialog.h"
#include "caseload-tasks-window.h"

typedef struct
{
  char          *dir;
  char          *path;
  CaseloadStore *store;
  gint64         staff_id;   /* the member with the most open tasks */
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

static void
fixture_set_up (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) staff = NULL;
  CaseloadSampleOptions options = { 40, 3, { 0 } };
  guint best = 0;

  fixture->dir = g_dir_make_tmp ("caseload-casemgmt-ui-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "casemgmt.db", NULL);
  fixture->store = caseload_store_open (fixture->path, CASELOAD_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_date_clear (&options.as_of, 1);
  g_assert_true (caseload_sample_generate (fixture->store, &options, NULL, NULL, &error));
  g_assert_no_error (error);

  staff = caseload_store_list_staff (fixture->store, FALSE, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(CaseloadStaff) member = g_list_model_get_item (staff, i);
      g_autoptr(GListModel) tasks = caseload_store_list_tasks (fixture->store, caseload_staff_get_id (member),
                                                               0, FALSE, &error);

      g_assert_no_error (error);
      if (g_list_model_get_n_items (tasks) > best)
        {
          best = g_list_model_get_n_items (tasks);
          fixture->staff_id = caseload_staff_get_id (member);
        }
    }
  g_assert_cmpuint (best, >=, 1);
  caseload_store_set_actor (fixture->store, fixture->staff_id);
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

/* ---- the SQLite file, read with its own connection ----------------------- */

static sqlite3 *
open_db (Fixture *fixture)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (fixture->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  return db;
}

static char *
query_text (Fixture    *fixture,
            const char *sql,
            gint64      param)
{
  sqlite3 *db = open_db (fixture);
  sqlite3_stmt *stmt = NULL;
  char *result = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, param);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    result = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return result;
}

static gint64
query_int (Fixture    *fixture,
           const char *sql,
           gint64      param)
{
  g_autofree char *text = query_text (fixture, sql, param);

  return text != NULL ? g_ascii_strtoll (text, NULL, 10) : -1;
}

/* ---- widget helpers ------------------------------------------------------ */

static GtkWidget *
find_row (GtkWidget  *root,
          GType       type,
          const char *title)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type)
      && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, type, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The dialog's message under the form (style class "error"), if shown. */
static const char *
shown_error (GtkWidget *root)
{
  if (GTK_IS_LABEL (root) && gtk_widget_has_css_class (root, "error") && gtk_widget_get_visible (root))
    return gtk_label_get_text (GTK_LABEL (root));
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *found = shown_error (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_task_check (GtkWidget *root)
{
  if (GTK_IS_BUTTON (root) && gtk_widget_has_css_class (root, "task-check"))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_task_check (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
set_row_text (GtkWidget  *root,
              const char *title,
              const char *text)
{
  GtkWidget *row = find_row (root, ADW_TYPE_ENTRY_ROW, title);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static GtkWidget *
show_in_window (GtkWidget *child)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 1400);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), child);
  adw_window_set_content (ADW_WINDOW (window), overlay);
  gtk_window_present (GTK_WINDOW (window));
  spin (150);
  return window;
}

/* Waits for the dashboard's worker thread. */
static void
wait_dashboard (CaseloadDashboardPage *page)
{
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  spin (50);
  while (caseload_dashboard_page_get_loading (page) && g_get_monotonic_time () < end)
    spin (20);
  g_assert_false (caseload_dashboard_page_get_loading (page));
}

static gint64
student_without_notice (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) students = caseload_store_list_students (fixture->store, CASELOAD_STUDENT_LIST_ACTIVE,
                                                                 NULL, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (students); i++)
    {
      g_autoptr(CaseloadStudent) student = g_list_model_get_item (students, i);

      if (caseload_store_rights_notice_missing (fixture->store, caseload_student_get_id (student), NULL, NULL,
                                                &error))
        return caseload_student_get_id (student);
      g_assert_no_error (error);
    }
  g_assert_not_reached ();
}

/* ---- tests --------------------------------------------------------------- */

static void
test_task_dialog_saves (void)
{
  Fixture fixture = { 0 };
  g_autoptr(CaseloadStudent) student = NULL;
  g_autofree char *title = NULL;
  CaseloadTaskDialog *dialog;
  gint64 student_id;

  fixture_set_up (&fixture);
  student_id = student_without_notice (&fixture);
  student = caseload_store_get_student (fixture.store, student_id, NULL);

  /* A bad due date is refused, naming the field, and nothing is written. */
  dialog = caseload_task_dialog_new (NULL, fixture.store, NULL, 0, fixture.staff_id);
  gtk_window_present (GTK_WINDOW (dialog));
  spin (50);
  set_row_text (GTK_WIDGET (dialog), "Title", "Call the audiologist");
  set_row_text (GTK_WIDGET (dialog), "Student ID (optional)", caseload_student_get_student_number (student));
  set_row_text (GTK_WIDGET (dialog), "Due", "next Tuesday-ish");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "task.save", NULL);
  spin (50);
  g_assert_nonnull (shown_error (GTK_WIDGET (dialog)));
  g_assert_true (g_str_has_prefix (shown_error (GTK_WIDGET (dialog)), "Due:"));
  g_assert_cmpint (query_int (&fixture, "SELECT COUNT(*) FROM task WHERE title = 'Call the audiologist' AND ?1 = ?1", 0),
                   ==, 0);
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (dialog)));

  /* Corrected, it saves: student, assignee, due date and priority. */
  set_row_text (GTK_WIDGET (dialog), "Due", "2031-03-14");
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_row (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "Priority")), 2);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "task.save", NULL);
  spin (50);
  g_assert_cmpint (query_int (&fixture, "SELECT student_id FROM task WHERE title = 'Call the audiologist' AND ?1 = ?1", 0),
                   ==, student_id);
  g_assert_cmpint (query_int (&fixture, "SELECT assignee_id FROM task WHERE title = 'Call the audiologist' AND ?1 = ?1", 0),
                   ==, fixture.staff_id);
  title = query_text (&fixture, "SELECT due_date || ' ' || priority || ' ' || status FROM task "
                                "WHERE title = 'Call the audiologist' AND ?1 = ?1", 0);
  g_assert_cmpstr (title, ==, "2031-03-14 high open");

  /* An unknown student ID is refused too. */
  dialog = caseload_task_dialog_new (NULL, fixture.store, NULL, 0, fixture.staff_id);
  gtk_window_present (GTK_WINDOW (dialog));
  set_row_text (GTK_WIDGET (dialog), "Title", "Nobody's task");
  set_row_text (GTK_WIDGET (dialog), "Student ID (optional)", "NO-SUCH-ID");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "task.save", NULL);
  spin (50);
  g_assert_cmpint (query_int (&fixture, "SELECT COUNT(*) FROM task WHERE title = 'Nobody''s task' AND ?1 = ?1", 0),
                   ==, 0);
  g_assert_true (g_str_has_prefix (shown_error (GTK_WIDGET (dialog)), "Student ID:"));
  gtk_window_destroy (GTK_WINDOW (dialog));

  fixture_tear_down (&fixture);
}

static void
test_dashboard_complete_undo (void)
{
  Fixture fixture = { 0 };
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  CaseloadDashboardPage *page;
  GtkWidget *window, *check;
  g_autoptr(CaseloadTask) first = NULL;
  g_autofree char *status = NULL;
  guint n;
  gint64 id;

  fixture_set_up (&fixture);
  g_settings_set_int64 (settings, "signed-in-staff-id", fixture.staff_id);
  page = g_object_new (CASELOAD_TYPE_DASHBOARD_PAGE, "store", fixture.store, NULL);
  g_assert_cmpint (caseload_dashboard_page_get_staff_id (page), ==, fixture.staff_id);
  window = show_in_window (GTK_WIDGET (page));
  wait_dashboard (page);

  n = g_list_model_get_n_items (caseload_dashboard_page_get_tasks (page));
  g_assert_cmpuint (n, >=, 1);
  g_assert_nonnull (caseload_dashboard_page_get_summary (page, "tasks"));
  first = g_list_model_get_item (caseload_dashboard_page_get_tasks (page), 0);
  id = caseload_task_get_id (first);

  /* The first round check button is the first task's: it completes it. */
  check = find_task_check (GTK_WIDGET (page));
  g_assert_nonnull (check);
  g_signal_emit_by_name (check, "clicked");
  status = query_text (&fixture, "SELECT status FROM task WHERE id = ?1", id);
  g_assert_cmpstr (status, ==, "done");
  g_clear_pointer (&status, g_free);
  spin (600);   /* the reload the store's notification queues */
  wait_dashboard (page);
  g_assert_cmpuint (g_list_model_get_n_items (caseload_dashboard_page_get_tasks (page)), ==, n - 1);

  /* Undo (the toast's action) reopens it and it is listed again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "dashboard.reopen-task", "x", id));
  status = query_text (&fixture, "SELECT status FROM task WHERE id = ?1", id);
  g_assert_cmpstr (status, ==, "open");
  g_assert_null (query_text (&fixture, "SELECT completed_at FROM task WHERE id = ?1", id));
  spin (600);
  wait_dashboard (page);
  g_assert_cmpuint (g_list_model_get_n_items (caseload_dashboard_page_get_tasks (page)), ==, n);

  /* The counts agree with the store's own dashboard figures. */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *tasks = NULL;
    g_autofree char *deadlines = NULL;
    g_autofree char *meetings = NULL;
    CaseloadDashboard dash;

    g_assert_true (caseload_store_get_dashboard (fixture.store, fixture.staff_id, NULL, NULL, &dash, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (caseload_dashboard_page_get_attention_count (page), ==,
                      dash.overdue_tasks + dash.deadlines_overdue);
    tasks = g_strdup_printf ("%u open, %u overdue", dash.open_tasks, dash.overdue_tasks);
    g_assert_cmpstr (caseload_dashboard_page_get_summary (page, "tasks"), ==, tasks);
    deadlines = g_strdup_printf ("%u overdue, %u due soon", dash.deadlines_overdue, dash.deadlines_upcoming);
    g_assert_cmpstr (caseload_dashboard_page_get_summary (page, "deadlines"), ==, deadlines);
    meetings = g_strdup_printf ("%u today, %u this week", dash.meetings_today, dash.meetings_this_week);
    g_assert_cmpstr (caseload_dashboard_page_get_summary (page, "meetings"), ==, meetings);
  }

  /* Signed out: the dashboard asks who you are. */
  g_settings_set_int64 (settings, "signed-in-staff-id", 0);
  g_assert_cmpuint (g_list_model_get_n_items (caseload_dashboard_page_get_tasks (page)), ==, 0);
  g_assert_cmpuint (caseload_dashboard_page_get_attention_count (page), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  fixture_tear_down (&fixture);
}

static void
test_rights_warning (void)
{
  Fixture fixture = { 0 };
  CaseloadContactsTab *tab;
  GtkWidget *window;
  gint64 student_id, before;

  fixture_set_up (&fixture);
  student_id = student_without_notice (&fixture);
  tab = g_object_new (CASELOAD_TYPE_CONTACTS_TAB, "store", fixture.store, "student-id", student_id, NULL);
  window = show_in_window (GTK_WIDGET (tab));

  g_assert_nonnull (caseload_contacts_tab_get_rights_warning (tab));
  g_assert_nonnull (strstr (caseload_contacts_tab_get_rights_warning (tab), "procedural-safeguards"));
  before = query_int (&fixture, "SELECT COUNT(*) FROM rights_notice WHERE student_id = ?1", student_id);

  /* A bad date is refused (nothing written); today's date records it. */
  set_row_text (GTK_WIDGET (tab), "Date given", "the other day");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (tab), "contacts.add-notice", NULL));
  g_assert_cmpint (query_int (&fixture, "SELECT COUNT(*) FROM rights_notice WHERE student_id = ?1", student_id), ==,
                   before);
  g_assert_nonnull (caseload_contacts_tab_get_rights_warning (tab));

  set_row_text (GTK_WIDGET (tab), "Date given", "today");
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_row (GTK_WIDGET (tab), ADW_TYPE_COMBO_ROW, "How it was given")), 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (tab), "contacts.add-notice", NULL));
  g_assert_cmpint (query_int (&fixture, "SELECT COUNT(*) FROM rights_notice WHERE student_id = ?1 "
                                        "AND method = 'mail' AND given_date = date('now', 'localtime')",
                              student_id), ==, 1);
  g_assert_null (caseload_contacts_tab_get_rights_warning (tab));

  gtk_window_destroy (GTK_WINDOW (window));
  fixture_tear_down (&fixture);
}

static void
test_referral_status (void)
{
  Fixture fixture = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadCommunityResource) resource = caseload_community_resource_new ();
  g_autoptr(CaseloadResourceReferral) referral = caseload_resource_referral_new ();
  g_autoptr(CaseloadResourceReferral) shown = NULL;
  g_autofree char *status = NULL;
  CaseloadContactsTab *tab;
  GtkWidget *window;
  gint64 student_id;
  gint64 id;

  fixture_set_up (&fixture);
  student_id = student_without_notice (&fixture);
  caseload_community_resource_set_name (resource, "Test Respite Center");
  caseload_community_resource_set_category (resource, "respite");
  caseload_community_resource_set_active (resource, TRUE);
  g_assert_true (caseload_store_save_community_resource (fixture.store, resource, &error));
  g_assert_no_error (error);
  caseload_resource_referral_set_student_id (referral, student_id);
  caseload_resource_referral_set_resource_id (referral, caseload_community_resource_get_id (resource));
  caseload_resource_referral_set_referral_date (referral, "2026-09-01");
  caseload_resource_referral_set_reason (referral, "Weekend respite");
  g_assert_true (caseload_store_save_resource_referral (fixture.store, referral, &error));
  g_assert_no_error (error);
  id = caseload_resource_referral_get_id (referral);

  tab = g_object_new (CASELOAD_TYPE_CONTACTS_TAB, "store", fixture.store, "student-id", student_id, NULL);
  window = show_in_window (GTK_WIDGET (tab));
  g_assert_cmpuint (g_list_model_get_n_items (caseload_contacts_tab_get_referrals (tab)), ==, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (tab), "contacts.referral-status", "(xs)", id, "in-progress"));
  status = query_text (&fixture, "SELECT status FROM resource_referral WHERE id = ?1", id);
  g_assert_cmpstr (status, ==, "in-progress");
  shown = g_list_model_get_item (caseload_contacts_tab_get_referrals (tab), 0);
  g_assert_cmpstr (caseload_resource_referral_get_status (shown), ==, "in-progress");

  /* A step the life cycle forbids changes nothing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (tab), "contacts.referral-status", "(xs)", id, "open"));
  g_clear_pointer (&status, g_free);
  status = query_text (&fixture, "SELECT status FROM resource_referral WHERE id = ?1", id);
  g_assert_cmpstr (status, ==, "in-progress");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (tab), "contacts.referral-status", "(xs)", id, "completed"));
  g_clear_pointer (&status, g_free);
  status = query_text (&fixture, "SELECT status FROM resource_referral WHERE id = ?1", id);
  g_assert_cmpstr (status, ==, "completed");

  gtk_window_destroy (GTK_WINDOW (window));
  fixture_tear_down (&fixture);
}

static void
test_contact_delete_undo (void)
{
  Fixture fixture = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadContact) contact = caseload_contact_new ();
  CaseloadContactsTab *tab;
  GtkWidget *window;
  gint64 student_id;
  guint n;

  fixture_set_up (&fixture);
  student_id = student_without_notice (&fixture);
  caseload_contact_set_student_id (contact, student_id);
  caseload_contact_set_contact_at (contact, "2026-10-05T14:30:00Z");
  caseload_contact_set_person (contact, "Maria Test");
  caseload_contact_set_method (contact, "phone");
  caseload_contact_set_summary (contact, "Talked about the bus schedule");
  g_assert_true (caseload_store_save_contact (fixture.store, contact, &error));
  g_assert_no_error (error);

  tab = g_object_new (CASELOAD_TYPE_CONTACTS_TAB, "store", fixture.store, "student-id", student_id, NULL);
  window = show_in_window (GTK_WIDGET (tab));
  n = g_list_model_get_n_items (caseload_contacts_tab_get_contacts (tab));
  g_assert_cmpuint (n, >=, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (tab), "contacts.delete-contact", "x",
                                             caseload_contact_get_id (contact)));
  g_assert_cmpint (query_int (&fixture, "SELECT COUNT(*) FROM contact_log WHERE student_id = ?1 "
                                        "AND summary = 'Talked about the bus schedule'", student_id), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (caseload_contacts_tab_get_contacts (tab)), ==, n - 1);

  /* Undo (the toast's action) puts the same contact back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (tab), "contacts.undo-delete-contact", "x",
                                             caseload_contact_get_id (contact)));
  g_assert_cmpint (query_int (&fixture, "SELECT COUNT(*) FROM contact_log WHERE student_id = ?1 "
                                        "AND summary = 'Talked about the bus schedule' AND person = 'Maria Test' "
                                        "AND method = 'phone' AND contact_at = '2026-10-05T14:30:00Z'",
                              student_id), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (caseload_contacts_tab_get_contacts (tab)), ==, n);

  gtk_window_destroy (GTK_WINDOW (window));
  fixture_tear_down (&fixture);
}

static void
test_resources_search (void)
{
  Fixture fixture = { 0 };
  CaseloadResourcesWindow *window;
  GListModel *model;
  guint all, food;

  fixture_set_up (&fixture);
  window = caseload_resources_window_new (NULL, fixture.store);
  gtk_window_present (GTK_WINDOW (window));
  spin (100);
  model = caseload_resources_window_get_model (window);
  all = g_list_model_get_n_items (model);
  g_assert_cmpint (all, ==, query_int (&fixture, "SELECT COUNT(*) FROM community_resource WHERE ?1 = ?1", 0));

  caseload_resources_window_set_search_text (window, "food");
  food = g_list_model_get_n_items (model);
  g_assert_cmpuint (food, >=, 1);
  g_assert_cmpuint (food, <, all);
  caseload_resources_window_set_search_text (window, "no resource is called this");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  caseload_resources_window_set_search_text (window, "");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, all);

  gtk_window_destroy (GTK_WINDOW (window));
  fixture_tear_down (&fixture);
}

static void
test_tasks_window_filter (void)
{
  Fixture fixture = { 0 };
  CaseloadTasksWindow *window;
  GListModel *model;
  gint64 open_count, all_count;

  fixture_set_up (&fixture);
  window = caseload_tasks_window_new (NULL, fixture.store, 0);
  gtk_window_present (GTK_WINDOW (window));
  spin (100);
  model = caseload_tasks_window_get_model (window);
  open_count = query_int (&fixture, "SELECT COUNT(*) FROM task WHERE status = 'open' AND ?1 = ?1", 0);
  all_count = query_int (&fixture, "SELECT COUNT(*) FROM task WHERE ?1 = ?1", 0);
  g_assert_cmpint (g_list_model_get_n_items (model), ==, open_count);
  caseload_tasks_window_set_status_filter (window, 2);
  g_assert_cmpint (g_list_model_get_n_items (model), ==, all_count);
  caseload_tasks_window_set_status_filter (window, 1);
  g_assert_cmpint (g_list_model_get_n_items (model), ==, all_count - open_count);
  gtk_window_destroy (GTK_WINDOW (window));

  window = caseload_tasks_window_new (NULL, fixture.store, fixture.staff_id);
  gtk_window_present (GTK_WINDOW (window));
  spin (50);
  g_assert_cmpint (g_list_model_get_n_items (caseload_tasks_window_get_model (window)), ==,
                   query_int (&fixture, "SELECT COUNT(*) FROM task WHERE status = 'open' AND assignee_id = ?1",
                              fixture.staff_id));
  gtk_window_destroy (GTK_WINDOW (window));
  fixture_tear_down (&fixture);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_printerr ("test-casemgmt-widgets: cannot open a display (run under Xvfb)\n");
      return 1;
    }
  adw_init ();

  g_test_add_func ("/casemgmt-ui/task-dialog/saves", test_task_dialog_saves);
  g_test_add_func ("/casemgmt-ui/dashboard/complete-undo", test_dashboard_complete_undo);
  g_test_add_func ("/casemgmt-ui/contacts-tab/rights-warning", test_rights_warning);
  g_test_add_func ("/casemgmt-ui/contacts-tab/referral-status", test_referral_status);
  g_test_add_func ("/casemgmt-ui/contacts-tab/delete-contact-undo", test_contact_delete_undo);
  g_test_add_func ("/casemgmt-ui/resources/search", test_resources_search);
  g_test_add_func ("/casemgmt-ui/tasks-window/filter", test_tasks_window_filter);

  return g_test_run ();
}
