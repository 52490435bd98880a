#define G_LOG_DOMAIN "caseload-iep-finding"

#include "config.h"

#include "caseload-iep-finding.h"

#include <glib/gi18n-lib.h>

struct _CaseloadIepFinding
{
  GObject parent_instance;

  int severity;
  char *section;
  char *field;
  char *object_kind;
  gint64 object_id;
  char *message;
};

G_DEFINE_FINAL_TYPE (CaseloadIepFinding, caseload_iep_finding, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SEVERITY,
  PROP_SECTION,
  PROP_FIELD,
  PROP_OBJECT_KIND,
  PROP_OBJECT_ID,
  PROP_MESSAGE,
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
caseload_iep_finding_finalize (GObject *object)
{
  CaseloadIepFinding *self = (CaseloadIepFinding *)object;

  g_clear_pointer (&self->section, g_free);
  g_clear_pointer (&self->field, g_free);
  g_clear_pointer (&self->object_kind, g_free);
  g_clear_pointer (&self->message, g_free);


  G_OBJECT_CLASS (caseload_iep_finding_parent_class)->finalize (object);
}

static void
caseload_iep_finding_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CaseloadIepFinding *self = CASELOAD_IEP_FINDING (object);

  switch (prop_id)
    {
    case PROP_SEVERITY:
      g_value_set_int (value, self->severity);
      break;

    case PROP_SECTION:
      g_value_set_string (value, self->section);
      break;

    case PROP_FIELD:
      g_value_set_string (value, self->field);
      break;

    case PROP_OBJECT_KIND:
      g_value_set_string (value, self->object_kind);
      break;

    case PROP_OBJECT_ID:
      g_value_set_int64 (value, self->object_id);
      break;

    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_iep_finding_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  CaseloadIepFinding *self = CASELOAD_IEP_FINDING (object);

  switch (prop_id)
    {
    case PROP_SEVERITY:
      caseload_iep_finding_set_severity (self, g_value_get_int (value));
      break;

    case PROP_SECTION:
      caseload_iep_finding_set_section (self, g_value_get_string (value));
      break;

    case PROP_FIELD:
      caseload_iep_finding_set_field (self, g_value_get_string (value));
      break;

    case PROP_OBJECT_KIND:
      caseload_iep_finding_set_object_kind (self, g_value_get_string (value));
      break;

    case PROP_OBJECT_ID:
      caseload_iep_finding_set_object_id (self, g_value_get_int64 (value));
      break;

    case PROP_MESSAGE:
      caseload_iep_finding_set_message (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_iep_finding_class_init (CaseloadIepFindingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_iep_finding_finalize;
  object_class->get_property = caseload_iep_finding_get_property;
  object_class->set_property = caseload_iep_finding_set_property;

  properties[PROP_SEVERITY] =
    g_param_spec_int ("severity", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SECTION] =
    g_param_spec_string ("section", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_FIELD] =
    g_param_spec_string ("field", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_OBJECT_KIND] =
    g_param_spec_string ("object-kind", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_OBJECT_ID] =
    g_param_spec_int64 ("object-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_iep_finding_init (CaseloadIepFinding *self)
{
  self->section = g_strdup ("");
  self->field = g_strdup ("");
  self->object_kind = g_strdup ("");
  self->message = g_strdup ("");

}

CaseloadIepFinding *
caseload_iep_finding_new (void)
{
  return g_object_new (CASELOAD_TYPE_IEP_FINDING, NULL);
}

int
caseload_iep_finding_get_severity (CaseloadIepFinding *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP_FINDING (self), 0);

  return self->severity;
}

void
caseload_iep_finding_set_severity (CaseloadIepFinding *self,
                                  int value)
{
  g_return_if_fail (CASELOAD_IS_IEP_FINDING (self));

  if (self->severity == value)
    return;

  self->severity = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEVERITY]);
}

const char *
caseload_iep_finding_get_section (CaseloadIepFinding *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP_FINDING (self), "");

  return self->section;
}

void
caseload_iep_finding_set_section (CaseloadIepFinding *self,
                                 const char *value)
{
  g_return_if_fail (CASELOAD_IS_IEP_FINDING (self));

  if (!replace_string (&self->section, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTION]);
}

const char *
caseload_iep_finding_get_field (CaseloadIepFinding *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP_FINDING (self), "");

  return self->field;
}

void
caseload_iep_finding_set_field (CaseloadIepFinding *self,
                               const char *value)
{
  g_return_if_fail (CASELOAD_IS_IEP_FINDING (self));

  if (!replace_string (&self->field, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIELD]);
}

const char *
caseload_iep_finding_get_object_kind (CaseloadIepFinding *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP_FINDING (self), "");

  return self->object_kind;
}

void
caseload_iep_finding_set_object_kind (CaseloadIepFinding *self,
                                     const char *value)
{
  g_return_if_fail (CASELOAD_IS_IEP_FINDING (self));

  if (!replace_string (&self->object_kind, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OBJECT_KIND]);
}

gint64
caseload_iep_finding_get_object_id (CaseloadIepFinding *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP_FINDING (self), 0);

  return self->object_id;
}

void
caseload_iep_finding_set_object_id (CaseloadIepFinding *self,
                                   gint64 value)
{
  g_return_if_fail (CASELOAD_IS_IEP_FINDING (self));

  if (self->object_id == value)
    return;

  self->object_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OBJECT_ID]);
}

const char *
caseload_iep_finding_get_message (CaseloadIepFinding *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP_FINDING (self), "");

  return self->message;
}

void
caseload_iep_finding_set_message (CaseloadIepFinding *self,
                                 const char *value)
{
  g_return_if_fail (CASELOAD_IS_IEP_FINDING (self));

  if (!replace_string (&self->message, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MESSAGE]);
}

CaseloadIepFinding *
caseload_iep_finding_new_full (CaseloadFindingSeverity  severity,
                               const char              *section,
                               const char              *field,
                               const char              *object_kind,
                               gint64                   object_id,
                               const char              *message)
{
  return g_object_new (CASELOAD_TYPE_IEP_FINDING,
                       "severity", (int) severity,
                       "section", section,
                       "field", field,
                       "object-kind", object_kind,
                       "object-id", object_id,
                       "message", message,
                       NULL);
}

gboolean
caseload_iep_finding_is_error (CaseloadIepFinding *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP_FINDING (self), FALSE);

  return self->severity == CASELOAD_FINDING_ERROR;
}

const char *
caseload_iep_finding_get_severity_key (CaseloadIepFinding *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP_FINDING (self), "");

  return self->severity == CASELOAD_FINDING_ERROR ? "error" : "warning";
}

const char *
caseload_iep_section_to_label (const char *section)
{
  if (g_strcmp0 (section, "header") == 0)
    return _("IEP dates");
  if (g_strcmp0 (section, "present-levels") == 0)
    return _("Present levels");
  if (g_strcmp0 (section, "special-factors") == 0)
    return _("Special factors");
  if (g_strcmp0 (section, "goals") == 0)
    return _("Goals");
  if (g_strcmp0 (section, "services") == 0)
    return _("Services");
  if (g_strcmp0 (section, "accommodations") == 0)
    return _("Accommodations");
  if (g_strcmp0 (section, "assessment") == 0)
    return _("Assessment participation");
  if (g_strcmp0 (section, "placement") == 0)
    return _("Placement");
  if (g_strcmp0 (section, "transition") == 0)
    return _("Transition");
  if (g_strcmp0 (section, "team") == 0)
    return _("Team and signatures");
  if (g_strcmp0 (section, "consent") == 0)
    return _("Consent and copy to parents");
  if (g_strcmp0 (section, "reporting") == 0)
    return _("Progress reporting");
  return section != NULL ? section : "";
}
