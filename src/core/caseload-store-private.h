/* caseload-store-private.h: for the store layer's own files only
 * (caseload-store*.c, caseload-sample.c). */
#pragma once

#include <sqlite3.h>

#include "caseload-db.h"
#include "caseload-store.h"

G_BEGIN_DECLS

sqlite3 *caseload_store_get_db       (CaseloadStore *self);
void     caseload_store_emit_changed (CaseloadStore *self,
                                      const char    *table);

G_END_DECLS
