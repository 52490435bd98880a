#define G_LOG_DOMAIN "caseload-community-resource"

#include "config.h"

#include "caseload-community-resource.h"

struct _CaseloadCommunityResource
{
  GObject parent_instance;

  gint64 id;
  char *name;
  char *category;
  char *address;
  char *phone;
  char *website;
  char *languages;
  char *notes;
  gboolean active;
};

G_DEFINE_FINAL_TYPE (CaseloadCommunityResource, caseload_community_resource, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_CATEGORY,
  PROP_ADDRESS,
  PROP_PHONE,
  PROP_WEBSITE,
  PROP_LANGUAGES,
  PROP_NOTES,
  PROP_ACTIVE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
caseload_community_resource_finalize (GObject *object)
{
  CaseloadCommunityResource *self = (CaseloadCommunityResource *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->category, g_free);
  g_clear_pointer (&self->address, g_free);
  g_clear_pointer (&self->phone, g_free);
  g_clear_pointer (&self->website, g_free);
  g_clear_pointer (&self->languages, g_free);
  g_clear_pointer (&self->notes, g_free);


  G_OBJECT_CLASS (caseload_community_resource_parent_class)->finalize (object);
}

static void
caseload_community_resource_get_property (GObject    *object,
                                          guint       prop_id,
                                          GValue     *value,
                                          GParamSpec *pspec)
{
  CaseloadCommunityResource *self = CASELOAD_COMMUNITY_RESOURCE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_CATEGORY:
      g_value_set_string (value, self->category);
      break;

    case PROP_ADDRESS:
      g_value_set_string (value, self->address);
      break;

    case PROP_PHONE:
      g_value_set_string (value, self->phone);
      break;

    case PROP_WEBSITE:
      g_value_set_string (value, self->website);
      break;

    case PROP_LANGUAGES:
      g_value_set_string (value, self->languages);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_community_resource_set_property (GObject      *object,
                                          guint         prop_id,
                                          const GValue *value,
                                          GParamSpec   *pspec)
{
  CaseloadCommunityResource *self = CASELOAD_COMMUNITY_RESOURCE (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_community_resource_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_NAME:
      caseload_community_resource_set_name (self, g_value_get_string (value));
      break;

    case PROP_CATEGORY:
      caseload_community_resource_set_category (self, g_value_get_string (value));
      break;

    case PROP_ADDRESS:
      caseload_community_resource_set_address (self, g_value_get_string (value));
      break;

    case PROP_PHONE:
      caseload_community_resource_set_phone (self, g_value_get_string (value));
      break;

    case PROP_WEBSITE:
      caseload_community_resource_set_website (self, g_value_get_string (value));
      break;

    case PROP_LANGUAGES:
      caseload_community_resource_set_languages (self, g_value_get_string (value));
      break;

    case PROP_NOTES:
      caseload_community_resource_set_notes (self, g_value_get_string (value));
      break;

    case PROP_ACTIVE:
      caseload_community_resource_set_active (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_community_resource_class_init (CaseloadCommunityResourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_community_resource_finalize;
  object_class->get_property = caseload_community_resource_get_property;
  object_class->set_property = caseload_community_resource_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CATEGORY] =
    g_param_spec_string ("category", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ADDRESS] =
    g_param_spec_string ("address", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WEBSITE] =
    g_param_spec_string ("website", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGES] =
    g_param_spec_string ("languages", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_community_resource_init (CaseloadCommunityResource *self)
{
  self->name = g_strdup ("");
  self->category = g_strdup ("");
  self->address = g_strdup ("");
  self->phone = g_strdup ("");
  self->website = g_strdup ("");
  self->languages = g_strdup ("");
  self->notes = g_strdup ("");
  self->active = TRUE;
  g_free (self->category);
  self->category = g_strdup ("other");
}

CaseloadCommunityResource *
caseload_community_resource_new (void)
{
  return g_object_new (CASELOAD_TYPE_COMMUNITY_RESOURCE, NULL);
}

gint64
caseload_community_resource_get_id (CaseloadCommunityResource *self)
{
  g_return_val_if_fail (CASELOAD_IS_COMMUNITY_RESOURCE (self), 0);

  return self->id;
}

void
caseload_community_resource_set_id (CaseloadCommunityResource *self,
                                    gint64      value)
{
  g_return_if_fail (CASELOAD_IS_COMMUNITY_RESOURCE (self));

  if (self->id == value)
    return;
  self->id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
caseload_community_resource_get_name (CaseloadCommunityResource *self)
{
  g_return_val_if_fail (CASELOAD_IS_COMMUNITY_RESOURCE (self), NULL);

  return self->name;
}

void
caseload_community_resource_set_name (CaseloadCommunityResource *self,
                                      const char *value)
{
  g_return_if_fail (CASELOAD_IS_COMMUNITY_RESOURCE (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->name, value) == 0)
    return;
  g_free (self->name);
  self->name = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
caseload_community_resource_get_category (CaseloadCommunityResource *self)
{
  g_return_val_if_fail (CASELOAD_IS_COMMUNITY_RESOURCE (self), NULL);

  return self->category;
}

void
caseload_community_resource_set_category (CaseloadCommunityResource *self,
                                          const char *value)
{
  g_return_if_fail (CASELOAD_IS_COMMUNITY_RESOURCE (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->category, value) == 0)
    return;
  g_free (self->category);
  self->category = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATEGORY]);
}

const char *
caseload_community_resource_get_address (CaseloadCommunityResource *self)
{
  g_return_val_if_fail (CASELOAD_IS_COMMUNITY_RESOURCE (self), NULL);

  return self->address;
}

void
caseload_community_resource_set_address (CaseloadCommunityResource *self,
                                         const char *value)
{
  g_return_if_fail (CASELOAD_IS_COMMUNITY_RESOURCE (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->address, value) == 0)
    return;
  g_free (self->address);
  self->address = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADDRESS]);
}

const char *
caseload_community_resource_get_phone (CaseloadCommunityResource *self)
{
  g_return_val_if_fail (CASELOAD_IS_COMMUNITY_RESOURCE (self), NULL);

  return self->phone;
}

void
caseload_community_resource_set_phone (CaseloadCommunityResource *self,
                                       const char *value)
{
  g_return_if_fail (CASELOAD_IS_COMMUNITY_RESOURCE (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->phone, value) == 0)
    return;
  g_free (self->phone);
  self->phone = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHONE]);
}

const char *
caseload_community_resource_get_website (CaseloadCommunityResource *self)
{
  g_return_val_if_fail (CASELOAD_IS_COMMUNITY_RESOURCE (self), NULL);

  return self->website;
}

void
caseload_community_resource_set_website (CaseloadCommunityResource *self,
                                         const char *value)
{
  g_return_if_fail (CASELOAD_IS_COMMUNITY_RESOURCE (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->website, value) == 0)
    return;
  g_free (self->website);
  self->website = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEBSITE]);
}

const char *
caseload_community_resource_get_languages (CaseloadCommunityResource *self)
{
  g_return_val_if_fail (CASELOAD_IS_COMMUNITY_RESOURCE (self), NULL);

  return self->languages;
}

void
caseload_community_resource_set_languages (CaseloadCommunityResource *self,
                                           const char *value)
{
  g_return_if_fail (CASELOAD_IS_COMMUNITY_RESOURCE (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->languages, value) == 0)
    return;
  g_free (self->languages);
  self->languages = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGES]);
}

const char *
caseload_community_resource_get_notes (CaseloadCommunityResource *self)
{
  g_return_val_if_fail (CASELOAD_IS_COMMUNITY_RESOURCE (self), NULL);

  return self->notes;
}

void
caseload_community_resource_set_notes (CaseloadCommunityResource *self,
                                       const char *value)
{
  g_return_if_fail (CASELOAD_IS_COMMUNITY_RESOURCE (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->notes, value) == 0)
    return;
  g_free (self->notes);
  self->notes = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

gboolean
caseload_community_resource_get_active (CaseloadCommunityResource *self)
{
  g_return_val_if_fail (CASELOAD_IS_COMMUNITY_RESOURCE (self), FALSE);

  return self->active;
}

void
caseload_community_resource_set_active (CaseloadCommunityResource *self,
                                        gboolean    value)
{
  g_return_if_fail (CASELOAD_IS_COMMUNITY_RESOURCE (self));

  value = !!value;
  if (self->active == value)
    return;
  self->active = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}

