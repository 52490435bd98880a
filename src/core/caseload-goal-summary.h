/* caseload-goal-summary.h: an active goal with its student, for "my students": last value and date, number of points.
 *
 * Properties: goal-id, student-id, student-name, student-number, iep-id, position, area, description, unit, direction, baseline-value, baseline-date, target-value, target-date, n-points, last-value, last-date. Setting an optional value sets its has- flag; unset_* clears it.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CASELOAD_TYPE_GOAL_SUMMARY (caseload_goal_summary_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadGoalSummary, caseload_goal_summary, CASELOAD, GOAL_SUMMARY, GObject)

CaseloadGoalSummary *caseload_goal_summary_new                       (void);
gint64         caseload_goal_summary_get_goal_id               (CaseloadGoalSummary *self);
void           caseload_goal_summary_set_goal_id               (CaseloadGoalSummary *self, gint64 value);
gint64         caseload_goal_summary_get_student_id            (CaseloadGoalSummary *self);
void           caseload_goal_summary_set_student_id            (CaseloadGoalSummary *self, gint64 value);
const char    *caseload_goal_summary_get_student_name          (CaseloadGoalSummary *self);
void           caseload_goal_summary_set_student_name          (CaseloadGoalSummary *self, const char *value);
const char    *caseload_goal_summary_get_student_number        (CaseloadGoalSummary *self);
void           caseload_goal_summary_set_student_number        (CaseloadGoalSummary *self, const char *value);
gint64         caseload_goal_summary_get_iep_id                (CaseloadGoalSummary *self);
void           caseload_goal_summary_set_iep_id                (CaseloadGoalSummary *self, gint64 value);
int            caseload_goal_summary_get_position              (CaseloadGoalSummary *self);
void           caseload_goal_summary_set_position              (CaseloadGoalSummary *self, int value);
const char    *caseload_goal_summary_get_area                  (CaseloadGoalSummary *self);
void           caseload_goal_summary_set_area                  (CaseloadGoalSummary *self, const char *value);
const char    *caseload_goal_summary_get_description           (CaseloadGoalSummary *self);
void           caseload_goal_summary_set_description           (CaseloadGoalSummary *self, const char *value);
const char    *caseload_goal_summary_get_unit                  (CaseloadGoalSummary *self);
void           caseload_goal_summary_set_unit                  (CaseloadGoalSummary *self, const char *value);
const char    *caseload_goal_summary_get_direction             (CaseloadGoalSummary *self);
void           caseload_goal_summary_set_direction             (CaseloadGoalSummary *self, const char *value);
double         caseload_goal_summary_get_baseline_value        (CaseloadGoalSummary *self);
void           caseload_goal_summary_set_baseline_value        (CaseloadGoalSummary *self, double value);
gboolean       caseload_goal_summary_get_has_baseline_value    (CaseloadGoalSummary *self);
void           caseload_goal_summary_unset_baseline_value      (CaseloadGoalSummary *self);
const char    *caseload_goal_summary_get_baseline_date         (CaseloadGoalSummary *self);
void           caseload_goal_summary_set_baseline_date         (CaseloadGoalSummary *self, const char *value);
double         caseload_goal_summary_get_target_value          (CaseloadGoalSummary *self);
void           caseload_goal_summary_set_target_value          (CaseloadGoalSummary *self, double value);
gboolean       caseload_goal_summary_get_has_target_value      (CaseloadGoalSummary *self);
void           caseload_goal_summary_unset_target_value        (CaseloadGoalSummary *self);
const char    *caseload_goal_summary_get_target_date           (CaseloadGoalSummary *self);
void           caseload_goal_summary_set_target_date           (CaseloadGoalSummary *self, const char *value);
int            caseload_goal_summary_get_n_points              (CaseloadGoalSummary *self);
void           caseload_goal_summary_set_n_points              (CaseloadGoalSummary *self, int value);
double         caseload_goal_summary_get_last_value            (CaseloadGoalSummary *self);
void           caseload_goal_summary_set_last_value            (CaseloadGoalSummary *self, double value);
gboolean       caseload_goal_summary_get_has_last_value        (CaseloadGoalSummary *self);
void           caseload_goal_summary_unset_last_value          (CaseloadGoalSummary *self);
const char    *caseload_goal_summary_get_last_date             (CaseloadGoalSummary *self);
void           caseload_goal_summary_set_last_date             (CaseloadGoalSummary *self, const char *value);

G_END_DECLS
