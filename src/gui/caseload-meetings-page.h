/* caseload-meetings-page.h: the Meetings page (calendar and agenda). */
#pragma once

#include <adwaita.h>

#include "caseload-store.h"
#include "caseload-meeting-calendar.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_MEETINGS_PAGE (caseload_meetings_page_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadMeetingsPage, caseload_meetings_page, CASELOAD, MEETINGS_PAGE, GtkWidget)

void                     caseload_meetings_page_set_store    (CaseloadMeetingsPage *self,
                                                              CaseloadStore        *store);
/* Opens the editor of a new meeting on the selected day (Ctrl+N). */
void                     caseload_meetings_page_new_record   (CaseloadMeetingsPage *self);
void                     caseload_meetings_page_open_meeting (CaseloadMeetingsPage *self,
                                                              gint64                meeting_id);
CaseloadMeetingCalendar *caseload_meetings_page_get_calendar (CaseloadMeetingsPage *self);

G_END_DECLS
