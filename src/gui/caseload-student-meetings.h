/* caseload-student-meetings.h: the Meetings tab of a student. */
#pragma once

#include <adwaita.h>

#include "caseload-store.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_STUDENT_MEETINGS (caseload_student_meetings_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadStudentMeetings, caseload_student_meetings, CASELOAD, STUDENT_MEETINGS, GtkWidget)

/* Properties: store, student-id. */

/* Shows the proposed times of the meeting due (as the Schedule button). */
void     caseload_student_meetings_show_proposals (CaseloadStudentMeetings *self);
/* Opens the editor of a new meeting at proposed time @index (from 0). */
gboolean caseload_student_meetings_choose_slot    (CaseloadStudentMeetings *self,
                                                   guint                    index);
guint    caseload_student_meetings_get_n_slots    (CaseloadStudentMeetings *self);

G_END_DECLS
