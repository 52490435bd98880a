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

/* The statement cache. Preparing is a good part of a short query's cost
 * (the progress-report batch spent 15 % of its time in the SQL parser),
 * so each connection keeps one prepared statement per SQL text and
 * caseload_db_release() resets it for the next caller instead of
 * finalizing it. A statement still in use when the same text is prepared
 * again (a nested query) gets a fresh, uncached one. Connections belong
 * to one thread at a time; the table of connections is shared. */
typedef struct
{
  sqlite3_stmt *stmt;
  gboolean      in_use;
} CachedStatement;

typedef struct
{
  GHashTable *by_sql;   /* SQL text → CachedStatement *, owns both */
  GHashTable *by_stmt;  /* sqlite3_stmt * → the same CachedStatement * */
} StatementCache;

static GMutex      cache_lock;
static GHashTable *caches;  /* sqlite3 * → StatementCache * */

static void
cached_statement_free (gpointer data)
{
  CachedStatement *cached = data;

  sqlite3_finalize (cached->stmt);
  g_free (cached);
}

static void
statement_cache_free (gpointer data)
{
  StatementCache *cache = data;

  g_hash_table_unref (cache->by_stmt);
  g_hash_table_unref (cache->by_sql);
  g_free (cache);
}

static StatementCache *
connection_cache (sqlite3  *db,
                  gboolean  create)
{
  StatementCache *cache;

  g_mutex_lock (&cache_lock);
  if (caches == NULL)
    caches = g_hash_table_new_full (NULL, NULL, NULL, statement_cache_free);
  cache = g_hash_table_lookup (caches, db);
  if (cache == NULL && create)
    {
      cache = g_new (StatementCache, 1);
      cache->by_sql = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, cached_statement_free);
      cache->by_stmt = g_hash_table_new (NULL, NULL);
      g_hash_table_insert (caches, db, cache);
    }
  g_mutex_unlock (&cache_lock);
  return cache;
}

sqlite3_stmt *
caseload_db_prepare (sqlite3     *db,
                     const char  *sql,
                     GError     **error)
{
  StatementCache *cache = connection_cache (db, TRUE);
  CachedStatement *cached = g_hash_table_lookup (cache->by_sql, sql);
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (cached != NULL && !cached->in_use)
    {
      cached->in_use = TRUE;
      return cached->stmt;
    }

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      caseload_db_set_error (db, rc, "Could not prepare a query", error);
      sqlite3_finalize (stmt);
      return NULL;
    }
  if (cached == NULL && stmt != NULL)
    {
      cached = g_new (CachedStatement, 1);
      cached->stmt = stmt;
      cached->in_use = TRUE;
      g_hash_table_insert (cache->by_sql, g_strdup (sql), cached);
      g_hash_table_insert (cache->by_stmt, stmt, cached);
    }
  return stmt;
}

void
caseload_db_release (sqlite3_stmt *stmt)
{
  StatementCache *cache;
  CachedStatement *cached;

  if (stmt == NULL)
    return;
  cache = connection_cache (sqlite3_db_handle (stmt), FALSE);
  cached = cache != NULL ? g_hash_table_lookup (cache->by_stmt, stmt) : NULL;
  if (cached == NULL)
    {
      sqlite3_finalize (stmt);
      return;
    }
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  cached->in_use = FALSE;
}

void
caseload_db_close (sqlite3 *db)
{
  if (db == NULL)
    return;
  g_mutex_lock (&cache_lock);
  if (caches != NULL)
    g_hash_table_remove (caches, db);
  g_mutex_unlock (&cache_lock);
  sqlite3_close_v2 (db);
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
