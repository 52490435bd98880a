#define G_LOG_DOMAIN "caseload-ics"

#include "config.h"

#include "caseload-ics.h"
#include "caseload-error.h"

#include <libical/ical.h>

#include <glib/gi18n-lib.h>

G_DEFINE_AUTOPTR_CLEANUP_FUNC (icalcomponent, icalcomponent_free)

#define PRODID "-//Caseload//Caseload//EN"

/* An observance in force now: a yearly rule with no end. */
static gboolean
observance_is_current (icalcomponent *observance)
{
  icalproperty *rrule = icalcomponent_get_first_property (observance, ICAL_RRULE_PROPERTY);
  struct icalrecurrencetype recur;

  if (rrule == NULL)
    return FALSE;
  recur = icalproperty_get_rrule (rrule);
  return icaltime_is_null_time (recur.until) && recur.count == 0;
}

/* The system database starts the current rule where its explicit
 * transitions end (2037); an observance must start before the events that
 * use it, so start the rule at its first onset in 1970, as calendar
 * programs' own zone files do. */
static void
rebase_observance (icalcomponent *observance)
{
  icalproperty *rrule = icalcomponent_get_first_property (observance, ICAL_RRULE_PROPERTY);
  icalproperty *dtstart = icalcomponent_get_first_property (observance, ICAL_DTSTART_PROPERTY);
  struct icaltimetype start, first;
  icalrecur_iterator *iterator;

  if (rrule == NULL || dtstart == NULL)
    return;
  start = icalproperty_get_dtstart (dtstart);
  start.year = 1970;
  start.month = 1;
  start.day = 1;
  iterator = icalrecur_iterator_new (icalproperty_get_rrule (rrule), start);
  if (iterator == NULL)
    return;
  first = icalrecur_iterator_next (iterator);
  icalrecur_iterator_free (iterator);
  if (!icaltime_is_null_time (first) && first.year == 1970)
    icalproperty_set_dtstart (dtstart, first);
}

static icalcomponent *
build_timezone (const char  *tzid,
                GError     **error)
{
  icaltimezone *zone;
  icalcomponent *full;
  icalcomponent *trimmed;
  icalcomponent *latest = NULL;
  struct icaltimetype latest_start = icaltime_null_time ();
  gboolean any_current = FALSE;

  zone = icaltimezone_get_builtin_timezone (tzid);
  if (zone == NULL || (full = icaltimezone_get_component (zone)) == NULL)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   _("The time zone \u201c%s\u201d is not known"), tzid);
      return NULL;
    }

  trimmed = icalcomponent_new (ICAL_VTIMEZONE_COMPONENT);
  icalcomponent_add_property (trimmed, icalproperty_new_tzid (tzid));
  icalcomponent_add_property (trimmed, icalproperty_new_x (tzid));
  icalproperty_set_x_name (icalcomponent_get_first_property (trimmed, ICAL_X_PROPERTY), "X-LIC-LOCATION");

  for (icalcomponent *c = icalcomponent_get_first_component (full, ICAL_ANY_COMPONENT);
       c != NULL; c = icalcomponent_get_next_component (full, ICAL_ANY_COMPONENT))
    {
      icalcomponent_kind kind = icalcomponent_isa (c);
      struct icaltimetype start;

      if (kind != ICAL_XSTANDARD_COMPONENT && kind != ICAL_XDAYLIGHT_COMPONENT)
        continue;
      if (observance_is_current (c))
        {
          icalcomponent *kept = icalcomponent_new_clone (c);

          rebase_observance (kept);
          icalcomponent_add_component (trimmed, kept);
          any_current = TRUE;
          continue;
        }
      start = icalcomponent_get_dtstart (c);
      if (latest == NULL || icaltime_compare (start, latest_start) > 0)
        {
          latest = c;
          latest_start = start;
        }
    }
  /* A zone without daylight saving now: its last observance alone. */
  if (!any_current && latest != NULL)
    icalcomponent_add_component (trimmed, icalcomponent_new_clone (latest));
  return trimmed;
}

char *
caseload_ics_timezone (const char  *tzid,
                       GError     **error)
{
  g_autoptr(icalcomponent) zone = build_timezone (tzid, error);

  if (zone == NULL)
    return NULL;
  return g_strdup (icalcomponent_as_ical_string (zone));
}

static struct icaltimetype
local_time (GDateTime  *time,
            const char *tzid)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier (tzid);
  g_autoptr(GDateTime) local = NULL;
  struct icaltimetype value = icaltime_null_time ();

  if (tz == NULL)
    tz = g_time_zone_new_utc ();
  local = g_date_time_to_timezone (time, tz);
  value.year = g_date_time_get_year (local);
  value.month = g_date_time_get_month (local);
  value.day = g_date_time_get_day_of_month (local);
  value.hour = g_date_time_get_hour (local);
  value.minute = g_date_time_get_minute (local);
  value.second = g_date_time_get_second (local);
  value.is_date = 0;
  return value;
}

static icalproperty *
time_property (icalproperty *(*make) (struct icaltimetype),
               GDateTime    *time,
               const char   *tzid)
{
  icalproperty *property = make (local_time (time, tzid));

  icalproperty_add_parameter (property, icalparameter_new_tzid (tzid));
  return property;
}

static char *
place_of (CaseloadMeeting *meeting)
{
  GPtrArray *parts = g_ptr_array_new ();
  const char *room = caseload_meeting_get_room_name (meeting);
  const char *location = caseload_meeting_get_location (meeting);
  const char *link = caseload_meeting_get_video_link (meeting);
  char *text;

  if (*room != '\0')
    g_ptr_array_add (parts, (gpointer) room);
  if (*location != '\0')
    g_ptr_array_add (parts, (gpointer) location);
  if (*link != '\0')
    g_ptr_array_add (parts, (gpointer) link);
  g_ptr_array_add (parts, NULL);
  text = g_strjoinv (", ", (char **) parts->pdata);
  g_ptr_array_free (parts, TRUE);
  return text;
}

/* The event common to both outputs: UID, SEQUENCE, DTSTAMP, times, place,
 * status, SUMMARY. */
static icalcomponent *
base_event (CaseloadMeeting *meeting,
            const char      *summary)
{
  icalcomponent *event = icalcomponent_new (ICAL_VEVENT_COMPONENT);
  const char *tzid = caseload_meeting_get_time_zone (meeting);
  g_autofree char *place = place_of (meeting);
  gboolean cancelled = g_strcmp0 (caseload_meeting_get_status (meeting), "cancelled") == 0;

  icalcomponent_add_property (event, icalproperty_new_uid (caseload_meeting_get_uid (meeting)));
  icalcomponent_add_property (event, icalproperty_new_sequence (caseload_meeting_get_sequence (meeting)));
  icalcomponent_add_property (event,
                              icalproperty_new_dtstamp (icaltime_current_time_with_zone (icaltimezone_get_utc_timezone ())));
  icalcomponent_add_property (event, time_property (icalproperty_new_dtstart,
                                                    caseload_meeting_get_starts_at (meeting), tzid));
  icalcomponent_add_property (event, time_property (icalproperty_new_dtend,
                                                    caseload_meeting_get_ends_at (meeting), tzid));
  icalcomponent_add_property (event, icalproperty_new_summary (summary));
  if (*place != '\0')
    icalcomponent_add_property (event, icalproperty_new_location (place));
  icalcomponent_add_property (event, icalproperty_new_status (cancelled ? ICAL_STATUS_CANCELLED
                                                                        : ICAL_STATUS_CONFIRMED));
  return event;
}

static gboolean
check_meeting (CaseloadMeeting  *meeting,
               GError          **error)
{
  if (caseload_meeting_get_starts_at (meeting) == NULL || caseload_meeting_get_ends_at (meeting) == NULL ||
      *caseload_meeting_get_uid (meeting) == '\0')
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   _("The meeting has no time or identifier yet; save it first"));
      return FALSE;
    }
  return TRUE;
}

static icalcomponent *
new_calendar (icalproperty_method method)
{
  icalcomponent *calendar = icalcomponent_new (ICAL_VCALENDAR_COMPONENT);

  icalcomponent_add_property (calendar, icalproperty_new_prodid (PRODID));
  icalcomponent_add_property (calendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (calendar, icalproperty_new_method (method));
  return calendar;
}

static char *
address_of (const char *email,
            const char *fallback_kind,
            gint64      id)
{
  if (email != NULL && *email != '\0')
    return g_strconcat ("mailto:", email, NULL);
  return g_strdup_printf ("urn:x-caseload:%s:%" G_GINT64_FORMAT, fallback_kind, id);
}

static icalparameter_partstat
partstat_of (const char *response)
{
  if (g_strcmp0 (response, "accepted") == 0)
    return ICAL_PARTSTAT_ACCEPTED;
  if (g_strcmp0 (response, "declined") == 0)
    return ICAL_PARTSTAT_DECLINED;
  if (g_strcmp0 (response, "tentative") == 0)
    return ICAL_PARTSTAT_TENTATIVE;
  return ICAL_PARTSTAT_NEEDSACTION;
}

char *
caseload_ics_meeting_request (CaseloadMeeting  *meeting,
                              GError          **error)
{
  g_autoptr(icalcomponent) calendar = NULL;
  icalcomponent *event;
  icalcomponent *zone;
  icalproperty *organizer;
  GPtrArray *attendees;
  g_autofree char *summary = NULL;
  g_autofree char *organizer_address = NULL;
  const char *initials;
  gboolean cancelled;

  g_return_val_if_fail (CASELOAD_IS_MEETING (meeting), NULL);

  if (!check_meeting (meeting, error))
    return NULL;
  zone = build_timezone (caseload_meeting_get_time_zone (meeting), error);
  if (zone == NULL)
    return NULL;

  cancelled = g_strcmp0 (caseload_meeting_get_status (meeting), "cancelled") == 0;
  calendar = new_calendar (cancelled ? ICAL_METHOD_CANCEL : ICAL_METHOD_REQUEST);
  icalcomponent_add_component (calendar, zone);

  initials = caseload_meeting_get_student_initials (meeting);
  if (*initials != '\0')
    /* Translators: meeting type and the student's initials, "Annual review: A.G." */
    summary = g_strdup_printf (_("%s: %s"), caseload_meeting_kind_label (caseload_meeting_get_kind (meeting)),
                               initials);
  else
    summary = g_strdup (_("IEP meeting"));
  event = base_event (meeting, summary);
  if (caseload_meeting_get_interpreter_needed (meeting))
    {
      g_autofree char *description = g_strdup_printf (_("Interpreter: %s"),
                                                      caseload_meeting_get_interpreter_language (meeting));

      icalcomponent_add_property (event, icalproperty_new_description (description));
    }

  organizer_address = address_of (caseload_meeting_get_case_manager_email (meeting), "staff",
                                  caseload_meeting_get_case_manager_id (meeting));
  organizer = icalproperty_new_organizer (organizer_address);
  if (*caseload_meeting_get_case_manager_name (meeting) != '\0')
    icalproperty_add_parameter (organizer, icalparameter_new_cn (caseload_meeting_get_case_manager_name (meeting)));
  icalcomponent_add_property (event, organizer);

  attendees = caseload_meeting_get_attendees (meeting);
  for (guint i = 0; i < attendees->len; i++)
    {
      CaseloadMeetingAttendee *a = g_ptr_array_index (attendees, i);
      gboolean is_student = caseload_meeting_attendee_get_is_student (a) ||
                            g_strcmp0 (caseload_meeting_attendee_get_role (a), "student") == 0;
      const char *email = is_student ? "" : caseload_meeting_attendee_get_email (a);
      g_autofree char *address = address_of (email, "attendee", caseload_meeting_attendee_get_id (a));
      const char *name = is_student ? initials : caseload_meeting_attendee_get_name (a);
      icalproperty *attendee = icalproperty_new_attendee (address);

      if (name != NULL && *name != '\0')
        icalproperty_add_parameter (attendee, icalparameter_new_cn (name));
      icalproperty_add_parameter (attendee, icalparameter_new_cutype (ICAL_CUTYPE_INDIVIDUAL));
      icalproperty_add_parameter (attendee,
                                  icalparameter_new_role (caseload_meeting_attendee_get_required (a)
                                                          ? ICAL_ROLE_REQPARTICIPANT
                                                          : ICAL_ROLE_OPTPARTICIPANT));
      icalproperty_add_parameter (attendee,
                                  icalparameter_new_partstat (partstat_of (caseload_meeting_attendee_get_response (a))));
      icalproperty_add_parameter (attendee,
                                  icalparameter_new_rsvp (*email != '\0' && !cancelled ? ICAL_RSVP_TRUE
                                                                                        : ICAL_RSVP_FALSE));
      icalcomponent_add_property (event, attendee);
    }
  icalcomponent_add_component (calendar, event);
  return g_strdup (icalcomponent_as_ical_string (calendar));
}

char *
caseload_ics_feed (GListModel  *meetings,
                   GError     **error)
{
  g_autoptr(icalcomponent) calendar = NULL;
  g_autoptr(GHashTable) zones = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (meetings), NULL);

  calendar = new_calendar (ICAL_METHOD_PUBLISH);
  icalcomponent_add_property (calendar, icalproperty_new_x (_("Caseload meetings")));
  icalproperty_set_x_name (icalcomponent_get_first_property (calendar, ICAL_X_PROPERTY), "X-WR-CALNAME");

  n = g_list_model_get_n_items (meetings);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CaseloadMeeting) meeting = g_list_model_get_item (meetings, i);
      const char *tzid = caseload_meeting_get_time_zone (meeting);

      if (!check_meeting (meeting, error))
        return NULL;
      if (!g_hash_table_contains (zones, tzid))
        {
          icalcomponent *zone = build_timezone (tzid, error);

          if (zone == NULL)
            return NULL;
          icalcomponent_add_component (calendar, zone);
          g_hash_table_add (zones, g_strdup (tzid));
        }
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CaseloadMeeting) meeting = g_list_model_get_item (meetings, i);

      icalcomponent_add_component (calendar, base_event (meeting, _("IEP meeting")));
    }
  return g_strdup (icalcomponent_as_ical_string (calendar));
}
