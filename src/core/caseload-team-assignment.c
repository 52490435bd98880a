#define G_LOG_DOMAIN "caseload-team-assignment"

#include "config.h"

#include "caseload-team-assignment.h"

struct _CaseloadTeamAssignment
{
  GObject parent_instance;

  gint64 id;
  gint64 student_id;
  gint64 staff_id;
  char *staff_name;
  char *staff_role_name;
  char *role;
  char *role_name;
  gboolean is_case_manager;
  char *student_name;
  char *student_number;
  char *student_grade;
};

G_DEFINE_FINAL_TYPE (CaseloadTeamAssignment, caseload_team_assignment, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_STUDENT_ID,
  PROP_STAFF_ID,
  PROP_STAFF_NAME,
  PROP_STAFF_ROLE_NAME,
  PROP_ROLE,
  PROP_ROLE_NAME,
  PROP_IS_CASE_MANAGER,
  PROP_STUDENT_NAME,
  PROP_STUDENT_NUMBER,
  PROP_STUDENT_GRADE,
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

static void
caseload_team_assignment_finalize (GObject *object)
{
  CaseloadTeamAssignment *self = (CaseloadTeamAssignment *)object;

  g_clear_pointer (&self->staff_name, g_free);
  g_clear_pointer (&self->staff_role_name, g_free);
  g_clear_pointer (&self->role, g_free);
  g_clear_pointer (&self->role_name, g_free);
  g_clear_pointer (&self->student_name, g_free);
  g_clear_pointer (&self->student_number, g_free);
  g_clear_pointer (&self->student_grade, g_free);

  G_OBJECT_CLASS (caseload_team_assignment_parent_class)->finalize (object);
}

static void
caseload_team_assignment_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  CaseloadTeamAssignment *self = CASELOAD_TEAM_ASSIGNMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_STUDENT_ID:
      g_value_set_int64 (value, self->student_id);
      break;

    case PROP_STAFF_ID:
      g_value_set_int64 (value, self->staff_id);
      break;

    case PROP_STAFF_NAME:
      g_value_set_string (value, self->staff_name);
      break;

    case PROP_STAFF_ROLE_NAME:
      g_value_set_string (value, self->staff_role_name);
      break;

    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;

    case PROP_ROLE_NAME:
      g_value_set_string (value, self->role_name);
      break;

    case PROP_IS_CASE_MANAGER:
      g_value_set_boolean (value, self->is_case_manager);
      break;

    case PROP_STUDENT_NAME:
      g_value_set_string (value, self->student_name);
      break;

    case PROP_STUDENT_NUMBER:
      g_value_set_string (value, self->student_number);
      break;

    case PROP_STUDENT_GRADE:
      g_value_set_string (value, self->student_grade);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_team_assignment_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  CaseloadTeamAssignment *self = CASELOAD_TEAM_ASSIGNMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_team_assignment_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_STUDENT_ID:
      caseload_team_assignment_set_student_id (self, g_value_get_int64 (value));
      break;

    case PROP_STAFF_ID:
      caseload_team_assignment_set_staff_id (self, g_value_get_int64 (value));
      break;

    case PROP_STAFF_NAME:
      caseload_team_assignment_set_staff_name (self, g_value_get_string (value));
      break;

    case PROP_STAFF_ROLE_NAME:
      caseload_team_assignment_set_staff_role_name (self, g_value_get_string (value));
      break;

    case PROP_ROLE:
      caseload_team_assignment_set_role (self, g_value_get_string (value));
      break;

    case PROP_ROLE_NAME:
      caseload_team_assignment_set_role_name (self, g_value_get_string (value));
      break;

    case PROP_IS_CASE_MANAGER:
      caseload_team_assignment_set_is_case_manager (self, g_value_get_boolean (value));
      break;

    case PROP_STUDENT_NAME:
      caseload_team_assignment_set_student_name (self, g_value_get_string (value));
      break;

    case PROP_STUDENT_NUMBER:
      caseload_team_assignment_set_student_number (self, g_value_get_string (value));
      break;

    case PROP_STUDENT_GRADE:
      caseload_team_assignment_set_student_grade (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_team_assignment_class_init (CaseloadTeamAssignmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_team_assignment_finalize;
  object_class->get_property = caseload_team_assignment_get_property;
  object_class->set_property = caseload_team_assignment_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STUDENT_ID] =
    g_param_spec_int64 ("student-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STAFF_ID] =
    g_param_spec_int64 ("staff-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STAFF_NAME] =
    g_param_spec_string ("staff-name", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STAFF_ROLE_NAME] =
    g_param_spec_string ("staff-role-name", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ROLE_NAME] =
    g_param_spec_string ("role-name", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_IS_CASE_MANAGER] =
    g_param_spec_boolean ("is-case-manager", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STUDENT_NAME] =
    g_param_spec_string ("student-name", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STUDENT_NUMBER] =
    g_param_spec_string ("student-number", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STUDENT_GRADE] =
    g_param_spec_string ("student-grade", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_team_assignment_init (CaseloadTeamAssignment *self)
{
  self->staff_name = g_strdup ("");
  self->staff_role_name = g_strdup ("");
  self->role = g_strdup ("");
  self->role_name = g_strdup ("");
  self->student_name = g_strdup ("");
  self->student_number = g_strdup ("");
  self->student_grade = g_strdup ("");
}

CaseloadTeamAssignment *
caseload_team_assignment_new (void)
{
  return g_object_new (CASELOAD_TYPE_TEAM_ASSIGNMENT, NULL);
}

gint64
caseload_team_assignment_get_id (CaseloadTeamAssignment *self)
{
  g_return_val_if_fail (CASELOAD_IS_TEAM_ASSIGNMENT (self), 0);

  return self->id;
}

void
caseload_team_assignment_set_id (CaseloadTeamAssignment *self,
                                 gint64                  id)
{
  g_return_if_fail (CASELOAD_IS_TEAM_ASSIGNMENT (self));

  if (self->id == id)
    return;

  self->id = id;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
caseload_team_assignment_get_student_id (CaseloadTeamAssignment *self)
{
  g_return_val_if_fail (CASELOAD_IS_TEAM_ASSIGNMENT (self), 0);

  return self->student_id;
}

void
caseload_team_assignment_set_student_id (CaseloadTeamAssignment *self,
                                         gint64                  id)
{
  g_return_if_fail (CASELOAD_IS_TEAM_ASSIGNMENT (self));

  if (self->student_id == id)
    return;

  self->student_id = id;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDENT_ID]);
}

gint64
caseload_team_assignment_get_staff_id (CaseloadTeamAssignment *self)
{
  g_return_val_if_fail (CASELOAD_IS_TEAM_ASSIGNMENT (self), 0);

  return self->staff_id;
}

void
caseload_team_assignment_set_staff_id (CaseloadTeamAssignment *self,
                                       gint64                  id)
{
  g_return_if_fail (CASELOAD_IS_TEAM_ASSIGNMENT (self));

  if (self->staff_id == id)
    return;

  self->staff_id = id;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF_ID]);
}

const char *
caseload_team_assignment_get_staff_name (CaseloadTeamAssignment *self)
{
  g_return_val_if_fail (CASELOAD_IS_TEAM_ASSIGNMENT (self), "");

  return self->staff_name;
}

void
caseload_team_assignment_set_staff_name (CaseloadTeamAssignment *self,
                                         const char             *value)
{
  g_return_if_fail (CASELOAD_IS_TEAM_ASSIGNMENT (self));

  if (!replace_string (&self->staff_name, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF_NAME]);
}

const char *
caseload_team_assignment_get_staff_role_name (CaseloadTeamAssignment *self)
{
  g_return_val_if_fail (CASELOAD_IS_TEAM_ASSIGNMENT (self), "");

  return self->staff_role_name;
}

void
caseload_team_assignment_set_staff_role_name (CaseloadTeamAssignment *self,
                                              const char             *value)
{
  g_return_if_fail (CASELOAD_IS_TEAM_ASSIGNMENT (self));

  if (!replace_string (&self->staff_role_name, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF_ROLE_NAME]);
}

const char *
caseload_team_assignment_get_role (CaseloadTeamAssignment *self)
{
  g_return_val_if_fail (CASELOAD_IS_TEAM_ASSIGNMENT (self), "");

  return self->role;
}

void
caseload_team_assignment_set_role (CaseloadTeamAssignment *self,
                                   const char             *value)
{
  g_return_if_fail (CASELOAD_IS_TEAM_ASSIGNMENT (self));

  if (!replace_string (&self->role, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

const char *
caseload_team_assignment_get_role_name (CaseloadTeamAssignment *self)
{
  g_return_val_if_fail (CASELOAD_IS_TEAM_ASSIGNMENT (self), "");

  return self->role_name;
}

void
caseload_team_assignment_set_role_name (CaseloadTeamAssignment *self,
                                        const char             *value)
{
  g_return_if_fail (CASELOAD_IS_TEAM_ASSIGNMENT (self));

  if (!replace_string (&self->role_name, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE_NAME]);
}

gboolean
caseload_team_assignment_get_is_case_manager (CaseloadTeamAssignment *self)
{
  g_return_val_if_fail (CASELOAD_IS_TEAM_ASSIGNMENT (self), FALSE);

  return self->is_case_manager;
}

void
caseload_team_assignment_set_is_case_manager (CaseloadTeamAssignment *self,
                                              gboolean                value)
{
  g_return_if_fail (CASELOAD_IS_TEAM_ASSIGNMENT (self));

  value = !!value;

  if (self->is_case_manager == value)
    return;

  self->is_case_manager = value;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IS_CASE_MANAGER]);
}

const char *
caseload_team_assignment_get_student_name (CaseloadTeamAssignment *self)
{
  g_return_val_if_fail (CASELOAD_IS_TEAM_ASSIGNMENT (self), "");

  return self->student_name;
}

void
caseload_team_assignment_set_student_name (CaseloadTeamAssignment *self,
                                           const char             *value)
{
  g_return_if_fail (CASELOAD_IS_TEAM_ASSIGNMENT (self));

  if (!replace_string (&self->student_name, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDENT_NAME]);
}

const char *
caseload_team_assignment_get_student_number (CaseloadTeamAssignment *self)
{
  g_return_val_if_fail (CASELOAD_IS_TEAM_ASSIGNMENT (self), "");

  return self->student_number;
}

void
caseload_team_assignment_set_student_number (CaseloadTeamAssignment *self,
                                             const char             *value)
{
  g_return_if_fail (CASELOAD_IS_TEAM_ASSIGNMENT (self));

  if (!replace_string (&self->student_number, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDENT_NUMBER]);
}

const char *
caseload_team_assignment_get_student_grade (CaseloadTeamAssignment *self)
{
  g_return_val_if_fail (CASELOAD_IS_TEAM_ASSIGNMENT (self), "");

  return self->student_grade;
}

void
caseload_team_assignment_set_student_grade (CaseloadTeamAssignment *self,
                                            const char             *value)
{
  g_return_if_fail (CASELOAD_IS_TEAM_ASSIGNMENT (self));

  if (!replace_string (&self->student_grade, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDENT_GRADE]);
}
