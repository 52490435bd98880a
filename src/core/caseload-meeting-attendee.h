/* caseload-meeting-attendee.h: one person invited to a meeting (meeting_attendee row).
 *
 * Properties: id, meeting-id, staff-id, guardian-id (0 = none),
 * is-student, name, role (team_role code), role-name (translated, filled
 * by the store), required, attended + has-attended (unset = not recorded),
 * excused, excusal-agreement-date, excusal-input-date (ISO, "" = none),
 * response (needs-action, accepted, declined, tentative), email (filled by
 * the meetings store from the staff member or guardian; not stored).
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CASELOAD_TYPE_MEETING_ATTENDEE (caseload_meeting_attendee_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadMeetingAttendee, caseload_meeting_attendee, CASELOAD, MEETING_ATTENDEE, GObject)

CaseloadMeetingAttendee *caseload_meeting_attendee_new (void);
gint64         caseload_meeting_attendee_get_id                             (CaseloadMeetingAttendee *self);
void           caseload_meeting_attendee_set_id                             (CaseloadMeetingAttendee *self, gint64 value);
gint64         caseload_meeting_attendee_get_meeting_id                     (CaseloadMeetingAttendee *self);
void           caseload_meeting_attendee_set_meeting_id                     (CaseloadMeetingAttendee *self, gint64 value);
gint64         caseload_meeting_attendee_get_staff_id                       (CaseloadMeetingAttendee *self);
void           caseload_meeting_attendee_set_staff_id                       (CaseloadMeetingAttendee *self, gint64 value);
gint64         caseload_meeting_attendee_get_guardian_id                    (CaseloadMeetingAttendee *self);
void           caseload_meeting_attendee_set_guardian_id                    (CaseloadMeetingAttendee *self, gint64 value);
gboolean       caseload_meeting_attendee_get_is_student                     (CaseloadMeetingAttendee *self);
void           caseload_meeting_attendee_set_is_student                     (CaseloadMeetingAttendee *self, gboolean value);
const char    *caseload_meeting_attendee_get_name                           (CaseloadMeetingAttendee *self);
void           caseload_meeting_attendee_set_name                           (CaseloadMeetingAttendee *self, const char *value);
const char    *caseload_meeting_attendee_get_role                           (CaseloadMeetingAttendee *self);
void           caseload_meeting_attendee_set_role                           (CaseloadMeetingAttendee *self, const char *value);
const char    *caseload_meeting_attendee_get_role_name                      (CaseloadMeetingAttendee *self);
void           caseload_meeting_attendee_set_role_name                      (CaseloadMeetingAttendee *self, const char *value);
gboolean       caseload_meeting_attendee_get_required                       (CaseloadMeetingAttendee *self);
void           caseload_meeting_attendee_set_required                       (CaseloadMeetingAttendee *self, gboolean value);
gboolean       caseload_meeting_attendee_get_attended                       (CaseloadMeetingAttendee *self);
void           caseload_meeting_attendee_set_attended                       (CaseloadMeetingAttendee *self, gboolean value);
gboolean       caseload_meeting_attendee_get_has_attended                   (CaseloadMeetingAttendee *self);
void           caseload_meeting_attendee_unset_attended                     (CaseloadMeetingAttendee *self);
gboolean       caseload_meeting_attendee_get_excused                        (CaseloadMeetingAttendee *self);
void           caseload_meeting_attendee_set_excused                        (CaseloadMeetingAttendee *self, gboolean value);
const char    *caseload_meeting_attendee_get_excusal_agreement_date         (CaseloadMeetingAttendee *self);
void           caseload_meeting_attendee_set_excusal_agreement_date         (CaseloadMeetingAttendee *self, const char *value);
const char    *caseload_meeting_attendee_get_excusal_input_date             (CaseloadMeetingAttendee *self);
void           caseload_meeting_attendee_set_excusal_input_date             (CaseloadMeetingAttendee *self, const char *value);

const char    *caseload_meeting_attendee_get_response                       (CaseloadMeetingAttendee *self);
void           caseload_meeting_attendee_set_response                       (CaseloadMeetingAttendee *self, const char *value);
const char    *caseload_meeting_attendee_get_email                          (CaseloadMeetingAttendee *self);
void           caseload_meeting_attendee_set_email                          (CaseloadMeetingAttendee *self, const char *value);

G_END_DECLS
