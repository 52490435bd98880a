#define G_LOG_DOMAIN "caseload-store-bank"

#include "config.h"

#include "caseload-store-iep.h"
#include "caseload-store-private.h"

#include <string.h>

#include <glib/gi18n-lib.h>

/* ---- the FTS5 query -----------------------------------------------------
 * Each word the person typed becomes an FTS5 string ("word", inner quotes
 * doubled), so nothing they type is FTS5 syntax; the last word is also a
 * prefix ("word"*), so results come while typing. The whole query is bound
 * as a parameter, never written into SQL. */

static gboolean
has_word_character (const char *word)
{
  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

char *
caseload_bank_fts_query (const char *search)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) query = g_string_new (NULL);
  const char *p = search != NULL ? search : "";

  if (!g_utf8_validate (p, -1, NULL))
    return g_strdup ("");

  while (*p != '\0')
    {
      const char *start;

      while (*p != '\0' && g_unichar_isspace (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      start = p;
      while (*p != '\0' && !g_unichar_isspace (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (p > start)
        {
          g_autofree char *word = g_strndup (start, p - start);

          if (has_word_character (word))
            g_ptr_array_add (words, g_steal_pointer (&word));
        }
    }

  for (guint i = 0; i < words->len; i++)
    {
      const char *word = g_ptr_array_index (words, i);

      if (i > 0)
        g_string_append_c (query, ' ');
      g_string_append_c (query, '"');
      for (const char *c = word; *c != '\0'; c++)
        {
          if (*c == '"')
            g_string_append_c (query, '"');
          g_string_append_c (query, *c);
        }
      g_string_append_c (query, '"');
      if (i + 1 == words->len)
        g_string_append_c (query, '*');
    }

  return g_string_free (g_steal_pointer (&query), FALSE);
}

/* ---- searching ------------------------------------------------------------ */

#define GOAL_TEMPLATE_COLS \
  "g.id, g.area, g.text, COALESCE(g.author_id, 0), " \
  "COALESCE(st.first_name || ' ' || st.last_name, ''), g.shared, g.built_in "
#define GOAL_TEMPLATE_VISIBLE \
  "(g.built_in = 1 OR g.shared = 1 OR g.author_id = ?2) AND (?3 IS NULL OR g.area = ?3) "

#define ACCOMMODATION_TEMPLATE_COLS \
  "a.id, a.category, a.description, COALESCE(a.author_id, 0), " \
  "COALESCE(st.first_name || ' ' || st.last_name, ''), a.shared, a.built_in "
#define ACCOMMODATION_TEMPLATE_VISIBLE \
  "(a.built_in = 1 OR a.shared = 1 OR a.author_id = ?2) AND (?3 IS NULL OR a.category = ?3) "

static GListModel *
search_bank (CaseloadStore  *self,
             const char     *search,
             const char     *filter,
             gboolean        goals,
             GError        **error)
{
  sqlite3 *db = caseload_store_get_db (self);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autofree char *query = caseload_bank_fts_query (search);
  gboolean all = *query == '\0';
  const char *sql;
  int rc;

  if (goals)
    sql = all
      ? "SELECT " GOAL_TEMPLATE_COLS "FROM goal_template g "
        "LEFT JOIN staff st ON st.id = g.author_id "
        "WHERE ?1 IS NULL AND " GOAL_TEMPLATE_VISIBLE "ORDER BY g.area, g.text"
      : "SELECT " GOAL_TEMPLATE_COLS "FROM goal_template_fts f "
        "JOIN goal_template g ON g.id = f.rowid "
        "LEFT JOIN staff st ON st.id = g.author_id "
        "WHERE goal_template_fts MATCH ?1 AND " GOAL_TEMPLATE_VISIBLE "ORDER BY f.rank, g.text";
  else
    sql = all
      ? "SELECT " ACCOMMODATION_TEMPLATE_COLS "FROM accommodation_template a "
        "LEFT JOIN staff st ON st.id = a.author_id "
        "WHERE ?1 IS NULL AND " ACCOMMODATION_TEMPLATE_VISIBLE "ORDER BY a.category, a.description"
      : "SELECT " ACCOMMODATION_TEMPLATE_COLS "FROM accommodation_template_fts f "
        "JOIN accommodation_template a ON a.id = f.rowid "
        "LEFT JOIN staff st ON st.id = a.author_id "
        "WHERE accommodation_template_fts MATCH ?1 AND " ACCOMMODATION_TEMPLATE_VISIBLE
        "ORDER BY f.rank, a.description";

  stmt = caseload_db_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;
  if (all)
    sqlite3_bind_null (stmt, 1);
  else
    caseload_db_bind_text (stmt, 1, query);
  caseload_db_bind_id_or_null (stmt, 2, caseload_store_get_actor (self));
  caseload_db_bind_text_or_null (stmt, 3, filter);

  list = g_list_store_new (goals ? CASELOAD_TYPE_GOAL_TEMPLATE : CASELOAD_TYPE_ACCOMMODATION_TEMPLATE);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(GObject) item = NULL;

      item = g_object_new (goals ? CASELOAD_TYPE_GOAL_TEMPLATE : CASELOAD_TYPE_ACCOMMODATION_TEMPLATE,
                           "id", sqlite3_column_int64 (stmt, 0),
                           goals ? "area" : "category", caseload_db_column_text (stmt, 1),
                           goals ? "text" : "description", caseload_db_column_text (stmt, 2),
                           "author-id", sqlite3_column_int64 (stmt, 3),
                           "author-name", caseload_db_column_text (stmt, 4),
                           "shared", sqlite3_column_int (stmt, 5) != 0,
                           "built-in", sqlite3_column_int (stmt, 6) != 0,
                           NULL);
      g_list_store_append (list, item);
    }
  if (rc != SQLITE_DONE)
    {
      caseload_db_set_error (db, rc, _("Could not search the bank"), error);
      return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&list));
}

GListModel *
caseload_store_search_goal_bank (CaseloadStore  *self,
                                 const char     *search,
                                 const char     *area,
                                 GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);

  return search_bank (self, search, area, TRUE, error);
}

GListModel *
caseload_store_search_accommodation_bank (CaseloadStore  *self,
                                          const char     *search,
                                          const char     *category,
                                          GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);

  return search_bank (self, search, category, FALSE, error);
}

/* ---- saving ------------------------------------------------------------------ */

static const char * const accommodation_categories[] = {
  "presentation", "response", "setting", "timing", "other", NULL
};

static gint64
insert_template (CaseloadStore  *self,
                 const char     *sql,
                 const char     *table,
                 const char     *kind,
                 const char     *text,
                 gboolean        shared,
                 GError        **error)
{
  sqlite3 *db = caseload_store_get_db (self);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now = caseload_db_now ();
  gint64 id;
  int rc;

  if (!caseload_db_begin (db, error))
    return 0;

  stmt = caseload_db_prepare (db, sql, error);
  if (stmt == NULL)
    {
      caseload_db_rollback (db);
      return 0;
    }
  caseload_db_bind_text (stmt, 1, kind);
  caseload_db_bind_text (stmt, 2, text);
  caseload_db_bind_id_or_null (stmt, 3, caseload_store_get_actor (self));
  sqlite3_bind_int (stmt, 4, shared ? 1 : 0);
  caseload_db_bind_text (stmt, 5, now);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    {
      if (sqlite3_extended_errcode (db) == SQLITE_CONSTRAINT_UNIQUE)
        g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_EXISTS, _("This text is already in the bank"));
      else
        caseload_db_set_error (db, rc, _("Could not save into the bank"), error);
      caseload_db_rollback (db);
      return 0;
    }
  id = sqlite3_last_insert_rowid (db);

  if (!caseload_store_audit (self, now, table, id, 0, "insert", NULL, NULL, text, NULL, error) ||
      !caseload_db_commit (db, error))
    {
      caseload_db_rollback (db);
      return 0;
    }
  caseload_store_emit_changed (self, table);
  return id;
}

gint64
caseload_store_save_goal_template (CaseloadStore         *self,
                                   CaseloadGoalTemplate  *template,
                                   GError               **error)
{
  g_autofree char *text = NULL;
  gint64 id;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), 0);
  g_return_val_if_fail (CASELOAD_IS_GOAL_TEMPLATE (template), 0);

  if (!g_strv_contains (caseload_goal_areas (), caseload_goal_template_get_area (template)))
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID, _("Area: choose one of the goal areas"));
      return 0;
    }
  text = g_strstrip (g_strdup (caseload_goal_template_get_text (template)));
  if (!caseload_goal_template_check_text (text, error))
    return 0;

  id = insert_template (self,
                        "INSERT INTO goal_template (area, text, author_id, shared, built_in, created_at) "
                        "VALUES (?1, ?2, ?3, ?4, 0, ?5)",
                        "goal_template", caseload_goal_template_get_area (template), text,
                        caseload_goal_template_get_shared (template), error);
  if (id != 0)
    {
      caseload_goal_template_set_id (template, id);
      caseload_goal_template_set_author_id (template, caseload_store_get_actor (self));
    }
  return id;
}

gint64
caseload_store_save_accommodation_template (CaseloadStore                  *self,
                                            CaseloadAccommodationTemplate  *template,
                                            GError                        **error)
{
  g_autofree char *text = NULL;
  gint64 id;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), 0);
  g_return_val_if_fail (CASELOAD_IS_ACCOMMODATION_TEMPLATE (template), 0);

  if (!g_strv_contains (accommodation_categories, caseload_accommodation_template_get_category (template)))
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   _("Category: choose presentation, response, setting, timing or other"));
      return 0;
    }
  text = g_strstrip (g_strdup (caseload_accommodation_template_get_description (template)));
  if (*text == '\0')
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   _("Accommodation: enter the accommodation"));
      return 0;
    }

  id = insert_template (self,
                        "INSERT INTO accommodation_template (category, description, author_id, shared, "
                        "built_in, created_at) VALUES (?1, ?2, ?3, ?4, 0, ?5)",
                        "accommodation_template", caseload_accommodation_template_get_category (template),
                        text, caseload_accommodation_template_get_shared (template), error);
  if (id != 0)
    {
      caseload_accommodation_template_set_id (template, id);
      caseload_accommodation_template_set_author_id (template, caseload_store_get_actor (self));
    }
  return id;
}

/* Replaces every occurrence of @value (when not blank) by @placeholder. */
static void
replace_value (GString    *text,
               const char *value,
               const char *placeholder)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (value != NULL ? value : ""));

  if (*trimmed == '\0')
    return;
  g_string_replace (text, trimmed, placeholder, 0);
}

gint64
caseload_store_save_goal_to_bank (CaseloadStore  *self,
                                  CaseloadGoal   *goal,
                                  gboolean        shared,
                                  GError        **error)
{
  g_autoptr(CaseloadGoalTemplate) template = NULL;
  g_autoptr(GString) text = NULL;
  g_autofree char *behavior = NULL;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), 0);
  g_return_val_if_fail (CASELOAD_IS_GOAL (goal), 0);

  behavior = g_strstrip (g_strdup (caseload_goal_get_behavior (goal)));
  if (*behavior == '\0')
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   _("Behavior: the goal does not say what the student will do"));
      return 0;
    }

  text = g_string_new (behavior);
  replace_value (text, caseload_goal_get_condition (goal), "{condition}");
  replace_value (text, caseload_goal_get_criterion (goal), "{criterion}");
  if (strstr (text->str, "{condition}") == NULL)
    {
      g_string_prepend (text, ", ");
      g_string_prepend (text, _("Given {condition}"));
    }
  if (strstr (text->str, "{baseline}") == NULL || strstr (text->str, "{target}") == NULL)
    {
      g_string_append_c (text, ' ');
      g_string_append (text, _("(from {baseline} to {target} {unit})"));
    }
  else if (strstr (text->str, "{unit}") == NULL)
    {
      g_string_append_c (text, ' ');
      g_string_append (text, _("(in {unit})"));
    }
  if (strstr (text->str, "{criterion}") == NULL)
    {
      g_string_append (text, ", ");
      g_string_append (text, "{criterion}");
    }

  template = caseload_goal_template_new ();
  caseload_goal_template_set_area (template, caseload_goal_get_area (goal));
  caseload_goal_template_set_text (template, text->str);
  caseload_goal_template_set_shared (template, shared);
  return caseload_store_save_goal_template (self, template, error);
}

/* ---- instantiating ------------------------------------------------------------ */

static gboolean
parse_number (const char *text,
              double     *value)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  char *end = NULL;

  if (*trimmed == '\0')
    return FALSE;
  *value = g_ascii_strtod (trimmed, &end);
  return end != NULL && *end == '\0';
}

CaseloadGoal *
caseload_goal_template_instantiate (CaseloadGoalTemplate  *template,
                                    const char            *condition,
                                    const char            *baseline,
                                    const char            *target,
                                    const char            *criterion,
                                    const char            *unit,
                                    GError               **error)
{
  const char * const *names = caseload_goal_template_placeholders ();
  const char *values[5];
  g_autoptr(GPtrArray) trimmed = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) text = NULL;
  g_autoptr(CaseloadGoal) goal = NULL;
  double baseline_value, target_value;

  g_return_val_if_fail (CASELOAD_IS_GOAL_TEMPLATE (template), NULL);

  values[0] = condition;
  values[1] = baseline;
  values[2] = target;
  values[3] = criterion;
  values[4] = unit;

  if (!caseload_goal_template_check_text (caseload_goal_template_get_text (template), error))
    return NULL;

  for (guint i = 0; i < 5; i++)
    {
      g_ptr_array_add (trimmed, g_strstrip (g_strdup (values[i] != NULL ? values[i] : "")));
      if (*(const char *) g_ptr_array_index (trimmed, i) == '\0')
        {
          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                       _("Fill in {%s}: a goal from the bank needs every placeholder"), names[i]);
          return NULL;
        }
    }
  if (!parse_number (g_ptr_array_index (trimmed, 1), &baseline_value))
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   _("{baseline}: enter the baseline as a number"));
      return NULL;
    }
  if (!parse_number (g_ptr_array_index (trimmed, 2), &target_value))
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   _("{target}: enter the target as a number"));
      return NULL;
    }

  text = g_string_new (caseload_goal_template_get_text (template));
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *placeholder = g_strdup_printf ("{%s}", names[i]);

      g_string_replace (text, placeholder, g_ptr_array_index (trimmed, i), 0);
    }

  goal = caseload_goal_new ();
  g_object_freeze_notify (G_OBJECT (goal));
  caseload_goal_set_area (goal, caseload_goal_template_get_area (template));
  caseload_goal_set_condition (goal, g_ptr_array_index (trimmed, 0));
  caseload_goal_set_baseline_value (goal, baseline_value);
  caseload_goal_set_target_value (goal, target_value);
  caseload_goal_set_criterion (goal, g_ptr_array_index (trimmed, 3));
  caseload_goal_set_unit (goal, g_ptr_array_index (trimmed, 4));
  caseload_goal_set_behavior (goal, text->str);
  if (target_value < baseline_value)
    caseload_goal_set_direction (goal, "lower");
  g_object_thaw_notify (G_OBJECT (goal));

  return g_steal_pointer (&goal);
}
