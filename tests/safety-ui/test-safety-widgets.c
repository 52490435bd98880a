/* test-safety-widgets.c: data safety in the real GUI, in-process, on real
 * SQLite files (issue 7): the History tab words a goal-target change made
 * through the store; Back Up Now writes a backup; Restore brings back the
 * earlier state and keeps a safety backup; the import preview writes
 * nothing until Import; a damaged database at startup gets the restore
 * offer and stays byte-identical. Needs a display (Xvfb): without one it
 * fails. */
#define G_LOG_DOMAIN "caseload-test-safety"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "caseload-application.h"
#include "caseload-backup.h"
#include "caseload-export-dialog.h"
#include "caseload-history.h"
#include "caseload-history-view.h"
#include "caseload-import-dialog.h"
#include "caseload-restore-dialog.h"
#include "caseload-store.h"
#include "caseload-student-page.h"
#include "caseload-window.h"
#include "caseload-xml.h"

static char *data_home;

typedef struct
{
  char          *dir;
  char          *path;
  CaseloadStore *store;
  gint64         student_id;
  gint64         goal_id;
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

/* Runs the main loop until @done says so (or 30 s: then the test fails). */
static gboolean
wait_for (gboolean (*done) (gpointer),
          gpointer   data)
{
  gint64 end = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  if (!done (data))
    {
      /* Say what the app showed instead. */
      g_autoptr(GListModel) toplevels = g_object_ref (gtk_window_get_toplevels ());

      for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
        {
          g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

          if (ADW_IS_MESSAGE_DIALOG (window))
            g_test_message ("A dialog is shown: %s — %s",
                            adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (window)),
                            adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (window)));
        }
      return FALSE;
    }
  return TRUE;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static char *
backups_dir (void)
{
  return caseload_backup_default_dir ();
}

/* The backups folder starts empty for each test. */
static void
clear_backups (void)
{
  g_autofree char *dir = backups_dir ();

  remove_tree (dir);
}

static gint64
add_student (CaseloadStore *store,
             const char    *number,
             const char    *first)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadStudent) student = caseload_student_new ();

  caseload_student_set_student_number (student, number);
  caseload_student_set_first_name (student, first);
  caseload_student_set_last_name (student, "Ortiz");
  caseload_student_set_birth_date (student, "2015-03-10");
  caseload_student_set_grade (student, "4");
  caseload_student_set_status (student, "active");
  caseload_student_set_home_language (student, "en");
  caseload_store_save_student (store, student, &error);
  g_assert_no_error (error);
  return caseload_student_get_id (student);
}

static void
fixture_set_up (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadGoal) goal = caseload_goal_new ();
  gint64 iep_id;

  clear_backups ();
  f->dir = g_dir_make_tmp ("caseload-safety-ui-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "caseload.db", NULL);
  f->store = caseload_store_open (f->path, CASELOAD_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);

  f->student_id = add_student (f->store, "S-1", "Maya");
  iep_id = caseload_store_create_iep_draft (f->store, f->student_id, "annual", &error);
  g_assert_no_error (error);
  caseload_goal_set_iep_id (goal, iep_id);
  caseload_goal_set_area (goal, "reading");
  caseload_goal_set_behavior (goal, "reads grade-level text aloud");
  caseload_goal_set_unit (goal, "words per minute");
  caseload_goal_set_target_value (goal, 90);
  caseload_store_save_goal (f->store, goal, &error);
  g_assert_no_error (error);
  f->goal_id = caseload_goal_get_id (goal);
}

static void
fixture_tear_down (Fixture *f)
{
  g_clear_object (&f->store);
  remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static int
count_rows (const char *path,
            const char *table)
{
  g_autofree char *uri = g_strdup_printf ("file:%s?mode=ro", path);
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int n = -1;

  g_assert_cmpint (sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

/* The backups folder's files whose names contain @part. */
static GPtrArray *
find_backups (const char *part)
{
  g_autofree char *dir_path = backups_dir ();
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (strstr (name, part) != NULL)
      g_ptr_array_add (found, g_build_filename (dir_path, name, NULL));
  return found;
}

static CaseloadWindow *
window_on (CaseloadStore *store)
{
  CaseloadWindow *window = caseload_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  caseload_window_set_store (window, store);
  spin (100);
  return window;
}

static gboolean
has_row_titled (GtkWidget  *widget,
                const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (widget)
      && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0
      && gtk_widget_get_mapped (widget))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_row_titled (child, title))
      return TRUE;
  return FALSE;
}

static GtkWidget *
find_row_titled (GtkWidget  *widget,
                 const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (widget)
      && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row_titled (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A toplevel of @type, as the app presents it. */
static GtkWidget *
find_toplevel (GType type)
{
  g_autoptr(GListModel) toplevels = gtk_window_get_toplevels ();

  g_object_ref (toplevels);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return GTK_WIDGET (window);
    }
  return NULL;
}

/* ---- History ---------------------------------------------------------------- */

static gboolean
shows_target_change (gpointer data)
{
  return has_row_titled (GTK_WIDGET (data), "Goal 1 target: 90 → 110 words per minute");
}

static void
test_history_goal_target (void)
{
  Fixture f = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadGoal) goal = NULL;
  g_autoptr(CaseloadIep) iep = NULL;
  CaseloadWindow *window;
  GtkWidget *page;
  GtkWidget *stack;
  CaseloadHistoryView *view;
  AdwComboRow *section_row = NULL;
  GListModel *shown;
  gboolean found = FALSE;

  fixture_set_up (&f);
  window = window_on (f.store);
  caseload_window_show_student (window, f.student_id);
  spin (200);

  /* The History tab, drawn. */
  page = find_descendant (GTK_WIDGET (window), CASELOAD_TYPE_STUDENT_PAGE);
  g_assert_nonnull (page);
  stack = find_descendant (page, ADW_TYPE_VIEW_STACK);
  g_assert_nonnull (stack);
  g_assert_nonnull (adw_view_stack_get_child_by_name (ADW_VIEW_STACK (stack), "history"));
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "history");
  view = CASELOAD_HISTORY_VIEW (find_descendant (page, CASELOAD_TYPE_HISTORY_VIEW));
  g_assert_cmpint (caseload_history_view_get_student_id (view), ==, f.student_id);
  spin (100);

  /* A change through the store shows up in words. */
  iep = caseload_store_get_current_iep (f.store, f.student_id, &error);
  g_assert_no_error (error);
  goal = g_object_ref (g_ptr_array_index (caseload_iep_get_goals (iep), 0));
  caseload_goal_set_target_value (goal, 110);
  caseload_store_save_goal (f.store, goal, &error);
  g_assert_no_error (error);
  g_assert_true (wait_for (shows_target_change, view));

  shown = caseload_history_view_get_shown (view);
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(CaseloadHistoryEntry) entry = g_list_model_get_item (shown, i);

      found |= g_str_equal (caseload_history_entry_get_summary (entry),
                            "Goal 1 target: 90 → 110 words per minute");
    }
  g_assert_true (found);

  /* Filtered to Profile, the goal change is gone; to Goals & Progress,
   * back. (Section choices: All, Profile, IEP, Goals & Progress, …) */
  section_row = ADW_COMBO_ROW (find_row_titled (GTK_WIDGET (view), "Section"));
  g_assert_nonnull (section_row);
  adw_combo_row_set_selected (section_row, 1 + CASELOAD_HISTORY_SECTION_PROFILE);
  spin (50);
  g_assert_false (shows_target_change (view));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);   /* Student added */
  adw_combo_row_set_selected (section_row, 1 + CASELOAD_HISTORY_SECTION_GOALS);
  spin (50);
  g_assert_true (shows_target_change (view));

  gtk_window_destroy (GTK_WINDOW (window));
  spin (50);
  fixture_tear_down (&f);
}

/* ---- Back Up Now -------------------------------------------------------------- */

static gboolean
has_manual_backup (gpointer data)
{
  g_autoptr(GPtrArray) found = find_backups ("-manual.db");

  return found->len > 0;
}

static gboolean
has_daily_backup (gpointer data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *name = caseload_backup_file_name (now, NULL);
  g_autoptr(GPtrArray) found = find_backups (name);

  return found->len > 0;
}

static void
test_backup_now (void)
{
  Fixture f = { 0, };
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  CaseloadWindow *window;
  int version = 0;

  fixture_set_up (&f);
  window = window_on (f.store);
  g_assert_false (has_manual_backup (NULL));
  /* Opening it made the backup of the day, in a worker thread. */
  g_assert_true (wait_for (has_daily_backup, NULL));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.backup-now", NULL));
  g_assert_true (wait_for (has_manual_backup, NULL));
  spin (100);

  found = find_backups ("-manual.db");
  g_assert_cmpuint (found->len, ==, 1);
  caseload_backup_check_file (g_ptr_array_index (found, 0), &version, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (g_ptr_array_index (found, 0), "student"), ==, 1);
  g_assert_cmpint (count_rows (g_ptr_array_index (found, 0), "goal"), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
  spin (50);
  fixture_tear_down (&f);
}

/* ---- Restore ------------------------------------------------------------------- */

static gboolean
has_confirmation (gpointer data)
{
  return caseload_restore_dialog_get_confirmation (data) != NULL;
}

typedef struct
{
  CaseloadWindow *window;
  CaseloadStore  *old_store;
} StoreSwap;

static gboolean
store_replaced (gpointer data)
{
  StoreSwap *swap = data;
  CaseloadStore *store = caseload_window_get_store (swap->window);

  return store != NULL && store != swap->old_store;
}

static void
test_restore (void)
{
  Fixture f = { 0, };
  g_autoptr(GError) error = NULL;
  g_autofree char *earlier = NULL;
  g_autoptr(GPtrArray) safety = NULL;
  GtkWidget *dialog;
  CaseloadWindow *window;
  GPtrArray *listed;
  StoreSwap swap;
  GtkWidget *confirmation;

  fixture_set_up (&f);
  earlier = caseload_backup_now (f.path, NULL, "manual", &error);
  g_assert_no_error (error);
  /* Later: a second student. */
  add_student (f.store, "S-2", "Leo");
  g_assert_cmpint (count_rows (f.path, "student"), ==, 2);

  window = window_on (f.store);
  dialog = caseload_window_show_restore (window, f.path, FALSE);
  spin (100);
  listed = caseload_restore_dialog_list_backups (CASELOAD_RESTORE_DIALOG (dialog));
  g_assert_cmpuint (listed->len, >=, 1);
  g_assert_true (g_ptr_array_find_with_equal_func (listed, earlier, g_str_equal, NULL));

  /* A file that is not a backup is refused in words, and nothing happens. */
  {
    g_autofree char *junk = g_build_filename (f.dir, "junk.db", NULL);

    g_file_set_contents (junk, "not a database at all", -1, &error);
    g_assert_no_error (error);
    caseload_restore_dialog_choose (CASELOAD_RESTORE_DIALOG (dialog), junk);
    spin (500);
    g_assert_null (caseload_restore_dialog_get_confirmation (CASELOAD_RESTORE_DIALOG (dialog)));
    g_assert_cmpint (count_rows (f.path, "student"), ==, 2);
  }

  caseload_restore_dialog_choose (CASELOAD_RESTORE_DIALOG (dialog), earlier);
  g_assert_true (wait_for (has_confirmation, dialog));
  confirmation = caseload_restore_dialog_get_confirmation (CASELOAD_RESTORE_DIALOG (dialog));
  g_assert_true (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (confirmation)),
                         "The current database is saved as a backup first") != NULL);
  /* Asking changed nothing yet. */
  g_assert_cmpint (count_rows (f.path, "student"), ==, 2);

  swap.window = window;
  swap.old_store = f.store;
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (confirmation), "restore");
  g_assert_true (wait_for (store_replaced, &swap));

  /* The earlier state, in the file; the later one in the safety backup. */
  g_assert_cmpint (count_rows (f.path, "student"), ==, 1);
  safety = find_backups ("-before-restore.db");
  g_assert_cmpuint (safety->len, ==, 1);
  g_assert_cmpint (count_rows (g_ptr_array_index (safety, 0), "student"), ==, 2);

  gtk_window_destroy (GTK_WINDOW (window));
  spin (50);
  fixture_tear_down (&f);
}

/* ---- Import preview -------------------------------------------------------------- */

static gboolean
import_in_state (gpointer data)
{
  const char **wanted = data;
  GtkWidget *dialog = find_toplevel (CASELOAD_TYPE_IMPORT_DIALOG);

  if (wanted[0] == NULL)
    return dialog == NULL;
  return dialog != NULL
         && g_strcmp0 (caseload_import_dialog_get_state (CASELOAD_IMPORT_DIALOG (dialog)), wanted[0]) == 0;
}

static void
test_import_preview (void)
{
  Fixture f = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadStore) other = NULL;
  g_autofree char *other_path = NULL;
  g_autofree char *xml = NULL;
  const char *preview[] = { "preview", NULL };
  const char *closed[] = { NULL };
  CaseloadWindow *window;
  GtkWidget *dialog;
  int before, audit_before;

  fixture_set_up (&f);

  /* This district's export: three students (with the first one's IEP). An
   * import goes into a new, empty database, which adopts its identity. */
  add_student (f.store, "S-2", "Leo");
  add_student (f.store, "S-3", "Ines");
  xml = g_build_filename (f.dir, "district.xml", NULL);
  caseload_xml_export_file (f.store, 0, CASELOAD_XML_EXPORT_DEFAULT, xml, &error);
  g_assert_no_error (error);

  other_path = g_build_filename (f.dir, "new.db", NULL);
  other = caseload_store_open (other_path, CASELOAD_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);

  window = window_on (other);
  before = count_rows (other_path, "student");
  audit_before = count_rows (other_path, "audit_log");
  g_assert_cmpint (before, ==, 0);

  dialog = caseload_window_show_import (window);
  g_assert_nonnull (dialog);
  caseload_import_dialog_preview (CASELOAD_IMPORT_DIALOG (dialog), xml);
  g_assert_true (wait_for (import_in_state, preview));

  /* The preview counts, and wrote nothing. */
  {
    GtkWidget *row = find_row_titled (dialog, "Students");

    g_assert_nonnull (row);
    g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                     "3 students added, 0 updated, 0 unchanged, 0 skipped");
  }
  g_assert_cmpint (count_rows (other_path, "student"), ==, before);
  g_assert_cmpint (count_rows (other_path, "goal"), ==, 0);
  g_assert_cmpint (count_rows (other_path, "audit_log"), ==, audit_before);

  /* Import applies it. */
  g_assert_true (gtk_widget_activate_action (dialog, "import.apply", NULL));
  g_assert_true (wait_for (import_in_state, closed));
  spin (100);
  g_assert_cmpint (count_rows (other_path, "student"), ==, before + 3);
  g_assert_cmpint (count_rows (other_path, "goal"), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
  spin (50);
  fixture_tear_down (&f);
}

/* ---- Export and the network-drive refusal ----------------------------------------- */

static gboolean
file_exists (gpointer data)
{
  return g_file_test (data, G_FILE_TEST_IS_REGULAR);
}

static void
test_export (void)
{
  Fixture f = { 0, };
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autoptr(CaseloadStore) empty = NULL;
  g_autofree char *empty_path = NULL;
  g_autoptr(CaseloadXmlImportResult) result = NULL;
  CaseloadExportDialog *dialog;

  fixture_set_up (&f);
  add_student (f.store, "S-2", "Leo");
  path = g_build_filename (f.dir, "one-student.xml", NULL);

  /* Only the open student: the dialog offers it and starts with it. */
  dialog = caseload_export_dialog_new (NULL, f.path, f.student_id, "Maya Ortiz");
  gtk_window_present (GTK_WINDOW (dialog));
  spin (50);
  caseload_export_dialog_export_to (dialog, path);
  g_assert_true (wait_for (file_exists, path));
  spin (200);

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, "Maya"));
  g_assert_null (strstr (text, "Leo"));

  /* It reads back: one student. */
  empty_path = g_build_filename (f.dir, "empty.db", NULL);
  empty = caseload_store_open (empty_path, CASELOAD_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  caseload_xml_import_file (empty, path, NULL, &result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (result->students_added, ==, 1);

  fixture_tear_down (&f);
}

/* The first AdwComboRow under @widget whose model lists @item. */
static AdwComboRow *
find_combo_listing (GtkWidget  *widget,
                    const char *item)
{
  if (ADW_IS_COMBO_ROW (widget))
    {
      GListModel *model = adw_combo_row_get_model (ADW_COMBO_ROW (widget));

      for (guint i = 0; GTK_IS_STRING_LIST (model) && i < g_list_model_get_n_items (model); i++)
        if (strstr (gtk_string_list_get_string (GTK_STRING_LIST (model), i), item) != NULL)
          return ADW_COMBO_ROW (widget);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwComboRow *found = find_combo_listing (child, item);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Ed-Fi is one more row of the format table: the same dialog writes an
 * InterchangeStudentProgram with the student's program association. */
static void
test_export_edfi (void)
{
  Fixture f = { 0, };
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  CaseloadExportDialog *dialog;
  AdwComboRow *format_row;
  GListModel *formats;
  guint edfi = G_MAXUINT;

  fixture_set_up (&f);
  path = g_build_filename (f.dir, "edfi.xml", NULL);

  /* Ed-Fi needs the IEP's dates. */
  {
    g_autoptr(CaseloadIep) iep = caseload_store_get_current_iep (f.store, f.student_id, &error);

    g_assert_no_error (error);
    caseload_iep_set_meeting_date (iep, "2026-10-05");
    caseload_iep_set_start_date (iep, "2026-10-06");
    caseload_iep_set_end_date (iep, "2027-10-05");
    caseload_store_save_iep (f.store, iep, &error);
    g_assert_no_error (error);
  }

  dialog = caseload_export_dialog_new (NULL, f.path, f.student_id, "Maya Ortiz");
  gtk_window_present (GTK_WINDOW (dialog));
  spin (50);
  format_row = find_combo_listing (GTK_WIDGET (dialog), "Ed-Fi");
  g_assert_nonnull (format_row);
  formats = adw_combo_row_get_model (format_row);
  for (guint i = 0; i < g_list_model_get_n_items (formats); i++)
    if (strstr (gtk_string_list_get_string (GTK_STRING_LIST (formats), i), "Ed-Fi") != NULL)
      edfi = i;
  adw_combo_row_set_selected (format_row, edfi);
  spin (20);

  caseload_export_dialog_export_to (dialog, path);
  g_assert_true (wait_for (file_exists, path));
  spin (200);

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, "InterchangeStudentProgram"));
  g_assert_nonnull (strstr (text, "StudentSpecialEducationProgramAssociation"));
  g_assert_null (strstr (text, "caseload.github.io"));

  fixture_tear_down (&f);
}

static GtkWidget *
find_message_dialog (void)
{
  return find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
}

static gboolean
has_message_dialog (gpointer data)
{
  return find_message_dialog () != NULL;
}

/* The store refuses a database on NFS; the GUI says why in words. */
static void
test_network_drive (void)
{
  g_autoptr(GError) error = NULL;
  CaseloadWindow *window = caseload_window_new (NULL);
  GtkWidget *dialog;
  const char *body;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_false (caseload_backup_check_filesystem_type ("/mnt/district/caseload.db",
                                                         CASELOAD_FS_NFS_MAGIC, &error));
  caseload_window_report_open_error (window, "/mnt/district/caseload.db", error);
  g_assert_true (wait_for (has_message_dialog, NULL));
  dialog = find_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "Could Not Open the Database");
  body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog));
  g_assert_nonnull (strstr (body, "/mnt/district/caseload.db"));
  g_assert_nonnull (strstr (body, "NFS"));
  /* Not the damaged-file question: nothing to restore here. */
  g_assert_null (caseload_window_get_damaged_dialog (window));

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
  spin (50);
}

/* ---- A damaged database at startup ------------------------------------------------- */

static gboolean
has_damaged_dialog (gpointer data)
{
  return caseload_window_get_damaged_dialog (data) != NULL;
}

static gboolean
has_restore_dialog (gpointer data)
{
  return find_toplevel (CASELOAD_TYPE_RESTORE_DIALOG) != NULL;
}

static void
test_damaged_startup (void)
{
  Fixture f = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadApplication) app = NULL;
  g_autofree char *good = NULL;
  g_autofree char *damaged_bytes = NULL;
  g_autofree char *after = NULL;
  gsize damaged_len = 0, after_len = 0;
  CaseloadWindow *window;
  GtkWidget *restore;
  GtkWidget *dialog;
  GPtrArray *listed;

  fixture_set_up (&f);
  good = caseload_backup_now (f.path, NULL, "manual", &error);
  g_assert_no_error (error);
  g_clear_object (&f.store);

  /* Damage the file past its first page: SQLite still opens it, the
   * quick check finds the damage. */
  {
    g_autofree char *bytes = NULL;
    gsize len = 0;

    g_file_get_contents (f.path, &bytes, &len, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (len, >, 8192);
    for (gsize i = 4096; i < len; i++)
      bytes[i] = (char) (i * 131 + 7);
    g_file_set_contents (f.path, bytes, len, &error);
    g_assert_no_error (error);
  }
  g_file_get_contents (f.path, &damaged_bytes, &damaged_len, &error);
  g_assert_no_error (error);

  /* Started the way Caseload starts. */
  app = caseload_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  caseload_application_open_database (app, f.path, FALSE);
  window = CASELOAD_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  if (window == NULL)
    {
      GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));

      g_assert_nonnull (windows);
      window = CASELOAD_WINDOW (windows->data);
    }

  g_assert_true (wait_for (has_damaged_dialog, window));
  dialog = caseload_window_get_damaged_dialog (window);
  g_assert_true (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), f.path) != NULL);
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "restore"));
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "quit"));
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "open"));
  g_assert_null (caseload_window_get_store (window));

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  g_assert_true (wait_for (has_restore_dialog, NULL));
  restore = find_toplevel (CASELOAD_TYPE_RESTORE_DIALOG);
  listed = caseload_restore_dialog_list_backups (CASELOAD_RESTORE_DIALOG (restore));
  g_assert_true (g_ptr_array_find_with_equal_func (listed, good, g_str_equal, NULL));
  spin (200);

  /* Never written to: the same bytes. */
  g_file_get_contents (f.path, &after, &after_len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (after_len, ==, damaged_len);
  g_assert_true (memcmp (after, damaged_bytes, after_len) == 0);

  /* Restoring keeps the damaged file aside, byte for byte. */
  caseload_restore_dialog_choose (CASELOAD_RESTORE_DIALOG (restore), good);
  g_assert_true (wait_for (has_confirmation, restore));
  {
    StoreSwap swap = { window, NULL };
    g_autofree char *kept_bytes = NULL;
    g_autoptr(GDir) dir = g_dir_open (f.dir, 0, NULL);
    const char *name;
    gsize kept_len = 0;
    gboolean kept = FALSE;

    adw_message_dialog_response (ADW_MESSAGE_DIALOG (caseload_restore_dialog_get_confirmation (CASELOAD_RESTORE_DIALOG (restore))),
                                 "restore");
    g_assert_true (wait_for (store_replaced, &swap));
    g_assert_cmpint (count_rows (f.path, "student"), ==, 1);
    while ((name = g_dir_read_name (dir)) != NULL)
      if (g_str_has_prefix (name, "caseload.db.damaged-") && !g_str_has_suffix (name, "-wal")
          && !g_str_has_suffix (name, "-shm"))
        {
          g_autofree char *path = g_build_filename (f.dir, name, NULL);

          g_file_get_contents (path, &kept_bytes, &kept_len, &error);
          g_assert_no_error (error);
          kept = kept_len == damaged_len && memcmp (kept_bytes, damaged_bytes, kept_len) == 0;
        }
    g_assert_true (kept);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  spin (50);
  fixture_tear_down (&f);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* Backups go to a folder of this test only (before GLib caches it). */
  data_home = g_dir_make_tmp ("caseload-safety-data-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  g_test_init (&argc, &argv, NULL);

  /* No display is a failure, never a skip. */
  if (!gtk_init_check ())
    {
      g_printerr ("test-safety-widgets: cannot open a display (run under Xvfb)\n");
      return 1;
    }
  adw_init ();

  g_test_add_func ("/safety-ui/history/goal-target", test_history_goal_target);
  g_test_add_func ("/safety-ui/backup-now", test_backup_now);
  g_test_add_func ("/safety-ui/restore", test_restore);
  g_test_add_func ("/safety-ui/import-preview", test_import_preview);
  g_test_add_func ("/safety-ui/damaged-startup", test_damaged_startup);
  g_test_add_func ("/safety-ui/export", test_export);
  g_test_add_func ("/safety-ui/export-edfi", test_export_edfi);
  g_test_add_func ("/safety-ui/network-drive", test_network_drive);

  status = g_test_run ();
  remove_tree (data_home);
  g_free (data_home);
  return status;
}
