#define G_LOG_DOMAIN "caseload-accommodation"

#include "config.h"

#include "caseload-accommodation.h"

struct _CaseloadAccommodation
{
  GObject parent_instance;

  gint64 id;
  gint64 iep_id;
  int position;
  char *kind;
  char *category;
  char *description;
  gboolean applies_classroom;
  gboolean applies_tests;
  char *frequency;
};

G_DEFINE_FINAL_TYPE (CaseloadAccommodation, caseload_accommodation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_IEP_ID,
  PROP_POSITION,
  PROP_KIND,
  PROP_CATEGORY,
  PROP_DESCRIPTION,
  PROP_APPLIES_CLASSROOM,
  PROP_APPLIES_TESTS,
  PROP_FREQUENCY,
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
caseload_accommodation_finalize (GObject *object)
{
  CaseloadAccommodation *self = (CaseloadAccommodation *)object;

  g_clear_pointer (&self->kind, g_free);
  g_clear_pointer (&self->category, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->frequency, g_free);


  G_OBJECT_CLASS (caseload_accommodation_parent_class)->finalize (object);
}

static void
caseload_accommodation_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  CaseloadAccommodation *self = CASELOAD_ACCOMMODATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_IEP_ID:
      g_value_set_int64 (value, self->iep_id);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;

    case PROP_CATEGORY:
      g_value_set_string (value, self->category);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_APPLIES_CLASSROOM:
      g_value_set_boolean (value, self->applies_classroom);
      break;

    case PROP_APPLIES_TESTS:
      g_value_set_boolean (value, self->applies_tests);
      break;

    case PROP_FREQUENCY:
      g_value_set_string (value, self->frequency);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_accommodation_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  CaseloadAccommodation *self = CASELOAD_ACCOMMODATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_accommodation_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_IEP_ID:
      caseload_accommodation_set_iep_id (self, g_value_get_int64 (value));
      break;

    case PROP_POSITION:
      caseload_accommodation_set_position (self, g_value_get_int (value));
      break;

    case PROP_KIND:
      caseload_accommodation_set_kind (self, g_value_get_string (value));
      break;

    case PROP_CATEGORY:
      caseload_accommodation_set_category (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      caseload_accommodation_set_description (self, g_value_get_string (value));
      break;

    case PROP_APPLIES_CLASSROOM:
      caseload_accommodation_set_applies_classroom (self, g_value_get_boolean (value));
      break;

    case PROP_APPLIES_TESTS:
      caseload_accommodation_set_applies_tests (self, g_value_get_boolean (value));
      break;

    case PROP_FREQUENCY:
      caseload_accommodation_set_frequency (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_accommodation_class_init (CaseloadAccommodationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_accommodation_finalize;
  object_class->get_property = caseload_accommodation_get_property;
  object_class->set_property = caseload_accommodation_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_IEP_ID] =
    g_param_spec_int64 ("iep-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL,
                         "accommodation",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CATEGORY] =
    g_param_spec_string ("category", NULL, NULL,
                         "presentation",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_APPLIES_CLASSROOM] =
    g_param_spec_boolean ("applies-classroom", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_APPLIES_TESTS] =
    g_param_spec_boolean ("applies-tests", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_FREQUENCY] =
    g_param_spec_string ("frequency", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_accommodation_init (CaseloadAccommodation *self)
{
  self->kind = g_strdup ("accommodation");
  self->category = g_strdup ("presentation");
  self->description = g_strdup ("");
  self->applies_classroom = TRUE;
  self->frequency = g_strdup ("");

}

CaseloadAccommodation *
caseload_accommodation_new (void)
{
  return g_object_new (CASELOAD_TYPE_ACCOMMODATION, NULL);
}

gint64
caseload_accommodation_get_id (CaseloadAccommodation *self)
{
  g_return_val_if_fail (CASELOAD_IS_ACCOMMODATION (self), 0);

  return self->id;
}

void
caseload_accommodation_set_id (CaseloadAccommodation *self,
                              gint64 value)
{
  g_return_if_fail (CASELOAD_IS_ACCOMMODATION (self));

  if (self->id == value)
    return;

  self->id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
caseload_accommodation_get_iep_id (CaseloadAccommodation *self)
{
  g_return_val_if_fail (CASELOAD_IS_ACCOMMODATION (self), 0);

  return self->iep_id;
}

void
caseload_accommodation_set_iep_id (CaseloadAccommodation *self,
                                  gint64 value)
{
  g_return_if_fail (CASELOAD_IS_ACCOMMODATION (self));

  if (self->iep_id == value)
    return;

  self->iep_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IEP_ID]);
}

int
caseload_accommodation_get_position (CaseloadAccommodation *self)
{
  g_return_val_if_fail (CASELOAD_IS_ACCOMMODATION (self), 0);

  return self->position;
}

void
caseload_accommodation_set_position (CaseloadAccommodation *self,
                                    int value)
{
  g_return_if_fail (CASELOAD_IS_ACCOMMODATION (self));

  if (self->position == value)
    return;

  self->position = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

const char *
caseload_accommodation_get_kind (CaseloadAccommodation *self)
{
  g_return_val_if_fail (CASELOAD_IS_ACCOMMODATION (self), "");

  return self->kind;
}

void
caseload_accommodation_set_kind (CaseloadAccommodation *self,
                                const char *value)
{
  g_return_if_fail (CASELOAD_IS_ACCOMMODATION (self));

  if (!replace_string (&self->kind, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
caseload_accommodation_get_category (CaseloadAccommodation *self)
{
  g_return_val_if_fail (CASELOAD_IS_ACCOMMODATION (self), "");

  return self->category;
}

void
caseload_accommodation_set_category (CaseloadAccommodation *self,
                                    const char *value)
{
  g_return_if_fail (CASELOAD_IS_ACCOMMODATION (self));

  if (!replace_string (&self->category, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATEGORY]);
}

const char *
caseload_accommodation_get_description (CaseloadAccommodation *self)
{
  g_return_val_if_fail (CASELOAD_IS_ACCOMMODATION (self), "");

  return self->description;
}

void
caseload_accommodation_set_description (CaseloadAccommodation *self,
                                       const char *value)
{
  g_return_if_fail (CASELOAD_IS_ACCOMMODATION (self));

  if (!replace_string (&self->description, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

gboolean
caseload_accommodation_get_applies_classroom (CaseloadAccommodation *self)
{
  g_return_val_if_fail (CASELOAD_IS_ACCOMMODATION (self), FALSE);

  return self->applies_classroom;
}

void
caseload_accommodation_set_applies_classroom (CaseloadAccommodation *self,
                                             gboolean value)
{
  g_return_if_fail (CASELOAD_IS_ACCOMMODATION (self));

  value = !!value;
  if (self->applies_classroom == value)
    return;

  self->applies_classroom = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_APPLIES_CLASSROOM]);
}

gboolean
caseload_accommodation_get_applies_tests (CaseloadAccommodation *self)
{
  g_return_val_if_fail (CASELOAD_IS_ACCOMMODATION (self), FALSE);

  return self->applies_tests;
}

void
caseload_accommodation_set_applies_tests (CaseloadAccommodation *self,
                                         gboolean value)
{
  g_return_if_fail (CASELOAD_IS_ACCOMMODATION (self));

  value = !!value;
  if (self->applies_tests == value)
    return;

  self->applies_tests = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_APPLIES_TESTS]);
}

const char *
caseload_accommodation_get_frequency (CaseloadAccommodation *self)
{
  g_return_val_if_fail (CASELOAD_IS_ACCOMMODATION (self), "");

  return self->frequency;
}

void
caseload_accommodation_set_frequency (CaseloadAccommodation *self,
                                     const char *value)
{
  g_return_if_fail (CASELOAD_IS_ACCOMMODATION (self));

  if (!replace_string (&self->frequency, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FREQUENCY]);
}
