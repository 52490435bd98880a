/* caseload-cli-iep.h: the IEP-authoring commands of caseload-cli. The
 * caller opens @store; each parses its own options from @argv (argv[0] is
 * the command name) and returns the exit status. */
#pragma once

#include "caseload-store.h"

G_BEGIN_DECLS

/* check-iep --student ID [--format text|json]: 0 no errors, 1 errors,
 * 2 usage / unknown student / no IEP. */
int caseload_cli_check_iep (CaseloadStore  *store,
                            int             argc,
                            char          **argv);
/* bank --kind goal|accommodation [--search TEXT] [--format table|csv]. */
int caseload_cli_bank      (CaseloadStore  *store,
                            int             argc,
                            char          **argv);

G_END_DECLS
