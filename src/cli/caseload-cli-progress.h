/* caseload-cli-progress.h: the progress-monitoring commands of
 * caseload-cli. Same shape as caseload-cli-iep.h: each parses its own
 * options from @argv (argv[0] is the command name) with @common_entries
 * added, checks them, and only then calls @open_store. Returns the exit
 * status: 0 success, 1 an error, 2 wrong arguments or an unknown
 * student/goal. */
#pragma once

#include "caseload-cli-iep.h"
#include "caseload-store.h"

G_BEGIN_DECLS

/* goals --student ID [--format table|csv]: every goal of the student's
 * IEP in effect (else the draft). CSV columns: goal_id, student_id (the
 * student ID, as given to --student), area, description, unit, direction,
 * baseline, target, target_date, points, last_value, last_date. */
int caseload_cli_goals (const GOptionEntry    *common_entries,
                        CaseloadCliOpenStore  open_store,
                        int                   argc,
                        char                **argv);
/* chart --goal ID --output FILE [--width W --height H]: the goal's
 * progress chart as PNG, SVG or PDF (by the file's extension), black on
 * white; default 900×500. */
int caseload_cli_chart (const GOptionEntry    *common_entries,
                        CaseloadCliOpenStore  open_store,
                        int                   argc,
                        char                **argv);

G_END_DECLS
