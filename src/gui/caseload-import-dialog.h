/* caseload-import-dialog.h: import a file or folder (Caseload XML, Ed-Fi,
 * OneRoster) after a preview of what it would change. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CASELOAD_TYPE_IMPORT_DIALOG (caseload_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadImportDialog, caseload_import_dialog, CASELOAD, IMPORT_DIALOG, AdwWindow)

/* Imports into the database at @database_path, on connections of its own
 * (worker threads), as @actor_id. Emits "imported" (const char *summary)
 * after the import was applied, then closes. */
CaseloadImportDialog *caseload_import_dialog_new     (GtkWindow  *parent,
                                                      const char *database_path,
                                                      gint64      actor_id);
/* Runs the dry run of @path and shows the preview (as choosing it does). */
void                  caseload_import_dialog_preview (CaseloadImportDialog *self,
                                                      const char           *path);
/* "start", "working", "preview": for tests. */
const char           *caseload_import_dialog_get_state (CaseloadImportDialog *self);

G_END_DECLS
