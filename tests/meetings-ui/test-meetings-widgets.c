/* test-meetings-widgets.c: the meeting editor and the calendar in-process,
 * on a real database file, under Xvfb (build-aux/test.sh). Without a
 * display it fails.
 *
 * The editor: the rule warnings follow the fields as they are typed (no
 * notice, a late notice, none), a meeting ending at 10:00 does not clash
 * with one starting at 10:00 while 10:30 does, a new meeting is saved with
 * Save and offers the standard tasks, a stored one saves itself, a bad
 * field is kept and marked, and the saved invitation parses with libical.
 * Rooms: the Room choice lists the student's school's rooms; two meetings
 * in the same room at overlapping times warn, 9:00-10:00 against 10:00
 * does not, and the chosen room is saved and shown again.
 * The calendar: a meeting in its day's cell, a deadline marker, and the
 * keyboard moving the selected day. */
#define G_LOG_DOMAIN "caseload-test-meetings-widgets"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <libical/ical.h>
#include <sqlite3.h>
#include <string.h>

#include "caseload-date.h"
#include "caseload-ics.h"
#include "caseload-iep-page.h"
#include "caseload-store-iep.h"
#include "caseload-sample.h"
#include "caseload-meeting-calendar.h"
#include "caseload-meeting-editor.h"
#include "caseload-meetings-page.h"
#include "caseload-preferences-window.h"
#include "caseload-store-meetings.h"
#include "caseload-student-meetings.h"

typedef struct
{
  char          *dir;
  char          *path;
  CaseloadStore *store;
  gint64         student_id;
  gint64         guardian_id;
  gint64         case_manager_id;
  gint64         gen_ed_id;
  gint64         lea_id;
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

static gint64
add_staff (Fixture    *f,
           gint64      school_id,
           const char *first,
           const char *last,
           const char *role)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadStaff) staff = caseload_staff_new ();

  caseload_staff_set_first_name (staff, first);
  caseload_staff_set_last_name (staff, last);
  caseload_staff_set_role (staff, role);
  caseload_staff_set_active (staff, TRUE);
  caseload_staff_set_school_id (staff, school_id);
  g_assert_true (caseload_store_save_staff (f->store, staff, &error));
  g_assert_no_error (error);
  return caseload_staff_get_id (staff);
}

/* One student (Quintero, Anabel) in a Chicago school, a parent holding
 * the rights, a case manager and a regular-education teacher on the team,
 * an administrator at the school, and the rights notice of 2026-27. */
static void
fixture_set_up (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadSchool) school = caseload_school_new ();
  g_autoptr(CaseloadStudent) student = caseload_student_new ();
  g_autoptr(CaseloadGuardian) guardian = caseload_guardian_new ();
  g_autoptr(CaseloadRightsNotice) notice = caseload_rights_notice_new ();
  gint64 school_id;

  f->dir = g_dir_make_tmp ("caseload-meetings-ui-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "caseload.db", NULL);
  f->store = caseload_store_open (f->path, CASELOAD_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);

  caseload_school_set_name (school, "Lincoln Elementary");
  caseload_school_set_time_zone (school, "America/Chicago");
  g_assert_true (caseload_store_save_school (f->store, school, &error));
  g_assert_no_error (error);
  school_id = caseload_school_get_id (school);

  caseload_student_set_student_number (student, "S100");
  caseload_student_set_first_name (student, "Anabel");
  caseload_student_set_last_name (student, "Quintero");
  caseload_student_set_birth_date (student, "2014-03-10");
  caseload_student_set_grade (student, "6");
  caseload_student_set_status (student, "active");
  caseload_student_set_school_id (student, school_id);
  g_assert_true (caseload_store_save_student (f->store, student, &error));
  g_assert_no_error (error);
  f->student_id = caseload_student_get_id (student);

  caseload_guardian_set_student_id (guardian, f->student_id);
  caseload_guardian_set_first_name (guardian, "Maria");
  caseload_guardian_set_last_name (guardian, "Lopez");
  caseload_guardian_set_relationship (guardian, "mother");
  caseload_guardian_set_rights_holder (guardian, TRUE);
  g_assert_true (caseload_store_save_guardian (f->store, guardian, &error));
  g_assert_no_error (error);
  f->guardian_id = caseload_guardian_get_id (guardian);

  f->case_manager_id = add_staff (f, school_id, "Casey", "Case", "special-education-teacher");
  f->gen_ed_id = add_staff (f, school_id, "Gina", "General", "general-education-teacher");
  f->lea_id = add_staff (f, school_id, "Lee", "District", "administrator");
  caseload_store_set_actor (f->store, f->case_manager_id);
  g_assert_true (caseload_store_set_case_manager (f->store, f->student_id, f->case_manager_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (caseload_store_add_team_member (f->store, f->student_id, f->gen_ed_id,
                                                   "general-education-teacher", &error), >, 0);
  g_assert_no_error (error);

  caseload_rights_notice_set_student_id (notice, f->student_id);
  caseload_rights_notice_set_given_date (notice, "2026-09-01");
  caseload_rights_notice_set_method (notice, "in-person");
  g_assert_true (caseload_store_add_rights_notice (f->store, notice, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture *f)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&f->store);
  dir = g_dir_open (f->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (f->dir, name, NULL);
      g_unlink (file);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static GtkWidget *
find_row (GtkWidget  *widget,
          const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (widget)
      && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
type_into (GtkWidget  *root,
           const char *title,
           const char *text)
{
  GtkWidget *row = find_row (root, title);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  spin (10);
}

static guint
count_containing (GStrv       warnings,
                  const char *needle)
{
  guint n = 0;

  for (guint i = 0; warnings[i] != NULL; i++)
    if (strstr (warnings[i], needle) != NULL)
      n++;
  return n;
}

static AdwMessageDialog *
find_message_dialog (const char *heading)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window))
          && g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (window)), heading) == 0)
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

/* Another meeting of the case manager on 2027-03-10 at @hour:00-@hour+1. */
static gint64
book_case_manager (Fixture *f,
                   int      hour)
{
  g_autoptr(CaseloadMeeting) m = caseload_meeting_new ();
  g_autoptr(CaseloadMeetingAttendee) a = caseload_meeting_attendee_new ();
  g_autoptr(GError) error = NULL;

  caseload_meeting_set_student_id (m, f->student_id);
  caseload_meeting_set_kind (m, "parent-conference");
  caseload_meeting_set_time_zone (m, "America/Chicago");
  caseload_meeting_set_local_times (m, 2027, 3, 10, hour, 0, hour + 1, 0);
  caseload_meeting_attendee_set_staff_id (a, f->case_manager_id);
  caseload_meeting_attendee_set_role (a, "case-manager");
  caseload_meeting_add_attendee (m, a);
  g_assert_true (caseload_store_save_meeting (f->store, m, &error));
  g_assert_no_error (error);
  return caseload_meeting_get_id (m);
}

/* ---- the editor ---------------------------------------------------------- */

static void
test_editor (void)
{
  Fixture f = { 0 };
  g_autoptr(CaseloadMeeting) meeting = NULL;
  g_autoptr(CaseloadMeeting) stored = NULL;
  g_autoptr(GListModel) tasks = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *ics = NULL;
  CaseloadMeetingEditor *editor;
  AdwMessageDialog *dialog;
  GStrv warnings;
  GPtrArray *attendees;
  GtkWidget *end_row;
  icalcomponent *calendar, *event;
  gint64 id;
  gboolean saw_lea = FALSE, saw_parent = FALSE;

  fixture_set_up (&f);
  book_case_manager (&f, 9);     /* 9:00-10:00: ends when ours starts */

  /* Prefilled: the parent, the team and the school's administrator as the
   * district representative. */
  meeting = caseload_meeting_editor_new_meeting (f.store, f.student_id);
  g_assert_cmpstr (caseload_meeting_get_time_zone (meeting), ==, "America/Chicago");
  g_assert_true (caseload_store_prefill_meeting_invitees (f.store, meeting, &error));
  g_assert_no_error (error);
  attendees = caseload_meeting_get_attendees (meeting);
  g_assert_cmpuint (attendees->len, ==, 4);
  for (guint i = 0; i < attendees->len; i++)
    {
      CaseloadMeetingAttendee *a = g_ptr_array_index (attendees, i);

      saw_parent |= caseload_meeting_attendee_get_guardian_id (a) == f.guardian_id
                    && g_str_equal (caseload_meeting_attendee_get_role (a), "parent");
      saw_lea |= caseload_meeting_attendee_get_staff_id (a) == f.lea_id
                 && g_str_equal (caseload_meeting_attendee_get_role (a), "lea-representative");
    }
  g_assert_true (saw_parent);
  g_assert_true (saw_lea);

  editor = caseload_meeting_editor_new_for (NULL, f.store, meeting);
  gtk_window_present (GTK_WINDOW (editor));
  spin (100);

  type_into (GTK_WIDGET (editor), "Date", "2027-03-10");
  type_into (GTK_WIDGET (editor), "Start time", "10:00");
  type_into (GTK_WIDGET (editor), "End time", "11:00");
  type_into (GTK_WIDGET (editor), "Other place or details", "Room 12");

  /* No notice yet. */
  warnings = caseload_meeting_editor_dup_warnings (editor);
  g_assert_cmpuint (count_containing (warnings, "No meeting notice has been sent yet"), ==, 1);
  g_strfreev (warnings);

  /* Three days before: late, in words. */
  type_into (GTK_WIDGET (editor), "Notice sent on", "2027-03-07");
  warnings = caseload_meeting_editor_dup_warnings (editor);
  g_assert_cmpuint (count_containing (warnings, "No meeting notice"), ==, 0);
  g_assert_cmpuint (count_containing (warnings,
                                      "The notice was sent 3 days before the meeting; at least 5 are required"),
                    ==, 1);
  g_strfreev (warnings);

  /* In time: nothing left, and 9:00-10:00 does not clash with 10:00. */
  type_into (GTK_WIDGET (editor), "Notice sent on", "2027-03-01");
  warnings = caseload_meeting_editor_dup_warnings (editor);
  g_assert_cmpuint (g_strv_length (warnings), ==, 0);
  g_strfreev (warnings);

  /* Starting at 9:30 overlaps: Casey Case is double-booked. */
  type_into (GTK_WIDGET (editor), "Start time", "9:30");
  warnings = caseload_meeting_editor_dup_warnings (editor);
  g_assert_cmpuint (count_containing (warnings, "Casey Case is already in another meeting at that time"), ==, 1);
  g_strfreev (warnings);
  type_into (GTK_WIDGET (editor), "Start time", "10:00");
  warnings = caseload_meeting_editor_dup_warnings (editor);
  g_assert_cmpuint (g_strv_length (warnings), ==, 0);
  g_strfreev (warnings);

  /* A new meeting is saved with Save, then offers the standard tasks. */
  g_assert_cmpint (caseload_meeting_editor_get_meeting_id (editor), ==, 0);
  g_assert_true (caseload_meeting_editor_save (editor, &error));
  g_assert_no_error (error);
  id = caseload_meeting_editor_get_meeting_id (editor);
  g_assert_cmpint (id, >, 0);
  spin (50);
  dialog = find_message_dialog ("Add the Standard Tasks?");
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "add");
  spin (50);
  tasks = caseload_store_list_tasks (f.store, 0, f.student_id, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (tasks), >=, 2);

  stored = caseload_store_get_meeting (f.store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (caseload_meeting_get_notice_sent_date (stored), ==, "2027-03-01");
  g_assert_cmpstr (caseload_meeting_get_location (stored), ==, "Room 12");
  g_assert_cmpuint (caseload_meeting_get_attendees (stored)->len, ==, 4);
  g_clear_object (&stored);

  /* Stored: edits save themselves after a pause. */
  type_into (GTK_WIDGET (editor), "Purpose", "Plan for the next year");
  spin (1000);
  stored = caseload_store_get_meeting (f.store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (caseload_meeting_get_purpose (stored), ==, "Plan for the next year");
  g_assert_cmpint (caseload_meeting_get_sequence (stored), >=, 1);
  g_clear_object (&stored);

  /* An end before the start is kept on screen, marked, and not saved. */
  end_row = find_row (GTK_WIDGET (editor), "End time");
  gtk_editable_set_text (GTK_EDITABLE (end_row), "9:00");
  g_assert_false (caseload_meeting_editor_flush (editor));
  g_assert_true (gtk_widget_has_css_class (end_row, "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (end_row)), ==, "9:00");
  stored = caseload_store_get_meeting (f.store, id, &error);
  g_assert_no_error (error);
  {
    g_autofree char *end = g_date_time_format (caseload_meeting_get_ends_at (stored), "%H:%M");
    g_assert_cmpstr (end, ==, "11:00");
  }
  g_clear_object (&stored);

  /* Closing then asks; Go Back keeps the window and the text. */
  gtk_window_close (GTK_WINDOW (editor));
  spin (50);
  dialog = find_message_dialog ("Unsaved Changes");
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  adw_message_dialog_response (dialog, "back");
  spin (20);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  gtk_editable_set_text (GTK_EDITABLE (end_row), "11:30");
  g_assert_true (caseload_meeting_editor_flush (editor));

  /* So is an excusal date that is not a date. */
  {
    GtkWidget *agreement = find_row (GTK_WIDGET (editor), "Written agreement to excuse on");

    g_assert_nonnull (agreement);
    gtk_editable_set_text (GTK_EDITABLE (agreement), "next week");
    g_assert_false (caseload_meeting_editor_flush (editor));
    g_assert_true (gtk_widget_has_css_class (agreement, "error"));
    gtk_editable_set_text (GTK_EDITABLE (agreement), "2027-03-02");
    g_assert_true (caseload_meeting_editor_flush (editor));
  }

  /* The invitation of what was saved parses with libical. */
  stored = caseload_store_get_meeting (f.store, id, &error);
  g_assert_no_error (error);
  ics = caseload_ics_meeting_request (stored, &error);
  g_assert_no_error (error);
  calendar = icalparser_parse_string (ics);
  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_get_method (calendar), ==, ICAL_METHOD_REQUEST);
  event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
  g_assert_nonnull (event);
  g_assert_cmpint (icalcomponent_count_properties (event, ICAL_ATTENDEE_PROPERTY), ==, 4);
  icalcomponent_free (calendar);

  gtk_window_close (GTK_WINDOW (editor));
  spin (50);
  g_assert_null (find_message_dialog ("Unsaved Changes"));

  fixture_tear_down (&f);
}

/* ---- rooms ---------------------------------------------------------------- */

static void
exec_sql (Fixture    *f,
          const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static const char *
combo_item (AdwComboRow *row,
            guint        index)
{
  g_autoptr(GtkStringObject) item = g_list_model_get_item (adw_combo_row_get_model (row), index);

  g_assert_nonnull (item);
  /* The list model keeps its own reference. */
  return gtk_string_object_get_string (item);
}

static void
select_room (AdwComboRow *row,
             guint        index)
{
  adw_combo_row_set_selected (row, index);
  spin (10);
}

static GtkWidget *
find_group (GtkWidget  *widget,
            const char *title)
{
  if (ADW_IS_PREFERENCES_GROUP (widget)
      && g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)), title) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_group (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkLabel *
find_error_label (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "error"))
    return GTK_LABEL (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = find_error_label (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Preferences → Rooms: a room added through the form is in the file and
 * the list; a duplicate name or seats that are not a number are refused
 * naming the field, adding nothing; a room renamed in its row is saved. */
static void
test_preferences_rooms (void)
{
  Fixture f = { 0 };
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(GListModel) rooms = NULL;
  g_autoptr(GError) error = NULL;
  CaseloadPreferencesWindow *window;
  GtkWidget *add_group, *rooms_group, *button, *expander, *name_row;
  GtkLabel *error_label;

  fixture_set_up (&f);
  window = caseload_preferences_window_new (NULL, settings, f.store);
  gtk_window_present (GTK_WINDOW (window));
  spin (50);
  add_group = find_group (GTK_WIDGET (window), "Add a Room");
  rooms_group = find_group (GTK_WIDGET (window), "Meeting Rooms");
  g_assert_nonnull (add_group);
  g_assert_nonnull (rooms_group);
  g_assert_true (gtk_widget_get_sensitive (add_group));
  button = find_button (add_group, "Add _Room");
  g_assert_nonnull (button);
  error_label = find_error_label (add_group);
  g_assert_nonnull (error_label);

  type_into (add_group, "Room name", "Room 12");
  type_into (add_group, "Seats (optional)", "8");
  g_signal_emit_by_name (button, "clicked");
  spin (20);
  rooms = caseload_store_list_rooms (f.store, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (rooms), ==, 1);
  {
    g_autoptr(CaseloadRoom) room = g_list_model_get_item (rooms, 0);

    g_assert_cmpstr (caseload_room_get_name (room), ==, "Room 12");
    g_assert_cmpint (caseload_room_get_capacity (room), ==, 8);
  }
  expander = find_row (rooms_group, "Room 12");
  g_assert_nonnull (expander);
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (expander)), ==, "Lincoln Elementary \302\267 8 seats");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_row (add_group, "Room name"))), ==, "");

  /* the same name again, whatever its case: refused, naming the field */
  type_into (add_group, "Room name", "room 12");
  g_signal_emit_by_name (button, "clicked");
  spin (20);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_assert_true (g_str_has_prefix (gtk_label_get_text (error_label), "Name:"));
  g_clear_object (&rooms);
  rooms = caseload_store_list_rooms (f.store, 0, &error);
  g_assert_cmpuint (g_list_model_get_n_items (rooms), ==, 1);

  /* seats that are not a number */
  type_into (add_group, "Room name", "Library");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  type_into (add_group, "Seats (optional)", "eight");
  g_signal_emit_by_name (button, "clicked");
  spin (20);
  g_assert_true (g_str_has_prefix (gtk_label_get_text (error_label), "Seats:"));
  g_clear_object (&rooms);
  rooms = caseload_store_list_rooms (f.store, 0, &error);
  g_assert_cmpuint (g_list_model_get_n_items (rooms), ==, 1);

  /* renamed in its row */
  expander = find_row (rooms_group, "Room 12");
  name_row = find_row (expander, "Name");
  g_assert_nonnull (name_row);
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Room 12B");
  g_signal_emit_by_name (name_row, "apply");
  spin (20);
  g_clear_object (&rooms);
  rooms = caseload_store_list_rooms (f.store, 0, &error);
  {
    g_autoptr(CaseloadRoom) room = g_list_model_get_item (rooms, 0);

    g_assert_cmpstr (caseload_room_get_name (room), ==, "Room 12B");
    g_assert_cmpint (caseload_room_get_capacity (room), ==, 8);
  }
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (expander)), ==, "Room 12B");

  gtk_window_destroy (GTK_WINDOW (window));
  spin (20);
  fixture_tear_down (&f);
}

static void
test_editor_rooms (void)
{
  Fixture f = { 0 };
  g_autoptr(CaseloadMeeting) meeting = NULL;
  g_autoptr(CaseloadMeeting) booked = caseload_meeting_new ();
  g_autoptr(CaseloadMeeting) stored = NULL;
  g_autoptr(CaseloadSchool) other = caseload_school_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  CaseloadMeetingEditor *editor;
  AdwComboRow *room_row;
  GStrv warnings;
  gint64 school_id, id;

  fixture_set_up (&f);
  {
    g_autoptr(CaseloadStudent) student = caseload_store_get_student (f.store, f.student_id, &error);

    g_assert_no_error (error);
    school_id = caseload_student_get_school_id (student);
  }
  caseload_school_set_name (other, "Washington High");
  g_assert_true (caseload_store_save_school (f.store, other, &error));
  g_assert_no_error (error);
  sql = g_strdup_printf ("INSERT INTO room (id, school_id, name) VALUES "
                         "(31, %" G_GINT64_FORMAT ", 'Room 12'), (32, %" G_GINT64_FORMAT ", 'Conference A'), "
                         "(33, %" G_GINT64_FORMAT ", 'Library');",
                         school_id, school_id, caseload_school_get_id (other));
  exec_sql (&f, sql);

  /* Conference A is taken 9:00-10:00 by a meeting nobody else is in. */
  caseload_meeting_set_student_id (booked, f.student_id);
  caseload_meeting_set_kind (booked, "other");
  caseload_meeting_set_time_zone (booked, "America/Chicago");
  caseload_meeting_set_local_times (booked, 2027, 3, 10, 9, 0, 10, 0);
  caseload_meeting_set_room_id (booked, 32);
  g_assert_true (caseload_store_save_meeting (f.store, booked, &error));
  g_assert_no_error (error);

  meeting = caseload_meeting_editor_new_meeting (f.store, f.student_id);
  g_assert_true (caseload_store_prefill_meeting_invitees (f.store, meeting, &error));
  g_assert_no_error (error);
  editor = caseload_meeting_editor_new_for (NULL, f.store, meeting);
  gtk_window_present (GTK_WINDOW (editor));
  spin (100);

  /* The school's rooms by name, then the other place; a new meeting has
   * none chosen. The other school's library is not offered. */
  room_row = ADW_COMBO_ROW (find_row (GTK_WIDGET (editor), "Room"));
  g_assert_nonnull (room_row);
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (room_row)), ==, 3);
  g_assert_cmpstr (combo_item (room_row, 0), ==, "Conference A");
  g_assert_cmpstr (combo_item (room_row, 1), ==, "Room 12");
  g_assert_cmpstr (combo_item (room_row, 2), ==, "Other place (type below)");
  g_assert_cmpuint (adw_combo_row_get_selected (room_row), ==, 2);
  g_assert_nonnull (find_row (GTK_WIDGET (editor), "Other place or details"));

  type_into (GTK_WIDGET (editor), "Date", "2027-03-10");
  type_into (GTK_WIDGET (editor), "Start time", "10:00");
  type_into (GTK_WIDGET (editor), "End time", "11:00");
  type_into (GTK_WIDGET (editor), "Notice sent on", "2027-03-01");
  warnings = caseload_meeting_editor_dup_warnings (editor);
  g_assert_cmpuint (g_strv_length (warnings), ==, 0);
  g_strfreev (warnings);

  /* Conference A from 10:00: the other meeting ends at 10:00, no clash. */
  select_room (room_row, 0);
  warnings = caseload_meeting_editor_dup_warnings (editor);
  g_assert_cmpuint (count_containing (warnings, "is already booked at that time"), ==, 0);
  g_assert_cmpuint (g_strv_length (warnings), ==, 0);
  g_strfreev (warnings);

  /* From 9:30 the two overlap in the same room. */
  type_into (GTK_WIDGET (editor), "Start time", "9:30");
  warnings = caseload_meeting_editor_dup_warnings (editor);
  g_assert_cmpuint (count_containing (warnings, "The room Conference A is already booked at that time"), ==, 1);
  g_assert_cmpuint (g_strv_length (warnings), ==, 1);
  g_strfreev (warnings);

  /* Another room, or another place, at the same time: no clash. */
  select_room (room_row, 1);
  warnings = caseload_meeting_editor_dup_warnings (editor);
  g_assert_cmpuint (g_strv_length (warnings), ==, 0);
  g_strfreev (warnings);
  select_room (room_row, 2);
  warnings = caseload_meeting_editor_dup_warnings (editor);
  g_assert_cmpuint (g_strv_length (warnings), ==, 0);
  g_strfreev (warnings);

  /* Back in Conference A, saved with the clash shown (warnings never
   * block saving): the room is stored and chosen again when reopened. */
  select_room (room_row, 0);
  type_into (GTK_WIDGET (editor), "Other place or details", "Bring the laptop");
  g_assert_true (caseload_meeting_editor_save (editor, &error));
  g_assert_no_error (error);
  spin (50);
  adw_message_dialog_response (find_message_dialog ("Add the Standard Tasks?"), "not-now");
  spin (50);
  id = caseload_meeting_editor_get_meeting_id (editor);
  stored = caseload_store_get_meeting (f.store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (caseload_meeting_get_room_id (stored), ==, 32);
  g_assert_cmpstr (caseload_meeting_get_room_name (stored), ==, "Conference A");
  g_assert_cmpstr (caseload_meeting_get_location (stored), ==, "Bring the laptop");
  g_clear_object (&stored);
  gtk_window_close (GTK_WINDOW (editor));
  spin (50);

  editor = caseload_meeting_editor_open (NULL, f.store, id, &error);
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (editor));
  spin (100);
  room_row = ADW_COMBO_ROW (find_row (GTK_WIDGET (editor), "Room"));
  g_assert_cmpuint (adw_combo_row_get_selected (room_row), ==, 0);
  warnings = caseload_meeting_editor_dup_warnings (editor);
  g_assert_cmpuint (count_containing (warnings, "The room Conference A is already booked at that time"), ==, 1);
  g_strfreev (warnings);

  /* The other place clears the room of the stored meeting. */
  select_room (room_row, 2);
  g_assert_true (caseload_meeting_editor_flush (editor));
  stored = caseload_store_get_meeting (f.store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (caseload_meeting_get_room_id (stored), ==, 0);
  g_clear_object (&stored);
  gtk_window_close (GTK_WINDOW (editor));
  spin (50);

  fixture_tear_down (&f);
}

/* A new meeting with nothing typed closes; with a student chosen it asks. */
static void
test_editor_new_asks (void)
{
  Fixture f = { 0 };
  g_autoptr(CaseloadMeeting) meeting = NULL;
  CaseloadMeetingEditor *editor;
  AdwMessageDialog *dialog;
  GStrv warnings;

  fixture_set_up (&f);
  meeting = caseload_meeting_editor_new_meeting (f.store, 0);
  editor = caseload_meeting_editor_new_for (NULL, f.store, meeting);
  gtk_window_present (GTK_WINDOW (editor));
  spin (50);

  /* The student is typed by ID: an unknown one is named. */
  type_into (GTK_WIDGET (editor), "Student ID", "NOPE");
  g_assert_true (gtk_widget_has_css_class (find_row (GTK_WIDGET (editor), "Student ID"), "error"));
  type_into (GTK_WIDGET (editor), "Student ID", "S100");
  g_assert_false (gtk_widget_has_css_class (find_row (GTK_WIDGET (editor), "Student ID"), "error"));
  warnings = caseload_meeting_editor_dup_warnings (editor);
  g_assert_cmpuint (count_containing (warnings, "No meeting notice has been sent yet"), ==, 1);
  g_strfreev (warnings);

  gtk_window_close (GTK_WINDOW (editor));
  spin (50);
  dialog = find_message_dialog ("Discard the New Meeting?");
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "discard");
  spin (50);

  fixture_tear_down (&f);
}

/* ---- the calendar -------------------------------------------------------- */

static gboolean
send_key (GtkWidget *widget,
          guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, (GdkModifierType) 0, &handled);
    }
  spin (10);
  return handled;
}

static void
on_meeting_activated_cb (CaseloadMeetingCalendar *calendar,
                         gint64                   id,
                         gint64                  *out)
{
  *out = id;
}

static void
on_count_cb (CaseloadMeetingCalendar *calendar,
             guint                   *count)
{
  (*count)++;
}

static void
assert_selected (CaseloadMeetingCalendar *calendar,
                 int                      year,
                 int                      month,
                 int                      day)
{
  GDate selected;

  caseload_meeting_calendar_get_selected (calendar, &selected);
  g_assert_cmpint (g_date_get_year (&selected), ==, year);
  g_assert_cmpint (g_date_get_month (&selected), ==, month);
  g_assert_cmpint (g_date_get_day (&selected), ==, day);
}

static void
test_calendar (void)
{
  Fixture f = { 0 };
  g_autoptr(GListModel) meetings = NULL;
  g_autoptr(GListStore) deadlines = g_list_store_new (CASELOAD_TYPE_DEADLINE);
  g_autoptr(CaseloadDeadline) deadline = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  CaseloadMeetingCalendar *calendar;
  GtkWidget *window = gtk_window_new ();
  GDate day, today, first, last;
  gint64 booked, activated = 0;
  guint ranges = 0;

  fixture_set_up (&f);
  booked = book_case_manager (&f, 14);
  meetings = caseload_store_list_meetings (f.store, NULL, NULL, f.student_id, 0, &error);
  g_assert_no_error (error);
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 12, G_DATE_MARCH, 2027);
  deadline = caseload_deadline_new (f.student_id, "S100", "Anabel", "Quintero", CASELOAD_DEADLINE_ANNUAL_REVIEW,
                                    &day, 30, CASELOAD_DEADLINE_STATUS_DUE_SOON, "Due in 30 days",
                                    f.case_manager_id, "Casey Case", "Lincoln Elementary");
  g_list_store_append (deadlines, deadline);

  calendar = CASELOAD_MEETING_CALENDAR (caseload_meeting_calendar_new ());
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (calendar));
  gtk_window_present (GTK_WINDOW (window));
  g_signal_connect (calendar, "meeting-activated", G_CALLBACK (on_meeting_activated_cb), &activated);
  g_signal_connect (calendar, "range-changed", G_CALLBACK (on_count_cb), &ranges);

  g_date_set_dmy (&day, 10, G_DATE_MARCH, 2027);
  caseload_meeting_calendar_set_selected (calendar, &day);
  g_assert_cmpuint (ranges, ==, 1);
  caseload_meeting_calendar_set_items (calendar, meetings, G_LIST_MODEL (deadlines));
  spin (100);

  /* March 2027 starts on a Monday: six weeks from March 1. */
  caseload_meeting_calendar_get_range (calendar, &first, &last);
  g_assert_cmpint (g_date_get_day (&first), ==, 1);
  g_assert_cmpint (g_date_get_julian (&last) - g_date_get_julian (&first), ==, 41);

  /* The meeting in its cell, the deadline as a marker, nothing elsewhere. */
  text = caseload_meeting_calendar_dup_day_text (calendar, &day);
  g_assert_nonnull (strstr (text, "Parent conference, Quintero, Anabel, 14:00–15:00"));
  g_clear_pointer (&text, g_free);
  g_date_set_dmy (&day, 12, G_DATE_MARCH, 2027);
  text = caseload_meeting_calendar_dup_day_text (calendar, &day);
  g_assert_cmpstr (text, ==, "Annual review due: Quintero, Anabel");
  g_clear_pointer (&text, g_free);
  g_date_set_dmy (&day, 11, G_DATE_MARCH, 2027);
  text = caseload_meeting_calendar_dup_day_text (calendar, &day);
  g_assert_cmpstr (text, ==, "");
  g_clear_pointer (&text, g_free);

  /* The keyboard moves the day. */
  gtk_widget_grab_focus (GTK_WIDGET (calendar));
  g_assert_true (send_key (GTK_WIDGET (calendar), GDK_KEY_Right));
  assert_selected (calendar, 2027, 3, 11);
  g_assert_true (send_key (GTK_WIDGET (calendar), GDK_KEY_Down));
  assert_selected (calendar, 2027, 3, 18);
  g_assert_true (send_key (GTK_WIDGET (calendar), GDK_KEY_Left));
  assert_selected (calendar, 2027, 3, 17);
  g_assert_true (send_key (GTK_WIDGET (calendar), GDK_KEY_Up));
  g_assert_true (send_key (GTK_WIDGET (calendar), GDK_KEY_Left));
  assert_selected (calendar, 2027, 3, 9);
  g_assert_cmpuint (ranges, ==, 1);
  g_assert_true (send_key (GTK_WIDGET (calendar), GDK_KEY_Page_Down));
  assert_selected (calendar, 2027, 4, 9);
  g_assert_cmpuint (ranges, ==, 2);
  g_assert_true (send_key (GTK_WIDGET (calendar), GDK_KEY_Page_Up));
  assert_selected (calendar, 2027, 3, 9);
  g_assert_true (send_key (GTK_WIDGET (calendar), GDK_KEY_Right));

  /* Enter on the meeting's day opens it. */
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (calendar)));
  g_assert_true (send_key (GTK_WIDGET (calendar), GDK_KEY_Return));
  g_assert_cmpint (activated, ==, booked);

  /* Week view: seven days from Monday; Page Down moves a week. */
  caseload_meeting_calendar_set_view (calendar, CASELOAD_CALENDAR_WEEK);
  caseload_meeting_calendar_get_range (calendar, &first, &last);
  g_assert_cmpint (g_date_get_day (&first), ==, 8);
  g_assert_cmpint (g_date_get_day (&last), ==, 14);
  g_assert_true (send_key (GTK_WIDGET (calendar), GDK_KEY_Page_Down));
  assert_selected (calendar, 2027, 3, 17);
  text = caseload_meeting_calendar_dup_title (calendar);
  g_assert_nonnull (strstr (text, "Week of"));
  g_clear_pointer (&text, g_free);

  /* Home: today, marked. */
  g_assert_true (send_key (GTK_WIDGET (calendar), GDK_KEY_Home));
  caseload_date_set_today (&today);
  caseload_meeting_calendar_get_selected (calendar, &day);
  g_assert_cmpint (g_date_compare (&day, &today), ==, 0);
  text = caseload_meeting_calendar_dup_day_text (calendar, &today);
  g_assert_true (g_str_has_prefix (text, "Today"));
  g_clear_pointer (&text, g_free);

  gtk_window_destroy (GTK_WINDOW (window));
  spin (20);
  fixture_tear_down (&f);
}

static GtkLabel *
find_label_prefix (GtkWidget  *widget,
                   const char *prefix)
{
  if (GTK_IS_LABEL (widget) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), prefix))
    return GTK_LABEL (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = find_label_prefix (child, prefix);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static CaseloadMeetingEditor *
find_editor (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);

      if (CASELOAD_IS_MEETING_EDITOR (w) && gtk_widget_get_visible (GTK_WIDGET (w)))
        return CASELOAD_MEETING_EDITOR (w);
    }
  return NULL;
}

/* On a sample district as of today: the Meetings page builds, and a
 * student whose annual review is due gets Schedule, three proposals, and
 * a prefilled editor for the one chosen. */
static void
test_schedule (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) deadlines = NULL;
  CaseloadSampleOptions options = { 0 };
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page;
  CaseloadStudentMeetings *tab;
  CaseloadMeetingEditor *editor;
  gint64 student_id = 0;

  f.dir = g_dir_make_tmp ("caseload-meetings-ui-XXXXXX", &error);
  g_assert_no_error (error);
  f.path = g_build_filename (f.dir, "caseload.db", NULL);
  f.store = caseload_store_open (f.path, CASELOAD_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  options.n_students = 60;
  options.seed = 3;
  g_date_clear (&options.as_of, 1);
  caseload_date_set_today (&options.as_of);
  g_assert_true (caseload_sample_generate (f.store, &options, NULL, NULL, &error));
  g_assert_no_error (error);

  page = g_object_new (CASELOAD_TYPE_MEETINGS_PAGE, "store", f.store, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  spin (100);

  /* An annual review due in 10 to 30 days, with no review planned. */
  deadlines = caseload_store_list_deadlines (f.store, 0, NULL, 30, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (deadlines) && student_id == 0; i++)
    {
      g_autoptr(CaseloadDeadline) d = g_list_model_get_item (deadlines, i);
      g_autoptr(GListModel) planned = NULL;
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

      if (caseload_deadline_get_kind (d) != CASELOAD_DEADLINE_ANNUAL_REVIEW
          || caseload_deadline_get_days_left (d) < 10)
        continue;
      /* The sample plans every review due: this one was called off and
       * needs scheduling again. */
      planned = caseload_store_list_meetings (f.store, NULL, NULL, caseload_deadline_get_student_id (d), 0, NULL);
      for (guint j = 0; planned != NULL && j < g_list_model_get_n_items (planned); j++)
        {
          g_autoptr(CaseloadMeeting) m = g_list_model_get_item (planned, j);

          if (g_str_equal (caseload_meeting_get_kind (m), "annual-review")
              && g_date_time_compare (caseload_meeting_get_ends_at (m), now) > 0)
            {
              g_assert_true (caseload_store_cancel_meeting (f.store, caseload_meeting_get_id (m), &error));
              g_assert_no_error (error);
            }
        }
      student_id = caseload_deadline_get_student_id (d);
    }
  g_assert_cmpint (student_id, >, 0);

  tab = g_object_new (CASELOAD_TYPE_STUDENT_MEETINGS, "store", f.store, "student-id", student_id, NULL);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (tab));
  spin (100);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (tab), "student-meetings.schedule", NULL));
  spin (50);
  g_assert_cmpuint (caseload_student_meetings_get_n_slots (tab), ==, 3);
  g_assert_true (caseload_student_meetings_choose_slot (tab, 0));
  spin (100);
  editor = find_editor ();
  g_assert_nonnull (editor);
  g_assert_cmpint (caseload_meeting_editor_get_meeting_id (editor), ==, 0);
  {
    GtkWidget *kind = find_row (GTK_WIDGET (editor), "Type");
    g_assert_nonnull (kind);
    g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (kind)), ==, 0);   /* annual review */
  }
  /* The proposal leaves room for the notice: sent today, nothing late. */
  {
    GDate today;
    g_autofree char *iso = NULL;
    GStrv warnings;

    caseload_date_set_today (&today);
    iso = caseload_date_to_iso (&today);
    type_into (GTK_WIDGET (editor), "Notice sent on", iso);
    warnings = caseload_meeting_editor_dup_warnings (editor);
    for (guint i = 0; warnings[i] != NULL; i++)
      g_test_message ("warning: %s", warnings[i]);
    g_assert_cmpuint (count_containing (warnings, "No meeting notice"), ==, 0);
    g_assert_cmpuint (count_containing (warnings, "before the meeting"), ==, 0);
    g_assert_cmpuint (count_containing (warnings, "already in another meeting"), ==, 0);
    g_assert_cmpuint (count_containing (warnings, "is already booked at that time"), ==, 0);
    g_strfreev (warnings);
  }
  /* The sample school has rooms: the proposal comes with a free one. */
  {
    AdwComboRow *room_row = ADW_COMBO_ROW (find_row (GTK_WIDGET (editor), "Room"));
    GListModel *rooms;

    g_assert_nonnull (room_row);
    rooms = adw_combo_row_get_model (room_row);
    g_assert_cmpuint (g_list_model_get_n_items (rooms), >, 1);
    g_assert_cmpuint (adw_combo_row_get_selected (room_row), <, g_list_model_get_n_items (rooms) - 1);
  }
  g_assert_true (caseload_meeting_editor_save (editor, &error));
  g_assert_no_error (error);
  spin (50);
  adw_message_dialog_response (find_message_dialog ("Add the Standard Tasks?"), "not-now");
  spin (50);
  /* Saved: the tab lists it and Schedule goes away. */
  g_assert_null (find_row (GTK_WIDGET (tab), "No meetings planned"));

  /* Named as the meeting that produced the student's IEP, its invitees
   * show on the IEP page. */
  {
    gint64 meeting_id = caseload_meeting_editor_get_meeting_id (editor);
    g_autoptr(CaseloadMeeting) stored = caseload_store_get_meeting (f.store, meeting_id, &error);
    GtkWidget *iep_page;
    GtkLabel *label;

    g_assert_no_error (error);
    /* The meeting writes next year's IEP: a draft. */
    {
      g_autoptr(CaseloadIep) current = caseload_store_get_current_iep (f.store, student_id, &error);

      g_assert_no_error (error);
      if (g_strcmp0 (caseload_iep_get_status (current), "draft") != 0)
        {
          g_assert_cmpint (caseload_store_copy_iep_forward (f.store, caseload_iep_get_id (current), &error), >, 0);
          g_assert_no_error (error);
        }
    }
    iep_page = g_object_new (CASELOAD_TYPE_IEP_PAGE, "store", f.store, "student-id", student_id, NULL);
    gtk_window_set_child (GTK_WINDOW (window), iep_page);
    spin (100);
    g_assert_cmpint (caseload_iep_page_get_iep_id (CASELOAD_IEP_PAGE (iep_page)), >, 0);
    label = find_label_prefix (iep_page, "Invited to the");
    g_assert_true (label == NULL || !gtk_widget_get_visible (GTK_WIDGET (label)));

    caseload_meeting_set_produced_iep_id (stored, caseload_iep_page_get_iep_id (CASELOAD_IEP_PAGE (iep_page)));
    g_assert_true (caseload_store_save_meeting (f.store, stored, &error));
    g_assert_no_error (error);
    g_object_set (iep_page, "student-id", (gint64) 0, NULL);
    g_object_set (iep_page, "student-id", student_id, NULL);
    spin (100);
    label = find_label_prefix (iep_page, "Invited to the Annual review meeting of");
    g_assert_nonnull (label);
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (label)));
  }

  gtk_window_destroy (GTK_WINDOW (editor));
  gtk_window_destroy (GTK_WINDOW (window));
  spin (20);
  fixture_tear_down (&f);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("ADW_DISABLE_PORTAL", "1", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/meetings-ui/editor/warnings-and-saving", test_editor);
  g_test_add_func ("/meetings-ui/editor/new-asks-before-closing", test_editor_new_asks);
  g_test_add_func ("/meetings-ui/editor/rooms", test_editor_rooms);
  g_test_add_func ("/meetings-ui/preferences/rooms", test_preferences_rooms);
  g_test_add_func ("/meetings-ui/calendar/cells-and-keyboard", test_calendar);
  g_test_add_func ("/meetings-ui/student-tab/schedule", test_schedule);

  return g_test_run ();
}
