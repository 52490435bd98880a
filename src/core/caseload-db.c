#define G_LOG_DOMAIN "caseload-db"

#include "config.h"

#include "caseload-db.h"
#include "caseload-error.h"

gboolean
caseload_db_set_error (sqlite3     *db,
                       int          rc,
                       const char  *doing,
                       GError     **error)
{
  int code = CASELOAD_ERROR_DATABASE;
  const char *msg = db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);

  if ((rc & 0xff) == SQLITE_NOTADB)
    code = CASELOAD_ERROR_NOT_A_DATABASE;
  else if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
    code = CASELOAD_ERROR_LOCKED;

  g_set_error (error, CASELOAD_ERROR, code, "%s: %s", doing, msg);
  return FALSE;
}

gboolean
caseload_db_exec (sqlite3     *db,
                  const char  *sql,
                  GError     **error)
{
  char *errmsg = NULL;
  int rc = sqlite3_exec (db, sql, NULL, NULL, &errmsg);

  if (rc != SQLITE_OK)
    {
      g_set_error (error, CASELOAD_ERROR,
                   (rc & 0xff) == SQLITE_NOTADB ? CASELOAD_ERROR_NOT_A_DATABASE
                                                : CASELOAD_ERROR_DATABASE,
                   "%s", errmsg != NULL ? errmsg : sqlite3_errstr (rc));
      sqlite3_free (errmsg);
      return FALSE;
    }
  return TRUE;
}

sqlite3_stmt *
caseload_db_prepare (sqlite3     *db,
                     const char  *sql,
                     GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    {
      caseload_db_set_error (db, rc, "Could not prepare a query", error);
      sqlite3_finalize (stmt);
      return NULL;
    }
  return stmt;
}

gboolean
caseload_db_begin (sqlite3  *db,
                   GError  **error)
{
  return caseload_db_exec (db, "BEGIN IMMEDIATE", error);
}

gboolean
caseload_db_commit (sqlite3  *db,
                    GError  **error)
{
  if (!caseload_db_exec (db, "COMMIT", error))
    {
      caseload_db_rollback (db);
      return FALSE;
    }
  return TRUE;
}

void
caseload_db_rollback (sqlite3 *db)
{
  if (!sqlite3_get_autocommit (db))
    sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
}

void
caseload_db_bind_text (sqlite3_stmt *stmt,
                       int           index,
                       const char   *value)
{
  sqlite3_bind_text (stmt, index, value != NULL ? value : "", -1, SQLITE_TRANSIENT);
}

void
caseload_db_bind_text_or_null (sqlite3_stmt *stmt,
                               int           index,
                               const char   *value)
{
  if (value == NULL || *value == '\0')
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, value, -1, SQLITE_TRANSIENT);
}

void
caseload_db_bind_int64 (sqlite3_stmt *stmt,
                        int           index,
                        gint64        value)
{
  sqlite3_bind_int64 (stmt, index, value);
}

void
caseload_db_bind_id_or_null (sqlite3_stmt *stmt,
                             int           index,
                             gint64        id)
{
  if (id <= 0)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int64 (stmt, index, id);
}

const char *
caseload_db_column_text (sqlite3_stmt *stmt,
                         int           column)
{
  const unsigned char *text = sqlite3_column_text (stmt, column);

  return text != NULL ? (const char *) text : "";
}

gboolean
caseload_db_step_done (sqlite3       *db,
                       sqlite3_stmt  *stmt,
                       const char    *doing,
                       GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return caseload_db_set_error (db, rc, doing, error);
  return TRUE;
}

char *
caseload_db_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}
