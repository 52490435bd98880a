/* caseload-xml.h: Caseload XML, the documented interchange format of a
 * whole database or one student (schema: data/caseload.xsd, namespace
 * CASELOAD_XML_NAMESPACE).
 *
 * Export writes records in a canonical order (each kind by id, ids as in
 * the database), so export -> import into an empty database -> export
 * gives the same bytes. Import refuses document type declarations (no
 * entities, no external anything), limits the size, validates against the
 * schema, and applies everything in one transaction: on any error nothing
 * changes and the message names the line and the element.
 *
 * Records are matched by their ids, which only mean something inside the
 * database that wrote them: the root carries that database's identity
 * (database-id). A database that holds students, staff or schools only
 * accepts files with its own identity (anything else is refused, nothing
 * changes); an empty database adopts the identity of the file. An import
 * never changes an IEP that is not a draft, nor its goals, objectives,
 * services, accommodations, special factors, reporting periods or the
 * attendees of its meeting: such records are skipped, with the reason.
 */
#pragma once

#include <gio/gio.h>

#include "caseload-store.h"

G_BEGIN_DECLS

#define CASELOAD_XML_NAMESPACE "https://caseload.github.io/ns/caseload/1"
/* The default size limit, 1 GiB: about twice a 10 000-student export of
 * the sample district (458 MB, mostly progress data points). */
#define CASELOAD_XML_DEFAULT_MAX_SIZE ((goffset) 1024 * 1024 * 1024)

typedef enum
{
  CASELOAD_XML_EXPORT_DEFAULT      = 0,
  CASELOAD_XML_EXPORT_WITH_HISTORY = 1 << 0,   /* include the audit trail */
} CaseloadXmlExportFlags;

/* Writes the database (@student_id == 0) or one student (with the code
 * tables, schools, staff, community resources and banks it may refer to)
 * to @stream. */
gboolean caseload_xml_export        (CaseloadStore           *store,
                                     gint64                   student_id,
                                     CaseloadXmlExportFlags   flags,
                                     GOutputStream           *stream,
                                     GCancellable            *cancellable,
                                     GError                 **error);
/* The same into a file, replaced atomically. */
gboolean caseload_xml_export_file   (CaseloadStore           *store,
                                     gint64                   student_id,
                                     CaseloadXmlExportFlags   flags,
                                     const char              *path,
                                     GError                 **error);

typedef struct
{
  gboolean     dry_run;      /* count what would happen, write nothing */
  goffset      max_size;     /* bytes; 0 = CASELOAD_XML_DEFAULT_MAX_SIZE */
  const char  *backup_dir;   /* for the backup before the import; NULL = default */
} CaseloadXmlImportOptions;

/* What an import did (or, in a dry run, would do). Records are rows of
 * any kind, students included; a skipped record skips what is inside it. */
typedef struct
{
  gboolean   dry_run;
  guint      students_added;
  guint      students_updated;
  guint      students_unchanged;
  guint      students_skipped;
  guint      records_added;
  guint      records_updated;
  guint      records_unchanged;
  guint      records_skipped;
  GPtrArray *skipped;        /* char *: why each skipped record was skipped */
  GPtrArray *notes;          /* char *: imported with a caveat (an unmapped code); may be NULL */
  char      *backup_path;    /* the backup made before the import, or NULL */
} CaseloadXmlImportResult;

void     caseload_xml_import_result_free     (CaseloadXmlImportResult *result);
/* "12 students added, 3 updated, 0 unchanged, 2 skipped; ..." */
char    *caseload_xml_import_result_describe (const CaseloadXmlImportResult *result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CaseloadXmlImportResult, caseload_xml_import_result_free)

/* @options may be NULL (defaults). On success *result (may be NULL) gets
 * the counts. When the database already holds students or staff and this
 * is no dry run, it is backed up first. */
gboolean caseload_xml_import_bytes  (CaseloadStore                   *store,
                                     GBytes                          *data,
                                     const CaseloadXmlImportOptions  *options,
                                     CaseloadXmlImportResult        **result,
                                     GError                         **error);
gboolean caseload_xml_import_file   (CaseloadStore                   *store,
                                     const char                      *path,
                                     const CaseloadXmlImportOptions  *options,
                                     CaseloadXmlImportResult        **result,
                                     GError                         **error);

G_END_DECLS
