/* caseload-meeting.h: one meeting (meeting row) with its invitees and parent
 * contact attempts. starts-at/ends-at are GDateTime in the school's time zone
 * (time-zone); the store keeps them in UTC. student-name, student-initials,
 * room-name and case-manager-* are filled by the store for display; calendar
 * output uses only the initials
 *
 * Properties: id, student-id, student-number, student-name, student-initials, kind, purpose, starts-at, ends-at, time-zone, room-id, room-name, location, video-link, status, interpreter-needed, interpreter-language, notice-sent-date, notice-method, notice-transition, notes, outcome, produced-iep-id, uid, sequence, case-manager-id, case-manager-name, case-manager-email.
 */
#pragma once

#include <glib-object.h>

#include "caseload-meeting-attendee.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_MEETING (caseload_meeting_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadMeeting, caseload_meeting, CASELOAD, MEETING, GObject)

CaseloadMeeting *caseload_meeting_new (void);

gint64        caseload_meeting_get_id (CaseloadMeeting *self);
void          caseload_meeting_set_id (CaseloadMeeting *self, gint64 value);
gint64        caseload_meeting_get_student_id (CaseloadMeeting *self);
void          caseload_meeting_set_student_id (CaseloadMeeting *self, gint64 value);
const char   *caseload_meeting_get_student_number (CaseloadMeeting *self);
void          caseload_meeting_set_student_number (CaseloadMeeting *self, const char *value);
const char   *caseload_meeting_get_student_name (CaseloadMeeting *self);
void          caseload_meeting_set_student_name (CaseloadMeeting *self, const char *value);
const char   *caseload_meeting_get_student_initials (CaseloadMeeting *self);
void          caseload_meeting_set_student_initials (CaseloadMeeting *self, const char *value);
const char   *caseload_meeting_get_kind (CaseloadMeeting *self);
void          caseload_meeting_set_kind (CaseloadMeeting *self, const char *value);
const char   *caseload_meeting_get_purpose (CaseloadMeeting *self);
void          caseload_meeting_set_purpose (CaseloadMeeting *self, const char *value);
GDateTime *   caseload_meeting_get_starts_at (CaseloadMeeting *self);
void          caseload_meeting_set_starts_at (CaseloadMeeting *self, GDateTime *value);
GDateTime *   caseload_meeting_get_ends_at (CaseloadMeeting *self);
void          caseload_meeting_set_ends_at (CaseloadMeeting *self, GDateTime *value);
const char   *caseload_meeting_get_time_zone (CaseloadMeeting *self);
void          caseload_meeting_set_time_zone (CaseloadMeeting *self, const char *value);
gint64        caseload_meeting_get_room_id (CaseloadMeeting *self);
void          caseload_meeting_set_room_id (CaseloadMeeting *self, gint64 value);
const char   *caseload_meeting_get_room_name (CaseloadMeeting *self);
void          caseload_meeting_set_room_name (CaseloadMeeting *self, const char *value);
const char   *caseload_meeting_get_location (CaseloadMeeting *self);
void          caseload_meeting_set_location (CaseloadMeeting *self, const char *value);
const char   *caseload_meeting_get_video_link (CaseloadMeeting *self);
void          caseload_meeting_set_video_link (CaseloadMeeting *self, const char *value);
const char   *caseload_meeting_get_status (CaseloadMeeting *self);
void          caseload_meeting_set_status (CaseloadMeeting *self, const char *value);
gboolean      caseload_meeting_get_interpreter_needed (CaseloadMeeting *self);
void          caseload_meeting_set_interpreter_needed (CaseloadMeeting *self, gboolean value);
const char   *caseload_meeting_get_interpreter_language (CaseloadMeeting *self);
void          caseload_meeting_set_interpreter_language (CaseloadMeeting *self, const char *value);
const char   *caseload_meeting_get_notice_sent_date (CaseloadMeeting *self);
void          caseload_meeting_set_notice_sent_date (CaseloadMeeting *self, const char *value);
const char   *caseload_meeting_get_notice_method (CaseloadMeeting *self);
void          caseload_meeting_set_notice_method (CaseloadMeeting *self, const char *value);
gboolean      caseload_meeting_get_notice_transition (CaseloadMeeting *self);
void          caseload_meeting_set_notice_transition (CaseloadMeeting *self, gboolean value);
const char   *caseload_meeting_get_notes (CaseloadMeeting *self);
void          caseload_meeting_set_notes (CaseloadMeeting *self, const char *value);
const char   *caseload_meeting_get_outcome (CaseloadMeeting *self);
void          caseload_meeting_set_outcome (CaseloadMeeting *self, const char *value);
gint64        caseload_meeting_get_produced_iep_id (CaseloadMeeting *self);
void          caseload_meeting_set_produced_iep_id (CaseloadMeeting *self, gint64 value);
const char   *caseload_meeting_get_uid (CaseloadMeeting *self);
void          caseload_meeting_set_uid (CaseloadMeeting *self, const char *value);
int           caseload_meeting_get_sequence (CaseloadMeeting *self);
void          caseload_meeting_set_sequence (CaseloadMeeting *self, int value);
gint64        caseload_meeting_get_case_manager_id (CaseloadMeeting *self);
void          caseload_meeting_set_case_manager_id (CaseloadMeeting *self, gint64 value);
const char   *caseload_meeting_get_case_manager_name (CaseloadMeeting *self);
void          caseload_meeting_set_case_manager_name (CaseloadMeeting *self, const char *value);
const char   *caseload_meeting_get_case_manager_email (CaseloadMeeting *self);
void          caseload_meeting_set_case_manager_email (CaseloadMeeting *self, const char *value);

/* One documented attempt to involve the parent (parent_contact_attempt). */
typedef struct
{
  gint64  id;
  char   *date;     /* YYYY-MM-DD */
  char   *method;   /* phone, letter, email, home-visit, other */
  char   *result;
} CaseloadContactAttempt;

void          caseload_contact_attempt_free (CaseloadContactAttempt *attempt);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CaseloadContactAttempt, caseload_contact_attempt_free)

/* The invitees (CaseloadMeetingAttendee), in the order the store gives them;
 * the array is owned by the meeting. */
GPtrArray    *caseload_meeting_get_attendees (CaseloadMeeting *self);
void          caseload_meeting_add_attendee  (CaseloadMeeting         *self,
                                              CaseloadMeetingAttendee *attendee);
/* Parent contact attempts (CaseloadContactAttempt), oldest first; owned by
 * the meeting. Saved with caseload_store_add_contact_attempt(). */
GPtrArray    *caseload_meeting_get_contact_attempts (CaseloadMeeting *self);
void          caseload_meeting_add_contact_attempt  (CaseloadMeeting *self,
                                                     gint64           id,
                                                     const char      *date,
                                                     const char      *method,
                                                     const char      *result);
/* The school's time zone (time-zone; UTC when unknown); a new reference. */
GTimeZone    *caseload_meeting_dup_time_zone (CaseloadMeeting *self);
/* Sets starts-at and ends-at from a local date and times in the meeting's
 * time zone (set time-zone first). */
void          caseload_meeting_set_local_times (CaseloadMeeting *self,
                                                int year, int month, int day,
                                                int start_hour, int start_minute,
                                                int end_hour, int end_minute);
/* The local calendar date of starts-at in the meeting's time zone. */
void          caseload_meeting_get_local_date (CaseloadMeeting *self,
                                               GDate           *date);
/* Translated label of a meeting kind ("annual-review" -> "Annual review"). */
const char   *caseload_meeting_kind_label    (const char *kind);


G_END_DECLS

