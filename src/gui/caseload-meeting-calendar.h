/* caseload-meeting-calendar.h: a month or week of days with the meetings
 * and deadlines in their cells, driven from the keyboard. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CASELOAD_TYPE_MEETING_CALENDAR (caseload_meeting_calendar_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadMeetingCalendar, caseload_meeting_calendar, CASELOAD, MEETING_CALENDAR, GtkWidget)

typedef enum
{
  CASELOAD_CALENDAR_MONTH,
  CASELOAD_CALENDAR_WEEK,
} CaseloadCalendarView;

GtkWidget   *caseload_meeting_calendar_new            (void);
void         caseload_meeting_calendar_set_view       (CaseloadMeetingCalendar *self,
                                                       CaseloadCalendarView     view);
CaseloadCalendarView caseload_meeting_calendar_get_view (CaseloadMeetingCalendar *self);
/* The selected day (today at first); moving it out of the shown range
 * shows its month or week and emits "range-changed". */
void         caseload_meeting_calendar_set_selected   (CaseloadMeetingCalendar *self,
                                                       const GDate             *day);
void         caseload_meeting_calendar_get_selected   (CaseloadMeetingCalendar *self,
                                                       GDate                   *day);
/* The first and last day shown. */
void         caseload_meeting_calendar_get_range      (CaseloadMeetingCalendar *self,
                                                       GDate                   *first,
                                                       GDate                   *last);
/* The meetings to show (CaseloadMeeting), each in the cell of its local
 * date; the deadlines (CaseloadDeadline) as all-day markers. */
void         caseload_meeting_calendar_set_items      (CaseloadMeetingCalendar *self,
                                                       GListModel              *meetings,
                                                       GListModel              *deadlines);
/* Moves the selection by days, or by a page (a month or a week). */
void         caseload_meeting_calendar_move           (CaseloadMeetingCalendar *self,
                                                       int                      days);
void         caseload_meeting_calendar_move_page      (CaseloadMeetingCalendar *self,
                                                       int                      pages);
/* The text of a day's cell entries, one per line (tests, accessibility). */
char        *caseload_meeting_calendar_dup_day_text   (CaseloadMeetingCalendar *self,
                                                       const GDate             *day);
/* The title of the range shown ("November 2026", "Week of Nov 23, 2026"). */
char        *caseload_meeting_calendar_dup_title      (CaseloadMeetingCalendar *self);

G_END_DECLS
