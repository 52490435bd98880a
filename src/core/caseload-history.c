/* caseload-history.c: audit rows in the words of the interface. */
#define G_LOG_DOMAIN "caseload-history"

#include "config.h"

#include "caseload-history.h"

#include "caseload-date.h"

#include <glib/gi18n-lib.h>

/* ---- sections ------------------------------------------------------------ */

static const struct {
  const char             *table;
  CaseloadHistorySection  section;
} table_sections[] = {
  { "student", CASELOAD_HISTORY_SECTION_PROFILE },
  { "student_disability", CASELOAD_HISTORY_SECTION_PROFILE },
  { "referral", CASELOAD_HISTORY_SECTION_PROFILE },
  { "consent", CASELOAD_HISTORY_SECTION_PROFILE },
  { "evaluation", CASELOAD_HISTORY_SECTION_PROFILE },
  { "iep", CASELOAD_HISTORY_SECTION_IEP },
  { "iep_reporting_period", CASELOAD_HISTORY_SECTION_IEP },
  { "special_factor", CASELOAD_HISTORY_SECTION_IEP },
  { "service", CASELOAD_HISTORY_SECTION_IEP },
  { "service_log", CASELOAD_HISTORY_SECTION_IEP },
  { "accommodation", CASELOAD_HISTORY_SECTION_IEP },
  { "goal", CASELOAD_HISTORY_SECTION_GOALS },
  { "objective", CASELOAD_HISTORY_SECTION_GOALS },
  { "data_point", CASELOAD_HISTORY_SECTION_GOALS },
  { "progress_phase", CASELOAD_HISTORY_SECTION_GOALS },
  { "progress_report", CASELOAD_HISTORY_SECTION_GOALS },
  { "progress_entry", CASELOAD_HISTORY_SECTION_GOALS },
  { "guardian", CASELOAD_HISTORY_SECTION_GUARDIANS },
  { "team_assignment", CASELOAD_HISTORY_SECTION_TEAM },
  { "meeting", CASELOAD_HISTORY_SECTION_MEETINGS },
  { "meeting_attendee", CASELOAD_HISTORY_SECTION_MEETINGS },
  { "parent_contact_attempt", CASELOAD_HISTORY_SECTION_MEETINGS },
  { "contact_log", CASELOAD_HISTORY_SECTION_CONTACTS },
  { "rights_notice", CASELOAD_HISTORY_SECTION_CONTACTS },
  { "resource_referral", CASELOAD_HISTORY_SECTION_CONTACTS },
};

const char *
caseload_history_section_name (CaseloadHistorySection section)
{
  switch (section)
    {
    case CASELOAD_HISTORY_SECTION_ALL: return _("All sections");
    case CASELOAD_HISTORY_SECTION_PROFILE: return _("Profile");
    case CASELOAD_HISTORY_SECTION_IEP: return _("IEP");
    case CASELOAD_HISTORY_SECTION_GOALS: return _("Goals & Progress");
    case CASELOAD_HISTORY_SECTION_GUARDIANS: return _("Guardians");
    case CASELOAD_HISTORY_SECTION_TEAM: return _("Team");
    case CASELOAD_HISTORY_SECTION_MEETINGS: return _("Meetings");
    case CASELOAD_HISTORY_SECTION_CONTACTS: return _("Contacts");
    case CASELOAD_HISTORY_SECTION_OTHER:
    case CASELOAD_HISTORY_N_SECTIONS:
    default: return _("Other");
    }
}

CaseloadHistorySection
caseload_history_section_for_table (const char *table)
{
  for (guint i = 0; table != NULL && i < G_N_ELEMENTS (table_sections); i++)
    if (g_str_equal (table_sections[i].table, table))
      return table_sections[i].section;
  return CASELOAD_HISTORY_SECTION_OTHER;
}

/* ---- words for fields and values --------------------------------------- */

/* The interface's name of a column; @table NULL matches any table. */
static const struct {
  const char *table;
  const char *field;
  const char *label;
} field_labels[] = {
  { "student", "student_number", N_("Student ID") },
  { "student", "first_name", N_("First name") },
  { "student", "last_name", N_("Last name") },
  { "student", "preferred_name", N_("Preferred name") },
  { "student", "birth_date", N_("Birth date") },
  { "student", "grade", N_("Grade") },
  { "student", "school_id", N_("School") },
  { "student", "home_language", N_("Home language") },
  { "student", "gender", N_("Gender") },
  { "student", "status", N_("Status") },
  { "student", "exit_date", N_("Exit date") },
  { "student", "exit_reason", N_("Exit reason") },
  { "student", "reeval_waived", N_("Reevaluation waived") },
  { "student", "notes", N_("Notes") },
  { "guardian", "relationship", N_("relationship") },
  { "guardian", "first_name", N_("first name") },
  { "guardian", "last_name", N_("last name") },
  { "guardian", "phone", N_("phone") },
  { "guardian", "email", N_("email") },
  { "guardian", "address", N_("address") },
  { "guardian", "language", N_("language") },
  { "guardian", "interpreter_needed", N_("interpreter needed") },
  { "guardian", "rights_holder", N_("holds educational rights") },
  { "guardian", "lives_with_student", N_("lives with the student") },
  { "iep", "meeting_date", N_("IEP meeting date") },
  { "iep", "start_date", N_("IEP start date") },
  { "iep", "end_date", N_("IEP end date") },
  { "iep", "next_review_date", N_("IEP next review") },
  { "iep", "strengths", N_("Strengths") },
  { "iep", "parent_concerns", N_("Parent concerns") },
  { "iep", "evaluation_results", N_("Evaluation results") },
  { "iep", "academic_needs", N_("Academic needs") },
  { "iep", "functional_needs", N_("Functional needs") },
  { "iep", "disability_impact", N_("How the disability affects progress") },
  { "iep", "assessment", N_("Assessment participation") },
  { "iep", "alternate_why_not_regular", N_("Why not the regular assessment") },
  { "iep", "alternate_why_appropriate", N_("Why the alternate assessment is appropriate") },
  /* xgettext:no-c-format */
  { "iep", "percent_regular_class", N_("Time in regular class (%)") },
  { "iep", "environment_code", N_("Educational environment") },
  { "iep", "nonparticipation_explanation", N_("Explanation of nonparticipation") },
  { "iep", "transition_education", N_("Postsecondary goal: education") },
  { "iep", "transition_employment", N_("Postsecondary goal: employment") },
  { "iep", "transition_independent_living", N_("Postsecondary goal: independent living") },
  { "iep", "transition_assessments", N_("Transition assessments") },
  { "iep", "transition_services", N_("Transition services") },
  { "iep", "course_of_study", N_("Course of study") },
  { "iep", "transition_agencies", N_("Agencies involved") },
  { "iep", "rights_transfer_date", N_("Transfer of rights date") },
  { "iep", "parent_consent_date", N_("Parent consent date") },
  { "iep", "parent_copy_date", N_("Copy given to parents") },
  { "iep", "parent_copy_method", N_("How the copy was given") },
  { "iep", "amendment_summary", N_("Amendment summary") },
  { "goal", "area", N_("area") },
  { "goal", "condition", N_("condition") },
  { "goal", "behavior", N_("behavior") },
  { "goal", "criterion", N_("criterion") },
  { "goal", "baseline_value", N_("baseline") },
  { "goal", "baseline_date", N_("baseline date") },
  { "goal", "target_value", N_("target") },
  { "goal", "target_date", N_("target date") },
  { "goal", "unit", N_("unit") },
  { "goal", "direction", N_("direction") },
  { "goal", "method", N_("measurement method") },
  { "goal", "responsible", N_("responsible") },
  { "objective", "description", N_("objective") },
  { "objective", "target_date", N_("objective target date") },
  { "service", "category", N_("kind") },
  { "service", "name", N_("name") },
  { "service", "provider_role", N_("provider") },
  { "service", "provider_staff_id", N_("provider") },
  { "service", "minutes_per_session", N_("minutes per session") },
  { "service", "sessions", N_("sessions") },
  { "service", "per", N_("sessions per") },
  { "service", "location", N_("location") },
  { "service", "start_date", N_("start date") },
  { "service", "end_date", N_("end date") },
  { "accommodation", "kind", N_("kind") },
  { "accommodation", "category", N_("category") },
  { "accommodation", "description", N_("description") },
  { "accommodation", "applies_classroom", N_("in class") },
  { "accommodation", "applies_tests", N_("on tests") },
  { "accommodation", "frequency", N_("frequency") },
  { "special_factor", "considered", N_("considered") },
  { "special_factor", "applies", N_("applies") },
  { "special_factor", "notes", N_("notes") },
  { "meeting", "kind", N_("kind") },
  { "meeting", "purpose", N_("purpose") },
  { "meeting", "starts_at", N_("start") },
  { "meeting", "ends_at", N_("end") },
  { "meeting", "location", N_("location") },
  { "meeting", "room_id", N_("room") },
  { "meeting", "video_link", N_("video link") },
  { "meeting", "status", N_("status") },
  { "meeting", "interpreter_needed", N_("interpreter needed") },
  { "meeting", "interpreter_language", N_("interpreter language") },
  { "meeting", "notice_sent_date", N_("notice sent") },
  { "meeting", "notice_method", N_("notice sent by") },
  { "meeting", "notes", N_("notes") },
  { "meeting", "outcome", N_("outcome") },
  { "meeting_attendee", "attended", N_("attended") },
  { "meeting_attendee", "required", N_("required") },
  { "meeting_attendee", "excused", N_("excused") },
  { "meeting_attendee", "response", N_("response") },
  { "meeting_attendee", "role", N_("role") },
  { "meeting_attendee", "excusal_agreement_date", N_("excusal agreed") },
  { "meeting_attendee", "excusal_input_date", N_("written input received") },
  { "data_point", "value", N_("value") },
  { "data_point", "point_date", N_("date") },
  { "data_point", "note", N_("note") },
  { "contact_log", "contact_at", N_("when") },
  { "contact_log", "person", N_("with") },
  { "contact_log", "method", N_("how") },
  { "contact_log", "summary", N_("summary") },
  { "contact_log", "follow_up_needed", N_("follow-up needed") },
  { "contact_log", "follow_up_date", N_("follow-up date") },
  { "consent", "response_date", N_("response date") },
  { "consent", "granted", N_("granted") },
  { "evaluation", "evaluation_date", N_("evaluation date") },
  { "evaluation", "eligibility_date", N_("eligibility date") },
  { "evaluation", "consent_date", N_("consent date") },
  { "evaluation", "eligible", N_("eligible") },
  { "evaluation", "summary", N_("summary") },
  { NULL, "notes", N_("notes") },
  { NULL, "status", N_("status") },
  { NULL, "due_date", N_("due date") },
  { NULL, "title", N_("title") },
};

/* Fixed vocabularies (CHECK lists in the schema) and their names. */
static const struct {
  const char *field;
  const char *code;
  const char *name;
} value_names[] = {
  { "area", "reading", N_("Reading") },
  { "area", "writing", N_("Writing") },
  { "area", "math", N_("Math") },
  { "area", "communication", N_("Communication") },
  { "area", "social-emotional", N_("Social-emotional") },
  { "area", "behavior", N_("Behavior") },
  { "area", "motor", N_("Motor") },
  { "area", "adaptive", N_("Adaptive") },
  { "area", "transition", N_("Transition") },
  { "area", "other", N_("Other") },
  { "direction", "higher", N_("higher is better") },
  { "direction", "lower", N_("lower is better") },
  { "category", "special-education", N_("Special education") },
  { "category", "related-service", N_("Related service") },
  { "category", "supplementary-aid", N_("Supplementary aid") },
  { "category", "program-modification", N_("Program modification") },
  { "category", "personnel-support", N_("Support for school personnel") },
  { "category", "presentation", N_("Presentation") },
  { "category", "response", N_("Response") },
  { "category", "setting", N_("Setting") },
  { "category", "timing", N_("Timing") },
  { "kind", "accommodation", N_("Accommodation") },
  { "kind", "modification", N_("Modification") },
  { "kind", "initial", N_("Initial") },
  { "kind", "annual", N_("Annual") },
  { "kind", "amendment", N_("Amendment") },
  { "kind", "interim", N_("Interim") },
  { "kind", "reevaluation", N_("Reevaluation") },
  { "kind", "initial-iep", N_("Initial IEP meeting") },
  { "kind", "annual-review", N_("Annual review") },
  { "kind", "eligibility", N_("Eligibility meeting") },
  { "kind", "parent-conference", N_("Parent conference") },
  { "per", "week", N_("week") },
  { "per", "month", N_("month") },
  { "assessment", "regular", N_("Regular assessment") },
  { "assessment", "accommodated", N_("Regular assessment with accommodations") },
  { "assessment", "alternate", N_("Alternate assessment") },
  { "status", "active", N_("Active") },
  { "status", "archived", N_("Archived") },
  { "status", "exited", N_("Exited") },
  { "status", "referred", N_("Referred") },
  { "status", "scheduled", N_("Scheduled") },
  { "status", "held", N_("Held") },
  { "status", "cancelled", N_("Cancelled") },
  { "status", "draft", N_("Draft") },
  { "status", "finalized", N_("Finalized") },
  { "status", "superseded", N_("Superseded") },
  { "status", "open", N_("Open") },
  { "status", "done", N_("Done") },
  { "response", "needs-action", N_("No answer yet") },
  { "response", "accepted", N_("Accepted") },
  { "response", "declined", N_("Declined") },
  { "response", "tentative", N_("Maybe") },
  { "method", "phone", N_("Phone") },
  { "method", "email", N_("E-mail") },
  { "method", "in-person", N_("In person") },
  { "method", "letter", N_("Letter") },
  { "method", "video", N_("Video call") },
  { "method", "text", N_("Text message") },
  { "method", "home-visit", N_("Home visit") },
  { "method", "mail", N_("Mail") },
  { "method", "other", N_("Other") },
  { "parent_copy_method", "in-person", N_("In person") },
  { "parent_copy_method", "mail", N_("Mail") },
  { "parent_copy_method", "email", N_("E-mail") },
  { "factor", "behavior", N_("Behavior") },
  { "factor", "limited-english", N_("Limited English proficiency") },
  { "factor", "visual-impairment", N_("Blind or visually impaired") },
  { "factor", "communication", N_("Communication needs") },
  { "factor", "assistive-technology", N_("Assistive technology") },
};

/* Yes/no columns. */
static const char * const boolean_fields[] = {
  "reeval_waived", "interpreter_needed", "rights_holder", "lives_with_student",
  "applies_classroom", "applies_tests", "considered", "applies", "attended",
  "required", "excused", "follow_up_needed", "granted", "eligible", "is_student",
  "is_primary", "is_case_manager", "locked", "active",
};

static const char *
field_label (const char *table,
             const char *field)
{
  if (field == NULL)
    return "";
  for (guint i = 0; i < G_N_ELEMENTS (field_labels); i++)
    if ((field_labels[i].table == NULL || g_strcmp0 (field_labels[i].table, table) == 0)
        && g_str_equal (field_labels[i].field, field))
      return _(field_labels[i].label);
  return NULL;
}

/* A column without a label: its words, not its underscores. */
static char *
dup_field_label (const char *table,
                 const char *field)
{
  const char *label = field_label (table, field);

  if (label != NULL)
    return g_strdup (label);
  return g_strdelimit (g_strdup (field != NULL ? field : ""), "_", ' ');
}

static gboolean
is_boolean_field (const char *field)
{
  for (guint i = 0; field != NULL && i < G_N_ELEMENTS (boolean_fields); i++)
    if (g_str_equal (boolean_fields[i], field))
      return TRUE;
  return FALSE;
}

static const char *
value_name (const char *field,
            const char *code)
{
  for (guint i = 0; field != NULL && code != NULL && i < G_N_ELEMENTS (value_names); i++)
    if (g_str_equal (value_names[i].field, field) && g_str_equal (value_names[i].code, code))
      return _(value_names[i].name);
  return NULL;
}

static gboolean
looks_like_number (const char *text)
{
  char *end = NULL;

  if (text == NULL || *text == '\0')
    return FALSE;
  g_ascii_strtod (text, &end);
  return end != NULL && *end == '\0';
}

/* 90.0 -> "90", 2.5 -> "2.5" (locale decimal point). */
static char *
format_number (const char *text)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  double value = g_ascii_strtod (text, NULL);

  if (value == (gint64) value && value > -1e15 && value < 1e15)
    return g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) value);
  g_snprintf (buffer, sizeof buffer, "%.2f", value);
  /* Trim trailing zeros of the fraction. */
  for (gsize n = strlen (buffer); n > 0 && buffer[n - 1] == '0'; n--)
    buffer[n - 1] = '\0';
  return g_strdup (buffer);
}

#define MAX_TEXT_CHARS 60

/* A stored value as a person reads it. @name is the resolved name, when
 * the store found one. */
static char *
format_value (const char *field,
              const char *value,
              const char *name,
              const char *unit)
{
  GDate date;
  const char *known;

  if (name != NULL && *name != '\0')
    return g_strdup (name);
  if (value == NULL || *value == '\0')
    return g_strdup (_("none"));
  if (is_boolean_field (field) && (g_str_equal (value, "0") || g_str_equal (value, "1")))
    return g_strdup (g_str_equal (value, "1") ? _("Yes") : _("No"));
  known = value_name (field, value);
  if (known != NULL)
    return g_strdup (known);

  /* Dates, and instants (2026-11-27T15:04:05Z) in local time. */
  if (strlen (value) == 10 && caseload_date_parse_iso (value, &date))
    return caseload_date_to_display (&date);
  if (strlen (value) >= 20 && value[10] == 'T')
    {
      g_autoptr(GDateTime) utc = g_date_time_new_from_iso8601 (value, NULL);

      if (utc != NULL)
        {
          g_autoptr(GDateTime) local = g_date_time_to_local (utc);

          return g_date_time_format (local, "%x %H:%M");
        }
    }

  if (looks_like_number (value))
    {
      g_autofree char *number = format_number (value);

      if (unit != NULL && *unit != '\0')
        return g_strdup_printf ("%s %s", number, unit);
      return g_steal_pointer (&number);
    }

  /* Text: one line, quoted, long text shortened. */
  {
    g_autofree char *line = g_strdelimit (g_strdup (value), "\r\n\t", ' ');

    g_strstrip (line);
    if (g_utf8_strlen (line, -1) > MAX_TEXT_CHARS)
      {
        g_autofree char *head = g_utf8_substring (line, 0, MAX_TEXT_CHARS - 1);

        g_strchomp (head);
        /* Translators: a shortened quotation of a long text. */
        return g_strdup_printf (_("“%s…”"), head);
      }
    /* Translators: a quoted text value in the history. */
    return g_strdup_printf (_("“%s”"), line);
  }
}

/* "old → new"; a numeric change with a unit names it once, at the end
 * ("90 → 110 words per minute"). */
static char *
format_change (const CaseloadHistoryChange *change)
{
  g_autofree char *old_text = NULL;
  g_autofree char *new_text = NULL;
  gboolean numbers = looks_like_number (change->old_value) && looks_like_number (change->new_value)
                     && change->old_name == NULL && change->new_name == NULL
                     && !is_boolean_field (change->field);

  if (numbers)
    {
      old_text = format_number (change->old_value);
      new_text = format_value (change->field, change->new_value, NULL, change->unit);
    }
  else
    {
      old_text = format_value (change->field, change->old_value, change->old_name,
                               looks_like_number (change->old_value) ? change->unit : NULL);
      new_text = format_value (change->field, change->new_value, change->new_name,
                               looks_like_number (change->new_value) ? change->unit : NULL);
    }

  /* Translators: a value changing from the first to the second. */
  return g_strdup_printf (_("%s → %s"), old_text, new_text);
}

/* "Goal 2" or "A goal" when the goal is gone. */
static char *
goal_name (const CaseloadHistoryChange *change)
{
  if (change->goal_number > 0)
    return g_strdup_printf (_("Goal %d"), change->goal_number);
  return g_strdup (_("A goal"));
}

static const char *
or_default (const char *text,
            const char *fallback)
{
  return text != NULL && *text != '\0' ? text : fallback;
}

static gboolean
is (const char *a,
    const char *b)
{
  return g_strcmp0 (a, b) == 0;
}

/* The record's name for a generic line: "Guardian Ana López". */
static char *
record_name (const CaseloadHistoryChange *change)
{
  const char *table = change->table;
  const char *label = change->label;

  if (is (table, "goal") || is (table, "data_point") || is (table, "progress_entry")
      || is (table, "progress_phase") || is (table, "objective"))
    return goal_name (change);
  if (is (table, "student"))
    return g_strdup ("");
  if (is (table, "iep"))
    return g_strdup (_("IEP"));
  if (is (table, "guardian"))
    return label != NULL ? g_strdup_printf (_("Guardian %s"), label) : g_strdup (_("A guardian"));
  if (is (table, "team_assignment"))
    return g_strdup (or_default (label, _("A team member")));
  if (is (table, "service"))
    return label != NULL ? g_strdup_printf (_("Service “%s”"), label) : g_strdup (_("A service"));
  if (is (table, "accommodation"))
    return label != NULL ? g_strdup_printf (_("Accommodation “%s”"), label) : g_strdup (_("An accommodation"));
  if (is (table, "special_factor"))
    return label != NULL ? g_strdup_printf (_("Special factor “%s”"), or_default (value_name ("factor", label), label))
                         : g_strdup (_("A special factor"));
  if (is (table, "meeting"))
    return label != NULL ? g_strdup_printf (_("Meeting “%s”"), or_default (value_name ("kind", label), label))
                         : g_strdup (_("A meeting"));
  if (is (table, "meeting_attendee"))
    return g_strdup_printf (_("Meeting participant %s"), or_default (label, ""));
  if (is (table, "contact_log"))
    return g_strdup (_("Contact log"));
  if (is (table, "progress_report"))
    return g_strdup (_("Progress report"));
  if (is (table, "consent"))
    return g_strdup (_("Consent"));
  if (is (table, "evaluation"))
    return g_strdup (_("Evaluation"));
  if (is (table, "task"))
    return g_strdup (_("Task"));
  if (is (table, "resource_referral"))
    return g_strdup (_("Community referral"));
  if (is (table, "rights_notice"))
    return g_strdup (_("Procedural safeguards notice"));
  return dup_field_label (NULL, table);
}

/* "Goal 2 target" / "Guardian Ana López · phone" / "Grade". */
static char *
subject (const CaseloadHistoryChange *change)
{
  g_autofree char *record = record_name (change);
  g_autofree char *field = dup_field_label (change->table, change->field);

  if (*record == '\0')
    return g_steal_pointer (&field);
  if (is (change->table, "goal") || (is (change->table, "iep") && field_label ("iep", change->field) == NULL))
    /* Translators: a record and one of its fields: "Goal 2 target". */
    return g_strdup_printf (_("%s %s"), record, field);
  if (is (change->table, "iep"))
    return g_steal_pointer (&field);
  /* Translators: a record and one of its fields: "Guardian Ana López · phone". */
  return g_strdup_printf (_("%s · %s"), record, field);
}

static char *
describe_update (const CaseloadHistoryChange *change)
{
  g_autofree char *what = subject (change);
  g_autofree char *how = format_change (change);

  /* Translators: what changed, then how: "Goal 2 target: 90 → 110 words per minute". */
  return g_strdup_printf (_("%s: %s"), what, how);
}

static char *
describe_insert (const CaseloadHistoryChange *change)
{
  const char *t = change->table;
  const char *label = change->label;

  if (is (t, "student"))
    return g_strdup (_("Student added"));
  if (is (t, "student_disability"))
    {
      if (is (change->field, "is_primary"))
        return is (change->new_value, "1")
               ? g_strdup_printf (_("Primary disability: %s"), or_default (label, _("unknown")))
               : NULL;
      return g_strdup_printf (_("Disability added: %s"),
                              or_default (change->new_name, or_default (change->new_value, "")));
    }
  if (is (t, "guardian"))
    return g_strdup_printf (_("Guardian added: %s"), or_default (label, _("a guardian no longer listed")));
  if (is (t, "team_assignment"))
    {
      if (!is (change->field, "staff_id"))
        return NULL;
      if (change->extra != NULL)
        /* Translators: a team member's name and role. */
        return g_strdup_printf (_("Team member added: %s (%s)"),
                                or_default (change->new_name, _("a former staff member")), change->extra);
      return g_strdup_printf (_("Team member added: %s"),
                              or_default (change->new_name, _("a former staff member")));
    }
  if (is (t, "iep"))
    {
      g_auto(GStrv) words = g_strsplit (or_default (change->new_value, ""), " ", 2);
      const char *kind = value_name ("kind", words[0]);

      if (kind != NULL)
        /* Translators: %s is the IEP kind, "Annual". */
        return g_strdup_printf (_("IEP draft started (%s)"), kind);
      return g_strdup (_("IEP draft started"));
    }
  if (is (t, "goal"))
    {
      g_autofree char *goal = goal_name (change);

      return g_strdup_printf (_("%s added"), goal);
    }
  if (is (t, "objective"))
    {
      g_autofree char *goal = goal_name (change);

      return g_strdup_printf (_("Objective added to %s"), goal);
    }
  if (is (t, "service"))
    return g_strdup_printf (_("Service added: %s"), or_default (label, _("a service no longer listed")));
  if (is (t, "accommodation"))
    return g_strdup_printf (_("Accommodation added: %s"), or_default (label, _("one no longer listed")));
  if (is (t, "special_factor"))
    return g_strdup_printf (_("Special factor considered: %s"),
                            or_default (value_name ("factor", change->new_value), or_default (change->new_value, "")));
  if (is (t, "data_point"))
    {
      g_autofree char *goal = goal_name (change);
      g_autofree char *value = format_value ("value", change->new_value, NULL, change->unit);

      return g_strdup_printf (_("%s data point added: %s"), goal, value);
    }
  if (is (t, "progress_phase"))
    {
      g_autofree char *goal = goal_name (change);

      return g_strdup_printf (_("%s phase line added: %s"), goal, or_default (change->new_value, ""));
    }
  if (is (t, "progress_report"))
    return g_strdup (_("Progress report started"));
  if (is (t, "meeting"))
    return g_strdup_printf (_("Meeting scheduled: %s"),
                            or_default (value_name ("kind", label), _("meeting")));
  if (is (t, "meeting_attendee"))
    return g_strdup_printf (_("Invited to a meeting: %s"), or_default (label, _("a participant")));
  if (is (t, "parent_contact_attempt"))
    return g_strdup_printf (_("Attempt to reach the parents recorded (%s)"),
                            or_default (value_name ("method", label), or_default (label, _("other"))));
  if (is (t, "contact_log"))
    return g_strdup_printf (_("Contact logged: %s"), or_default (value_name ("method", label), or_default (label, _("other"))));
  if (is (t, "consent"))
    return g_strdup (_("Consent recorded"));
  if (is (t, "evaluation"))
    return g_strdup_printf (_("Evaluation started (%s)"),
                            or_default (value_name ("kind", change->new_value), or_default (change->new_value, "")));
  if (is (t, "task"))
    return g_strdup_printf (_("Task added: %s"), or_default (label, ""));
  if (is (t, "rights_notice"))
    return g_strdup (_("Procedural safeguards notice given"));
  if (is (t, "resource_referral"))
    return g_strdup_printf (_("Referred to %s"), or_default (label, _("a community resource")));

  {
    g_autofree char *record = record_name (change);

    return g_strdup_printf (_("%s added"), record);
  }
}

static char *
describe_delete (const CaseloadHistoryChange *change)
{
  const char *t = change->table;
  const char *old = change->old_value;

  if (is (t, "student_disability"))
    return g_strdup_printf (_("Disability removed: %s"), or_default (change->old_name, or_default (old, "")));
  if (is (t, "guardian"))
    return g_strdup_printf (_("Guardian removed: %s"), or_default (old, or_default (change->label, _("a guardian"))));
  if (is (t, "team_assignment"))
    {
      if (!is (change->field, "staff_id"))
        return NULL;
      return g_strdup_printf (_("Team member removed: %s"), or_default (change->old_name, _("a former staff member")));
    }
  if (is (t, "iep"))
    return g_strdup (_("IEP draft deleted"));
  if (is (t, "goal"))
    {
      g_autofree char *text = format_value (NULL, old, NULL, NULL);

      return g_strdup_printf (_("Goal deleted: %s"), text);
    }
  if (is (t, "objective"))
    {
      g_autofree char *text = format_value (NULL, old, NULL, NULL);

      return g_strdup_printf (_("Objective deleted: %s"), text);
    }
  if (is (t, "service"))
    return g_strdup_printf (_("Service removed: %s"), or_default (old, _("a service")));
  if (is (t, "accommodation"))
    return g_strdup_printf (_("Accommodation removed: %s"), or_default (old, _("an accommodation")));
  if (is (t, "data_point"))
    {
      g_autofree char *goal = goal_name (change);
      g_autofree char *value = format_value ("value", old, NULL, change->unit);

      return g_strdup_printf (_("%s data point deleted: %s"), goal, value);
    }
  if (is (t, "progress_phase"))
    {
      g_autofree char *goal = goal_name (change);

      return g_strdup_printf (_("%s phase line removed"), goal);
    }
  if (is (t, "meeting_attendee"))
    return g_strdup_printf (_("Removed from a meeting: %s"), or_default (old, or_default (change->label, _("a participant"))));
  if (is (t, "contact_log"))
    return g_strdup (_("Contact log entry deleted"));
  if (is (t, "task"))
    return g_strdup (_("Task deleted"));

  {
    g_autofree char *record = record_name (change);

    return g_strdup_printf (_("%s deleted"), record);
  }
}

char *
caseload_history_describe (const CaseloadHistoryChange *change)
{
  const char *t;
  const char *action;

  g_return_val_if_fail (change != NULL, NULL);

  t = change->table;
  action = change->action;

  /* Bookkeeping, not a change anyone made. */
  if (!is (action, "insert") && (is (change->field, "content_hash") || is (change->field, "sequence")
      || is (change->field, "uid") || is (change->field, "external_id")
      || is (change->field, "updated_at") || is (change->field, "position")))
    return NULL;

  if (is (action, "insert"))
    return describe_insert (change);
  if (is (action, "delete"))
    return describe_delete (change);

  if (is (action, "archive"))
    return g_strdup (_("Student archived"));
  if (is (action, "restore"))
    {
      if (is (t, "student"))
        return g_strdup (_("Student restored from the archive"));
      if (is (t, "guardian"))
        return g_strdup_printf (_("Guardian restored: %s"), or_default (change->label, _("a guardian")));
      if (is (t, "team_assignment"))
        return is (change->field, "staff_id")
               ? g_strdup_printf (_("Team member restored: %s"),
                                  or_default (change->new_name, or_default (change->label, _("a former staff member"))))
               : NULL;
      if (is (t, "data_point"))
        {
          g_autofree char *goal = goal_name (change);
          g_autofree char *value = format_value ("value", change->new_value, NULL, change->unit);

          return g_strdup_printf (_("%s data point restored: %s"), goal, value);
        }
      {
        g_autofree char *record = record_name (change);

        return g_strdup_printf (_("%s restored"), record);
      }
    }

  if (is (action, "correct"))
    {
      g_autofree char *what = subject (change);
      g_autofree char *how = format_change (change);

      if (change->reason != NULL && *change->reason != '\0')
        /* Translators: the reason the person gave, then what changed. */
        return g_strdup_printf (_("Correction to finalized IEP (reason: %s) — %s: %s"),
                                change->reason, what, how);
      return g_strdup_printf (_("Correction to finalized IEP — %s: %s"), what, how);
    }

  /* Updates with a word of their own. */
  if (is (t, "iep") && is (change->field, "status"))
    {
      if (is (change->new_value, "finalized"))
        return g_strdup (_("IEP finalized"));
      if (is (change->new_value, "superseded"))
        return g_strdup (_("IEP superseded by a newer one"));
      if (is (change->new_value, "draft"))
        return g_strdup (_("IEP reopened as a draft"));
    }
  if (is (t, "meeting") && is (change->field, "status"))
    {
      if (is (change->new_value, "cancelled"))
        return g_strdup (_("Meeting cancelled"));
      if (is (change->new_value, "held"))
        return g_strdup (_("Meeting held"));
    }
  if (is (t, "student_disability") && is (change->field, "is_primary"))
    return is (change->new_value, "1")
           ? g_strdup_printf (_("Primary disability: %s"), or_default (change->label, _("unknown")))
           : NULL;
  if (is (t, "team_assignment") && is (change->field, "is_case_manager"))
    {
      if (is (change->new_value, "1"))
        return g_strdup_printf (_("Case manager: %s"), or_default (change->label, _("a former staff member")));
      return g_strdup_printf (_("No longer case manager: %s"), or_default (change->label, _("a former staff member")));
    }
  if (is (t, "team_assignment") && is (change->field, "role"))
    {
      g_autofree char *how = format_change (change);

      return g_strdup_printf (_("Team role of %s: %s"), or_default (change->label, _("a former staff member")), how);
    }
  if (is (t, "progress_report") && is (change->field, "locked"))
    return g_strdup (is (change->new_value, "1") ? _("Progress report locked") : _("Progress report unlocked"));
  if (is (t, "progress_report") && is (change->field, "sent"))
    return g_strdup_printf (_("Progress report sent to the family (%s)"), or_default (change->new_value, ""));
  if (is (t, "progress_entry") && is (change->field, "code"))
    {
      g_autofree char *goal = goal_name (change);

      return g_strdup_printf (_("%s progress: %s"), goal,
                              or_default (change->new_name, or_default (change->new_value, _("none"))));
    }
  if (is (t, "progress_phase") && is (change->field, "label"))
    {
      g_autofree char *goal = goal_name (change);

      return g_strdup_printf (_("%s phase line renamed: %s"), goal, or_default (change->new_value, ""));
    }
  if (is (t, "staff") || is (t, "goal_template") || is (t, "accommodation_template"))
    return NULL;

  return describe_update (change);
}

/* ---- CaseloadHistoryEntry ---------------------------------------------- */

struct _CaseloadHistoryEntry
{
  GObject                 parent_instance;

  gint64                  id;
  char                   *at;
  gint64                  staff_id;
  char                   *staff_name;
  CaseloadHistorySection  section;
  char                   *summary;
  char                   *reason;
  GDateTime              *local;
};

G_DEFINE_FINAL_TYPE (CaseloadHistoryEntry, caseload_history_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_AT,
  PROP_STAFF_ID,
  PROP_STAFF_NAME,
  PROP_SECTION,
  PROP_SUMMARY,
  PROP_REASON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
caseload_history_entry_finalize (GObject *object)
{
  CaseloadHistoryEntry *self = CASELOAD_HISTORY_ENTRY (object);

  g_clear_pointer (&self->at, g_free);
  g_clear_pointer (&self->staff_name, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->reason, g_free);
  g_clear_pointer (&self->local, g_date_time_unref);

  G_OBJECT_CLASS (caseload_history_entry_parent_class)->finalize (object);
}

static void
caseload_history_entry_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  CaseloadHistoryEntry *self = CASELOAD_HISTORY_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_AT:
      g_value_set_string (value, self->at);
      break;
    case PROP_STAFF_ID:
      g_value_set_int64 (value, self->staff_id);
      break;
    case PROP_STAFF_NAME:
      g_value_set_string (value, self->staff_name);
      break;
    case PROP_SECTION:
      g_value_set_int (value, self->section);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_history_entry_class_init (CaseloadHistoryEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_history_entry_finalize;
  object_class->get_property = caseload_history_entry_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                                            G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_AT] = g_param_spec_string ("at", NULL, NULL, NULL,
                                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STAFF_ID] = g_param_spec_int64 ("staff-id", NULL, NULL, 0, G_MAXINT64, 0,
                                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STAFF_NAME] = g_param_spec_string ("staff-name", NULL, NULL, NULL,
                                                     G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SECTION] = g_param_spec_int ("section", NULL, NULL,
                                               CASELOAD_HISTORY_SECTION_PROFILE,
                                               CASELOAD_HISTORY_SECTION_OTHER,
                                               CASELOAD_HISTORY_SECTION_OTHER,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUMMARY] = g_param_spec_string ("summary", NULL, NULL, NULL,
                                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_REASON] = g_param_spec_string ("reason", NULL, NULL, NULL,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_history_entry_init (CaseloadHistoryEntry *self)
{
}

CaseloadHistoryEntry *
caseload_history_entry_new (gint64                  id,
                            const char             *at,
                            gint64                  staff_id,
                            const char             *staff_name,
                            CaseloadHistorySection  section,
                            const char             *summary,
                            const char             *reason)
{
  CaseloadHistoryEntry *self = g_object_new (CASELOAD_TYPE_HISTORY_ENTRY, NULL);
  g_autoptr(GDateTime) utc = NULL;

  self->id = id;
  self->at = g_strdup (at != NULL ? at : "");
  self->staff_id = staff_id;
  self->staff_name = g_strdup (staff_name != NULL ? staff_name : "");
  self->section = section;
  self->summary = g_strdup (summary != NULL ? summary : "");
  self->reason = g_strdup (reason);

  utc = g_date_time_new_from_iso8601 (self->at, NULL);
  if (utc != NULL)
    self->local = g_date_time_to_local (utc);

  return self;
}

gint64
caseload_history_entry_get_id (CaseloadHistoryEntry *self)
{
  g_return_val_if_fail (CASELOAD_IS_HISTORY_ENTRY (self), 0);
  return self->id;
}

const char *
caseload_history_entry_get_at (CaseloadHistoryEntry *self)
{
  g_return_val_if_fail (CASELOAD_IS_HISTORY_ENTRY (self), NULL);
  return self->at;
}

gint64
caseload_history_entry_get_staff_id (CaseloadHistoryEntry *self)
{
  g_return_val_if_fail (CASELOAD_IS_HISTORY_ENTRY (self), 0);
  return self->staff_id;
}

const char *
caseload_history_entry_get_staff_name (CaseloadHistoryEntry *self)
{
  g_return_val_if_fail (CASELOAD_IS_HISTORY_ENTRY (self), NULL);
  return self->staff_name;
}

CaseloadHistorySection
caseload_history_entry_get_section (CaseloadHistoryEntry *self)
{
  g_return_val_if_fail (CASELOAD_IS_HISTORY_ENTRY (self), CASELOAD_HISTORY_SECTION_OTHER);
  return self->section;
}

const char *
caseload_history_entry_get_summary (CaseloadHistoryEntry *self)
{
  g_return_val_if_fail (CASELOAD_IS_HISTORY_ENTRY (self), NULL);
  return self->summary;
}

const char *
caseload_history_entry_get_reason (CaseloadHistoryEntry *self)
{
  g_return_val_if_fail (CASELOAD_IS_HISTORY_ENTRY (self), NULL);
  return self->reason;
}

char *
caseload_history_entry_dup_day (CaseloadHistoryEntry *self)
{
  g_return_val_if_fail (CASELOAD_IS_HISTORY_ENTRY (self), NULL);

  if (self->local == NULL)
    return g_strdup (self->at);
  return g_date_time_format (self->local, "%x");
}

char *
caseload_history_entry_dup_time (CaseloadHistoryEntry *self)
{
  g_return_val_if_fail (CASELOAD_IS_HISTORY_ENTRY (self), NULL);

  if (self->local == NULL)
    return g_strdup ("");
  return g_date_time_format (self->local, "%H:%M");
}

gboolean
caseload_history_entry_matches (CaseloadHistoryEntry   *self,
                                CaseloadHistorySection  section,
                                gint64                  staff_id)
{
  g_return_val_if_fail (CASELOAD_IS_HISTORY_ENTRY (self), FALSE);

  if (section != CASELOAD_HISTORY_SECTION_ALL && self->section != section)
    return FALSE;
  if (staff_id >= 0 && self->staff_id != staff_id)
    return FALSE;
  return TRUE;
}
