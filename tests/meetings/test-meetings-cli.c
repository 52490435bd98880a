/* test-meetings-cli.c: the "meetings" and "ics" commands of caseload-cli,
 * called directly (the dispatch in main.c only forwards argv): argument
 * checks, CSV columns with ISO 8601 offsets across the daylight-saving
 * change, the local-date range, and both .ics files parsed back. */
#include "config.h"

#include "caseload-cli-meetings.h"

#include <string.h>

#include <libical/ical.h>
#include <glib/gstdio.h>

static char *db_path;
static char *tmp_dir;
static gint64 meeting_ids[3];

static CaseloadStore *
open_store (GError **error)
{
  return caseload_store_open (db_path, CASELOAD_STORE_OPEN_DEFAULT, error);
}

static int
run (int   (*command) (const GOptionEntry *, CaseloadCliOpenStore, int, char **),
     const char *first,
     ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
  va_list ap;
  int status;

  va_start (ap, first);
  for (const char *a = first; a != NULL; a = va_arg (ap, const char *))
    g_ptr_array_add (args, g_strdup (a));
  va_end (ap);
  g_ptr_array_add (args, NULL);
  {
    /* GOptionContext rearranges argv: hand it a copy of the pointers. */
    g_autofree char **argv = g_memdup2 (args->pdata, args->len * sizeof (char *));

    status = command (NULL, open_store, (int) args->len - 1, argv);
  }
  return status;
}

static void
make_database (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadStore) store = caseload_store_open (db_path, CASELOAD_STORE_OPEN_CREATE, &error);
  g_autoptr(CaseloadSchool) school = caseload_school_new ();
  g_autoptr(CaseloadStudent) student = caseload_student_new ();
  g_autoptr(CaseloadStaff) staff = caseload_staff_new ();
  const int days[] = { 13, 14, 20 };

  g_assert_no_error (error);
  caseload_school_set_name (school, "Lincoln");
  caseload_school_set_time_zone (school, "America/Chicago");
  g_assert_true (caseload_store_save_school (store, school, &error));
  caseload_student_set_student_number (student, "S100");
  caseload_student_set_first_name (student, "Anabel");
  caseload_student_set_last_name (student, "Quintero");
  caseload_student_set_birth_date (student, "2012-03-10");
  caseload_student_set_grade (student, "8");
  caseload_student_set_school_id (student, caseload_school_get_id (school));
  g_assert_true (caseload_store_save_student (store, student, &error));
  caseload_staff_set_first_name (staff, "Casey");
  caseload_staff_set_last_name (staff, "Case");
  caseload_staff_set_role (staff, "special-education-teacher");
  caseload_staff_set_email (staff, "casey@school.example");
  caseload_staff_set_active (staff, TRUE);
  g_assert_true (caseload_store_save_staff (store, staff, &error));
  g_assert_true (caseload_store_set_case_manager (store, caseload_student_get_id (student),
                                                  caseload_staff_get_id (staff), &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_autoptr(CaseloadMeeting) m = caseload_meeting_new ();
      g_autoptr(CaseloadMeetingAttendee) a = caseload_meeting_attendee_new ();

      caseload_meeting_set_student_id (m, caseload_student_get_id (student));
      caseload_meeting_set_time_zone (m, "America/Chicago");
      caseload_meeting_set_local_times (m, 2027, 3, days[i], 8, 0, 9, 0);
      caseload_meeting_set_location (m, "Room 12, east wing");
      caseload_meeting_attendee_set_staff_id (a, caseload_staff_get_id (staff));
      caseload_meeting_attendee_set_role (a, "case-manager");
      caseload_meeting_add_attendee (m, a);
      g_assert_true (caseload_store_save_meeting (store, m, &error));
      g_assert_no_error (error);
      meeting_ids[i] = caseload_meeting_get_id (m);
    }
}

static void
test_usage (void)
{
  g_autofree char *file = g_build_filename (tmp_dir, "x.ics", NULL);

  g_assert_cmpint (run (caseload_cli_meetings, "meetings", "--from", "2027-13-01", NULL), ==, 2);
  g_assert_cmpint (run (caseload_cli_meetings, "meetings", "--from", "2027-03-20", "--to", "2027-03-01", NULL), ==, 2);
  g_assert_cmpint (run (caseload_cli_meetings, "meetings", "--format", "xml", NULL), ==, 2);
  g_assert_cmpint (run (caseload_cli_meetings, "meetings", "--student", "NOPE", NULL), ==, 2);
  g_assert_cmpint (run (caseload_cli_ics, "ics", "--output", file, NULL), ==, 2);
  g_assert_cmpint (run (caseload_cli_ics, "ics", "--meeting", "1", NULL), ==, 2);
  g_assert_cmpint (run (caseload_cli_ics, "ics", "--meeting", "1", "--output", "x.txt", NULL), ==, 2);
  g_assert_cmpint (run (caseload_cli_ics, "ics", "--meeting", "1", "--from", "2027-03-01",
                        "--output", file, NULL), ==, 2);
  g_assert_cmpint (run (caseload_cli_ics, "ics", "--meeting", "999", "--output", file, NULL), ==, 2);
  g_assert_false (g_file_test (file, G_FILE_TEST_EXISTS));
}

static void
test_csv (void)
{
  if (g_test_subprocess ())
    {
      int status = run (caseload_cli_meetings, "meetings", "--from", "2027-03-13", "--to", "2027-03-14",
                        "--student", "S100", "--format", "csv", NULL);

      fflush (stdout);
      exit (status);
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  {
    g_autofree char *expected = g_strdup_printf (
      "meeting_id,student_id,type,start,end,location,status\r\n"
      "%" G_GINT64_FORMAT ",S100,annual-review,2027-03-13T08:00:00-06:00,2027-03-13T09:00:00-06:00,"
      "\"Room 12, east wing\",scheduled\r\n"
      "%" G_GINT64_FORMAT ",S100,annual-review,2027-03-14T08:00:00-05:00,2027-03-14T09:00:00-05:00,"
      "\"Room 12, east wing\",scheduled\r\n",
      meeting_ids[0], meeting_ids[1]);

    g_test_trap_assert_stdout (expected);
  }
}

static void
test_ics_files (void)
{
  g_autofree char *one = g_build_filename (tmp_dir, "one.ics", NULL);
  g_autofree char *feed = g_build_filename (tmp_dir, "feed.ics", NULL);
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, meeting_ids[1]);
  g_autofree char *text = NULL;
  icalcomponent *calendar;
  guint n = 0;

  g_assert_cmpint (run (caseload_cli_ics, "ics", "--meeting", id, "--output", one, NULL), ==, 0);
  g_assert_true (g_file_get_contents (one, &text, NULL, NULL));
  calendar = icalparser_parse_string (text);
  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_get_method (calendar), ==, ICAL_METHOD_REQUEST);
  g_assert_nonnull (icalcomponent_get_first_component (calendar, ICAL_VTIMEZONE_COMPONENT));
  g_assert_nonnull (icalcomponent_get_first_property (icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT),
                                                      ICAL_ATTENDEE_PROPERTY));
  g_assert_null (strstr (text, "Quintero"));
  icalcomponent_free (calendar);
  g_clear_pointer (&text, g_free);

  /* The feed of the 13th and 14th local days: two events, no people. */
  g_assert_cmpint (run (caseload_cli_ics, "ics", "--from", "2027-03-13", "--to", "2027-03-14",
                        "--output", feed, NULL), ==, 0);
  g_assert_true (g_file_get_contents (feed, &text, NULL, NULL));
  g_assert_null (strstr (text, "ATTENDEE"));
  g_assert_null (strstr (text, "mailto:"));
  g_assert_null (strstr (text, "Quintero"));
  calendar = icalparser_parse_string (text);
  g_assert_cmpint (icalcomponent_get_method (calendar), ==, ICAL_METHOD_PUBLISH);
  for (icalcomponent *e = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT); e != NULL;
       e = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    n++;
  g_assert_cmpuint (n, ==, 2);
  icalcomponent_free (calendar);

  g_unlink (one);
  g_unlink (feed);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  int status;

  g_test_init (&argc, &argv, NULL);

  tmp_dir = g_dir_make_tmp ("caseload-meetings-cli-XXXXXX", &error);
  g_assert_no_error (error);
  db_path = g_build_filename (tmp_dir, "caseload.db", NULL);
  make_database ();

  g_test_add_func ("/meetings/cli/usage", test_usage);
  g_test_add_func ("/meetings/cli/csv", test_csv);
  g_test_add_func ("/meetings/cli/ics", test_ics_files);
  status = g_test_run ();

  dir = g_dir_open (tmp_dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (tmp_dir);
  g_free (tmp_dir);
  g_free (db_path);
  return status;
}
