#define G_LOG_DOMAIN "caseload-room"

#include "config.h"

#include "caseload-room.h"

struct _CaseloadRoom
{
  GObject parent_instance;

  gint64 id;
  gint64 school_id;
  char *name;
  int capacity;
};

G_DEFINE_FINAL_TYPE (CaseloadRoom, caseload_room, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_SCHOOL_ID,
  PROP_NAME,
  PROP_CAPACITY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
caseload_room_finalize (GObject *object)
{
  CaseloadRoom *self = (CaseloadRoom *)object;

  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (caseload_room_parent_class)->finalize (object);
}

static void
caseload_room_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CaseloadRoom *self = CASELOAD_ROOM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_SCHOOL_ID:
      g_value_set_int64 (value, self->school_id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_CAPACITY:
      g_value_set_int (value, self->capacity);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_room_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CaseloadRoom *self = CASELOAD_ROOM (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_room_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_SCHOOL_ID:
      caseload_room_set_school_id (self, g_value_get_int64 (value));
      break;

    case PROP_NAME:
      caseload_room_set_name (self, g_value_get_string (value));
      break;

    case PROP_CAPACITY:
      caseload_room_set_capacity (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_room_class_init (CaseloadRoomClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_room_finalize;
  object_class->get_property = caseload_room_get_property;
  object_class->set_property = caseload_room_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SCHOOL_ID] =
    g_param_spec_int64 ("school-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CAPACITY] =
    g_param_spec_int ("capacity", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_room_init (CaseloadRoom *self)
{
  self->name = g_strdup ("");
}

CaseloadRoom *
caseload_room_new (void)
{
  return g_object_new (CASELOAD_TYPE_ROOM, NULL);
}

gint64
caseload_room_get_id (CaseloadRoom *self)
{
  g_return_val_if_fail (CASELOAD_IS_ROOM (self), 0);

  return self->id;
}

void
caseload_room_set_id (CaseloadRoom *self,
                      gint64        id)
{
  g_return_if_fail (CASELOAD_IS_ROOM (self));

  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
caseload_room_get_school_id (CaseloadRoom *self)
{
  g_return_val_if_fail (CASELOAD_IS_ROOM (self), 0);

  return self->school_id;
}

void
caseload_room_set_school_id (CaseloadRoom *self,
                             gint64        school_id)
{
  g_return_if_fail (CASELOAD_IS_ROOM (self));

  if (self->school_id == school_id)
    return;
  self->school_id = school_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCHOOL_ID]);
}

const char *
caseload_room_get_name (CaseloadRoom *self)
{
  g_return_val_if_fail (CASELOAD_IS_ROOM (self), NULL);

  return self->name;
}

void
caseload_room_set_name (CaseloadRoom *self,
                        const char   *name)
{
  g_return_if_fail (CASELOAD_IS_ROOM (self));

  if (name == NULL)
    name = "";
  if (g_strcmp0 (self->name, name) == 0)
    return;
  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

int
caseload_room_get_capacity (CaseloadRoom *self)
{
  g_return_val_if_fail (CASELOAD_IS_ROOM (self), 0);

  return self->capacity;
}

void
caseload_room_set_capacity (CaseloadRoom *self,
                            int           capacity)
{
  g_return_if_fail (CASELOAD_IS_ROOM (self));

  capacity = MAX (capacity, 0);
  if (self->capacity == capacity)
    return;
  self->capacity = capacity;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAPACITY]);
}
