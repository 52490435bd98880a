#define G_LOG_DOMAIN "caseload-test-output"

#include "config.h"

#include "caseload-cli-output.h"

#include <json-glib/json-glib.h>

static const CaseloadCliColumn columns[] = {
  { "name", "Name", CASELOAD_CLI_COLUMN_STRING },
  { "note", "Note", CASELOAD_CLI_COLUMN_OPTIONAL },
  { "days", "Days", CASELOAD_CLI_COLUMN_INTEGER },
};

static void
test_csv_field (void)
{
  struct { const char *in, *out; } cases[] = {
    { "plain", "plain" },
    { "", "" },
    { "José Nguyễn", "José Nguyễn" },
    { "Smith, Jr.", "\"Smith, Jr.\"" },
    { "say \"hi\"", "\"say \"\"hi\"\"\"" },
    { "two\nlines", "\"two\nlines\"" },
    { "cr\rhere", "\"cr\rhere\"" },
    { "\"", "\"\"\"\"" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) out = g_string_new (NULL);

      caseload_cli_csv_append_field (out, cases[i].in);
      g_assert_cmpstr (out->str, ==, cases[i].out);
    }
}

static void
test_csv_table (void)
{
  g_autoptr(CaseloadCliTable) table = caseload_cli_table_new (columns, G_N_ELEMENTS (columns));
  const char *row1[] = { "O'Brien, Siobhan", "", "-3" };
  const char *row2[] = { "Zoë", "line\nbreak", "12" };
  g_autofree char *csv = NULL;

  caseload_cli_table_add_row (table, row1);
  caseload_cli_table_add_row (table, row2);
  csv = caseload_cli_table_to_csv (table);
  g_assert_cmpstr (csv, ==,
                   "name,note,days\r\n"
                   "\"O'Brien, Siobhan\",,-3\r\n"
                   "Zoë,\"line\nbreak\",12\r\n");
  g_assert_cmpuint (caseload_cli_table_get_n_rows (table), ==, 2);
}

static void
test_text_table (void)
{
  g_autoptr(CaseloadCliTable) table = caseload_cli_table_new (columns, G_N_ELEMENTS (columns));
  const char *row1[] = { "Zoë Ñúñez", "x", "5" };
  const char *row2[] = { "Al", "", "-120" };
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  caseload_cli_table_add_row (table, row1);
  caseload_cli_table_add_row (table, row2);
  text = caseload_cli_table_to_text (table);
  lines = g_strsplit (text, "\n", -1);
  /* Widths count characters, not bytes: "Zoë Ñúñez" is 9 wide. */
  /* Columns: 9 + 2 + 4 + 2 + 4 characters; Days right-aligned. */
  g_assert_cmpstr (lines[0], ==, "Name     " "  " "Note" "  " "Days");
  g_assert_cmpstr (lines[1], ==, "Zoë Ñúñez" "  " "x   " "  " "   5");
  g_assert_cmpstr (lines[2], ==, "Al       " "  " "    " "  " "-120");
  g_assert_cmpstr (lines[3], ==, "");
  g_assert_null (lines[4]);
}

static void
test_json (void)
{
  g_autoptr(CaseloadCliTable) table = caseload_cli_table_new (columns, G_N_ELEMENTS (columns));
  const char *row1[] = { "Zoë \"Z\"", "", "-7" };
  g_autofree char *json = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *array;
  JsonObject *object;

  caseload_cli_table_add_row (table, row1);
  json = caseload_cli_table_to_json (table);
  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  g_assert_no_error (error);
  array = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (array), ==, 1);
  object = json_array_get_object_element (array, 0);
  g_assert_cmpstr (json_object_get_string_member (object, "name"), ==, "Zoë \"Z\"");
  g_assert_true (json_object_get_null_member (object, "note"));
  g_assert_cmpint (json_object_get_int_member (object, "days"), ==, -7);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli-output/csv-field", test_csv_field);
  g_test_add_func ("/cli-output/csv-table", test_csv_table);
  g_test_add_func ("/cli-output/text-table", test_text_table);
  g_test_add_func ("/cli-output/json", test_json);

  return g_test_run ();
}
