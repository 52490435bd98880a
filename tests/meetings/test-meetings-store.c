/* test-meetings-store.c: meetings in the store (invitees, UTC storage on
 * the daylight-saving morning, stable uid and SEQUENCE, cancel, lists,
 * warnings, proposals), both iCalendar outputs parsed back with libical
 * field by field, the task and referral life cycles, the contact log, the
 * rights notice and the dashboard counts. */
#include "config.h"

#include "caseload-store.h"
#include "caseload-ics.h"

#include <string.h>

#include <libical/ical.h>
#include <sqlite3.h>
#include <glib/gstdio.h>

typedef struct
{
  char          *dir;
  char          *path;
  CaseloadStore *store;
  gint64         school_id;
  gint64         student_id;
  gint64         guardian_id;
  gint64         case_manager_id;
  gint64         gen_ed_id;
  gint64         lea_id;
  gint64         outsider_id;
} Fixture;

static gint64
add_staff (Fixture    *f,
           const char *first,
           const char *last,
           const char *role,
           const char *email)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadStaff) staff = caseload_staff_new ();

  caseload_staff_set_first_name (staff, first);
  caseload_staff_set_last_name (staff, last);
  caseload_staff_set_role (staff, role);
  caseload_staff_set_email (staff, email);
  caseload_staff_set_active (staff, TRUE);
  caseload_staff_set_school_id (staff, f->school_id);
  g_assert_true (caseload_store_save_staff (f->store, staff, &error));
  g_assert_no_error (error);
  return caseload_staff_get_id (staff);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadSchool) school = caseload_school_new ();
  g_autoptr(CaseloadStudent) student = caseload_student_new ();
  g_autoptr(CaseloadGuardian) guardian = caseload_guardian_new ();

  f->dir = g_dir_make_tmp ("caseload-meetings-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "caseload.db", NULL);
  f->store = caseload_store_open (f->path, CASELOAD_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);

  caseload_school_set_name (school, "Lincoln Elementary");
  caseload_school_set_time_zone (school, "America/Chicago");
  g_assert_true (caseload_store_save_school (f->store, school, &error));
  g_assert_no_error (error);
  f->school_id = caseload_school_get_id (school);

  caseload_student_set_student_number (student, "S100");
  caseload_student_set_first_name (student, "Anabel");
  caseload_student_set_last_name (student, "Quintero");
  caseload_student_set_birth_date (student, "2012-03-10");
  caseload_student_set_grade (student, "8");
  caseload_student_set_status (student, "active");
  caseload_student_set_home_language (student, "es");
  caseload_student_set_school_id (student, f->school_id);
  g_assert_true (caseload_store_save_student (f->store, student, &error));
  g_assert_no_error (error);
  f->student_id = caseload_student_get_id (student);

  caseload_guardian_set_student_id (guardian, f->student_id);
  caseload_guardian_set_first_name (guardian, "Maria");
  caseload_guardian_set_last_name (guardian, "Lopez");
  caseload_guardian_set_relationship (guardian, "parent");
  caseload_guardian_set_email (guardian, "maria@example.org");
  g_assert_true (caseload_store_save_guardian (f->store, guardian, &error));
  g_assert_no_error (error);
  f->guardian_id = caseload_guardian_get_id (guardian);

  f->case_manager_id = add_staff (f, "Casey", "Case", "special-education-teacher", "casey@school.example");
  f->gen_ed_id = add_staff (f, "Gina", "General", "general-education-teacher", "gina@school.example");
  f->lea_id = add_staff (f, "Lee", "District", "administrator", "");
  f->outsider_id = add_staff (f, "Otto", "Other", "counselor", "otto@school.example");
  caseload_store_set_actor (f->store, f->case_manager_id);
  g_assert_true (caseload_store_set_case_manager (f->store, f->student_id, f->case_manager_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (caseload_store_add_team_member (f->store, f->student_id, f->gen_ed_id,
                                                   "general-education-teacher", &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (caseload_store_add_team_member (f->store, f->student_id, f->lea_id,
                                                   "lea-representative", &error), >, 0);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&f->store);
  dir = g_dir_open (f->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static void
invite (CaseloadMeeting *m,
        gint64           staff_id,
        gint64           guardian_id,
        const char      *role,
        gboolean         required,
        const char      *response)
{
  g_autoptr(CaseloadMeetingAttendee) a = caseload_meeting_attendee_new ();

  caseload_meeting_attendee_set_staff_id (a, staff_id);
  caseload_meeting_attendee_set_guardian_id (a, guardian_id);
  caseload_meeting_attendee_set_role (a, role);
  caseload_meeting_attendee_set_required (a, required);
  caseload_meeting_attendee_set_response (a, response);
  caseload_meeting_add_attendee (m, a);
}

/* An annual review on @day of March 2027 at 8:00-9:00 Chicago time. */
static CaseloadMeeting *
new_meeting (Fixture *f,
             int      day)
{
  CaseloadMeeting *m = caseload_meeting_new ();

  caseload_meeting_set_student_id (m, f->student_id);
  caseload_meeting_set_kind (m, "annual-review");
  caseload_meeting_set_purpose (m, "Annual review of the IEP");
  caseload_meeting_set_time_zone (m, "America/Chicago");
  caseload_meeting_set_local_times (m, 2027, 3, day, 8, 0, 9, 0);
  caseload_meeting_set_location (m, "Room 12");
  caseload_meeting_set_notice_sent_date (m, "2027-03-01");
  caseload_meeting_set_notice_method (m, "mail");
  invite (m, 0, f->guardian_id, "parent", TRUE, "accepted");
  invite (m, f->case_manager_id, 0, "case-manager", TRUE, "accepted");
  invite (m, f->gen_ed_id, 0, "general-education-teacher", TRUE, "needs-action");
  invite (m, f->lea_id, 0, "lea-representative", FALSE, "tentative");
  return m;
}

static char *
stored_text (Fixture    *f,
             const char *sql,
             gint64      id)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  g_assert_cmpint (sqlite3_open_v2 (f->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return text;
}

static void
exec_sql (Fixture    *f,
          const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* The one integer @sql selects, read through a connection of its own. */
static gint64
query_count (Fixture    *f,
             const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static void
test_save_load (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadMeeting) m = new_meeting (f, 14);
  g_autoptr(CaseloadMeeting) saturday = new_meeting (f, 13);
  g_autoptr(CaseloadMeeting) loaded = NULL;
  g_autoptr(CaseloadMeeting) bad = caseload_meeting_new ();
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  g_autofree char *starts = NULL;
  g_autofree char *uid = NULL;
  g_autofree char *local = NULL;
  gint64 audit_before, audit_after;
  CaseloadMeetingAttendee *a;

  /* Invalid: no times. */
  caseload_meeting_set_student_id (bad, f->student_id);
  g_assert_false (caseload_store_save_meeting (f->store, bad, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_clear_error (&error);
  /* Invalid: ends before it starts. */
  caseload_meeting_set_local_times (bad, 2027, 3, 14, 10, 0, 9, 0);
  g_assert_false (caseload_store_save_meeting (f->store, bad, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_clear_error (&error);

  audit_before = caseload_store_count_audit (f->store, f->student_id, &error);
  g_assert_true (caseload_store_save_meeting (f->store, m, &error));
  g_assert_no_error (error);
  g_assert_cmpint (caseload_meeting_get_id (m), >, 0);
  g_assert_cmpint (caseload_meeting_get_sequence (m), ==, 0);
  g_assert_true (g_str_has_suffix (caseload_meeting_get_uid (m), "@caseload"));
  uid = g_strdup (caseload_meeting_get_uid (m));
  audit_after = caseload_store_count_audit (f->store, f->student_id, &error);
  g_assert_cmpint (audit_after, >, audit_before);

  /* Stored in UTC: 8:00 CDT on the morning DST starts is 13:00Z, 8:00 CST
   * the day before is 14:00Z. */
  starts = stored_text (f, "SELECT starts_at FROM meeting WHERE id = ?1", caseload_meeting_get_id (m));
  g_assert_cmpstr (starts, ==, "2027-03-14T13:00:00Z");
  g_clear_pointer (&starts, g_free);
  g_assert_true (caseload_store_save_meeting (f->store, saturday, &error));
  g_assert_no_error (error);
  starts = stored_text (f, "SELECT starts_at FROM meeting WHERE id = ?1", caseload_meeting_get_id (saturday));
  g_assert_cmpstr (starts, ==, "2027-03-13T14:00:00Z");

  loaded = caseload_store_get_meeting (f->store, caseload_meeting_get_id (m), &error);
  g_assert_no_error (error);
  local = g_date_time_format (caseload_meeting_get_starts_at (loaded), "%Y-%m-%d %H:%M %z");
  g_assert_cmpstr (local, ==, "2027-03-14 08:00 -0500");
  g_assert_cmpstr (caseload_meeting_get_uid (loaded), ==, uid);
  g_assert_cmpstr (caseload_meeting_get_student_initials (loaded), ==, "A.Q.");
  g_assert_cmpstr (caseload_meeting_get_case_manager_email (loaded), ==, "casey@school.example");
  g_assert_cmpuint (caseload_meeting_get_attendees (loaded)->len, ==, 4);
  a = g_ptr_array_index (caseload_meeting_get_attendees (loaded), 0);
  g_assert_cmpstr (caseload_meeting_attendee_get_role (a), ==, "case-manager");
  g_assert_cmpstr (caseload_meeting_attendee_get_email (a), ==, "casey@school.example");
  g_assert_cmpstr (caseload_meeting_attendee_get_name (a), ==, "Casey Case");
  a = g_ptr_array_index (caseload_meeting_get_attendees (loaded), 1);
  g_assert_cmpstr (caseload_meeting_attendee_get_role (a), ==, "parent");
  g_assert_cmpstr (caseload_meeting_attendee_get_email (a), ==, "maria@example.org");
  g_assert_cmpstr (caseload_meeting_attendee_get_response (a), ==, "accepted");

  /* A change: SEQUENCE + 1, the uid stays; an invitee removed. */
  caseload_meeting_set_location (loaded, "Library");
  g_ptr_array_remove_index (caseload_meeting_get_attendees (loaded), 3);
  g_assert_true (caseload_store_save_meeting (f->store, loaded, &error));
  g_assert_no_error (error);
  g_assert_cmpint (caseload_meeting_get_sequence (loaded), ==, 1);
  g_assert_cmpstr (caseload_meeting_get_uid (loaded), ==, uid);
  g_clear_object (&loaded);
  loaded = caseload_store_get_meeting (f->store, caseload_meeting_get_id (m), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (caseload_meeting_get_location (loaded), ==, "Library");
  g_assert_cmpuint (caseload_meeting_get_attendees (loaded)->len, ==, 3);
  g_assert_cmpint (caseload_store_count_audit (f->store, f->student_id, &error), >, audit_after);

  /* Lists: by range, by student, by staff member. */
  from = g_date_time_new_utc (2027, 3, 14, 0, 0, 0);
  to = g_date_time_new_utc (2027, 3, 15, 0, 0, 0);
  list = caseload_store_list_meetings (f->store, from, to, 0, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_clear_object (&list);
  list = caseload_store_list_meetings (f->store, NULL, NULL, f->student_id, 0, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  g_clear_object (&list);
  /* The LEA representative was removed from the 14th. */
  list = caseload_store_list_meetings (f->store, NULL, NULL, 0, f->lea_id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_clear_object (&list);
  list = caseload_store_list_meetings (f->store, NULL, NULL, 0, f->outsider_id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_clear_object (&list);

  /* Cancel: status and SEQUENCE; twice is refused. */
  g_assert_true (caseload_store_cancel_meeting (f->store, caseload_meeting_get_id (m), &error));
  g_assert_no_error (error);
  g_clear_object (&loaded);
  loaded = caseload_store_get_meeting (f->store, caseload_meeting_get_id (m), &error);
  g_assert_cmpstr (caseload_meeting_get_status (loaded), ==, "cancelled");
  g_assert_cmpint (caseload_meeting_get_sequence (loaded), ==, 2);
  g_assert_cmpstr (caseload_meeting_get_uid (loaded), ==, uid);
  g_assert_false (caseload_store_cancel_meeting (f->store, caseload_meeting_get_id (m), &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_clear_error (&error);

  /* Contact attempts. */
  g_assert_cmpint (caseload_store_add_contact_attempt (f->store, caseload_meeting_get_id (m), "2027-03-01",
                                                       "phone", "no answer", &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (caseload_store_add_contact_attempt (f->store, caseload_meeting_get_id (m), "2027-03-01",
                                                       "pigeon", "", &error), ==, 0);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_object (&loaded);
  loaded = caseload_store_get_meeting (f->store, caseload_meeting_get_id (m), &error);
  g_assert_cmpuint (caseload_meeting_get_contact_attempts (loaded)->len, ==, 1);
}

static guint
count_warnings (GPtrArray                  *warnings,
                CaseloadMeetingWarningKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < warnings->len; i++)
    if (((CaseloadMeetingWarning *) g_ptr_array_index (warnings, i))->kind == kind)
      n++;
  return n;
}

static void
test_check_and_propose (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadMeeting) m = new_meeting (f, 10);
  g_autoptr(CaseloadMeeting) other = caseload_meeting_new ();
  g_autoptr(CaseloadRightsNotice) notice = caseload_rights_notice_new ();
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GPtrArray) times = NULL;
  g_autofree char *sql = NULL;
  char *text;
  GDate as_of, due;

  g_assert_true (caseload_store_save_meeting (f->store, m, &error));
  g_assert_no_error (error);

  /* Another meeting with the regular-education teacher, 8:30-9:30. */
  caseload_meeting_set_student_id (other, f->student_id);
  caseload_meeting_set_kind (other, "parent-conference");
  caseload_meeting_set_time_zone (other, "America/Chicago");
  caseload_meeting_set_local_times (other, 2027, 3, 10, 8, 30, 9, 30);
  invite (other, f->gen_ed_id, 0, "general-education-teacher", TRUE, "needs-action");
  invite (other, 0, f->guardian_id, "parent", TRUE, "needs-action");
  g_assert_true (caseload_store_save_meeting (f->store, other, &error));
  g_assert_no_error (error);

  warnings = caseload_store_check_meeting (f->store, m, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_warnings (warnings, CASELOAD_MEETING_WARNING_STAFF_CONFLICT), ==, 1);
  g_assert_cmpuint (count_warnings (warnings, CASELOAD_MEETING_WARNING_RIGHTS_NOTICE), ==, 1);
  g_assert_cmpuint (count_warnings (warnings, CASELOAD_MEETING_WARNING_NOTICE_LATE), ==, 0);
  g_clear_pointer (&warnings, g_ptr_array_unref);

  /* The rights notice given this school year silences that warning. */
  caseload_rights_notice_set_student_id (notice, f->student_id);
  caseload_rights_notice_set_given_date (notice, "2026-09-02");
  caseload_rights_notice_set_method (notice, "in-person");
  g_assert_true (caseload_store_add_rights_notice (f->store, notice, &error));
  g_assert_no_error (error);
  warnings = caseload_store_check_meeting (f->store, m, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_warnings (warnings, CASELOAD_MEETING_WARNING_RIGHTS_NOTICE), ==, 0);
  g_clear_pointer (&warnings, g_ptr_array_unref);
  g_date_clear (&as_of, 1);
  g_date_set_dmy (&as_of, 1, 9, 2027);
  g_assert_true (caseload_store_rights_notice_missing (f->store, f->student_id, &as_of, &text, &error));
  g_assert_nonnull (text);
  g_free (text);

  /* Moving the other meeting to 9:00 (touching) removes the conflict. */
  caseload_meeting_set_local_times (other, 2027, 3, 10, 9, 0, 10, 0);
  g_assert_true (caseload_store_save_meeting (f->store, other, &error));
  warnings = caseload_store_check_meeting (f->store, m, &error);
  g_assert_cmpuint (count_warnings (warnings, CASELOAD_MEETING_WARNING_STAFF_CONFLICT), ==, 0);
  g_clear_pointer (&warnings, g_ptr_array_unref);

  /* Proposals from the store: the school's non-school day and the team's
   * meetings count. As of Wed 2027-03-03 + 5 days: Mon 8 (no school),
   * Tue 9, Wed 10 at 10:00 (8:00-10:00 taken), Thu 11. */
  sql = g_strdup_printf ("INSERT INTO school_year (id, school_id, name, start_date, end_date) "
                         "VALUES (1, %" G_GINT64_FORMAT ", '2026-2027', '2026-08-17', '2027-06-04');"
                         "INSERT INTO non_school_day (school_year_id, day) VALUES (1, '2027-03-08');",
                         f->school_id);
  exec_sql (f, sql);
  g_date_clear (&as_of, 1);
  g_date_set_dmy (&as_of, 3, 3, 2027);
  g_date_clear (&due, 1);
  g_date_set_dmy (&due, 31, 3, 2027);
  times = caseload_store_propose_meeting_times (f->store, f->student_id, "annual-review", &due, &as_of,
                                                60, 3, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (times->len, ==, 3);
  {
    const char *expected[] = { "2027-03-09 08:00", "2027-03-10 10:00", "2027-03-11 08:00" };

    for (guint i = 0; i < 3; i++)
      {
        g_autofree char *t = g_date_time_format (g_ptr_array_index (times, i), "%Y-%m-%d %H:%M");

        g_assert_cmpstr (t, ==, expected[i]);
      }
  }
}

/* ---- proposals: who is invited, notice, school days, rooms --------------- */

/* A second student of the school whose team has no district
 * representative: a new meeting invites the school's administrator. */
static gint64
add_student_without_lea (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadStudent) student = caseload_student_new ();

  caseload_student_set_student_number (student, "S200");
  caseload_student_set_first_name (student, "Bruno");
  caseload_student_set_last_name (student, "Sato");
  caseload_student_set_birth_date (student, "2013-05-02");
  caseload_student_set_grade (student, "7");
  caseload_student_set_status (student, "active");
  caseload_student_set_school_id (student, f->school_id);
  g_assert_true (caseload_store_save_student (f->store, student, &error));
  g_assert_no_error (error);
  g_assert_true (caseload_store_set_case_manager (f->store, caseload_student_get_id (student),
                                                  f->case_manager_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (caseload_store_add_team_member (f->store, caseload_student_get_id (student), f->gen_ed_id,
                                                   "general-education-teacher", &error), >, 0);
  g_assert_no_error (error);
  return caseload_student_get_id (student);
}

/* A meeting of the first student on @day of March 2027, @from to @to
 * (hours), inviting only @staff_id (0: nobody), in @room_id (0: none). */
static void
book (Fixture *f,
      int      day,
      int      from,
      int      to,
      gint64   staff_id,
      gint64   room_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadMeeting) m = caseload_meeting_new ();

  caseload_meeting_set_student_id (m, f->student_id);
  caseload_meeting_set_kind (m, "parent-conference");
  caseload_meeting_set_time_zone (m, "America/Chicago");
  caseload_meeting_set_local_times (m, 2027, 3, day, from, 0, to, 0);
  caseload_meeting_set_room_id (m, room_id);
  if (staff_id > 0)
    invite (m, staff_id, 0, "other", TRUE, "accepted");
  caseload_store_save_meeting (f->store, m, &error);
  g_assert_no_error (error);
}

static void
assert_times (GPtrArray          *times,
              const char * const *expected,
              guint               n)
{
  g_assert_nonnull (times);
  g_assert_cmpuint (times->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *t = g_date_time_format (g_ptr_array_index (times, i), "%Y-%m-%d %H:%M");

      g_assert_cmpstr (t, ==, expected[i]);
    }
}

static void
test_propose_invited (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadMeeting) draft = caseload_meeting_new ();
  g_autoptr(GPtrArray) times = NULL;
  gint64 student_id = add_student_without_lea (f);
  gboolean lea_required = FALSE;
  GPtrArray *attendees;
  GDate as_of, due;

  /* The shared selection: the administrator comes as the required
   * district representative, the counselor (not on the team) does not. */
  caseload_meeting_set_student_id (draft, student_id);
  caseload_meeting_set_kind (draft, "annual-review");
  g_assert_true (caseload_store_prefill_meeting_invitees (f->store, draft, &error));
  g_assert_no_error (error);
  attendees = caseload_meeting_get_attendees (draft);
  for (guint i = 0; i < attendees->len; i++)
    {
      CaseloadMeetingAttendee *a = g_ptr_array_index (attendees, i);

      g_assert_cmpint (caseload_meeting_attendee_get_staff_id (a), !=, f->outsider_id);
      if (caseload_meeting_attendee_get_staff_id (a) == f->lea_id)
        {
          g_assert_cmpstr (caseload_meeting_attendee_get_role (a), ==, "lea-representative");
          lea_required = caseload_meeting_attendee_get_required (a);
        }
    }
  g_assert_true (lea_required);

  /* The district representative is busy all of Tuesday 9 and 8:00-9:00
   * on Monday 8; the counselor, not invited, on Wednesday 10 8:00-9:00. */
  book (f, 9, 8, 16, f->lea_id, 0);
  book (f, 8, 8, 9, f->lea_id, 0);
  book (f, 10, 8, 9, f->outsider_id, 0);

  /* As of Wednesday 3 with five notice days: Monday 8 at the earliest. */
  g_date_clear (&as_of, 1);
  g_date_set_dmy (&as_of, 3, 3, 2027);
  g_date_clear (&due, 1);
  g_date_set_dmy (&due, 31, 3, 2027);
  times = caseload_store_propose_meeting_times (f->store, student_id, "annual-review", &due, &as_of,
                                                60, 3, NULL, &error);
  g_assert_no_error (error);
  {
    const char * const expected[] = { "2027-03-08 09:00", "2027-03-10 08:00", "2027-03-11 08:00" };

    assert_times (times, expected, 3);
  }
  g_clear_pointer (&times, g_ptr_array_unref);

  /* For the first student the same administrator is on the team as the
   * district representative: the same days are avoided. */
  times = caseload_store_propose_meeting_times (f->store, f->student_id, "annual-review", &due, &as_of,
                                                60, 1, NULL, &error);
  g_assert_no_error (error);
  {
    const char * const expected[] = { "2027-03-08 09:00" };

    assert_times (times, expected, 1);
  }
  g_clear_pointer (&times, g_ptr_array_unref);

  /* A parent conference does not need the district: Monday 8 at 8:00. */
  times = caseload_store_propose_meeting_times (f->store, student_id, "parent-conference", &due, &as_of,
                                                60, 1, NULL, &error);
  g_assert_no_error (error);
  {
    const char * const expected[] = { "2027-03-08 08:00" };

    assert_times (times, expected, 1);
  }
}

static void
test_propose_notice_and_days (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) times = NULL;
  g_autofree char *sql = NULL;
  GDate as_of, due, earliest;

  /* Ten notice days from Wednesday 3: Saturday 13, so Monday 15 first. */
  g_assert_true (caseload_store_save_rule_setting (f->store, "notice-days", 10, &error));
  g_assert_no_error (error);
  g_date_clear (&as_of, 1);
  g_date_set_dmy (&as_of, 3, 3, 2027);
  g_date_clear (&due, 1);
  g_date_set_dmy (&due, 31, 3, 2027);
  times = caseload_store_propose_meeting_times (f->store, f->student_id, "annual-review", &due, &as_of,
                                                60, 3, NULL, &error);
  g_assert_no_error (error);
  earliest = as_of;
  g_date_add_days (&earliest, 10);
  for (guint i = 0; i < times->len; i++)
    {
      GDateTime *t = g_ptr_array_index (times, i);
      GDate day;

      g_date_clear (&day, 1);
      g_date_set_dmy (&day, g_date_time_get_day_of_month (t), g_date_time_get_month (t), g_date_time_get_year (t));
      g_assert_cmpint (g_date_compare (&day, &earliest), >=, 0);
    }
  {
    const char * const expected[] = { "2027-03-15 08:00", "2027-03-16 08:00", "2027-03-17 08:00" };

    assert_times (times, expected, 3);
  }
  g_clear_pointer (&times, g_ptr_array_unref);

  /* Five notice days again from Thursday 4 (Tuesday 9 at the earliest),
   * a due date on Friday 12 and Thursday 11 a non-school day: three
   * school days remain, all on or before the due date. */
  g_assert_true (caseload_store_save_rule_setting (f->store, "notice-days", 5, &error));
  g_assert_no_error (error);
  sql = g_strdup_printf ("INSERT INTO school_year (id, school_id, name, start_date, end_date) "
                         "VALUES (1, %" G_GINT64_FORMAT ", '2026-2027', '2026-08-17', '2027-06-04');"
                         "INSERT INTO non_school_day (school_year_id, day) VALUES (1, '2027-03-11');",
                         f->school_id);
  exec_sql (f, sql);
  g_date_set_dmy (&as_of, 4, 3, 2027);
  g_date_set_dmy (&due, 12, 3, 2027);
  times = caseload_store_propose_meeting_times (f->store, f->student_id, "annual-review", &due, &as_of,
                                                60, 3, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < times->len; i++)
    {
      GDateTime *t = g_ptr_array_index (times, i);
      GDate day;

      g_date_clear (&day, 1);
      g_date_set_dmy (&day, g_date_time_get_day_of_month (t), g_date_time_get_month (t), g_date_time_get_year (t));
      g_assert_cmpint (g_date_compare (&day, &due), <=, 0);
      g_assert_cmpint (g_date_get_weekday (&day), <=, G_DATE_FRIDAY);
    }
  {
    const char * const expected[] = { "2027-03-09 08:00", "2027-03-10 08:00", "2027-03-12 08:00" };

    assert_times (times, expected, 3);
  }
  g_clear_pointer (&times, g_ptr_array_unref);

  /* Due on Thursday 11 (closed): only two fit, never one after the due
   * date. */
  g_date_set_dmy (&due, 11, 3, 2027);
  times = caseload_store_propose_meeting_times (f->store, f->student_id, "annual-review", &due, &as_of,
                                                60, 3, NULL, &error);
  g_assert_no_error (error);
  {
    const char * const expected[] = { "2027-03-09 08:00", "2027-03-10 08:00" };

    assert_times (times, expected, 2);
  }
}

static void
test_propose_rooms (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) times = NULL;
  g_autoptr(GArray) rooms = NULL;
  g_autoptr(GListModel) listed = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(CaseloadSchool) other = caseload_school_new ();
  g_autofree char *sql = NULL;
  gint64 conference, room12;
  GDate as_of, due;

  caseload_school_set_name (other, "Washington High");
  g_assert_true (caseload_store_save_school (f->store, other, &error));
  g_assert_no_error (error);
  sql = g_strdup_printf ("INSERT INTO room (id, school_id, name, capacity) VALUES "
                         "(21, %" G_GINT64_FORMAT ", 'Room 12', 8), "
                         "(22, %" G_GINT64_FORMAT ", 'Conference A', NULL), "
                         "(23, %" G_GINT64_FORMAT ", 'Library', 30);",
                         f->school_id, f->school_id, caseload_school_get_id (other));
  exec_sql (f, sql);
  room12 = 21;
  conference = 22;

  /* Listing: the school's rooms by name, or every room. */
  listed = caseload_store_list_rooms (f->store, f->school_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (listed), ==, 2);
  {
    g_autoptr(CaseloadRoom) first = g_list_model_get_item (listed, 0);
    g_autoptr(CaseloadRoom) second = g_list_model_get_item (listed, 1);

    g_assert_cmpstr (caseload_room_get_name (first), ==, "Conference A");
    g_assert_cmpint (caseload_room_get_capacity (first), ==, 0);
    g_assert_cmpint (caseload_room_get_school_id (first), ==, f->school_id);
    g_assert_cmpstr (caseload_room_get_name (second), ==, "Room 12");
    g_assert_cmpint (caseload_room_get_capacity (second), ==, 8);
  }
  all = caseload_store_list_rooms (f->store, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 3);

  /* Monday 8: both rooms taken 8:00-10:00 (no staff invited), Room 12
   * also 10:00-11:00. Tuesday 9: Conference A taken all day. A cancelled
   * booking of Room 12 on Tuesday does not count. */
  book (f, 8, 8, 10, 0, conference);
  book (f, 8, 8, 11, 0, room12);
  book (f, 9, 8, 16, 0, conference);
  {
    g_autoptr(CaseloadMeeting) m = caseload_meeting_new ();

    caseload_meeting_set_student_id (m, f->student_id);
    caseload_meeting_set_kind (m, "other");
    caseload_meeting_set_time_zone (m, "America/Chicago");
    caseload_meeting_set_local_times (m, 2027, 3, 9, 8, 0, 16, 0);
    caseload_meeting_set_room_id (m, room12);
    g_assert_true (caseload_store_save_meeting (f->store, m, &error));
    g_assert_true (caseload_store_cancel_meeting (f->store, caseload_meeting_get_id (m), &error));
    g_assert_no_error (error);
  }

  g_date_clear (&as_of, 1);
  g_date_set_dmy (&as_of, 3, 3, 2027);
  g_date_clear (&due, 1);
  g_date_set_dmy (&due, 31, 3, 2027);
  times = caseload_store_propose_meeting_times (f->store, f->student_id, "annual-review", &due, &as_of,
                                                60, 3, &rooms, &error);
  g_assert_no_error (error);
  {
    const char * const expected[] = { "2027-03-08 10:00", "2027-03-09 08:00", "2027-03-10 08:00" };

    assert_times (times, expected, 3);
  }
  g_assert_nonnull (rooms);
  g_assert_cmpuint (rooms->len, ==, 3);
  g_assert_cmpint (g_array_index (rooms, gint64, 0), ==, conference);
  g_assert_cmpint (g_array_index (rooms, gint64, 1), ==, room12);
  g_assert_cmpint (g_array_index (rooms, gint64, 2), ==, conference);
}

/* ---- iCalendar --------------------------------------------------------- */

static icalcomponent *
parse (const char *text)
{
  icalcomponent *calendar = icalparser_parse_string (text);

  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_isa (calendar), ==, ICAL_VCALENDAR_COMPONENT);
  return calendar;
}

static const char *
parameter_text (icalproperty   *property,
                icalparameter_kind kind)
{
  icalparameter *parameter = icalproperty_get_first_parameter (property, kind);

  g_assert_nonnull (parameter);
  return icalparameter_as_ical_string (parameter);
}

static void
test_ics_request (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadMeeting) m = new_meeting (f, 14);
  g_autoptr(CaseloadMeeting) loaded = NULL;
  g_autoptr(CaseloadMeetingAttendee) student = caseload_meeting_attendee_new ();
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *cancel = NULL;
  icalcomponent *calendar, *event, *zone;
  icalproperty *p;
  guint n_attendees = 0, n_observances = 0;
  struct icaltimetype start;

  caseload_meeting_set_interpreter_needed (m, TRUE);
  caseload_meeting_set_interpreter_language (m, "Spanish");
  caseload_meeting_attendee_set_is_student (student, TRUE);
  caseload_meeting_attendee_set_role (student, "student");
  caseload_meeting_attendee_set_name (student, "Anabel Quintero");
  caseload_meeting_attendee_set_required (student, FALSE);
  caseload_meeting_add_attendee (m, student);
  g_assert_true (caseload_store_save_meeting (f->store, m, &error));
  g_assert_no_error (error);
  loaded = caseload_store_get_meeting (f->store, caseload_meeting_get_id (m), &error);
  g_assert_no_error (error);

  first = caseload_ics_meeting_request (loaded, &error);
  g_assert_no_error (error);
  second = caseload_ics_meeting_request (loaded, &error);
  g_assert_no_error (error);

  /* Privacy: never the student's full name, in either order. */
  g_assert_null (strstr (first, "Anabel"));
  g_assert_null (strstr (first, "Quintero"));

  calendar = parse (first);
  g_assert_cmpint (icalcomponent_get_method (calendar), ==, ICAL_METHOD_REQUEST);
  zone = icalcomponent_get_first_component (calendar, ICAL_VTIMEZONE_COMPONENT);
  g_assert_nonnull (zone);
  p = icalcomponent_get_first_property (zone, ICAL_TZID_PROPERTY);
  g_assert_cmpstr (icalproperty_get_tzid (p), ==, "America/Chicago");
  /* Trimmed to the rules in force: one STANDARD and one DAYLIGHT, both
   * yearly rules without an end. */
  for (icalcomponent *o = icalcomponent_get_first_component (zone, ICAL_ANY_COMPONENT);
       o != NULL; o = icalcomponent_get_next_component (zone, ICAL_ANY_COMPONENT))
    {
      struct icalrecurrencetype r = icalproperty_get_rrule (icalcomponent_get_first_property (o, ICAL_RRULE_PROPERTY));

      g_assert_true (icaltime_is_null_time (r.until));
      /* The rule must be in force before the meeting, not from 2037. */
      g_assert_cmpint (icalcomponent_get_dtstart (o).year, <, 2027);
      n_observances++;
    }
  g_assert_cmpuint (n_observances, ==, 2);

  event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
  g_assert_nonnull (event);
  g_assert_cmpstr (icalcomponent_get_uid (event), ==, caseload_meeting_get_uid (m));
  g_assert_cmpint (icalproperty_get_sequence (icalcomponent_get_first_property (event, ICAL_SEQUENCE_PROPERTY)), ==, 0);
  g_assert_cmpstr (icalcomponent_get_summary (event), ==, "Annual review: A.Q.");
  g_assert_nonnull (strstr (icalcomponent_get_description (event), "Spanish"));
  g_assert_cmpstr (icalcomponent_get_location (event), ==, "Room 12");
  p = icalcomponent_get_first_property (event, ICAL_DTSTART_PROPERTY);
  g_assert_cmpstr (parameter_text (p, ICAL_TZID_PARAMETER), ==, "TZID=America/Chicago");
  start = icalproperty_get_dtstart (p);
  g_assert_cmpint (start.hour, ==, 8);
  g_assert_cmpint (start.day, ==, 14);
  /* Resolved through the VTIMEZONE: 13:00 UTC. */
  {
    icaltimezone *tz = icalcomponent_get_timezone (calendar, "America/Chicago");
    struct icaltimetype utc;

    g_assert_nonnull (tz);
    utc = icaltime_convert_to_zone (icaltime_set_timezone (&start, tz), icaltimezone_get_utc_timezone ());
    g_assert_cmpint (utc.hour, ==, 13);
  }

  p = icalcomponent_get_first_property (event, ICAL_ORGANIZER_PROPERTY);
  g_assert_cmpstr (icalproperty_get_organizer (p), ==, "mailto:casey@school.example");
  g_assert_cmpstr (parameter_text (p, ICAL_CN_PARAMETER), ==, "CN=Casey Case");

  for (p = icalcomponent_get_first_property (event, ICAL_ATTENDEE_PROPERTY); p != NULL;
       p = icalcomponent_get_next_property (event, ICAL_ATTENDEE_PROPERTY))
    {
      const char *who = icalproperty_get_attendee (p);
      icalparameter_role role = icalparameter_get_role (icalproperty_get_first_parameter (p, ICAL_ROLE_PARAMETER));
      icalparameter_partstat partstat = icalparameter_get_partstat (icalproperty_get_first_parameter (p, ICAL_PARTSTAT_PARAMETER));
      icalparameter_rsvp rsvp = icalparameter_get_rsvp (icalproperty_get_first_parameter (p, ICAL_RSVP_PARAMETER));

      n_attendees++;
      if (g_strcmp0 (who, "mailto:maria@example.org") == 0)
        {
          g_assert_cmpint (role, ==, ICAL_ROLE_REQPARTICIPANT);
          g_assert_cmpint (partstat, ==, ICAL_PARTSTAT_ACCEPTED);
          g_assert_cmpint (rsvp, ==, ICAL_RSVP_TRUE);
        }
      else if (g_strcmp0 (who, "mailto:gina@school.example") == 0)
        {
          g_assert_cmpint (role, ==, ICAL_ROLE_REQPARTICIPANT);
          g_assert_cmpint (partstat, ==, ICAL_PARTSTAT_NEEDSACTION);
          g_assert_cmpint (rsvp, ==, ICAL_RSVP_TRUE);
        }
      else if (g_str_has_prefix (who, "urn:"))
        {
          /* Lee (no e-mail, optional, tentative) and the student. */
          g_assert_cmpint (role, ==, ICAL_ROLE_OPTPARTICIPANT);
          g_assert_cmpint (rsvp, ==, ICAL_RSVP_FALSE);
          g_assert_true (partstat == ICAL_PARTSTAT_TENTATIVE || partstat == ICAL_PARTSTAT_NEEDSACTION);
        }
      else
        g_assert_cmpstr (who, ==, "mailto:casey@school.example");
    }
  g_assert_cmpuint (n_attendees, ==, 5);
  icalcomponent_free (calendar);

  /* Stable across calls (only DTSTAMP may differ). */
  calendar = parse (second);
  event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
  g_assert_cmpstr (icalcomponent_get_uid (event), ==, caseload_meeting_get_uid (m));
  icalcomponent_free (calendar);

  /* A change: SEQUENCE 1, same UID. */
  caseload_meeting_set_local_times (loaded, 2027, 3, 14, 9, 0, 10, 0);
  g_assert_true (caseload_store_save_meeting (f->store, loaded, &error));
  g_assert_no_error (error);
  g_clear_pointer (&second, g_free);
  g_clear_object (&loaded);
  loaded = caseload_store_get_meeting (f->store, caseload_meeting_get_id (m), &error);
  second = caseload_ics_meeting_request (loaded, &error);
  g_assert_no_error (error);
  calendar = parse (second);
  event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
  g_assert_cmpstr (icalcomponent_get_uid (event), ==, caseload_meeting_get_uid (m));
  g_assert_cmpint (icalproperty_get_sequence (icalcomponent_get_first_property (event, ICAL_SEQUENCE_PROPERTY)), ==, 1);
  icalcomponent_free (calendar);

  /* Cancelled: METHOD:CANCEL, STATUS:CANCELLED, SEQUENCE 2. */
  g_assert_true (caseload_store_cancel_meeting (f->store, caseload_meeting_get_id (m), &error));
  g_clear_object (&loaded);
  loaded = caseload_store_get_meeting (f->store, caseload_meeting_get_id (m), &error);
  cancel = caseload_ics_meeting_request (loaded, &error);
  g_assert_no_error (error);
  calendar = parse (cancel);
  g_assert_cmpint (icalcomponent_get_method (calendar), ==, ICAL_METHOD_CANCEL);
  event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
  g_assert_cmpint (icalcomponent_get_status (event), ==, ICAL_STATUS_CANCELLED);
  g_assert_cmpstr (icalcomponent_get_uid (event), ==, caseload_meeting_get_uid (m));
  g_assert_cmpint (icalproperty_get_sequence (icalcomponent_get_first_property (event, ICAL_SEQUENCE_PROPERTY)), ==, 2);
  icalcomponent_free (calendar);
}

static void
test_ics_feed (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadMeeting) a = new_meeting (f, 10);
  g_autoptr(CaseloadMeeting) b = new_meeting (f, 16);
  g_autoptr(CaseloadMeeting) later = new_meeting (f, 30);
  g_autoptr(GListModel) meetings = NULL;
  g_autoptr(GDateTime) from = g_date_time_new_utc (2027, 3, 1, 0, 0, 0);
  g_autoptr(GDateTime) to = g_date_time_new_utc (2027, 3, 20, 0, 0, 0);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  icalcomponent *calendar;
  guint n_events = 0;

  caseload_meeting_set_video_link (b, "https://meet.example/abc");
  g_assert_true (caseload_store_save_meeting (f->store, a, &error));
  g_assert_true (caseload_store_save_meeting (f->store, b, &error));
  g_assert_true (caseload_store_save_meeting (f->store, later, &error));
  g_assert_no_error (error);

  meetings = caseload_store_list_meetings (f->store, from, to, 0, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 2);
  text = caseload_ics_feed (meetings, &error);
  g_assert_no_error (error);

  /* Nothing personal: no attendees, organizer, e-mail, student name. */
  g_assert_null (strstr (text, "ATTENDEE"));
  g_assert_null (strstr (text, "ORGANIZER"));
  g_assert_null (strstr (text, "mailto:"));
  g_assert_null (strstr (text, "Anabel"));
  g_assert_null (strstr (text, "Quintero"));
  g_assert_null (strstr (text, "Lopez"));
  g_assert_null (strstr (text, "Casey"));
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (!g_str_has_prefix (lines[i], "UID:"))
      g_assert_null (strchr (lines[i], '@'));

  calendar = parse (text);
  g_assert_cmpint (icalcomponent_get_method (calendar), ==, ICAL_METHOD_PUBLISH);
  g_assert_nonnull (icalcomponent_get_first_component (calendar, ICAL_VTIMEZONE_COMPONENT));
  for (icalcomponent *e = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT); e != NULL;
       e = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      CaseloadMeeting *expected = n_events == 0 ? a : b;
      struct icaltimetype start = icalcomponent_get_dtstart (e);

      g_assert_cmpstr (icalcomponent_get_uid (e), ==, caseload_meeting_get_uid (expected));
      g_assert_cmpstr (icalcomponent_get_summary (e), ==, "IEP meeting");
      g_assert_cmpint (start.hour, ==, 8);
      g_assert_cmpint (start.day, ==, n_events == 0 ? 10 : 16);
      g_assert_nonnull (strstr (icalcomponent_get_location (e), "Room 12"));
      g_assert_null (icalcomponent_get_first_property (e, ICAL_ATTENDEE_PROPERTY));
      g_assert_null (icalcomponent_get_first_property (e, ICAL_ORGANIZER_PROPERTY));
      n_events++;
    }
  g_assert_cmpuint (n_events, ==, 2);
  icalcomponent_free (calendar);
}

/* ---- case management ----------------------------------------------------- */

static void
test_tasks (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadTask) task = caseload_task_new ();
  g_autoptr(CaseloadTask) loaded = NULL;
  g_autoptr(CaseloadMeeting) m = new_meeting (f, 10);
  g_autoptr(CaseloadMeeting) plain = new_meeting (f, 12);
  g_autoptr(GListModel) mine = NULL;
  gint64 id;

  caseload_task_set_assignee_id (task, f->gen_ed_id);
  caseload_task_set_title (task, "   ");
  g_assert_false (caseload_store_save_task (f->store, task, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_clear_error (&error);

  caseload_task_set_title (task, "Write the present levels");
  caseload_task_set_student_id (task, f->student_id);
  caseload_task_set_due_date (task, "2027-03-05");
  caseload_task_set_priority (task, "high");
  g_assert_true (caseload_store_save_task (f->store, task, &error));
  g_assert_no_error (error);
  id = caseload_task_get_id (task);
  g_assert_cmpint (id, >, 0);

  mine = caseload_store_list_tasks (f->store, f->gen_ed_id, 0, FALSE, &error);
  g_assert_cmpuint (g_list_model_get_n_items (mine), ==, 1);
  g_clear_object (&mine);

  /* open -> done: completed_at set, gone from the open list. */
  g_assert_true (caseload_store_set_task_status (f->store, id, "done", &error));
  g_assert_no_error (error);
  loaded = caseload_store_get_task (f->store, id, &error);
  g_assert_cmpstr (caseload_task_get_status (loaded), ==, "done");
  g_assert_cmpstr (caseload_task_get_completed_at (loaded), !=, "");
  g_clear_object (&loaded);
  mine = caseload_store_list_tasks (f->store, f->gen_ed_id, 0, FALSE, &error);
  g_assert_cmpuint (g_list_model_get_n_items (mine), ==, 0);
  g_clear_object (&mine);
  mine = caseload_store_list_tasks (f->store, f->gen_ed_id, 0, TRUE, &error);
  g_assert_cmpuint (g_list_model_get_n_items (mine), ==, 1);
  g_clear_object (&mine);

  /* done -> cancelled is refused; done -> open clears completed_at. */
  g_assert_false (caseload_store_set_task_status (f->store, id, "cancelled", &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (caseload_store_set_task_status (f->store, id, "finished", &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (caseload_store_set_task_status (f->store, id, "open", &error));
  loaded = caseload_store_get_task (f->store, id, &error);
  g_assert_cmpstr (caseload_task_get_status (loaded), ==, "open");
  g_assert_cmpstr (caseload_task_get_completed_at (loaded), ==, "");
  g_clear_object (&loaded);
  g_assert_true (caseload_store_set_task_status (f->store, id, "cancelled", &error));
  g_assert_no_error (error);

  /* Standard tasks of a new meeting: with an interpreter three, else two. */
  caseload_meeting_set_interpreter_needed (m, TRUE);
  caseload_meeting_set_interpreter_language (m, "Spanish");
  g_assert_true (caseload_store_save_meeting (f->store, m, &error));
  g_assert_true (caseload_store_save_meeting (f->store, plain, &error));
  g_assert_no_error (error);
  g_assert_cmpint (caseload_store_add_standard_meeting_tasks (f->store, caseload_meeting_get_id (m),
                                                              f->case_manager_id, &error), ==, 3);
  g_assert_no_error (error);
  g_assert_cmpint (caseload_store_add_standard_meeting_tasks (f->store, caseload_meeting_get_id (plain),
                                                              f->case_manager_id, &error), ==, 2);
  mine = caseload_store_list_tasks (f->store, f->case_manager_id, 0, FALSE, &error);
  g_assert_cmpuint (g_list_model_get_n_items (mine), ==, 5);
  /* The earliest: the notice of the 10th, due five days before. */
  loaded = g_list_model_get_item (mine, 0);
  g_assert_cmpstr (caseload_task_get_due_date (loaded), ==, "2027-03-05");
  g_assert_cmpint (caseload_task_get_meeting_id (loaded), ==, caseload_meeting_get_id (m));
}

static void
test_referrals (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadCommunityResource) resource = caseload_community_resource_new ();
  g_autoptr(CaseloadResourceReferral) referral = caseload_resource_referral_new ();
  g_autoptr(GListModel) list = NULL;
  g_autoptr(CaseloadResourceReferral) loaded = NULL;
  GDate as_of;
  gint64 id;

  caseload_community_resource_set_name (resource, "Family Food Bank");
  caseload_community_resource_set_category (resource, "groceries");
  g_assert_false (caseload_store_save_community_resource (f->store, resource, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_clear_error (&error);
  caseload_community_resource_set_category (resource, "food");
  caseload_community_resource_set_languages (resource, "en, es");
  g_assert_true (caseload_store_save_community_resource (f->store, resource, &error));
  g_assert_no_error (error);
  list = caseload_store_list_community_resources (f->store, "food", FALSE, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_clear_object (&list);
  list = caseload_store_list_community_resources (f->store, "housing", FALSE, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_clear_object (&list);

  caseload_resource_referral_set_student_id (referral, f->student_id);
  caseload_resource_referral_set_resource_id (referral, caseload_community_resource_get_id (resource));
  caseload_resource_referral_set_referral_date (referral, "2027-02-01");
  caseload_resource_referral_set_reason (referral, "Food insecurity");
  caseload_resource_referral_set_follow_up_date (referral, "2027-02-15");
  g_assert_true (caseload_store_save_resource_referral (f->store, referral, &error));
  g_assert_no_error (error);
  id = caseload_resource_referral_get_id (referral);
  g_assert_cmpstr (caseload_resource_referral_get_status (referral), ==, "open");

  /* Awaiting follow-up from the follow-up date on. */
  g_date_clear (&as_of, 1);
  g_date_set_dmy (&as_of, 14, 2, 2027);
  list = caseload_store_list_resource_referrals (f->store, 0, TRUE, &as_of, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_clear_object (&list);
  g_date_set_dmy (&as_of, 15, 2, 2027);
  list = caseload_store_list_resource_referrals (f->store, 0, TRUE, &as_of, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_clear_object (&list);

  /* open -> in-progress -> completed -> closed; no way back. */
  g_assert_true (caseload_store_set_referral_status (f->store, id, "in-progress", NULL, &error));
  g_assert_no_error (error);
  g_assert_false (caseload_store_set_referral_status (f->store, id, "open", NULL, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (caseload_store_set_referral_status (f->store, id, "completed", "Enrolled in the weekly pantry", &error));
  g_assert_false (caseload_store_set_referral_status (f->store, id, "in-progress", NULL, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_clear_error (&error);
  list = caseload_store_list_resource_referrals (f->store, 0, TRUE, &as_of, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_clear_object (&list);
  g_assert_true (caseload_store_set_referral_status (f->store, id, "closed", NULL, &error));
  g_assert_false (caseload_store_set_referral_status (f->store, id, "completed", NULL, &error));
  g_clear_error (&error);

  list = caseload_store_list_resource_referrals (f->store, f->student_id, FALSE, NULL, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  loaded = g_list_model_get_item (list, 0);
  g_assert_cmpstr (caseload_resource_referral_get_status (loaded), ==, "closed");
  g_assert_cmpstr (caseload_resource_referral_get_outcome (loaded), ==, "Enrolled in the weekly pantry");
  g_assert_cmpstr (caseload_resource_referral_get_resource_name (loaded), ==, "Family Food Bank");
}

static void
test_contacts (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadContact) first = caseload_contact_new ();
  g_autoptr(CaseloadContact) second = caseload_contact_new ();
  g_autoptr(GListModel) list = NULL;
  g_autoptr(CaseloadContact) top = NULL;

  caseload_contact_set_student_id (first, f->student_id);
  caseload_contact_set_contact_at (first, "2027-02-01T15:00:00Z");
  caseload_contact_set_person (first, "Maria Lopez");
  caseload_contact_set_method (first, "fax");
  g_assert_false (caseload_store_save_contact (f->store, first, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_clear_error (&error);
  caseload_contact_set_method (first, "phone");
  caseload_contact_set_summary (first, "Talked about the annual review");
  g_assert_true (caseload_store_save_contact (f->store, first, &error));
  g_assert_no_error (error);

  caseload_contact_set_student_id (second, f->student_id);
  caseload_contact_set_contact_at (second, "2027-02-03T16:30:00Z");
  caseload_contact_set_method (second, "email");
  caseload_contact_set_follow_up_needed (second, TRUE);
  caseload_contact_set_follow_up_date (second, "2027-02-10");
  g_assert_true (caseload_store_save_contact (f->store, second, &error));
  g_assert_no_error (error);

  list = caseload_store_list_contacts (f->store, f->student_id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  top = g_list_model_get_item (list, 0);
  g_assert_cmpint (caseload_contact_get_id (top), ==, caseload_contact_get_id (second));
  g_assert_true (caseload_contact_get_follow_up_needed (top));
  g_assert_cmpstr (caseload_contact_get_staff_name (top), ==, "Casey Case");
  g_clear_object (&list);

  g_assert_true (caseload_store_delete_contact (f->store, caseload_contact_get_id (first), &error));
  list = caseload_store_list_contacts (f->store, f->student_id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
}

static void
test_dashboard (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("America/Chicago");
  g_autoptr(CaseloadMeeting) today = new_meeting (f, 10);     /* Wednesday */
  g_autoptr(CaseloadMeeting) friday = new_meeting (f, 12);
  g_autoptr(CaseloadMeeting) next_week = new_meeting (f, 16);
  g_autoptr(CaseloadTask) late = caseload_task_new ();
  g_autoptr(CaseloadTask) soon = caseload_task_new ();
  g_autoptr(CaseloadCommunityResource) resource = caseload_community_resource_new ();
  g_autoptr(CaseloadResourceReferral) referral = caseload_resource_referral_new ();
  CaseloadDashboard d;
  GDate as_of;

  g_assert_true (caseload_store_save_meeting (f->store, today, &error));
  g_assert_true (caseload_store_save_meeting (f->store, friday, &error));
  g_assert_true (caseload_store_save_meeting (f->store, next_week, &error));
  g_assert_no_error (error);

  caseload_task_set_assignee_id (late, f->case_manager_id);
  caseload_task_set_title (late, "Send the notice");
  caseload_task_set_due_date (late, "2027-03-05");
  g_assert_true (caseload_store_save_task (f->store, late, &error));
  caseload_task_set_assignee_id (soon, f->case_manager_id);
  caseload_task_set_title (soon, "Draft goals");
  caseload_task_set_due_date (soon, "2027-03-12");
  g_assert_true (caseload_store_save_task (f->store, soon, &error));
  g_assert_no_error (error);

  caseload_community_resource_set_name (resource, "Respite Partners");
  caseload_community_resource_set_category (resource, "respite");
  g_assert_true (caseload_store_save_community_resource (f->store, resource, &error));
  caseload_resource_referral_set_student_id (referral, f->student_id);
  caseload_resource_referral_set_resource_id (referral, caseload_community_resource_get_id (resource));
  caseload_resource_referral_set_referral_date (referral, "2027-02-01");
  caseload_resource_referral_set_follow_up_date (referral, "2027-03-01");
  g_assert_true (caseload_store_save_resource_referral (f->store, referral, &error));
  g_assert_no_error (error);

  g_date_clear (&as_of, 1);
  g_date_set_dmy (&as_of, 10, 3, 2027);
  g_assert_true (caseload_store_get_dashboard (f->store, f->case_manager_id, &as_of, tz, &d, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (d.meetings_today, ==, 1);
  g_assert_cmpuint (d.meetings_this_week, ==, 2);
  g_assert_cmpuint (d.open_tasks, ==, 2);
  g_assert_cmpuint (d.overdue_tasks, ==, 1);
  g_assert_cmpuint (d.referrals_follow_up, ==, 1);

  /* Someone with nothing on: all zero except what is not theirs. */
  g_assert_true (caseload_store_get_dashboard (f->store, f->outsider_id, &as_of, tz, &d, &error));
  g_assert_cmpuint (d.meetings_today, ==, 0);
  g_assert_cmpuint (d.open_tasks, ==, 0);
  g_assert_cmpuint (d.referrals_follow_up, ==, 0);

  /* A cancelled meeting no longer counts. */
  g_assert_true (caseload_store_cancel_meeting (f->store, caseload_meeting_get_id (today), &error));
  g_assert_true (caseload_store_get_dashboard (f->store, f->case_manager_id, &as_of, tz, &d, &error));
  g_assert_cmpuint (d.meetings_today, ==, 0);
  g_assert_cmpuint (d.meetings_this_week, ==, 1);
}

/* Rooms added and changed through the store: names unique in a school
 * (whatever the case), seats from 0 to 10000, the field named when
 * refused, nothing changed by a refusal, every change audited. */
static void
test_save_rooms (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) listed = NULL;
  g_autoptr(CaseloadRoom) room = NULL;
  gint64 id, other;

  id = caseload_store_save_room (f->store, 0, f->school_id, "  Room 12 ", 8, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  other = caseload_store_save_room (f->store, 0, f->school_id, "Conference A", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (other, >, id);

  /* refused, naming the field, changing nothing */
  g_assert_cmpint (caseload_store_save_room (f->store, 0, f->school_id, "room 12", 4, &error), ==, 0);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_EXISTS);
  g_assert_true (g_str_has_prefix (error->message, "Name:"));
  g_clear_error (&error);
  g_assert_cmpint (caseload_store_save_room (f->store, other, 0, "ROOM 12", 4, &error), ==, 0);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_cmpint (caseload_store_save_room (f->store, 0, f->school_id, "   ", 4, &error), ==, 0);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "Name:"));
  g_clear_error (&error);
  g_assert_cmpint (caseload_store_save_room (f->store, id, 0, "Room 12", -1, &error), ==, 0);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "Seats:"));
  g_clear_error (&error);
  g_assert_cmpint (caseload_store_save_room (f->store, 0, 999999, "Gym", 0, &error), ==, 0);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "School:"));
  g_clear_error (&error);
  g_assert_cmpint (caseload_store_save_room (f->store, 424242, 0, "Gym", 0, &error), ==, 0);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* renamed and resized; the school stays */
  g_assert_cmpint (caseload_store_save_room (f->store, id, 0, "Room 12B", 10, &error), ==, id);
  g_assert_no_error (error);
  listed = caseload_store_list_rooms (f->store, f->school_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (listed), ==, 2);
  room = g_list_model_get_item (listed, 1);
  g_assert_cmpstr (caseload_room_get_name (room), ==, "Room 12B");
  g_assert_cmpint (caseload_room_get_capacity (room), ==, 10);
  g_assert_cmpint (caseload_room_get_school_id (room), ==, f->school_id);

  /* two inserts, then one row for each changed field */
  g_assert_cmpint (query_count (f, "SELECT COUNT(*) FROM audit_log WHERE table_name = 'room'"), ==, 4);
  g_assert_cmpint (query_count (f, "SELECT COUNT(*) FROM audit_log WHERE table_name = 'room' "
                                   "AND action = 'update' AND field = 'name' AND new_value = 'Room 12B'"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/meetings/store/save-load", test_save_load);
  ADD ("/meetings/store/check-propose", test_check_and_propose);
  ADD ("/meetings/store/propose-invited", test_propose_invited);
  ADD ("/meetings/store/propose-notice-days", test_propose_notice_and_days);
  ADD ("/meetings/store/propose-rooms", test_propose_rooms);
  ADD ("/meetings/store/save-rooms", test_save_rooms);
  ADD ("/meetings/ics/request", test_ics_request);
  ADD ("/meetings/ics/feed", test_ics_feed);
  ADD ("/meetings/store/tasks", test_tasks);
  ADD ("/meetings/store/referrals", test_referrals);
  ADD ("/meetings/store/contacts", test_contacts);
  ADD ("/meetings/store/dashboard", test_dashboard);
#undef ADD

  return g_test_run ();
}
