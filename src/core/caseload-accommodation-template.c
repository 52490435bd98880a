#define G_LOG_DOMAIN "caseload-accommodation-template"

#include "config.h"

#include "caseload-accommodation-template.h"

struct _CaseloadAccommodationTemplate
{
  GObject parent_instance;

  gint64 id;
  char *category;
  char *description;
  gint64 author_id;
  char *author_name;
  gboolean shared;
  gboolean built_in;
};

G_DEFINE_FINAL_TYPE (CaseloadAccommodationTemplate, caseload_accommodation_template, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CATEGORY,
  PROP_DESCRIPTION,
  PROP_AUTHOR_ID,
  PROP_AUTHOR_NAME,
  PROP_SHARED,
  PROP_BUILT_IN,
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
caseload_accommodation_template_finalize (GObject *object)
{
  CaseloadAccommodationTemplate *self = (CaseloadAccommodationTemplate *)object;

  g_clear_pointer (&self->category, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->author_name, g_free);


  G_OBJECT_CLASS (caseload_accommodation_template_parent_class)->finalize (object);
}

static void
caseload_accommodation_template_get_property (GObject    *object,
                                              guint       prop_id,
                                              GValue     *value,
                                              GParamSpec *pspec)
{
  CaseloadAccommodationTemplate *self = CASELOAD_ACCOMMODATION_TEMPLATE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_CATEGORY:
      g_value_set_string (value, self->category);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_AUTHOR_ID:
      g_value_set_int64 (value, self->author_id);
      break;

    case PROP_AUTHOR_NAME:
      g_value_set_string (value, self->author_name);
      break;

    case PROP_SHARED:
      g_value_set_boolean (value, self->shared);
      break;

    case PROP_BUILT_IN:
      g_value_set_boolean (value, self->built_in);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_accommodation_template_set_property (GObject      *object,
                                              guint         prop_id,
                                              const GValue *value,
                                              GParamSpec   *pspec)
{
  CaseloadAccommodationTemplate *self = CASELOAD_ACCOMMODATION_TEMPLATE (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_accommodation_template_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_CATEGORY:
      caseload_accommodation_template_set_category (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      caseload_accommodation_template_set_description (self, g_value_get_string (value));
      break;

    case PROP_AUTHOR_ID:
      caseload_accommodation_template_set_author_id (self, g_value_get_int64 (value));
      break;

    case PROP_AUTHOR_NAME:
      caseload_accommodation_template_set_author_name (self, g_value_get_string (value));
      break;

    case PROP_SHARED:
      caseload_accommodation_template_set_shared (self, g_value_get_boolean (value));
      break;

    case PROP_BUILT_IN:
      caseload_accommodation_template_set_built_in (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_accommodation_template_class_init (CaseloadAccommodationTemplateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_accommodation_template_finalize;
  object_class->get_property = caseload_accommodation_template_get_property;
  object_class->set_property = caseload_accommodation_template_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CATEGORY] =
    g_param_spec_string ("category", NULL, NULL,
                         "presentation",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_AUTHOR_ID] =
    g_param_spec_int64 ("author-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_AUTHOR_NAME] =
    g_param_spec_string ("author-name", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SHARED] =
    g_param_spec_boolean ("shared", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_BUILT_IN] =
    g_param_spec_boolean ("built-in", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_accommodation_template_init (CaseloadAccommodationTemplate *self)
{
  self->category = g_strdup ("presentation");
  self->description = g_strdup ("");
  self->author_name = g_strdup ("");

}

CaseloadAccommodationTemplate *
caseload_accommodation_template_new (void)
{
  return g_object_new (CASELOAD_TYPE_ACCOMMODATION_TEMPLATE, NULL);
}

gint64
caseload_accommodation_template_get_id (CaseloadAccommodationTemplate *self)
{
  g_return_val_if_fail (CASELOAD_IS_ACCOMMODATION_TEMPLATE (self), 0);

  return self->id;
}

void
caseload_accommodation_template_set_id (CaseloadAccommodationTemplate *self,
                                       gint64 value)
{
  g_return_if_fail (CASELOAD_IS_ACCOMMODATION_TEMPLATE (self));

  if (self->id == value)
    return;

  self->id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
caseload_accommodation_template_get_category (CaseloadAccommodationTemplate *self)
{
  g_return_val_if_fail (CASELOAD_IS_ACCOMMODATION_TEMPLATE (self), "");

  return self->category;
}

void
caseload_accommodation_template_set_category (CaseloadAccommodationTemplate *self,
                                             const char *value)
{
  g_return_if_fail (CASELOAD_IS_ACCOMMODATION_TEMPLATE (self));

  if (!replace_string (&self->category, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATEGORY]);
}

const char *
caseload_accommodation_template_get_description (CaseloadAccommodationTemplate *self)
{
  g_return_val_if_fail (CASELOAD_IS_ACCOMMODATION_TEMPLATE (self), "");

  return self->description;
}

void
caseload_accommodation_template_set_description (CaseloadAccommodationTemplate *self,
                                                const char *value)
{
  g_return_if_fail (CASELOAD_IS_ACCOMMODATION_TEMPLATE (self));

  if (!replace_string (&self->description, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

gint64
caseload_accommodation_template_get_author_id (CaseloadAccommodationTemplate *self)
{
  g_return_val_if_fail (CASELOAD_IS_ACCOMMODATION_TEMPLATE (self), 0);

  return self->author_id;
}

void
caseload_accommodation_template_set_author_id (CaseloadAccommodationTemplate *self,
                                              gint64 value)
{
  g_return_if_fail (CASELOAD_IS_ACCOMMODATION_TEMPLATE (self));

  if (self->author_id == value)
    return;

  self->author_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHOR_ID]);
}

const char *
caseload_accommodation_template_get_author_name (CaseloadAccommodationTemplate *self)
{
  g_return_val_if_fail (CASELOAD_IS_ACCOMMODATION_TEMPLATE (self), "");

  return self->author_name;
}

void
caseload_accommodation_template_set_author_name (CaseloadAccommodationTemplate *self,
                                                const char *value)
{
  g_return_if_fail (CASELOAD_IS_ACCOMMODATION_TEMPLATE (self));

  if (!replace_string (&self->author_name, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHOR_NAME]);
}

gboolean
caseload_accommodation_template_get_shared (CaseloadAccommodationTemplate *self)
{
  g_return_val_if_fail (CASELOAD_IS_ACCOMMODATION_TEMPLATE (self), FALSE);

  return self->shared;
}

void
caseload_accommodation_template_set_shared (CaseloadAccommodationTemplate *self,
                                           gboolean value)
{
  g_return_if_fail (CASELOAD_IS_ACCOMMODATION_TEMPLATE (self));

  value = !!value;
  if (self->shared == value)
    return;

  self->shared = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHARED]);
}

gboolean
caseload_accommodation_template_get_built_in (CaseloadAccommodationTemplate *self)
{
  g_return_val_if_fail (CASELOAD_IS_ACCOMMODATION_TEMPLATE (self), FALSE);

  return self->built_in;
}

void
caseload_accommodation_template_set_built_in (CaseloadAccommodationTemplate *self,
                                             gboolean value)
{
  g_return_if_fail (CASELOAD_IS_ACCOMMODATION_TEMPLATE (self));

  value = !!value;
  if (self->built_in == value)
    return;

  self->built_in = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUILT_IN]);
}
