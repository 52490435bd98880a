/* caseload-meeting-rules.h: the meeting rules of DOMAIN.md as pure
 * functions (no database): notice timing, required roles, the student at
 * transition meetings, documented attempts before a meeting without a
 * parent, booking conflicts, scheduling proposals and the yearly
 * procedural-safeguards notice.
 */
#pragma once

#include <glib.h>

#include "caseload-meeting.h"
#include "caseload-rules.h"

G_BEGIN_DECLS

typedef enum
{
  CASELOAD_MEETING_WARNING_NOTICE_MISSING,      /* no notice recorded yet */
  CASELOAD_MEETING_WARNING_NOTICE_LATE,         /* fewer than notice-days before */
  CASELOAD_MEETING_WARNING_ROLE_MISSING,        /* code = the team role */
  CASELOAD_MEETING_WARNING_EXCUSAL_INCOMPLETE,  /* code = the team role */
  CASELOAD_MEETING_WARNING_TRANSITION_STUDENT,  /* transition without the student */
  CASELOAD_MEETING_WARNING_PARENT_ATTEMPTS,     /* parent absent, too few attempts */
  CASELOAD_MEETING_WARNING_STAFF_CONFLICT,      /* other_id = the other meeting */
  CASELOAD_MEETING_WARNING_ROOM_CONFLICT,       /* other_id = the other meeting */
  CASELOAD_MEETING_WARNING_RIGHTS_NOTICE,       /* none given this school year */
} CaseloadMeetingWarningKind;

typedef struct
{
  CaseloadMeetingWarningKind kind;
  char   *code;       /* team role for role warnings, else NULL */
  gint64  other_id;   /* the other meeting of a conflict, else 0 */
  gint64  staff_id;   /* the double-booked team member, else 0 */
  char   *message;    /* translated sentence */
} CaseloadMeetingWarning;

void       caseload_meeting_warning_free (CaseloadMeetingWarning *warning);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CaseloadMeetingWarning, caseload_meeting_warning_free)

/* A new array (free func set) for warnings. */
GPtrArray *caseload_meeting_warnings_new (void);

/* The team roles that must be present for a meeting kind (NULL-terminated,
 * static): IEP meetings need a parent, a regular-education teacher, a
 * special-education teacher or provider and a district representative;
 * initial, eligibility and reevaluation meetings also someone who can
 * interpret evaluation results; other meetings a parent. A case manager
 * fills the special-education role. */
const char * const *caseload_meeting_required_roles (const char *kind);

/* Appends to @warnings the rule warnings of one meeting: notice missing or
 * late (@settings->notice_days), required roles missing, an excused required
 * member without written agreement, a transition meeting (kind
 * "transition" or notice-transition set) not inviting the student, and a
 * meeting every invited parent missed without @settings->parent_attempts
 * attempts by @settings->parent_attempt_methods methods. Cancelled
 * meetings get none. */
void       caseload_meeting_check_rules    (CaseloadMeeting            *meeting,
                                            const CaseloadRuleSettings *settings,
                                            GPtrArray                  *warnings);

/* TRUE when [a_start, a_end) and [b_start, b_end) overlap (half-open: a
 * meeting ending at 10:00 does not overlap one starting at 10:00). */
gboolean   caseload_meeting_times_overlap  (GDateTime *a_start,
                                            GDateTime *a_end,
                                            GDateTime *b_start,
                                            GDateTime *b_end);

/* Appends a warning for every meeting in @others (CaseloadMeeting with
 * attendees) that overlaps @meeting and shares an invited staff member or
 * the room. Cancelled meetings and @meeting itself (same id) are skipped. */
void       caseload_meeting_check_conflicts (CaseloadMeeting *meeting,
                                             GPtrArray       *others,
                                             GPtrArray       *warnings);

/* One booked interval of a staff member (for proposals). */
typedef struct
{
  gint64  staff_id;
  gint64  start;   /* Unix time */
  gint64  end;     /* Unix time, exclusive */
} CaseloadBusySlot;

/* Proposes up to @wanted meeting starts (GDateTime in @tz, new
 * references, earliest first), one per school day: days from
 * @as_of + @notice_days up to and including @due, skipping Saturdays,
 * Sundays and @non_school_days (a GArray of GDate, may be NULL); on each
 * day the first start from 8:00 local in half-hour steps, ending by 16:00,
 * whose [start, start + @duration_minutes) conflicts with no slot in @busy (a
 * GArray of CaseloadBusySlot, may be NULL) of any of @staff_ids. Days
 * with no free slot are skipped. */
GPtrArray *caseload_meeting_propose_times  (const GDate  *as_of,
                                            const GDate  *due,
                                            int           notice_days,
                                            GArray       *non_school_days,
                                            GArray       *busy,
                                            const gint64 *staff_ids,
                                            guint         n_staff_ids,
                                            GTimeZone    *tz,
                                            int           duration_minutes,
                                            guint         wanted);

/* As caseload_meeting_propose_times(), and when @n_room_ids > 0 a slot
 * also needs one of @room_ids free for all of it: @room_busy holds the
 * rooms' bookings as CaseloadBusySlot whose staff_id is the room's id.
 * @chosen_rooms (a GArray of gint64, may be NULL) is set to the room of
 * each proposal, the first free one in @room_ids order (0 without rooms). */
GPtrArray *caseload_meeting_propose_times_in_rooms (const GDate  *as_of,
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
                                                    guint         wanted);

/* TRUE (a warning is due) when none of @given_dates (GArray of GDate)
 * falls in the school year [@year_start, @year_end]. */
gboolean   caseload_meeting_rights_notice_missing (const GDate *year_start,
                                                   const GDate *year_end,
                                                   GArray      *given_dates);

/* The school year containing @day when the school has none on record:
 * July 1 to June 30. */
void       caseload_meeting_default_school_year (const GDate *day,
                                                 GDate       *start,
                                                 GDate       *end);

G_END_DECLS
