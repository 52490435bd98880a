/* caseload-print.h: printing from the window.
 *
 * Installs the shared window actions (brief: contracts between helpers):
 *   win.print-iep (x student id: the student's current IEP),
 *   win.print-progress ((xi) student id, reporting period from 1),
 *   win.print-glance (x student id), win.print-notice (x meeting id),
 *   win.print-batch (the batch progress-report dialog);
 * and the ones our own menus use:
 *   win.save-iep-pdf (x), win.save-progress-pdf ((xi)),
 *   win.save-glance-pdf (x), win.save-notice-pdf (x): Save as PDF…;
 *   win.choose-progress-period ((xb) student id, TRUE = save as PDF):
 *   asks for the reporting period first;
 *   win.print-language (s, stateful): "" = each student's home language
 *   when a translation exists, else "en"/"es";
 *   win.open-print-uri (s): opens a saved file or folder.
 *
 * Every document goes through a GtkPrintOperation with the print dialog;
 * its pages are drawn by the core renderer (caseload_layout_draw_page),
 * and its preview is our own window (CaseloadPrintPreview). */
#pragma once

#include <adwaita.h>

#include "caseload-layout.h"
#include "caseload-window.h"

G_BEGIN_DECLS

void                    caseload_print_install_actions (CaseloadWindow  *window,
                                                        AdwToastOverlay *toast_overlay);

/* Runs a print operation for @layout (taken) on @parent: PRINT_DIALOG,
 * PREVIEW (our preview window) or EXPORT to the PDF file @export_path.
 * The operation runs asynchronously except EXPORT. */
GtkPrintOperationResult caseload_print_layout          (GtkWindow               *parent,
                                                        CaseloadLayout          *layout,
                                                        const char              *title,
                                                        GtkPrintOperationAction  action,
                                                        const char              *export_path,
                                                        GError                 **error);

/* The file name a document is saved under: "@kind – J. Doe – 2026-11-27.pdf"
 * (@date NULL = today). */
char                   *caseload_print_suggest_file_name (const char      *kind,
                                                          CaseloadStudent *student,
                                                          const GDate     *date);

G_END_DECLS
