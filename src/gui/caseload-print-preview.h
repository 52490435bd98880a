/* caseload-print-preview.h: our own print preview window (no external
 * previewer may be installed): the pages of a CaseloadLayout drawn by the
 * core renderer, page navigation, fit-to-window zoom, Print and Close. */
#pragma once

#include <adwaita.h>

#include "caseload-layout.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_PRINT_PREVIEW (caseload_print_preview_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadPrintPreview, caseload_print_preview, CASELOAD, PRINT_PREVIEW, AdwWindow)

/* A preview of @layout (borrowed: @owner, released with @owner_free when
 * the window goes away, keeps it alive). "print" is emitted when the
 * person asks to print from the preview. */
CaseloadPrintPreview *caseload_print_preview_new        (GtkWindow      *parent,
                                                         const char     *title,
                                                         CaseloadLayout *layout,
                                                         gpointer        owner,
                                                         GDestroyNotify  owner_free);
guint                 caseload_print_preview_get_n_pages (CaseloadPrintPreview *self);
/* The page shown, 0-based. */
guint                 caseload_print_preview_get_page    (CaseloadPrintPreview *self);
void                  caseload_print_preview_set_page    (CaseloadPrintPreview *self,
                                                         guint                 page);

G_END_DECLS
