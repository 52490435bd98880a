#define G_LOG_DOMAIN "caseload-store-xml"

#include "config.h"

#include "caseload-xml-private.h"
#include "caseload-store-private.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

/* The SQL side of Caseload XML: one table-driven exporter and importer.
 *
 * Each kind of record is described once below (element, table, key,
 * parent, fields and the literal SQL statements that read and write it).
 * The descriptions were generated once from schema-001.sql and
 * schema-002.sql by a small script (column types from their declarations:
 * INTEGER with CHECK (x IN (0, 1)) is a boolean, *_id / REFERENCES a
 * reference, *_date a date, *_at an instant) together with
 * data/caseload.xsd; when the schema grows, add the new columns to both
 * (the round-trip test fails until they match). */

typedef enum
{
  COLUMN_TEXT,
  COLUMN_INT,
  COLUMN_BOOL,
  COLUMN_REAL,
  COLUMN_DATE,
  COLUMN_INSTANT,
  COLUMN_REF,
} ColumnKind;

enum
{
  COLUMN_NULLABLE      = 1 << 0,  /* absent element = SQL NULL */
  COLUMN_EMPTY_DEFAULT = 1 << 1,  /* NOT NULL DEFAULT '': absent = "" */
};

typedef struct
{
  const char *element;
  const char *name;
  ColumnKind  kind;
  guint       flags;
  int         ref;         /* index in xml_tables of the referenced kind, or -1 */
} XmlColumn;

typedef struct
{
  const char      *element;
  const char      *table;
  const char      *key;            /* "id", or "code"/"key" for code tables */
  const char      *parent_column;  /* NULL at the top level */
  int              parent;         /* index in xml_tables, or -1 */
  gboolean         key_text;
  gboolean         student_scope;  /* audited, as student data */
  const XmlColumn *columns;
  guint            n_columns;
  const char      *select_sql;          /* key, columns...: all, or of ?1 parent */
  const char      *select_student_sql;  /* of one student (top-level kinds) */
  const char      *get_sql;             /* [parent,] columns... of ?1 key */
  const char      *insert_sql;          /* ?1 key, [?2 parent,] columns... */
  const char      *update_sql;          /* same numbering as insert_sql */
  const char      *exists_sql;          /* 1 if ?1 key exists */
  const char      *conflict_sql;        /* id of another record with the same ?2.. */
  const char      *conflict_columns[3];
  const char      *conflict_what;
} XmlTable;

/* Generated once from schema-001.sql and schema-002.sql (the generator is
 * described in caseload-store-xml.c); edit by hand when the schema grows. */

static const XmlColumn columns_disability_category[] = {
  { "name", "name", COLUMN_TEXT, 0, -1 },
  { "federal-code", "federal_code", COLUMN_TEXT, COLUMN_NULLABLE, -1 },
  { "min-age", "min_age", COLUMN_INT, COLUMN_NULLABLE, -1 },
  { "max-age", "max_age", COLUMN_INT, COLUMN_NULLABLE, -1 },
  { "sort-order", "sort_order", COLUMN_INT, 0, -1 },
};

static const XmlColumn columns_environment_code[] = {
  { "name", "name", COLUMN_TEXT, 0, -1 },
  { "age-group", "age_group", COLUMN_TEXT, 0, -1 },
  { "sort-order", "sort_order", COLUMN_INT, 0, -1 },
};

static const XmlColumn columns_staff_role[] = {
  { "name", "name", COLUMN_TEXT, 0, -1 },
  { "sort-order", "sort_order", COLUMN_INT, 0, -1 },
};

static const XmlColumn columns_team_role[] = {
  { "name", "name", COLUMN_TEXT, 0, -1 },
  { "sort-order", "sort_order", COLUMN_INT, 0, -1 },
};

static const XmlColumn columns_progress_code[] = {
  { "name", "name", COLUMN_TEXT, 0, -1 },
  { "description", "description", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "sort-order", "sort_order", COLUMN_INT, 0, -1 },
  { "active", "active", COLUMN_INT, 0, -1 },
};

static const XmlColumn columns_rule_setting[] = {
  { "value", "value", COLUMN_INT, 0, -1 },
};

static const XmlColumn columns_school[] = {
  { "name", "name", COLUMN_TEXT, 0, -1 },
  { "short-name", "short_name", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "time-zone", "time_zone", COLUMN_TEXT, 0, -1 },
  { "lowest-grade", "lowest_grade", COLUMN_TEXT, 0, -1 },
  { "highest-grade", "highest_grade", COLUMN_TEXT, 0, -1 },
  { "address", "address", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "phone", "phone", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "external-id", "external_id", COLUMN_TEXT, COLUMN_NULLABLE, -1 },
};

static const XmlColumn columns_school_year[] = {
  { "name", "name", COLUMN_TEXT, 0, -1 },
  { "start-date", "start_date", COLUMN_DATE, 0, -1 },
  { "end-date", "end_date", COLUMN_DATE, 0, -1 },
};

static const XmlColumn columns_reporting_period[] = {
  { "number", "number", COLUMN_INT, 0, -1 },
  { "end-date", "end_date", COLUMN_DATE, 0, -1 },
};

static const XmlColumn columns_non_school_day[] = {
  { "day", "day", COLUMN_DATE, 0, -1 },
  { "description", "description", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
};

static const XmlColumn columns_room[] = {
  { "name", "name", COLUMN_TEXT, 0, -1 },
  { "capacity", "capacity", COLUMN_INT, COLUMN_NULLABLE, -1 },
};

static const XmlColumn columns_staff[] = {
  { "first-name", "first_name", COLUMN_TEXT, 0, -1 },
  { "last-name", "last_name", COLUMN_TEXT, 0, -1 },
  { "role", "role", COLUMN_TEXT, 0, 2 },
  { "school-id", "school_id", COLUMN_REF, COLUMN_NULLABLE, 6 },
  { "email", "email", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "phone", "phone", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "active", "active", COLUMN_BOOL, 0, -1 },
  { "external-id", "external_id", COLUMN_TEXT, COLUMN_NULLABLE, -1 },
  { "created-at", "created_at", COLUMN_INSTANT, 0, -1 },
  { "updated-at", "updated_at", COLUMN_INSTANT, 0, -1 },
};

static const XmlColumn columns_community_resource[] = {
  { "name", "name", COLUMN_TEXT, 0, -1 },
  { "category", "category", COLUMN_TEXT, 0, -1 },
  { "address", "address", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "phone", "phone", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "website", "website", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "languages", "languages", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "notes", "notes", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "active", "active", COLUMN_BOOL, 0, -1 },
};

static const XmlColumn columns_goal_template[] = {
  { "area", "area", COLUMN_TEXT, 0, -1 },
  { "text", "text", COLUMN_TEXT, 0, -1 },
  { "author-id", "author_id", COLUMN_REF, COLUMN_NULLABLE, 11 },
  { "shared", "shared", COLUMN_BOOL, 0, -1 },
  { "built-in", "built_in", COLUMN_BOOL, 0, -1 },
  { "created-at", "created_at", COLUMN_INSTANT, 0, -1 },
};

static const XmlColumn columns_accommodation_template[] = {
  { "category", "category", COLUMN_TEXT, 0, -1 },
  { "description", "description", COLUMN_TEXT, 0, -1 },
  { "author-id", "author_id", COLUMN_REF, COLUMN_NULLABLE, 11 },
  { "shared", "shared", COLUMN_BOOL, 0, -1 },
  { "built-in", "built_in", COLUMN_BOOL, 0, -1 },
  { "created-at", "created_at", COLUMN_INSTANT, 0, -1 },
};

static const XmlColumn columns_student[] = {
  { "student-number", "student_number", COLUMN_TEXT, 0, -1 },
  { "first-name", "first_name", COLUMN_TEXT, 0, -1 },
  { "last-name", "last_name", COLUMN_TEXT, 0, -1 },
  { "preferred-name", "preferred_name", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "birth-date", "birth_date", COLUMN_DATE, 0, -1 },
  { "grade", "grade", COLUMN_TEXT, 0, -1 },
  { "school-id", "school_id", COLUMN_REF, COLUMN_NULLABLE, 6 },
  { "home-language", "home_language", COLUMN_TEXT, 0, -1 },
  { "gender", "gender", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "status", "status", COLUMN_TEXT, 0, -1 },
  { "exit-date", "exit_date", COLUMN_DATE, COLUMN_NULLABLE, -1 },
  { "exit-reason", "exit_reason", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "reeval-waived", "reeval_waived", COLUMN_BOOL, 0, -1 },
  { "external-id", "external_id", COLUMN_TEXT, COLUMN_NULLABLE, -1 },
  { "notes", "notes", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "created-at", "created_at", COLUMN_INSTANT, 0, -1 },
  { "updated-at", "updated_at", COLUMN_INSTANT, 0, -1 },
};

static const XmlColumn columns_student_disability[] = {
  { "code", "code", COLUMN_TEXT, 0, 0 },
  { "is-primary", "is_primary", COLUMN_BOOL, 0, -1 },
};

static const XmlColumn columns_guardian[] = {
  { "first-name", "first_name", COLUMN_TEXT, 0, -1 },
  { "last-name", "last_name", COLUMN_TEXT, 0, -1 },
  { "relationship", "relationship", COLUMN_TEXT, 0, -1 },
  { "phone", "phone", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "email", "email", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "address", "address", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "language", "language", COLUMN_TEXT, 0, -1 },
  { "interpreter-needed", "interpreter_needed", COLUMN_BOOL, 0, -1 },
  { "rights-holder", "rights_holder", COLUMN_BOOL, 0, -1 },
  { "lives-with-student", "lives_with_student", COLUMN_BOOL, 0, -1 },
  { "external-id", "external_id", COLUMN_TEXT, COLUMN_NULLABLE, -1 },
  { "sort-order", "sort_order", COLUMN_INT, 0, -1 },
};

static const XmlColumn columns_team_assignment[] = {
  { "staff-id", "staff_id", COLUMN_REF, 0, 11 },
  { "role", "role", COLUMN_TEXT, 0, 3 },
  { "is-case-manager", "is_case_manager", COLUMN_BOOL, 0, -1 },
  { "start-date", "start_date", COLUMN_DATE, COLUMN_NULLABLE, -1 },
  { "end-date", "end_date", COLUMN_DATE, COLUMN_NULLABLE, -1 },
};

static const XmlColumn columns_referral[] = {
  { "referral-date", "referral_date", COLUMN_DATE, 0, -1 },
  { "referred-by", "referred_by", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "source", "source", COLUMN_TEXT, 0, -1 },
  { "reason", "reason", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "status", "status", COLUMN_TEXT, 0, -1 },
  { "decision", "decision", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "decision-date", "decision_date", COLUMN_DATE, COLUMN_NULLABLE, -1 },
};

static const XmlColumn columns_consent[] = {
  { "kind", "kind", COLUMN_TEXT, 0, -1 },
  { "requested-date", "requested_date", COLUMN_DATE, COLUMN_NULLABLE, -1 },
  { "response-date", "response_date", COLUMN_DATE, COLUMN_NULLABLE, -1 },
  { "granted", "granted", COLUMN_BOOL, COLUMN_NULLABLE, -1 },
  { "notes", "notes", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
};

static const XmlColumn columns_evaluation[] = {
  { "kind", "kind", COLUMN_TEXT, 0, -1 },
  { "consent-id", "consent_id", COLUMN_REF, COLUMN_NULLABLE, 20 },
  { "consent-date", "consent_date", COLUMN_DATE, COLUMN_NULLABLE, -1 },
  { "evaluation-date", "evaluation_date", COLUMN_DATE, COLUMN_NULLABLE, -1 },
  { "eligibility-date", "eligibility_date", COLUMN_DATE, COLUMN_NULLABLE, -1 },
  { "eligible", "eligible", COLUMN_BOOL, COLUMN_NULLABLE, -1 },
  { "summary", "summary", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
};

static const XmlColumn columns_iep[] = {
  { "kind", "kind", COLUMN_TEXT, 0, -1 },
  { "status", "status", COLUMN_TEXT, 0, -1 },
  { "amends-iep-id", "amends_iep_id", COLUMN_REF, COLUMN_NULLABLE, 22 },
  { "previous-iep-id", "previous_iep_id", COLUMN_REF, COLUMN_NULLABLE, 22 },
  { "meeting-id", "meeting_id", COLUMN_REF, COLUMN_NULLABLE, -1 },
  { "meeting-date", "meeting_date", COLUMN_DATE, COLUMN_NULLABLE, -1 },
  { "start-date", "start_date", COLUMN_DATE, COLUMN_NULLABLE, -1 },
  { "end-date", "end_date", COLUMN_DATE, COLUMN_NULLABLE, -1 },
  { "next-review-date", "next_review_date", COLUMN_DATE, COLUMN_NULLABLE, -1 },
  { "finalized-at", "finalized_at", COLUMN_INSTANT, COLUMN_NULLABLE, -1 },
  { "content-hash", "content_hash", COLUMN_TEXT, COLUMN_NULLABLE, -1 },
  { "strengths", "strengths", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "parent-concerns", "parent_concerns", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "evaluation-results", "evaluation_results", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "academic-needs", "academic_needs", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "functional-needs", "functional_needs", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "disability-impact", "disability_impact", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "assessment", "assessment", COLUMN_TEXT, 0, -1 },
  { "alternate-why-not-regular", "alternate_why_not_regular", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "alternate-why-appropriate", "alternate_why_appropriate", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "percent-regular-class", "percent_regular_class", COLUMN_REAL, COLUMN_NULLABLE, -1 },
  { "environment-code", "environment_code", COLUMN_TEXT, COLUMN_NULLABLE, 1 },
  { "nonparticipation-explanation", "nonparticipation_explanation", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "transition-education", "transition_education", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "transition-employment", "transition_employment", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "transition-independent-living", "transition_independent_living", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "transition-assessments", "transition_assessments", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "transition-services", "transition_services", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "course-of-study", "course_of_study", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "transition-agencies", "transition_agencies", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "rights-transfer-date", "rights_transfer_date", COLUMN_DATE, COLUMN_NULLABLE, -1 },
  { "parent-consent-date", "parent_consent_date", COLUMN_DATE, COLUMN_NULLABLE, -1 },
  { "parent-copy-date", "parent_copy_date", COLUMN_DATE, COLUMN_NULLABLE, -1 },
  { "parent-copy-method", "parent_copy_method", COLUMN_TEXT, COLUMN_NULLABLE, -1 },
  { "amendment-summary", "amendment_summary", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "created-at", "created_at", COLUMN_INSTANT, 0, -1 },
  { "updated-at", "updated_at", COLUMN_INSTANT, 0, -1 },
};

static const XmlColumn columns_iep_reporting_period[] = {
  { "number", "number", COLUMN_INT, 0, -1 },
  { "end-date", "end_date", COLUMN_DATE, 0, -1 },
};

static const XmlColumn columns_special_factor[] = {
  { "factor", "factor", COLUMN_TEXT, 0, -1 },
  { "considered", "considered", COLUMN_BOOL, 0, -1 },
  { "applies", "applies", COLUMN_BOOL, 0, -1 },
  { "notes", "notes", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
};

static const XmlColumn columns_goal[] = {
  { "position", "position", COLUMN_INT, 0, -1 },
  { "area", "area", COLUMN_TEXT, 0, -1 },
  { "condition", "condition", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "behavior", "behavior", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "criterion", "criterion", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "baseline-value", "baseline_value", COLUMN_REAL, COLUMN_NULLABLE, -1 },
  { "baseline-date", "baseline_date", COLUMN_DATE, COLUMN_NULLABLE, -1 },
  { "target-value", "target_value", COLUMN_REAL, COLUMN_NULLABLE, -1 },
  { "target-date", "target_date", COLUMN_DATE, COLUMN_NULLABLE, -1 },
  { "unit", "unit", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "direction", "direction", COLUMN_TEXT, 0, -1 },
  { "method", "method", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "responsible", "responsible", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "carried-from-goal-id", "carried_from_goal_id", COLUMN_REF, COLUMN_NULLABLE, 25 },
};

static const XmlColumn columns_objective[] = {
  { "position", "position", COLUMN_INT, 0, -1 },
  { "description", "description", COLUMN_TEXT, 0, -1 },
  { "target-date", "target_date", COLUMN_DATE, COLUMN_NULLABLE, -1 },
};

static const XmlColumn columns_progress_phase[] = {
  { "start-date", "start_date", COLUMN_DATE, 0, -1 },
  { "label", "label", COLUMN_TEXT, 0, -1 },
};

static const XmlColumn columns_data_point[] = {
  { "point-date", "point_date", COLUMN_DATE, 0, -1 },
  { "value", "value", COLUMN_REAL, 0, -1 },
  { "note", "note", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "recorded-by", "recorded_by", COLUMN_REF, COLUMN_NULLABLE, 11 },
  { "recorded-at", "recorded_at", COLUMN_INSTANT, 0, -1 },
};

static const XmlColumn columns_service[] = {
  { "position", "position", COLUMN_INT, 0, -1 },
  { "category", "category", COLUMN_TEXT, 0, -1 },
  { "name", "name", COLUMN_TEXT, 0, -1 },
  { "provider-role", "provider_role", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "provider-staff-id", "provider_staff_id", COLUMN_REF, COLUMN_NULLABLE, 11 },
  { "minutes-per-session", "minutes_per_session", COLUMN_INT, COLUMN_NULLABLE, -1 },
  { "sessions", "sessions", COLUMN_INT, COLUMN_NULLABLE, -1 },
  { "per", "per", COLUMN_TEXT, 0, -1 },
  { "location", "location", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "start-date", "start_date", COLUMN_DATE, COLUMN_NULLABLE, -1 },
  { "end-date", "end_date", COLUMN_DATE, COLUMN_NULLABLE, -1 },
};

static const XmlColumn columns_service_log[] = {
  { "session-date", "session_date", COLUMN_DATE, 0, -1 },
  { "minutes", "minutes", COLUMN_INT, 0, -1 },
  { "provider-staff-id", "provider_staff_id", COLUMN_REF, COLUMN_NULLABLE, 11 },
  { "group-size", "group_size", COLUMN_INT, 0, -1 },
  { "outcome", "outcome", COLUMN_TEXT, 0, -1 },
  { "notes", "notes", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
};

static const XmlColumn columns_accommodation[] = {
  { "position", "position", COLUMN_INT, 0, -1 },
  { "kind", "kind", COLUMN_TEXT, 0, -1 },
  { "category", "category", COLUMN_TEXT, 0, -1 },
  { "description", "description", COLUMN_TEXT, 0, -1 },
  { "applies-classroom", "applies_classroom", COLUMN_BOOL, 0, -1 },
  { "applies-tests", "applies_tests", COLUMN_BOOL, 0, -1 },
  { "frequency", "frequency", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
};

static const XmlColumn columns_progress_report[] = {
  { "period-number", "period_number", COLUMN_INT, 0, -1 },
  { "locked", "locked", COLUMN_BOOL, 0, -1 },
  { "sent-date", "sent_date", COLUMN_DATE, COLUMN_NULLABLE, -1 },
  { "sent-method", "sent_method", COLUMN_TEXT, COLUMN_NULLABLE, -1 },
};

static const XmlColumn columns_progress_entry[] = {
  { "goal-id", "goal_id", COLUMN_REF, 0, 25 },
  { "code", "code", COLUMN_TEXT, COLUMN_NULLABLE, 4 },
  { "sufficient", "sufficient", COLUMN_BOOL, COLUMN_NULLABLE, -1 },
  { "insufficient-reason", "insufficient_reason", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "current-value", "current_value", COLUMN_REAL, COLUMN_NULLABLE, -1 },
  { "narrative", "narrative", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
};

static const XmlColumn columns_meeting[] = {
  { "kind", "kind", COLUMN_TEXT, 0, -1 },
  { "purpose", "purpose", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "starts-at", "starts_at", COLUMN_INSTANT, 0, -1 },
  { "ends-at", "ends_at", COLUMN_INSTANT, 0, -1 },
  { "time-zone", "time_zone", COLUMN_TEXT, 0, -1 },
  { "room-id", "room_id", COLUMN_REF, COLUMN_NULLABLE, 10 },
  { "location", "location", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "video-link", "video_link", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "status", "status", COLUMN_TEXT, 0, -1 },
  { "interpreter-needed", "interpreter_needed", COLUMN_BOOL, 0, -1 },
  { "interpreter-language", "interpreter_language", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "notice-sent-date", "notice_sent_date", COLUMN_DATE, COLUMN_NULLABLE, -1 },
  { "notice-method", "notice_method", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "notice-transition", "notice_transition", COLUMN_BOOL, 0, -1 },
  { "notes", "notes", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "outcome", "outcome", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "produced-iep-id", "produced_iep_id", COLUMN_REF, COLUMN_NULLABLE, 22 },
  { "uid", "uid", COLUMN_TEXT, 0, -1 },
  { "sequence", "sequence", COLUMN_INT, 0, -1 },
};

static const XmlColumn columns_meeting_attendee[] = {
  { "staff-id", "staff_id", COLUMN_REF, COLUMN_NULLABLE, 11 },
  { "guardian-id", "guardian_id", COLUMN_REF, COLUMN_NULLABLE, 17 },
  { "is-student", "is_student", COLUMN_BOOL, 0, -1 },
  { "name", "name", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "role", "role", COLUMN_TEXT, 0, 3 },
  { "required", "required", COLUMN_BOOL, 0, -1 },
  { "response", "response", COLUMN_TEXT, 0, -1 },
  { "attended", "attended", COLUMN_BOOL, COLUMN_NULLABLE, -1 },
  { "excused", "excused", COLUMN_BOOL, 0, -1 },
  { "excusal-agreement-date", "excusal_agreement_date", COLUMN_DATE, COLUMN_NULLABLE, -1 },
  { "excusal-input-date", "excusal_input_date", COLUMN_DATE, COLUMN_NULLABLE, -1 },
};

static const XmlColumn columns_parent_contact_attempt[] = {
  { "attempt-date", "attempt_date", COLUMN_DATE, 0, -1 },
  { "method", "method", COLUMN_TEXT, 0, -1 },
  { "result", "result", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
};

static const XmlColumn columns_contact_log[] = {
  { "staff-id", "staff_id", COLUMN_REF, COLUMN_NULLABLE, 11 },
  { "contact-at", "contact_at", COLUMN_INSTANT, 0, -1 },
  { "person", "person", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "method", "method", COLUMN_TEXT, 0, -1 },
  { "summary", "summary", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "follow-up-needed", "follow_up_needed", COLUMN_BOOL, 0, -1 },
  { "follow-up-date", "follow_up_date", COLUMN_DATE, COLUMN_NULLABLE, -1 },
};

static const XmlColumn columns_resource_referral[] = {
  { "resource-id", "resource_id", COLUMN_REF, 0, 12 },
  { "referral-date", "referral_date", COLUMN_DATE, 0, -1 },
  { "reason", "reason", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "status", "status", COLUMN_TEXT, 0, -1 },
  { "follow-up-date", "follow_up_date", COLUMN_DATE, COLUMN_NULLABLE, -1 },
  { "outcome", "outcome", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
};

static const XmlColumn columns_rights_notice[] = {
  { "given-date", "given_date", COLUMN_DATE, 0, -1 },
  { "method", "method", COLUMN_TEXT, 0, -1 },
  { "language", "language", COLUMN_TEXT, 0, -1 },
  { "notes", "notes", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
};

static const XmlColumn columns_task[] = {
  { "assignee-id", "assignee_id", COLUMN_REF, 0, 11 },
  { "created-by", "created_by", COLUMN_REF, COLUMN_NULLABLE, 11 },
  { "student-id", "student_id", COLUMN_REF, COLUMN_NULLABLE, 15 },
  { "meeting-id", "meeting_id", COLUMN_REF, COLUMN_NULLABLE, 34 },
  { "title", "title", COLUMN_TEXT, 0, -1 },
  { "due-date", "due_date", COLUMN_DATE, COLUMN_NULLABLE, -1 },
  { "priority", "priority", COLUMN_TEXT, 0, -1 },
  { "status", "status", COLUMN_TEXT, 0, -1 },
  { "notes", "notes", COLUMN_TEXT, COLUMN_EMPTY_DEFAULT, -1 },
  { "created-at", "created_at", COLUMN_INSTANT, 0, -1 },
  { "completed-at", "completed_at", COLUMN_INSTANT, COLUMN_NULLABLE, -1 },
};

static const XmlColumn columns_audit_log[] = {
  { "at", "at", COLUMN_INSTANT, 0, -1 },
  { "staff-id", "staff_id", COLUMN_REF, COLUMN_NULLABLE, 11 },
  { "student-id", "student_id", COLUMN_REF, COLUMN_NULLABLE, -1 },
  { "table-name", "table_name", COLUMN_TEXT, 0, -1 },
  { "record-id", "record_id", COLUMN_REF, 0, -1 },
  { "action", "action", COLUMN_TEXT, 0, -1 },
  { "field", "field", COLUMN_TEXT, COLUMN_NULLABLE, -1 },
  { "old-value", "old_value", COLUMN_TEXT, COLUMN_NULLABLE, -1 },
  { "new-value", "new_value", COLUMN_TEXT, COLUMN_NULLABLE, -1 },
  { "reason", "reason", COLUMN_TEXT, COLUMN_NULLABLE, -1 },
};

static const XmlTable xml_tables[] = {
  {
    "disability-category", "disability_category", "code", NULL,
    -1, TRUE, FALSE,
    columns_disability_category, G_N_ELEMENTS (columns_disability_category),
    "SELECT code, name, federal_code, min_age, max_age, sort_order FROM disability_category ORDER BY code",
    NULL,
    "SELECT name, federal_code, min_age, max_age, sort_order FROM disability_category WHERE code = ?1",
    "INSERT INTO disability_category (code, name, federal_code, min_age, max_age, sort_order) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    "UPDATE disability_category SET name = ?2, federal_code = ?3, min_age = ?4, max_age = ?5, sort_order = ?6 WHERE code = ?1",
    "SELECT 1 FROM disability_category WHERE code = ?1",
    NULL, { NULL }, NULL,
  },
  {
    "environment-code", "environment_code", "code", NULL,
    -1, TRUE, FALSE,
    columns_environment_code, G_N_ELEMENTS (columns_environment_code),
    "SELECT code, name, age_group, sort_order FROM environment_code ORDER BY code",
    NULL,
    "SELECT name, age_group, sort_order FROM environment_code WHERE code = ?1",
    "INSERT INTO environment_code (code, name, age_group, sort_order) VALUES (?1, ?2, ?3, ?4)",
    "UPDATE environment_code SET name = ?2, age_group = ?3, sort_order = ?4 WHERE code = ?1",
    "SELECT 1 FROM environment_code WHERE code = ?1",
    NULL, { NULL }, NULL,
  },
  {
    "staff-role", "staff_role", "code", NULL,
    -1, TRUE, FALSE,
    columns_staff_role, G_N_ELEMENTS (columns_staff_role),
    "SELECT code, name, sort_order FROM staff_role ORDER BY code",
    NULL,
    "SELECT name, sort_order FROM staff_role WHERE code = ?1",
    "INSERT INTO staff_role (code, name, sort_order) VALUES (?1, ?2, ?3)",
    "UPDATE staff_role SET name = ?2, sort_order = ?3 WHERE code = ?1",
    "SELECT 1 FROM staff_role WHERE code = ?1",
    NULL, { NULL }, NULL,
  },
  {
    "team-role", "team_role", "code", NULL,
    -1, TRUE, FALSE,
    columns_team_role, G_N_ELEMENTS (columns_team_role),
    "SELECT code, name, sort_order FROM team_role ORDER BY code",
    NULL,
    "SELECT name, sort_order FROM team_role WHERE code = ?1",
    "INSERT INTO team_role (code, name, sort_order) VALUES (?1, ?2, ?3)",
    "UPDATE team_role SET name = ?2, sort_order = ?3 WHERE code = ?1",
    "SELECT 1 FROM team_role WHERE code = ?1",
    NULL, { NULL }, NULL,
  },
  {
    "progress-code", "progress_code", "code", NULL,
    -1, TRUE, FALSE,
    columns_progress_code, G_N_ELEMENTS (columns_progress_code),
    "SELECT code, name, description, sort_order, active FROM progress_code ORDER BY code",
    NULL,
    "SELECT name, description, sort_order, active FROM progress_code WHERE code = ?1",
    "INSERT INTO progress_code (code, name, description, sort_order, active) VALUES (?1, ?2, ?3, ?4, ?5)",
    "UPDATE progress_code SET name = ?2, description = ?3, sort_order = ?4, active = ?5 WHERE code = ?1",
    "SELECT 1 FROM progress_code WHERE code = ?1",
    NULL, { NULL }, NULL,
  },
  {
    "rule-setting", "rule_setting", "key", NULL,
    -1, TRUE, FALSE,
    columns_rule_setting, G_N_ELEMENTS (columns_rule_setting),
    "SELECT key, value FROM rule_setting ORDER BY key",
    NULL,
    "SELECT value FROM rule_setting WHERE key = ?1",
    "INSERT INTO rule_setting (key, value) VALUES (?1, ?2)",
    "UPDATE rule_setting SET value = ?2 WHERE key = ?1",
    "SELECT 1 FROM rule_setting WHERE key = ?1",
    NULL, { NULL }, NULL,
  },
  {
    "school", "school", "id", NULL,
    -1, FALSE, FALSE,
    columns_school, G_N_ELEMENTS (columns_school),
    "SELECT id, name, short_name, time_zone, lowest_grade, highest_grade, address, phone, external_id FROM school ORDER BY id",
    NULL,
    "SELECT name, short_name, time_zone, lowest_grade, highest_grade, address, phone, external_id FROM school WHERE id = ?1",
    "INSERT INTO school (id, name, short_name, time_zone, lowest_grade, highest_grade, address, phone, external_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    "UPDATE school SET name = ?2, short_name = ?3, time_zone = ?4, lowest_grade = ?5, highest_grade = ?6, address = ?7, phone = ?8, external_id = ?9 WHERE id = ?1",
    "SELECT 1 FROM school WHERE id = ?1",
    "SELECT id FROM school WHERE name = ?2 AND id <> ?1", { "name", NULL }, N_("school name"),
  },
  {
    "school-year", "school_year", "id", "school_id",
    6, FALSE, FALSE,
    columns_school_year, G_N_ELEMENTS (columns_school_year),
    "SELECT id, name, start_date, end_date FROM school_year WHERE school_id = ?1 ORDER BY id",
    NULL,
    "SELECT school_id, name, start_date, end_date FROM school_year WHERE id = ?1",
    "INSERT INTO school_year (id, school_id, name, start_date, end_date) VALUES (?1, ?2, ?3, ?4, ?5)",
    "UPDATE school_year SET school_id = ?2, name = ?3, start_date = ?4, end_date = ?5 WHERE id = ?1",
    "SELECT 1 FROM school_year WHERE id = ?1",
    NULL, { NULL }, NULL,
  },
  {
    "reporting-period", "reporting_period", "id", "school_year_id",
    7, FALSE, FALSE,
    columns_reporting_period, G_N_ELEMENTS (columns_reporting_period),
    "SELECT id, number, end_date FROM reporting_period WHERE school_year_id = ?1 ORDER BY id",
    NULL,
    "SELECT school_year_id, number, end_date FROM reporting_period WHERE id = ?1",
    "INSERT INTO reporting_period (id, school_year_id, number, end_date) VALUES (?1, ?2, ?3, ?4)",
    "UPDATE reporting_period SET school_year_id = ?2, number = ?3, end_date = ?4 WHERE id = ?1",
    "SELECT 1 FROM reporting_period WHERE id = ?1",
    NULL, { NULL }, NULL,
  },
  {
    "non-school-day", "non_school_day", "id", "school_year_id",
    7, FALSE, FALSE,
    columns_non_school_day, G_N_ELEMENTS (columns_non_school_day),
    "SELECT id, day, description FROM non_school_day WHERE school_year_id = ?1 ORDER BY id",
    NULL,
    "SELECT school_year_id, day, description FROM non_school_day WHERE id = ?1",
    "INSERT INTO non_school_day (id, school_year_id, day, description) VALUES (?1, ?2, ?3, ?4)",
    "UPDATE non_school_day SET school_year_id = ?2, day = ?3, description = ?4 WHERE id = ?1",
    "SELECT 1 FROM non_school_day WHERE id = ?1",
    NULL, { NULL }, NULL,
  },
  {
    "room", "room", "id", "school_id",
    6, FALSE, FALSE,
    columns_room, G_N_ELEMENTS (columns_room),
    "SELECT id, name, capacity FROM room WHERE school_id = ?1 ORDER BY id",
    NULL,
    "SELECT school_id, name, capacity FROM room WHERE id = ?1",
    "INSERT INTO room (id, school_id, name, capacity) VALUES (?1, ?2, ?3, ?4)",
    "UPDATE room SET school_id = ?2, name = ?3, capacity = ?4 WHERE id = ?1",
    "SELECT 1 FROM room WHERE id = ?1",
    NULL, { NULL }, NULL,
  },
  {
    "staff", "staff", "id", NULL,
    -1, FALSE, FALSE,
    columns_staff, G_N_ELEMENTS (columns_staff),
    "SELECT id, first_name, last_name, role, school_id, email, phone, active, external_id, created_at, updated_at FROM staff ORDER BY id",
    NULL,
    "SELECT first_name, last_name, role, school_id, email, phone, active, external_id, created_at, updated_at FROM staff WHERE id = ?1",
    "INSERT INTO staff (id, first_name, last_name, role, school_id, email, phone, active, external_id, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    "UPDATE staff SET first_name = ?2, last_name = ?3, role = ?4, school_id = ?5, email = ?6, phone = ?7, active = ?8, external_id = ?9, created_at = ?10, updated_at = ?11 WHERE id = ?1",
    "SELECT 1 FROM staff WHERE id = ?1",
    "SELECT id FROM staff WHERE external_id = ?2 AND id <> ?1", { "external_id", NULL }, N_("external ID"),
  },
  {
    "community-resource", "community_resource", "id", NULL,
    -1, FALSE, FALSE,
    columns_community_resource, G_N_ELEMENTS (columns_community_resource),
    "SELECT id, name, category, address, phone, website, languages, notes, active FROM community_resource ORDER BY id",
    NULL,
    "SELECT name, category, address, phone, website, languages, notes, active FROM community_resource WHERE id = ?1",
    "INSERT INTO community_resource (id, name, category, address, phone, website, languages, notes, active) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    "UPDATE community_resource SET name = ?2, category = ?3, address = ?4, phone = ?5, website = ?6, languages = ?7, notes = ?8, active = ?9 WHERE id = ?1",
    "SELECT 1 FROM community_resource WHERE id = ?1",
    NULL, { NULL }, NULL,
  },
  {
    "goal-template", "goal_template", "id", NULL,
    -1, FALSE, FALSE,
    columns_goal_template, G_N_ELEMENTS (columns_goal_template),
    "SELECT id, area, text, author_id, shared, built_in, created_at FROM goal_template ORDER BY id",
    NULL,
    "SELECT area, text, author_id, shared, built_in, created_at FROM goal_template WHERE id = ?1",
    "INSERT INTO goal_template (id, area, text, author_id, shared, built_in, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    "UPDATE goal_template SET area = ?2, text = ?3, author_id = ?4, shared = ?5, built_in = ?6, created_at = ?7 WHERE id = ?1",
    "SELECT 1 FROM goal_template WHERE id = ?1",
    "SELECT id FROM goal_template WHERE area = ?2 AND text = ?3 AND id <> ?1", { "area", "text", NULL }, N_("goal text"),
  },
  {
    "accommodation-template", "accommodation_template", "id", NULL,
    -1, FALSE, FALSE,
    columns_accommodation_template, G_N_ELEMENTS (columns_accommodation_template),
    "SELECT id, category, description, author_id, shared, built_in, created_at FROM accommodation_template ORDER BY id",
    NULL,
    "SELECT category, description, author_id, shared, built_in, created_at FROM accommodation_template WHERE id = ?1",
    "INSERT INTO accommodation_template (id, category, description, author_id, shared, built_in, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    "UPDATE accommodation_template SET category = ?2, description = ?3, author_id = ?4, shared = ?5, built_in = ?6, created_at = ?7 WHERE id = ?1",
    "SELECT 1 FROM accommodation_template WHERE id = ?1",
    "SELECT id FROM accommodation_template WHERE category = ?2 AND description = ?3 AND id <> ?1", { "category", "description", NULL }, N_("accommodation text"),
  },
  {
    "student", "student", "id", NULL,
    -1, FALSE, TRUE,
    columns_student, G_N_ELEMENTS (columns_student),
    "SELECT id, student_number, first_name, last_name, preferred_name, birth_date, grade, school_id, home_language, gender, status, exit_date, exit_reason, reeval_waived, external_id, notes, created_at, updated_at FROM student ORDER BY id",
    "SELECT id, student_number, first_name, last_name, preferred_name, birth_date, grade, school_id, home_language, gender, status, exit_date, exit_reason, reeval_waived, external_id, notes, created_at, updated_at FROM student WHERE id = ?1",
    "SELECT student_number, first_name, last_name, preferred_name, birth_date, grade, school_id, home_language, gender, status, exit_date, exit_reason, reeval_waived, external_id, notes, created_at, updated_at FROM student WHERE id = ?1",
    "INSERT INTO student (id, student_number, first_name, last_name, preferred_name, birth_date, grade, school_id, home_language, gender, status, exit_date, exit_reason, reeval_waived, external_id, notes, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
    "UPDATE student SET student_number = ?2, first_name = ?3, last_name = ?4, preferred_name = ?5, birth_date = ?6, grade = ?7, school_id = ?8, home_language = ?9, gender = ?10, status = ?11, exit_date = ?12, exit_reason = ?13, reeval_waived = ?14, external_id = ?15, notes = ?16, created_at = ?17, updated_at = ?18 WHERE id = ?1",
    "SELECT 1 FROM student WHERE id = ?1",
    "SELECT id FROM student WHERE (student_number = ?2 OR external_id = ?3) AND id <> ?1", { "student_number", "external_id", NULL }, N_("student ID"),
  },
  {
    "disability", "student_disability", "id", "student_id",
    15, FALSE, TRUE,
    columns_student_disability, G_N_ELEMENTS (columns_student_disability),
    "SELECT id, code, is_primary FROM student_disability WHERE student_id = ?1 ORDER BY id",
    NULL,
    "SELECT student_id, code, is_primary FROM student_disability WHERE id = ?1",
    "INSERT INTO student_disability (id, student_id, code, is_primary) VALUES (?1, ?2, ?3, ?4)",
    "UPDATE student_disability SET student_id = ?2, code = ?3, is_primary = ?4 WHERE id = ?1",
    "SELECT 1 FROM student_disability WHERE id = ?1",
    NULL, { NULL }, NULL,
  },
  {
    "guardian", "guardian", "id", "student_id",
    15, FALSE, TRUE,
    columns_guardian, G_N_ELEMENTS (columns_guardian),
    "SELECT id, first_name, last_name, relationship, phone, email, address, language, interpreter_needed, rights_holder, lives_with_student, external_id, sort_order FROM guardian WHERE student_id = ?1 ORDER BY id",
    NULL,
    "SELECT student_id, first_name, last_name, relationship, phone, email, address, language, interpreter_needed, rights_holder, lives_with_student, external_id, sort_order FROM guardian WHERE id = ?1",
    "INSERT INTO guardian (id, student_id, first_name, last_name, relationship, phone, email, address, language, interpreter_needed, rights_holder, lives_with_student, external_id, sort_order) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
    "UPDATE guardian SET student_id = ?2, first_name = ?3, last_name = ?4, relationship = ?5, phone = ?6, email = ?7, address = ?8, language = ?9, interpreter_needed = ?10, rights_holder = ?11, lives_with_student = ?12, external_id = ?13, sort_order = ?14 WHERE id = ?1",
    "SELECT 1 FROM guardian WHERE id = ?1",
    NULL, { NULL }, NULL,
  },
  {
    "team-assignment", "team_assignment", "id", "student_id",
    15, FALSE, TRUE,
    columns_team_assignment, G_N_ELEMENTS (columns_team_assignment),
    "SELECT id, staff_id, role, is_case_manager, start_date, end_date FROM team_assignment WHERE student_id = ?1 ORDER BY id",
    NULL,
    "SELECT student_id, staff_id, role, is_case_manager, start_date, end_date FROM team_assignment WHERE id = ?1",
    "INSERT INTO team_assignment (id, student_id, staff_id, role, is_case_manager, start_date, end_date) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    "UPDATE team_assignment SET student_id = ?2, staff_id = ?3, role = ?4, is_case_manager = ?5, start_date = ?6, end_date = ?7 WHERE id = ?1",
    "SELECT 1 FROM team_assignment WHERE id = ?1",
    NULL, { NULL }, NULL,
  },
  {
    "referral", "referral", "id", "student_id",
    15, FALSE, TRUE,
    columns_referral, G_N_ELEMENTS (columns_referral),
    "SELECT id, referral_date, referred_by, source, reason, status, decision, decision_date FROM referral WHERE student_id = ?1 ORDER BY id",
    NULL,
    "SELECT student_id, referral_date, referred_by, source, reason, status, decision, decision_date FROM referral WHERE id = ?1",
    "INSERT INTO referral (id, student_id, referral_date, referred_by, source, reason, status, decision, decision_date) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    "UPDATE referral SET student_id = ?2, referral_date = ?3, referred_by = ?4, source = ?5, reason = ?6, status = ?7, decision = ?8, decision_date = ?9 WHERE id = ?1",
    "SELECT 1 FROM referral WHERE id = ?1",
    NULL, { NULL }, NULL,
  },
  {
    "consent", "consent", "id", "student_id",
    15, FALSE, TRUE,
    columns_consent, G_N_ELEMENTS (columns_consent),
    "SELECT id, kind, requested_date, response_date, granted, notes FROM consent WHERE student_id = ?1 ORDER BY id",
    NULL,
    "SELECT student_id, kind, requested_date, response_date, granted, notes FROM consent WHERE id = ?1",
    "INSERT INTO consent (id, student_id, kind, requested_date, response_date, granted, notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    "UPDATE consent SET student_id = ?2, kind = ?3, requested_date = ?4, response_date = ?5, granted = ?6, notes = ?7 WHERE id = ?1",
    "SELECT 1 FROM consent WHERE id = ?1",
    NULL, { NULL }, NULL,
  },
  {
    "evaluation", "evaluation", "id", "student_id",
    15, FALSE, TRUE,
    columns_evaluation, G_N_ELEMENTS (columns_evaluation),
    "SELECT id, kind, consent_id, consent_date, evaluation_date, eligibility_date, eligible, summary FROM evaluation WHERE student_id = ?1 ORDER BY id",
    NULL,
    "SELECT student_id, kind, consent_id, consent_date, evaluation_date, eligibility_date, eligible, summary FROM evaluation WHERE id = ?1",
    "INSERT INTO evaluation (id, student_id, kind, consent_id, consent_date, evaluation_date, eligibility_date, eligible, summary) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    "UPDATE evaluation SET student_id = ?2, kind = ?3, consent_id = ?4, consent_date = ?5, evaluation_date = ?6, eligibility_date = ?7, eligible = ?8, summary = ?9 WHERE id = ?1",
    "SELECT 1 FROM evaluation WHERE id = ?1",
    NULL, { NULL }, NULL,
  },
  {
    "iep", "iep", "id", "student_id",
    15, FALSE, TRUE,
    columns_iep, G_N_ELEMENTS (columns_iep),
    "SELECT id, kind, status, amends_iep_id, previous_iep_id, meeting_id, meeting_date, start_date, end_date, next_review_date, finalized_at, content_hash, strengths, parent_concerns, evaluation_results, academic_needs, functional_needs, disability_impact, assessment, alternate_why_not_regular, alternate_why_appropriate, percent_regular_class, environment_code, nonparticipation_explanation, transition_education, transition_employment, transition_independent_living, transition_assessments, transition_services, course_of_study, transition_agencies, rights_transfer_date, parent_consent_date, parent_copy_date, parent_copy_method, amendment_summary, created_at, updated_at FROM iep WHERE student_id = ?1 ORDER BY id",
    NULL,
    "SELECT student_id, kind, status, amends_iep_id, previous_iep_id, meeting_id, meeting_date, start_date, end_date, next_review_date, finalized_at, content_hash, strengths, parent_concerns, evaluation_results, academic_needs, functional_needs, disability_impact, assessment, alternate_why_not_regular, alternate_why_appropriate, percent_regular_class, environment_code, nonparticipation_explanation, transition_education, transition_employment, transition_independent_living, transition_assessments, transition_services, course_of_study, transition_agencies, rights_transfer_date, parent_consent_date, parent_copy_date, parent_copy_method, amendment_summary, created_at, updated_at FROM iep WHERE id = ?1",
    "INSERT INTO iep (id, student_id, kind, status, amends_iep_id, previous_iep_id, meeting_id, meeting_date, start_date, end_date, next_review_date, finalized_at, content_hash, strengths, parent_concerns, evaluation_results, academic_needs, functional_needs, disability_impact, assessment, alternate_why_not_regular, alternate_why_appropriate, percent_regular_class, environment_code, nonparticipation_explanation, transition_education, transition_employment, transition_independent_living, transition_assessments, transition_services, course_of_study, transition_agencies, rights_transfer_date, parent_consent_date, parent_copy_date, parent_copy_method, amendment_summary, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35, ?36, ?37, ?38, ?39)",
    "UPDATE iep SET student_id = ?2, kind = ?3, status = ?4, amends_iep_id = ?5, previous_iep_id = ?6, meeting_id = ?7, meeting_date = ?8, start_date = ?9, end_date = ?10, next_review_date = ?11, finalized_at = ?12, content_hash = ?13, strengths = ?14, parent_concerns = ?15, evaluation_results = ?16, academic_needs = ?17, functional_needs = ?18, disability_impact = ?19, assessment = ?20, alternate_why_not_regular = ?21, alternate_why_appropriate = ?22, percent_regular_class = ?23, environment_code = ?24, nonparticipation_explanation = ?25, transition_education = ?26, transition_employment = ?27, transition_independent_living = ?28, transition_assessments = ?29, transition_services = ?30, course_of_study = ?31, transition_agencies = ?32, rights_transfer_date = ?33, parent_consent_date = ?34, parent_copy_date = ?35, parent_copy_method = ?36, amendment_summary = ?37, created_at = ?38, updated_at = ?39 WHERE id = ?1",
    "SELECT 1 FROM iep WHERE id = ?1",
    NULL, { NULL }, NULL,
  },
  {
    "iep-reporting-period", "iep_reporting_period", "id", "iep_id",
    22, FALSE, TRUE,
    columns_iep_reporting_period, G_N_ELEMENTS (columns_iep_reporting_period),
    "SELECT id, number, end_date FROM iep_reporting_period WHERE iep_id = ?1 ORDER BY id",
    NULL,
    "SELECT iep_id, number, end_date FROM iep_reporting_period WHERE id = ?1",
    "INSERT INTO iep_reporting_period (id, iep_id, number, end_date) VALUES (?1, ?2, ?3, ?4)",
    "UPDATE iep_reporting_period SET iep_id = ?2, number = ?3, end_date = ?4 WHERE id = ?1",
    "SELECT 1 FROM iep_reporting_period WHERE id = ?1",
    NULL, { NULL }, NULL,
  },
  {
    "special-factor", "special_factor", "id", "iep_id",
    22, FALSE, TRUE,
    columns_special_factor, G_N_ELEMENTS (columns_special_factor),
    "SELECT id, factor, considered, applies, notes FROM special_factor WHERE iep_id = ?1 ORDER BY id",
    NULL,
    "SELECT iep_id, factor, considered, applies, notes FROM special_factor WHERE id = ?1",
    "INSERT INTO special_factor (id, iep_id, factor, considered, applies, notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    "UPDATE special_factor SET iep_id = ?2, factor = ?3, considered = ?4, applies = ?5, notes = ?6 WHERE id = ?1",
    "SELECT 1 FROM special_factor WHERE id = ?1",
    NULL, { NULL }, NULL,
  },
  {
    "goal", "goal", "id", "iep_id",
    22, FALSE, TRUE,
    columns_goal, G_N_ELEMENTS (columns_goal),
    "SELECT id, position, area, condition, behavior, criterion, baseline_value, baseline_date, target_value, target_date, unit, direction, method, responsible, carried_from_goal_id FROM goal WHERE iep_id = ?1 ORDER BY id",
    NULL,
    "SELECT iep_id, position, area, condition, behavior, criterion, baseline_value, baseline_date, target_value, target_date, unit, direction, method, responsible, carried_from_goal_id FROM goal WHERE id = ?1",
    "INSERT INTO goal (id, iep_id, position, area, condition, behavior, criterion, baseline_value, baseline_date, target_value, target_date, unit, direction, method, responsible, carried_from_goal_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
    "UPDATE goal SET iep_id = ?2, position = ?3, area = ?4, condition = ?5, behavior = ?6, criterion = ?7, baseline_value = ?8, baseline_date = ?9, target_value = ?10, target_date = ?11, unit = ?12, direction = ?13, method = ?14, responsible = ?15, carried_from_goal_id = ?16 WHERE id = ?1",
    "SELECT 1 FROM goal WHERE id = ?1",
    NULL, { NULL }, NULL,
  },
  {
    "objective", "objective", "id", "goal_id",
    25, FALSE, TRUE,
    columns_objective, G_N_ELEMENTS (columns_objective),
    "SELECT id, position, description, target_date FROM objective WHERE goal_id = ?1 ORDER BY id",
    NULL,
    "SELECT goal_id, position, description, target_date FROM objective WHERE id = ?1",
    "INSERT INTO objective (id, goal_id, position, description, target_date) VALUES (?1, ?2, ?3, ?4, ?5)",
    "UPDATE objective SET goal_id = ?2, position = ?3, description = ?4, target_date = ?5 WHERE id = ?1",
    "SELECT 1 FROM objective WHERE id = ?1",
    NULL, { NULL }, NULL,
  },
  {
    "progress-phase", "progress_phase", "id", "goal_id",
    25, FALSE, TRUE,
    columns_progress_phase, G_N_ELEMENTS (columns_progress_phase),
    "SELECT id, start_date, label FROM progress_phase WHERE goal_id = ?1 ORDER BY id",
    NULL,
    "SELECT goal_id, start_date, label FROM progress_phase WHERE id = ?1",
    "INSERT INTO progress_phase (id, goal_id, start_date, label) VALUES (?1, ?2, ?3, ?4)",
    "UPDATE progress_phase SET goal_id = ?2, start_date = ?3, label = ?4 WHERE id = ?1",
    "SELECT 1 FROM progress_phase WHERE id = ?1",
    NULL, { NULL }, NULL,
  },
  {
    "data-point", "data_point", "id", "goal_id",
    25, FALSE, TRUE,
    columns_data_point, G_N_ELEMENTS (columns_data_point),
    "SELECT id, point_date, value, note, recorded_by, recorded_at FROM data_point WHERE goal_id = ?1 ORDER BY id",
    NULL,
    "SELECT goal_id, point_date, value, note, recorded_by, recorded_at FROM data_point WHERE id = ?1",
    "INSERT INTO data_point (id, goal_id, point_date, value, note, recorded_by, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    "UPDATE data_point SET goal_id = ?2, point_date = ?3, value = ?4, note = ?5, recorded_by = ?6, recorded_at = ?7 WHERE id = ?1",
    "SELECT 1 FROM data_point WHERE id = ?1",
    NULL, { NULL }, NULL,
  },
  {
    "service", "service", "id", "iep_id",
    22, FALSE, TRUE,
    columns_service, G_N_ELEMENTS (columns_service),
    "SELECT id, position, category, name, provider_role, provider_staff_id, minutes_per_session, sessions, per, location, start_date, end_date FROM service WHERE iep_id = ?1 ORDER BY id",
    NULL,
    "SELECT iep_id, position, category, name, provider_role, provider_staff_id, minutes_per_session, sessions, per, location, start_date, end_date FROM service WHERE id = ?1",
    "INSERT INTO service (id, iep_id, position, category, name, provider_role, provider_staff_id, minutes_per_session, sessions, per, location, start_date, end_date) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    "UPDATE service SET iep_id = ?2, position = ?3, category = ?4, name = ?5, provider_role = ?6, provider_staff_id = ?7, minutes_per_session = ?8, sessions = ?9, per = ?10, location = ?11, start_date = ?12, end_date = ?13 WHERE id = ?1",
    "SELECT 1 FROM service WHERE id = ?1",
    NULL, { NULL }, NULL,
  },
  {
    "service-log", "service_log", "id", "service_id",
    29, FALSE, TRUE,
    columns_service_log, G_N_ELEMENTS (columns_service_log),
    "SELECT id, session_date, minutes, provider_staff_id, group_size, outcome, notes FROM service_log WHERE service_id = ?1 ORDER BY id",
    NULL,
    "SELECT service_id, session_date, minutes, provider_staff_id, group_size, outcome, notes FROM service_log WHERE id = ?1",
    "INSERT INTO service_log (id, service_id, session_date, minutes, provider_staff_id, group_size, outcome, notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    "UPDATE service_log SET service_id = ?2, session_date = ?3, minutes = ?4, provider_staff_id = ?5, group_size = ?6, outcome = ?7, notes = ?8 WHERE id = ?1",
    "SELECT 1 FROM service_log WHERE id = ?1",
    NULL, { NULL }, NULL,
  },
  {
    "accommodation", "accommodation", "id", "iep_id",
    22, FALSE, TRUE,
    columns_accommodation, G_N_ELEMENTS (columns_accommodation),
    "SELECT id, position, kind, category, description, applies_classroom, applies_tests, frequency FROM accommodation WHERE iep_id = ?1 ORDER BY id",
    NULL,
    "SELECT iep_id, position, kind, category, description, applies_classroom, applies_tests, frequency FROM accommodation WHERE id = ?1",
    "INSERT INTO accommodation (id, iep_id, position, kind, category, description, applies_classroom, applies_tests, frequency) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    "UPDATE accommodation SET iep_id = ?2, position = ?3, kind = ?4, category = ?5, description = ?6, applies_classroom = ?7, applies_tests = ?8, frequency = ?9 WHERE id = ?1",
    "SELECT 1 FROM accommodation WHERE id = ?1",
    NULL, { NULL }, NULL,
  },
  {
    "progress-report", "progress_report", "id", "iep_id",
    22, FALSE, TRUE,
    columns_progress_report, G_N_ELEMENTS (columns_progress_report),
    "SELECT id, period_number, locked, sent_date, sent_method FROM progress_report WHERE iep_id = ?1 ORDER BY id",
    NULL,
    "SELECT iep_id, period_number, locked, sent_date, sent_method FROM progress_report WHERE id = ?1",
    "INSERT INTO progress_report (id, iep_id, period_number, locked, sent_date, sent_method) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    "UPDATE progress_report SET iep_id = ?2, period_number = ?3, locked = ?4, sent_date = ?5, sent_method = ?6 WHERE id = ?1",
    "SELECT 1 FROM progress_report WHERE id = ?1",
    NULL, { NULL }, NULL,
  },
  {
    "progress-entry", "progress_entry", "id", "report_id",
    32, FALSE, TRUE,
    columns_progress_entry, G_N_ELEMENTS (columns_progress_entry),
    "SELECT id, goal_id, code, sufficient, insufficient_reason, current_value, narrative FROM progress_entry WHERE report_id = ?1 ORDER BY id",
    NULL,
    "SELECT report_id, goal_id, code, sufficient, insufficient_reason, current_value, narrative FROM progress_entry WHERE id = ?1",
    "INSERT INTO progress_entry (id, report_id, goal_id, code, sufficient, insufficient_reason, current_value, narrative) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    "UPDATE progress_entry SET report_id = ?2, goal_id = ?3, code = ?4, sufficient = ?5, insufficient_reason = ?6, current_value = ?7, narrative = ?8 WHERE id = ?1",
    "SELECT 1 FROM progress_entry WHERE id = ?1",
    NULL, { NULL }, NULL,
  },
  {
    "meeting", "meeting", "id", "student_id",
    15, FALSE, TRUE,
    columns_meeting, G_N_ELEMENTS (columns_meeting),
    "SELECT id, kind, purpose, starts_at, ends_at, time_zone, room_id, location, video_link, status, interpreter_needed, interpreter_language, notice_sent_date, notice_method, notice_transition, notes, outcome, produced_iep_id, uid, sequence FROM meeting WHERE student_id = ?1 ORDER BY id",
    NULL,
    "SELECT student_id, kind, purpose, starts_at, ends_at, time_zone, room_id, location, video_link, status, interpreter_needed, interpreter_language, notice_sent_date, notice_method, notice_transition, notes, outcome, produced_iep_id, uid, sequence FROM meeting WHERE id = ?1",
    "INSERT INTO meeting (id, student_id, kind, purpose, starts_at, ends_at, time_zone, room_id, location, video_link, status, interpreter_needed, interpreter_language, notice_sent_date, notice_method, notice_transition, notes, outcome, produced_iep_id, uid, sequence) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)",
    "UPDATE meeting SET student_id = ?2, kind = ?3, purpose = ?4, starts_at = ?5, ends_at = ?6, time_zone = ?7, room_id = ?8, location = ?9, video_link = ?10, status = ?11, interpreter_needed = ?12, interpreter_language = ?13, notice_sent_date = ?14, notice_method = ?15, notice_transition = ?16, notes = ?17, outcome = ?18, produced_iep_id = ?19, uid = ?20, sequence = ?21 WHERE id = ?1",
    "SELECT 1 FROM meeting WHERE id = ?1",
    "SELECT id FROM meeting WHERE uid = ?2 AND id <> ?1", { "uid", NULL }, N_("meeting UID"),
  },
  {
    "attendee", "meeting_attendee", "id", "meeting_id",
    34, FALSE, TRUE,
    columns_meeting_attendee, G_N_ELEMENTS (columns_meeting_attendee),
    "SELECT id, staff_id, guardian_id, is_student, name, role, required, response, attended, excused, excusal_agreement_date, excusal_input_date FROM meeting_attendee WHERE meeting_id = ?1 ORDER BY id",
    NULL,
    "SELECT meeting_id, staff_id, guardian_id, is_student, name, role, required, response, attended, excused, excusal_agreement_date, excusal_input_date FROM meeting_attendee WHERE id = ?1",
    "INSERT INTO meeting_attendee (id, meeting_id, staff_id, guardian_id, is_student, name, role, required, response, attended, excused, excusal_agreement_date, excusal_input_date) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    "UPDATE meeting_attendee SET meeting_id = ?2, staff_id = ?3, guardian_id = ?4, is_student = ?5, name = ?6, role = ?7, required = ?8, response = ?9, attended = ?10, excused = ?11, excusal_agreement_date = ?12, excusal_input_date = ?13 WHERE id = ?1",
    "SELECT 1 FROM meeting_attendee WHERE id = ?1",
    NULL, { NULL }, NULL,
  },
  {
    "contact-attempt", "parent_contact_attempt", "id", "meeting_id",
    34, FALSE, TRUE,
    columns_parent_contact_attempt, G_N_ELEMENTS (columns_parent_contact_attempt),
    "SELECT id, attempt_date, method, result FROM parent_contact_attempt WHERE meeting_id = ?1 ORDER BY id",
    NULL,
    "SELECT meeting_id, attempt_date, method, result FROM parent_contact_attempt WHERE id = ?1",
    "INSERT INTO parent_contact_attempt (id, meeting_id, attempt_date, method, result) VALUES (?1, ?2, ?3, ?4, ?5)",
    "UPDATE parent_contact_attempt SET meeting_id = ?2, attempt_date = ?3, method = ?4, result = ?5 WHERE id = ?1",
    "SELECT 1 FROM parent_contact_attempt WHERE id = ?1",
    NULL, { NULL }, NULL,
  },
  {
    "contact-log", "contact_log", "id", "student_id",
    15, FALSE, TRUE,
    columns_contact_log, G_N_ELEMENTS (columns_contact_log),
    "SELECT id, staff_id, contact_at, person, method, summary, follow_up_needed, follow_up_date FROM contact_log WHERE student_id = ?1 ORDER BY id",
    NULL,
    "SELECT student_id, staff_id, contact_at, person, method, summary, follow_up_needed, follow_up_date FROM contact_log WHERE id = ?1",
    "INSERT INTO contact_log (id, student_id, staff_id, contact_at, person, method, summary, follow_up_needed, follow_up_date) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    "UPDATE contact_log SET student_id = ?2, staff_id = ?3, contact_at = ?4, person = ?5, method = ?6, summary = ?7, follow_up_needed = ?8, follow_up_date = ?9 WHERE id = ?1",
    "SELECT 1 FROM contact_log WHERE id = ?1",
    NULL, { NULL }, NULL,
  },
  {
    "resource-referral", "resource_referral", "id", "student_id",
    15, FALSE, TRUE,
    columns_resource_referral, G_N_ELEMENTS (columns_resource_referral),
    "SELECT id, resource_id, referral_date, reason, status, follow_up_date, outcome FROM resource_referral WHERE student_id = ?1 ORDER BY id",
    NULL,
    "SELECT student_id, resource_id, referral_date, reason, status, follow_up_date, outcome FROM resource_referral WHERE id = ?1",
    "INSERT INTO resource_referral (id, student_id, resource_id, referral_date, reason, status, follow_up_date, outcome) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    "UPDATE resource_referral SET student_id = ?2, resource_id = ?3, referral_date = ?4, reason = ?5, status = ?6, follow_up_date = ?7, outcome = ?8 WHERE id = ?1",
    "SELECT 1 FROM resource_referral WHERE id = ?1",
    NULL, { NULL }, NULL,
  },
  {
    "rights-notice", "rights_notice", "id", "student_id",
    15, FALSE, TRUE,
    columns_rights_notice, G_N_ELEMENTS (columns_rights_notice),
    "SELECT id, given_date, method, language, notes FROM rights_notice WHERE student_id = ?1 ORDER BY id",
    NULL,
    "SELECT student_id, given_date, method, language, notes FROM rights_notice WHERE id = ?1",
    "INSERT INTO rights_notice (id, student_id, given_date, method, language, notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    "UPDATE rights_notice SET student_id = ?2, given_date = ?3, method = ?4, language = ?5, notes = ?6 WHERE id = ?1",
    "SELECT 1 FROM rights_notice WHERE id = ?1",
    NULL, { NULL }, NULL,
  },
  {
    "task", "task", "id", NULL,
    -1, FALSE, FALSE,
    columns_task, G_N_ELEMENTS (columns_task),
    "SELECT id, assignee_id, created_by, student_id, meeting_id, title, due_date, priority, status, notes, created_at, completed_at FROM task ORDER BY id",
    "SELECT id, assignee_id, created_by, student_id, meeting_id, title, due_date, priority, status, notes, created_at, completed_at FROM task WHERE student_id = ?1 ORDER BY id",
    "SELECT assignee_id, created_by, student_id, meeting_id, title, due_date, priority, status, notes, created_at, completed_at FROM task WHERE id = ?1",
    "INSERT INTO task (id, assignee_id, created_by, student_id, meeting_id, title, due_date, priority, status, notes, created_at, completed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    "UPDATE task SET assignee_id = ?2, created_by = ?3, student_id = ?4, meeting_id = ?5, title = ?6, due_date = ?7, priority = ?8, status = ?9, notes = ?10, created_at = ?11, completed_at = ?12 WHERE id = ?1",
    "SELECT 1 FROM task WHERE id = ?1",
    NULL, { NULL }, NULL,
  },
  {
    "audit-entry", "audit_log", "id", NULL,
    -1, FALSE, FALSE,
    columns_audit_log, G_N_ELEMENTS (columns_audit_log),
    "SELECT id, at, staff_id, student_id, table_name, record_id, action, field, old_value, new_value, reason FROM audit_log ORDER BY id",
    "SELECT id, at, staff_id, student_id, table_name, record_id, action, field, old_value, new_value, reason FROM audit_log WHERE student_id = ?1 ORDER BY id",
    "SELECT at, staff_id, student_id, table_name, record_id, action, field, old_value, new_value, reason FROM audit_log WHERE id = ?1",
    "INSERT INTO audit_log (id, at, staff_id, student_id, table_name, record_id, action, field, old_value, new_value, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    "UPDATE audit_log SET at = ?2, staff_id = ?3, student_id = ?4, table_name = ?5, record_id = ?6, action = ?7, field = ?8, old_value = ?9, new_value = ?10, reason = ?11 WHERE id = ?1",
    "SELECT 1 FROM audit_log WHERE id = ?1",
    NULL, { NULL }, NULL,
  },
};

enum {
  TABLE_DISABILITY_CATEGORY = 0,
  TABLE_ENVIRONMENT_CODE = 1,
  TABLE_STAFF_ROLE = 2,
  TABLE_TEAM_ROLE = 3,
  TABLE_PROGRESS_CODE = 4,
  TABLE_RULE_SETTING = 5,
  TABLE_SCHOOL = 6,
  TABLE_SCHOOL_YEAR = 7,
  TABLE_REPORTING_PERIOD = 8,
  TABLE_NON_SCHOOL_DAY = 9,
  TABLE_ROOM = 10,
  TABLE_STAFF = 11,
  TABLE_COMMUNITY_RESOURCE = 12,
  TABLE_GOAL_TEMPLATE = 13,
  TABLE_ACCOMMODATION_TEMPLATE = 14,
  TABLE_STUDENT = 15,
  TABLE_STUDENT_DISABILITY = 16,
  TABLE_GUARDIAN = 17,
  TABLE_TEAM_ASSIGNMENT = 18,
  TABLE_REFERRAL = 19,
  TABLE_CONSENT = 20,
  TABLE_EVALUATION = 21,
  TABLE_IEP = 22,
  TABLE_IEP_REPORTING_PERIOD = 23,
  TABLE_SPECIAL_FACTOR = 24,
  TABLE_GOAL = 25,
  TABLE_OBJECTIVE = 26,
  TABLE_PROGRESS_PHASE = 27,
  TABLE_DATA_POINT = 28,
  TABLE_SERVICE = 29,
  TABLE_SERVICE_LOG = 30,
  TABLE_ACCOMMODATION = 31,
  TABLE_PROGRESS_REPORT = 32,
  TABLE_PROGRESS_ENTRY = 33,
  TABLE_MEETING = 34,
  TABLE_MEETING_ATTENDEE = 35,
  TABLE_PARENT_CONTACT_ATTEMPT = 36,
  TABLE_CONTACT_LOG = 37,
  TABLE_RESOURCE_REFERRAL = 38,
  TABLE_RIGHTS_NOTICE = 39,
  TABLE_TASK = 40,
  TABLE_AUDIT_LOG = 41,
  N_XML_TABLES
};

G_STATIC_ASSERT (G_N_ELEMENTS (xml_tables) == N_XML_TABLES);

/* ---- values --------------------------------------------------------------- */

/* The canonical text of a value: what export writes and what import
 * compares. NULL for SQL NULL. */
static char *
format_column (sqlite3_stmt    *stmt,
               int              index,
               const XmlColumn *column)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (sqlite3_column_type (stmt, index) == SQLITE_NULL)
    return NULL;

  switch (column->kind)
    {
    case COLUMN_INT:
    case COLUMN_REF:
      if (column->ref >= 0 && xml_tables[column->ref].key_text)
        return g_strdup (caseload_db_column_text (stmt, index));
      return g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, index));
    case COLUMN_BOOL:
      return g_strdup (sqlite3_column_int64 (stmt, index) != 0 ? "true" : "false");
    case COLUMN_REAL:
      return g_strdup (g_ascii_dtostr (buffer, sizeof buffer, sqlite3_column_double (stmt, index)));
    case COLUMN_TEXT:
    case COLUMN_DATE:
    case COLUMN_INSTANT:
    default:
      return g_strdup (caseload_db_column_text (stmt, index));
    }
}

/* The canonical text of a value read from the file (already valid against
 * the schema); NULL when the element is absent and the field nullable. */
static char *
normalize_value (const XmlColumn *column,
                 const char      *raw)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *trimmed = NULL;

  if (raw == NULL)
    return (column->flags & COLUMN_EMPTY_DEFAULT) ? g_strdup ("") : NULL;

  if (column->kind == COLUMN_TEXT)
    return g_strdup (raw);

  /* Every non-string schema type collapses white space. */
  trimmed = g_strstrip (g_strdup (raw));
  switch (column->kind)
    {
    case COLUMN_INT:
    case COLUMN_REF:
      return g_strdup_printf ("%" G_GINT64_FORMAT, g_ascii_strtoll (trimmed, NULL, 10));
    case COLUMN_BOOL:
      return g_strdup (g_str_equal (trimmed, "true") || g_str_equal (trimmed, "1") ? "true" : "false");
    case COLUMN_REAL:
      return g_strdup (g_ascii_dtostr (buffer, sizeof buffer, g_ascii_strtod (trimmed, NULL)));
    case COLUMN_TEXT:
    case COLUMN_DATE:
    case COLUMN_INSTANT:
    default:
      return g_steal_pointer (&trimmed);
    }
}

static void
bind_value (sqlite3_stmt    *stmt,
            int              index,
            const XmlColumn *column,
            const char      *value)
{
  if (value == NULL)
    {
      sqlite3_bind_null (stmt, index);
      return;
    }
  switch (column->kind)
    {
    case COLUMN_INT:
    case COLUMN_REF:
      if (column->ref >= 0 && xml_tables[column->ref].key_text)
        caseload_db_bind_text (stmt, index, value);
      else
        sqlite3_bind_int64 (stmt, index, g_ascii_strtoll (value, NULL, 10));
      break;
    case COLUMN_BOOL:
      sqlite3_bind_int (stmt, index, g_str_equal (value, "true") ? 1 : 0);
      break;
    case COLUMN_REAL:
      sqlite3_bind_double (stmt, index, g_ascii_strtod (value, NULL));
      break;
    case COLUMN_TEXT:
    case COLUMN_DATE:
    case COLUMN_INSTANT:
    default:
      caseload_db_bind_text (stmt, index, value);
      break;
    }
}

static void
bind_key (sqlite3_stmt   *stmt,
          int             index,
          const XmlTable *table,
          const char     *key)
{
  if (table->key_text)
    caseload_db_bind_text (stmt, index, key);
  else
    sqlite3_bind_int64 (stmt, index, g_ascii_strtoll (key, NULL, 10));
}

/* Text XML 1.0 can carry: valid UTF-8 without control characters other
 * than tab, newline and carriage return. */
static gboolean
xml_safe (const char *text)
{
  if (!g_utf8_validate (text, -1, NULL))
    return FALSE;
  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    if (*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r')
      return FALSE;
  return TRUE;
}

/* ---- export --------------------------------------------------------------- */

typedef struct
{
  CaseloadStore *store;
  sqlite3       *db;
  xmlTextWriter *writer;
  sqlite3_stmt  *children[N_XML_TABLES];
} ExportContext;

static gboolean
writer_failed (int      rc,
               GError **error)
{
  if (rc < 0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_FAILED,
                   _("Could not write the export"));
      return TRUE;
    }
  return FALSE;
}

static gboolean export_rows (ExportContext  *ctx,
                             guint           table_index,
                             sqlite3_stmt   *stmt,
                             GError        **error);

static gboolean
export_children (ExportContext  *ctx,
                 guint           table_index,
                 sqlite3_stmt   *row,
                 GError        **error)
{
  for (guint i = table_index + 1; i < N_XML_TABLES; i++)
    {
      sqlite3_stmt *stmt;

      if (xml_tables[i].parent != (int) table_index)
        continue;

      if (ctx->children[i] == NULL)
        {
          ctx->children[i] = caseload_db_prepare (ctx->db, xml_tables[i].select_sql, error);
          if (ctx->children[i] == NULL)
            return FALSE;
        }
      stmt = ctx->children[i];
      sqlite3_reset (stmt);
      sqlite3_bind_value (stmt, 1, sqlite3_column_value (row, 0));
      if (!export_rows (ctx, i, stmt, error))
        return FALSE;
      sqlite3_reset (stmt);
    }
  return TRUE;
}

static gboolean
export_rows (ExportContext  *ctx,
             guint           table_index,
             sqlite3_stmt   *stmt,
             GError        **error)
{
  const XmlTable *table = &xml_tables[table_index];
  xmlTextWriter *w = ctx->writer;
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *key = caseload_db_column_text (stmt, 0);

      if (writer_failed (xmlTextWriterStartElement (w, BAD_CAST table->element), error) ||
          writer_failed (xmlTextWriterWriteAttribute (w, BAD_CAST (table->key_text ? table->key : "id"),
                                                      BAD_CAST key), error))
        return FALSE;

      for (guint c = 0; c < table->n_columns; c++)
        {
          const XmlColumn *column = &table->columns[c];
          g_autofree char *value = format_column (stmt, (int) c + 1, column);

          if (value == NULL)
            continue;
          if ((column->flags & COLUMN_EMPTY_DEFAULT) && *value == '\0')
            continue;
          if (!xml_safe (value))
            {
              g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                           _("Cannot export %s %s: its field “%s” holds characters "
                             "an XML file cannot carry"),
                           table->element, key, column->element);
              return FALSE;
            }
          if (writer_failed (xmlTextWriterWriteElement (w, BAD_CAST column->element, BAD_CAST value), error))
            return FALSE;
        }

      if (!export_children (ctx, table_index, stmt, error))
        return FALSE;

      if (writer_failed (xmlTextWriterEndElement (w), error))
        return FALSE;
    }

  if (rc != SQLITE_DONE)
    return caseload_db_set_error (ctx->db, rc, _("Could not read the database"), error);
  return TRUE;
}

static gboolean
export_all (ExportContext           *ctx,
            gint64                   student_id,
            CaseloadXmlExportFlags   flags,
            GError                 **error)
{
  g_autofree char *version = g_strdup_printf ("%d", caseload_store_get_schema_version (ctx->store));
  g_autofree char *database_id = NULL;
  xmlTextWriter *w = ctx->writer;

  if (!caseload_store_xml_get_database_id (ctx->store, &database_id, error))
    return FALSE;
  if (database_id != NULL && !xml_safe (database_id))
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   _("Cannot export: the database's identity holds characters an XML file cannot carry"));
      return FALSE;
    }

  if (writer_failed (xmlTextWriterStartDocument (w, NULL, "UTF-8", NULL), error) ||
      writer_failed (xmlTextWriterStartElementNS (w, NULL, BAD_CAST "caseload",
                                                  BAD_CAST CASELOAD_XML_NAMESPACE), error) ||
      writer_failed (xmlTextWriterWriteAttribute (w, BAD_CAST "schema-version", BAD_CAST version), error) ||
      writer_failed (xmlTextWriterWriteAttribute (w, BAD_CAST "scope",
                                                  BAD_CAST (student_id > 0 ? "student" : "database")), error) ||
      (database_id != NULL &&
       writer_failed (xmlTextWriterWriteAttribute (w, BAD_CAST "database-id", BAD_CAST database_id), error)))
    return FALSE;

  for (guint i = 0; i < N_XML_TABLES; i++)
    {
      const XmlTable *table = &xml_tables[i];
      g_autoptr(sqlite3_stmt) stmt = NULL;

      if (table->parent >= 0)
        continue;
      if (i == TABLE_AUDIT_LOG && !(flags & CASELOAD_XML_EXPORT_WITH_HISTORY))
        continue;

      if (student_id > 0 && table->select_student_sql != NULL)
        {
          stmt = caseload_db_prepare (ctx->db, table->select_student_sql, error);
          if (stmt != NULL)
            sqlite3_bind_int64 (stmt, 1, student_id);
        }
      else
        stmt = caseload_db_prepare (ctx->db, table->select_sql, error);
      if (stmt == NULL || !export_rows (ctx, i, stmt, error))
        return FALSE;
    }

  if (writer_failed (xmlTextWriterEndElement (w), error) ||
      writer_failed (xmlTextWriterEndDocument (w), error) ||
      writer_failed (xmlTextWriterFlush (w), error))
    return FALSE;
  return TRUE;
}

gboolean
caseload_store_xml_export (CaseloadStore           *store,
                           gint64                   student_id,
                           CaseloadXmlExportFlags   flags,
                           xmlTextWriter           *writer,
                           GError                 **error)
{
  ExportContext ctx = { store, caseload_store_get_db (store), writer, { NULL } };
  gboolean ok;

  g_return_val_if_fail (CASELOAD_IS_STORE (store), FALSE);

  if (student_id > 0)
    {
      g_autoptr(CaseloadStudent) student = caseload_store_get_student (store, student_id, error);

      if (student == NULL)
        return FALSE;
    }

  /* One read transaction: the export is one consistent snapshot. */
  if (!caseload_db_exec (ctx.db, "BEGIN", error))
    return FALSE;
  ok = export_all (&ctx, student_id, flags, error);
  for (guint i = 0; i < N_XML_TABLES; i++)
    g_clear_pointer (&ctx.children[i], caseload_db_release);
  caseload_db_rollback (ctx.db);

  return ok;
}

gboolean
caseload_store_xml_has_data (CaseloadStore  *store,
                             gboolean       *has_data,
                             GError        **error)
{
  sqlite3 *db = caseload_store_get_db (store);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = caseload_db_prepare (db,
                              "SELECT EXISTS (SELECT 1 FROM student) OR EXISTS (SELECT 1 FROM staff)",
                              error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return caseload_db_set_error (db, rc, _("Could not read the database"), error);
  *has_data = sqlite3_column_int (stmt, 0) != 0;
  return TRUE;
}

gboolean
caseload_store_xml_get_database_id (CaseloadStore  *store,
                                    char          **database_id,
                                    GError        **error)
{
  sqlite3 *db = caseload_store_get_db (store);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (CASELOAD_IS_STORE (store), FALSE);
  g_return_val_if_fail (database_id != NULL, FALSE);

  *database_id = NULL;
  stmt = caseload_db_prepare (db, "SELECT value FROM database_info WHERE key = 'database-id'", error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *database_id = g_strdup (caseload_db_column_text (stmt, 0));
  else if (rc != SQLITE_DONE)
    return caseload_db_set_error (db, rc, _("Could not read the database"), error);
  return TRUE;
}

/* Empty: no students, staff or schools (code tables and banks do not
 * count: every new database has them). */
static gboolean
database_is_empty (sqlite3   *db,
                   gboolean  *empty,
                   GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = caseload_db_prepare (db,
                              "SELECT NOT EXISTS (SELECT 1 FROM student) "
                              "AND NOT EXISTS (SELECT 1 FROM staff) "
                              "AND NOT EXISTS (SELECT 1 FROM school)",
                              error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return caseload_db_set_error (db, rc, _("Could not read the database"), error);
  *empty = sqlite3_column_int (stmt, 0) != 0;
  return TRUE;
}

/* *adopt: the database is empty and the file names its database. */
static gboolean
check_origin (CaseloadStore  *store,
              const char     *file_database_id,
              gboolean       *adopt,
              GError        **error)
{
  g_autofree char *own = NULL;
  gboolean empty = FALSE;

  *adopt = FALSE;
  if (!database_is_empty (caseload_store_get_db (store), &empty, error))
    return FALSE;
  if (empty)
    {
      *adopt = file_database_id != NULL;
      return TRUE;
    }

  if (!caseload_store_xml_get_database_id (store, &own, error))
    return FALSE;
  if (file_database_id == NULL)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   _("This file does not say which Caseload database it comes from "
                     "(it was written before Caseload recorded that), and this database "
                     "already holds data. Import it into a new, empty database; merging "
                     "two databases is not supported yet. Nothing was imported."));
      return FALSE;
    }
  if (own == NULL || !g_str_equal (own, file_database_id))
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   /* Translators: the file's database id, then this database's */
                   _("This file comes from another Caseload database (database %s; this "
                     "one is %s). Import it into a new, empty database; merging two "
                     "databases is not supported yet. Nothing was imported."),
                   file_database_id, own != NULL ? own : _("without an identity"));
      return FALSE;
    }
  return TRUE;
}

gboolean
caseload_store_xml_check_origin (CaseloadStore  *store,
                                 const char     *file_database_id,
                                 GError        **error)
{
  gboolean adopt;

  g_return_val_if_fail (CASELOAD_IS_STORE (store), FALSE);

  return check_origin (store, file_database_id, &adopt, error);
}

/* ---- import --------------------------------------------------------------- */

typedef struct
{
  int   table;
  char *value;
  int   line;
  char *element;
} PendingRef;

static void
pending_ref_clear (gpointer data)
{
  PendingRef *ref = data;

  g_free (ref->value);
  g_free (ref->element);
}

struct _CaseloadXmlImport
{
  CaseloadStore           *store;
  sqlite3                 *db;
  CaseloadXmlImportResult *result;
  char                    *now;
  char                    *reason;
  gboolean                 in_transaction;
  gboolean                 changed[N_XML_TABLES];
  sqlite3_stmt            *get[N_XML_TABLES];
  sqlite3_stmt            *insert[N_XML_TABLES];
  sqlite3_stmt            *update[N_XML_TABLES];
  sqlite3_stmt            *exists[N_XML_TABLES];
  sqlite3_stmt            *conflict[N_XML_TABLES];
  GHashTable              *skipped[N_XML_TABLES];  /* key text set */
  sqlite3_stmt            *audit;
  sqlite3_stmt            *goal_iep;
  GArray                  *pending;                /* PendingRef */
  /* IEPs that were not drafts when the import began (id text set), and
   * the meetings of those IEPs (meeting id text -> IEP id text): they and
   * their contents are never changed by an import. */
  GHashTable              *locked_ieps;
  GHashTable              *locked_meetings;
};

void
caseload_store_xml_import_free (CaseloadXmlImport *import)
{
  if (import == NULL)
    return;

  for (guint i = 0; i < N_XML_TABLES; i++)
    {
      g_clear_pointer (&import->get[i], caseload_db_release);
      g_clear_pointer (&import->insert[i], caseload_db_release);
      g_clear_pointer (&import->update[i], caseload_db_release);
      g_clear_pointer (&import->exists[i], caseload_db_release);
      g_clear_pointer (&import->conflict[i], caseload_db_release);
      g_clear_pointer (&import->skipped[i], g_hash_table_unref);
    }
  g_clear_pointer (&import->audit, caseload_db_release);
  g_clear_pointer (&import->goal_iep, caseload_db_release);
  if (import->in_transaction)
    caseload_db_rollback (import->db);
  g_clear_pointer (&import->pending, g_array_unref);
  g_clear_pointer (&import->locked_ieps, g_hash_table_unref);
  g_clear_pointer (&import->locked_meetings, g_hash_table_unref);
  g_free (import->now);
  g_free (import->reason);
  g_clear_object (&import->store);
  g_free (import);
}

static gboolean
load_locks (CaseloadXmlImport  *import,
            GError            **error)
{
  g_autoptr(sqlite3_stmt) ieps = NULL;
  g_autoptr(sqlite3_stmt) meetings = NULL;
  int rc;

  import->locked_ieps = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  import->locked_meetings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  ieps = caseload_db_prepare (import->db, "SELECT id FROM iep WHERE status <> 'draft'", error);
  if (ieps == NULL)
    return FALSE;
  while ((rc = sqlite3_step (ieps)) == SQLITE_ROW)
    g_hash_table_add (import->locked_ieps,
                      g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (ieps, 0)));
  if (rc != SQLITE_DONE)
    return caseload_db_set_error (import->db, rc, _("Could not read the database"), error);

  /* The meeting an IEP was written at, and the meeting that produced it. */
  meetings = caseload_db_prepare (import->db,
                                  "SELECT meeting_id, id FROM iep "
                                  "WHERE status <> 'draft' AND meeting_id IS NOT NULL "
                                  "UNION ALL "
                                  "SELECT m.id, i.id FROM meeting m JOIN iep i ON i.id = m.produced_iep_id "
                                  "WHERE i.status <> 'draft'",
                                  error);
  if (meetings == NULL)
    return FALSE;
  while ((rc = sqlite3_step (meetings)) == SQLITE_ROW)
    g_hash_table_insert (import->locked_meetings,
                         g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (meetings, 0)),
                         g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (meetings, 1)));
  if (rc != SQLITE_DONE)
    return caseload_db_set_error (import->db, rc, _("Could not read the database"), error);
  return TRUE;
}

CaseloadXmlImport *
caseload_store_xml_import_begin (CaseloadStore            *store,
                                 CaseloadXmlImportResult  *result,
                                 GError                  **error)
{
  g_autoptr(CaseloadXmlImport) import = g_new0 (CaseloadXmlImport, 1);

  g_return_val_if_fail (CASELOAD_IS_STORE (store), NULL);
  g_return_val_if_fail (result != NULL, NULL);

  import->store = g_object_ref (store);
  import->db = caseload_store_get_db (store);
  import->result = result;
  import->now = caseload_db_now ();
  import->reason = g_strdup (_("Imported from Caseload XML"));
  import->pending = g_array_new (FALSE, TRUE, sizeof (PendingRef));
  g_array_set_clear_func (import->pending, pending_ref_clear);

  if (!caseload_db_begin (import->db, error))
    return NULL;
  import->in_transaction = TRUE;
  /* References are checked by us (with line numbers) before COMMIT; the
   * order of records in the file must not matter to SQLite. */
  if (!caseload_db_exec (import->db, "PRAGMA defer_foreign_keys = ON", error))
    return NULL;
  if (!load_locks (import, error))
    return NULL;

  return g_steal_pointer (&import);
}

gboolean
caseload_store_xml_import_origin (CaseloadXmlImport  *import,
                                  const char         *file_database_id,
                                  GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean adopt = FALSE;

  g_return_val_if_fail (import != NULL, FALSE);
  g_return_val_if_fail (import->in_transaction, FALSE);

  if (!check_origin (import->store, file_database_id, &adopt, error))
    return FALSE;
  if (!adopt)
    return TRUE;

  stmt = caseload_db_prepare (import->db,
                              "INSERT INTO database_info (key, value) VALUES ('database-id', ?1) "
                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                              error);
  if (stmt == NULL)
    return FALSE;
  caseload_db_bind_text (stmt, 1, file_database_id);
  return caseload_db_step_done (import->db, stmt, _("Could not write the database"), error);
}

gboolean
caseload_store_xml_is_record (const char *element)
{
  for (guint i = 0; i < N_XML_TABLES; i++)
    if (xml_tables[i].parent < 0 && g_str_equal (xml_tables[i].element, element))
      return TRUE;
  return FALSE;
}

static sqlite3_stmt *
cached (CaseloadXmlImport  *import,
        sqlite3_stmt      **slot,
        const char         *sql,
        GError            **error)
{
  if (*slot == NULL)
    *slot = caseload_db_prepare (import->db, sql, error);
  else
    {
      sqlite3_reset (*slot);
      sqlite3_clear_bindings (*slot);
    }
  return *slot;
}

static gboolean
set_row_error (CaseloadXmlImport  *import,
               xmlNode            *node,
               const char         *key,
               const char         *what,
               GError            **error)
{
  g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
               /* Translators: line number, element name, record id, SQLite's message. */
               _("Line %ld, element <%s> (id %s): %s"),
               xmlGetLineNo (node), (const char *) node->name, key,
               what != NULL ? what : sqlite3_errmsg (import->db));
  return FALSE;
}

static gboolean
key_exists (CaseloadXmlImport  *import,
            int                 table,
            const char         *value,
            gboolean           *exists,
            GError            **error)
{
  sqlite3_stmt *stmt = cached (import, &import->exists[table], xml_tables[table].exists_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  if (xml_tables[table].key_text)
    caseload_db_bind_text (stmt, 1, value);
  else
    sqlite3_bind_int64 (stmt, 1, g_ascii_strtoll (value, NULL, 10));
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return caseload_db_set_error (import->db, rc, _("Could not read the database"), error);
  *exists = rc == SQLITE_ROW;
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
audit_insert (CaseloadXmlImport  *import,
              const char         *table,
              const char         *key,
              gint64              student_id,
              GError            **error)
{
  sqlite3_stmt *stmt = cached (import, &import->audit,
                               "INSERT INTO audit_log (at, staff_id, student_id, table_name, "
                               "record_id, action, reason) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, 'insert', ?6)",
                               error);

  if (stmt == NULL)
    return FALSE;
  caseload_db_bind_text (stmt, 1, import->now);
  caseload_db_bind_id_or_null (stmt, 2, caseload_store_get_actor (import->store));
  caseload_db_bind_id_or_null (stmt, 3, student_id);
  caseload_db_bind_text (stmt, 4, table);
  sqlite3_bind_int64 (stmt, 5, g_ascii_strtoll (key, NULL, 10));
  caseload_db_bind_text (stmt, 6, import->reason);
  return caseload_db_step_done (import->db, stmt, _("Could not write the audit trail"), error);
}

/* Marks every record inside @node as skipped too, so that records
 * elsewhere that refer to them are skipped rather than failing. */
static void
skip_subtree (CaseloadXmlImport *import,
              guint              table_index,
              xmlNode           *node)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;
      for (guint i = table_index + 1; i < N_XML_TABLES; i++)
        {
          g_autofree char *key = NULL;

          if (xml_tables[i].parent != (int) table_index ||
              !g_str_equal (xml_tables[i].element, (const char *) child->name))
            continue;
          key = (char *) xmlGetProp (child, BAD_CAST (xml_tables[i].key_text ? xml_tables[i].key : "id"));
          if (key != NULL)
            {
              if (import->skipped[i] == NULL)
                import->skipped[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
              g_hash_table_add (import->skipped[i], g_steal_pointer (&key));
            }
          skip_subtree (import, i, child);
          break;
        }
    }
}

static void
skip_record (CaseloadXmlImport *import,
             guint              table_index,
             xmlNode           *node,
             const char        *key,
             char              *reason)
{
  if (import->skipped[table_index] == NULL)
    import->skipped[table_index] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_add (import->skipped[table_index], g_strdup (key));
  skip_subtree (import, table_index, node);

  import->result->records_skipped++;
  if (table_index == TABLE_STUDENT)
    import->result->students_skipped++;
  g_ptr_array_add (import->result->skipped, reason);
}

static gboolean
is_skipped (CaseloadXmlImport *import,
            int                table,
            const char        *key)
{
  return import->skipped[table] != NULL && g_hash_table_contains (import->skipped[table], key);
}

static gboolean import_row (CaseloadXmlImport  *import,
                            guint               table_index,
                            xmlNode            *node,
                            const char         *parent_key,
                            const char         *iep_key,
                            gint64              student_id,
                            GError            **error);

static const char *
iep_locked (CaseloadXmlImport *import,
            const char        *iep_id)
{
  gpointer stored = NULL;

  if (iep_id != NULL &&
      g_hash_table_lookup_extended (import->locked_ieps, iep_id, &stored, NULL))
    return stored;
  return NULL;
}

static const char *
meeting_locked (CaseloadXmlImport *import,
                const char        *meeting_id)
{
  return meeting_id != NULL ? g_hash_table_lookup (import->locked_meetings, meeting_id) : NULL;
}

/* Finds the IEP, not a draft when the import began, that the record
 * belongs to or would belong to: as stored (@stored_parent, NULL for a
 * new record) or as in the file (@parent_key; @iep_key, the IEP the
 * record is inside). An IEP, its goals, objectives, services,
 * accommodations, special factors and reporting periods, and the
 * attendees of its meeting are locked; progress data is not. *locked is
 * NULL when nothing locks the record. */
static gboolean
find_lock (CaseloadXmlImport  *import,
           guint               table_index,
           const char         *key,
           const char         *stored_parent,
           const char         *parent_key,
           const char         *iep_key,
           const char        **locked,
           GError            **error)
{
  *locked = NULL;

  switch (table_index)
    {
    case TABLE_IEP:
      *locked = iep_locked (import, key);
      break;

    case TABLE_IEP_REPORTING_PERIOD:
    case TABLE_SPECIAL_FACTOR:
    case TABLE_GOAL:
    case TABLE_SERVICE:
    case TABLE_ACCOMMODATION:
      *locked = iep_locked (import, stored_parent);
      if (*locked == NULL)
        *locked = iep_locked (import, parent_key);
      break;

    case TABLE_OBJECTIVE:
      if (stored_parent != NULL)
        {
          sqlite3_stmt *stmt = cached (import, &import->goal_iep,
                                       "SELECT iep_id FROM goal WHERE id = ?1", error);
          int rc;

          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, g_ascii_strtoll (stored_parent, NULL, 10));
          rc = sqlite3_step (stmt);
          if (rc == SQLITE_ROW)
            {
              g_autofree char *goal_iep = g_strdup_printf ("%" G_GINT64_FORMAT,
                                                           (gint64) sqlite3_column_int64 (stmt, 0));

              *locked = iep_locked (import, goal_iep);
            }
          else if (rc != SQLITE_DONE)
            return caseload_db_set_error (import->db, rc, _("Could not read the database"), error);
          sqlite3_reset (stmt);
        }
      if (*locked == NULL)
        *locked = iep_locked (import, iep_key);
      break;

    case TABLE_MEETING_ATTENDEE:
      *locked = meeting_locked (import, stored_parent);
      if (*locked == NULL)
        *locked = meeting_locked (import, parent_key);
      break;

    default:
      break;
    }
  return TRUE;
}

static char *
locked_reason (xmlNode         *node,
               const XmlTable  *table,
               const char      *key,
               const char      *iep)
{
  /* Translators: line number, element, record id, IEP id */
  return g_strdup_printf (_("Line %ld: %s %s was skipped: finalized IEP %s is locked "
                            "(an import never changes a finalized IEP or its contents)"),
                          xmlGetLineNo (node), table->element, key, iep);
}

/* Decides whether the record must be skipped (its natural key belongs to
 * another record, or it refers to a skipped record); *reason gets why. */
static gboolean
check_skip (CaseloadXmlImport  *import,
            guint               table_index,
            xmlNode            *node,
            const char         *key,
            char              **values,
            char              **reason,
            GError            **error)
{
  const XmlTable *table = &xml_tables[table_index];

  *reason = NULL;

  for (guint c = 0; c < table->n_columns; c++)
    {
      const XmlColumn *column = &table->columns[c];

      if (column->ref >= 0 && values[c] != NULL && is_skipped (import, column->ref, values[c]))
        {
          *reason = g_strdup_printf (_("Line %ld: %s %s was skipped because it refers to "
                                       "%s %s, which was skipped"),
                                     xmlGetLineNo (node), table->element, key,
                                     xml_tables[column->ref].element, values[c]);
          return TRUE;
        }
    }

  if (table->conflict_sql != NULL)
    {
      sqlite3_stmt *stmt = cached (import, &import->conflict[table_index], table->conflict_sql, error);
      const char *taken = NULL;
      int rc;

      if (stmt == NULL)
        return FALSE;
      bind_key (stmt, 1, table, key);
      for (guint k = 0; table->conflict_columns[k] != NULL; k++)
        for (guint c = 0; c < table->n_columns; c++)
          if (g_str_equal (table->columns[c].name, table->conflict_columns[k]))
            {
              bind_value (stmt, (int) k + 2, &table->columns[c], values[c]);
              if (taken == NULL)
                taken = values[c];
            }
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *reason = g_strdup_printf (_("Line %ld: %s %s was skipped: its %s “%s” belongs to "
                                       "another record in the database (id %s)"),
                                     xmlGetLineNo (node), table->element, key,
                                     _(table->conflict_what), taken != NULL ? taken : "",
                                     caseload_db_column_text (stmt, 0));
        }
      else if (rc != SQLITE_DONE)
        return caseload_db_set_error (import->db, rc, _("Could not read the database"), error);
      sqlite3_reset (stmt);
    }
  return TRUE;
}

static gboolean
apply_values (CaseloadXmlImport  *import,
              sqlite3_stmt       *stmt,
              guint               table_index,
              const char         *key,
              const char         *parent_key,
              char              **values)
{
  const XmlTable *table = &xml_tables[table_index];
  int index = 1;

  bind_key (stmt, index++, table, key);
  if (table->parent_column != NULL)
    sqlite3_bind_int64 (stmt, index++, g_ascii_strtoll (parent_key, NULL, 10));
  for (guint c = 0; c < table->n_columns; c++)
    bind_value (stmt, index++, &table->columns[c], values[c]);
  return sqlite3_step (stmt) == SQLITE_DONE;
}

static gboolean
import_row (CaseloadXmlImport  *import,
            guint               table_index,
            xmlNode            *node,
            const char         *parent_key,
            const char         *iep_key,
            gint64              student_id,
            GError            **error)
{
  const XmlTable *table = &xml_tables[table_index];
  CaseloadXmlImportResult *result = import->result;
  g_autofree char *key = NULL;
  g_autofree char *skip_reason = NULL;
  char **values;
  gboolean ok = FALSE;
  gboolean locked_skip = FALSE;
  sqlite3_stmt *get;
  int rc;

  key = (char *) xmlGetProp (node, BAD_CAST (table->key_text ? table->key : "id"));
  if (key == NULL)
    return set_row_error (import, node, "?", _("the record has no key"), error);
  if (!table->key_text)
    {
      g_autofree char *trimmed = g_strstrip (g_strdup (key));

      g_free (key);
      key = g_strdup_printf ("%" G_GINT64_FORMAT, g_ascii_strtoll (trimmed, NULL, 10));
    }
  if (table_index == TABLE_STUDENT)
    student_id = g_ascii_strtoll (key, NULL, 10);

  /* Fields, in schema order. */
  values = g_new0 (char *, table->n_columns + 1);
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;
      for (guint c = 0; c < table->n_columns; c++)
        if (g_str_equal (table->columns[c].element, (const char *) child->name))
          {
            g_free (values[c]);
            values[c] = (char *) xmlNodeGetContent (child);
            break;
          }
    }
  for (guint c = 0; c < table->n_columns; c++)
    {
      char *raw = values[c];

      values[c] = normalize_value (&table->columns[c], raw);
      xmlFree (raw);
    }

  if (!check_skip (import, table_index, node, key, values, &skip_reason, error))
    goto out;
  if (skip_reason != NULL)
    {
      skip_record (import, table_index, node, key, g_steal_pointer (&skip_reason));
      ok = TRUE;
      goto out;
    }

  get = cached (import, &import->get[table_index], table->get_sql, error);
  if (get == NULL)
    goto out;
  bind_key (get, 1, table, key);
  rc = sqlite3_step (get);
  if (rc == SQLITE_ROW)
    {
      const char *fields[64];
      char *old_values[64];
      const char *new_values[64];
      g_autofree char *stored_parent = NULL;
      guint n_diff = 0;
      int offset = 0;

      g_assert (table->n_columns + 1 <= G_N_ELEMENTS (fields));

      if (table->parent_column != NULL)
        {
          g_autofree char *old_parent = g_strdup_printf ("%" G_GINT64_FORMAT,
                                                         (gint64) sqlite3_column_int64 (get, 0));

          offset = 1;
          stored_parent = g_strdup (old_parent);
          if (!g_str_equal (old_parent, parent_key))
            {
              fields[n_diff] = table->parent_column;
              old_values[n_diff] = g_steal_pointer (&old_parent);
              new_values[n_diff++] = parent_key;
            }
        }
      for (guint c = 0; c < table->n_columns; c++)
        {
          char *old = format_column (get, (int) c + offset, &table->columns[c]);

          if (g_strcmp0 (old, values[c]) != 0)
            {
              fields[n_diff] = table->columns[c].name;
              old_values[n_diff] = old;
              new_values[n_diff++] = values[c];
            }
          else
            g_free (old);
        }
      sqlite3_reset (get);

      if (n_diff > 0)
        {
          const char *locked = NULL;

          if (!find_lock (import, table_index, key, stored_parent, parent_key, iep_key,
                          &locked, error))
            {
              for (guint i = 0; i < n_diff; i++)
                g_free (old_values[i]);
              goto out;
            }
          if (locked != NULL)
            {
              /* The record stays as it is; what is inside it is looked
               * at one by one (progress data is not locked). */
              for (guint i = 0; i < n_diff; i++)
                g_free (old_values[i]);
              n_diff = 0;
              locked_skip = TRUE;
              result->records_skipped++;
              g_ptr_array_add (result->skipped, locked_reason (node, table, key, locked));
            }
        }

      if (locked_skip)
        {
          /* Counted as skipped above. */
        }
      else if (n_diff == 0)
        {
          result->records_unchanged++;
          if (table_index == TABLE_STUDENT)
            result->students_unchanged++;
        }
      else
        {
          sqlite3_stmt *update = cached (import, &import->update[table_index], table->update_sql, error);
          gboolean written = FALSE;

          if (update != NULL)
            {
              written = apply_values (import, update, table_index, key, parent_key, values);
              if (!written)
                set_row_error (import, node, key, NULL, error);
              else if (table->student_scope)
                written = caseload_store_audit_changes (import->store, import->now, table->table,
                                                        g_ascii_strtoll (key, NULL, 10), student_id,
                                                        fields, (const char * const *) old_values,
                                                        new_values, n_diff, NULL, error);
            }
          for (guint i = 0; i < n_diff; i++)
            g_free (old_values[i]);
          if (!written)
            goto out;
          import->changed[table_index] = TRUE;
          result->records_updated++;
          if (table_index == TABLE_STUDENT)
            result->students_updated++;
        }
    }
  else if (rc == SQLITE_DONE)
    {
      sqlite3_stmt *insert;
      const char *locked = NULL;

      sqlite3_reset (get);
      /* A new record inside a finalized IEP would change it too: skipped,
       * with what is inside it. */
      if (!find_lock (import, table_index, key, NULL, parent_key, iep_key, &locked, error))
        goto out;
      if (locked != NULL)
        {
          skip_record (import, table_index, node, key, locked_reason (node, table, key, locked));
          ok = TRUE;
          goto out;
        }

      insert = cached (import, &import->insert[table_index], table->insert_sql, error);
      if (insert == NULL)
        goto out;
      if (!apply_values (import, insert, table_index, key, parent_key, values))
        {
          set_row_error (import, node, key, NULL, error);
          goto out;
        }
      if (table->student_scope &&
          !audit_insert (import, table->table, key, student_id, error))
        goto out;
      import->changed[table_index] = TRUE;
      result->records_added++;
      if (table_index == TABLE_STUDENT)
        result->students_added++;
    }
  else
    {
      caseload_db_set_error (import->db, rc, _("Could not read the database"), error);
      goto out;
    }

  /* References this record makes: checked now, or at the end when the
   * record they name comes later in the file. */
  for (guint c = 0; c < table->n_columns && !locked_skip; c++)
    {
      const XmlColumn *column = &table->columns[c];
      gboolean exists = FALSE;

      if (column->ref < 0 || values[c] == NULL)
        continue;
      if (!key_exists (import, column->ref, values[c], &exists, error))
        goto out;
      if (!exists)
        {
          PendingRef ref = { column->ref, g_strdup (values[c]), (int) xmlGetLineNo (node),
                             g_strdup ((const char *) node->name) };

          g_array_append_val (import->pending, ref);
        }
    }

  /* What is inside, in file order. */
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;
      for (guint i = table_index + 1; i < N_XML_TABLES; i++)
        if (xml_tables[i].parent == (int) table_index &&
            g_str_equal (xml_tables[i].element, (const char *) child->name))
          {
            if (!import_row (import, i, child, key,
                             table_index == TABLE_IEP ? key : iep_key, student_id, error))
              goto out;
            break;
          }
    }

  ok = TRUE;

out:
  for (guint c = 0; c < table->n_columns; c++)
    g_free (values[c]);
  g_free (values);
  return ok;
}

gboolean
caseload_store_xml_import_record (CaseloadXmlImport  *import,
                                  xmlNode            *node,
                                  GError            **error)
{
  g_return_val_if_fail (import != NULL, FALSE);
  g_return_val_if_fail (node != NULL, FALSE);

  for (guint i = 0; i < N_XML_TABLES; i++)
    if (xml_tables[i].parent < 0 && g_str_equal (xml_tables[i].element, (const char *) node->name))
      return import_row (import, i, node, NULL, NULL, 0, error);

  g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
               _("Line %ld: unknown element <%s>"), xmlGetLineNo (node), (const char *) node->name);
  return FALSE;
}

gboolean
caseload_store_xml_import_finish (CaseloadXmlImport  *import,
                                  GError            **error)
{
  g_return_val_if_fail (import != NULL, FALSE);
  g_return_val_if_fail (import->in_transaction, FALSE);

  for (guint i = 0; i < import->pending->len; i++)
    {
      PendingRef *ref = &g_array_index (import->pending, PendingRef, i);
      gboolean exists = FALSE;

      if (!key_exists (import, ref->table, ref->value, &exists, error))
        return FALSE;
      if (!exists)
        {
          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                       _("Line %d, element <%s>: it refers to %s %s, which is neither "
                         "in the file nor in the database"),
                       ref->line, ref->element, xml_tables[ref->table].element, ref->value);
          return FALSE;
        }
    }

  /* Statements must be reset before COMMIT or ROLLBACK. */
  for (guint i = 0; i < N_XML_TABLES; i++)
    {
      g_clear_pointer (&import->get[i], caseload_db_release);
      g_clear_pointer (&import->insert[i], caseload_db_release);
      g_clear_pointer (&import->update[i], caseload_db_release);
      g_clear_pointer (&import->exists[i], caseload_db_release);
      g_clear_pointer (&import->conflict[i], caseload_db_release);
    }
  g_clear_pointer (&import->audit, caseload_db_release);
  g_clear_pointer (&import->goal_iep, caseload_db_release);

  if (import->result->dry_run)
    {
      caseload_db_rollback (import->db);
      import->in_transaction = FALSE;
      return TRUE;
    }

  import->in_transaction = FALSE;
  if (!caseload_db_commit (import->db, error))
    return FALSE;

  for (guint i = 0; i < N_XML_TABLES; i++)
    if (import->changed[i])
      caseload_store_emit_changed (import->store, xml_tables[i].table);
  return TRUE;
}
