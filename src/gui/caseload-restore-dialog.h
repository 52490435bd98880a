/* caseload-restore-dialog.h: choose a backup (from the backup folder or
 * anywhere) and restore it into the database, after checking it and
 * asking. Also offered when the database at startup is damaged. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CASELOAD_TYPE_RESTORE_DIALOG (caseload_restore_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadRestoreDialog, caseload_restore_dialog, CASELOAD, RESTORE_DIALOG, AdwWindow)

/* @database_path: the database to replace. @damaged: it cannot be read,
 * so instead of backing it up it is renamed aside, byte for byte.
 * @backup_dir: NULL = the default folder. Emits "restored" (const char
 * *safety_backup or NULL, const char *kept_damaged_file or NULL) after a
 * restore, then closes. */
CaseloadRestoreDialog *caseload_restore_dialog_new           (GtkWindow  *parent,
                                                              const char *database_path,
                                                              gboolean    damaged,
                                                              const char *backup_dir);
/* The backups listed (file paths, newest first). */
GPtrArray             *caseload_restore_dialog_list_backups  (CaseloadRestoreDialog *self);
/* Checks @path, then asks (the AdwMessageDialog of
 * caseload_restore_dialog_get_confirmation()). */
void                   caseload_restore_dialog_choose        (CaseloadRestoreDialog *self,
                                                              const char            *path);
GtkWidget             *caseload_restore_dialog_get_confirmation (CaseloadRestoreDialog *self);

G_END_DECLS
