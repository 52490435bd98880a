/* test-iep-checker.c: every rule of the IEP compliance checker, each with a
 * case that triggers it and one that does not. Pure: no database. */
#include "config.h"

#include "caseload-iep-checker.h"
#include "caseload-model.h"

#include <string.h>

typedef struct
{
  CaseloadIep          *iep;
  GPtrArray            *attendees;
  CaseloadRuleSettings  settings;
  char                 *birth_date;
  char                 *previous_meeting;
  guint                 parent_attempts;
  guint                 parent_attempt_methods;
} Case;

static CaseloadMeetingAttendee *
attendee (const char *role,
          const char *name)
{
  CaseloadMeetingAttendee *a = caseload_meeting_attendee_new ();

  caseload_meeting_attendee_set_role (a, role);
  caseload_meeting_attendee_set_name (a, name);
  caseload_meeting_attendee_set_attended (a, TRUE);
  return a;
}

/* A complete initial IEP for an 11-year-old: no findings at all. */
static void
case_init (Case *c)
{
  CaseloadGoal *goal = caseload_goal_new ();
  CaseloadService *service = caseload_service_new ();
  const char * const *keys = caseload_special_factor_keys ();

  c->iep = caseload_iep_new ();
  caseload_iep_set_id (c->iep, 1);
  caseload_iep_set_kind (c->iep, "initial");
  caseload_iep_set_meeting_date (c->iep, "2026-01-10");
  caseload_iep_set_start_date (c->iep, "2026-01-12");
  caseload_iep_set_end_date (c->iep, "2027-01-11");
  caseload_iep_set_percent_regular_class (c->iep, 85);
  caseload_iep_set_parent_consent_date (c->iep, "2026-01-10");
  caseload_iep_set_parent_copy_date (c->iep, "2026-01-10");
  caseload_iep_set_parent_copy_method (c->iep, "in-person");

  for (guint k = 0; keys[k] != NULL; k++)
    {
      CaseloadSpecialFactor *f = caseload_special_factor_new ();

      caseload_special_factor_set_id (f, k + 1);
      caseload_special_factor_set_factor (f, keys[k]);
      caseload_special_factor_set_considered (f, TRUE);
      g_ptr_array_add (caseload_iep_get_special_factors (c->iep), f);
    }

  caseload_goal_set_id (goal, 7);
  caseload_goal_set_area (goal, "reading");
  caseload_goal_set_condition (goal, "given a grade-level passage");
  caseload_goal_set_behavior (goal, "will read aloud");
  caseload_goal_set_criterion (goal, "with 95% accuracy on 3 of 4 probes");
  caseload_goal_set_baseline_value (goal, 60);
  caseload_goal_set_baseline_date (goal, "2026-01-05");
  caseload_goal_set_target_value (goal, 110);
  caseload_goal_set_target_date (goal, "2027-01-05");
  caseload_goal_set_unit (goal, "words correct per minute");
  caseload_goal_set_method (goal, "curriculum-based measurement");
  g_ptr_array_add (caseload_iep_get_goals (c->iep), goal);

  caseload_service_set_id (service, 9);
  caseload_service_set_name (service, "Specialized reading instruction");
  caseload_service_set_provider_role (service, "special-education-teacher");
  caseload_service_set_minutes_per_session (service, 30);
  caseload_service_set_sessions (service, 4);
  g_ptr_array_add (caseload_iep_get_services (c->iep), service);

  c->attendees = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (c->attendees, attendee ("parent", "Rosa Ruiz"));
  g_ptr_array_add (c->attendees, attendee ("case-manager", "Maria Lopez"));
  g_ptr_array_add (c->attendees, attendee ("general-education-teacher", "Tom Hale"));
  g_ptr_array_add (c->attendees, attendee ("lea-representative", "Ann Cole"));
  g_ptr_array_add (c->attendees, attendee ("evaluation-interpreter", "Dr. Kim"));

  caseload_rule_settings_init_defaults (&c->settings);
  c->birth_date = g_strdup ("2015-03-10");
  c->previous_meeting = g_strdup ("");
}

static void
case_clear (Case *c)
{
  g_clear_object (&c->iep);
  g_clear_pointer (&c->attendees, g_ptr_array_unref);
  g_clear_pointer (&c->birth_date, g_free);
  g_clear_pointer (&c->previous_meeting, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Case, case_clear)

static GPtrArray *
run (Case *c)
{
  GDate as_of;
  CaseloadIepCheckInput input = { 0, };

  g_date_clear (&as_of, 1);
  g_date_set_dmy (&as_of, 15, 1, 2026);
  input.birth_date = c->birth_date;
  input.previous_meeting_date = c->previous_meeting;
  input.attendees = c->attendees;
  input.parent_attempts = c->parent_attempts;
  input.parent_attempt_methods = c->parent_attempt_methods;
  input.settings = &c->settings;
  input.as_of = &as_of;
  return caseload_iep_check (c->iep, &input);
}

/* Number of findings with this section, field and severity. */
static guint
count (GPtrArray  *findings,
       const char *section,
       const char *field,
       int         severity)
{
  guint n = 0;

  for (guint i = 0; i < findings->len; i++)
    {
      CaseloadIepFinding *f = g_ptr_array_index (findings, i);

      if (g_str_equal (caseload_iep_finding_get_section (f), section) &&
          g_str_equal (caseload_iep_finding_get_field (f), field) &&
          caseload_iep_finding_get_severity (f) == severity)
        n++;
    }
  return n;
}

static CaseloadGoal *
first_goal (Case *c)
{
  return g_ptr_array_index (caseload_iep_get_goals (c->iep), 0);
}

static CaseloadService *
first_service (Case *c)
{
  return g_ptr_array_index (caseload_iep_get_services (c->iep), 0);
}

static void
test_clean (void)
{
  g_auto(Case) c = { 0, };
  g_autoptr(GPtrArray) findings = NULL;

  case_init (&c);
  findings = run (&c);
  for (guint i = 0; i < findings->len; i++)
    g_test_message ("unexpected: %s", caseload_iep_finding_get_message (g_ptr_array_index (findings, i)));
  g_assert_cmpuint (findings->len, ==, 0);
}

/* Each goal field that makes a goal measurable. */
static void
test_goal_measurable (void)
{
  static const char *fields[] = { "baseline-value", "target-value", "unit", "method", "criterion",
                                  "baseline-date", "target-date", "behavior" };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_auto(Case) c = { 0, };
      g_autoptr(GPtrArray) findings = NULL;
      g_autoptr(GPtrArray) clean = NULL;
      CaseloadGoal *goal;
      CaseloadIepFinding *f;

      case_init (&c);
      clean = run (&c);
      g_assert_cmpuint (count (clean, "goals", fields[i], CASELOAD_FINDING_ERROR), ==, 0);

      goal = first_goal (&c);
      if (g_str_equal (fields[i], "baseline-value"))
        caseload_goal_unset_baseline_value (goal);
      else if (g_str_equal (fields[i], "target-value"))
        caseload_goal_unset_target_value (goal);
      else
        g_object_set (goal, fields[i], "  ", NULL);

      findings = run (&c);
      g_assert_cmpuint (count (findings, "goals", fields[i], CASELOAD_FINDING_ERROR), ==, 1);
      f = g_ptr_array_index (findings, 0);
      g_assert_cmpstr (caseload_iep_finding_get_object_kind (f), ==, "goal");
      g_assert_cmpint (caseload_iep_finding_get_object_id (f), ==, 7);
      g_assert_nonnull (strstr (caseload_iep_finding_get_message (f), "Goal 1"));
    }
}

static void
test_alternate_objectives (void)
{
  g_auto(Case) c = { 0, };
  g_autoptr(GPtrArray) regular = NULL;
  g_autoptr(GPtrArray) missing = NULL;
  g_autoptr(GPtrArray) with_objective = NULL;
  CaseloadObjective *objective;

  case_init (&c);
  regular = run (&c);
  g_assert_cmpuint (count (regular, "goals", "objectives", CASELOAD_FINDING_ERROR), ==, 0);

  caseload_iep_set_assessment (c.iep, "alternate");
  caseload_iep_set_alternate_why_not_regular (c.iep, "Needs extensive supports.");
  caseload_iep_set_alternate_why_appropriate (c.iep, "Measures extended standards.");
  missing = run (&c);
  g_assert_cmpuint (count (missing, "goals", "objectives", CASELOAD_FINDING_ERROR), ==, 1);
  g_assert_cmpuint (missing->len, ==, 1);

  objective = caseload_objective_new ();
  caseload_objective_set_description (objective, "Reads 70 wcpm by March");
  g_ptr_array_add (caseload_goal_get_objectives (first_goal (&c)), objective);
  with_objective = run (&c);
  g_assert_cmpuint (with_objective->len, ==, 0);

  /* The justifications are required with the alternate assessment. */
  caseload_iep_set_alternate_why_appropriate (c.iep, "");
  g_clear_pointer (&with_objective, g_ptr_array_unref);
  with_objective = run (&c);
  g_assert_cmpuint (count (with_objective, "assessment", "alternate-why-appropriate", CASELOAD_FINDING_ERROR), ==, 1);
}

static void
test_services (void)
{
  g_auto(Case) c = { 0, };
  g_autoptr(GPtrArray) a = NULL;
  g_autoptr(GPtrArray) b = NULL;

  case_init (&c);
  caseload_service_unset_minutes_per_session (first_service (&c));
  a = run (&c);
  g_assert_cmpuint (count (a, "services", "minutes-per-session", CASELOAD_FINDING_ERROR), ==, 1);
  g_assert_cmpuint (count (a, "services", "provider-role", CASELOAD_FINDING_ERROR), ==, 0);

  caseload_service_set_minutes_per_session (first_service (&c), 30);
  caseload_service_set_provider_role (first_service (&c), "");
  b = run (&c);
  g_assert_cmpuint (count (b, "services", "minutes-per-session", CASELOAD_FINDING_ERROR), ==, 0);
  g_assert_cmpuint (count (b, "services", "provider-role", CASELOAD_FINDING_ERROR), ==, 1);

  /* A named provider is enough. */
  caseload_service_set_provider_staff_id (first_service (&c), 3);
  g_clear_pointer (&b, g_ptr_array_unref);
  b = run (&c);
  g_assert_cmpuint (b->len, ==, 0);
}

static void
test_transition (void)
{
  g_auto(Case) c = { 0, };
  g_autoptr(GPtrArray) young = NULL;
  g_autoptr(GPtrArray) sixteen = NULL;
  g_autoptr(GPtrArray) filled = NULL;

  case_init (&c);
  young = run (&c);
  g_assert_cmpuint (count (young, "transition", "transition-education", CASELOAD_FINDING_ERROR), ==, 0);

  /* Turns 16 on 2027-01-11, the IEP's last day: required. */
  g_free (c.birth_date);
  c.birth_date = g_strdup ("2011-01-11");
  sixteen = run (&c);
  g_assert_cmpuint (count (sixteen, "transition", "transition-education", CASELOAD_FINDING_ERROR), ==, 1);
  g_assert_cmpuint (count (sixteen, "transition", "transition-employment", CASELOAD_FINDING_ERROR), ==, 1);
  /* Independent living only "where appropriate": a warning. */
  g_assert_cmpuint (count (sixteen, "transition", "transition-independent-living", CASELOAD_FINDING_ERROR), ==, 0);
  g_assert_cmpuint (count (sixteen, "transition", "transition-independent-living", CASELOAD_FINDING_WARNING), ==, 1);
  g_assert_cmpuint (count (sixteen, "transition", "transition-services", CASELOAD_FINDING_ERROR), ==, 1);
  g_assert_cmpuint (count (sixteen, "transition", "transition-assessments", CASELOAD_FINDING_ERROR), ==, 1);
  g_assert_cmpuint (count (sixteen, "transition", "course-of-study", CASELOAD_FINDING_ERROR), ==, 1);
  g_assert_cmpuint (count (sixteen, "transition", "rights-transfer-date", CASELOAD_FINDING_ERROR), ==, 0);

  /* One day later: not yet. */
  g_free (c.birth_date);
  c.birth_date = g_strdup ("2011-01-12");
  g_clear_pointer (&sixteen, g_ptr_array_unref);
  sixteen = run (&c);
  g_assert_cmpuint (count (sixteen, "transition", "transition-education", CASELOAD_FINDING_ERROR), ==, 0);

  g_free (c.birth_date);
  c.birth_date = g_strdup ("2010-06-01");
  caseload_iep_set_transition_education (c.iep, "Attend community college for automotive technology.");
  caseload_iep_set_transition_employment (c.iep, "Work as an automotive technician.");
  caseload_iep_set_transition_independent_living (c.iep, "Live in an apartment with a roommate.");
  caseload_iep_set_transition_services (c.iep, "Career exploration class; job shadowing.");
  caseload_iep_set_transition_assessments (c.iep, "Career interest inventory; adaptive behavior scale.");
  caseload_iep_set_course_of_study (c.iep, "Career and technical education pathway, automotive.");
  filled = run (&c);
  g_assert_cmpuint (filled->len, ==, 0);

  /* Each required part missing in turn is an error naming it. */
  {
    struct {
      const char *field;
      void (*set) (CaseloadIep *, const char *);
      const char *word;
    } parts[] = {
      { "transition-assessments", caseload_iep_set_transition_assessments, "assessments" },
      { "course-of-study", caseload_iep_set_course_of_study, "course of study" },
      { "transition-education", caseload_iep_set_transition_education, "education" },
      { "transition-employment", caseload_iep_set_transition_employment, "employment" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
      {
        g_autoptr(GPtrArray) missing = NULL;

        parts[i].set (c.iep, "   ");
        missing = run (&c);
        g_assert_cmpuint (missing->len, ==, 1);
        g_assert_cmpuint (count (missing, "transition", parts[i].field, CASELOAD_FINDING_ERROR), ==, 1);
        g_assert_nonnull (strstr (caseload_iep_finding_get_message (g_ptr_array_index (missing, 0)), parts[i].word));
        parts[i].set (c.iep, "Filled in again.");
      }
  }

  /* Without an independent-living goal: a warning only, no error. */
  {
    g_autoptr(GPtrArray) no_living = NULL;

    caseload_iep_set_transition_independent_living (c.iep, "");
    no_living = run (&c);
    g_assert_cmpuint (no_living->len, ==, 1);
    g_assert_cmpuint (caseload_iep_findings_count_errors (no_living), ==, 0);
    g_assert_cmpuint (count (no_living, "transition", "transition-independent-living", CASELOAD_FINDING_WARNING), ==, 1);
  }
}

static void
test_rights_transfer (void)
{
  g_auto(Case) c = { 0, };
  g_autoptr(GPtrArray) a = NULL;
  g_autoptr(GPtrArray) b = NULL;

  case_init (&c);
  caseload_iep_set_transition_education (c.iep, "College.");
  caseload_iep_set_transition_employment (c.iep, "Nurse aide.");
  caseload_iep_set_transition_independent_living (c.iep, "Own apartment.");
  caseload_iep_set_transition_services (c.iep, "Work-based learning.");
  caseload_iep_set_transition_assessments (c.iep, "Vocational interest survey.");
  caseload_iep_set_course_of_study (c.iep, "Health sciences pathway.");
  /* Turns 17 (majority 18 - 1) during the IEP. */
  g_free (c.birth_date);
  c.birth_date = g_strdup ("2009-12-01");
  a = run (&c);
  g_assert_cmpuint (count (a, "transition", "rights-transfer-date", CASELOAD_FINDING_ERROR), ==, 1);

  caseload_iep_set_rights_transfer_date (c.iep, "2026-01-10");
  b = run (&c);
  g_assert_cmpuint (b->len, ==, 0);
}

/* A meeting held without a parent is compliant only after the district's
 * documented attempts (default: 3 attempts by 2 methods). */
static void
test_parent_attempts (void)
{
  g_auto(Case) c = { 0, };
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GPtrArray) two = NULL;
  g_autoptr(GPtrArray) one_method = NULL;
  g_autoptr(GPtrArray) enough = NULL;
  const char *message;

  case_init (&c);
  g_assert_cmpint (c.settings.parent_attempts, ==, 3);
  g_assert_cmpint (c.settings.parent_attempt_methods, ==, 2);

  /* The parent was invited but did not come. */
  caseload_meeting_attendee_set_attended (g_ptr_array_index (c.attendees, 0), FALSE);
  none = run (&c);
  g_assert_cmpuint (count (none, "team", "attended", CASELOAD_FINDING_ERROR), ==, 1);

  c.parent_attempts = 2;
  c.parent_attempt_methods = 2;
  two = run (&c);
  g_assert_cmpuint (two->len, ==, 1);
  g_assert_cmpuint (count (two, "team", "attended", CASELOAD_FINDING_ERROR), ==, 1);
  message = caseload_iep_finding_get_message (g_ptr_array_index (two, 0));
  g_assert_nonnull (strstr (message, "2 attempts"));
  g_assert_nonnull (strstr (message, "requires 3 attempts by 2 different methods"));

  /* Three calls are one method: still not enough. */
  c.parent_attempts = 3;
  c.parent_attempt_methods = 1;
  one_method = run (&c);
  g_assert_cmpuint (count (one_method, "team", "attended", CASELOAD_FINDING_ERROR), ==, 1);

  c.parent_attempt_methods = 2;
  enough = run (&c);
  g_assert_cmpuint (enough->len, ==, 0);
}

static void
test_team (void)
{
  g_auto(Case) c = { 0, };
  g_autoptr(GPtrArray) a = NULL;
  g_autoptr(GPtrArray) b = NULL;
  g_autoptr(GPtrArray) d = NULL;
  g_autoptr(GPtrArray) e = NULL;
  CaseloadMeetingAttendee *lea;

  case_init (&c);

  /* Missing parent. */
  g_ptr_array_remove_index (c.attendees, 0);
  a = run (&c);
  g_assert_cmpuint (count (a, "team", "attended", CASELOAD_FINDING_ERROR), ==, 1);
  g_assert_nonnull (strstr (caseload_iep_finding_get_message (g_ptr_array_index (a, 0)), "Parent"));
  g_ptr_array_insert (c.attendees, 0, attendee ("parent", "Rosa Ruiz"));

  /* LEA excused without written input: error naming the field; with
   * both dates: fine. */
  lea = g_ptr_array_index (c.attendees, 3);
  caseload_meeting_attendee_set_attended (lea, FALSE);
  caseload_meeting_attendee_set_excused (lea, TRUE);
  caseload_meeting_attendee_set_excusal_agreement_date (lea, "2026-01-05");
  b = run (&c);
  g_assert_cmpuint (count (b, "team", "excusal-input-date", CASELOAD_FINDING_ERROR), ==, 1);
  caseload_meeting_attendee_set_excusal_input_date (lea, "2026-01-08");
  d = run (&c);
  g_assert_cmpuint (d->len, ==, 0);

  /* Dated on the meeting day (2026-01-10): still before it counts. */
  caseload_meeting_attendee_set_excusal_agreement_date (lea, "2026-01-10");
  caseload_meeting_attendee_set_excusal_input_date (lea, "2026-01-10");
  g_clear_pointer (&d, g_ptr_array_unref);
  d = run (&c);
  g_assert_cmpuint (d->len, ==, 0);

  /* Written input dated after the meeting: the excusal does not count. */
  {
    g_autoptr(GPtrArray) late = NULL;

    caseload_meeting_attendee_set_excusal_input_date (lea, "2026-01-11");
    late = run (&c);
    g_assert_cmpuint (late->len, ==, 1);
    g_assert_cmpuint (count (late, "team", "excusal-input-date", CASELOAD_FINDING_ERROR), ==, 1);
    g_assert_nonnull (strstr (caseload_iep_finding_get_message (g_ptr_array_index (late, 0)),
                              "written input dated after the meeting"));
    g_assert_nonnull (strstr (caseload_iep_finding_get_message (g_ptr_array_index (late, 0)), "District"));
  }

  /* Agreement dated after the meeting: the same, naming the agreement. */
  {
    g_autoptr(GPtrArray) late = NULL;

    caseload_meeting_attendee_set_excusal_input_date (lea, "2026-01-08");
    caseload_meeting_attendee_set_excusal_agreement_date (lea, "2026-02-01");
    late = run (&c);
    g_assert_cmpuint (late->len, ==, 1);
    g_assert_cmpuint (count (late, "team", "excusal-agreement-date", CASELOAD_FINDING_ERROR), ==, 1);
    g_assert_nonnull (strstr (caseload_iep_finding_get_message (g_ptr_array_index (late, 0)),
                              "agreement dated after the meeting"));
    caseload_meeting_attendee_set_excusal_agreement_date (lea, "2026-01-05");
  }

  /* Regular-education teacher: not required at 0 %, required when the
   * percent is unknown. */
  g_ptr_array_remove_index (c.attendees, 2);
  caseload_iep_set_percent_regular_class (c.iep, 0);
  g_clear_pointer (&d, g_ptr_array_unref);
  d = run (&c);
  g_assert_cmpuint (d->len, ==, 0);
  caseload_iep_unset_percent_regular_class (c.iep);
  e = run (&c);
  g_assert_cmpuint (count (e, "team", "attended", CASELOAD_FINDING_ERROR), ==, 1);

  /* Attendance not recorded counts as not present. */
  caseload_meeting_attendee_unset_attended (g_ptr_array_index (c.attendees, 0));
  caseload_iep_set_percent_regular_class (c.iep, 0);
  g_clear_pointer (&e, g_ptr_array_unref);
  e = run (&c);
  g_assert_cmpuint (count (e, "team", "attended", CASELOAD_FINDING_ERROR), ==, 1);
}

static void
test_annual_review (void)
{
  g_auto(Case) c = { 0, };
  g_autoptr(GPtrArray) late = NULL;
  g_autoptr(GPtrArray) on_time = NULL;
  g_autoptr(GPtrArray) no_date = NULL;

  case_init (&c);
  caseload_iep_set_kind (c.iep, "annual");
  g_free (c.previous_meeting);
  c.previous_meeting = g_strdup ("2025-01-09");   /* due 2026-01-09; meeting 2026-01-10 */
  late = run (&c);
  g_assert_cmpuint (count (late, "header", "meeting-date", CASELOAD_FINDING_ERROR), ==, 1);

  g_free (c.previous_meeting);
  c.previous_meeting = g_strdup ("2025-01-10");   /* due the day of the meeting */
  on_time = run (&c);
  g_assert_cmpuint (on_time->len, ==, 0);

  /* A draft without a meeting date, checked after the due date. */
  g_free (c.previous_meeting);
  c.previous_meeting = g_strdup ("2024-12-01");
  caseload_iep_set_meeting_date (c.iep, "");
  no_date = run (&c);
  g_assert_cmpuint (count (no_date, "header", "meeting-date", CASELOAD_FINDING_ERROR), ==, 2);
}

static void
test_special_factors (void)
{
  g_auto(Case) c = { 0, };
  g_autoptr(GPtrArray) a = NULL;

  case_init (&c);
  caseload_special_factor_set_considered (g_ptr_array_index (caseload_iep_get_special_factors (c.iep), 3), FALSE);
  g_ptr_array_remove_index (caseload_iep_get_special_factors (c.iep), 0);
  a = run (&c);
  g_assert_cmpuint (count (a, "special-factors", "considered", CASELOAD_FINDING_ERROR), ==, 2);
  g_assert_cmpuint (a->len, ==, 2);
}

static void
test_consent_and_copy (void)
{
  g_auto(Case) c = { 0, };
  g_autoptr(GPtrArray) a = NULL;
  g_autoptr(GPtrArray) b = NULL;
  g_autoptr(GPtrArray) d = NULL;
  g_autoptr(GPtrArray) e = NULL;

  case_init (&c);
  caseload_iep_set_parent_consent_date (c.iep, "");
  a = run (&c);
  g_assert_cmpuint (count (a, "consent", "parent-consent-date", CASELOAD_FINDING_ERROR), ==, 1);
  caseload_iep_set_kind (c.iep, "annual");
  b = run (&c);
  g_assert_cmpuint (b->len, ==, 0);

  /* Parent copy: a warning for a draft, an error once finalized. */
  caseload_iep_set_parent_copy_date (c.iep, "");
  d = run (&c);
  g_assert_cmpuint (count (d, "consent", "parent-copy-date", CASELOAD_FINDING_WARNING), ==, 1);
  g_assert_cmpuint (caseload_iep_findings_count_errors (d), ==, 0);
  caseload_iep_set_status (c.iep, "finalized");
  e = run (&c);
  g_assert_cmpuint (count (e, "consent", "parent-copy-date", CASELOAD_FINDING_ERROR), ==, 1);
  g_assert_cmpuint (count (e, "consent", "parent-copy-date", CASELOAD_FINDING_WARNING), ==, 0);
}

static void
test_order (void)
{
  g_auto(Case) c = { 0, };
  g_autoptr(GPtrArray) a = NULL;

  case_init (&c);
  caseload_iep_set_parent_copy_date (c.iep, "");
  caseload_goal_set_unit (first_goal (&c), "");
  caseload_iep_set_start_date (c.iep, "");
  a = run (&c);
  g_assert_cmpuint (a->len, ==, 3);
  g_assert_cmpstr (caseload_iep_finding_get_section (g_ptr_array_index (a, 0)), ==, "header");
  g_assert_cmpstr (caseload_iep_finding_get_section (g_ptr_array_index (a, 1)), ==, "goals");
  g_assert_cmpint (caseload_iep_finding_get_severity (g_ptr_array_index (a, 2)), ==, CASELOAD_FINDING_WARNING);
}

static void
test_minutes_per_week (void)
{
  g_autoptr(CaseloadService) s = caseload_service_new ();

  g_assert_cmpfloat (caseload_service_get_minutes_per_week (s), ==, 0.0);
  caseload_service_set_minutes_per_session (s, 30);
  g_assert_cmpfloat (caseload_service_get_minutes_per_week (s), ==, 0.0);
  caseload_service_set_sessions (s, 2);
  g_assert_cmpfloat (caseload_service_get_minutes_per_week (s), ==, 60.0);
  caseload_service_set_per (s, "month");
  g_assert_cmpfloat_with_epsilon (caseload_service_get_minutes_per_week (s), 60.0 * 12.0 / 52.0, 1e-9);
  caseload_service_unset_sessions (s);
  g_assert_cmpfloat (caseload_service_get_minutes_per_week (s), ==, 0.0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/iep-checker/clean", test_clean);
  g_test_add_func ("/iep-checker/goal-measurable", test_goal_measurable);
  g_test_add_func ("/iep-checker/alternate-objectives", test_alternate_objectives);
  g_test_add_func ("/iep-checker/services", test_services);
  g_test_add_func ("/iep-checker/transition", test_transition);
  g_test_add_func ("/iep-checker/rights-transfer", test_rights_transfer);
  g_test_add_func ("/iep-checker/team", test_team);
  g_test_add_func ("/iep-checker/parent-attempts", test_parent_attempts);
  g_test_add_func ("/iep-checker/annual-review", test_annual_review);
  g_test_add_func ("/iep-checker/special-factors", test_special_factors);
  g_test_add_func ("/iep-checker/consent-and-copy", test_consent_and_copy);
  g_test_add_func ("/iep-checker/order", test_order);
  g_test_add_func ("/iep-checker/minutes-per-week", test_minutes_per_week);

  return g_test_run ();
}
