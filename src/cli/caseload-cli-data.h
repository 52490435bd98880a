/* caseload-cli-data.h: the data-safety commands of caseload-cli: backup,
 * restore, export and import of Caseload XML. Same calling convention as
 * caseload-cli-iep.h: each parses its own options from @argv (argv[0] is
 * the command name) with @common_entries added, checks them, and only then
 * calls @open_store. Returns the exit status (0 ok, 1 failed, 2 usage). */
#pragma once

#include "caseload-cli-iep.h"

G_BEGIN_DECLS

/* backup [DEST]: a backup to DEST, or into the backup folder (rotated). */
int caseload_cli_backup  (const GOptionEntry    *common_entries,
                          CaseloadCliOpenStore  open_store,
                          int                   argc,
                          char                **argv);
/* restore SRC: checks SRC, backs up the current database, restores. */
int caseload_cli_restore (const GOptionEntry    *common_entries,
                          CaseloadCliOpenStore  open_store,
                          int                   argc,
                          char                **argv);
/* export --format caseload [--student ID] [--with-history] --output FILE */
int caseload_cli_export  (const GOptionEntry    *common_entries,
                          CaseloadCliOpenStore  open_store,
                          int                   argc,
                          char                **argv);
/* import [--format caseload] [--dry-run] FILE: prints the preview. */
int caseload_cli_import  (const GOptionEntry    *common_entries,
                          CaseloadCliOpenStore  open_store,
                          int                   argc,
                          char                **argv);

G_END_DECLS
