/* caseload-layout.h: printed documents as a list of blocks, paginated with
 * Pango (at 72 dpi, STYLE.md) and drawn with Cairo.
 *
 * A CaseloadLayout holds blocks (headings with an outline level,
 * paragraphs of Pango markup, label/value grids, tables with a header row,
 * progress charts, signature lines, page breaks, spacers) and places them
 * on pages of any size inside the margins: tables break across pages with
 * their header row repeated and never split a row mid-line (a row taller
 * than a page splits between lines), a heading is kept with the block
 * after it, a chart is never cut. Every page gets a header (the student's
 * name, birth date and the IEP's dates), a footer ("Page N of M", the
 * document status, the print date) and, on drafts, a diagonal watermark.
 *
 * The same pages go to a PDF file (with metadata and an outline of the
 * sections), to PNG images, or page by page to any cairo_t (a
 * GtkPrintOperation's draw-page). Printed strings are translated into the
 * document's language with caseload_doc_gettext(), independently of the
 * interface's language.
 */
#pragma once

#include <cairo.h>
#include <glib.h>
#include <pango/pango.h>

#include "caseload-chart.h"
#include "caseload-progress.h"

G_BEGIN_DECLS

/* ---- the document's language ------------------------------------------- */

/* @msgid translated into @lang ("en", "es"; NULL or "en" = the source
 * text), looked up in the compiled catalog LOCALEDIR/<lang>/LC_MESSAGES/
 * GETTEXT_PACKAGE.mo (the directory can be overridden with the
 * CASELOAD_LOCALEDIR environment variable, for tests run from the build
 * tree). Independent of the process locale and of the interface language;
 * thread-safe. Returns @msgid when there is no translation. */
const char *caseload_doc_gettext        (const char *lang,
                                         const char *msgid);
/* Whether a catalog for @lang exists ("en" always does). */
gboolean    caseload_doc_has_language   (const char *lang);
/* An ISO date as the document's language writes it ("March 4, 2026",
 * "4 de marzo de 2026"), with month names from our own table (so a
 * C.UTF-8-only machine prints them right). Invalid or empty: "". */
char       *caseload_doc_format_date    (const char *lang,
                                         const char *iso_date);
/* A number with at most @decimals decimals, trailing zeros dropped, the
 * language's decimal mark ("37.5", "37,5"). */
char       *caseload_doc_format_number  (const char *lang,
                                         double      value,
                                         int         decimals);

/* ---- the layout --------------------------------------------------------- */

typedef struct _CaseloadLayout      CaseloadLayout;
typedef struct _CaseloadLayoutTable CaseloadLayoutTable;

#define CASELOAD_LAYOUT_LETTER_WIDTH  612.0
#define CASELOAD_LAYOUT_LETTER_HEIGHT 792.0
#define CASELOAD_LAYOUT_A4_WIDTH      595.0
#define CASELOAD_LAYOUT_A4_HEIGHT     842.0

typedef enum
{
  CASELOAD_LAYOUT_ITEM_HEADING,
  CASELOAD_LAYOUT_ITEM_PARAGRAPH,
  CASELOAD_LAYOUT_ITEM_GRID,
  CASELOAD_LAYOUT_ITEM_TABLE_HEADER,
  CASELOAD_LAYOUT_ITEM_TABLE_ROW,
  CASELOAD_LAYOUT_ITEM_CHART,
  CASELOAD_LAYOUT_ITEM_SIGNATURE,
  CASELOAD_LAYOUT_ITEM_SPACER,
  CASELOAD_LAYOUT_ITEM_PAGE_HEADER,
  CASELOAD_LAYOUT_ITEM_PAGE_FOOTER,
} CaseloadLayoutItemKind;

/* Where one piece of a block was placed (a block split across pages has
 * one extent per piece), in points from the page's top left. */
typedef struct
{
  CaseloadLayoutItemKind kind;
  guint                  block;   /* index of the block (G_MAXUINT for
                                   * page headers and footers) */
  guint                  page;    /* 0-based */
  double                 x, y, width, height;
} CaseloadLayoutExtent;

/* A new document of @width × @height points (0, 0: US Letter) with 54 pt
 * margins, in @lang (NULL = English). */
CaseloadLayout *caseload_layout_new            (double      width,
                                                double      height,
                                                const char *lang);
void            caseload_layout_free           (CaseloadLayout *layout);

const char     *caseload_layout_get_language   (CaseloadLayout *layout);
void            caseload_layout_get_page_size  (CaseloadLayout *layout,
                                                double         *width,
                                                double         *height);
void            caseload_layout_set_margins    (CaseloadLayout *layout,
                                                double          top,
                                                double          right,
                                                double          bottom,
                                                double          left);
void            caseload_layout_get_margins    (CaseloadLayout *layout,
                                                double         *top,
                                                double         *right,
                                                double         *bottom,
                                                double         *left);
/* PDF metadata. */
void            caseload_layout_set_metadata   (CaseloadLayout *layout,
                                                const char     *title,
                                                const char     *author,
                                                const char     *subject);
/* The running header: @title on the left (the student's name), @details
 * on the right (birth date and IEP dates); plain text. */
void            caseload_layout_set_page_header (CaseloadLayout *layout,
                                                const char     *title,
                                                const char     *details);
/* The running header's title (the student's name), or NULL. */
const char     *caseload_layout_get_page_header_title (CaseloadLayout *layout);
/* The footer's status and print date (plain text, already translated);
 * "Page N of M" is added in the document's language. */
void            caseload_layout_set_page_footer (CaseloadLayout *layout,
                                                const char     *status,
                                                const char     *printed);
/* A translated watermark across every page ("DRAFT"); NULL = none. */
void            caseload_layout_set_watermark  (CaseloadLayout *layout,
                                                const char     *text);
const char     *caseload_layout_get_watermark  (CaseloadLayout *layout);

/* ---- blocks ---------------------------------------------------------------- */

/* A heading: level 1 is a section (a top-level PDF bookmark), 2 a
 * subsection (nested bookmark), 3 a minor heading (no bookmark). Plain
 * text. Kept on the page of the block after it. */
void            caseload_layout_add_heading    (CaseloadLayout *layout,
                                                int             level,
                                                const char     *text);
/* A paragraph of plain text (escaped here). */
void            caseload_layout_add_text       (CaseloadLayout *layout,
                                                const char     *text);
/* A paragraph of Pango markup (<b>, <i>, <small>…); the caller escapes
 * what it inserts with g_markup_escape_text(). @indent in points;
 * @keep_with_next like a heading. */
void            caseload_layout_add_markup     (CaseloadLayout *layout,
                                                const char     *markup,
                                                double          indent,
                                                gboolean        keep_with_next);
/* Label/value pairs in two columns: @pairs is label, value, label,
 * value…, NULL (plain text). Breaks between pairs. */
void            caseload_layout_add_grid       (CaseloadLayout     *layout,
                                                const char * const *pairs);
/* A table of @n_columns with relative column @widths (NULL = equal) and
 * a header row (plain text); add rows with caseload_layout_table_add_row. */
CaseloadLayoutTable *caseload_layout_add_table (CaseloadLayout     *layout,
                                                guint               n_columns,
                                                const double       *widths,
                                                const char * const *headers);
/* A row of @n_columns cells of plain text. */
void            caseload_layout_table_add_row  (CaseloadLayoutTable *table,
                                                const char * const  *cells);
/* A progress chart @width × @height points (never cut across pages);
 * takes @data. */
void            caseload_layout_add_chart      (CaseloadLayout       *layout,
                                                CaseloadProgressData *data,
                                                double                width,
                                                double                height);
/* A signature line with @label under it (name and role) and a date line. */
void            caseload_layout_add_signature  (CaseloadLayout *layout,
                                                const char     *label);
void            caseload_layout_add_page_break (CaseloadLayout *layout);
void            caseload_layout_add_spacer     (CaseloadLayout *layout,
                                                double          height);
guint           caseload_layout_get_n_blocks   (CaseloadLayout *layout);

/* ---- pages ------------------------------------------------------------------ */

/* Paginates (once, on first use after a change) and returns the number of
 * pages (at least 1). */
guint           caseload_layout_get_n_pages    (CaseloadLayout *layout);
/* Draws page @page_nr (0-based) into @cr's current user space, in points
 * from the page's top left (scale @cr for other units). White background,
 * black text. */
void            caseload_layout_draw_page      (CaseloadLayout *layout,
                                                cairo_t        *cr,
                                                guint           page_nr);
/* Every placed piece (CaseloadLayoutExtent), page by page. */
const GArray   *caseload_layout_get_extents    (CaseloadLayout *layout);

/* Appends every page to @surface (a PDF surface; its size is set per page)
 * and adds the sections to its outline, numbering pages from
 * @first_page_number (1-based, the PDF's page count so far). With
 * @outline_parent (CAIRO_PDF_OUTLINE_ROOT or an id), headings go below it. */
void            caseload_layout_render_pdf     (CaseloadLayout  *layout,
                                                cairo_surface_t *surface,
                                                guint            first_page_number,
                                                int              outline_parent);
/* This thread's Pango context for paper: 72 dpi, unhinted metrics,
 * glyphs where the font puts them. Owned by the thread. */
PangoContext   *caseload_layout_get_paper_context (void);

/* A section heading of level 1 or 2, where it sits: what the PDF outline
 * lists. */
typedef struct
{
  int     level;
  char   *title;
  guint   page;   /* 0-based */
  double  x, y;   /* points from the page's top left */
} CaseloadLayoutBookmark;

/* The bookmarks in page order, as an array of CaseloadLayoutBookmark that
 * owns its titles (it outlives the layout). */
GArray         *caseload_layout_get_bookmarks  (CaseloadLayout *layout);
/* Only the outline part of caseload_layout_render_pdf(), for pages drawn
 * by other means. */
void            caseload_layout_add_pdf_outline (CaseloadLayout  *layout,
                                                cairo_surface_t *surface,
                                                guint            first_page_number,
                                                int              outline_parent);
/* A PDF file with the metadata and the outline. */
gboolean        caseload_layout_write_pdf      (CaseloadLayout *layout,
                                                const char     *path,
                                                GError        **error);
/* One PNG per page, @path_prefix-N.png (N from 1), at @dpi. */
gboolean        caseload_layout_write_png      (CaseloadLayout *layout,
                                                const char     *path_prefix,
                                                double          dpi,
                                                GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CaseloadLayout, caseload_layout_free)

G_END_DECLS
