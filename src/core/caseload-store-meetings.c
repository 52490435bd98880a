#define G_LOG_DOMAIN "caseload-store-meetings"

#include "config.h"

#include "caseload-store-meetings.h"
#include "caseload-store-private.h"
#include "caseload-date.h"
#include "caseload-iep.h"

#include <inttypes.h>
#include <string.h>

#include <glib/gi18n-lib.h>

/* ---- column specs ----------------------------------------------------------
 * Each table is described once as (column, property, type); one spec drives
 * loading, binding and the audit diff. The SQL text is assembled only from
 * these constant names, never from data. */

typedef enum
{
  C_TEXT,          /* NOT NULL text */
  C_TEXT_OR_NULL,  /* "" stored as NULL (dates) */
  C_INT,           /* integer or boolean property */
  C_ID,            /* 0 stored as NULL */
  C_BOOL_OR_NULL,  /* "attended": has-attended FALSE stored as NULL */
  C_INSTANT,       /* GDateTime stored as UTC ISO 8601 text */
} ColType;

typedef struct
{
  const char *column;
  const char *property;
  ColType     type;
} Col;

/* Each table's statements are written out in full: no SQL text is put
 * together at run time, not even from these constant names. The column
 * order of every statement is the order of the table's Col array. */
typedef struct
{
  const char *table;
  const Col  *cols;
  guint       n_cols;
  const char *insert_sql;   /* ?1..?n in column order */
  const char *select_sql;   /* the columns of row ?1 */
  const char *update_sql;   /* ?1..?n, then the id as ?n+1 */
} Table;

static const Col meeting_cols[] = {
  { "student_id", "student-id", C_INT },
  { "kind", "kind", C_TEXT },
  { "purpose", "purpose", C_TEXT },
  { "starts_at", "starts-at", C_INSTANT },
  { "ends_at", "ends-at", C_INSTANT },
  { "time_zone", "time-zone", C_TEXT },
  { "room_id", "room-id", C_ID },
  { "location", "location", C_TEXT },
  { "video_link", "video-link", C_TEXT },
  { "status", "status", C_TEXT },
  { "interpreter_needed", "interpreter-needed", C_INT },
  { "interpreter_language", "interpreter-language", C_TEXT },
  { "notice_sent_date", "notice-sent-date", C_TEXT_OR_NULL },
  { "notice_method", "notice-method", C_TEXT },
  { "notice_transition", "notice-transition", C_INT },
  { "notes", "notes", C_TEXT },
  { "outcome", "outcome", C_TEXT },
  { "produced_iep_id", "produced-iep-id", C_ID },
};
static const Table meeting_table = {
  "meeting", meeting_cols, G_N_ELEMENTS (meeting_cols),
  "INSERT INTO meeting (student_id, kind, purpose, starts_at, ends_at, "
  "time_zone, room_id, location, video_link, status, interpreter_needed, "
  "interpreter_language, notice_sent_date, notice_method, "
  "notice_transition, notes, outcome, produced_iep_id) VALUES (?1, ?2, "
  "?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, "
  "?18)",
  "SELECT student_id, kind, purpose, starts_at, ends_at, time_zone, "
  "room_id, location, video_link, status, interpreter_needed, "
  "interpreter_language, notice_sent_date, notice_method, "
  "notice_transition, notes, outcome, "
  "produced_iep_id FROM meeting WHERE id = ?1",
  "UPDATE meeting SET (student_id, kind, purpose, starts_at, ends_at, "
  "time_zone, room_id, location, video_link, status, interpreter_needed, "
  "interpreter_language, notice_sent_date, notice_method, "
  "notice_transition, notes, outcome, produced_iep_id) = (?1, ?2, ?3, "
  "?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, "
  "?18) WHERE id = ?19",
};

static const Col attendee_cols[] = {
  { "meeting_id", "meeting-id", C_INT },
  { "staff_id", "staff-id", C_ID },
  { "guardian_id", "guardian-id", C_ID },
  { "is_student", "is-student", C_INT },
  { "name", "name", C_TEXT },
  { "role", "role", C_TEXT },
  { "required", "required", C_INT },
  { "response", "response", C_TEXT },
  { "attended", "attended", C_BOOL_OR_NULL },
  { "excused", "excused", C_INT },
  { "excusal_agreement_date", "excusal-agreement-date", C_TEXT_OR_NULL },
  { "excusal_input_date", "excusal-input-date", C_TEXT_OR_NULL },
};
static const Table attendee_table = {
  "meeting_attendee", attendee_cols, G_N_ELEMENTS (attendee_cols),
  "INSERT INTO meeting_attendee (meeting_id, staff_id, guardian_id, "
  "is_student, name, role, required, response, attended, excused, "
  "excusal_agreement_date, excusal_input_date) VALUES (?1, ?2, ?3, ?4, "
  "?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
  "SELECT meeting_id, staff_id, guardian_id, is_student, name, role, "
  "required, response, attended, excused, excusal_agreement_date, "
  "excusal_input_date FROM meeting_attendee WHERE id = ?1",
  "UPDATE meeting_attendee SET (meeting_id, staff_id, guardian_id, "
  "is_student, name, role, required, response, attended, excused, "
  "excusal_agreement_date, excusal_input_date) = (?1, ?2, ?3, ?4, ?5, "
  "?6, ?7, ?8, ?9, ?10, ?11, ?12) WHERE id = ?13",
};

static const Col task_cols[] = {
  { "assignee_id", "assignee-id", C_INT },
  { "created_by", "created-by", C_ID },
  { "student_id", "student-id", C_ID },
  { "meeting_id", "meeting-id", C_ID },
  { "title", "title", C_TEXT },
  { "due_date", "due-date", C_TEXT_OR_NULL },
  { "priority", "priority", C_TEXT },
  { "status", "status", C_TEXT },
  { "notes", "notes", C_TEXT },
  { "created_at", "created-at", C_TEXT },
  { "completed_at", "completed-at", C_TEXT_OR_NULL },
};
static const Table task_table = {
  "task", task_cols, G_N_ELEMENTS (task_cols),
  "INSERT INTO task (assignee_id, created_by, student_id, meeting_id, "
  "title, due_date, priority, status, notes, created_at, "
  "completed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
  "SELECT assignee_id, created_by, student_id, meeting_id, title, "
  "due_date, priority, status, notes, created_at, "
  "completed_at FROM task WHERE id = ?1",
  "UPDATE task SET (assignee_id, created_by, student_id, meeting_id, "
  "title, due_date, priority, status, notes, created_at, "
  "completed_at) = (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
  "?11) WHERE id = ?12",
};

static const Col contact_cols[] = {
  { "student_id", "student-id", C_INT },
  { "staff_id", "staff-id", C_ID },
  { "contact_at", "contact-at", C_TEXT },
  { "person", "person", C_TEXT },
  { "method", "method", C_TEXT },
  { "summary", "summary", C_TEXT },
  { "follow_up_needed", "follow-up-needed", C_INT },
  { "follow_up_date", "follow-up-date", C_TEXT_OR_NULL },
};
static const Table contact_table = {
  "contact_log", contact_cols, G_N_ELEMENTS (contact_cols),
  "INSERT INTO contact_log (student_id, staff_id, contact_at, person, "
  "method, summary, follow_up_needed, follow_up_date) VALUES (?1, ?2, "
  "?3, ?4, ?5, ?6, ?7, ?8)",
  "SELECT student_id, staff_id, contact_at, person, method, summary, "
  "follow_up_needed, follow_up_date FROM contact_log WHERE id = ?1",
  "UPDATE contact_log SET (student_id, staff_id, contact_at, person, "
  "method, summary, follow_up_needed, follow_up_date) = (?1, ?2, ?3, ?4, "
  "?5, ?6, ?7, ?8) WHERE id = ?9",
};

static const Col resource_cols[] = {
  { "name", "name", C_TEXT },
  { "category", "category", C_TEXT },
  { "address", "address", C_TEXT },
  { "phone", "phone", C_TEXT },
  { "website", "website", C_TEXT },
  { "languages", "languages", C_TEXT },
  { "notes", "notes", C_TEXT },
  { "active", "active", C_INT },
};
static const Table resource_table = {
  "community_resource", resource_cols, G_N_ELEMENTS (resource_cols),
  "INSERT INTO community_resource (name, category, address, phone, "
  "website, languages, notes, active) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
  "?7, ?8)",
  "SELECT name, category, address, phone, website, languages, notes, "
  "active FROM community_resource WHERE id = ?1",
  "UPDATE community_resource SET (name, category, address, phone, "
  "website, languages, notes, active) = (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
  "?8) WHERE id = ?9",
};

static const Col referral_cols[] = {
  { "student_id", "student-id", C_INT },
  { "resource_id", "resource-id", C_INT },
  { "referral_date", "referral-date", C_TEXT },
  { "reason", "reason", C_TEXT },
  { "status", "status", C_TEXT },
  { "follow_up_date", "follow-up-date", C_TEXT_OR_NULL },
  { "outcome", "outcome", C_TEXT },
};
static const Table referral_table = {
  "resource_referral", referral_cols, G_N_ELEMENTS (referral_cols),
  "INSERT INTO resource_referral (student_id, resource_id, "
  "referral_date, reason, status, follow_up_date, outcome) VALUES (?1, "
  "?2, ?3, ?4, ?5, ?6, ?7)",
  "SELECT student_id, resource_id, referral_date, reason, status, "
  "follow_up_date, outcome FROM resource_referral WHERE id = ?1",
  "UPDATE resource_referral SET (student_id, resource_id, referral_date, "
  "reason, status, follow_up_date, outcome) = (?1, ?2, ?3, ?4, ?5, ?6, "
  "?7) WHERE id = ?8",
};

static const Col notice_cols[] = {
  { "student_id", "student-id", C_INT },
  { "given_date", "given-date", C_TEXT },
  { "method", "method", C_TEXT },
  { "language", "language", C_TEXT },
  { "notes", "notes", C_TEXT },
};
static const Table notice_table = {
  "rights_notice", notice_cols, G_N_ELEMENTS (notice_cols),
  "INSERT INTO rights_notice (student_id, given_date, method, language, "
  "notes) VALUES (?1, ?2, ?3, ?4, ?5)",
  "SELECT student_id, given_date, method, language, "
  "notes FROM rights_notice WHERE id = ?1",
  "UPDATE rights_notice SET (student_id, given_date, method, language, "
  "notes) = (?1, ?2, ?3, ?4, ?5) WHERE id = ?6",
};

/* ---- small helpers ------------------------------------------------------- */


static gboolean
set_invalid (GError     **error,
             const char  *message)
{
  g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
in_list (const char         *value,
         const char * const *list)
{
  return value != NULL && g_strv_contains (list, value);
}

static gboolean
valid_date_or_empty (const char *text)
{
  GDate date;

  return text == NULL || *text == '\0' || caseload_date_parse_iso (text, &date);
}

static char *
utc_text (GDateTime *time)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (time);

  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

static GDateTime *
parse_instant (const char *text)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  if (text == NULL || *text == '\0')
    return NULL;
  return g_date_time_new_from_iso8601 (text, utc);
}

static char *
date_text (const GDate *date)
{
  GDate today;

  if (date != NULL && g_date_valid (date))
    return caseload_date_to_iso (date);
  caseload_date_set_today (&today);
  return caseload_date_to_iso (&today);
}

static char *
initials (const char *first,
          const char *last)
{
  GString *out = g_string_new (NULL);
  const char *names[] = { first, last };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (names[i] != NULL && *names[i] != '\0')
      {
        gunichar c = g_unichar_toupper (g_utf8_get_char (names[i]));

        g_string_append_unichar (out, c);
        g_string_append_c (out, '.');
      }
  return g_string_free (out, FALSE);
}

/* The value of one column of @object as text; NULL = SQL NULL. */
static char *
col_value (GObject   *object,
           const Col *col)
{
  switch (col->type)
    {
    case C_TEXT:
    case C_TEXT_OR_NULL:
      {
        g_autofree char *text = NULL;

        g_object_get (object, col->property, &text, NULL);
        if (text == NULL)
          text = g_strdup ("");
        if (col->type == C_TEXT_OR_NULL && *text == '\0')
          return NULL;
        return g_steal_pointer (&text);
      }
    case C_INT:
    case C_ID:
      {
        GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), col->property);
        gint64 number = 0;

        g_return_val_if_fail (pspec != NULL, NULL);
        if (pspec->value_type == G_TYPE_BOOLEAN)
          {
            gboolean b = FALSE;

            g_object_get (object, col->property, &b, NULL);
            number = b ? 1 : 0;
          }
        else if (pspec->value_type == G_TYPE_INT)
          {
            int i = 0;

            g_object_get (object, col->property, &i, NULL);
            number = i;
          }
        else
          g_object_get (object, col->property, &number, NULL);
        if (col->type == C_ID && number == 0)
          return NULL;
        return g_strdup_printf ("%" G_GINT64_FORMAT, number);
      }
    case C_BOOL_OR_NULL:
      {
        g_autofree char *has = g_strconcat ("has-", col->property, NULL);
        gboolean has_value = FALSE, value = FALSE;

        g_object_get (object, has, &has_value, col->property, &value, NULL);
        return has_value ? g_strdup (value ? "1" : "0") : NULL;
      }
    case C_INSTANT:
      {
        g_autoptr(GDateTime) time = NULL;

        g_object_get (object, col->property, &time, NULL);
        return time != NULL ? utc_text (time) : NULL;
      }
    default:
      g_return_val_if_reached (NULL);
    }
}

static char **
object_values (GObject     *object,
               const Table *table)
{
  char **values = g_new0 (char *, table->n_cols + 1);

  for (guint i = 0; i < table->n_cols; i++)
    values[i] = col_value (object, &table->cols[i]);
  return values;
}

static void
free_values (char  **values,
             guint   n)
{
  if (values == NULL)
    return;
  for (guint i = 0; i < n; i++)
    g_free (values[i]);
  g_free (values);
}

static void
bind_values (sqlite3_stmt  *stmt,
             int            first,
             const Table   *table,
             char         **values)
{
  for (guint i = 0; i < table->n_cols; i++)
    {
      int index = first + (int) i;

      if (values[i] == NULL)
        sqlite3_bind_null (stmt, index);
      else if (table->cols[i].type == C_INT || table->cols[i].type == C_ID ||
               table->cols[i].type == C_BOOL_OR_NULL)
        sqlite3_bind_int64 (stmt, index, g_ascii_strtoll (values[i], NULL, 10));
      else
        caseload_db_bind_text (stmt, index, values[i]);
    }
}

static char **
row_values (sqlite3_stmt *stmt,
            int           first,
            guint         n)
{
  char **values = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    if (sqlite3_column_type (stmt, first + (int) i) != SQLITE_NULL)
      values[i] = g_strdup ((const char *) sqlite3_column_text (stmt, first + (int) i));
  return values;
}

static void
set_from_row (GObject      *object,
              const Table  *table,
              sqlite3_stmt *stmt,
              int           first)
{
  for (guint i = 0; i < table->n_cols; i++)
    {
      const Col *col = &table->cols[i];
      int column = first + (int) i;
      gboolean is_null = sqlite3_column_type (stmt, column) == SQLITE_NULL;

      switch (col->type)
        {
        case C_TEXT:
        case C_TEXT_OR_NULL:
          g_object_set (object, col->property, caseload_db_column_text (stmt, column), NULL);
          break;
        case C_INT:
        case C_ID:
          {
            GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), col->property);
            gint64 number = is_null ? 0 : sqlite3_column_int64 (stmt, column);

            if (pspec->value_type == G_TYPE_BOOLEAN)
              g_object_set (object, col->property, number != 0, NULL);
            else if (pspec->value_type == G_TYPE_INT)
              g_object_set (object, col->property, (int) number, NULL);
            else
              g_object_set (object, col->property, number, NULL);
          }
          break;
        case C_BOOL_OR_NULL:
          if (is_null)
            {
              g_autofree char *has = g_strconcat ("has-", col->property, NULL);

              g_object_set (object, has, FALSE, NULL);
            }
          else
            g_object_set (object, col->property, sqlite3_column_int64 (stmt, column) != 0, NULL);
          break;
        case C_INSTANT:
          {
            g_autoptr(GDateTime) time = parse_instant (caseload_db_column_text (stmt, column));

            g_object_set (object, col->property, time, NULL);
          }
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

/* The attendees of one meeting, id first, then attendee_table's columns. */
static const char attendee_snapshot_sql[] =
  "SELECT id, meeting_id, staff_id, guardian_id, is_student, name, role, "
  "required, response, attended, excused, excusal_agreement_date, "
  "excusal_input_date FROM meeting_attendee WHERE meeting_id = ?1 ORDER BY id";

/* Inserts (*id == 0) or updates one row from @object, with audit rows, in
 * the caller's transaction. @extra_column (a constant name, may be NULL) is
 * set to @extra_value on insert (for the meeting's uid). */
static gboolean
save_row_in_tx (CaseloadStore  *self,
                const Table    *table,
                GObject        *object,
                gint64          student_id,
                const char     *now,
                gint64         *id,
                GError        **error)
{
  sqlite3 *db = caseload_store_get_db (self);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  char **new_values = object_values (object, table);
  char **old_values = NULL;
  gboolean ok = FALSE;
  int rc;

  if (*id == 0)
    {
      stmt = caseload_db_prepare (db, table->insert_sql, error);
      if (stmt == NULL)
        goto out;
      bind_values (stmt, 1, table, new_values);
      if (!caseload_db_step_done (db, stmt, _("Could not save the record"), error))
        goto out;
      *id = sqlite3_last_insert_rowid (db);
      ok = caseload_store_audit (self, now, table->table, *id, student_id, "insert",
                                 NULL, NULL, NULL, NULL, error);
      goto out;
    }

  stmt = caseload_db_prepare (db, table->select_sql, error);
  if (stmt == NULL)
    goto out;
  sqlite3_bind_int64 (stmt, 1, *id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND, _("The record no longer exists"));
      goto out;
    }
  if (rc != SQLITE_ROW)
    {
      caseload_db_set_error (db, rc, _("Could not read the record"), error);
      goto out;
    }
  old_values = row_values (stmt, 0, table->n_cols);
  g_clear_pointer (&stmt, caseload_db_release);

  stmt = caseload_db_prepare (db, table->update_sql, error);
  if (stmt == NULL)
    goto out;
  bind_values (stmt, 1, table, new_values);
  sqlite3_bind_int64 (stmt, (int) table->n_cols + 1, *id);
  if (!caseload_db_step_done (db, stmt, _("Could not save the record"), error))
    goto out;
  {
    g_autofree const char **names = g_new0 (const char *, table->n_cols + 1);

    for (guint i = 0; i < table->n_cols; i++)
      names[i] = table->cols[i].column;
    ok = caseload_store_audit_changes (self, now, table->table, *id, student_id, names,
                                       (const char * const *) old_values,
                                       (const char * const *) new_values,
                                       table->n_cols, NULL, error);
  }

out:
  free_values (new_values, table->n_cols);
  free_values (old_values, table->n_cols);
  return ok;
}

/* Deletes one row (audited) in the caller's transaction. */
static gboolean
delete_row_in_tx (CaseloadStore  *self,
                  const char     *sql,
                  const char     *table,
                  gint64          id,
                  gint64          student_id,
                  const char     *now,
                  GError        **error)
{
  sqlite3 *db = caseload_store_get_db (self);
  g_autoptr(sqlite3_stmt) stmt = caseload_db_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!caseload_db_step_done (db, stmt, _("Could not delete the record"), error))
    return FALSE;
  if (sqlite3_changes (db) == 0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND, _("The record no longer exists"));
      return FALSE;
    }
  return caseload_store_audit (self, now, table, id, student_id, "delete", NULL, NULL, NULL, NULL, error);
}

/* One integer from a one-row query with ?1 = @id; FALSE (NOT_FOUND with
 * @missing) when there is no row. */
static gboolean
query_int (CaseloadStore  *self,
           const char     *sql,
           gint64          id,
           gint64         *out,
           const char     *missing,
           GError        **error)
{
  sqlite3 *db = caseload_store_get_db (self);
  g_autoptr(sqlite3_stmt) stmt = caseload_db_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *out = sqlite3_column_int64 (stmt, 0);
      return TRUE;
    }
  if (rc == SQLITE_DONE)
    g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND, missing);
  else
    caseload_db_set_error (db, rc, _("Could not read the database"), error);
  return FALSE;
}

/* ---- meetings -------------------------------------------------------------- */

static const char * const meeting_kinds[] = {
  "initial-iep", "annual-review", "reevaluation", "eligibility", "amendment",
  "transition", "parent-conference", "other", NULL
};
static const char * const meeting_statuses[] = { "scheduled", "held", "cancelled", NULL };
static const char * const responses[] = { "needs-action", "accepted", "declined", "tentative", NULL };
static const char * const attempt_methods[] = { "phone", "letter", "email", "home-visit", "other", NULL };

#define MEETING_FILTER \
  "WHERE (?1 IS NULL OR m.ends_at > ?1) AND (?2 IS NULL OR m.starts_at < ?2) " \
  "AND (?3 = 0 OR m.student_id = ?3) " \
  "AND (?4 = 0 OR EXISTS (SELECT 1 FROM meeting_attendee f WHERE f.meeting_id = m.id AND f.staff_id = ?4)) " \
  "AND (?5 = 0 OR m.id = ?5) "

static void
bind_filter (sqlite3_stmt *stmt,
             const char   *from,
             const char   *to,
             gint64        student_id,
             gint64        staff_id,
             gint64        meeting_id)
{
  caseload_db_bind_text_or_null (stmt, 1, from);
  caseload_db_bind_text_or_null (stmt, 2, to);
  sqlite3_bind_int64 (stmt, 3, student_id);
  sqlite3_bind_int64 (stmt, 4, staff_id);
  sqlite3_bind_int64 (stmt, 5, meeting_id);
}

/* Meetings matching the filter, with invitees and attempts (three queries). */
static GPtrArray *
load_meetings (CaseloadStore  *self,
               GDateTime      *from,
               GDateTime      *to,
               gint64          student_id,
               gint64          staff_id,
               gint64          meeting_id,
               GError        **error)
{
  sqlite3 *db = caseload_store_get_db (self);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autofree char *from_text = from != NULL ? utc_text (from) : NULL;
  g_autofree char *to_text = to != NULL ? utc_text (to) : NULL;
  int rc;
  /* Columns: m.id, the spec, uid, sequence, student names, room, case manager. */
  static const char *sql =
    "SELECT m.id, m.student_id, m.kind, m.purpose, m.starts_at, m.ends_at, m.time_zone, m.room_id, "
    "m.location, m.video_link, m.status, m.interpreter_needed, m.interpreter_language, "
    "m.notice_sent_date, m.notice_method, m.notice_transition, m.notes, m.outcome, m.produced_iep_id, "
    "m.uid, m.sequence, s.first_name, s.last_name, COALESCE(r.name, ''), "
    "COALESCE(cm.id, 0), COALESCE(cm.first_name || ' ' || cm.last_name, ''), COALESCE(cm.email, ''), "
    "s.student_number "
    "FROM meeting m JOIN student s ON s.id = m.student_id "
    "LEFT JOIN room r ON r.id = m.room_id "
    "LEFT JOIN team_assignment ta ON ta.student_id = m.student_id AND ta.is_case_manager = 1 "
    "LEFT JOIN staff cm ON cm.id = ta.staff_id "
    MEETING_FILTER "ORDER BY m.starts_at, m.id";

  stmt = caseload_db_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;
  bind_filter (stmt, from_text, to_text, student_id, staff_id, meeting_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CaseloadMeeting *meeting = caseload_meeting_new ();
      g_autoptr(GTimeZone) tz = NULL;
      g_autoptr(GDateTime) start = NULL;
      g_autoptr(GDateTime) end = NULL;
      g_autofree char *name = NULL;
      g_autofree char *short_name = NULL;
      int base = 1 + (int) meeting_table.n_cols;

      caseload_meeting_set_id (meeting, sqlite3_column_int64 (stmt, 0));
      set_from_row (G_OBJECT (meeting), &meeting_table, stmt, 1);
      caseload_meeting_set_uid (meeting, caseload_db_column_text (stmt, base));
      caseload_meeting_set_sequence (meeting, sqlite3_column_int (stmt, base + 1));
      name = g_strdup_printf ("%s, %s", caseload_db_column_text (stmt, base + 3),
                              caseload_db_column_text (stmt, base + 2));
      short_name = initials (caseload_db_column_text (stmt, base + 2),
                             caseload_db_column_text (stmt, base + 3));
      caseload_meeting_set_student_name (meeting, name);
      caseload_meeting_set_student_initials (meeting, short_name);
      caseload_meeting_set_room_name (meeting, caseload_db_column_text (stmt, base + 4));
      caseload_meeting_set_case_manager_id (meeting, sqlite3_column_int64 (stmt, base + 5));
      caseload_meeting_set_case_manager_name (meeting, caseload_db_column_text (stmt, base + 6));
      caseload_meeting_set_case_manager_email (meeting, caseload_db_column_text (stmt, base + 7));
      caseload_meeting_set_student_number (meeting, caseload_db_column_text (stmt, base + 8));

      /* Stored in UTC; handed out in the school's zone. */
      tz = caseload_meeting_dup_time_zone (meeting);
      if (caseload_meeting_get_starts_at (meeting) != NULL)
        start = g_date_time_to_timezone (caseload_meeting_get_starts_at (meeting), tz);
      if (caseload_meeting_get_ends_at (meeting) != NULL)
        end = g_date_time_to_timezone (caseload_meeting_get_ends_at (meeting), tz);
      caseload_meeting_set_starts_at (meeting, start);
      caseload_meeting_set_ends_at (meeting, end);

      g_ptr_array_add (meetings, meeting);
    }
  if (rc != SQLITE_DONE)
    {
      caseload_db_set_error (db, rc, _("Could not read the meetings"), error);
      return NULL;
    }
  g_clear_pointer (&stmt, caseload_db_release);
  if (meetings->len == 0)
    return g_steal_pointer (&meetings);

  for (guint i = 0; i < meetings->len; i++)
    {
      CaseloadMeeting *meeting = g_ptr_array_index (meetings, i);
      gint64 key = caseload_meeting_get_id (meeting);

      g_hash_table_insert (by_id, g_memdup2 (&key, sizeof key), meeting);
    }

  stmt = caseload_db_prepare (db,
                              "SELECT a.id, a.meeting_id, a.staff_id, a.guardian_id, a.is_student, "
                              "COALESCE(NULLIF(a.name, ''), st.first_name || ' ' || st.last_name, "
                              "  g.first_name || ' ' || g.last_name, ''), "
                              "a.role, a.required, a.response, a.attended, a.excused, "
                              "a.excusal_agreement_date, a.excusal_input_date, COALESCE(tr.name, a.role), "
                              "COALESCE(NULLIF(st.email, ''), g.email, '') "
                              "FROM meeting_attendee a JOIN meeting m ON m.id = a.meeting_id "
                              "LEFT JOIN staff st ON st.id = a.staff_id "
                              "LEFT JOIN guardian g ON g.id = a.guardian_id "
                              "LEFT JOIN team_role tr ON tr.code = a.role "
                              MEETING_FILTER
                              "ORDER BY a.meeting_id, COALESCE(tr.sort_order, 99), a.id",
                              error);
  if (stmt == NULL)
    return NULL;
  bind_filter (stmt, from_text, to_text, student_id, staff_id, meeting_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 owner = sqlite3_column_int64 (stmt, 1);
      CaseloadMeeting *meeting = g_hash_table_lookup (by_id, &owner);
      g_autoptr(CaseloadMeetingAttendee) attendee = NULL;

      if (meeting == NULL)
        continue;
      attendee = caseload_meeting_attendee_new ();
      caseload_meeting_attendee_set_id (attendee, sqlite3_column_int64 (stmt, 0));
      set_from_row (G_OBJECT (attendee), &attendee_table, stmt, 1);
      caseload_meeting_attendee_set_role_name (attendee,
                                               g_dgettext (GETTEXT_PACKAGE, caseload_db_column_text (stmt, 13)));
      caseload_meeting_attendee_set_email (attendee, caseload_db_column_text (stmt, 14));
      caseload_meeting_add_attendee (meeting, attendee);
    }
  if (rc != SQLITE_DONE)
    {
      caseload_db_set_error (db, rc, _("Could not read the meeting attendees"), error);
      return NULL;
    }
  g_clear_pointer (&stmt, caseload_db_release);

  stmt = caseload_db_prepare (db,
                              "SELECT p.id, p.meeting_id, p.attempt_date, p.method, p.result "
                              "FROM parent_contact_attempt p JOIN meeting m ON m.id = p.meeting_id "
                              MEETING_FILTER "ORDER BY p.meeting_id, p.attempt_date, p.id",
                              error);
  if (stmt == NULL)
    return NULL;
  bind_filter (stmt, from_text, to_text, student_id, staff_id, meeting_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 owner = sqlite3_column_int64 (stmt, 1);
      CaseloadMeeting *meeting = g_hash_table_lookup (by_id, &owner);

      if (meeting != NULL)
        caseload_meeting_add_contact_attempt (meeting, sqlite3_column_int64 (stmt, 0),
                                              caseload_db_column_text (stmt, 2),
                                              caseload_db_column_text (stmt, 3),
                                              caseload_db_column_text (stmt, 4));
    }
  if (rc != SQLITE_DONE)
    {
      caseload_db_set_error (db, rc, _("Could not read the contact attempts"), error);
      return NULL;
    }
  return g_steal_pointer (&meetings);
}

CaseloadMeeting *
caseload_store_get_meeting (CaseloadStore  *self,
                            gint64          meeting_id,
                            GError        **error)
{
  g_autoptr(GPtrArray) meetings = NULL;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);

  if (meeting_id <= 0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND, _("There is no such meeting"));
      return NULL;
    }
  meetings = load_meetings (self, NULL, NULL, 0, 0, meeting_id, error);
  if (meetings == NULL)
    return NULL;
  if (meetings->len == 0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                   _("There is no meeting %" PRId64), meeting_id);
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (meetings, 0));
}

GListModel *
caseload_store_list_meetings (CaseloadStore  *self,
                              GDateTime      *from,
                              GDateTime      *to,
                              gint64          student_id,
                              gint64          staff_id,
                              GError        **error)
{
  g_autoptr(GPtrArray) meetings = NULL;
  GListStore *list;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);

  meetings = load_meetings (self, from, to, student_id, staff_id, 0, error);
  if (meetings == NULL)
    return NULL;
  list = g_list_store_new (CASELOAD_TYPE_MEETING);
  g_list_store_splice (list, 0, 0, meetings->pdata, meetings->len);
  return G_LIST_MODEL (list);
}

gboolean
caseload_store_validate_meeting (CaseloadStore    *self,
                                 CaseloadMeeting  *meeting,
                                 GError          **error)
{
  GDateTime *start, *end;
  GPtrArray *attendees;
  g_autoptr(GTimeZone) tz = NULL;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_MEETING (meeting), FALSE);

  if (caseload_meeting_get_student_id (meeting) <= 0)
    return set_invalid (error, _("Student: choose the student the meeting is for"));
  if (!in_list (caseload_meeting_get_kind (meeting), meeting_kinds))
    return set_invalid (error, _("Type: choose the kind of meeting"));
  if (!in_list (caseload_meeting_get_status (meeting), meeting_statuses))
    return set_invalid (error, _("Status: must be scheduled, held or cancelled"));
  tz = g_time_zone_new_identifier (caseload_meeting_get_time_zone (meeting));
  if (tz == NULL)
    return set_invalid (error, _("Time zone: not a known time zone"));
  start = caseload_meeting_get_starts_at (meeting);
  end = caseload_meeting_get_ends_at (meeting);
  if (start == NULL || end == NULL)
    return set_invalid (error, _("Time: enter the start and end time"));
  if (g_date_time_compare (end, start) <= 0)
    return set_invalid (error, _("Time: the meeting must end after it starts"));
  if (!valid_date_or_empty (caseload_meeting_get_notice_sent_date (meeting)))
    return set_invalid (error, _("Notice sent: enter a date (YYYY-MM-DD)"));
  if (caseload_meeting_get_interpreter_needed (meeting) &&
      *caseload_meeting_get_interpreter_language (meeting) == '\0')
    return set_invalid (error, _("Interpreter: enter the language"));

  attendees = caseload_meeting_get_attendees (meeting);
  for (guint i = 0; i < attendees->len; i++)
    {
      CaseloadMeetingAttendee *a = g_ptr_array_index (attendees, i);

      if (*caseload_meeting_attendee_get_role (a) == '\0')
        return set_invalid (error, _("Invitee: choose the role each person fills"));
      if (*caseload_meeting_attendee_get_name (a) == '\0' &&
          caseload_meeting_attendee_get_staff_id (a) == 0 &&
          caseload_meeting_attendee_get_guardian_id (a) == 0 &&
          !caseload_meeting_attendee_get_is_student (a))
        return set_invalid (error, _("Invitee: enter who this is or pick a team member"));
      if (!in_list (caseload_meeting_attendee_get_response (a), responses))
        return set_invalid (error, _("Invitee: the response must be needs action, accepted, declined or tentative"));
      if (!valid_date_or_empty (caseload_meeting_attendee_get_excusal_agreement_date (a)) ||
          !valid_date_or_empty (caseload_meeting_attendee_get_excusal_input_date (a)))
        return set_invalid (error, _("Invitee: excusal dates must be dates (YYYY-MM-DD)"));
    }
  return TRUE;
}

static gboolean
bump_sequence_in_tx (CaseloadStore  *self,
                     gint64          meeting_id,
                     gint64          student_id,
                     const char     *now,
                     GError        **error)
{
  sqlite3 *db = caseload_store_get_db (self);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 sequence = 0;
  g_autofree char *old_text = NULL;
  g_autofree char *new_text = NULL;

  if (!query_int (self, "SELECT sequence FROM meeting WHERE id = ?1", meeting_id, &sequence,
                  _("There is no such meeting"), error))
    return FALSE;
  stmt = caseload_db_prepare (db, "UPDATE meeting SET sequence = sequence + 1 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  if (!caseload_db_step_done (db, stmt, _("Could not save the meeting"), error))
    return FALSE;
  old_text = g_strdup_printf ("%" G_GINT64_FORMAT, sequence);
  new_text = g_strdup_printf ("%" G_GINT64_FORMAT, sequence + 1);
  return caseload_store_audit (self, now, "meeting", meeting_id, student_id, "update",
                               "sequence", old_text, new_text, NULL, error);
}

/* The first IEP that is no longer a draft and whose finalized content
 * includes this meeting: the IEP held at it (iep.meeting_id), the IEP it
 * produced (stored meeting.produced_iep_id), or @produced_iep_id (the value
 * about to be saved). *@label gets a name for messages; *@iep_id is 0 when
 * there is none. */
static gboolean
locked_iep_for_meeting (CaseloadStore  *self,
                        gint64          meeting_id,
                        gint64          produced_iep_id,
                        gint64         *iep_id,
                        char          **label,
                        GError        **error)
{
  sqlite3 *db = caseload_store_get_db (self);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  *iep_id = 0;
  stmt = caseload_db_prepare (db,
                              "SELECT id, kind, status, meeting_date FROM iep WHERE status <> 'draft' "
                              "AND ((?1 > 0 AND (meeting_id = ?1 OR id = (SELECT produced_iep_id FROM meeting WHERE id = ?1))) "
                              "OR (?2 > 0 AND id = ?2)) ORDER BY id LIMIT 1",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  sqlite3_bind_int64 (stmt, 2, produced_iep_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  if (rc != SQLITE_ROW)
    {
      caseload_db_set_error (db, rc, _("Could not read the IEP"), error);
      return FALSE;
    }
  *iep_id = sqlite3_column_int64 (stmt, 0);
  if (sqlite3_column_type (stmt, 3) != SQLITE_NULL)
    /* TRANSLATORS: "%s IEP of %s (%s)": kind, meeting date, status, e.g. "Annual IEP of 2026-03-01 (Finalized)" */
    *label = g_strdup_printf (_("%s IEP of %s (%s)"),
                              caseload_iep_kind_to_label (caseload_db_column_text (stmt, 1)),
                              caseload_db_column_text (stmt, 3),
                              caseload_iep_status_to_label (caseload_db_column_text (stmt, 2)));
  else
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, *iep_id);

      /* TRANSLATORS: "%s IEP #%s (%s)": kind, record number, status */
      *label = g_strdup_printf (_("%s IEP #%s (%s)"),
                                caseload_iep_kind_to_label (caseload_db_column_text (stmt, 1)),
                                number,
                                caseload_iep_status_to_label (caseload_db_column_text (stmt, 2)));
    }
  return TRUE;
}

/* Every stored column of the meeting's invitees, in id order, as one text,
 * so a save can tell whether it changed them. NULL on error. */
static char *
attendees_fingerprint (CaseloadStore  *self,
                       gint64          meeting_id,
                       GError        **error)
{
  sqlite3 *db = caseload_store_get_db (self);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = caseload_db_prepare (db, attendee_snapshot_sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      for (guint i = 0; i <= attendee_table.n_cols; i++)
        {
          if (sqlite3_column_type (stmt, (int) i) == SQLITE_NULL)
            g_string_append (out, "\\N");
          else
            {
              g_autofree char *escaped = g_strescape ((const char *) sqlite3_column_text (stmt, (int) i), NULL);

              g_string_append_printf (out, "\"%s\"", escaped);
            }
          g_string_append_c (out, '\t');
        }
      g_string_append_c (out, '\n');
    }
  if (rc != SQLITE_DONE)
    {
      caseload_db_set_error (db, rc, _("Could not read the invitees"), error);
      return NULL;
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

gboolean
caseload_store_save_meeting (CaseloadStore    *self,
                             CaseloadMeeting  *meeting,
                             GError          **error)
{
  sqlite3 *db;
  g_autofree char *now = caseload_db_now ();
  g_autofree char *uid = NULL;
  g_autoptr(GHashTable) keep = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GArray) new_ids = g_array_new (FALSE, TRUE, sizeof (gint64));
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 id, student_id;
  gint64 sequence = 0;
  GPtrArray *attendees;
  gint64 locked_iep = 0;
  gint64 old_produced = 0;
  g_autofree char *locked_label = NULL;
  g_autofree char *old_attendees = NULL;
  int rc;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_MEETING (meeting), FALSE);

  if (!caseload_store_validate_meeting (self, meeting, error))
    return FALSE;

  db = caseload_store_get_db (self);
  id = caseload_meeting_get_id (meeting);
  student_id = caseload_meeting_get_student_id (meeting);
  attendees = caseload_meeting_get_attendees (meeting);
  if (!caseload_db_begin (db, error))
    return FALSE;

  /* The invitees of the meeting of a finalized IEP are part of its locked
   * content (and of its hash): note them now, compare after the writes. */
  if (!locked_iep_for_meeting (self, id, caseload_meeting_get_produced_iep_id (meeting),
                               &locked_iep, &locked_label, error))
    return caseload_store_fail_and_rollback (self);
  if (locked_iep != 0 && id != 0)
    {
      stmt = caseload_db_prepare (db, "SELECT produced_iep_id FROM meeting WHERE id = ?1", error);
      if (stmt == NULL)
        return caseload_store_fail_and_rollback (self);
      sqlite3_bind_int64 (stmt, 1, id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        old_produced = sqlite3_column_int64 (stmt, 0);
      g_clear_pointer (&stmt, caseload_db_release);
      old_attendees = attendees_fingerprint (self, id, error);
      if (old_attendees == NULL)
        return caseload_store_fail_and_rollback (self);
    }
  if (locked_iep != 0 && old_produced != caseload_meeting_get_produced_iep_id (meeting))
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_LOCKED,
                   _("The meeting is linked to the %s: which IEP it produced can no longer be changed"),
                   locked_label);
      return caseload_store_fail_and_rollback (self);
    }

  if (id == 0)
    {
      g_autofree char *uuid = g_uuid_string_random ();

      uid = g_strconcat (uuid, "@caseload", NULL);
      /* The uid is NOT NULL: insert it with the row, then fill the rest. */
      stmt = caseload_db_prepare (db,
                                  "INSERT INTO meeting (student_id, kind, starts_at, ends_at, time_zone, uid) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                  error);
      if (stmt == NULL)
        return caseload_store_fail_and_rollback (self);
      {
        g_autofree char *s = utc_text (caseload_meeting_get_starts_at (meeting));
        g_autofree char *e = utc_text (caseload_meeting_get_ends_at (meeting));

        sqlite3_bind_int64 (stmt, 1, student_id);
        caseload_db_bind_text (stmt, 2, caseload_meeting_get_kind (meeting));
        caseload_db_bind_text (stmt, 3, s);
        caseload_db_bind_text (stmt, 4, e);
        caseload_db_bind_text (stmt, 5, caseload_meeting_get_time_zone (meeting));
        caseload_db_bind_text (stmt, 6, uid);
      }
      if (!caseload_db_step_done (db, stmt, _("Could not create the meeting"), error))
        return caseload_store_fail_and_rollback (self);
      g_clear_pointer (&stmt, caseload_db_release);
      id = sqlite3_last_insert_rowid (db);
      if (!caseload_store_audit (self, now, "meeting", id, student_id, "insert",
                                 "uid", NULL, uid, NULL, error))
        return caseload_store_fail_and_rollback (self);
      /* Fill every column (audited as the first update of the new row). */
      {
        gint64 row = id;

        if (!save_row_in_tx (self, &meeting_table, G_OBJECT (meeting), student_id, now, &row, error))
          return caseload_store_fail_and_rollback (self);
      }
    }
  else
    {
      if (!save_row_in_tx (self, &meeting_table, G_OBJECT (meeting), student_id, now, &id, error) ||
          !bump_sequence_in_tx (self, id, student_id, now, error))
        return caseload_store_fail_and_rollback (self);
    }

  /* Invitees: update or add those in the list, remove the others. */
  for (guint i = 0; i < attendees->len; i++)
    {
      CaseloadMeetingAttendee *a = g_ptr_array_index (attendees, i);
      gint64 attendee_id = caseload_meeting_attendee_get_id (a);

      if (attendee_id != 0)
        {
          gint64 owner = 0;

          if (!query_int (self, "SELECT meeting_id FROM meeting_attendee WHERE id = ?1", attendee_id,
                          &owner, _("An invitee no longer exists"), error))
            return caseload_store_fail_and_rollback (self);
          if (owner != id)
            {
              g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                           _("An invitee belongs to another meeting"));
              return caseload_store_fail_and_rollback (self);
            }
        }
      caseload_meeting_attendee_set_meeting_id (a, id);
      if (!save_row_in_tx (self, &attendee_table, G_OBJECT (a), student_id, now, &attendee_id, error))
        return caseload_store_fail_and_rollback (self);
      g_array_append_val (new_ids, attendee_id);
      g_hash_table_add (keep, g_memdup2 (&attendee_id, sizeof attendee_id));
    }

  stmt = caseload_db_prepare (db, "SELECT id FROM meeting_attendee WHERE meeting_id = ?1", error);
  if (stmt == NULL)
    return caseload_store_fail_and_rollback (self);
  sqlite3_bind_int64 (stmt, 1, id);
  {
    g_autoptr(GArray) gone = g_array_new (FALSE, FALSE, sizeof (gint64));

    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        gint64 existing = sqlite3_column_int64 (stmt, 0);

        if (!g_hash_table_contains (keep, &existing))
          g_array_append_val (gone, existing);
      }
    if (rc != SQLITE_DONE)
      {
        caseload_db_set_error (db, rc, _("Could not read the invitees"), error);
        return caseload_store_fail_and_rollback (self);
      }
    g_clear_pointer (&stmt, caseload_db_release);
    for (guint i = 0; i < gone->len; i++)
      if (!delete_row_in_tx (self, "DELETE FROM meeting_attendee WHERE id = ?1", "meeting_attendee",
                             g_array_index (gone, gint64, i), student_id, now, error))
        return caseload_store_fail_and_rollback (self);
  }

  if (old_attendees != NULL)
    {
      g_autofree char *new_attendees = attendees_fingerprint (self, id, error);

      if (new_attendees == NULL)
        return caseload_store_fail_and_rollback (self);
      if (!g_str_equal (old_attendees, new_attendees))
        {
          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_LOCKED,
                       _("The invitees of this meeting are part of the %s and can no longer be changed "
                         "(only its notes and outcome can)"),
                       locked_label);
          return caseload_store_fail_and_rollback (self);
        }
    }

  if (!query_int (self, "SELECT sequence FROM meeting WHERE id = ?1", id, &sequence,
                  _("There is no such meeting"), error))
    return caseload_store_fail_and_rollback (self);
  if (uid == NULL)
    {
      stmt = caseload_db_prepare (db, "SELECT uid FROM meeting WHERE id = ?1", error);
      if (stmt == NULL)
        return caseload_store_fail_and_rollback (self);
      sqlite3_bind_int64 (stmt, 1, id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        uid = g_strdup (caseload_db_column_text (stmt, 0));
      g_clear_pointer (&stmt, caseload_db_release);
    }

  if (!caseload_store_commit_and_notify (self, "meeting", error))
    return FALSE;

  caseload_meeting_set_id (meeting, id);
  caseload_meeting_set_uid (meeting, uid);
  caseload_meeting_set_sequence (meeting, (int) sequence);
  for (guint i = 0; i < attendees->len; i++)
    {
      caseload_meeting_attendee_set_id (g_ptr_array_index (attendees, i), g_array_index (new_ids, gint64, i));
      caseload_meeting_attendee_set_meeting_id (g_ptr_array_index (attendees, i), id);
    }
  return TRUE;
}

gboolean
caseload_store_cancel_meeting (CaseloadStore  *self,
                               gint64          meeting_id,
                               GError        **error)
{
  sqlite3 *db;
  g_autofree char *now = caseload_db_now ();
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 student_id = 0;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);

  db = caseload_store_get_db (self);
  if (!caseload_db_begin (db, error))
    return FALSE;
  if (!query_int (self, "SELECT student_id FROM meeting WHERE id = ?1", meeting_id, &student_id,
                  _("There is no such meeting"), error))
    return caseload_store_fail_and_rollback (self);
  stmt = caseload_db_prepare (db, "SELECT status FROM meeting WHERE id = ?1", error);
  if (stmt == NULL)
    return caseload_store_fail_and_rollback (self);
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  if (sqlite3_step (stmt) == SQLITE_ROW &&
      g_strcmp0 (caseload_db_column_text (stmt, 0), "cancelled") == 0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID, _("The meeting is already cancelled"));
      return caseload_store_fail_and_rollback (self);
    }
  {
    g_autofree char *old_status = g_strdup (caseload_db_column_text (stmt, 0));

    g_clear_pointer (&stmt, caseload_db_release);
    stmt = caseload_db_prepare (db, "UPDATE meeting SET status = 'cancelled' WHERE id = ?1", error);
    if (stmt == NULL)
      return caseload_store_fail_and_rollback (self);
    sqlite3_bind_int64 (stmt, 1, meeting_id);
    if (!caseload_db_step_done (db, stmt, _("Could not cancel the meeting"), error) ||
        !caseload_store_audit (self, now, "meeting", meeting_id, student_id, "update",
                               "status", old_status, "cancelled", NULL, error) ||
        !bump_sequence_in_tx (self, meeting_id, student_id, now, error))
      return caseload_store_fail_and_rollback (self);
  }
  return caseload_store_commit_and_notify (self, "meeting", error);
}

gint64
caseload_store_add_contact_attempt (CaseloadStore  *self,
                                    gint64          meeting_id,
                                    const char     *date,
                                    const char     *method,
                                    const char     *result,
                                    GError        **error)
{
  sqlite3 *db;
  g_autofree char *now = caseload_db_now ();
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 student_id = 0, id;
  GDate day;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), 0);

  if (!caseload_date_parse_iso (date, &day))
    {
      set_invalid (error, _("Attempt date: enter a date (YYYY-MM-DD)"));
      return 0;
    }
  if (!in_list (method, attempt_methods))
    {
      set_invalid (error, _("Method: must be phone, letter, email, home visit or other"));
      return 0;
    }
  db = caseload_store_get_db (self);
  if (!caseload_db_begin (db, error))
    return 0;
  if (!query_int (self, "SELECT student_id FROM meeting WHERE id = ?1", meeting_id, &student_id,
                  _("There is no such meeting"), error))
    return caseload_store_fail_and_rollback (self);
  stmt = caseload_db_prepare (db,
                              "INSERT INTO parent_contact_attempt (meeting_id, attempt_date, method, result) "
                              "VALUES (?1, ?2, ?3, ?4)",
                              error);
  if (stmt == NULL)
    return caseload_store_fail_and_rollback (self);
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  caseload_db_bind_text (stmt, 2, date);
  caseload_db_bind_text (stmt, 3, method);
  caseload_db_bind_text (stmt, 4, result != NULL ? result : "");
  if (!caseload_db_step_done (db, stmt, _("Could not save the contact attempt"), error))
    return caseload_store_fail_and_rollback (self);
  id = sqlite3_last_insert_rowid (db);
  if (!caseload_store_audit (self, now, "parent_contact_attempt", id, student_id, "insert",
                             "method", NULL, method, NULL, error))
    return caseload_store_fail_and_rollback (self);
  if (!caseload_store_commit_and_notify (self, "parent_contact_attempt", error))
    return 0;
  return id;
}

gboolean
caseload_store_delete_contact_attempt (CaseloadStore  *self,
                                       gint64          attempt_id,
                                       GError        **error)
{
  g_autofree char *now = caseload_db_now ();
  gint64 student_id = 0;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);

  if (!caseload_db_begin (caseload_store_get_db (self), error))
    return FALSE;
  if (!query_int (self,
                  "SELECT m.student_id FROM parent_contact_attempt p JOIN meeting m ON m.id = p.meeting_id "
                  "WHERE p.id = ?1",
                  attempt_id, &student_id, _("There is no such contact attempt"), error) ||
      !delete_row_in_tx (self, "DELETE FROM parent_contact_attempt WHERE id = ?1", "parent_contact_attempt",
                         attempt_id, student_id, now, error))
    return caseload_store_fail_and_rollback (self);
  return caseload_store_commit_and_notify (self, "parent_contact_attempt", error);
}

GPtrArray *
caseload_store_check_meeting (CaseloadStore    *self,
                              CaseloadMeeting  *meeting,
                              GError          **error)
{
  CaseloadRuleSettings settings;
  g_autoptr(GPtrArray) warnings = caseload_meeting_warnings_new ();
  g_autoptr(GPtrArray) others = NULL;
  g_autofree char *rights = NULL;
  GDate day;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);
  g_return_val_if_fail (CASELOAD_IS_MEETING (meeting), NULL);

  caseload_rule_settings_init_defaults (&settings);
  if (!caseload_store_load_rule_settings (self, &settings, error))
    return NULL;
  caseload_meeting_check_rules (meeting, &settings, warnings);

  if (caseload_meeting_get_starts_at (meeting) != NULL && caseload_meeting_get_ends_at (meeting) != NULL)
    {
      others = load_meetings (self, caseload_meeting_get_starts_at (meeting),
                              caseload_meeting_get_ends_at (meeting), 0, 0, 0, error);
      if (others == NULL)
        return NULL;
      caseload_meeting_check_conflicts (meeting, others, warnings);
    }

  caseload_meeting_get_local_date (meeting, &day);
  if (g_strcmp0 (caseload_meeting_get_status (meeting), "cancelled") != 0 &&
      caseload_meeting_get_student_id (meeting) > 0)
    {
      g_autoptr(GError) local_error = NULL;
      gboolean missing = caseload_store_rights_notice_missing (self, caseload_meeting_get_student_id (meeting),
                                                               g_date_valid (&day) ? &day : NULL,
                                                               &rights, &local_error);

      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      if (missing)
        {
          CaseloadMeetingWarning *warning = g_new0 (CaseloadMeetingWarning, 1);

          warning->kind = CASELOAD_MEETING_WARNING_RIGHTS_NOTICE;
          warning->message = g_steal_pointer (&rights);
          g_ptr_array_add (warnings, warning);
        }
    }
  return g_steal_pointer (&warnings);
}

/* ---- rooms --------------------------------------------------------------- */

GListModel *
caseload_store_list_rooms (CaseloadStore  *self,
                           gint64          school_id,
                           GError        **error)
{
  sqlite3 *db;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GListStore) rooms = NULL;
  int rc;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);

  db = caseload_store_get_db (self);
  stmt = caseload_db_prepare (db,
                              "SELECT id, school_id, name, COALESCE(capacity, 0) FROM room "
                              "WHERE ?1 = 0 OR school_id = ?1 ORDER BY name COLLATE NOCASE, id",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, MAX (school_id, 0));
  rooms = g_list_store_new (CASELOAD_TYPE_ROOM);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CaseloadRoom) room = caseload_room_new ();

      caseload_room_set_id (room, sqlite3_column_int64 (stmt, 0));
      caseload_room_set_school_id (room, sqlite3_column_int64 (stmt, 1));
      caseload_room_set_name (room, caseload_db_column_text (stmt, 2));
      caseload_room_set_capacity (room, sqlite3_column_int (stmt, 3));
      g_list_store_append (rooms, room);
    }
  if (rc != SQLITE_DONE)
    {
      caseload_db_set_error (db, rc, _("Could not read the rooms"), error);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&rooms));
}

#define ROOM_MAX_CAPACITY 10000

gint64
caseload_store_save_room (CaseloadStore  *self,
                          gint64          room_id,
                          gint64          school_id,
                          const char     *name,
                          int             capacity,
                          GError        **error)
{
  static const char * const fields[] = { "name", "capacity" };
  sqlite3 *db;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now = caseload_db_now ();
  g_autofree char *clean = g_strstrip (g_strdup (name != NULL ? name : ""));
  g_autofree char *old_name = NULL;
  g_autofree char *old_capacity = NULL;
  g_autofree char *new_capacity = NULL;
  const char *old_values[2], *new_values[2];
  int rc;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), 0);

  if (*clean == '\0')
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                           _("Name: enter the room\u2019s name"));
      return 0;
    }
  if (capacity < 0 || capacity > ROOM_MAX_CAPACITY)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   _("Seats: enter a number from 0 to %d"), ROOM_MAX_CAPACITY);
      return 0;
    }

  db = caseload_store_get_db (self);
  if (!caseload_db_begin (db, error))
    return 0;

  /* the room as it was, and so its school */
  if (room_id > 0)
    {
      stmt = caseload_db_prepare (db, "SELECT school_id, name, capacity FROM room WHERE id = ?1", error);
      if (stmt == NULL)
        return caseload_store_fail_and_rollback (self);
      sqlite3_bind_int64 (stmt, 1, room_id);
      rc = sqlite3_step (stmt);
      if (rc != SQLITE_ROW)
        {
          if (rc == SQLITE_DONE)
            g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                                 _("The room is no longer in the database"));
          else
            caseload_db_set_error (db, rc, _("Could not read the rooms"), error);
          return caseload_store_fail_and_rollback (self);
        }
      school_id = sqlite3_column_int64 (stmt, 0);
      old_name = g_strdup (caseload_db_column_text (stmt, 1));
      old_capacity = sqlite3_column_type (stmt, 2) == SQLITE_NULL ? NULL
                     : g_strdup_printf ("%d", sqlite3_column_int (stmt, 2));
      g_clear_pointer (&stmt, caseload_db_release);
    }
  else
    {
      stmt = caseload_db_prepare (db, "SELECT 1 FROM school WHERE id = ?1", error);
      if (stmt == NULL)
        return caseload_store_fail_and_rollback (self);
      sqlite3_bind_int64 (stmt, 1, school_id);
      rc = sqlite3_step (stmt);
      if (rc != SQLITE_ROW)
        {
          if (rc == SQLITE_DONE)
            g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                                 _("School: choose the school the room is in"));
          else
            caseload_db_set_error (db, rc, _("Could not read the schools"), error);
          return caseload_store_fail_and_rollback (self);
        }
      g_clear_pointer (&stmt, caseload_db_release);
    }

  /* one name per school, whatever the case of its letters */
  stmt = caseload_db_prepare (db,
                              "SELECT 1 FROM room WHERE school_id = ?1 AND name = ?2 COLLATE NOCASE AND id <> ?3",
                              error);
  if (stmt == NULL)
    return caseload_store_fail_and_rollback (self);
  sqlite3_bind_int64 (stmt, 1, school_id);
  caseload_db_bind_text (stmt, 2, clean);
  sqlite3_bind_int64 (stmt, 3, room_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_EXISTS,
                   _("Name: the school already has a room called \u201c%s\u201d"), clean);
      return caseload_store_fail_and_rollback (self);
    }
  if (rc != SQLITE_DONE)
    {
      caseload_db_set_error (db, rc, _("Could not read the rooms"), error);
      return caseload_store_fail_and_rollback (self);
    }
  g_clear_pointer (&stmt, caseload_db_release);

  if (room_id > 0)
    stmt = caseload_db_prepare (db, "UPDATE room SET name = ?1, capacity = ?2 WHERE id = ?3", error);
  else
    stmt = caseload_db_prepare (db, "INSERT INTO room (name, capacity, school_id) VALUES (?1, ?2, ?3)", error);
  if (stmt == NULL)
    return caseload_store_fail_and_rollback (self);
  caseload_db_bind_text (stmt, 1, clean);
  if (capacity > 0)
    sqlite3_bind_int (stmt, 2, capacity);
  else
    sqlite3_bind_null (stmt, 2);
  sqlite3_bind_int64 (stmt, 3, room_id > 0 ? room_id : school_id);
  if (!caseload_db_step_done (db, stmt, _("Could not save the room"), error))
    return caseload_store_fail_and_rollback (self);
  if (room_id <= 0)
    room_id = sqlite3_last_insert_rowid (db);

  new_capacity = capacity > 0 ? g_strdup_printf ("%d", capacity) : NULL;
  old_values[0] = old_name;
  old_values[1] = old_capacity;
  new_values[0] = clean;
  new_values[1] = new_capacity;
  if (old_name == NULL
      ? !caseload_store_audit (self, now, "room", room_id, 0, "insert", "name", NULL, clean, NULL, error)
      : !caseload_store_audit_changes (self, now, "room", room_id, 0, fields, old_values, new_values,
                                       G_N_ELEMENTS (fields), NULL, error))
    return caseload_store_fail_and_rollback (self);
  if (!caseload_store_commit_and_notify (self, "room", error))
    return 0;
  return room_id;
}

/* ---- who a meeting invites ------------------------------------------------- */

static gboolean
role_required (const char *kind,
               const char *role)
{
  const char * const *roles = caseload_meeting_required_roles (kind);

  for (guint i = 0; roles != NULL && roles[i] != NULL; i++)
    if (g_strcmp0 (roles[i], role) == 0)
      return TRUE;
  /* The case manager fills the special-education role. */
  return g_strcmp0 (role, "case-manager") == 0;
}

static gboolean
meeting_is_transition (CaseloadMeeting *meeting)
{
  return g_strcmp0 (caseload_meeting_get_kind (meeting), "transition") == 0
         || caseload_meeting_get_notice_transition (meeting);
}

GPtrArray *
caseload_store_list_meeting_people (CaseloadStore    *self,
                                    CaseloadMeeting  *meeting,
                                    gboolean          rights_holders_only,
                                    GError          **error)
{
  gint64 student_id;
  const char *kind;
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListModel) guardians = NULL;
  g_autoptr(GListModel) team = NULL;
  g_autoptr(CaseloadStudent) student = NULL;
  g_autoptr(GListModel) staff = NULL;
  gint64 school_id;
  gboolean any_holder = FALSE;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);
  g_return_val_if_fail (CASELOAD_IS_MEETING (meeting), NULL);

  student_id = caseload_meeting_get_student_id (meeting);
  kind = caseload_meeting_get_kind (meeting);
  if (student_id <= 0)
    return g_steal_pointer (&people);

  guardians = caseload_store_list_guardians (self, student_id, error);
  if (guardians == NULL)
    return NULL;
  team = caseload_store_list_team (self, student_id, error);
  if (team == NULL)
    return NULL;
  student = caseload_store_get_student (self, student_id, error);
  if (student == NULL)
    return NULL;
  staff = caseload_store_list_staff (self, FALSE, error);
  if (staff == NULL)
    return NULL;
  school_id = caseload_student_get_school_id (student);

  for (guint i = 0; i < g_list_model_get_n_items (guardians); i++)
    {
      g_autoptr(CaseloadGuardian) g = g_list_model_get_item (guardians, i);
      any_holder |= caseload_guardian_get_rights_holder (g);
    }
  for (guint i = 0; i < g_list_model_get_n_items (guardians); i++)
    {
      g_autoptr(CaseloadGuardian) g = g_list_model_get_item (guardians, i);
      g_autofree char *name = caseload_guardian_dup_full_name (g);
      CaseloadMeetingAttendee *a;

      if (rights_holders_only && any_holder && !caseload_guardian_get_rights_holder (g))
        continue;
      a = caseload_meeting_attendee_new ();
      caseload_meeting_attendee_set_guardian_id (a, caseload_guardian_get_id (g));
      caseload_meeting_attendee_set_name (a, name);
      caseload_meeting_attendee_set_email (a, caseload_guardian_get_email (g));
      caseload_meeting_attendee_set_role (a, "parent");
      caseload_meeting_attendee_set_role_name (a, _("Parent or guardian"));
      caseload_meeting_attendee_set_required (a, role_required (kind, "parent"));
      g_ptr_array_add (people, a);
    }
  for (guint i = 0; i < g_list_model_get_n_items (team); i++)
    {
      g_autoptr(CaseloadTeamAssignment) t = g_list_model_get_item (team, i);
      CaseloadMeetingAttendee *a = caseload_meeting_attendee_new ();
      const char *role = caseload_team_assignment_get_is_case_manager (t)
                         ? "case-manager" : caseload_team_assignment_get_role (t);

      caseload_meeting_attendee_set_staff_id (a, caseload_team_assignment_get_staff_id (t));
      caseload_meeting_attendee_set_name (a, caseload_team_assignment_get_staff_name (t));
      caseload_meeting_attendee_set_role (a, role);
      caseload_meeting_attendee_set_role_name (a, caseload_team_assignment_get_is_case_manager (t)
                                                  ? _("Case manager")
                                                  : caseload_team_assignment_get_role_name (t));
      caseload_meeting_attendee_set_required (a, role_required (kind, role));
      g_ptr_array_add (people, a);
    }
  /* The school's administrators can represent the district, its
   * psychologists interpret evaluations: both roles are often not on the
   * student's team. */
  for (guint i = 0; school_id > 0 && i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(CaseloadStaff) member = g_list_model_get_item (staff, i);
      g_autofree char *name = NULL;
      const char *role = NULL, *role_name = NULL;
      CaseloadMeetingAttendee *a;

      if (caseload_staff_get_school_id (member) != school_id)
        continue;
      if (g_strcmp0 (caseload_staff_get_role (member), "administrator") == 0)
        role = "lea-representative", role_name = _("District (LEA) representative");
      else if (g_strcmp0 (caseload_staff_get_role (member), "school-psychologist") == 0)
        role = "evaluation-interpreter", role_name = _("Interprets evaluation results");
      else
        continue;
      name = caseload_staff_dup_full_name (member);
      a = caseload_meeting_attendee_new ();
      caseload_meeting_attendee_set_staff_id (a, caseload_staff_get_id (member));
      caseload_meeting_attendee_set_name (a, name);
      caseload_meeting_attendee_set_role (a, role);
      caseload_meeting_attendee_set_role_name (a, role_name);
      caseload_meeting_attendee_set_required (a, role_required (kind, role));
      g_ptr_array_add (people, a);
    }
  {
    CaseloadMeetingAttendee *a = caseload_meeting_attendee_new ();
    const char *name = caseload_meeting_get_student_name (meeting);

    caseload_meeting_attendee_set_is_student (a, TRUE);
    caseload_meeting_attendee_set_name (a, *name != '\0' ? name : _("The student"));
    caseload_meeting_attendee_set_role (a, "student");
    caseload_meeting_attendee_set_role_name (a, _("Student"));
    caseload_meeting_attendee_set_required (a, FALSE);
    g_ptr_array_add (people, a);
  }
  return g_steal_pointer (&people);
}

gboolean
caseload_meeting_invites (CaseloadMeeting         *meeting,
                          CaseloadMeetingAttendee *person)
{
  GPtrArray *attendees;

  g_return_val_if_fail (CASELOAD_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail (CASELOAD_IS_MEETING_ATTENDEE (person), FALSE);

  attendees = caseload_meeting_get_attendees (meeting);
  for (guint i = 0; i < attendees->len; i++)
    {
      CaseloadMeetingAttendee *a = g_ptr_array_index (attendees, i);

      if (caseload_meeting_attendee_get_staff_id (person) > 0
          && caseload_meeting_attendee_get_staff_id (a) == caseload_meeting_attendee_get_staff_id (person))
        return TRUE;
      if (caseload_meeting_attendee_get_guardian_id (person) > 0
          && caseload_meeting_attendee_get_guardian_id (a) == caseload_meeting_attendee_get_guardian_id (person))
        return TRUE;
      if (caseload_meeting_attendee_get_is_student (person) && caseload_meeting_attendee_get_is_student (a))
        return TRUE;
    }
  return FALSE;
}

static gboolean
has_role (CaseloadMeeting *meeting,
          const char      *role)
{
  GPtrArray *attendees = caseload_meeting_get_attendees (meeting);

  for (guint i = 0; i < attendees->len; i++)
    if (g_strcmp0 (caseload_meeting_attendee_get_role (g_ptr_array_index (attendees, i)), role) == 0)
      return TRUE;
  return FALSE;
}

gboolean
caseload_store_prefill_meeting_invitees (CaseloadStore    *self,
                                         CaseloadMeeting  *meeting,
                                         GError          **error)
{
  g_autoptr(GPtrArray) people = NULL;
  const char *kind;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_MEETING (meeting), FALSE);

  people = caseload_store_list_meeting_people (self, meeting, TRUE, error);
  if (people == NULL)
    return FALSE;
  kind = caseload_meeting_get_kind (meeting);
  for (guint i = 0; i < people->len; i++)
    {
      CaseloadMeetingAttendee *a = g_ptr_array_index (people, i);
      const char *role = caseload_meeting_attendee_get_role (a);

      if (caseload_meeting_attendee_get_is_student (a) && !meeting_is_transition (meeting))
        continue;
      /* One district representative and one evaluation interpreter from
       * outside the team, and only when the meeting needs them. */
      if (caseload_meeting_attendee_get_guardian_id (a) == 0 && !caseload_meeting_attendee_get_is_student (a)
          && (g_strcmp0 (role, "lea-representative") == 0 || g_strcmp0 (role, "evaluation-interpreter") == 0)
          && (!role_required (kind, role) || has_role (meeting, role)))
        continue;
      if (!caseload_meeting_invites (meeting, a))
        caseload_meeting_add_attendee (meeting, a);
    }
  return TRUE;
}

/* ---- proposals ------------------------------------------------------------- */

static gboolean
student_school (CaseloadStore  *self,
                gint64          student_id,
                gint64         *school_id,
                char          **tz_name,
                GError        **error)
{
  sqlite3 *db = caseload_store_get_db (self);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = caseload_db_prepare (db,
                              "SELECT COALESCE(sc.time_zone, 'America/Chicago'), COALESCE(s.school_id, 0) "
                              "FROM student s LEFT JOIN school sc ON sc.id = s.school_id WHERE s.id = ?1",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, student_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND, _("There is no such student"));
      else
        caseload_db_set_error (db, rc, _("Could not read the student"), error);
      return FALSE;
    }
  *tz_name = g_strdup (caseload_db_column_text (stmt, 0));
  *school_id = sqlite3_column_int64 (stmt, 1);
  return TRUE;
}

/* Appends the bookings overlapping [@from_text, @to_text) of @stmt's
 * rows (id, starts_at, ends_at) to @busy. */
static gboolean
read_busy (sqlite3       *db,
           sqlite3_stmt  *stmt,
           const char    *from_text,
           const char    *to_text,
           GArray        *busy,
           GError       **error)
{
  int rc;

  caseload_db_bind_text (stmt, 1, from_text);
  caseload_db_bind_text (stmt, 2, to_text);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(GDateTime) start = parse_instant (caseload_db_column_text (stmt, 1));
      g_autoptr(GDateTime) end = parse_instant (caseload_db_column_text (stmt, 2));
      CaseloadBusySlot slot;

      if (start == NULL || end == NULL)
        continue;
      slot.staff_id = sqlite3_column_int64 (stmt, 0);
      slot.start = g_date_time_to_unix (start);
      slot.end = g_date_time_to_unix (end);
      g_array_append_val (busy, slot);
    }
  if (rc != SQLITE_DONE)
    {
      caseload_db_set_error (db, rc, _("Could not read the meetings"), error);
      return FALSE;
    }
  return TRUE;
}

GPtrArray *
caseload_store_propose_meeting_times (CaseloadStore  *self,
                                      gint64          student_id,
                                      const char     *kind,
                                      const GDate    *due,
                                      const GDate    *as_of,
                                      int             duration_minutes,
                                      guint           wanted,
                                      GArray        **room_ids,
                                      GError        **error)
{
  sqlite3 *db;
  CaseloadRuleSettings settings;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *tz_name = NULL;
  g_autoptr(GTimeZone) tz = NULL;
  g_autoptr(CaseloadMeeting) draft = NULL;
  g_autoptr(GListModel) rooms = NULL;
  g_autoptr(GArray) staff = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) room_list = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) chosen = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) closed = g_array_new (FALSE, FALSE, sizeof (GDate));
  g_autoptr(GArray) busy = g_array_new (FALSE, FALSE, sizeof (CaseloadBusySlot));
  g_autoptr(GArray) room_busy = g_array_new (FALSE, FALSE, sizeof (CaseloadBusySlot));
  g_autoptr(GDateTime) window_start = NULL;
  g_autoptr(GDateTime) window_end = NULL;
  g_autoptr(GPtrArray) proposals = NULL;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  GPtrArray *attendees;
  gint64 school_id = 0;
  GDate today;
  int rc;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);
  g_return_val_if_fail (kind != NULL, NULL);
  g_return_val_if_fail (due != NULL && g_date_valid (due), NULL);

  if (as_of == NULL || !g_date_valid (as_of))
    {
      caseload_date_set_today (&today);
      as_of = &today;
    }
  db = caseload_store_get_db (self);
  caseload_rule_settings_init_defaults (&settings);
  if (!caseload_store_load_rule_settings (self, &settings, error) ||
      !student_school (self, student_id, &school_id, &tz_name, error))
    return NULL;
  tz = g_time_zone_new_identifier (tz_name);
  if (tz == NULL)
    tz = g_time_zone_new_utc ();

  /* Exactly the staff the new meeting will invite as required: the same
   * selection the editor starts a new meeting with. */
  draft = caseload_meeting_new ();
  caseload_meeting_set_student_id (draft, student_id);
  caseload_meeting_set_kind (draft, kind);
  if (!caseload_store_prefill_meeting_invitees (self, draft, error))
    return NULL;
  attendees = caseload_meeting_get_attendees (draft);
  for (guint i = 0; i < attendees->len; i++)
    {
      CaseloadMeetingAttendee *a = g_ptr_array_index (attendees, i);
      gint64 id = caseload_meeting_attendee_get_staff_id (a);

      if (id > 0 && caseload_meeting_attendee_get_required (a))
        g_array_append_val (staff, id);
    }

  rooms = caseload_store_list_rooms (self, school_id, error);
  if (rooms == NULL)
    return NULL;
  for (guint i = 0; school_id > 0 && i < g_list_model_get_n_items (rooms); i++)
    {
      g_autoptr(CaseloadRoom) room = g_list_model_get_item (rooms, i);
      gint64 id = caseload_room_get_id (room);

      g_array_append_val (room_list, id);
    }

  stmt = caseload_db_prepare (db,
                              "SELECT n.day FROM non_school_day n "
                              "JOIN school_year y ON y.id = n.school_year_id "
                              "JOIN student s ON s.school_id = y.school_id WHERE s.id = ?1",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, student_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GDate day;

      if (caseload_date_parse_iso (caseload_db_column_text (stmt, 0), &day))
        g_array_append_val (closed, day);
    }
  if (rc != SQLITE_DONE)
    {
      caseload_db_set_error (db, rc, _("Could not read the non-school days"), error);
      return NULL;
    }
  g_clear_pointer (&stmt, caseload_db_release);

  window_start = g_date_time_new (tz, g_date_get_year (as_of), g_date_get_month (as_of),
                                  g_date_get_day (as_of), 0, 0, 0);
  window_end = g_date_time_new (tz, g_date_get_year (due), g_date_get_month (due),
                                g_date_get_day (due), 23, 59, 59);
  from_text = utc_text (window_start);
  to_text = utc_text (window_end);

  /* Every staff booking in the window; the rules keep those of @staff. */
  stmt = caseload_db_prepare (db,
                              "SELECT DISTINCT a.staff_id, m.starts_at, m.ends_at FROM meeting_attendee a "
                              "JOIN meeting m ON m.id = a.meeting_id "
                              "WHERE a.staff_id IS NOT NULL AND m.status <> 'cancelled' "
                              "AND m.ends_at > ?1 AND m.starts_at < ?2",
                              error);
  if (stmt == NULL || !read_busy (db, stmt, from_text, to_text, busy, error))
    return NULL;
  g_clear_pointer (&stmt, caseload_db_release);

  if (room_list->len > 0)
    {
      stmt = caseload_db_prepare (db,
                                  "SELECT m.room_id, m.starts_at, m.ends_at FROM meeting m "
                                  "WHERE m.room_id IS NOT NULL AND m.status <> 'cancelled' "
                                  "AND m.ends_at > ?1 AND m.starts_at < ?2",
                                  error);
      if (stmt == NULL || !read_busy (db, stmt, from_text, to_text, room_busy, error))
        return NULL;
    }

  proposals = caseload_meeting_propose_times_in_rooms (as_of, due, settings.notice_days, closed,
                                                       busy, (const gint64 *) (gpointer) staff->data, staff->len,
                                                       room_busy, (const gint64 *) (gpointer) room_list->data,
                                                       room_list->len, chosen,
                                                       tz, duration_minutes, wanted);
  if (proposals != NULL && room_ids != NULL)
    *room_ids = g_steal_pointer (&chosen);
  return g_steal_pointer (&proposals);
}

/* ---- tasks ----------------------------------------------------------------- */

static const char * const task_statuses[] = { "open", "done", "cancelled", NULL };
static const char * const priorities[] = { "low", "normal", "high", NULL };

#define TASK_SELECT \
  "SELECT t.id, t.assignee_id, t.created_by, t.student_id, t.meeting_id, t.title, t.due_date, " \
  "t.priority, t.status, t.notes, t.created_at, t.completed_at, " \
  "COALESCE(st.first_name || ' ' || st.last_name, ''), " \
  "COALESCE(s.last_name || ', ' || s.first_name, '') " \
  "FROM task t LEFT JOIN staff st ON st.id = t.assignee_id " \
  "LEFT JOIN student s ON s.id = t.student_id "

static GListModel *
load_tasks (CaseloadStore  *self,
            const char     *sql,
            gint64          a,
            gint64          b,
            gint64          c,
            GError        **error)
{
  sqlite3 *db = caseload_store_get_db (self);
  g_autoptr(sqlite3_stmt) stmt = caseload_db_prepare (db, sql, error);
  g_autoptr(GListStore) list = g_list_store_new (CASELOAD_TYPE_TASK);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, a);
  sqlite3_bind_int64 (stmt, 2, b);
  sqlite3_bind_int64 (stmt, 3, c);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CaseloadTask) task = caseload_task_new ();

      caseload_task_set_id (task, sqlite3_column_int64 (stmt, 0));
      set_from_row (G_OBJECT (task), &task_table, stmt, 1);
      caseload_task_set_assignee_name (task, caseload_db_column_text (stmt, 12));
      caseload_task_set_student_name (task, caseload_db_column_text (stmt, 13));
      g_list_store_append (list, task);
    }
  if (rc != SQLITE_DONE)
    {
      caseload_db_set_error (db, rc, _("Could not read the tasks"), error);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

CaseloadTask *
caseload_store_get_task (CaseloadStore  *self,
                         gint64          task_id,
                         GError        **error)
{
  g_autoptr(GListModel) tasks = NULL;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);

  tasks = load_tasks (self, TASK_SELECT "WHERE t.id = ?1 AND ?2 = ?3", task_id, 0, 0, error);
  if (tasks == NULL)
    return NULL;
  if (g_list_model_get_n_items (tasks) == 0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND, _("There is no such task"));
      return NULL;
    }
  return g_list_model_get_item (tasks, 0);
}

GListModel *
caseload_store_list_tasks (CaseloadStore  *self,
                           gint64          assignee_id,
                           gint64          student_id,
                           gboolean        include_closed,
                           GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);

  return load_tasks (self,
                     TASK_SELECT
                     "WHERE (?1 = 0 OR t.assignee_id = ?1) AND (?2 = 0 OR t.student_id = ?2) "
                     "AND (?3 = 1 OR t.status = 'open') "
                     "ORDER BY t.due_date IS NULL, t.due_date, "
                     "CASE t.priority WHEN 'high' THEN 0 WHEN 'normal' THEN 1 ELSE 2 END, t.id",
                     assignee_id, student_id, include_closed ? 1 : 0, error);
}

gboolean
caseload_store_save_task (CaseloadStore  *self,
                          CaseloadTask   *task,
                          GError        **error)
{
  sqlite3 *db;
  g_autofree char *now = caseload_db_now ();
  g_autofree char *title = NULL;
  gint64 id;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_TASK (task), FALSE);

  title = g_strstrip (g_strdup (caseload_task_get_title (task)));
  if (*title == '\0')
    return set_invalid (error, _("Title: say what needs doing"));
  if (caseload_task_get_assignee_id (task) <= 0)
    return set_invalid (error, _("Assigned to: choose a team member"));
  if (!valid_date_or_empty (caseload_task_get_due_date (task)))
    return set_invalid (error, _("Due: enter a date (YYYY-MM-DD)"));
  if (!in_list (caseload_task_get_priority (task), priorities))
    return set_invalid (error, _("Priority: must be low, normal or high"));
  if (!in_list (caseload_task_get_status (task), task_statuses))
    return set_invalid (error, _("Status: must be open, done or cancelled"));

  id = caseload_task_get_id (task);
  if (id == 0)
    {
      caseload_task_set_created_at (task, now);
      if (caseload_task_get_created_by (task) == 0)
        caseload_task_set_created_by (task, caseload_store_get_actor (self));
      if (g_strcmp0 (caseload_task_get_status (task), "open") != 0)
        caseload_task_set_completed_at (task, now);
    }
  caseload_task_set_title (task, title);

  db = caseload_store_get_db (self);
  if (!caseload_db_begin (db, error))
    return FALSE;
  if (id != 0)
    {
      /* The status and its time change only through set_task_status(). */
      g_autoptr(sqlite3_stmt) stmt = caseload_db_prepare (db,
                                                          "SELECT status, COALESCE(completed_at, ''), created_at "
                                                          "FROM task WHERE id = ?1",
                                                          error);
      if (stmt == NULL)
        return caseload_store_fail_and_rollback (self);
      sqlite3_bind_int64 (stmt, 1, id);
      if (sqlite3_step (stmt) != SQLITE_ROW)
        {
          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND, _("There is no such task"));
          return caseload_store_fail_and_rollback (self);
        }
      caseload_task_set_status (task, caseload_db_column_text (stmt, 0));
      caseload_task_set_completed_at (task, caseload_db_column_text (stmt, 1));
      caseload_task_set_created_at (task, caseload_db_column_text (stmt, 2));
    }
  if (!save_row_in_tx (self, &task_table, G_OBJECT (task), caseload_task_get_student_id (task), now, &id, error))
    return caseload_store_fail_and_rollback (self);
  if (!caseload_store_commit_and_notify (self, "task", error))
    return FALSE;
  caseload_task_set_id (task, id);
  return TRUE;
}

gboolean
caseload_store_set_task_status (CaseloadStore  *self,
                                gint64          task_id,
                                const char     *status,
                                GError        **error)
{
  g_autoptr(CaseloadTask) task = NULL;
  g_autofree char *now = caseload_db_now ();
  const char *old;
  gint64 id = task_id;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);

  if (!in_list (status, task_statuses))
    return set_invalid (error, _("Status: must be open, done or cancelled"));
  if (!caseload_db_begin (caseload_store_get_db (self), error))
    return FALSE;
  task = caseload_store_get_task (self, task_id, error);
  if (task == NULL)
    return caseload_store_fail_and_rollback (self);
  old = caseload_task_get_status (task);
  if (g_strcmp0 (old, status) == 0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID, _("The task already has that status"));
      return caseload_store_fail_and_rollback (self);
    }
  if (g_strcmp0 (old, "open") != 0 && g_strcmp0 (status, "open") != 0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   _("Reopen the task before giving it another status"));
      return caseload_store_fail_and_rollback (self);
    }
  caseload_task_set_status (task, status);
  caseload_task_set_completed_at (task, g_strcmp0 (status, "open") == 0 ? "" : now);
  if (!save_row_in_tx (self, &task_table, G_OBJECT (task), caseload_task_get_student_id (task), now, &id, error))
    return caseload_store_fail_and_rollback (self);
  return caseload_store_commit_and_notify (self, "task", error);
}

gboolean
caseload_store_delete_task (CaseloadStore  *self,
                            gint64          task_id,
                            GError        **error)
{
  g_autofree char *now = caseload_db_now ();
  gint64 student_id = 0;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);

  if (!caseload_db_begin (caseload_store_get_db (self), error))
    return FALSE;
  if (!query_int (self, "SELECT COALESCE(student_id, 0) FROM task WHERE id = ?1", task_id, &student_id,
                  _("There is no such task"), error) ||
      !delete_row_in_tx (self, "DELETE FROM task WHERE id = ?1", "task", task_id, student_id, now, error))
    return caseload_store_fail_and_rollback (self);
  return caseload_store_commit_and_notify (self, "task", error);
}

int
caseload_store_add_standard_meeting_tasks (CaseloadStore  *self,
                                           gint64          meeting_id,
                                           gint64          assignee_id,
                                           GError        **error)
{
  g_autoptr(CaseloadMeeting) meeting = NULL;
  CaseloadRuleSettings settings;
  g_autofree char *now = caseload_db_now ();
  struct { const char *title; int days_before; gboolean wanted; } standard[] = {
    { N_("Send the meeting notice"), 0, TRUE },
    { N_("Collect input from teachers"), 2, TRUE },
    { N_("Book an interpreter"), 0, FALSE },
  };
  GDate day;
  int created = 0;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), -1);

  if (assignee_id <= 0)
    {
      set_invalid (error, _("Assigned to: choose a team member"));
      return -1;
    }
  meeting = caseload_store_get_meeting (self, meeting_id, error);
  if (meeting == NULL)
    return -1;
  caseload_rule_settings_init_defaults (&settings);
  if (!caseload_store_load_rule_settings (self, &settings, error))
    return -1;
  standard[0].days_before = settings.notice_days;
  standard[2].days_before = settings.notice_days;
  standard[2].wanted = caseload_meeting_get_interpreter_needed (meeting);
  caseload_meeting_get_local_date (meeting, &day);

  if (!caseload_db_begin (caseload_store_get_db (self), error))
    return -1;
  for (guint i = 0; i < G_N_ELEMENTS (standard); i++)
    {
      g_autoptr(CaseloadTask) task = NULL;
      g_autofree char *due = NULL;
      GDate due_day = day;
      gint64 id = 0;

      if (!standard[i].wanted)
        continue;
      if (g_date_valid (&due_day))
        g_date_subtract_days (&due_day, standard[i].days_before);
      due = caseload_date_to_iso (&due_day);
      task = caseload_task_new ();
      caseload_task_set_assignee_id (task, assignee_id);
      caseload_task_set_created_by (task, caseload_store_get_actor (self));
      caseload_task_set_student_id (task, caseload_meeting_get_student_id (meeting));
      caseload_task_set_meeting_id (task, meeting_id);
      caseload_task_set_title (task, _(standard[i].title));
      caseload_task_set_due_date (task, due);
      caseload_task_set_created_at (task, now);
      if (!save_row_in_tx (self, &task_table, G_OBJECT (task), caseload_meeting_get_student_id (meeting),
                           now, &id, error))
        {
          caseload_store_fail_and_rollback (self);
          return -1;
        }
      created++;
    }
  if (!caseload_store_commit_and_notify (self, "task", error))
    return -1;
  return created;
}

/* ---- contact log ------------------------------------------------------------- */

static const char * const contact_methods[] = {
  "phone", "email", "in-person", "letter", "video", "text", "other", NULL
};

gboolean
caseload_store_save_contact (CaseloadStore    *self,
                             CaseloadContact  *contact,
                             GError          **error)
{
  g_autofree char *now = caseload_db_now ();
  g_autoptr(GDateTime) at = NULL;
  gint64 id;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_CONTACT (contact), FALSE);

  if (caseload_contact_get_student_id (contact) <= 0)
    return set_invalid (error, _("Student: choose the student"));
  at = parse_instant (caseload_contact_get_contact_at (contact));
  if (at == NULL)
    return set_invalid (error, _("When: enter the date and time of the contact"));
  if (!in_list (caseload_contact_get_method (contact), contact_methods))
    return set_invalid (error, _("Method: must be phone, e-mail, in person, letter, video, text or other"));
  if (!valid_date_or_empty (caseload_contact_get_follow_up_date (contact)))
    return set_invalid (error, _("Follow-up date: enter a date (YYYY-MM-DD)"));
  {
    g_autofree char *normal = utc_text (at);

    caseload_contact_set_contact_at (contact, normal);
  }
  if (caseload_contact_get_staff_id (contact) == 0)
    caseload_contact_set_staff_id (contact, caseload_store_get_actor (self));

  id = caseload_contact_get_id (contact);
  if (!caseload_db_begin (caseload_store_get_db (self), error))
    return FALSE;
  if (!save_row_in_tx (self, &contact_table, G_OBJECT (contact), caseload_contact_get_student_id (contact),
                       now, &id, error))
    return caseload_store_fail_and_rollback (self);
  if (!caseload_store_commit_and_notify (self, "contact_log", error))
    return FALSE;
  caseload_contact_set_id (contact, id);
  return TRUE;
}

gboolean
caseload_store_delete_contact (CaseloadStore  *self,
                               gint64          contact_id,
                               GError        **error)
{
  g_autofree char *now = caseload_db_now ();
  gint64 student_id = 0;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);

  if (!caseload_db_begin (caseload_store_get_db (self), error))
    return FALSE;
  if (!query_int (self, "SELECT student_id FROM contact_log WHERE id = ?1", contact_id, &student_id,
                  _("There is no such contact"), error) ||
      !delete_row_in_tx (self, "DELETE FROM contact_log WHERE id = ?1", "contact_log", contact_id,
                         student_id, now, error))
    return caseload_store_fail_and_rollback (self);
  return caseload_store_commit_and_notify (self, "contact_log", error);
}

GListModel *
caseload_store_list_contacts (CaseloadStore  *self,
                              gint64          student_id,
                              GError        **error)
{
  sqlite3 *db;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GListStore) list = g_list_store_new (CASELOAD_TYPE_CONTACT);
  int rc;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);

  db = caseload_store_get_db (self);
  stmt = caseload_db_prepare (db,
                              "SELECT c.id, c.student_id, c.staff_id, c.contact_at, c.person, c.method, c.summary, "
                              "c.follow_up_needed, c.follow_up_date, "
                              "COALESCE(st.first_name || ' ' || st.last_name, '') "
                              "FROM contact_log c LEFT JOIN staff st ON st.id = c.staff_id "
                              "WHERE c.student_id = ?1 ORDER BY c.contact_at DESC, c.id DESC",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, student_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CaseloadContact) contact = caseload_contact_new ();

      caseload_contact_set_id (contact, sqlite3_column_int64 (stmt, 0));
      set_from_row (G_OBJECT (contact), &contact_table, stmt, 1);
      caseload_contact_set_staff_name (contact, caseload_db_column_text (stmt, 9));
      g_list_store_append (list, contact);
    }
  if (rc != SQLITE_DONE)
    {
      caseload_db_set_error (db, rc, _("Could not read the contact log"), error);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/* ---- community resources and referrals ----------------------------------------- */

static const char * const resource_categories[] = {
  "medical", "mental-health", "housing", "food", "respite", "recreation", "legal",
  "transition", "other", NULL
};
static const char * const referral_statuses[] = {
  "open", "in-progress", "completed", "declined", "closed", NULL
};

gboolean
caseload_store_save_community_resource (CaseloadStore              *self,
                                        CaseloadCommunityResource  *resource,
                                        GError                    **error)
{
  g_autofree char *now = caseload_db_now ();
  g_autofree char *name = NULL;
  gint64 id;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_COMMUNITY_RESOURCE (resource), FALSE);

  name = g_strstrip (g_strdup (caseload_community_resource_get_name (resource)));
  if (*name == '\0')
    return set_invalid (error, _("Name: enter the name of the resource"));
  if (!in_list (caseload_community_resource_get_category (resource), resource_categories))
    return set_invalid (error, _("Category: choose a category"));
  caseload_community_resource_set_name (resource, name);

  id = caseload_community_resource_get_id (resource);
  if (!caseload_db_begin (caseload_store_get_db (self), error))
    return FALSE;
  if (!save_row_in_tx (self, &resource_table, G_OBJECT (resource), 0, now, &id, error))
    return caseload_store_fail_and_rollback (self);
  if (!caseload_store_commit_and_notify (self, "community_resource", error))
    return FALSE;
  caseload_community_resource_set_id (resource, id);
  return TRUE;
}

GListModel *
caseload_store_list_community_resources (CaseloadStore  *self,
                                         const char     *category,
                                         gboolean        include_inactive,
                                         GError        **error)
{
  sqlite3 *db;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GListStore) list = g_list_store_new (CASELOAD_TYPE_COMMUNITY_RESOURCE);
  int rc;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);

  db = caseload_store_get_db (self);
  stmt = caseload_db_prepare (db,
                              "SELECT id, name, category, address, phone, website, languages, notes, active "
                              "FROM community_resource WHERE (?1 IS NULL OR category = ?1) "
                              "AND (?2 = 1 OR active = 1) ORDER BY name COLLATE NOCASE, id",
                              error);
  if (stmt == NULL)
    return NULL;
  caseload_db_bind_text_or_null (stmt, 1, category);
  sqlite3_bind_int (stmt, 2, include_inactive ? 1 : 0);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CaseloadCommunityResource) resource = caseload_community_resource_new ();

      caseload_community_resource_set_id (resource, sqlite3_column_int64 (stmt, 0));
      set_from_row (G_OBJECT (resource), &resource_table, stmt, 1);
      g_list_store_append (list, resource);
    }
  if (rc != SQLITE_DONE)
    {
      caseload_db_set_error (db, rc, _("Could not read the community resources"), error);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

gboolean
caseload_store_save_resource_referral (CaseloadStore             *self,
                                       CaseloadResourceReferral  *referral,
                                       GError                   **error)
{
  g_autofree char *now = caseload_db_now ();
  GDate day;
  gint64 id;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_RESOURCE_REFERRAL (referral), FALSE);

  if (caseload_resource_referral_get_student_id (referral) <= 0)
    return set_invalid (error, _("Student: choose the student"));
  if (caseload_resource_referral_get_resource_id (referral) <= 0)
    return set_invalid (error, _("Resource: choose a community resource"));
  if (!caseload_date_parse_iso (caseload_resource_referral_get_referral_date (referral), &day))
    return set_invalid (error, _("Referral date: enter a date (YYYY-MM-DD)"));
  if (!valid_date_or_empty (caseload_resource_referral_get_follow_up_date (referral)))
    return set_invalid (error, _("Follow-up date: enter a date (YYYY-MM-DD)"));

  id = caseload_resource_referral_get_id (referral);
  if (id == 0)
    caseload_resource_referral_set_status (referral, "open");
  if (!caseload_db_begin (caseload_store_get_db (self), error))
    return FALSE;
  if (id != 0)
    {
      /* The status moves only through set_referral_status(). */
      g_autoptr(sqlite3_stmt) stmt = caseload_db_prepare (caseload_store_get_db (self),
                                                          "SELECT status FROM resource_referral WHERE id = ?1",
                                                          error);
      if (stmt == NULL)
        return caseload_store_fail_and_rollback (self);
      sqlite3_bind_int64 (stmt, 1, id);
      if (sqlite3_step (stmt) != SQLITE_ROW)
        {
          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND, _("There is no such referral"));
          return caseload_store_fail_and_rollback (self);
        }
      caseload_resource_referral_set_status (referral, caseload_db_column_text (stmt, 0));
    }
  if (!save_row_in_tx (self, &referral_table, G_OBJECT (referral),
                       caseload_resource_referral_get_student_id (referral), now, &id, error))
    return caseload_store_fail_and_rollback (self);
  if (!caseload_store_commit_and_notify (self, "resource_referral", error))
    return FALSE;
  caseload_resource_referral_set_id (referral, id);
  return TRUE;
}

static gboolean
referral_step_allowed (const char *from,
                       const char *to)
{
  if (g_strcmp0 (from, "open") == 0)
    return g_strcmp0 (to, "open") != 0;
  if (g_strcmp0 (from, "in-progress") == 0)
    return g_strcmp0 (to, "completed") == 0 || g_strcmp0 (to, "declined") == 0 ||
           g_strcmp0 (to, "closed") == 0;
  if (g_strcmp0 (from, "completed") == 0 || g_strcmp0 (from, "declined") == 0)
    return g_strcmp0 (to, "closed") == 0;
  return FALSE;
}

static GListModel *
load_referrals (CaseloadStore  *self,
                gint64          student_id,
                gint64          referral_id,
                const char     *follow_up_by,
                GError        **error)
{
  sqlite3 *db = caseload_store_get_db (self);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GListStore) list = g_list_store_new (CASELOAD_TYPE_RESOURCE_REFERRAL);
  int rc;

  stmt = caseload_db_prepare (db,
                              "SELECT r.id, r.student_id, r.resource_id, r.referral_date, r.reason, r.status, "
                              "r.follow_up_date, r.outcome, s.last_name || ', ' || s.first_name, c.name "
                              "FROM resource_referral r JOIN student s ON s.id = r.student_id "
                              "JOIN community_resource c ON c.id = r.resource_id "
                              "WHERE (?1 = 0 OR r.student_id = ?1) AND (?2 = 0 OR r.id = ?2) "
                              "AND (?3 IS NULL OR (r.status IN ('open', 'in-progress') "
                              "     AND r.follow_up_date IS NOT NULL AND r.follow_up_date <= ?3)) "
                              "ORDER BY r.referral_date DESC, r.id DESC",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, student_id);
  sqlite3_bind_int64 (stmt, 2, referral_id);
  caseload_db_bind_text_or_null (stmt, 3, follow_up_by);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CaseloadResourceReferral) referral = caseload_resource_referral_new ();

      caseload_resource_referral_set_id (referral, sqlite3_column_int64 (stmt, 0));
      set_from_row (G_OBJECT (referral), &referral_table, stmt, 1);
      caseload_resource_referral_set_student_name (referral, caseload_db_column_text (stmt, 8));
      caseload_resource_referral_set_resource_name (referral, caseload_db_column_text (stmt, 9));
      g_list_store_append (list, referral);
    }
  if (rc != SQLITE_DONE)
    {
      caseload_db_set_error (db, rc, _("Could not read the referrals"), error);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

gboolean
caseload_store_set_referral_status (CaseloadStore  *self,
                                    gint64          referral_id,
                                    const char     *status,
                                    const char     *outcome,
                                    GError        **error)
{
  g_autofree char *now = caseload_db_now ();
  g_autoptr(GListModel) found = NULL;
  g_autoptr(CaseloadResourceReferral) referral = NULL;
  gint64 id = referral_id;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);

  if (!in_list (status, referral_statuses))
    return set_invalid (error, _("Status: must be open, in progress, completed, declined or closed"));
  if (!caseload_db_begin (caseload_store_get_db (self), error))
    return FALSE;
  found = load_referrals (self, 0, referral_id, NULL, error);
  if (found == NULL)
    return caseload_store_fail_and_rollback (self);
  if (g_list_model_get_n_items (found) == 0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND, _("There is no such referral"));
      return caseload_store_fail_and_rollback (self);
    }
  referral = g_list_model_get_item (found, 0);
  if (!referral_step_allowed (caseload_resource_referral_get_status (referral), status))
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   _("A referral that is %s cannot become %s"),
                   caseload_resource_referral_get_status (referral), status);
      return caseload_store_fail_and_rollback (self);
    }
  caseload_resource_referral_set_status (referral, status);
  if (outcome != NULL)
    caseload_resource_referral_set_outcome (referral, outcome);
  if (!save_row_in_tx (self, &referral_table, G_OBJECT (referral),
                       caseload_resource_referral_get_student_id (referral), now, &id, error))
    return caseload_store_fail_and_rollback (self);
  return caseload_store_commit_and_notify (self, "resource_referral", error);
}

GListModel *
caseload_store_list_resource_referrals (CaseloadStore  *self,
                                        gint64          student_id,
                                        gboolean        awaiting_follow_up,
                                        const GDate    *as_of,
                                        GError        **error)
{
  g_autofree char *by = NULL;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);

  if (awaiting_follow_up)
    by = date_text (as_of);
  return load_referrals (self, student_id, 0, by, error);
}

/* ---- procedural-safeguards notices ---------------------------------------------- */

static const char * const notice_methods[] = { "in-person", "mail", "email", "other", NULL };

gboolean
caseload_store_add_rights_notice (CaseloadStore         *self,
                                  CaseloadRightsNotice  *notice,
                                  GError               **error)
{
  g_autofree char *now = caseload_db_now ();
  GDate day;
  gint64 id = 0;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_RIGHTS_NOTICE (notice), FALSE);

  if (caseload_rights_notice_get_student_id (notice) <= 0)
    return set_invalid (error, _("Student: choose the student"));
  if (!caseload_date_parse_iso (caseload_rights_notice_get_given_date (notice), &day))
    return set_invalid (error, _("Given on: enter a date (YYYY-MM-DD)"));
  if (!in_list (caseload_rights_notice_get_method (notice), notice_methods))
    return set_invalid (error, _("How: must be in person, mail, e-mail or other"));

  if (!caseload_db_begin (caseload_store_get_db (self), error))
    return FALSE;
  if (!save_row_in_tx (self, &notice_table, G_OBJECT (notice), caseload_rights_notice_get_student_id (notice),
                       now, &id, error))
    return caseload_store_fail_and_rollback (self);
  if (!caseload_store_commit_and_notify (self, "rights_notice", error))
    return FALSE;
  caseload_rights_notice_set_id (notice, id);
  return TRUE;
}

GListModel *
caseload_store_list_rights_notices (CaseloadStore  *self,
                                    gint64          student_id,
                                    GError        **error)
{
  sqlite3 *db;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GListStore) list = g_list_store_new (CASELOAD_TYPE_RIGHTS_NOTICE);
  int rc;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);

  db = caseload_store_get_db (self);
  stmt = caseload_db_prepare (db,
                              "SELECT id, student_id, given_date, method, language, notes FROM rights_notice "
                              "WHERE student_id = ?1 ORDER BY given_date DESC, id DESC",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, student_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CaseloadRightsNotice) notice = caseload_rights_notice_new ();

      caseload_rights_notice_set_id (notice, sqlite3_column_int64 (stmt, 0));
      set_from_row (G_OBJECT (notice), &notice_table, stmt, 1);
      g_list_store_append (list, notice);
    }
  if (rc != SQLITE_DONE)
    {
      caseload_db_set_error (db, rc, _("Could not read the rights notices"), error);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

gboolean
caseload_store_rights_notice_missing (CaseloadStore  *self,
                                      gint64          student_id,
                                      const GDate    *as_of,
                                      char          **warning,
                                      GError        **error)
{
  sqlite3 *db;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) given = g_array_new (FALSE, FALSE, sizeof (GDate));
  g_autofree char *day_text = date_text (as_of);
  GDate day, start, end;
  gboolean missing;
  int rc;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);

  if (warning != NULL)
    *warning = NULL;
  caseload_date_parse_iso (day_text, &day);
  caseload_meeting_default_school_year (&day, &start, &end);

  db = caseload_store_get_db (self);
  stmt = caseload_db_prepare (db,
                              "SELECT y.start_date, y.end_date FROM school_year y "
                              "JOIN student s ON s.school_id = y.school_id "
                              "WHERE s.id = ?1 AND y.start_date <= ?2 AND y.end_date >= ?2 "
                              "ORDER BY y.start_date DESC LIMIT 1",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, student_id);
  caseload_db_bind_text (stmt, 2, day_text);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      GDate s, e;

      if (caseload_date_parse_iso (caseload_db_column_text (stmt, 0), &s) &&
          caseload_date_parse_iso (caseload_db_column_text (stmt, 1), &e))
        {
          start = s;
          end = e;
        }
    }
  else if (rc != SQLITE_DONE)
    return caseload_db_set_error (db, rc, _("Could not read the school year"), error);
  g_clear_pointer (&stmt, caseload_db_release);

  stmt = caseload_db_prepare (db, "SELECT given_date FROM rights_notice WHERE student_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, student_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GDate d;

      if (caseload_date_parse_iso (caseload_db_column_text (stmt, 0), &d))
        g_array_append_val (given, d);
    }
  if (rc != SQLITE_DONE)
    return caseload_db_set_error (db, rc, _("Could not read the rights notices"), error);

  missing = caseload_meeting_rights_notice_missing (&start, &end, given);
  if (missing && warning != NULL)
    *warning = g_strdup (_("The procedural-safeguards notice has not been given to the family this school year"));
  return missing;
}

/* ---- dashboard ------------------------------------------------------------------- */

static guint
count_meetings (CaseloadStore  *self,
                gint64          staff_id,
                GDateTime      *from,
                GDateTime      *to,
                gboolean       *ok,
                GError        **error)
{
  g_autoptr(GPtrArray) meetings = load_meetings (self, from, to, 0, staff_id, 0, error);
  guint count = 0;

  if (meetings == NULL)
    {
      *ok = FALSE;
      return 0;
    }
  for (guint i = 0; i < meetings->len; i++)
    if (g_strcmp0 (caseload_meeting_get_status (g_ptr_array_index (meetings, i)), "cancelled") != 0)
      count++;
  return count;
}

gboolean
caseload_store_get_dashboard (CaseloadStore      *self,
                              gint64              staff_id,
                              const GDate        *as_of,
                              GTimeZone          *tz,
                              CaseloadDashboard  *dashboard,
                              GError            **error)
{
  CaseloadRuleSettings settings;
  g_autoptr(GTimeZone) local = NULL;
  g_autoptr(GDateTime) day_start = NULL;
  g_autoptr(GDateTime) day_end = NULL;
  g_autoptr(GDateTime) week_start = NULL;
  g_autoptr(GDateTime) week_end = NULL;
  g_autoptr(GListModel) caseload = NULL;
  g_autoptr(GListModel) deadlines = NULL;
  g_autoptr(GListModel) tasks = NULL;
  g_autoptr(GListModel) reports = NULL;
  g_autoptr(GListModel) referrals = NULL;
  g_autoptr(GHashTable) students = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autofree char *today_text = date_text (as_of);
  GDate today;
  gboolean ok = TRUE;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (dashboard != NULL, FALSE);

  memset (dashboard, 0, sizeof *dashboard);
  caseload_date_parse_iso (today_text, &today);
  if (tz == NULL)
    tz = local = g_time_zone_new_local ();
  caseload_rule_settings_init_defaults (&settings);
  if (!caseload_store_load_rule_settings (self, &settings, error))
    return FALSE;

  day_start = g_date_time_new (tz, g_date_get_year (&today), g_date_get_month (&today),
                               g_date_get_day (&today), 0, 0, 0);
  day_end = g_date_time_add_days (day_start, 1);
  week_start = g_date_time_add_days (day_start, 1 - (int) g_date_get_weekday (&today));
  week_end = g_date_time_add_days (week_start, 7);
  dashboard->meetings_today = count_meetings (self, staff_id, day_start, day_end, &ok, error);
  if (!ok)
    return FALSE;
  dashboard->meetings_this_week = count_meetings (self, staff_id, week_start, week_end, &ok, error);
  if (!ok)
    return FALSE;

  caseload = caseload_store_list_caseload (self, staff_id, error);
  if (caseload == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (caseload); i++)
    {
      g_autoptr(CaseloadTeamAssignment) assignment = g_list_model_get_item (caseload, i);
      gint64 id = caseload_team_assignment_get_student_id (assignment);

      g_hash_table_add (students, g_memdup2 (&id, sizeof id));
    }

  deadlines = caseload_store_list_deadlines (self, 0, &today, settings.due_soon_days, error);
  if (deadlines == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (deadlines); i++)
    {
      g_autoptr(GObject) deadline = g_list_model_get_item (deadlines, i);
      gint64 student_id = 0;
      int days_left = 0;

      g_object_get (deadline, "student-id", &student_id, "days-left", &days_left, NULL);
      if (!g_hash_table_contains (students, &student_id))
        continue;
      if (days_left < 0)
        dashboard->deadlines_overdue++;
      else if (days_left <= settings.due_soon_days)
        dashboard->deadlines_upcoming++;
    }

  tasks = caseload_store_list_tasks (self, staff_id, 0, FALSE, error);
  if (tasks == NULL)
    return FALSE;
  dashboard->open_tasks = g_list_model_get_n_items (tasks);
  for (guint i = 0; i < dashboard->open_tasks; i++)
    {
      g_autoptr(CaseloadTask) task = g_list_model_get_item (tasks, i);
      const char *due = caseload_task_get_due_date (task);

      if (*due != '\0' && strcmp (due, today_text) < 0)
        dashboard->overdue_tasks++;
    }

  reports = caseload_store_list_due_reports (self, staff_id, &today, error);
  if (reports == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (reports); i++)
    {
      g_autoptr(CaseloadProgressReport) report = g_list_model_get_item (reports, i);

      if (g_strcmp0 (caseload_progress_report_get_status (report), "sent") != 0)
        dashboard->progress_reports_due++;
    }

  referrals = caseload_store_list_resource_referrals (self, 0, TRUE, &today, error);
  if (referrals == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (referrals); i++)
    {
      g_autoptr(CaseloadResourceReferral) referral = g_list_model_get_item (referrals, i);
      gint64 student_id = caseload_resource_referral_get_student_id (referral);

      if (g_hash_table_contains (students, &student_id))
        dashboard->referrals_follow_up++;
    }
  return TRUE;
}
