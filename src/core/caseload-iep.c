#define G_LOG_DOMAIN "caseload-iep"

#include "config.h"

#include "caseload-iep.h"

#include <glib/gi18n-lib.h>

struct _CaseloadIep
{
  GObject parent_instance;

  gint64 id;
  gint64 student_id;
  char *kind;
  char *status;
  gint64 amends_iep_id;
  gint64 previous_iep_id;
  gint64 meeting_id;
  char *meeting_date;
  char *start_date;
  char *end_date;
  char *next_review_date;
  char *finalized_at;
  char *content_hash;
  char *strengths;
  char *parent_concerns;
  char *evaluation_results;
  char *academic_needs;
  char *functional_needs;
  char *disability_impact;
  char *assessment;
  char *alternate_why_not_regular;
  char *alternate_why_appropriate;
  double percent_regular_class;
  gboolean has_percent_regular_class;
  char *environment_code;
  char *nonparticipation_explanation;
  char *transition_education;
  char *transition_employment;
  char *transition_independent_living;
  char *transition_assessments;
  char *transition_services;
  char *course_of_study;
  char *transition_agencies;
  char *rights_transfer_date;
  char *parent_consent_date;
  char *parent_copy_date;
  char *parent_copy_method;
  char *amendment_summary;
  char **reporting_periods;
  char *created_at;
  char *updated_at;

  GPtrArray *goals;
  GPtrArray *services;
  GPtrArray *accommodations;
  GPtrArray *special_factors;
};

G_DEFINE_FINAL_TYPE (CaseloadIep, caseload_iep, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_STUDENT_ID,
  PROP_KIND,
  PROP_STATUS,
  PROP_AMENDS_IEP_ID,
  PROP_PREVIOUS_IEP_ID,
  PROP_MEETING_ID,
  PROP_MEETING_DATE,
  PROP_START_DATE,
  PROP_END_DATE,
  PROP_NEXT_REVIEW_DATE,
  PROP_FINALIZED_AT,
  PROP_CONTENT_HASH,
  PROP_STRENGTHS,
  PROP_PARENT_CONCERNS,
  PROP_EVALUATION_RESULTS,
  PROP_ACADEMIC_NEEDS,
  PROP_FUNCTIONAL_NEEDS,
  PROP_DISABILITY_IMPACT,
  PROP_ASSESSMENT,
  PROP_ALTERNATE_WHY_NOT_REGULAR,
  PROP_ALTERNATE_WHY_APPROPRIATE,
  PROP_PERCENT_REGULAR_CLASS,
  PROP_HAS_PERCENT_REGULAR_CLASS,
  PROP_ENVIRONMENT_CODE,
  PROP_NONPARTICIPATION_EXPLANATION,
  PROP_TRANSITION_EDUCATION,
  PROP_TRANSITION_EMPLOYMENT,
  PROP_TRANSITION_INDEPENDENT_LIVING,
  PROP_TRANSITION_ASSESSMENTS,
  PROP_TRANSITION_SERVICES,
  PROP_COURSE_OF_STUDY,
  PROP_TRANSITION_AGENCIES,
  PROP_RIGHTS_TRANSFER_DATE,
  PROP_PARENT_CONSENT_DATE,
  PROP_PARENT_COPY_DATE,
  PROP_PARENT_COPY_METHOD,
  PROP_AMENDMENT_SUMMARY,
  PROP_REPORTING_PERIODS,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
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
caseload_iep_finalize (GObject *object)
{
  CaseloadIep *self = (CaseloadIep *)object;

  g_clear_pointer (&self->kind, g_free);
  g_clear_pointer (&self->status, g_free);
  g_clear_pointer (&self->meeting_date, g_free);
  g_clear_pointer (&self->start_date, g_free);
  g_clear_pointer (&self->end_date, g_free);
  g_clear_pointer (&self->next_review_date, g_free);
  g_clear_pointer (&self->finalized_at, g_free);
  g_clear_pointer (&self->content_hash, g_free);
  g_clear_pointer (&self->strengths, g_free);
  g_clear_pointer (&self->parent_concerns, g_free);
  g_clear_pointer (&self->evaluation_results, g_free);
  g_clear_pointer (&self->academic_needs, g_free);
  g_clear_pointer (&self->functional_needs, g_free);
  g_clear_pointer (&self->disability_impact, g_free);
  g_clear_pointer (&self->assessment, g_free);
  g_clear_pointer (&self->alternate_why_not_regular, g_free);
  g_clear_pointer (&self->alternate_why_appropriate, g_free);
  g_clear_pointer (&self->environment_code, g_free);
  g_clear_pointer (&self->nonparticipation_explanation, g_free);
  g_clear_pointer (&self->transition_education, g_free);
  g_clear_pointer (&self->transition_employment, g_free);
  g_clear_pointer (&self->transition_independent_living, g_free);
  g_clear_pointer (&self->transition_assessments, g_free);
  g_clear_pointer (&self->transition_services, g_free);
  g_clear_pointer (&self->course_of_study, g_free);
  g_clear_pointer (&self->transition_agencies, g_free);
  g_clear_pointer (&self->rights_transfer_date, g_free);
  g_clear_pointer (&self->parent_consent_date, g_free);
  g_clear_pointer (&self->parent_copy_date, g_free);
  g_clear_pointer (&self->parent_copy_method, g_free);
  g_clear_pointer (&self->amendment_summary, g_free);
  g_clear_pointer (&self->reporting_periods, g_strfreev);
  g_clear_pointer (&self->created_at, g_free);
  g_clear_pointer (&self->updated_at, g_free);
  g_clear_pointer (&self->goals, g_ptr_array_unref);
  g_clear_pointer (&self->services, g_ptr_array_unref);
  g_clear_pointer (&self->accommodations, g_ptr_array_unref);
  g_clear_pointer (&self->special_factors, g_ptr_array_unref);

  G_OBJECT_CLASS (caseload_iep_parent_class)->finalize (object);
}

static void
caseload_iep_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CaseloadIep *self = CASELOAD_IEP (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_STUDENT_ID:
      g_value_set_int64 (value, self->student_id);
      break;

    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;

    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;

    case PROP_AMENDS_IEP_ID:
      g_value_set_int64 (value, self->amends_iep_id);
      break;

    case PROP_PREVIOUS_IEP_ID:
      g_value_set_int64 (value, self->previous_iep_id);
      break;

    case PROP_MEETING_ID:
      g_value_set_int64 (value, self->meeting_id);
      break;

    case PROP_MEETING_DATE:
      g_value_set_string (value, self->meeting_date);
      break;

    case PROP_START_DATE:
      g_value_set_string (value, self->start_date);
      break;

    case PROP_END_DATE:
      g_value_set_string (value, self->end_date);
      break;

    case PROP_NEXT_REVIEW_DATE:
      g_value_set_string (value, self->next_review_date);
      break;

    case PROP_FINALIZED_AT:
      g_value_set_string (value, self->finalized_at);
      break;

    case PROP_CONTENT_HASH:
      g_value_set_string (value, self->content_hash);
      break;

    case PROP_STRENGTHS:
      g_value_set_string (value, self->strengths);
      break;

    case PROP_PARENT_CONCERNS:
      g_value_set_string (value, self->parent_concerns);
      break;

    case PROP_EVALUATION_RESULTS:
      g_value_set_string (value, self->evaluation_results);
      break;

    case PROP_ACADEMIC_NEEDS:
      g_value_set_string (value, self->academic_needs);
      break;

    case PROP_FUNCTIONAL_NEEDS:
      g_value_set_string (value, self->functional_needs);
      break;

    case PROP_DISABILITY_IMPACT:
      g_value_set_string (value, self->disability_impact);
      break;

    case PROP_ASSESSMENT:
      g_value_set_string (value, self->assessment);
      break;

    case PROP_ALTERNATE_WHY_NOT_REGULAR:
      g_value_set_string (value, self->alternate_why_not_regular);
      break;

    case PROP_ALTERNATE_WHY_APPROPRIATE:
      g_value_set_string (value, self->alternate_why_appropriate);
      break;

    case PROP_PERCENT_REGULAR_CLASS:
      g_value_set_double (value, self->percent_regular_class);
      break;

    case PROP_HAS_PERCENT_REGULAR_CLASS:
      g_value_set_boolean (value, self->has_percent_regular_class);
      break;

    case PROP_ENVIRONMENT_CODE:
      g_value_set_string (value, self->environment_code);
      break;

    case PROP_NONPARTICIPATION_EXPLANATION:
      g_value_set_string (value, self->nonparticipation_explanation);
      break;

    case PROP_TRANSITION_EDUCATION:
      g_value_set_string (value, self->transition_education);
      break;

    case PROP_TRANSITION_EMPLOYMENT:
      g_value_set_string (value, self->transition_employment);
      break;

    case PROP_TRANSITION_INDEPENDENT_LIVING:
      g_value_set_string (value, self->transition_independent_living);
      break;

    case PROP_TRANSITION_ASSESSMENTS:
      g_value_set_string (value, self->transition_assessments);
      break;

    case PROP_TRANSITION_SERVICES:
      g_value_set_string (value, self->transition_services);
      break;

    case PROP_COURSE_OF_STUDY:
      g_value_set_string (value, self->course_of_study);
      break;

    case PROP_TRANSITION_AGENCIES:
      g_value_set_string (value, self->transition_agencies);
      break;

    case PROP_RIGHTS_TRANSFER_DATE:
      g_value_set_string (value, self->rights_transfer_date);
      break;

    case PROP_PARENT_CONSENT_DATE:
      g_value_set_string (value, self->parent_consent_date);
      break;

    case PROP_PARENT_COPY_DATE:
      g_value_set_string (value, self->parent_copy_date);
      break;

    case PROP_PARENT_COPY_METHOD:
      g_value_set_string (value, self->parent_copy_method);
      break;

    case PROP_AMENDMENT_SUMMARY:
      g_value_set_string (value, self->amendment_summary);
      break;

    case PROP_REPORTING_PERIODS:
      g_value_set_boxed (value, self->reporting_periods);
      break;

    case PROP_CREATED_AT:
      g_value_set_string (value, self->created_at);
      break;

    case PROP_UPDATED_AT:
      g_value_set_string (value, self->updated_at);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_iep_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  CaseloadIep *self = CASELOAD_IEP (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_iep_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_STUDENT_ID:
      caseload_iep_set_student_id (self, g_value_get_int64 (value));
      break;

    case PROP_KIND:
      caseload_iep_set_kind (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      caseload_iep_set_status (self, g_value_get_string (value));
      break;

    case PROP_AMENDS_IEP_ID:
      caseload_iep_set_amends_iep_id (self, g_value_get_int64 (value));
      break;

    case PROP_PREVIOUS_IEP_ID:
      caseload_iep_set_previous_iep_id (self, g_value_get_int64 (value));
      break;

    case PROP_MEETING_ID:
      caseload_iep_set_meeting_id (self, g_value_get_int64 (value));
      break;

    case PROP_MEETING_DATE:
      caseload_iep_set_meeting_date (self, g_value_get_string (value));
      break;

    case PROP_START_DATE:
      caseload_iep_set_start_date (self, g_value_get_string (value));
      break;

    case PROP_END_DATE:
      caseload_iep_set_end_date (self, g_value_get_string (value));
      break;

    case PROP_NEXT_REVIEW_DATE:
      caseload_iep_set_next_review_date (self, g_value_get_string (value));
      break;

    case PROP_FINALIZED_AT:
      caseload_iep_set_finalized_at (self, g_value_get_string (value));
      break;

    case PROP_CONTENT_HASH:
      caseload_iep_set_content_hash (self, g_value_get_string (value));
      break;

    case PROP_STRENGTHS:
      caseload_iep_set_strengths (self, g_value_get_string (value));
      break;

    case PROP_PARENT_CONCERNS:
      caseload_iep_set_parent_concerns (self, g_value_get_string (value));
      break;

    case PROP_EVALUATION_RESULTS:
      caseload_iep_set_evaluation_results (self, g_value_get_string (value));
      break;

    case PROP_ACADEMIC_NEEDS:
      caseload_iep_set_academic_needs (self, g_value_get_string (value));
      break;

    case PROP_FUNCTIONAL_NEEDS:
      caseload_iep_set_functional_needs (self, g_value_get_string (value));
      break;

    case PROP_DISABILITY_IMPACT:
      caseload_iep_set_disability_impact (self, g_value_get_string (value));
      break;

    case PROP_ASSESSMENT:
      caseload_iep_set_assessment (self, g_value_get_string (value));
      break;

    case PROP_ALTERNATE_WHY_NOT_REGULAR:
      caseload_iep_set_alternate_why_not_regular (self, g_value_get_string (value));
      break;

    case PROP_ALTERNATE_WHY_APPROPRIATE:
      caseload_iep_set_alternate_why_appropriate (self, g_value_get_string (value));
      break;

    case PROP_PERCENT_REGULAR_CLASS:
      caseload_iep_set_percent_regular_class (self, g_value_get_double (value));
      break;

    case PROP_HAS_PERCENT_REGULAR_CLASS:
      if (!g_value_get_boolean (value))
        caseload_iep_unset_percent_regular_class (self);
      else if (!self->has_percent_regular_class)
        {
          self->has_percent_regular_class = TRUE;
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_PERCENT_REGULAR_CLASS]);
        }
      break;

    case PROP_ENVIRONMENT_CODE:
      caseload_iep_set_environment_code (self, g_value_get_string (value));
      break;

    case PROP_NONPARTICIPATION_EXPLANATION:
      caseload_iep_set_nonparticipation_explanation (self, g_value_get_string (value));
      break;

    case PROP_TRANSITION_EDUCATION:
      caseload_iep_set_transition_education (self, g_value_get_string (value));
      break;

    case PROP_TRANSITION_EMPLOYMENT:
      caseload_iep_set_transition_employment (self, g_value_get_string (value));
      break;

    case PROP_TRANSITION_INDEPENDENT_LIVING:
      caseload_iep_set_transition_independent_living (self, g_value_get_string (value));
      break;

    case PROP_TRANSITION_ASSESSMENTS:
      caseload_iep_set_transition_assessments (self, g_value_get_string (value));
      break;

    case PROP_TRANSITION_SERVICES:
      caseload_iep_set_transition_services (self, g_value_get_string (value));
      break;

    case PROP_COURSE_OF_STUDY:
      caseload_iep_set_course_of_study (self, g_value_get_string (value));
      break;

    case PROP_TRANSITION_AGENCIES:
      caseload_iep_set_transition_agencies (self, g_value_get_string (value));
      break;

    case PROP_RIGHTS_TRANSFER_DATE:
      caseload_iep_set_rights_transfer_date (self, g_value_get_string (value));
      break;

    case PROP_PARENT_CONSENT_DATE:
      caseload_iep_set_parent_consent_date (self, g_value_get_string (value));
      break;

    case PROP_PARENT_COPY_DATE:
      caseload_iep_set_parent_copy_date (self, g_value_get_string (value));
      break;

    case PROP_PARENT_COPY_METHOD:
      caseload_iep_set_parent_copy_method (self, g_value_get_string (value));
      break;

    case PROP_AMENDMENT_SUMMARY:
      caseload_iep_set_amendment_summary (self, g_value_get_string (value));
      break;

    case PROP_REPORTING_PERIODS:
      caseload_iep_set_reporting_periods (self, g_value_get_boxed (value));
      break;

    case PROP_CREATED_AT:
      caseload_iep_set_created_at (self, g_value_get_string (value));
      break;

    case PROP_UPDATED_AT:
      caseload_iep_set_updated_at (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_iep_class_init (CaseloadIepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_iep_finalize;
  object_class->get_property = caseload_iep_get_property;
  object_class->set_property = caseload_iep_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STUDENT_ID] =
    g_param_spec_int64 ("student-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL,
                         "annual",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL,
                         "draft",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_AMENDS_IEP_ID] =
    g_param_spec_int64 ("amends-iep-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PREVIOUS_IEP_ID] =
    g_param_spec_int64 ("previous-iep-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_MEETING_ID] =
    g_param_spec_int64 ("meeting-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_MEETING_DATE] =
    g_param_spec_string ("meeting-date", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_START_DATE] =
    g_param_spec_string ("start-date", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_END_DATE] =
    g_param_spec_string ("end-date", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NEXT_REVIEW_DATE] =
    g_param_spec_string ("next-review-date", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_FINALIZED_AT] =
    g_param_spec_string ("finalized-at", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CONTENT_HASH] =
    g_param_spec_string ("content-hash", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STRENGTHS] =
    g_param_spec_string ("strengths", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PARENT_CONCERNS] =
    g_param_spec_string ("parent-concerns", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_EVALUATION_RESULTS] =
    g_param_spec_string ("evaluation-results", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ACADEMIC_NEEDS] =
    g_param_spec_string ("academic-needs", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_FUNCTIONAL_NEEDS] =
    g_param_spec_string ("functional-needs", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DISABILITY_IMPACT] =
    g_param_spec_string ("disability-impact", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ASSESSMENT] =
    g_param_spec_string ("assessment", NULL, NULL,
                         "regular",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ALTERNATE_WHY_NOT_REGULAR] =
    g_param_spec_string ("alternate-why-not-regular", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ALTERNATE_WHY_APPROPRIATE] =
    g_param_spec_string ("alternate-why-appropriate", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PERCENT_REGULAR_CLASS] =
    g_param_spec_double ("percent-regular-class", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_HAS_PERCENT_REGULAR_CLASS] =
    g_param_spec_boolean ("has-percent-regular-class", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ENVIRONMENT_CODE] =
    g_param_spec_string ("environment-code", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NONPARTICIPATION_EXPLANATION] =
    g_param_spec_string ("nonparticipation-explanation", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TRANSITION_EDUCATION] =
    g_param_spec_string ("transition-education", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TRANSITION_EMPLOYMENT] =
    g_param_spec_string ("transition-employment", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TRANSITION_INDEPENDENT_LIVING] =
    g_param_spec_string ("transition-independent-living", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TRANSITION_ASSESSMENTS] =
    g_param_spec_string ("transition-assessments", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TRANSITION_SERVICES] =
    g_param_spec_string ("transition-services", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_COURSE_OF_STUDY] =
    g_param_spec_string ("course-of-study", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TRANSITION_AGENCIES] =
    g_param_spec_string ("transition-agencies", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_RIGHTS_TRANSFER_DATE] =
    g_param_spec_string ("rights-transfer-date", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PARENT_CONSENT_DATE] =
    g_param_spec_string ("parent-consent-date", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PARENT_COPY_DATE] =
    g_param_spec_string ("parent-copy-date", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PARENT_COPY_METHOD] =
    g_param_spec_string ("parent-copy-method", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_AMENDMENT_SUMMARY] =
    g_param_spec_string ("amendment-summary", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_REPORTING_PERIODS] =
    g_param_spec_boxed ("reporting-periods", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CREATED_AT] =
    g_param_spec_string ("created-at", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_UPDATED_AT] =
    g_param_spec_string ("updated-at", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_iep_init (CaseloadIep *self)
{
  self->kind = g_strdup ("annual");
  self->status = g_strdup ("draft");
  self->meeting_date = g_strdup ("");
  self->start_date = g_strdup ("");
  self->end_date = g_strdup ("");
  self->next_review_date = g_strdup ("");
  self->finalized_at = g_strdup ("");
  self->content_hash = g_strdup ("");
  self->strengths = g_strdup ("");
  self->parent_concerns = g_strdup ("");
  self->evaluation_results = g_strdup ("");
  self->academic_needs = g_strdup ("");
  self->functional_needs = g_strdup ("");
  self->disability_impact = g_strdup ("");
  self->assessment = g_strdup ("regular");
  self->alternate_why_not_regular = g_strdup ("");
  self->alternate_why_appropriate = g_strdup ("");
  self->environment_code = g_strdup ("");
  self->nonparticipation_explanation = g_strdup ("");
  self->transition_education = g_strdup ("");
  self->transition_employment = g_strdup ("");
  self->transition_independent_living = g_strdup ("");
  self->transition_assessments = g_strdup ("");
  self->transition_services = g_strdup ("");
  self->course_of_study = g_strdup ("");
  self->transition_agencies = g_strdup ("");
  self->rights_transfer_date = g_strdup ("");
  self->parent_consent_date = g_strdup ("");
  self->parent_copy_date = g_strdup ("");
  self->parent_copy_method = g_strdup ("");
  self->amendment_summary = g_strdup ("");
  self->reporting_periods = g_new0 (char *, 1);
  self->created_at = g_strdup ("");
  self->updated_at = g_strdup ("");
  self->goals = g_ptr_array_new_with_free_func (g_object_unref);
  self->services = g_ptr_array_new_with_free_func (g_object_unref);
  self->accommodations = g_ptr_array_new_with_free_func (g_object_unref);
  self->special_factors = g_ptr_array_new_with_free_func (g_object_unref);
}

CaseloadIep *
caseload_iep_new (void)
{
  return g_object_new (CASELOAD_TYPE_IEP, NULL);
}

gint64
caseload_iep_get_id (CaseloadIep *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP (self), 0);

  return self->id;
}

void
caseload_iep_set_id (CaseloadIep *self,
                    gint64 value)
{
  g_return_if_fail (CASELOAD_IS_IEP (self));

  if (self->id == value)
    return;

  self->id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
caseload_iep_get_student_id (CaseloadIep *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP (self), 0);

  return self->student_id;
}

void
caseload_iep_set_student_id (CaseloadIep *self,
                            gint64 value)
{
  g_return_if_fail (CASELOAD_IS_IEP (self));

  if (self->student_id == value)
    return;

  self->student_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDENT_ID]);
}

const char *
caseload_iep_get_kind (CaseloadIep *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP (self), "");

  return self->kind;
}

void
caseload_iep_set_kind (CaseloadIep *self,
                      const char *value)
{
  g_return_if_fail (CASELOAD_IS_IEP (self));

  if (!replace_string (&self->kind, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
caseload_iep_get_status (CaseloadIep *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP (self), "");

  return self->status;
}

void
caseload_iep_set_status (CaseloadIep *self,
                        const char *value)
{
  g_return_if_fail (CASELOAD_IS_IEP (self));

  if (!replace_string (&self->status, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

gint64
caseload_iep_get_amends_iep_id (CaseloadIep *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP (self), 0);

  return self->amends_iep_id;
}

void
caseload_iep_set_amends_iep_id (CaseloadIep *self,
                               gint64 value)
{
  g_return_if_fail (CASELOAD_IS_IEP (self));

  if (self->amends_iep_id == value)
    return;

  self->amends_iep_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AMENDS_IEP_ID]);
}

gint64
caseload_iep_get_previous_iep_id (CaseloadIep *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP (self), 0);

  return self->previous_iep_id;
}

void
caseload_iep_set_previous_iep_id (CaseloadIep *self,
                                 gint64 value)
{
  g_return_if_fail (CASELOAD_IS_IEP (self));

  if (self->previous_iep_id == value)
    return;

  self->previous_iep_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PREVIOUS_IEP_ID]);
}

gint64
caseload_iep_get_meeting_id (CaseloadIep *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP (self), 0);

  return self->meeting_id;
}

void
caseload_iep_set_meeting_id (CaseloadIep *self,
                            gint64 value)
{
  g_return_if_fail (CASELOAD_IS_IEP (self));

  if (self->meeting_id == value)
    return;

  self->meeting_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEETING_ID]);
}

const char *
caseload_iep_get_meeting_date (CaseloadIep *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP (self), "");

  return self->meeting_date;
}

void
caseload_iep_set_meeting_date (CaseloadIep *self,
                              const char *value)
{
  g_return_if_fail (CASELOAD_IS_IEP (self));

  if (!replace_string (&self->meeting_date, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEETING_DATE]);
}

const char *
caseload_iep_get_start_date (CaseloadIep *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP (self), "");

  return self->start_date;
}

void
caseload_iep_set_start_date (CaseloadIep *self,
                            const char *value)
{
  g_return_if_fail (CASELOAD_IS_IEP (self));

  if (!replace_string (&self->start_date, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START_DATE]);
}

const char *
caseload_iep_get_end_date (CaseloadIep *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP (self), "");

  return self->end_date;
}

void
caseload_iep_set_end_date (CaseloadIep *self,
                          const char *value)
{
  g_return_if_fail (CASELOAD_IS_IEP (self));

  if (!replace_string (&self->end_date, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END_DATE]);
}

const char *
caseload_iep_get_next_review_date (CaseloadIep *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP (self), "");

  return self->next_review_date;
}

void
caseload_iep_set_next_review_date (CaseloadIep *self,
                                  const char *value)
{
  g_return_if_fail (CASELOAD_IS_IEP (self));

  if (!replace_string (&self->next_review_date, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEXT_REVIEW_DATE]);
}

const char *
caseload_iep_get_finalized_at (CaseloadIep *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP (self), "");

  return self->finalized_at;
}

void
caseload_iep_set_finalized_at (CaseloadIep *self,
                              const char *value)
{
  g_return_if_fail (CASELOAD_IS_IEP (self));

  if (!replace_string (&self->finalized_at, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FINALIZED_AT]);
}

const char *
caseload_iep_get_content_hash (CaseloadIep *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP (self), "");

  return self->content_hash;
}

void
caseload_iep_set_content_hash (CaseloadIep *self,
                              const char *value)
{
  g_return_if_fail (CASELOAD_IS_IEP (self));

  if (!replace_string (&self->content_hash, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTENT_HASH]);
}

const char *
caseload_iep_get_strengths (CaseloadIep *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP (self), "");

  return self->strengths;
}

void
caseload_iep_set_strengths (CaseloadIep *self,
                           const char *value)
{
  g_return_if_fail (CASELOAD_IS_IEP (self));

  if (!replace_string (&self->strengths, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STRENGTHS]);
}

const char *
caseload_iep_get_parent_concerns (CaseloadIep *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP (self), "");

  return self->parent_concerns;
}

void
caseload_iep_set_parent_concerns (CaseloadIep *self,
                                 const char *value)
{
  g_return_if_fail (CASELOAD_IS_IEP (self));

  if (!replace_string (&self->parent_concerns, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARENT_CONCERNS]);
}

const char *
caseload_iep_get_evaluation_results (CaseloadIep *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP (self), "");

  return self->evaluation_results;
}

void
caseload_iep_set_evaluation_results (CaseloadIep *self,
                                    const char *value)
{
  g_return_if_fail (CASELOAD_IS_IEP (self));

  if (!replace_string (&self->evaluation_results, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVALUATION_RESULTS]);
}

const char *
caseload_iep_get_academic_needs (CaseloadIep *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP (self), "");

  return self->academic_needs;
}

void
caseload_iep_set_academic_needs (CaseloadIep *self,
                                const char *value)
{
  g_return_if_fail (CASELOAD_IS_IEP (self));

  if (!replace_string (&self->academic_needs, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACADEMIC_NEEDS]);
}

const char *
caseload_iep_get_functional_needs (CaseloadIep *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP (self), "");

  return self->functional_needs;
}

void
caseload_iep_set_functional_needs (CaseloadIep *self,
                                  const char *value)
{
  g_return_if_fail (CASELOAD_IS_IEP (self));

  if (!replace_string (&self->functional_needs, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FUNCTIONAL_NEEDS]);
}

const char *
caseload_iep_get_disability_impact (CaseloadIep *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP (self), "");

  return self->disability_impact;
}

void
caseload_iep_set_disability_impact (CaseloadIep *self,
                                   const char *value)
{
  g_return_if_fail (CASELOAD_IS_IEP (self));

  if (!replace_string (&self->disability_impact, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISABILITY_IMPACT]);
}

const char *
caseload_iep_get_assessment (CaseloadIep *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP (self), "");

  return self->assessment;
}

void
caseload_iep_set_assessment (CaseloadIep *self,
                            const char *value)
{
  g_return_if_fail (CASELOAD_IS_IEP (self));

  if (!replace_string (&self->assessment, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSESSMENT]);
}

const char *
caseload_iep_get_alternate_why_not_regular (CaseloadIep *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP (self), "");

  return self->alternate_why_not_regular;
}

void
caseload_iep_set_alternate_why_not_regular (CaseloadIep *self,
                                           const char *value)
{
  g_return_if_fail (CASELOAD_IS_IEP (self));

  if (!replace_string (&self->alternate_why_not_regular, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALTERNATE_WHY_NOT_REGULAR]);
}

const char *
caseload_iep_get_alternate_why_appropriate (CaseloadIep *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP (self), "");

  return self->alternate_why_appropriate;
}

void
caseload_iep_set_alternate_why_appropriate (CaseloadIep *self,
                                           const char *value)
{
  g_return_if_fail (CASELOAD_IS_IEP (self));

  if (!replace_string (&self->alternate_why_appropriate, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALTERNATE_WHY_APPROPRIATE]);
}

double
caseload_iep_get_percent_regular_class (CaseloadIep *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP (self), 0.0);

  return self->percent_regular_class;
}

void
caseload_iep_set_percent_regular_class (CaseloadIep *self,
                                       double value)
{
  g_return_if_fail (CASELOAD_IS_IEP (self));

  if (self->percent_regular_class == value && self->has_percent_regular_class)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  if (self->percent_regular_class != value)
    {
      self->percent_regular_class = value;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERCENT_REGULAR_CLASS]);
    }
  if (!self->has_percent_regular_class)
    {
      self->has_percent_regular_class = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_PERCENT_REGULAR_CLASS]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

gboolean
caseload_iep_get_has_percent_regular_class (CaseloadIep *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP (self), FALSE);

  return self->has_percent_regular_class;
}

void
caseload_iep_unset_percent_regular_class (CaseloadIep *self)
{
  g_return_if_fail (CASELOAD_IS_IEP (self));

  if (!self->has_percent_regular_class)
    return;

  self->has_percent_regular_class = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_PERCENT_REGULAR_CLASS]);
}

const char *
caseload_iep_get_environment_code (CaseloadIep *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP (self), "");

  return self->environment_code;
}

void
caseload_iep_set_environment_code (CaseloadIep *self,
                                  const char *value)
{
  g_return_if_fail (CASELOAD_IS_IEP (self));

  if (!replace_string (&self->environment_code, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENVIRONMENT_CODE]);
}

const char *
caseload_iep_get_nonparticipation_explanation (CaseloadIep *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP (self), "");

  return self->nonparticipation_explanation;
}

void
caseload_iep_set_nonparticipation_explanation (CaseloadIep *self,
                                              const char *value)
{
  g_return_if_fail (CASELOAD_IS_IEP (self));

  if (!replace_string (&self->nonparticipation_explanation, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NONPARTICIPATION_EXPLANATION]);
}

const char *
caseload_iep_get_transition_education (CaseloadIep *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP (self), "");

  return self->transition_education;
}

void
caseload_iep_set_transition_education (CaseloadIep *self,
                                      const char *value)
{
  g_return_if_fail (CASELOAD_IS_IEP (self));

  if (!replace_string (&self->transition_education, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRANSITION_EDUCATION]);
}

const char *
caseload_iep_get_transition_employment (CaseloadIep *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP (self), "");

  return self->transition_employment;
}

void
caseload_iep_set_transition_employment (CaseloadIep *self,
                                       const char *value)
{
  g_return_if_fail (CASELOAD_IS_IEP (self));

  if (!replace_string (&self->transition_employment, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRANSITION_EMPLOYMENT]);
}

const char *
caseload_iep_get_transition_independent_living (CaseloadIep *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP (self), "");

  return self->transition_independent_living;
}

void
caseload_iep_set_transition_independent_living (CaseloadIep *self,
                                               const char *value)
{
  g_return_if_fail (CASELOAD_IS_IEP (self));

  if (!replace_string (&self->transition_independent_living, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRANSITION_INDEPENDENT_LIVING]);
}

const char *
caseload_iep_get_transition_assessments (CaseloadIep *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP (self), "");

  return self->transition_assessments;
}

void
caseload_iep_set_transition_assessments (CaseloadIep *self,
                                        const char *value)
{
  g_return_if_fail (CASELOAD_IS_IEP (self));

  if (!replace_string (&self->transition_assessments, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRANSITION_ASSESSMENTS]);
}

const char *
caseload_iep_get_transition_services (CaseloadIep *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP (self), "");

  return self->transition_services;
}

void
caseload_iep_set_transition_services (CaseloadIep *self,
                                     const char *value)
{
  g_return_if_fail (CASELOAD_IS_IEP (self));

  if (!replace_string (&self->transition_services, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRANSITION_SERVICES]);
}

const char *
caseload_iep_get_course_of_study (CaseloadIep *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP (self), "");

  return self->course_of_study;
}

void
caseload_iep_set_course_of_study (CaseloadIep *self,
                                 const char *value)
{
  g_return_if_fail (CASELOAD_IS_IEP (self));

  if (!replace_string (&self->course_of_study, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COURSE_OF_STUDY]);
}

const char *
caseload_iep_get_transition_agencies (CaseloadIep *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP (self), "");

  return self->transition_agencies;
}

void
caseload_iep_set_transition_agencies (CaseloadIep *self,
                                     const char *value)
{
  g_return_if_fail (CASELOAD_IS_IEP (self));

  if (!replace_string (&self->transition_agencies, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRANSITION_AGENCIES]);
}

const char *
caseload_iep_get_rights_transfer_date (CaseloadIep *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP (self), "");

  return self->rights_transfer_date;
}

void
caseload_iep_set_rights_transfer_date (CaseloadIep *self,
                                      const char *value)
{
  g_return_if_fail (CASELOAD_IS_IEP (self));

  if (!replace_string (&self->rights_transfer_date, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RIGHTS_TRANSFER_DATE]);
}

const char *
caseload_iep_get_parent_consent_date (CaseloadIep *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP (self), "");

  return self->parent_consent_date;
}

void
caseload_iep_set_parent_consent_date (CaseloadIep *self,
                                     const char *value)
{
  g_return_if_fail (CASELOAD_IS_IEP (self));

  if (!replace_string (&self->parent_consent_date, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARENT_CONSENT_DATE]);
}

const char *
caseload_iep_get_parent_copy_date (CaseloadIep *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP (self), "");

  return self->parent_copy_date;
}

void
caseload_iep_set_parent_copy_date (CaseloadIep *self,
                                  const char *value)
{
  g_return_if_fail (CASELOAD_IS_IEP (self));

  if (!replace_string (&self->parent_copy_date, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARENT_COPY_DATE]);
}

const char *
caseload_iep_get_parent_copy_method (CaseloadIep *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP (self), "");

  return self->parent_copy_method;
}

void
caseload_iep_set_parent_copy_method (CaseloadIep *self,
                                    const char *value)
{
  g_return_if_fail (CASELOAD_IS_IEP (self));

  if (!replace_string (&self->parent_copy_method, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARENT_COPY_METHOD]);
}

const char *
caseload_iep_get_amendment_summary (CaseloadIep *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP (self), "");

  return self->amendment_summary;
}

void
caseload_iep_set_amendment_summary (CaseloadIep *self,
                                   const char *value)
{
  g_return_if_fail (CASELOAD_IS_IEP (self));

  if (!replace_string (&self->amendment_summary, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AMENDMENT_SUMMARY]);
}

const char * const *
caseload_iep_get_reporting_periods (CaseloadIep *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP (self), NULL);

  return (const char * const *) self->reporting_periods;
}

void
caseload_iep_set_reporting_periods (CaseloadIep *self,
                                   const char * const *value)
{
  g_return_if_fail (CASELOAD_IS_IEP (self));

  if (value != NULL && g_strv_equal ((const char * const *) self->reporting_periods, value))
    return;
  if (value == NULL && self->reporting_periods[0] == NULL)
    return;

  g_strfreev (self->reporting_periods);
  self->reporting_periods = value != NULL ? g_strdupv ((char **) value) : g_new0 (char *, 1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPORTING_PERIODS]);
}

const char *
caseload_iep_get_created_at (CaseloadIep *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP (self), "");

  return self->created_at;
}

void
caseload_iep_set_created_at (CaseloadIep *self,
                            const char *value)
{
  g_return_if_fail (CASELOAD_IS_IEP (self));

  if (!replace_string (&self->created_at, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
}

const char *
caseload_iep_get_updated_at (CaseloadIep *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP (self), "");

  return self->updated_at;
}

void
caseload_iep_set_updated_at (CaseloadIep *self,
                            const char *value)
{
  g_return_if_fail (CASELOAD_IS_IEP (self));

  if (!replace_string (&self->updated_at, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED_AT]);
}

gboolean
caseload_iep_is_locked (CaseloadIep *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP (self), TRUE);

  return !g_str_equal (self->status, "draft");
}

GPtrArray *
caseload_iep_get_goals (CaseloadIep *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP (self), NULL);

  return self->goals;
}

GPtrArray *
caseload_iep_get_services (CaseloadIep *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP (self), NULL);

  return self->services;
}

GPtrArray *
caseload_iep_get_accommodations (CaseloadIep *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP (self), NULL);

  return self->accommodations;
}

GPtrArray *
caseload_iep_get_special_factors (CaseloadIep *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP (self), NULL);

  return self->special_factors;
}

double
caseload_iep_get_total_minutes_per_week (CaseloadIep *self)
{
  double total = 0.0;

  g_return_val_if_fail (CASELOAD_IS_IEP (self), 0.0);

  for (guint i = 0; i < self->services->len; i++)
    total += caseload_service_get_minutes_per_week (g_ptr_array_index (self->services, i));

  return total;
}

const char *
caseload_iep_kind_to_label (const char *kind)
{
  if (g_strcmp0 (kind, "initial") == 0)
    return _("Initial");
  if (g_strcmp0 (kind, "annual") == 0)
    return _("Annual");
  if (g_strcmp0 (kind, "amendment") == 0)
    return _("Amendment");
  if (g_strcmp0 (kind, "interim") == 0)
    return _("Interim (transfer)");
  return kind != NULL ? kind : "";
}

const char *
caseload_iep_status_to_label (const char *status)
{
  if (g_strcmp0 (status, "draft") == 0)
    return _("Draft");
  if (g_strcmp0 (status, "finalized") == 0)
    return _("Finalized");
  if (g_strcmp0 (status, "superseded") == 0)
    return _("Superseded");
  return status != NULL ? status : "";
}
