/* caseload-ics.h: meetings as iCalendar (RFC 5545 / 5546) with libical.
 *
 * Privacy: nothing written here ever carries a student's full name: the
 * invitation's SUMMARY uses the meeting type and the student's initials,
 * the feed only "IEP meeting"; a student invitee appears by initials.
 */
#pragma once

#include <gio/gio.h>

#include "caseload-meeting.h"

G_BEGIN_DECLS

/* One meeting as an invitation: METHOD:REQUEST (METHOD:CANCEL when the
 * meeting is cancelled) with ORGANIZER (the case manager), an ATTENDEE per
 * invitee (ROLE, PARTSTAT, RSVP), the meeting's stable UID and SEQUENCE,
 * and a VTIMEZONE of the school's zone trimmed to its current rules. */
char *caseload_ics_meeting_request (CaseloadMeeting  *meeting,
                                    GError          **error);

/* A calendar feed of @meetings (CaseloadMeeting): METHOD:PUBLISH, each
 * with UID, SEQUENCE, time, place and a neutral title; no attendees, no
 * organizer, no e-mail addresses. */
char *caseload_ics_feed            (GListModel       *meetings,
                                    GError          **error);

/* The VTIMEZONE of @tzid (an IANA name such as "America/Chicago") from the
 * system time-zone database, trimmed to the rules in force now (TZID is
 * @tzid itself); NULL and @error for an unknown zone. Returned as text. */
char *caseload_ics_timezone        (const char       *tzid,
                                    GError          **error);

G_END_DECLS
