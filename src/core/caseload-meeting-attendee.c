#define G_LOG_DOMAIN "caseload-meeting-attendee"

#include "config.h"

#include "caseload-meeting-attendee.h"

struct _CaseloadMeetingAttendee
{
  GObject parent_instance;

  gint64 id;
  gint64 meeting_id;
  gint64 staff_id;
  gint64 guardian_id;
  gboolean is_student;
  char *name;
  char *role;
  char *role_name;
  gboolean required;
  gboolean attended;
  gboolean has_attended;
  gboolean excused;
  char *excusal_agreement_date;
  char *excusal_input_date;
  char *response;
  char *email;
};

G_DEFINE_FINAL_TYPE (CaseloadMeetingAttendee, caseload_meeting_attendee, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_MEETING_ID,
  PROP_STAFF_ID,
  PROP_GUARDIAN_ID,
  PROP_IS_STUDENT,
  PROP_NAME,
  PROP_ROLE,
  PROP_ROLE_NAME,
  PROP_REQUIRED,
  PROP_ATTENDED,
  PROP_HAS_ATTENDED,
  PROP_EXCUSED,
  PROP_EXCUSAL_AGREEMENT_DATE,
  PROP_EXCUSAL_INPUT_DATE,
  PROP_RESPONSE,
  PROP_EMAIL,
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
caseload_meeting_attendee_finalize (GObject *object)
{
  CaseloadMeetingAttendee *self = (CaseloadMeetingAttendee *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->role, g_free);
  g_clear_pointer (&self->role_name, g_free);
  g_clear_pointer (&self->excusal_agreement_date, g_free);
  g_clear_pointer (&self->excusal_input_date, g_free);
  g_clear_pointer (&self->response, g_free);
  g_clear_pointer (&self->email, g_free);


  G_OBJECT_CLASS (caseload_meeting_attendee_parent_class)->finalize (object);
}

static void
caseload_meeting_attendee_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  CaseloadMeetingAttendee *self = CASELOAD_MEETING_ATTENDEE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_MEETING_ID:
      g_value_set_int64 (value, self->meeting_id);
      break;

    case PROP_STAFF_ID:
      g_value_set_int64 (value, self->staff_id);
      break;

    case PROP_GUARDIAN_ID:
      g_value_set_int64 (value, self->guardian_id);
      break;

    case PROP_IS_STUDENT:
      g_value_set_boolean (value, self->is_student);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;

    case PROP_ROLE_NAME:
      g_value_set_string (value, self->role_name);
      break;

    case PROP_REQUIRED:
      g_value_set_boolean (value, self->required);
      break;

    case PROP_ATTENDED:
      g_value_set_boolean (value, self->attended);
      break;

    case PROP_HAS_ATTENDED:
      g_value_set_boolean (value, self->has_attended);
      break;

    case PROP_EXCUSED:
      g_value_set_boolean (value, self->excused);
      break;

    case PROP_EXCUSAL_AGREEMENT_DATE:
      g_value_set_string (value, self->excusal_agreement_date);
      break;

    case PROP_EXCUSAL_INPUT_DATE:
      g_value_set_string (value, self->excusal_input_date);
      break;

    case PROP_RESPONSE:
      g_value_set_string (value, self->response);
      break;

    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_meeting_attendee_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  CaseloadMeetingAttendee *self = CASELOAD_MEETING_ATTENDEE (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_meeting_attendee_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_MEETING_ID:
      caseload_meeting_attendee_set_meeting_id (self, g_value_get_int64 (value));
      break;

    case PROP_STAFF_ID:
      caseload_meeting_attendee_set_staff_id (self, g_value_get_int64 (value));
      break;

    case PROP_GUARDIAN_ID:
      caseload_meeting_attendee_set_guardian_id (self, g_value_get_int64 (value));
      break;

    case PROP_IS_STUDENT:
      caseload_meeting_attendee_set_is_student (self, g_value_get_boolean (value));
      break;

    case PROP_NAME:
      caseload_meeting_attendee_set_name (self, g_value_get_string (value));
      break;

    case PROP_ROLE:
      caseload_meeting_attendee_set_role (self, g_value_get_string (value));
      break;

    case PROP_ROLE_NAME:
      caseload_meeting_attendee_set_role_name (self, g_value_get_string (value));
      break;

    case PROP_REQUIRED:
      caseload_meeting_attendee_set_required (self, g_value_get_boolean (value));
      break;

    case PROP_ATTENDED:
      caseload_meeting_attendee_set_attended (self, g_value_get_boolean (value));
      break;

    case PROP_HAS_ATTENDED:
      if (!g_value_get_boolean (value))
        caseload_meeting_attendee_unset_attended (self);
      else if (!self->has_attended)
        {
          self->has_attended = TRUE;
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_ATTENDED]);
        }
      break;

    case PROP_EXCUSED:
      caseload_meeting_attendee_set_excused (self, g_value_get_boolean (value));
      break;

    case PROP_EXCUSAL_AGREEMENT_DATE:
      caseload_meeting_attendee_set_excusal_agreement_date (self, g_value_get_string (value));
      break;

    case PROP_EXCUSAL_INPUT_DATE:
      caseload_meeting_attendee_set_excusal_input_date (self, g_value_get_string (value));
      break;

    case PROP_RESPONSE:
      caseload_meeting_attendee_set_response (self, g_value_get_string (value));
      break;

    case PROP_EMAIL:
      caseload_meeting_attendee_set_email (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_meeting_attendee_class_init (CaseloadMeetingAttendeeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_meeting_attendee_finalize;
  object_class->get_property = caseload_meeting_attendee_get_property;
  object_class->set_property = caseload_meeting_attendee_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_MEETING_ID] =
    g_param_spec_int64 ("meeting-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STAFF_ID] =
    g_param_spec_int64 ("staff-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_GUARDIAN_ID] =
    g_param_spec_int64 ("guardian-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_IS_STUDENT] =
    g_param_spec_boolean ("is-student", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
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

  properties[PROP_REQUIRED] =
    g_param_spec_boolean ("required", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ATTENDED] =
    g_param_spec_boolean ("attended", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_HAS_ATTENDED] =
    g_param_spec_boolean ("has-attended", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_EXCUSED] =
    g_param_spec_boolean ("excused", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_EXCUSAL_AGREEMENT_DATE] =
    g_param_spec_string ("excusal-agreement-date", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_EXCUSAL_INPUT_DATE] =
    g_param_spec_string ("excusal-input-date", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_RESPONSE] =
    g_param_spec_string ("response", NULL, NULL,
                         "needs-action",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_meeting_attendee_init (CaseloadMeetingAttendee *self)
{
  self->name = g_strdup ("");
  self->role = g_strdup ("");
  self->role_name = g_strdup ("");
  self->required = TRUE;
  self->excusal_agreement_date = g_strdup ("");
  self->excusal_input_date = g_strdup ("");
  self->response = g_strdup ("needs-action");
  self->email = g_strdup ("");

}

CaseloadMeetingAttendee *
caseload_meeting_attendee_new (void)
{
  return g_object_new (CASELOAD_TYPE_MEETING_ATTENDEE, NULL);
}

gint64
caseload_meeting_attendee_get_id (CaseloadMeetingAttendee *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEETING_ATTENDEE (self), 0);

  return self->id;
}

void
caseload_meeting_attendee_set_id (CaseloadMeetingAttendee *self,
                                 gint64 value)
{
  g_return_if_fail (CASELOAD_IS_MEETING_ATTENDEE (self));

  if (self->id == value)
    return;

  self->id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
caseload_meeting_attendee_get_meeting_id (CaseloadMeetingAttendee *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEETING_ATTENDEE (self), 0);

  return self->meeting_id;
}

void
caseload_meeting_attendee_set_meeting_id (CaseloadMeetingAttendee *self,
                                         gint64 value)
{
  g_return_if_fail (CASELOAD_IS_MEETING_ATTENDEE (self));

  if (self->meeting_id == value)
    return;

  self->meeting_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEETING_ID]);
}

gint64
caseload_meeting_attendee_get_staff_id (CaseloadMeetingAttendee *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEETING_ATTENDEE (self), 0);

  return self->staff_id;
}

void
caseload_meeting_attendee_set_staff_id (CaseloadMeetingAttendee *self,
                                       gint64 value)
{
  g_return_if_fail (CASELOAD_IS_MEETING_ATTENDEE (self));

  if (self->staff_id == value)
    return;

  self->staff_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF_ID]);
}

gint64
caseload_meeting_attendee_get_guardian_id (CaseloadMeetingAttendee *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEETING_ATTENDEE (self), 0);

  return self->guardian_id;
}

void
caseload_meeting_attendee_set_guardian_id (CaseloadMeetingAttendee *self,
                                          gint64 value)
{
  g_return_if_fail (CASELOAD_IS_MEETING_ATTENDEE (self));

  if (self->guardian_id == value)
    return;

  self->guardian_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GUARDIAN_ID]);
}

gboolean
caseload_meeting_attendee_get_is_student (CaseloadMeetingAttendee *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEETING_ATTENDEE (self), FALSE);

  return self->is_student;
}

void
caseload_meeting_attendee_set_is_student (CaseloadMeetingAttendee *self,
                                         gboolean value)
{
  g_return_if_fail (CASELOAD_IS_MEETING_ATTENDEE (self));

  value = !!value;
  if (self->is_student == value)
    return;

  self->is_student = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IS_STUDENT]);
}

const char *
caseload_meeting_attendee_get_name (CaseloadMeetingAttendee *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEETING_ATTENDEE (self), "");

  return self->name;
}

void
caseload_meeting_attendee_set_name (CaseloadMeetingAttendee *self,
                                   const char *value)
{
  g_return_if_fail (CASELOAD_IS_MEETING_ATTENDEE (self));

  if (!replace_string (&self->name, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
caseload_meeting_attendee_get_role (CaseloadMeetingAttendee *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEETING_ATTENDEE (self), "");

  return self->role;
}

void
caseload_meeting_attendee_set_role (CaseloadMeetingAttendee *self,
                                   const char *value)
{
  g_return_if_fail (CASELOAD_IS_MEETING_ATTENDEE (self));

  if (!replace_string (&self->role, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

const char *
caseload_meeting_attendee_get_role_name (CaseloadMeetingAttendee *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEETING_ATTENDEE (self), "");

  return self->role_name;
}

void
caseload_meeting_attendee_set_role_name (CaseloadMeetingAttendee *self,
                                        const char *value)
{
  g_return_if_fail (CASELOAD_IS_MEETING_ATTENDEE (self));

  if (!replace_string (&self->role_name, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE_NAME]);
}

gboolean
caseload_meeting_attendee_get_required (CaseloadMeetingAttendee *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEETING_ATTENDEE (self), FALSE);

  return self->required;
}

void
caseload_meeting_attendee_set_required (CaseloadMeetingAttendee *self,
                                       gboolean value)
{
  g_return_if_fail (CASELOAD_IS_MEETING_ATTENDEE (self));

  value = !!value;
  if (self->required == value)
    return;

  self->required = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REQUIRED]);
}

gboolean
caseload_meeting_attendee_get_attended (CaseloadMeetingAttendee *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEETING_ATTENDEE (self), FALSE);

  return self->attended;
}

void
caseload_meeting_attendee_set_attended (CaseloadMeetingAttendee *self,
                                       gboolean value)
{
  g_return_if_fail (CASELOAD_IS_MEETING_ATTENDEE (self));

  value = !!value;
  if (self->attended == value && self->has_attended)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  if (self->attended != value)
    {
      self->attended = value;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ATTENDED]);
    }
  if (!self->has_attended)
    {
      self->has_attended = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_ATTENDED]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

gboolean
caseload_meeting_attendee_get_has_attended (CaseloadMeetingAttendee *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEETING_ATTENDEE (self), FALSE);

  return self->has_attended;
}

void
caseload_meeting_attendee_unset_attended (CaseloadMeetingAttendee *self)
{
  g_return_if_fail (CASELOAD_IS_MEETING_ATTENDEE (self));

  if (!self->has_attended)
    return;

  self->has_attended = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_ATTENDED]);
}

gboolean
caseload_meeting_attendee_get_excused (CaseloadMeetingAttendee *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEETING_ATTENDEE (self), FALSE);

  return self->excused;
}

void
caseload_meeting_attendee_set_excused (CaseloadMeetingAttendee *self,
                                      gboolean value)
{
  g_return_if_fail (CASELOAD_IS_MEETING_ATTENDEE (self));

  value = !!value;
  if (self->excused == value)
    return;

  self->excused = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXCUSED]);
}

const char *
caseload_meeting_attendee_get_excusal_agreement_date (CaseloadMeetingAttendee *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEETING_ATTENDEE (self), "");

  return self->excusal_agreement_date;
}

void
caseload_meeting_attendee_set_excusal_agreement_date (CaseloadMeetingAttendee *self,
                                                     const char *value)
{
  g_return_if_fail (CASELOAD_IS_MEETING_ATTENDEE (self));

  if (!replace_string (&self->excusal_agreement_date, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXCUSAL_AGREEMENT_DATE]);
}

const char *
caseload_meeting_attendee_get_excusal_input_date (CaseloadMeetingAttendee *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEETING_ATTENDEE (self), "");

  return self->excusal_input_date;
}

void
caseload_meeting_attendee_set_excusal_input_date (CaseloadMeetingAttendee *self,
                                                 const char *value)
{
  g_return_if_fail (CASELOAD_IS_MEETING_ATTENDEE (self));

  if (!replace_string (&self->excusal_input_date, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXCUSAL_INPUT_DATE]);
}

const char *
caseload_meeting_attendee_get_response (CaseloadMeetingAttendee *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEETING_ATTENDEE (self), NULL);

  return self->response;
}

void
caseload_meeting_attendee_set_response (CaseloadMeetingAttendee *self,
                                        const char              *value)
{
  g_return_if_fail (CASELOAD_IS_MEETING_ATTENDEE (self));

  if (!replace_string (&self->response, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESPONSE]);
}

const char *
caseload_meeting_attendee_get_email (CaseloadMeetingAttendee *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEETING_ATTENDEE (self), NULL);

  return self->email;
}

void
caseload_meeting_attendee_set_email (CaseloadMeetingAttendee *self,
                                     const char              *value)
{
  g_return_if_fail (CASELOAD_IS_MEETING_ATTENDEE (self));

  if (!replace_string (&self->email, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMAIL]);
}
