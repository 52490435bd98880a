/* caseload-bulk-entry-dialog.h: one date, one value per student-goal, one
 * "Save All" (caseload_store_add_data_points_bulk: every row or none). */
#pragma once

#include <adwaita.h>

#include "caseload-store.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_BULK_ENTRY_DIALOG (caseload_bulk_entry_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadBulkEntryDialog, caseload_bulk_entry_dialog, CASELOAD, BULK_ENTRY_DIALOG, AdwWindow)

/* @goals: CaseloadGoalSummary items, one row each, in that order.
 * Signal "saved" (guint number of points saved), emitted before the
 * dialog closes. */
CaseloadBulkEntryDialog *caseload_bulk_entry_dialog_new       (GtkWindow     *parent,
                                                               CaseloadStore *store,
                                                               GListModel    *goals);
guint        caseload_bulk_entry_dialog_get_n_rows            (CaseloadBulkEntryDialog *self);
/* The value entry of row @index (0-based), for the date the date row. */
GtkEditable *caseload_bulk_entry_dialog_get_value_entry       (CaseloadBulkEntryDialog *self,
                                                               guint                    index);
GtkEditable *caseload_bulk_entry_dialog_get_date_entry        (CaseloadBulkEntryDialog *self);
/* What "Save All" does: checks every row (empty values are skipped), saves
 * all or nothing; on success emits "saved" and closes the dialog. On
 * failure the message (naming the row) is shown in the dialog too. */
gboolean     caseload_bulk_entry_dialog_save                  (CaseloadBulkEntryDialog *self,
                                                               guint                   *n_saved,
                                                               GError                 **error);

G_END_DECLS
