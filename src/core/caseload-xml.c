#define G_LOG_DOMAIN "caseload-xml"

#include "config.h"

#include "caseload-xml.h"
#include "caseload-backup.h"
#include "caseload-xml-private.h"

#include <glib/gi18n-lib.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>
#include <string.h>

/* Caseload XML files: writing them, and reading them safely.
 *
 * Reading never trusts the file: a document type declaration is refused
 * before libxml2 sees the file (so no entity, internal or external, is
 * ever declared, let alone loaded or expanded), the parser runs without
 * XML_PARSE_NOENT / XML_PARSE_DTDLOAD and with XML_PARSE_NONET, input is
 * UTF-8 only and limited in size, and the whole file is validated against
 * data/caseload.xsd (compiled into the resources) in a first streaming
 * pass before a second streaming pass applies it in one transaction. */

#define SCHEMA_RESOURCE "/io/github/caseload/Caseload/core/caseload.xsd"
#define PARSE_OPTIONS (XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_NOCDATA)

/* ---- export --------------------------------------------------------------- */

typedef struct
{
  GOutputStream *stream;
  GCancellable  *cancellable;
  GError        *error;
} WriteContext;

static int
write_cb (void       *data,
          const char *buffer,
          int         len)
{
  WriteContext *ctx = data;

  if (ctx->error != NULL)
    return -1;
  if (!g_output_stream_write_all (ctx->stream, buffer, (gsize) len, NULL,
                                  ctx->cancellable, &ctx->error))
    return -1;
  return len;
}

static int
close_cb (void *data)
{
  return 0;
}

gboolean
caseload_xml_export (CaseloadStore           *store,
                     gint64                   student_id,
                     CaseloadXmlExportFlags   flags,
                     GOutputStream           *stream,
                     GCancellable            *cancellable,
                     GError                 **error)
{
  WriteContext ctx = { stream, cancellable, NULL };
  xmlOutputBuffer *buffer;
  g_autoptr(xmlTextWriter) writer = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean ok;

  g_return_val_if_fail (CASELOAD_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  buffer = xmlOutputBufferCreateIO (write_cb, close_cb, &ctx, NULL);
  if (buffer == NULL)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_FAILED, _("Could not write the export"));
      return FALSE;
    }
  writer = xmlNewTextWriter (buffer);
  if (writer == NULL)
    {
      xmlOutputBufferClose (buffer);
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_FAILED, _("Could not write the export"));
      return FALSE;
    }
  xmlTextWriterSetIndent (writer, 1);
  xmlTextWriterSetIndentString (writer, BAD_CAST "  ");

  ok = caseload_store_xml_export (store, student_id, flags, writer, &local_error);
  g_clear_pointer (&writer, xmlFreeTextWriter);

  if (ctx.error != NULL)
    {
      g_propagate_error (error, ctx.error);
      return FALSE;
    }
  if (!ok)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

gboolean
caseload_xml_export_file (CaseloadStore           *store,
                          gint64                   student_id,
                          CaseloadXmlExportFlags   flags,
                          const char              *path,
                          GError                 **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GOutputStream) buffered = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();

  g_return_val_if_fail (path != NULL, FALSE);

  file = g_file_new_for_path (path);
  stream = g_file_replace (file, NULL, FALSE,
                           G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                           NULL, error);
  if (stream == NULL)
    return FALSE;
  buffered = g_buffered_output_stream_new_sized (G_OUTPUT_STREAM (stream), 64 * 1024);

  if (!caseload_xml_export (store, student_id, flags, buffered, NULL, error))
    {
      /* Closing a cancelled replace keeps the old file. */
      g_cancellable_cancel (cancellable);
      g_output_stream_close (buffered, cancellable, NULL);
      return FALSE;
    }
  return g_output_stream_close (buffered, NULL, error);
}

/* ---- import: results ------------------------------------------------------ */

void
caseload_xml_import_result_free (CaseloadXmlImportResult *result)
{
  if (result == NULL)
    return;
  g_clear_pointer (&result->skipped, g_ptr_array_unref);
  g_clear_pointer (&result->notes, g_ptr_array_unref);
  g_free (result->backup_path);
  g_free (result);
}

char *
caseload_xml_import_result_describe (const CaseloadXmlImportResult *result)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (result != NULL, NULL);

  if (result->dry_run)
    g_string_append (text, _("Dry run: nothing was written.\n"));

  g_string_append_printf (text,
                          /* Translators: followed by "3 updated, 0 unchanged, 2 skipped" */
                          g_dngettext (GETTEXT_PACKAGE, "%u student added", "%u students added",
                                       result->students_added),
                          result->students_added);
  g_string_append_printf (text, _(", %u updated, %u unchanged, %u skipped\n"),
                          result->students_updated, result->students_unchanged,
                          result->students_skipped);
  g_string_append_printf (text,
                          g_dngettext (GETTEXT_PACKAGE, "%u record added", "%u records added",
                                       result->records_added),
                          result->records_added);
  g_string_append_printf (text, _(", %u updated, %u unchanged, %u skipped (all kinds)\n"),
                          result->records_updated, result->records_unchanged,
                          result->records_skipped);
  for (guint i = 0; i < result->skipped->len; i++)
    g_string_append_printf (text, "  %s\n", (const char *) g_ptr_array_index (result->skipped, i));
  for (guint i = 0; result->notes != NULL && i < result->notes->len; i++)
    g_string_append_printf (text, "  %s\n", (const char *) g_ptr_array_index (result->notes, i));
  if (result->backup_path != NULL)
    g_string_append_printf (text, _("Backup made before the import: %s\n"), result->backup_path);

  return g_string_free (text, FALSE);
}

/* ---- import: refusing what must not be parsed ----------------------------- */

static const char *
find_bytes (const char *data,
            gsize       len,
            const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= len; i++)
    if (memcmp (data + i, needle, n) == 0)
      return data + i;
  return NULL;
}

/* Looks at the prolog (before the root element) as bytes: only an XML
 * declaration, comments, processing instructions and white space may come
 * before the root; a document type declaration is refused outright. */
static gboolean
check_prolog (const char  *data,
              gsize        len,
              GError     **error)
{
  gsize i = 0;

  if (len == 0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID, _("The file is empty"));
      return FALSE;
    }

  if (len >= 2 && (((guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF) ||
                   ((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE) ||
                   data[0] == '\0' || data[1] == '\0'))
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   _("The file is not UTF-8 text; Caseload XML files are always UTF-8"));
      return FALSE;
    }
  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    i = 3;

  while (i < len)
    {
      const char *rest = data + i;
      gsize left = len - i;
      const char *end;

      if (g_ascii_isspace (*rest))
        {
          i++;
          continue;
        }
      if (left >= 4 && memcmp (rest, "<!--", 4) == 0)
        {
          end = find_bytes (rest + 4, left - 4, "-->");
          if (end == NULL)
            break;
          i = (gsize) (end - data) + 3;
          continue;
        }
      if (left >= 2 && memcmp (rest, "<?", 2) == 0)
        {
          end = find_bytes (rest + 2, left - 2, "?>");
          if (end == NULL)
            break;
          i = (gsize) (end - data) + 2;
          continue;
        }
      if (left >= 2 && memcmp (rest, "<!", 2) == 0)
        {
          if (find_bytes (rest, left, "<!ENTITY") != NULL)
            g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                         _("The file declares entities (<!ENTITY …>). Caseload does not "
                           "read such files: entities can pull in other files or grow "
                           "without bound. Nothing was imported."));
          else
            g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                         _("The file has a document type declaration (<!DOCTYPE …>), "
                           "which Caseload XML never has. Nothing was imported."));
          return FALSE;
        }
      if (*rest == '<')
        return TRUE;
      break;
    }

  g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
               _("The file is not a Caseload XML file (it is not XML text)"));
  return FALSE;
}

/* ---- import: streaming passes --------------------------------------------- */

typedef struct
{
  GError     *error;         /* the first problem, with line and element */
  const char *last_element;  /* the last element started (reader's dictionary) */
} ReadErrors;

static void
structured_error_cb (void        *data,
                     xmlErrorPtr  problem)
{
  ReadErrors *errors = data;
  g_autofree char *message = NULL;
  const char *element = NULL;
  long line;

  if (problem == NULL || problem->level == XML_ERR_WARNING || errors->error != NULL)
    return;

  message = g_strstrip (g_strdup (problem->message != NULL ? problem->message : ""));
  g_strdelimit (message, "\n", ' ');
  line = problem->line;
  if (problem->node != NULL && ((xmlNode *) problem->node)->type == XML_ELEMENT_NODE)
    {
      xmlNode *node = problem->node;

      element = (const char *) node->name;
      if (xmlGetLineNo (node) > 0)
        line = xmlGetLineNo (node);
    }

  /* The streaming validator names the element only in its message:
   * "Element '{namespace}name': ..." */
  if (element == NULL && g_str_has_prefix (message, "Element '"))
    {
      const char *name = message + strlen ("Element '");
      const char *close = strchr (name, '}');
      const char *end;

      if (*name == '{' && close != NULL)
        name = close + 1;
      end = strstr (name, "': ");
      if (end != NULL)
        {
          g_autofree char *local = g_strndup (name, (gsize) (end - name));

          g_set_error (&errors->error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                       _("Line %ld, element <%s>: %s"), line, local, end + 3);
          return;
        }
    }

  if (element == NULL && errors->last_element != NULL)
    g_set_error (&errors->error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                 /* Translators: line number, element name, what libxml2 says */
                 _("Line %ld, in or after element <%s>: %s"), line, errors->last_element, message);
  else if (element != NULL)
    g_set_error (&errors->error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                 /* Translators: line number, element name, what libxml2 says */
                 _("Line %ld, element <%s>: %s"), line, element, message);
  else
    g_set_error (&errors->error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                 _("Line %ld: %s"), line, message);
}

static xmlTextReader *
new_reader (GBytes     *data,
            ReadErrors *errors)
{
  gsize len;
  const char *buffer = g_bytes_get_data (data, &len);
  xmlTextReader *reader;

  /* The encoding is forced to UTF-8: a declaration claiming another one
   * does not make the parser reinterpret the bytes. */
  reader = xmlReaderForMemory (buffer, (int) len, "import.xml", "UTF-8", PARSE_OPTIONS);
  /* Errors go to this thread's structured handler rather than the
   * reader's own relay, which crashes on some parse errors in libxml2
   * 2.9.14; reset by free_reader(). */
  if (reader != NULL)
    xmlSetStructuredErrorFunc (errors, structured_error_cb);
  return reader;
}

static void
free_reader (xmlTextReader *reader)
{
  xmlFreeTextReader (reader);
  xmlSetStructuredErrorFunc (NULL, NULL);
}

static gboolean
reader_failed (ReadErrors  *errors,
               const char  *fallback,
               GError     **error)
{
  if (errors->error != NULL)
    g_propagate_error (error, g_steal_pointer (&errors->error));
  else
    g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID, fallback);
  return FALSE;
}

static xmlSchema *
load_schema (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  xmlSchemaParserCtxt *parser;
  xmlSchema *schema;
  gsize len;
  const char *data;

  bytes = g_resources_lookup_data (SCHEMA_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &len);
  parser = xmlSchemaNewMemParserCtxt (data, (int) len);
  schema = xmlSchemaParse (parser);
  xmlSchemaFreeParserCtxt (parser);
  if (schema == NULL)
    g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_FAILED,
                 _("The Caseload XML schema could not be loaded"));
  return schema;
}

/* Pass 1: well-formedness and the schema, over the whole file, writing
 * nothing. */
static gboolean
validate_pass (GBytes    *data,
               gboolean  *has_history,
               char     **database_id,
               GError   **error)
{
  ReadErrors errors = { NULL, NULL };
  xmlSchema *schema;
  xmlTextReader *reader;
  gboolean ok = FALSE;
  int ret;

  *has_history = FALSE;
  *database_id = NULL;

  schema = load_schema (error);
  if (schema == NULL)
    return FALSE;

  reader = new_reader (data, &errors);
  if (reader == NULL)
    {
      xmlSchemaFree (schema);
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_FAILED, _("Could not read the file"));
      return FALSE;
    }
  if (xmlTextReaderSetSchema (reader, schema) != 0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_FAILED,
                   _("The Caseload XML schema could not be used"));
      goto out;
    }

  while ((ret = xmlTextReaderRead (reader)) == 1)
    {
      if (xmlTextReaderNodeType (reader) != XML_READER_TYPE_ELEMENT)
        continue;
      errors.last_element = (const char *) xmlTextReaderConstLocalName (reader);

      if (xmlTextReaderDepth (reader) == 0)
        {
          g_autofree char *version = (char *) xmlTextReaderGetAttribute (reader, BAD_CAST "schema-version");

          if (version != NULL && g_ascii_strtoll (version, NULL, 10) > CASELOAD_SCHEMA_VERSION)
            {
              g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_TOO_NEW,
                           _("The file was written by a newer version of Caseload "
                             "(schema %s); this version understands up to %d"),
                           version, CASELOAD_SCHEMA_VERSION);
              goto out;
            }
          g_free (*database_id);
          *database_id = (char *) xmlTextReaderGetAttribute (reader, BAD_CAST "database-id");
        }
      else if (xmlTextReaderDepth (reader) == 1 &&
               g_strcmp0 ((const char *) xmlTextReaderConstLocalName (reader), "audit-entry") == 0)
        *has_history = TRUE;

      if (errors.error != NULL)
        break;
    }

  if (ret != 0 || errors.error != NULL || !xmlTextReaderIsValid (reader))
    {
      reader_failed (&errors, _("The file is not valid Caseload XML"), error);
      goto out;
    }
  ok = TRUE;

out:
  if (!ok)
    g_clear_pointer (database_id, g_free);
  free_reader (reader);
  xmlSchemaFree (schema);
  g_clear_error (&errors.error);
  return ok;
}

/* Pass 2 and 3: each top-level record, expanded one at a time. */
static gboolean
apply_pass (CaseloadXmlImport  *import,
            GBytes             *data,
            gboolean            history,
            GError            **error)
{
  ReadErrors errors = { NULL, NULL };
  xmlTextReader *reader;
  gboolean ok = FALSE;
  int ret;

  reader = new_reader (data, &errors);
  if (reader == NULL)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_FAILED, _("Could not read the file"));
      return FALSE;
    }

  ret = xmlTextReaderRead (reader);
  while (ret == 1)
    {
      const char *name;
      xmlNode *node;

      if (xmlTextReaderNodeType (reader) != XML_READER_TYPE_ELEMENT ||
          xmlTextReaderDepth (reader) != 1)
        {
          ret = xmlTextReaderRead (reader);
          continue;
        }

      name = (const char *) xmlTextReaderConstLocalName (reader);
      if (g_strcmp0 (name, "audit-entry") == 0 ? !history : history)
        {
          ret = xmlTextReaderNext (reader);
          continue;
        }

      node = xmlTextReaderExpand (reader);
      if (node == NULL)
        {
          reader_failed (&errors, _("The file is not valid Caseload XML"), error);
          goto out;
        }
      if (!caseload_store_xml_import_record (import, node, error))
        goto out;
      ret = xmlTextReaderNext (reader);
    }

  if (ret != 0)
    {
      reader_failed (&errors, _("The file is not valid Caseload XML"), error);
      goto out;
    }
  ok = TRUE;

out:
  free_reader (reader);
  g_clear_error (&errors.error);
  return ok;
}

gboolean
caseload_xml_import_bytes (CaseloadStore                   *store,
                           GBytes                          *data,
                           const CaseloadXmlImportOptions  *options,
                           CaseloadXmlImportResult        **result,
                           GError                         **error)
{
  static const CaseloadXmlImportOptions defaults = { FALSE, 0, NULL };
  g_autoptr(CaseloadXmlImportResult) counts = NULL;
  g_autoptr(CaseloadXmlImport) import = NULL;
  goffset max_size;
  gsize len;
  const char *bytes;
  gboolean has_history = FALSE;
  g_autofree char *database_id = NULL;

  g_return_val_if_fail (CASELOAD_IS_STORE (store), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);

  if (options == NULL)
    options = &defaults;
  max_size = options->max_size > 0 ? options->max_size : CASELOAD_XML_DEFAULT_MAX_SIZE;

  bytes = g_bytes_get_data (data, &len);
  if ((goffset) len > max_size || len > G_MAXINT)
    {
      g_autofree char *size = g_format_size (len);
      g_autofree char *limit = g_format_size ((guint64) max_size);

      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   _("The file is too large to import (%s; the limit is %s)"), size, limit);
      return FALSE;
    }
  if (!check_prolog (bytes, len, error))
    return FALSE;

  if (!validate_pass (data, &has_history, &database_id, error))
    return FALSE;
  /* Records are matched by id: a file from another database would
   * overwrite unrelated records. Refused before the backup. */
  if (!caseload_store_xml_check_origin (store, database_id, error))
    return FALSE;

  counts = g_new0 (CaseloadXmlImportResult, 1);
  counts->dry_run = options->dry_run;
  counts->skipped = g_ptr_array_new_with_free_func (g_free);

  if (!options->dry_run)
    {
      gboolean has_data = FALSE;

      if (!caseload_store_xml_has_data (store, &has_data, error))
        return FALSE;
      if (has_data)
        {
          counts->backup_path = caseload_backup_now (caseload_store_get_path (store),
                                                     options->backup_dir, "before-import", error);
          if (counts->backup_path == NULL)
            return FALSE;
        }
    }

  import = caseload_store_xml_import_begin (store, counts, error);
  if (import == NULL)
    return FALSE;
  /* Again inside the transaction; an empty database adopts the file's
   * identity, so that its next export is the file again. */
  if (!caseload_store_xml_import_origin (import, database_id, error))
    return FALSE;
  /* The file's own audit trail first, so that the entries this import
   * writes come after it. */
  if ((has_history && !apply_pass (import, data, TRUE, error)) ||
      !apply_pass (import, data, FALSE, error) ||
      !caseload_store_xml_import_finish (import, error))
    return FALSE;

  if (result != NULL)
    *result = g_steal_pointer (&counts);
  return TRUE;
}

gboolean
caseload_xml_import_file (CaseloadStore                   *store,
                          const char                      *path,
                          const CaseloadXmlImportOptions  *options,
                          CaseloadXmlImportResult        **result,
                          GError                         **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  goffset max_size;

  g_return_val_if_fail (path != NULL, FALSE);

  max_size = options != NULL && options->max_size > 0 ? options->max_size
                                                      : CASELOAD_XML_DEFAULT_MAX_SIZE;

  /* Refuse an oversized file before reading any of it. */
  file = g_file_new_for_path (path);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, error);
  if (info == NULL)
    return FALSE;
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR &&
      g_file_info_get_size (info) > max_size)
    {
      g_autofree char *size = g_format_size ((guint64) g_file_info_get_size (info));
      g_autofree char *limit = g_format_size ((guint64) max_size);

      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   _("%s is too large to import (%s; the limit is %s)"), path, size, limit);
      return FALSE;
    }

  bytes = g_file_load_bytes (file, NULL, NULL, error);
  if (bytes == NULL)
    return FALSE;
  return caseload_xml_import_bytes (store, bytes, options, result, error);
}
