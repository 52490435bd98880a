/* caseload-pdf-join.h: joins PDF files written by cairo into one PDF,
 * streaming, at the object level.
 *
 * The progress-report batch draws its reports in several threads, each
 * into its own cairo PDF surface, and joins the parts here in order: a
 * part's objects are copied with their numbers shifted (stream data is
 * copied as it is), its pages are hung under one page tree, and the
 * joined document gets its own outline, metadata and cross-reference
 * table. Only what is needed for the next object's numbering is kept in
 * memory, so memory stays flat however many parts are joined.
 *
 * It reads what cairo writes: a classic cross-reference table, one page
 * tree node, no object streams, no encryption. Anything else is refused
 * with an error naming the part.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _CaseloadPdfJoin CaseloadPdfJoin;

#define CASELOAD_PDF_JOIN_OUTLINE_ROOT 0

/* Writes the joined document to @output (not closed by the joiner). */
CaseloadPdfJoin *caseload_pdf_join_new          (GOutputStream    *output);
void             caseload_pdf_join_free         (CaseloadPdfJoin  *join);

/* Appends every page of @part, a complete PDF file, named @part_name in
 * error messages. Nothing is written when the part cannot be read. */
gboolean         caseload_pdf_join_append       (CaseloadPdfJoin  *join,
                                                 GBytes           *part,
                                                 const char       *part_name,
                                                 GCancellable     *cancellable,
                                                 GError          **error);
/* Pages appended so far. */
guint            caseload_pdf_join_get_n_pages  (CaseloadPdfJoin  *join);

/* Adds a bookmark to page @page (0-based, already appended) at (@x, @y)
 * in points from the page's top left, below @parent
 * (CASELOAD_PDF_JOIN_OUTLINE_ROOT or an id this returned). Returns its
 * id. Bookmarks show closed. */
int              caseload_pdf_join_add_outline  (CaseloadPdfJoin  *join,
                                                 int               parent,
                                                 const char       *title,
                                                 guint             page,
                                                 double            x,
                                                 double            y);
/* The document information: @key is "Title", "Author", "Subject",
 * "Keywords" or "Creator". */
void             caseload_pdf_join_set_metadata (CaseloadPdfJoin  *join,
                                                 const char       *key,
                                                 const char       *value);

/* Writes the page tree, the outline, the metadata and the
 * cross-reference table. FALSE on a write error, or when nothing was
 * appended. */
gboolean         caseload_pdf_join_finish       (CaseloadPdfJoin  *join,
                                                 GCancellable     *cancellable,
                                                 GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CaseloadPdfJoin, caseload_pdf_join_free)

G_END_DECLS
