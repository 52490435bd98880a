/* caseload-store-history.h: a student's audit trail, read for people
 * (implemented in caseload-store-history.c; the words are in
 * caseload-history.c). */
#pragma once

#include <gio/gio.h>

#include "caseload-history.h"
#include "caseload-store.h"

G_BEGIN_DECLS

/* Every change to the student's records (CaseloadHistoryEntry), newest
 * first, in one query. Bookkeeping rows (content hashes, the columns filled
 * in the same instant a record was created) are left out; a case manager
 * handed over in one step is one entry ("Case manager: A → B"). */
GListModel *caseload_store_list_student_history (CaseloadStore  *self,
                                                 gint64          student_id,
                                                 GError        **error);

G_END_DECLS
