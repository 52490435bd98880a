#define G_LOG_DOMAIN "caseload-code"

#include "config.h"

#include "caseload-code.h"

#include <glib/gi18n-lib.h>

struct _CaseloadCode
{
  GObject parent_instance;

  char *code;
  char *name;
  char *description;
};

/* The progress codes' names and meanings as seed-001.sql stores them,
 * in English: marked here so that they reach the translation catalog.
 * The interface and the printed documents translate them when they show
 * them; a district's own codes, typed in, show as typed. */
static const char * const seeded_progress_texts[] G_GNUC_UNUSED = {
  N_("Met"), N_("The goal has been met."),
  N_("Sufficient progress"), N_("Progress is sufficient to meet the goal by the end of the IEP."),
  N_("Insufficient progress"), N_("Progress is not yet sufficient to meet the goal by the end of the IEP."),
  N_("No progress"), N_("No progress has been made toward the goal."),
  N_("Regression"), N_("Skills have slipped below the earlier level."),
  N_("Not yet introduced"), N_("Work on this goal has not started yet."),
  N_("Insufficient data"), N_("Not enough data was collected to judge progress."),
};

G_DEFINE_FINAL_TYPE (CaseloadCode, caseload_code, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CODE,
  PROP_NAME,
  PROP_DESCRIPTION,
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
caseload_code_finalize (GObject *object)
{
  CaseloadCode *self = (CaseloadCode *)object;

  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (caseload_code_parent_class)->finalize (object);
}

static void
caseload_code_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CaseloadCode *self = CASELOAD_CODE (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_code_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CaseloadCode *self = CASELOAD_CODE (object);

  switch (prop_id)
    {
    case PROP_CODE:
      replace_string (&self->code, g_value_get_string (value));
      break;

    case PROP_NAME:
      replace_string (&self->name, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      replace_string (&self->description, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_code_class_init (CaseloadCodeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_code_finalize;
  object_class->get_property = caseload_code_get_property;
  object_class->set_property = caseload_code_set_property;

  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_code_init (CaseloadCode *self)
{
  self->code = g_strdup ("");
  self->name = g_strdup ("");
  self->description = g_strdup ("");
}

CaseloadCode *
caseload_code_new (const char *code,
                   const char *name,
                   const char *description)
{
  return g_object_new (CASELOAD_TYPE_CODE,
                       "code", code,
                       "name", name,
                       "description", description,
                       NULL);
}

const char *
caseload_code_get_code (CaseloadCode *self)
{
  g_return_val_if_fail (CASELOAD_IS_CODE (self), "");

  return self->code;
}

const char *
caseload_code_get_name (CaseloadCode *self)
{
  g_return_val_if_fail (CASELOAD_IS_CODE (self), "");

  return self->name;
}

const char *
caseload_code_get_description (CaseloadCode *self)
{
  g_return_val_if_fail (CASELOAD_IS_CODE (self), "");

  return self->description;
}
