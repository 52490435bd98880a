#define G_LOG_DOMAIN "caseload-store-iep"

#include "config.h"

#include "caseload-store-iep.h"
#include "caseload-store-private.h"
#include "caseload-date.h"
#include "caseload-iep-checker.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

/* ---- field specs -----------------------------------------------------------
 * Each table is described once as (column, property, type); the SQL below
 * lists the same columns in the same order (the *_COLS macros), so one
 * spec drives loading, binding, audit diffs, hashing and comparison. */

typedef enum
{
  F_TEXT,          /* NOT NULL text */
  F_TEXT_OR_NULL,  /* "" stored as NULL (dates, codes) */
  F_INT,           /* NOT NULL integer */
  F_ID,            /* 0 stored as NULL */
  F_BOOL,          /* NOT NULL 0/1 */
  F_BOOL_OR_NULL,  /* has-<property> FALSE stored as NULL */
  F_INT_OR_NULL,   /* has-<property> FALSE stored as NULL */
  F_REAL_OR_NULL,  /* has-<property> FALSE stored as NULL */
} FieldType;

typedef struct
{
  const char *column;
  const char *property;
  FieldType   type;
  const char *section;   /* for comparison; NULL = the list's section */
} FieldSpec;

#define IEP_EDIT_COLS \
  "meeting_date, start_date, end_date, next_review_date, strengths, parent_concerns, " \
  "evaluation_results, academic_needs, functional_needs, disability_impact, assessment, " \
  "alternate_why_not_regular, alternate_why_appropriate, percent_regular_class, " \
  "environment_code, nonparticipation_explanation, transition_education, " \
  "transition_employment, transition_independent_living, transition_assessments, " \
  "transition_services, course_of_study, transition_agencies, rights_transfer_date, " \
  "parent_consent_date, parent_copy_date, parent_copy_method, amendment_summary"
#define IEP_EDIT_PARAMS \
  "?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, " \
  "?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28"

static const FieldSpec iep_fields[] = {
  { "meeting_date", "meeting-date", F_TEXT_OR_NULL, "header" },
  { "start_date", "start-date", F_TEXT_OR_NULL, "header" },
  { "end_date", "end-date", F_TEXT_OR_NULL, "header" },
  { "next_review_date", "next-review-date", F_TEXT_OR_NULL, "header" },
  { "strengths", "strengths", F_TEXT, "present-levels" },
  { "parent_concerns", "parent-concerns", F_TEXT, "present-levels" },
  { "evaluation_results", "evaluation-results", F_TEXT, "present-levels" },
  { "academic_needs", "academic-needs", F_TEXT, "present-levels" },
  { "functional_needs", "functional-needs", F_TEXT, "present-levels" },
  { "disability_impact", "disability-impact", F_TEXT, "present-levels" },
  { "assessment", "assessment", F_TEXT, "assessment" },
  { "alternate_why_not_regular", "alternate-why-not-regular", F_TEXT, "assessment" },
  { "alternate_why_appropriate", "alternate-why-appropriate", F_TEXT, "assessment" },
  { "percent_regular_class", "percent-regular-class", F_REAL_OR_NULL, "placement" },
  { "environment_code", "environment-code", F_TEXT_OR_NULL, "placement" },
  { "nonparticipation_explanation", "nonparticipation-explanation", F_TEXT, "placement" },
  { "transition_education", "transition-education", F_TEXT, "transition" },
  { "transition_employment", "transition-employment", F_TEXT, "transition" },
  { "transition_independent_living", "transition-independent-living", F_TEXT, "transition" },
  { "transition_assessments", "transition-assessments", F_TEXT, "transition" },
  { "transition_services", "transition-services", F_TEXT, "transition" },
  { "course_of_study", "course-of-study", F_TEXT, "transition" },
  { "transition_agencies", "transition-agencies", F_TEXT, "transition" },
  { "rights_transfer_date", "rights-transfer-date", F_TEXT_OR_NULL, "transition" },
  { "parent_consent_date", "parent-consent-date", F_TEXT_OR_NULL, "consent" },
  { "parent_copy_date", "parent-copy-date", F_TEXT_OR_NULL, "consent" },
  { "parent_copy_method", "parent-copy-method", F_TEXT_OR_NULL, "consent" },
  { "amendment_summary", "amendment-summary", F_TEXT, "header" },
};
/* Index of the first parent-copy field: those two are not content. */
#define IEP_PARENT_COPY_DATE 25
#define IEP_PARENT_COPY_METHOD 26

#define IEP_SELECT \
  "SELECT id, student_id, kind, status, COALESCE(amends_iep_id, 0), " \
  "COALESCE(previous_iep_id, 0), COALESCE(meeting_id, 0), COALESCE(finalized_at, ''), " \
  "COALESCE(content_hash, ''), created_at, updated_at, " IEP_EDIT_COLS " FROM iep "
#define IEP_FIRST_EDIT 11

#define GOAL_COLS \
  "area, condition, behavior, criterion, baseline_value, baseline_date, target_value, " \
  "target_date, unit, direction, method, responsible"
static const FieldSpec goal_fields[] = {
  { "area", "area", F_TEXT, NULL },
  { "condition", "condition", F_TEXT, NULL },
  { "behavior", "behavior", F_TEXT, NULL },
  { "criterion", "criterion", F_TEXT, NULL },
  { "baseline_value", "baseline-value", F_REAL_OR_NULL, NULL },
  { "baseline_date", "baseline-date", F_TEXT_OR_NULL, NULL },
  { "target_value", "target-value", F_REAL_OR_NULL, NULL },
  { "target_date", "target-date", F_TEXT_OR_NULL, NULL },
  { "unit", "unit", F_TEXT, NULL },
  { "direction", "direction", F_TEXT, NULL },
  { "method", "method", F_TEXT, NULL },
  { "responsible", "responsible", F_TEXT, NULL },
};
#define GOAL_SELECT \
  "SELECT id, iep_id, position, COALESCE(carried_from_goal_id, 0), " GOAL_COLS " FROM goal "
#define GOAL_FIRST 4

#define OBJECTIVE_COLS "description, target_date"
static const FieldSpec objective_fields[] = {
  { "description", "description", F_TEXT, NULL },
  { "target_date", "target-date", F_TEXT_OR_NULL, NULL },
};

#define SERVICE_COLS \
  "category, name, provider_role, provider_staff_id, minutes_per_session, sessions, per, " \
  "location, start_date, end_date"
static const FieldSpec service_fields[] = {
  { "category", "category", F_TEXT, NULL },
  { "name", "name", F_TEXT, NULL },
  { "provider_role", "provider-role", F_TEXT, NULL },
  { "provider_staff_id", "provider-staff-id", F_ID, NULL },
  { "minutes_per_session", "minutes-per-session", F_INT_OR_NULL, NULL },
  { "sessions", "sessions", F_INT_OR_NULL, NULL },
  { "per", "per", F_TEXT, NULL },
  { "location", "location", F_TEXT, NULL },
  { "start_date", "start-date", F_TEXT_OR_NULL, NULL },
  { "end_date", "end-date", F_TEXT_OR_NULL, NULL },
};

#define ACCOMMODATION_COLS \
  "kind, category, description, applies_classroom, applies_tests, frequency"
static const FieldSpec accommodation_fields[] = {
  { "kind", "kind", F_TEXT, NULL },
  { "category", "category", F_TEXT, NULL },
  { "description", "description", F_TEXT, NULL },
  { "applies_classroom", "applies-classroom", F_BOOL, NULL },
  { "applies_tests", "applies-tests", F_BOOL, NULL },
  { "frequency", "frequency", F_TEXT, NULL },
};

static const FieldSpec factor_fields[] = {
  { "considered", "considered", F_BOOL, NULL },
  { "applies", "applies", F_BOOL, NULL },
  { "notes", "notes", F_TEXT, NULL },
};

#define ATTENDEE_COLS \
  "staff_id, guardian_id, is_student, name, role, required, attended, excused, " \
  "excusal_agreement_date, excusal_input_date"
static const FieldSpec attendee_fields[] = {
  { "staff_id", "staff-id", F_ID, NULL },
  { "guardian_id", "guardian-id", F_ID, NULL },
  { "is_student", "is-student", F_BOOL, NULL },
  { "name", "name", F_TEXT, NULL },
  { "role", "role", F_TEXT, NULL },
  { "required", "required", F_BOOL, NULL },
  { "attended", "attended", F_BOOL_OR_NULL, NULL },
  { "excused", "excused", F_BOOL, NULL },
  { "excusal_agreement_date", "excusal-agreement-date", F_TEXT_OR_NULL, NULL },
  { "excusal_input_date", "excusal-input-date", F_TEXT_OR_NULL, NULL },
};

/* Text of a number as stored and compared: shortest round-trip-ish form. */
static char *
format_real (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (buffer, sizeof buffer, "%.15g", value);
  return g_strdup (buffer);
}

static gboolean
has_flag (GObject    *object,
          const char *property)
{
  g_autofree char *has = g_strconcat ("has-", property, NULL);
  gboolean value = FALSE;

  g_object_get (object, has, &value, NULL);
  return value;
}

static void
unset_flag (GObject    *object,
            const char *property)
{
  g_autofree char *has = g_strconcat ("has-", property, NULL);

  g_object_set (object, has, FALSE, NULL);
}

/* The value of one field as text; NULL means SQL NULL. */
static char *
spec_value (GObject         *object,
            const FieldSpec *spec)
{
  switch (spec->type)
    {
    case F_TEXT:
    case F_TEXT_OR_NULL:
      {
        g_autofree char *text = NULL;

        g_object_get (object, spec->property, &text, NULL);
        if (text == NULL)
          text = g_strdup ("");
        if (spec->type == F_TEXT_OR_NULL && *text == '\0')
          return NULL;
        return g_steal_pointer (&text);
      }

    case F_INT:
      {
        int value = 0;

        g_object_get (object, spec->property, &value, NULL);
        return g_strdup_printf ("%d", value);
      }

    case F_ID:
      {
        gint64 value = 0;

        g_object_get (object, spec->property, &value, NULL);
        return value > 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, value) : NULL;
      }

    case F_BOOL:
    case F_BOOL_OR_NULL:
      {
        gboolean value = FALSE;

        if (spec->type == F_BOOL_OR_NULL && !has_flag (object, spec->property))
          return NULL;
        g_object_get (object, spec->property, &value, NULL);
        return g_strdup (value ? "1" : "0");
      }

    case F_INT_OR_NULL:
      {
        int value = 0;

        if (!has_flag (object, spec->property))
          return NULL;
        g_object_get (object, spec->property, &value, NULL);
        return g_strdup_printf ("%d", value);
      }

    case F_REAL_OR_NULL:
      {
        double value = 0.0;

        if (!has_flag (object, spec->property))
          return NULL;
        g_object_get (object, spec->property, &value, NULL);
        return format_real (value);
      }

    default:
      g_assert_not_reached ();
    }
}

static void
spec_bind (sqlite3_stmt    *stmt,
           int              index,
           const FieldSpec *spec,
           const char      *value)
{
  if (value == NULL)
    {
      sqlite3_bind_null (stmt, index);
      return;
    }

  switch (spec->type)
    {
    case F_TEXT:
    case F_TEXT_OR_NULL:
      sqlite3_bind_text (stmt, index, value, -1, SQLITE_TRANSIENT);
      break;

    case F_REAL_OR_NULL:
      sqlite3_bind_double (stmt, index, g_ascii_strtod (value, NULL));
      break;

    default:
      sqlite3_bind_int64 (stmt, index, g_ascii_strtoll (value, NULL, 10));
      break;
    }
}

/* Sets the field on @object from @column of @stmt. */
static void
spec_set_from_column (GObject         *object,
                      const FieldSpec *spec,
                      sqlite3_stmt    *stmt,
                      int              column)
{
  gboolean is_null = sqlite3_column_type (stmt, column) == SQLITE_NULL;

  switch (spec->type)
    {
    case F_TEXT:
    case F_TEXT_OR_NULL:
      g_object_set (object, spec->property, caseload_db_column_text (stmt, column), NULL);
      break;

    case F_INT:
      g_object_set (object, spec->property, sqlite3_column_int (stmt, column), NULL);
      break;

    case F_ID:
      g_object_set (object, spec->property, sqlite3_column_int64 (stmt, column), NULL);
      break;

    case F_BOOL:
      g_object_set (object, spec->property, sqlite3_column_int (stmt, column) != 0, NULL);
      break;

    case F_BOOL_OR_NULL:
      if (is_null)
        unset_flag (object, spec->property);
      else
        g_object_set (object, spec->property, sqlite3_column_int (stmt, column) != 0, NULL);
      break;

    case F_INT_OR_NULL:
      if (is_null)
        unset_flag (object, spec->property);
      else
        g_object_set (object, spec->property, sqlite3_column_int (stmt, column), NULL);
      break;

    case F_REAL_OR_NULL:
      if (is_null)
        unset_flag (object, spec->property);
      else
        g_object_set (object, spec->property, sqlite3_column_double (stmt, column), NULL);
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
specs_set_from_row (GObject         *object,
                    const FieldSpec *specs,
                    guint            n_specs,
                    sqlite3_stmt    *stmt,
                    int              first)
{
  g_object_freeze_notify (object);
  for (guint i = 0; i < n_specs; i++)
    spec_set_from_column (object, &specs[i], stmt, first + (int) i);
  g_object_thaw_notify (object);
}

/* Values of every field, as a NULL-padded array of @n_specs strings. */
static char **
specs_values (GObject         *object,
              const FieldSpec *specs,
              guint            n_specs)
{
  char **values = g_new0 (char *, n_specs + 1);

  for (guint i = 0; i < n_specs; i++)
    values[i] = spec_value (object, &specs[i]);
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
specs_bind (sqlite3_stmt    *stmt,
            int              first,
            const FieldSpec *specs,
            guint            n_specs,
            char           **values)
{
  for (guint i = 0; i < n_specs; i++)
    spec_bind (stmt, first + (int) i, &specs[i], values[i]);
}

static char **
row_values (sqlite3_stmt *stmt,
            int           first,
            guint         n)
{
  char **values = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    {
      int column = first + (int) i;

      if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
        values[i] = NULL;
      else if (sqlite3_column_type (stmt, column) == SQLITE_FLOAT)
        values[i] = format_real (sqlite3_column_double (stmt, column));
      else
        values[i] = g_strdup ((const char *) sqlite3_column_text (stmt, column));
    }
  return values;
}

static const char **
spec_columns (const FieldSpec *specs,
              guint            n)
{
  const char **names = g_new0 (const char *, n + 1);

  for (guint i = 0; i < n; i++)
    names[i] = specs[i].column;
  return names;
}

/* ---- small helpers ----------------------------------------------------- */

static gboolean
set_invalid (GError     **error,
             const char **field_out,
             const char  *field,
             const char  *message)
{
  if (field_out != NULL)
    *field_out = field;
  g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
is_valid_date_or_empty (const char *text)
{
  GDate date;

  if (text == NULL || *text == '\0')
    return TRUE;
  return caseload_date_parse_iso (text, &date);
}

static gboolean
in_list (const char         *value,
         const char * const *list)
{
  return value != NULL && g_strv_contains (list, value);
}


/* Runs a one-row, one-integer query with one id parameter. */
static gboolean
query_id (CaseloadStore  *self,
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
  if (rc == SQLITE_DONE)
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND, missing);
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return caseload_db_set_error (db, rc, _("Could not read the database"), error);
  *out = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

typedef struct
{
  gint64  id;
  gint64  student_id;
  char   *status;
  char   *kind;
  gint64  meeting_id;
  gint64  amends_iep_id;
  char   *content_hash;
} IepState;

static void
iep_state_clear (IepState *state)
{
  g_clear_pointer (&state->status, g_free);
  g_clear_pointer (&state->kind, g_free);
  g_clear_pointer (&state->content_hash, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (IepState, iep_state_clear)

static gboolean
load_state (CaseloadStore  *self,
            gint64          iep_id,
            IepState       *state,
            GError        **error)
{
  sqlite3 *db = caseload_store_get_db (self);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = caseload_db_prepare (db,
                              "SELECT student_id, status, kind, COALESCE(meeting_id, 0), "
                              "COALESCE(amends_iep_id, 0), content_hash FROM iep WHERE id = ?1",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, iep_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                   _("There is no IEP with the number %lld"), (long long) iep_id);
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return caseload_db_set_error (db, rc, _("Could not read the IEP"), error);

  state->id = iep_id;
  state->student_id = sqlite3_column_int64 (stmt, 0);
  state->status = g_strdup (caseload_db_column_text (stmt, 1));
  state->kind = g_strdup (caseload_db_column_text (stmt, 2));
  state->meeting_id = sqlite3_column_int64 (stmt, 3);
  state->amends_iep_id = sqlite3_column_int64 (stmt, 4);
  state->content_hash = sqlite3_column_type (stmt, 5) == SQLITE_NULL
    ? NULL : g_strdup (caseload_db_column_text (stmt, 5));
  return TRUE;
}

/* Loads the IEP's state and refuses anything but a draft. */
static gboolean
require_draft (CaseloadStore  *self,
               gint64          iep_id,
               IepState       *state,
               GError        **error)
{
  if (!load_state (self, iep_id, state, error))
    return FALSE;
  if (!g_str_equal (state->status, "draft"))
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_LOCKED,
                   _("This IEP is %s: its content can no longer be changed (only a correction can fix a typo)"),
                   caseload_iep_status_to_label (state->status));
      return FALSE;
    }
  return TRUE;
}

static gboolean
touch_iep (CaseloadStore  *self,
           gint64          iep_id,
           const char     *now,
           GError        **error)
{
  sqlite3 *db = caseload_store_get_db (self);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = caseload_db_prepare (db, "UPDATE iep SET updated_at = ?1 WHERE id = ?2", error);
  if (stmt == NULL)
    return FALSE;
  caseload_db_bind_text (stmt, 1, now);
  sqlite3_bind_int64 (stmt, 2, iep_id);
  return caseload_db_step_done (db, stmt, _("Could not save the IEP"), error);
}

static char *
id_text (gint64 id)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, id);
}

/* ---- loading ------------------------------------------------------------ */

static CaseloadIep *
iep_from_row (sqlite3_stmt *stmt)
{
  CaseloadIep *iep = caseload_iep_new ();

  g_object_freeze_notify (G_OBJECT (iep));
  caseload_iep_set_id (iep, sqlite3_column_int64 (stmt, 0));
  caseload_iep_set_student_id (iep, sqlite3_column_int64 (stmt, 1));
  caseload_iep_set_kind (iep, caseload_db_column_text (stmt, 2));
  caseload_iep_set_status (iep, caseload_db_column_text (stmt, 3));
  caseload_iep_set_amends_iep_id (iep, sqlite3_column_int64 (stmt, 4));
  caseload_iep_set_previous_iep_id (iep, sqlite3_column_int64 (stmt, 5));
  caseload_iep_set_meeting_id (iep, sqlite3_column_int64 (stmt, 6));
  caseload_iep_set_finalized_at (iep, caseload_db_column_text (stmt, 7));
  caseload_iep_set_content_hash (iep, caseload_db_column_text (stmt, 8));
  caseload_iep_set_created_at (iep, caseload_db_column_text (stmt, 9));
  caseload_iep_set_updated_at (iep, caseload_db_column_text (stmt, 10));
  specs_set_from_row (G_OBJECT (iep), iep_fields, G_N_ELEMENTS (iep_fields), stmt, IEP_FIRST_EDIT);
  g_object_thaw_notify (G_OBJECT (iep));

  return iep;
}

GListModel *
caseload_store_list_ieps (CaseloadStore  *self,
                          gint64          student_id,
                          GError        **error)
{
  sqlite3 *db;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GListStore) list = NULL;
  int rc;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);

  db = caseload_store_get_db (self);
  stmt = caseload_db_prepare (db, IEP_SELECT "WHERE student_id = ?1 ORDER BY created_at DESC, id DESC", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, student_id);

  list = g_list_store_new (CASELOAD_TYPE_IEP);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CaseloadIep) iep = iep_from_row (stmt);

      g_list_store_append (list, iep);
    }
  if (rc != SQLITE_DONE)
    {
      caseload_db_set_error (db, rc, _("Could not list the IEPs"), error);
      return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&list));
}

static gboolean
load_children (CaseloadStore  *self,
               CaseloadIep    *iep,
               GError        **error)
{
  sqlite3 *db = caseload_store_get_db (self);
  gint64 iep_id = caseload_iep_get_id (iep);
  g_autoptr(GPtrArray) periods = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *factors = caseload_iep_get_special_factors (iep);
  const char * const *keys = caseload_special_factor_keys ();
  int rc;

  g_ptr_array_set_size (caseload_iep_get_goals (iep), 0);
  g_ptr_array_set_size (caseload_iep_get_services (iep), 0);
  g_ptr_array_set_size (caseload_iep_get_accommodations (iep), 0);
  g_ptr_array_set_size (factors, 0);

  /* goals */
  {
    g_autoptr(sqlite3_stmt) stmt = caseload_db_prepare (db, GOAL_SELECT "WHERE iep_id = ?1 ORDER BY position, id", error);

    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, iep_id);
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        CaseloadGoal *goal = caseload_goal_new ();

        caseload_goal_set_id (goal, sqlite3_column_int64 (stmt, 0));
        caseload_goal_set_iep_id (goal, sqlite3_column_int64 (stmt, 1));
        caseload_goal_set_position (goal, sqlite3_column_int (stmt, 2));
        caseload_goal_set_carried_from_goal_id (goal, sqlite3_column_int64 (stmt, 3));
        specs_set_from_row (G_OBJECT (goal), goal_fields, G_N_ELEMENTS (goal_fields), stmt, GOAL_FIRST);
        g_ptr_array_add (caseload_iep_get_goals (iep), goal);
      }
    if (rc != SQLITE_DONE)
      return caseload_db_set_error (db, rc, _("Could not read the goals"), error);
  }

  /* objectives, all in one query */
  {
    g_autoptr(sqlite3_stmt) stmt = NULL;
    GPtrArray *goals = caseload_iep_get_goals (iep);

    stmt = caseload_db_prepare (db,
                                "SELECT o.id, o.goal_id, o.position, o.description, o.target_date "
                                "FROM objective o JOIN goal g ON g.id = o.goal_id "
                                "WHERE g.iep_id = ?1 ORDER BY o.goal_id, o.position, o.id",
                                error);
    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, iep_id);
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        gint64 goal_id = sqlite3_column_int64 (stmt, 1);

        for (guint i = 0; i < goals->len; i++)
          {
            CaseloadGoal *goal = g_ptr_array_index (goals, i);

            if (caseload_goal_get_id (goal) == goal_id)
              {
                CaseloadObjective *objective = caseload_objective_new ();

                caseload_objective_set_id (objective, sqlite3_column_int64 (stmt, 0));
                caseload_objective_set_goal_id (objective, goal_id);
                caseload_objective_set_position (objective, sqlite3_column_int (stmt, 2));
                specs_set_from_row (G_OBJECT (objective), objective_fields,
                                    G_N_ELEMENTS (objective_fields), stmt, 3);
                g_ptr_array_add (caseload_goal_get_objectives (goal), objective);
                break;
              }
          }
      }
    if (rc != SQLITE_DONE)
      return caseload_db_set_error (db, rc, _("Could not read the objectives"), error);
  }

  /* services */
  {
    g_autoptr(sqlite3_stmt) stmt = NULL;

    stmt = caseload_db_prepare (db,
                                "SELECT sv.id, sv.position, COALESCE(st.first_name || ' ' || st.last_name, ''), "
                                SERVICE_COLS " FROM service sv "
                                "LEFT JOIN staff st ON st.id = sv.provider_staff_id "
                                "WHERE sv.iep_id = ?1 ORDER BY sv.position, sv.id",
                                error);
    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, iep_id);
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        CaseloadService *service = caseload_service_new ();

        caseload_service_set_id (service, sqlite3_column_int64 (stmt, 0));
        caseload_service_set_iep_id (service, iep_id);
        caseload_service_set_position (service, sqlite3_column_int (stmt, 1));
        caseload_service_set_provider_name (service, caseload_db_column_text (stmt, 2));
        specs_set_from_row (G_OBJECT (service), service_fields, G_N_ELEMENTS (service_fields), stmt, 3);
        g_ptr_array_add (caseload_iep_get_services (iep), service);
      }
    if (rc != SQLITE_DONE)
      return caseload_db_set_error (db, rc, _("Could not read the services"), error);
  }

  /* accommodations */
  {
    g_autoptr(sqlite3_stmt) stmt = NULL;

    stmt = caseload_db_prepare (db,
                                "SELECT id, position, " ACCOMMODATION_COLS " FROM accommodation "
                                "WHERE iep_id = ?1 ORDER BY position, id",
                                error);
    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, iep_id);
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        CaseloadAccommodation *accommodation = caseload_accommodation_new ();

        caseload_accommodation_set_id (accommodation, sqlite3_column_int64 (stmt, 0));
        caseload_accommodation_set_iep_id (accommodation, iep_id);
        caseload_accommodation_set_position (accommodation, sqlite3_column_int (stmt, 1));
        specs_set_from_row (G_OBJECT (accommodation), accommodation_fields,
                            G_N_ELEMENTS (accommodation_fields), stmt, 2);
        g_ptr_array_add (caseload_iep_get_accommodations (iep), accommodation);
      }
    if (rc != SQLITE_DONE)
      return caseload_db_set_error (db, rc, _("Could not read the accommodations"), error);
  }

  /* special factors: always the five, in their display order */
  for (guint k = 0; keys[k] != NULL; k++)
    {
      CaseloadSpecialFactor *factor = caseload_special_factor_new ();

      caseload_special_factor_set_iep_id (factor, iep_id);
      caseload_special_factor_set_factor (factor, keys[k]);
      g_ptr_array_add (factors, factor);
    }
  {
    g_autoptr(sqlite3_stmt) stmt = NULL;

    stmt = caseload_db_prepare (db,
                                "SELECT id, factor, considered, applies, notes FROM special_factor "
                                "WHERE iep_id = ?1",
                                error);
    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, iep_id);
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        const char *key = caseload_db_column_text (stmt, 1);

        for (guint i = 0; i < factors->len; i++)
          {
            CaseloadSpecialFactor *factor = g_ptr_array_index (factors, i);

            if (g_str_equal (caseload_special_factor_get_factor (factor), key))
              {
                caseload_special_factor_set_id (factor, sqlite3_column_int64 (stmt, 0));
                specs_set_from_row (G_OBJECT (factor), factor_fields,
                                    G_N_ELEMENTS (factor_fields), stmt, 2);
              }
          }
      }
    if (rc != SQLITE_DONE)
      return caseload_db_set_error (db, rc, _("Could not read the special factors"), error);
  }

  /* reporting periods */
  {
    g_autoptr(sqlite3_stmt) stmt = NULL;

    stmt = caseload_db_prepare (db,
                                "SELECT end_date FROM iep_reporting_period WHERE iep_id = ?1 ORDER BY number",
                                error);
    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, iep_id);
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      g_ptr_array_add (periods, g_strdup (caseload_db_column_text (stmt, 0)));
    if (rc != SQLITE_DONE)
      return caseload_db_set_error (db, rc, _("Could not read the reporting periods"), error);
    g_ptr_array_add (periods, NULL);
    caseload_iep_set_reporting_periods (iep, (const char * const *) periods->pdata);
  }

  return TRUE;
}

CaseloadIep *
caseload_store_get_iep (CaseloadStore  *self,
                        gint64          iep_id,
                        GError        **error)
{
  sqlite3 *db;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(CaseloadIep) iep = NULL;
  int rc;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);

  db = caseload_store_get_db (self);
  stmt = caseload_db_prepare (db, IEP_SELECT "WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, iep_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                   _("There is no IEP with the number %lld"), (long long) iep_id);
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      caseload_db_set_error (db, rc, _("Could not read the IEP"), error);
      return NULL;
    }
  iep = iep_from_row (stmt);
  g_clear_pointer (&stmt, caseload_db_release);

  if (!load_children (self, iep, error))
    return NULL;

  return g_steal_pointer (&iep);
}

CaseloadIep *
caseload_store_get_current_iep (CaseloadStore  *self,
                                gint64          student_id,
                                GError        **error)
{
  gint64 iep_id = 0;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);

  if (!query_id (self,
                 "SELECT id FROM iep WHERE student_id = ?1 AND status IN ('draft', 'finalized') "
                 "ORDER BY status = 'draft' DESC, start_date DESC, id DESC LIMIT 1",
                 student_id, &iep_id, _("This student has no IEP"), error))
    return NULL;

  return caseload_store_get_iep (self, iep_id, error);
}

/* ---- validation ---------------------------------------------------------- */

static const char * const iep_kinds[] = { "initial", "annual", "amendment", "interim", NULL };
static const char * const assessments[] = { "regular", "accommodated", "alternate", NULL };
static const char * const copy_methods[] = { "in-person", "mail", "email", NULL };
static const char * const directions[] = { "higher", "lower", NULL };
static const char * const service_categories[] = {
  "special-education", "related-service", "supplementary-aid", "program-modification",
  "personnel-support", NULL
};
static const char * const service_pers[] = { "week", "month", NULL };
static const char * const accommodation_kinds[] = { "accommodation", "modification", NULL };
static const char * const accommodation_categories[] = {
  "presentation", "response", "setting", "timing", "other", NULL
};

gboolean
caseload_store_validate_iep (CaseloadIep  *iep,
                             const char  **field,
                             GError      **error)
{
  static const struct { const char *property; const char *label; } dates[] = {
    { "meeting-date", N_("Meeting date") },
    { "start-date", N_("Start date") },
    { "end-date", N_("End date") },
    { "next-review-date", N_("Next review") },
    { "rights-transfer-date", N_("Rights-transfer statement date") },
    { "parent-consent-date", N_("Parent consent date") },
    { "parent-copy-date", N_("Date the parent received the copy") },
  };
  GDate start, end;

  g_return_val_if_fail (CASELOAD_IS_IEP (iep), FALSE);

  if (!in_list (caseload_iep_get_kind (iep), iep_kinds))
    return set_invalid (error, field, "kind", _("Type: choose initial, annual, amendment or interim"));
  if (!in_list (caseload_iep_get_assessment (iep), assessments))
    return set_invalid (error, field, "assessment",
                        _("Assessment participation: choose regular, with accommodations or alternate"));
  if (*caseload_iep_get_parent_copy_method (iep) != '\0' &&
      !in_list (caseload_iep_get_parent_copy_method (iep), copy_methods))
    return set_invalid (error, field, "parent-copy-method",
                        _("Copy to parents: choose in person, mail or e-mail"));

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *value = NULL;

      g_object_get (iep, dates[i].property, &value, NULL);
      if (!is_valid_date_or_empty (value))
        {
          g_autofree char *message = g_strdup_printf (_("%s: \u201c%s\u201d is not a date (YYYY-MM-DD)"),
                                                      _(dates[i].label), value);
          return set_invalid (error, field, dates[i].property, message);
        }
    }

  if (caseload_date_parse_iso (caseload_iep_get_start_date (iep), &start) &&
      caseload_date_parse_iso (caseload_iep_get_end_date (iep), &end) &&
      g_date_compare (&end, &start) <= 0)
    return set_invalid (error, field, "end-date", _("End date: the IEP must end after it starts"));

  if (caseload_iep_get_has_percent_regular_class (iep))
    {
      double percent = caseload_iep_get_percent_regular_class (iep);

      if (!(percent >= 0.0 && percent <= 100.0))
        return set_invalid (error, field, "percent-regular-class",
                            _("Percent of the day in the regular class: enter a number from 0 to 100"));
    }

  return TRUE;
}

gboolean
caseload_store_validate_goal (CaseloadGoal  *goal,
                              const char   **field,
                              GError       **error)
{
  GDate baseline_date, target_date;

  g_return_val_if_fail (CASELOAD_IS_GOAL (goal), FALSE);

  if (!in_list (caseload_goal_get_area (goal), caseload_goal_areas ()))
    return set_invalid (error, field, "area", _("Area: choose one of the goal areas"));
  if (!in_list (caseload_goal_get_direction (goal), directions))
    return set_invalid (error, field, "direction",
                        _("Direction: choose whether higher or lower is better"));
  if (!is_valid_date_or_empty (caseload_goal_get_baseline_date (goal)))
    return set_invalid (error, field, "baseline-date", _("Baseline date: enter a date (YYYY-MM-DD)"));
  if (!is_valid_date_or_empty (caseload_goal_get_target_date (goal)))
    return set_invalid (error, field, "target-date", _("Target date: enter a date (YYYY-MM-DD)"));

  if (caseload_goal_get_has_baseline_value (goal) && caseload_goal_get_has_target_value (goal))
    {
      double baseline = caseload_goal_get_baseline_value (goal);
      double target = caseload_goal_get_target_value (goal);

      if (baseline == target)
        return set_invalid (error, field, "target-value",
                            _("Target: the target equals the baseline, so the goal asks for no progress"));
      if (g_str_equal (caseload_goal_get_direction (goal), "higher") && target < baseline)
        return set_invalid (error, field, "target-value",
                            _("Target: higher is better for this goal, so the target must be above the baseline"));
      if (g_str_equal (caseload_goal_get_direction (goal), "lower") && target > baseline)
        return set_invalid (error, field, "target-value",
                            _("Target: lower is better for this goal, so the target must be below the baseline"));
    }

  if (caseload_date_parse_iso (caseload_goal_get_baseline_date (goal), &baseline_date) &&
      caseload_date_parse_iso (caseload_goal_get_target_date (goal), &target_date) &&
      g_date_compare (&target_date, &baseline_date) < 0)
    return set_invalid (error, field, "target-date",
                        _("Target date: the target date is before the baseline date"));

  return TRUE;
}

gboolean
caseload_store_validate_service (CaseloadService  *service,
                                 const char      **field,
                                 GError          **error)
{
  GDate start, end;
  g_autofree char *name = NULL;

  g_return_val_if_fail (CASELOAD_IS_SERVICE (service), FALSE);

  name = g_strstrip (g_strdup (caseload_service_get_name (service)));
  if (*name == '\0')
    return set_invalid (error, field, "name", _("Service: enter the name of the service"));
  if (!in_list (caseload_service_get_category (service), service_categories))
    return set_invalid (error, field, "category", _("Category: choose a service category"));
  if (!in_list (caseload_service_get_per (service), service_pers))
    return set_invalid (error, field, "per", _("Frequency: choose per week or per month"));
  if (caseload_service_get_has_minutes_per_session (service) &&
      caseload_service_get_minutes_per_session (service) <= 0)
    return set_invalid (error, field, "minutes-per-session",
                        _("Minutes per session: enter a number of minutes above 0"));
  if (caseload_service_get_has_sessions (service) &&
      caseload_service_get_sessions (service) <= 0)
    return set_invalid (error, field, "sessions",
                        _("Sessions: enter a number of sessions above 0"));
  if (!is_valid_date_or_empty (caseload_service_get_start_date (service)))
    return set_invalid (error, field, "start-date", _("Start date: enter a date (YYYY-MM-DD)"));
  if (!is_valid_date_or_empty (caseload_service_get_end_date (service)))
    return set_invalid (error, field, "end-date", _("End date: enter a date (YYYY-MM-DD)"));
  if (caseload_date_parse_iso (caseload_service_get_start_date (service), &start) &&
      caseload_date_parse_iso (caseload_service_get_end_date (service), &end) &&
      g_date_compare (&end, &start) < 0)
    return set_invalid (error, field, "end-date", _("End date: the service ends before it starts"));

  return TRUE;
}

static gboolean
validate_objective (CaseloadObjective  *objective,
                    GError            **error)
{
  g_autofree char *text = g_strstrip (g_strdup (caseload_objective_get_description (objective)));

  if (*text == '\0')
    return set_invalid (error, NULL, "description", _("Objective: enter the objective"));
  if (!is_valid_date_or_empty (caseload_objective_get_target_date (objective)))
    return set_invalid (error, NULL, "target-date", _("Objective target date: enter a date (YYYY-MM-DD)"));
  return TRUE;
}

static gboolean
validate_accommodation (CaseloadAccommodation  *accommodation,
                        GError                **error)
{
  g_autofree char *text = g_strstrip (g_strdup (caseload_accommodation_get_description (accommodation)));

  if (*text == '\0')
    return set_invalid (error, NULL, "description", _("Accommodation: enter the accommodation"));
  if (!in_list (caseload_accommodation_get_kind (accommodation), accommodation_kinds))
    return set_invalid (error, NULL, "kind", _("Kind: choose accommodation or modification"));
  if (!in_list (caseload_accommodation_get_category (accommodation), accommodation_categories))
    return set_invalid (error, NULL, "category",
                        _("Category: choose presentation, response, setting, timing or other"));
  return TRUE;
}

/* ---- drafts ---------------------------------------------------------------- */

static gboolean
insert_factors (CaseloadStore  *self,
                gint64          iep_id,
                GPtrArray      *copy_from,
                GError        **error)
{
  sqlite3 *db = caseload_store_get_db (self);
  const char * const *keys = caseload_special_factor_keys ();
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = caseload_db_prepare (db,
                              "INSERT INTO special_factor (iep_id, factor, considered, applies, notes) "
                              "VALUES (?1, ?2, ?3, ?4, ?5)",
                              error);
  if (stmt == NULL)
    return FALSE;

  for (guint k = 0; keys[k] != NULL; k++)
    {
      CaseloadSpecialFactor *from = NULL;

      for (guint i = 0; copy_from != NULL && i < copy_from->len; i++)
        if (g_str_equal (caseload_special_factor_get_factor (g_ptr_array_index (copy_from, i)), keys[k]))
          from = g_ptr_array_index (copy_from, i);

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, iep_id);
      caseload_db_bind_text (stmt, 2, keys[k]);
      sqlite3_bind_int (stmt, 3, from != NULL && caseload_special_factor_get_considered (from));
      sqlite3_bind_int (stmt, 4, from != NULL && caseload_special_factor_get_applies (from));
      caseload_db_bind_text (stmt, 5, from != NULL ? caseload_special_factor_get_notes (from) : "");
      if (!caseload_db_step_done (db, stmt, _("Could not save the special factors"), error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
insert_periods (CaseloadStore       *self,
                gint64               iep_id,
                const char * const  *end_dates,
                GError             **error)
{
  sqlite3 *db = caseload_store_get_db (self);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = caseload_db_prepare (db,
                              "INSERT INTO iep_reporting_period (iep_id, number, end_date) VALUES (?1, ?2, ?3)",
                              error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; end_dates != NULL && end_dates[i] != NULL; i++)
    {
      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, iep_id);
      sqlite3_bind_int (stmt, 2, (int) i + 1);
      caseload_db_bind_text (stmt, 3, end_dates[i]);
      if (!caseload_db_step_done (db, stmt, _("Could not save the reporting periods"), error))
        return FALSE;
    }
  return TRUE;
}

/* The reporting periods of the school year in progress (or next) at the
 * student's school. */
static char **
school_periods (CaseloadStore  *self,
                gint64          student_id,
                GError        **error)
{
  sqlite3 *db = caseload_store_get_db (self);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) dates = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *today = NULL;
  GDate date;
  int rc;

  caseload_date_set_today (&date);
  today = caseload_date_to_iso (&date);

  stmt = caseload_db_prepare (db,
                              "SELECT rp.end_date FROM reporting_period rp "
                              "WHERE rp.school_year_id = (SELECT sy.id FROM school_year sy "
                              "  JOIN student s ON s.school_id = sy.school_id "
                              "  WHERE s.id = ?1 AND sy.end_date >= ?2 "
                              "  ORDER BY sy.start_date LIMIT 1) "
                              "ORDER BY rp.number",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, student_id);
  caseload_db_bind_text (stmt, 2, today);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (dates, g_strdup (caseload_db_column_text (stmt, 0)));
  if (rc != SQLITE_DONE)
    {
      caseload_db_set_error (db, rc, _("Could not read the reporting periods"), error);
      return NULL;
    }
  g_ptr_array_add (dates, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&dates), FALSE);
}

static gboolean
check_no_draft (CaseloadStore  *self,
                gint64          student_id,
                GError        **error)
{
  gint64 draft = 0;
  g_autoptr(GError) local_error = NULL;

  if (query_id (self, "SELECT id FROM iep WHERE student_id = ?1 AND status = 'draft' LIMIT 1",
                student_id, &draft, "", &local_error))
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_EXISTS,
                   _("This student already has a draft IEP; finish or delete it first"));
      return FALSE;
    }
  if (!g_error_matches (local_error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

/* Inserts an iep row from @source's sections (or empty ones when NULL). */
static gint64
insert_iep (CaseloadStore  *self,
            gint64          student_id,
            const char     *kind,
            gint64          amends_iep_id,
            gint64          previous_iep_id,
            CaseloadIep    *source,
            const char     *now,
            GError        **error)
{
  sqlite3 *db = caseload_store_get_db (self);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(CaseloadIep) empty = NULL;
  char **values;
  gint64 id;
  g_autofree char *note = NULL;

  if (source == NULL)
    source = empty = caseload_iep_new ();

  stmt = caseload_db_prepare (db,
                              "INSERT INTO iep (" IEP_EDIT_COLS ", student_id, kind, status, "
                              "amends_iep_id, previous_iep_id, created_at, updated_at) VALUES ("
                              IEP_EDIT_PARAMS ", ?29, ?30, 'draft', ?31, ?32, ?33, ?33)",
                              error);
  if (stmt == NULL)
    return 0;

  values = specs_values (G_OBJECT (source), iep_fields, G_N_ELEMENTS (iep_fields));
  specs_bind (stmt, 1, iep_fields, G_N_ELEMENTS (iep_fields), values);
  free_values (values, G_N_ELEMENTS (iep_fields));
  sqlite3_bind_int64 (stmt, 29, student_id);
  caseload_db_bind_text (stmt, 30, kind);
  caseload_db_bind_id_or_null (stmt, 31, amends_iep_id);
  caseload_db_bind_id_or_null (stmt, 32, previous_iep_id);
  caseload_db_bind_text (stmt, 33, now);
  if (!caseload_db_step_done (db, stmt, _("Could not create the IEP"), error))
    return 0;
  id = sqlite3_last_insert_rowid (db);

  note = g_strdup_printf ("%s draft", kind);
  if (!caseload_store_audit (self, now, "iep", id, student_id, "insert", NULL, NULL, note, NULL, error))
    return 0;
  return id;
}

gint64
caseload_store_create_iep_draft (CaseloadStore  *self,
                                 gint64          student_id,
                                 const char     *kind,
                                 GError        **error)
{
  static const char * const draft_kinds[] = { "initial", "annual", "interim", NULL };
  sqlite3 *db;
  g_autofree char *now = caseload_db_now ();
  g_auto(GStrv) periods = NULL;
  gint64 exists = 0;
  gint64 previous = 0;
  gint64 id;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), 0);

  if (!in_list (kind, draft_kinds))
    {
      set_invalid (error, NULL, "kind", _("Type: a new IEP is initial, annual or interim (amend a finalized IEP to make an amendment)"));
      return 0;
    }

  db = caseload_store_get_db (self);
  if (!caseload_db_begin (db, error))
    return 0;

  if (!query_id (self, "SELECT id FROM student WHERE id = ?1", student_id, &exists,
                 _("There is no such student"), error) ||
      !check_no_draft (self, student_id, error))
    return caseload_store_fail_and_rollback (self);

  if (g_str_equal (kind, "annual"))
    {
      g_autoptr(GError) local_error = NULL;

      if (!query_id (self,
                     "SELECT id FROM iep WHERE student_id = ?1 AND status = 'finalized' "
                     "ORDER BY start_date DESC, id DESC LIMIT 1",
                     student_id, &previous, "", &local_error))
        {
          if (!g_error_matches (local_error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND))
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return caseload_store_fail_and_rollback (self);
            }
          previous = 0;
        }
    }

  periods = school_periods (self, student_id, error);
  if (periods == NULL)
    return caseload_store_fail_and_rollback (self);

  id = insert_iep (self, student_id, kind, 0, previous, NULL, now, error);
  if (id == 0 ||
      !insert_factors (self, id, NULL, error) ||
      !insert_periods (self, id, (const char * const *) periods, error))
    return caseload_store_fail_and_rollback (self);

  if (!caseload_store_commit_and_notify (self, "iep", error))
    return 0;
  return id;
}

gboolean
caseload_store_delete_iep_draft (CaseloadStore  *self,
                                 gint64          iep_id,
                                 GError        **error)
{
  sqlite3 *db;
  g_auto(IepState) state = { 0, };
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now = caseload_db_now ();

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);

  db = caseload_store_get_db (self);
  if (!caseload_db_begin (db, error))
    return FALSE;
  if (!require_draft (self, iep_id, &state, error))
    return caseload_store_fail_and_rollback (self);

  /* The draft's own meeting record goes with it only when nothing else
   * uses it; a held meeting stays (it is history). */
  stmt = caseload_db_prepare (db, "UPDATE meeting SET produced_iep_id = NULL WHERE produced_iep_id = ?1", error);
  if (stmt == NULL)
    return caseload_store_fail_and_rollback (self);
  sqlite3_bind_int64 (stmt, 1, iep_id);
  if (!caseload_db_step_done (db, stmt, _("Could not delete the IEP"), error))
    return caseload_store_fail_and_rollback (self);
  g_clear_pointer (&stmt, caseload_db_release);

  stmt = caseload_db_prepare (db, "DELETE FROM iep WHERE id = ?1", error);
  if (stmt == NULL)
    return caseload_store_fail_and_rollback (self);
  sqlite3_bind_int64 (stmt, 1, iep_id);
  if (!caseload_db_step_done (db, stmt, _("Could not delete the IEP"), error) ||
      !caseload_store_audit (self, now, "iep", iep_id, state.student_id, "delete",
                             NULL, state.kind, NULL, NULL, error))
    return caseload_store_fail_and_rollback (self);

  return caseload_store_commit_and_notify (self, "iep", error);
}

/* ---- saving the header and sections -------------------------------------- */

static gboolean
is_regular_class_code (const char *code)
{
  return code == NULL || *code == '\0' ||
         g_str_equal (code, "RC80") || g_str_equal (code, "RC79TO40") || g_str_equal (code, "RC39");
}

gboolean
caseload_store_save_iep (CaseloadStore  *self,
                         CaseloadIep    *iep,
                         GError        **error)
{
  sqlite3 *db;
  g_auto(IepState) state = { 0, };
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now = caseload_db_now ();
  g_autofree const char **names = NULL;
  char **old_values = NULL;
  char **new_values = NULL;
  guint n = G_N_ELEMENTS (iep_fields);
  guint changed = 0;
  gboolean ok = FALSE;
  int rc;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_IEP (iep), FALSE);

  if (!caseload_store_validate_iep (iep, NULL, error))
    return FALSE;

  if (caseload_iep_get_has_percent_regular_class (iep) &&
      is_regular_class_code (caseload_iep_get_environment_code (iep)))
    caseload_iep_set_environment_code (iep, caseload_rules_environment_code (caseload_iep_get_percent_regular_class (iep)));

  db = caseload_store_get_db (self);
  if (!caseload_db_begin (db, error))
    return FALSE;
  if (!require_draft (self, caseload_iep_get_id (iep), &state, error))
    return caseload_store_fail_and_rollback (self);

  stmt = caseload_db_prepare (db, "SELECT " IEP_EDIT_COLS " FROM iep WHERE id = ?1", error);
  if (stmt == NULL)
    return caseload_store_fail_and_rollback (self);
  sqlite3_bind_int64 (stmt, 1, state.id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      caseload_db_set_error (db, rc, _("Could not read the IEP"), error);
      return caseload_store_fail_and_rollback (self);
    }
  old_values = row_values (stmt, 0, n);
  g_clear_pointer (&stmt, caseload_db_release);

  new_values = specs_values (G_OBJECT (iep), iep_fields, n);
  names = spec_columns (iep_fields, n);

  stmt = caseload_db_prepare (db,
                              "UPDATE iep SET (" IEP_EDIT_COLS ") = (" IEP_EDIT_PARAMS "), "
                              "updated_at = ?29 WHERE id = ?30",
                              error);
  if (stmt == NULL)
    goto out;
  specs_bind (stmt, 1, iep_fields, n, new_values);
  caseload_db_bind_text (stmt, 29, now);
  sqlite3_bind_int64 (stmt, 30, state.id);
  if (!caseload_db_step_done (db, stmt, _("Could not save the IEP"), error))
    goto out;
  if (!caseload_store_audit_changes (self, now, "iep", state.id, state.student_id,
                                     names, (const char * const *) old_values,
                                     (const char * const *) new_values, n, &changed, error))
    goto out;
  ok = TRUE;

out:
  free_values (old_values, n);
  free_values (new_values, n);
  if (!ok)
    return caseload_store_fail_and_rollback (self);
  if (!caseload_store_commit_and_notify (self, "iep", error))
    return FALSE;
  caseload_iep_set_updated_at (iep, now);
  return TRUE;
}

gboolean
caseload_store_set_iep_reporting_periods (CaseloadStore       *self,
                                          gint64               iep_id,
                                          const char * const  *end_dates,
                                          GError             **error)
{
  sqlite3 *db;
  g_auto(IepState) state = { 0, };
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now = caseload_db_now ();
  g_autofree char *joined = NULL;
  GDate previous;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);

  g_date_clear (&previous, 1);
  for (guint i = 0; end_dates != NULL && end_dates[i] != NULL; i++)
    {
      GDate date;

      if (!caseload_date_parse_iso (end_dates[i], &date))
        {
          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                       _("Reporting period %u: \u201c%s\u201d is not a date (YYYY-MM-DD)"),
                       i + 1, end_dates[i]);
          return FALSE;
        }
      if (g_date_valid (&previous) && g_date_compare (&date, &previous) <= 0)
        {
          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                       _("Reporting period %u: it must end after period %u"), i + 1, i);
          return FALSE;
        }
      previous = date;
    }

  db = caseload_store_get_db (self);
  if (!caseload_db_begin (db, error))
    return FALSE;
  if (!require_draft (self, iep_id, &state, error))
    return caseload_store_fail_and_rollback (self);

  stmt = caseload_db_prepare (db, "DELETE FROM iep_reporting_period WHERE iep_id = ?1", error);
  if (stmt == NULL)
    return caseload_store_fail_and_rollback (self);
  sqlite3_bind_int64 (stmt, 1, iep_id);
  joined = end_dates != NULL ? g_strjoinv (",", (char **) end_dates) : g_strdup ("");
  if (!caseload_db_step_done (db, stmt, _("Could not save the reporting periods"), error) ||
      !insert_periods (self, iep_id, end_dates, error) ||
      !caseload_store_audit (self, now, "iep", iep_id, state.student_id, "update",
                             "reporting_periods", NULL, joined, NULL, error) ||
      !touch_iep (self, iep_id, now, error))
    return caseload_store_fail_and_rollback (self);

  return caseload_store_commit_and_notify (self, "iep", error);
}

/* ---- children: goals, objectives, services, accommodations ------------- */

typedef struct
{
  const char      *table;
  const char      *what;             /* translated in messages */
  const char      *parent_property;  /* "iep-id" or "goal-id" */
  const FieldSpec *fields;
  guint            n_fields;
  const char      *parent_iep_sql;   /* parent id -> iep id */
  const char      *owner_sql;        /* record id -> iep id */
  const char      *select_sql;       /* record id -> the fields */
  const char      *insert_sql;       /* ?1 parent, ?2 position, ?3.. fields */
  const char      *update_sql;       /* ?1.. fields, ?n+1 id */
  const char      *delete_sql;
  const char      *next_position_sql;/* parent id -> next position */
  const char      *siblings_sql;     /* record id -> sibling ids in order */
  const char      *set_position_sql; /* ?1 position, ?2 id */
  const char      *label_column;     /* for the delete audit row */
} ChildTable;

static const ChildTable goal_table = {
  "goal", N_("goal"), "iep-id", goal_fields, G_N_ELEMENTS (goal_fields),
  "SELECT id FROM iep WHERE id = ?1",
  "SELECT iep_id FROM goal WHERE id = ?1",
  "SELECT " GOAL_COLS " FROM goal WHERE id = ?1",
  "INSERT INTO goal (iep_id, position, " GOAL_COLS ") VALUES "
  "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
  "UPDATE goal SET (" GOAL_COLS ") = (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) WHERE id = ?13",
  "DELETE FROM goal WHERE id = ?1",
  "SELECT COALESCE(MAX(position) + 1, 0) FROM goal WHERE iep_id = ?1",
  "SELECT id FROM goal WHERE iep_id = (SELECT iep_id FROM goal WHERE id = ?1) ORDER BY position, id",
  "UPDATE goal SET position = ?1 WHERE id = ?2",
  "behavior",
};

static const ChildTable objective_table = {
  "objective", N_("objective"), "goal-id", objective_fields, G_N_ELEMENTS (objective_fields),
  "SELECT iep_id FROM goal WHERE id = ?1",
  "SELECT g.iep_id FROM objective o JOIN goal g ON g.id = o.goal_id WHERE o.id = ?1",
  "SELECT " OBJECTIVE_COLS " FROM objective WHERE id = ?1",
  "INSERT INTO objective (goal_id, position, " OBJECTIVE_COLS ") VALUES (?1, ?2, ?3, ?4)",
  "UPDATE objective SET (" OBJECTIVE_COLS ") = (?1, ?2) WHERE id = ?3",
  "DELETE FROM objective WHERE id = ?1",
  "SELECT COALESCE(MAX(position) + 1, 0) FROM objective WHERE goal_id = ?1",
  "SELECT id FROM objective WHERE goal_id = (SELECT goal_id FROM objective WHERE id = ?1) ORDER BY position, id",
  "UPDATE objective SET position = ?1 WHERE id = ?2",
  "description",
};

static const ChildTable service_table = {
  "service", N_("service"), "iep-id", service_fields, G_N_ELEMENTS (service_fields),
  "SELECT id FROM iep WHERE id = ?1",
  "SELECT iep_id FROM service WHERE id = ?1",
  "SELECT " SERVICE_COLS " FROM service WHERE id = ?1",
  "INSERT INTO service (iep_id, position, " SERVICE_COLS ") VALUES "
  "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
  "UPDATE service SET (" SERVICE_COLS ") = (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) WHERE id = ?11",
  "DELETE FROM service WHERE id = ?1",
  "SELECT COALESCE(MAX(position) + 1, 0) FROM service WHERE iep_id = ?1",
  "SELECT id FROM service WHERE iep_id = (SELECT iep_id FROM service WHERE id = ?1) ORDER BY position, id",
  "UPDATE service SET position = ?1 WHERE id = ?2",
  "name",
};

static const ChildTable accommodation_table = {
  "accommodation", N_("accommodation"), "iep-id", accommodation_fields, G_N_ELEMENTS (accommodation_fields),
  "SELECT id FROM iep WHERE id = ?1",
  "SELECT iep_id FROM accommodation WHERE id = ?1",
  "SELECT " ACCOMMODATION_COLS " FROM accommodation WHERE id = ?1",
  "INSERT INTO accommodation (iep_id, position, " ACCOMMODATION_COLS ") VALUES "
  "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
  "UPDATE accommodation SET (" ACCOMMODATION_COLS ") = (?1, ?2, ?3, ?4, ?5, ?6) WHERE id = ?7",
  "DELETE FROM accommodation WHERE id = ?1",
  "SELECT COALESCE(MAX(position) + 1, 0) FROM accommodation WHERE iep_id = ?1",
  "SELECT id FROM accommodation WHERE iep_id = (SELECT iep_id FROM accommodation WHERE id = ?1) ORDER BY position, id",
  "UPDATE accommodation SET position = ?1 WHERE id = ?2",
  "description",
};

static gboolean
child_owner (CaseloadStore     *self,
             const ChildTable  *table,
             gint64             id,
             IepState          *state,
             GError           **error)
{
  gint64 iep_id = 0;
  g_autofree char *missing = g_strdup_printf (_("There is no %s with the number %lld"),
                                              _(table->what), (long long) id);

  if (!query_id (self, table->owner_sql, id, &iep_id, missing, error))
    return FALSE;
  return require_draft (self, iep_id, state, error);
}

/* Inserts (id 0) or updates one child record in the caller's transaction. */
static gboolean
save_child_in_tx (CaseloadStore     *self,
                  const ChildTable  *table,
                  GObject           *object,
                  const char        *now,
                  GError           **error)
{
  sqlite3 *db = caseload_store_get_db (self);
  g_auto(IepState) state = { 0, };
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 id = 0;
  guint n = table->n_fields;
  char **new_values = NULL;
  char **old_values = NULL;
  gboolean ok = FALSE;

  g_object_get (object, "id", &id, NULL);
  new_values = specs_values (object, table->fields, n);

  if (id == 0)
    {
      gint64 parent_id = 0, iep_id = 0, position = 0;
      g_autofree char *missing = g_strdup (_("The IEP or goal this belongs to does not exist"));

      g_object_get (object, table->parent_property, &parent_id, NULL);
      if (!query_id (self, table->parent_iep_sql, parent_id, &iep_id, missing, error) ||
          !require_draft (self, iep_id, &state, error) ||
          !query_id (self, table->next_position_sql, parent_id, &position, "", error))
        goto out;

      stmt = caseload_db_prepare (db, table->insert_sql, error);
      if (stmt == NULL)
        goto out;
      sqlite3_bind_int64 (stmt, 1, parent_id);
      sqlite3_bind_int64 (stmt, 2, position);
      specs_bind (stmt, 3, table->fields, n, new_values);
      if (!caseload_db_step_done (db, stmt, _("Could not save the IEP"), error))
        goto out;
      id = sqlite3_last_insert_rowid (db);
      if (!caseload_store_audit (self, now, table->table, id, state.student_id, "insert",
                                 NULL, NULL, NULL, NULL, error))
        goto out;
      g_object_set (object, "id", id, "position", (int) position, NULL);
    }
  else
    {
      g_autofree const char **names = spec_columns (table->fields, n);
      int rc;

      if (!child_owner (self, table, id, &state, error))
        goto out;

      stmt = caseload_db_prepare (db, table->select_sql, error);
      if (stmt == NULL)
        goto out;
      sqlite3_bind_int64 (stmt, 1, id);
      rc = sqlite3_step (stmt);
      if (rc != SQLITE_ROW)
        {
          caseload_db_set_error (db, rc, _("Could not read the IEP"), error);
          goto out;
        }
      old_values = row_values (stmt, 0, n);
      g_clear_pointer (&stmt, caseload_db_release);

      stmt = caseload_db_prepare (db, table->update_sql, error);
      if (stmt == NULL)
        goto out;
      specs_bind (stmt, 1, table->fields, n, new_values);
      sqlite3_bind_int64 (stmt, (int) n + 1, id);
      if (!caseload_db_step_done (db, stmt, _("Could not save the IEP"), error) ||
          !caseload_store_audit_changes (self, now, table->table, id, state.student_id, names,
                                         (const char * const *) old_values,
                                         (const char * const *) new_values, n, NULL, error))
        goto out;
    }

  ok = touch_iep (self, state.id, now, error);

out:
  free_values (new_values, n);
  free_values (old_values, n);
  return ok;
}

static gboolean
save_child (CaseloadStore     *self,
            const ChildTable  *table,
            GObject           *object,
            GError           **error)
{
  sqlite3 *db = caseload_store_get_db (self);
  g_autofree char *now = caseload_db_now ();

  if (!caseload_db_begin (db, error))
    return FALSE;
  if (!save_child_in_tx (self, table, object, now, error))
    return caseload_store_fail_and_rollback (self);
  return caseload_store_commit_and_notify (self, table->table, error);
}

static gboolean
delete_child (CaseloadStore     *self,
              const ChildTable  *table,
              gint64             id,
              GError           **error)
{
  sqlite3 *db = caseload_store_get_db (self);
  g_auto(IepState) state = { 0, };
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now = caseload_db_now ();
  g_autofree char *label = NULL;
  char **values = NULL;
  int rc;

  if (!caseload_db_begin (db, error))
    return FALSE;
  if (!child_owner (self, table, id, &state, error))
    return caseload_store_fail_and_rollback (self);

  stmt = caseload_db_prepare (db, table->select_sql, error);
  if (stmt == NULL)
    return caseload_store_fail_and_rollback (self);
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      caseload_db_set_error (db, rc, _("Could not read the IEP"), error);
      return caseload_store_fail_and_rollback (self);
    }
  values = row_values (stmt, 0, table->n_fields);
  for (guint i = 0; i < table->n_fields; i++)
    if (g_str_equal (table->fields[i].column, table->label_column))
      label = g_strdup (values[i]);
  free_values (values, table->n_fields);
  g_clear_pointer (&stmt, caseload_db_release);

  stmt = caseload_db_prepare (db, table->delete_sql, error);
  if (stmt == NULL)
    return caseload_store_fail_and_rollback (self);
  sqlite3_bind_int64 (stmt, 1, id);
  if (!caseload_db_step_done (db, stmt, _("Could not delete from the IEP"), error) ||
      !caseload_store_audit (self, now, table->table, id, state.student_id, "delete",
                             table->label_column, label, NULL, NULL, error) ||
      !touch_iep (self, state.id, now, error))
    return caseload_store_fail_and_rollback (self);

  return caseload_store_commit_and_notify (self, table->table, error);
}

static gboolean
move_child (CaseloadStore     *self,
            const ChildTable  *table,
            gint64             id,
            guint              position,
            GError           **error)
{
  sqlite3 *db = caseload_store_get_db (self);
  g_auto(IepState) state = { 0, };
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *now = caseload_db_now ();
  g_autofree char *old_text = NULL;
  g_autofree char *new_text = NULL;
  guint old_position = 0;
  int rc;

  if (!caseload_db_begin (db, error))
    return FALSE;
  if (!child_owner (self, table, id, &state, error))
    return caseload_store_fail_and_rollback (self);

  stmt = caseload_db_prepare (db, table->siblings_sql, error);
  if (stmt == NULL)
    return caseload_store_fail_and_rollback (self);
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 sibling = sqlite3_column_int64 (stmt, 0);

      if (sibling == id)
        old_position = ids->len;
      else
        g_array_append_val (ids, sibling);
    }
  if (rc != SQLITE_DONE)
    {
      caseload_db_set_error (db, rc, _("Could not read the IEP"), error);
      return caseload_store_fail_and_rollback (self);
    }
  g_clear_pointer (&stmt, caseload_db_release);

  position = MIN (position, ids->len);
  g_array_insert_val (ids, position, id);

  stmt = caseload_db_prepare (db, table->set_position_sql, error);
  if (stmt == NULL)
    return caseload_store_fail_and_rollback (self);
  for (guint i = 0; i < ids->len; i++)
    {
      sqlite3_reset (stmt);
      sqlite3_bind_int (stmt, 1, (int) i);
      sqlite3_bind_int64 (stmt, 2, g_array_index (ids, gint64, i));
      if (!caseload_db_step_done (db, stmt, _("Could not reorder the IEP"), error))
        return caseload_store_fail_and_rollback (self);
    }

  old_text = g_strdup_printf ("%u", old_position);
  new_text = g_strdup_printf ("%u", position);
  if (old_position != position &&
      !caseload_store_audit (self, now, table->table, id, state.student_id, "update",
                             "position", old_text, new_text, NULL, error))
    return caseload_store_fail_and_rollback (self);
  if (!touch_iep (self, state.id, now, error))
    return caseload_store_fail_and_rollback (self);

  return caseload_store_commit_and_notify (self, table->table, error);
}

gboolean
caseload_store_save_goal (CaseloadStore  *self,
                          CaseloadGoal   *goal,
                          GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_GOAL (goal), FALSE);

  if (!caseload_store_validate_goal (goal, NULL, error))
    return FALSE;
  return save_child (self, &goal_table, G_OBJECT (goal), error);
}

gboolean
caseload_store_delete_goal (CaseloadStore  *self,
                            gint64          goal_id,
                            GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  return delete_child (self, &goal_table, goal_id, error);
}

gboolean
caseload_store_move_goal (CaseloadStore  *self,
                          gint64          goal_id,
                          guint           position,
                          GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  return move_child (self, &goal_table, goal_id, position, error);
}

gboolean
caseload_store_save_objective (CaseloadStore      *self,
                               CaseloadObjective  *objective,
                               GError            **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_OBJECTIVE (objective), FALSE);

  if (!validate_objective (objective, error))
    return FALSE;
  return save_child (self, &objective_table, G_OBJECT (objective), error);
}

gboolean
caseload_store_delete_objective (CaseloadStore  *self,
                                 gint64          objective_id,
                                 GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  return delete_child (self, &objective_table, objective_id, error);
}

gboolean
caseload_store_move_objective (CaseloadStore  *self,
                               gint64          objective_id,
                               guint           position,
                               GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  return move_child (self, &objective_table, objective_id, position, error);
}

gboolean
caseload_store_save_service (CaseloadStore    *self,
                             CaseloadService  *service,
                             GError          **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_SERVICE (service), FALSE);

  if (!caseload_store_validate_service (service, NULL, error))
    return FALSE;
  return save_child (self, &service_table, G_OBJECT (service), error);
}

gboolean
caseload_store_delete_service (CaseloadStore  *self,
                               gint64          service_id,
                               GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  return delete_child (self, &service_table, service_id, error);
}

gboolean
caseload_store_move_service (CaseloadStore  *self,
                             gint64          service_id,
                             guint           position,
                             GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  return move_child (self, &service_table, service_id, position, error);
}

gboolean
caseload_store_save_accommodation (CaseloadStore          *self,
                                   CaseloadAccommodation  *accommodation,
                                   GError                **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_ACCOMMODATION (accommodation), FALSE);

  if (!validate_accommodation (accommodation, error))
    return FALSE;
  return save_child (self, &accommodation_table, G_OBJECT (accommodation), error);
}

gboolean
caseload_store_delete_accommodation (CaseloadStore  *self,
                                     gint64          accommodation_id,
                                     GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  return delete_child (self, &accommodation_table, accommodation_id, error);
}

gboolean
caseload_store_move_accommodation (CaseloadStore  *self,
                                   gint64          accommodation_id,
                                   guint           position,
                                   GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  return move_child (self, &accommodation_table, accommodation_id, position, error);
}

gboolean
caseload_store_set_special_factor (CaseloadStore  *self,
                                   gint64          iep_id,
                                   const char     *factor,
                                   gboolean        considered,
                                   gboolean        applies,
                                   const char     *notes,
                                   GError        **error)
{
  sqlite3 *db;
  g_auto(IepState) state = { 0, };
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now = caseload_db_now ();
  const char *names[3] = { "considered", "applies", "notes" };
  char *old_values[3] = { NULL, NULL, NULL };
  char *new_values[3];
  gint64 factor_id = 0;
  gboolean ok = FALSE;
  int rc;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);

  if (!in_list (factor, caseload_special_factor_keys ()))
    return set_invalid (error, NULL, "factor", _("Special factor: unknown factor"));

  new_values[0] = g_strdup (considered ? "1" : "0");
  new_values[1] = g_strdup (applies ? "1" : "0");
  new_values[2] = g_strdup (notes != NULL ? notes : "");

  db = caseload_store_get_db (self);
  if (!caseload_db_begin (db, error))
    goto out;
  if (!require_draft (self, iep_id, &state, error))
    goto rollback;

  stmt = caseload_db_prepare (db,
                              "SELECT id, considered, applies, notes FROM special_factor "
                              "WHERE iep_id = ?1 AND factor = ?2",
                              error);
  if (stmt == NULL)
    goto rollback;
  sqlite3_bind_int64 (stmt, 1, iep_id);
  caseload_db_bind_text (stmt, 2, factor);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      char **row = row_values (stmt, 1, 3);

      factor_id = sqlite3_column_int64 (stmt, 0);
      for (guint i = 0; i < 3; i++)
        old_values[i] = row[i];
      g_free (row);
    }
  else if (rc != SQLITE_DONE)
    {
      caseload_db_set_error (db, rc, _("Could not read the special factors"), error);
      goto rollback;
    }
  g_clear_pointer (&stmt, caseload_db_release);

  stmt = caseload_db_prepare (db,
                              "INSERT INTO special_factor (iep_id, factor, considered, applies, notes) "
                              "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (iep_id, factor) DO UPDATE SET "
                              "considered = excluded.considered, applies = excluded.applies, "
                              "notes = excluded.notes",
                              error);
  if (stmt == NULL)
    goto rollback;
  sqlite3_bind_int64 (stmt, 1, iep_id);
  caseload_db_bind_text (stmt, 2, factor);
  sqlite3_bind_int (stmt, 3, considered ? 1 : 0);
  sqlite3_bind_int (stmt, 4, applies ? 1 : 0);
  caseload_db_bind_text (stmt, 5, new_values[2]);
  if (!caseload_db_step_done (db, stmt, _("Could not save the special factor"), error))
    goto rollback;
  if (factor_id == 0)
    {
      factor_id = sqlite3_last_insert_rowid (db);
      if (!caseload_store_audit (self, now, "special_factor", factor_id, state.student_id,
                                 "insert", "factor", NULL, factor, NULL, error))
        goto rollback;
    }
  else if (!caseload_store_audit_changes (self, now, "special_factor", factor_id, state.student_id,
                                          names, (const char * const *) old_values,
                                          (const char * const *) new_values, 3, NULL, error))
    goto rollback;
  if (!touch_iep (self, iep_id, now, error))
    goto rollback;

  ok = caseload_store_commit_and_notify (self, "special_factor", error);
  goto out;

rollback:
  caseload_db_rollback (db);
out:
  for (guint i = 0; i < 3; i++)
    {
      g_free (old_values[i]);
      g_free (new_values[i]);
    }
  return ok;
}

/* ---- the meeting record and its attendees --------------------------------- */

static const char *
meeting_kind_for (const char *iep_kind)
{
  if (g_strcmp0 (iep_kind, "initial") == 0)
    return "initial-iep";
  if (g_strcmp0 (iep_kind, "annual") == 0)
    return "annual-review";
  if (g_strcmp0 (iep_kind, "amendment") == 0)
    return "amendment";
  return "other";
}

/* Creates the meeting for a draft when it has none; returns its id. */
static gint64
ensure_meeting_in_tx (CaseloadStore  *self,
                      IepState       *state,
                      const char     *date,
                      const char     *now,
                      GError        **error)
{
  sqlite3 *db = caseload_store_get_db (self);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GTimeZone) tz = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) local_end = NULL;
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) utc_end = NULL;
  g_autofree char *meeting_date = NULL;
  g_autofree char *tz_name = NULL;
  g_autofree char *starts_at = NULL;
  g_autofree char *ends_at = NULL;
  g_autofree char *uid = NULL;
  g_autofree char *uuid = NULL;
  GDate day;
  gint64 meeting_id;
  int rc;

  if (state->meeting_id != 0)
    return state->meeting_id;

  stmt = caseload_db_prepare (db,
                              "SELECT i.meeting_date, COALESCE(sc.time_zone, 'America/Chicago') "
                              "FROM iep i JOIN student s ON s.id = i.student_id "
                              "LEFT JOIN school sc ON sc.id = s.school_id WHERE i.id = ?1",
                              error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, state->id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      caseload_db_set_error (db, rc, _("Could not read the IEP"), error);
      return 0;
    }
  meeting_date = g_strdup (caseload_db_column_text (stmt, 0));
  tz_name = g_strdup (caseload_db_column_text (stmt, 1));
  g_clear_pointer (&stmt, caseload_db_release);

  if (date != NULL && *date != '\0')
    {
      g_free (meeting_date);
      meeting_date = g_strdup (date);
    }
  if (!caseload_date_parse_iso (meeting_date, &day))
    {
      if (*meeting_date != '\0')
        {
          set_invalid (error, NULL, "meeting-date", _("Meeting date: enter a date (YYYY-MM-DD)"));
          return 0;
        }
      caseload_date_set_today (&day);
      g_free (meeting_date);
      meeting_date = caseload_date_to_iso (&day);
    }

  /* The meeting starts at 9:00 local time by default, one hour long. */
  tz = g_time_zone_new_identifier (tz_name);
  if (tz == NULL)
    tz = g_time_zone_new_utc ();
  local = g_date_time_new (tz, g_date_get_year (&day), g_date_get_month (&day),
                           g_date_get_day (&day), 9, 0, 0);
  local_end = g_date_time_add_hours (local, 1);
  utc = g_date_time_to_utc (local);
  utc_end = g_date_time_to_utc (local_end);
  starts_at = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
  ends_at = g_date_time_format (utc_end, "%Y-%m-%dT%H:%M:%SZ");
  uuid = g_uuid_string_random ();
  uid = g_strconcat (uuid, "@caseload", NULL);

  stmt = caseload_db_prepare (db,
                              "INSERT INTO meeting (student_id, kind, purpose, starts_at, ends_at, "
                              "time_zone, produced_iep_id, uid) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                              error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, state->student_id);
  caseload_db_bind_text (stmt, 2, meeting_kind_for (state->kind));
  caseload_db_bind_text (stmt, 3, _("IEP meeting"));
  caseload_db_bind_text (stmt, 4, starts_at);
  caseload_db_bind_text (stmt, 5, ends_at);
  caseload_db_bind_text (stmt, 6, tz_name);
  sqlite3_bind_int64 (stmt, 7, state->id);
  caseload_db_bind_text (stmt, 8, uid);
  if (!caseload_db_step_done (db, stmt, _("Could not create the meeting"), error))
    return 0;
  meeting_id = sqlite3_last_insert_rowid (db);
  g_clear_pointer (&stmt, caseload_db_release);

  stmt = caseload_db_prepare (db,
                              "UPDATE iep SET meeting_id = ?1, meeting_date = ?2, updated_at = ?3 WHERE id = ?4",
                              error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  caseload_db_bind_text (stmt, 2, meeting_date);
  caseload_db_bind_text (stmt, 3, now);
  sqlite3_bind_int64 (stmt, 4, state->id);
  if (!caseload_db_step_done (db, stmt, _("Could not link the meeting"), error))
    return 0;

  {
    g_autofree char *meeting_text = id_text (meeting_id);

    if (!caseload_store_audit (self, now, "meeting", meeting_id, state->student_id, "insert",
                               NULL, NULL, NULL, NULL, error) ||
        !caseload_store_audit (self, now, "iep", state->id, state->student_id, "update",
                               "meeting_id", NULL, meeting_text, NULL, error))
      return 0;
  }

  state->meeting_id = meeting_id;
  return meeting_id;
}

gint64
caseload_store_ensure_iep_meeting (CaseloadStore  *self,
                                   gint64          iep_id,
                                   const char     *date,
                                   GError        **error)
{
  sqlite3 *db;
  g_auto(IepState) state = { 0, };
  g_autofree char *now = caseload_db_now ();
  gint64 meeting_id;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), 0);

  db = caseload_store_get_db (self);
  if (!caseload_db_begin (db, error))
    return 0;
  if (!load_state (self, iep_id, &state, error))
    return caseload_store_fail_and_rollback (self);
  if (state.meeting_id != 0)
    {
      caseload_db_rollback (db);
      return state.meeting_id;
    }
  g_clear_pointer (&state.status, g_free);
  if (!require_draft (self, iep_id, &state, error))
    return caseload_store_fail_and_rollback (self);

  meeting_id = ensure_meeting_in_tx (self, &state, date, now, error);
  if (meeting_id == 0)
    return caseload_store_fail_and_rollback (self);
  if (!caseload_store_commit_and_notify (self, "meeting", error))
    return 0;
  return meeting_id;
}

static GPtrArray *
load_attendees (CaseloadStore  *self,
                gint64          meeting_id,
                GError        **error)
{
  sqlite3 *db = caseload_store_get_db (self);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) attendees = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  if (meeting_id == 0)
    return g_steal_pointer (&attendees);

  stmt = caseload_db_prepare (db,
                              "SELECT a.id, a.meeting_id, "
                              "a.staff_id, a.guardian_id, a.is_student, "
                              "COALESCE(NULLIF(a.name, ''), st.first_name || ' ' || st.last_name, "
                              "  g.first_name || ' ' || g.last_name, ''), "
                              "a.role, a.required, a.attended, a.excused, "
                              "a.excusal_agreement_date, a.excusal_input_date, COALESCE(tr.name, a.role) "
                              "FROM meeting_attendee a "
                              "LEFT JOIN staff st ON st.id = a.staff_id "
                              "LEFT JOIN guardian g ON g.id = a.guardian_id "
                              "LEFT JOIN team_role tr ON tr.code = a.role "
                              "WHERE a.meeting_id = ?1 ORDER BY COALESCE(tr.sort_order, 99), 6, a.id",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CaseloadMeetingAttendee *attendee = caseload_meeting_attendee_new ();

      caseload_meeting_attendee_set_id (attendee, sqlite3_column_int64 (stmt, 0));
      caseload_meeting_attendee_set_meeting_id (attendee, sqlite3_column_int64 (stmt, 1));
      specs_set_from_row (G_OBJECT (attendee), attendee_fields, G_N_ELEMENTS (attendee_fields), stmt, 2);
      caseload_meeting_attendee_set_role_name (attendee,
                                               g_dgettext (GETTEXT_PACKAGE, caseload_db_column_text (stmt, 12)));
      g_ptr_array_add (attendees, attendee);
    }
  if (rc != SQLITE_DONE)
    {
      caseload_db_set_error (db, rc, _("Could not read the meeting attendees"), error);
      return NULL;
    }
  return g_steal_pointer (&attendees);
}

GListModel *
caseload_store_list_iep_attendees (CaseloadStore  *self,
                                   gint64          iep_id,
                                   GError        **error)
{
  g_auto(IepState) state = { 0, };
  g_autoptr(GPtrArray) attendees = NULL;
  g_autoptr(GListStore) list = NULL;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);

  if (!load_state (self, iep_id, &state, error))
    return NULL;
  attendees = load_attendees (self, state.meeting_id, error);
  if (attendees == NULL)
    return NULL;

  list = g_list_store_new (CASELOAD_TYPE_MEETING_ATTENDEE);
  g_list_store_splice (list, 0, 0, attendees->pdata, attendees->len);
  return G_LIST_MODEL (g_steal_pointer (&list));
}

static gboolean
validate_attendee (CaseloadMeetingAttendee  *attendee,
                   GError                  **error)
{
  g_autofree char *name = g_strstrip (g_strdup (caseload_meeting_attendee_get_name (attendee)));

  if (*caseload_meeting_attendee_get_role (attendee) == '\0')
    return set_invalid (error, NULL, "role", _("Role: choose the role this person fills"));
  if (*name == '\0' && caseload_meeting_attendee_get_staff_id (attendee) == 0 &&
      caseload_meeting_attendee_get_guardian_id (attendee) == 0 &&
      !caseload_meeting_attendee_get_is_student (attendee))
    return set_invalid (error, NULL, "name", _("Name: enter who this is or pick a team member"));
  if (!is_valid_date_or_empty (caseload_meeting_attendee_get_excusal_agreement_date (attendee)))
    return set_invalid (error, NULL, "excusal-agreement-date",
                        _("Excusal agreement date: enter a date (YYYY-MM-DD)"));
  if (!is_valid_date_or_empty (caseload_meeting_attendee_get_excusal_input_date (attendee)))
    return set_invalid (error, NULL, "excusal-input-date",
                        _("Written input date: enter a date (YYYY-MM-DD)"));
  if (caseload_meeting_attendee_get_excused (attendee) &&
      caseload_meeting_attendee_get_has_attended (attendee) &&
      caseload_meeting_attendee_get_attended (attendee))
    return set_invalid (error, NULL, "excused", _("Excused: someone who attended was not excused"));
  return TRUE;
}

gboolean
caseload_store_save_iep_attendee (CaseloadStore            *self,
                                  gint64                    iep_id,
                                  CaseloadMeetingAttendee  *attendee,
                                  GError                  **error)
{
  sqlite3 *db;
  g_auto(IepState) state = { 0, };
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now = caseload_db_now ();
  g_autofree const char **names = NULL;
  guint n = G_N_ELEMENTS (attendee_fields);
  char **new_values = NULL;
  char **old_values = NULL;
  gint64 id, meeting_id, role_ok = 0;
  gboolean ok = FALSE;
  int rc;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_MEETING_ATTENDEE (attendee), FALSE);

  if (!validate_attendee (attendee, error))
    return FALSE;

  db = caseload_store_get_db (self);
  if (!caseload_db_begin (db, error))
    return FALSE;
  if (!require_draft (self, iep_id, &state, error))
    return caseload_store_fail_and_rollback (self);

  stmt = caseload_db_prepare (db, "SELECT count(*) FROM team_role WHERE code = ?1", error);
  if (stmt == NULL)
    return caseload_store_fail_and_rollback (self);
  caseload_db_bind_text (stmt, 1, caseload_meeting_attendee_get_role (attendee));
  if (sqlite3_step (stmt) == SQLITE_ROW)
    role_ok = sqlite3_column_int64 (stmt, 0);
  g_clear_pointer (&stmt, caseload_db_release);
  if (role_ok == 0)
    {
      set_invalid (error, NULL, "role", _("Role: not a team role"));
      return caseload_store_fail_and_rollback (self);
    }

  meeting_id = ensure_meeting_in_tx (self, &state, NULL, now, error);
  if (meeting_id == 0)
    return caseload_store_fail_and_rollback (self);

  new_values = specs_values (G_OBJECT (attendee), attendee_fields, n);
  id = caseload_meeting_attendee_get_id (attendee);
  if (id == 0)
    {
      stmt = caseload_db_prepare (db,
                                  "INSERT INTO meeting_attendee (meeting_id, " ATTENDEE_COLS ") VALUES "
                                  "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                                  error);
      if (stmt == NULL)
        goto out;
      sqlite3_bind_int64 (stmt, 1, meeting_id);
      specs_bind (stmt, 2, attendee_fields, n, new_values);
      if (!caseload_db_step_done (db, stmt, _("Could not save the attendee"), error))
        goto out;
      id = sqlite3_last_insert_rowid (db);
      if (!caseload_store_audit (self, now, "meeting_attendee", id, state.student_id, "insert",
                                 "role", NULL, caseload_meeting_attendee_get_role (attendee), NULL, error))
        goto out;
    }
  else
    {
      gint64 owner = 0;

      if (!query_id (self, "SELECT meeting_id FROM meeting_attendee WHERE id = ?1", id, &owner,
                     _("There is no such attendee"), error))
        goto out;
      if (owner != meeting_id)
        {
          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                       _("This person is not on this IEP's meeting"));
          goto out;
        }
      stmt = caseload_db_prepare (db, "SELECT " ATTENDEE_COLS " FROM meeting_attendee WHERE id = ?1", error);
      if (stmt == NULL)
        goto out;
      sqlite3_bind_int64 (stmt, 1, id);
      rc = sqlite3_step (stmt);
      if (rc != SQLITE_ROW)
        {
          caseload_db_set_error (db, rc, _("Could not read the attendee"), error);
          goto out;
        }
      old_values = row_values (stmt, 0, n);
      g_clear_pointer (&stmt, caseload_db_release);

      stmt = caseload_db_prepare (db,
                                  "UPDATE meeting_attendee SET (" ATTENDEE_COLS ") = "
                                  "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) WHERE id = ?11",
                                  error);
      if (stmt == NULL)
        goto out;
      specs_bind (stmt, 1, attendee_fields, n, new_values);
      sqlite3_bind_int64 (stmt, 11, id);
      names = spec_columns (attendee_fields, n);
      if (!caseload_db_step_done (db, stmt, _("Could not save the attendee"), error) ||
          !caseload_store_audit_changes (self, now, "meeting_attendee", id, state.student_id, names,
                                         (const char * const *) old_values,
                                         (const char * const *) new_values, n, NULL, error))
        goto out;
    }
  ok = touch_iep (self, iep_id, now, error);

out:
  free_values (new_values, n);
  free_values (old_values, n);
  if (!ok)
    return caseload_store_fail_and_rollback (self);
  if (!caseload_store_commit_and_notify (self, "meeting_attendee", error))
    return FALSE;
  caseload_meeting_attendee_set_id (attendee, id);
  caseload_meeting_attendee_set_meeting_id (attendee, meeting_id);
  return TRUE;
}

gboolean
caseload_store_delete_iep_attendee (CaseloadStore  *self,
                                    gint64          iep_id,
                                    gint64          attendee_id,
                                    GError        **error)
{
  sqlite3 *db;
  g_auto(IepState) state = { 0, };
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now = caseload_db_now ();
  gint64 owner = 0;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);

  db = caseload_store_get_db (self);
  if (!caseload_db_begin (db, error))
    return FALSE;
  if (!require_draft (self, iep_id, &state, error) ||
      !query_id (self, "SELECT meeting_id FROM meeting_attendee WHERE id = ?1", attendee_id, &owner,
                 _("There is no such attendee"), error))
    return caseload_store_fail_and_rollback (self);
  if (owner != state.meeting_id)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                   _("This person is not on this IEP's meeting"));
      return caseload_store_fail_and_rollback (self);
    }

  stmt = caseload_db_prepare (db, "DELETE FROM meeting_attendee WHERE id = ?1", error);
  if (stmt == NULL)
    return caseload_store_fail_and_rollback (self);
  sqlite3_bind_int64 (stmt, 1, attendee_id);
  if (!caseload_db_step_done (db, stmt, _("Could not remove the attendee"), error) ||
      !caseload_store_audit (self, now, "meeting_attendee", attendee_id, state.student_id,
                             "delete", NULL, NULL, NULL, NULL, error) ||
      !touch_iep (self, iep_id, now, error))
    return caseload_store_fail_and_rollback (self);

  return caseload_store_commit_and_notify (self, "meeting_attendee", error);
}

gboolean
caseload_store_set_iep_parent_copy (CaseloadStore  *self,
                                    gint64          iep_id,
                                    const char     *date,
                                    const char     *method,
                                    GError        **error)
{
  sqlite3 *db;
  g_auto(IepState) state = { 0, };
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now = caseload_db_now ();
  const char *names[2] = { "parent_copy_date", "parent_copy_method" };
  char **old_values = NULL;
  const char *new_values[2];
  int rc;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);

  if (!is_valid_date_or_empty (date))
    return set_invalid (error, NULL, "parent-copy-date",
                        _("Date the parent received the copy: enter a date (YYYY-MM-DD)"));
  if (method != NULL && *method != '\0' && !in_list (method, copy_methods))
    return set_invalid (error, NULL, "parent-copy-method",
                        _("Copy to parents: choose in person, mail or e-mail"));
  new_values[0] = date != NULL && *date != '\0' ? date : NULL;
  new_values[1] = method != NULL && *method != '\0' ? method : NULL;

  db = caseload_store_get_db (self);
  if (!caseload_db_begin (db, error))
    return FALSE;
  if (!load_state (self, iep_id, &state, error))
    return caseload_store_fail_and_rollback (self);

  stmt = caseload_db_prepare (db, "SELECT parent_copy_date, parent_copy_method FROM iep WHERE id = ?1", error);
  if (stmt == NULL)
    return caseload_store_fail_and_rollback (self);
  sqlite3_bind_int64 (stmt, 1, iep_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      caseload_db_set_error (db, rc, _("Could not read the IEP"), error);
      return caseload_store_fail_and_rollback (self);
    }
  old_values = row_values (stmt, 0, 2);
  g_clear_pointer (&stmt, caseload_db_release);

  stmt = caseload_db_prepare (db,
                              "UPDATE iep SET parent_copy_date = ?1, parent_copy_method = ?2, "
                              "updated_at = ?3 WHERE id = ?4",
                              error);
  if (stmt == NULL)
    {
      free_values (old_values, 2);
      return caseload_store_fail_and_rollback (self);
    }
  caseload_db_bind_text_or_null (stmt, 1, new_values[0]);
  caseload_db_bind_text_or_null (stmt, 2, new_values[1]);
  caseload_db_bind_text (stmt, 3, now);
  sqlite3_bind_int64 (stmt, 4, iep_id);
  if (!caseload_db_step_done (db, stmt, _("Could not save the IEP"), error) ||
      !caseload_store_audit_changes (self, now, "iep", iep_id, state.student_id, names,
                                     (const char * const *) old_values, new_values, 2, NULL, error))
    {
      free_values (old_values, 2);
      return caseload_store_fail_and_rollback (self);
    }
  free_values (old_values, 2);

  return caseload_store_commit_and_notify (self, "iep", error);
}

/* ---- content hash ---------------------------------------------------------- */

static void
append_field (GString    *out,
              const char *prefix,
              const char *name,
              const char *value)
{
  g_string_append (out, prefix);
  g_string_append_c (out, '.');
  g_string_append (out, name);
  if (value == NULL)
    g_string_append (out, " null\n");
  else
    {
      g_autofree char *escaped = g_strescape (value, NULL);

      g_string_append (out, " = \"");
      g_string_append (out, escaped);
      g_string_append (out, "\"\n");
    }
}

static void
append_specs (GString         *out,
              const char      *prefix,
              GObject         *object,
              const FieldSpec *specs,
              guint            n_specs,
              gint             skip_from,
              gint             skip_to)
{
  for (guint i = 0; i < n_specs; i++)
    {
      g_autofree char *value = NULL;

      if ((gint) i >= skip_from && (gint) i <= skip_to)
        continue;
      value = spec_value (object, &specs[i]);
      append_field (out, prefix, specs[i].property, value);
    }
}

static void
append_id (GString    *out,
           const char *prefix,
           const char *name,
           gint64      id)
{
  g_autofree char *value = id > 0 ? id_text (id) : NULL;

  append_field (out, prefix, name, value);
}

char *
caseload_iep_canonical_text (CaseloadIep *iep,
                             GPtrArray   *attendees)
{
  GString *out = g_string_new ("caseload-iep-content 1\n");
  const char * const *periods;
  GPtrArray *list;

  g_return_val_if_fail (CASELOAD_IS_IEP (iep), NULL);

  append_id (out, "iep", "id", caseload_iep_get_id (iep));
  append_id (out, "iep", "student-id", caseload_iep_get_student_id (iep));
  append_field (out, "iep", "kind", caseload_iep_get_kind (iep));
  append_id (out, "iep", "amends-iep-id", caseload_iep_get_amends_iep_id (iep));
  append_id (out, "iep", "previous-iep-id", caseload_iep_get_previous_iep_id (iep));
  append_id (out, "iep", "meeting-id", caseload_iep_get_meeting_id (iep));
  /* The parent-copy date and method are recorded after finalizing: not
   * content. */
  append_specs (out, "iep", G_OBJECT (iep), iep_fields, G_N_ELEMENTS (iep_fields),
                IEP_PARENT_COPY_DATE, IEP_PARENT_COPY_METHOD);

  periods = caseload_iep_get_reporting_periods (iep);
  for (guint i = 0; periods != NULL && periods[i] != NULL; i++)
    {
      g_autofree char *prefix = g_strdup_printf ("reporting-period[%u]", i + 1);

      append_field (out, prefix, "end-date", periods[i]);
    }

  list = caseload_iep_get_special_factors (iep);
  for (guint i = 0; i < list->len; i++)
    {
      CaseloadSpecialFactor *factor = g_ptr_array_index (list, i);
      g_autofree char *prefix = g_strdup_printf ("special-factor[%s]",
                                                 caseload_special_factor_get_factor (factor));

      append_specs (out, prefix, G_OBJECT (factor), factor_fields, G_N_ELEMENTS (factor_fields), -1, -1);
    }

  list = caseload_iep_get_goals (iep);
  for (guint i = 0; i < list->len; i++)
    {
      CaseloadGoal *goal = g_ptr_array_index (list, i);
      GPtrArray *objectives = caseload_goal_get_objectives (goal);
      g_autofree char *prefix = g_strdup_printf ("goal[%u]", i + 1);

      append_id (out, prefix, "id", caseload_goal_get_id (goal));
      append_id (out, prefix, "carried-from-goal-id", caseload_goal_get_carried_from_goal_id (goal));
      append_specs (out, prefix, G_OBJECT (goal), goal_fields, G_N_ELEMENTS (goal_fields), -1, -1);
      for (guint j = 0; j < objectives->len; j++)
        {
          g_autofree char *sub = g_strdup_printf ("%s.objective[%u]", prefix, j + 1);

          append_specs (out, sub, g_ptr_array_index (objectives, j), objective_fields,
                        G_N_ELEMENTS (objective_fields), -1, -1);
        }
    }

  list = caseload_iep_get_services (iep);
  for (guint i = 0; i < list->len; i++)
    {
      g_autofree char *prefix = g_strdup_printf ("service[%u]", i + 1);

      append_specs (out, prefix, g_ptr_array_index (list, i), service_fields,
                    G_N_ELEMENTS (service_fields), -1, -1);
    }

  list = caseload_iep_get_accommodations (iep);
  for (guint i = 0; i < list->len; i++)
    {
      g_autofree char *prefix = g_strdup_printf ("accommodation[%u]", i + 1);

      append_specs (out, prefix, g_ptr_array_index (list, i), accommodation_fields,
                    G_N_ELEMENTS (accommodation_fields), -1, -1);
    }

  for (guint i = 0; attendees != NULL && i < attendees->len; i++)
    {
      CaseloadMeetingAttendee *attendee = g_ptr_array_index (attendees, i);
      g_autofree char *prefix = g_strdup_printf ("attendee[%u]", i + 1);

      append_id (out, prefix, "id", caseload_meeting_attendee_get_id (attendee));
      append_specs (out, prefix, G_OBJECT (attendee), attendee_fields,
                    G_N_ELEMENTS (attendee_fields), -1, -1);
    }

  return g_string_free (out, FALSE);
}

char *
caseload_iep_compute_hash (CaseloadIep *iep,
                           GPtrArray   *attendees)
{
  g_autofree char *text = caseload_iep_canonical_text (iep, attendees);

  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);
}

/* Loads the IEP and its attendees and hashes them (inside or outside a
 * transaction). */
static char *
hash_stored_iep (CaseloadStore  *self,
                 gint64          iep_id,
                 GError        **error)
{
  g_autoptr(CaseloadIep) iep = caseload_store_get_iep (self, iep_id, error);
  g_autoptr(GPtrArray) attendees = NULL;

  if (iep == NULL)
    return NULL;
  attendees = load_attendees (self, caseload_iep_get_meeting_id (iep), error);
  if (attendees == NULL)
    return NULL;
  return caseload_iep_compute_hash (iep, attendees);
}

gboolean
caseload_store_verify_iep_hash (CaseloadStore  *self,
                                gint64          iep_id,
                                gboolean       *matches,
                                GError        **error)
{
  g_auto(IepState) state = { 0, };
  g_autofree char *hash = NULL;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (matches != NULL, FALSE);

  if (!load_state (self, iep_id, &state, error))
    return FALSE;
  hash = hash_stored_iep (self, iep_id, error);
  if (hash == NULL)
    return FALSE;

  *matches = state.content_hash != NULL && g_str_equal (state.content_hash, hash);
  return TRUE;
}

static gboolean
store_hash (CaseloadStore  *self,
            IepState       *state,
            const char     *hash,
            const char     *now,
            GError        **error)
{
  sqlite3 *db = caseload_store_get_db (self);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = caseload_db_prepare (db, "UPDATE iep SET content_hash = ?1, updated_at = ?2 WHERE id = ?3", error);
  if (stmt == NULL)
    return FALSE;
  caseload_db_bind_text (stmt, 1, hash);
  caseload_db_bind_text (stmt, 2, now);
  sqlite3_bind_int64 (stmt, 3, state->id);
  return caseload_db_step_done (db, stmt, _("Could not save the IEP"), error) &&
         caseload_store_audit (self, now, "iep", state->id, state->student_id, "update",
                               "content_hash", state->content_hash, hash, NULL, error);
}

/* ---- checking ------------------------------------------------------------------ */

static GPtrArray *
check_loaded (CaseloadStore  *self,
              CaseloadIep    *iep,
              const GDate    *as_of,
              GError        **error)
{
  sqlite3 *db = caseload_store_get_db (self);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) attendees = NULL;
  g_autofree char *birth_date = NULL;
  g_autofree char *previous_meeting = NULL;
  CaseloadRuleSettings settings;
  CaseloadIepCheckInput input = { 0, };
  int rc;

  if (!caseload_store_load_rule_settings (self, &settings, error))
    return NULL;
  attendees = load_attendees (self, caseload_iep_get_meeting_id (iep), error);
  if (attendees == NULL)
    return NULL;

  stmt = caseload_db_prepare (db, "SELECT birth_date FROM student WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, caseload_iep_get_student_id (iep));
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    birth_date = g_strdup (caseload_db_column_text (stmt, 0));
  g_clear_pointer (&stmt, caseload_db_release);

  /* The IEP this one follows for the annual review: its previous IEP, or
   * else the latest earlier non-amendment IEP that was finalized. */
  stmt = caseload_db_prepare (db,
                              "SELECT meeting_date FROM iep WHERE id = ?1 "
                              "UNION ALL "
                              "SELECT meeting_date FROM (SELECT meeting_date FROM iep "
                              "  WHERE student_id = ?2 AND id <> ?3 AND kind <> 'amendment' "
                              "  AND status IN ('finalized', 'superseded') AND meeting_date IS NOT NULL "
                              "  AND ?1 = 0 ORDER BY meeting_date DESC LIMIT 1)",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, caseload_iep_get_previous_iep_id (iep));
  sqlite3_bind_int64 (stmt, 2, caseload_iep_get_student_id (iep));
  sqlite3_bind_int64 (stmt, 3, caseload_iep_get_id (iep));
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    previous_meeting = g_strdup (caseload_db_column_text (stmt, 0));
  else if (rc != SQLITE_DONE)
    {
      caseload_db_set_error (db, rc, _("Could not read the IEP"), error);
      return NULL;
    }

  /* Documented attempts to involve the parent in the IEP's meeting. */
  g_clear_pointer (&stmt, caseload_db_release);
  stmt = caseload_db_prepare (db,
                              "SELECT count(*), count(DISTINCT method) FROM parent_contact_attempt "
                              "WHERE meeting_id = ?1",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, caseload_iep_get_meeting_id (iep));
  if ((rc = sqlite3_step (stmt)) != SQLITE_ROW)
    {
      caseload_db_set_error (db, rc, _("Could not read the IEP"), error);
      return NULL;
    }
  input.parent_attempts = (guint) sqlite3_column_int (stmt, 0);
  input.parent_attempt_methods = (guint) sqlite3_column_int (stmt, 1);

  input.birth_date = birth_date;
  input.previous_meeting_date = previous_meeting;
  input.attendees = attendees;
  input.settings = &settings;
  input.as_of = as_of;
  return caseload_iep_check (iep, &input);
}

GPtrArray *
caseload_store_check_iep (CaseloadStore  *self,
                          gint64          iep_id,
                          const GDate    *as_of,
                          GError        **error)
{
  g_autoptr(CaseloadIep) iep = NULL;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);

  iep = caseload_store_get_iep (self, iep_id, error);
  if (iep == NULL)
    return NULL;
  return check_loaded (self, iep, as_of, error);
}

static char *
describe_findings (GPtrArray *findings,
                   gboolean   errors)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < findings->len; i++)
    {
      CaseloadIepFinding *finding = g_ptr_array_index (findings, i);

      if (caseload_iep_finding_is_error (finding) != errors)
        continue;
      g_string_append_printf (out, "\n\u2022 %s: %s",
                              caseload_iep_section_to_label (caseload_iep_finding_get_section (finding)),
                              caseload_iep_finding_get_message (finding));
    }
  return g_string_free (out, FALSE);
}

static gboolean
set_status (CaseloadStore  *self,
            gint64          iep_id,
            gint64          student_id,
            const char     *old_status,
            const char     *status,
            const char     *now,
            GError        **error)
{
  sqlite3 *db = caseload_store_get_db (self);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = caseload_db_prepare (db, "UPDATE iep SET status = ?1, updated_at = ?2 WHERE id = ?3", error);
  if (stmt == NULL)
    return FALSE;
  caseload_db_bind_text (stmt, 1, status);
  caseload_db_bind_text (stmt, 2, now);
  sqlite3_bind_int64 (stmt, 3, iep_id);
  return caseload_db_step_done (db, stmt, _("Could not save the IEP"), error) &&
         caseload_store_audit (self, now, "iep", iep_id, student_id, "update", "status",
                               old_status, status, NULL, error);
}

gboolean
caseload_store_finalize_iep (CaseloadStore  *self,
                             gint64          iep_id,
                             gboolean        acknowledge_warnings,
                             const GDate    *as_of,
                             GError        **error)
{
  sqlite3 *db;
  g_auto(IepState) state = { 0, };
  g_autoptr(CaseloadIep) iep = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) attendees = NULL;
  g_autoptr(GArray) superseded = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now = caseload_db_now ();
  g_autofree char *hash = NULL;
  guint n_errors;
  int rc;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);

  db = caseload_store_get_db (self);
  if (!caseload_db_begin (db, error))
    return FALSE;
  if (!require_draft (self, iep_id, &state, error))
    return caseload_store_fail_and_rollback (self);

  iep = caseload_store_get_iep (self, iep_id, error);
  if (iep == NULL)
    return caseload_store_fail_and_rollback (self);
  findings = check_loaded (self, iep, as_of, error);
  if (findings == NULL)
    return caseload_store_fail_and_rollback (self);

  n_errors = caseload_iep_findings_count_errors (findings);
  if (n_errors > 0)
    {
      g_autofree char *list = describe_findings (findings, TRUE);

      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The IEP cannot be finalized: the checker found %u error:%s",
                                "The IEP cannot be finalized: the checker found %u errors:%s",
                                n_errors),
                   n_errors, list);
      return caseload_store_fail_and_rollback (self);
    }
  if (findings->len > 0 && !acknowledge_warnings)
    {
      g_autofree char *list = describe_findings (findings, FALSE);

      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   _("Acknowledge the checker's warnings to finalize:%s"), list);
      return caseload_store_fail_and_rollback (self);
    }

  attendees = load_attendees (self, state.meeting_id, error);
  if (attendees == NULL)
    return caseload_store_fail_and_rollback (self);
  hash = caseload_iep_compute_hash (iep, attendees);

  stmt = caseload_db_prepare (db, "UPDATE iep SET finalized_at = ?1 WHERE id = ?2", error);
  if (stmt == NULL)
    return caseload_store_fail_and_rollback (self);
  caseload_db_bind_text (stmt, 1, now);
  sqlite3_bind_int64 (stmt, 2, iep_id);
  if (!caseload_db_step_done (db, stmt, _("Could not finalize the IEP"), error) ||
      !set_status (self, iep_id, state.student_id, "draft", "finalized", now, error) ||
      !store_hash (self, &state, hash, now, error))
    return caseload_store_fail_and_rollback (self);
  g_clear_pointer (&stmt, caseload_db_release);

  /* What this IEP replaces: the IEP it amends, or every other finalized
   * IEP of the student. */
  if (g_str_equal (state.kind, "amendment"))
    {
      stmt = caseload_db_prepare (db, "SELECT id FROM iep WHERE id = ?1 AND status = 'finalized'", error);
      if (stmt == NULL)
        return caseload_store_fail_and_rollback (self);
      sqlite3_bind_int64 (stmt, 1, state.amends_iep_id);
    }
  else
    {
      stmt = caseload_db_prepare (db,
                                  "SELECT id FROM iep WHERE student_id = ?1 AND status = 'finalized' AND id <> ?2",
                                  error);
      if (stmt == NULL)
        return caseload_store_fail_and_rollback (self);
      sqlite3_bind_int64 (stmt, 1, state.student_id);
      sqlite3_bind_int64 (stmt, 2, iep_id);
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (superseded, id);
    }
  if (rc != SQLITE_DONE)
    {
      caseload_db_set_error (db, rc, _("Could not finalize the IEP"), error);
      return caseload_store_fail_and_rollback (self);
    }
  for (guint i = 0; i < superseded->len; i++)
    if (!set_status (self, g_array_index (superseded, gint64, i), state.student_id,
                     "finalized", "superseded", now, error))
      return caseload_store_fail_and_rollback (self);

  return caseload_store_commit_and_notify (self, "iep", error);
}

/* ---- corrections ------------------------------------------------------------- */

typedef struct
{
  const char *kind;
  const char *property;
  const char *column;
  const char *table;
  const char *select_sql;   /* ?1 id -> text, owning iep id */
  const char *update_sql;   /* ?1 text, ?2 id */
} Correctable;

#define CORRECT_IEP(prop, col) \
  { "iep", prop, col, "iep", "SELECT " col ", id FROM iep WHERE id = ?1", \
    "UPDATE iep SET " col " = ?1 WHERE id = ?2" }
#define CORRECT_CHILD(kind, table, prop, col) \
  { kind, prop, col, table, "SELECT " col ", iep_id FROM " table " WHERE id = ?1", \
    "UPDATE " table " SET " col " = ?1 WHERE id = ?2" }
#define CORRECT_OBJECTIVE(prop, col) \
  { "objective", prop, col, "objective", \
    "SELECT o." col ", g.iep_id FROM objective o JOIN goal g ON g.id = o.goal_id WHERE o.id = ?1", \
    "UPDATE objective SET " col " = ?1 WHERE id = ?2" }

static const Correctable correctables[] = {
  CORRECT_IEP ("strengths", "strengths"),
  CORRECT_IEP ("parent-concerns", "parent_concerns"),
  CORRECT_IEP ("evaluation-results", "evaluation_results"),
  CORRECT_IEP ("academic-needs", "academic_needs"),
  CORRECT_IEP ("functional-needs", "functional_needs"),
  CORRECT_IEP ("disability-impact", "disability_impact"),
  CORRECT_IEP ("alternate-why-not-regular", "alternate_why_not_regular"),
  CORRECT_IEP ("alternate-why-appropriate", "alternate_why_appropriate"),
  CORRECT_IEP ("nonparticipation-explanation", "nonparticipation_explanation"),
  CORRECT_IEP ("transition-education", "transition_education"),
  CORRECT_IEP ("transition-employment", "transition_employment"),
  CORRECT_IEP ("transition-independent-living", "transition_independent_living"),
  CORRECT_IEP ("transition-assessments", "transition_assessments"),
  CORRECT_IEP ("transition-services", "transition_services"),
  CORRECT_IEP ("course-of-study", "course_of_study"),
  CORRECT_IEP ("transition-agencies", "transition_agencies"),
  CORRECT_IEP ("amendment-summary", "amendment_summary"),
  CORRECT_CHILD ("goal", "goal", "condition", "condition"),
  CORRECT_CHILD ("goal", "goal", "behavior", "behavior"),
  CORRECT_CHILD ("goal", "goal", "criterion", "criterion"),
  CORRECT_CHILD ("goal", "goal", "unit", "unit"),
  CORRECT_CHILD ("goal", "goal", "method", "method"),
  CORRECT_CHILD ("goal", "goal", "responsible", "responsible"),
  CORRECT_OBJECTIVE ("description", "description"),
  CORRECT_CHILD ("service", "service", "name", "name"),
  CORRECT_CHILD ("service", "service", "provider-role", "provider_role"),
  CORRECT_CHILD ("service", "service", "location", "location"),
  CORRECT_CHILD ("accommodation", "accommodation", "description", "description"),
  CORRECT_CHILD ("accommodation", "accommodation", "frequency", "frequency"),
  CORRECT_CHILD ("special-factor", "special_factor", "notes", "notes"),
};

gboolean
caseload_store_correct_iep_text (CaseloadStore  *self,
                                 gint64          iep_id,
                                 const char     *object_kind,
                                 gint64          object_id,
                                 const char     *field,
                                 const char     *new_text,
                                 const char     *reason,
                                 GError        **error)
{
  sqlite3 *db;
  g_auto(IepState) state = { 0, };
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now = caseload_db_now ();
  g_autofree char *old_text = NULL;
  g_autofree char *trimmed_reason = NULL;
  g_autofree char *current_hash = NULL;
  g_autofree char *hash = NULL;
  const Correctable *what = NULL;
  gint64 owner;
  int rc;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (correctables); i++)
    if (g_strcmp0 (correctables[i].kind, object_kind) == 0 &&
        g_strcmp0 (correctables[i].property, field) == 0)
      what = &correctables[i];
  if (what == NULL)
    return set_invalid (error, NULL, "field",
                        _("Only text can be corrected; dates, numbers and choices need an amendment"));

  trimmed_reason = g_strstrip (g_strdup (reason != NULL ? reason : ""));
  if (*trimmed_reason == '\0')
    return set_invalid (error, NULL, "reason", _("Reason: say why this text is corrected"));
  if (new_text == NULL)
    new_text = "";
  {
    g_autofree char *trimmed_text = g_strstrip (g_strdup (new_text));

    if (*trimmed_text == '\0')
      {
        g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                     _("The corrected text of “%s” is blank: a correction fixes a typo, it cannot empty a field"),
                     field);
        return FALSE;
      }
  }

  if (g_str_equal (object_kind, "iep"))
    object_id = iep_id;

  db = caseload_store_get_db (self);
  if (!caseload_db_begin (db, error))
    return FALSE;
  if (!load_state (self, iep_id, &state, error))
    return caseload_store_fail_and_rollback (self);
  if (g_str_equal (state.status, "draft"))
    {
      set_invalid (error, NULL, "status", _("This IEP is still a draft: edit it directly"));
      return caseload_store_fail_and_rollback (self);
    }
  if (!g_str_equal (state.status, "finalized"))
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_LOCKED,
                   _("This IEP is %s: it is history and can no longer be corrected"),
                   caseload_iep_status_to_label (state.status));
      return caseload_store_fail_and_rollback (self);
    }

  /* Never launder an outside change into a fresh hash. */
  if (state.content_hash != NULL)
    {
      current_hash = hash_stored_iep (self, iep_id, error);
      if (current_hash == NULL)
        return caseload_store_fail_and_rollback (self);
      if (!g_str_equal (current_hash, state.content_hash))
        {
          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_FAILED,
                       _("This IEP's content no longer matches what was finalized: it was changed outside Caseload, so it cannot be corrected"));
          return caseload_store_fail_and_rollback (self);
        }
    }

  stmt = caseload_db_prepare (db, what->select_sql, error);
  if (stmt == NULL)
    return caseload_store_fail_and_rollback (self);
  sqlite3_bind_int64 (stmt, 1, object_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                   _("There is nothing with the number %lld to correct"), (long long) object_id);
      return caseload_store_fail_and_rollback (self);
    }
  if (rc != SQLITE_ROW)
    {
      caseload_db_set_error (db, rc, _("Could not read the IEP"), error);
      return caseload_store_fail_and_rollback (self);
    }
  old_text = g_strdup (caseload_db_column_text (stmt, 0));
  owner = sqlite3_column_int64 (stmt, 1);
  g_clear_pointer (&stmt, caseload_db_release);
  if (owner != iep_id)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                   _("That text is not part of this IEP"));
      return caseload_store_fail_and_rollback (self);
    }
  if (g_str_equal (old_text, new_text))
    {
      set_invalid (error, NULL, "new-text", _("The corrected text is the same as the current text"));
      return caseload_store_fail_and_rollback (self);
    }

  stmt = caseload_db_prepare (db, what->update_sql, error);
  if (stmt == NULL)
    return caseload_store_fail_and_rollback (self);
  caseload_db_bind_text (stmt, 1, new_text);
  sqlite3_bind_int64 (stmt, 2, object_id);
  if (!caseload_db_step_done (db, stmt, _("Could not correct the IEP"), error) ||
      !caseload_store_audit (self, now, what->table, object_id, state.student_id, "correct",
                             what->column, old_text, new_text, trimmed_reason, error))
    return caseload_store_fail_and_rollback (self);

  hash = hash_stored_iep (self, iep_id, error);
  if (hash == NULL || !store_hash (self, &state, hash, now, error))
    return caseload_store_fail_and_rollback (self);

  return caseload_store_commit_and_notify (self, "iep", error);
}

/* ---- copy-forward and amendments ------------------------------------------- */

static gboolean
latest_data_point (CaseloadStore  *self,
                   gint64          goal_id,
                   gboolean       *found,
                   double         *value,
                   char          **date,
                   GError        **error)
{
  sqlite3 *db = caseload_store_get_db (self);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = caseload_db_prepare (db,
                              "SELECT value, point_date FROM data_point WHERE goal_id = ?1 "
                              "ORDER BY point_date DESC, id DESC LIMIT 1",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, goal_id);
  rc = sqlite3_step (stmt);
  *found = rc == SQLITE_ROW;
  if (rc == SQLITE_ROW)
    {
      *value = sqlite3_column_double (stmt, 0);
      *date = g_strdup (caseload_db_column_text (stmt, 1));
      return TRUE;
    }
  if (rc != SQLITE_DONE)
    return caseload_db_set_error (db, rc, _("Could not read the progress data"), error);
  return TRUE;
}

static gint64
insert_spec_row (CaseloadStore    *self,
                 const char       *sql,
                 gint64            parent_id,
                 int               position,
                 gint64            extra_id,
                 GObject          *object,
                 const FieldSpec  *specs,
                 guint             n_specs,
                 GError          **error)
{
  sqlite3 *db = caseload_store_get_db (self);
  g_autoptr(sqlite3_stmt) stmt = caseload_db_prepare (db, sql, error);
  char **values;
  int first = extra_id >= 0 ? 4 : 3;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, parent_id);
  sqlite3_bind_int (stmt, 2, position);
  if (extra_id >= 0)
    caseload_db_bind_id_or_null (stmt, 3, extra_id);
  values = specs_values (object, specs, n_specs);
  specs_bind (stmt, first, specs, n_specs, values);
  free_values (values, n_specs);
  if (!caseload_db_step_done (db, stmt, _("Could not copy the IEP"), error))
    return 0;
  return sqlite3_last_insert_rowid (db);
}

/* Copies @source's children into the draft @new_id. @forward: the next
 * annual IEP (new baselines from the data, new dates to be set). */
static gboolean
copy_children (CaseloadStore  *self,
               CaseloadIep    *source,
               gint64          new_id,
               gboolean        forward,
               GError        **error)
{
  GPtrArray *list;

  if (!insert_factors (self, new_id, caseload_iep_get_special_factors (source), error))
    return FALSE;

  list = caseload_iep_get_goals (source);
  for (guint i = 0; i < list->len; i++)
    {
      CaseloadGoal *goal = g_ptr_array_index (list, i);
      GPtrArray *objectives = caseload_goal_get_objectives (goal);
      gint64 goal_id;

      if (forward)
        {
          gboolean found = FALSE;
          double value = 0.0;
          g_autofree char *date = NULL;

          if (!latest_data_point (self, caseload_goal_get_id (goal), &found, &value, &date, error))
            return FALSE;
          if (found)
            {
              caseload_goal_set_baseline_value (goal, value);
              caseload_goal_set_baseline_date (goal, date);
            }
          caseload_goal_set_target_date (goal, "");
        }

      goal_id = insert_spec_row (self,
                                 "INSERT INTO goal (iep_id, position, carried_from_goal_id, " GOAL_COLS ") "
                                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
                                 new_id, (int) i, caseload_goal_get_id (goal), G_OBJECT (goal),
                                 goal_fields, G_N_ELEMENTS (goal_fields), error);
      if (goal_id == 0)
        return FALSE;

      for (guint j = 0; j < objectives->len; j++)
        {
          CaseloadObjective *objective = g_ptr_array_index (objectives, j);

          if (forward)
            caseload_objective_set_target_date (objective, "");
          if (insert_spec_row (self,
                               "INSERT INTO objective (goal_id, position, " OBJECTIVE_COLS ") VALUES (?1, ?2, ?3, ?4)",
                               goal_id, (int) j, -1, G_OBJECT (objective),
                               objective_fields, G_N_ELEMENTS (objective_fields), error) == 0)
            return FALSE;
        }
    }

  list = caseload_iep_get_services (source);
  for (guint i = 0; i < list->len; i++)
    {
      CaseloadService *service = g_ptr_array_index (list, i);

      if (forward)
        {
          caseload_service_set_start_date (service, "");
          caseload_service_set_end_date (service, "");
        }
      if (insert_spec_row (self, service_table.insert_sql, new_id, (int) i, -1, G_OBJECT (service),
                           service_fields, G_N_ELEMENTS (service_fields), error) == 0)
        return FALSE;
    }

  list = caseload_iep_get_accommodations (source);
  for (guint i = 0; i < list->len; i++)
    if (insert_spec_row (self, accommodation_table.insert_sql, new_id, (int) i, -1,
                         g_ptr_array_index (list, i), accommodation_fields,
                         G_N_ELEMENTS (accommodation_fields), error) == 0)
      return FALSE;

  return TRUE;
}

/* In the caller's transaction. @fixed_now (the sample generator, which
 * must be deterministic) replaces the clock and keeps the source's
 * reporting periods. */
static gint64
copy_iep_in_tx (CaseloadStore  *self,
                gint64          iep_id,
                gboolean        forward,
                const char     *summary,
                const char     *fixed_now,
                GError        **error)
{
  g_auto(IepState) state = { 0, };
  g_autoptr(CaseloadIep) source = NULL;
  g_autofree char *now = fixed_now != NULL ? g_strdup (fixed_now) : caseload_db_now ();
  g_auto(GStrv) periods = NULL;
  gint64 new_id;

  if (!load_state (self, iep_id, &state, error))
    return 0;
  if (forward ? g_str_equal (state.status, "draft") : !g_str_equal (state.status, "finalized"))
    {
      set_invalid (error, NULL, "status",
                   forward ? _("Only a finalized IEP can be carried forward to next year")
                           : _("Only the finalized IEP in effect can be amended"));
      return 0;
    }
  if (!check_no_draft (self, state.student_id, error))
    return 0;

  source = caseload_store_get_iep (self, iep_id, error);
  if (source == NULL)
    return 0;

  /* What is not carried into a new version. */
  g_object_freeze_notify (G_OBJECT (source));
  caseload_iep_set_parent_copy_date (source, "");
  caseload_iep_set_parent_copy_method (source, "");
  if (forward)
    {
      caseload_iep_set_meeting_date (source, "");
      caseload_iep_set_start_date (source, "");
      caseload_iep_set_end_date (source, "");
      caseload_iep_set_next_review_date (source, "");
      caseload_iep_set_rights_transfer_date (source, "");
      caseload_iep_set_parent_consent_date (source, "");
      caseload_iep_set_amendment_summary (source, "");
    }
  else
    caseload_iep_set_amendment_summary (source, summary);
  g_object_thaw_notify (G_OBJECT (source));

  if (forward && fixed_now == NULL)
    {
      periods = school_periods (self, state.student_id, error);
      if (periods == NULL)
        return 0;
    }
  else
    periods = g_strdupv ((char **) caseload_iep_get_reporting_periods (source));

  new_id = insert_iep (self, state.student_id, forward ? "annual" : "amendment",
                       forward ? 0 : iep_id, forward ? iep_id : caseload_iep_get_previous_iep_id (source),
                       source, now, error);
  if (new_id == 0 ||
      !copy_children (self, source, new_id, forward, error) ||
      !insert_periods (self, new_id, (const char * const *) periods, error))
    return 0;
  return new_id;
}

static gint64
copy_iep (CaseloadStore  *self,
          gint64          iep_id,
          gboolean        forward,
          const char     *summary,
          GError        **error)
{
  sqlite3 *db = caseload_store_get_db (self);
  gint64 new_id;

  if (!caseload_db_begin (db, error))
    return 0;
  new_id = copy_iep_in_tx (self, iep_id, forward, summary, NULL, error);
  if (new_id == 0)
    return caseload_store_fail_and_rollback (self);
  if (!caseload_store_commit_and_notify (self, "iep", error))
    return 0;
  return new_id;
}

gint64
caseload_store_copy_iep_forward (CaseloadStore  *self,
                                 gint64          iep_id,
                                 GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), 0);

  return copy_iep (self, iep_id, TRUE, NULL, error);
}

gint64
caseload_store_amend_iep (CaseloadStore  *self,
                          gint64          iep_id,
                          const char     *summary,
                          GError        **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (summary != NULL ? summary : ""));

  g_return_val_if_fail (CASELOAD_IS_STORE (self), 0);

  if (*trimmed == '\0')
    {
      set_invalid (error, NULL, "amendment-summary", _("What changes: describe the amendment"));
      return 0;
    }
  return copy_iep (self, iep_id, FALSE, trimmed, error);
}

/* ---- comparison ------------------------------------------------------------ */

static void
add_difference (GPtrArray  *out,
                const char *section,
                const char *item,
                const char *field,
                const char *change,
                const char *old_value,
                const char *new_value)
{
  g_ptr_array_add (out, g_object_new (CASELOAD_TYPE_IEP_DIFFERENCE,
                                      "section", section,
                                      "item", item,
                                      "field", field,
                                      "change", change,
                                      "old-value", old_value != NULL ? old_value : "",
                                      "new-value", new_value != NULL ? new_value : "",
                                      NULL));
}

static void
compare_specs (GPtrArray       *out,
               const char      *section,
               const char      *item,
               GObject         *old_object,
               GObject         *new_object,
               const FieldSpec *specs,
               guint            n_specs)
{
  for (guint i = 0; i < n_specs; i++)
    {
      g_autofree char *old_value = old_object != NULL ? spec_value (old_object, &specs[i]) : NULL;
      g_autofree char *new_value = new_object != NULL ? spec_value (new_object, &specs[i]) : NULL;
      const char *change;

      if (g_strcmp0 (old_value, new_value) == 0)
        continue;
      if (old_object == NULL)
        change = "added";
      else if (new_object == NULL)
        change = "removed";
      else
        change = "changed";
      /* An added or removed record lists only its fields that have a value. */
      if (old_object == NULL || new_object == NULL)
        {
          const char *value = old_object == NULL ? new_value : old_value;

          if (value == NULL || *value == '\0')
            continue;
        }
      add_difference (out, specs[i].section != NULL ? specs[i].section : section, item,
                      specs[i].property, change, old_value, new_value);
    }
}

static void
compare_lists (GPtrArray       *out,
               const char      *section,
               const char      *item_format,
               GPtrArray       *old_list,
               GPtrArray       *new_list,
               const FieldSpec *specs,
               guint            n_specs)
{
  guint n = MAX (old_list->len, new_list->len);

  for (guint i = 0; i < n; i++)
    {
      GObject *old_object = i < old_list->len ? g_ptr_array_index (old_list, i) : NULL;
      GObject *new_object = i < new_list->len ? g_ptr_array_index (new_list, i) : NULL;
      g_autofree char *item = g_strdup_printf (item_format, i + 1);

      compare_specs (out, section, item, old_object, new_object, specs, n_specs);
    }
}

static void
compare_goal (GPtrArray    *out,
              const char   *item,
              CaseloadGoal *old_goal,
              CaseloadGoal *new_goal)
{
  GPtrArray *old_objectives = old_goal != NULL ? caseload_goal_get_objectives (old_goal) : NULL;
  GPtrArray *new_objectives = new_goal != NULL ? caseload_goal_get_objectives (new_goal) : NULL;
  g_autoptr(GPtrArray) empty = g_ptr_array_new ();
  g_autofree char *format = g_strconcat (item, ", ", _("objective %u"), NULL);

  compare_specs (out, "goals", item, (GObject *) old_goal, (GObject *) new_goal,
                 goal_fields, G_N_ELEMENTS (goal_fields));
  compare_lists (out, "goals", format,
                 old_objectives != NULL ? old_objectives : empty,
                 new_objectives != NULL ? new_objectives : empty,
                 objective_fields, G_N_ELEMENTS (objective_fields));
}

GPtrArray *
caseload_iep_compare_loaded (CaseloadIep *old_iep,
                             CaseloadIep *new_iep)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray *old_goals, *new_goals;
  g_autofree gboolean *old_matched = NULL;
  g_autofree gint *new_match = NULL;
  const char * const *old_periods;
  const char * const *new_periods;
  guint n_periods = 0;

  g_return_val_if_fail (CASELOAD_IS_IEP (old_iep), out);
  g_return_val_if_fail (CASELOAD_IS_IEP (new_iep), out);

  if (!g_str_equal (caseload_iep_get_kind (old_iep), caseload_iep_get_kind (new_iep)))
    add_difference (out, "header", "", "kind", "changed",
                    caseload_iep_get_kind (old_iep), caseload_iep_get_kind (new_iep));
  compare_specs (out, "header", "", G_OBJECT (old_iep), G_OBJECT (new_iep),
                 iep_fields, G_N_ELEMENTS (iep_fields));

  old_periods = caseload_iep_get_reporting_periods (old_iep);
  new_periods = caseload_iep_get_reporting_periods (new_iep);
  n_periods = MAX (g_strv_length ((char **) old_periods), g_strv_length ((char **) new_periods));
  for (guint i = 0; i < n_periods; i++)
    {
      const char *a = i < g_strv_length ((char **) old_periods) ? old_periods[i] : NULL;
      const char *b = i < g_strv_length ((char **) new_periods) ? new_periods[i] : NULL;
      g_autofree char *item = g_strdup_printf (_("Period %u"), i + 1);

      if (g_strcmp0 (a, b) != 0)
        add_difference (out, "reporting", item, "end-date",
                        a == NULL ? "added" : b == NULL ? "removed" : "changed", a, b);
    }

  {
    GPtrArray *a = caseload_iep_get_special_factors (old_iep);
    GPtrArray *b = caseload_iep_get_special_factors (new_iep);

    for (guint i = 0; i < b->len; i++)
      for (guint j = 0; j < a->len; j++)
        if (g_str_equal (caseload_special_factor_get_factor (g_ptr_array_index (b, i)),
                         caseload_special_factor_get_factor (g_ptr_array_index (a, j))))
          compare_specs (out, "special-factors",
                         caseload_special_factor_to_label (caseload_special_factor_get_factor (g_ptr_array_index (b, i))),
                         g_ptr_array_index (a, j), g_ptr_array_index (b, i),
                         factor_fields, G_N_ELEMENTS (factor_fields));
  }

  /* Goals: by the goal they were carried from, then by position. */
  old_goals = caseload_iep_get_goals (old_iep);
  new_goals = caseload_iep_get_goals (new_iep);
  old_matched = g_new0 (gboolean, old_goals->len + 1);
  new_match = g_new0 (gint, new_goals->len + 1);
  for (guint i = 0; i < new_goals->len; i++)
    {
      gint64 from = caseload_goal_get_carried_from_goal_id (g_ptr_array_index (new_goals, i));

      new_match[i] = -1;
      for (guint j = 0; from != 0 && j < old_goals->len; j++)
        if (!old_matched[j] && caseload_goal_get_id (g_ptr_array_index (old_goals, j)) == from)
          {
            new_match[i] = (gint) j;
            old_matched[j] = TRUE;
          }
    }
  for (guint i = 0; i < new_goals->len; i++)
    if (new_match[i] < 0 && i < old_goals->len && !old_matched[i] &&
        caseload_goal_get_carried_from_goal_id (g_ptr_array_index (new_goals, i)) == 0)
      {
        new_match[i] = (gint) i;
        old_matched[i] = TRUE;
      }
  for (guint i = 0; i < new_goals->len; i++)
    {
      g_autofree char *item = g_strdup_printf (_("Goal %u"), i + 1);

      compare_goal (out, item,
                    new_match[i] >= 0 ? g_ptr_array_index (old_goals, new_match[i]) : NULL,
                    g_ptr_array_index (new_goals, i));
    }
  for (guint j = 0; j < old_goals->len; j++)
    if (!old_matched[j])
      {
        g_autofree char *item = g_strdup_printf (_("Goal %u (earlier version)"), j + 1);

        compare_goal (out, item, g_ptr_array_index (old_goals, j), NULL);
      }

  compare_lists (out, "services", _("Service %u"),
                 caseload_iep_get_services (old_iep), caseload_iep_get_services (new_iep),
                 service_fields, G_N_ELEMENTS (service_fields));
  compare_lists (out, "accommodations", _("Accommodation %u"),
                 caseload_iep_get_accommodations (old_iep), caseload_iep_get_accommodations (new_iep),
                 accommodation_fields, G_N_ELEMENTS (accommodation_fields));

  return out;
}

GListModel *
caseload_iep_compare (CaseloadStore  *self,
                      gint64          old_id,
                      gint64          new_id,
                      GError        **error)
{
  g_autoptr(CaseloadIep) old_iep = NULL;
  g_autoptr(CaseloadIep) new_iep = NULL;
  g_autoptr(GPtrArray) differences = NULL;
  g_autoptr(GListStore) list = NULL;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);

  old_iep = caseload_store_get_iep (self, old_id, error);
  if (old_iep == NULL)
    return NULL;
  new_iep = caseload_store_get_iep (self, new_id, error);
  if (new_iep == NULL)
    return NULL;
  if (caseload_iep_get_student_id (old_iep) != caseload_iep_get_student_id (new_iep))
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   _("These IEPs belong to different students"));
      return NULL;
    }

  differences = caseload_iep_compare_loaded (old_iep, new_iep);
  list = g_list_store_new (CASELOAD_TYPE_IEP_DIFFERENCE);
  g_list_store_splice (list, 0, 0, differences->pdata, differences->len);
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/* ---- sealing and the sample generator's drafts ------------------------------- */

gboolean
caseload_store_seal_iep_hashes (CaseloadStore  *self,
                                GError        **error)
{
  sqlite3 *db;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) times = g_ptr_array_new_with_free_func (g_free);
  int rc;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);

  db = caseload_store_get_db (self);
  if (!caseload_db_begin (db, error))
    return FALSE;

  stmt = caseload_db_prepare (db,
                              "SELECT id, COALESCE(finalized_at, updated_at) FROM iep "
                              "WHERE status IN ('finalized', 'superseded') AND content_hash IS NULL ORDER BY id",
                              error);
  if (stmt == NULL)
    return caseload_store_fail_and_rollback (self);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
      g_ptr_array_add (times, g_strdup (caseload_db_column_text (stmt, 1)));
    }
  if (rc != SQLITE_DONE)
    {
      caseload_db_set_error (db, rc, _("Could not read the IEPs"), error);
      return caseload_store_fail_and_rollback (self);
    }

  for (guint i = 0; i < ids->len; i++)
    {
      g_auto(IepState) state = { 0, };
      g_autofree char *hash = NULL;
      gint64 id = g_array_index (ids, gint64, i);

      if (!load_state (self, id, &state, error))
        return caseload_store_fail_and_rollback (self);
      hash = hash_stored_iep (self, id, error);
      if (hash == NULL || !store_hash (self, &state, hash, g_ptr_array_index (times, i), error))
        return caseload_store_fail_and_rollback (self);
    }

  return caseload_store_commit_and_notify (self, "iep", error);
}

typedef struct
{
  gint64  iep_id;
  char   *end_date;
  char   *birth_date;
  char   *at;
} SampleCandidate;

static void
sample_candidate_free (gpointer data)
{
  SampleCandidate *c = data;

  g_free (c->end_date);
  g_free (c->birth_date);
  g_free (c->at);
  g_free (c);
}

static gboolean
exec_with_id (CaseloadStore  *self,
              const char     *sql,
              gint64          id,
              GError        **error)
{
  sqlite3 *db = caseload_store_get_db (self);
  g_autoptr(sqlite3_stmt) stmt = caseload_db_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return caseload_db_step_done (db, stmt, _("Could not save the IEP"), error);
}

/* Next year's draft from @c with dates following on from its end date. */
static gint64
sample_draft (CaseloadStore    *self,
              SampleCandidate  *c,
              GError          **error)
{
  sqlite3 *db = caseload_store_get_db (self);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *meeting = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  GDate old_end, date;
  gint64 id;

  id = copy_iep_in_tx (self, c->iep_id, TRUE, NULL, c->at, error);
  if (id == 0)
    return 0;

  caseload_date_parse_iso (c->end_date, &old_end);
  date = old_end;
  g_date_subtract_days (&date, 14);
  meeting = caseload_date_to_iso (&date);
  date = old_end;
  g_date_add_days (&date, 1);
  start = caseload_date_to_iso (&date);
  caseload_date_add_years (&date, 1);
  g_date_subtract_days (&date, 1);
  end = caseload_date_to_iso (&date);

  stmt = caseload_db_prepare (db,
                              "UPDATE iep SET meeting_date = ?1, start_date = ?2, end_date = ?3, "
                              "next_review_date = ?3 WHERE id = ?4",
                              error);
  if (stmt == NULL)
    return 0;
  caseload_db_bind_text (stmt, 1, meeting);
  caseload_db_bind_text (stmt, 2, start);
  caseload_db_bind_text (stmt, 3, end);
  sqlite3_bind_int64 (stmt, 4, id);
  if (!caseload_db_step_done (db, stmt, _("Could not save the IEP"), error))
    return 0;
  return id;
}

gboolean
caseload_store_sample_iep_drafts (CaseloadStore  *self,
                                  guint32         seed,
                                  GError        **error)
{
  sqlite3 *db;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) candidates = g_ptr_array_new_with_free_func (sample_candidate_free);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  CaseloadRuleSettings settings;
  guint n_transition = 0, n_unmeasurable = 0;
  int rc;

  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);

  if (!caseload_store_load_rule_settings (self, &settings, error))
    return FALSE;

  db = caseload_store_get_db (self);
  if (!caseload_db_begin (db, error))
    return FALSE;

  stmt = caseload_db_prepare (db,
                              "SELECT i.id, i.end_date, s.birth_date, COALESCE(i.finalized_at, i.updated_at) "
                              "FROM iep i JOIN student s ON s.id = i.student_id "
                              "WHERE i.status = 'finalized' AND i.end_date IS NOT NULL "
                              "AND s.status = 'active' AND s.birth_date IS NOT NULL "
                              "AND NOT EXISTS (SELECT 1 FROM iep d WHERE d.student_id = i.student_id "
                              "  AND d.status = 'draft') "
                              "AND (SELECT count(*) FROM goal g WHERE g.iep_id = i.id) > 0 "
                              "ORDER BY i.student_id, i.id",
                              error);
  if (stmt == NULL)
    return caseload_store_fail_and_rollback (self);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SampleCandidate *c = g_new0 (SampleCandidate, 1);

      c->iep_id = sqlite3_column_int64 (stmt, 0);
      c->end_date = g_strdup (caseload_db_column_text (stmt, 1));
      c->birth_date = g_strdup (caseload_db_column_text (stmt, 2));
      c->at = g_strdup (caseload_db_column_text (stmt, 3));
      g_ptr_array_add (candidates, c);
    }
  if (rc != SQLITE_DONE)
    {
      caseload_db_set_error (db, rc, _("Could not read the IEPs"), error);
      return caseload_store_fail_and_rollback (self);
    }
  g_clear_pointer (&stmt, caseload_db_release);

  /* A deterministic shuffle, then: up to two students who turn 16 during
   * next year's IEP get a draft without the transition plan, and three
   * others a draft with an unmeasurable first goal. The rest stay clean. */
  for (guint i = candidates->len; i > 1; i--)
    {
      guint j = (guint) g_rand_int_range (rand, 0, (gint32) i);
      gpointer tmp = candidates->pdata[i - 1];

      candidates->pdata[i - 1] = candidates->pdata[j];
      candidates->pdata[j] = tmp;
    }

  for (guint i = 0; i < candidates->len; i++)
    {
      SampleCandidate *c = g_ptr_array_index (candidates, i);
      GDate birth, old_end, new_end, turns;
      gboolean turning;
      gint64 id;

      if (!caseload_date_parse_iso (c->birth_date, &birth) ||
          !caseload_date_parse_iso (c->end_date, &old_end))
        continue;
      new_end = old_end;
      caseload_date_add_years (&new_end, 1);
      caseload_date_birthday (&birth, (guint) settings.transition_age, &turns);
      turning = g_date_compare (&new_end, &turns) >= 0 && g_date_compare (&old_end, &turns) < 0;

      if (turning && n_transition < 2)
        {
          id = sample_draft (self, c, error);
          if (id == 0 ||
              !exec_with_id (self,
                             "UPDATE iep SET transition_education = '', transition_employment = '', "
                             "transition_independent_living = '', transition_services = '' WHERE id = ?1",
                             id, error))
            return caseload_store_fail_and_rollback (self);
          n_transition++;
        }
      else if (!turning && n_unmeasurable < 3)
        {
          id = sample_draft (self, c, error);
          if (id == 0 ||
              !exec_with_id (self,
                             "UPDATE goal SET baseline_value = NULL, method = '' WHERE id = "
                             "(SELECT id FROM goal WHERE iep_id = ?1 ORDER BY position, id LIMIT 1)",
                             id, error) ||
              !caseload_store_audit (self, c->at, "goal", id, 0, "update", "method", NULL, "", NULL, error))
            return caseload_store_fail_and_rollback (self);
          n_unmeasurable++;
        }
      if (n_transition >= 2 && n_unmeasurable >= 3)
        break;
    }

  return caseload_store_commit_and_notify (self, "iep", error);
}
