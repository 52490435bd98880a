/* caseload-export-dialog.h: export the database or one student. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CASELOAD_TYPE_EXPORT_DIALOG (caseload_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadExportDialog, caseload_export_dialog, CASELOAD, EXPORT_DIALOG, AdwWindow)

/* @student_id 0: only the whole database is offered; else also that
 * student (@student_name). Emits "exported" (const char *path), then
 * closes. */
CaseloadExportDialog *caseload_export_dialog_new   (GtkWindow  *parent,
                                                    const char *database_path,
                                                    gint64      student_id,
                                                    const char *student_name);
/* Exports to @path with the options chosen (as the file chooser does). */
void                  caseload_export_dialog_export_to (CaseloadExportDialog *self,
                                                        const char           *path);

G_END_DECLS
