#define G_LOG_DOMAIN "caseload-task"

#include "config.h"

#include "caseload-task.h"

struct _CaseloadTask
{
  GObject parent_instance;

  gint64 id;
  gint64 assignee_id;
  char *assignee_name;
  gint64 created_by;
  gint64 student_id;
  char *student_name;
  gint64 meeting_id;
  char *title;
  char *due_date;
  char *priority;
  char *status;
  char *notes;
  char *created_at;
  char *completed_at;
};

G_DEFINE_FINAL_TYPE (CaseloadTask, caseload_task, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_ASSIGNEE_ID,
  PROP_ASSIGNEE_NAME,
  PROP_CREATED_BY,
  PROP_STUDENT_ID,
  PROP_STUDENT_NAME,
  PROP_MEETING_ID,
  PROP_TITLE,
  PROP_DUE_DATE,
  PROP_PRIORITY,
  PROP_STATUS,
  PROP_NOTES,
  PROP_CREATED_AT,
  PROP_COMPLETED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
caseload_task_finalize (GObject *object)
{
  CaseloadTask *self = (CaseloadTask *) object;

  g_clear_pointer (&self->assignee_name, g_free);
  g_clear_pointer (&self->student_name, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->due_date, g_free);
  g_clear_pointer (&self->priority, g_free);
  g_clear_pointer (&self->status, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->created_at, g_free);
  g_clear_pointer (&self->completed_at, g_free);


  G_OBJECT_CLASS (caseload_task_parent_class)->finalize (object);
}

static void
caseload_task_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CaseloadTask *self = CASELOAD_TASK (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_ASSIGNEE_ID:
      g_value_set_int64 (value, self->assignee_id);
      break;

    case PROP_ASSIGNEE_NAME:
      g_value_set_string (value, self->assignee_name);
      break;

    case PROP_CREATED_BY:
      g_value_set_int64 (value, self->created_by);
      break;

    case PROP_STUDENT_ID:
      g_value_set_int64 (value, self->student_id);
      break;

    case PROP_STUDENT_NAME:
      g_value_set_string (value, self->student_name);
      break;

    case PROP_MEETING_ID:
      g_value_set_int64 (value, self->meeting_id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_DUE_DATE:
      g_value_set_string (value, self->due_date);
      break;

    case PROP_PRIORITY:
      g_value_set_string (value, self->priority);
      break;

    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    case PROP_CREATED_AT:
      g_value_set_string (value, self->created_at);
      break;

    case PROP_COMPLETED_AT:
      g_value_set_string (value, self->completed_at);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_task_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CaseloadTask *self = CASELOAD_TASK (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_task_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_ASSIGNEE_ID:
      caseload_task_set_assignee_id (self, g_value_get_int64 (value));
      break;

    case PROP_ASSIGNEE_NAME:
      caseload_task_set_assignee_name (self, g_value_get_string (value));
      break;

    case PROP_CREATED_BY:
      caseload_task_set_created_by (self, g_value_get_int64 (value));
      break;

    case PROP_STUDENT_ID:
      caseload_task_set_student_id (self, g_value_get_int64 (value));
      break;

    case PROP_STUDENT_NAME:
      caseload_task_set_student_name (self, g_value_get_string (value));
      break;

    case PROP_MEETING_ID:
      caseload_task_set_meeting_id (self, g_value_get_int64 (value));
      break;

    case PROP_TITLE:
      caseload_task_set_title (self, g_value_get_string (value));
      break;

    case PROP_DUE_DATE:
      caseload_task_set_due_date (self, g_value_get_string (value));
      break;

    case PROP_PRIORITY:
      caseload_task_set_priority (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      caseload_task_set_status (self, g_value_get_string (value));
      break;

    case PROP_NOTES:
      caseload_task_set_notes (self, g_value_get_string (value));
      break;

    case PROP_CREATED_AT:
      caseload_task_set_created_at (self, g_value_get_string (value));
      break;

    case PROP_COMPLETED_AT:
      caseload_task_set_completed_at (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_task_class_init (CaseloadTaskClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_task_finalize;
  object_class->get_property = caseload_task_get_property;
  object_class->set_property = caseload_task_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ASSIGNEE_ID] =
    g_param_spec_int64 ("assignee-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ASSIGNEE_NAME] =
    g_param_spec_string ("assignee-name", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CREATED_BY] =
    g_param_spec_int64 ("created-by", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STUDENT_ID] =
    g_param_spec_int64 ("student-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STUDENT_NAME] =
    g_param_spec_string ("student-name", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MEETING_ID] =
    g_param_spec_int64 ("meeting-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DUE_DATE] =
    g_param_spec_string ("due-date", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PRIORITY] =
    g_param_spec_string ("priority", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CREATED_AT] =
    g_param_spec_string ("created-at", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPLETED_AT] =
    g_param_spec_string ("completed-at", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_task_init (CaseloadTask *self)
{
  self->assignee_name = g_strdup ("");
  self->student_name = g_strdup ("");
  self->title = g_strdup ("");
  self->due_date = g_strdup ("");
  self->priority = g_strdup ("");
  self->status = g_strdup ("");
  self->notes = g_strdup ("");
  self->created_at = g_strdup ("");
  self->completed_at = g_strdup ("");
  g_free (self->priority);
  self->priority = g_strdup ("normal");
  g_free (self->status);
  self->status = g_strdup ("open");
}

CaseloadTask *
caseload_task_new (void)
{
  return g_object_new (CASELOAD_TYPE_TASK, NULL);
}

gint64
caseload_task_get_id (CaseloadTask *self)
{
  g_return_val_if_fail (CASELOAD_IS_TASK (self), 0);

  return self->id;
}

void
caseload_task_set_id (CaseloadTask *self,
                      gint64      value)
{
  g_return_if_fail (CASELOAD_IS_TASK (self));

  if (self->id == value)
    return;
  self->id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
caseload_task_get_assignee_id (CaseloadTask *self)
{
  g_return_val_if_fail (CASELOAD_IS_TASK (self), 0);

  return self->assignee_id;
}

void
caseload_task_set_assignee_id (CaseloadTask *self,
                               gint64      value)
{
  g_return_if_fail (CASELOAD_IS_TASK (self));

  if (self->assignee_id == value)
    return;
  self->assignee_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSIGNEE_ID]);
}

const char *
caseload_task_get_assignee_name (CaseloadTask *self)
{
  g_return_val_if_fail (CASELOAD_IS_TASK (self), NULL);

  return self->assignee_name;
}

void
caseload_task_set_assignee_name (CaseloadTask *self,
                                 const char *value)
{
  g_return_if_fail (CASELOAD_IS_TASK (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->assignee_name, value) == 0)
    return;
  g_free (self->assignee_name);
  self->assignee_name = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSIGNEE_NAME]);
}

gint64
caseload_task_get_created_by (CaseloadTask *self)
{
  g_return_val_if_fail (CASELOAD_IS_TASK (self), 0);

  return self->created_by;
}

void
caseload_task_set_created_by (CaseloadTask *self,
                              gint64      value)
{
  g_return_if_fail (CASELOAD_IS_TASK (self));

  if (self->created_by == value)
    return;
  self->created_by = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_BY]);
}

gint64
caseload_task_get_student_id (CaseloadTask *self)
{
  g_return_val_if_fail (CASELOAD_IS_TASK (self), 0);

  return self->student_id;
}

void
caseload_task_set_student_id (CaseloadTask *self,
                              gint64      value)
{
  g_return_if_fail (CASELOAD_IS_TASK (self));

  if (self->student_id == value)
    return;
  self->student_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDENT_ID]);
}

const char *
caseload_task_get_student_name (CaseloadTask *self)
{
  g_return_val_if_fail (CASELOAD_IS_TASK (self), NULL);

  return self->student_name;
}

void
caseload_task_set_student_name (CaseloadTask *self,
                                const char *value)
{
  g_return_if_fail (CASELOAD_IS_TASK (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->student_name, value) == 0)
    return;
  g_free (self->student_name);
  self->student_name = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDENT_NAME]);
}

gint64
caseload_task_get_meeting_id (CaseloadTask *self)
{
  g_return_val_if_fail (CASELOAD_IS_TASK (self), 0);

  return self->meeting_id;
}

void
caseload_task_set_meeting_id (CaseloadTask *self,
                              gint64      value)
{
  g_return_if_fail (CASELOAD_IS_TASK (self));

  if (self->meeting_id == value)
    return;
  self->meeting_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEETING_ID]);
}

const char *
caseload_task_get_title (CaseloadTask *self)
{
  g_return_val_if_fail (CASELOAD_IS_TASK (self), NULL);

  return self->title;
}

void
caseload_task_set_title (CaseloadTask *self,
                         const char *value)
{
  g_return_if_fail (CASELOAD_IS_TASK (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->title, value) == 0)
    return;
  g_free (self->title);
  self->title = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
caseload_task_get_due_date (CaseloadTask *self)
{
  g_return_val_if_fail (CASELOAD_IS_TASK (self), NULL);

  return self->due_date;
}

void
caseload_task_set_due_date (CaseloadTask *self,
                            const char *value)
{
  g_return_if_fail (CASELOAD_IS_TASK (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->due_date, value) == 0)
    return;
  g_free (self->due_date);
  self->due_date = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DUE_DATE]);
}

const char *
caseload_task_get_priority (CaseloadTask *self)
{
  g_return_val_if_fail (CASELOAD_IS_TASK (self), NULL);

  return self->priority;
}

void
caseload_task_set_priority (CaseloadTask *self,
                            const char *value)
{
  g_return_if_fail (CASELOAD_IS_TASK (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->priority, value) == 0)
    return;
  g_free (self->priority);
  self->priority = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRIORITY]);
}

const char *
caseload_task_get_status (CaseloadTask *self)
{
  g_return_val_if_fail (CASELOAD_IS_TASK (self), NULL);

  return self->status;
}

void
caseload_task_set_status (CaseloadTask *self,
                          const char *value)
{
  g_return_if_fail (CASELOAD_IS_TASK (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->status, value) == 0)
    return;
  g_free (self->status);
  self->status = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

const char *
caseload_task_get_notes (CaseloadTask *self)
{
  g_return_val_if_fail (CASELOAD_IS_TASK (self), NULL);

  return self->notes;
}

void
caseload_task_set_notes (CaseloadTask *self,
                         const char *value)
{
  g_return_if_fail (CASELOAD_IS_TASK (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->notes, value) == 0)
    return;
  g_free (self->notes);
  self->notes = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

const char *
caseload_task_get_created_at (CaseloadTask *self)
{
  g_return_val_if_fail (CASELOAD_IS_TASK (self), NULL);

  return self->created_at;
}

void
caseload_task_set_created_at (CaseloadTask *self,
                              const char *value)
{
  g_return_if_fail (CASELOAD_IS_TASK (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->created_at, value) == 0)
    return;
  g_free (self->created_at);
  self->created_at = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
}

const char *
caseload_task_get_completed_at (CaseloadTask *self)
{
  g_return_val_if_fail (CASELOAD_IS_TASK (self), NULL);

  return self->completed_at;
}

void
caseload_task_set_completed_at (CaseloadTask *self,
                                const char *value)
{
  g_return_if_fail (CASELOAD_IS_TASK (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->completed_at, value) == 0)
    return;
  g_free (self->completed_at);
  self->completed_at = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPLETED_AT]);
}

