#define G_LOG_DOMAIN "caseload-meeting"

#include "config.h"

#include "caseload-meeting.h"

#include <glib/gi18n-lib.h>

struct _CaseloadMeeting
{
  GObject parent_instance;

  gint64 id;
  gint64 student_id;
  char *student_number;
  char *student_name;
  char *student_initials;
  char *kind;
  char *purpose;
  GDateTime *starts_at;
  GDateTime *ends_at;
  char *time_zone;
  gint64 room_id;
  char *room_name;
  char *location;
  char *video_link;
  char *status;
  gboolean interpreter_needed;
  char *interpreter_language;
  char *notice_sent_date;
  char *notice_method;
  gboolean notice_transition;
  char *notes;
  char *outcome;
  gint64 produced_iep_id;
  char *uid;
  int sequence;
  gint64 case_manager_id;
  char *case_manager_name;
  char *case_manager_email;
  GPtrArray *attendees;
  GPtrArray *contact_attempts;
};

G_DEFINE_FINAL_TYPE (CaseloadMeeting, caseload_meeting, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_STUDENT_ID,
  PROP_STUDENT_NUMBER,
  PROP_STUDENT_NAME,
  PROP_STUDENT_INITIALS,
  PROP_KIND,
  PROP_PURPOSE,
  PROP_STARTS_AT,
  PROP_ENDS_AT,
  PROP_TIME_ZONE,
  PROP_ROOM_ID,
  PROP_ROOM_NAME,
  PROP_LOCATION,
  PROP_VIDEO_LINK,
  PROP_STATUS,
  PROP_INTERPRETER_NEEDED,
  PROP_INTERPRETER_LANGUAGE,
  PROP_NOTICE_SENT_DATE,
  PROP_NOTICE_METHOD,
  PROP_NOTICE_TRANSITION,
  PROP_NOTES,
  PROP_OUTCOME,
  PROP_PRODUCED_IEP_ID,
  PROP_UID,
  PROP_SEQUENCE,
  PROP_CASE_MANAGER_ID,
  PROP_CASE_MANAGER_NAME,
  PROP_CASE_MANAGER_EMAIL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
caseload_meeting_finalize (GObject *object)
{
  CaseloadMeeting *self = (CaseloadMeeting *) object;

  g_clear_pointer (&self->student_number, g_free);
  g_clear_pointer (&self->student_name, g_free);
  g_clear_pointer (&self->student_initials, g_free);
  g_clear_pointer (&self->kind, g_free);
  g_clear_pointer (&self->purpose, g_free);
  g_clear_pointer (&self->starts_at, g_date_time_unref);
  g_clear_pointer (&self->ends_at, g_date_time_unref);
  g_clear_pointer (&self->time_zone, g_free);
  g_clear_pointer (&self->room_name, g_free);
  g_clear_pointer (&self->location, g_free);
  g_clear_pointer (&self->video_link, g_free);
  g_clear_pointer (&self->status, g_free);
  g_clear_pointer (&self->interpreter_language, g_free);
  g_clear_pointer (&self->notice_sent_date, g_free);
  g_clear_pointer (&self->notice_method, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->outcome, g_free);
  g_clear_pointer (&self->uid, g_free);
  g_clear_pointer (&self->case_manager_name, g_free);
  g_clear_pointer (&self->case_manager_email, g_free);
  g_clear_pointer (&self->attendees, g_ptr_array_unref);
  g_clear_pointer (&self->contact_attempts, g_ptr_array_unref);

  G_OBJECT_CLASS (caseload_meeting_parent_class)->finalize (object);
}

static void
caseload_meeting_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CaseloadMeeting *self = CASELOAD_MEETING (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_STUDENT_ID:
      g_value_set_int64 (value, self->student_id);
      break;

    case PROP_STUDENT_NUMBER:
      g_value_set_string (value, self->student_number);
      break;

    case PROP_STUDENT_NAME:
      g_value_set_string (value, self->student_name);
      break;

    case PROP_STUDENT_INITIALS:
      g_value_set_string (value, self->student_initials);
      break;

    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;

    case PROP_PURPOSE:
      g_value_set_string (value, self->purpose);
      break;

    case PROP_STARTS_AT:
      g_value_set_boxed (value, self->starts_at);
      break;

    case PROP_ENDS_AT:
      g_value_set_boxed (value, self->ends_at);
      break;

    case PROP_TIME_ZONE:
      g_value_set_string (value, self->time_zone);
      break;

    case PROP_ROOM_ID:
      g_value_set_int64 (value, self->room_id);
      break;

    case PROP_ROOM_NAME:
      g_value_set_string (value, self->room_name);
      break;

    case PROP_LOCATION:
      g_value_set_string (value, self->location);
      break;

    case PROP_VIDEO_LINK:
      g_value_set_string (value, self->video_link);
      break;

    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;

    case PROP_INTERPRETER_NEEDED:
      g_value_set_boolean (value, self->interpreter_needed);
      break;

    case PROP_INTERPRETER_LANGUAGE:
      g_value_set_string (value, self->interpreter_language);
      break;

    case PROP_NOTICE_SENT_DATE:
      g_value_set_string (value, self->notice_sent_date);
      break;

    case PROP_NOTICE_METHOD:
      g_value_set_string (value, self->notice_method);
      break;

    case PROP_NOTICE_TRANSITION:
      g_value_set_boolean (value, self->notice_transition);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    case PROP_OUTCOME:
      g_value_set_string (value, self->outcome);
      break;

    case PROP_PRODUCED_IEP_ID:
      g_value_set_int64 (value, self->produced_iep_id);
      break;

    case PROP_UID:
      g_value_set_string (value, self->uid);
      break;

    case PROP_SEQUENCE:
      g_value_set_int (value, self->sequence);
      break;

    case PROP_CASE_MANAGER_ID:
      g_value_set_int64 (value, self->case_manager_id);
      break;

    case PROP_CASE_MANAGER_NAME:
      g_value_set_string (value, self->case_manager_name);
      break;

    case PROP_CASE_MANAGER_EMAIL:
      g_value_set_string (value, self->case_manager_email);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_meeting_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CaseloadMeeting *self = CASELOAD_MEETING (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_meeting_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_STUDENT_ID:
      caseload_meeting_set_student_id (self, g_value_get_int64 (value));
      break;

    case PROP_STUDENT_NUMBER:
      caseload_meeting_set_student_number (self, g_value_get_string (value));
      break;

    case PROP_STUDENT_NAME:
      caseload_meeting_set_student_name (self, g_value_get_string (value));
      break;

    case PROP_STUDENT_INITIALS:
      caseload_meeting_set_student_initials (self, g_value_get_string (value));
      break;

    case PROP_KIND:
      caseload_meeting_set_kind (self, g_value_get_string (value));
      break;

    case PROP_PURPOSE:
      caseload_meeting_set_purpose (self, g_value_get_string (value));
      break;

    case PROP_STARTS_AT:
      caseload_meeting_set_starts_at (self, g_value_get_boxed (value));
      break;

    case PROP_ENDS_AT:
      caseload_meeting_set_ends_at (self, g_value_get_boxed (value));
      break;

    case PROP_TIME_ZONE:
      caseload_meeting_set_time_zone (self, g_value_get_string (value));
      break;

    case PROP_ROOM_ID:
      caseload_meeting_set_room_id (self, g_value_get_int64 (value));
      break;

    case PROP_ROOM_NAME:
      caseload_meeting_set_room_name (self, g_value_get_string (value));
      break;

    case PROP_LOCATION:
      caseload_meeting_set_location (self, g_value_get_string (value));
      break;

    case PROP_VIDEO_LINK:
      caseload_meeting_set_video_link (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      caseload_meeting_set_status (self, g_value_get_string (value));
      break;

    case PROP_INTERPRETER_NEEDED:
      caseload_meeting_set_interpreter_needed (self, g_value_get_boolean (value));
      break;

    case PROP_INTERPRETER_LANGUAGE:
      caseload_meeting_set_interpreter_language (self, g_value_get_string (value));
      break;

    case PROP_NOTICE_SENT_DATE:
      caseload_meeting_set_notice_sent_date (self, g_value_get_string (value));
      break;

    case PROP_NOTICE_METHOD:
      caseload_meeting_set_notice_method (self, g_value_get_string (value));
      break;

    case PROP_NOTICE_TRANSITION:
      caseload_meeting_set_notice_transition (self, g_value_get_boolean (value));
      break;

    case PROP_NOTES:
      caseload_meeting_set_notes (self, g_value_get_string (value));
      break;

    case PROP_OUTCOME:
      caseload_meeting_set_outcome (self, g_value_get_string (value));
      break;

    case PROP_PRODUCED_IEP_ID:
      caseload_meeting_set_produced_iep_id (self, g_value_get_int64 (value));
      break;

    case PROP_UID:
      caseload_meeting_set_uid (self, g_value_get_string (value));
      break;

    case PROP_SEQUENCE:
      caseload_meeting_set_sequence (self, g_value_get_int (value));
      break;

    case PROP_CASE_MANAGER_ID:
      caseload_meeting_set_case_manager_id (self, g_value_get_int64 (value));
      break;

    case PROP_CASE_MANAGER_NAME:
      caseload_meeting_set_case_manager_name (self, g_value_get_string (value));
      break;

    case PROP_CASE_MANAGER_EMAIL:
      caseload_meeting_set_case_manager_email (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_meeting_class_init (CaseloadMeetingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_meeting_finalize;
  object_class->get_property = caseload_meeting_get_property;
  object_class->set_property = caseload_meeting_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STUDENT_ID] =
    g_param_spec_int64 ("student-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STUDENT_NUMBER] =
    g_param_spec_string ("student-number", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STUDENT_NAME] =
    g_param_spec_string ("student-name", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STUDENT_INITIALS] =
    g_param_spec_string ("student-initials", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PURPOSE] =
    g_param_spec_string ("purpose", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STARTS_AT] =
    g_param_spec_boxed ("starts-at", NULL, NULL, G_TYPE_DATE_TIME,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ENDS_AT] =
    g_param_spec_boxed ("ends-at", NULL, NULL, G_TYPE_DATE_TIME,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TIME_ZONE] =
    g_param_spec_string ("time-zone", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROOM_ID] =
    g_param_spec_int64 ("room-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROOM_NAME] =
    g_param_spec_string ("room-name", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOCATION] =
    g_param_spec_string ("location", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VIDEO_LINK] =
    g_param_spec_string ("video-link", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INTERPRETER_NEEDED] =
    g_param_spec_boolean ("interpreter-needed", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INTERPRETER_LANGUAGE] =
    g_param_spec_string ("interpreter-language", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTICE_SENT_DATE] =
    g_param_spec_string ("notice-sent-date", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTICE_METHOD] =
    g_param_spec_string ("notice-method", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTICE_TRANSITION] =
    g_param_spec_boolean ("notice-transition", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OUTCOME] =
    g_param_spec_string ("outcome", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PRODUCED_IEP_ID] =
    g_param_spec_int64 ("produced-iep-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UID] =
    g_param_spec_string ("uid", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEQUENCE] =
    g_param_spec_int ("sequence", NULL, NULL, G_MININT, G_MAXINT, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CASE_MANAGER_ID] =
    g_param_spec_int64 ("case-manager-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CASE_MANAGER_NAME] =
    g_param_spec_string ("case-manager-name", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CASE_MANAGER_EMAIL] =
    g_param_spec_string ("case-manager-email", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_meeting_init (CaseloadMeeting *self)
{
  self->student_number = g_strdup ("");
  self->student_name = g_strdup ("");
  self->student_initials = g_strdup ("");
  self->kind = g_strdup ("");
  self->purpose = g_strdup ("");
  self->time_zone = g_strdup ("");
  self->room_name = g_strdup ("");
  self->location = g_strdup ("");
  self->video_link = g_strdup ("");
  self->status = g_strdup ("");
  self->interpreter_language = g_strdup ("");
  self->notice_sent_date = g_strdup ("");
  self->notice_method = g_strdup ("");
  self->notes = g_strdup ("");
  self->outcome = g_strdup ("");
  self->uid = g_strdup ("");
  self->case_manager_name = g_strdup ("");
  self->case_manager_email = g_strdup ("");
  g_free (self->kind);
  self->kind = g_strdup ("annual-review");
  g_free (self->status);
  self->status = g_strdup ("scheduled");
  g_free (self->time_zone);
  self->time_zone = g_strdup ("America/Chicago");
  self->attendees = g_ptr_array_new_with_free_func (g_object_unref);
  self->contact_attempts = g_ptr_array_new_with_free_func ((GDestroyNotify) caseload_contact_attempt_free);
}

CaseloadMeeting *
caseload_meeting_new (void)
{
  return g_object_new (CASELOAD_TYPE_MEETING, NULL);
}

gint64
caseload_meeting_get_id (CaseloadMeeting *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEETING (self), 0);

  return self->id;
}

void
caseload_meeting_set_id (CaseloadMeeting *self,
                         gint64      value)
{
  g_return_if_fail (CASELOAD_IS_MEETING (self));

  if (self->id == value)
    return;
  self->id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
caseload_meeting_get_student_id (CaseloadMeeting *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEETING (self), 0);

  return self->student_id;
}

void
caseload_meeting_set_student_id (CaseloadMeeting *self,
                                 gint64      value)
{
  g_return_if_fail (CASELOAD_IS_MEETING (self));

  if (self->student_id == value)
    return;
  self->student_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDENT_ID]);
}

const char *
caseload_meeting_get_student_number (CaseloadMeeting *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEETING (self), NULL);

  return self->student_number;
}

void
caseload_meeting_set_student_number (CaseloadMeeting *self,
                                     const char *value)
{
  g_return_if_fail (CASELOAD_IS_MEETING (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->student_number, value) == 0)
    return;
  g_free (self->student_number);
  self->student_number = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDENT_NUMBER]);
}

const char *
caseload_meeting_get_student_name (CaseloadMeeting *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEETING (self), NULL);

  return self->student_name;
}

void
caseload_meeting_set_student_name (CaseloadMeeting *self,
                                   const char *value)
{
  g_return_if_fail (CASELOAD_IS_MEETING (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->student_name, value) == 0)
    return;
  g_free (self->student_name);
  self->student_name = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDENT_NAME]);
}

const char *
caseload_meeting_get_student_initials (CaseloadMeeting *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEETING (self), NULL);

  return self->student_initials;
}

void
caseload_meeting_set_student_initials (CaseloadMeeting *self,
                                       const char *value)
{
  g_return_if_fail (CASELOAD_IS_MEETING (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->student_initials, value) == 0)
    return;
  g_free (self->student_initials);
  self->student_initials = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDENT_INITIALS]);
}

const char *
caseload_meeting_get_kind (CaseloadMeeting *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEETING (self), NULL);

  return self->kind;
}

void
caseload_meeting_set_kind (CaseloadMeeting *self,
                           const char *value)
{
  g_return_if_fail (CASELOAD_IS_MEETING (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->kind, value) == 0)
    return;
  g_free (self->kind);
  self->kind = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
caseload_meeting_get_purpose (CaseloadMeeting *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEETING (self), NULL);

  return self->purpose;
}

void
caseload_meeting_set_purpose (CaseloadMeeting *self,
                              const char *value)
{
  g_return_if_fail (CASELOAD_IS_MEETING (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->purpose, value) == 0)
    return;
  g_free (self->purpose);
  self->purpose = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PURPOSE]);
}

GDateTime *
caseload_meeting_get_starts_at (CaseloadMeeting *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEETING (self), NULL);

  return self->starts_at;
}

void
caseload_meeting_set_starts_at (CaseloadMeeting *self,
                                GDateTime  *value)
{
  g_return_if_fail (CASELOAD_IS_MEETING (self));

  /* Equal means the same instant in the same zone. */
  if (self->starts_at == value ||
      (self->starts_at != NULL && value != NULL && g_date_time_equal (self->starts_at, value) &&
       g_strcmp0 (g_time_zone_get_identifier (g_date_time_get_timezone (self->starts_at)),
                  g_time_zone_get_identifier (g_date_time_get_timezone (value))) == 0))
    return;
  g_clear_pointer (&self->starts_at, g_date_time_unref);
  self->starts_at = value != NULL ? g_date_time_ref (value) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STARTS_AT]);
}

GDateTime *
caseload_meeting_get_ends_at (CaseloadMeeting *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEETING (self), NULL);

  return self->ends_at;
}

void
caseload_meeting_set_ends_at (CaseloadMeeting *self,
                              GDateTime  *value)
{
  g_return_if_fail (CASELOAD_IS_MEETING (self));

  /* Equal means the same instant in the same zone. */
  if (self->ends_at == value ||
      (self->ends_at != NULL && value != NULL && g_date_time_equal (self->ends_at, value) &&
       g_strcmp0 (g_time_zone_get_identifier (g_date_time_get_timezone (self->ends_at)),
                  g_time_zone_get_identifier (g_date_time_get_timezone (value))) == 0))
    return;
  g_clear_pointer (&self->ends_at, g_date_time_unref);
  self->ends_at = value != NULL ? g_date_time_ref (value) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENDS_AT]);
}

const char *
caseload_meeting_get_time_zone (CaseloadMeeting *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEETING (self), NULL);

  return self->time_zone;
}

void
caseload_meeting_set_time_zone (CaseloadMeeting *self,
                                const char *value)
{
  g_return_if_fail (CASELOAD_IS_MEETING (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->time_zone, value) == 0)
    return;
  g_free (self->time_zone);
  self->time_zone = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME_ZONE]);
}

gint64
caseload_meeting_get_room_id (CaseloadMeeting *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEETING (self), 0);

  return self->room_id;
}

void
caseload_meeting_set_room_id (CaseloadMeeting *self,
                              gint64      value)
{
  g_return_if_fail (CASELOAD_IS_MEETING (self));

  if (self->room_id == value)
    return;
  self->room_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROOM_ID]);
}

const char *
caseload_meeting_get_room_name (CaseloadMeeting *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEETING (self), NULL);

  return self->room_name;
}

void
caseload_meeting_set_room_name (CaseloadMeeting *self,
                                const char *value)
{
  g_return_if_fail (CASELOAD_IS_MEETING (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->room_name, value) == 0)
    return;
  g_free (self->room_name);
  self->room_name = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROOM_NAME]);
}

const char *
caseload_meeting_get_location (CaseloadMeeting *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEETING (self), NULL);

  return self->location;
}

void
caseload_meeting_set_location (CaseloadMeeting *self,
                               const char *value)
{
  g_return_if_fail (CASELOAD_IS_MEETING (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->location, value) == 0)
    return;
  g_free (self->location);
  self->location = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCATION]);
}

const char *
caseload_meeting_get_video_link (CaseloadMeeting *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEETING (self), NULL);

  return self->video_link;
}

void
caseload_meeting_set_video_link (CaseloadMeeting *self,
                                 const char *value)
{
  g_return_if_fail (CASELOAD_IS_MEETING (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->video_link, value) == 0)
    return;
  g_free (self->video_link);
  self->video_link = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIDEO_LINK]);
}

const char *
caseload_meeting_get_status (CaseloadMeeting *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEETING (self), NULL);

  return self->status;
}

void
caseload_meeting_set_status (CaseloadMeeting *self,
                             const char *value)
{
  g_return_if_fail (CASELOAD_IS_MEETING (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->status, value) == 0)
    return;
  g_free (self->status);
  self->status = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

gboolean
caseload_meeting_get_interpreter_needed (CaseloadMeeting *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEETING (self), FALSE);

  return self->interpreter_needed;
}

void
caseload_meeting_set_interpreter_needed (CaseloadMeeting *self,
                                         gboolean    value)
{
  g_return_if_fail (CASELOAD_IS_MEETING (self));

  value = !!value;
  if (self->interpreter_needed == value)
    return;
  self->interpreter_needed = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERPRETER_NEEDED]);
}

const char *
caseload_meeting_get_interpreter_language (CaseloadMeeting *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEETING (self), NULL);

  return self->interpreter_language;
}

void
caseload_meeting_set_interpreter_language (CaseloadMeeting *self,
                                           const char *value)
{
  g_return_if_fail (CASELOAD_IS_MEETING (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->interpreter_language, value) == 0)
    return;
  g_free (self->interpreter_language);
  self->interpreter_language = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERPRETER_LANGUAGE]);
}

const char *
caseload_meeting_get_notice_sent_date (CaseloadMeeting *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEETING (self), NULL);

  return self->notice_sent_date;
}

void
caseload_meeting_set_notice_sent_date (CaseloadMeeting *self,
                                       const char *value)
{
  g_return_if_fail (CASELOAD_IS_MEETING (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->notice_sent_date, value) == 0)
    return;
  g_free (self->notice_sent_date);
  self->notice_sent_date = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTICE_SENT_DATE]);
}

const char *
caseload_meeting_get_notice_method (CaseloadMeeting *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEETING (self), NULL);

  return self->notice_method;
}

void
caseload_meeting_set_notice_method (CaseloadMeeting *self,
                                    const char *value)
{
  g_return_if_fail (CASELOAD_IS_MEETING (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->notice_method, value) == 0)
    return;
  g_free (self->notice_method);
  self->notice_method = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTICE_METHOD]);
}

gboolean
caseload_meeting_get_notice_transition (CaseloadMeeting *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEETING (self), FALSE);

  return self->notice_transition;
}

void
caseload_meeting_set_notice_transition (CaseloadMeeting *self,
                                        gboolean    value)
{
  g_return_if_fail (CASELOAD_IS_MEETING (self));

  value = !!value;
  if (self->notice_transition == value)
    return;
  self->notice_transition = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTICE_TRANSITION]);
}

const char *
caseload_meeting_get_notes (CaseloadMeeting *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEETING (self), NULL);

  return self->notes;
}

void
caseload_meeting_set_notes (CaseloadMeeting *self,
                            const char *value)
{
  g_return_if_fail (CASELOAD_IS_MEETING (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->notes, value) == 0)
    return;
  g_free (self->notes);
  self->notes = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

const char *
caseload_meeting_get_outcome (CaseloadMeeting *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEETING (self), NULL);

  return self->outcome;
}

void
caseload_meeting_set_outcome (CaseloadMeeting *self,
                              const char *value)
{
  g_return_if_fail (CASELOAD_IS_MEETING (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->outcome, value) == 0)
    return;
  g_free (self->outcome);
  self->outcome = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTCOME]);
}

gint64
caseload_meeting_get_produced_iep_id (CaseloadMeeting *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEETING (self), 0);

  return self->produced_iep_id;
}

void
caseload_meeting_set_produced_iep_id (CaseloadMeeting *self,
                                      gint64      value)
{
  g_return_if_fail (CASELOAD_IS_MEETING (self));

  if (self->produced_iep_id == value)
    return;
  self->produced_iep_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRODUCED_IEP_ID]);
}

const char *
caseload_meeting_get_uid (CaseloadMeeting *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEETING (self), NULL);

  return self->uid;
}

void
caseload_meeting_set_uid (CaseloadMeeting *self,
                          const char *value)
{
  g_return_if_fail (CASELOAD_IS_MEETING (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->uid, value) == 0)
    return;
  g_free (self->uid);
  self->uid = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UID]);
}

int
caseload_meeting_get_sequence (CaseloadMeeting *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEETING (self), 0);

  return self->sequence;
}

void
caseload_meeting_set_sequence (CaseloadMeeting *self,
                               int         value)
{
  g_return_if_fail (CASELOAD_IS_MEETING (self));

  if (self->sequence == value)
    return;
  self->sequence = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEQUENCE]);
}

gint64
caseload_meeting_get_case_manager_id (CaseloadMeeting *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEETING (self), 0);

  return self->case_manager_id;
}

void
caseload_meeting_set_case_manager_id (CaseloadMeeting *self,
                                      gint64      value)
{
  g_return_if_fail (CASELOAD_IS_MEETING (self));

  if (self->case_manager_id == value)
    return;
  self->case_manager_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE_MANAGER_ID]);
}

const char *
caseload_meeting_get_case_manager_name (CaseloadMeeting *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEETING (self), NULL);

  return self->case_manager_name;
}

void
caseload_meeting_set_case_manager_name (CaseloadMeeting *self,
                                        const char *value)
{
  g_return_if_fail (CASELOAD_IS_MEETING (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->case_manager_name, value) == 0)
    return;
  g_free (self->case_manager_name);
  self->case_manager_name = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE_MANAGER_NAME]);
}

const char *
caseload_meeting_get_case_manager_email (CaseloadMeeting *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEETING (self), NULL);

  return self->case_manager_email;
}

void
caseload_meeting_set_case_manager_email (CaseloadMeeting *self,
                                         const char *value)
{
  g_return_if_fail (CASELOAD_IS_MEETING (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->case_manager_email, value) == 0)
    return;
  g_free (self->case_manager_email);
  self->case_manager_email = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE_MANAGER_EMAIL]);
}

void
caseload_contact_attempt_free (CaseloadContactAttempt *attempt)
{
  if (attempt == NULL)
    return;
  g_free (attempt->date);
  g_free (attempt->method);
  g_free (attempt->result);
  g_free (attempt);
}

GPtrArray *
caseload_meeting_get_attendees (CaseloadMeeting *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEETING (self), NULL);

  return self->attendees;
}

void
caseload_meeting_add_attendee (CaseloadMeeting         *self,
                               CaseloadMeetingAttendee *attendee)
{
  g_return_if_fail (CASELOAD_IS_MEETING (self));
  g_return_if_fail (CASELOAD_IS_MEETING_ATTENDEE (attendee));

  g_ptr_array_add (self->attendees, g_object_ref (attendee));
}

GPtrArray *
caseload_meeting_get_contact_attempts (CaseloadMeeting *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEETING (self), NULL);

  return self->contact_attempts;
}

void
caseload_meeting_add_contact_attempt (CaseloadMeeting *self,
                                      gint64           id,
                                      const char      *date,
                                      const char      *method,
                                      const char      *result)
{
  CaseloadContactAttempt *attempt;

  g_return_if_fail (CASELOAD_IS_MEETING (self));

  attempt = g_new0 (CaseloadContactAttempt, 1);
  attempt->id = id;
  attempt->date = g_strdup (date != NULL ? date : "");
  attempt->method = g_strdup (method != NULL ? method : "");
  attempt->result = g_strdup (result != NULL ? result : "");
  g_ptr_array_add (self->contact_attempts, attempt);
}

GTimeZone *
caseload_meeting_dup_time_zone (CaseloadMeeting *self)
{
  GTimeZone *tz;

  g_return_val_if_fail (CASELOAD_IS_MEETING (self), NULL);

  tz = g_time_zone_new_identifier (self->time_zone);
  if (tz == NULL)
    tz = g_time_zone_new_utc ();
  return tz;
}

void
caseload_meeting_set_local_times (CaseloadMeeting *self,
                                  int              year,
                                  int              month,
                                  int              day,
                                  int              start_hour,
                                  int              start_minute,
                                  int              end_hour,
                                  int              end_minute)
{
  g_autoptr(GTimeZone) tz = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;

  g_return_if_fail (CASELOAD_IS_MEETING (self));

  tz = caseload_meeting_dup_time_zone (self);
  start = g_date_time_new (tz, year, month, day, start_hour, start_minute, 0);
  end = g_date_time_new (tz, year, month, day, end_hour, end_minute, 0);
  caseload_meeting_set_starts_at (self, start);
  caseload_meeting_set_ends_at (self, end);
}

void
caseload_meeting_get_local_date (CaseloadMeeting *self,
                                 GDate           *date)
{
  g_autoptr(GTimeZone) tz = NULL;
  g_autoptr(GDateTime) local = NULL;

  g_return_if_fail (CASELOAD_IS_MEETING (self));

  g_date_clear (date, 1);
  if (self->starts_at == NULL)
    return;
  tz = caseload_meeting_dup_time_zone (self);
  local = g_date_time_to_timezone (self->starts_at, tz);
  g_date_set_dmy (date, g_date_time_get_day_of_month (local),
                  g_date_time_get_month (local), g_date_time_get_year (local));
}

const char *
caseload_meeting_kind_label (const char *kind)
{
  static const struct { const char *kind; const char *label; } labels[] = {
    { "initial-iep", N_("Initial IEP") },
    { "annual-review", N_("Annual review") },
    { "reevaluation", N_("Reevaluation") },
    { "eligibility", N_("Eligibility") },
    { "amendment", N_("Amendment") },
    { "transition", N_("Transition") },
    { "parent-conference", N_("Parent conference") },
    { "other", N_("Other meeting") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_strcmp0 (labels[i].kind, kind) == 0)
      return _(labels[i].label);
  return _("Meeting");
}
