#define G_LOG_DOMAIN "caseload-layout"

#include "config.h"

#include "caseload-layout.h"
#include "caseload-error.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <cairo-pdf.h>
#include <errno.h>
#include <stdio.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

/* ---- the document's language ------------------------------------------- */

/* A compiled catalog (.mo), read by ourselves so that a document can be in
 * another language than the process (no setlocale, no LANGUAGE games, safe
 * from any thread). Catalogs are loaded once and kept. */
typedef struct
{
  GMappedFile *file;
  GHashTable  *messages;   /* msgid -> translation, into the mapped file */
} Catalog;

static GMutex catalogs_lock;
static GHashTable *catalogs;  /* lang -> Catalog* (NULL value: none) */

static guint32
read_u32 (const guint8 *data,
          gsize         offset,
          gboolean      swap)
{
  guint32 value;

  memcpy (&value, data + offset, 4);
  return swap ? GUINT32_SWAP_LE_BE (value) : value;
}

static Catalog *
load_catalog (const char *lang)
{
  const char *dir = g_getenv ("CASELOAD_LOCALEDIR");
  g_autofree char *name = g_strconcat (GETTEXT_PACKAGE, ".mo", NULL);
  g_autofree char *path = g_build_filename (dir != NULL && *dir != '\0' ? dir : LOCALEDIR,
                                            lang, "LC_MESSAGES", name, NULL);
  g_autoptr(GMappedFile) file = g_mapped_file_new (path, FALSE, NULL);
  const guint8 *data;
  gsize length;
  guint32 magic, n, originals, translations;
  gboolean swap;
  Catalog *catalog;

  if (file == NULL)
    return NULL;
  data = (const guint8 *) g_mapped_file_get_contents (file);
  length = g_mapped_file_get_length (file);
  if (length < 28)
    return NULL;
  memcpy (&magic, data, 4);
  if (magic == 0x950412de)
    swap = FALSE;
  else if (GUINT32_SWAP_LE_BE (magic) == 0x950412de)
    swap = TRUE;
  else
    return NULL;
  n = read_u32 (data, 8, swap);
  originals = read_u32 (data, 12, swap);
  translations = read_u32 (data, 16, swap);
  if ((guint64) originals + (guint64) n * 8 > length || (guint64) translations + (guint64) n * 8 > length)
    return NULL;

  catalog = g_new0 (Catalog, 1);
  catalog->messages = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint32 i = 0; i < n; i++)
    {
      guint32 o_len = read_u32 (data, originals + i * 8, swap);
      guint32 o_off = read_u32 (data, originals + i * 8 + 4, swap);
      guint32 t_len = read_u32 (data, translations + i * 8, swap);
      guint32 t_off = read_u32 (data, translations + i * 8 + 4, swap);

      if ((guint64) o_off + o_len >= length || (guint64) t_off + t_len >= length)
        continue;
      if (o_len == 0 || t_len == 0 || data[o_off + o_len] != '\0' || data[t_off + t_len] != '\0')
        continue;
      g_hash_table_insert (catalog->messages, (gpointer) (data + o_off), (gpointer) (data + t_off));
    }
  catalog->file = g_steal_pointer (&file);
  return catalog;
}

static Catalog *
get_catalog (const char *lang)
{
  Catalog *catalog;

  if (lang == NULL || *lang == '\0' || g_str_equal (lang, "en") || strchr (lang, '/') != NULL)
    return NULL;

  g_mutex_lock (&catalogs_lock);
  if (catalogs == NULL)
    catalogs = g_hash_table_new (g_str_hash, g_str_equal);
  if (!g_hash_table_lookup_extended (catalogs, lang, NULL, (gpointer *) &catalog))
    {
      catalog = load_catalog (lang);
      g_hash_table_insert (catalogs, g_strdup (lang), catalog);
    }
  g_mutex_unlock (&catalogs_lock);
  return catalog;
}

const char *
caseload_doc_gettext (const char *lang,
                      const char *msgid)
{
  Catalog *catalog;
  const char *translation;

  g_return_val_if_fail (msgid != NULL, NULL);

  catalog = get_catalog (lang);
  if (catalog == NULL)
    return msgid;
  translation = g_hash_table_lookup (catalog->messages, msgid);
  return translation != NULL ? translation : msgid;
}

gboolean
caseload_doc_has_language (const char *lang)
{
  if (lang == NULL || *lang == '\0' || g_str_equal (lang, "en"))
    return TRUE;
  return get_catalog (lang) != NULL;
}

static const char * const months_en[] = {
  "January", "February", "March", "April", "May", "June", "July",
  "August", "September", "October", "November", "December",
};
static const char * const months_es[] = {
  "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
  "agosto", "septiembre", "octubre", "noviembre", "diciembre",
};

static gboolean
is_spanish (const char *lang)
{
  return lang != NULL && (g_str_equal (lang, "es") || g_str_has_prefix (lang, "es_") || g_str_has_prefix (lang, "es-"));
}

char *
caseload_doc_format_date (const char *lang,
                          const char *iso_date)
{
  int year, month, day;

  if (iso_date == NULL || strlen (iso_date) < 10
      || sscanf (iso_date, "%4d-%2d-%2d", &year, &month, &day) != 3
      || !g_date_valid_dmy (day, month, year))
    return g_strdup ("");
  if (is_spanish (lang))
    return g_strdup_printf ("%d de %s de %d", day, months_es[month - 1], year);
  return g_strdup_printf ("%s %d, %d", months_en[month - 1], day, year);
}

char *
caseload_doc_format_number (const char *lang,
                            double      value,
                            int         decimals)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char format[8];
  char *text, *dot;

  decimals = CLAMP (decimals, 0, 6);
  g_snprintf (format, sizeof format, "%%.%df", decimals);
  text = g_strdup (g_ascii_formatd (buffer, sizeof buffer, format, value));
  dot = strchr (text, '.');
  if (dot != NULL)
    {
      char *end = text + strlen (text) - 1;

      while (end > dot && *end == '0')
        *end-- = '\0';
      if (end == dot)
        *end = '\0';
      else if (is_spanish (lang))
        *dot = ',';
    }
  if (g_str_equal (text, "-0"))
    {
      g_free (text);
      text = g_strdup ("0");
    }
  return text;
}

#define T(msgid) caseload_doc_gettext (layout->lang, (msgid))

/* ---- the model ----------------------------------------------------------- */

typedef enum
{
  BLOCK_HEADING,
  BLOCK_PARAGRAPH,
  BLOCK_GRID,
  BLOCK_TABLE,
  BLOCK_CHART,
  BLOCK_SIGNATURE,
  BLOCK_PAGE_BREAK,
  BLOCK_SPACER,
} BlockKind;

/* Measured text: the Pango layout and its lines' vertical ranges. */
typedef struct _Text
{
  PangoLayout *layout;
  guint        n_lines;
  double      *tops;      /* n_lines */
  double      *bottoms;   /* n_lines */
  double       height;
  gint         ref_count; /* measured texts are shared (see measure()) */
} Text;

typedef struct _Block Block;

struct _CaseloadLayoutTable
{
  Block *block;
};

struct _Block
{
  BlockKind             kind;
  int                   level;
  char                 *markup;
  double                indent;
  gboolean              keep_with_next;
  GPtrArray            *cells;      /* grid/table: headers then rows, flat */
  guint                 n_columns;
  double               *widths;     /* relative */
  gboolean              has_header;
  CaseloadProgressData *chart;
  double                width, height;
  /* measured */
  Text                **texts;      /* one per cell, or texts[0] */
  guint                 n_texts;
  double               *col_x;      /* grid/table column offsets */
  double               *col_w;
  CaseloadLayoutTable  *handle;
};

typedef struct
{
  CaseloadLayoutExtent extent;
  guint   row;          /* table/grid row (0-based, without the header) */
  guint   first_line;   /* paragraph slice */
  guint   end_line;
  guint  *cell_lines;   /* split table row: first, end per cell; NULL = all */
} Piece;

struct _CaseloadLayout
{
  char      *lang;
  double     width, height;
  double     margin_top, margin_right, margin_bottom, margin_left;
  char      *title, *author, *subject;
  char      *header_title, *header_details;
  char      *footer_status, *footer_printed;
  char      *watermark;
  GPtrArray *blocks;           /* Block* */
  gboolean   paginated;
  guint      n_pages;
  GArray    *pieces;           /* Piece */
  GArray    *extents;          /* CaseloadLayoutExtent */
  PangoContext *context;
  /* The running header's and footer's fixed texts, measured once and
   * drawn on every page (a batch of reports draws thousands of pages). */
  struct
  {
    struct _Text *text;
    double        width;
  } running[4];
};

#define HEADER_HEIGHT 30.0
#define FOOTER_HEIGHT 26.0
#define CELL_PAD      4.0
#define BODY_FONT     "Sans 10"
#define SMALL_FONT    "Sans 8"
#define TABLE_FONT    "Sans 9"

static void
text_free (Text *text)
{
  if (text == NULL || !g_atomic_int_dec_and_test (&text->ref_count))
    return;
  g_clear_object (&text->layout);
  g_free (text->tops);
  g_free (text->bottoms);
  g_free (text);
}

static void
clear_running (CaseloadLayout *layout)
{
  for (guint i = 0; i < G_N_ELEMENTS (layout->running); i++)
    g_clear_pointer (&layout->running[i].text, text_free);
}

static void
block_clear_measure (Block *block)
{
  for (guint i = 0; i < block->n_texts; i++)
    text_free (block->texts[i]);
  g_clear_pointer (&block->texts, g_free);
  block->n_texts = 0;
  g_clear_pointer (&block->col_x, g_free);
  g_clear_pointer (&block->col_w, g_free);
}

static void
block_free (Block *block)
{
  block_clear_measure (block);
  g_free (block->markup);
  g_clear_pointer (&block->cells, g_ptr_array_unref);
  g_free (block->widths);
  g_clear_pointer (&block->chart, caseload_progress_data_free);
  g_free (block->handle);
  g_free (block);
}

static void
clear_pieces (CaseloadLayout *layout)
{
  for (guint i = 0; i < layout->pieces->len; i++)
    g_free (g_array_index (layout->pieces, Piece, i).cell_lines);
  g_array_set_size (layout->pieces, 0);
  g_array_set_size (layout->extents, 0);
}

CaseloadLayout *
caseload_layout_new (double      width,
                     double      height,
                     const char *lang)
{
  CaseloadLayout *layout = g_new0 (CaseloadLayout, 1);

  layout->lang = g_strdup (lang != NULL && *lang != '\0' ? lang : "en");
  layout->width = width > 0 ? width : CASELOAD_LAYOUT_LETTER_WIDTH;
  layout->height = height > 0 ? height : CASELOAD_LAYOUT_LETTER_HEIGHT;
  layout->margin_top = layout->margin_right = layout->margin_bottom = layout->margin_left = 54;
  layout->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  layout->pieces = g_array_new (FALSE, TRUE, sizeof (Piece));
  layout->extents = g_array_new (FALSE, TRUE, sizeof (CaseloadLayoutExtent));
  return layout;
}

void
caseload_layout_free (CaseloadLayout *layout)
{
  if (layout == NULL)
    return;
  clear_pieces (layout);
  g_array_unref (layout->pieces);
  g_array_unref (layout->extents);
  g_ptr_array_unref (layout->blocks);
  clear_running (layout);
  g_clear_object (&layout->context);
  g_free (layout->lang);
  g_free (layout->title);
  g_free (layout->author);
  g_free (layout->subject);
  g_free (layout->header_title);
  g_free (layout->header_details);
  g_free (layout->footer_status);
  g_free (layout->footer_printed);
  g_free (layout->watermark);
  g_free (layout);
}

const char *
caseload_layout_get_language (CaseloadLayout *layout)
{
  return layout->lang;
}

void
caseload_layout_get_page_size (CaseloadLayout *layout,
                               double         *width,
                               double         *height)
{
  if (width != NULL)
    *width = layout->width;
  if (height != NULL)
    *height = layout->height;
}

static void
invalidate (CaseloadLayout *layout)
{
  layout->paginated = FALSE;
}

void
caseload_layout_set_margins (CaseloadLayout *layout,
                             double          top,
                             double          right,
                             double          bottom,
                             double          left)
{
  layout->margin_top = top;
  layout->margin_right = right;
  layout->margin_bottom = bottom;
  layout->margin_left = left;
  invalidate (layout);
}

void
caseload_layout_get_margins (CaseloadLayout *layout,
                             double         *top,
                             double         *right,
                             double         *bottom,
                             double         *left)
{
  *top = layout->margin_top;
  *right = layout->margin_right;
  *bottom = layout->margin_bottom;
  *left = layout->margin_left;
}

static void
replace (char       **field,
         const char  *value)
{
  g_free (*field);
  *field = g_strdup (value);
}

void
caseload_layout_set_metadata (CaseloadLayout *layout,
                              const char     *title,
                              const char     *author,
                              const char     *subject)
{
  replace (&layout->title, title);
  replace (&layout->author, author);
  replace (&layout->subject, subject);
}

void
caseload_layout_set_page_header (CaseloadLayout *layout,
                                 const char     *title,
                                 const char     *details)
{
  replace (&layout->header_title, title);
  replace (&layout->header_details, details);
  clear_running (layout);
}

const char *
caseload_layout_get_page_header_title (CaseloadLayout *layout)
{
  return layout->header_title;
}

void
caseload_layout_set_page_footer (CaseloadLayout *layout,
                                 const char     *status,
                                 const char     *printed)
{
  replace (&layout->footer_status, status);
  replace (&layout->footer_printed, printed);
  clear_running (layout);
}

void
caseload_layout_set_watermark (CaseloadLayout *layout,
                               const char     *text)
{
  replace (&layout->watermark, text != NULL && *text != '\0' ? text : NULL);
}

const char *
caseload_layout_get_watermark (CaseloadLayout *layout)
{
  return layout->watermark;
}

static Block *
add_block (CaseloadLayout *layout,
           BlockKind       kind)
{
  Block *block = g_new0 (Block, 1);

  block->kind = kind;
  g_ptr_array_add (layout->blocks, block);
  invalidate (layout);
  return block;
}

void
caseload_layout_add_heading (CaseloadLayout *layout,
                             int             level,
                             const char     *text)
{
  Block *block = add_block (layout, BLOCK_HEADING);

  block->level = CLAMP (level, 1, 3);
  block->markup = g_markup_escape_text (text != NULL ? text : "", -1);
  block->keep_with_next = TRUE;
}

void
caseload_layout_add_text (CaseloadLayout *layout,
                          const char     *text)
{
  g_autofree char *markup = g_markup_escape_text (text != NULL ? text : "", -1);

  caseload_layout_add_markup (layout, markup, 0, FALSE);
}

void
caseload_layout_add_markup (CaseloadLayout *layout,
                            const char     *markup,
                            double          indent,
                            gboolean        keep_with_next)
{
  Block *block = add_block (layout, BLOCK_PARAGRAPH);

  block->markup = g_strdup (markup != NULL ? markup : "");
  block->indent = MAX (indent, 0);
  block->keep_with_next = keep_with_next;
}

void
caseload_layout_add_grid (CaseloadLayout     *layout,
                          const char * const *pairs)
{
  Block *block = add_block (layout, BLOCK_GRID);

  block->n_columns = 2;
  block->widths = g_new (double, 2);
  block->widths[0] = 0.32;
  block->widths[1] = 0.68;
  block->cells = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; pairs != NULL && pairs[i] != NULL && pairs[i + 1] != NULL; i += 2)
    {
      g_ptr_array_add (block->cells, g_strdup (pairs[i]));
      g_ptr_array_add (block->cells, g_strdup (pairs[i + 1]));
    }
}

CaseloadLayoutTable *
caseload_layout_add_table (CaseloadLayout     *layout,
                           guint               n_columns,
                           const double       *widths,
                           const char * const *headers)
{
  Block *block;
  CaseloadLayoutTable *table;

  g_return_val_if_fail (n_columns > 0, NULL);

  block = add_block (layout, BLOCK_TABLE);
  block->n_columns = n_columns;
  block->widths = g_new (double, n_columns);
  for (guint i = 0; i < n_columns; i++)
    block->widths[i] = widths != NULL ? widths[i] : 1.0;
  block->has_header = headers != NULL;
  block->cells = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; headers != NULL && i < n_columns; i++)
    g_ptr_array_add (block->cells, g_strdup (headers[i] != NULL ? headers[i] : ""));
  /* the table handle lives as long as the layout: kept in the block */
  table = g_new0 (CaseloadLayoutTable, 1);
  table->block = block;
  block->handle = table;
  return table;
}

void
caseload_layout_table_add_row (CaseloadLayoutTable *table,
                               const char * const  *cells)
{
  Block *block;

  g_return_if_fail (table != NULL);

  block = table->block;
  for (guint i = 0; i < block->n_columns; i++)
    g_ptr_array_add (block->cells, g_strdup (cells != NULL && cells[i] != NULL ? cells[i] : ""));
}

void
caseload_layout_add_chart (CaseloadLayout       *layout,
                           CaseloadProgressData *data,
                           double                width,
                           double                height)
{
  Block *block;

  g_return_if_fail (data != NULL);

  block = add_block (layout, BLOCK_CHART);
  block->chart = data;
  block->width = MAX (width, 50);
  block->height = MAX (height, 40);
}

void
caseload_layout_add_signature (CaseloadLayout *layout,
                               const char     *label)
{
  Block *block = add_block (layout, BLOCK_SIGNATURE);

  block->markup = g_markup_escape_text (label != NULL ? label : "", -1);
}

void
caseload_layout_add_page_break (CaseloadLayout *layout)
{
  add_block (layout, BLOCK_PAGE_BREAK);
}

void
caseload_layout_add_spacer (CaseloadLayout *layout,
                            double          height)
{
  Block *block = add_block (layout, BLOCK_SPACER);

  block->height = MAX (height, 0);
}

guint
caseload_layout_get_n_blocks (CaseloadLayout *layout)
{
  return layout->blocks->len;
}

/* ---- measuring ------------------------------------------------------------- */

/* One Pango context per thread (the default font map is per thread:
 * layouts can be paginated in worker threads), shared by every layout
 * measured in that thread rather than one per document. */
static void
free_thread_context (gpointer context)
{
  g_object_unref (context);
}

static GPrivate thread_context = G_PRIVATE_INIT (free_thread_context);

PangoContext *
caseload_layout_get_paper_context (void)
{
  PangoContext *context = g_private_get (&thread_context);

  if (context == NULL)
    {
      PangoFontMap *font_map = pango_cairo_font_map_get_default ();
      cairo_font_options_t *options = cairo_font_options_create ();

      context = pango_font_map_create_context (font_map);
      pango_cairo_context_set_resolution (context, 72);
      /* unhinted metrics: the same line breaks on paper, PDF and screen */
      cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
      cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
      pango_cairo_context_set_font_options (context, options);
      cairo_font_options_destroy (options);
      /* Glyphs where the font puts them: at 72 dpi, rounding each
       * position to a whole unit moves letters by up to half a point,
       * and the PDF then needs a correction after nearly every glyph
       * (the text of a page was a third bigger, and slower to write). */
      pango_context_set_round_glyph_positions (context, FALSE);
      g_private_set (&thread_context, context);
    }
  return context;
}

static PangoContext *
get_context (CaseloadLayout *layout)
{
  if (layout->context == NULL)
    layout->context = g_object_ref (caseload_layout_get_paper_context ());
  return layout->context;
}

/* Measured texts by font, width, alignment and markup, per thread: the
 * same labels, headings and notes come back in every document of a
 * batch, and shaping is the dearest part of laying out. Bounded: emptied
 * when full, so memory stays flat. */
#define MEASURE_CACHE_SIZE 1024

static void
free_thread_cache (gpointer cache)
{
  g_hash_table_unref (cache);
}

static GPrivate thread_cache = G_PRIVATE_INIT (free_thread_cache);

static Text *
measure_uncached (CaseloadLayout *layout,
                  const char     *markup,
                  const char     *font,
                  double          width,
                  PangoAlignment  alignment)
{
  Text *text = g_new0 (Text, 1);
  PangoFontDescription *description = pango_font_description_from_string (font);
  PangoLayoutIter *iter;
  guint i = 0;

  text->ref_count = 1;
  text->layout = pango_layout_new (get_context (layout));
  pango_layout_set_font_description (text->layout, description);
  pango_font_description_free (description);
  pango_layout_set_width (text->layout, (int) (MAX (width, 10) * PANGO_SCALE));
  pango_layout_set_wrap (text->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (text->layout, alignment);
  pango_layout_set_markup (text->layout, markup, -1);

  text->n_lines = pango_layout_get_line_count (text->layout);
  text->tops = g_new (double, MAX (text->n_lines, 1));
  text->bottoms = g_new (double, MAX (text->n_lines, 1));
  iter = pango_layout_get_iter (text->layout);
  do
    {
      int y0, y1;

      if (i >= text->n_lines)
        break;
      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      text->tops[i] = (double) y0 / PANGO_SCALE;
      text->bottoms[i] = (double) y1 / PANGO_SCALE;
      i++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  text->n_lines = i;
  text->height = i > 0 ? text->bottoms[i - 1] : 0;
  return text;
}

/* A measured text, shared and read-only: drop it with text_free(). */
static Text *
measure (CaseloadLayout *layout,
         const char     *markup,
         const char     *font,
         double          width,
         PangoAlignment  alignment)
{
  GHashTable *cache = g_private_get (&thread_cache);
  g_autofree char *key = NULL;
  Text *text;

  if (cache == NULL)
    {
      cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) text_free);
      g_private_set (&thread_cache, cache);
    }
  /* the width in whole 1/1024 points: what Pango itself keeps */
  key = g_strdup_printf ("%s\x1f%d\x1f%d\x1f%s", font, (int) (MAX (width, 10) * PANGO_SCALE),
                         (int) alignment, markup);
  text = g_hash_table_lookup (cache, key);
  if (text == NULL)
    {
      text = measure_uncached (layout, markup, font, width, alignment);
      if (g_hash_table_size (cache) >= MEASURE_CACHE_SIZE)
        g_hash_table_remove_all (cache);
      g_atomic_int_inc (&text->ref_count);
      g_hash_table_insert (cache, g_steal_pointer (&key), text);
    }
  else
    g_atomic_int_inc (&text->ref_count);
  return text;
}

/* The widest word of @text in @font, in points. */
static double
widest_word (CaseloadLayout *layout,
             const char     *font,
             const char     *text)
{
  g_autoptr(PangoLayout) measured = pango_layout_new (get_context (layout));
  PangoFontDescription *description = pango_font_description_from_string (font);
  g_auto(GStrv) words = g_strsplit_set (text, " \n\t", -1);
  double widest = 0;

  pango_layout_set_font_description (measured, description);
  pango_font_description_free (description);
  for (guint i = 0; words[i] != NULL; i++)
    {
      int w;

      if (words[i][0] == '\0')
        continue;
      pango_layout_set_text (measured, words[i], -1);
      pango_layout_get_size (measured, &w, NULL);
      widest = MAX (widest, (double) w / PANGO_SCALE);
    }
  return widest;
}

/* A header word is never broken ("Considere-d"): a column narrower than
 * its header's widest word takes the room from the columns that have
 * some to spare, in proportion, as long as there is any. */
static void
widen_for_header_words (CaseloadLayout *layout,
                        Block          *block)
{
  g_autofree double *least = g_new (double, block->n_columns);
  double missing = 0, spare = 0, moved;

  for (guint c = 0; c < block->n_columns; c++)
    {
      least[c] = widest_word (layout, "Sans Bold 9", g_ptr_array_index (block->cells, c)) + 2 * CELL_PAD + 1;
      if (block->col_w[c] < least[c])
        missing += least[c] - block->col_w[c];
      else
        spare += block->col_w[c] - least[c];
    }
  if (missing <= 0 || spare <= 0)
    return;
  moved = MIN (missing, spare);
  for (guint c = 0; c < block->n_columns; c++)
    {
      if (block->col_w[c] < least[c])
        block->col_w[c] += (least[c] - block->col_w[c]) * moved / missing;
      else
        block->col_w[c] -= (block->col_w[c] - least[c]) * moved / spare;
    }
}

static const char *
heading_font (int level)
{
  switch (level)
    {
    case 1: return "Sans Bold 14";
    case 2: return "Sans Bold 11.5";
    default: return "Sans Bold 10";
    }
}

static double
heading_space_before (int level)
{
  return level == 1 ? 16 : level == 2 ? 10 : 6;
}

static double
body_width (CaseloadLayout *layout)
{
  return layout->width - layout->margin_left - layout->margin_right;
}

static void
measure_block (CaseloadLayout *layout,
               Block          *block)
{
  double width = body_width (layout);

  block_clear_measure (block);
  switch (block->kind)
    {
    case BLOCK_HEADING:
      block->texts = g_new0 (Text *, 1);
      block->n_texts = 1;
      block->texts[0] = measure (layout, block->markup, heading_font (block->level), width, PANGO_ALIGN_LEFT);
      break;
    case BLOCK_PARAGRAPH:
      block->texts = g_new0 (Text *, 1);
      block->n_texts = 1;
      block->texts[0] = measure (layout, block->markup, BODY_FONT, width - block->indent, PANGO_ALIGN_LEFT);
      break;
    case BLOCK_SIGNATURE:
      block->texts = g_new0 (Text *, 1);
      block->n_texts = 1;
      block->texts[0] = measure (layout, block->markup, TABLE_FONT, width * 0.6, PANGO_ALIGN_LEFT);
      break;
    case BLOCK_GRID:
    case BLOCK_TABLE:
      {
        double total = 0, x = 0;

        block->col_x = g_new (double, block->n_columns);
        block->col_w = g_new (double, block->n_columns);
        for (guint c = 0; c < block->n_columns; c++)
          total += block->widths[c];
        for (guint c = 0; c < block->n_columns; c++)
          block->col_w[c] = width * block->widths[c] / total;
        if (block->kind == BLOCK_TABLE && block->has_header)
          widen_for_header_words (layout, block);
        for (guint c = 0; c < block->n_columns; c++)
          {
            block->col_x[c] = x;
            x += block->col_w[c];
          }
        block->n_texts = block->cells->len;
        block->texts = g_new0 (Text *, block->n_texts);
        for (guint i = 0; i < block->cells->len; i++)
          {
            guint c = i % block->n_columns;
            gboolean bold = (block->kind == BLOCK_TABLE && block->has_header && i < block->n_columns)
                            || (block->kind == BLOCK_GRID && c == 0);
            g_autofree char *markup = g_markup_escape_text (g_ptr_array_index (block->cells, i), -1);

            block->texts[i] = measure (layout, markup,
                                       block->kind == BLOCK_GRID ? (bold ? "Sans Bold 10" : BODY_FONT)
                                                                 : (bold ? "Sans Bold 9" : TABLE_FONT),
                                       block->col_w[c] - 2 * CELL_PAD, PANGO_ALIGN_LEFT);
          }
      }
      break;
    case BLOCK_CHART:
      block->width = MIN (block->width, width);
      break;
    case BLOCK_PAGE_BREAK:
    case BLOCK_SPACER:
      break;
    }
}

/* ---- paginating ---------------------------------------------------------------- */

typedef struct
{
  CaseloadLayout *layout;
  guint           page;
  double          y;
  double          top, bottom;
} Cursor;

static void
add_piece (CaseloadLayout         *layout,
           CaseloadLayoutItemKind  kind,
           guint                   block,
           guint                   page,
           double                  x,
           double                  y,
           double                  width,
           double                  height,
           Piece                  *extra)
{
  Piece piece = { 0 };

  if (extra != NULL)
    piece = *extra;
  piece.extent.kind = kind;
  piece.extent.block = block;
  piece.extent.page = page;
  piece.extent.x = x;
  piece.extent.y = y;
  piece.extent.width = width;
  piece.extent.height = height;
  g_array_append_val (layout->pieces, piece);
  g_array_append_val (layout->extents, piece.extent);
}

static void
new_page (Cursor *cursor)
{
  cursor->page++;
  cursor->y = cursor->top;
}

static gboolean
at_top (Cursor *cursor)
{
  return cursor->y <= cursor->top + 0.01;
}

static double
row_height (Block *block,
            guint  first_cell)
{
  double height = 0;

  for (guint c = 0; c < block->n_columns; c++)
    height = MAX (height, block->texts[first_cell + c]->height);
  return height + 2 * CELL_PAD;
}

static double
header_height (Block *block)
{
  return block->kind == BLOCK_TABLE && block->has_header ? row_height (block, 0) : 0;
}

static guint
n_rows (Block *block)
{
  guint cells = block->cells->len - (block->kind == BLOCK_TABLE && block->has_header ? block->n_columns : 0);

  return cells / block->n_columns;
}

static guint
row_first_cell (Block *block,
                guint  row)
{
  return (row + (block->kind == BLOCK_TABLE && block->has_header ? 1 : 0)) * block->n_columns;
}

static double first_piece_height (Block *block);

/* What must fit below the cursor for block @i to start here: itself (when
 * it is kept with the next, whole) and, through a chain of headings, the
 * first piece of the block the chain ends on. */
static double
keep_height (CaseloadLayout *layout,
             guint           i,
             gboolean        at_page_top)
{
  Block *block = g_ptr_array_index (layout->blocks, i);
  double own;

  if (!block->keep_with_next || (block->kind != BLOCK_HEADING && block->kind != BLOCK_PARAGRAPH))
    return first_piece_height (block);
  own = block->texts[0]->height + (block->kind == BLOCK_HEADING ? (block->level == 1 ? 8 : 4) : 6);
  if (block->kind == BLOCK_HEADING && !at_page_top)
    own += heading_space_before (block->level);
  if (i + 1 >= layout->blocks->len)
    return own;
  return own + keep_height (layout, i + 1, FALSE);
}

/* The height the next block needs on this page to keep a heading with it. */
static double
first_piece_height (Block *block)
{
  switch (block->kind)
    {
    case BLOCK_HEADING:
      return heading_space_before (block->level) + block->texts[0]->height + 4;
    case BLOCK_PARAGRAPH:
      return block->texts[0]->n_lines > 0 ? block->texts[0]->bottoms[MIN (block->texts[0]->n_lines, 2) - 1] : 0;
    case BLOCK_GRID:
    case BLOCK_TABLE:
      return header_height (block) + (n_rows (block) > 0 ? row_height (block, row_first_cell (block, 0)) : 0);
    case BLOCK_CHART:
      return block->height;
    case BLOCK_SIGNATURE:
      return 44;
    case BLOCK_PAGE_BREAK:
    case BLOCK_SPACER:
      return 0;
    }
  return 0;
}

static void
place_header_row (CaseloadLayout *layout,
                  Cursor         *cursor,
                  guint           index,
                  Block          *block)
{
  double height = header_height (block);

  if (height <= 0)
    return;
  add_piece (layout, CASELOAD_LAYOUT_ITEM_TABLE_HEADER, index, cursor->page,
             layout->margin_left, cursor->y, body_width (layout), height, NULL);
  cursor->y += height;
}

static void
place_rows (CaseloadLayout *layout,
            Cursor         *cursor,
            guint           index,
            Block          *block)
{
  CaseloadLayoutItemKind kind = block->kind == BLOCK_TABLE ? CASELOAD_LAYOUT_ITEM_TABLE_ROW
                                                           : CASELOAD_LAYOUT_ITEM_GRID;
  double head = header_height (block);
  guint rows = n_rows (block);

  if (rows == 0)
    {
      if (cursor->y + head > cursor->bottom && !at_top (cursor))
        new_page (cursor);
      place_header_row (layout, cursor, index, block);
      return;
    }
  if (cursor->y + first_piece_height (block) > cursor->bottom && !at_top (cursor))
    new_page (cursor);
  place_header_row (layout, cursor, index, block);

  for (guint row = 0; row < rows; row++)
    {
      guint first = row_first_cell (block, row);
      double height = row_height (block, first);

      if (cursor->y + height <= cursor->bottom)
        {
          Piece extra = { .row = row };

          add_piece (layout, kind, index, cursor->page, layout->margin_left, cursor->y,
                     body_width (layout), height, &extra);
          cursor->y += height;
          continue;
        }
      if (height <= cursor->bottom - cursor->top - head)
        {
          new_page (cursor);
          place_header_row (layout, cursor, index, block);
          row--;
          continue;
        }

      /* taller than a page: split between lines, cell by cell */
      {
        g_autofree guint *next = g_new0 (guint, block->n_columns);
        gboolean done = FALSE;

        while (!done)
          {
            Piece extra = { .row = row };
            double available = cursor->bottom - cursor->y - 2 * CELL_PAD;
            double used = 0;
            gboolean progress = FALSE;

            extra.cell_lines = g_new0 (guint, 2 * block->n_columns);
            done = TRUE;
            for (guint c = 0; c < block->n_columns; c++)
              {
                Text *text = block->texts[first + c];
                guint end = next[c];
                double origin = next[c] < text->n_lines ? text->tops[next[c]] : 0;

                while (end < text->n_lines && text->bottoms[end] - origin <= available)
                  end++;
                extra.cell_lines[2 * c] = next[c];
                extra.cell_lines[2 * c + 1] = end;
                if (end > next[c])
                  {
                    used = MAX (used, text->bottoms[end - 1] - origin);
                    progress = TRUE;
                  }
                next[c] = end;
                if (end < text->n_lines)
                  done = FALSE;
              }
            if (!progress && !at_top (cursor))
              {
                g_free (extra.cell_lines);
                new_page (cursor);
                place_header_row (layout, cursor, index, block);
                done = FALSE;
                continue;
              }
            if (!progress)
              {
                /* a single line taller than the page: nothing sensible
                 * to do but drop the rest of the row */
                g_free (extra.cell_lines);
                break;
              }
            add_piece (layout, kind, index, cursor->page, layout->margin_left, cursor->y,
                       body_width (layout), used + 2 * CELL_PAD, &extra);
            cursor->y += used + 2 * CELL_PAD;
            if (!done)
              {
                new_page (cursor);
                place_header_row (layout, cursor, index, block);
              }
          }
      }
    }
}

static void
paginate (CaseloadLayout *layout)
{
  Cursor cursor = { layout, 0, 0, 0, 0 };

  if (layout->paginated)
    return;

  clear_pieces (layout);
  for (guint i = 0; i < layout->blocks->len; i++)
    measure_block (layout, g_ptr_array_index (layout->blocks, i));

  cursor.top = layout->margin_top + HEADER_HEIGHT;
  cursor.bottom = layout->height - layout->margin_bottom - FOOTER_HEIGHT;
  cursor.y = cursor.top;

  for (guint i = 0; i < layout->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (layout->blocks, i);
      Block *next = i + 1 < layout->blocks->len ? g_ptr_array_index (layout->blocks, i + 1) : NULL;
      double x = layout->margin_left;

      switch (block->kind)
        {
        case BLOCK_PAGE_BREAK:
          if (!at_top (&cursor))
            new_page (&cursor);
          break;

        case BLOCK_SPACER:
          if (!at_top (&cursor))
            {
              cursor.y += block->height;
              if (cursor.y >= cursor.bottom)
                new_page (&cursor);
            }
          break;

        case BLOCK_HEADING:
        case BLOCK_PARAGRAPH:
          {
            Text *text = block->texts[0];
            double before = block->kind == BLOCK_HEADING ? heading_space_before (block->level) : 0;
            double after = block->kind == BLOCK_HEADING ? (block->level == 1 ? 8 : 4) : 6;
            guint line = 0;

            if (at_top (&cursor))
              before = 0;
            if (block->keep_with_next)
              {
                double needed = keep_height (layout, i, at_top (&cursor));

                /* a chain taller than a page cannot be kept together */
                if (needed > cursor.bottom - cursor.top)
                  needed = before + text->height + after + (next != NULL ? first_piece_height (next) : 0);
                if (cursor.y + needed > cursor.bottom && !at_top (&cursor))
                  {
                    new_page (&cursor);
                    before = 0;
                  }
              }
            cursor.y += before;
            while (line < text->n_lines)
              {
                double origin = text->tops[line];
                guint end = line;
                Piece extra = { 0 };

                while (end < text->n_lines && cursor.y + text->bottoms[end] - origin <= cursor.bottom)
                  end++;
                /* no single first line left at the bottom of a page */
                if (end == line + 1 && line == 0 && text->n_lines > 1 && !at_top (&cursor))
                  end = line;
                if (end == line)
                  {
                    if (at_top (&cursor))
                      end = line + 1;  /* a line taller than the page */
                    else
                      {
                        new_page (&cursor);
                        continue;
                      }
                  }
                extra.first_line = line;
                extra.end_line = end;
                add_piece (layout, block->kind == BLOCK_HEADING ? CASELOAD_LAYOUT_ITEM_HEADING
                                                                : CASELOAD_LAYOUT_ITEM_PARAGRAPH,
                           i, cursor.page, x + block->indent, cursor.y,
                           body_width (layout) - block->indent, text->bottoms[end - 1] - origin, &extra);
                cursor.y += text->bottoms[end - 1] - origin;
                line = end;
                if (line < text->n_lines)
                  new_page (&cursor);
              }
            cursor.y += after;
          }
          break;

        case BLOCK_GRID:
        case BLOCK_TABLE:
          place_rows (layout, &cursor, i, block);
          cursor.y += 8;
          break;

        case BLOCK_CHART:
          if (cursor.y + block->height > cursor.bottom && !at_top (&cursor))
            new_page (&cursor);
          add_piece (layout, CASELOAD_LAYOUT_ITEM_CHART, i, cursor.page, x, cursor.y,
                     block->width, MIN (block->height, cursor.bottom - cursor.y), NULL);
          cursor.y += block->height + 8;
          break;

        case BLOCK_SIGNATURE:
          {
            double height = 30 + block->texts[0]->height;

            if (cursor.y + height > cursor.bottom && !at_top (&cursor))
              new_page (&cursor);
            add_piece (layout, CASELOAD_LAYOUT_ITEM_SIGNATURE, i, cursor.page, x, cursor.y,
                       body_width (layout), height, NULL);
            cursor.y += height + 10;
          }
          break;
        }
      if (cursor.y > cursor.bottom + 0.01)
        new_page (&cursor);
    }

  /* a trailing empty page (after a final page break or spacer) is dropped */
  layout->n_pages = 1;
  for (guint i = 0; i < layout->pieces->len; i++)
    layout->n_pages = MAX (layout->n_pages, g_array_index (layout->pieces, Piece, i).extent.page + 1);

  for (guint page = 0; page < layout->n_pages; page++)
    {
      add_piece (layout, CASELOAD_LAYOUT_ITEM_PAGE_HEADER, G_MAXUINT, page,
                 layout->margin_left, layout->margin_top, body_width (layout), HEADER_HEIGHT - 8, NULL);
      add_piece (layout, CASELOAD_LAYOUT_ITEM_PAGE_FOOTER, G_MAXUINT, page,
                 layout->margin_left, layout->height - layout->margin_bottom - FOOTER_HEIGHT + 8,
                 body_width (layout), FOOTER_HEIGHT - 8, NULL);
    }
  layout->paginated = TRUE;
}

guint
caseload_layout_get_n_pages (CaseloadLayout *layout)
{
  paginate (layout);
  return layout->n_pages;
}

const GArray *
caseload_layout_get_extents (CaseloadLayout *layout)
{
  paginate (layout);
  return layout->extents;
}

/* ---- drawing ---------------------------------------------------------------- */

/* Lines [first, end) of @text with the top of line @first at (x, y). */
static void
show_lines (cairo_t *cr,
            Text    *text,
            guint    first,
            guint    end,
            double   x,
            double   y)
{
  PangoLayoutIter *iter;
  double origin;
  guint i = 0;

  if (first >= end || first >= text->n_lines)
    return;
  if (first == 0 && end >= text->n_lines)
    {
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, text->layout);
      return;
    }
  origin = text->tops[first];
  iter = pango_layout_get_iter (text->layout);
  do
    {
      if (i >= first && i < end)
        {
          PangoRectangle logical;
          double baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          cairo_move_to (cr, x + (double) logical.x / PANGO_SCALE, y + baseline - origin);
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        }
      i++;
    }
  while (i < end && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static void
draw_row (cairo_t *cr,
          Block   *block,
          Piece   *piece,
          guint    first_cell,
          gboolean is_header)
{
  const CaseloadLayoutExtent *e = &piece->extent;

  if (block->kind == BLOCK_TABLE)
    {
      if (is_header)
        {
          cairo_set_source_rgb (cr, 0.92, 0.92, 0.92);
          cairo_rectangle (cr, e->x, e->y, e->width, e->height);
          cairo_fill (cr);
        }
      cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
      cairo_set_line_width (cr, 0.5);
      cairo_rectangle (cr, e->x + 0.25, e->y + 0.25, e->width - 0.5, e->height - 0.5);
      for (guint c = 1; c < block->n_columns; c++)
        {
          cairo_move_to (cr, e->x + block->col_x[c], e->y);
          cairo_line_to (cr, e->x + block->col_x[c], e->y + e->height);
        }
      cairo_stroke (cr);
    }
  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint c = 0; c < block->n_columns; c++)
    {
      Text *text = block->texts[first_cell + c];
      guint first = piece->cell_lines != NULL ? piece->cell_lines[2 * c] : 0;
      guint end = piece->cell_lines != NULL ? piece->cell_lines[2 * c + 1] : text->n_lines;

      show_lines (cr, text, first, end, e->x + block->col_x[c] + CELL_PAD, e->y + CELL_PAD);
    }
}

static void
draw_watermark (CaseloadLayout *layout,
                cairo_t        *cr)
{
  PangoLayout *text = pango_layout_new (get_context (layout));
  PangoFontDescription *description = pango_font_description_from_string ("Sans Bold 96");
  double box_w = body_width (layout);
  double box_h = layout->height - layout->margin_top - layout->margin_bottom;
  double angle = atan2 (box_h, box_w);
  PangoRectangle logical;
  double scale;

  pango_layout_set_font_description (text, description);
  pango_font_description_free (description);
  pango_layout_set_text (text, layout->watermark, -1);
  pango_layout_get_extents (text, NULL, &logical);
  /* fit the rotated text's box inside the margins */
  scale = MIN (box_w / ((double) logical.width / PANGO_SCALE * cos (angle) + (double) logical.height / PANGO_SCALE * sin (angle)),
               box_h / ((double) logical.width / PANGO_SCALE * sin (angle) + (double) logical.height / PANGO_SCALE * cos (angle)));
  scale = MIN (scale * 0.8, 1.5);

  cairo_save (cr);
  cairo_translate (cr, layout->margin_left + box_w / 2, layout->margin_top + box_h / 2);
  cairo_rotate (cr, -angle);
  cairo_scale (cr, scale, scale);
  cairo_set_source_rgb (cr, 0.78, 0.78, 0.78);
  cairo_move_to (cr, -(double) logical.width / PANGO_SCALE / 2, -(double) logical.height / PANGO_SCALE / 2);
  pango_cairo_show_layout (cr, text);
  cairo_restore (cr);
  g_object_unref (text);
}

static void
draw_small (CaseloadLayout *layout,
            cairo_t        *cr,
            const char     *string,
            const char     *font,
            double          x,
            double          y,
            double          width,
            PangoAlignment  alignment)
{
  g_autofree char *markup = g_markup_escape_text (string != NULL ? string : "", -1);
  Text *text = measure (layout, markup, font, width, alignment);

  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, text->layout);
  text_free (text);
}

enum
{
  RUNNING_TITLE,
  RUNNING_DETAILS,
  RUNNING_STATUS,
  RUNNING_PRINTED,
};

/* draw_small() for the header's and footer's fixed texts: measured on
 * the first page, reused on the others. */
static void
draw_running (CaseloadLayout *layout,
              cairo_t        *cr,
              guint           slot,
              const char     *string,
              const char     *font,
              double          x,
              double          y,
              double          width,
              PangoAlignment  alignment)
{
  if (layout->running[slot].text == NULL || layout->running[slot].width != width)
    {
      g_autofree char *markup = g_markup_escape_text (string != NULL ? string : "", -1);

      text_free (layout->running[slot].text);
      layout->running[slot].text = measure (layout, markup, font, width, alignment);
      layout->running[slot].width = width;
    }
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout->running[slot].text->layout);
}

static void
draw_page_header (CaseloadLayout             *layout,
                  cairo_t                    *cr,
                  const CaseloadLayoutExtent *e)
{
  double half = e->width / 2;

  cairo_set_source_rgb (cr, 0, 0, 0);
  draw_running (layout, cr, RUNNING_TITLE, layout->header_title, "Sans Bold 9",
                e->x, e->y, half * 0.7, PANGO_ALIGN_LEFT);
  draw_running (layout, cr, RUNNING_DETAILS, layout->header_details, SMALL_FONT,
                e->x + half * 0.7, e->y + 1, half * 1.3, PANGO_ALIGN_RIGHT);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, e->x, e->y + e->height);
  cairo_line_to (cr, e->x + e->width, e->y + e->height);
  cairo_stroke (cr);
}

static void
draw_page_footer (CaseloadLayout             *layout,
                  cairo_t                    *cr,
                  const CaseloadLayoutExtent *e)
{
  double third = e->width / 3;
  g_autofree char *page = g_strdup_printf (T (N_("Page %u of %u")), e->page + 1, layout->n_pages);

  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, e->x, e->y);
  cairo_line_to (cr, e->x + e->width, e->y);
  cairo_stroke (cr);
  draw_running (layout, cr, RUNNING_STATUS, layout->footer_status, SMALL_FONT,
                e->x, e->y + 4, third, PANGO_ALIGN_LEFT);
  draw_small (layout, cr, page, SMALL_FONT, e->x + third, e->y + 4, third, PANGO_ALIGN_CENTER);
  draw_running (layout, cr, RUNNING_PRINTED, layout->footer_printed, SMALL_FONT,
                e->x + 2 * third, e->y + 4, third, PANGO_ALIGN_RIGHT);
}

void
caseload_layout_draw_page (CaseloadLayout *layout,
                           cairo_t        *cr,
                           guint           page_nr)
{
  CaseloadChartStyle style;

  g_return_if_fail (layout != NULL);
  g_return_if_fail (cr != NULL);

  paginate (layout);
  caseload_chart_style_init_print (&style);
  style.language = layout->lang;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, 0, 0, layout->width, layout->height);
  cairo_fill (cr);
  if (layout->watermark != NULL)
    draw_watermark (layout, cr);

  for (guint i = 0; i < layout->pieces->len; i++)
    {
      Piece *piece = &g_array_index (layout->pieces, Piece, i);
      const CaseloadLayoutExtent *e = &piece->extent;
      Block *block = e->block != G_MAXUINT ? g_ptr_array_index (layout->blocks, e->block) : NULL;

      if (e->page != page_nr)
        continue;
      cairo_set_source_rgb (cr, 0, 0, 0);
      switch (e->kind)
        {
        case CASELOAD_LAYOUT_ITEM_HEADING:
          show_lines (cr, block->texts[0], piece->first_line, piece->end_line, e->x, e->y);
          if (block->level == 1)
            {
              cairo_set_line_width (cr, 1);
              cairo_move_to (cr, e->x, e->y + e->height + 2);
              cairo_line_to (cr, e->x + e->width, e->y + e->height + 2);
              cairo_stroke (cr);
            }
          break;
        case CASELOAD_LAYOUT_ITEM_PARAGRAPH:
          show_lines (cr, block->texts[0], piece->first_line, piece->end_line, e->x, e->y);
          break;
        case CASELOAD_LAYOUT_ITEM_GRID:
        case CASELOAD_LAYOUT_ITEM_TABLE_ROW:
          draw_row (cr, block, piece, row_first_cell (block, piece->row), FALSE);
          break;
        case CASELOAD_LAYOUT_ITEM_TABLE_HEADER:
          draw_row (cr, block, piece, 0, TRUE);
          break;
        case CASELOAD_LAYOUT_ITEM_CHART:
          cairo_save (cr);
          cairo_translate (cr, e->x, e->y);
          {
            /* The chart lays its text out for the cairo_t it draws on:
             * unhinted metrics, like the rest of the page, so that it
             * comes out the same on paper, in a PDF, in a recording (the
             * batch) and in the preview. */
            cairo_font_options_t *options = cairo_font_options_create ();

            cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
            cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
            cairo_set_font_options (cr, options);
            cairo_font_options_destroy (options);
          }
          caseload_chart_draw (cr, block->chart, &style, e->width, e->height, NULL);
          cairo_restore (cr);
          break;
        case CASELOAD_LAYOUT_ITEM_SIGNATURE:
          {
            double line_y = e->y + 22;
            double date_x = e->x + e->width * 0.68;

            cairo_set_line_width (cr, 0.75);
            cairo_move_to (cr, e->x, line_y);
            cairo_line_to (cr, e->x + e->width * 0.6, line_y);
            cairo_move_to (cr, date_x, line_y);
            cairo_line_to (cr, e->x + e->width, line_y);
            cairo_stroke (cr);
            show_lines (cr, block->texts[0], 0, block->texts[0]->n_lines, e->x, line_y + 4);
            draw_small (layout, cr, T (N_("Date")), TABLE_FONT, date_x, line_y + 4,
                        e->x + e->width - date_x, PANGO_ALIGN_LEFT);
          }
          break;
        case CASELOAD_LAYOUT_ITEM_PAGE_HEADER:
          draw_page_header (layout, cr, e);
          break;
        case CASELOAD_LAYOUT_ITEM_PAGE_FOOTER:
          draw_page_footer (layout, cr, e);
          break;
        case CASELOAD_LAYOUT_ITEM_SPACER:
          break;
        }
    }
  cairo_restore (cr);
}

/* ---- output ---------------------------------------------------------------- */

void
caseload_layout_render_pdf (CaseloadLayout  *layout,
                            cairo_surface_t *surface,
                            guint            first_page_number,
                            int              outline_parent)
{
  g_autoptr(cairo_t) cr = NULL;

  paginate (layout);
  cr = cairo_create (surface);
  for (guint page = 0; page < layout->n_pages; page++)
    {
      cairo_pdf_surface_set_size (surface, layout->width, layout->height);
      caseload_layout_draw_page (layout, cr, page);
      cairo_show_page (cr);
    }
  caseload_layout_add_pdf_outline (layout, surface, first_page_number, outline_parent);
}

static void
bookmark_clear (gpointer data)
{
  CaseloadLayoutBookmark *bookmark = data;

  g_free (bookmark->title);
}

GArray *
caseload_layout_get_bookmarks (CaseloadLayout *layout)
{
  GArray *bookmarks = g_array_new (FALSE, FALSE, sizeof (CaseloadLayoutBookmark));

  g_array_set_clear_func (bookmarks, bookmark_clear);
  paginate (layout);

  for (guint i = 0; i < layout->pieces->len; i++)
    {
      Piece *piece = &g_array_index (layout->pieces, Piece, i);
      CaseloadLayoutBookmark bookmark;
      Block *block;

      if (piece->extent.kind != CASELOAD_LAYOUT_ITEM_HEADING || piece->first_line != 0)
        continue;
      block = g_ptr_array_index (layout->blocks, piece->extent.block);
      if (block->level > 2)
        continue;
      bookmark.level = block->level;
      bookmark.title = g_strdup (pango_layout_get_text (block->texts[0]->layout));
      bookmark.page = piece->extent.page;
      bookmark.x = piece->extent.x;
      bookmark.y = piece->extent.y;
      g_array_append_val (bookmarks, bookmark);
    }
  return bookmarks;
}

void
caseload_layout_add_pdf_outline (CaseloadLayout  *layout,
                                 cairo_surface_t *surface,
                                 guint            first_page_number,
                                 int              outline_parent)
{
  g_autoptr(GArray) bookmarks = caseload_layout_get_bookmarks (layout);
  int section = outline_parent;

  for (guint i = 0; i < bookmarks->len; i++)
    {
      CaseloadLayoutBookmark *bookmark = &g_array_index (bookmarks, CaseloadLayoutBookmark, i);
      g_autofree char *link = g_strdup_printf ("page=%u pos=[%d %d]", first_page_number + bookmark->page,
                                               (int) bookmark->x, (int) bookmark->y);

      if (bookmark->level == 1)
        section = cairo_pdf_surface_add_outline (surface, outline_parent, bookmark->title, link, 0);
      else
        cairo_pdf_surface_add_outline (surface, section, bookmark->title, link, 0);
    }
}

static cairo_status_t
write_to_file (void                *closure,
               const unsigned char *data,
               unsigned int         length)
{
  return fwrite (data, 1, length, closure) == length ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

gboolean
caseload_layout_write_pdf (CaseloadLayout *layout,
                           const char     *path,
                           GError        **error)
{
  g_autoptr(cairo_surface_t) surface = NULL;
  FILE *file;
  cairo_status_t status;

  g_return_val_if_fail (layout != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  file = g_fopen (path, "wb");
  if (file == NULL)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Could not write \u201c%s\u201d: %s"), path, g_strerror (saved));
      return FALSE;
    }
  surface = cairo_pdf_surface_create_for_stream (write_to_file, file, layout->width, layout->height);
  if (layout->title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, layout->title);
  if (layout->author != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, layout->author);
  if (layout->subject != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, layout->subject);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Caseload");
  caseload_layout_render_pdf (layout, surface, 1, CAIRO_PDF_OUTLINE_ROOT);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  if (fclose (file) != 0 && status == CAIRO_STATUS_SUCCESS)
    status = CAIRO_STATUS_WRITE_ERROR;
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_FAILED,
                   _("Could not write \u201c%s\u201d: %s"), path, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

gboolean
caseload_layout_write_png (CaseloadLayout *layout,
                           const char     *path_prefix,
                           double          dpi,
                           GError        **error)
{
  double scale = (dpi > 0 ? dpi : 96) / 72.0;
  guint n_pages = caseload_layout_get_n_pages (layout);

  for (guint page = 0; page < n_pages; page++)
    {
      g_autoptr(cairo_surface_t) surface =
        cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) ceil (layout->width * scale),
                                    (int) ceil (layout->height * scale));
      g_autoptr(cairo_t) cr = cairo_create (surface);
      g_autofree char *path = g_strdup_printf ("%s-%u.png", path_prefix, page + 1);
      cairo_status_t status;

      cairo_scale (cr, scale, scale);
      caseload_layout_draw_page (layout, cr, page);
      status = cairo_surface_write_to_png (surface, path);
      if (status != CAIRO_STATUS_SUCCESS)
        {
          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_FAILED,
                       _("Could not write \u201c%s\u201d: %s"), path, cairo_status_to_string (status));
          return FALSE;
        }
    }
  return TRUE;
}
