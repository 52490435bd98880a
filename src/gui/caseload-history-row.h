/* caseload-history-row.h: one change in the History view */
#pragma once

#include <adwaita.h>

#include "caseload-history.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_HISTORY_ROW (caseload_history_row_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadHistoryRow, caseload_history_row, CASELOAD, HISTORY_ROW, AdwActionRow)

GtkWidget            *caseload_history_row_new       (CaseloadHistoryEntry *entry);
CaseloadHistoryEntry *caseload_history_row_get_entry (CaseloadHistoryRow   *self);

G_END_DECLS
