/* caseload-db.h: thin, private SQLite helpers for the store layer only.
 *
 * Nothing outside src/core/caseload-store*.c and caseload-sample.c may
 * include this header: the GUI and the CLI speak in model objects.
 */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS


/* Sets *error from the connection's last error, prefixed with what we
 * were doing ("Could not save the student"). Always returns FALSE. */
gboolean      caseload_db_set_error   (sqlite3      *db,
                                       int           rc,
                                       const char   *doing,
                                       GError      **error);

gboolean      caseload_db_exec        (sqlite3      *db,
                                       const char   *sql,
                                       GError      **error);

/* A prepared statement for @sql, from the connection's cache when it
 * has one not in use. Give it back with caseload_db_release() (or let a
 * g_autoptr(sqlite3_stmt) do it), never with sqlite3_finalize(). */
sqlite3_stmt *caseload_db_prepare     (sqlite3      *db,
                                       const char   *sql,
                                       GError      **error);
/* Resets a statement from caseload_db_prepare() and returns it to the
 * cache; finalizes any other statement. NULL is ignored. */
void          caseload_db_release     (sqlite3_stmt *stmt);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, caseload_db_release)

/* Drops the connection's cached statements, then closes it. */
void          caseload_db_close       (sqlite3      *db);

/* BEGIN IMMEDIATE / COMMIT / ROLLBACK. Rollback never fails loudly: it is
 * called on the error path and keeps the first error. */
gboolean      caseload_db_begin       (sqlite3      *db,
                                       GError      **error);
gboolean      caseload_db_commit      (sqlite3      *db,
                                       GError      **error);
void          caseload_db_rollback    (sqlite3      *db);

/* Binds: NULL / empty-date strings bind as SQL NULL where noted. */
void          caseload_db_bind_text   (sqlite3_stmt *stmt,
                                       int           index,
                                       const char   *value);
void          caseload_db_bind_text_or_null (sqlite3_stmt *stmt,
                                       int           index,
                                       const char   *value);
void          caseload_db_bind_int64  (sqlite3_stmt *stmt,
                                       int           index,
                                       gint64        value);
void          caseload_db_bind_id_or_null (sqlite3_stmt *stmt,
                                       int           index,
                                       gint64        id);

/* Column reads that never return NULL for text ("" instead). */
const char   *caseload_db_column_text (sqlite3_stmt *stmt,
                                       int           column);

/* Steps a statement expected to finish with SQLITE_DONE. */
gboolean      caseload_db_step_done   (sqlite3      *db,
                                       sqlite3_stmt *stmt,
                                       const char   *doing,
                                       GError      **error);

/* Current UTC time as ISO 8601 text ("2026-11-27T15:30:00Z"). */
char         *caseload_db_now         (void);

G_END_DECLS
