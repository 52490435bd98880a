#define G_LOG_DOMAIN "caseload-staff"

#include "config.h"

#include "caseload-staff.h"

struct _CaseloadStaff
{
  GObject parent_instance;

  gint64 id;
  char *first_name;
  char *last_name;
  char *full_name;
  char *sort_name;
  char *initials;
  char *role;
  char *role_name;
  gint64 school_id;
  char *school_name;
  char *email;
  char *phone;
  gboolean active;
  guint caseload_count;
};

G_DEFINE_FINAL_TYPE (CaseloadStaff, caseload_staff, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_FIRST_NAME,
  PROP_LAST_NAME,
  PROP_FULL_NAME,
  PROP_SORT_NAME,
  PROP_INITIALS,
  PROP_ROLE,
  PROP_ROLE_NAME,
  PROP_SCHOOL_ID,
  PROP_SCHOOL_NAME,
  PROP_EMAIL,
  PROP_PHONE,
  PROP_ACTIVE,
  PROP_CASELOAD_COUNT,
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

/* The first letter of @name, upper-cased, appended to @initials. */
static void
append_initial (GString    *initials,
                const char *name)
{
  gunichar c;

  while (*name != '\0' && g_unichar_isspace (g_utf8_get_char (name)))
    name = g_utf8_next_char (name);

  if (*name == '\0')
    return;

  c = g_utf8_get_char_validated (name, -1);
  if (c == (gunichar)-1 || c == (gunichar)-2)
    return;

  g_string_append_unichar (initials, g_unichar_toupper (c));
}

/* Recomputes full-name, sort-name and initials after a name changed and
 * notifies the ones that really changed. */
static void
update_names (CaseloadStaff *self)
{
  g_autofree char *full_name = join_names (self->first_name, " ", self->last_name);
  g_autofree char *sort_name = join_names (self->last_name, ", ", self->first_name);
  g_autoptr(GString) initials = g_string_new (NULL);

  append_initial (initials, self->first_name);
  append_initial (initials, self->last_name);

  if (replace_string (&self->full_name, full_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FULL_NAME]);
  if (replace_string (&self->sort_name, sort_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_NAME]);
  if (replace_string (&self->initials, initials->str))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INITIALS]);
}

static void
caseload_staff_finalize (GObject *object)
{
  CaseloadStaff *self = (CaseloadStaff *)object;

  g_clear_pointer (&self->first_name, g_free);
  g_clear_pointer (&self->last_name, g_free);
  g_clear_pointer (&self->full_name, g_free);
  g_clear_pointer (&self->sort_name, g_free);
  g_clear_pointer (&self->initials, g_free);
  g_clear_pointer (&self->role, g_free);
  g_clear_pointer (&self->role_name, g_free);
  g_clear_pointer (&self->school_name, g_free);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->phone, g_free);

  G_OBJECT_CLASS (caseload_staff_parent_class)->finalize (object);
}

static void
caseload_staff_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CaseloadStaff *self = CASELOAD_STAFF (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_FIRST_NAME:
      g_value_set_string (value, self->first_name);
      break;

    case PROP_LAST_NAME:
      g_value_set_string (value, self->last_name);
      break;

    case PROP_FULL_NAME:
      g_value_set_string (value, self->full_name);
      break;

    case PROP_SORT_NAME:
      g_value_set_string (value, self->sort_name);
      break;

    case PROP_INITIALS:
      g_value_set_string (value, self->initials);
      break;

    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;

    case PROP_ROLE_NAME:
      g_value_set_string (value, self->role_name);
      break;

    case PROP_SCHOOL_ID:
      g_value_set_int64 (value, self->school_id);
      break;

    case PROP_SCHOOL_NAME:
      g_value_set_string (value, self->school_name);
      break;

    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;

    case PROP_PHONE:
      g_value_set_string (value, self->phone);
      break;

    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;

    case PROP_CASELOAD_COUNT:
      g_value_set_uint (value, self->caseload_count);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_staff_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CaseloadStaff *self = CASELOAD_STAFF (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_staff_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_FIRST_NAME:
      caseload_staff_set_first_name (self, g_value_get_string (value));
      break;

    case PROP_LAST_NAME:
      caseload_staff_set_last_name (self, g_value_get_string (value));
      break;

    case PROP_ROLE:
      caseload_staff_set_role (self, g_value_get_string (value));
      break;

    case PROP_ROLE_NAME:
      caseload_staff_set_role_name (self, g_value_get_string (value));
      break;

    case PROP_SCHOOL_ID:
      caseload_staff_set_school_id (self, g_value_get_int64 (value));
      break;

    case PROP_SCHOOL_NAME:
      caseload_staff_set_school_name (self, g_value_get_string (value));
      break;

    case PROP_EMAIL:
      caseload_staff_set_email (self, g_value_get_string (value));
      break;

    case PROP_PHONE:
      caseload_staff_set_phone (self, g_value_get_string (value));
      break;

    case PROP_ACTIVE:
      caseload_staff_set_active (self, g_value_get_boolean (value));
      break;

    case PROP_CASELOAD_COUNT:
      caseload_staff_set_caseload_count (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_staff_class_init (CaseloadStaffClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_staff_finalize;
  object_class->get_property = caseload_staff_get_property;
  object_class->set_property = caseload_staff_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_FIRST_NAME] =
    g_param_spec_string ("first-name", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_LAST_NAME] =
    g_param_spec_string ("last-name", NULL, NULL,
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

  properties[PROP_INITIALS] =
    g_param_spec_string ("initials", NULL, NULL,
                         "",
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ROLE_NAME] =
    g_param_spec_string ("role-name", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SCHOOL_ID] =
    g_param_spec_int64 ("school-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SCHOOL_NAME] =
    g_param_spec_string ("school-name", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CASELOAD_COUNT] =
    g_param_spec_uint ("caseload-count", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_staff_init (CaseloadStaff *self)
{
  self->first_name = g_strdup ("");
  self->last_name = g_strdup ("");
  self->full_name = g_strdup ("");
  self->sort_name = g_strdup ("");
  self->initials = g_strdup ("");
  self->role = g_strdup ("");
  self->role_name = g_strdup ("");
  self->school_name = g_strdup ("");
  self->email = g_strdup ("");
  self->phone = g_strdup ("");
  self->active = TRUE;
}

CaseloadStaff *
caseload_staff_new (void)
{
  return g_object_new (CASELOAD_TYPE_STAFF, NULL);
}

gint64
caseload_staff_get_id (CaseloadStaff *self)
{
  g_return_val_if_fail (CASELOAD_IS_STAFF (self), 0);

  return self->id;
}

void
caseload_staff_set_id (CaseloadStaff *self,
                       gint64         id)
{
  g_return_if_fail (CASELOAD_IS_STAFF (self));

  if (self->id == id)
    return;

  self->id = id;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
caseload_staff_get_first_name (CaseloadStaff *self)
{
  g_return_val_if_fail (CASELOAD_IS_STAFF (self), "");

  return self->first_name;
}

void
caseload_staff_set_first_name (CaseloadStaff *self,
                               const char    *value)
{
  g_return_if_fail (CASELOAD_IS_STAFF (self));

  if (!replace_string (&self->first_name, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_NAME]);
  update_names (self);
}

const char *
caseload_staff_get_last_name (CaseloadStaff *self)
{
  g_return_val_if_fail (CASELOAD_IS_STAFF (self), "");

  return self->last_name;
}

void
caseload_staff_set_last_name (CaseloadStaff *self,
                              const char    *value)
{
  g_return_if_fail (CASELOAD_IS_STAFF (self));

  if (!replace_string (&self->last_name, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_NAME]);
  update_names (self);
}

char *
caseload_staff_dup_full_name (CaseloadStaff *self)
{
  g_return_val_if_fail (CASELOAD_IS_STAFF (self), NULL);

  return g_strdup (self->full_name);
}

char *
caseload_staff_dup_sort_name (CaseloadStaff *self)
{
  g_return_val_if_fail (CASELOAD_IS_STAFF (self), NULL);

  return g_strdup (self->sort_name);
}

char *
caseload_staff_dup_initials (CaseloadStaff *self)
{
  g_return_val_if_fail (CASELOAD_IS_STAFF (self), NULL);

  return g_strdup (self->initials);
}

const char *
caseload_staff_get_role (CaseloadStaff *self)
{
  g_return_val_if_fail (CASELOAD_IS_STAFF (self), "");

  return self->role;
}

void
caseload_staff_set_role (CaseloadStaff *self,
                         const char    *role)
{
  g_return_if_fail (CASELOAD_IS_STAFF (self));

  if (!replace_string (&self->role, role))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

const char *
caseload_staff_get_role_name (CaseloadStaff *self)
{
  g_return_val_if_fail (CASELOAD_IS_STAFF (self), "");

  return self->role_name;
}

void
caseload_staff_set_role_name (CaseloadStaff *self,
                              const char    *role_name)
{
  g_return_if_fail (CASELOAD_IS_STAFF (self));

  if (!replace_string (&self->role_name, role_name))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE_NAME]);
}

gint64
caseload_staff_get_school_id (CaseloadStaff *self)
{
  g_return_val_if_fail (CASELOAD_IS_STAFF (self), 0);

  return self->school_id;
}

void
caseload_staff_set_school_id (CaseloadStaff *self,
                              gint64         id)
{
  g_return_if_fail (CASELOAD_IS_STAFF (self));

  if (self->school_id == id)
    return;

  self->school_id = id;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCHOOL_ID]);
}

const char *
caseload_staff_get_school_name (CaseloadStaff *self)
{
  g_return_val_if_fail (CASELOAD_IS_STAFF (self), "");

  return self->school_name;
}

void
caseload_staff_set_school_name (CaseloadStaff *self,
                                const char    *value)
{
  g_return_if_fail (CASELOAD_IS_STAFF (self));

  if (!replace_string (&self->school_name, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCHOOL_NAME]);
}

const char *
caseload_staff_get_email (CaseloadStaff *self)
{
  g_return_val_if_fail (CASELOAD_IS_STAFF (self), "");

  return self->email;
}

void
caseload_staff_set_email (CaseloadStaff *self,
                          const char    *value)
{
  g_return_if_fail (CASELOAD_IS_STAFF (self));

  if (!replace_string (&self->email, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMAIL]);
}

const char *
caseload_staff_get_phone (CaseloadStaff *self)
{
  g_return_val_if_fail (CASELOAD_IS_STAFF (self), "");

  return self->phone;
}

void
caseload_staff_set_phone (CaseloadStaff *self,
                          const char    *value)
{
  g_return_if_fail (CASELOAD_IS_STAFF (self));

  if (!replace_string (&self->phone, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHONE]);
}

gboolean
caseload_staff_get_active (CaseloadStaff *self)
{
  g_return_val_if_fail (CASELOAD_IS_STAFF (self), FALSE);

  return self->active;
}

void
caseload_staff_set_active (CaseloadStaff *self,
                           gboolean       active)
{
  g_return_if_fail (CASELOAD_IS_STAFF (self));

  active = !!active;

  if (self->active == active)
    return;

  self->active = active;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}

guint
caseload_staff_get_caseload_count (CaseloadStaff *self)
{
  g_return_val_if_fail (CASELOAD_IS_STAFF (self), 0);

  return self->caseload_count;
}

void
caseload_staff_set_caseload_count (CaseloadStaff *self,
                                   guint          count)
{
  g_return_if_fail (CASELOAD_IS_STAFF (self));

  if (self->caseload_count == count)
    return;

  self->caseload_count = count;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASELOAD_COUNT]);
}
