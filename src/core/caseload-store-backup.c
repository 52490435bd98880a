#define G_LOG_DOMAIN "caseload-store-backup"

#include "config.h"

#include "caseload-backup.h"
#include "caseload-store-private.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

/* The SQLite side of backups: the online backup API, the checks a file
 * must pass before it becomes the database, and restore. Each function
 * opens its own connection by path, so it works with or without an open
 * CaseloadStore and never disturbs one. */

static void
close_db (sqlite3 *db)
{
  caseload_db_close (db);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3, close_db)

static sqlite3 *
open_db (const char  *path,
         int          flags,
         GError     **error)
{
  sqlite3 *db = NULL;
  int rc = sqlite3_open_v2 (path, &db, flags, NULL);

  if (rc != SQLITE_OK)
    {
      caseload_db_set_error (db, rc, _("Could not open the database"), error);
      caseload_db_close (db);
      return NULL;
    }
  sqlite3_busy_timeout (db, 5000);
  sqlite3_extended_result_codes (db, 1);
  return db;
}

/* Copies all of @src into @dest in one step: the destination is written in
 * one transaction, so a failure leaves its old content. */
static gboolean
copy_database (sqlite3     *dest,
               sqlite3     *src,
               const char  *doing,
               GError     **error)
{
  sqlite3_backup *backup;
  int rc;

  backup = sqlite3_backup_init (dest, "main", src, "main");
  if (backup == NULL)
    return caseload_db_set_error (dest, sqlite3_errcode (dest), doing, error);

  rc = sqlite3_backup_step (backup, -1);
  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, CASELOAD_ERROR,
                   (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED
                     ? CASELOAD_ERROR_LOCKED : CASELOAD_ERROR_DATABASE,
                   "%s: %s", doing, sqlite3_errstr (rc));
      return FALSE;
    }
  return TRUE;
}

gboolean
caseload_backup_database (const char  *db_path,
                          const char  *dest_path,
                          GError     **error)
{
  g_autoptr(sqlite3) src = NULL;
  g_autoptr(sqlite3) dest = NULL;
  g_autofree char *tmp_path = NULL;
  int fd;

  g_return_val_if_fail (db_path != NULL, FALSE);
  g_return_val_if_fail (dest_path != NULL, FALSE);

  if (!g_file_test (db_path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NO_DATABASE,
                   _("No database at %s"), db_path);
      return FALSE;
    }

  src = open_db (db_path, SQLITE_OPEN_READONLY, error);
  if (src == NULL)
    return FALSE;

  tmp_path = g_strconcat (dest_path, ".partial", NULL);
  g_unlink (tmp_path);
  fd = g_open (tmp_path, O_WRONLY | O_CREAT | O_EXCL, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not create the backup %s: %s"), dest_path,
                   g_strerror (saved_errno));
      return FALSE;
    }
  g_close (fd, NULL);

  dest = open_db (tmp_path, SQLITE_OPEN_READWRITE, error);
  if (dest == NULL ||
      !copy_database (dest, src, _("Could not back up the database"), error) ||
      /* A self-contained copy: no write-ahead log beside it. */
      !caseload_db_exec (dest, "PRAGMA journal_mode = DELETE", error))
    {
      g_clear_pointer (&dest, close_db);
      g_unlink (tmp_path);
      return FALSE;
    }
  g_clear_pointer (&dest, close_db);

  if (g_rename (tmp_path, dest_path) != 0)
    {
      int saved_errno = errno;

      g_unlink (tmp_path);
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not create the backup %s: %s"), dest_path,
                   g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

static gboolean
query_int (sqlite3     *db,
           const char  *sql,
           int         *value,
           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = caseload_db_prepare (db, sql, error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return caseload_db_set_error (db, rc, _("Could not read the database"), error);
  *value = sqlite3_column_int (stmt, 0);
  return TRUE;
}

/* Runs integrity_check or quick_check; on failure the message carries
 * SQLite's first findings. */
static gboolean
run_check (sqlite3     *db,
           const char  *sql,
           const char  *path,
           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GString) findings = g_string_new (NULL);
  guint n = 0;
  int rc;

  stmt = caseload_db_prepare (db, sql, NULL);
  if (stmt == NULL)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_A_DATABASE,
                   _("%s is damaged or is not a database: %s"),
                   path, sqlite3_errmsg (db));
      return FALSE;
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *line = caseload_db_column_text (stmt, 0);

      if (g_str_equal (line, "ok"))
        continue;
      if (n++ < 3)
        g_string_append_printf (findings, "%s%s", findings->len > 0 ? "; " : "", line);
    }
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_A_DATABASE,
                   _("%s is damaged or is not a database: %s"),
                   path, sqlite3_errmsg (db));
      return FALSE;
    }
  if (n > 0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_DATABASE,
                   _("%s is damaged (%s). Restore a backup to continue."),
                   path, findings->str);
      return FALSE;
    }
  return TRUE;
}

gboolean
caseload_backup_check_file (const char  *path,
                            int         *schema_version,
                            GError     **error)
{
  g_autoptr(sqlite3) db = NULL;
  g_autoptr(GError) local_error = NULL;
  int application_id = 0;
  int version = 0;

  g_return_val_if_fail (path != NULL, FALSE);

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NO_DATABASE,
                   _("No database at %s"), path);
      return FALSE;
    }

  db = open_db (path, SQLITE_OPEN_READONLY, error);
  if (db == NULL)
    return FALSE;

  if (!query_int (db, "PRAGMA application_id", &application_id, &local_error) ||
      !query_int (db, "PRAGMA user_version", &version, &local_error))
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_A_DATABASE,
                   _("%s is not a Caseload database (SQLite cannot read it: %s)"),
                   path, local_error->message);
      return FALSE;
    }

  if (!run_check (db, "PRAGMA integrity_check", path, error))
    return FALSE;

  if ((guint32) application_id != CASELOAD_APPLICATION_ID)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_A_DATABASE,
                   _("%s is an SQLite database, but not a Caseload database"), path);
      return FALSE;
    }
  if (version > CASELOAD_SCHEMA_VERSION)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_TOO_NEW,
                   _("%s was made by a newer version of Caseload (schema %d); "
                     "this version understands up to %d. Update Caseload to use it."),
                   path, version, CASELOAD_SCHEMA_VERSION);
      return FALSE;
    }
  if (version < 1)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_A_DATABASE,
                   _("%s is an empty Caseload database"), path);
      return FALSE;
    }

  if (schema_version != NULL)
    *schema_version = version;
  return TRUE;
}

gboolean
caseload_backup_restore (const char  *db_path,
                         const char  *source,
                         const char  *backup_dir,
                         char       **safety_backup,
                         GError     **error)
{
  g_autoptr(sqlite3) src = NULL;
  g_autoptr(sqlite3) dest = NULL;
  g_autofree char *saved = NULL;
  int version = 0;

  g_return_val_if_fail (db_path != NULL, FALSE);
  g_return_val_if_fail (source != NULL, FALSE);

  if (safety_backup != NULL)
    *safety_backup = NULL;

  if (!caseload_backup_check_file (source, &version, error))
    return FALSE;

  if (g_file_test (db_path, G_FILE_TEST_IS_REGULAR))
    {
      saved = caseload_backup_now (db_path, backup_dir, "before-restore", error);
      if (saved == NULL)
        return FALSE;
    }

  src = open_db (source, SQLITE_OPEN_READONLY, error);
  if (src == NULL)
    return FALSE;
  dest = open_db (db_path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, error);
  if (dest == NULL)
    return FALSE;

  /* One step, one write transaction on the destination: either all of the
   * source is in, or the old content stays. Other connections to the
   * database see the new content on their next statement. */
  if (!copy_database (dest, src, _("Could not restore the backup"), error))
    return FALSE;

  if (!run_check (dest, "PRAGMA quick_check", db_path, error))
    return FALSE;
  g_clear_pointer (&dest, close_db);

  /* A backup from an older Caseload: bring it up to this version now. */
  if (version < CASELOAD_SCHEMA_VERSION)
    {
      g_autoptr(CaseloadStore) store = caseload_store_open (db_path, CASELOAD_STORE_OPEN_DEFAULT, error);

      if (store == NULL)
        return FALSE;
    }

  if (safety_backup != NULL)
    *safety_backup = g_steal_pointer (&saved);
  return TRUE;
}

gboolean
caseload_store_quick_check (CaseloadStore  *self,
                            GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);

  return run_check (caseload_store_get_db (self), "PRAGMA quick_check",
                    caseload_store_get_path (self), error);
}
