#define G_LOG_DOMAIN "caseload-iep-difference"

#include "config.h"

#include "caseload-iep-difference.h"

struct _CaseloadIepDifference
{
  GObject parent_instance;

  char *section;
  char *item;
  char *field;
  char *change;
  char *old_value;
  char *new_value;
};

G_DEFINE_FINAL_TYPE (CaseloadIepDifference, caseload_iep_difference, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SECTION,
  PROP_ITEM,
  PROP_FIELD,
  PROP_CHANGE,
  PROP_OLD_VALUE,
  PROP_NEW_VALUE,
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
caseload_iep_difference_finalize (GObject *object)
{
  CaseloadIepDifference *self = (CaseloadIepDifference *)object;

  g_clear_pointer (&self->section, g_free);
  g_clear_pointer (&self->item, g_free);
  g_clear_pointer (&self->field, g_free);
  g_clear_pointer (&self->change, g_free);
  g_clear_pointer (&self->old_value, g_free);
  g_clear_pointer (&self->new_value, g_free);


  G_OBJECT_CLASS (caseload_iep_difference_parent_class)->finalize (object);
}

static void
caseload_iep_difference_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  CaseloadIepDifference *self = CASELOAD_IEP_DIFFERENCE (object);

  switch (prop_id)
    {
    case PROP_SECTION:
      g_value_set_string (value, self->section);
      break;

    case PROP_ITEM:
      g_value_set_string (value, self->item);
      break;

    case PROP_FIELD:
      g_value_set_string (value, self->field);
      break;

    case PROP_CHANGE:
      g_value_set_string (value, self->change);
      break;

    case PROP_OLD_VALUE:
      g_value_set_string (value, self->old_value);
      break;

    case PROP_NEW_VALUE:
      g_value_set_string (value, self->new_value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_iep_difference_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  CaseloadIepDifference *self = CASELOAD_IEP_DIFFERENCE (object);

  switch (prop_id)
    {
    case PROP_SECTION:
      caseload_iep_difference_set_section (self, g_value_get_string (value));
      break;

    case PROP_ITEM:
      caseload_iep_difference_set_item (self, g_value_get_string (value));
      break;

    case PROP_FIELD:
      caseload_iep_difference_set_field (self, g_value_get_string (value));
      break;

    case PROP_CHANGE:
      caseload_iep_difference_set_change (self, g_value_get_string (value));
      break;

    case PROP_OLD_VALUE:
      caseload_iep_difference_set_old_value (self, g_value_get_string (value));
      break;

    case PROP_NEW_VALUE:
      caseload_iep_difference_set_new_value (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_iep_difference_class_init (CaseloadIepDifferenceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_iep_difference_finalize;
  object_class->get_property = caseload_iep_difference_get_property;
  object_class->set_property = caseload_iep_difference_set_property;

  properties[PROP_SECTION] =
    g_param_spec_string ("section", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ITEM] =
    g_param_spec_string ("item", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_FIELD] =
    g_param_spec_string ("field", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CHANGE] =
    g_param_spec_string ("change", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_OLD_VALUE] =
    g_param_spec_string ("old-value", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NEW_VALUE] =
    g_param_spec_string ("new-value", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_iep_difference_init (CaseloadIepDifference *self)
{
  self->section = g_strdup ("");
  self->item = g_strdup ("");
  self->field = g_strdup ("");
  self->change = g_strdup ("");
  self->old_value = g_strdup ("");
  self->new_value = g_strdup ("");

}

CaseloadIepDifference *
caseload_iep_difference_new (void)
{
  return g_object_new (CASELOAD_TYPE_IEP_DIFFERENCE, NULL);
}

const char *
caseload_iep_difference_get_section (CaseloadIepDifference *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP_DIFFERENCE (self), "");

  return self->section;
}

void
caseload_iep_difference_set_section (CaseloadIepDifference *self,
                                    const char *value)
{
  g_return_if_fail (CASELOAD_IS_IEP_DIFFERENCE (self));

  if (!replace_string (&self->section, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTION]);
}

const char *
caseload_iep_difference_get_item (CaseloadIepDifference *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP_DIFFERENCE (self), "");

  return self->item;
}

void
caseload_iep_difference_set_item (CaseloadIepDifference *self,
                                 const char *value)
{
  g_return_if_fail (CASELOAD_IS_IEP_DIFFERENCE (self));

  if (!replace_string (&self->item, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}

const char *
caseload_iep_difference_get_field (CaseloadIepDifference *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP_DIFFERENCE (self), "");

  return self->field;
}

void
caseload_iep_difference_set_field (CaseloadIepDifference *self,
                                  const char *value)
{
  g_return_if_fail (CASELOAD_IS_IEP_DIFFERENCE (self));

  if (!replace_string (&self->field, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIELD]);
}

const char *
caseload_iep_difference_get_change (CaseloadIepDifference *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP_DIFFERENCE (self), "");

  return self->change;
}

void
caseload_iep_difference_set_change (CaseloadIepDifference *self,
                                   const char *value)
{
  g_return_if_fail (CASELOAD_IS_IEP_DIFFERENCE (self));

  if (!replace_string (&self->change, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANGE]);
}

const char *
caseload_iep_difference_get_old_value (CaseloadIepDifference *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP_DIFFERENCE (self), "");

  return self->old_value;
}

void
caseload_iep_difference_set_old_value (CaseloadIepDifference *self,
                                      const char *value)
{
  g_return_if_fail (CASELOAD_IS_IEP_DIFFERENCE (self));

  if (!replace_string (&self->old_value, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OLD_VALUE]);
}

const char *
caseload_iep_difference_get_new_value (CaseloadIepDifference *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP_DIFFERENCE (self), "");

  return self->new_value;
}

void
caseload_iep_difference_set_new_value (CaseloadIepDifference *self,
                                      const char *value)
{
  g_return_if_fail (CASELOAD_IS_IEP_DIFFERENCE (self));

  if (!replace_string (&self->new_value, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEW_VALUE]);
}
