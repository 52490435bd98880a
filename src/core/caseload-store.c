#define G_LOG_DOMAIN "caseload-store"

#include "config.h"

#include "caseload-store.h"
#include "caseload-store-private.h"
#include "caseload-backup.h"
#include "caseload-date.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

struct _CaseloadStore
{
  GObject  parent_instance;

  sqlite3 *db;
  char    *path;
  int      schema_version;
  gint64   actor;
};

G_DEFINE_FINAL_TYPE (CaseloadStore, caseload_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The English names of the code tables (seed-001.sql), marked here so
 * xgettext finds them; they are translated when read (_() over the name
 * stored in the database). */
static const char * const code_names[] G_GNUC_UNUSED = {
  /* disability_category */
  N_("Autism"),
  N_("Deaf-blindness"),
  N_("Deafness"),
  N_("Developmental delay"),
  N_("Emotional disturbance"),
  N_("Hearing impairment"),
  N_("Intellectual disability"),
  N_("Multiple disabilities"),
  N_("Orthopedic impairment"),
  N_("Other health impairment"),
  N_("Specific learning disability"),
  N_("Speech or language impairment"),
  N_("Traumatic brain injury"),
  N_("Visual impairment including blindness"),
  /* staff_role */
  N_("Special-education coordinator"),
  N_("Case manager"),
  N_("Special-education teacher"),
  N_("General-education teacher"),
  N_("Speech-language pathologist"),
  N_("Occupational therapist"),
  N_("Physical therapist"),
  N_("School psychologist"),
  N_("Counselor"),
  N_("Administrator"),
  N_("Paraprofessional"),
  N_("Other"),
  /* team_role */
  N_("Parent or guardian"),
  N_("Student"),
  N_("Special-education teacher or provider"),
  N_("Regular-education teacher"),
  N_("District (LEA) representative"),
  N_("Interprets evaluation results"),
  N_("Related-service provider"),
};

/* ---- migrations --------------------------------------------------------
 * Append-only: step N brings a database from version N-1 to N. Never edit
 * a released step; add a new one. */
typedef struct
{
  int                version;
  const char * const resources[4];
} MigrationStep;

static const MigrationStep migrations[] = {
  { 1, { "/io/github/caseload/Caseload/core/schema-001.sql",
         "/io/github/caseload/Caseload/core/seed-001.sql",
         NULL } },
  { 2, { "/io/github/caseload/Caseload/core/schema-002.sql",
         "/io/github/caseload/Caseload/core/seed-002.sql",
         NULL } },
  { 3, { "/io/github/caseload/Caseload/core/schema-003.sql",
         NULL } },
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == CASELOAD_SCHEMA_VERSION);

/* ---- object ------------------------------------------------------------ */

static void
caseload_store_finalize (GObject *object)
{
  CaseloadStore *self = CASELOAD_STORE (object);

  g_clear_pointer (&self->db, caseload_db_close);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (caseload_store_parent_class)->finalize (object);
}

static void
caseload_store_class_init (CaseloadStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_store_finalize;

  /**
   * CaseloadStore::changed:
   * @table: the table that changed ("student", "staff", ...)
   *
   * Emitted after every committed write.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
caseload_store_init (CaseloadStore *self)
{
}

sqlite3 *
caseload_store_get_db (CaseloadStore *self)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);

  return self->db;
}

void
caseload_store_emit_changed (CaseloadStore *self,
                             const char    *table)
{
  g_return_if_fail (CASELOAD_IS_STORE (self));

  g_signal_emit (self, signals[CHANGED], 0, table);
}

const char *
caseload_store_get_path (CaseloadStore *self)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);

  return self->path;
}

int
caseload_store_get_schema_version (CaseloadStore *self)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), 0);

  return self->schema_version;
}

void
caseload_store_set_actor (CaseloadStore *self,
                          gint64         staff_id)
{
  g_return_if_fail (CASELOAD_IS_STORE (self));

  self->actor = staff_id > 0 ? staff_id : 0;
}

gint64
caseload_store_get_actor (CaseloadStore *self)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), 0);

  return self->actor;
}

char *
caseload_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "caseload", "caseload.db", NULL);
}

/* ---- opening ------------------------------------------------------------ */

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
  if (rc == SQLITE_ROW)
    *value = sqlite3_column_int (stmt, 0);
  else if (rc == SQLITE_DONE)
    *value = 0;
  else
    return caseload_db_set_error (db, rc, _("Could not read the database"), error);

  return TRUE;
}

/* Looks at an existing file through a read-only connection, so a file we
 * refuse is never modified. */
static gboolean
check_existing_file (const char  *path,
                     GError     **error)
{
  sqlite3 *db = NULL;
  g_autoptr(GError) local_error = NULL;
  int rc;
  int application_id = 0;
  int user_version = 0;
  int n_objects = 0;

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL);
  if (rc != SQLITE_OK)
    {
      caseload_db_set_error (db, rc, _("Could not open the database"), error);
      caseload_db_close (db);
      return FALSE;
    }
  sqlite3_busy_timeout (db, 5000);

  if (!query_int (db, "PRAGMA application_id", &application_id, &local_error) ||
      !query_int (db, "PRAGMA user_version", &user_version, &local_error) ||
      !query_int (db, "SELECT count(*) FROM sqlite_master", &n_objects, &local_error))
    {
      caseload_db_close (db);
      if (g_error_matches (local_error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_A_DATABASE))
        g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_A_DATABASE,
                     _("%s is not a Caseload database"), path);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  caseload_db_close (db);

  if (n_objects > 0 && (guint32) application_id != CASELOAD_APPLICATION_ID)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_A_DATABASE,
                   _("%s is not a Caseload database"), path);
      return FALSE;
    }

  if (user_version > CASELOAD_SCHEMA_VERSION)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_TOO_NEW,
                   _("%s was made by a newer version of Caseload (schema %d); "
                     "this version understands up to %d. Update Caseload to open it."),
                   path, user_version, CASELOAD_SCHEMA_VERSION);
      return FALSE;
    }

  return TRUE;
}

static gboolean
create_file (const char  *path,
             GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not create the folder %s: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }

  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      if (saved_errno == EEXIST)
        return TRUE;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not create %s: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }
  g_close (fd, NULL);
  /* The umask may have narrowed it further, never widened it; make it
   * exactly owner read/write. */
  g_chmod (path, 0600);

  return TRUE;
}

static gboolean
run_migration_step (sqlite3              *db,
                    const MigrationStep  *step,
                    GError              **error)
{
  g_autofree char *set_id = NULL;
  g_autofree char *set_version = NULL;

  if (!caseload_db_begin (db, error))
    return FALSE;

  for (guint i = 0; step->resources[i] != NULL; i++)
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) local_error = NULL;
      g_autofree char *sql = NULL;
      gsize len;
      const char *data;

      bytes = g_resources_lookup_data (step->resources[i],
                                       G_RESOURCE_LOOKUP_FLAGS_NONE,
                                       &local_error);
      if (bytes == NULL)
        {
          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_FAILED,
                       _("Could not load the database schema %s: %s"),
                       step->resources[i], local_error->message);
          caseload_db_rollback (db);
          return FALSE;
        }

      data = g_bytes_get_data (bytes, &len);
      sql = g_strndup (data, len);
      if (!caseload_db_exec (db, sql, &local_error))
        {
          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_DATABASE,
                       _("Could not upgrade the database to version %d: %s"),
                       step->version, local_error->message);
          caseload_db_rollback (db);
          return FALSE;
        }
    }

  /* PRAGMAs take no bound parameters; these are built from constants. */
  set_id = g_strdup_printf ("PRAGMA application_id = %d", (int) CASELOAD_APPLICATION_ID);
  set_version = g_strdup_printf ("PRAGMA user_version = %d", step->version);
  if (!caseload_db_exec (db, set_id, error) ||
      !caseload_db_exec (db, set_version, error))
    {
      caseload_db_rollback (db);
      return FALSE;
    }

  return caseload_db_commit (db, error);
}

static gboolean
migrate (CaseloadStore  *self,
         GError        **error)
{
  int version = 0;

  if (!query_int (self->db, "PRAGMA user_version", &version, error))
    return FALSE;

  /* A database with data is copied aside before its schema changes. */
  if (version > 0 && version < CASELOAD_SCHEMA_VERSION)
    {
      g_autofree char *backup = caseload_backup_before_migration (self->path, NULL, version, error);

      if (backup == NULL)
        return FALSE;
      g_debug ("Backed up %s to %s before migrating from version %d", self->path, backup, version);
    }

  for (guint i = 0; i < G_N_ELEMENTS (migrations); i++)
    {
      if (migrations[i].version <= version)
        continue;
      if (!run_migration_step (self->db, &migrations[i], error))
        return FALSE;
      version = migrations[i].version;
    }

  self->schema_version = version;
  return TRUE;
}

CaseloadStore *
caseload_store_open (const char              *path,
                     CaseloadStoreOpenFlags   flags,
                     GError                 **error)
{
  g_autoptr(CaseloadStore) self = NULL;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* SQLite's locking cannot be trusted on network file systems. */
  if (!caseload_backup_check_filesystem (path, error))
    return NULL;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      if (!(flags & CASELOAD_STORE_OPEN_CREATE))
        {
          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NO_DATABASE,
                       _("No database at %s"), path);
          return NULL;
        }
      if (!create_file (path, error))
        return NULL;
    }
  else if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_A_DATABASE,
                   _("%s is not a Caseload database"), path);
      return NULL;
    }

  if (!check_existing_file (path, error))
    return NULL;

  self = g_object_new (CASELOAD_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  rc = sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE, NULL);
  if (rc != SQLITE_OK)
    {
      caseload_db_set_error (self->db, rc, _("Could not open the database"), error);
      return NULL;
    }
  sqlite3_busy_timeout (self->db, 5000);
  sqlite3_extended_result_codes (self->db, 1);

  if (!caseload_db_exec (self->db, "PRAGMA journal_mode = WAL", error) ||
      !caseload_db_exec (self->db, "PRAGMA synchronous = NORMAL", error) ||
      !caseload_db_exec (self->db, "PRAGMA foreign_keys = ON", error))
    return NULL;

  if (!migrate (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/* ---- helpers ------------------------------------------------------------ */

static gboolean
check_open (CaseloadStore  *self,
            GError        **error)
{
  if (self->db == NULL)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_FAILED,
                   _("The database is closed"));
      return FALSE;
    }
  return TRUE;
}

/* Translates a code table's English name at read time. */
static const char *
translate_name (const char *name)
{
  if (name == NULL || *name == '\0')
    return "";
  return g_dgettext (GETTEXT_PACKAGE, name);
}

static char *
column_dup_or_null (sqlite3_stmt *stmt,
                    int           column)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return NULL;
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

static void
resolve_as_of (const GDate *as_of,
               GDate       *out)
{
  if (as_of != NULL && g_date_valid (as_of))
    *out = *as_of;
  else
    caseload_date_set_today (out);
}

/* Parses an ISO date column; leaves @date invalid for NULL or junk. */
static void
column_date (sqlite3_stmt *stmt,
             int           column,
             GDate        *date)
{
  g_date_clear (date, 1);
  if (sqlite3_column_type (stmt, column) != SQLITE_NULL)
    caseload_date_parse_iso ((const char *) sqlite3_column_text (stmt, column), date);
}

/* One audit_log row, inside the caller's transaction. */
static gboolean
audit (CaseloadStore  *self,
       const char     *at,
       const char     *table,
       gint64          record_id,
       gint64          student_id,
       const char     *action,
       const char     *field,
       const char     *old_value,
       const char     *new_value,
       GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = caseload_db_prepare (self->db,
                              "INSERT INTO audit_log (at, staff_id, student_id, table_name, "
                              "record_id, action, field, old_value, new_value) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                              error);
  if (stmt == NULL)
    return FALSE;

  caseload_db_bind_text (stmt, 1, at);
  caseload_db_bind_id_or_null (stmt, 2, self->actor);
  caseload_db_bind_id_or_null (stmt, 3, student_id);
  caseload_db_bind_text (stmt, 4, table);
  caseload_db_bind_int64 (stmt, 5, record_id);
  caseload_db_bind_text (stmt, 6, action);
  if (field != NULL)
    caseload_db_bind_text (stmt, 7, field);
  else
    sqlite3_bind_null (stmt, 7);
  if (old_value != NULL)
    caseload_db_bind_text (stmt, 8, old_value);
  else
    sqlite3_bind_null (stmt, 8);
  if (new_value != NULL)
    caseload_db_bind_text (stmt, 9, new_value);
  else
    sqlite3_bind_null (stmt, 9);

  return caseload_db_step_done (self->db, stmt, _("Could not write the audit log"), error);
}

/* A row as text values (NULL = SQL NULL), in a fixed column order, so
 * updates can be compared field by field for the audit log. */
typedef enum
{
  COL_TEXT,          /* NOT NULL text */
  COL_TEXT_OR_NULL,  /* "" stored as NULL */
  COL_INT,           /* NOT NULL integer */
  COL_ID_OR_NULL,    /* 0 stored as NULL */
} ColumnType;

typedef struct
{
  const char *name;
  ColumnType  type;
} Column;

typedef struct
{
  const Column *columns;
  guint         n_columns;
  char        **values;
} Row;

static void
row_init (Row          *row,
          const Column *columns,
          guint         n_columns)
{
  row->columns = columns;
  row->n_columns = n_columns;
  row->values = g_new0 (char *, n_columns + 1);
}

static void
row_clear (Row *row)
{
  if (row->values != NULL)
    {
      for (guint i = 0; i < row->n_columns; i++)
        g_free (row->values[i]);
      g_clear_pointer (&row->values, g_free);
    }
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Row, row_clear)

static void
row_set_text (Row        *row,
              guint       i,
              const char *value)
{
  g_assert (i < row->n_columns);
  g_free (row->values[i]);
  if (row->columns[i].type != COL_TEXT && (value == NULL || *value == '\0'))
    row->values[i] = NULL;
  else
    row->values[i] = g_strdup (value != NULL ? value : "");
}

static void
row_set_int (Row    *row,
             guint   i,
             gint64  value)
{
  g_assert (i < row->n_columns);
  g_free (row->values[i]);
  if (row->columns[i].type == COL_ID_OR_NULL && value <= 0)
    row->values[i] = NULL;
  else
    row->values[i] = g_strdup_printf ("%" G_GINT64_FORMAT, value);
}

/* Binds the row's values to ?first .. ?first+n-1. */
static void
row_bind (const Row    *row,
          sqlite3_stmt *stmt,
          int           first)
{
  for (guint i = 0; i < row->n_columns; i++)
    {
      const char *value = row->values[i];
      int index = first + (int) i;

      if (value == NULL)
        sqlite3_bind_null (stmt, index);
      else if (row->columns[i].type == COL_INT || row->columns[i].type == COL_ID_OR_NULL)
        sqlite3_bind_int64 (stmt, index, g_ascii_strtoll (value, NULL, 10));
      else
        sqlite3_bind_text (stmt, index, value, -1, SQLITE_TRANSIENT);
    }
}

/* Reads the stored row with @select_sql (its columns in the row's order,
 * one parameter: the id). Returns FALSE with NOT_FOUND when missing. */
static gboolean
row_load (Row            *row,
          sqlite3        *db,
          const char     *select_sql,
          gint64          id,
          const char     *what,
          GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = caseload_db_prepare (db, select_sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                   _("There is no %s with the number %" PRId64), what, id);
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return caseload_db_set_error (db, rc, _("Could not read the database"), error);

  for (guint i = 0; i < row->n_columns; i++)
    {
      g_free (row->values[i]);
      row->values[i] = column_dup_or_null (stmt, (int) i);
    }
  return TRUE;
}

/* One audit row per changed column. */
static gboolean
audit_changes (CaseloadStore  *self,
               const char     *at,
               const char     *table,
               gint64          record_id,
               gint64          student_id,
               const Row      *old_row,
               const Row      *new_row,
               guint          *n_changed,
               GError        **error)
{
  guint changed = 0;

  for (guint i = 0; i < new_row->n_columns; i++)
    {
      if (g_strcmp0 (old_row->values[i], new_row->values[i]) == 0)
        continue;
      changed++;
      if (!audit (self, at, table, record_id, student_id, "update",
                  new_row->columns[i].name, old_row->values[i], new_row->values[i],
                  error))
        return FALSE;
    }

  if (n_changed != NULL)
    *n_changed = changed;
  return TRUE;
}

static gboolean
is_constraint_unique (sqlite3 *db)
{
  int code = sqlite3_extended_errcode (db);

  return code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY;
}

/* Commits, emitting "changed" for @table; rolls back on failure. */
gboolean
caseload_store_commit_and_notify (CaseloadStore  *self,
                                  const char     *table,
                                  GError        **error)
{
  if (!caseload_db_commit (self->db, error))
    return FALSE;
  caseload_store_emit_changed (self, table);
  return TRUE;
}

/* Rolls back the open transaction; returns FALSE for the caller's error
 * path. */
gboolean
caseload_store_fail_and_rollback (CaseloadStore *self)
{
  caseload_db_rollback (self->db);
  return FALSE;
}

/* ---- code tables and settings ------------------------------------------ */

static GListModel *
list_codes (CaseloadStore  *self,
            const char     *sql,
            GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GListStore) store = NULL;
  int rc;

  if (!check_open (self, error))
    return NULL;

  stmt = caseload_db_prepare (self->db, sql, error);
  if (stmt == NULL)
    return NULL;

  store = g_list_store_new (CASELOAD_TYPE_CODE);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CaseloadCode) code = NULL;

      code = caseload_code_new (caseload_db_column_text (stmt, 0),
                                translate_name (caseload_db_column_text (stmt, 1)),
                                caseload_db_column_text (stmt, 2));
      g_list_store_append (store, code);
    }
  if (rc != SQLITE_DONE)
    {
      caseload_db_set_error (self->db, rc, _("Could not read the code table"), error);
      return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&store));
}

GListModel *
caseload_store_list_disabilities (CaseloadStore  *self,
                                  GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);

  return list_codes (self,
                     "SELECT code, name, '' FROM disability_category "
                     "ORDER BY sort_order, code",
                     error);
}

GListModel *
caseload_store_list_staff_roles (CaseloadStore  *self,
                                 GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);

  return list_codes (self,
                     "SELECT code, name, '' FROM staff_role ORDER BY sort_order, code",
                     error);
}

GListModel *
caseload_store_list_team_roles (CaseloadStore  *self,
                                GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);

  return list_codes (self,
                     "SELECT code, name, '' FROM team_role ORDER BY sort_order, code",
                     error);
}

GListModel *
caseload_store_list_schools (CaseloadStore  *self,
                             GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GListStore) store = NULL;
  int rc;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);

  if (!check_open (self, error))
    return NULL;

  stmt = caseload_db_prepare (self->db,
                              "SELECT id, name, short_name, time_zone, lowest_grade, "
                              "highest_grade, address, phone FROM school ORDER BY name, id",
                              error);
  if (stmt == NULL)
    return NULL;

  store = g_list_store_new (CASELOAD_TYPE_SCHOOL);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CaseloadSchool) school = caseload_school_new ();

      caseload_school_set_id (school, sqlite3_column_int64 (stmt, 0));
      caseload_school_set_name (school, caseload_db_column_text (stmt, 1));
      caseload_school_set_short_name (school, caseload_db_column_text (stmt, 2));
      caseload_school_set_time_zone (school, caseload_db_column_text (stmt, 3));
      caseload_school_set_lowest_grade (school, caseload_db_column_text (stmt, 4));
      caseload_school_set_highest_grade (school, caseload_db_column_text (stmt, 5));
      caseload_school_set_address (school, caseload_db_column_text (stmt, 6));
      caseload_school_set_phone (school, caseload_db_column_text (stmt, 7));
      g_list_store_append (store, school);
    }
  if (rc != SQLITE_DONE)
    {
      caseload_db_set_error (self->db, rc, _("Could not read the schools"), error);
      return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&store));
}

static gboolean
is_grade (const char *grade)
{
  gint64 n;
  char *end = NULL;

  if (grade == NULL || *grade == '\0')
    return FALSE;
  if (g_str_equal (grade, "PK") || g_str_equal (grade, "K"))
    return TRUE;
  if (!g_ascii_isdigit (grade[0]))
    return FALSE;
  n = g_ascii_strtoll (grade, &end, 10);
  return *end == '\0' && n >= 1 && n <= 12 && !(grade[0] == '0');
}

static int
grade_rank (const char *grade)
{
  if (g_strcmp0 (grade, "PK") == 0)
    return -1;
  if (g_strcmp0 (grade, "K") == 0)
    return 0;
  return (int) g_ascii_strtoll (grade, NULL, 10);
}

gboolean
caseload_store_save_school (CaseloadStore   *self,
                            CaseloadSchool  *school,
                            GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *name = NULL;
  const char *time_zone;
  const char *lowest;
  const char *highest;
  gint64 id;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_SCHOOL (school), FALSE);

  if (!check_open (self, error))
    return FALSE;

  name = g_strstrip (g_strdup (caseload_school_get_name (school) ? caseload_school_get_name (school) : ""));
  if (*name == '\0')
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   _("School name is required."));
      return FALSE;
    }

  time_zone = caseload_school_get_time_zone (school);
  if (time_zone == NULL || *time_zone == '\0')
    time_zone = "America/Chicago";

  lowest = caseload_school_get_lowest_grade (school);
  highest = caseload_school_get_highest_grade (school);
  if (lowest == NULL || *lowest == '\0')
    lowest = "K";
  if (highest == NULL || *highest == '\0')
    highest = "12";
  if (!is_grade (lowest) || !is_grade (highest))
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   _("Grade “%s” is not a grade (PK, K, 1–12)."),
                   is_grade (lowest) ? highest : lowest);
      return FALSE;
    }
  if (grade_rank (lowest) > grade_rank (highest))
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   _("Lowest grade cannot be above the highest grade."));
      return FALSE;
    }

  id = caseload_school_get_id (school);

  if (!caseload_db_begin (self->db, error))
    return FALSE;

  if (id <= 0)
    stmt = caseload_db_prepare (self->db,
                                "INSERT INTO school (name, short_name, time_zone, lowest_grade, "
                                "highest_grade, address, phone) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                                error);
  else
    stmt = caseload_db_prepare (self->db,
                                "UPDATE school SET name = ?1, short_name = ?2, time_zone = ?3, "
                                "lowest_grade = ?4, highest_grade = ?5, address = ?6, phone = ?7 "
                                "WHERE id = ?8",
                                error);
  if (stmt == NULL)
    return caseload_store_fail_and_rollback (self);

  caseload_db_bind_text (stmt, 1, name);
  caseload_db_bind_text (stmt, 2, caseload_school_get_short_name (school));
  caseload_db_bind_text (stmt, 3, time_zone);
  caseload_db_bind_text (stmt, 4, lowest);
  caseload_db_bind_text (stmt, 5, highest);
  caseload_db_bind_text (stmt, 6, caseload_school_get_address (school));
  caseload_db_bind_text (stmt, 7, caseload_school_get_phone (school));
  if (id > 0)
    caseload_db_bind_int64 (stmt, 8, id);

  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      if (is_constraint_unique (self->db))
        g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_EXISTS,
                     _("School name “%s” is already used."), name);
      else
        caseload_db_set_error (self->db, sqlite3_errcode (self->db),
                               _("Could not save the school"), error);
      return caseload_store_fail_and_rollback (self);
    }
  if (id > 0 && sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                   _("There is no school with the number %" PRId64), id);
      return caseload_store_fail_and_rollback (self);
    }
  if (id <= 0)
    id = sqlite3_last_insert_rowid (self->db);

  if (!caseload_store_commit_and_notify (self, "school", error))
    return FALSE;

  caseload_school_set_id (school, id);
  return TRUE;
}

gboolean
caseload_store_load_rule_settings (CaseloadStore         *self,
                                   CaseloadRuleSettings  *settings,
                                   GError               **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (settings != NULL, FALSE);

  caseload_rule_settings_init_defaults (settings);

  if (!check_open (self, error))
    return FALSE;

  stmt = caseload_db_prepare (self->db, "SELECT key, value FROM rule_setting", error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      /* Unknown keys come from a newer minor version; ignore them. */
      caseload_rule_settings_set (settings,
                                  caseload_db_column_text (stmt, 0),
                                  sqlite3_column_int (stmt, 1));
    }
  if (rc != SQLITE_DONE)
    return caseload_db_set_error (self->db, rc, _("Could not read the rule settings"), error);

  return TRUE;
}

gboolean
caseload_store_save_rule_setting (CaseloadStore  *self,
                                  const char     *key,
                                  int             value,
                                  GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  CaseloadRuleSettings probe;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  if (!check_open (self, error))
    return FALSE;

  caseload_rule_settings_init_defaults (&probe);
  if (!caseload_rule_settings_set (&probe, key, value))
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   _("“%s” is not a rule setting."), key);
      return FALSE;
    }
  if (value < 0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   _("The value of “%s” cannot be negative."), key);
      return FALSE;
    }

  if (!caseload_db_begin (self->db, error))
    return FALSE;

  stmt = caseload_db_prepare (self->db,
                              "INSERT INTO rule_setting (key, value) VALUES (?1, ?2) "
                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                              error);
  if (stmt == NULL)
    return caseload_store_fail_and_rollback (self);
  caseload_db_bind_text (stmt, 1, key);
  sqlite3_bind_int (stmt, 2, value);
  if (!caseload_db_step_done (self->db, stmt, _("Could not save the rule setting"), error))
    return caseload_store_fail_and_rollback (self);

  return caseload_store_commit_and_notify (self, "rule_setting", error);
}

/* ---- students ------------------------------------------------------------ */

/* One query gives every student's columns, names from the code tables, the
 * case manager and the facts the deadline rules need. The subqueries are
 * correlated on indexed columns; nothing is queried per row from C. */
#define STUDENT_SELECT \
  "SELECT s.id, s.student_number, s.first_name, s.last_name, s.preferred_name, " \
  "s.birth_date, s.grade, COALESCE(s.school_id, 0), COALESCE(sc.name, ''), s.home_language, " \
  "s.gender, s.status, s.exit_date, s.exit_reason, s.notes, s.reeval_waived, " \
  "COALESCE(psd.code, ''), COALESCE(dc.name, ''), " \
  "COALESCE(cm.staff_id, 0), COALESCE(cms.first_name || ' ' || cms.last_name, ''), " \
  "(SELECT group_concat(sd.code, ',') FROM student_disability sd " \
  "  WHERE sd.student_id = s.id AND sd.is_primary = 0), " \
  "CASE WHEN NOT EXISTS (SELECT 1 FROM evaluation e WHERE e.student_id = s.id " \
  "    AND e.kind = 'initial' AND e.evaluation_date IS NOT NULL) " \
  "  THEN (SELECT max(c.response_date) FROM consent c WHERE c.student_id = s.id " \
  "    AND c.kind = 'initial-evaluation' AND c.granted = 1) END, " \
  "CASE WHEN NOT EXISTS (SELECT 1 FROM iep i WHERE i.student_id = s.id " \
  "    AND i.status IN ('finalized', 'superseded')) " \
  "  THEN (SELECT max(e.eligibility_date) FROM evaluation e WHERE e.student_id = s.id " \
  "    AND e.kind = 'initial' AND e.eligible = 1) END, " \
  "(SELECT max(e.evaluation_date) FROM evaluation e WHERE e.student_id = s.id), " \
  "ci.id, ci.meeting_date, ci.start_date, ci.end_date, " \
  "CASE WHEN ci.transition_education <> '' THEN 1 ELSE 0 END, " \
  "CASE WHEN ci.rights_transfer_date IS NOT NULL THEN 1 ELSE 0 END, " \
  "(SELECT min(sy.start_date) FROM school_year sy WHERE sy.school_id = s.school_id " \
  "  AND sy.start_date > :as_of) " \
  "FROM student s " \
  "LEFT JOIN school sc ON sc.id = s.school_id " \
  "LEFT JOIN student_disability psd ON psd.student_id = s.id AND psd.is_primary = 1 " \
  "LEFT JOIN disability_category dc ON dc.code = psd.code " \
  "LEFT JOIN team_assignment cm ON cm.student_id = s.id AND cm.is_case_manager = 1 " \
  "LEFT JOIN staff cms ON cms.id = cm.staff_id " \
  "LEFT JOIN iep ci ON ci.id = (SELECT i.id FROM iep i WHERE i.student_id = s.id " \
  "  AND i.status = 'finalized' ORDER BY i.start_date DESC, i.id DESC LIMIT 1) "

#define STUDENT_ORDER " ORDER BY s.last_name, s.first_name, s.id"

enum {
  SCOL_ID,
  SCOL_NUMBER,
  SCOL_FIRST_NAME,
  SCOL_LAST_NAME,
  SCOL_PREFERRED_NAME,
  SCOL_BIRTH_DATE,
  SCOL_GRADE,
  SCOL_SCHOOL_ID,
  SCOL_SCHOOL_NAME,
  SCOL_HOME_LANGUAGE,
  SCOL_GENDER,
  SCOL_STATUS,
  SCOL_EXIT_DATE,
  SCOL_EXIT_REASON,
  SCOL_NOTES,
  SCOL_REEVAL_WAIVED,
  SCOL_PRIMARY_CODE,
  SCOL_PRIMARY_NAME,
  SCOL_CASE_MANAGER_ID,
  SCOL_CASE_MANAGER_NAME,
  SCOL_SECONDARY,
  SCOL_INITIAL_CONSENT,
  SCOL_ELIGIBILITY,
  SCOL_LAST_EVALUATION,
  SCOL_IEP_ID,
  SCOL_IEP_MEETING,
  SCOL_IEP_START,
  SCOL_IEP_END,
  SCOL_IEP_TRANSITION,
  SCOL_IEP_RIGHTS,
  SCOL_NEXT_YEAR_START,
};

typedef gboolean (*StudentRowFunc) (sqlite3_stmt *stmt,
                                    gpointer      data,
                                    GError      **error);

static gboolean
query_students (CaseloadStore   *self,
                const char      *sql,
                gint64           id,
                const char      *number,
                const GDate     *as_of,
                StudentRowFunc   func,
                gpointer         data,
                guint           *n_rows,
                GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *as_of_iso = NULL;
  guint rows = 0;
  int index;
  int rc;

  stmt = caseload_db_prepare (self->db, sql, error);
  if (stmt == NULL)
    return FALSE;

  as_of_iso = caseload_date_to_iso (as_of);
  caseload_db_bind_text (stmt, sqlite3_bind_parameter_index (stmt, ":as_of"), as_of_iso);
  if ((index = sqlite3_bind_parameter_index (stmt, ":id")) > 0)
    caseload_db_bind_int64 (stmt, index, id);
  if ((index = sqlite3_bind_parameter_index (stmt, ":number")) > 0)
    caseload_db_bind_text (stmt, index, number);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      rows++;
      if (!func (stmt, data, error))
        return FALSE;
    }
  if (rc != SQLITE_DONE)
    return caseload_db_set_error (self->db, rc, _("Could not read the students"), error);

  if (n_rows != NULL)
    *n_rows = rows;
  return TRUE;
}

static void
facts_from_row (sqlite3_stmt          *stmt,
                CaseloadDeadlineFacts *facts)
{
  caseload_deadline_facts_init (facts);

  facts->student_id = sqlite3_column_int64 (stmt, SCOL_ID);
  column_date (stmt, SCOL_BIRTH_DATE, &facts->birth_date);
  column_date (stmt, SCOL_INITIAL_CONSENT, &facts->initial_consent_date);
  column_date (stmt, SCOL_ELIGIBILITY, &facts->eligibility_date);
  column_date (stmt, SCOL_LAST_EVALUATION, &facts->last_evaluation_date);
  facts->reevaluation_waived = sqlite3_column_int (stmt, SCOL_REEVAL_WAIVED) != 0;
  facts->has_iep = sqlite3_column_type (stmt, SCOL_IEP_ID) != SQLITE_NULL;
  column_date (stmt, SCOL_IEP_MEETING, &facts->iep_meeting_date);
  column_date (stmt, SCOL_IEP_START, &facts->iep_start_date);
  column_date (stmt, SCOL_IEP_END, &facts->iep_end_date);
  facts->iep_has_transition_plan = facts->has_iep && sqlite3_column_int (stmt, SCOL_IEP_TRANSITION) != 0;
  facts->iep_has_rights_transfer = facts->has_iep && sqlite3_column_int (stmt, SCOL_IEP_RIGHTS) != 0;
  column_date (stmt, SCOL_NEXT_YEAR_START, &facts->next_school_year_start);
}

static int
compare_codes (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

typedef struct
{
  CaseloadRuleSettings settings;
  GDate                as_of;
  GPtrArray           *students;
} StudentListData;

static gboolean
add_student_row (sqlite3_stmt  *stmt,
                 gpointer       user_data,
                 GError       **error)
{
  StudentListData *data = user_data;
  CaseloadStudent *student = caseload_student_new ();
  CaseloadDeadlineFacts facts;
  g_autoptr(GArray) deadlines = NULL;
  const char *secondary;

  caseload_student_set_id (student, sqlite3_column_int64 (stmt, SCOL_ID));
  caseload_student_set_student_number (student, caseload_db_column_text (stmt, SCOL_NUMBER));
  caseload_student_set_first_name (student, caseload_db_column_text (stmt, SCOL_FIRST_NAME));
  caseload_student_set_last_name (student, caseload_db_column_text (stmt, SCOL_LAST_NAME));
  caseload_student_set_preferred_name (student, caseload_db_column_text (stmt, SCOL_PREFERRED_NAME));
  caseload_student_set_birth_date (student, caseload_db_column_text (stmt, SCOL_BIRTH_DATE));
  caseload_student_set_grade (student, caseload_db_column_text (stmt, SCOL_GRADE));
  caseload_student_set_school_id (student, sqlite3_column_int64 (stmt, SCOL_SCHOOL_ID));
  caseload_student_set_school_name (student, caseload_db_column_text (stmt, SCOL_SCHOOL_NAME));
  caseload_student_set_home_language (student, caseload_db_column_text (stmt, SCOL_HOME_LANGUAGE));
  caseload_student_set_gender (student, caseload_db_column_text (stmt, SCOL_GENDER));
  caseload_student_set_status (student, caseload_db_column_text (stmt, SCOL_STATUS));
  caseload_student_set_exit_date (student, caseload_db_column_text (stmt, SCOL_EXIT_DATE));
  caseload_student_set_exit_reason (student, caseload_db_column_text (stmt, SCOL_EXIT_REASON));
  caseload_student_set_notes (student, caseload_db_column_text (stmt, SCOL_NOTES));
  caseload_student_set_reevaluation_waived (student, sqlite3_column_int (stmt, SCOL_REEVAL_WAIVED) != 0);
  caseload_student_set_primary_disability (student, caseload_db_column_text (stmt, SCOL_PRIMARY_CODE));
  caseload_student_set_primary_disability_name (student,
                                                translate_name (caseload_db_column_text (stmt, SCOL_PRIMARY_NAME)));
  caseload_student_set_case_manager_id (student, sqlite3_column_int64 (stmt, SCOL_CASE_MANAGER_ID));
  caseload_student_set_case_manager_name (student, caseload_db_column_text (stmt, SCOL_CASE_MANAGER_NAME));

  secondary = caseload_db_column_text (stmt, SCOL_SECONDARY);
  if (*secondary != '\0')
    {
      g_auto(GStrv) codes = g_strsplit (secondary, ",", -1);

      qsort (codes, g_strv_length (codes), sizeof (char *), compare_codes);
      caseload_student_set_secondary_disabilities (student, (const char * const *) codes);
    }

  facts_from_row (stmt, &facts);
  deadlines = caseload_rules_compute_deadlines (&data->settings, &facts, &data->as_of);
  if (deadlines != NULL && deadlines->len > 0)
    {
      const CaseloadDeadlineItem *next = &g_array_index (deadlines, CaseloadDeadlineItem, 0);
      g_autofree char *due = caseload_date_to_iso (&next->due);

      caseload_student_set_next_deadline (student,
                                          caseload_deadline_kind_to_key (next->kind),
                                          due,
                                          next->days_left,
                                          caseload_rules_status_for_days (&data->settings,
                                                                          next->days_left));
    }

  g_ptr_array_add (data->students, student);
  return TRUE;
}

static GPtrArray *
load_students (CaseloadStore  *self,
               const char     *sql,
               gint64          id,
               const char     *number,
               const GDate    *as_of,
               GError        **error)
{
  StudentListData data;
  g_autoptr(GPtrArray) students = g_ptr_array_new_with_free_func (g_object_unref);

  if (!check_open (self, error))
    return NULL;
  if (!caseload_store_load_rule_settings (self, &data.settings, error))
    return NULL;
  resolve_as_of (as_of, &data.as_of);
  data.students = students;

  if (!query_students (self, sql, id, number, &data.as_of, add_student_row, &data, NULL, error))
    return NULL;

  return g_steal_pointer (&students);
}

GListModel *
caseload_store_list_students (CaseloadStore             *self,
                              CaseloadStudentListFlags   flags,
                              const GDate               *as_of,
                              GError                   **error)
{
  g_autoptr(GPtrArray) students = NULL;
  GListStore *store;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);

  if (flags & CASELOAD_STUDENT_LIST_ALL)
    students = load_students (self, STUDENT_SELECT STUDENT_ORDER, 0, NULL, as_of, error);
  else
    students = load_students (self,
                              STUDENT_SELECT "WHERE s.status IN ('referred', 'active')" STUDENT_ORDER,
                              0, NULL, as_of, error);
  if (students == NULL)
    return NULL;

  store = g_list_store_new (CASELOAD_TYPE_STUDENT);
  g_list_store_splice (store, 0, 0, students->pdata, students->len);
  return G_LIST_MODEL (store);
}

CaseloadStudent *
caseload_store_get_student (CaseloadStore  *self,
                            gint64          id,
                            GError        **error)
{
  g_autoptr(GPtrArray) students = NULL;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);

  students = load_students (self, STUDENT_SELECT "WHERE s.id = :id", id, NULL, NULL, error);
  if (students == NULL)
    return NULL;
  if (students->len == 0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                   _("There is no student with the number %" PRId64), id);
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (students, 0));
}

CaseloadStudent *
caseload_store_find_student (CaseloadStore  *self,
                             const char     *student_number,
                             GError        **error)
{
  g_autoptr(GPtrArray) students = NULL;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);
  g_return_val_if_fail (student_number != NULL, NULL);

  students = load_students (self, STUDENT_SELECT "WHERE s.student_number = :number",
                            0, student_number, NULL, error);
  if (students == NULL)
    return NULL;
  if (students->len == 0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                   _("No student has the student ID “%s”"), student_number);
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (students, 0));
}

/* ---- validation ---------------------------------------------------------- */

static gboolean
invalid (const char  **field,
         const char   *field_name,
         GError      **error,
         int           code,
         const char   *format,
         ...) G_GNUC_PRINTF (5, 6);

static gboolean
invalid (const char  **field,
         const char   *field_name,
         GError      **error,
         int           code,
         const char   *format,
         ...)
{
  va_list args;

  if (field != NULL)
    *field = field_name;
  if (error != NULL)
    {
      va_start (args, format);
      *error = g_error_new_valist (CASELOAD_ERROR, code, format, args);
      va_end (args);
    }
  return FALSE;
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

static char *
strip_dup (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

static gboolean
exists_by_text (CaseloadStore  *self,
                const char     *sql,
                const char     *value,
                gboolean       *exists,
                GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = caseload_db_prepare (self->db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  caseload_db_bind_text (stmt, 1, value);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return caseload_db_set_error (self->db, rc, _("Could not read the database"), error);
  *exists = rc == SQLITE_ROW;
  return TRUE;
}

static gboolean
exists_by_id (CaseloadStore  *self,
              const char     *sql,
              gint64          id,
              gboolean       *exists,
              GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = caseload_db_prepare (self->db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  caseload_db_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return caseload_db_set_error (self->db, rc, _("Could not read the database"), error);
  *exists = rc == SQLITE_ROW;
  return TRUE;
}

static gboolean
is_known_disability (CaseloadStore  *self,
                     const char     *code,
                     gboolean       *known,
                     GError        **error)
{
  return exists_by_text (self, "SELECT 1 FROM disability_category WHERE code = ?1",
                         code, known, error);
}

static gboolean
is_student_status (const char *status)
{
  return g_strcmp0 (status, "referred") == 0 ||
         g_strcmp0 (status, "active") == 0 ||
         g_strcmp0 (status, "archived") == 0 ||
         g_strcmp0 (status, "exited") == 0;
}

gboolean
caseload_store_validate_student (CaseloadStore    *self,
                                 CaseloadStudent  *student,
                                 const char      **field,
                                 GError          **error)
{
  g_autofree char *number = NULL;
  const char *birth;
  const char *grade;
  const char *primary;
  const char *status;
  const char *exit_date;
  const char * const *secondary;
  gint64 school_id;
  GDate date;
  GDate today;
  gboolean ok;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_STUDENT (student), FALSE);

  if (field != NULL)
    *field = NULL;
  if (!check_open (self, error))
    return FALSE;

  if (is_blank (caseload_student_get_first_name (student)))
    return invalid (field, "first-name", error, CASELOAD_ERROR_INVALID,
                    _("First name is required."));
  if (is_blank (caseload_student_get_last_name (student)))
    return invalid (field, "last-name", error, CASELOAD_ERROR_INVALID,
                    _("Last name is required."));

  number = strip_dup (caseload_student_get_student_number (student));
  if (*number == '\0')
    return invalid (field, "student-number", error, CASELOAD_ERROR_INVALID,
                    _("Student ID is required."));
  {
    g_autoptr(sqlite3_stmt) stmt = NULL;
    int rc;

    stmt = caseload_db_prepare (self->db,
                                "SELECT first_name, last_name FROM student "
                                "WHERE student_number = ?1 AND id <> ?2",
                                error);
    if (stmt == NULL)
      return FALSE;
    caseload_db_bind_text (stmt, 1, number);
    caseload_db_bind_int64 (stmt, 2, caseload_student_get_id (student));
    rc = sqlite3_step (stmt);
    if (rc == SQLITE_ROW)
      return invalid (field, "student-number", error, CASELOAD_ERROR_EXISTS,
                      _("Student ID “%s” is already used by %s %s."),
                      number,
                      caseload_db_column_text (stmt, 0),
                      caseload_db_column_text (stmt, 1));
    if (rc != SQLITE_DONE)
      return caseload_db_set_error (self->db, rc, _("Could not read the students"), error);
  }

  birth = caseload_student_get_birth_date (student);
  if (is_blank (birth))
    return invalid (field, "birth-date", error, CASELOAD_ERROR_INVALID,
                    _("Birth date is required."));
  if (!caseload_date_parse_iso (birth, &date))
    return invalid (field, "birth-date", error, CASELOAD_ERROR_INVALID,
                    _("Birth date: “%s” is not a date."), birth);
  caseload_date_set_today (&today);
  if (g_date_compare (&date, &today) > 0)
    return invalid (field, "birth-date", error, CASELOAD_ERROR_INVALID,
                    _("Birth date cannot be in the future."));

  grade = caseload_student_get_grade (student);
  if (is_blank (grade))
    return invalid (field, "grade", error, CASELOAD_ERROR_INVALID,
                    _("Grade is required."));
  if (!is_grade (grade))
    return invalid (field, "grade", error, CASELOAD_ERROR_INVALID,
                    _("Grade “%s” is not a grade (PK, K, 1–12)."), grade);

  school_id = caseload_student_get_school_id (student);
  if (school_id > 0)
    {
      if (!exists_by_id (self, "SELECT 1 FROM school WHERE id = ?1", school_id, &ok, error))
        return FALSE;
      if (!ok)
        return invalid (field, "school-id", error, CASELOAD_ERROR_INVALID,
                        _("School: there is no school with the number %" PRId64 "."),
                        school_id);
    }

  status = caseload_student_get_status (student);
  if (!is_blank (status) && !is_student_status (status))
    return invalid (field, "status", error, CASELOAD_ERROR_INVALID,
                    _("Status “%s” is not a student status."), status);

  exit_date = caseload_student_get_exit_date (student);
  if (!is_blank (exit_date) && !caseload_date_parse_iso (exit_date, &date))
    return invalid (field, "exit-date", error, CASELOAD_ERROR_INVALID,
                    _("Exit date: “%s” is not a date."), exit_date);

  primary = caseload_student_get_primary_disability (student);
  if (!is_blank (primary))
    {
      if (!is_known_disability (self, primary, &ok, error))
        return FALSE;
      if (!ok)
        return invalid (field, "primary-disability", error, CASELOAD_ERROR_INVALID,
                        _("Primary disability “%s” is not a known category."), primary);
    }

  secondary = caseload_student_get_secondary_disabilities (student);
  for (guint i = 0; secondary != NULL && secondary[i] != NULL; i++)
    {
      if (!is_known_disability (self, secondary[i], &ok, error))
        return FALSE;
      if (!ok)
        return invalid (field, "secondary-disabilities", error, CASELOAD_ERROR_INVALID,
                        _("Secondary disability “%s” is not a known category."), secondary[i]);
      if (g_strcmp0 (secondary[i], primary) == 0)
        return invalid (field, "secondary-disabilities", error, CASELOAD_ERROR_INVALID,
                        _("Secondary disabilities: “%s” is already the primary disability."),
                        secondary[i]);
      for (guint j = 0; j < i; j++)
        if (g_str_equal (secondary[i], secondary[j]))
          return invalid (field, "secondary-disabilities", error, CASELOAD_ERROR_INVALID,
                          _("Secondary disabilities: “%s” is listed twice."), secondary[i]);
    }

  return TRUE;
}

/* ---- saving students ---------------------------------------------------- */

static const Column student_columns[] = {
  { "student_number", COL_TEXT },
  { "first_name", COL_TEXT },
  { "last_name", COL_TEXT },
  { "preferred_name", COL_TEXT },
  { "birth_date", COL_TEXT },
  { "grade", COL_TEXT },
  { "school_id", COL_ID_OR_NULL },
  { "home_language", COL_TEXT },
  { "gender", COL_TEXT },
  { "status", COL_TEXT },
  { "exit_date", COL_TEXT_OR_NULL },
  { "exit_reason", COL_TEXT },
  { "reeval_waived", COL_INT },
  { "notes", COL_TEXT },
};

#define STUDENT_COLUMN_LIST \
  "student_number, first_name, last_name, preferred_name, birth_date, grade, " \
  "school_id, home_language, gender, status, exit_date, exit_reason, reeval_waived, notes"

static void
student_to_row (CaseloadStudent *student,
                Row             *row)
{
  g_autofree char *number = strip_dup (caseload_student_get_student_number (student));
  g_autofree char *first = strip_dup (caseload_student_get_first_name (student));
  g_autofree char *last = strip_dup (caseload_student_get_last_name (student));
  g_autofree char *preferred = strip_dup (caseload_student_get_preferred_name (student));
  const char *language = caseload_student_get_home_language (student);
  const char *status = caseload_student_get_status (student);

  row_init (row, student_columns, G_N_ELEMENTS (student_columns));
  row_set_text (row, 0, number);
  row_set_text (row, 1, first);
  row_set_text (row, 2, last);
  row_set_text (row, 3, preferred);
  row_set_text (row, 4, caseload_student_get_birth_date (student));
  row_set_text (row, 5, caseload_student_get_grade (student));
  row_set_int (row, 6, caseload_student_get_school_id (student));
  row_set_text (row, 7, is_blank (language) ? "en" : language);
  row_set_text (row, 8, caseload_student_get_gender (student));
  row_set_text (row, 9, is_blank (status) ? "active" : status);
  row_set_text (row, 10, caseload_student_get_exit_date (student));
  row_set_text (row, 11, caseload_student_get_exit_reason (student));
  row_set_int (row, 12, caseload_student_get_reevaluation_waived (student) ? 1 : 0);
  row_set_text (row, 13, caseload_student_get_notes (student));
}

static gboolean
write_student_error (CaseloadStore  *self,
                     const Row      *row,
                     GError        **error)
{
  if (is_constraint_unique (self->db))
    g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_EXISTS,
                 _("Student ID “%s” is already used."), row->values[0]);
  else
    caseload_db_set_error (self->db, sqlite3_extended_errcode (self->db),
                           _("Could not save the student"), error);
  return FALSE;
}

typedef struct
{
  gint64   id;
  char    *code;
  gboolean is_primary;
} DisabilityRow;

static void
disability_row_free (gpointer data)
{
  DisabilityRow *row = data;

  g_free (row->code);
  g_free (row);
}

static gboolean
insert_disability (CaseloadStore  *self,
                   const char     *at,
                   gint64          student_id,
                   const char     *code,
                   gboolean        is_primary,
                   GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 id;

  stmt = caseload_db_prepare (self->db,
                              "INSERT INTO student_disability (student_id, code, is_primary) "
                              "VALUES (?1, ?2, ?3)",
                              error);
  if (stmt == NULL)
    return FALSE;
  caseload_db_bind_int64 (stmt, 1, student_id);
  caseload_db_bind_text (stmt, 2, code);
  sqlite3_bind_int (stmt, 3, is_primary ? 1 : 0);
  if (!caseload_db_step_done (self->db, stmt, _("Could not save the disabilities"), error))
    return FALSE;
  id = sqlite3_last_insert_rowid (self->db);

  return audit (self, at, "student_disability", id, student_id, "insert",
                "code", NULL, code, error) &&
         audit (self, at, "student_disability", id, student_id, "insert",
                "is_primary", NULL, is_primary ? "1" : "0", error);
}

/* Brings student_disability in line with the object: deletes what went,
 * demotes, then promotes (the schema allows one primary), then inserts. */
static gboolean
save_disabilities (CaseloadStore    *self,
                   const char       *at,
                   gint64            student_id,
                   CaseloadStudent  *student,
                   guint            *n_changed,
                   GError          **error)
{
  g_autoptr(GPtrArray) existing = g_ptr_array_new_with_free_func (disability_row_free);
  g_autoptr(GHashTable) wanted = g_hash_table_new (g_str_hash, g_str_equal);
  const char *primary = caseload_student_get_primary_disability (student);
  const char * const *secondary = caseload_student_get_secondary_disabilities (student);
  guint changed = 0;
  int rc;

  if (!is_blank (primary))
    g_hash_table_insert (wanted, (gpointer) primary, GINT_TO_POINTER (1));
  for (guint i = 0; secondary != NULL && secondary[i] != NULL; i++)
    if (!g_hash_table_contains (wanted, secondary[i]))
      g_hash_table_insert (wanted, (gpointer) secondary[i], GINT_TO_POINTER (0));

  {
    g_autoptr(sqlite3_stmt) stmt = NULL;

    stmt = caseload_db_prepare (self->db,
                                "SELECT id, code, is_primary FROM student_disability "
                                "WHERE student_id = ?1 ORDER BY id",
                                error);
    if (stmt == NULL)
      return FALSE;
    caseload_db_bind_int64 (stmt, 1, student_id);
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        DisabilityRow *row = g_new0 (DisabilityRow, 1);

        row->id = sqlite3_column_int64 (stmt, 0);
        row->code = g_strdup (caseload_db_column_text (stmt, 1));
        row->is_primary = sqlite3_column_int (stmt, 2) != 0;
        g_ptr_array_add (existing, row);
      }
    if (rc != SQLITE_DONE)
      return caseload_db_set_error (self->db, rc, _("Could not read the disabilities"), error);
  }

  /* Deletions, then demotions, then promotions. */
  for (int pass = 0; pass < 3; pass++)
    {
      for (guint i = 0; i < existing->len; i++)
        {
          DisabilityRow *row = g_ptr_array_index (existing, i);
          gpointer value;
          gboolean want_primary;
          g_autoptr(sqlite3_stmt) stmt = NULL;

          if (!g_hash_table_lookup_extended (wanted, row->code, NULL, &value))
            {
              if (pass != 0)
                continue;
              stmt = caseload_db_prepare (self->db,
                                          "DELETE FROM student_disability WHERE id = ?1", error);
              if (stmt == NULL)
                return FALSE;
              caseload_db_bind_int64 (stmt, 1, row->id);
              if (!caseload_db_step_done (self->db, stmt, _("Could not save the disabilities"), error) ||
                  !audit (self, at, "student_disability", row->id, student_id, "delete",
                          "code", row->code, NULL, error))
                return FALSE;
              changed++;
              continue;
            }

          want_primary = GPOINTER_TO_INT (value) != 0;
          if (want_primary == row->is_primary)
            continue;
          if ((pass == 1 && !want_primary) || (pass == 2 && want_primary))
            {
              stmt = caseload_db_prepare (self->db,
                                          "UPDATE student_disability SET is_primary = ?1 WHERE id = ?2",
                                          error);
              if (stmt == NULL)
                return FALSE;
              sqlite3_bind_int (stmt, 1, want_primary ? 1 : 0);
              caseload_db_bind_int64 (stmt, 2, row->id);
              if (!caseload_db_step_done (self->db, stmt, _("Could not save the disabilities"), error) ||
                  !audit (self, at, "student_disability", row->id, student_id, "update",
                          "is_primary", row->is_primary ? "1" : "0", want_primary ? "1" : "0",
                          error))
                return FALSE;
              changed++;
            }
        }
    }

  /* Insertions, in the object's order (primary first). */
  {
    g_autoptr(GPtrArray) order = g_ptr_array_new ();

    if (!is_blank (primary))
      g_ptr_array_add (order, (gpointer) primary);
    for (guint i = 0; secondary != NULL && secondary[i] != NULL; i++)
      g_ptr_array_add (order, (gpointer) secondary[i]);

    for (guint i = 0; i < order->len; i++)
      {
        const char *code = g_ptr_array_index (order, i);
        gboolean found = FALSE;

        for (guint j = 0; j < existing->len && !found; j++)
          found = g_str_equal (((DisabilityRow *) g_ptr_array_index (existing, j))->code, code);
        for (guint j = 0; j < i && !found; j++)
          found = g_str_equal (g_ptr_array_index (order, j), code);
        if (found)
          continue;
        if (!insert_disability (self, at, student_id, code,
                                GPOINTER_TO_INT (g_hash_table_lookup (wanted, code)) != 0,
                                error))
          return FALSE;
        changed++;
      }
  }

  if (n_changed != NULL)
    *n_changed = changed;
  return TRUE;
}

static gboolean
save_student_in_transaction (CaseloadStore    *self,
                             CaseloadStudent  *student,
                             gint64           *out_id,
                             guint            *n_changed,
                             GError          **error)
{
  g_auto(Row) row = { 0 };
  g_autofree char *at = caseload_db_now ();
  gint64 id = caseload_student_get_id (student);
  guint changed = 0;
  guint disabilities_changed = 0;

  student_to_row (student, &row);

  if (id <= 0)
    {
      g_autoptr(sqlite3_stmt) stmt = NULL;

      stmt = caseload_db_prepare (self->db,
                                  "INSERT INTO student (" STUDENT_COLUMN_LIST ", created_at, updated_at) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?15)",
                                  error);
      if (stmt == NULL)
        return FALSE;
      row_bind (&row, stmt, 1);
      caseload_db_bind_text (stmt, 15, at);
      if (sqlite3_step (stmt) != SQLITE_DONE)
        return write_student_error (self, &row, error);
      id = sqlite3_last_insert_rowid (self->db);
      if (!audit (self, at, "student", id, id, "insert", NULL, NULL, NULL, error))
        return FALSE;
      changed = 1;
    }
  else
    {
      g_auto(Row) old_row = { 0 };

      row_init (&old_row, student_columns, G_N_ELEMENTS (student_columns));
      if (!row_load (&old_row, self->db,
                     "SELECT " STUDENT_COLUMN_LIST " FROM student WHERE id = ?1",
                     id, _("student"), error))
        return FALSE;
      if (!audit_changes (self, at, "student", id, id, &old_row, &row, &changed, error))
        return FALSE;
      if (changed > 0)
        {
          g_autoptr(sqlite3_stmt) stmt = NULL;

          stmt = caseload_db_prepare (self->db,
                                      "UPDATE student SET student_number = ?1, first_name = ?2, "
                                      "last_name = ?3, preferred_name = ?4, birth_date = ?5, grade = ?6, "
                                      "school_id = ?7, home_language = ?8, gender = ?9, status = ?10, "
                                      "exit_date = ?11, exit_reason = ?12, reeval_waived = ?13, "
                                      "notes = ?14, updated_at = ?15 WHERE id = ?16",
                                      error);
          if (stmt == NULL)
            return FALSE;
          row_bind (&row, stmt, 1);
          caseload_db_bind_text (stmt, 15, at);
          caseload_db_bind_int64 (stmt, 16, id);
          if (sqlite3_step (stmt) != SQLITE_DONE)
            return write_student_error (self, &row, error);
        }
    }

  if (!save_disabilities (self, at, id, student, &disabilities_changed, error))
    return FALSE;

  *out_id = id;
  if (n_changed != NULL)
    *n_changed = changed + disabilities_changed;
  return TRUE;
}

gboolean
caseload_store_save_student (CaseloadStore    *self,
                             CaseloadStudent  *student,
                             GError          **error)
{
  gint64 id = 0;
  guint changed = 0;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_STUDENT (student), FALSE);

  if (!caseload_store_validate_student (self, student, NULL, error))
    return FALSE;

  if (!caseload_db_begin (self->db, error))
    return FALSE;
  if (!save_student_in_transaction (self, student, &id, &changed, error))
    return caseload_store_fail_and_rollback (self);
  if (!caseload_db_commit (self->db, error))
    return FALSE;

  if (caseload_student_get_id (student) != id)
    caseload_student_set_id (student, id);
  if (changed > 0)
    caseload_store_emit_changed (self, "student");
  return TRUE;
}

static gboolean
set_student_status (CaseloadStore  *self,
                    gint64          student_id,
                    gboolean        archive,
                    GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *at = caseload_db_now ();
  g_autofree char *old_status = NULL;
  g_autofree char *new_status = NULL;
  int rc;

  if (!check_open (self, error))
    return FALSE;
  if (!caseload_db_begin (self->db, error))
    return FALSE;

  stmt = caseload_db_prepare (self->db, "SELECT status FROM student WHERE id = ?1", error);
  if (stmt == NULL)
    return caseload_store_fail_and_rollback (self);
  caseload_db_bind_int64 (stmt, 1, student_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                   _("There is no student with the number %" PRId64), student_id);
      return caseload_store_fail_and_rollback (self);
    }
  if (rc != SQLITE_ROW)
    {
      caseload_db_set_error (self->db, rc, _("Could not read the student"), error);
      return caseload_store_fail_and_rollback (self);
    }
  old_status = g_strdup (caseload_db_column_text (stmt, 0));
  g_clear_pointer (&stmt, caseload_db_release);

  if (archive)
    {
      if (g_str_equal (old_status, "archived"))
        {
          /* Already archived: nothing to write. */
          caseload_db_rollback (self->db);
          return TRUE;
        }
      new_status = g_strdup ("archived");
    }
  else
    {
      if (!g_str_equal (old_status, "archived"))
        {
          caseload_db_rollback (self->db);
          return TRUE;
        }
      /* Back to what it was before the last archive. */
      stmt = caseload_db_prepare (self->db,
                                  "SELECT old_value FROM audit_log WHERE table_name = 'student' "
                                  "AND record_id = ?1 AND action = 'archive' AND field = 'status' "
                                  "ORDER BY id DESC LIMIT 1",
                                  error);
      if (stmt == NULL)
        return caseload_store_fail_and_rollback (self);
      caseload_db_bind_int64 (stmt, 1, student_id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        new_status = g_strdup (caseload_db_column_text (stmt, 0));
      g_clear_pointer (&stmt, caseload_db_release);
      if (new_status == NULL || !is_student_status (new_status) ||
          g_str_equal (new_status, "archived"))
        {
          g_free (new_status);
          new_status = g_strdup ("active");
        }
    }

  stmt = caseload_db_prepare (self->db,
                              "UPDATE student SET status = ?1, updated_at = ?2 WHERE id = ?3",
                              error);
  if (stmt == NULL)
    return caseload_store_fail_and_rollback (self);
  caseload_db_bind_text (stmt, 1, new_status);
  caseload_db_bind_text (stmt, 2, at);
  caseload_db_bind_int64 (stmt, 3, student_id);
  if (!caseload_db_step_done (self->db, stmt, _("Could not save the student"), error) ||
      !audit (self, at, "student", student_id, student_id, archive ? "archive" : "restore",
              "status", old_status, new_status, error))
    return caseload_store_fail_and_rollback (self);

  return caseload_store_commit_and_notify (self, "student", error);
}

gboolean
caseload_store_archive_student (CaseloadStore  *self,
                                gint64          student_id,
                                GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);

  return set_student_status (self, student_id, TRUE, error);
}

gboolean
caseload_store_restore_student (CaseloadStore  *self,
                                gint64          student_id,
                                GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);

  return set_student_status (self, student_id, FALSE, error);
}

/* ---- guardians ------------------------------------------------------------ */

static gboolean
looks_like_email (const char *email)
{
  const char *at;
  const char *dot;

  if (email == NULL || *email == '\0')
    return FALSE;
  for (const char *p = email; *p != '\0'; p++)
    if (g_ascii_isspace (*p) || *p == ',' || *p == ';' || *p == '<' || *p == '>')
      return FALSE;
  at = strchr (email, '@');
  if (at == NULL || at == email || strchr (at + 1, '@') != NULL)
    return FALSE;
  dot = strrchr (at + 1, '.');
  return dot != NULL && dot > at + 1 && dot[1] != '\0';
}

static const Column guardian_columns[] = {
  { "first_name", COL_TEXT },
  { "last_name", COL_TEXT },
  { "relationship", COL_TEXT },
  { "phone", COL_TEXT },
  { "email", COL_TEXT },
  { "address", COL_TEXT },
  { "language", COL_TEXT },
  { "interpreter_needed", COL_INT },
  { "rights_holder", COL_INT },
  { "lives_with_student", COL_INT },
};

#define GUARDIAN_COLUMN_LIST \
  "first_name, last_name, relationship, phone, email, address, language, " \
  "interpreter_needed, rights_holder, lives_with_student"

static void
guardian_to_row (CaseloadGuardian *guardian,
                 Row              *row)
{
  g_autofree char *first = strip_dup (caseload_guardian_get_first_name (guardian));
  g_autofree char *last = strip_dup (caseload_guardian_get_last_name (guardian));
  g_autofree char *email = strip_dup (caseload_guardian_get_email (guardian));
  const char *relationship = caseload_guardian_get_relationship (guardian);
  const char *language = caseload_guardian_get_language (guardian);

  row_init (row, guardian_columns, G_N_ELEMENTS (guardian_columns));
  row_set_text (row, 0, first);
  row_set_text (row, 1, last);
  row_set_text (row, 2, is_blank (relationship) ? "parent" : relationship);
  row_set_text (row, 3, caseload_guardian_get_phone (guardian));
  row_set_text (row, 4, email);
  row_set_text (row, 5, caseload_guardian_get_address (guardian));
  row_set_text (row, 6, is_blank (language) ? "en" : language);
  row_set_int (row, 7, caseload_guardian_get_interpreter_needed (guardian) ? 1 : 0);
  row_set_int (row, 8, caseload_guardian_get_rights_holder (guardian) ? 1 : 0);
  row_set_int (row, 9, caseload_guardian_get_lives_with_student (guardian) ? 1 : 0);
}

GListModel *
caseload_store_list_guardians (CaseloadStore  *self,
                               gint64          student_id,
                               GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GListStore) store = NULL;
  int rc;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);

  if (!check_open (self, error))
    return NULL;

  stmt = caseload_db_prepare (self->db,
                              "SELECT id, student_id, " GUARDIAN_COLUMN_LIST " FROM guardian "
                              "WHERE student_id = ?1 ORDER BY sort_order, id",
                              error);
  if (stmt == NULL)
    return NULL;
  caseload_db_bind_int64 (stmt, 1, student_id);

  store = g_list_store_new (CASELOAD_TYPE_GUARDIAN);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CaseloadGuardian) guardian = caseload_guardian_new ();

      caseload_guardian_set_id (guardian, sqlite3_column_int64 (stmt, 0));
      caseload_guardian_set_student_id (guardian, sqlite3_column_int64 (stmt, 1));
      caseload_guardian_set_first_name (guardian, caseload_db_column_text (stmt, 2));
      caseload_guardian_set_last_name (guardian, caseload_db_column_text (stmt, 3));
      caseload_guardian_set_relationship (guardian, caseload_db_column_text (stmt, 4));
      caseload_guardian_set_phone (guardian, caseload_db_column_text (stmt, 5));
      caseload_guardian_set_email (guardian, caseload_db_column_text (stmt, 6));
      caseload_guardian_set_address (guardian, caseload_db_column_text (stmt, 7));
      caseload_guardian_set_language (guardian, caseload_db_column_text (stmt, 8));
      caseload_guardian_set_interpreter_needed (guardian, sqlite3_column_int (stmt, 9) != 0);
      caseload_guardian_set_rights_holder (guardian, sqlite3_column_int (stmt, 10) != 0);
      caseload_guardian_set_lives_with_student (guardian, sqlite3_column_int (stmt, 11) != 0);
      g_list_store_append (store, guardian);
    }
  if (rc != SQLITE_DONE)
    {
      caseload_db_set_error (self->db, rc, _("Could not read the guardians"), error);
      return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&store));
}

static gboolean
validate_guardian (CaseloadStore     *self,
                   CaseloadGuardian  *guardian,
                   GError           **error)
{
  const char *email = caseload_guardian_get_email (guardian);
  gboolean ok;

  if (caseload_guardian_get_id (guardian) <= 0)
    {
      if (!exists_by_id (self, "SELECT 1 FROM student WHERE id = ?1",
                         caseload_guardian_get_student_id (guardian), &ok, error))
        return FALSE;
      if (!ok)
        return invalid (NULL, NULL, error, CASELOAD_ERROR_NOT_FOUND,
                        _("There is no student with the number %" PRId64),
                        caseload_guardian_get_student_id (guardian));
    }
  if (is_blank (caseload_guardian_get_first_name (guardian)))
    return invalid (NULL, NULL, error, CASELOAD_ERROR_INVALID, _("First name is required."));
  if (is_blank (caseload_guardian_get_last_name (guardian)))
    return invalid (NULL, NULL, error, CASELOAD_ERROR_INVALID, _("Last name is required."));
  if (!is_blank (email))
    {
      g_autofree char *stripped = strip_dup (email);

      if (!looks_like_email (stripped))
        return invalid (NULL, NULL, error, CASELOAD_ERROR_INVALID,
                        _("E-mail “%s” does not look like an e-mail address."), stripped);
    }
  return TRUE;
}

static gboolean
save_guardian_in_transaction (CaseloadStore     *self,
                              CaseloadGuardian  *guardian,
                              gint64            *out_id,
                              GError           **error)
{
  g_auto(Row) row = { 0 };
  g_autofree char *at = caseload_db_now ();
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 id = caseload_guardian_get_id (guardian);
  gint64 student_id = caseload_guardian_get_student_id (guardian);

  guardian_to_row (guardian, &row);

  if (id <= 0)
    {
      stmt = caseload_db_prepare (self->db,
                                  "INSERT INTO guardian (student_id, " GUARDIAN_COLUMN_LIST ", sort_order) "
                                  "VALUES (?11, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
                                  "(SELECT COALESCE(max(g.sort_order), 0) + 1 FROM guardian g "
                                  "WHERE g.student_id = ?11))",
                                  error);
      if (stmt == NULL)
        return FALSE;
      row_bind (&row, stmt, 1);
      caseload_db_bind_int64 (stmt, 11, student_id);
      if (!caseload_db_step_done (self->db, stmt, _("Could not save the guardian"), error))
        return FALSE;
      id = sqlite3_last_insert_rowid (self->db);
      if (!audit (self, at, "guardian", id, student_id, "insert", NULL, NULL, NULL, error))
        return FALSE;
    }
  else
    {
      g_auto(Row) old_row = { 0 };
      guint changed = 0;

      row_init (&old_row, guardian_columns, G_N_ELEMENTS (guardian_columns));
      if (!row_load (&old_row, self->db,
                     "SELECT " GUARDIAN_COLUMN_LIST " FROM guardian WHERE id = ?1",
                     id, _("guardian"), error))
        return FALSE;

      /* The student of a guardian never changes; audit under the stored one. */
      {
        g_autoptr(sqlite3_stmt) owner = caseload_db_prepare (self->db,
                                                             "SELECT student_id FROM guardian WHERE id = ?1",
                                                             error);
        if (owner == NULL)
          return FALSE;
        caseload_db_bind_int64 (owner, 1, id);
        if (sqlite3_step (owner) == SQLITE_ROW)
          student_id = sqlite3_column_int64 (owner, 0);
      }

      if (!audit_changes (self, at, "guardian", id, student_id, &old_row, &row, &changed, error))
        return FALSE;
      if (changed > 0)
        {
          stmt = caseload_db_prepare (self->db,
                                      "UPDATE guardian SET first_name = ?1, last_name = ?2, "
                                      "relationship = ?3, phone = ?4, email = ?5, address = ?6, "
                                      "language = ?7, interpreter_needed = ?8, rights_holder = ?9, "
                                      "lives_with_student = ?10 WHERE id = ?11",
                                      error);
          if (stmt == NULL)
            return FALSE;
          row_bind (&row, stmt, 1);
          caseload_db_bind_int64 (stmt, 11, id);
          if (!caseload_db_step_done (self->db, stmt, _("Could not save the guardian"), error))
            return FALSE;
        }
    }

  *out_id = id;
  return TRUE;
}

gboolean
caseload_store_save_guardian (CaseloadStore     *self,
                              CaseloadGuardian  *guardian,
                              GError           **error)
{
  gint64 id = 0;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_GUARDIAN (guardian), FALSE);

  if (!check_open (self, error))
    return FALSE;
  if (!validate_guardian (self, guardian, error))
    return FALSE;

  if (!caseload_db_begin (self->db, error))
    return FALSE;
  if (!save_guardian_in_transaction (self, guardian, &id, error))
    return caseload_store_fail_and_rollback (self);
  if (!caseload_store_commit_and_notify (self, "guardian", error))
    return FALSE;

  if (caseload_guardian_get_id (guardian) != id)
    caseload_guardian_set_id (guardian, id);
  return TRUE;
}

gboolean
caseload_store_delete_guardian (CaseloadStore  *self,
                                gint64          guardian_id,
                                GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *at = caseload_db_now ();
  g_autofree char *name = NULL;
  gint64 student_id;
  int rc;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);

  if (!check_open (self, error))
    return FALSE;
  if (!caseload_db_begin (self->db, error))
    return FALSE;

  stmt = caseload_db_prepare (self->db,
                              "SELECT student_id, first_name || ' ' || last_name FROM guardian "
                              "WHERE id = ?1",
                              error);
  if (stmt == NULL)
    return caseload_store_fail_and_rollback (self);
  caseload_db_bind_int64 (stmt, 1, guardian_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                     _("There is no guardian with the number %" PRId64), guardian_id);
      else
        caseload_db_set_error (self->db, rc, _("Could not read the guardian"), error);
      return caseload_store_fail_and_rollback (self);
    }
  student_id = sqlite3_column_int64 (stmt, 0);
  name = g_strdup (caseload_db_column_text (stmt, 1));
  g_clear_pointer (&stmt, caseload_db_release);

  /* Deleting would blank meeting_attendee.guardian_id (ON DELETE SET NULL)
   * and so change the signatures of a finalized IEP. */
  stmt = caseload_db_prepare (self->db,
                              "SELECT 1 FROM meeting_attendee a JOIN meeting m ON m.id = a.meeting_id "
                              "JOIN iep i ON (i.meeting_id = m.id OR i.id = m.produced_iep_id) "
                              "WHERE a.guardian_id = ?1 AND i.status <> 'draft' LIMIT 1",
                              error);
  if (stmt == NULL)
    return caseload_store_fail_and_rollback (self);
  caseload_db_bind_int64 (stmt, 1, guardian_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_LOCKED,
                   _("%s attended the meeting of a finalized IEP; their record is kept"), name);
      return caseload_store_fail_and_rollback (self);
    }
  if (rc != SQLITE_DONE)
    {
      caseload_db_set_error (self->db, rc, _("Could not read the guardian"), error);
      return caseload_store_fail_and_rollback (self);
    }
  g_clear_pointer (&stmt, caseload_db_release);

  stmt = caseload_db_prepare (self->db, "DELETE FROM guardian WHERE id = ?1", error);
  if (stmt == NULL)
    return caseload_store_fail_and_rollback (self);
  caseload_db_bind_int64 (stmt, 1, guardian_id);
  if (!caseload_db_step_done (self->db, stmt, _("Could not delete the guardian"), error) ||
      !audit (self, at, "guardian", guardian_id, student_id, "delete", "name", name, NULL, error))
    return caseload_store_fail_and_rollback (self);

  return caseload_store_commit_and_notify (self, "guardian", error);
}

/* ---- staff ------------------------------------------------------------------ */

#define STAFF_SELECT \
  "SELECT st.id, st.first_name, st.last_name, st.role, COALESCE(sr.name, ''), " \
  "COALESCE(st.school_id, 0), COALESCE(sc.name, ''), st.email, st.phone, st.active, " \
  "(SELECT count(DISTINCT ta.student_id) FROM team_assignment ta " \
  "  JOIN student s ON s.id = ta.student_id " \
  "  WHERE ta.staff_id = st.id AND s.status IN ('referred', 'active')) " \
  "FROM staff st " \
  "LEFT JOIN staff_role sr ON sr.code = st.role " \
  "LEFT JOIN school sc ON sc.id = st.school_id "

static CaseloadStaff *
staff_from_row (sqlite3_stmt *stmt)
{
  CaseloadStaff *staff = caseload_staff_new ();

  caseload_staff_set_id (staff, sqlite3_column_int64 (stmt, 0));
  caseload_staff_set_first_name (staff, caseload_db_column_text (stmt, 1));
  caseload_staff_set_last_name (staff, caseload_db_column_text (stmt, 2));
  caseload_staff_set_role (staff, caseload_db_column_text (stmt, 3));
  caseload_staff_set_role_name (staff, translate_name (caseload_db_column_text (stmt, 4)));
  caseload_staff_set_school_id (staff, sqlite3_column_int64 (stmt, 5));
  caseload_staff_set_school_name (staff, caseload_db_column_text (stmt, 6));
  caseload_staff_set_email (staff, caseload_db_column_text (stmt, 7));
  caseload_staff_set_phone (staff, caseload_db_column_text (stmt, 8));
  caseload_staff_set_active (staff, sqlite3_column_int (stmt, 9) != 0);
  caseload_staff_set_caseload_count (staff, (guint) sqlite3_column_int (stmt, 10));
  return staff;
}

GListModel *
caseload_store_list_staff (CaseloadStore  *self,
                           gboolean        include_inactive,
                           GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GListStore) store = NULL;
  int rc;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);

  if (!check_open (self, error))
    return NULL;

  if (include_inactive)
    stmt = caseload_db_prepare (self->db,
                                STAFF_SELECT "ORDER BY st.last_name, st.first_name, st.id",
                                error);
  else
    stmt = caseload_db_prepare (self->db,
                                STAFF_SELECT "WHERE st.active = 1 "
                                "ORDER BY st.last_name, st.first_name, st.id",
                                error);
  if (stmt == NULL)
    return NULL;

  store = g_list_store_new (CASELOAD_TYPE_STAFF);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CaseloadStaff) staff = staff_from_row (stmt);

      g_list_store_append (store, staff);
    }
  if (rc != SQLITE_DONE)
    {
      caseload_db_set_error (self->db, rc, _("Could not read the staff"), error);
      return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&store));
}

CaseloadStaff *
caseload_store_get_staff (CaseloadStore  *self,
                          gint64          id,
                          GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);

  if (!check_open (self, error))
    return NULL;

  stmt = caseload_db_prepare (self->db, STAFF_SELECT "WHERE st.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  caseload_db_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return staff_from_row (stmt);
  if (rc == SQLITE_DONE)
    g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                 _("There is no team member with the number %" PRId64), id);
  else
    caseload_db_set_error (self->db, rc, _("Could not read the staff"), error);
  return NULL;
}

gboolean
caseload_store_validate_staff (CaseloadStore  *self,
                               CaseloadStaff  *staff,
                               const char    **field,
                               GError        **error)
{
  const char *role;
  const char *email;
  gint64 school_id;
  gboolean ok;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_STAFF (staff), FALSE);

  if (field != NULL)
    *field = NULL;
  if (!check_open (self, error))
    return FALSE;

  if (is_blank (caseload_staff_get_first_name (staff)))
    return invalid (field, "first-name", error, CASELOAD_ERROR_INVALID,
                    _("First name is required."));
  if (is_blank (caseload_staff_get_last_name (staff)))
    return invalid (field, "last-name", error, CASELOAD_ERROR_INVALID,
                    _("Last name is required."));

  role = caseload_staff_get_role (staff);
  if (is_blank (role))
    return invalid (field, "role", error, CASELOAD_ERROR_INVALID, _("Role is required."));
  if (!exists_by_text (self, "SELECT 1 FROM staff_role WHERE code = ?1", role, &ok, error))
    return FALSE;
  if (!ok)
    return invalid (field, "role", error, CASELOAD_ERROR_INVALID,
                    _("Role “%s” is not a known staff role."), role);

  school_id = caseload_staff_get_school_id (staff);
  if (school_id > 0)
    {
      if (!exists_by_id (self, "SELECT 1 FROM school WHERE id = ?1", school_id, &ok, error))
        return FALSE;
      if (!ok)
        return invalid (field, "school-id", error, CASELOAD_ERROR_INVALID,
                        _("School: there is no school with the number %" PRId64 "."),
                        school_id);
    }

  email = caseload_staff_get_email (staff);
  if (!is_blank (email))
    {
      g_autofree char *stripped = strip_dup (email);

      if (!looks_like_email (stripped))
        return invalid (field, "email", error, CASELOAD_ERROR_INVALID,
                        _("E-mail “%s” does not look like an e-mail address."), stripped);
    }

  return TRUE;
}

static const Column staff_columns[] = {
  { "first_name", COL_TEXT },
  { "last_name", COL_TEXT },
  { "role", COL_TEXT },
  { "school_id", COL_ID_OR_NULL },
  { "email", COL_TEXT },
  { "phone", COL_TEXT },
  { "active", COL_INT },
};

#define STAFF_COLUMN_LIST "first_name, last_name, role, school_id, email, phone, active"

static void
staff_to_row (CaseloadStaff *staff,
              Row           *row)
{
  g_autofree char *first = strip_dup (caseload_staff_get_first_name (staff));
  g_autofree char *last = strip_dup (caseload_staff_get_last_name (staff));
  g_autofree char *email = strip_dup (caseload_staff_get_email (staff));

  row_init (row, staff_columns, G_N_ELEMENTS (staff_columns));
  row_set_text (row, 0, first);
  row_set_text (row, 1, last);
  row_set_text (row, 2, caseload_staff_get_role (staff));
  row_set_int (row, 3, caseload_staff_get_school_id (staff));
  row_set_text (row, 4, email);
  row_set_text (row, 5, caseload_staff_get_phone (staff));
  row_set_int (row, 6, caseload_staff_get_active (staff) ? 1 : 0);
}

static gboolean
update_staff_row (CaseloadStore  *self,
                  gint64          id,
                  const Row      *row,
                  const char     *at,
                  guint          *n_changed,
                  GError        **error)
{
  g_auto(Row) old_row = { 0 };
  g_autoptr(sqlite3_stmt) stmt = NULL;
  guint changed = 0;

  row_init (&old_row, staff_columns, G_N_ELEMENTS (staff_columns));
  if (!row_load (&old_row, self->db,
                 "SELECT " STAFF_COLUMN_LIST " FROM staff WHERE id = ?1",
                 id, _("team member"), error))
    return FALSE;
  if (!audit_changes (self, at, "staff", id, 0, &old_row, row, &changed, error))
    return FALSE;
  if (n_changed != NULL)
    *n_changed = changed;
  if (changed == 0)
    return TRUE;

  stmt = caseload_db_prepare (self->db,
                              "UPDATE staff SET first_name = ?1, last_name = ?2, role = ?3, "
                              "school_id = ?4, email = ?5, phone = ?6, active = ?7, updated_at = ?8 "
                              "WHERE id = ?9",
                              error);
  if (stmt == NULL)
    return FALSE;
  row_bind (row, stmt, 1);
  caseload_db_bind_text (stmt, 8, at);
  caseload_db_bind_int64 (stmt, 9, id);
  return caseload_db_step_done (self->db, stmt, _("Could not save the team member"), error);
}

gboolean
caseload_store_save_staff (CaseloadStore  *self,
                           CaseloadStaff  *staff,
                           GError        **error)
{
  g_auto(Row) row = { 0 };
  g_autofree char *at = caseload_db_now ();
  gint64 id;
  guint changed = 1;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_STAFF (staff), FALSE);

  if (!caseload_store_validate_staff (self, staff, NULL, error))
    return FALSE;

  staff_to_row (staff, &row);
  id = caseload_staff_get_id (staff);

  if (!caseload_db_begin (self->db, error))
    return FALSE;

  if (id <= 0)
    {
      g_autoptr(sqlite3_stmt) stmt = NULL;

      stmt = caseload_db_prepare (self->db,
                                  "INSERT INTO staff (" STAFF_COLUMN_LIST ", created_at, updated_at) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
                                  error);
      if (stmt == NULL)
        return caseload_store_fail_and_rollback (self);
      row_bind (&row, stmt, 1);
      caseload_db_bind_text (stmt, 8, at);
      if (!caseload_db_step_done (self->db, stmt, _("Could not save the team member"), error))
        return caseload_store_fail_and_rollback (self);
      id = sqlite3_last_insert_rowid (self->db);
      if (!audit (self, at, "staff", id, 0, "insert", NULL, NULL, NULL, error))
        return caseload_store_fail_and_rollback (self);
    }
  else if (!update_staff_row (self, id, &row, at, &changed, error))
    return caseload_store_fail_and_rollback (self);

  if (!caseload_db_commit (self->db, error))
    return FALSE;

  if (caseload_staff_get_id (staff) != id)
    caseload_staff_set_id (staff, id);
  if (changed > 0)
    caseload_store_emit_changed (self, "staff");
  return TRUE;
}

gboolean
caseload_store_set_staff_active (CaseloadStore  *self,
                                 gint64          staff_id,
                                 gboolean        active,
                                 GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *at = caseload_db_now ();
  int rc;
  int old_active;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);

  if (!check_open (self, error))
    return FALSE;
  if (!caseload_db_begin (self->db, error))
    return FALSE;

  stmt = caseload_db_prepare (self->db, "SELECT active FROM staff WHERE id = ?1", error);
  if (stmt == NULL)
    return caseload_store_fail_and_rollback (self);
  caseload_db_bind_int64 (stmt, 1, staff_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                     _("There is no team member with the number %" PRId64), staff_id);
      else
        caseload_db_set_error (self->db, rc, _("Could not read the staff"), error);
      return caseload_store_fail_and_rollback (self);
    }
  old_active = sqlite3_column_int (stmt, 0);
  g_clear_pointer (&stmt, caseload_db_release);

  if ((old_active != 0) == (active != FALSE))
    {
      caseload_db_rollback (self->db);
      return TRUE;
    }

  stmt = caseload_db_prepare (self->db,
                              "UPDATE staff SET active = ?1, updated_at = ?2 WHERE id = ?3",
                              error);
  if (stmt == NULL)
    return caseload_store_fail_and_rollback (self);
  sqlite3_bind_int (stmt, 1, active ? 1 : 0);
  caseload_db_bind_text (stmt, 2, at);
  caseload_db_bind_int64 (stmt, 3, staff_id);
  if (!caseload_db_step_done (self->db, stmt, _("Could not save the team member"), error) ||
      !audit (self, at, "staff", staff_id, 0, "update", "active",
              old_active ? "1" : "0", active ? "1" : "0", error))
    return caseload_store_fail_and_rollback (self);

  return caseload_store_commit_and_notify (self, "staff", error);
}

/* ---- teams -------------------------------------------------------------------- */

#define TEAM_SELECT \
  "SELECT ta.id, ta.student_id, ta.staff_id, st.first_name || ' ' || st.last_name, " \
  "COALESCE(sr.name, ''), ta.role, tr.name, ta.is_case_manager, " \
  "s.last_name || ', ' || s.first_name, s.student_number, s.grade " \
  "FROM team_assignment ta " \
  "JOIN student s ON s.id = ta.student_id " \
  "JOIN staff st ON st.id = ta.staff_id " \
  "JOIN team_role tr ON tr.code = ta.role " \
  "LEFT JOIN staff_role sr ON sr.code = st.role "

static GListModel *
list_assignments (CaseloadStore  *self,
                  const char     *sql,
                  gint64          id,
                  GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GListStore) store = NULL;
  int rc;

  if (!check_open (self, error))
    return NULL;

  stmt = caseload_db_prepare (self->db, sql, error);
  if (stmt == NULL)
    return NULL;
  caseload_db_bind_int64 (stmt, 1, id);

  store = g_list_store_new (CASELOAD_TYPE_TEAM_ASSIGNMENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CaseloadTeamAssignment) ta = caseload_team_assignment_new ();

      caseload_team_assignment_set_id (ta, sqlite3_column_int64 (stmt, 0));
      caseload_team_assignment_set_student_id (ta, sqlite3_column_int64 (stmt, 1));
      caseload_team_assignment_set_staff_id (ta, sqlite3_column_int64 (stmt, 2));
      caseload_team_assignment_set_staff_name (ta, caseload_db_column_text (stmt, 3));
      caseload_team_assignment_set_staff_role_name (ta, translate_name (caseload_db_column_text (stmt, 4)));
      caseload_team_assignment_set_role (ta, caseload_db_column_text (stmt, 5));
      caseload_team_assignment_set_role_name (ta, translate_name (caseload_db_column_text (stmt, 6)));
      caseload_team_assignment_set_is_case_manager (ta, sqlite3_column_int (stmt, 7) != 0);
      caseload_team_assignment_set_student_name (ta, caseload_db_column_text (stmt, 8));
      caseload_team_assignment_set_student_number (ta, caseload_db_column_text (stmt, 9));
      caseload_team_assignment_set_student_grade (ta, caseload_db_column_text (stmt, 10));
      g_list_store_append (store, ta);
    }
  if (rc != SQLITE_DONE)
    {
      caseload_db_set_error (self->db, rc, _("Could not read the team"), error);
      return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&store));
}

GListModel *
caseload_store_list_team (CaseloadStore  *self,
                          gint64          student_id,
                          GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);

  return list_assignments (self,
                           TEAM_SELECT "WHERE ta.student_id = ?1 "
                           "ORDER BY ta.is_case_manager DESC, tr.sort_order, "
                           "st.last_name, st.first_name, ta.id",
                           student_id, error);
}

GListModel *
caseload_store_list_caseload (CaseloadStore  *self,
                              gint64          staff_id,
                              GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);

  return list_assignments (self,
                           TEAM_SELECT "WHERE ta.staff_id = ?1 "
                           "AND s.status IN ('referred', 'active') "
                           "ORDER BY s.last_name, s.first_name, s.id, tr.sort_order",
                           staff_id, error);
}

/* The team role a demoted case manager keeps, from their staff role. */
static const char *
team_role_for_staff_role (const char *staff_role)
{
  static const struct {
    const char *staff_role;
    const char *team_role;
  } map[] = {
    { "special-education-teacher", "special-education-teacher" },
    { "general-education-teacher", "general-education-teacher" },
    { "speech-language-pathologist", "related-service-provider" },
    { "occupational-therapist", "related-service-provider" },
    { "physical-therapist", "related-service-provider" },
    { "school-psychologist", "related-service-provider" },
    { "counselor", "related-service-provider" },
    { "administrator", "lea-representative" },
    { "coordinator", "lea-representative" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    if (g_strcmp0 (staff_role, map[i].staff_role) == 0)
      return map[i].team_role;
  return "other";
}

static gboolean
delete_assignment (CaseloadStore  *self,
                   const char     *at,
                   gint64          assignment_id,
                   gint64          student_id,
                   gint64          staff_id,
                   const char     *role,
                   GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *staff_text = g_strdup_printf ("%" G_GINT64_FORMAT, staff_id);

  stmt = caseload_db_prepare (self->db, "DELETE FROM team_assignment WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  caseload_db_bind_int64 (stmt, 1, assignment_id);
  return caseload_db_step_done (self->db, stmt, _("Could not change the team"), error) &&
         audit (self, at, "team_assignment", assignment_id, student_id, "delete",
                "staff_id", staff_text, NULL, error) &&
         audit (self, at, "team_assignment", assignment_id, student_id, "delete",
                "role", role, NULL, error);
}

/* Turns the current case manager (if any, and not @new_staff_id) into an
 * ordinary team member. */
static gboolean
demote_case_manager (CaseloadStore  *self,
                     const char     *at,
                     gint64          student_id,
                     GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *staff_role = NULL;
  const char *new_role;
  gint64 assignment_id;
  gint64 staff_id;
  gboolean taken;
  int rc;

  stmt = caseload_db_prepare (self->db,
                              "SELECT ta.id, ta.staff_id, st.role FROM team_assignment ta "
                              "JOIN staff st ON st.id = ta.staff_id "
                              "WHERE ta.student_id = ?1 AND ta.is_case_manager = 1",
                              error);
  if (stmt == NULL)
    return FALSE;
  caseload_db_bind_int64 (stmt, 1, student_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  if (rc != SQLITE_ROW)
    return caseload_db_set_error (self->db, rc, _("Could not read the team"), error);

  assignment_id = sqlite3_column_int64 (stmt, 0);
  staff_id = sqlite3_column_int64 (stmt, 1);
  staff_role = g_strdup (caseload_db_column_text (stmt, 2));
  g_clear_pointer (&stmt, caseload_db_release);

  new_role = team_role_for_staff_role (staff_role);

  /* Already on the team in that role: the case-manager row just goes. */
  stmt = caseload_db_prepare (self->db,
                              "SELECT 1 FROM team_assignment WHERE student_id = ?1 "
                              "AND staff_id = ?2 AND role = ?3",
                              error);
  if (stmt == NULL)
    return FALSE;
  caseload_db_bind_int64 (stmt, 1, student_id);
  caseload_db_bind_int64 (stmt, 2, staff_id);
  caseload_db_bind_text (stmt, 3, new_role);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return caseload_db_set_error (self->db, rc, _("Could not read the team"), error);
  taken = rc == SQLITE_ROW;
  g_clear_pointer (&stmt, caseload_db_release);

  if (taken)
    return delete_assignment (self, at, assignment_id, student_id, staff_id, "case-manager", error);

  stmt = caseload_db_prepare (self->db,
                              "UPDATE team_assignment SET role = ?1, is_case_manager = 0 WHERE id = ?2",
                              error);
  if (stmt == NULL)
    return FALSE;
  caseload_db_bind_text (stmt, 1, new_role);
  caseload_db_bind_int64 (stmt, 2, assignment_id);
  return caseload_db_step_done (self->db, stmt, _("Could not change the team"), error) &&
         audit (self, at, "team_assignment", assignment_id, student_id, "update",
                "role", "case-manager", new_role, error) &&
         audit (self, at, "team_assignment", assignment_id, student_id, "update",
                "is_case_manager", "1", "0", error);
}

static gboolean
add_member_in_transaction (CaseloadStore  *self,
                           gint64          student_id,
                           gint64          staff_id,
                           const char     *role,
                           gint64         *out_id,
                           GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *at = caseload_db_now ();
  g_autofree char *staff_name = NULL;
  g_autofree char *role_name = NULL;
  g_autofree char *staff_text = NULL;
  g_autofree char *today_iso = NULL;
  gboolean is_case_manager = g_strcmp0 (role, "case-manager") == 0;
  gboolean active;
  gboolean ok;
  GDate today;
  gint64 id;
  int rc;

  if (!exists_by_id (self, "SELECT 1 FROM student WHERE id = ?1", student_id, &ok, error))
    return FALSE;
  if (!ok)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                   _("There is no student with the number %" PRId64), student_id);
      return FALSE;
    }

  stmt = caseload_db_prepare (self->db,
                              "SELECT first_name || ' ' || last_name, active FROM staff WHERE id = ?1",
                              error);
  if (stmt == NULL)
    return FALSE;
  caseload_db_bind_int64 (stmt, 1, staff_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                   _("There is no team member with the number %" PRId64), staff_id);
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return caseload_db_set_error (self->db, rc, _("Could not read the staff"), error);
  staff_name = g_strdup (caseload_db_column_text (stmt, 0));
  active = sqlite3_column_int (stmt, 1) != 0;
  g_clear_pointer (&stmt, caseload_db_release);

  if (!active)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   _("%s is no longer active and cannot join a team."), staff_name);
      return FALSE;
    }

  stmt = caseload_db_prepare (self->db, "SELECT name FROM team_role WHERE code = ?1", error);
  if (stmt == NULL)
    return FALSE;
  caseload_db_bind_text (stmt, 1, role);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   _("Team role “%s” is not a known role."), role);
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return caseload_db_set_error (self->db, rc, _("Could not read the team roles"), error);
  role_name = g_strdup (translate_name (caseload_db_column_text (stmt, 0)));
  g_clear_pointer (&stmt, caseload_db_release);

  stmt = caseload_db_prepare (self->db,
                              "SELECT 1 FROM team_assignment WHERE student_id = ?1 "
                              "AND staff_id = ?2 AND role = ?3",
                              error);
  if (stmt == NULL)
    return FALSE;
  caseload_db_bind_int64 (stmt, 1, student_id);
  caseload_db_bind_int64 (stmt, 2, staff_id);
  caseload_db_bind_text (stmt, 3, role);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_EXISTS,
                   _("%s is already on this student’s team as %s."), staff_name, role_name);
      return FALSE;
    }
  if (rc != SQLITE_DONE)
    return caseload_db_set_error (self->db, rc, _("Could not read the team"), error);
  g_clear_pointer (&stmt, caseload_db_release);

  if (is_case_manager && !demote_case_manager (self, at, student_id, error))
    return FALSE;

  caseload_date_set_today (&today);
  today_iso = caseload_date_to_iso (&today);

  stmt = caseload_db_prepare (self->db,
                              "INSERT INTO team_assignment (student_id, staff_id, role, "
                              "is_case_manager, start_date) VALUES (?1, ?2, ?3, ?4, ?5)",
                              error);
  if (stmt == NULL)
    return FALSE;
  caseload_db_bind_int64 (stmt, 1, student_id);
  caseload_db_bind_int64 (stmt, 2, staff_id);
  caseload_db_bind_text (stmt, 3, role);
  sqlite3_bind_int (stmt, 4, is_case_manager ? 1 : 0);
  caseload_db_bind_text (stmt, 5, today_iso);
  if (!caseload_db_step_done (self->db, stmt, _("Could not change the team"), error))
    return FALSE;
  id = sqlite3_last_insert_rowid (self->db);

  staff_text = g_strdup_printf ("%" G_GINT64_FORMAT, staff_id);
  if (!audit (self, at, "team_assignment", id, student_id, "insert",
              "staff_id", NULL, staff_text, error) ||
      !audit (self, at, "team_assignment", id, student_id, "insert",
              "role", NULL, role, error))
    return FALSE;

  *out_id = id;
  return TRUE;
}

gint64
caseload_store_add_team_member (CaseloadStore  *self,
                                gint64          student_id,
                                gint64          staff_id,
                                const char     *role,
                                GError        **error)
{
  gint64 id = 0;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), 0);

  if (!check_open (self, error))
    return 0;
  if (is_blank (role))
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID, _("Team role is required."));
      return 0;
    }

  if (!caseload_db_begin (self->db, error))
    return 0;
  if (!add_member_in_transaction (self, student_id, staff_id, role, &id, error))
    {
      caseload_db_rollback (self->db);
      return 0;
    }
  if (!caseload_store_commit_and_notify (self, "team_assignment", error))
    return 0;

  return id;
}

gboolean
caseload_store_remove_team_member (CaseloadStore  *self,
                                   gint64          assignment_id,
                                   GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *at = caseload_db_now ();
  g_autofree char *role = NULL;
  gint64 student_id;
  gint64 staff_id;
  int rc;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);

  if (!check_open (self, error))
    return FALSE;
  if (!caseload_db_begin (self->db, error))
    return FALSE;

  stmt = caseload_db_prepare (self->db,
                              "SELECT student_id, staff_id, role FROM team_assignment WHERE id = ?1",
                              error);
  if (stmt == NULL)
    return caseload_store_fail_and_rollback (self);
  caseload_db_bind_int64 (stmt, 1, assignment_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                     _("There is no team assignment with the number %" PRId64),
                     assignment_id);
      else
        caseload_db_set_error (self->db, rc, _("Could not read the team"), error);
      return caseload_store_fail_and_rollback (self);
    }
  student_id = sqlite3_column_int64 (stmt, 0);
  staff_id = sqlite3_column_int64 (stmt, 1);
  role = g_strdup (caseload_db_column_text (stmt, 2));
  g_clear_pointer (&stmt, caseload_db_release);

  if (!delete_assignment (self, at, assignment_id, student_id, staff_id, role, error))
    return caseload_store_fail_and_rollback (self);

  return caseload_store_commit_and_notify (self, "team_assignment", error);
}

gboolean
caseload_store_set_case_manager (CaseloadStore  *self,
                                 gint64          student_id,
                                 gint64          staff_id,
                                 GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 id = 0;
  int rc;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);

  if (!check_open (self, error))
    return FALSE;
  if (!caseload_db_begin (self->db, error))
    return FALSE;

  stmt = caseload_db_prepare (self->db,
                              "SELECT staff_id FROM team_assignment "
                              "WHERE student_id = ?1 AND is_case_manager = 1",
                              error);
  if (stmt == NULL)
    return caseload_store_fail_and_rollback (self);
  caseload_db_bind_int64 (stmt, 1, student_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && sqlite3_column_int64 (stmt, 0) == staff_id)
    {
      /* Already the case manager. */
      caseload_db_rollback (self->db);
      return TRUE;
    }
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      caseload_db_set_error (self->db, rc, _("Could not read the team"), error);
      return caseload_store_fail_and_rollback (self);
    }
  g_clear_pointer (&stmt, caseload_db_release);

  if (!add_member_in_transaction (self, student_id, staff_id, "case-manager", &id, error))
    return caseload_store_fail_and_rollback (self);

  return caseload_store_commit_and_notify (self, "team_assignment", error);
}

/* ---- compliance dates and deadlines ---------------------------------------- */

static gboolean
student_exists_or_error (CaseloadStore  *self,
                         gint64          student_id,
                         GError        **error)
{
  gboolean ok;

  if (!exists_by_id (self, "SELECT 1 FROM student WHERE id = ?1", student_id, &ok, error))
    return FALSE;
  if (!ok)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                   _("There is no student with the number %" PRId64), student_id);
      return FALSE;
    }
  return TRUE;
}

gboolean
caseload_store_get_compliance_dates (CaseloadStore            *self,
                                     gint64                    student_id,
                                     CaseloadComplianceDates  *dates,
                                     GError                  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (dates != NULL, FALSE);

  memset (dates, 0, sizeof *dates);
  g_date_clear (&dates->initial_consent_date, 1);
  g_date_clear (&dates->last_evaluation_date, 1);
  g_date_clear (&dates->eligibility_date, 1);
  g_date_clear (&dates->iep_meeting_date, 1);
  g_date_clear (&dates->iep_start_date, 1);
  g_date_clear (&dates->iep_end_date, 1);

  if (!check_open (self, error))
    return FALSE;

  /* The student's latest evaluation record (the one the form edits), a
   * granted initial-evaluation consent when no evaluation exists yet, and
   * the IEP in effect. */
  stmt = caseload_db_prepare (self->db,
                              "SELECT s.reeval_waived, "
                              "COALESCE(le.consent_date, lc.response_date, "
                              "  CASE WHEN le.id IS NULL THEN "
                              "    (SELECT max(c.response_date) FROM consent c WHERE c.student_id = s.id "
                              "     AND c.kind = 'initial-evaluation' AND c.granted = 1) END), "
                              "le.evaluation_date, le.eligibility_date, "
                              "ci.meeting_date, ci.start_date, ci.end_date "
                              "FROM student s "
                              "LEFT JOIN evaluation le ON le.id = (SELECT e.id FROM evaluation e "
                              "  WHERE e.student_id = s.id ORDER BY e.id DESC LIMIT 1) "
                              "LEFT JOIN consent lc ON lc.id = le.consent_id "
                              "LEFT JOIN iep ci ON ci.id = (SELECT i.id FROM iep i WHERE i.student_id = s.id "
                              "  AND i.status = 'finalized' ORDER BY i.start_date DESC, i.id DESC LIMIT 1) "
                              "WHERE s.id = ?1",
                              error);
  if (stmt == NULL)
    return FALSE;
  caseload_db_bind_int64 (stmt, 1, student_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                   _("There is no student with the number %" PRId64), student_id);
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return caseload_db_set_error (self->db, rc, _("Could not read the compliance dates"), error);

  dates->reevaluation_waived = sqlite3_column_int (stmt, 0) != 0;
  column_date (stmt, 1, &dates->initial_consent_date);
  column_date (stmt, 2, &dates->last_evaluation_date);
  column_date (stmt, 3, &dates->eligibility_date);
  column_date (stmt, 4, &dates->iep_meeting_date);
  column_date (stmt, 5, &dates->iep_start_date);
  column_date (stmt, 6, &dates->iep_end_date);
  return TRUE;
}

static gboolean
validate_compliance_dates (const CaseloadComplianceDates  *dates,
                           GError                        **error)
{
  const struct {
    const GDate *date;
    const char  *message;
  } not_future[] = {
    { &dates->initial_consent_date, N_("Consent date cannot be in the future.") },
    { &dates->last_evaluation_date, N_("Evaluation date cannot be in the future.") },
    { &dates->eligibility_date, N_("Eligibility date cannot be in the future.") },
  };
  GDate today;

  caseload_date_set_today (&today);
  for (guint i = 0; i < G_N_ELEMENTS (not_future); i++)
    if (g_date_valid (not_future[i].date) && g_date_compare (not_future[i].date, &today) > 0)
      return invalid (NULL, NULL, error, CASELOAD_ERROR_INVALID, "%s", _(not_future[i].message));

  if (g_date_valid (&dates->initial_consent_date) && g_date_valid (&dates->last_evaluation_date) &&
      g_date_compare (&dates->last_evaluation_date, &dates->initial_consent_date) < 0)
    return invalid (NULL, NULL, error, CASELOAD_ERROR_INVALID,
                    _("Evaluation date cannot be before the consent date."));
  if (g_date_valid (&dates->last_evaluation_date) && g_date_valid (&dates->eligibility_date) &&
      g_date_compare (&dates->eligibility_date, &dates->last_evaluation_date) < 0)
    return invalid (NULL, NULL, error, CASELOAD_ERROR_INVALID,
                    _("Eligibility date cannot be before the evaluation date."));
  if (g_date_valid (&dates->initial_consent_date) && g_date_valid (&dates->eligibility_date) &&
      g_date_compare (&dates->eligibility_date, &dates->initial_consent_date) < 0)
    return invalid (NULL, NULL, error, CASELOAD_ERROR_INVALID,
                    _("Eligibility date cannot be before the consent date."));
  return TRUE;
}

static const Column evaluation_columns[] = {
  { "consent_id", COL_ID_OR_NULL },
  { "consent_date", COL_TEXT_OR_NULL },
  { "evaluation_date", COL_TEXT_OR_NULL },
  { "eligibility_date", COL_TEXT_OR_NULL },
  { "eligible", COL_ID_OR_NULL },
};

#define EVALUATION_COLUMN_LIST "consent_id, consent_date, evaluation_date, eligibility_date, eligible"

static void
row_set_date (Row         *row,
              guint        i,
              const GDate *date)
{
  g_autofree char *iso = caseload_date_to_iso (date);

  row_set_text (row, i, iso);
}

/* Creates or updates the consent row that the evaluation points to. */
static gboolean
save_consent (CaseloadStore  *self,
              const char     *at,
              gint64          student_id,
              const char     *kind,
              gint64         *consent_id,
              const GDate    *date,
              GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *iso = caseload_date_to_iso (date);
  g_autofree char *old_date = NULL;
  int rc;

  if (*consent_id <= 0)
    {
      if (!g_date_valid (date))
        return TRUE;
      stmt = caseload_db_prepare (self->db,
                                  "INSERT INTO consent (student_id, kind, response_date, granted) "
                                  "VALUES (?1, ?2, ?3, 1)",
                                  error);
      if (stmt == NULL)
        return FALSE;
      caseload_db_bind_int64 (stmt, 1, student_id);
      caseload_db_bind_text (stmt, 2, kind);
      caseload_db_bind_text (stmt, 3, iso);
      if (!caseload_db_step_done (self->db, stmt, _("Could not save the consent"), error))
        return FALSE;
      *consent_id = sqlite3_last_insert_rowid (self->db);
      return audit (self, at, "consent", *consent_id, student_id, "insert",
                    "response_date", NULL, iso, error);
    }

  stmt = caseload_db_prepare (self->db, "SELECT response_date FROM consent WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  caseload_db_bind_int64 (stmt, 1, *consent_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return rc == SQLITE_DONE ? TRUE
                             : caseload_db_set_error (self->db, rc, _("Could not read the consent"), error);
  old_date = column_dup_or_null (stmt, 0);
  g_clear_pointer (&stmt, caseload_db_release);

  if (g_strcmp0 (old_date, *iso != '\0' ? iso : NULL) == 0)
    return TRUE;

  stmt = caseload_db_prepare (self->db,
                              "UPDATE consent SET response_date = ?1, "
                              "granted = CASE WHEN ?1 IS NULL THEN granted ELSE 1 END WHERE id = ?2",
                              error);
  if (stmt == NULL)
    return FALSE;
  caseload_db_bind_text_or_null (stmt, 1, iso);
  caseload_db_bind_int64 (stmt, 2, *consent_id);
  return caseload_db_step_done (self->db, stmt, _("Could not save the consent"), error) &&
         audit (self, at, "consent", *consent_id, student_id, "update", "response_date",
                old_date, *iso != '\0' ? iso : NULL, error);
}

static gboolean
save_compliance_in_transaction (CaseloadStore                  *self,
                                gint64                          student_id,
                                const CaseloadComplianceDates  *dates,
                                guint                          *n_changed,
                                GError                        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *at = caseload_db_now ();
  g_autofree char *kind = NULL;
  g_auto(Row) old_row = { 0 };
  g_auto(Row) new_row = { 0 };
  gint64 evaluation_id = 0;
  gint64 consent_id = 0;
  gboolean old_waived;
  guint changed = 0;
  int rc;

  /* The waiver lives on the student. */
  stmt = caseload_db_prepare (self->db, "SELECT reeval_waived FROM student WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  caseload_db_bind_int64 (stmt, 1, student_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                     _("There is no student with the number %" PRId64), student_id);
      else
        caseload_db_set_error (self->db, rc, _("Could not read the student"), error);
      return FALSE;
    }
  old_waived = sqlite3_column_int (stmt, 0) != 0;
  g_clear_pointer (&stmt, caseload_db_release);

  if (old_waived != (dates->reevaluation_waived != FALSE))
    {
      stmt = caseload_db_prepare (self->db,
                                  "UPDATE student SET reeval_waived = ?1, updated_at = ?2 WHERE id = ?3",
                                  error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int (stmt, 1, dates->reevaluation_waived ? 1 : 0);
      caseload_db_bind_text (stmt, 2, at);
      caseload_db_bind_int64 (stmt, 3, student_id);
      if (!caseload_db_step_done (self->db, stmt, _("Could not save the student"), error) ||
          !audit (self, at, "student", student_id, student_id, "update", "reeval_waived",
                  old_waived ? "1" : "0", dates->reevaluation_waived ? "1" : "0", error))
        return FALSE;
      g_clear_pointer (&stmt, caseload_db_release);
      changed++;
    }

  /* The latest evaluation record. */
  stmt = caseload_db_prepare (self->db,
                              "SELECT id, kind FROM evaluation WHERE student_id = ?1 "
                              "ORDER BY id DESC LIMIT 1",
                              error);
  if (stmt == NULL)
    return FALSE;
  caseload_db_bind_int64 (stmt, 1, student_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      evaluation_id = sqlite3_column_int64 (stmt, 0);
      kind = g_strdup (caseload_db_column_text (stmt, 1));
    }
  else if (rc != SQLITE_DONE)
    return caseload_db_set_error (self->db, rc, _("Could not read the evaluations"), error);
  g_clear_pointer (&stmt, caseload_db_release);

  if (evaluation_id == 0)
    {
      if (!g_date_valid (&dates->initial_consent_date) &&
          !g_date_valid (&dates->last_evaluation_date) &&
          !g_date_valid (&dates->eligibility_date))
        goto done;

      kind = g_strdup ("initial");
      stmt = caseload_db_prepare (self->db,
                                  "INSERT INTO evaluation (student_id, kind) VALUES (?1, ?2)",
                                  error);
      if (stmt == NULL)
        return FALSE;
      caseload_db_bind_int64 (stmt, 1, student_id);
      caseload_db_bind_text (stmt, 2, kind);
      if (!caseload_db_step_done (self->db, stmt, _("Could not save the evaluation"), error))
        return FALSE;
      g_clear_pointer (&stmt, caseload_db_release);
      evaluation_id = sqlite3_last_insert_rowid (self->db);
      if (!audit (self, at, "evaluation", evaluation_id, student_id, "insert",
                  "kind", NULL, kind, error))
        return FALSE;
      changed++;
    }

  row_init (&old_row, evaluation_columns, G_N_ELEMENTS (evaluation_columns));
  if (!row_load (&old_row, self->db,
                 "SELECT " EVALUATION_COLUMN_LIST " FROM evaluation WHERE id = ?1",
                 evaluation_id, _("evaluation"), error))
    return FALSE;

  consent_id = old_row.values[0] != NULL ? g_ascii_strtoll (old_row.values[0], NULL, 10) : 0;
  if (!save_consent (self, at, student_id,
                     g_strcmp0 (kind, "initial") == 0 ? "initial-evaluation" : "reevaluation",
                     &consent_id, &dates->initial_consent_date, error))
    return FALSE;

  row_init (&new_row, evaluation_columns, G_N_ELEMENTS (evaluation_columns));
  row_set_int (&new_row, 0, consent_id);
  row_set_date (&new_row, 1, &dates->initial_consent_date);
  row_set_date (&new_row, 2, &dates->last_evaluation_date);
  row_set_date (&new_row, 3, &dates->eligibility_date);
  /* A determination date means the student was found eligible, unless
   * the record already says otherwise. */
  if (g_date_valid (&dates->eligibility_date) && old_row.values[4] == NULL)
    row_set_int (&new_row, 4, 1);
  else
    row_set_text (&new_row, 4, old_row.values[4]);

  {
    guint evaluation_changed = 0;

    if (!audit_changes (self, at, "evaluation", evaluation_id, student_id,
                        &old_row, &new_row, &evaluation_changed, error))
      return FALSE;
    if (evaluation_changed > 0)
      {
        stmt = caseload_db_prepare (self->db,
                                    "UPDATE evaluation SET consent_id = ?1, consent_date = ?2, "
                                    "evaluation_date = ?3, eligibility_date = ?4, eligible = ?5 "
                                    "WHERE id = ?6",
                                    error);
        if (stmt == NULL)
          return FALSE;
        row_bind (&new_row, stmt, 1);
        caseload_db_bind_int64 (stmt, 6, evaluation_id);
        if (!caseload_db_step_done (self->db, stmt, _("Could not save the evaluation"), error))
          return FALSE;
        changed += evaluation_changed;
      }
  }

done:
  *n_changed = changed;
  return TRUE;
}

gboolean
caseload_store_save_compliance_dates (CaseloadStore                  *self,
                                      gint64                          student_id,
                                      const CaseloadComplianceDates  *dates,
                                      GError                        **error)
{
  guint changed = 0;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (dates != NULL, FALSE);

  if (!check_open (self, error))
    return FALSE;
  if (!validate_compliance_dates (dates, error))
    return FALSE;

  if (!caseload_db_begin (self->db, error))
    return FALSE;
  if (!save_compliance_in_transaction (self, student_id, dates, &changed, error))
    return caseload_store_fail_and_rollback (self);
  if (!caseload_db_commit (self->db, error))
    return FALSE;

  if (changed > 0)
    caseload_store_emit_changed (self, "evaluation");
  return TRUE;
}

static gboolean
copy_facts_row (sqlite3_stmt  *stmt,
                gpointer       data,
                GError       **error)
{
  facts_from_row (stmt, data);
  return TRUE;
}

gboolean
caseload_store_get_deadline_facts (CaseloadStore          *self,
                                   gint64                  student_id,
                                   CaseloadDeadlineFacts  *facts,
                                   GError                **error)
{
  GDate today;
  guint n_rows = 0;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (facts != NULL, FALSE);

  caseload_deadline_facts_init (facts);
  if (!check_open (self, error))
    return FALSE;

  caseload_date_set_today (&today);
  if (!query_students (self, STUDENT_SELECT "WHERE s.id = :id", student_id, NULL, &today,
                       copy_facts_row, facts, &n_rows, error))
    return FALSE;
  if (n_rows == 0)
    return student_exists_or_error (self, student_id, error);
  return TRUE;
}

typedef struct
{
  CaseloadRuleSettings settings;
  GDate                as_of;
  int                  within_days;
  GPtrArray           *deadlines;
} DeadlineListData;

static gboolean
add_deadline_rows (sqlite3_stmt  *stmt,
                   gpointer       user_data,
                   GError       **error)
{
  DeadlineListData *data = user_data;
  CaseloadDeadlineFacts facts;
  g_autoptr(GArray) items = NULL;

  facts_from_row (stmt, &facts);
  items = caseload_rules_compute_deadlines (&data->settings, &facts, &data->as_of);
  if (items == NULL)
    return TRUE;

  for (guint i = 0; i < items->len; i++)
    {
      const CaseloadDeadlineItem *item = &g_array_index (items, CaseloadDeadlineItem, i);
      g_autofree char *status_text = NULL;

      if (data->within_days >= 0 && item->days_left >= 0 && item->days_left > data->within_days)
        continue;

      status_text = caseload_deadline_describe_status (&data->settings, &item->due, item->days_left);
      g_ptr_array_add (data->deadlines,
                       caseload_deadline_new (sqlite3_column_int64 (stmt, SCOL_ID),
                                              caseload_db_column_text (stmt, SCOL_NUMBER),
                                              caseload_db_column_text (stmt, SCOL_FIRST_NAME),
                                              caseload_db_column_text (stmt, SCOL_LAST_NAME),
                                              item->kind,
                                              &item->due,
                                              item->days_left,
                                              caseload_rules_status_for_days (&data->settings,
                                                                              item->days_left),
                                              status_text,
                                              sqlite3_column_int64 (stmt, SCOL_CASE_MANAGER_ID),
                                              caseload_db_column_text (stmt, SCOL_CASE_MANAGER_NAME),
                                              caseload_db_column_text (stmt, SCOL_SCHOOL_NAME)));
    }
  return TRUE;
}

static int
compare_deadlines (gconstpointer a,
                   gconstpointer b)
{
  CaseloadDeadline *da = *(CaseloadDeadline * const *) a;
  CaseloadDeadline *db = *(CaseloadDeadline * const *) b;
  int days_a = caseload_deadline_get_days_left (da);
  int days_b = caseload_deadline_get_days_left (db);
  int cmp;

  /* Overdue first, then by due date (days left from the same as-of). */
  if ((days_a < 0) != (days_b < 0))
    return days_a < 0 ? -1 : 1;
  if (days_a != days_b)
    return days_a < days_b ? -1 : 1;
  cmp = g_strcmp0 (caseload_deadline_get_last_name (da), caseload_deadline_get_last_name (db));
  if (cmp != 0)
    return cmp;
  cmp = g_strcmp0 (caseload_deadline_get_first_name (da), caseload_deadline_get_first_name (db));
  if (cmp != 0)
    return cmp;
  if (caseload_deadline_get_student_id (da) != caseload_deadline_get_student_id (db))
    return caseload_deadline_get_student_id (da) < caseload_deadline_get_student_id (db) ? -1 : 1;
  return (int) caseload_deadline_get_kind (da) - (int) caseload_deadline_get_kind (db);
}

GListModel *
caseload_store_list_deadlines (CaseloadStore  *self,
                               gint64          student_id,
                               const GDate    *as_of,
                               int             within_days,
                               GError        **error)
{
  g_autoptr(GPtrArray) deadlines = g_ptr_array_new_with_free_func (g_object_unref);
  DeadlineListData data;
  GListStore *store;
  gboolean ok;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);

  if (!check_open (self, error))
    return NULL;
  if (!caseload_store_load_rule_settings (self, &data.settings, error))
    return NULL;
  resolve_as_of (as_of, &data.as_of);
  data.within_days = within_days;
  data.deadlines = deadlines;

  if (student_id > 0)
    ok = query_students (self, STUDENT_SELECT "WHERE s.id = :id", student_id, NULL,
                         &data.as_of, add_deadline_rows, &data, NULL, error);
  else
    ok = query_students (self, STUDENT_SELECT "WHERE s.status IN ('referred', 'active')",
                         0, NULL, &data.as_of, add_deadline_rows, &data, NULL, error);
  if (!ok)
    return NULL;

  g_ptr_array_sort (deadlines, compare_deadlines);

  store = g_list_store_new (CASELOAD_TYPE_DEADLINE);
  g_list_store_splice (store, 0, 0, deadlines->pdata, deadlines->len);
  return G_LIST_MODEL (store);
}

/* ---- audit ------------------------------------------------------------------ */

gint64
caseload_store_count_audit (CaseloadStore  *self,
                            gint64          student_id,
                            GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), -1);

  if (!check_open (self, error))
    return -1;

  stmt = caseload_db_prepare (self->db,
                              "SELECT count(*) FROM audit_log WHERE student_id = ?1",
                              error);
  if (stmt == NULL)
    return -1;
  caseload_db_bind_int64 (stmt, 1, student_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      caseload_db_set_error (self->db, rc, _("Could not read the audit log"), error);
      return -1;
    }
  return sqlite3_column_int64 (stmt, 0);
}

/* ---- for the other store files (caseload-store-private.h) -------------- */

gboolean
caseload_store_audit (CaseloadStore  *self,
                      const char     *at,
                      const char     *table,
                      gint64          record_id,
                      gint64          student_id,
                      const char     *action,
                      const char     *field,
                      const char     *old_value,
                      const char     *new_value,
                      const char     *reason,
                      GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);

  if (reason == NULL)
    return audit (self, at, table, record_id, student_id, action, field,
                  old_value, new_value, error);

  stmt = caseload_db_prepare (self->db,
                              "INSERT INTO audit_log (at, staff_id, student_id, table_name, "
                              "record_id, action, field, old_value, new_value, reason) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                              error);
  if (stmt == NULL)
    return FALSE;

  caseload_db_bind_text (stmt, 1, at);
  caseload_db_bind_id_or_null (stmt, 2, self->actor);
  caseload_db_bind_id_or_null (stmt, 3, student_id);
  caseload_db_bind_text (stmt, 4, table);
  caseload_db_bind_int64 (stmt, 5, record_id);
  caseload_db_bind_text (stmt, 6, action);
  caseload_db_bind_text_or_null (stmt, 7, field);
  if (old_value != NULL)
    caseload_db_bind_text (stmt, 8, old_value);
  else
    sqlite3_bind_null (stmt, 8);
  if (new_value != NULL)
    caseload_db_bind_text (stmt, 9, new_value);
  else
    sqlite3_bind_null (stmt, 9);
  caseload_db_bind_text (stmt, 10, reason);

  return caseload_db_step_done (self->db, stmt, _("Could not write the audit log"), error);
}

gboolean
caseload_store_audit_changes (CaseloadStore       *self,
                              const char          *at,
                              const char          *table,
                              gint64               record_id,
                              gint64               student_id,
                              const char * const  *fields,
                              const char * const  *old_values,
                              const char * const  *new_values,
                              guint                n_values,
                              guint               *n_changed,
                              GError             **error)
{
  guint changed = 0;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);

  for (guint i = 0; i < n_values; i++)
    {
      if (g_strcmp0 (old_values[i], new_values[i]) == 0)
        continue;
      changed++;
      if (!audit (self, at, table, record_id, student_id, "update",
                  fields[i], old_values[i], new_values[i], error))
        return FALSE;
    }

  if (n_changed != NULL)
    *n_changed = changed;
  return TRUE;
}
