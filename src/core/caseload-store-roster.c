#define G_LOG_DOMAIN "caseload-store-roster"

#include "config.h"

#include "caseload-roster.h"
#include "caseload-backup.h"
#include "caseload-edfi.h"
#include "caseload-error.h"
#include "caseload-store-iep.h"
#include "caseload-store-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/* The SQL side of the Ed-Fi and OneRoster imports: one transaction that
 * matches and merges schools, staff, students, guardians, program
 * associations (IEP dates, setting, disabilities, services, exit) and team
 * members, with an audit row for every insert and changed field.
 *
 * The column lists below are constants of this file; values are always
 * bound, never spliced into the SQL. */

typedef enum
{
  STUDENT_SEEN = 0,
  STUDENT_UPDATED,
  STUDENT_ADDED,      /* wins: a student added and then given guardians was added */
} StudentState;

typedef struct
{
  CaseloadStore        *store;
  sqlite3              *db;
  CaseloadRoster       *roster;
  CaseloadImportResult *result;
  char                 *at;
  GHashTable           *students;   /* student id -> StudentState */
  guint                 missing_birth;
  guint                 missing_grade;
} Apply;

static const char * const SCHOOL_COLUMNS[] = { "name", "short_name", "address", "phone", "external_id" };
static const char * const STAFF_COLUMNS[] = { "first_name", "last_name", "role", "email", "phone", "school_id", "external_id" };
static const char * const STUDENT_COLUMNS[] = {
  "student_number", "first_name", "last_name", "preferred_name", "birth_date", "grade",
  "gender", "school_id", "external_id", "status", "exit_date", "exit_reason",
};
enum { ST_NUMBER, ST_FIRST, ST_LAST, ST_PREFERRED, ST_BIRTH, ST_GRADE, ST_GENDER,
       ST_SCHOOL, ST_EXTERNAL, ST_STATUS, ST_EXIT_DATE, ST_EXIT_REASON, ST_N };
static const char * const GUARDIAN_COLUMNS[] = {
  "first_name", "last_name", "relationship", "phone", "email", "address",
  "lives_with_student", "sort_order", "external_id", "student_id",
};
enum { GU_FIRST, GU_LAST, GU_RELATIONSHIP, GU_PHONE, GU_EMAIL, GU_ADDRESS, GU_LIVES,
       GU_ORDER, GU_EXTERNAL, GU_STUDENT, GU_N };

G_STATIC_ASSERT (G_N_ELEMENTS (STUDENT_COLUMNS) == ST_N);
G_STATIC_ASSERT (G_N_ELEMENTS (GUARDIAN_COLUMNS) == GU_N);

/* ---- small SQL helpers ----------------------------------------------------- */

/* The id the statement's first column gives, 0 when there is no row. */
static gboolean
lookup_id (Apply       *a,
           const char  *sql,
           const char  *text1,
           gint64       int2,
           gint64      *id,
           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = caseload_db_prepare (a->db, sql, error);
  int rc;

  *id = 0;
  if (stmt == NULL)
    return FALSE;
  if (text1 != NULL)
    caseload_db_bind_text (stmt, 1, text1);
  if (int2 != 0)
    caseload_db_bind_int64 (stmt, 2, int2);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *id = sqlite3_column_int64 (stmt, 0);
  else if (rc != SQLITE_DONE)
    return caseload_db_set_error (a->db, rc, _("Could not read the database"), error);
  return TRUE;
}

static char *
id_text (gint64 id)
{
  return id > 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, id) : NULL;
}

/* Inserts one row of @table with @columns bound as text (NULL = SQL
 * NULL), plus created_at/updated_at when @stamped; audits it. */
static gboolean
insert_row (Apply               *a,
            const char          *table,
            const char * const  *columns,
            const char * const  *values,
            guint                n,
            gboolean             stamped,
            gint64               student_id,
            gint64              *id,
            GError             **error)
{
  g_autoptr(GString) sql = g_string_new ("INSERT INTO ");
  g_autoptr(sqlite3_stmt) stmt = NULL;
  guint bound = 0;
  guint i;


  /* Absent values are left out, so that the columns' defaults apply. */
  g_string_append_printf (sql, "%s (", table);
  for (i = 0; i < n; i++)
    if (values[i] != NULL)
      g_string_append_printf (sql, "%s%s", bound++ > 0 ? ", " : "", columns[i]);
  if (stamped)
    g_string_append_printf (sql, "%screated_at, updated_at", bound > 0 ? ", " : "");
  g_string_append (sql, ") VALUES (");
  for (i = 0; i < bound; i++)
    g_string_append_printf (sql, "%s?%u", i > 0 ? ", " : "", i + 1);
  if (stamped)
    g_string_append_printf (sql, "%s?%u, ?%u", bound > 0 ? ", " : "", bound + 1, bound + 1);
  g_string_append (sql, ")");

  stmt = caseload_db_prepare (a->db, sql->str, error);
  if (stmt == NULL)
    return FALSE;
  bound = 0;
  for (i = 0; i < n; i++)
    if (values[i] != NULL)
      caseload_db_bind_text (stmt, (int) ++bound, values[i]);
  if (stamped)
    caseload_db_bind_text (stmt, (int) bound + 1, a->at);
  if (!caseload_db_step_done (a->db, stmt, _("Could not write the imported records"), error))
    return FALSE;
  *id = sqlite3_last_insert_rowid (a->db);
  if (student_id < 0)
    student_id = *id;
  return caseload_store_audit (a->store, a->at, table, *id, student_id, "insert",
                               NULL, NULL, NULL, NULL, error);
}

/* Merges @values (NULL = keep) into row @id of @table; audits each
 * changed field. */
static gboolean
merge_row (Apply               *a,
           const char          *table,
           const char * const  *columns,
           const char * const  *values,
           guint                n,
           gboolean             stamped,
           gint64               id,
           gint64               student_id,
           gboolean            *changed,
           GError             **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT ");
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) old_values = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) new_values = g_ptr_array_new ();
  guint n_changed = 0;
  guint i;
  int rc;

  *changed = FALSE;
  for (i = 0; i < n; i++)
    g_string_append_printf (sql, "%s%s", i > 0 ? ", " : "", columns[i]);
  g_string_append_printf (sql, " FROM %s WHERE id = ?1", table);
  stmt = caseload_db_prepare (a->db, sql->str, error);
  if (stmt == NULL)
    return FALSE;
  caseload_db_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return caseload_db_set_error (a->db, rc, _("Could not read the database"), error);
  for (i = 0; i < n; i++)
    {
      const char *old = sqlite3_column_type (stmt, (int) i) == SQLITE_NULL
                        ? NULL : (const char *) sqlite3_column_text (stmt, (int) i);

      g_ptr_array_add (old_values, g_strdup (old));
      g_ptr_array_add (new_values, (gpointer) (values[i] != NULL ? values[i]
                                                                  : g_ptr_array_index (old_values, i)));
    }
  g_clear_pointer (&stmt, caseload_db_release);

  if (!caseload_store_audit_changes (a->store, a->at, table, id, student_id, columns,
                                     (const char * const *) old_values->pdata,
                                     (const char * const *) new_values->pdata,
                                     n, &n_changed, error))
    return FALSE;
  if (n_changed == 0)
    return TRUE;

  g_string_assign (sql, "UPDATE ");
  g_string_append_printf (sql, "%s SET ", table);
  for (i = 0; i < n; i++)
    g_string_append_printf (sql, "%s%s = ?%u", i > 0 ? ", " : "", columns[i], i + 1);
  if (stamped)
    g_string_append_printf (sql, ", updated_at = ?%u", n + 1);
  g_string_append_printf (sql, " WHERE id = ?%u", n + 2);
  stmt = caseload_db_prepare (a->db, sql->str, error);
  if (stmt == NULL)
    return FALSE;
  for (i = 0; i < n; i++)
    if (g_ptr_array_index (new_values, i) != NULL)
      caseload_db_bind_text (stmt, (int) i + 1, g_ptr_array_index (new_values, i));
  if (stamped)
    caseload_db_bind_text (stmt, (int) n + 1, a->at);
  caseload_db_bind_int64 (stmt, (int) n + 2, id);
  if (!caseload_db_step_done (a->db, stmt, _("Could not write the imported records"), error))
    return FALSE;
  *changed = TRUE;
  return TRUE;
}

static void
count_record (Apply    *a,
              gboolean  added,
              gboolean  changed)
{
  if (added)
    a->result->records_added++;
  else if (changed)
    a->result->records_updated++;
  else
    a->result->records_unchanged++;
}

static void
skip (Apply      *a,
      const char *format,
      ...) G_GNUC_PRINTF (2, 3);

static void
skip (Apply      *a,
      const char *format,
      ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (a->result->skipped, g_strdup_vprintf (format, args));
  va_end (args);
  a->result->records_skipped++;
}

static void
mark_student (Apply        *a,
              gint64        id,
              StudentState  state)
{
  gpointer key = GSIZE_TO_POINTER ((gsize) id);
  StudentState old = GPOINTER_TO_INT (g_hash_table_lookup (a->students, key));

  if (state > old || !g_hash_table_contains (a->students, key))
    g_hash_table_insert (a->students, key, GINT_TO_POINTER (MAX (state, old)));
}

/* ---- lookups --------------------------------------------------------------- */

static gboolean
find_school (Apply       *a,
             const char  *key,
             gint64      *id,
             GError     **error)
{
  *id = 0;
  if (key == NULL || *key == '\0')
    return TRUE;
  return lookup_id (a, "SELECT id FROM school WHERE external_id = ?1", key, 0, id, error);
}

static gboolean
find_staff (Apply       *a,
            const char  *key,
            gint64      *id,
            GError     **error)
{
  *id = 0;
  if (key == NULL || *key == '\0')
    return TRUE;
  return lookup_id (a, "SELECT id FROM staff WHERE external_id = ?1", key, 0, id, error);
}

static gboolean
find_student (Apply       *a,
              const char  *number,
              const char  *source_id,
              gint64      *id,
              GError     **error)
{
  *id = 0;
  if (number != NULL && *number != '\0' &&
      !lookup_id (a, "SELECT id FROM student WHERE student_number = ?1", number, 0, id, error))
    return FALSE;
  if (*id == 0 && source_id != NULL && *source_id != '\0' &&
      !lookup_id (a, "SELECT id FROM student WHERE external_id = ?1", source_id, 0, id, error))
    return FALSE;
  return TRUE;
}

static const char *
student_label (const char *number,
               const char *source_id)
{
  return number != NULL && *number != '\0' ? number : (source_id != NULL ? source_id : "?");
}

/* ---- schools and staff ----------------------------------------------------- */

static gboolean
apply_school (Apply                 *a,
              CaseloadRosterSchool  *s,
              GError               **error)
{
  const char *values[] = { s->name, s->short_name, s->address, s->phone, s->key };
  gint64 id = 0;
  gint64 other = 0;
  gboolean changed = FALSE;

  if (!find_school (a, s->key, &id, error))
    return FALSE;
  if (s->name != NULL &&
      !lookup_id (a, "SELECT id FROM school WHERE name = ?1", s->name, 0, &other, error))
    return FALSE;
  if (id == 0 && other != 0)
    {
      /* A school typed in by hand before: the file's key joins it. */
      id = other;
    }
  else if (id != 0 && other != 0 && other != id)
    {
      skip (a, _("School “%s” (%s): another school already has this name"), s->name, s->key);
      return TRUE;
    }

  if (id == 0)
    {
      if (s->name == NULL || *s->name == '\0')
        {
          skip (a, _("School %s: it has no name"), s->key);
          return TRUE;
        }
      if (!insert_row (a, "school", SCHOOL_COLUMNS, values, G_N_ELEMENTS (values), FALSE, 0, &id, error))
        return FALSE;
      count_record (a, TRUE, FALSE);
      return TRUE;
    }
  if (!merge_row (a, "school", SCHOOL_COLUMNS, values, G_N_ELEMENTS (values), FALSE, id, 0, &changed, error))
    return FALSE;
  count_record (a, FALSE, changed);
  return TRUE;
}

static gboolean
apply_staff (Apply                *a,
             CaseloadRosterStaff  *s,
             GError              **error)
{
  g_autofree char *school = NULL;
  const char *values[G_N_ELEMENTS (STAFF_COLUMNS)];
  gint64 id = 0;
  gint64 school_id = 0;
  gboolean changed = FALSE;

  if (!find_school (a, s->school_key, &school_id, error) || !find_staff (a, s->key, &id, error))
    return FALSE;
  school = id_text (school_id);
  values[0] = s->first_name;
  values[1] = s->last_name;
  values[2] = s->role;
  values[3] = s->email;
  values[4] = s->phone;
  values[5] = school;
  values[6] = s->key;

  if (id == 0)
    {
      if (s->first_name == NULL || *g_strstrip (s->first_name) == '\0' ||
          s->last_name == NULL || *g_strstrip (s->last_name) == '\0')
        {
          skip (a, _("Staff member %s: a first and a last name are required"), s->key);
          return TRUE;
        }
      if (values[2] == NULL)
        values[2] = "other";
      if (!insert_row (a, "staff", STAFF_COLUMNS, values, G_N_ELEMENTS (values), TRUE, 0, &id, error))
        return FALSE;
      count_record (a, TRUE, FALSE);
      return TRUE;
    }
  if (!merge_row (a, "staff", STAFF_COLUMNS, values, G_N_ELEMENTS (values), TRUE, id, 0, &changed, error))
    return FALSE;
  count_record (a, FALSE, changed);
  return TRUE;
}

/* ---- students -------------------------------------------------------------- */

static gboolean
apply_student (Apply                  *a,
               CaseloadRosterStudent  *s,
               GError                **error)
{
  g_autofree char *school = NULL;
  const char *values[ST_N] = { NULL };
  const char *who = student_label (s->student_number, s->source_id);
  gint64 id = 0;
  gint64 school_id = 0;
  gint64 other = 0;
  gboolean changed = FALSE;

  if (!find_student (a, s->student_number, s->source_id, &id, error) ||
      !find_school (a, s->school_key, &school_id, error))
    return FALSE;
  school = id_text (school_id);

  values[ST_NUMBER] = s->student_number;
  values[ST_FIRST] = s->first_name;
  values[ST_LAST] = s->last_name;
  values[ST_PREFERRED] = s->preferred_name;
  values[ST_BIRTH] = s->birth_date;
  values[ST_GRADE] = s->grade;
  values[ST_GENDER] = s->gender;
  values[ST_SCHOOL] = school;
  values[ST_EXTERNAL] = s->source_id;

  /* A student ID that another student (found by sourcedId) already has. */
  if (id != 0 && s->student_number != NULL && *s->student_number != '\0')
    {
      if (!lookup_id (a, "SELECT id FROM student WHERE student_number = ?1 AND id <> ?2",
                      s->student_number, id, &other, error))
        return FALSE;
      if (other != 0)
        {
          skip (a, _("%s, line %u: student ID %s is already used by another student"),
                s->origin, s->line, s->student_number);
          a->result->records_skipped--;
          a->result->students_skipped++;
          return TRUE;
        }
    }

  /* A sourcedId that another student already has (found here by this
   * row's student ID). */
  if (id != 0 && s->source_id != NULL && *s->source_id != '\0')
    {
      if (!lookup_id (a, "SELECT id FROM student WHERE external_id = ?1 AND id <> ?2",
                      s->source_id, id, &other, error))
        return FALSE;
      if (other != 0)
        {
          skip (a, _("%s, line %u: student %s has the sourcedId %s, which another student "
                     "already has"),
                s->origin, s->line, s->student_number, s->source_id);
          a->result->records_skipped--;
          a->result->students_skipped++;
          return TRUE;
        }
    }

  if (id == 0)
    {
      if (s->deleted)
        {
          skip (a, _("%s, line %u: student %s is marked to be deleted and is not in Caseload"),
                s->origin, s->line, who);
          a->result->records_skipped--;
          a->result->students_skipped++;
          return TRUE;
        }
      if (s->student_number == NULL || *s->student_number == '\0' ||
          s->first_name == NULL || *s->first_name == '\0' ||
          s->last_name == NULL || *s->last_name == '\0')
        {
          skip (a, _("%s, line %u: student %s has no student ID, first name or last name"),
                s->origin, s->line, who);
          a->result->records_skipped--;
          a->result->students_skipped++;
          return TRUE;
        }
      if (values[ST_BIRTH] == NULL)
        {
          values[ST_BIRTH] = "";
          a->missing_birth++;
        }
      if (values[ST_GRADE] == NULL)
        {
          values[ST_GRADE] = "";
          a->missing_grade++;
        }
      values[ST_STATUS] = "active";
      if (!insert_row (a, "student", STUDENT_COLUMNS, values, ST_N, TRUE, -1, &id, error))
        return FALSE;
      mark_student (a, id, STUDENT_ADDED);
      return TRUE;
    }

  if (s->deleted)
    values[ST_STATUS] = "archived";
  if (!merge_row (a, "student", STUDENT_COLUMNS, values, ST_N, TRUE, id, id, &changed, error))
    return FALSE;
  mark_student (a, id, changed ? STUDENT_UPDATED : STUDENT_SEEN);
  return TRUE;
}

static gboolean
apply_guardian (Apply                   *a,
                CaseloadRosterGuardian  *g,
                GError                 **error)
{
  g_autofree char *lives = g->lives_with >= 0 ? g_strdup_printf ("%d", g->lives_with) : NULL;
  g_autofree char *order = g_strdup_printf ("%d", g->order);
  g_autofree char *student = NULL;
  const char *values[GU_N] = { NULL };
  gint64 student_id = 0;
  gint64 id = 0;
  gboolean changed = FALSE;

  if (!find_student (a, g->student_number, g->student_source_id, &student_id, error))
    return FALSE;
  if (student_id == 0)
    {
      skip (a, _("Guardian %s %s: student %s is not in Caseload (import the students first, "
                 "then this file again)"),
            g->first_name ? g->first_name : "", g->last_name ? g->last_name : "",
            student_label (g->student_number, g->student_source_id));
      return TRUE;
    }
  student = id_text (student_id);
  values[GU_FIRST] = g->first_name;
  values[GU_LAST] = g->last_name;
  values[GU_RELATIONSHIP] = g->relationship;
  values[GU_PHONE] = g->phone;
  values[GU_EMAIL] = g->email;
  values[GU_ADDRESS] = g->address;
  values[GU_LIVES] = lives;
  values[GU_ORDER] = order;
  values[GU_EXTERNAL] = g->key;
  values[GU_STUDENT] = student;

  if (g->key != NULL &&
      !lookup_id (a, "SELECT id FROM guardian WHERE external_id = ?1 AND student_id = ?2",
                  g->key, student_id, &id, error))
    return FALSE;
  if (id == 0)
    {
      if (g->first_name == NULL || *g->first_name == '\0' ||
          g->last_name == NULL || *g->last_name == '\0')
        {
          skip (a, _("Guardian %s of student %s: a first and a last name are required"),
                g->key ? g->key : "?", student_label (g->student_number, g->student_source_id));
          return TRUE;
        }
      if (values[GU_RELATIONSHIP] == NULL)
        values[GU_RELATIONSHIP] = "guardian";
      if (!insert_row (a, "guardian", GUARDIAN_COLUMNS, values, GU_N, FALSE, student_id, &id, error))
        return FALSE;
      count_record (a, TRUE, FALSE);
      mark_student (a, student_id, STUDENT_UPDATED);
      return TRUE;
    }
  if (!merge_row (a, "guardian", GUARDIAN_COLUMNS, values, GU_N, FALSE, id, student_id, &changed, error))
    return FALSE;
  count_record (a, FALSE, changed);
  if (changed)
    mark_student (a, student_id, STUDENT_UPDATED);
  return TRUE;
}

/* ---- program associations ------------------------------------------------- */

/* Replaces the student's disabilities when the file lists any. */
static gboolean
apply_disabilities (Apply                  *a,
                    gint64                  student_id,
                    CaseloadRosterProgram  *p,
                    gboolean               *changed,
                    GError                **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GString) old_text = g_string_new (NULL);
  g_autoptr(GString) new_text = g_string_new (NULL);
  int rc;

  *changed = FALSE;
  if (p->disabilities->len == 0)
    return TRUE;

  stmt = caseload_db_prepare (a->db,
                              "SELECT code FROM student_disability WHERE student_id = ?1 "
                              "ORDER BY is_primary DESC, id", error);
  if (stmt == NULL)
    return FALSE;
  caseload_db_bind_int64 (stmt, 1, student_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_string_append_printf (old_text, "%s%s", old_text->len > 0 ? "," : "",
                            caseload_db_column_text (stmt, 0));
  if (rc != SQLITE_DONE)
    return caseload_db_set_error (a->db, rc, _("Could not read the database"), error);
  g_clear_pointer (&stmt, caseload_db_release);

  for (guint i = 0; i < p->disabilities->len; i++)
    g_string_append_printf (new_text, "%s%s", i > 0 ? "," : "",
                            (const char *) g_ptr_array_index (p->disabilities, i));
  if (g_str_equal (old_text->str, new_text->str))
    return TRUE;

  stmt = caseload_db_prepare (a->db, "DELETE FROM student_disability WHERE student_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  caseload_db_bind_int64 (stmt, 1, student_id);
  if (!caseload_db_step_done (a->db, stmt, _("Could not write the imported records"), error))
    return FALSE;
  g_clear_pointer (&stmt, caseload_db_release);

  for (guint i = 0; i < p->disabilities->len; i++)
    {
      stmt = caseload_db_prepare (a->db,
                                  "INSERT INTO student_disability (student_id, code, is_primary) "
                                  "VALUES (?1, ?2, ?3)", error);
      if (stmt == NULL)
        return FALSE;
      caseload_db_bind_int64 (stmt, 1, student_id);
      caseload_db_bind_text (stmt, 2, g_ptr_array_index (p->disabilities, i));
      sqlite3_bind_int (stmt, 3, i == 0);
      if (!caseload_db_step_done (a->db, stmt, _("Could not write the imported records"), error))
        return FALSE;
      g_clear_pointer (&stmt, caseload_db_release);
    }

  *changed = TRUE;
  return caseload_store_audit (a->store, a->at, "student_disability", student_id, student_id,
                               "update", "disabilities", old_text->str, new_text->str, NULL, error);
}

static gboolean
insert_services (Apply                  *a,
                 gint64                  iep_id,
                 gint64                  student_id,
                 CaseloadRosterProgram  *p,
                 GError                **error)
{
  for (guint i = 0; i < p->services->len; i++)
    {
      CaseloadRosterService *s = g_ptr_array_index (p->services, i);
      g_autoptr(sqlite3_stmt) stmt = NULL;
      gint64 provider = 0;
      gint64 id;

      if (!find_staff (a, s->provider_key, &provider, error))
        return FALSE;
      if (s->provider_key != NULL && provider == 0)
        caseload_roster_note (a->roster,
                              _("Service provider %s is not in Caseload yet; import the staff "
                                "(InterchangeStaffAssociation) first to link the providers"),
                              s->provider_key);
      stmt = caseload_db_prepare (a->db,
                                  "INSERT INTO service (iep_id, position, category, name, "
                                  "provider_staff_id, start_date, end_date) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", error);
      if (stmt == NULL)
        return FALSE;
      caseload_db_bind_int64 (stmt, 1, iep_id);
      sqlite3_bind_int (stmt, 2, (int) i);
      caseload_db_bind_text (stmt, 3, s->category);
      caseload_db_bind_text (stmt, 4, s->name);
      caseload_db_bind_id_or_null (stmt, 5, provider);
      caseload_db_bind_text_or_null (stmt, 6, s->start_date);
      caseload_db_bind_text_or_null (stmt, 7, s->end_date);
      if (!caseload_db_step_done (a->db, stmt, _("Could not write the imported records"), error))
        return FALSE;
      id = sqlite3_last_insert_rowid (a->db);
      if (!caseload_store_audit (a->store, a->at, "service", id, student_id, "insert",
                                 NULL, NULL, NULL, NULL, error))
        return FALSE;
      a->result->records_added++;
    }
  return TRUE;
}

/* The IEP the association describes: added as a finalized IEP (it is the
 * plan in effect in the system of record), matched by its begin date. A
 * finalized IEP already here is never changed by an import. */
static gboolean
apply_iep (Apply                  *a,
           gint64                  student_id,
           CaseloadRosterProgram  *p,
           GError                **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(CaseloadIep) iep = NULL;
  g_autofree char *hash = NULL;
  const char *meeting;
  gint64 id = 0;
  int rc;

  if (p->begin_date == NULL)
    return TRUE;
  meeting = p->review_date != NULL ? p->review_date : p->begin_date;

  stmt = caseload_db_prepare (a->db,
                              "SELECT id, status, COALESCE(end_date, ''), COALESCE(meeting_date, ''), "
                              "COALESCE(environment_code, '') FROM iep "
                              "WHERE student_id = ?1 AND start_date = ?2 ORDER BY id LIMIT 1", error);
  if (stmt == NULL)
    return FALSE;
  caseload_db_bind_int64 (stmt, 1, student_id);
  caseload_db_bind_text (stmt, 2, p->begin_date);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      gboolean same = g_strcmp0 (caseload_db_column_text (stmt, 2), p->end_date ? p->end_date : "") == 0 &&
                      g_str_equal (caseload_db_column_text (stmt, 3), meeting) &&
                      g_strcmp0 (caseload_db_column_text (stmt, 4),
                                 p->environment_code ? p->environment_code : "") == 0;

      if (same)
        a->result->records_unchanged++;
      else
        skip (a, _("Student %s: the IEP that begins %s is already in Caseload (%s) and differs "
                   "from the file; it is kept as it is (change it in Caseload)"),
              p->student_number, p->begin_date, caseload_db_column_text (stmt, 1));
      return TRUE;
    }
  if (rc != SQLITE_DONE)
    return caseload_db_set_error (a->db, rc, _("Could not read the database"), error);
  g_clear_pointer (&stmt, caseload_db_release);

  if (p->end_date != NULL && strcmp (p->end_date, p->begin_date) <= 0)
    {
      skip (a, _("Student %s: the IEP end date %s is not after its begin date %s"),
            p->student_number, p->end_date, p->begin_date);
      return TRUE;
    }

  stmt = caseload_db_prepare (a->db,
                              "INSERT INTO iep (student_id, kind, status, meeting_date, start_date, "
                              "end_date, next_review_date, finalized_at, environment_code, "
                              "created_at, updated_at) "
                              "VALUES (?1, 'annual', 'finalized', ?2, ?3, ?4, ?5, ?6, ?7, ?6, ?6)",
                              error);
  if (stmt == NULL)
    return FALSE;
  caseload_db_bind_int64 (stmt, 1, student_id);
  caseload_db_bind_text (stmt, 2, meeting);
  caseload_db_bind_text (stmt, 3, p->begin_date);
  caseload_db_bind_text_or_null (stmt, 4, p->end_date);
  caseload_db_bind_text_or_null (stmt, 5, NULL);
  caseload_db_bind_text (stmt, 6, a->at);
  caseload_db_bind_text_or_null (stmt, 7, p->environment_code);
  if (!caseload_db_step_done (a->db, stmt, _("Could not write the imported records"), error))
    return FALSE;
  id = sqlite3_last_insert_rowid (a->db);
  g_clear_pointer (&stmt, caseload_db_release);
  if (!caseload_store_audit (a->store, a->at, "iep", id, student_id, "insert",
                             NULL, NULL, NULL, NULL, error))
    return FALSE;
  a->result->records_added++;

  if (!insert_services (a, id, student_id, p, error))
    return FALSE;

  /* Finalized IEPs carry the hash of their content, like those finalized
   * in Caseload. */
  iep = caseload_store_get_iep (a->store, id, error);
  if (iep == NULL)
    return FALSE;
  {
    g_autoptr(GPtrArray) attendees = g_ptr_array_new ();

    hash = caseload_iep_compute_hash (iep, attendees);
  }
  stmt = caseload_db_prepare (a->db, "UPDATE iep SET content_hash = ?1 WHERE id = ?2", error);
  if (stmt == NULL)
    return FALSE;
  caseload_db_bind_text (stmt, 1, hash);
  caseload_db_bind_int64 (stmt, 2, id);
  return caseload_db_step_done (a->db, stmt, _("Could not write the imported records"), error);
}

static gboolean
apply_evaluation (Apply                  *a,
                  gint64                  student_id,
                  CaseloadRosterProgram  *p,
                  GError                **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 id = 0;
  gint64 any = 0;

  if (p->last_evaluation == NULL)
    return TRUE;
  if (!lookup_id (a, "SELECT id FROM evaluation WHERE evaluation_date = ?1 AND student_id = ?2",
                  p->last_evaluation, student_id, &id, error))
    return FALSE;
  if (id != 0)
    {
      a->result->records_unchanged++;
      return TRUE;
    }
  if (!lookup_id (a, "SELECT id FROM evaluation WHERE student_id = ?2 AND ?1 IS NOT NULL",
                  "", student_id, &any, error))
    return FALSE;
  stmt = caseload_db_prepare (a->db,
                              "INSERT INTO evaluation (student_id, kind, evaluation_date, "
                              "eligibility_date, eligible) VALUES (?1, ?2, ?3, ?3, 1)", error);
  if (stmt == NULL)
    return FALSE;
  caseload_db_bind_int64 (stmt, 1, student_id);
  caseload_db_bind_text (stmt, 2, any != 0 ? "reevaluation" : "initial");
  caseload_db_bind_text (stmt, 3, p->last_evaluation);
  if (!caseload_db_step_done (a->db, stmt, _("Could not write the imported records"), error))
    return FALSE;
  id = sqlite3_last_insert_rowid (a->db);
  a->result->records_added++;
  return caseload_store_audit (a->store, a->at, "evaluation", id, student_id, "insert",
                               NULL, NULL, NULL, NULL, error);
}

static gboolean
apply_program (Apply                  *a,
               CaseloadRosterProgram  *p,
               GError                **error)
{
  const char *values[ST_N] = { NULL };
  g_autofree char *school = NULL;
  gint64 student_id = 0;
  gint64 school_id = 0;
  gint64 iep_before = a->result->records_added;
  gboolean changed = FALSE;
  gboolean disabilities_changed = FALSE;

  if (!find_student (a, p->student_number, NULL, &student_id, error))
    return FALSE;
  if (student_id == 0)
    {
      skip (a, _("%s, line %u: the special-education program of student %s was not imported: "
                 "the student is not in Caseload (import InterchangeStudent first, then this "
                 "file again)"),
            a->roster->origin, p->line, p->student_number);
      return TRUE;
    }

  if (!find_school (a, p->school_key, &school_id, error))
    return FALSE;
  school = id_text (school_id);
  values[ST_SCHOOL] = school;
  if (p->exit_date != NULL)
    {
      values[ST_STATUS] = "exited";
      values[ST_EXIT_DATE] = p->exit_date;
      values[ST_EXIT_REASON] = p->exit_reason != NULL ? p->exit_reason : "";
    }
  if (!merge_row (a, "student", STUDENT_COLUMNS, values, ST_N, TRUE, student_id, student_id,
                  &changed, error) ||
      !apply_disabilities (a, student_id, p, &disabilities_changed, error) ||
      !apply_evaluation (a, student_id, p, error) ||
      !apply_iep (a, student_id, p, error))
    return FALSE;

  mark_student (a, student_id,
                changed || disabilities_changed || a->result->records_added > iep_before
                ? STUDENT_UPDATED : STUDENT_SEEN);
  return TRUE;
}

static gboolean
apply_team_member (Apply                     *a,
                   CaseloadRosterTeamMember  *t,
                   GError                   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 student_id = 0;
  gint64 staff_id = 0;
  gint64 id = 0;

  if (!find_student (a, t->student_number, t->student_source_id, &student_id, error) ||
      !find_staff (a, t->staff_key, &staff_id, error))
    return FALSE;
  if (student_id == 0 || staff_id == 0)
    return TRUE;   /* the student or teacher was skipped, with the reason */

  stmt = caseload_db_prepare (a->db,
                              "SELECT id FROM team_assignment WHERE student_id = ?1 "
                              "AND staff_id = ?2 AND role = ?3", error);
  if (stmt == NULL)
    return FALSE;
  caseload_db_bind_int64 (stmt, 1, student_id);
  caseload_db_bind_int64 (stmt, 2, staff_id);
  caseload_db_bind_text (stmt, 3, t->role);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  g_clear_pointer (&stmt, caseload_db_release);
  if (id != 0)
    {
      a->result->records_unchanged++;
      return TRUE;
    }

  stmt = caseload_db_prepare (a->db,
                              "INSERT INTO team_assignment (student_id, staff_id, role) "
                              "VALUES (?1, ?2, ?3)", error);
  if (stmt == NULL)
    return FALSE;
  caseload_db_bind_int64 (stmt, 1, student_id);
  caseload_db_bind_int64 (stmt, 2, staff_id);
  caseload_db_bind_text (stmt, 3, t->role);
  if (!caseload_db_step_done (a->db, stmt, _("Could not write the imported records"), error))
    return FALSE;
  id = sqlite3_last_insert_rowid (a->db);
  a->result->records_added++;
  mark_student (a, student_id, STUDENT_UPDATED);
  return caseload_store_audit (a->store, a->at, "team_assignment", id, student_id, "insert",
                               NULL, NULL, NULL, NULL, error);
}

/* ---- the whole import ------------------------------------------------------ */

static gboolean
has_data (sqlite3   *db,
          gboolean  *result,
          GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = caseload_db_prepare (db,
    "SELECT EXISTS (SELECT 1 FROM student) OR EXISTS (SELECT 1 FROM staff)", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return caseload_db_set_error (db, rc, _("Could not read the database"), error);
  *result = sqlite3_column_int (stmt, 0) != 0;
  return TRUE;
}

static gboolean
apply_all (Apply   *a,
           GError **error)
{
  CaseloadRoster *r = a->roster;
  guint i;

  for (i = 0; i < r->schools->len; i++)
    if (!apply_school (a, g_ptr_array_index (r->schools, i), error))
      return FALSE;
  for (i = 0; i < r->staff->len; i++)
    if (!apply_staff (a, g_ptr_array_index (r->staff, i), error))
      return FALSE;
  for (i = 0; i < r->students->len; i++)
    if (!apply_student (a, g_ptr_array_index (r->students, i), error))
      return FALSE;
  for (i = 0; i < r->guardians->len; i++)
    if (!apply_guardian (a, g_ptr_array_index (r->guardians, i), error))
      return FALSE;
  for (i = 0; i < r->programs->len; i++)
    if (!apply_program (a, g_ptr_array_index (r->programs, i), error))
      return FALSE;
  for (i = 0; i < r->team->len; i++)
    if (!apply_team_member (a, g_ptr_array_index (r->team, i), error))
      return FALSE;
  return TRUE;
}

gboolean
caseload_store_apply_roster (CaseloadStore                *store,
                             CaseloadRoster               *roster,
                             const CaseloadImportOptions  *options,
                             CaseloadImportResult        **result,
                             GError                      **error)
{
  static const CaseloadImportOptions defaults = { 0 };
  g_autoptr(CaseloadXmlImportResult) counts = g_new0 (CaseloadImportResult, 1);
  g_autoptr(GHashTable) students = g_hash_table_new (NULL, NULL);
  g_autofree char *at = caseload_db_now ();
  sqlite3 *db = caseload_store_get_db (store);
  Apply a = { store, db, roster, counts, at, students, 0, 0 };
  GHashTableIter iter;
  gpointer value;

  g_return_val_if_fail (CASELOAD_IS_STORE (store), FALSE);
  g_return_val_if_fail (roster != NULL, FALSE);

  if (options == NULL)
    options = &defaults;
  counts->dry_run = options->dry_run;
  counts->skipped = g_ptr_array_new_with_free_func (g_free);
  counts->notes = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < roster->skipped->len; i++)
    g_ptr_array_add (counts->skipped, g_strdup (g_ptr_array_index (roster->skipped, i)));
  counts->records_skipped = roster->skipped->len;

  if (!options->dry_run)
    {
      gboolean any = FALSE;

      if (!has_data (db, &any, error))
        return FALSE;
      if (any)
        {
          counts->backup_path = caseload_backup_now (caseload_store_get_path (store),
                                                     options->backup_dir, "before-import", error);
          if (counts->backup_path == NULL)
            return FALSE;
        }
    }

  if (!caseload_db_begin (db, error))
    return FALSE;
  if (!apply_all (&a, error))
    return caseload_store_fail_and_rollback (store);

  g_hash_table_iter_init (&iter, students);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    switch ((StudentState) GPOINTER_TO_INT (value))
      {
      case STUDENT_ADDED:
        counts->students_added++;
        break;
      case STUDENT_UPDATED:
        counts->students_updated++;
        break;
      case STUDENT_SEEN:
      default:
        counts->students_unchanged++;
        break;
      }

  if (a.missing_birth > 0)
    caseload_roster_note (roster,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "%u new student has no birth date in the file; enter it on the Profile tab",
                                       "%u new students have no birth date in the file; enter them on the Profile tab",
                                       a.missing_birth),
                          a.missing_birth);
  if (a.missing_grade > 0)
    caseload_roster_note (roster,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "%u new student has no grade in the file; enter it on the Profile tab",
                                       "%u new students have no grade in the file; enter them on the Profile tab",
                                       a.missing_grade),
                          a.missing_grade);
  for (guint i = 0; i < roster->notes->len; i++)
    g_ptr_array_add (counts->notes, g_strdup (g_ptr_array_index (roster->notes, i)));

  if (options->dry_run)
    {
      caseload_db_rollback (db);
      g_clear_pointer (&counts->backup_path, g_free);
    }
  else if (!caseload_store_commit_and_notify (store, "student", error))
    return FALSE;

  if (result != NULL)
    *result = g_steal_pointer (&counts);
  return TRUE;
}

/* ---- Ed-Fi export ------------------------------------------------------------ */

static char *
column_or_null (sqlite3_stmt *stmt,
                int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL && *text != '\0' ? g_strdup (text) : NULL;
}

GPtrArray *
caseload_store_edfi_programs (CaseloadStore  *store,
                              gint64          student_id,
                              GError        **error)
{
  sqlite3 *db = caseload_store_get_db (store);
  g_autoptr(CaseloadRoster) rows = caseload_roster_new (NULL);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(sqlite3_stmt) disabilities = NULL;
  g_autoptr(sqlite3_stmt) services = NULL;
  int rc;

  g_return_val_if_fail (CASELOAD_IS_STORE (store), NULL);

  /* Each student's current IEP: the latest finalized one, else the
   * latest with a date. */
  stmt = caseload_db_prepare (db,
                              "SELECT s.id, s.student_number, "
                              "  CASE WHEN s.status = 'exited' THEN s.exit_date END, s.exit_reason, "
                              "  COALESCE(sc.external_id, CAST(sc.id AS TEXT)), "
                              "  i.id, i.start_date, i.end_date, i.meeting_date, i.environment_code, "
                              "  (SELECT max(e.evaluation_date) FROM evaluation e WHERE e.student_id = s.id) "
                              "FROM student s "
                              "JOIN iep i ON i.id = (SELECT j.id FROM iep j WHERE j.student_id = s.id "
                              "  AND (j.start_date IS NOT NULL OR j.meeting_date IS NOT NULL) "
                              "  ORDER BY j.status = 'finalized' DESC, j.start_date DESC, j.id DESC LIMIT 1) "
                              "LEFT JOIN school sc ON sc.id = s.school_id "
                              "WHERE ?1 = 0 OR s.id = ?1 ORDER BY s.id",
                              error);
  disabilities = caseload_db_prepare (db,
                                      "SELECT code FROM student_disability WHERE student_id = ?1 "
                                      "ORDER BY is_primary DESC, id", error);
  services = caseload_db_prepare (db,
                                  "SELECT sv.name, sv.start_date, sv.end_date, "
                                  "  COALESCE(st.external_id, 'caseload-' || st.id) "
                                  "FROM service sv LEFT JOIN staff st ON st.id = sv.provider_staff_id "
                                  "WHERE sv.iep_id = ?1 AND sv.category IN ('special-education', 'related-service') "
                                  "AND trim(sv.name) <> '' ORDER BY sv.position, sv.id", error);
  if (stmt == NULL || disabilities == NULL || services == NULL)
    return NULL;
  caseload_db_bind_int64 (stmt, 1, student_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CaseloadRosterProgram *p = caseload_roster_add_program (rows);
      int sub;

      p->student_number = column_or_null (stmt, 1);
      if (p->student_number == NULL || strlen (p->student_number) > 32)
        {
          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                       _("Student ID “%s” is longer than the 32 characters Ed-Fi allows"),
                       p->student_number ? p->student_number : "");
          return NULL;
        }
      p->exit_date = column_or_null (stmt, 2);
      p->exit_reason = column_or_null (stmt, 3);
      p->school_key = column_or_null (stmt, 4);
      p->begin_date = column_or_null (stmt, 6);
      p->end_date = column_or_null (stmt, 7);
      p->review_date = column_or_null (stmt, 8);
      p->environment_code = column_or_null (stmt, 9);
      p->last_evaluation = column_or_null (stmt, 10);

      sqlite3_reset (disabilities);
      caseload_db_bind_int64 (disabilities, 1, sqlite3_column_int64 (stmt, 0));
      while ((sub = sqlite3_step (disabilities)) == SQLITE_ROW)
        g_ptr_array_add (p->disabilities, g_strdup (caseload_db_column_text (disabilities, 0)));
      if (sub != SQLITE_DONE)
        {
          caseload_db_set_error (db, sub, _("Could not read the database"), error);
          return NULL;
        }

      sqlite3_reset (services);
      caseload_db_bind_int64 (services, 1, sqlite3_column_int64 (stmt, 5));
      while ((sub = sqlite3_step (services)) == SQLITE_ROW)
        {
          CaseloadRosterService *s = caseload_roster_add_service (p);
          const char *provider = (const char *) sqlite3_column_text (services, 3);

          s->name = g_strdup (caseload_db_column_text (services, 0));
          s->start_date = column_or_null (services, 1);
          s->end_date = column_or_null (services, 2);
          s->provider_key = provider != NULL && strlen (provider) <= 32 ? g_strdup (provider) : NULL;
        }
      if (sub != SQLITE_DONE)
        {
          caseload_db_set_error (db, sub, _("Could not read the database"), error);
          return NULL;
        }
    }
  if (rc != SQLITE_DONE)
    {
      caseload_db_set_error (db, rc, _("Could not read the database"), error);
      return NULL;
    }

  return g_ptr_array_ref (rows->programs);
}
