/* caseload-store-history.c: the audit trail of one student, with what each
 * row refers to resolved in the same query (goal numbers, names). */
#define G_LOG_DOMAIN "caseload-store-history"

#include "config.h"

#include "caseload-store-history.h"
#include "caseload-store-private.h"

#include <glib/gi18n-lib.h>

/* One row per audit_log row of the student. Joins are guarded by the
 * table (and field) the row is about, so each resolves at most one row. */
#define HISTORY_SQL \
  "SELECT a.id, a.at, COALESCE(a.staff_id, 0),\n" \
  "       TRIM(COALESCE(who.first_name || ' ' || who.last_name, '')),\n" \
  "       a.table_name, a.record_id, a.action, a.field, a.old_value, a.new_value, a.reason,\n" \
  "       CASE WHEN g.id IS NULL THEN 0 ELSE\n" \
  "         (SELECT count(*) FROM goal g2 WHERE g2.iep_id = g.iep_id\n" \
  "            AND (g2.position < g.position OR (g2.position = g.position AND g2.id <= g.id))) END,\n" \
  "       g.unit,\n" \
  "       CASE a.table_name\n" \
  "         WHEN 'guardian' THEN gu.first_name || ' ' || gu.last_name\n" \
  "         WHEN 'team_assignment' THEN tas.first_name || ' ' || tas.last_name\n" \
  "         WHEN 'service' THEN sv.name\n" \
  "         WHEN 'accommodation' THEN ac.description\n" \
  "         WHEN 'special_factor' THEN sf.factor\n" \
  "         WHEN 'meeting' THEN mt.kind\n" \
  "         WHEN 'meeting_attendee' THEN COALESCE(mas.first_name || ' ' || mas.last_name, NULLIF(ma.name, ''))\n" \
  "         WHEN 'student_disability' THEN sdc.name\n" \
  "         WHEN 'contact_log' THEN cl.method\n" \
  "         WHEN 'parent_contact_attempt' THEN pca.method\n" \
  "         WHEN 'task' THEN tk.title\n" \
  "         WHEN 'resource_referral' THEN cr.name\n" \
  "       END,\n" \
  "       COALESCE(so.first_name || ' ' || so.last_name, sco.name, dco.name, eco.name, tro.name, pco.name),\n" \
  "       COALESCE(sn.first_name || ' ' || sn.last_name, scn.name, dcn.name, ecn.name, trn.name, pcn.name),\n" \
  "       CASE WHEN a.table_name = 'team_assignment' AND a.field = 'staff_id' THEN\n" \
  "         (SELECT tr.name FROM audit_log r JOIN team_role tr ON tr.code = r.new_value\n" \
  "           WHERE r.table_name = 'team_assignment' AND r.record_id = a.record_id\n" \
  "             AND r.at = a.at AND r.action = a.action AND r.field = 'role') END\n" \
  "FROM audit_log a\n" \
  "LEFT JOIN staff who ON who.id = a.staff_id\n" \
  "LEFT JOIN objective o ON a.table_name = 'objective' AND o.id = a.record_id\n" \
  "LEFT JOIN data_point dp ON a.table_name = 'data_point' AND dp.id = a.record_id\n" \
  "LEFT JOIN progress_phase pp ON a.table_name = 'progress_phase' AND pp.id = a.record_id\n" \
  "LEFT JOIN progress_entry pe ON a.table_name = 'progress_entry' AND pe.id = a.record_id\n" \
  "LEFT JOIN goal g ON g.id = CASE a.table_name WHEN 'goal' THEN a.record_id\n" \
  "                                WHEN 'objective' THEN o.goal_id WHEN 'data_point' THEN dp.goal_id\n" \
  "                                WHEN 'progress_phase' THEN pp.goal_id WHEN 'progress_entry' THEN pe.goal_id END\n" \
  "LEFT JOIN guardian gu ON a.table_name = 'guardian' AND gu.id = a.record_id\n" \
  "LEFT JOIN team_assignment ta ON a.table_name = 'team_assignment' AND ta.id = a.record_id\n" \
  "LEFT JOIN staff tas ON tas.id = ta.staff_id\n" \
  "LEFT JOIN service sv ON a.table_name = 'service' AND sv.id = a.record_id\n" \
  "LEFT JOIN accommodation ac ON a.table_name = 'accommodation' AND ac.id = a.record_id\n" \
  "LEFT JOIN special_factor sf ON a.table_name = 'special_factor' AND sf.id = a.record_id\n" \
  "LEFT JOIN meeting mt ON a.table_name = 'meeting' AND mt.id = a.record_id\n" \
  "LEFT JOIN meeting_attendee ma ON a.table_name = 'meeting_attendee' AND ma.id = a.record_id\n" \
  "LEFT JOIN staff mas ON mas.id = ma.staff_id\n" \
  "LEFT JOIN student_disability sd ON a.table_name = 'student_disability' AND sd.id = a.record_id\n" \
  "LEFT JOIN disability_category sdc ON sdc.code = sd.code\n" \
  "LEFT JOIN contact_log cl ON a.table_name = 'contact_log' AND cl.id = a.record_id\n" \
  "LEFT JOIN parent_contact_attempt pca ON a.table_name = 'parent_contact_attempt' AND pca.id = a.record_id\n" \
  "LEFT JOIN task tk ON a.table_name = 'task' AND tk.id = a.record_id\n" \
  "LEFT JOIN resource_referral rr ON a.table_name = 'resource_referral' AND rr.id = a.record_id\n" \
  "LEFT JOIN community_resource cr ON cr.id = rr.resource_id\n" \
  "LEFT JOIN staff so ON a.field IN ('staff_id', 'provider_staff_id') AND so.id = CAST(a.old_value AS INTEGER)\n" \
  "LEFT JOIN staff sn ON a.field IN ('staff_id', 'provider_staff_id') AND sn.id = CAST(a.new_value AS INTEGER)\n" \
  "LEFT JOIN school sco ON a.field = 'school_id' AND sco.id = CAST(a.old_value AS INTEGER)\n" \
  "LEFT JOIN school scn ON a.field = 'school_id' AND scn.id = CAST(a.new_value AS INTEGER)\n" \
  "LEFT JOIN disability_category dco ON a.table_name = 'student_disability' AND a.field = 'code' AND dco.code = a.old_value\n" \
  "LEFT JOIN disability_category dcn ON a.table_name = 'student_disability' AND a.field = 'code' AND dcn.code = a.new_value\n" \
  "LEFT JOIN environment_code eco ON a.field = 'environment_code' AND eco.code = a.old_value\n" \
  "LEFT JOIN environment_code ecn ON a.field = 'environment_code' AND ecn.code = a.new_value\n" \
  "LEFT JOIN team_role tro ON a.field = 'role' AND a.table_name IN ('team_assignment', 'meeting_attendee') AND tro.code = a.old_value\n" \
  "LEFT JOIN team_role trn ON a.field = 'role' AND a.table_name IN ('team_assignment', 'meeting_attendee') AND trn.code = a.new_value\n" \
  "LEFT JOIN progress_code pco ON a.table_name = 'progress_entry' AND a.field = 'code' AND pco.code = a.old_value\n" \
  "LEFT JOIN progress_code pcn ON a.table_name = 'progress_entry' AND a.field = 'code' AND pcn.code = a.new_value\n" \
  "WHERE a.student_id = ?1\n" \
  "ORDER BY a.at DESC, a.id DESC"

typedef struct
{
  gint64                  id;
  char                   *at;
  gint64                  staff_id;
  char                   *staff_name;
  char                   *table;
  gint64                  record_id;
  char                   *action;
  char                   *field;
  char                   *old_value;
  char                   *new_value;
  char                   *reason;
  int                     goal_number;
  char                   *unit;
  char                   *label;
  char                   *old_name;
  char                   *new_name;
  char                   *extra;
} Row;

static void
row_free (gpointer data)
{
  Row *row = data;

  g_free (row->at);
  g_free (row->staff_name);
  g_free (row->table);
  g_free (row->action);
  g_free (row->field);
  g_free (row->old_value);
  g_free (row->new_value);
  g_free (row->reason);
  g_free (row->unit);
  g_free (row->label);
  g_free (row->old_name);
  g_free (row->new_name);
  g_free (row->extra);
  g_free (row);
}

static char *
dup_or_null (sqlite3_stmt *stmt,
             int           column)
{
  const unsigned char *text = sqlite3_column_text (stmt, column);

  return text != NULL ? g_strdup ((const char *) text) : NULL;
}

static char *
key_for (const Row *row)
{
  return g_strdup_printf ("%s/%" G_GINT64_FORMAT "/%s", row->table, row->record_id, row->at);
}

static gboolean
is_case_manager_change (const Row  *row,
                        const char *value)
{
  return g_strcmp0 (row->table, "team_assignment") == 0
         && g_strcmp0 (row->field, "is_case_manager") == 0
         && g_strcmp0 (row->new_value, value) == 0;
}

/* A new case manager named in the same instant: the one who took over. */
static gboolean
is_new_case_manager (const Row *row)
{
  return is_case_manager_change (row, "1")
         || (g_strcmp0 (row->table, "team_assignment") == 0
             && g_strcmp0 (row->action, "insert") == 0
             && g_strcmp0 (row->field, "role") == 0
             && g_strcmp0 (row->new_value, "case-manager") == 0);
}

/* The case manager stepping down: demoted, or their case-manager
 * assignment deleted because they hold their other role already. */
static gboolean
is_stepping_down (const Row *row)
{
  return is_case_manager_change (row, "0")
         || (g_strcmp0 (row->table, "team_assignment") == 0
             && g_strcmp0 (row->action, "delete") == 0
             && g_strcmp0 (row->field, "role") == 0
             && g_strcmp0 (row->old_value, "case-manager") == 0);
}

/* The row of the same instant, another assignment, that @match accepts. */
static const Row *
find_partner (GPtrArray  *rows,
              const Row  *row,
              gboolean  (*match) (const Row *))
{
  for (guint j = 0; j < rows->len; j++)
    {
      const Row *candidate = g_ptr_array_index (rows, j);

      if (candidate != row && g_strcmp0 (candidate->at, row->at) == 0
          && candidate->record_id != row->record_id && match (candidate))
        return candidate;
    }
  return NULL;
}

/* The staff member of a team assignment, even when it is gone. */
static const char *
assignment_name (GPtrArray *rows,
                 const Row *row)
{
  if (row->label != NULL)
    return row->label;
  for (guint j = 0; j < rows->len; j++)
    {
      const Row *r = g_ptr_array_index (rows, j);

      if (r->record_id == row->record_id && g_strcmp0 (r->table, "team_assignment") == 0
          && g_strcmp0 (r->field, "staff_id") == 0)
        return r->old_name != NULL ? r->old_name : r->new_name;
    }
  return NULL;
}

/* Rows of one assignment written in the same instant as @row. */
static gboolean
has_sibling (GPtrArray  *rows,
             const Row  *row,
             gboolean  (*match) (const Row *))
{
  for (guint j = 0; j < rows->len; j++)
    {
      const Row *r = g_ptr_array_index (rows, j);

      if (r != row && r->record_id == row->record_id && g_strcmp0 (r->table, row->table) == 0
          && g_strcmp0 (r->at, row->at) == 0 && match (r))
        return TRUE;
    }
  return FALSE;
}

/* Bookkeeping of a handover, told by its "Case manager: A → B" line: the
 * demoted one's role change, the deleted duplicate assignment, the new
 * one's is_case_manager flag. */
static gboolean
is_part_of_handover (GPtrArray *rows,
                     const Row *row)
{
  if (g_strcmp0 (row->table, "team_assignment") != 0)
    return FALSE;
  if (is_case_manager_change (row, "1"))
    return find_partner (rows, row, is_stepping_down) != NULL;
  if (g_strcmp0 (row->action, "update") == 0 && g_strcmp0 (row->field, "role") == 0
      && g_strcmp0 (row->old_value, "case-manager") == 0)
    return has_sibling (rows, row, is_stepping_down);
  /* The new case manager joining the team: the handover says it. */
  if (g_strcmp0 (row->action, "insert") == 0 && g_strcmp0 (row->field, "staff_id") == 0)
    return has_sibling (rows, row, is_new_case_manager) && find_partner (rows, row, is_stepping_down) != NULL;
  if (g_strcmp0 (row->action, "delete") == 0 && g_strcmp0 (row->field, "staff_id") == 0)
    return has_sibling (rows, row, is_stepping_down) && find_partner (rows, row, is_new_case_manager) != NULL;
  return FALSE;
}

/* Filling in the columns of a record just created, in the same instant. */
static gboolean
is_filling_new_record (GHashTable *created,
                       const Row  *row)
{
  g_autofree char *key = NULL;

  if (g_strcmp0 (row->action, "update") != 0
      || (row->old_value != NULL && *row->old_value != '\0'))
    return FALSE;
  key = key_for (row);
  return g_hash_table_contains (created, key);
}

GListModel *
caseload_store_list_student_history (CaseloadStore  *self,
                                     gint64          student_id,
                                     GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (row_free);
  g_autoptr(GHashTable) created = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GListStore) store = g_list_store_new (CASELOAD_TYPE_HISTORY_ENTRY);
  int rc;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);

  stmt = caseload_db_prepare (caseload_store_get_db (self), HISTORY_SQL, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, student_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Row *row = g_new0 (Row, 1);

      row->id = sqlite3_column_int64 (stmt, 0);
      row->at = dup_or_null (stmt, 1);
      row->staff_id = sqlite3_column_int64 (stmt, 2);
      row->staff_name = dup_or_null (stmt, 3);
      row->table = dup_or_null (stmt, 4);
      row->record_id = sqlite3_column_int64 (stmt, 5);
      row->action = dup_or_null (stmt, 6);
      row->field = dup_or_null (stmt, 7);
      row->old_value = dup_or_null (stmt, 8);
      row->new_value = dup_or_null (stmt, 9);
      row->reason = dup_or_null (stmt, 10);
      row->goal_number = sqlite3_column_int (stmt, 11);
      row->unit = dup_or_null (stmt, 12);
      row->label = dup_or_null (stmt, 13);
      row->old_name = dup_or_null (stmt, 14);
      row->new_name = dup_or_null (stmt, 15);
      row->extra = dup_or_null (stmt, 16);
      g_ptr_array_add (rows, row);

      if (g_strcmp0 (row->action, "insert") == 0)
        g_hash_table_add (created, key_for (row));
    }
  if (rc != SQLITE_DONE)
    {
      caseload_db_set_error (caseload_store_get_db (self), rc,
                             _("Could not read the history"), error);
      return NULL;
    }

  for (guint i = 0; i < rows->len; i++)
    {
      Row *row = g_ptr_array_index (rows, i);
      CaseloadHistoryChange change = { 0, };
      g_autofree char *summary = NULL;
      g_autofree char *handover = NULL;
      g_autoptr(CaseloadHistoryEntry) entry = NULL;

      /* The columns filled in while creating a record are its creation. */
      if (is_filling_new_record (created, row) || is_part_of_handover (rows, row))
        continue;

      /* A case manager handed over in one step: "Case manager: A → B". */
      if (is_stepping_down (row))
        {
          const Row *other = find_partner (rows, row, is_new_case_manager);

          if (other != NULL)
            {
              const char *old_name = assignment_name (rows, row);
              const char *new_name = assignment_name (rows, other);

              /* Translators: the case manager before and after. */
              handover = g_strdup_printf (_("Case manager: %s → %s"),
                                          old_name != NULL ? old_name : _("a former staff member"),
                                          new_name != NULL ? new_name : _("a former staff member"));
            }
        }

      if (handover != NULL)
        {
          summary = g_steal_pointer (&handover);
        }
      else
        {
          change.table = row->table;
          change.action = row->action;
          change.field = row->field;
          change.old_value = row->old_value;
          change.new_value = row->new_value;
          change.reason = row->reason;
          change.goal_number = row->goal_number;
          change.unit = row->unit;
          change.label = row->label;
          change.old_name = row->old_name;
          change.new_name = row->new_name;
          change.extra = row->extra;
          summary = caseload_history_describe (&change);
          if (summary == NULL)
            continue;
        }

      entry = caseload_history_entry_new (row->id, row->at, row->staff_id, row->staff_name,
                                          caseload_history_section_for_table (row->table),
                                          summary, row->reason);
      g_list_store_append (store, entry);
    }

  return G_LIST_MODEL (g_steal_pointer (&store));
}
