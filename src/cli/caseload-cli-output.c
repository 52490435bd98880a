#define G_LOG_DOMAIN "caseload-cli-output"

#include "config.h"

#include "caseload-cli-output.h"

#include <json-glib/json-glib.h>
#include <string.h>

struct _CaseloadCliTable
{
  CaseloadCliColumn *columns;
  guint              n_columns;
  GPtrArray         *rows;   /* GStrv, n_columns each */
};

CaseloadCliTable *
caseload_cli_table_new (const CaseloadCliColumn *columns,
                        guint                    n_columns)
{
  CaseloadCliTable *table = g_new0 (CaseloadCliTable, 1);

  table->columns = g_memdup2 (columns, sizeof (CaseloadCliColumn) * n_columns);
  table->n_columns = n_columns;
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  return table;
}

void
caseload_cli_table_free (CaseloadCliTable *table)
{
  if (table == NULL)
    return;
  g_ptr_array_unref (table->rows);
  g_free (table->columns);
  g_free (table);
}

void
caseload_cli_table_add_row (CaseloadCliTable  *table,
                            const char *const *values)
{
  char **row = g_new0 (char *, table->n_columns + 1);

  for (guint i = 0; i < table->n_columns; i++)
    row[i] = g_strdup (values[i] != NULL ? values[i] : "");
  g_ptr_array_add (table->rows, row);
}

guint
caseload_cli_table_get_n_rows (CaseloadCliTable *table)
{
  return table->rows->len;
}

void
caseload_cli_csv_append_field (GString    *out,
                               const char *value)
{
  if (value == NULL)
    return;
  if (strpbrk (value, ",\"\r\n") == NULL)
    {
      g_string_append (out, value);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

char *
caseload_cli_table_to_csv (CaseloadCliTable *table)
{
  GString *out = g_string_new (NULL);

  for (guint c = 0; c < table->n_columns; c++)
    {
      if (c > 0)
        g_string_append_c (out, ',');
      caseload_cli_csv_append_field (out, table->columns[c].key);
    }
  g_string_append (out, "\r\n");

  for (guint r = 0; r < table->rows->len; r++)
    {
      char **row = g_ptr_array_index (table->rows, r);

      for (guint c = 0; c < table->n_columns; c++)
        {
          if (c > 0)
            g_string_append_c (out, ',');
          caseload_cli_csv_append_field (out, row[c]);
        }
      g_string_append (out, "\r\n");
    }
  return g_string_free (out, FALSE);
}

static void
append_padded (GString    *out,
               const char *text,
               glong       width,
               gboolean    right)
{
  glong len = g_utf8_strlen (text, -1);

  if (right)
    for (glong i = len; i < width; i++)
      g_string_append_c (out, ' ');
  g_string_append (out, text);
  if (!right)
    for (glong i = len; i < width; i++)
      g_string_append_c (out, ' ');
}

/* Strips trailing spaces from the line just written (left-aligned last
 * columns pad nothing useful). */
static void
end_line (GString *out,
          gsize    line_start)
{
  while (out->len > line_start && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  g_string_append_c (out, '\n');
}

char *
caseload_cli_table_to_text (CaseloadCliTable *table)
{
  g_autofree glong *widths = g_new0 (glong, table->n_columns);
  GString *out = g_string_new (NULL);
  gsize line_start;

  for (guint c = 0; c < table->n_columns; c++)
    widths[c] = g_utf8_strlen (table->columns[c].header, -1);
  for (guint r = 0; r < table->rows->len; r++)
    {
      char **row = g_ptr_array_index (table->rows, r);

      for (guint c = 0; c < table->n_columns; c++)
        widths[c] = MAX (widths[c], g_utf8_strlen (row[c], -1));
    }

  line_start = out->len;
  for (guint c = 0; c < table->n_columns; c++)
    {
      if (c > 0)
        g_string_append (out, "  ");
      append_padded (out, table->columns[c].header, widths[c],
                     table->columns[c].kind == CASELOAD_CLI_COLUMN_INTEGER);
    }
  end_line (out, line_start);

  for (guint r = 0; r < table->rows->len; r++)
    {
      char **row = g_ptr_array_index (table->rows, r);

      line_start = out->len;
      for (guint c = 0; c < table->n_columns; c++)
        {
          if (c > 0)
            g_string_append (out, "  ");
          append_padded (out, row[c], widths[c],
                         table->columns[c].kind == CASELOAD_CLI_COLUMN_INTEGER);
        }
      end_line (out, line_start);
    }
  return g_string_free (out, FALSE);
}

char *
caseload_cli_table_to_json (CaseloadCliTable *table)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  GString *text;

  json_builder_begin_array (builder);
  for (guint r = 0; r < table->rows->len; r++)
    {
      char **row = g_ptr_array_index (table->rows, r);

      json_builder_begin_object (builder);
      for (guint c = 0; c < table->n_columns; c++)
        {
          json_builder_set_member_name (builder, table->columns[c].key);
          switch (table->columns[c].kind)
            {
            case CASELOAD_CLI_COLUMN_INTEGER:
              json_builder_add_int_value (builder, g_ascii_strtoll (row[c], NULL, 10));
              break;
            case CASELOAD_CLI_COLUMN_OPTIONAL:
              if (*row[c] == '\0')
                json_builder_add_null_value (builder);
              else
                json_builder_add_string_value (builder, row[c]);
              break;
            case CASELOAD_CLI_COLUMN_STRING:
            default:
              json_builder_add_string_value (builder, row[c]);
              break;
            }
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = g_string_new (NULL);
  json_generator_to_gstring (generator, text);
  g_string_append_c (text, '\n');
  return g_string_free (text, FALSE);
}
