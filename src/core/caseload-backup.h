/* caseload-backup.h: backups, rotation, restore and the checks that keep a
 * Caseload database safe (integrity, network file systems).
 *
 * Backups are whole-database copies made with SQLite's online backup API,
 * so they are consistent even while Caseload has the database open. They
 * live in $XDG_DATA_HOME/caseload/backups/ (or a folder the caller names)
 * as caseload-YYYY-MM-DD.db (the backup of the day) or
 * caseload-YYYY-MM-DDTHHMMSS-REASON.db (before an import, a restore, a
 * migration, or on request), and are rotated after each new backup.
 */
#pragma once

#include <gio/gio.h>

#include "caseload-store.h"

G_BEGIN_DECLS

#define CASELOAD_BACKUP_KEEP_DAILY  7
#define CASELOAD_BACKUP_KEEP_WEEKLY 4

/* statfs f_type values of the network file systems SQLite cannot lock
 * safely. */
#define CASELOAD_FS_NFS_MAGIC  0x6969
#define CASELOAD_FS_SMB_MAGIC  0x517B
#define CASELOAD_FS_CIFS_MAGIC 0xFF534D42
#define CASELOAD_FS_SMB2_MAGIC 0xFE534D42

/* $XDG_DATA_HOME/caseload/backups */
char      *caseload_backup_default_dir      (void);

/* "caseload-2026-11-27.db" when @reason is NULL (the backup of the day),
 * else "caseload-2026-11-27T153000-REASON.db" for @when (local time). */
char      *caseload_backup_file_name        (GDateTime  *when,
                                             const char *reason);

/* The date a backup file name carries; FALSE for any other name. */
gboolean   caseload_backup_parse_file_name  (const char *name,
                                             GDate      *date);

/* Pure: given the names of the files in a backup folder, the ones rotation
 * deletes. Every backup of the @keep_daily most recent days that have
 * backups is kept, and the newest backup of each of the @keep_weekly most
 * recent ISO weeks that have backups; names that are not backup names are
 * never deleted. Returns a new NULL-terminated array (empty when nothing
 * goes). */
char     **caseload_backup_plan_rotation    (const char * const *names,
                                             guint               keep_daily,
                                             guint               keep_weekly);

/* Deletes what caseload_backup_plan_rotation() says in @dir. */
gboolean   caseload_backup_rotate           (const char  *dir,
                                             guint        keep_daily,
                                             guint        keep_weekly,
                                             GError     **error);

/* Copies the database at @db_path to @dest_path with the online backup API
 * (written next to it first, then renamed: never a half-written backup).
 * The copy is a self-contained file (no -wal), mode 0600. */
gboolean   caseload_backup_database         (const char  *db_path,
                                             const char  *dest_path,
                                             GError     **error);

/* A new backup in @dir (NULL = the default folder), named for now and
 * @reason ("manual", "before-import", ...; NULL = the backup of the day),
 * then rotation. Returns the new file's path. */
char      *caseload_backup_now              (const char  *db_path,
                                             const char  *dir,
                                             const char  *reason,
                                             GError     **error);

/* The backup of the day: does nothing (and sets *created FALSE) when
 * today's backup exists. Returns the path of today's backup. */
char      *caseload_backup_daily            (const char  *db_path,
                                             const char  *dir,
                                             gboolean    *created,
                                             GError     **error);

/* For caseload_store_open(): a backup before migrating a database of
 * schema @from_version (>= 1) to this version. Returns its path. */
char      *caseload_backup_before_migration (const char  *db_path,
                                             const char  *dir,
                                             int          from_version,
                                             GError     **error);

/* Checks a file that is meant to become the database: an SQLite file
 * that passes PRAGMA integrity_check, carries Caseload's application_id
 * and a schema version this Caseload understands. The message says which
 * check failed (CASELOAD_ERROR_NOT_A_DATABASE, _TOO_NEW, _DATABASE).
 * *schema_version (may be NULL) gets the file's version. */
gboolean   caseload_backup_check_file       (const char  *path,
                                             int         *schema_version,
                                             GError     **error);

/* Replaces the content of the database at @db_path with @source: checks
 * @source (caseload_backup_check_file()), backs up the current database
 * first into @backup_dir (NULL = default; *safety_backup gets its path),
 * then copies @source in with the online backup API in one step, so open
 * connections stay valid and a failure leaves the old content. A source
 * of an older schema version is migrated afterwards. */
gboolean   caseload_backup_restore          (const char  *db_path,
                                             const char  *source,
                                             const char  *backup_dir,
                                             char       **safety_backup,
                                             GError     **error);

/* PRAGMA quick_check on the open store; CASELOAD_ERROR_DATABASE with what
 * SQLite found (and the advice to restore a backup) when it fails. */
gboolean   caseload_store_quick_check       (CaseloadStore  *self,
                                             GError        **error);

/* Refuses (CASELOAD_ERROR_FAILED, with why and what to do instead) a
 * database on NFS or SMB/CIFS, whose locking SQLite cannot trust. @path
 * may not exist yet: then its folder is checked. */
gboolean   caseload_backup_check_filesystem      (const char  *path,
                                                  GError     **error);
/* The same decision for a known statfs f_type (for tests). */
gboolean   caseload_backup_check_filesystem_type (const char  *path,
                                                  gint64       fs_type,
                                                  GError     **error);

G_END_DECLS
