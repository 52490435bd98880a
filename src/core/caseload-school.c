#define G_LOG_DOMAIN "caseload-school"

#include "config.h"

#include "caseload-school.h"

struct _CaseloadSchool
{
  GObject parent_instance;

  gint64 id;
  char *name;
  char *short_name;
  char *time_zone;
  char *lowest_grade;
  char *highest_grade;
  char *address;
  char *phone;
};

G_DEFINE_FINAL_TYPE (CaseloadSchool, caseload_school, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_SHORT_NAME,
  PROP_TIME_ZONE,
  PROP_LOWEST_GRADE,
  PROP_HIGHEST_GRADE,
  PROP_ADDRESS,
  PROP_PHONE,
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
caseload_school_finalize (GObject *object)
{
  CaseloadSchool *self = (CaseloadSchool *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->short_name, g_free);
  g_clear_pointer (&self->time_zone, g_free);
  g_clear_pointer (&self->lowest_grade, g_free);
  g_clear_pointer (&self->highest_grade, g_free);
  g_clear_pointer (&self->address, g_free);
  g_clear_pointer (&self->phone, g_free);

  G_OBJECT_CLASS (caseload_school_parent_class)->finalize (object);
}

static void
caseload_school_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CaseloadSchool *self = CASELOAD_SCHOOL (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_SHORT_NAME:
      g_value_set_string (value, self->short_name);
      break;

    case PROP_TIME_ZONE:
      g_value_set_string (value, self->time_zone);
      break;

    case PROP_LOWEST_GRADE:
      g_value_set_string (value, self->lowest_grade);
      break;

    case PROP_HIGHEST_GRADE:
      g_value_set_string (value, self->highest_grade);
      break;

    case PROP_ADDRESS:
      g_value_set_string (value, self->address);
      break;

    case PROP_PHONE:
      g_value_set_string (value, self->phone);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_school_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CaseloadSchool *self = CASELOAD_SCHOOL (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_school_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_NAME:
      caseload_school_set_name (self, g_value_get_string (value));
      break;

    case PROP_SHORT_NAME:
      caseload_school_set_short_name (self, g_value_get_string (value));
      break;

    case PROP_TIME_ZONE:
      caseload_school_set_time_zone (self, g_value_get_string (value));
      break;

    case PROP_LOWEST_GRADE:
      caseload_school_set_lowest_grade (self, g_value_get_string (value));
      break;

    case PROP_HIGHEST_GRADE:
      caseload_school_set_highest_grade (self, g_value_get_string (value));
      break;

    case PROP_ADDRESS:
      caseload_school_set_address (self, g_value_get_string (value));
      break;

    case PROP_PHONE:
      caseload_school_set_phone (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_school_class_init (CaseloadSchoolClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_school_finalize;
  object_class->get_property = caseload_school_get_property;
  object_class->set_property = caseload_school_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SHORT_NAME] =
    g_param_spec_string ("short-name", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TIME_ZONE] =
    g_param_spec_string ("time-zone", NULL, NULL,
                         "America/Chicago",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_LOWEST_GRADE] =
    g_param_spec_string ("lowest-grade", NULL, NULL,
                         "K",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_HIGHEST_GRADE] =
    g_param_spec_string ("highest-grade", NULL, NULL,
                         "12",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ADDRESS] =
    g_param_spec_string ("address", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_school_init (CaseloadSchool *self)
{
  self->name = g_strdup ("");
  self->short_name = g_strdup ("");
  self->time_zone = g_strdup ("America/Chicago");
  self->lowest_grade = g_strdup ("K");
  self->highest_grade = g_strdup ("12");
  self->address = g_strdup ("");
  self->phone = g_strdup ("");
}

CaseloadSchool *
caseload_school_new (void)
{
  return g_object_new (CASELOAD_TYPE_SCHOOL, NULL);
}

gint64
caseload_school_get_id (CaseloadSchool *self)
{
  g_return_val_if_fail (CASELOAD_IS_SCHOOL (self), 0);

  return self->id;
}

void
caseload_school_set_id (CaseloadSchool *self,
                        gint64          id)
{
  g_return_if_fail (CASELOAD_IS_SCHOOL (self));

  if (self->id == id)
    return;

  self->id = id;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
caseload_school_get_name (CaseloadSchool *self)
{
  g_return_val_if_fail (CASELOAD_IS_SCHOOL (self), "");

  return self->name;
}

void
caseload_school_set_name (CaseloadSchool *self,
                          const char     *value)
{
  g_return_if_fail (CASELOAD_IS_SCHOOL (self));

  if (!replace_string (&self->name, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
caseload_school_get_short_name (CaseloadSchool *self)
{
  g_return_val_if_fail (CASELOAD_IS_SCHOOL (self), "");

  return self->short_name;
}

void
caseload_school_set_short_name (CaseloadSchool *self,
                                const char     *short_name)
{
  g_return_if_fail (CASELOAD_IS_SCHOOL (self));

  if (!replace_string (&self->short_name, short_name))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHORT_NAME]);
}

const char *
caseload_school_get_time_zone (CaseloadSchool *self)
{
  g_return_val_if_fail (CASELOAD_IS_SCHOOL (self), "");

  return self->time_zone;
}

void
caseload_school_set_time_zone (CaseloadSchool *self,
                               const char     *time_zone)
{
  g_return_if_fail (CASELOAD_IS_SCHOOL (self));

  if (!replace_string (&self->time_zone, time_zone))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME_ZONE]);
}

const char *
caseload_school_get_lowest_grade (CaseloadSchool *self)
{
  g_return_val_if_fail (CASELOAD_IS_SCHOOL (self), "");

  return self->lowest_grade;
}

void
caseload_school_set_lowest_grade (CaseloadSchool *self,
                                  const char     *grade)
{
  g_return_if_fail (CASELOAD_IS_SCHOOL (self));

  if (!replace_string (&self->lowest_grade, grade))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOWEST_GRADE]);
}

const char *
caseload_school_get_highest_grade (CaseloadSchool *self)
{
  g_return_val_if_fail (CASELOAD_IS_SCHOOL (self), "");

  return self->highest_grade;
}

void
caseload_school_set_highest_grade (CaseloadSchool *self,
                                   const char     *grade)
{
  g_return_if_fail (CASELOAD_IS_SCHOOL (self));

  if (!replace_string (&self->highest_grade, grade))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGHEST_GRADE]);
}

const char *
caseload_school_get_address (CaseloadSchool *self)
{
  g_return_val_if_fail (CASELOAD_IS_SCHOOL (self), "");

  return self->address;
}

void
caseload_school_set_address (CaseloadSchool *self,
                             const char     *address)
{
  g_return_if_fail (CASELOAD_IS_SCHOOL (self));

  if (!replace_string (&self->address, address))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADDRESS]);
}

const char *
caseload_school_get_phone (CaseloadSchool *self)
{
  g_return_val_if_fail (CASELOAD_IS_SCHOOL (self), "");

  return self->phone;
}

void
caseload_school_set_phone (CaseloadSchool *self,
                           const char     *phone)
{
  g_return_if_fail (CASELOAD_IS_SCHOOL (self));

  if (!replace_string (&self->phone, phone))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHONE]);
}
