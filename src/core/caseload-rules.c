/* caseload-rules.c: the district's deadline rules (DOMAIN.md). */
#define G_LOG_DOMAIN "caseload-rules"

#include "config.h"

#include "caseload-rules.h"

#include "caseload-date.h"

#include <math.h>
#include <stddef.h>
#include <string.h>

#include <glib/gi18n-lib.h>

static const struct
{
  const char *key;
  const char *label;
} kinds[CASELOAD_N_DEADLINE_KINDS] = {
  [CASELOAD_DEADLINE_INITIAL_EVALUATION] = { "initial-evaluation", N_("Initial evaluation") },
  [CASELOAD_DEADLINE_FIRST_IEP]          = { "first-iep",          N_("First IEP") },
  [CASELOAD_DEADLINE_ANNUAL_REVIEW]      = { "annual-review",      N_("Annual review") },
  [CASELOAD_DEADLINE_REEVALUATION]       = { "reevaluation",       N_("Reevaluation") },
  [CASELOAD_DEADLINE_IEP_AT_YEAR_START]  = { "iep-at-year-start",  N_("IEP in effect at year start") },
  [CASELOAD_DEADLINE_TRANSITION_PLAN]    = { "transition-plan",    N_("Transition plan") },
  [CASELOAD_DEADLINE_RIGHTS_TRANSFER]    = { "rights-transfer",    N_("Rights transfer statement") },
};

/* The rule_setting keys (seed-001.sql) and the fields they set. */
static const struct
{
  const char *key;
  gsize       offset;
} setting_fields[] = {
  { "initial-evaluation-days", G_STRUCT_OFFSET (CaseloadRuleSettings, initial_evaluation_days) },
  { "first-iep-days",          G_STRUCT_OFFSET (CaseloadRuleSettings, first_iep_days) },
  { "annual-review-months",    G_STRUCT_OFFSET (CaseloadRuleSettings, annual_review_months) },
  { "due-soon-days",           G_STRUCT_OFFSET (CaseloadRuleSettings, due_soon_days) },
  { "reevaluation-years",      G_STRUCT_OFFSET (CaseloadRuleSettings, reevaluation_years) },
  { "transition-age",          G_STRUCT_OFFSET (CaseloadRuleSettings, transition_age) },
  { "majority-age",            G_STRUCT_OFFSET (CaseloadRuleSettings, majority_age) },
  { "notice-days",             G_STRUCT_OFFSET (CaseloadRuleSettings, notice_days) },
  { "parent-attempts",         G_STRUCT_OFFSET (CaseloadRuleSettings, parent_attempts) },
  { "parent-attempt-methods",  G_STRUCT_OFFSET (CaseloadRuleSettings, parent_attempt_methods) },
  { "reports-per-year",        G_STRUCT_OFFSET (CaseloadRuleSettings, reports_per_year) },
};

void
caseload_rule_settings_init_defaults (CaseloadRuleSettings *settings)
{
  g_return_if_fail (settings != NULL);

  /* The defaults of DOMAIN.md, also seeded into rule_setting. */
  settings->initial_evaluation_days = 60;
  settings->first_iep_days = 30;
  settings->annual_review_months = 12;
  settings->due_soon_days = 30;
  settings->reevaluation_years = 3;
  settings->transition_age = 16;
  settings->majority_age = 18;
  settings->notice_days = 5;
  settings->parent_attempts = 3;
  settings->parent_attempt_methods = 2;
  settings->reports_per_year = 4;
}

gboolean
caseload_rule_settings_set (CaseloadRuleSettings *settings,
                            const char           *key,
                            int                   value)
{
  g_return_val_if_fail (settings != NULL, FALSE);

  if (key == NULL)
    return FALSE;

  for (gsize i = 0; i < G_N_ELEMENTS (setting_fields); i++)
    {
      if (strcmp (setting_fields[i].key, key) == 0)
        {
          G_STRUCT_MEMBER (int, settings, setting_fields[i].offset) = value;
          return TRUE;
        }
    }

  return FALSE;
}

void
caseload_deadline_facts_init (CaseloadDeadlineFacts *facts)
{
  g_return_if_fail (facts != NULL);

  memset (facts, 0, sizeof *facts);
  g_date_clear (&facts->birth_date, 1);
  g_date_clear (&facts->initial_consent_date, 1);
  g_date_clear (&facts->eligibility_date, 1);
  g_date_clear (&facts->last_evaluation_date, 1);
  g_date_clear (&facts->iep_meeting_date, 1);
  g_date_clear (&facts->iep_start_date, 1);
  g_date_clear (&facts->iep_end_date, 1);
  g_date_clear (&facts->next_school_year_start, 1);
}

static gboolean
has_date (const GDate *date)
{
  return g_date_valid (date);
}

static void
add_item (GArray               *items,
          CaseloadDeadlineKind  kind,
          const GDate          *due,
          const GDate          *as_of)
{
  CaseloadDeadlineItem item;

  item.kind = kind;
  item.due = *due;
  item.days_left = caseload_date_days_between (as_of, due);
  g_array_append_val (items, item);
}

static guint
non_negative (int value)
{
  return value > 0 ? (guint) value : 0;
}

/* A plan or statement required in every IEP whose end date is on or after
 * the day the student turns @age: the IEP in effect needed it already (due
 * on its start), or the next annual IEP will (due at the annual review). */
static gboolean
age_requirement_due (const CaseloadRuleSettings  *settings,
                     const CaseloadDeadlineFacts *facts,
                     int                          age,
                     const GDate                 *annual_due,
                     const GDate                 *as_of,
                     GDate                       *due)
{
  GDate birthday;

  if (!has_date (&facts->birth_date) || !facts->has_iep)
    return FALSE;

  caseload_date_birthday (&facts->birth_date, non_negative (age), &birthday);

  if (has_date (&facts->iep_end_date)
      && g_date_compare (&facts->iep_end_date, &birthday) >= 0)
    {
      if (has_date (&facts->iep_start_date))
        *due = facts->iep_start_date;
      else if (has_date (&facts->iep_meeting_date))
        *due = facts->iep_meeting_date;
      else
        *due = *as_of;
      return TRUE;
    }

  if (has_date (annual_due))
    {
      GDate next_end = *annual_due;

      caseload_date_add_months (&next_end, non_negative (settings->annual_review_months));
      if (g_date_compare (&next_end, &birthday) >= 0)
        {
          *due = *annual_due;
          return TRUE;
        }
    }

  return FALSE;
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const CaseloadDeadlineItem *ia = a;
  const CaseloadDeadlineItem *ib = b;
  int cmp = g_date_compare (&ia->due, &ib->due);

  if (cmp != 0)
    return cmp;

  return (int) ia->kind - (int) ib->kind;
}

GArray *
caseload_rules_compute_deadlines (const CaseloadRuleSettings  *settings,
                                  const CaseloadDeadlineFacts *facts,
                                  const GDate                 *as_of)
{
  g_autoptr(GArray) items = NULL;
  GDate annual_due;
  GDate due;

  g_return_val_if_fail (settings != NULL, NULL);
  g_return_val_if_fail (facts != NULL, NULL);
  g_return_val_if_fail (as_of != NULL && g_date_valid (as_of), NULL);

  items = g_array_new (FALSE, FALSE, sizeof (CaseloadDeadlineItem));
  g_date_clear (&annual_due, 1);

  /* Initial evaluation: within N calendar days of parental consent. */
  if (has_date (&facts->initial_consent_date))
    {
      due = facts->initial_consent_date;
      g_date_add_days (&due, non_negative (settings->initial_evaluation_days));
      add_item (items, CASELOAD_DEADLINE_INITIAL_EVALUATION, &due, as_of);
    }

  /* First IEP meeting: within N days of the eligibility determination. */
  if (has_date (&facts->eligibility_date) && !facts->has_iep)
    {
      due = facts->eligibility_date;
      g_date_add_days (&due, non_negative (settings->first_iep_days));
      add_item (items, CASELOAD_DEADLINE_FIRST_IEP, &due, as_of);
    }

  /* Annual review: the anniversary of the last IEP meeting. */
  if (facts->has_iep && has_date (&facts->iep_meeting_date))
    {
      annual_due = facts->iep_meeting_date;
      caseload_date_add_months (&annual_due, non_negative (settings->annual_review_months));
      add_item (items, CASELOAD_DEADLINE_ANNUAL_REVIEW, &annual_due, as_of);
    }

  /* Reevaluation: every N years from the last evaluation, unless waived. */
  if (has_date (&facts->last_evaluation_date)
      && !facts->reevaluation_waived
      && (facts->has_iep || has_date (&facts->eligibility_date)))
    {
      due = facts->last_evaluation_date;
      caseload_date_add_years (&due, non_negative (settings->reevaluation_years));
      add_item (items, CASELOAD_DEADLINE_REEVALUATION, &due, as_of);
    }

  /* An IEP must be in effect on the first day of the school year. */
  if (facts->has_iep
      && has_date (&facts->next_school_year_start)
      && has_date (&facts->iep_end_date)
      && g_date_compare (&facts->iep_end_date, &facts->next_school_year_start) < 0)
    add_item (items, CASELOAD_DEADLINE_IEP_AT_YEAR_START, &facts->next_school_year_start, as_of);

  if (!facts->iep_has_transition_plan
      && age_requirement_due (settings, facts, settings->transition_age,
                              &annual_due, as_of, &due))
    add_item (items, CASELOAD_DEADLINE_TRANSITION_PLAN, &due, as_of);

  if (!facts->iep_has_rights_transfer
      && age_requirement_due (settings, facts, settings->majority_age - 1,
                              &annual_due, as_of, &due))
    add_item (items, CASELOAD_DEADLINE_RIGHTS_TRANSFER, &due, as_of);

  g_array_sort (items, compare_items);

  return g_steal_pointer (&items);
}

CaseloadDeadlineStatus
caseload_rules_status_for_days (const CaseloadRuleSettings *settings,
                                int                         days_left)
{
  g_return_val_if_fail (settings != NULL, CASELOAD_DEADLINE_STATUS_LATER);

  if (days_left < 0)
    return CASELOAD_DEADLINE_STATUS_OVERDUE;
  if (days_left <= settings->due_soon_days)
    return CASELOAD_DEADLINE_STATUS_DUE_SOON;
  return CASELOAD_DEADLINE_STATUS_LATER;
}

const char *
caseload_deadline_kind_to_key (CaseloadDeadlineKind kind)
{
  g_return_val_if_fail ((guint) kind < CASELOAD_N_DEADLINE_KINDS, NULL);

  return kinds[kind].key;
}

gboolean
caseload_deadline_kind_from_key (const char           *key,
                                 CaseloadDeadlineKind *kind)
{
  if (key == NULL)
    return FALSE;

  for (guint i = 0; i < CASELOAD_N_DEADLINE_KINDS; i++)
    {
      if (strcmp (kinds[i].key, key) == 0)
        {
          if (kind != NULL)
            *kind = (CaseloadDeadlineKind) i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
caseload_deadline_kind_to_label (CaseloadDeadlineKind kind)
{
  g_return_val_if_fail ((guint) kind < CASELOAD_N_DEADLINE_KINDS, NULL);

  return _(kinds[kind].label);
}

char *
caseload_deadline_describe_status (const CaseloadRuleSettings *settings,
                                   const GDate                *due,
                                   int                         days_left)
{
  g_autofree char *date_text = NULL;

  g_return_val_if_fail (settings != NULL, NULL);

  switch (caseload_rules_status_for_days (settings, days_left))
    {
    case CASELOAD_DEADLINE_STATUS_OVERDUE:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Overdue by %d day",
                                           "Overdue by %d days",
                                           (gulong) -days_left),
                              -days_left);

    case CASELOAD_DEADLINE_STATUS_DUE_SOON:
      if (days_left == 0)
        return g_strdup (_("Due today"));
      if (days_left == 1)
        return g_strdup (_("Due tomorrow"));
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Due in %d day",
                                           "Due in %d days",
                                           (gulong) days_left),
                              days_left);

    case CASELOAD_DEADLINE_STATUS_LATER:
    default:
      date_text = caseload_date_to_display (due);
      /* Translators: %s is a date written the locale's way. */
      return g_strdup_printf (_("Due %s"), date_text);
    }
}

/* The federal environment codes (EDFacts), as seed-001.sql lists them. */
static const struct
{
  const char *code;
  const char *name;
} environment_names[] = {
  /* xgettext:no-c-format */
  { "RC80", N_("Inside the regular class 80% or more of the day") },
  /* xgettext:no-c-format */
  { "RC79TO40", N_("Inside the regular class 40% to 79% of the day") },
  /* xgettext:no-c-format */
  { "RC39", N_("Inside the regular class less than 40% of the day") },
  { "SS", N_("Separate school") },
  { "RF", N_("Residential facility") },
  { "HH", N_("Homebound/hospital") },
  { "CF", N_("Correctional facility") },
  { "PPPS", N_("Parentally placed in private school") },
  { "REC10YSVCS", N_("Regular early childhood program at least 10 hours a week, services there") },
  { "REC10YOTHLOC", N_("Regular early childhood program at least 10 hours a week, services elsewhere") },
  { "REC09YSVCS", N_("Regular early childhood program under 10 hours a week, services there") },
  { "REC09YOTHLOC", N_("Regular early childhood program under 10 hours a week, services elsewhere") },
  { "SC", N_("Separate special-education class") },
  { "H", N_("Home") },
  { "SPL", N_("Service provider location") },
};

const char *
caseload_rules_environment_name (const char *code)
{
  for (gsize i = 0; code != NULL && i < G_N_ELEMENTS (environment_names); i++)
    if (g_str_equal (code, environment_names[i].code))
      return environment_names[i].name;
  return NULL;
}

const char *
caseload_rules_environment_code (double percent_regular_class)
{
  if (isnan (percent_regular_class)
      || percent_regular_class < 0.0
      || percent_regular_class > 100.0)
    return NULL;

  if (percent_regular_class >= 80.0)
    return "RC80";
  if (percent_regular_class >= 40.0)
    return "RC79TO40";
  return "RC39";
}
