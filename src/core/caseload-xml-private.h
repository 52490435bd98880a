/* caseload-xml-private.h: between caseload-xml.c (files, parsing, schema
 * validation) and caseload-store-xml.c (the SQL of export and import). */
#pragma once

#include <libxml/tree.h>
#include <libxml/xmlwriter.h>

#include "caseload-xml.h"

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlTextWriter, xmlFreeTextWriter)

/* Writes the root element and everything in it. */
gboolean caseload_store_xml_export   (CaseloadStore           *store,
                                      gint64                   student_id,
                                      CaseloadXmlExportFlags   flags,
                                      xmlTextWriter           *writer,
                                      GError                 **error);

/* Whether the database holds students or staff (then an import backs it
 * up first). */
gboolean caseload_store_xml_has_data (CaseloadStore  *store,
                                      gboolean       *has_data,
                                      GError        **error);

/* The database's identity (database_info, key "database-id"), written
 * as the root's database-id attribute; *database_id is NULL when the
 * database has none. */
gboolean caseload_store_xml_get_database_id (CaseloadStore  *store,
                                             char          **database_id,
                                             GError        **error);

/* Whether a file exported from the database @file_database_id (NULL: the
 * file names none) may be imported: into an empty database (no students,
 * staff or schools) always; otherwise only when the identities match,
 * since records are matched by their ids. Refuses with an error. */
gboolean caseload_store_xml_check_origin    (CaseloadStore  *store,
                                             const char     *file_database_id,
                                             GError        **error);

/* One import: begin (BEGIN IMMEDIATE, deferred foreign keys), apply each
 * top-level record element (already validated against the schema), then
 * finish (checks every reference, then COMMIT, or ROLLBACK in a dry run).
 * Freeing an unfinished import rolls it back. */
typedef struct _CaseloadXmlImport CaseloadXmlImport;

CaseloadXmlImport *caseload_store_xml_import_begin  (CaseloadStore            *store,
                                                     CaseloadXmlImportResult  *result,
                                                     GError                  **error);
/* TRUE for element names this format has at the top level. */
gboolean           caseload_store_xml_is_record     (const char               *element);
gboolean           caseload_store_xml_import_record (CaseloadXmlImport        *import,
                                                     xmlNode                  *node,
                                                     GError                  **error);
gboolean           caseload_store_xml_import_finish (CaseloadXmlImport        *import,
                                                     GError                  **error);
void               caseload_store_xml_import_free   (CaseloadXmlImport        *import);
/* Right after begin, inside the import's transaction: checks the origin
 * again (caseload_store_xml_check_origin()) and, when the database is
 * empty, makes the file's identity the database's own. */
gboolean           caseload_store_xml_import_origin (CaseloadXmlImport        *import,
                                                     const char               *file_database_id,
                                                     GError                  **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CaseloadXmlImport, caseload_store_xml_import_free)

G_END_DECLS
