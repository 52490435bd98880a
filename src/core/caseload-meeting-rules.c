#define G_LOG_DOMAIN "caseload-meeting-rules"

#include "config.h"

#include "caseload-meeting-rules.h"
#include "caseload-date.h"

#include <glib/gi18n-lib.h>

void
caseload_meeting_warning_free (CaseloadMeetingWarning *warning)
{
  if (warning == NULL)
    return;
  g_free (warning->code);
  g_free (warning->message);
  g_free (warning);
}

GPtrArray *
caseload_meeting_warnings_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) caseload_meeting_warning_free);
}

static void
add_warning (GPtrArray                  *warnings,
             CaseloadMeetingWarningKind  kind,
             const char                 *code,
             gint64                      other_id,
             gint64                      staff_id,
             char                       *message)
{
  CaseloadMeetingWarning *warning = g_new0 (CaseloadMeetingWarning, 1);

  warning->kind = kind;
  warning->code = g_strdup (code);
  warning->other_id = other_id;
  warning->staff_id = staff_id;
  warning->message = message;
  g_ptr_array_add (warnings, warning);
}

const char * const *
caseload_meeting_required_roles (const char *kind)
{
  static const char * const evaluation[] = {
    "parent", "general-education-teacher", "special-education-teacher",
    "lea-representative", "evaluation-interpreter", NULL
  };
  static const char * const iep[] = {
    "parent", "general-education-teacher", "special-education-teacher",
    "lea-representative", NULL
  };
  static const char * const other[] = { "parent", NULL };

  if (g_strcmp0 (kind, "initial-iep") == 0 ||
      g_strcmp0 (kind, "eligibility") == 0 ||
      g_strcmp0 (kind, "reevaluation") == 0)
    return evaluation;
  if (g_strcmp0 (kind, "annual-review") == 0 ||
      g_strcmp0 (kind, "amendment") == 0 ||
      g_strcmp0 (kind, "transition") == 0)
    return iep;
  return other;
}

static const char *
role_label (const char *role)
{
  if (g_strcmp0 (role, "parent") == 0)
    return _("a parent or guardian");
  if (g_strcmp0 (role, "general-education-teacher") == 0)
    return _("a regular-education teacher");
  if (g_strcmp0 (role, "special-education-teacher") == 0)
    return _("a special-education teacher or provider");
  if (g_strcmp0 (role, "lea-representative") == 0)
    return _("a district (LEA) representative");
  if (g_strcmp0 (role, "evaluation-interpreter") == 0)
    return _("someone who can interpret evaluation results");
  return role;
}

static gboolean
fills_role (CaseloadMeetingAttendee *attendee,
            const char              *role)
{
  const char *has = caseload_meeting_attendee_get_role (attendee);

  if (g_strcmp0 (has, role) == 0)
    return TRUE;
  return g_strcmp0 (role, "special-education-teacher") == 0 &&
         g_strcmp0 (has, "case-manager") == 0;
}

static void
check_notice (CaseloadMeeting            *meeting,
              const CaseloadRuleSettings *settings,
              GPtrArray                  *warnings)
{
  GDate sent, day;
  int days;

  caseload_meeting_get_local_date (meeting, &day);
  if (!caseload_date_parse_iso (caseload_meeting_get_notice_sent_date (meeting), &sent))
    {
      add_warning (warnings, CASELOAD_MEETING_WARNING_NOTICE_MISSING, NULL, 0, 0,
                   g_strdup (_("No meeting notice has been sent yet")));
      return;
    }
  if (!g_date_valid (&day))
    return;
  days = caseload_date_days_between (&sent, &day);
  if (days < settings->notice_days)
    add_warning (warnings, CASELOAD_MEETING_WARNING_NOTICE_LATE, NULL, 0, 0,
                 g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "The notice was sent %d day before the meeting; at least %d are required",
                                               "The notice was sent %d days before the meeting; at least %d are required",
                                               days),
                                  days, settings->notice_days));
}

static void
check_roles (CaseloadMeeting *meeting,
             GPtrArray       *warnings)
{
  const char * const *roles = caseload_meeting_required_roles (caseload_meeting_get_kind (meeting));
  GPtrArray *attendees = caseload_meeting_get_attendees (meeting);

  for (guint r = 0; roles[r] != NULL; r++)
    {
      gboolean present = FALSE;
      gboolean excused_without_agreement = FALSE;

      for (guint i = 0; i < attendees->len; i++)
        {
          CaseloadMeetingAttendee *attendee = g_ptr_array_index (attendees, i);

          if (!fills_role (attendee, roles[r]))
            continue;
          if (caseload_meeting_attendee_get_excused (attendee) &&
              *caseload_meeting_attendee_get_excusal_agreement_date (attendee) == '\0')
            excused_without_agreement = TRUE;
          else
            present = TRUE;
        }
      if (present)
        continue;
      if (excused_without_agreement)
        add_warning (warnings, CASELOAD_MEETING_WARNING_EXCUSAL_INCOMPLETE, roles[r], 0, 0,
                     g_strdup_printf (_("The excusal of %s has no written parent and district agreement"),
                                      role_label (roles[r])));
      else
        add_warning (warnings, CASELOAD_MEETING_WARNING_ROLE_MISSING, roles[r], 0, 0,
                     g_strdup_printf (_("The meeting does not invite %s"), role_label (roles[r])));
    }
}

static void
check_transition (CaseloadMeeting *meeting,
                  GPtrArray       *warnings)
{
  GPtrArray *attendees = caseload_meeting_get_attendees (meeting);

  if (g_strcmp0 (caseload_meeting_get_kind (meeting), "transition") != 0 &&
      !caseload_meeting_get_notice_transition (meeting))
    return;
  for (guint i = 0; i < attendees->len; i++)
    {
      CaseloadMeetingAttendee *attendee = g_ptr_array_index (attendees, i);

      if (caseload_meeting_attendee_get_is_student (attendee) ||
          g_strcmp0 (caseload_meeting_attendee_get_role (attendee), "student") == 0)
        return;
    }
  add_warning (warnings, CASELOAD_MEETING_WARNING_TRANSITION_STUDENT, "student", 0, 0,
               g_strdup (_("Transition is discussed but the student is not invited")));
}

static void
check_parent_attempts (CaseloadMeeting            *meeting,
                       const CaseloadRuleSettings *settings,
                       GPtrArray                  *warnings)
{
  GPtrArray *attendees = caseload_meeting_get_attendees (meeting);
  GPtrArray *attempts = caseload_meeting_get_contact_attempts (meeting);
  g_autoptr(GHashTable) methods = g_hash_table_new (g_str_hash, g_str_equal);
  guint parents = 0;

  for (guint i = 0; i < attendees->len; i++)
    {
      CaseloadMeetingAttendee *attendee = g_ptr_array_index (attendees, i);

      if (g_strcmp0 (caseload_meeting_attendee_get_role (attendee), "parent") != 0)
        continue;
      /* A parent who attended, or whose attendance is not recorded yet,
       * means the meeting is not one "without a parent". */
      if (!caseload_meeting_attendee_get_has_attended (attendee) ||
          caseload_meeting_attendee_get_attended (attendee))
        return;
      parents++;
    }
  if (parents == 0)
    return;

  for (guint i = 0; i < attempts->len; i++)
    {
      CaseloadContactAttempt *attempt = g_ptr_array_index (attempts, i);

      g_hash_table_add (methods, attempt->method);
    }
  if ((int) attempts->len >= settings->parent_attempts &&
      (int) g_hash_table_size (methods) >= settings->parent_attempt_methods)
    return;
  add_warning (warnings, CASELOAD_MEETING_WARNING_PARENT_ATTEMPTS, "parent", 0, 0,
               g_strdup_printf (_("No parent attended: document at least %d attempts by %d methods "
                                  "(so far %u attempts by %u methods)"),
                                settings->parent_attempts, settings->parent_attempt_methods,
                                attempts->len, g_hash_table_size (methods)));
}

void
caseload_meeting_check_rules (CaseloadMeeting            *meeting,
                              const CaseloadRuleSettings *settings,
                              GPtrArray                  *warnings)
{
  g_return_if_fail (CASELOAD_IS_MEETING (meeting));
  g_return_if_fail (settings != NULL);
  g_return_if_fail (warnings != NULL);

  if (g_strcmp0 (caseload_meeting_get_status (meeting), "cancelled") == 0)
    return;
  check_notice (meeting, settings, warnings);
  check_roles (meeting, warnings);
  check_transition (meeting, warnings);
  check_parent_attempts (meeting, settings, warnings);
}

gboolean
caseload_meeting_times_overlap (GDateTime *a_start,
                                GDateTime *a_end,
                                GDateTime *b_start,
                                GDateTime *b_end)
{
  g_return_val_if_fail (a_start != NULL && a_end != NULL && b_start != NULL && b_end != NULL, FALSE);

  return g_date_time_compare (a_start, b_end) < 0 && g_date_time_compare (b_start, a_end) < 0;
}

void
caseload_meeting_check_conflicts (CaseloadMeeting *meeting,
                                  GPtrArray       *others,
                                  GPtrArray       *warnings)
{
  GPtrArray *mine;
  GDateTime *start, *end;

  g_return_if_fail (CASELOAD_IS_MEETING (meeting));
  g_return_if_fail (others != NULL && warnings != NULL);

  start = caseload_meeting_get_starts_at (meeting);
  end = caseload_meeting_get_ends_at (meeting);
  if (start == NULL || end == NULL ||
      g_strcmp0 (caseload_meeting_get_status (meeting), "cancelled") == 0)
    return;
  mine = caseload_meeting_get_attendees (meeting);

  for (guint o = 0; o < others->len; o++)
    {
      CaseloadMeeting *other = g_ptr_array_index (others, o);
      GPtrArray *theirs = caseload_meeting_get_attendees (other);
      gint64 room = caseload_meeting_get_room_id (meeting);

      if (other == meeting ||
          (caseload_meeting_get_id (meeting) != 0 &&
           caseload_meeting_get_id (other) == caseload_meeting_get_id (meeting)) ||
          g_strcmp0 (caseload_meeting_get_status (other), "cancelled") == 0 ||
          caseload_meeting_get_starts_at (other) == NULL ||
          caseload_meeting_get_ends_at (other) == NULL ||
          !caseload_meeting_times_overlap (start, end,
                                           caseload_meeting_get_starts_at (other),
                                           caseload_meeting_get_ends_at (other)))
        continue;

      if (room != 0 && room == caseload_meeting_get_room_id (other))
        {
          const char *name = caseload_meeting_get_room_name (meeting);

          add_warning (warnings, CASELOAD_MEETING_WARNING_ROOM_CONFLICT, NULL,
                       caseload_meeting_get_id (other), 0,
                       g_strdup_printf (_("The room %s is already booked at that time"),
                                        *name != '\0' ? name : _("(unnamed)")));
        }

      for (guint i = 0; i < mine->len; i++)
        {
          CaseloadMeetingAttendee *a = g_ptr_array_index (mine, i);
          gint64 staff = caseload_meeting_attendee_get_staff_id (a);

          if (staff == 0)
            continue;
          for (guint j = 0; j < theirs->len; j++)
            {
              CaseloadMeetingAttendee *b = g_ptr_array_index (theirs, j);

              if (caseload_meeting_attendee_get_staff_id (b) != staff)
                continue;
              add_warning (warnings, CASELOAD_MEETING_WARNING_STAFF_CONFLICT, NULL,
                           caseload_meeting_get_id (other), staff,
                           g_strdup_printf (_("%s is already in another meeting at that time"),
                                            caseload_meeting_attendee_get_name (a)));
              break;
            }
        }
    }
}

static gboolean
is_school_day (const GDate *day,
               GArray      *non_school_days)
{
  GDateWeekday weekday = g_date_get_weekday (day);

  if (weekday == G_DATE_SATURDAY || weekday == G_DATE_SUNDAY)
    return FALSE;
  for (guint i = 0; non_school_days != NULL && i < non_school_days->len; i++)
    if (g_date_compare (&g_array_index (non_school_days, GDate, i), day) == 0)
      return FALSE;
  return TRUE;
}

static gboolean
slot_free (gint64        start,
           gint64        end,
           GArray       *busy,
           const gint64 *staff_ids,
           guint         n_staff_ids)
{
  for (guint i = 0; busy != NULL && i < busy->len; i++)
    {
      const CaseloadBusySlot *slot = &g_array_index (busy, CaseloadBusySlot, i);

      if (!(start < slot->end && slot->start < end))
        continue;
      for (guint s = 0; s < n_staff_ids; s++)
        if (staff_ids[s] == slot->staff_id)
          return FALSE;
    }
  return TRUE;
}

GPtrArray *
caseload_meeting_propose_times (const GDate  *as_of,
                                const GDate  *due,
                                int           notice_days,
                                GArray       *non_school_days,
                                GArray       *busy,
                                const gint64 *staff_ids,
                                guint         n_staff_ids,
                                GTimeZone    *tz,
                                int           duration_minutes,
                                guint         wanted)
{
  return caseload_meeting_propose_times_in_rooms (as_of, due, notice_days, non_school_days,
                                                  busy, staff_ids, n_staff_ids,
                                                  NULL, NULL, 0, NULL,
                                                  tz, duration_minutes, wanted);
}

GPtrArray *
caseload_meeting_propose_times_in_rooms (const GDate  *as_of,
                                         const GDate  *due,
                                         int           notice_days,
                                         GArray       *non_school_days,
                                         GArray       *busy,
                                         const gint64 *staff_ids,
                                         guint         n_staff_ids,
                                         GArray       *room_busy,
                                         const gint64 *room_ids,
                                         guint         n_room_ids,
                                         GArray       *chosen_rooms,
                                         GTimeZone    *tz,
                                         int           duration_minutes,
                                         guint         wanted)
{
  g_autoptr(GPtrArray) proposals = g_ptr_array_new_with_free_func ((GDestroyNotify) g_date_time_unref);
  GDate day;

  g_return_val_if_fail (as_of != NULL && g_date_valid (as_of), NULL);
  g_return_val_if_fail (due != NULL && g_date_valid (due), NULL);
  g_return_val_if_fail (tz != NULL, NULL);
  g_return_val_if_fail (duration_minutes > 0, NULL);
  g_return_val_if_fail (chosen_rooms == NULL || g_array_get_element_size (chosen_rooms) == sizeof (gint64), NULL);

  if (chosen_rooms != NULL)
    g_array_set_size (chosen_rooms, 0);
  day = *as_of;
  g_date_add_days (&day, MAX (notice_days, 0));
  for (; g_date_compare (&day, due) <= 0 && proposals->len < wanted; g_date_add_days (&day, 1))
    {
      if (!is_school_day (&day, non_school_days))
        continue;
      for (int minutes = 8 * 60; minutes + duration_minutes <= 16 * 60; minutes += 30)
        {
          g_autoptr(GDateTime) start = g_date_time_new (tz, g_date_get_year (&day),
                                                         g_date_get_month (&day),
                                                         g_date_get_day (&day),
                                                         minutes / 60, minutes % 60, 0);
          gint64 from, to, room = 0;

          if (start == NULL)
            continue;
          from = g_date_time_to_unix (start);
          to = from + (gint64) duration_minutes * 60;
          if (!slot_free (from, to, busy, staff_ids, n_staff_ids))
            continue;
          /* With rooms, the first one free for the whole slot. */
          if (n_room_ids > 0)
            {
              guint r;

              for (r = 0; r < n_room_ids; r++)
                if (slot_free (from, to, room_busy, &room_ids[r], 1))
                  break;
              if (r == n_room_ids)
                continue;
              room = room_ids[r];
            }
          g_ptr_array_add (proposals, g_steal_pointer (&start));
          if (chosen_rooms != NULL)
            g_array_append_val (chosen_rooms, room);
          break;
        }
    }
  return g_steal_pointer (&proposals);
}

gboolean
caseload_meeting_rights_notice_missing (const GDate *year_start,
                                        const GDate *year_end,
                                        GArray      *given_dates)
{
  g_return_val_if_fail (year_start != NULL && year_end != NULL, TRUE);

  for (guint i = 0; given_dates != NULL && i < given_dates->len; i++)
    {
      const GDate *given = &g_array_index (given_dates, GDate, i);

      if (g_date_valid (given) &&
          g_date_compare (given, year_start) >= 0 &&
          g_date_compare (given, year_end) <= 0)
        return FALSE;
    }
  return TRUE;
}

void
caseload_meeting_default_school_year (const GDate *day,
                                      GDate       *start,
                                      GDate       *end)
{
  int year = g_date_get_year (day);

  if (g_date_get_month (day) < G_DATE_JULY)
    year--;
  g_date_clear (start, 1);
  g_date_clear (end, 1);
  g_date_set_dmy (start, 1, G_DATE_JULY, year);
  g_date_set_dmy (end, 30, G_DATE_JUNE, year + 1);
}
