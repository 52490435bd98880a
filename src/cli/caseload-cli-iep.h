/* caseload-cli-iep.h: the IEP-authoring commands of caseload-cli. Each
 * parses its own options from @argv (argv[0] is the command name), adding
 * @common_entries (the program-wide options such as --database, or NULL),
 * checks them, and only then calls @open_store for the database, so that
 * wrong arguments and --help never need one. Returns the exit status. */
#pragma once

#include "caseload-cli-common.h"

G_BEGIN_DECLS

/* check-iep --student ID [--format text|json]: 0 no errors, 1 errors,
 * 2 usage / unknown student / no IEP. */
int caseload_cli_check_iep (const GOptionEntry    *common_entries,
                            CaseloadCliOpenStore  open_store,
                            int                   argc,
                            char                **argv);
/* bank --kind goal|accommodation [--search TEXT] [--format table|csv]. */
int caseload_cli_bank      (const GOptionEntry    *common_entries,
                            CaseloadCliOpenStore  open_store,
                            int                   argc,
                            char                **argv);

G_END_DECLS
