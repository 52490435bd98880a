#define G_LOG_DOMAIN "caseload-iep-checker"

#include "config.h"

#include "caseload-iep-checker.h"
#include "caseload-date.h"
#include "caseload-special-factor.h"

#include <glib/gi18n-lib.h>

static void
add (GPtrArray               *findings,
     CaseloadFindingSeverity  severity,
     const char              *section,
     const char              *field,
     const char              *object_kind,
     gint64                   object_id,
     const char              *message)
{
  g_ptr_array_add (findings,
                   caseload_iep_finding_new_full (severity, section, field, object_kind,
                                                  object_id, message));
}

static void
add_printf (GPtrArray               *findings,
            CaseloadFindingSeverity  severity,
            const char              *section,
            const char              *field,
            const char              *object_kind,
            gint64                   object_id,
            const char              *format,
            ...) G_GNUC_PRINTF (7, 8);

static void
add_printf (GPtrArray               *findings,
            CaseloadFindingSeverity  severity,
            const char              *section,
            const char              *field,
            const char              *object_kind,
            gint64                   object_id,
            const char              *format,
            ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  add (findings, severity, section, field, object_kind, object_id, message);
}

static gboolean
blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

static void
check_header (CaseloadIep *iep,
              GPtrArray   *findings)
{
  if (blank (caseload_iep_get_meeting_date (iep)))
    add (findings, CASELOAD_FINDING_ERROR, "header", "meeting-date", "iep", 0,
         _("The meeting date is missing"));
  if (blank (caseload_iep_get_start_date (iep)))
    add (findings, CASELOAD_FINDING_ERROR, "header", "start-date", "iep", 0,
         _("The start date is missing"));
  if (blank (caseload_iep_get_end_date (iep)))
    add (findings, CASELOAD_FINDING_ERROR, "header", "end-date", "iep", 0,
         _("The end date is missing"));
}

/* The meeting must not come after the annual-review due date of the IEP
 * this one follows. */
static void
check_annual_review (CaseloadIep                 *iep,
                     const CaseloadIepCheckInput *input,
                     GPtrArray                   *findings)
{
  GDate previous, due, meeting;
  g_autofree char *due_text = NULL;

  if (!g_str_equal (caseload_iep_get_kind (iep), "annual"))
    return;
  if (!caseload_date_parse_iso (input->previous_meeting_date, &previous))
    return;

  due = previous;
  caseload_date_add_months (&due, (guint) MAX (input->settings->annual_review_months, 0));
  due_text = caseload_date_to_iso (&due);

  if (caseload_date_parse_iso (caseload_iep_get_meeting_date (iep), &meeting))
    {
      if (g_date_compare (&meeting, &due) > 0)
        add_printf (findings, CASELOAD_FINDING_ERROR, "header", "meeting-date", "iep", 0,
                    _("The meeting is after the annual review was due (%s)"), due_text);
    }
  else
    {
      GDate today;

      if (input->as_of != NULL && g_date_valid (input->as_of))
        today = *input->as_of;
      else
        caseload_date_set_today (&today);
      if (g_date_compare (&today, &due) > 0)
        add_printf (findings, CASELOAD_FINDING_ERROR, "header", "meeting-date", "iep", 0,
                    _("The annual review was due on %s and no meeting is recorded"), due_text);
    }
}

static void
check_special_factors (CaseloadIep *iep,
                       GPtrArray   *findings)
{
  const char * const *keys = caseload_special_factor_keys ();
  GPtrArray *factors = caseload_iep_get_special_factors (iep);

  for (guint k = 0; keys[k] != NULL; k++)
    {
      CaseloadSpecialFactor *found = NULL;

      for (guint i = 0; i < factors->len; i++)
        if (g_str_equal (caseload_special_factor_get_factor (g_ptr_array_index (factors, i)), keys[k]))
          found = g_ptr_array_index (factors, i);

      if (found == NULL || !caseload_special_factor_get_considered (found))
        add_printf (findings, CASELOAD_FINDING_ERROR, "special-factors", "considered",
                    "special-factor", found != NULL ? caseload_special_factor_get_id (found) : 0,
                    _("Special factor not considered: %s"),
                    caseload_special_factor_to_label (keys[k]));
    }
}

static void
check_goals (CaseloadIep *iep,
             GPtrArray   *findings)
{
  GPtrArray *goals = caseload_iep_get_goals (iep);
  gboolean alternate = g_str_equal (caseload_iep_get_assessment (iep), "alternate");

  if (goals->len == 0)
    add (findings, CASELOAD_FINDING_ERROR, "goals", "goals", "iep", 0,
         _("The IEP has no measurable annual goal"));

  for (guint i = 0; i < goals->len; i++)
    {
      CaseloadGoal *goal = g_ptr_array_index (goals, i);
      gint64 id = caseload_goal_get_id (goal);
      guint n = i + 1;

      if (blank (caseload_goal_get_behavior (goal)))
        add_printf (findings, CASELOAD_FINDING_ERROR, "goals", "behavior", "goal", id,
                    _("Goal %u is not measurable: it does not say what the student will do"), n);
      if (!caseload_goal_get_has_baseline_value (goal))
        add_printf (findings, CASELOAD_FINDING_ERROR, "goals", "baseline-value", "goal", id,
                    _("Goal %u is not measurable: the baseline is missing"), n);
      else if (blank (caseload_goal_get_baseline_date (goal)))
        add_printf (findings, CASELOAD_FINDING_ERROR, "goals", "baseline-date", "goal", id,
                    _("Goal %u is not measurable: the baseline date is missing"), n);
      if (!caseload_goal_get_has_target_value (goal))
        add_printf (findings, CASELOAD_FINDING_ERROR, "goals", "target-value", "goal", id,
                    _("Goal %u is not measurable: the target is missing"), n);
      else if (blank (caseload_goal_get_target_date (goal)))
        add_printf (findings, CASELOAD_FINDING_ERROR, "goals", "target-date", "goal", id,
                    _("Goal %u is not measurable: the target date is missing"), n);
      if (blank (caseload_goal_get_unit (goal)))
        add_printf (findings, CASELOAD_FINDING_ERROR, "goals", "unit", "goal", id,
                    _("Goal %u is not measurable: the unit is missing"), n);
      if (blank (caseload_goal_get_method (goal)))
        add_printf (findings, CASELOAD_FINDING_ERROR, "goals", "method", "goal", id,
                    _("Goal %u is not measurable: the measurement method is missing"), n);
      if (blank (caseload_goal_get_criterion (goal)))
        add_printf (findings, CASELOAD_FINDING_ERROR, "goals", "criterion", "goal", id,
                    _("Goal %u is not measurable: the criterion is missing"), n);
      if (alternate && caseload_goal_get_objectives (goal)->len == 0)
        add_printf (findings, CASELOAD_FINDING_ERROR, "goals", "objectives", "goal", id,
                    _("Goal %u needs short-term objectives: the student takes the alternate assessment"), n);
    }
}

static void
check_services (CaseloadIep *iep,
                GPtrArray   *findings)
{
  GPtrArray *services = caseload_iep_get_services (iep);

  for (guint i = 0; i < services->len; i++)
    {
      CaseloadService *service = g_ptr_array_index (services, i);
      gint64 id = caseload_service_get_id (service);
      const char *name = caseload_service_get_name (service);

      if (!caseload_service_get_has_minutes_per_session (service) ||
          caseload_service_get_minutes_per_session (service) <= 0)
        add_printf (findings, CASELOAD_FINDING_ERROR, "services", "minutes-per-session", "service", id,
                    _("Service %u (%s) has no minutes per session"), i + 1, name);
      if (!caseload_service_get_has_sessions (service) ||
          caseload_service_get_sessions (service) <= 0)
        add_printf (findings, CASELOAD_FINDING_ERROR, "services", "sessions", "service", id,
                    _("Service %u (%s) has no number of sessions"), i + 1, name);
      if (blank (caseload_service_get_provider_role (service)) &&
          caseload_service_get_provider_staff_id (service) == 0)
        add_printf (findings, CASELOAD_FINDING_ERROR, "services", "provider-role", "service", id,
                    _("Service %u (%s) has no provider"), i + 1, name);
    }
}

static void
check_assessment (CaseloadIep *iep,
                  GPtrArray   *findings)
{
  if (!g_str_equal (caseload_iep_get_assessment (iep), "alternate"))
    return;
  if (blank (caseload_iep_get_alternate_why_not_regular (iep)))
    add (findings, CASELOAD_FINDING_ERROR, "assessment", "alternate-why-not-regular", "iep", 0,
         _("Alternate assessment: say why the regular assessment is not appropriate"));
  if (blank (caseload_iep_get_alternate_why_appropriate (iep)))
    add (findings, CASELOAD_FINDING_ERROR, "assessment", "alternate-why-appropriate", "iep", 0,
         _("Alternate assessment: say why the alternate assessment is appropriate"));
}

/* TRUE when the IEP's end date is on or after the birthday at @age. */
static gboolean
ends_on_or_after_birthday (CaseloadIep *iep,
                           const char  *birth_date,
                           int          age)
{
  GDate birth, end, birthday;

  if (age <= 0 ||
      !caseload_date_parse_iso (birth_date, &birth) ||
      !caseload_date_parse_iso (caseload_iep_get_end_date (iep), &end))
    return FALSE;

  caseload_date_birthday (&birth, (guint) age, &birthday);
  return g_date_compare (&end, &birthday) >= 0;
}

static void
check_transition (CaseloadIep                 *iep,
                  const CaseloadIepCheckInput *input,
                  GPtrArray                   *findings)
{
  if (ends_on_or_after_birthday (iep, input->birth_date, input->settings->transition_age))
    {
      if (blank (caseload_iep_get_transition_education (iep)))
        add (findings, CASELOAD_FINDING_ERROR, "transition", "transition-education", "iep", 0,
             _("A transition plan is required: the postsecondary goal for education or training is missing"));
      if (blank (caseload_iep_get_transition_employment (iep)))
        add (findings, CASELOAD_FINDING_ERROR, "transition", "transition-employment", "iep", 0,
             _("A transition plan is required: the postsecondary goal for employment is missing"));
      /* Independent living only "where appropriate" (34 CFR 300.320(b)(1)). */
      if (blank (caseload_iep_get_transition_independent_living (iep)))
        add (findings, CASELOAD_FINDING_WARNING, "transition", "transition-independent-living", "iep", 0,
             _("No postsecondary goal for independent living: add one where appropriate"));
      if (blank (caseload_iep_get_transition_assessments (iep)))
        add (findings, CASELOAD_FINDING_ERROR, "transition", "transition-assessments", "iep", 0,
             _("A transition plan is required: the transition assessments used are missing"));
      if (blank (caseload_iep_get_transition_services (iep)))
        add (findings, CASELOAD_FINDING_ERROR, "transition", "transition-services", "iep", 0,
             _("A transition plan is required: the transition services are missing"));
      if (blank (caseload_iep_get_course_of_study (iep)))
        add (findings, CASELOAD_FINDING_ERROR, "transition", "course-of-study", "iep", 0,
             _("A transition plan is required: the course of study is missing"));
    }

  if (ends_on_or_after_birthday (iep, input->birth_date, input->settings->majority_age - 1) &&
      blank (caseload_iep_get_rights_transfer_date (iep)))
    add (findings, CASELOAD_FINDING_ERROR, "transition", "rights-transfer-date", "iep", 0,
         _("The statement that the student was told which rights transfer at the age of majority is missing"));
}

static const char * const roles_with_regular[] = {
  "parent", "special-education-teacher", "general-education-teacher",
  "lea-representative", "evaluation-interpreter", NULL
};
static const char * const roles_without_regular[] = {
  "parent", "special-education-teacher", "lea-representative", "evaluation-interpreter", NULL
};

const char * const *
caseload_iep_required_roles (CaseloadIep *iep)
{
  g_return_val_if_fail (CASELOAD_IS_IEP (iep), roles_with_regular);

  if (caseload_iep_get_has_percent_regular_class (iep) &&
      caseload_iep_get_percent_regular_class (iep) <= 0.0)
    return roles_without_regular;
  return roles_with_regular;
}

static const char *
role_label (const char *role)
{
  if (g_str_equal (role, "parent"))
    return _("Parent or guardian");
  if (g_str_equal (role, "special-education-teacher"))
    return _("Special-education teacher or provider");
  if (g_str_equal (role, "general-education-teacher"))
    return _("Regular-education teacher");
  if (g_str_equal (role, "lea-representative"))
    return _("District (LEA) representative");
  if (g_str_equal (role, "evaluation-interpreter"))
    return _("Interprets evaluation results");
  return role;
}

/* The case manager is a special-education teacher or provider: their
 * presence fills that role. */
static gboolean
fills_role (CaseloadMeetingAttendee *attendee,
            const char              *role)
{
  const char *has = caseload_meeting_attendee_get_role (attendee);

  if (g_str_equal (has, role))
    return TRUE;
  return g_str_equal (role, "special-education-teacher") && g_str_equal (has, "case-manager");
}

typedef enum
{
  EXCUSAL_VALID,
  EXCUSAL_NO_AGREEMENT,
  EXCUSAL_NO_INPUT,
  EXCUSAL_AGREEMENT_LATE,
  EXCUSAL_INPUT_LATE,
} ExcusalProblem;

/* An excusal counts only with the written agreement and the written input
 * both dated on or before the meeting (@meeting NULL: date unknown, the
 * header check reports it). */
static ExcusalProblem
excusal_problem (CaseloadMeetingAttendee *attendee,
                 const GDate             *meeting)
{
  GDate agreement, input;

  if (!caseload_date_parse_iso (caseload_meeting_attendee_get_excusal_agreement_date (attendee), &agreement))
    return EXCUSAL_NO_AGREEMENT;
  if (!caseload_date_parse_iso (caseload_meeting_attendee_get_excusal_input_date (attendee), &input))
    return EXCUSAL_NO_INPUT;
  if (meeting != NULL && g_date_compare (&agreement, meeting) > 0)
    return EXCUSAL_AGREEMENT_LATE;
  if (meeting != NULL && g_date_compare (&input, meeting) > 0)
    return EXCUSAL_INPUT_LATE;
  return EXCUSAL_VALID;
}

static void
check_team (CaseloadIep                 *iep,
            const CaseloadIepCheckInput *input,
            GPtrArray                   *findings)
{
  const char * const *roles;
  GDate meeting_day;
  const GDate *meeting = NULL;

  /* An amendment may be agreed without a meeting. */
  if (g_str_equal (caseload_iep_get_kind (iep), "amendment") &&
      caseload_iep_get_meeting_id (iep) == 0)
    return;

  if (caseload_date_parse_iso (caseload_iep_get_meeting_date (iep), &meeting_day))
    meeting = &meeting_day;

  roles = caseload_iep_required_roles (iep);
  for (guint r = 0; roles[r] != NULL; r++)
    {
      CaseloadMeetingAttendee *excused = NULL;
      ExcusalProblem problem = EXCUSAL_VALID;
      gboolean satisfied = FALSE;

      for (guint i = 0; input->attendees != NULL && i < input->attendees->len && !satisfied; i++)
        {
          CaseloadMeetingAttendee *attendee = g_ptr_array_index (input->attendees, i);

          if (!fills_role (attendee, roles[r]))
            continue;
          if (caseload_meeting_attendee_get_has_attended (attendee) &&
              caseload_meeting_attendee_get_attended (attendee))
            satisfied = TRUE;
          else if (caseload_meeting_attendee_get_excused (attendee))
            {
              ExcusalProblem p = excusal_problem (attendee, meeting);

              if (p == EXCUSAL_VALID)
                satisfied = TRUE;
              else
                {
                  excused = attendee;
                  problem = p;
                }
            }
        }

      /* IDEA lets the meeting go ahead without a parent once the district
       * has documented enough attempts to involve them. */
      if (!satisfied && excused == NULL && g_str_equal (roles[r], "parent") &&
          input->settings != NULL &&
          (int) input->parent_attempts >= input->settings->parent_attempts &&
          (int) input->parent_attempt_methods >= input->settings->parent_attempt_methods)
        satisfied = TRUE;

      if (satisfied)
        continue;

      if (excused == NULL && g_str_equal (roles[r], "parent") && input->settings != NULL &&
          input->parent_attempts > 0)
        {
          add_printf (findings, CASELOAD_FINDING_ERROR, "team", "attended", "attendee", 0,
                      g_dngettext (GETTEXT_PACKAGE,
                                   "No parent attended and %u attempt to involve them is documented; "
                                   "the district requires %d attempts by %d different methods",
                                   "No parent attended and %u attempts to involve them are documented; "
                                   "the district requires %d attempts by %d different methods",
                                   input->parent_attempts),
                      input->parent_attempts, input->settings->parent_attempts,
                      input->settings->parent_attempt_methods);
          continue;
        }

      if (excused != NULL)
        {
          const char *field = NULL;
          const char *format = NULL;

          switch (problem)
            {
            case EXCUSAL_NO_AGREEMENT:
              field = "excusal-agreement-date";
              format = _("%s was excused without the written agreement of the parent and the district");
              break;
            case EXCUSAL_AGREEMENT_LATE:
              field = "excusal-agreement-date";
              format = _("%s was excused with a written agreement dated after the meeting");
              break;
            case EXCUSAL_INPUT_LATE:
              field = "excusal-input-date";
              format = _("%s was excused with written input dated after the meeting");
              break;
            case EXCUSAL_NO_INPUT:
            case EXCUSAL_VALID:
            default:
              field = "excusal-input-date";
              format = _("%s was excused without written input before the meeting");
              break;
            }
          add_printf (findings, CASELOAD_FINDING_ERROR, "team", field,
                      "attendee", caseload_meeting_attendee_get_id (excused),
                      format, role_label (roles[r]));
        }
      else
        add_printf (findings, CASELOAD_FINDING_ERROR, "team", "attended", "attendee", 0,
                    _("Required team member neither present nor excused: %s"),
                    role_label (roles[r]));
    }
}

static void
check_consent (CaseloadIep *iep,
               GPtrArray   *findings)
{
  if (g_str_equal (caseload_iep_get_kind (iep), "initial") &&
      blank (caseload_iep_get_parent_consent_date (iep)))
    add (findings, CASELOAD_FINDING_ERROR, "consent", "parent-consent-date", "iep", 0,
         _("The parent's consent to the initial provision of services is missing"));

  if (blank (caseload_iep_get_parent_copy_date (iep)))
    {
      if (caseload_iep_is_locked (iep))
        add (findings, CASELOAD_FINDING_ERROR, "consent", "parent-copy-date", "iep", 0,
             _("There is no record that the parent received a copy of the finalized IEP"));
      else
        add (findings, CASELOAD_FINDING_WARNING, "consent", "parent-copy-date", "iep", 0,
             _("Remember to record when the parent receives a copy"));
    }
}

static int
compare_severity (gconstpointer a,
                  gconstpointer b)
{
  CaseloadIepFinding *fa = *(CaseloadIepFinding **) a;
  CaseloadIepFinding *fb = *(CaseloadIepFinding **) b;

  return caseload_iep_finding_get_severity (fa) - caseload_iep_finding_get_severity (fb);
}

GPtrArray *
caseload_iep_check (CaseloadIep                 *iep,
                    const CaseloadIepCheckInput *input)
{
  GPtrArray *findings = g_ptr_array_new_with_free_func (g_object_unref);
  CaseloadRuleSettings defaults;
  CaseloadIepCheckInput local;

  g_return_val_if_fail (CASELOAD_IS_IEP (iep), findings);
  g_return_val_if_fail (input != NULL, findings);

  local = *input;
  if (local.settings == NULL)
    {
      caseload_rule_settings_init_defaults (&defaults);
      local.settings = &defaults;
    }

  check_header (iep, findings);
  check_annual_review (iep, &local, findings);
  check_special_factors (iep, findings);
  check_goals (iep, findings);
  check_services (iep, findings);
  check_assessment (iep, findings);
  check_transition (iep, &local, findings);
  check_team (iep, &local, findings);
  check_consent (iep, findings);

  /* Errors first; g_ptr_array_sort is a stable merge sort in GLib. */
  g_ptr_array_sort (findings, compare_severity);

  return findings;
}

guint
caseload_iep_findings_count_errors (GPtrArray *findings)
{
  guint n = 0;

  for (guint i = 0; findings != NULL && i < findings->len; i++)
    if (caseload_iep_finding_is_error (g_ptr_array_index (findings, i)))
      n++;
  return n;
}
