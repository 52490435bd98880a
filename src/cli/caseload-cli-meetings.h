/* caseload-cli-meetings.h: the meeting commands of caseload-cli. Same
 * shape as caseload-cli-progress.h: each parses its own options from @argv
 * (argv[0] is the command name) with @common_entries added, checks them,
 * and only then calls @open_store. Returns the exit status: 0 success, 1
 * an error, 2 wrong arguments or an unknown student/meeting. */
#pragma once

#include "caseload-cli-iep.h"
#include "caseload-store.h"

G_BEGIN_DECLS

/* meetings [--from DATE] [--to DATE] [--student ID] [--format table|csv]:
 * the meetings whose local date (in the school's time zone) is in
 * [from, to]. CSV columns: meeting_id, student_id (the student ID),
 * type, start, end (ISO 8601 with the offset), location, status. */
int caseload_cli_meetings (const GOptionEntry    *common_entries,
                           CaseloadCliOpenStore  open_store,
                           int                   argc,
                           char                **argv);
/* ics --meeting ID --output FILE.ics: one meeting as an invitation
 * (METHOD:REQUEST, or CANCEL when cancelled);
 * ics --from DATE --to DATE --output FILE.ics: a feed (METHOD:PUBLISH)
 * without attendees or e-mail addresses. */
int caseload_cli_ics      (const GOptionEntry    *common_entries,
                           CaseloadCliOpenStore  open_store,
                           int                   argc,
                           char                **argv);

G_END_DECLS
