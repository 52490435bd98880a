#define G_LOG_DOMAIN "caseload-special-factor"

#include "config.h"

#include "caseload-special-factor.h"

#include <glib/gi18n-lib.h>

struct _CaseloadSpecialFactor
{
  GObject parent_instance;

  gint64 id;
  gint64 iep_id;
  char *factor;
  gboolean considered;
  gboolean applies;
  char *notes;
};

G_DEFINE_FINAL_TYPE (CaseloadSpecialFactor, caseload_special_factor, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_IEP_ID,
  PROP_FACTOR,
  PROP_CONSIDERED,
  PROP_APPLIES,
  PROP_NOTES,
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
caseload_special_factor_finalize (GObject *object)
{
  CaseloadSpecialFactor *self = (CaseloadSpecialFactor *)object;

  g_clear_pointer (&self->factor, g_free);
  g_clear_pointer (&self->notes, g_free);


  G_OBJECT_CLASS (caseload_special_factor_parent_class)->finalize (object);
}

static void
caseload_special_factor_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  CaseloadSpecialFactor *self = CASELOAD_SPECIAL_FACTOR (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_IEP_ID:
      g_value_set_int64 (value, self->iep_id);
      break;

    case PROP_FACTOR:
      g_value_set_string (value, self->factor);
      break;

    case PROP_CONSIDERED:
      g_value_set_boolean (value, self->considered);
      break;

    case PROP_APPLIES:
      g_value_set_boolean (value, self->applies);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_special_factor_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  CaseloadSpecialFactor *self = CASELOAD_SPECIAL_FACTOR (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_special_factor_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_IEP_ID:
      caseload_special_factor_set_iep_id (self, g_value_get_int64 (value));
      break;

    case PROP_FACTOR:
      caseload_special_factor_set_factor (self, g_value_get_string (value));
      break;

    case PROP_CONSIDERED:
      caseload_special_factor_set_considered (self, g_value_get_boolean (value));
      break;

    case PROP_APPLIES:
      caseload_special_factor_set_applies (self, g_value_get_boolean (value));
      break;

    case PROP_NOTES:
      caseload_special_factor_set_notes (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_special_factor_class_init (CaseloadSpecialFactorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_special_factor_finalize;
  object_class->get_property = caseload_special_factor_get_property;
  object_class->set_property = caseload_special_factor_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_IEP_ID] =
    g_param_spec_int64 ("iep-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_FACTOR] =
    g_param_spec_string ("factor", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CONSIDERED] =
    g_param_spec_boolean ("considered", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_APPLIES] =
    g_param_spec_boolean ("applies", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_special_factor_init (CaseloadSpecialFactor *self)
{
  self->factor = g_strdup ("");
  self->notes = g_strdup ("");

}

CaseloadSpecialFactor *
caseload_special_factor_new (void)
{
  return g_object_new (CASELOAD_TYPE_SPECIAL_FACTOR, NULL);
}

gint64
caseload_special_factor_get_id (CaseloadSpecialFactor *self)
{
  g_return_val_if_fail (CASELOAD_IS_SPECIAL_FACTOR (self), 0);

  return self->id;
}

void
caseload_special_factor_set_id (CaseloadSpecialFactor *self,
                               gint64 value)
{
  g_return_if_fail (CASELOAD_IS_SPECIAL_FACTOR (self));

  if (self->id == value)
    return;

  self->id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
caseload_special_factor_get_iep_id (CaseloadSpecialFactor *self)
{
  g_return_val_if_fail (CASELOAD_IS_SPECIAL_FACTOR (self), 0);

  return self->iep_id;
}

void
caseload_special_factor_set_iep_id (CaseloadSpecialFactor *self,
                                   gint64 value)
{
  g_return_if_fail (CASELOAD_IS_SPECIAL_FACTOR (self));

  if (self->iep_id == value)
    return;

  self->iep_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IEP_ID]);
}

const char *
caseload_special_factor_get_factor (CaseloadSpecialFactor *self)
{
  g_return_val_if_fail (CASELOAD_IS_SPECIAL_FACTOR (self), "");

  return self->factor;
}

void
caseload_special_factor_set_factor (CaseloadSpecialFactor *self,
                                   const char *value)
{
  g_return_if_fail (CASELOAD_IS_SPECIAL_FACTOR (self));

  if (!replace_string (&self->factor, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FACTOR]);
}

gboolean
caseload_special_factor_get_considered (CaseloadSpecialFactor *self)
{
  g_return_val_if_fail (CASELOAD_IS_SPECIAL_FACTOR (self), FALSE);

  return self->considered;
}

void
caseload_special_factor_set_considered (CaseloadSpecialFactor *self,
                                       gboolean value)
{
  g_return_if_fail (CASELOAD_IS_SPECIAL_FACTOR (self));

  value = !!value;
  if (self->considered == value)
    return;

  self->considered = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONSIDERED]);
}

gboolean
caseload_special_factor_get_applies (CaseloadSpecialFactor *self)
{
  g_return_val_if_fail (CASELOAD_IS_SPECIAL_FACTOR (self), FALSE);

  return self->applies;
}

void
caseload_special_factor_set_applies (CaseloadSpecialFactor *self,
                                    gboolean value)
{
  g_return_if_fail (CASELOAD_IS_SPECIAL_FACTOR (self));

  value = !!value;
  if (self->applies == value)
    return;

  self->applies = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_APPLIES]);
}

const char *
caseload_special_factor_get_notes (CaseloadSpecialFactor *self)
{
  g_return_val_if_fail (CASELOAD_IS_SPECIAL_FACTOR (self), "");

  return self->notes;
}

void
caseload_special_factor_set_notes (CaseloadSpecialFactor *self,
                                  const char *value)
{
  g_return_if_fail (CASELOAD_IS_SPECIAL_FACTOR (self));

  if (!replace_string (&self->notes, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

static const char * const factor_keys[] = {
  "behavior", "limited-english", "visual-impairment", "communication",
  "assistive-technology", NULL
};

const char * const *
caseload_special_factor_keys (void)
{
  return factor_keys;
}

const char *
caseload_special_factor_to_label (const char *factor)
{
  if (g_strcmp0 (factor, "behavior") == 0)
    return _("Behavior that impedes learning");
  if (g_strcmp0 (factor, "limited-english") == 0)
    return _("Limited English proficiency");
  if (g_strcmp0 (factor, "visual-impairment") == 0)
    return _("Blind or visually impaired (Braille)");
  if (g_strcmp0 (factor, "communication") == 0)
    return _("Communication needs");
  if (g_strcmp0 (factor, "assistive-technology") == 0)
    return _("Assistive technology");
  return factor != NULL ? factor : "";
}
