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

/* One audit_log row inside the caller's transaction; @reason may be NULL.
 * The actor is the store's signed-in team member. */
gboolean caseload_store_audit         (CaseloadStore  *self,
                                       const char     *at,
                                       const char     *table,
                                       gint64          record_id,
                                       gint64          student_id,
                                       const char     *action,
                                       const char     *field,
                                       const char     *old_value,
                                       const char     *new_value,
                                       const char     *reason,
                                       GError        **error);
/* One "update" audit row per position where the old and new values differ
 * (NULL = SQL NULL); *n_changed gets the count. */
gboolean caseload_store_audit_changes (CaseloadStore       *self,
                                       const char          *at,
                                       const char          *table,
                                       gint64               record_id,
                                       gint64               student_id,
                                       const char * const  *fields,
                                       const char * const  *old_values,
                                       const char * const  *new_values,
                                       guint                n_values,
                                       guint               *n_changed,
                                       GError             **error);

/* For caseload_sample_add_iep_findings(): a few next-year drafts with
 * realistic findings, deterministic for @seed (no wall-clock time). */
gboolean caseload_store_sample_iep_drafts (CaseloadStore  *self,
                                           guint32         seed,
                                           GError        **error);

/* The two ends of a write: commit and emit "changed" for @table (rolling
 * back if the commit fails), or roll back and return FALSE. */
gboolean caseload_store_commit_and_notify (CaseloadStore  *self,
                                           const char     *table,
                                           GError        **error);
gboolean caseload_store_fail_and_rollback (CaseloadStore  *self);

G_END_DECLS
