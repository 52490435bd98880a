#define G_LOG_DOMAIN "caseload-backup"

#include "config.h"

#include "caseload-backup.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/vfs.h>

/* Backup folder, names, rotation and the network-file-system check. The
 * SQLite side (online backup API, integrity checks, restore) is in
 * caseload-store-backup.c. */

#define NAME_PREFIX "caseload-"
#define NAME_SUFFIX ".db"

char *
caseload_backup_default_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "caseload", "backups", NULL);
}

char *
caseload_backup_file_name (GDateTime  *when,
                           const char *reason)
{
  g_autofree char *date = NULL;

  g_return_val_if_fail (when != NULL, NULL);

  if (reason == NULL)
    {
      date = g_date_time_format (when, "%Y-%m-%d");
      return g_strconcat (NAME_PREFIX, date, NAME_SUFFIX, NULL);
    }

  date = g_date_time_format (when, "%Y-%m-%dT%H%M%S");
  return g_strconcat (NAME_PREFIX, date, "-", reason, NAME_SUFFIX, NULL);
}

gboolean
caseload_backup_parse_file_name (const char *name,
                                 GDate      *date)
{
  const char *p;
  guint year, month, day;

  g_return_val_if_fail (name != NULL, FALSE);

  if (!g_str_has_prefix (name, NAME_PREFIX) || !g_str_has_suffix (name, NAME_SUFFIX))
    return FALSE;
  p = name + strlen (NAME_PREFIX);
  if (strlen (p) < 10 + strlen (NAME_SUFFIX))
    return FALSE;
  for (guint i = 0; i < 10; i++)
    {
      if (i == 4 || i == 7)
        {
          if (p[i] != '-')
            return FALSE;
        }
      else if (!g_ascii_isdigit (p[i]))
        return FALSE;
    }
  /* After the date: the suffix, or "T" + time + "-" + reason. */
  if (strcmp (p + 10, NAME_SUFFIX) != 0 && p[10] != 'T')
    return FALSE;

  year = (guint) g_ascii_strtoull (p, NULL, 10);
  month = (guint) g_ascii_strtoull (p + 5, NULL, 10);
  day = (guint) g_ascii_strtoull (p + 8, NULL, 10);
  if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;
  if (date != NULL)
    g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

typedef struct
{
  const char *name;
  GDate       date;
  guint       week_key;   /* ISO year * 100 + ISO week */
  gboolean    keep;
} BackupEntry;

/* Newest first: by date, then by name (the time of day follows the date
 * in the name, and the backup of the day sorts before the timed ones). */
static int
compare_entries_newest_first (gconstpointer a,
                              gconstpointer b)
{
  const BackupEntry *ea = a;
  const BackupEntry *eb = b;
  int cmp = g_date_compare (&eb->date, &ea->date);

  if (cmp != 0)
    return cmp;
  return strcmp (eb->name, ea->name);
}

static guint
iso_week_key (const GDate *date)
{
  guint week = g_date_get_iso8601_week_of_year (date);
  guint year = g_date_get_year (date);
  GDateMonth month = g_date_get_month (date);

  /* Early-January days can be in the last week of the previous ISO year,
   * late-December days in week 1 of the next. */
  if (month == G_DATE_JANUARY && week >= 52)
    year--;
  else if (month == G_DATE_DECEMBER && week == 1)
    year++;
  return year * 100 + week;
}

char **
caseload_backup_plan_rotation (const char * const *names,
                               guint               keep_daily,
                               guint               keep_weekly)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, TRUE, sizeof (BackupEntry));
  g_autoptr(GStrvBuilder) doomed = g_strv_builder_new ();
  guint n_days = 0;
  guint n_weeks = 0;
  GDate last_day;
  guint last_week = 0;

  g_date_clear (&last_day, 1);

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      BackupEntry entry = { names[i], { 0 }, 0, FALSE };

      g_date_clear (&entry.date, 1);
      if (!caseload_backup_parse_file_name (names[i], &entry.date))
        continue;
      entry.week_key = iso_week_key (&entry.date);
      g_array_append_val (entries, entry);
    }

  g_array_sort (entries, compare_entries_newest_first);

  for (guint i = 0; i < entries->len; i++)
    {
      BackupEntry *entry = &g_array_index (entries, BackupEntry, i);

      /* Daily: every backup of the most recent days. */
      if (!g_date_valid (&last_day) || g_date_compare (&last_day, &entry->date) != 0)
        {
          n_days++;
          last_day = entry->date;
        }
      if (n_days <= keep_daily)
        entry->keep = TRUE;

      /* Weekly: the newest backup of each recent week (the first one seen,
       * since the list is newest first). */
      if (entry->week_key != last_week)
        {
          n_weeks++;
          last_week = entry->week_key;
          if (n_weeks <= keep_weekly)
            entry->keep = TRUE;
        }
    }

  for (guint i = 0; i < entries->len; i++)
    {
      BackupEntry *entry = &g_array_index (entries, BackupEntry, i);

      if (!entry->keep)
        g_strv_builder_add (doomed, entry->name);
    }

  return g_strv_builder_end (doomed);
}

static char **
list_dir (const char  *dir,
          GError     **error)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, error);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  const char *name;

  if (handle == NULL)
    return NULL;
  while ((name = g_dir_read_name (handle)) != NULL)
    g_strv_builder_add (names, name);
  return g_strv_builder_end (names);
}

gboolean
caseload_backup_rotate (const char  *dir,
                        guint        keep_daily,
                        guint        keep_weekly,
                        GError     **error)
{
  g_auto(GStrv) names = NULL;
  g_auto(GStrv) doomed = NULL;

  g_return_val_if_fail (dir != NULL, FALSE);

  names = list_dir (dir, error);
  if (names == NULL)
    return FALSE;

  doomed = caseload_backup_plan_rotation ((const char * const *) names,
                                          keep_daily, keep_weekly);
  for (guint i = 0; doomed[i] != NULL; i++)
    {
      g_autofree char *path = g_build_filename (dir, doomed[i], NULL);

      if (g_unlink (path) != 0 && errno != ENOENT)
        {
          int saved_errno = errno;

          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                       _("Could not remove the old backup %s: %s"),
                       path, g_strerror (saved_errno));
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
ensure_dir (const char  *dir,
            GError     **error)
{
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not create the backup folder %s: %s"),
                   dir, g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

char *
caseload_backup_now (const char  *db_path,
                     const char  *dir,
                     const char  *reason,
                     GError     **error)
{
  g_autofree char *default_dir = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (db_path != NULL, NULL);

  if (dir == NULL)
    dir = default_dir = caseload_backup_default_dir ();
  if (!ensure_dir (dir, error))
    return NULL;

  name = caseload_backup_file_name (now, reason);
  path = g_build_filename (dir, name, NULL);

  /* Two backups for the same reason within one second: number the second
   * one rather than overwrite the first. */
  for (guint n = 2; reason != NULL && g_file_test (path, G_FILE_TEST_EXISTS); n++)
    {
      g_autofree char *numbered = g_strdup_printf ("%s-%u", reason, n);

      g_free (name);
      g_free (path);
      name = caseload_backup_file_name (now, numbered);
      path = g_build_filename (dir, name, NULL);
    }

  if (!caseload_backup_database (db_path, path, error))
    return NULL;

  if (!caseload_backup_rotate (dir, CASELOAD_BACKUP_KEEP_DAILY,
                               CASELOAD_BACKUP_KEEP_WEEKLY, error))
    return NULL;

  return g_steal_pointer (&path);
}

char *
caseload_backup_daily (const char  *db_path,
                       const char  *dir,
                       gboolean    *created,
                       GError     **error)
{
  g_autofree char *default_dir = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (db_path != NULL, NULL);

  if (created != NULL)
    *created = FALSE;
  if (dir == NULL)
    dir = default_dir = caseload_backup_default_dir ();

  name = caseload_backup_file_name (now, NULL);
  path = g_build_filename (dir, name, NULL);
  if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return g_steal_pointer (&path);

  g_clear_pointer (&path, g_free);
  path = caseload_backup_now (db_path, dir, NULL, error);
  if (path != NULL && created != NULL)
    *created = TRUE;
  return g_steal_pointer (&path);
}

char *
caseload_backup_before_migration (const char  *db_path,
                                  const char  *dir,
                                  int          from_version,
                                  GError     **error)
{
  g_autofree char *reason = NULL;

  g_return_val_if_fail (db_path != NULL, NULL);

  reason = g_strdup_printf ("before-migration-from-%d", from_version);
  return caseload_backup_now (db_path, dir, reason, error);
}

gboolean
caseload_backup_check_filesystem_type (const char  *path,
                                       gint64       fs_type,
                                       GError     **error)
{
  const char *kind = NULL;

  switch ((guint32) fs_type)
    {
    case CASELOAD_FS_NFS_MAGIC:
      kind = "NFS";
      break;
    case CASELOAD_FS_SMB_MAGIC:
    case CASELOAD_FS_CIFS_MAGIC:
    case CASELOAD_FS_SMB2_MAGIC:
      kind = "SMB/CIFS";
      break;
    default:
      return TRUE;
    }

  g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_FAILED,
               /* Translators: %1$s is a file path, %2$s "NFS" or "SMB/CIFS". */
               _("%1$s is on a network drive (%2$s). SQLite cannot lock files "
                 "reliably there, so two computers could damage the student "
                 "records. Keep the database on this computer's own disk "
                 "(the default place is best) and use “Back Up Now” to put "
                 "copies on the network drive."),
               path, kind);
  return FALSE;
}

gboolean
caseload_backup_check_filesystem (const char  *path,
                                  GError     **error)
{
  g_autofree char *existing = NULL;
  struct statfs info;

  g_return_val_if_fail (path != NULL, FALSE);

  /* A database about to be created: look at the nearest existing folder. */
  existing = g_strdup (path);
  while (!g_file_test (existing, G_FILE_TEST_EXISTS))
    {
      char *parent = g_path_get_dirname (existing);

      if (g_strcmp0 (parent, existing) == 0)
        {
          g_free (parent);
          return TRUE;
        }
      g_free (existing);
      existing = parent;
    }

  if (statfs (existing, &info) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not check the drive %s is on: %s"),
                   path, g_strerror (saved_errno));
      return FALSE;
    }

  return caseload_backup_check_filesystem_type (path, (gint64) info.f_type, error);
}
