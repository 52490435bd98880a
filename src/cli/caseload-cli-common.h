/* caseload-cli-common.h: what every caseload-cli command shares: exit
 * codes, option parsing with the usage message, the --format option, and
 * opening the database or saying why not. */
#pragma once

#include "caseload-cli-output.h"
#include "caseload-model.h"
#include "caseload-store.h"

G_BEGIN_DECLS

/* Exit codes: 0 success, 1 an error (message on stderr), 2 wrong
 * arguments (usage on stderr). */
#define CASELOAD_CLI_EXIT_ERROR 1
#define CASELOAD_CLI_EXIT_USAGE 2

/* Opens the database the command works on; NULL and @error when it cannot. */
typedef CaseloadStore *(*CaseloadCliOpenStore) (GError **error);

/* The --format values a command may accept. */
typedef enum
{
  CASELOAD_CLI_FORMAT_TABLE = 1 << 0,
  CASELOAD_CLI_FORMAT_CSV   = 1 << 1,
  CASELOAD_CLI_FORMAT_JSON  = 1 << 2,
} CaseloadCliFormat;

/* Prints "caseload-cli: @message" (when not NULL) and the context's help
 * to stderr; returns CASELOAD_CLI_EXIT_USAGE. */
int            caseload_cli_usage          (GOptionContext      *context,
                                            const char          *message);
/* Adds @entries (may be NULL), then @common_entries (may be NULL), parses,
 * and allows at most @max_args positional arguments in argv[1..].
 * Returns 0 to go on, else the exit code (the usage has been printed). */
int            caseload_cli_parse          (GOptionContext      *context,
                                            const GOptionEntry  *common_entries,
                                            const GOptionEntry  *entries,
                                            int                  max_args,
                                            int                 *argc,
                                            char              ***argv);
/* @text NULL or "table" is the table; "csv" and "json" as named. FALSE
 * when @text names none of the formats in @allowed. */
gboolean       caseload_cli_parse_format   (const char          *text,
                                            CaseloadCliFormat    allowed,
                                            CaseloadCliFormat   *format);
/* Writes @table to stdout in @format. */
void           caseload_cli_print_table    (CaseloadCliTable    *table,
                                            CaseloadCliFormat    format);
/* A table whose display headers are the translations of @columns' headers
 * (which are marked with N_()). */
CaseloadCliTable *caseload_cli_table_new_translated (const CaseloadCliColumn *columns,
                                                     guint                    n_columns);
/* Output is UTF-8 whatever the locale says: written as bytes, flushed. */
void           caseload_cli_write_text     (const char          *text);

/* Prints "caseload-cli: MESSAGE"; returns CASELOAD_CLI_EXIT_ERROR. */
int            caseload_cli_fail           (const GError        *error);
/* The same, and how to create the database when there is none. */
int            caseload_cli_report_error   (const GError        *error);
/* Calls @open_store; on failure reports it (caseload_cli_report_error)
 * and returns NULL. */
CaseloadStore *caseload_cli_open_or_report (CaseloadCliOpenStore open_store);
/* The student with the district ID @student_number; else NULL with the
 * exit code in @status: CASELOAD_CLI_EXIT_USAGE for an unknown student,
 * CASELOAD_CLI_EXIT_ERROR for any other failure (both reported). */
CaseloadStudent *caseload_cli_find_student (CaseloadStore       *store,
                                            const char          *student_number,
                                            int                 *status);

G_END_DECLS
