#define G_LOG_DOMAIN "caseload-deadline"

#include "config.h"

#include "caseload-deadline.h"

#include "caseload-date.h"

struct _CaseloadDeadline
{
  GObject parent_instance;

  gint64 student_id;
  char *student_number;
  char *first_name;
  char *last_name;
  char *student_name;
  int kind;
  char *due_date;
  int days_left;
  int status;
  char *status_text;
  gint64 case_manager_id;
  char *case_manager_name;
  char *school_name;
};

G_DEFINE_FINAL_TYPE (CaseloadDeadline, caseload_deadline, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STUDENT_ID,
  PROP_STUDENT_NUMBER,
  PROP_FIRST_NAME,
  PROP_LAST_NAME,
  PROP_STUDENT_NAME,
  PROP_KIND,
  PROP_KIND_KEY,
  PROP_KIND_LABEL,
  PROP_DUE_DATE,
  PROP_DAYS_LEFT,
  PROP_STATUS,
  PROP_STATUS_TEXT,
  PROP_CASE_MANAGER_ID,
  PROP_CASE_MANAGER_NAME,
  PROP_SCHOOL_NAME,
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

static void
caseload_deadline_finalize (GObject *object)
{
  CaseloadDeadline *self = (CaseloadDeadline *)object;

  g_clear_pointer (&self->student_number, g_free);
  g_clear_pointer (&self->first_name, g_free);
  g_clear_pointer (&self->last_name, g_free);
  g_clear_pointer (&self->student_name, g_free);
  g_clear_pointer (&self->due_date, g_free);
  g_clear_pointer (&self->status_text, g_free);
  g_clear_pointer (&self->case_manager_name, g_free);
  g_clear_pointer (&self->school_name, g_free);

  G_OBJECT_CLASS (caseload_deadline_parent_class)->finalize (object);
}

static void
caseload_deadline_constructed (GObject *object)
{
  CaseloadDeadline *self = (CaseloadDeadline *)object;

  G_OBJECT_CLASS (caseload_deadline_parent_class)->constructed (object);

  g_free (self->student_name);
  self->student_name = join_names (self->last_name, ", ", self->first_name);
}

static void
caseload_deadline_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CaseloadDeadline *self = CASELOAD_DEADLINE (object);

  switch (prop_id)
    {
    case PROP_STUDENT_ID:
      g_value_set_int64 (value, self->student_id);
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

    case PROP_STUDENT_NAME:
      g_value_set_string (value, self->student_name);
      break;

    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;

    case PROP_KIND_KEY:
      g_value_set_string (value, caseload_deadline_get_kind_key (self));
      break;

    case PROP_KIND_LABEL:
      g_value_set_string (value, caseload_deadline_get_kind_label (self));
      break;

    case PROP_DUE_DATE:
      g_value_set_string (value, self->due_date);
      break;

    case PROP_DAYS_LEFT:
      g_value_set_int (value, self->days_left);
      break;

    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;

    case PROP_STATUS_TEXT:
      g_value_set_string (value, self->status_text);
      break;

    case PROP_CASE_MANAGER_ID:
      g_value_set_int64 (value, self->case_manager_id);
      break;

    case PROP_CASE_MANAGER_NAME:
      g_value_set_string (value, self->case_manager_name);
      break;

    case PROP_SCHOOL_NAME:
      g_value_set_string (value, self->school_name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_deadline_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CaseloadDeadline *self = CASELOAD_DEADLINE (object);

  switch (prop_id)
    {
    case PROP_STUDENT_ID:
      self->student_id = g_value_get_int64 (value);
      break;

    case PROP_STUDENT_NUMBER:
      replace_string (&self->student_number, g_value_get_string (value));
      break;

    case PROP_FIRST_NAME:
      replace_string (&self->first_name, g_value_get_string (value));
      break;

    case PROP_LAST_NAME:
      replace_string (&self->last_name, g_value_get_string (value));
      break;

    case PROP_KIND:
      self->kind = g_value_get_int (value);
      break;

    case PROP_DUE_DATE:
      replace_string (&self->due_date, g_value_get_string (value));
      break;

    case PROP_DAYS_LEFT:
      self->days_left = g_value_get_int (value);
      break;

    case PROP_STATUS:
      self->status = g_value_get_int (value);
      break;

    case PROP_STATUS_TEXT:
      replace_string (&self->status_text, g_value_get_string (value));
      break;

    case PROP_CASE_MANAGER_ID:
      self->case_manager_id = g_value_get_int64 (value);
      break;

    case PROP_CASE_MANAGER_NAME:
      replace_string (&self->case_manager_name, g_value_get_string (value));
      break;

    case PROP_SCHOOL_NAME:
      replace_string (&self->school_name, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_deadline_class_init (CaseloadDeadlineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = caseload_deadline_constructed;
  object_class->finalize = caseload_deadline_finalize;
  object_class->get_property = caseload_deadline_get_property;
  object_class->set_property = caseload_deadline_set_property;

  properties[PROP_STUDENT_ID] =
    g_param_spec_int64 ("student-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STUDENT_NUMBER] =
    g_param_spec_string ("student-number", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_FIRST_NAME] =
    g_param_spec_string ("first-name", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_LAST_NAME] =
    g_param_spec_string ("last-name", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STUDENT_NAME] =
    g_param_spec_string ("student-name", NULL, NULL,
                         "",
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL,
                      0, CASELOAD_N_DEADLINE_KINDS - 1, 0,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_KIND_KEY] =
    g_param_spec_string ("kind-key", NULL, NULL,
                         "",
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_KIND_LABEL] =
    g_param_spec_string ("kind-label", NULL, NULL,
                         "",
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DUE_DATE] =
    g_param_spec_string ("due-date", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DAYS_LEFT] =
    g_param_spec_int ("days-left", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL,
                      CASELOAD_DEADLINE_STATUS_OVERDUE, CASELOAD_DEADLINE_STATUS_LATER, CASELOAD_DEADLINE_STATUS_LATER,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STATUS_TEXT] =
    g_param_spec_string ("status-text", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CASE_MANAGER_ID] =
    g_param_spec_int64 ("case-manager-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CASE_MANAGER_NAME] =
    g_param_spec_string ("case-manager-name", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SCHOOL_NAME] =
    g_param_spec_string ("school-name", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_deadline_init (CaseloadDeadline *self)
{
  self->student_number = g_strdup ("");
  self->first_name = g_strdup ("");
  self->last_name = g_strdup ("");
  self->student_name = g_strdup ("");
  self->due_date = g_strdup ("");
  self->status = CASELOAD_DEADLINE_STATUS_LATER;
  self->status_text = g_strdup ("");
  self->case_manager_name = g_strdup ("");
  self->school_name = g_strdup ("");
}

CaseloadDeadline *
caseload_deadline_new (gint64                  student_id,
                       const char             *student_number,
                       const char             *first_name,
                       const char             *last_name,
                       CaseloadDeadlineKind    kind,
                       const GDate            *due,
                       int                     days_left,
                       CaseloadDeadlineStatus  status,
                       const char             *status_text,
                       gint64                  case_manager_id,
                       const char             *case_manager_name,
                       const char             *school_name)
{
  g_autofree char *due_iso = NULL;

  g_return_val_if_fail (kind < CASELOAD_N_DEADLINE_KINDS, NULL);
  g_return_val_if_fail (due != NULL, NULL);

  due_iso = caseload_date_to_iso (due);

  return g_object_new (CASELOAD_TYPE_DEADLINE,
                       "student-id", student_id,
                       "student-number", student_number,
                       "first-name", first_name,
                       "last-name", last_name,
                       "kind", (int)kind,
                       "due-date", due_iso,
                       "days-left", days_left,
                       "status", (int)status,
                       "status-text", status_text,
                       "case-manager-id", case_manager_id,
                       "case-manager-name", case_manager_name,
                       "school-name", school_name,
                       NULL);
}

gint64
caseload_deadline_get_student_id (CaseloadDeadline *self)
{
  g_return_val_if_fail (CASELOAD_IS_DEADLINE (self), 0);

  return self->student_id;
}

const char *
caseload_deadline_get_student_number (CaseloadDeadline *self)
{
  g_return_val_if_fail (CASELOAD_IS_DEADLINE (self), "");

  return self->student_number;
}

const char *
caseload_deadline_get_first_name (CaseloadDeadline *self)
{
  g_return_val_if_fail (CASELOAD_IS_DEADLINE (self), "");

  return self->first_name;
}

const char *
caseload_deadline_get_last_name (CaseloadDeadline *self)
{
  g_return_val_if_fail (CASELOAD_IS_DEADLINE (self), "");

  return self->last_name;
}

const char *
caseload_deadline_get_student_name (CaseloadDeadline *self)
{
  g_return_val_if_fail (CASELOAD_IS_DEADLINE (self), "");

  return self->student_name;
}

CaseloadDeadlineKind
caseload_deadline_get_kind (CaseloadDeadline *self)
{
  g_return_val_if_fail (CASELOAD_IS_DEADLINE (self), (CaseloadDeadlineKind)0);

  return (CaseloadDeadlineKind)self->kind;
}

const char *
caseload_deadline_get_due_date (CaseloadDeadline *self)
{
  g_return_val_if_fail (CASELOAD_IS_DEADLINE (self), "");

  return self->due_date;
}

int
caseload_deadline_get_days_left (CaseloadDeadline *self)
{
  g_return_val_if_fail (CASELOAD_IS_DEADLINE (self), 0);

  return self->days_left;
}

CaseloadDeadlineStatus
caseload_deadline_get_status (CaseloadDeadline *self)
{
  g_return_val_if_fail (CASELOAD_IS_DEADLINE (self), (CaseloadDeadlineStatus)0);

  return (CaseloadDeadlineStatus)self->status;
}

const char *
caseload_deadline_get_status_text (CaseloadDeadline *self)
{
  g_return_val_if_fail (CASELOAD_IS_DEADLINE (self), "");

  return self->status_text;
}

gint64
caseload_deadline_get_case_manager_id (CaseloadDeadline *self)
{
  g_return_val_if_fail (CASELOAD_IS_DEADLINE (self), 0);

  return self->case_manager_id;
}

const char *
caseload_deadline_get_case_manager_name (CaseloadDeadline *self)
{
  g_return_val_if_fail (CASELOAD_IS_DEADLINE (self), "");

  return self->case_manager_name;
}

const char *
caseload_deadline_get_school_name (CaseloadDeadline *self)
{
  g_return_val_if_fail (CASELOAD_IS_DEADLINE (self), "");

  return self->school_name;
}

const char *
caseload_deadline_get_kind_key (CaseloadDeadline *self)
{
  const char *key;

  g_return_val_if_fail (CASELOAD_IS_DEADLINE (self), "");

  key = caseload_deadline_kind_to_key ((CaseloadDeadlineKind)self->kind);

  return key != NULL ? key : "";
}

const char *
caseload_deadline_get_kind_label (CaseloadDeadline *self)
{
  const char *label;

  g_return_val_if_fail (CASELOAD_IS_DEADLINE (self), "");

  label = caseload_deadline_kind_to_label ((CaseloadDeadlineKind)self->kind);

  return label != NULL ? label : "";
}
