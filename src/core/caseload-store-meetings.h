/* caseload-store-meetings.h: meetings, invitations and case management in
 * the store: meetings with invitees, notices, parent contact attempts and
 * cancellation; tasks; the contact log; the community resources directory
 * and referrals; procedural-safeguards notices; the dashboard counts.
 *
 * Every write is one transaction with audit rows. Meeting times are stored
 * in UTC ("YYYY-MM-DDTHH:MM:SSZ") with the school's time zone; the model
 * gives them back in that zone.
 */
#pragma once

#include <gio/gio.h>

#include "caseload-store.h"
#include "caseload-meeting.h"
#include "caseload-meeting-rules.h"
#include "caseload-task.h"
#include "caseload-contact.h"
#include "caseload-community-resource.h"
#include "caseload-resource-referral.h"
#include "caseload-rights-notice.h"

G_BEGIN_DECLS

/* ---- meetings ---------------------------------------------------------- */

/* The meeting with its invitees (attendees with email and role-name) and
 * parent contact attempts; CASELOAD_ERROR_NOT_FOUND when missing. */
CaseloadMeeting *caseload_store_get_meeting       (CaseloadStore *self,
                                                   gint64         meeting_id,
                                                   GError       **error);
/* Checks kind, times (end after start), status, notice date and method,
 * the invitees' roles and responses; CASELOAD_ERROR_INVALID naming the
 * field otherwise. */
gboolean         caseload_store_validate_meeting  (CaseloadStore   *self,
                                                   CaseloadMeeting *meeting,
                                                   GError         **error);
/* Inserts (id 0: a new stable uid "<uuid>@caseload", sequence 0) or
 * updates (sequence + 1; the uid never changes) the meeting and its
 * invitees (attendees with id 0 are added, those no longer in the list are
 * removed), in one transaction. Sets the ids, uid and sequence back. */
gboolean         caseload_store_save_meeting      (CaseloadStore   *self,
                                                   CaseloadMeeting *meeting,
                                                   GError         **error);
/* Status "cancelled", sequence + 1. */
gboolean         caseload_store_cancel_meeting    (CaseloadStore *self,
                                                   gint64         meeting_id,
                                                   GError       **error);
/* Records an attempt to involve the parent (method phone, letter, email,
 * home-visit, other); returns the new id, 0 on error. */
gint64           caseload_store_add_contact_attempt (CaseloadStore *self,
                                                     gint64         meeting_id,
                                                     const char    *date,
                                                     const char    *method,
                                                     const char    *result,
                                                     GError       **error);
gboolean         caseload_store_delete_contact_attempt (CaseloadStore *self,
                                                        gint64         attempt_id,
                                                        GError       **error);

/* Meetings (with invitees) overlapping [@from, @to) (either may be NULL =
 * open), of one student (@student_id > 0) and/or inviting one staff member
 * (@staff_id > 0), by start time. Two queries whatever the count. */
GListModel      *caseload_store_list_meetings     (CaseloadStore *self,
                                                   GDateTime     *from,
                                                   GDateTime     *to,
                                                   gint64         student_id,
                                                   gint64         staff_id,
                                                   GError       **error);

/* Every warning for @meeting (CaseloadMeetingWarning): the rules with the
 * district settings, conflicts with other meetings that day, and the
 * procedural-safeguards notice of this school year. */
GPtrArray       *caseload_store_check_meeting     (CaseloadStore   *self,
                                                   CaseloadMeeting *meeting,
                                                   GError         **error);

/* Proposes @wanted starts (GDateTime in the school's zone) for a meeting
 * of @kind and @duration_minutes for the student, before @due, leaving the
 * notice period from @as_of (NULL = today), on school days without
 * conflicts for the staff the new meeting invites as required (the
 * selection of caseload_store_prefill_meeting_invitees()) and, when the
 * school has rooms, with one of them free. @room_ids (may be NULL) is set
 * to a new GArray of gint64, the free room of each proposal (0 when the
 * school has no rooms). */
GPtrArray       *caseload_store_propose_meeting_times (CaseloadStore *self,
                                                       gint64         student_id,
                                                       const char    *kind,
                                                       const GDate   *due,
                                                       const GDate   *as_of,
                                                       int            duration_minutes,
                                                       guint          wanted,
                                                       GArray       **room_ids,
                                                       GError       **error);

/* Everyone who could be invited to @meeting (new references in a new
 * array): the student's guardians (only those holding educational rights
 * when @rights_holders_only and any is marked), the team members in their
 * role, the administrators (district representative) and psychologists
 * (interpret evaluations) of the student's school, and the student;
 * required when their role is required for the meeting's kind. */
GPtrArray       *caseload_store_list_meeting_people (CaseloadStore   *self,
                                                     CaseloadMeeting *meeting,
                                                     gboolean         rights_holders_only,
                                                     GError         **error);
/* Invites to @meeting (not saved) the people a new meeting starts with:
 * the guardians holding educational rights (all of them when none is
 * marked), every team member in their role, one district representative
 * and one evaluation interpreter of the school when the meeting's kind
 * requires them and nobody fills the role yet, and the student when the
 * meeting is about transition. People already invited are skipped. */
gboolean         caseload_store_prefill_meeting_invitees (CaseloadStore   *self,
                                                          CaseloadMeeting *meeting,
                                                          GError         **error);
/* TRUE when @meeting already invites @person (same staff member, guardian
 * or the student). */
gboolean         caseload_meeting_invites         (CaseloadMeeting         *meeting,
                                                   CaseloadMeetingAttendee *person);

/* ---- rooms ------------------------------------------------------------- */

/* The rooms (CaseloadRoom) of @school_id (0 = all schools), by name. */
GListModel      *caseload_store_list_rooms        (CaseloadStore *self,
                                                   gint64         school_id,
                                                   GError       **error);
/* Adds a room to @school_id (@room_id 0) or renames a room and changes
 * its seats (@school_id is then ignored: a room stays in its school).
 * @name must be unique in the school (EXISTS otherwise), @capacity is the
 * number of seats, 0 when not said. One transaction, audited. Returns
 * the room's id, 0 on error (the message names the field). */
gint64           caseload_store_save_room         (CaseloadStore *self,
                                                   gint64         room_id,
                                                   gint64         school_id,
                                                   const char    *name,
                                                   int            capacity,
                                                   GError       **error);

/* ---- tasks ------------------------------------------------------------- */

/* Inserts or updates (title, assignee, due date, priority, notes, student,
 * meeting); status changes go through caseload_store_set_task_status(). */
gboolean         caseload_store_save_task         (CaseloadStore *self,
                                                   CaseloadTask  *task,
                                                   GError       **error);
/* open -> done / cancelled (completed_at set), done / cancelled -> open
 * (completed_at cleared). */
gboolean         caseload_store_set_task_status   (CaseloadStore *self,
                                                   gint64         task_id,
                                                   const char    *status,
                                                   GError       **error);
gboolean         caseload_store_delete_task       (CaseloadStore *self,
                                                   gint64         task_id,
                                                   GError       **error);
CaseloadTask    *caseload_store_get_task          (CaseloadStore *self,
                                                   gint64         task_id,
                                                   GError       **error);
/* Tasks of @assignee_id (0 = anyone) and/or @student_id (0 = any); only
 * open ones unless @include_closed; by due date (none last), priority. */
GListModel      *caseload_store_list_tasks        (CaseloadStore *self,
                                                   gint64         assignee_id,
                                                   gint64         student_id,
                                                   gboolean       include_closed,
                                                   GError       **error);
/* The standard tasks of a new meeting, assigned to @assignee_id: send the
 * notice (due notice-days before), collect input from teachers (due two
 * days before) and, when an interpreter is needed, book one (due notice-days
 * before). Returns how many were created (-1 on error). */
int              caseload_store_add_standard_meeting_tasks (CaseloadStore *self,
                                                            gint64         meeting_id,
                                                            gint64         assignee_id,
                                                            GError       **error);

/* ---- contact log ------------------------------------------------------- */
gboolean         caseload_store_save_contact      (CaseloadStore   *self,
                                                   CaseloadContact *contact,
                                                   GError         **error);
gboolean         caseload_store_delete_contact    (CaseloadStore *self,
                                                   gint64         contact_id,
                                                   GError       **error);
/* Newest first. */
GListModel      *caseload_store_list_contacts     (CaseloadStore *self,
                                                   gint64         student_id,
                                                   GError       **error);

/* ---- community resources and referrals ---------------------------------- */
gboolean         caseload_store_save_community_resource (CaseloadStore             *self,
                                                         CaseloadCommunityResource *resource,
                                                         GError                   **error);
/* By name; @category NULL = all. */
GListModel      *caseload_store_list_community_resources (CaseloadStore *self,
                                                          const char    *category,
                                                          gboolean       include_inactive,
                                                          GError       **error);
gboolean         caseload_store_save_resource_referral (CaseloadStore            *self,
                                                        CaseloadResourceReferral *referral,
                                                        GError                  **error);
/* The referral life cycle: open -> in-progress, completed, declined,
 * closed; in-progress -> completed, declined, closed; completed, declined
 * -> closed; closed is final. @outcome (may be NULL) replaces the outcome. */
gboolean         caseload_store_set_referral_status (CaseloadStore *self,
                                                     gint64         referral_id,
                                                     const char    *status,
                                                     const char    *outcome,
                                                     GError       **error);
/* Referrals of a student (@student_id > 0) or all; with @awaiting_follow_up
 * only open / in-progress ones whose follow-up date is on or before
 * @as_of (NULL = today). */
GListModel      *caseload_store_list_resource_referrals (CaseloadStore *self,
                                                         gint64         student_id,
                                                         gboolean       awaiting_follow_up,
                                                         const GDate   *as_of,
                                                         GError       **error);

/* ---- procedural-safeguards notices ------------------------------------- */
gboolean         caseload_store_add_rights_notice (CaseloadStore        *self,
                                                   CaseloadRightsNotice *notice,
                                                   GError              **error);
/* Newest first. */
GListModel      *caseload_store_list_rights_notices (CaseloadStore *self,
                                                     gint64         student_id,
                                                     GError       **error);
/* TRUE when no notice was given in the school year containing @as_of
 * (NULL = today), from the student's school's school_year rows (else July
 * to June); sets *@warning to the sentence when not NULL. */
gboolean         caseload_store_rights_notice_missing (CaseloadStore *self,
                                                       gint64         student_id,
                                                       const GDate   *as_of,
                                                       char         **warning,
                                                       GError       **error);

/* ---- dashboard --------------------------------------------------------- */
typedef struct
{
  guint meetings_today;
  guint meetings_this_week;     /* Monday to Sunday of @as_of's week */
  guint deadlines_overdue;      /* of the staff member's caseload */
  guint deadlines_upcoming;     /* due within due-soon-days */
  guint open_tasks;
  guint overdue_tasks;
  guint progress_reports_due;   /* periods ended, report not sent */
  guint referrals_follow_up;    /* open referrals with follow-up due */
} CaseloadDashboard;

/* The counts of the dashboard of @staff_id on @as_of (NULL = today), days
 * taken in @tz (NULL = local). */
gboolean         caseload_store_get_dashboard     (CaseloadStore     *self,
                                                   gint64             staff_id,
                                                   const GDate       *as_of,
                                                   GTimeZone         *tz,
                                                   CaseloadDashboard *dashboard,
                                                   GError           **error);

G_END_DECLS
