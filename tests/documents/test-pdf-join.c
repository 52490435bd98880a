/* Joining PDF files written by cairo (caseload-pdf-join.c): the pages in
 * order with their own sizes and text, the outline and metadata of the
 * joined file, read back with poppler and checked by qpdf; damaged parts
 * refused without writing anything. */
#include "config.h"

#include "caseload-error.h"
#include "caseload-pdf-join.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <poppler.h>
#include <string.h>
#include <unistd.h>

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerIndexIter, poppler_index_iter_free)

#define LETTER_WIDTH 612
#define LETTER_HEIGHT 792
#define A4_WIDTH 595.276
#define A4_HEIGHT 841.89

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* A PDF as cairo writes it: @n_pages pages of @width × @height, each
 * saying "@label page N", with a path, a fill and a cairo outline entry
 * (which the joiner must drop). */
static GBytes *
make_part (const char *label,
           guint       n_pages,
           double      width,
           double      height)
{
  GByteArray *bytes = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, width, height);
  cairo_t *cr = cairo_create (surface);

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, "a part's own title");
  for (guint page = 1; page <= n_pages; page++)
    {
      g_autofree char *text = g_strdup_printf ("%s page %u", label, page);

      cairo_select_font_face (cr, "Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
      cairo_set_font_size (cr, 18);
      cairo_move_to (cr, 72, 100);
      cairo_show_text (cr, text);
      cairo_rectangle (cr, 72, 120, width - 144, 40);
      cairo_set_source_rgb (cr, 0.2, 0.4, 0.8);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 0, 0, 0);
      if (page == 1)
        cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT, label, "page=1", 0);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (bytes);
}

static GBytes *
stream_bytes (GOutputStream *output)
{
  g_assert_true (g_output_stream_close (output, NULL, NULL));
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (output));
}

/* Finishes the joined file and opens it with poppler; its bytes in
 * *@pdf. */
static PopplerDocument *
finish_and_open (CaseloadPdfJoin  *join,
                 GOutputStream    *output,
                 GBytes          **pdf)
{
  g_autoptr(GError) error = NULL;
  PopplerDocument *document;

  g_assert_true (caseload_pdf_join_finish (join, NULL, &error));
  g_assert_no_error (error);
  *pdf = stream_bytes (output);
  document = poppler_document_new_from_bytes (*pdf, NULL, &error);
  g_assert_no_error (error);
  return document;
}

static char *
page_text (PopplerDocument *document,
           int              index)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (document, index);
  g_autofree char *text = poppler_page_get_text (page);

  return g_strstrip (g_strdup (text));
}

/* qpdf reads the whole structure and every stream. */
static void
assert_qpdf_accepts (GBytes *pdf)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *argv[] = { "qpdf", "--check", NULL, NULL };
  int fd, status = -1;

  fd = g_file_open_tmp ("caseload-join-XXXXXX.pdf", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), &error));
  argv[2] = path;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("qpdf --check refused the joined file:\n%s%s", out, err);
  g_assert_nonnull (strstr (out, "No syntax or stream encoding errors"));
  g_remove (path);
}

static void
test_pages_in_order (void)
{
  g_autoptr(GOutputStream) output = g_memory_output_stream_new_resizable ();
  g_autoptr(CaseloadPdfJoin) join = caseload_pdf_join_new (output);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *title = NULL;
  g_autofree char *creator = NULL;
  struct { const char *label; guint n_pages; double width, height; } parts[] = {
    { "Alpha", 2, LETTER_WIDTH, LETTER_HEIGHT },
    { "Bravo", 1, A4_WIDTH, A4_HEIGHT },
    { "Charlie", 3, LETTER_WIDTH, LETTER_HEIGHT },
  };
  int page_index = 0;

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autoptr(GBytes) part = make_part (parts[i].label, parts[i].n_pages, parts[i].width, parts[i].height);

      g_assert_true (caseload_pdf_join_append (join, part, parts[i].label, NULL, &error));
      g_assert_no_error (error);
    }
  g_assert_cmpuint (caseload_pdf_join_get_n_pages (join), ==, 6);
  caseload_pdf_join_set_metadata (join, "Title", "Progress reports, período 1");
  caseload_pdf_join_set_metadata (join, "Creator", "Caseload");
  document = finish_and_open (join, output, &pdf);
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, 6);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    for (guint p = 1; p <= parts[i].n_pages; p++, page_index++)
      {
        g_autoptr(PopplerPage) page = poppler_document_get_page (document, page_index);
        g_autofree char *expected = g_strdup_printf ("%s page %u", parts[i].label, p);
        g_autofree char *text = page_text (document, page_index);
        double width, height;

        g_assert_cmpstr (text, ==, expected);
        poppler_page_get_size (page, &width, &height);
        g_assert_cmpfloat_with_epsilon (width, parts[i].width, 0.01);
        g_assert_cmpfloat_with_epsilon (height, parts[i].height, 0.01);
      }

  /* our metadata, not the parts' */
  title = poppler_document_get_title (document);
  creator = poppler_document_get_creator (document);
  g_assert_cmpstr (title, ==, "Progress reports, período 1");
  g_assert_cmpstr (creator, ==, "Caseload");
  /* the parts' outlines are dropped */
  g_assert_null (poppler_index_iter_new (document));

  assert_qpdf_accepts (pdf);
}

static void
test_outline (void)
{
  g_autoptr(GOutputStream) output = g_memory_output_stream_new_resizable ();
  g_autoptr(CaseloadPdfJoin) join = caseload_pdf_join_new (output);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) first = make_part ("first", 2, LETTER_WIDTH, LETTER_HEIGHT);
  g_autoptr(GBytes) second = make_part ("second", 2, A4_WIDTH, A4_HEIGHT);
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autoptr(PopplerIndexIter) top = NULL;
  struct { const char *title; int page; const char *child; int child_page; double child_y; } expected[] = {
    { "Adrián Águilar", 1, "Meta 2: Lectura — fluidez", 2, 300 },
    { "DeShawn Adams", 3, "Goal 1: Reading", 4, 120 },
  };
  int parent;
  guint n = 0;

  g_assert_true (caseload_pdf_join_append (join, first, "first", NULL, &error));
  parent = caseload_pdf_join_add_outline (join, CASELOAD_PDF_JOIN_OUTLINE_ROOT, expected[0].title, 0, 0, 0);
  caseload_pdf_join_add_outline (join, parent, expected[0].child, 1, 54, expected[0].child_y);
  g_assert_true (caseload_pdf_join_append (join, second, "second", NULL, &error));
  parent = caseload_pdf_join_add_outline (join, CASELOAD_PDF_JOIN_OUTLINE_ROOT, expected[1].title, 2, 0, 0);
  caseload_pdf_join_add_outline (join, parent, expected[1].child, 3, 54, expected[1].child_y);
  g_assert_no_error (error);
  document = finish_and_open (join, output, &pdf);
  top = poppler_index_iter_new (document);
  g_assert_nonnull (top);
  do
    {
      PopplerAction *action = poppler_index_iter_get_action (top);
      g_autoptr(PopplerIndexIter) child = poppler_index_iter_get_child (top);
      PopplerAction *child_action;
      double page_height = n == 0 ? LETTER_HEIGHT : A4_HEIGHT;

      g_assert_cmpuint (n, <, G_N_ELEMENTS (expected));
      g_assert_cmpint (action->type, ==, POPPLER_ACTION_GOTO_DEST);
      g_assert_cmpstr (action->goto_dest.title, ==, expected[n].title);
      g_assert_cmpint (action->goto_dest.dest->page_num, ==, expected[n].page);
      g_assert_false (poppler_index_iter_is_open (top));
      poppler_action_free (action);

      g_assert_nonnull (child);
      child_action = poppler_index_iter_get_action (child);
      g_assert_cmpstr (child_action->goto_dest.title, ==, expected[n].child);
      g_assert_cmpint (child_action->goto_dest.dest->page_num, ==, expected[n].child_page);
      g_assert_cmpint (child_action->goto_dest.dest->type, ==, POPPLER_DEST_XYZ);
      /* y from the top in the call, from the bottom in the file */
      g_assert_cmpfloat_with_epsilon (child_action->goto_dest.dest->top, page_height - expected[n].child_y, 1.0);
      g_assert_false (poppler_index_iter_next (child));
      poppler_action_free (child_action);
      n++;
    }
  while (poppler_index_iter_next (top));
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (expected));

  assert_qpdf_accepts (pdf);
}

/* Each damaged part is refused with the part's name, nothing is written,
 * and the joiner goes on with the next good part. */
static void
test_damaged_parts (void)
{
  g_autoptr(GOutputStream) output = g_memory_output_stream_new_resizable ();
  g_autoptr(CaseloadPdfJoin) join = caseload_pdf_join_new (output);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) good = make_part ("good", 2, LETTER_WIDTH, LETTER_HEIGHT);
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  const char *data;
  gsize length;
  g_autoptr(GPtrArray) damaged = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  const char *xref;

  data = g_bytes_get_data (good, &length);

  /* not a PDF */
  g_ptr_array_add (damaged, g_bytes_new_static ("Dear family, this is not a PDF file at all.\n", 44));
  /* cut short: no cross-reference table at the end */
  g_ptr_array_add (damaged, g_bytes_new (data, length - 200));
  /* an object's offset in the table points into another object */
  {
    char *copy = g_memdup2 (data, length);

    /* the last "\nxref\n" (the stream data may hold NUL bytes) */
    xref = NULL;
    for (gsize at = length - 6; at > 0 && xref == NULL; at--)
      if (memcmp (copy + at, "\nxref\n", 6) == 0)
        xref = copy + at;
    g_assert_nonnull (xref);
    /* "xref\n0 N\n" + the free entry (20 bytes), then object 1's offset */
    {
      char *entry = strchr ((char *) xref + 6, '\n') + 1 + 20;

      memcpy (entry, "0000000017", 10);
    }
    g_ptr_array_add (damaged, g_bytes_new_take (copy, length));
  }
  /* a reference to an object the part does not have */
  {
    g_autoptr(GString) copy = g_string_new_len (data, length);
    char *parent = strstr (copy->str, "/Parent ");

    g_assert_nonnull (parent);
    /* "/Parent 1 0 R" → "/Parent 0 0 R": object 0 is never one */
    g_assert_cmpint (parent[8], ==, '1');
    parent[8] = '0';
    g_ptr_array_add (damaged, g_string_free_to_bytes (g_steal_pointer (&copy)));
  }

  for (guint i = 0; i < damaged->len; i++)
    {
      g_autofree char *name = g_strdup_printf ("damaged part %u", i + 1);

      g_assert_false (caseload_pdf_join_append (join, g_ptr_array_index (damaged, i), name, NULL, &error));
      g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, name));
      g_test_message ("%s", error->message);
      g_clear_error (&error);
      g_assert_cmpuint (caseload_pdf_join_get_n_pages (join), ==, 0);
      g_assert_cmpuint (g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (output)), ==, 0);
    }

  /* nothing appended: nothing to finish */
  g_assert_false (caseload_pdf_join_finish (join, NULL, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (caseload_pdf_join_append (join, good, "good", NULL, &error));
  g_assert_no_error (error);
  document = finish_and_open (join, output, &pdf);
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, 2);
  assert_qpdf_accepts (pdf);
}

/* Parts cut short anywhere, or with bytes changed anywhere, are joined
 * or refused cleanly: never a crash or a read out of bounds (the
 * sanitizer build runs this too), and a refused part leaves the joiner
 * as it was. */
static void
test_mutated_parts (void)
{
  g_autoptr(GBytes) good = make_part ("mutated", 2, LETTER_WIDTH, LETTER_HEIGHT);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261127);
  gsize length;
  const guint8 *data = g_bytes_get_data (good, &length);
  guint joined = 0, refused = 0;

  for (guint round = 0; round < 400; round++)
    {
      g_autoptr(GOutputStream) output = g_memory_output_stream_new_resizable ();
      g_autoptr(CaseloadPdfJoin) join = caseload_pdf_join_new (output);
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) part = NULL;
      guint8 *copy = g_memdup2 (data, length);
      gsize size = length;

      if (round % 2 == 0)
        size = g_rand_int_range (rand, 0, (gint32) length);
      else
        for (int k = g_rand_int_range (rand, 1, 6); k > 0; k--)
          copy[g_rand_int_range (rand, 0, (gint32) length)] = (guint8) g_rand_int_range (rand, 0, 256);
      part = g_bytes_new_take (copy, size);

      if (caseload_pdf_join_append (join, part, "mutated part", NULL, &error))
        {
          g_assert_no_error (error);
          joined++;
        }
      else
        {
          g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
          g_assert_cmpuint (caseload_pdf_join_get_n_pages (join), ==, 0);
          g_assert_cmpuint (g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (output)), ==, 0);
          refused++;
        }
    }
  g_test_message ("%u mutated parts joined, %u refused", joined, refused);
  g_assert_cmpuint (refused, >, 100);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pdf-join/pages-in-order", test_pages_in_order);
  g_test_add_func ("/pdf-join/outline", test_outline);
  g_test_add_func ("/pdf-join/damaged-parts", test_damaged_parts);
  g_test_add_func ("/pdf-join/mutated-parts", test_mutated_parts);

  return g_test_run ();
}
