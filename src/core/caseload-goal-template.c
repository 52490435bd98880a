#define G_LOG_DOMAIN "caseload-goal-template"

#include "config.h"

#include "caseload-goal-template.h"

#include "caseload-error.h"

#include <string.h>

#include <glib/gi18n-lib.h>

struct _CaseloadGoalTemplate
{
  GObject parent_instance;

  gint64 id;
  char *area;
  char *text;
  gint64 author_id;
  char *author_name;
  gboolean shared;
  gboolean built_in;
};

G_DEFINE_FINAL_TYPE (CaseloadGoalTemplate, caseload_goal_template, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_AREA,
  PROP_TEXT,
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
caseload_goal_template_finalize (GObject *object)
{
  CaseloadGoalTemplate *self = (CaseloadGoalTemplate *)object;

  g_clear_pointer (&self->area, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->author_name, g_free);


  G_OBJECT_CLASS (caseload_goal_template_parent_class)->finalize (object);
}

static void
caseload_goal_template_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  CaseloadGoalTemplate *self = CASELOAD_GOAL_TEMPLATE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_AREA:
      g_value_set_string (value, self->area);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
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
caseload_goal_template_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  CaseloadGoalTemplate *self = CASELOAD_GOAL_TEMPLATE (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_goal_template_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_AREA:
      caseload_goal_template_set_area (self, g_value_get_string (value));
      break;

    case PROP_TEXT:
      caseload_goal_template_set_text (self, g_value_get_string (value));
      break;

    case PROP_AUTHOR_ID:
      caseload_goal_template_set_author_id (self, g_value_get_int64 (value));
      break;

    case PROP_AUTHOR_NAME:
      caseload_goal_template_set_author_name (self, g_value_get_string (value));
      break;

    case PROP_SHARED:
      caseload_goal_template_set_shared (self, g_value_get_boolean (value));
      break;

    case PROP_BUILT_IN:
      caseload_goal_template_set_built_in (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_goal_template_class_init (CaseloadGoalTemplateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_goal_template_finalize;
  object_class->get_property = caseload_goal_template_get_property;
  object_class->set_property = caseload_goal_template_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_AREA] =
    g_param_spec_string ("area", NULL, NULL,
                         "reading",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
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
caseload_goal_template_init (CaseloadGoalTemplate *self)
{
  self->area = g_strdup ("reading");
  self->text = g_strdup ("");
  self->author_name = g_strdup ("");

}

CaseloadGoalTemplate *
caseload_goal_template_new (void)
{
  return g_object_new (CASELOAD_TYPE_GOAL_TEMPLATE, NULL);
}

gint64
caseload_goal_template_get_id (CaseloadGoalTemplate *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL_TEMPLATE (self), 0);

  return self->id;
}

void
caseload_goal_template_set_id (CaseloadGoalTemplate *self,
                              gint64 value)
{
  g_return_if_fail (CASELOAD_IS_GOAL_TEMPLATE (self));

  if (self->id == value)
    return;

  self->id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
caseload_goal_template_get_area (CaseloadGoalTemplate *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL_TEMPLATE (self), "");

  return self->area;
}

void
caseload_goal_template_set_area (CaseloadGoalTemplate *self,
                                const char *value)
{
  g_return_if_fail (CASELOAD_IS_GOAL_TEMPLATE (self));

  if (!replace_string (&self->area, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AREA]);
}

const char *
caseload_goal_template_get_text (CaseloadGoalTemplate *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL_TEMPLATE (self), "");

  return self->text;
}

void
caseload_goal_template_set_text (CaseloadGoalTemplate *self,
                                const char *value)
{
  g_return_if_fail (CASELOAD_IS_GOAL_TEMPLATE (self));

  if (!replace_string (&self->text, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

gint64
caseload_goal_template_get_author_id (CaseloadGoalTemplate *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL_TEMPLATE (self), 0);

  return self->author_id;
}

void
caseload_goal_template_set_author_id (CaseloadGoalTemplate *self,
                                     gint64 value)
{
  g_return_if_fail (CASELOAD_IS_GOAL_TEMPLATE (self));

  if (self->author_id == value)
    return;

  self->author_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHOR_ID]);
}

const char *
caseload_goal_template_get_author_name (CaseloadGoalTemplate *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL_TEMPLATE (self), "");

  return self->author_name;
}

void
caseload_goal_template_set_author_name (CaseloadGoalTemplate *self,
                                       const char *value)
{
  g_return_if_fail (CASELOAD_IS_GOAL_TEMPLATE (self));

  if (!replace_string (&self->author_name, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHOR_NAME]);
}

gboolean
caseload_goal_template_get_shared (CaseloadGoalTemplate *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL_TEMPLATE (self), FALSE);

  return self->shared;
}

void
caseload_goal_template_set_shared (CaseloadGoalTemplate *self,
                                  gboolean value)
{
  g_return_if_fail (CASELOAD_IS_GOAL_TEMPLATE (self));

  value = !!value;
  if (self->shared == value)
    return;

  self->shared = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHARED]);
}

gboolean
caseload_goal_template_get_built_in (CaseloadGoalTemplate *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL_TEMPLATE (self), FALSE);

  return self->built_in;
}

void
caseload_goal_template_set_built_in (CaseloadGoalTemplate *self,
                                    gboolean value)
{
  g_return_if_fail (CASELOAD_IS_GOAL_TEMPLATE (self));

  value = !!value;
  if (self->built_in == value)
    return;

  self->built_in = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUILT_IN]);
}

static const char * const placeholders[] = {
  "condition", "baseline", "target", "criterion", "unit", NULL
};

const char * const *
caseload_goal_template_placeholders (void)
{
  return placeholders;
}

gboolean
caseload_goal_template_check_text (const char  *text,
                                   GError     **error)
{
  const char *p = text;
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (*trimmed == '\0')
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   _("Goal text: enter the goal"));
      return FALSE;
    }

  while ((p = strpbrk (p, "{}")) != NULL)
    {
      const char *close;
      g_autofree char *name = NULL;

      if (*p == '}')
        {
          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                       _("Goal text: a \u201c}\u201d has no matching \u201c{\u201d"));
          return FALSE;
        }
      close = strchr (p + 1, '}');
      if (close == NULL)
        {
          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                       _("Goal text: a \u201c{\u201d is not closed"));
          return FALSE;
        }
      name = g_strndup (p + 1, close - p - 1);
      if (!g_strv_contains (placeholders, name))
        {
          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                       _("Goal text: {%s} is not a placeholder (use {condition}, {baseline}, {target}, {criterion} or {unit})"),
                       name);
          return FALSE;
        }
      p = close + 1;
    }

  return TRUE;
}
