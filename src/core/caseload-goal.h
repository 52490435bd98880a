/* caseload-goal.h: a measurable annual goal of an IEP.
 *
 * Properties: id, iep-id, position, area (one of caseload_goal_areas()),
 * condition, behavior, criterion, baseline-value + has-baseline-value,
 * baseline-date, target-value + has-target-value, target-date, unit,
 * direction ("higher" or "lower" is better), method (how it is measured),
 * responsible, carried-from-goal-id (the goal of the previous IEP this one
 * was copied from; 0 = none). Setting a value sets its has- flag; unset_*
 * clears it.
 */
#pragma once

#include <glib-object.h>

#include "caseload-objective.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_GOAL (caseload_goal_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadGoal, caseload_goal, CASELOAD, GOAL, GObject)

CaseloadGoal  *caseload_goal_new                                (void);
gint64         caseload_goal_get_id                             (CaseloadGoal *self);
void           caseload_goal_set_id                             (CaseloadGoal *self, gint64 value);
gint64         caseload_goal_get_iep_id                         (CaseloadGoal *self);
void           caseload_goal_set_iep_id                         (CaseloadGoal *self, gint64 value);
int            caseload_goal_get_position                       (CaseloadGoal *self);
void           caseload_goal_set_position                       (CaseloadGoal *self, int value);
const char    *caseload_goal_get_area                           (CaseloadGoal *self);
void           caseload_goal_set_area                           (CaseloadGoal *self, const char *value);
const char    *caseload_goal_get_condition                      (CaseloadGoal *self);
void           caseload_goal_set_condition                      (CaseloadGoal *self, const char *value);
const char    *caseload_goal_get_behavior                       (CaseloadGoal *self);
void           caseload_goal_set_behavior                       (CaseloadGoal *self, const char *value);
const char    *caseload_goal_get_criterion                      (CaseloadGoal *self);
void           caseload_goal_set_criterion                      (CaseloadGoal *self, const char *value);
double         caseload_goal_get_baseline_value                 (CaseloadGoal *self);
void           caseload_goal_set_baseline_value                 (CaseloadGoal *self, double value);
gboolean       caseload_goal_get_has_baseline_value             (CaseloadGoal *self);
void           caseload_goal_unset_baseline_value               (CaseloadGoal *self);
const char    *caseload_goal_get_baseline_date                  (CaseloadGoal *self);
void           caseload_goal_set_baseline_date                  (CaseloadGoal *self, const char *value);
double         caseload_goal_get_target_value                   (CaseloadGoal *self);
void           caseload_goal_set_target_value                   (CaseloadGoal *self, double value);
gboolean       caseload_goal_get_has_target_value               (CaseloadGoal *self);
void           caseload_goal_unset_target_value                 (CaseloadGoal *self);
const char    *caseload_goal_get_target_date                    (CaseloadGoal *self);
void           caseload_goal_set_target_date                    (CaseloadGoal *self, const char *value);
const char    *caseload_goal_get_unit                           (CaseloadGoal *self);
void           caseload_goal_set_unit                           (CaseloadGoal *self, const char *value);
const char    *caseload_goal_get_direction                      (CaseloadGoal *self);
void           caseload_goal_set_direction                      (CaseloadGoal *self, const char *value);
const char    *caseload_goal_get_method                         (CaseloadGoal *self);
void           caseload_goal_set_method                         (CaseloadGoal *self, const char *value);
const char    *caseload_goal_get_responsible                    (CaseloadGoal *self);
void           caseload_goal_set_responsible                    (CaseloadGoal *self, const char *value);
gint64         caseload_goal_get_carried_from_goal_id           (CaseloadGoal *self);
void           caseload_goal_set_carried_from_goal_id           (CaseloadGoal *self, gint64 value);

/* The ordered short-term objectives (CaseloadObjective), owned by the goal,
 * never NULL. */
GPtrArray     *caseload_goal_get_objectives             (CaseloadGoal *self);

/* The ten goal areas, in display order, and their translated labels. */
const char * const *caseload_goal_areas                 (void);
const char    *caseload_goal_area_to_label              (const char *area);


G_END_DECLS
