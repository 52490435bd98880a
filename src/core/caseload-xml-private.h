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

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CaseloadXmlImport, caseload_store_xml_import_free)

G_END_DECLS
