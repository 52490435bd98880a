/* caseload-rules.h: the district's deadline rules (DOMAIN.md), computed in
 * core from settings and per-student facts. No SQL and no GTK here. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  CASELOAD_DEADLINE_INITIAL_EVALUATION,  /* consent + 60 days */
  CASELOAD_DEADLINE_FIRST_IEP,           /* eligibility + 30 days */
  CASELOAD_DEADLINE_ANNUAL_REVIEW,       /* last IEP meeting + 12 months */
  CASELOAD_DEADLINE_REEVALUATION,        /* last evaluation + 3 years */
  CASELOAD_DEADLINE_IEP_AT_YEAR_START,   /* IEP must be in effect on the first day */
  CASELOAD_DEADLINE_TRANSITION_PLAN,     /* IEP ending on/after the 16th birthday */
  CASELOAD_DEADLINE_RIGHTS_TRANSFER,     /* IEP ending on/after majority - 1 */
  CASELOAD_N_DEADLINE_KINDS
} CaseloadDeadlineKind;

typedef enum
{
  CASELOAD_DEADLINE_STATUS_OVERDUE,   /* days_left < 0 */
  CASELOAD_DEADLINE_STATUS_DUE_SOON,  /* 0 <= days_left <= due_soon_days */
  CASELOAD_DEADLINE_STATUS_LATER,
} CaseloadDeadlineStatus;

/* Every number is a district setting (rule_setting table), defaults from
 * DOMAIN.md via caseload_rule_settings_init_defaults(). */
typedef struct
{
  int initial_evaluation_days;   /* 60 */
  int first_iep_days;            /* 30 */
  int annual_review_months;      /* 12 */
  int due_soon_days;             /* 30 */
  int reevaluation_years;        /* 3 */
  int transition_age;            /* 16 */
  int majority_age;              /* 18 */
  int notice_days;               /* 5 */
  int parent_attempts;           /* 3 */
  int parent_attempt_methods;    /* 2 */
  int reports_per_year;          /* 4 */
} CaseloadRuleSettings;

/* What the store knows about one student, gathered in one query. An
 * invalid GDate (g_date_valid() == FALSE) means "none". */
typedef struct
{
  gint64   student_id;
  GDate    birth_date;
  /* Initial evaluation consent granted, evaluation not yet done. */
  GDate    initial_consent_date;
  /* Initial eligibility determined (eligible) and no IEP since. */
  GDate    eligibility_date;
  /* Most recent completed evaluation (initial or reevaluation). */
  GDate    last_evaluation_date;
  gboolean reevaluation_waived;
  /* The IEP in effect: the latest finalized, not superseded IEP. */
  gboolean has_iep;
  GDate    iep_meeting_date;
  GDate    iep_start_date;
  GDate    iep_end_date;
  gboolean iep_has_transition_plan;
  gboolean iep_has_rights_transfer;
  /* First day of the next school year at the student's school. */
  GDate    next_school_year_start;
} CaseloadDeadlineFacts;

typedef struct
{
  CaseloadDeadlineKind kind;
  GDate                due;
  int                  days_left;   /* due - as_of; negative when overdue */
} CaseloadDeadlineItem;

void         caseload_rule_settings_init_defaults (CaseloadRuleSettings *settings);

/* Sets one setting from its rule_setting key ("initial-evaluation-days");
 * returns FALSE for an unknown key. */
gboolean     caseload_rule_settings_set           (CaseloadRuleSettings *settings,
                                                   const char           *key,
                                                   int                   value);

void         caseload_deadline_facts_init         (CaseloadDeadlineFacts *facts);

/* Computes every deadline that applies to the student on @as_of, sorted by
 * due date (so overdue first). Returns a GArray of CaseloadDeadlineItem. */
GArray      *caseload_rules_compute_deadlines     (const CaseloadRuleSettings  *settings,
                                                   const CaseloadDeadlineFacts *facts,
                                                   const GDate                 *as_of);

CaseloadDeadlineStatus caseload_rules_status_for_days (const CaseloadRuleSettings *settings,
                                                   int                         days_left);

/* Stable machine key ("annual-review") used in CSV/JSON and the database. */
const char  *caseload_deadline_kind_to_key        (CaseloadDeadlineKind kind);
gboolean     caseload_deadline_kind_from_key      (const char           *key,
                                                   CaseloadDeadlineKind *kind);
/* Translated label ("Annual review"). */
const char  *caseload_deadline_kind_to_label      (CaseloadDeadlineKind kind);

/* Translated status words: "Overdue by 3 days", "Due today",
 * "Due in 12 days", "Due 2027-01-04" (locale date for later ones). */
char        *caseload_deadline_describe_status    (const CaseloadRuleSettings *settings,
                                                   const GDate                *due,
                                                   int                         days_left);

/* Federal environment code from percent of the day inside the regular
 * class (school age, 5 in kindergarten to 21): RC80 / RC79TO40 / RC39. */
const char  *caseload_rules_environment_code      (double percent_regular_class);
/* What a federal environment code means, in English (a msgid: translate
 * it into the language wanted); NULL for a code we do not know. */
const char  *caseload_rules_environment_name      (const char *code);

G_END_DECLS
