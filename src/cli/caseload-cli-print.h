/* caseload-cli-print.h: printing documents from caseload-cli. Same shape
 * as caseload-cli-iep.h: parses its own options from @argv (argv[0] is
 * the command name) with @common_entries added, checks them, and only then
 * calls @open_store. Returns the exit status: 0 success, 1 an error, 2
 * wrong arguments or an unknown student / period / meeting. */
#pragma once

#include "caseload-cli-iep.h"
#include "caseload-store.h"

G_BEGIN_DECLS

/* print --student ID --document iep|progress|glance|notice [--period N]
 *       [--meeting ID] [--language en|es] --output FILE.pdf
 * print --all --document progress --period N
 *       (--output FILE.pdf | --output-dir DIR) [--language en|es]
 * Without --language a document is printed in the student's home language
 * when a translation exists, else in English. --period counts the IEP's
 * reporting periods from 1. */
int caseload_cli_print (const GOptionEntry    *common_entries,
                        CaseloadCliOpenStore  open_store,
                        int                   argc,
                        char                **argv);

G_END_DECLS
