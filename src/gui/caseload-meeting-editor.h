/* caseload-meeting-editor.h: the window in which one meeting is planned,
 * noticed and recorded. */
#pragma once

#include <adwaita.h>

#include "caseload-store.h"
#include "caseload-meeting.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_MEETING_EDITOR (caseload_meeting_editor_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadMeetingEditor, caseload_meeting_editor, CASELOAD, MEETING_EDITOR, AdwWindow)

/* Opens the stored meeting @meeting_id; NULL and @error when it cannot be
 * read. The editor borrows @parent's "win" actions (win.print-notice). */
CaseloadMeetingEditor *caseload_meeting_editor_open        (GtkWindow       *parent,
                                                            CaseloadStore   *store,
                                                            gint64           meeting_id,
                                                            GError         **error);
/* A new, unsaved meeting: @meeting (from caseload_meeting_editor_new_meeting
 * or prefilled by the caller), saved with the Save button. */
CaseloadMeetingEditor *caseload_meeting_editor_new_for     (GtkWindow       *parent,
                                                            CaseloadStore   *store,
                                                            CaseloadMeeting *meeting);

/* A new meeting of @student_id (0: the student is typed in the editor):
 * the school's time zone, annual review, tomorrow 15:00-16:00 local. */
CaseloadMeeting *caseload_meeting_editor_new_meeting       (CaseloadStore   *store,
                                                            gint64           student_id);
/* (The invitees a new meeting starts with:
 * caseload_store_prefill_meeting_invitees().) */

gint64           caseload_meeting_editor_get_meeting_id    (CaseloadMeetingEditor *self);
/* Saves pending edits of a stored meeting now; TRUE when nothing is left
 * unsaved. A new meeting is only saved by caseload_meeting_editor_save(). */
gboolean         caseload_meeting_editor_flush             (CaseloadMeetingEditor *self);
/* Saves the meeting (new or stored); FALSE with the field marked. */
gboolean         caseload_meeting_editor_save              (CaseloadMeetingEditor *self,
                                                            GError               **error);
/* The warnings now shown, as sentences (tests). */
GStrv            caseload_meeting_editor_dup_warnings      (CaseloadMeetingEditor *self);

G_END_DECLS
