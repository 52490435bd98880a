#define G_LOG_DOMAIN "caseload-student"

#include "config.h"

#include "caseload-student.h"

#include "caseload-rules.h"

#include <glib/gi18n-lib.h>
#include <string.h>

struct _CaseloadStudent
{
  GObject parent_instance;

  gint64 id;
  char *student_number;
  char *first_name;
  char *last_name;
  char *preferred_name;
  char *full_name;
  char *sort_name;
  char *birth_date;
  char *grade;
  int grade_rank;
  gint64 school_id;
  char *school_name;
  char *home_language;
  char *gender;
  char *status;
  char *exit_date;
  char *exit_reason;
  char *notes;
  char *primary_disability;
  char *primary_disability_name;
  GStrv secondary_disabilities;
  gint64 case_manager_id;
  char *case_manager_name;
  char *next_deadline_kind;
  char *next_deadline_date;
  int next_deadline_days;
  int next_deadline_status;
  gboolean reevaluation_waived;

  /* Folded haystack for filtering; NULL until asked for. */
  char *search_text;
};

G_DEFINE_FINAL_TYPE (CaseloadStudent, caseload_student, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_STUDENT_NUMBER,
  PROP_FIRST_NAME,
  PROP_LAST_NAME,
  PROP_PREFERRED_NAME,
  PROP_FULL_NAME,
  PROP_SORT_NAME,
  PROP_BIRTH_DATE,
  PROP_GRADE,
  PROP_GRADE_RANK,
  PROP_SCHOOL_ID,
  PROP_SCHOOL_NAME,
  PROP_HOME_LANGUAGE,
  PROP_GENDER,
  PROP_STATUS,
  PROP_EXIT_DATE,
  PROP_EXIT_REASON,
  PROP_NOTES,
  PROP_PRIMARY_DISABILITY,
  PROP_PRIMARY_DISABILITY_NAME,
  PROP_SECONDARY_DISABILITIES,
  PROP_CASE_MANAGER_ID,
  PROP_CASE_MANAGER_NAME,
  PROP_NEXT_DEADLINE_KIND,
  PROP_NEXT_DEADLINE_DATE,
  PROP_NEXT_DEADLINE_DAYS,
  PROP_NEXT_DEADLINE_STATUS,
  PROP_REEVALUATION_WAIVED,
  PROP_SEARCH_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Stores a copy of @value (NULL counts as "") in *@field; returns TRUE
 * when the text really changed. */
static gboolean
replace_string (char       **field,
                const char  *value)
{
  if (value == NULL)
    value = "";

  if (*field != NULL && g_str_equal (*field, value))
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);

  return TRUE;
}

/* "A B" (or whichever part is set); @separator goes between two parts. */
static char *
join_names (const char *a,
            const char *separator,
            const char *b)
{
  if (*a == '\0')
    return g_strdup (b);
  if (*b == '\0')
    return g_strdup (a);

  return g_strconcat (a, separator, b, NULL);
}

static const char * const empty_strv[] = { NULL };

/* PK = -1, K = 0, 1..12; anything else sorts last. */
static int
rank_for_grade (const char *grade)
{
  gint64 number;
  char *end = NULL;

  if (g_ascii_strcasecmp (grade, "PK") == 0)
    return -1;
  if (g_ascii_strcasecmp (grade, "K") == 0)
    return 0;
  if (!g_ascii_isdigit (grade[0]))
    return 99;

  number = g_ascii_strtoll (grade, &end, 10);
  if (*end != '\0' || number < 1 || number > 12)
    return 99;

  return (int)number;
}

static char *
build_full_name (CaseloadStudent *self)
{
  if (self->preferred_name[0] != '\0' &&
      !g_str_equal (self->preferred_name, self->first_name))
    {
      /* Translators: a student's name with the name they go by:
       * first name, preferred name, last name. */
      return g_strdup_printf (_("%s “%s” %s"),
                              self->first_name,
                              self->preferred_name,
                              self->last_name);
    }

  return join_names (self->first_name, " ", self->last_name);
}

/* Recomputes full-name and sort-name after a name changed and notifies
 * the ones that really changed. */
static void
update_names (CaseloadStudent *self)
{
  g_autofree char *full_name = build_full_name (self);
  g_autofree char *sort_name = join_names (self->last_name, ", ", self->first_name);

  if (replace_string (&self->full_name, full_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FULL_NAME]);
  if (replace_string (&self->sort_name, sort_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_NAME]);
}

/* One of the inputs of search-text changed: drop the cache; it is
 * rebuilt the next time someone asks. */
static void
invalidate_search_text (CaseloadStudent *self)
{
  g_clear_pointer (&self->search_text, g_free);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_TEXT]);
}

static void
update_grade_rank (CaseloadStudent *self)
{
  int rank = rank_for_grade (self->grade);

  if (rank == self->grade_rank)
    return;

  self->grade_rank = rank;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GRADE_RANK]);
}

static void
caseload_student_finalize (GObject *object)
{
  CaseloadStudent *self = (CaseloadStudent *)object;

  g_clear_pointer (&self->student_number, g_free);
  g_clear_pointer (&self->first_name, g_free);
  g_clear_pointer (&self->last_name, g_free);
  g_clear_pointer (&self->preferred_name, g_free);
  g_clear_pointer (&self->full_name, g_free);
  g_clear_pointer (&self->sort_name, g_free);
  g_clear_pointer (&self->birth_date, g_free);
  g_clear_pointer (&self->grade, g_free);
  g_clear_pointer (&self->school_name, g_free);
  g_clear_pointer (&self->home_language, g_free);
  g_clear_pointer (&self->gender, g_free);
  g_clear_pointer (&self->status, g_free);
  g_clear_pointer (&self->exit_date, g_free);
  g_clear_pointer (&self->exit_reason, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->primary_disability, g_free);
  g_clear_pointer (&self->primary_disability_name, g_free);
  g_clear_pointer (&self->secondary_disabilities, g_strfreev);
  g_clear_pointer (&self->case_manager_name, g_free);
  g_clear_pointer (&self->next_deadline_kind, g_free);
  g_clear_pointer (&self->next_deadline_date, g_free);
  g_clear_pointer (&self->search_text, g_free);

  G_OBJECT_CLASS (caseload_student_parent_class)->finalize (object);
}

static void
caseload_student_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CaseloadStudent *self = CASELOAD_STUDENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_STUDENT_NUMBER:
      g_value_set_string (value, self->student_number);
      break;

    case PROP_FIRST_NAME:
      g_value_set_string (value, self->first_name);
      break;

    case PROP_LAST_NAME:
      g_value_set_string (value, self->last_name);
      break;

    case PROP_PREFERRED_NAME:
      g_value_set_string (value, self->preferred_name);
      break;

    case PROP_FULL_NAME:
      g_value_set_string (value, self->full_name);
      break;

    case PROP_SORT_NAME:
      g_value_set_string (value, self->sort_name);
      break;

    case PROP_BIRTH_DATE:
      g_value_set_string (value, self->birth_date);
      break;

    case PROP_GRADE:
      g_value_set_string (value, self->grade);
      break;

    case PROP_GRADE_RANK:
      g_value_set_int (value, self->grade_rank);
      break;

    case PROP_SCHOOL_ID:
      g_value_set_int64 (value, self->school_id);
      break;

    case PROP_SCHOOL_NAME:
      g_value_set_string (value, self->school_name);
      break;

    case PROP_HOME_LANGUAGE:
      g_value_set_string (value, self->home_language);
      break;

    case PROP_GENDER:
      g_value_set_string (value, self->gender);
      break;

    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;

    case PROP_EXIT_DATE:
      g_value_set_string (value, self->exit_date);
      break;

    case PROP_EXIT_REASON:
      g_value_set_string (value, self->exit_reason);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    case PROP_PRIMARY_DISABILITY:
      g_value_set_string (value, self->primary_disability);
      break;

    case PROP_PRIMARY_DISABILITY_NAME:
      g_value_set_string (value, self->primary_disability_name);
      break;

    case PROP_SECONDARY_DISABILITIES:
      g_value_set_boxed (value, self->secondary_disabilities);
      break;

    case PROP_CASE_MANAGER_ID:
      g_value_set_int64 (value, self->case_manager_id);
      break;

    case PROP_CASE_MANAGER_NAME:
      g_value_set_string (value, self->case_manager_name);
      break;

    case PROP_NEXT_DEADLINE_KIND:
      g_value_set_string (value, self->next_deadline_kind);
      break;

    case PROP_NEXT_DEADLINE_DATE:
      g_value_set_string (value, self->next_deadline_date);
      break;

    case PROP_NEXT_DEADLINE_DAYS:
      g_value_set_int (value, self->next_deadline_days);
      break;

    case PROP_NEXT_DEADLINE_STATUS:
      g_value_set_int (value, self->next_deadline_status);
      break;

    case PROP_REEVALUATION_WAIVED:
      g_value_set_boolean (value, self->reevaluation_waived);
      break;

    case PROP_SEARCH_TEXT:
      g_value_set_string (value, caseload_student_get_search_text (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_student_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CaseloadStudent *self = CASELOAD_STUDENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_student_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_STUDENT_NUMBER:
      caseload_student_set_student_number (self, g_value_get_string (value));
      break;

    case PROP_FIRST_NAME:
      caseload_student_set_first_name (self, g_value_get_string (value));
      break;

    case PROP_LAST_NAME:
      caseload_student_set_last_name (self, g_value_get_string (value));
      break;

    case PROP_PREFERRED_NAME:
      caseload_student_set_preferred_name (self, g_value_get_string (value));
      break;

    case PROP_BIRTH_DATE:
      caseload_student_set_birth_date (self, g_value_get_string (value));
      break;

    case PROP_GRADE:
      caseload_student_set_grade (self, g_value_get_string (value));
      break;

    case PROP_SCHOOL_ID:
      caseload_student_set_school_id (self, g_value_get_int64 (value));
      break;

    case PROP_SCHOOL_NAME:
      caseload_student_set_school_name (self, g_value_get_string (value));
      break;

    case PROP_HOME_LANGUAGE:
      caseload_student_set_home_language (self, g_value_get_string (value));
      break;

    case PROP_GENDER:
      caseload_student_set_gender (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      caseload_student_set_status (self, g_value_get_string (value));
      break;

    case PROP_EXIT_DATE:
      caseload_student_set_exit_date (self, g_value_get_string (value));
      break;

    case PROP_EXIT_REASON:
      caseload_student_set_exit_reason (self, g_value_get_string (value));
      break;

    case PROP_NOTES:
      caseload_student_set_notes (self, g_value_get_string (value));
      break;

    case PROP_PRIMARY_DISABILITY:
      caseload_student_set_primary_disability (self, g_value_get_string (value));
      break;

    case PROP_PRIMARY_DISABILITY_NAME:
      caseload_student_set_primary_disability_name (self, g_value_get_string (value));
      break;

    case PROP_SECONDARY_DISABILITIES:
      caseload_student_set_secondary_disabilities (self, g_value_get_boxed (value));
      break;

    case PROP_CASE_MANAGER_ID:
      caseload_student_set_case_manager_id (self, g_value_get_int64 (value));
      break;

    case PROP_CASE_MANAGER_NAME:
      caseload_student_set_case_manager_name (self, g_value_get_string (value));
      break;

    case PROP_REEVALUATION_WAIVED:
      caseload_student_set_reevaluation_waived (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_student_class_init (CaseloadStudentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_student_finalize;
  object_class->get_property = caseload_student_get_property;
  object_class->set_property = caseload_student_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STUDENT_NUMBER] =
    g_param_spec_string ("student-number", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_FIRST_NAME] =
    g_param_spec_string ("first-name", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_LAST_NAME] =
    g_param_spec_string ("last-name", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PREFERRED_NAME] =
    g_param_spec_string ("preferred-name", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_FULL_NAME] =
    g_param_spec_string ("full-name", NULL, NULL,
                         "",
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SORT_NAME] =
    g_param_spec_string ("sort-name", NULL, NULL,
                         "",
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_BIRTH_DATE] =
    g_param_spec_string ("birth-date", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_GRADE] =
    g_param_spec_string ("grade", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_GRADE_RANK] =
    g_param_spec_int ("grade-rank", NULL, NULL,
                      -1, 99, 99,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SCHOOL_ID] =
    g_param_spec_int64 ("school-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SCHOOL_NAME] =
    g_param_spec_string ("school-name", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_HOME_LANGUAGE] =
    g_param_spec_string ("home-language", NULL, NULL,
                         "en",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_GENDER] =
    g_param_spec_string ("gender", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL,
                         "active",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_EXIT_DATE] =
    g_param_spec_string ("exit-date", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_EXIT_REASON] =
    g_param_spec_string ("exit-reason", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PRIMARY_DISABILITY] =
    g_param_spec_string ("primary-disability", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PRIMARY_DISABILITY_NAME] =
    g_param_spec_string ("primary-disability-name", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SECONDARY_DISABILITIES] =
    g_param_spec_boxed ("secondary-disabilities", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CASE_MANAGER_ID] =
    g_param_spec_int64 ("case-manager-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CASE_MANAGER_NAME] =
    g_param_spec_string ("case-manager-name", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NEXT_DEADLINE_KIND] =
    g_param_spec_string ("next-deadline-kind", NULL, NULL,
                         "",
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NEXT_DEADLINE_DATE] =
    g_param_spec_string ("next-deadline-date", NULL, NULL,
                         "",
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NEXT_DEADLINE_DAYS] =
    g_param_spec_int ("next-deadline-days", NULL, NULL,
                      G_MININT, G_MAXINT, G_MAXINT,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NEXT_DEADLINE_STATUS] =
    g_param_spec_int ("next-deadline-status", NULL, NULL,
                      0, 2, 2,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_REEVALUATION_WAIVED] =
    g_param_spec_boolean ("reevaluation-waived", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SEARCH_TEXT] =
    g_param_spec_string ("search-text", NULL, NULL,
                         "",
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_student_init (CaseloadStudent *self)
{
  self->student_number = g_strdup ("");
  self->first_name = g_strdup ("");
  self->last_name = g_strdup ("");
  self->preferred_name = g_strdup ("");
  self->full_name = g_strdup ("");
  self->sort_name = g_strdup ("");
  self->birth_date = g_strdup ("");
  self->grade = g_strdup ("");
  self->grade_rank = 99;
  self->school_name = g_strdup ("");
  self->home_language = g_strdup ("en");
  self->gender = g_strdup ("");
  self->status = g_strdup ("active");
  self->exit_date = g_strdup ("");
  self->exit_reason = g_strdup ("");
  self->notes = g_strdup ("");
  self->primary_disability = g_strdup ("");
  self->primary_disability_name = g_strdup ("");
  self->secondary_disabilities = g_new0 (char *, 1);
  self->case_manager_name = g_strdup ("");
  self->next_deadline_kind = g_strdup ("");
  self->next_deadline_date = g_strdup ("");
  self->next_deadline_days = G_MAXINT;
  self->next_deadline_status = 2;
}

CaseloadStudent *
caseload_student_new (void)
{
  return g_object_new (CASELOAD_TYPE_STUDENT, NULL);
}

gint64
caseload_student_get_id (CaseloadStudent *self)
{
  g_return_val_if_fail (CASELOAD_IS_STUDENT (self), 0);

  return self->id;
}

void
caseload_student_set_id (CaseloadStudent *self,
                         gint64           id)
{
  g_return_if_fail (CASELOAD_IS_STUDENT (self));

  if (self->id == id)
    return;

  self->id = id;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
caseload_student_get_student_number (CaseloadStudent *self)
{
  g_return_val_if_fail (CASELOAD_IS_STUDENT (self), "");

  return self->student_number;
}

void
caseload_student_set_student_number (CaseloadStudent *self,
                                     const char      *value)
{
  g_return_if_fail (CASELOAD_IS_STUDENT (self));

  if (!replace_string (&self->student_number, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDENT_NUMBER]);
  invalidate_search_text (self);
}

const char *
caseload_student_get_first_name (CaseloadStudent *self)
{
  g_return_val_if_fail (CASELOAD_IS_STUDENT (self), "");

  return self->first_name;
}

void
caseload_student_set_first_name (CaseloadStudent *self,
                                 const char      *value)
{
  g_return_if_fail (CASELOAD_IS_STUDENT (self));

  if (!replace_string (&self->first_name, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_NAME]);
  update_names (self);
  invalidate_search_text (self);
}

const char *
caseload_student_get_last_name (CaseloadStudent *self)
{
  g_return_val_if_fail (CASELOAD_IS_STUDENT (self), "");

  return self->last_name;
}

void
caseload_student_set_last_name (CaseloadStudent *self,
                                const char      *value)
{
  g_return_if_fail (CASELOAD_IS_STUDENT (self));

  if (!replace_string (&self->last_name, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_NAME]);
  update_names (self);
  invalidate_search_text (self);
}

const char *
caseload_student_get_preferred_name (CaseloadStudent *self)
{
  g_return_val_if_fail (CASELOAD_IS_STUDENT (self), "");

  return self->preferred_name;
}

void
caseload_student_set_preferred_name (CaseloadStudent *self,
                                     const char      *value)
{
  g_return_if_fail (CASELOAD_IS_STUDENT (self));

  if (!replace_string (&self->preferred_name, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PREFERRED_NAME]);
  update_names (self);
  invalidate_search_text (self);
}

char *
caseload_student_dup_full_name (CaseloadStudent *self)
{
  g_return_val_if_fail (CASELOAD_IS_STUDENT (self), NULL);

  return g_strdup (self->full_name);
}

char *
caseload_student_dup_sort_name (CaseloadStudent *self)
{
  g_return_val_if_fail (CASELOAD_IS_STUDENT (self), NULL);

  return g_strdup (self->sort_name);
}

const char *
caseload_student_get_birth_date (CaseloadStudent *self)
{
  g_return_val_if_fail (CASELOAD_IS_STUDENT (self), "");

  return self->birth_date;
}

void
caseload_student_set_birth_date (CaseloadStudent *self,
                                 const char      *iso)
{
  g_return_if_fail (CASELOAD_IS_STUDENT (self));

  if (!replace_string (&self->birth_date, iso))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BIRTH_DATE]);
}

const char *
caseload_student_get_grade (CaseloadStudent *self)
{
  g_return_val_if_fail (CASELOAD_IS_STUDENT (self), "");

  return self->grade;
}

void
caseload_student_set_grade (CaseloadStudent *self,
                            const char      *value)
{
  g_return_if_fail (CASELOAD_IS_STUDENT (self));

  if (!replace_string (&self->grade, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GRADE]);
  update_grade_rank (self);
}

int
caseload_student_get_grade_rank (CaseloadStudent *self)
{
  g_return_val_if_fail (CASELOAD_IS_STUDENT (self), 0);

  return self->grade_rank;
}

gint64
caseload_student_get_school_id (CaseloadStudent *self)
{
  g_return_val_if_fail (CASELOAD_IS_STUDENT (self), 0);

  return self->school_id;
}

void
caseload_student_set_school_id (CaseloadStudent *self,
                                gint64           id)
{
  g_return_if_fail (CASELOAD_IS_STUDENT (self));

  if (self->school_id == id)
    return;

  self->school_id = id;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCHOOL_ID]);
}

const char *
caseload_student_get_school_name (CaseloadStudent *self)
{
  g_return_val_if_fail (CASELOAD_IS_STUDENT (self), "");

  return self->school_name;
}

void
caseload_student_set_school_name (CaseloadStudent *self,
                                  const char      *value)
{
  g_return_if_fail (CASELOAD_IS_STUDENT (self));

  if (!replace_string (&self->school_name, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCHOOL_NAME]);
  invalidate_search_text (self);
}

const char *
caseload_student_get_home_language (CaseloadStudent *self)
{
  g_return_val_if_fail (CASELOAD_IS_STUDENT (self), "");

  return self->home_language;
}

void
caseload_student_set_home_language (CaseloadStudent *self,
                                    const char      *value)
{
  g_return_if_fail (CASELOAD_IS_STUDENT (self));

  if (!replace_string (&self->home_language, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HOME_LANGUAGE]);
}

const char *
caseload_student_get_gender (CaseloadStudent *self)
{
  g_return_val_if_fail (CASELOAD_IS_STUDENT (self), "");

  return self->gender;
}

void
caseload_student_set_gender (CaseloadStudent *self,
                             const char      *value)
{
  g_return_if_fail (CASELOAD_IS_STUDENT (self));

  if (!replace_string (&self->gender, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GENDER]);
}

const char *
caseload_student_get_status (CaseloadStudent *self)
{
  g_return_val_if_fail (CASELOAD_IS_STUDENT (self), "");

  return self->status;
}

void
caseload_student_set_status (CaseloadStudent *self,
                             const char      *value)
{
  g_return_if_fail (CASELOAD_IS_STUDENT (self));

  if (!replace_string (&self->status, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

const char *
caseload_student_get_exit_date (CaseloadStudent *self)
{
  g_return_val_if_fail (CASELOAD_IS_STUDENT (self), "");

  return self->exit_date;
}

void
caseload_student_set_exit_date (CaseloadStudent *self,
                                const char      *value)
{
  g_return_if_fail (CASELOAD_IS_STUDENT (self));

  if (!replace_string (&self->exit_date, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXIT_DATE]);
}

const char *
caseload_student_get_exit_reason (CaseloadStudent *self)
{
  g_return_val_if_fail (CASELOAD_IS_STUDENT (self), "");

  return self->exit_reason;
}

void
caseload_student_set_exit_reason (CaseloadStudent *self,
                                  const char      *value)
{
  g_return_if_fail (CASELOAD_IS_STUDENT (self));

  if (!replace_string (&self->exit_reason, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXIT_REASON]);
}

const char *
caseload_student_get_notes (CaseloadStudent *self)
{
  g_return_val_if_fail (CASELOAD_IS_STUDENT (self), "");

  return self->notes;
}

void
caseload_student_set_notes (CaseloadStudent *self,
                            const char      *value)
{
  g_return_if_fail (CASELOAD_IS_STUDENT (self));

  if (!replace_string (&self->notes, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

const char *
caseload_student_get_primary_disability (CaseloadStudent *self)
{
  g_return_val_if_fail (CASELOAD_IS_STUDENT (self), "");

  return self->primary_disability;
}

void
caseload_student_set_primary_disability (CaseloadStudent *self,
                                         const char      *code)
{
  g_return_if_fail (CASELOAD_IS_STUDENT (self));

  if (!replace_string (&self->primary_disability, code))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRIMARY_DISABILITY]);
}

const char *
caseload_student_get_primary_disability_name (CaseloadStudent *self)
{
  g_return_val_if_fail (CASELOAD_IS_STUDENT (self), "");

  return self->primary_disability_name;
}

void
caseload_student_set_primary_disability_name (CaseloadStudent *self,
                                              const char      *name)
{
  g_return_if_fail (CASELOAD_IS_STUDENT (self));

  if (!replace_string (&self->primary_disability_name, name))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRIMARY_DISABILITY_NAME]);
  invalidate_search_text (self);
}

const char * const *
caseload_student_get_secondary_disabilities (CaseloadStudent *self)
{
  g_return_val_if_fail (CASELOAD_IS_STUDENT (self), NULL);

  return (const char * const *)self->secondary_disabilities;
}

void
caseload_student_set_secondary_disabilities (CaseloadStudent    *self,
                                             const char * const *codes)
{
  g_return_if_fail (CASELOAD_IS_STUDENT (self));

  if (codes == NULL)
    codes = (const char * const *)empty_strv;

  if (g_strv_equal ((const char * const *)self->secondary_disabilities, codes))
    return;

  g_strfreev (self->secondary_disabilities);
  self->secondary_disabilities = g_strdupv ((char **)codes);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECONDARY_DISABILITIES]);
}

gint64
caseload_student_get_case_manager_id (CaseloadStudent *self)
{
  g_return_val_if_fail (CASELOAD_IS_STUDENT (self), 0);

  return self->case_manager_id;
}

void
caseload_student_set_case_manager_id (CaseloadStudent *self,
                                      gint64           id)
{
  g_return_if_fail (CASELOAD_IS_STUDENT (self));

  if (self->case_manager_id == id)
    return;

  self->case_manager_id = id;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE_MANAGER_ID]);
}

const char *
caseload_student_get_case_manager_name (CaseloadStudent *self)
{
  g_return_val_if_fail (CASELOAD_IS_STUDENT (self), "");

  return self->case_manager_name;
}

void
caseload_student_set_case_manager_name (CaseloadStudent *self,
                                        const char      *value)
{
  g_return_if_fail (CASELOAD_IS_STUDENT (self));

  if (!replace_string (&self->case_manager_name, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE_MANAGER_NAME]);
  invalidate_search_text (self);
}

const char *
caseload_student_get_next_deadline_kind (CaseloadStudent *self)
{
  g_return_val_if_fail (CASELOAD_IS_STUDENT (self), "");

  return self->next_deadline_kind;
}

const char *
caseload_student_get_next_deadline_date (CaseloadStudent *self)
{
  g_return_val_if_fail (CASELOAD_IS_STUDENT (self), "");

  return self->next_deadline_date;
}

int
caseload_student_get_next_deadline_days (CaseloadStudent *self)
{
  g_return_val_if_fail (CASELOAD_IS_STUDENT (self), 0);

  return self->next_deadline_days;
}

int
caseload_student_get_next_deadline_status (CaseloadStudent *self)
{
  g_return_val_if_fail (CASELOAD_IS_STUDENT (self), 0);

  return self->next_deadline_status;
}

gboolean
caseload_student_get_reevaluation_waived (CaseloadStudent *self)
{
  g_return_val_if_fail (CASELOAD_IS_STUDENT (self), FALSE);

  return self->reevaluation_waived;
}

void
caseload_student_set_reevaluation_waived (CaseloadStudent *self,
                                          gboolean         waived)
{
  g_return_if_fail (CASELOAD_IS_STUDENT (self));

  waived = !!waived;

  if (self->reevaluation_waived == waived)
    return;

  self->reevaluation_waived = waived;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REEVALUATION_WAIVED]);
}

CaseloadStudent *
caseload_student_copy (CaseloadStudent *self)
{
  CaseloadStudent *copy;

  g_return_val_if_fail (CASELOAD_IS_STUDENT (self), NULL);

  copy = caseload_student_new ();

#define COPY_STRING(field) \
  G_STMT_START { \
    g_free (copy->field); \
    copy->field = g_strdup (self->field); \
  } G_STMT_END

  copy->id = self->id;
  COPY_STRING (student_number);
  COPY_STRING (first_name);
  COPY_STRING (last_name);
  COPY_STRING (preferred_name);
  COPY_STRING (full_name);
  COPY_STRING (sort_name);
  COPY_STRING (birth_date);
  COPY_STRING (grade);
  copy->grade_rank = self->grade_rank;
  copy->school_id = self->school_id;
  COPY_STRING (school_name);
  COPY_STRING (home_language);
  COPY_STRING (gender);
  COPY_STRING (status);
  COPY_STRING (exit_date);
  COPY_STRING (exit_reason);
  COPY_STRING (notes);
  COPY_STRING (primary_disability);
  COPY_STRING (primary_disability_name);
  g_strfreev (copy->secondary_disabilities);
  copy->secondary_disabilities = g_strdupv (self->secondary_disabilities);
  copy->case_manager_id = self->case_manager_id;
  COPY_STRING (case_manager_name);
  COPY_STRING (next_deadline_kind);
  COPY_STRING (next_deadline_date);
  copy->next_deadline_days = self->next_deadline_days;
  copy->next_deadline_status = self->next_deadline_status;
  copy->reevaluation_waived = self->reevaluation_waived;
  COPY_STRING (search_text);

#undef COPY_STRING

  return copy;
}

void
caseload_student_set_next_deadline (CaseloadStudent *self,
                                    const char      *kind_key,
                                    const char      *due_iso,
                                    int              days_left,
                                    int              status)
{
  g_return_if_fail (CASELOAD_IS_STUDENT (self));
  g_return_if_fail (status >= CASELOAD_DEADLINE_STATUS_OVERDUE &&
                    status <= CASELOAD_DEADLINE_STATUS_LATER);

  g_object_freeze_notify (G_OBJECT (self));

  if (replace_string (&self->next_deadline_kind, kind_key))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEXT_DEADLINE_KIND]);
  if (replace_string (&self->next_deadline_date, due_iso))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEXT_DEADLINE_DATE]);

  if (self->next_deadline_days != days_left)
    {
      self->next_deadline_days = days_left;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEXT_DEADLINE_DAYS]);
    }

  if (self->next_deadline_status != status)
    {
      self->next_deadline_status = status;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEXT_DEADLINE_STATUS]);
    }

  g_object_thaw_notify (G_OBJECT (self));
}

const char *
caseload_student_get_search_text (CaseloadStudent *self)
{
  g_return_val_if_fail (CASELOAD_IS_STUDENT (self), "");

  if (self->search_text == NULL)
    {
      g_autofree char *haystack = NULL;

      haystack = g_strjoin (" ",
                            self->first_name,
                            self->last_name,
                            self->preferred_name,
                            self->student_number,
                            self->school_name,
                            self->case_manager_name,
                            self->primary_disability_name,
                            NULL);
      self->search_text = caseload_fold_for_search (haystack);
    }

  return self->search_text;
}

char *
caseload_fold_for_search (const char *text)
{
  g_autofree char *valid = NULL;
  g_autofree char *decomposed = NULL;
  g_autoptr(GString) bare = NULL;

  if (text == NULL || *text == '\0')
    return g_strdup ("");

  /* Imported data may hold broken UTF-8: keep what can be compared. */
  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  /* NFKD splits "é" into "e" + a combining accent (and "ﬁ" into "fi");
   * dropping the marks leaves the base letters. */
  decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFKD);
  bare = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_ismark (c))
        g_string_append_unichar (bare, c);
    }

  return g_utf8_casefold (bare->str, bare->len);
}
