/* test-meeting-rules.c: the meeting rules as pure functions: notice timing,
 * required roles and excusals, the student at transition meetings, parent
 * contact attempts, conflicts at the edges, scheduling proposals
 * (weekends, non-school days, notice period, a busy team member), the
 * procedural-safeguards notice per school year, and local times on the
 * morning daylight saving time starts. */
#include "config.h"

#include "caseload-meeting-rules.h"

#define TZ "America/Chicago"

static CaseloadMeetingAttendee *
person (gint64      staff_id,
        const char *name,
        const char *role)
{
  CaseloadMeetingAttendee *a = caseload_meeting_attendee_new ();

  caseload_meeting_attendee_set_staff_id (a, staff_id);
  caseload_meeting_attendee_set_name (a, name);
  caseload_meeting_attendee_set_role (a, role);
  return a;
}

static void
invite (CaseloadMeeting *m,
        gint64           staff_id,
        const char      *name,
        const char      *role)
{
  g_autoptr(CaseloadMeetingAttendee) a = person (staff_id, name, role);

  caseload_meeting_add_attendee (m, a);
}

/* An annual review on 2027-03-10 10:00-11:00 with the whole required team
 * and a notice sent 7 days before. */
static CaseloadMeeting *
full_meeting (void)
{
  CaseloadMeeting *m = caseload_meeting_new ();

  caseload_meeting_set_id (m, 1);
  caseload_meeting_set_kind (m, "annual-review");
  caseload_meeting_set_time_zone (m, TZ);
  caseload_meeting_set_local_times (m, 2027, 3, 10, 10, 0, 11, 0);
  caseload_meeting_set_notice_sent_date (m, "2027-03-03");
  invite (m, 0, "Maria Ruiz", "parent");
  invite (m, 11, "Casey Case", "case-manager");
  invite (m, 12, "Gina General", "general-education-teacher");
  invite (m, 13, "Lee District", "lea-representative");
  return m;
}

static guint
count_kind (GPtrArray                  *warnings,
            CaseloadMeetingWarningKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < warnings->len; i++)
    {
      CaseloadMeetingWarning *w = g_ptr_array_index (warnings, i);

      if (w->kind == kind)
        {
          g_assert_nonnull (w->message);
          g_assert_cmpstr (w->message, !=, "");
          n++;
        }
    }
  return n;
}

static GPtrArray *
check (CaseloadMeeting            *m,
       const CaseloadRuleSettings *settings)
{
  GPtrArray *warnings = caseload_meeting_warnings_new ();

  caseload_meeting_check_rules (m, settings, warnings);
  return warnings;
}

static void
test_notice (void)
{
  CaseloadRuleSettings settings;
  g_autoptr(CaseloadMeeting) m = full_meeting ();
  g_autoptr(GPtrArray) w = NULL;

  caseload_rule_settings_init_defaults (&settings);
  g_assert_cmpint (settings.notice_days, ==, 5);

  w = check (m, &settings);
  g_assert_cmpuint (w->len, ==, 0);
  g_clear_pointer (&w, g_ptr_array_unref);

  /* Exactly five days before: on time. */
  caseload_meeting_set_notice_sent_date (m, "2027-03-05");
  w = check (m, &settings);
  g_assert_cmpuint (count_kind (w, CASELOAD_MEETING_WARNING_NOTICE_LATE), ==, 0);
  g_clear_pointer (&w, g_ptr_array_unref);

  /* Four days: late. */
  caseload_meeting_set_notice_sent_date (m, "2027-03-06");
  w = check (m, &settings);
  g_assert_cmpuint (count_kind (w, CASELOAD_MEETING_WARNING_NOTICE_LATE), ==, 1);
  g_clear_pointer (&w, g_ptr_array_unref);

  /* The district allows three days: four is fine again. */
  settings.notice_days = 3;
  w = check (m, &settings);
  g_assert_cmpuint (count_kind (w, CASELOAD_MEETING_WARNING_NOTICE_LATE), ==, 0);
  g_clear_pointer (&w, g_ptr_array_unref);

  caseload_meeting_set_notice_sent_date (m, "");
  w = check (m, &settings);
  g_assert_cmpuint (count_kind (w, CASELOAD_MEETING_WARNING_NOTICE_MISSING), ==, 1);
  g_clear_pointer (&w, g_ptr_array_unref);

  /* A cancelled meeting gets no warnings. */
  caseload_meeting_set_status (m, "cancelled");
  w = check (m, &settings);
  g_assert_cmpuint (w->len, ==, 0);
}

static void
test_roles (void)
{
  CaseloadRuleSettings settings;
  g_autoptr(CaseloadMeeting) m = full_meeting ();
  g_autoptr(GPtrArray) w = NULL;
  CaseloadMeetingAttendee *gen_ed;
  CaseloadMeetingWarning *first;

  caseload_rule_settings_init_defaults (&settings);
  w = check (m, &settings);
  g_assert_cmpuint (count_kind (w, CASELOAD_MEETING_WARNING_ROLE_MISSING), ==, 0);
  g_clear_pointer (&w, g_ptr_array_unref);

  /* Without the regular-education teacher. */
  g_ptr_array_remove_index (caseload_meeting_get_attendees (m), 2);
  w = check (m, &settings);
  g_assert_cmpuint (count_kind (w, CASELOAD_MEETING_WARNING_ROLE_MISSING), ==, 1);
  first = g_ptr_array_index (w, 0);
  g_assert_cmpstr (first->code, ==, "general-education-teacher");
  g_clear_pointer (&w, g_ptr_array_unref);

  /* Back, but excused without written agreement: still a warning; with
   * the agreement date: none. */
  gen_ed = person (12, "Gina General", "general-education-teacher");
  caseload_meeting_attendee_set_excused (gen_ed, TRUE);
  caseload_meeting_add_attendee (m, gen_ed);
  w = check (m, &settings);
  g_assert_cmpuint (count_kind (w, CASELOAD_MEETING_WARNING_EXCUSAL_INCOMPLETE), ==, 1);
  g_assert_cmpuint (count_kind (w, CASELOAD_MEETING_WARNING_ROLE_MISSING), ==, 0);
  g_clear_pointer (&w, g_ptr_array_unref);
  caseload_meeting_attendee_set_excusal_agreement_date (gen_ed, "2027-03-08");
  w = check (m, &settings);
  g_assert_cmpuint (count_kind (w, CASELOAD_MEETING_WARNING_EXCUSAL_INCOMPLETE), ==, 0);
  g_assert_cmpuint (w->len, ==, 0);
  g_clear_pointer (&w, g_ptr_array_unref);
  g_object_unref (gen_ed);

  /* An initial IEP also needs someone who interprets evaluations. */
  caseload_meeting_set_kind (m, "initial-iep");
  w = check (m, &settings);
  g_assert_cmpuint (count_kind (w, CASELOAD_MEETING_WARNING_ROLE_MISSING), ==, 1);
  first = g_ptr_array_index (w, 0);
  g_assert_cmpstr (first->code, ==, "evaluation-interpreter");
  g_clear_pointer (&w, g_ptr_array_unref);

  /* A parent conference needs only the parent. */
  caseload_meeting_set_kind (m, "parent-conference");
  g_ptr_array_set_size (caseload_meeting_get_attendees (m), 0);
  invite (m, 11, "Casey Case", "case-manager");
  w = check (m, &settings);
  g_assert_cmpuint (count_kind (w, CASELOAD_MEETING_WARNING_ROLE_MISSING), ==, 1);
  first = g_ptr_array_index (w, 0);
  g_assert_cmpstr (first->code, ==, "parent");
}

static void
test_transition (void)
{
  CaseloadRuleSettings settings;
  g_autoptr(CaseloadMeeting) m = full_meeting ();
  g_autoptr(GPtrArray) w = NULL;
  g_autoptr(CaseloadMeetingAttendee) student = caseload_meeting_attendee_new ();

  caseload_rule_settings_init_defaults (&settings);
  w = check (m, &settings);
  g_assert_cmpuint (count_kind (w, CASELOAD_MEETING_WARNING_TRANSITION_STUDENT), ==, 0);
  g_clear_pointer (&w, g_ptr_array_unref);

  /* The notice says transition is discussed: the student must be invited. */
  caseload_meeting_set_notice_transition (m, TRUE);
  w = check (m, &settings);
  g_assert_cmpuint (count_kind (w, CASELOAD_MEETING_WARNING_TRANSITION_STUDENT), ==, 1);
  g_clear_pointer (&w, g_ptr_array_unref);

  caseload_meeting_set_notice_transition (m, FALSE);
  caseload_meeting_set_kind (m, "transition");
  w = check (m, &settings);
  g_assert_cmpuint (count_kind (w, CASELOAD_MEETING_WARNING_TRANSITION_STUDENT), ==, 1);
  g_clear_pointer (&w, g_ptr_array_unref);

  caseload_meeting_attendee_set_is_student (student, TRUE);
  caseload_meeting_attendee_set_role (student, "student");
  caseload_meeting_add_attendee (m, student);
  w = check (m, &settings);
  g_assert_cmpuint (count_kind (w, CASELOAD_MEETING_WARNING_TRANSITION_STUDENT), ==, 0);
  g_assert_cmpuint (w->len, ==, 0);
}

static void
test_parent_attempts (void)
{
  CaseloadRuleSettings settings;
  g_autoptr(CaseloadMeeting) m = full_meeting ();
  g_autoptr(GPtrArray) w = NULL;
  CaseloadMeetingAttendee *parent = g_ptr_array_index (caseload_meeting_get_attendees (m), 0);

  caseload_rule_settings_init_defaults (&settings);
  g_assert_cmpint (settings.parent_attempts, ==, 3);
  g_assert_cmpint (settings.parent_attempt_methods, ==, 2);

  /* Attendance not recorded yet: no warning. */
  w = check (m, &settings);
  g_assert_cmpuint (count_kind (w, CASELOAD_MEETING_WARNING_PARENT_ATTEMPTS), ==, 0);
  g_clear_pointer (&w, g_ptr_array_unref);

  /* Parent absent, two phone calls: warning. */
  caseload_meeting_attendee_set_attended (parent, FALSE);
  caseload_meeting_add_contact_attempt (m, 0, "2027-02-20", "phone", "no answer");
  caseload_meeting_add_contact_attempt (m, 0, "2027-02-24", "phone", "voicemail");
  w = check (m, &settings);
  g_assert_cmpuint (count_kind (w, CASELOAD_MEETING_WARNING_PARENT_ATTEMPTS), ==, 1);
  g_clear_pointer (&w, g_ptr_array_unref);

  /* Three attempts but one method: still a warning. */
  caseload_meeting_add_contact_attempt (m, 0, "2027-02-26", "phone", "no answer");
  w = check (m, &settings);
  g_assert_cmpuint (count_kind (w, CASELOAD_MEETING_WARNING_PARENT_ATTEMPTS), ==, 1);
  g_clear_pointer (&w, g_ptr_array_unref);

  /* A letter makes four attempts by two methods: enough. */
  caseload_meeting_add_contact_attempt (m, 0, "2027-03-01", "letter", "mailed");
  w = check (m, &settings);
  g_assert_cmpuint (count_kind (w, CASELOAD_MEETING_WARNING_PARENT_ATTEMPTS), ==, 0);
  g_clear_pointer (&w, g_ptr_array_unref);

  /* A stricter district: five attempts by three methods. */
  settings.parent_attempts = 5;
  settings.parent_attempt_methods = 3;
  w = check (m, &settings);
  g_assert_cmpuint (count_kind (w, CASELOAD_MEETING_WARNING_PARENT_ATTEMPTS), ==, 1);
  g_clear_pointer (&w, g_ptr_array_unref);

  /* The parent came after all: no warning whatever the attempts. */
  caseload_meeting_attendee_set_attended (parent, TRUE);
  w = check (m, &settings);
  g_assert_cmpuint (count_kind (w, CASELOAD_MEETING_WARNING_PARENT_ATTEMPTS), ==, 0);
}

static CaseloadMeeting *
booked (gint64      id,
        int         start_hour,
        int         start_minute,
        int         end_hour,
        int         end_minute,
        gint64      staff_id,
        gint64      room_id)
{
  CaseloadMeeting *m = caseload_meeting_new ();

  caseload_meeting_set_id (m, id);
  caseload_meeting_set_time_zone (m, TZ);
  caseload_meeting_set_local_times (m, 2027, 3, 10, start_hour, start_minute, end_hour, end_minute);
  caseload_meeting_set_room_id (m, room_id);
  if (staff_id != 0)
    invite (m, staff_id, "Someone", "other");
  return m;
}

static guint
conflicts_with (CaseloadMeeting *m,
                CaseloadMeeting *other,
                CaseloadMeetingWarningKind kind)
{
  g_autoptr(GPtrArray) others = g_ptr_array_new ();
  g_autoptr(GPtrArray) w = caseload_meeting_warnings_new ();

  g_ptr_array_add (others, other);
  caseload_meeting_check_conflicts (m, others, w);
  for (guint i = 0; i < w->len; i++)
    {
      CaseloadMeetingWarning *warning = g_ptr_array_index (w, i);

      g_assert_cmpint (warning->other_id, ==, caseload_meeting_get_id (other));
    }
  return count_kind (w, kind);
}

static void
test_conflicts (void)
{
  g_autoptr(CaseloadMeeting) m = full_meeting ();   /* 10:00-11:00, staff 11, 12, 13 */
  g_autoptr(CaseloadMeeting) before = booked (2, 9, 0, 10, 0, 11, 0);
  g_autoptr(CaseloadMeeting) after = booked (3, 11, 0, 12, 0, 11, 0);
  g_autoptr(CaseloadMeeting) overlap_start = booked (4, 9, 0, 10, 1, 12, 0);
  g_autoptr(CaseloadMeeting) overlap_end = booked (5, 10, 59, 12, 0, 13, 0);
  g_autoptr(CaseloadMeeting) inside = booked (6, 10, 15, 10, 45, 11, 0);
  g_autoptr(CaseloadMeeting) other_staff = booked (7, 10, 0, 11, 0, 99, 0);
  g_autoptr(CaseloadMeeting) same_room = booked (8, 10, 30, 11, 30, 0, 5);
  g_autoptr(CaseloadMeeting) room_after = booked (9, 11, 0, 11, 30, 0, 5);
  g_autoptr(CaseloadMeeting) cancelled = booked (10, 10, 0, 11, 0, 11, 5);
  g_autoptr(CaseloadMeeting) itself = booked (1, 10, 0, 11, 0, 11, 5);

  caseload_meeting_set_room_id (m, 5);
  caseload_meeting_set_room_name (m, "Room 12");

  /* Half-open intervals: touching ends do not conflict. */
  g_assert_false (caseload_meeting_times_overlap (caseload_meeting_get_starts_at (m),
                                                  caseload_meeting_get_ends_at (m),
                                                  caseload_meeting_get_starts_at (after),
                                                  caseload_meeting_get_ends_at (after)));
  g_assert_true (caseload_meeting_times_overlap (caseload_meeting_get_starts_at (m),
                                                 caseload_meeting_get_ends_at (m),
                                                 caseload_meeting_get_starts_at (inside),
                                                 caseload_meeting_get_ends_at (inside)));
  g_assert_cmpuint (conflicts_with (m, before, CASELOAD_MEETING_WARNING_STAFF_CONFLICT), ==, 0);
  g_assert_cmpuint (conflicts_with (m, after, CASELOAD_MEETING_WARNING_STAFF_CONFLICT), ==, 0);
  g_assert_cmpuint (conflicts_with (m, overlap_start, CASELOAD_MEETING_WARNING_STAFF_CONFLICT), ==, 1);
  g_assert_cmpuint (conflicts_with (m, overlap_end, CASELOAD_MEETING_WARNING_STAFF_CONFLICT), ==, 1);
  g_assert_cmpuint (conflicts_with (m, inside, CASELOAD_MEETING_WARNING_STAFF_CONFLICT), ==, 1);
  g_assert_cmpuint (conflicts_with (m, other_staff, CASELOAD_MEETING_WARNING_STAFF_CONFLICT), ==, 0);
  g_assert_cmpuint (conflicts_with (m, same_room, CASELOAD_MEETING_WARNING_ROOM_CONFLICT), ==, 1);
  g_assert_cmpuint (conflicts_with (m, room_after, CASELOAD_MEETING_WARNING_ROOM_CONFLICT), ==, 0);
  caseload_meeting_set_status (cancelled, "cancelled");
  g_assert_cmpuint (conflicts_with (m, cancelled, CASELOAD_MEETING_WARNING_STAFF_CONFLICT), ==, 0);
  g_assert_cmpuint (conflicts_with (m, cancelled, CASELOAD_MEETING_WARNING_ROOM_CONFLICT), ==, 0);
  /* The same meeting (a saved copy) never conflicts with itself. */
  g_assert_cmpuint (conflicts_with (m, itself, CASELOAD_MEETING_WARNING_STAFF_CONFLICT), ==, 0);
}

static void
set_date (GDate *d,
          int    year,
          int    month,
          int    day)
{
  g_date_clear (d, 1);
  g_date_set_dmy (d, day, month, year);
}

static void
assert_local (GDateTime *t,
              const char *expected)
{
  g_autofree char *text = g_date_time_format (t, "%Y-%m-%d %H:%M");

  g_assert_cmpstr (text, ==, expected);
}

static void
test_propose (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier (TZ);
  g_autoptr(GArray) closed = g_array_new (FALSE, FALSE, sizeof (GDate));
  g_autoptr(GArray) busy = g_array_new (FALSE, FALSE, sizeof (CaseloadBusySlot));
  g_autoptr(GPtrArray) times = NULL;
  const gint64 team[] = { 11, 12 };
  GDate as_of, due, day;

  /* As of Monday 2027-03-01 with a 5-day notice: Saturday 6 and Sunday 7
   * are weekend, so Monday 8 is the first day. */
  set_date (&as_of, 2027, 3, 1);
  set_date (&due, 2027, 3, 31);
  times = caseload_meeting_propose_times (&as_of, &due, 5, NULL, NULL, team, 2, tz, 60, 3);
  g_assert_cmpuint (times->len, ==, 3);
  assert_local (g_ptr_array_index (times, 0), "2027-03-08 08:00");
  assert_local (g_ptr_array_index (times, 1), "2027-03-09 08:00");
  assert_local (g_ptr_array_index (times, 2), "2027-03-10 08:00");
  g_clear_pointer (&times, g_ptr_array_unref);

  /* Tuesday 9 is a non-school day; team member 12 is busy all of
   * Wednesday 10 and 8:00-9:00 on Thursday 11; someone not on the team is
   * busy on Friday 12 (no effect). */
  set_date (&day, 2027, 3, 9);
  g_array_append_val (closed, day);
  {
    g_autoptr(GDateTime) a = g_date_time_new (tz, 2027, 3, 10, 7, 0, 0);
    g_autoptr(GDateTime) b = g_date_time_new (tz, 2027, 3, 10, 17, 0, 0);
    g_autoptr(GDateTime) c = g_date_time_new (tz, 2027, 3, 11, 8, 0, 0);
    g_autoptr(GDateTime) d = g_date_time_new (tz, 2027, 3, 11, 9, 0, 0);
    g_autoptr(GDateTime) e = g_date_time_new (tz, 2027, 3, 12, 8, 0, 0);
    CaseloadBusySlot slots[] = {
      { 12, g_date_time_to_unix (a), g_date_time_to_unix (b) },
      { 12, g_date_time_to_unix (c), g_date_time_to_unix (d) },
      { 77, g_date_time_to_unix (e), g_date_time_to_unix (b) + 2 * 86400 },
    };

    g_array_append_vals (busy, slots, G_N_ELEMENTS (slots));
  }
  times = caseload_meeting_propose_times (&as_of, &due, 5, closed, busy, team, 2, tz, 60, 3);
  g_assert_cmpuint (times->len, ==, 3);
  assert_local (g_ptr_array_index (times, 0), "2027-03-08 08:00");
  /* 9:00 on Thursday: the busy hour ends at 9:00 (half-open). */
  assert_local (g_ptr_array_index (times, 1), "2027-03-11 09:00");
  assert_local (g_ptr_array_index (times, 2), "2027-03-12 08:00");
  g_clear_pointer (&times, g_ptr_array_unref);

  /* The due date limits the days: due Thursday 11 leaves two. */
  set_date (&due, 2027, 3, 11);
  times = caseload_meeting_propose_times (&as_of, &due, 5, closed, busy, team, 2, tz, 60, 3);
  g_assert_cmpuint (times->len, ==, 2);
  g_clear_pointer (&times, g_ptr_array_unref);

  /* A longer notice period leaves no room at all before the due date. */
  times = caseload_meeting_propose_times (&as_of, &due, 14, closed, busy, team, 2, tz, 60, 3);
  g_assert_cmpuint (times->len, ==, 0);
  g_clear_pointer (&times, g_ptr_array_unref);

  /* The morning daylight saving time starts is a Sunday; Monday 15 at
   * 8:00 CDT is 13:00 UTC. */
  set_date (&as_of, 2027, 3, 10);
  set_date (&due, 2027, 4, 30);
  times = caseload_meeting_propose_times (&as_of, &due, 4, NULL, NULL, team, 2, tz, 60, 1);
  g_assert_cmpuint (times->len, ==, 1);
  assert_local (g_ptr_array_index (times, 0), "2027-03-15 08:00");
  g_assert_cmpint (g_date_time_get_utc_offset (g_ptr_array_index (times, 0)) / G_TIME_SPAN_HOUR, ==, -5);
}

static void
test_rights_notice (void)
{
  g_autoptr(GArray) given = g_array_new (FALSE, FALSE, sizeof (GDate));
  GDate start, end, d, today;

  set_date (&today, 2026, 11, 27);
  caseload_meeting_default_school_year (&today, &start, &end);
  set_date (&d, 2026, 7, 1);
  g_assert_cmpint (g_date_compare (&start, &d), ==, 0);
  set_date (&d, 2027, 6, 30);
  g_assert_cmpint (g_date_compare (&end, &d), ==, 0);
  set_date (&today, 2027, 2, 1);
  caseload_meeting_default_school_year (&today, &d, &end);
  g_assert_cmpint (g_date_compare (&start, &d), ==, 0);

  g_assert_true (caseload_meeting_rights_notice_missing (&start, &end, given));
  set_date (&d, 2026, 6, 30);   /* last year's */
  g_array_append_val (given, d);
  g_assert_true (caseload_meeting_rights_notice_missing (&start, &end, given));
  set_date (&d, 2026, 7, 1);    /* first day of this year */
  g_array_append_val (given, d);
  g_assert_false (caseload_meeting_rights_notice_missing (&start, &end, given));
}

static void
test_dst_times (void)
{
  g_autoptr(CaseloadMeeting) m = caseload_meeting_new ();
  g_autoptr(GDateTime) utc = NULL;
  GDate day;

  caseload_meeting_set_time_zone (m, TZ);
  caseload_meeting_set_local_times (m, 2027, 3, 14, 8, 0, 9, 0);
  utc = g_date_time_to_utc (caseload_meeting_get_starts_at (m));
  g_assert_cmpint (g_date_time_get_hour (utc), ==, 13);
  g_clear_pointer (&utc, g_date_time_unref);
  caseload_meeting_get_local_date (m, &day);
  g_assert_cmpint (g_date_get_day (&day), ==, 14);

  caseload_meeting_set_local_times (m, 2027, 3, 13, 8, 0, 9, 0);
  utc = g_date_time_to_utc (caseload_meeting_get_starts_at (m));
  g_assert_cmpint (g_date_time_get_hour (utc), ==, 14);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/meetings/rules/notice", test_notice);
  g_test_add_func ("/meetings/rules/roles", test_roles);
  g_test_add_func ("/meetings/rules/transition", test_transition);
  g_test_add_func ("/meetings/rules/parent-attempts", test_parent_attempts);
  g_test_add_func ("/meetings/rules/conflicts", test_conflicts);
  g_test_add_func ("/meetings/rules/propose", test_propose);
  g_test_add_func ("/meetings/rules/rights-notice", test_rights_notice);
  g_test_add_func ("/meetings/rules/dst", test_dst_times);

  return g_test_run ();
}
