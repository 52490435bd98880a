/* caseload-objective.h: a short-term objective (benchmark) under a goal.
 *
 * Properties: id, goal-id, position, description, target-date (ISO, "" = none).
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CASELOAD_TYPE_OBJECTIVE (caseload_objective_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadObjective, caseload_objective, CASELOAD, OBJECTIVE, GObject)

CaseloadObjective *caseload_objective_new (void);
gint64         caseload_objective_get_id                             (CaseloadObjective *self);
void           caseload_objective_set_id                             (CaseloadObjective *self, gint64 value);
gint64         caseload_objective_get_goal_id                        (CaseloadObjective *self);
void           caseload_objective_set_goal_id                        (CaseloadObjective *self, gint64 value);
int            caseload_objective_get_position                       (CaseloadObjective *self);
void           caseload_objective_set_position                       (CaseloadObjective *self, int value);
const char    *caseload_objective_get_description                    (CaseloadObjective *self);
void           caseload_objective_set_description                    (CaseloadObjective *self, const char *value);
const char    *caseload_objective_get_target_date                    (CaseloadObjective *self);
void           caseload_objective_set_target_date                    (CaseloadObjective *self, const char *value);


G_END_DECLS
