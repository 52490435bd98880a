#define G_LOG_DOMAIN "caseload-edfi"

#include "config.h"

#include "caseload-edfi.h"
#include "caseload-error.h"
#include "caseload-xml.h"

#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <string.h>

/* No DTD loading, no entity substitution (XML_PARSE_NOENT is never set and
 * a DOCTYPE is refused before parsing), no network. */
#define PARSE_OPTIONS (XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_NOCDATA | XML_PARSE_NOBLANKS)

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlParserCtxt, xmlFreeParserCtxt)

/* ---- descriptors ----------------------------------------------------------- */

typedef struct
{
  const char *edfi;   /* the descriptor's CodeValue, compared without case */
  const char *ours;
} Mapping;

static const Mapping disabilities[] = {
  { "Autism Spectrum Disorders", "AUT" },
  { "Autism Spectrum Disorder", "AUT" },
  { "Autism", "AUT" },
  { "Deaf-Blindness", "DB" },
  { "Deafness", "DEAF" },
  { "Developmental Delay", "DD" },
  { "Serious Emotional Disability", "EMN" },
  { "Emotional Disturbance", "EMN" },
  { "Hearing Impairment, including Deafness", "HI" },
  { "Hearing Impairment", "HI" },
  { "Intellectual Disability", "ID" },
  { "Multiple Disabilities", "MD" },
  { "Orthopedic Impairment", "OI" },
  { "Other Health Impairment", "OHI" },
  { "Specific Learning Disability", "SLD" },
  { "Speech or Language Impairment", "SLI" },
  { "Traumatic Brain Injury", "TBI" },
  { "Visual Impairment, including Blindness", "VI" },
  { "Visual Impairment", "VI" },
};

/* What export writes for each of our codes (the Ed-Fi default list). */
static const Mapping disabilities_out[] = {
  { "Autism Spectrum Disorders", "AUT" },
  { "Deaf-Blindness", "DB" },
  { "Hearing Impairment, including Deafness", "DEAF" },
  { "Developmental Delay", "DD" },
  { "Serious Emotional Disability", "EMN" },
  { "Hearing Impairment, including Deafness", "HI" },
  { "Intellectual Disability", "ID" },
  { "Multiple Disabilities", "MD" },
  { "Orthopedic Impairment", "OI" },
  { "Other Health Impairment", "OHI" },
  { "Specific Learning Disability", "SLD" },
  { "Speech or Language Impairment", "SLI" },
  { "Traumatic Brain Injury", "TBI" },
  { "Visual Impairment, including Blindness", "VI" },
};

static const Mapping settings[] = {
  { "Inside regular class 80% or more of the day", "RC80" },
  { "Inside regular class between 40-79% of the day", "RC79TO40" },
  { "Inside reg class between 40-79% of the day", "RC79TO40" },
  { "Inside regular class less than 40% of the day", "RC39" },
  { "Separate school", "SS" },
  { "Residential facility", "RF" },
  { "Homebound/Hospital", "HH" },
  { "Correctional facilities", "CF" },
  { "Parentally-placed in private schools", "PPPS" },
  { "Regular early childhood program (10+ hrs)", "REC10YSVCS" },
  { "Regular early childhood program (less than 10 hrs)", "REC09YSVCS" },
  { "Other early childhood location (10+ hrs)", "REC10YOTHLOC" },
  { "Other early childhood location (< 10 hours)", "REC09YOTHLOC" },
  { "Separate class", "SC" },
  { "Home", "H" },
  { "Service provider location", "SPL" },
};

static const Mapping staff_roles[] = {
  { "Teacher", "general-education-teacher" },
  { "Counselor", "counselor" },
  { "Principal", "administrator" },
  { "Assistant Principal", "administrator" },
  { "School Administrator", "administrator" },
  { "LEA Administrator", "administrator" },
  { "LEA System Administrator", "administrator" },
  { "Superintendent", "administrator" },
  { "Instructional Aide", "paraprofessional" },
  { "Substitute Teacher", "general-education-teacher" },
  { "Other", "other" },
};

static const Mapping relations[] = {
  { "Mother", "mother" },
  { "Father", "father" },
  { "Stepmother", "stepmother" },
  { "Stepfather", "stepfather" },
  { "Grandmother", "grandmother" },
  { "Grandfather", "grandfather" },
  { "Foster parent", "foster-parent" },
  { "Guardian", "guardian" },
  { "Parent", "parent" },
};

/* "uri://ed-fi.org/DisabilityDescriptor#Autism" -> "Autism". */
static const char *
code_value (const char *descriptor)
{
  const char *hash = descriptor != NULL ? strrchr (descriptor, '#') : NULL;

  return hash != NULL ? hash + 1 : descriptor;
}

static const char *
map (const Mapping *table,
     gsize          n,
     const char    *descriptor)
{
  const char *value = code_value (descriptor);

  if (value == NULL)
    return NULL;
  for (gsize i = 0; i < n; i++)
    if (g_ascii_strcasecmp (table[i].edfi, value) == 0)
      return table[i].ours;
  return NULL;
}

static const char *
unmap (const Mapping *table,
       gsize          n,
       const char    *ours)
{
  for (gsize i = 0; i < n; i++)
    if (g_strcmp0 (table[i].ours, ours) == 0)
      return table[i].edfi;
  return NULL;
}

/* ---- reading the tree ------------------------------------------------------ */

static gboolean
is (xmlNode    *node,
    const char *name)
{
  return node != NULL && node->type == XML_ELEMENT_NODE &&
         g_strcmp0 ((const char *) node->name, name) == 0;
}

static xmlNode *
child (xmlNode    *node,
       const char *name)
{
  for (xmlNode *c = node != NULL ? node->children : NULL; c != NULL; c = c->next)
    if (is (c, name))
      return c;
  return NULL;
}

/* The trimmed text of the element at @path below @node ("A/B/C"), or
 * NULL when absent or empty. Only text and character references are
 * read: no entity is ever declared in a file we accept. */
static char *
text_at (xmlNode    *node,
         const char *path)
{
  g_auto(GStrv) parts = g_strsplit (path, "/", -1);
  g_autofree char *text = NULL;

  for (guint i = 0; parts[i] != NULL && node != NULL; i++)
    node = child (node, parts[i]);
  if (node == NULL)
    return NULL;
  text = (char *) xmlNodeGetContent (node);
  if (text == NULL)
    return NULL;
  g_strstrip (text);
  if (*text == '\0')
    return NULL;
  return g_steal_pointer (&text);
}

static gboolean
is_date (const char *text)
{
  GDate date;

  if (text == NULL || strlen (text) != 10)
    return FALSE;
  g_date_clear (&date, 1);
  g_date_set_parse (&date, text);
  return g_date_valid (&date) && text[4] == '-' && text[7] == '-';
}

/* A date, or NULL with a note when the file's value is not one. */
static char *
date_at (CaseloadRoster *roster,
         xmlNode        *node,
         const char     *path)
{
  g_autofree char *text = text_at (node, path);

  if (text == NULL)
    return NULL;
  if (!is_date (text))
    {
      caseload_roster_note (roster, _("%s, line %ld: %s “%s” is not a date (YYYY-MM-DD); left out"),
                            roster->origin, xmlGetLineNo (node), path, text);
      return NULL;
    }
  return g_steal_pointer (&text);
}

static gboolean
boolean_at (xmlNode    *node,
            const char *path,
            int        *value)
{
  g_autofree char *text = text_at (node, path);

  if (text == NULL)
    return FALSE;
  *value = g_ascii_strcasecmp (text, "true") == 0 || g_str_equal (text, "1");
  return TRUE;
}

/* ---- one element at a time -------------------------------------------------- */

static void
read_school (CaseloadRoster *roster,
             xmlNode        *node)
{
  CaseloadRosterSchool *s;
  g_autofree char *key = text_at (node, "SchoolId");

  if (key == NULL)
    {
      caseload_roster_skip (roster, _("%s, line %ld: a School without SchoolId"),
                            roster->origin, xmlGetLineNo (node));
      return;
    }
  s = caseload_roster_add_school (roster);
  s->key = g_steal_pointer (&key);
  s->name = text_at (node, "NameOfInstitution");
  s->short_name = text_at (node, "ShortNameOfInstitution");
  for (xmlNode *c = node->children; c != NULL; c = c->next)
    {
      if (is (c, "Address") && s->address == NULL)
        {
          g_autofree char *street = text_at (c, "StreetNumberName");
          g_autofree char *city = text_at (c, "City");
          g_autofree char *state = text_at (c, "StateAbbreviation");
          g_autofree char *zip = text_at (c, "PostalCode");

          s->address = g_strdup_printf ("%s, %s, %s %s", street ? street : "", city ? city : "",
                                        state ? code_value (state) : "", zip ? zip : "");
        }
      else if (is (c, "InstitutionTelephone") && s->phone == NULL)
        s->phone = text_at (c, "TelephoneNumber");
    }
}

static void
read_staff (CaseloadRoster *roster,
            xmlNode        *node,
            GHashTable     *by_key)
{
  CaseloadRosterStaff *s;
  g_autofree char *key = text_at (node, "StaffUniqueId");

  if (key == NULL)
    {
      caseload_roster_skip (roster, _("%s, line %ld: a Staff without StaffUniqueId"),
                            roster->origin, xmlGetLineNo (node));
      return;
    }
  s = caseload_roster_add_staff (roster);
  s->key = g_steal_pointer (&key);
  s->first_name = text_at (node, "Name/FirstName");
  s->last_name = text_at (node, "Name/LastSurname");
  s->email = text_at (node, "ElectronicMail/ElectronicMailAddress");
  s->phone = text_at (node, "Telephone/TelephoneNumber");
  g_hash_table_insert (by_key, s->key, s);
}

static void
read_assignment (CaseloadRoster *roster,
                 xmlNode        *node,
                 GHashTable     *roles)
{
  g_autofree char *key = text_at (node, "StaffReference/StaffIdentity/StaffUniqueId");
  g_autofree char *classification = text_at (node, "StaffClassification");
  g_autofree char *org = text_at (node, "EducationOrganizationReference/EducationOrganizationIdentity/EducationOrganizationId");
  const char *role;

  if (key == NULL || g_hash_table_contains (roles, key))
    return;
  role = map (staff_roles, G_N_ELEMENTS (staff_roles), classification);
  if (role == NULL && classification != NULL)
    caseload_roster_note (roster, _("Staff classification “%s” has no matching role in Caseload; "
                                    "those staff members were given the role Other"),
                          code_value (classification));
  g_hash_table_insert (roles, g_strdup (key),
                       g_strdup_printf ("%s|%s", role ? role : "other", org ? org : ""));
}

static void
read_student (CaseloadRoster *roster,
              xmlNode        *node)
{
  CaseloadRosterStudent *s;
  g_autofree char *number = text_at (node, "StudentUniqueId");

  if (number == NULL)
    {
      caseload_roster_skip (roster, _("%s, line %ld: a Student without StudentUniqueId"),
                            roster->origin, xmlGetLineNo (node));
      return;
    }
  s = caseload_roster_add_student (roster);
  s->student_number = g_steal_pointer (&number);
  s->first_name = text_at (node, "Name/FirstName");
  s->last_name = text_at (node, "Name/LastSurname");
  s->preferred_name = text_at (node, "Name/PreferredFirstName");
  s->birth_date = date_at (roster, node, "BirthData/BirthDate");
  s->line = (guint) xmlGetLineNo (node);
  s->origin = g_strdup (roster->origin);
}

static void
read_contact (CaseloadRoster *roster,
              xmlNode        *node,
              GHashTable     *contacts)
{
  g_autofree char *id = (char *) xmlGetProp (node, BAD_CAST "id");
  g_autofree char *key = text_at (node, "ContactUniqueId");

  if (key == NULL)
    return;
  g_hash_table_insert (contacts, g_steal_pointer (&key), node);
  if (id != NULL)
    g_hash_table_insert (contacts, g_strconcat ("#", id, NULL), node);
}

static void
read_contact_association (CaseloadRoster *roster,
                          xmlNode        *node,
                          GHashTable     *contacts)
{
  g_autofree char *student = text_at (node, "StudentReference/StudentIdentity/StudentUniqueId");
  g_autofree char *key = text_at (node, "ContactReference/ContactIdentity/ContactUniqueId");
  g_autofree char *relation = text_at (node, "Relation");
  xmlNode *reference = child (node, "ContactReference");
  xmlNode *contact = NULL;
  CaseloadRosterGuardian *g;
  int lives = -1;

  if (key != NULL)
    contact = g_hash_table_lookup (contacts, key);
  else if (reference != NULL)
    {
      g_autofree char *ref = (char *) xmlGetProp (reference, BAD_CAST "ref");
      g_autofree char *hash_ref = ref != NULL ? g_strconcat ("#", ref, NULL) : NULL;

      if (hash_ref != NULL)
        contact = g_hash_table_lookup (contacts, hash_ref);
    }
  if (student == NULL || contact == NULL)
    {
      caseload_roster_skip (roster, _("%s, line %ld: a StudentContactAssociation whose student or "
                                      "contact is not in the file"),
                            roster->origin, xmlGetLineNo (node));
      return;
    }

  g = caseload_roster_add_guardian (roster);
  g->student_number = g_steal_pointer (&student);
  g->key = text_at (contact, "ContactUniqueId");
  g->first_name = text_at (contact, "Name/FirstName");
  g->last_name = text_at (contact, "Name/LastSurname");
  g->relationship = g_strdup (map (relations, G_N_ELEMENTS (relations), relation));
  if (g->relationship == NULL && relation != NULL)
    g->relationship = g_ascii_strdown (code_value (relation), -1);
  g->phone = text_at (contact, "Telephone/TelephoneNumber");
  g->email = text_at (contact, "ElectronicMail/ElectronicMailAddress");
  {
    xmlNode *address = child (contact, "Address");

    if (address != NULL)
      {
        g_autofree char *street = text_at (address, "StreetNumberName");
        g_autofree char *city = text_at (address, "City");
        g_autofree char *state = text_at (address, "StateAbbreviation");
        g_autofree char *zip = text_at (address, "PostalCode");

        g->address = g_strdup_printf ("%s, %s, %s %s", street ? street : "", city ? city : "",
                                      state ? code_value (state) : "", zip ? zip : "");
      }
  }
  if (boolean_at (node, "LivesWith", &lives))
    g->lives_with = lives;
  {
    g_autofree char *priority = text_at (node, "ContactPriority");

    g->order = priority != NULL ? (int) g_ascii_strtoll (priority, NULL, 10) : 0;
  }
}

static void
add_provider_to_team (CaseloadRoster *roster,
                      const char     *student,
                      const char     *staff,
                      const char     *role)
{
  CaseloadRosterTeamMember *t;

  if (staff == NULL)
    return;
  for (guint i = 0; i < roster->team->len; i++)
    {
      CaseloadRosterTeamMember *old = g_ptr_array_index (roster->team, i);

      if (g_str_equal (old->student_number, student) && g_str_equal (old->staff_key, staff) &&
          g_str_equal (old->role, role))
        return;
    }
  t = caseload_roster_add_team (roster);
  t->student_number = g_strdup (student);
  t->staff_key = g_strdup (staff);
  t->role = g_strdup (role);
}

static void
read_special_education (CaseloadRoster *roster,
                        xmlNode        *node,
                        GHashTable     *unmapped)
{
  g_autofree char *student = text_at (node, "StudentReference/StudentIdentity/StudentUniqueId");
  g_autofree char *setting = text_at (node, "SpecialEducationSetting");
  g_autofree char *reason = text_at (node, "SpecialEducationExitReason");
  g_autofree char *explained = text_at (node, "SpecialEducationExitExplained");
  g_autoptr(GPtrArray) ordered = g_ptr_array_new ();
  CaseloadRosterProgram *p;

  if (student == NULL)
    {
      caseload_roster_skip (roster, _("%s, line %ld: a program association without a student"),
                            roster->origin, xmlGetLineNo (node));
      return;
    }

  p = caseload_roster_add_program (roster);
  p->line = (guint) xmlGetLineNo (node);
  p->student_number = g_strdup (student);
  p->begin_date = date_at (roster, node, "IEPBeginDate");
  p->end_date = date_at (roster, node, "IEPEndDate");
  p->review_date = date_at (roster, node, "IEPReviewDate");
  p->last_evaluation = date_at (roster, node, "LastEvaluationDate");
  p->school_key = text_at (node, "EducationOrganizationReference/EducationOrganizationIdentity/EducationOrganizationId");
  if (setting != NULL)
    {
      p->environment_code = g_strdup (map (settings, G_N_ELEMENTS (settings), setting));
      if (p->environment_code == NULL)
        caseload_roster_note (roster, _("Special-education setting “%s” has no federal environment "
                                        "code in Caseload; left out"), code_value (setting));
    }

  p->exit_date = date_at (roster, node, "SpecialEducationExitDate");
  if (p->exit_date != NULL)
    {
      if (reason != NULL && explained != NULL)
        p->exit_reason = g_strdup_printf ("%s: %s", code_value (reason), explained);
      else if (reason != NULL)
        p->exit_reason = g_strdup (code_value (reason));
      else
        p->exit_reason = g_strdup (explained);
    }

  /* Disabilities, in OrderOfDisability (the primary first; without an
   * order, in file order). */
  for (xmlNode *c = node->children; c != NULL; c = c->next)
    if (is (c, "Disability"))
      g_ptr_array_add (ordered, c);
  for (guint i = 1; i < ordered->len; i++)
    for (guint j = i; j > 0; j--)
      {
        g_autofree char *a = text_at (g_ptr_array_index (ordered, j - 1), "OrderOfDisability");
        g_autofree char *b = text_at (g_ptr_array_index (ordered, j), "OrderOfDisability");
        gint64 na = a != NULL ? g_ascii_strtoll (a, NULL, 10) : G_MAXINT;
        gint64 nb = b != NULL ? g_ascii_strtoll (b, NULL, 10) : G_MAXINT;

        if (nb >= na)
          break;
        {
          gpointer tmp = ordered->pdata[j];

          ordered->pdata[j] = ordered->pdata[j - 1];
          ordered->pdata[j - 1] = tmp;
        }
      }
  for (guint i = 0; i < ordered->len; i++)
    {
      g_autofree char *descriptor = text_at (g_ptr_array_index (ordered, i), "Disability");
      const char *code = map (disabilities, G_N_ELEMENTS (disabilities), descriptor);
      gboolean seen = FALSE;

      if (descriptor == NULL)
        continue;
      if (code == NULL)
        {
          GString *who = g_hash_table_lookup (unmapped, code_value (descriptor));

          if (who == NULL)
            {
              who = g_string_new (NULL);
              g_hash_table_insert (unmapped, g_strdup (code_value (descriptor)), who);
            }
          g_string_append_printf (who, "%s%s", who->len > 0 ? ", " : "", student);
          continue;
        }
      for (guint k = 0; k < p->disabilities->len; k++)
        seen = seen || g_str_equal (g_ptr_array_index (p->disabilities, k), code);
      if (!seen)
        g_ptr_array_add (p->disabilities, g_strdup (code));
    }

  /* Services, and everyone who provides them joins the team. */
  for (xmlNode *c = node->children; c != NULL; c = c->next)
    {
      if (is (c, "ServiceProvider"))
        {
          g_autofree char *staff = text_at (c, "StaffReference/StaffIdentity/StaffUniqueId");

          add_provider_to_team (roster, student, staff, "special-education-teacher");
        }
      else if (is (c, "SpecialEducationProgramService"))
        {
          g_autofree char *descriptor = text_at (c, "SpecialEducationProgramService");
          CaseloadRosterService *s;

          if (descriptor == NULL)
            continue;
          s = caseload_roster_add_service (p);
          s->name = g_strdup (code_value (descriptor));
          s->category = g_strdup ("related-service");
          s->start_date = date_at (roster, c, "ServiceBeginDate");
          s->end_date = date_at (roster, c, "ServiceEndDate");
          for (xmlNode *sp = c->children; sp != NULL; sp = sp->next)
            if (is (sp, "ServiceProvider"))
              {
                g_autofree char *staff = text_at (sp, "StaffReference/StaffIdentity/StaffUniqueId");
                int primary = 0;

                boolean_at (sp, "PrimaryProvider", &primary);
                if (staff != NULL && (s->provider_key == NULL || primary))
                  {
                    g_free (s->provider_key);
                    s->provider_key = g_strdup (staff);
                  }
                add_provider_to_team (roster, student, staff, "related-service-provider");
              }
        }
    }
}

static void
free_gstring (gpointer data)
{
  g_string_free (data, TRUE);
}

/* ---- the file ---------------------------------------------------------------- */

static gboolean
check_bytes (const char  *data,
             gsize        len,
             const char  *origin,
             GError     **error)
{
  gsize i = 0;

  if (len == 0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID, _("%s is empty"), origin);
      return FALSE;
    }
  if ((len >= 2 && (((guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF) ||
                    ((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE))) ||
      memchr (data, '\0', len) != NULL)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   _("%s is not UTF-8 text (Ed-Fi files are UTF-8 XML); nothing was imported"), origin);
      return FALSE;
    }
  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    i = 3;

  /* Only the declaration, comments, processing instructions and blanks
   * may come before the root; a document type declaration (and with it
   * any entity) is refused before libxml2 sees the file. */
  while (i < len)
    {
      const char *rest = data + i;
      gsize left = len - i;
      const char *end;

      if (g_ascii_isspace (*rest))
        {
          i++;
          continue;
        }
      if (left >= 4 && memcmp (rest, "<!--", 4) == 0)
        {
          end = g_strstr_len (rest + 4, (gssize) left - 4, "-->");
          if (end == NULL)
            break;
          i = (gsize) (end - data) + 3;
          continue;
        }
      if (left >= 2 && memcmp (rest, "<?", 2) == 0)
        {
          end = g_strstr_len (rest + 2, (gssize) left - 2, "?>");
          if (end == NULL)
            break;
          i = (gsize) (end - data) + 2;
          continue;
        }
      if (left >= 2 && memcmp (rest, "<!", 2) == 0)
        {
          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                       _("%s has a document type declaration (<!DOCTYPE …>), which Ed-Fi "
                         "interchanges never have; Caseload does not read such files "
                         "(entities can pull in other files or grow without bound). "
                         "Nothing was imported."), origin);
          return FALSE;
        }
      if (*rest == '<')
        return TRUE;
      break;
    }

  g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
               _("%s is not an Ed-Fi XML file (it is not XML text)"), origin);
  return FALSE;
}

CaseloadRoster *
caseload_edfi_parse (GBytes      *data,
                     const char  *origin,
                     GError     **error)
{
  g_autoptr(CaseloadRoster) roster = NULL;
  g_autoptr(xmlParserCtxt) ctxt = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(GHashTable) contacts = NULL;
  g_autoptr(GHashTable) staff = NULL;
  g_autoptr(GHashTable) roles = NULL;
  g_autoptr(GHashTable) unmapped = NULL;
  g_autoptr(GPtrArray) associations = NULL;
  g_autoptr(GPtrArray) assignments = NULL;
  GHashTableIter iter;
  gpointer key, value;
  guint other_programs = 0;
  const char *bytes;
  gsize len;
  xmlNode *root;
  const xmlNs *ns;

  bytes = g_bytes_get_data (data, &len);
  if (!check_bytes (bytes, len, origin, error))
    return NULL;
  if (len > G_MAXINT)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   _("%s is too large to import"), origin);
      return NULL;
    }

  ctxt = xmlNewParserCtxt ();
  if (ctxt == NULL)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_FAILED, _("Could not read %s"), origin);
      return NULL;
    }
  /* Errors are read back from the context, not printed. */
  xmlSetStructuredErrorFunc (NULL, NULL);
  xmlCtxtUseOptions (ctxt, PARSE_OPTIONS);
  ctxt->sax->error = NULL;
  ctxt->sax->warning = NULL;
  ctxt->sax->serror = NULL;
  ctxt->vctxt.error = NULL;
  ctxt->vctxt.warning = NULL;
  doc = xmlCtxtReadMemory (ctxt, bytes, (int) len, "edfi.xml", "UTF-8", PARSE_OPTIONS);
  if (doc == NULL || !ctxt->wellFormed)
    {
      const xmlError *problem = xmlCtxtGetLastError (ctxt);
      g_autofree char *message = g_strstrip (g_strdup (problem != NULL && problem->message != NULL
                                                       ? problem->message : _("not well-formed XML")));

      g_strdelimit (message, "\n", ' ');
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   /* Translators: file, line number, what the XML parser says */
                   _("%s, line %d: %s. Nothing was imported."), origin,
                   problem != NULL ? problem->line : 0, message);
      return NULL;
    }
  if (doc->intSubset != NULL || doc->extSubset != NULL)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   _("%s has a document type declaration; nothing was imported"), origin);
      return NULL;
    }

  root = xmlDocGetRootElement (doc);
  ns = root != NULL ? root->ns : NULL;
  if (root == NULL || ns == NULL || ns->href == NULL ||
      !g_str_has_prefix ((const char *) ns->href, "http://ed-fi.org/") ||
      !g_str_has_prefix ((const char *) root->name, "Interchange"))
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   _("%s is not an Ed-Fi interchange (its root is not an Interchange… element "
                     "in the namespace http://ed-fi.org/5.2.0)"), origin);
      return NULL;
    }
  if (!g_str_equal ((const char *) ns->href, CASELOAD_EDFI_NAMESPACE))
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   _("%s is written for another Ed-Fi Data Standard (%s); Caseload reads 5.2 (%s)"),
                   origin, (const char *) ns->href, CASELOAD_EDFI_NAMESPACE);
      return NULL;
    }

  roster = caseload_roster_new (origin);
  contacts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  staff = g_hash_table_new (g_str_hash, g_str_equal);
  roles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  unmapped = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, free_gstring);
  associations = g_ptr_array_new ();
  assignments = g_ptr_array_new ();

  for (xmlNode *c = root->children; c != NULL; c = c->next)
    {
      if (c->type != XML_ELEMENT_NODE)
        continue;
      if (is (c, "School"))
        read_school (roster, c);
      else if (is (c, "Staff"))
        read_staff (roster, c, staff);
      else if (is (c, "StaffEducationOrganizationAssignmentAssociation"))
        g_ptr_array_add (assignments, c);
      else if (is (c, "Student"))
        read_student (roster, c);
      else if (is (c, "Contact"))
        read_contact (roster, c, contacts);
      else if (is (c, "StudentContactAssociation"))
        g_ptr_array_add (associations, c);
      else if (is (c, "StudentSpecialEducationProgramAssociation"))
        read_special_education (roster, c, unmapped);
      else if (g_str_has_prefix ((const char *) c->name, "Student") &&
               g_str_has_suffix ((const char *) c->name, "ProgramAssociation"))
        other_programs++;
    }

  for (guint i = 0; i < associations->len; i++)
    read_contact_association (roster, g_ptr_array_index (associations, i), contacts);
  for (guint i = 0; i < assignments->len; i++)
    read_assignment (roster, g_ptr_array_index (assignments, i), roles);
  for (guint i = 0; i < roster->staff->len; i++)
    {
      CaseloadRosterStaff *s = g_ptr_array_index (roster->staff, i);
      const char *role = g_hash_table_lookup (roles, s->key);

      if (role != NULL)
        {
          const char *bar = strchr (role, '|');

          s->role = g_strndup (role, (gsize) (bar - role));
          if (bar[1] != '\0')
            s->school_key = g_strdup (bar + 1);
        }
    }

  g_hash_table_iter_init (&iter, unmapped);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GString *who = value;

      caseload_roster_note (roster, _("Disability “%s” has no IDEA category in Caseload; it was left "
                                      "out for students %s"), (const char *) key, who->str);
    }
  if (other_programs > 0)
    caseload_roster_note (roster,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "%u program association is not special education and was left out",
                                       "%u program associations are not special education and were left out",
                                       other_programs),
                          other_programs);

  return g_steal_pointer (&roster);
}

gboolean
caseload_edfi_import_file (CaseloadStore                *store,
                           const char                   *path,
                           const CaseloadImportOptions  *options,
                           CaseloadImportResult        **result,
                           GError                      **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(CaseloadRoster) roster = NULL;
  goffset max_size = options != NULL && options->max_size > 0 ? options->max_size
                                                              : CASELOAD_XML_DEFAULT_MAX_SIZE;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, error);
  if (info == NULL)
    return FALSE;
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID, _("%s is not a file"), path);
      return FALSE;
    }
  if (g_file_info_get_size (info) > max_size)
    {
      g_autofree char *size = g_format_size ((guint64) g_file_info_get_size (info));
      g_autofree char *limit = g_format_size ((guint64) max_size);

      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   _("%s is too large to import (%s; the limit is %s)"), path, size, limit);
      return FALSE;
    }
  bytes = g_file_load_bytes (file, NULL, NULL, error);
  if (bytes == NULL)
    return FALSE;
  roster = caseload_edfi_parse (bytes, path, error);
  if (roster == NULL)
    return FALSE;
  return caseload_store_apply_roster (store, roster, options, result, error);
}

/* ---- export ------------------------------------------------------------------ */


static void
write_descriptor (xmlTextWriter *w,
                  const char    *element,
                  const char    *kind,
                  const char    *value)
{
  g_autofree char *text = g_strdup_printf ("uri://ed-fi.org/%sDescriptor#%s", kind, value);

  /* DescriptorReferenceType: at most 255 characters. */
  if (strlen (text) > 255)
    text[g_utf8_find_prev_char (text, text + 255) - text] = '\0';
  xmlTextWriterWriteElement (w, BAD_CAST element, BAD_CAST text);
}

static void
write_edorg (xmlTextWriter *w,
             const char    *element,
             const char    *id)
{
  xmlTextWriterStartElement (w, BAD_CAST element);
  xmlTextWriterStartElement (w, BAD_CAST "EducationOrganizationIdentity");
  xmlTextWriterWriteElement (w, BAD_CAST "EducationOrganizationId", BAD_CAST id);
  xmlTextWriterEndElement (w);
  xmlTextWriterEndElement (w);
}

static void
write_staff_reference (xmlTextWriter *w,
                       const char    *key)
{
  xmlTextWriterStartElement (w, BAD_CAST "StaffReference");
  xmlTextWriterStartElement (w, BAD_CAST "StaffIdentity");
  xmlTextWriterWriteElement (w, BAD_CAST "StaffUniqueId", BAD_CAST key);
  xmlTextWriterEndElement (w);
  xmlTextWriterEndElement (w);
}

static gboolean
is_long (const char *text)
{
  if (text == NULL || *text == '\0' || strlen (text) > 18)
    return FALSE;
  for (const char *c = text; *c != '\0'; c++)
    if (!g_ascii_isdigit (*c))
      return FALSE;
  return TRUE;
}

static void
write_program (xmlTextWriter         *w,
               CaseloadRosterProgram *p)
{
  const char *org = is_long (p->school_key) ? p->school_key : "0";
  const char *setting = unmap (settings, G_N_ELEMENTS (settings), p->environment_code);
  const char *begin = p->begin_date != NULL ? p->begin_date : p->review_date;

  xmlTextWriterStartElement (w, BAD_CAST "StudentSpecialEducationProgramAssociation");

  xmlTextWriterStartElement (w, BAD_CAST "StudentReference");
  xmlTextWriterStartElement (w, BAD_CAST "StudentIdentity");
  xmlTextWriterWriteElement (w, BAD_CAST "StudentUniqueId", BAD_CAST p->student_number);
  xmlTextWriterEndElement (w);
  xmlTextWriterEndElement (w);

  xmlTextWriterStartElement (w, BAD_CAST "ProgramReference");
  xmlTextWriterStartElement (w, BAD_CAST "ProgramIdentity");
  write_edorg (w, "EducationOrganizationReference", org);
  xmlTextWriterWriteElement (w, BAD_CAST "ProgramName", BAD_CAST "Special Education");
  write_descriptor (w, "ProgramType", "ProgramType", "Special Education");
  xmlTextWriterEndElement (w);
  xmlTextWriterEndElement (w);

  xmlTextWriterWriteElement (w, BAD_CAST "BeginDate", BAD_CAST begin);
  if (p->exit_date != NULL)
    xmlTextWriterWriteElement (w, BAD_CAST "EndDate", BAD_CAST p->exit_date);
  write_edorg (w, "EducationOrganizationReference", org);

  xmlTextWriterWriteElement (w, BAD_CAST "IdeaEligibility", BAD_CAST "true");
  if (setting != NULL)
    write_descriptor (w, "SpecialEducationSetting", "SpecialEducationSetting", setting);
  if (p->last_evaluation != NULL)
    xmlTextWriterWriteElement (w, BAD_CAST "LastEvaluationDate", BAD_CAST p->last_evaluation);
  if (p->review_date != NULL)
    xmlTextWriterWriteElement (w, BAD_CAST "IEPReviewDate", BAD_CAST p->review_date);
  if (p->begin_date != NULL)
    xmlTextWriterWriteElement (w, BAD_CAST "IEPBeginDate", BAD_CAST p->begin_date);
  if (p->end_date != NULL)
    xmlTextWriterWriteElement (w, BAD_CAST "IEPEndDate", BAD_CAST p->end_date);

  for (guint i = 0; i < p->disabilities->len; i++)
    {
      const char *name = unmap (disabilities_out, G_N_ELEMENTS (disabilities_out),
                                g_ptr_array_index (p->disabilities, i));
      g_autofree char *order = g_strdup_printf ("%u", i + 1);

      if (name == NULL)
        continue;
      xmlTextWriterStartElement (w, BAD_CAST "Disability");
      write_descriptor (w, "Disability", "Disability", name);
      xmlTextWriterWriteElement (w, BAD_CAST "OrderOfDisability", BAD_CAST order);
      xmlTextWriterEndElement (w);
    }

  for (guint i = 0; i < p->services->len; i++)
    {
      CaseloadRosterService *s = g_ptr_array_index (p->services, i);

      xmlTextWriterStartElement (w, BAD_CAST "SpecialEducationProgramService");
      write_descriptor (w, "SpecialEducationProgramService", "SpecialEducationProgramService", s->name);
      if (s->start_date != NULL)
        xmlTextWriterWriteElement (w, BAD_CAST "ServiceBeginDate", BAD_CAST s->start_date);
      if (s->end_date != NULL)
        xmlTextWriterWriteElement (w, BAD_CAST "ServiceEndDate", BAD_CAST s->end_date);
      if (s->provider_key != NULL)
        {
          xmlTextWriterStartElement (w, BAD_CAST "ServiceProvider");
          write_staff_reference (w, s->provider_key);
          xmlTextWriterWriteElement (w, BAD_CAST "PrimaryProvider", BAD_CAST "true");
          xmlTextWriterEndElement (w);
        }
      xmlTextWriterEndElement (w);
    }

  if (p->exit_date != NULL)
    {
      g_autofree char *reason = g_strdup (p->exit_reason != NULL ? p->exit_reason : "");
      static const char * const known[] = {
        "Transferred out", "Graduated with Diploma", "Graduated with Certificate",
        "Reached the age limit", "No longer eligible for Special Education", "Dropped out",
      };
      const char *code = "Other";

      for (gsize i = 0; i < G_N_ELEMENTS (known); i++)
        if (g_str_has_prefix (reason, known[i]))
          code = known[i];
      xmlTextWriterWriteElement (w, BAD_CAST "SpecialEducationExitDate", BAD_CAST p->exit_date);
      write_descriptor (w, "SpecialEducationExitReason", "SpecialEducationExitReason", code);
      /* "Transferred out: to another district" was read from a reason and
       * its explanation: write them apart again. */
      if (g_str_has_prefix (reason, code) && strncmp (reason + strlen (code), ": ", 2) == 0)
        memmove (reason, reason + strlen (code) + 2, strlen (reason + strlen (code) + 2) + 1);
      else if (g_str_equal (reason, code))
        *reason = '\0';
      if (*reason != '\0')
        {
          /* SpecialEducationExitExplained: at most 1024 characters. */
          if (g_utf8_strlen (reason, -1) > 1024)
            *g_utf8_offset_to_pointer (reason, 1024) = '\0';
          xmlTextWriterWriteElement (w, BAD_CAST "SpecialEducationExitExplained", BAD_CAST reason);
        }
    }

  xmlTextWriterEndElement (w);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlBuffer, xmlBufferFree)

gboolean
caseload_edfi_export_file (CaseloadStore  *store,
                           gint64          student_id,
                           const char     *path,
                           GError        **error)
{
  g_autoptr(GPtrArray) programs = NULL;
  g_autoptr(xmlBuffer) buffer = NULL;
  xmlTextWriter *w;
  int rc = 0;

  g_return_val_if_fail (CASELOAD_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  programs = caseload_store_edfi_programs (store, student_id, error);
  if (programs == NULL)
    return FALSE;
  if (programs->len == 0)
    {
      /* The interchange needs at least one association. */
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   student_id != 0 ? _("The student has no IEP with a begin or meeting date to export")
                                   : _("No student has an IEP with a begin or meeting date to export"));
      return FALSE;
    }

  buffer = xmlBufferCreate ();
  w = xmlNewTextWriterMemory (buffer, 0);
  xmlTextWriterSetIndent (w, 1);
  xmlTextWriterSetIndentString (w, BAD_CAST "  ");
  rc |= xmlTextWriterStartDocument (w, "1.0", "UTF-8", NULL);
  rc |= xmlTextWriterStartElementNS (w, NULL, BAD_CAST "InterchangeStudentProgram",
                                     BAD_CAST CASELOAD_EDFI_NAMESPACE);
  for (guint i = 0; i < programs->len; i++)
    write_program (w, g_ptr_array_index (programs, i));
  rc |= xmlTextWriterEndElement (w);
  rc |= xmlTextWriterEndDocument (w);
  xmlFreeTextWriter (w);
  if (rc < 0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_FAILED, _("Could not write %s"), path);
      return FALSE;
    }

  return g_file_set_contents_full (path, (const char *) xmlBufferContent (buffer),
                                   xmlBufferLength (buffer),
                                   G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}
