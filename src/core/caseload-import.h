/* caseload-import.h: one way in for every import format.
 *
 * The CLI (`caseload-cli import`) and the GUI's import dialog both call
 * caseload_import_path(): it detects the format when asked to, reads the
 * file (or, for OneRoster, the .zip or the folder), and applies it in one
 * transaction after a backup, or only counts what would happen (dry run,
 * the GUI's preview). Any error means the database was not changed. */

#pragma once

#include <gio/gio.h>

#include "caseload-store.h"
#include "caseload-xml.h"

G_BEGIN_DECLS

typedef enum
{
  CASELOAD_IMPORT_FORMAT_AUTO = 0,   /* detect from the content */
  CASELOAD_IMPORT_FORMAT_CASELOAD,   /* Caseload XML (data/caseload.xsd) */
  CASELOAD_IMPORT_FORMAT_EDFI,       /* one Ed-Fi 5.2 XML interchange file */
  CASELOAD_IMPORT_FORMAT_ONEROSTER,  /* OneRoster 1.1/1.2 CSV, a .zip or a folder */
} CaseloadImportFormat;

/* The same counts for every format; see caseload-xml.h. */
typedef CaseloadXmlImportResult CaseloadImportResult;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CaseloadImportResult, caseload_xml_import_result_free)

typedef struct
{
  gboolean     dry_run;      /* count what would happen, write nothing */
  goffset      max_size;     /* bytes per file; 0 = CASELOAD_XML_DEFAULT_MAX_SIZE */
  const char  *backup_dir;   /* for the backup before the import; NULL = default */
} CaseloadImportOptions;

/* "caseload", "edfi", "oneroster" (the CLI's --format words). */
const char *caseload_import_format_to_string   (CaseloadImportFormat  format);
gboolean    caseload_import_format_from_string (const char           *text,
                                                CaseloadImportFormat *format);
/* A name for people: "Caseload XML", "Ed-Fi XML", "OneRoster CSV". */
const char *caseload_import_format_describe    (CaseloadImportFormat  format);

/* Looks at @path (a file's first bytes, a zip's or folder's file names) and
 * says what it is; an error naming the file when it is none of them. */
gboolean    caseload_import_detect             (const char           *path,
                                                CaseloadImportFormat *format,
                                                GError              **error);

/* Imports @path. @format may be AUTO. @options may be NULL. On success
 * *result (may be NULL) gets the counts; free with
 * caseload_xml_import_result_free(). May be called from a worker thread
 * with a store opened there. */
gboolean    caseload_import_path               (CaseloadStore               *store,
                                                const char                  *path,
                                                CaseloadImportFormat         format,
                                                const CaseloadImportOptions *options,
                                                GCancellable                *cancellable,
                                                CaseloadImportResult       **result,
                                                GError                     **error);

G_END_DECLS
