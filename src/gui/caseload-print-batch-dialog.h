/* caseload-print-batch-dialog.h: the progress reports of one reporting
 * period for many students at once, into one PDF or one file per
 * student, in a worker thread with its own database connection, with
 * progress and a Cancel that stops the work and removes what it wrote. */
#pragma once

#include <adwaita.h>

#include "caseload-store.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_PRINT_BATCH_DIALOG (caseload_print_batch_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadPrintBatchDialog, caseload_print_batch_dialog, CASELOAD, PRINT_BATCH_DIALOG, AdwWindow)

typedef enum
{
  CASELOAD_PRINT_BATCH_MY_CASELOAD,
  CASELOAD_PRINT_BATCH_SCHOOL,
  CASELOAD_PRINT_BATCH_EVERYONE,
} CaseloadPrintBatchScope;

/* "finished" (message, button label, uri) is emitted when the files are
 * written, for the window's toast; the dialog then closes. */
CaseloadPrintBatchDialog *caseload_print_batch_dialog_new        (GtkWindow     *parent,
                                                                  CaseloadStore *store);
/* Starts writing to @target (the PDF file, or the folder with one file
 * per student), as after the file chooser. FALSE (with the reason shown
 * in the dialog) when the choices are not complete. */
gboolean                  caseload_print_batch_dialog_start      (CaseloadPrintBatchDialog *self,
                                                                  const char               *target);
gboolean                  caseload_print_batch_dialog_is_running (CaseloadPrintBatchDialog *self);
/* The fraction done while running (0..1). */
double                    caseload_print_batch_dialog_get_fraction (CaseloadPrintBatchDialog *self);

G_END_DECLS
