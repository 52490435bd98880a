/* caseload-iep.h: one version of a student's IEP (a row of the iep table).
 *
 * Properties are the columns in kebab-case: id, student-id, kind
 * ("initial", "annual", "amendment", "interim"), status ("draft",
 * "finalized", "superseded"), amends-iep-id, previous-iep-id, meeting-id
 * (0 = none), dates as ISO text ("" = none), the PLAAFP, assessment,
 * placement, transition and parent-copy texts, percent-regular-class with
 * has-percent-regular-class (FALSE = unknown), environment-code,
 * reporting-periods (GStrv of period end dates, period n = index n-1),
 * content-hash and finalized-at (set by the store at finalization).
 */
#pragma once

#include <glib-object.h>

#include "caseload-goal.h"
#include "caseload-objective.h"
#include "caseload-service.h"
#include "caseload-accommodation.h"
#include "caseload-special-factor.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_IEP (caseload_iep_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadIep, caseload_iep, CASELOAD, IEP, GObject)

CaseloadIep   *caseload_iep_new                                (void);
gint64         caseload_iep_get_id                             (CaseloadIep *self);
void           caseload_iep_set_id                             (CaseloadIep *self, gint64 value);
gint64         caseload_iep_get_student_id                     (CaseloadIep *self);
void           caseload_iep_set_student_id                     (CaseloadIep *self, gint64 value);
const char    *caseload_iep_get_kind                           (CaseloadIep *self);
void           caseload_iep_set_kind                           (CaseloadIep *self, const char *value);
const char    *caseload_iep_get_status                         (CaseloadIep *self);
void           caseload_iep_set_status                         (CaseloadIep *self, const char *value);
gint64         caseload_iep_get_amends_iep_id                  (CaseloadIep *self);
void           caseload_iep_set_amends_iep_id                  (CaseloadIep *self, gint64 value);
gint64         caseload_iep_get_previous_iep_id                (CaseloadIep *self);
void           caseload_iep_set_previous_iep_id                (CaseloadIep *self, gint64 value);
gint64         caseload_iep_get_meeting_id                     (CaseloadIep *self);
void           caseload_iep_set_meeting_id                     (CaseloadIep *self, gint64 value);
const char    *caseload_iep_get_meeting_date                   (CaseloadIep *self);
void           caseload_iep_set_meeting_date                   (CaseloadIep *self, const char *value);
const char    *caseload_iep_get_start_date                     (CaseloadIep *self);
void           caseload_iep_set_start_date                     (CaseloadIep *self, const char *value);
const char    *caseload_iep_get_end_date                       (CaseloadIep *self);
void           caseload_iep_set_end_date                       (CaseloadIep *self, const char *value);
const char    *caseload_iep_get_next_review_date               (CaseloadIep *self);
void           caseload_iep_set_next_review_date               (CaseloadIep *self, const char *value);
const char    *caseload_iep_get_finalized_at                   (CaseloadIep *self);
void           caseload_iep_set_finalized_at                   (CaseloadIep *self, const char *value);
const char    *caseload_iep_get_content_hash                   (CaseloadIep *self);
void           caseload_iep_set_content_hash                   (CaseloadIep *self, const char *value);
const char    *caseload_iep_get_strengths                      (CaseloadIep *self);
void           caseload_iep_set_strengths                      (CaseloadIep *self, const char *value);
const char    *caseload_iep_get_parent_concerns                (CaseloadIep *self);
void           caseload_iep_set_parent_concerns                (CaseloadIep *self, const char *value);
const char    *caseload_iep_get_evaluation_results             (CaseloadIep *self);
void           caseload_iep_set_evaluation_results             (CaseloadIep *self, const char *value);
const char    *caseload_iep_get_academic_needs                 (CaseloadIep *self);
void           caseload_iep_set_academic_needs                 (CaseloadIep *self, const char *value);
const char    *caseload_iep_get_functional_needs               (CaseloadIep *self);
void           caseload_iep_set_functional_needs               (CaseloadIep *self, const char *value);
const char    *caseload_iep_get_disability_impact              (CaseloadIep *self);
void           caseload_iep_set_disability_impact              (CaseloadIep *self, const char *value);
const char    *caseload_iep_get_assessment                     (CaseloadIep *self);
void           caseload_iep_set_assessment                     (CaseloadIep *self, const char *value);
const char    *caseload_iep_get_alternate_why_not_regular      (CaseloadIep *self);
void           caseload_iep_set_alternate_why_not_regular      (CaseloadIep *self, const char *value);
const char    *caseload_iep_get_alternate_why_appropriate      (CaseloadIep *self);
void           caseload_iep_set_alternate_why_appropriate      (CaseloadIep *self, const char *value);
double         caseload_iep_get_percent_regular_class          (CaseloadIep *self);
void           caseload_iep_set_percent_regular_class          (CaseloadIep *self, double value);
gboolean       caseload_iep_get_has_percent_regular_class      (CaseloadIep *self);
void           caseload_iep_unset_percent_regular_class        (CaseloadIep *self);
const char    *caseload_iep_get_environment_code               (CaseloadIep *self);
void           caseload_iep_set_environment_code               (CaseloadIep *self, const char *value);
const char    *caseload_iep_get_nonparticipation_explanation   (CaseloadIep *self);
void           caseload_iep_set_nonparticipation_explanation   (CaseloadIep *self, const char *value);
const char    *caseload_iep_get_transition_education           (CaseloadIep *self);
void           caseload_iep_set_transition_education           (CaseloadIep *self, const char *value);
const char    *caseload_iep_get_transition_employment          (CaseloadIep *self);
void           caseload_iep_set_transition_employment          (CaseloadIep *self, const char *value);
const char    *caseload_iep_get_transition_independent_living  (CaseloadIep *self);
void           caseload_iep_set_transition_independent_living  (CaseloadIep *self, const char *value);
const char    *caseload_iep_get_transition_assessments         (CaseloadIep *self);
void           caseload_iep_set_transition_assessments         (CaseloadIep *self, const char *value);
const char    *caseload_iep_get_transition_services            (CaseloadIep *self);
void           caseload_iep_set_transition_services            (CaseloadIep *self, const char *value);
const char    *caseload_iep_get_course_of_study                (CaseloadIep *self);
void           caseload_iep_set_course_of_study                (CaseloadIep *self, const char *value);
const char    *caseload_iep_get_transition_agencies            (CaseloadIep *self);
void           caseload_iep_set_transition_agencies            (CaseloadIep *self, const char *value);
const char    *caseload_iep_get_rights_transfer_date           (CaseloadIep *self);
void           caseload_iep_set_rights_transfer_date           (CaseloadIep *self, const char *value);
const char    *caseload_iep_get_parent_consent_date            (CaseloadIep *self);
void           caseload_iep_set_parent_consent_date            (CaseloadIep *self, const char *value);
const char    *caseload_iep_get_parent_copy_date               (CaseloadIep *self);
void           caseload_iep_set_parent_copy_date               (CaseloadIep *self, const char *value);
const char    *caseload_iep_get_parent_copy_method             (CaseloadIep *self);
void           caseload_iep_set_parent_copy_method             (CaseloadIep *self, const char *value);
const char    *caseload_iep_get_amendment_summary              (CaseloadIep *self);
void           caseload_iep_set_amendment_summary              (CaseloadIep *self, const char *value);
const char * const *caseload_iep_get_reporting_periods (CaseloadIep *self);
void           caseload_iep_set_reporting_periods              (CaseloadIep *self, const char * const *value);
const char    *caseload_iep_get_created_at                     (CaseloadIep *self);
void           caseload_iep_set_created_at                     (CaseloadIep *self, const char *value);
const char    *caseload_iep_get_updated_at                     (CaseloadIep *self);
void           caseload_iep_set_updated_at                     (CaseloadIep *self, const char *value);

/* TRUE once finalized (or superseded): the content is frozen. */
gboolean       caseload_iep_is_locked                   (CaseloadIep *self);

/* The children, filled by caseload_store_get_iep(); element types:
 * CaseloadGoal (each with its objectives), CaseloadService,
 * CaseloadAccommodation, CaseloadSpecialFactor. The arrays are owned by the
 * IEP and never NULL; callers may add to them before a pure check. */
GPtrArray     *caseload_iep_get_goals                   (CaseloadIep *self);
GPtrArray     *caseload_iep_get_services                (CaseloadIep *self);
GPtrArray     *caseload_iep_get_accommodations          (CaseloadIep *self);
GPtrArray     *caseload_iep_get_special_factors         (CaseloadIep *self);

/* Sum of the services' minutes per week (services without minutes count 0). */
double         caseload_iep_get_total_minutes_per_week  (CaseloadIep *self);

/* Translated labels for the stored keys. */
const char    *caseload_iep_kind_to_label               (const char *kind);
const char    *caseload_iep_status_to_label             (const char *status);


G_END_DECLS
