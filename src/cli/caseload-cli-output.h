/* caseload-cli-output.h: tables, RFC 4180 CSV and JSON for caseload-cli.
 *
 * A CaseloadCliTable is a header row plus rows of UTF-8 strings; each
 * column has a machine key (CSV header, JSON member name), a display
 * header (the table format) and a kind that says how JSON writes it.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  CASELOAD_CLI_COLUMN_STRING,     /* always a JSON string */
  CASELOAD_CLI_COLUMN_OPTIONAL,   /* JSON null when empty */
  CASELOAD_CLI_COLUMN_INTEGER,    /* JSON number; right-aligned in tables */
} CaseloadCliColumnKind;

typedef struct
{
  const char            *key;
  const char            *header;
  CaseloadCliColumnKind  kind;
} CaseloadCliColumn;

typedef struct _CaseloadCliTable CaseloadCliTable;

CaseloadCliTable *caseload_cli_table_new      (const CaseloadCliColumn *columns,
                                               guint                    n_columns);
void              caseload_cli_table_free     (CaseloadCliTable *table);
/* Adds a row of n_columns values (copied; NULL is written as ""). */
void              caseload_cli_table_add_row  (CaseloadCliTable  *table,
                                               const char *const *values);
guint             caseload_cli_table_get_n_rows (CaseloadCliTable *table);

/* Appends one RFC 4180 field: quoted when it holds a comma, a double
 * quote, CR or LF, with the quotes doubled. */
void              caseload_cli_csv_append_field (GString    *out,
                                                 const char *value);

/* CSV: header row of keys, then the rows, CRLF line ends, no BOM. */
char             *caseload_cli_table_to_csv   (CaseloadCliTable *table);
/* Aligned columns under the display headers, widths counted in
 * characters (g_utf8_strlen), two spaces between columns, LF line ends. */
char             *caseload_cli_table_to_text  (CaseloadCliTable *table);
/* A JSON array with one object per row, members named by the keys. */
char             *caseload_cli_table_to_json  (CaseloadCliTable *table);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CaseloadCliTable, caseload_cli_table_free)

G_END_DECLS
