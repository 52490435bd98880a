/* test-rules.c: the deadline rules of DOMAIN.md on hand-worked dates.
 * Every expected date is written out literally; none is computed here. */
#define G_LOG_DOMAIN "caseload-test-rules"

#include "config.h"

#include "caseload-date.h"
#include "caseload-rules.h"

#include <math.h>
#include <string.h>

#include <glib.h>

static GDate
iso (const char *text)
{
  GDate date;

  g_date_clear (&date, 1);
  g_assert_true (caseload_date_parse_iso (text, &date));
  return date;
}

static GArray *
compute (const CaseloadRuleSettings  *settings,
         const CaseloadDeadlineFacts *facts,
         const char                  *as_of_text)
{
  GDate as_of = iso (as_of_text);
  GArray *items = caseload_rules_compute_deadlines (settings, facts, &as_of);

  g_assert_nonnull (items);
  return items;
}

static const CaseloadDeadlineItem *
find_kind (GArray               *items,
           CaseloadDeadlineKind  kind)
{
  for (guint i = 0; i < items->len; i++)
    {
      const CaseloadDeadlineItem *item = &g_array_index (items, CaseloadDeadlineItem, i);

      if (item->kind == kind)
        return item;
    }

  return NULL;
}

static void
assert_due (GArray               *items,
            CaseloadDeadlineKind  kind,
            const char           *expected_due,
            int                   expected_days_left)
{
  const CaseloadDeadlineItem *item = find_kind (items, kind);
  g_autofree char *text = NULL;

  g_assert_nonnull (item);
  text = caseload_date_to_iso (&item->due);
  g_assert_cmpstr (text, ==, expected_due);
  g_assert_cmpint (item->days_left, ==, expected_days_left);
}

static void
assert_absent (GArray               *items,
               CaseloadDeadlineKind  kind)
{
  g_assert_null (find_kind (items, kind));
}

/* A student with an IEP: meeting 2025-09-25, in effect 2025-09-26 to
 * 2026-09-24, so the annual review is due 2026-09-25. */
static void
facts_with_iep (CaseloadDeadlineFacts *facts)
{
  caseload_deadline_facts_init (facts);
  facts->student_id = 7;
  facts->has_iep = TRUE;
  facts->iep_meeting_date = iso ("2025-09-25");
  facts->iep_start_date = iso ("2025-09-26");
  facts->iep_end_date = iso ("2026-09-24");
}

static void
test_facts_init (void)
{
  CaseloadRuleSettings settings;
  CaseloadDeadlineFacts facts;
  g_autoptr(GArray) items = NULL;

  caseload_rule_settings_init_defaults (&settings);
  memset (&facts, 0xAB, sizeof facts);
  caseload_deadline_facts_init (&facts);

  g_assert_false (g_date_valid (&facts.birth_date));
  g_assert_false (g_date_valid (&facts.initial_consent_date));
  g_assert_false (g_date_valid (&facts.eligibility_date));
  g_assert_false (g_date_valid (&facts.last_evaluation_date));
  g_assert_false (g_date_valid (&facts.iep_meeting_date));
  g_assert_false (g_date_valid (&facts.iep_start_date));
  g_assert_false (g_date_valid (&facts.iep_end_date));
  g_assert_false (g_date_valid (&facts.next_school_year_start));
  g_assert_false (facts.has_iep);
  g_assert_false (facts.reevaluation_waived);
  g_assert_false (facts.iep_has_transition_plan);
  g_assert_false (facts.iep_has_rights_transfer);

  /* Nothing known: nothing due. */
  items = compute (&settings, &facts, "2026-02-01");
  g_assert_cmpuint (items->len, ==, 0);
}

static void
test_settings_defaults_and_set (void)
{
  CaseloadRuleSettings settings;
  CaseloadRuleSettings before;
  static const struct
  {
    const char *key;
    int         default_value;
  } keys[] = {
    { "initial-evaluation-days", 60 },
    { "first-iep-days", 30 },
    { "annual-review-months", 12 },
    { "due-soon-days", 30 },
    { "reevaluation-years", 3 },
    { "transition-age", 16 },
    { "majority-age", 18 },
    { "notice-days", 5 },
    { "parent-attempts", 3 },
    { "parent-attempt-methods", 2 },
    { "reports-per-year", 4 },
  };

  caseload_rule_settings_init_defaults (&settings);
  g_assert_cmpint (settings.initial_evaluation_days, ==, 60);
  g_assert_cmpint (settings.first_iep_days, ==, 30);
  g_assert_cmpint (settings.annual_review_months, ==, 12);
  g_assert_cmpint (settings.due_soon_days, ==, 30);
  g_assert_cmpint (settings.reevaluation_years, ==, 3);
  g_assert_cmpint (settings.transition_age, ==, 16);
  g_assert_cmpint (settings.majority_age, ==, 18);
  g_assert_cmpint (settings.notice_days, ==, 5);
  g_assert_cmpint (settings.parent_attempts, ==, 3);
  g_assert_cmpint (settings.parent_attempt_methods, ==, 2);
  g_assert_cmpint (settings.reports_per_year, ==, 4);

  /* Unknown keys are refused and change nothing. */
  before = settings;
  g_assert_false (caseload_rule_settings_set (&settings, "initial-evaluation", 1));
  g_assert_false (caseload_rule_settings_set (&settings, "transition_age", 1));
  g_assert_false (caseload_rule_settings_set (&settings, "", 1));
  g_assert_false (caseload_rule_settings_set (&settings, NULL, 1));
  g_assert_true (memcmp (&before, &settings, sizeof settings) == 0);

  /* Every seeded key sets exactly its own field. */
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_assert_true (caseload_rule_settings_set (&settings, keys[i].key, 1000 + (int) i));
    }
  g_assert_cmpint (settings.initial_evaluation_days, ==, 1000);
  g_assert_cmpint (settings.first_iep_days, ==, 1001);
  g_assert_cmpint (settings.annual_review_months, ==, 1002);
  g_assert_cmpint (settings.due_soon_days, ==, 1003);
  g_assert_cmpint (settings.reevaluation_years, ==, 1004);
  g_assert_cmpint (settings.transition_age, ==, 1005);
  g_assert_cmpint (settings.majority_age, ==, 1006);
  g_assert_cmpint (settings.notice_days, ==, 1007);
  g_assert_cmpint (settings.parent_attempts, ==, 1008);
  g_assert_cmpint (settings.parent_attempt_methods, ==, 1009);
  g_assert_cmpint (settings.reports_per_year, ==, 1010);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_assert_true (caseload_rule_settings_set (&settings, keys[i].key, keys[i].default_value));
  g_assert_true (memcmp (&before, &settings, sizeof settings) == 0);
}

static void
test_annual_review_feb_29 (void)
{
  CaseloadRuleSettings settings;
  CaseloadDeadlineFacts facts;
  g_autoptr(GArray) items = NULL;

  caseload_rule_settings_init_defaults (&settings);
  caseload_deadline_facts_init (&facts);
  facts.has_iep = TRUE;
  facts.iep_meeting_date = iso ("2024-02-29");

  /* 2025 is not a leap year: due Feb 28; Feb 1 → Feb 28 is 27 days. */
  items = compute (&settings, &facts, "2025-02-01");
  g_assert_cmpuint (items->len, ==, 1);
  assert_due (items, CASELOAD_DEADLINE_ANNUAL_REVIEW, "2025-02-28", 27);
  g_assert_cmpint (caseload_rules_status_for_days (&settings, 27), ==,
                   CASELOAD_DEADLINE_STATUS_DUE_SOON);
}

static void
test_annual_review_requires_iep (void)
{
  CaseloadRuleSettings settings;
  CaseloadDeadlineFacts facts;
  g_autoptr(GArray) items = NULL;

  caseload_rule_settings_init_defaults (&settings);
  caseload_deadline_facts_init (&facts);
  facts.has_iep = FALSE;
  facts.iep_meeting_date = iso ("2025-03-10");

  items = compute (&settings, &facts, "2026-03-01");
  assert_absent (items, CASELOAD_DEADLINE_ANNUAL_REVIEW);
}

static void
test_due_on_as_of_date (void)
{
  CaseloadRuleSettings settings;
  CaseloadDeadlineFacts facts;
  g_autoptr(GArray) items = NULL;
  g_autofree char *words = NULL;
  const CaseloadDeadlineItem *item;

  caseload_rule_settings_init_defaults (&settings);
  caseload_deadline_facts_init (&facts);
  facts.has_iep = TRUE;
  facts.iep_meeting_date = iso ("2025-03-10");

  items = compute (&settings, &facts, "2026-03-10");
  assert_due (items, CASELOAD_DEADLINE_ANNUAL_REVIEW, "2026-03-10", 0);
  item = find_kind (items, CASELOAD_DEADLINE_ANNUAL_REVIEW);
  g_assert_cmpint (caseload_rules_status_for_days (&settings, item->days_left), ==,
                   CASELOAD_DEADLINE_STATUS_DUE_SOON);
  words = caseload_deadline_describe_status (&settings, &item->due, item->days_left);
  g_assert_cmpstr (words, ==, "Due today");
}

static void
test_overdue_by_one_day (void)
{
  CaseloadRuleSettings settings;
  CaseloadDeadlineFacts facts;
  g_autoptr(GArray) items = NULL;
  g_autofree char *words = NULL;
  const CaseloadDeadlineItem *item;

  caseload_rule_settings_init_defaults (&settings);
  caseload_deadline_facts_init (&facts);
  facts.has_iep = TRUE;
  facts.iep_meeting_date = iso ("2025-03-10");

  items = compute (&settings, &facts, "2026-03-11");
  assert_due (items, CASELOAD_DEADLINE_ANNUAL_REVIEW, "2026-03-10", -1);
  item = find_kind (items, CASELOAD_DEADLINE_ANNUAL_REVIEW);
  g_assert_cmpint (caseload_rules_status_for_days (&settings, item->days_left), ==,
                   CASELOAD_DEADLINE_STATUS_OVERDUE);
  words = caseload_deadline_describe_status (&settings, &item->due, item->days_left);
  g_assert_cmpstr (words, ==, "Overdue by 1 day");
}

static void
test_describe_status (void)
{
  CaseloadRuleSettings settings;
  GDate due = iso ("2026-03-10");
  char *words;

  caseload_rule_settings_init_defaults (&settings);

  words = caseload_deadline_describe_status (&settings, &due, -3);
  g_assert_cmpstr (words, ==, "Overdue by 3 days");
  g_free (words);

  words = caseload_deadline_describe_status (&settings, &due, 1);
  g_assert_cmpstr (words, ==, "Due tomorrow");
  g_free (words);

  words = caseload_deadline_describe_status (&settings, &due, 12);
  g_assert_cmpstr (words, ==, "Due in 12 days");
  g_free (words);

  /* The last day of "due soon" (30 by default), then a date (C locale %x). */
  words = caseload_deadline_describe_status (&settings, &due, 30);
  g_assert_cmpstr (words, ==, "Due in 30 days");
  g_free (words);

  words = caseload_deadline_describe_status (&settings, &due, 31);
  g_assert_cmpstr (words, ==, "Due 03/10/26");
  g_free (words);

  /* A district that calls a week "soon". */
  g_assert_true (caseload_rule_settings_set (&settings, "due-soon-days", 7));
  words = caseload_deadline_describe_status (&settings, &due, 12);
  g_assert_cmpstr (words, ==, "Due 03/10/26");
  g_free (words);
  words = caseload_deadline_describe_status (&settings, &due, 2);
  g_assert_cmpstr (words, ==, "Due in 2 days");
  g_free (words);
}

static void
test_status_for_days (void)
{
  CaseloadRuleSettings settings;

  caseload_rule_settings_init_defaults (&settings);
  g_assert_cmpint (caseload_rules_status_for_days (&settings, -1), ==, CASELOAD_DEADLINE_STATUS_OVERDUE);
  g_assert_cmpint (caseload_rules_status_for_days (&settings, -400), ==, CASELOAD_DEADLINE_STATUS_OVERDUE);
  g_assert_cmpint (caseload_rules_status_for_days (&settings, 0), ==, CASELOAD_DEADLINE_STATUS_DUE_SOON);
  g_assert_cmpint (caseload_rules_status_for_days (&settings, 30), ==, CASELOAD_DEADLINE_STATUS_DUE_SOON);
  g_assert_cmpint (caseload_rules_status_for_days (&settings, 31), ==, CASELOAD_DEADLINE_STATUS_LATER);
}

static void
test_initial_evaluation (void)
{
  CaseloadRuleSettings settings;
  CaseloadDeadlineFacts facts;
  g_autoptr(GArray) items = NULL;
  g_autoptr(GArray) items2 = NULL;
  g_autoptr(GArray) items3 = NULL;

  caseload_rule_settings_init_defaults (&settings);
  caseload_deadline_facts_init (&facts);

  /* Dec 15 + 16 = Dec 31, + 31 = Jan 31 (47), + 13 = Feb 13 (60).
   * From Jan 5: 26 days to Jan 31, + 13 = 39. */
  facts.initial_consent_date = iso ("2025-12-15");
  items = compute (&settings, &facts, "2026-01-05");
  g_assert_cmpuint (items->len, ==, 1);
  assert_due (items, CASELOAD_DEADLINE_INITIAL_EVALUATION, "2026-02-13", 39);

  /* Mar 10 + 21 = Mar 31, + 30 = Apr 30 (51), + 9 = May 9 (60). */
  facts.initial_consent_date = iso ("2026-03-10");
  items2 = compute (&settings, &facts, "2026-03-10");
  assert_due (items2, CASELOAD_DEADLINE_INITIAL_EVALUATION, "2026-05-09", 60);

  /* A 45-day state: Mar 10 + 21 = Mar 31, + 24 = Apr 24. */
  g_assert_true (caseload_rule_settings_set (&settings, "initial-evaluation-days", 45));
  items3 = compute (&settings, &facts, "2026-03-10");
  assert_due (items3, CASELOAD_DEADLINE_INITIAL_EVALUATION, "2026-04-24", 45);
}

static void
test_first_iep (void)
{
  CaseloadRuleSettings settings;
  CaseloadDeadlineFacts facts;
  g_autoptr(GArray) items = NULL;
  g_autoptr(GArray) with_iep = NULL;

  caseload_rule_settings_init_defaults (&settings);
  caseload_deadline_facts_init (&facts);

  /* Jan 20 + 11 = Jan 31, + 19 = Feb 19 (30). From Feb 1: 18 days. */
  facts.eligibility_date = iso ("2026-01-20");
  items = compute (&settings, &facts, "2026-02-01");
  g_assert_cmpuint (items->len, ==, 1);
  assert_due (items, CASELOAD_DEADLINE_FIRST_IEP, "2026-02-19", 18);

  /* Once an IEP is in effect the first-IEP deadline is gone. */
  facts.has_iep = TRUE;
  with_iep = compute (&settings, &facts, "2026-02-01");
  assert_absent (with_iep, CASELOAD_DEADLINE_FIRST_IEP);
}

static void
test_reevaluation (void)
{
  CaseloadRuleSettings settings;
  CaseloadDeadlineFacts facts;
  g_autoptr(GArray) items = NULL;
  g_autoptr(GArray) waived = NULL;
  g_autoptr(GArray) not_eligible = NULL;
  g_autoptr(GArray) eligible_no_iep = NULL;
  g_autoptr(GArray) leap = NULL;

  caseload_rule_settings_init_defaults (&settings);
  caseload_deadline_facts_init (&facts);
  facts.has_iep = TRUE;
  facts.last_evaluation_date = iso ("2023-10-17");

  items = compute (&settings, &facts, "2026-10-07");
  g_assert_cmpuint (items->len, ==, 1);
  assert_due (items, CASELOAD_DEADLINE_REEVALUATION, "2026-10-17", 10);

  /* Parent and district agreed in writing that it is not needed. */
  facts.reevaluation_waived = TRUE;
  waived = compute (&settings, &facts, "2026-10-07");
  assert_absent (waived, CASELOAD_DEADLINE_REEVALUATION);

  /* Evaluated but not eligible (no IEP, no eligibility): nothing. */
  facts.reevaluation_waived = FALSE;
  facts.has_iep = FALSE;
  not_eligible = compute (&settings, &facts, "2026-10-07");
  assert_absent (not_eligible, CASELOAD_DEADLINE_REEVALUATION);

  /* Eligible, first IEP still pending: the clock runs. */
  facts.eligibility_date = iso ("2023-10-30");
  eligible_no_iep = compute (&settings, &facts, "2026-10-07");
  assert_due (eligible_no_iep, CASELOAD_DEADLINE_REEVALUATION, "2026-10-17", 10);

  /* Evaluated Feb 29: due Feb 28 three years later. */
  facts.last_evaluation_date = iso ("2024-02-29");
  leap = compute (&settings, &facts, "2027-02-28");
  assert_due (leap, CASELOAD_DEADLINE_REEVALUATION, "2027-02-28", 0);
}

static void
test_year_start (void)
{
  CaseloadRuleSettings settings;
  CaseloadDeadlineFacts facts;
  g_autoptr(GArray) ends_before = NULL;
  g_autoptr(GArray) ends_on = NULL;
  g_autoptr(GArray) day_before = NULL;
  g_autoptr(GArray) no_end = NULL;

  caseload_rule_settings_init_defaults (&settings);
  caseload_deadline_facts_init (&facts);
  facts.has_iep = TRUE;
  facts.next_school_year_start = iso ("2026-08-24");

  /* The IEP ends in June: a new one must be in effect on Aug 24.
   * Aug 1 → Aug 24 is 23 days. */
  facts.iep_end_date = iso ("2026-06-15");
  ends_before = compute (&settings, &facts, "2026-08-01");
  g_assert_cmpuint (ends_before->len, ==, 1);
  assert_due (ends_before, CASELOAD_DEADLINE_IEP_AT_YEAR_START, "2026-08-24", 23);

  /* Still in effect on the first day. */
  facts.iep_end_date = iso ("2026-08-24");
  ends_on = compute (&settings, &facts, "2026-08-01");
  assert_absent (ends_on, CASELOAD_DEADLINE_IEP_AT_YEAR_START);

  facts.iep_end_date = iso ("2026-08-23");
  day_before = compute (&settings, &facts, "2026-08-01");
  assert_due (day_before, CASELOAD_DEADLINE_IEP_AT_YEAR_START, "2026-08-24", 23);

  /* No end date known: the rule cannot tell, so it stays quiet. */
  g_date_clear (&facts.iep_end_date, 1);
  no_end = compute (&settings, &facts, "2026-08-01");
  assert_absent (no_end, CASELOAD_DEADLINE_IEP_AT_YEAR_START);
}

static void
test_transition_plan_current_iep (void)
{
  CaseloadRuleSettings settings;
  CaseloadDeadlineFacts facts;
  g_autoptr(GArray) items = NULL;
  g_autoptr(GArray) has_plan = NULL;

  caseload_rule_settings_init_defaults (&settings);
  facts_with_iep (&facts);
  facts.iep_has_rights_transfer = TRUE;

  /* Turns 16 on 2026-05-10, before the IEP ends (2026-09-24): this IEP
   * needed the plan from its start, 2025-09-26. Sep 26 → Jan 15 = 111. */
  facts.birth_date = iso ("2010-05-10");
  items = compute (&settings, &facts, "2026-01-15");
  assert_due (items, CASELOAD_DEADLINE_TRANSITION_PLAN, "2025-09-26", -111);
  assert_absent (items, CASELOAD_DEADLINE_RIGHTS_TRANSFER);

  facts.iep_has_transition_plan = TRUE;
  has_plan = compute (&settings, &facts, "2026-01-15");
  assert_absent (has_plan, CASELOAD_DEADLINE_TRANSITION_PLAN);
}

static void
test_transition_plan_next_iep (void)
{
  CaseloadRuleSettings settings;
  CaseloadDeadlineFacts facts;
  g_autoptr(GArray) items = NULL;

  caseload_rule_settings_init_defaults (&settings);
  facts_with_iep (&facts);

  /* Turns 16 on 2027-05-10: after this IEP ends (2026-09-24), but the next
   * one (2026-09-25 to 2027-09-25) runs past it: needed at the annual
   * review. Rights transfer: 17 on 2028-05-10, after that: not yet. */
  facts.birth_date = iso ("2011-05-10");
  items = compute (&settings, &facts, "2026-01-15");
  assert_due (items, CASELOAD_DEADLINE_ANNUAL_REVIEW, "2026-09-25", 253);
  assert_due (items, CASELOAD_DEADLINE_TRANSITION_PLAN, "2026-09-25", 253);
  assert_absent (items, CASELOAD_DEADLINE_RIGHTS_TRANSFER);
}

static void
test_transition_plan_not_required (void)
{
  CaseloadRuleSettings settings;
  CaseloadDeadlineFacts facts;
  g_autoptr(GArray) items = NULL;
  g_autoptr(GArray) at_14 = NULL;
  g_autoptr(GArray) no_iep = NULL;

  caseload_rule_settings_init_defaults (&settings);
  facts_with_iep (&facts);

  /* Turns 16 on 2029-05-10: neither this IEP nor the next reaches it. */
  facts.birth_date = iso ("2013-05-10");
  items = compute (&settings, &facts, "2026-01-15");
  g_assert_cmpuint (items->len, ==, 1);
  assert_due (items, CASELOAD_DEADLINE_ANNUAL_REVIEW, "2026-09-25", 253);
  assert_absent (items, CASELOAD_DEADLINE_TRANSITION_PLAN);

  /* A state that starts transition planning at 14: 14 on 2027-05-10,
   * within the next IEP, so needed at the annual review. */
  g_assert_true (caseload_rule_settings_set (&settings, "transition-age", 14));
  at_14 = compute (&settings, &facts, "2026-01-15");
  assert_due (at_14, CASELOAD_DEADLINE_TRANSITION_PLAN, "2026-09-25", 253);

  /* Without an IEP there is nothing to put a plan in. */
  facts.has_iep = FALSE;
  no_iep = compute (&settings, &facts, "2026-01-15");
  assert_absent (no_iep, CASELOAD_DEADLINE_TRANSITION_PLAN);
}

static void
test_rights_transfer (void)
{
  CaseloadRuleSettings settings;
  CaseloadDeadlineFacts facts;
  g_autoptr(GArray) current = NULL;
  g_autoptr(GArray) next = NULL;
  g_autoptr(GArray) majority_19 = NULL;
  g_autoptr(GArray) done = NULL;

  caseload_rule_settings_init_defaults (&settings);
  facts_with_iep (&facts);
  facts.iep_has_transition_plan = TRUE;

  /* Majority at 18: the statement is due in every IEP ending on or after
   * the 17th birthday, 2026-03-01, which this IEP (to 2026-09-24) does. */
  facts.birth_date = iso ("2009-03-01");
  current = compute (&settings, &facts, "2026-01-15");
  assert_due (current, CASELOAD_DEADLINE_RIGHTS_TRANSFER, "2025-09-26", -111);

  /* 17 on 2027-03-01: the next IEP (to 2027-09-25) needs it. */
  facts.birth_date = iso ("2010-03-01");
  next = compute (&settings, &facts, "2026-01-15");
  assert_due (next, CASELOAD_DEADLINE_RIGHTS_TRANSFER, "2026-09-25", 253);

  /* Majority at 19: 18 on 2028-03-01, beyond the next IEP. */
  g_assert_true (caseload_rule_settings_set (&settings, "majority-age", 19));
  majority_19 = compute (&settings, &facts, "2026-01-15");
  assert_absent (majority_19, CASELOAD_DEADLINE_RIGHTS_TRANSFER);

  /* Already in the IEP. */
  g_assert_true (caseload_rule_settings_set (&settings, "majority-age", 18));
  facts.iep_has_rights_transfer = TRUE;
  done = compute (&settings, &facts, "2026-01-15");
  assert_absent (done, CASELOAD_DEADLINE_RIGHTS_TRANSFER);
}

static void
test_feb_29_birthday_rules (void)
{
  CaseloadRuleSettings settings;
  CaseloadDeadlineFacts facts;
  g_autoptr(GArray) items = NULL;

  caseload_rule_settings_init_defaults (&settings);
  caseload_deadline_facts_init (&facts);
  facts.has_iep = TRUE;
  facts.birth_date = iso ("2008-02-29");

  /* 17th birthday 2025-02-28; an IEP ending exactly that day needs the
   * rights-transfer statement, and (16 on 2024-02-29) the transition plan. */
  facts.iep_meeting_date = iso ("2024-02-27");
  facts.iep_start_date = iso ("2024-02-28");
  facts.iep_end_date = iso ("2025-02-28");
  items = compute (&settings, &facts, "2024-03-01");
  assert_due (items, CASELOAD_DEADLINE_TRANSITION_PLAN, "2024-02-28", -2);
  assert_due (items, CASELOAD_DEADLINE_RIGHTS_TRANSFER, "2024-02-28", -2);
  assert_due (items, CASELOAD_DEADLINE_ANNUAL_REVIEW, "2025-02-27", 363);
}

static void
test_sorting (void)
{
  CaseloadRuleSettings settings;
  CaseloadDeadlineFacts facts;
  g_autoptr(GArray) items = NULL;
  static const struct
  {
    CaseloadDeadlineKind kind;
    const char          *due;
    int                  days_left;
  } expected[] = {
    { CASELOAD_DEADLINE_REEVALUATION,      "2026-01-10", -22 },
    { CASELOAD_DEADLINE_IEP_AT_YEAR_START, "2026-08-24", 204 },
    { CASELOAD_DEADLINE_ANNUAL_REVIEW,     "2026-09-25", 236 },
    { CASELOAD_DEADLINE_TRANSITION_PLAN,   "2026-09-25", 236 },
  };

  caseload_rule_settings_init_defaults (&settings);
  facts_with_iep (&facts);
  facts.iep_end_date = iso ("2026-06-15");
  facts.next_school_year_start = iso ("2026-08-24");
  facts.last_evaluation_date = iso ("2023-01-10");
  facts.birth_date = iso ("2011-05-10");

  items = compute (&settings, &facts, "2026-02-01");
  g_assert_cmpuint (items->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const CaseloadDeadlineItem *item = &g_array_index (items, CaseloadDeadlineItem, i);
      g_autofree char *due = caseload_date_to_iso (&item->due);

      g_assert_cmpint (item->kind, ==, expected[i].kind);
      g_assert_cmpstr (due, ==, expected[i].due);
      g_assert_cmpint (item->days_left, ==, expected[i].days_left);
    }
}

static void
test_annual_review_months_setting (void)
{
  CaseloadRuleSettings settings;
  CaseloadDeadlineFacts facts;
  g_autoptr(GArray) items = NULL;

  caseload_rule_settings_init_defaults (&settings);
  caseload_deadline_facts_init (&facts);
  facts.has_iep = TRUE;
  facts.iep_meeting_date = iso ("2025-08-31");

  /* Six months from Aug 31 clamps to the end of February. */
  g_assert_true (caseload_rule_settings_set (&settings, "annual-review-months", 6));
  items = compute (&settings, &facts, "2026-02-28");
  assert_due (items, CASELOAD_DEADLINE_ANNUAL_REVIEW, "2026-02-28", 0);
}

static void
test_kind_keys (void)
{
  static const struct
  {
    CaseloadDeadlineKind kind;
    const char          *key;
    const char          *label;
  } expected[] = {
    { CASELOAD_DEADLINE_INITIAL_EVALUATION, "initial-evaluation", "Initial evaluation" },
    { CASELOAD_DEADLINE_FIRST_IEP,          "first-iep",          "First IEP" },
    { CASELOAD_DEADLINE_ANNUAL_REVIEW,      "annual-review",      "Annual review" },
    { CASELOAD_DEADLINE_REEVALUATION,       "reevaluation",       "Reevaluation" },
    { CASELOAD_DEADLINE_IEP_AT_YEAR_START,  "iep-at-year-start",  "IEP in effect at year start" },
    { CASELOAD_DEADLINE_TRANSITION_PLAN,    "transition-plan",    "Transition plan" },
    { CASELOAD_DEADLINE_RIGHTS_TRANSFER,    "rights-transfer",    "Rights transfer statement" },
  };
  CaseloadDeadlineKind kind;

  g_assert_cmpuint (G_N_ELEMENTS (expected), ==, CASELOAD_N_DEADLINE_KINDS);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_assert_cmpstr (caseload_deadline_kind_to_key (expected[i].kind), ==, expected[i].key);
      g_assert_cmpstr (caseload_deadline_kind_to_label (expected[i].kind), ==, expected[i].label);
      kind = CASELOAD_N_DEADLINE_KINDS;
      g_assert_true (caseload_deadline_kind_from_key (expected[i].key, &kind));
      g_assert_cmpint (kind, ==, expected[i].kind);
    }

  g_assert_false (caseload_deadline_kind_from_key ("annual_review", &kind));
  g_assert_false (caseload_deadline_kind_from_key ("", &kind));
  g_assert_false (caseload_deadline_kind_from_key (NULL, &kind));
}

static void
test_environment_codes (void)
{
  g_assert_cmpstr (caseload_rules_environment_code (100.0), ==, "RC80");
  g_assert_cmpstr (caseload_rules_environment_code (80.0), ==, "RC80");
  g_assert_cmpstr (caseload_rules_environment_code (79.9), ==, "RC79TO40");
  g_assert_cmpstr (caseload_rules_environment_code (40.0), ==, "RC79TO40");
  g_assert_cmpstr (caseload_rules_environment_code (39.99), ==, "RC39");
  g_assert_cmpstr (caseload_rules_environment_code (0.0), ==, "RC39");
  g_assert_null (caseload_rules_environment_code (-1.0));
  g_assert_null (caseload_rules_environment_code (101.0));
  g_assert_null (caseload_rules_environment_code (NAN));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rules/facts-init", test_facts_init);
  g_test_add_func ("/rules/settings", test_settings_defaults_and_set);
  g_test_add_func ("/rules/annual-review-feb-29", test_annual_review_feb_29);
  g_test_add_func ("/rules/annual-review-requires-iep", test_annual_review_requires_iep);
  g_test_add_func ("/rules/annual-review-months-setting", test_annual_review_months_setting);
  g_test_add_func ("/rules/due-on-as-of-date", test_due_on_as_of_date);
  g_test_add_func ("/rules/overdue-by-one-day", test_overdue_by_one_day);
  g_test_add_func ("/rules/describe-status", test_describe_status);
  g_test_add_func ("/rules/status-for-days", test_status_for_days);
  g_test_add_func ("/rules/initial-evaluation", test_initial_evaluation);
  g_test_add_func ("/rules/first-iep", test_first_iep);
  g_test_add_func ("/rules/reevaluation", test_reevaluation);
  g_test_add_func ("/rules/year-start", test_year_start);
  g_test_add_func ("/rules/transition-plan/current-iep", test_transition_plan_current_iep);
  g_test_add_func ("/rules/transition-plan/next-iep", test_transition_plan_next_iep);
  g_test_add_func ("/rules/transition-plan/not-required", test_transition_plan_not_required);
  g_test_add_func ("/rules/rights-transfer", test_rights_transfer);
  g_test_add_func ("/rules/feb-29-birthday", test_feb_29_birthday_rules);
  g_test_add_func ("/rules/sorting", test_sorting);
  g_test_add_func ("/rules/kind-keys", test_kind_keys);
  g_test_add_func ("/rules/environment-codes", test_environment_codes);

  return g_test_run ();
}
