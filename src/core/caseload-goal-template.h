/* caseload-goal-template.h: a goal of the goal bank, with {placeholders}.
 *
 * Properties: id, area, text (with {condition}, {baseline}, {target},
 * {criterion}, {unit}), author-id (0 = built in), author-name, shared,
 * built-in. caseload_goal_template_instantiate() (caseload-iep-bank.h)
 * turns one into a CaseloadGoal.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CASELOAD_TYPE_GOAL_TEMPLATE (caseload_goal_template_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadGoalTemplate, caseload_goal_template, CASELOAD, GOAL_TEMPLATE, GObject)

CaseloadGoalTemplate *caseload_goal_template_new (void);
gint64         caseload_goal_template_get_id                             (CaseloadGoalTemplate *self);
void           caseload_goal_template_set_id                             (CaseloadGoalTemplate *self, gint64 value);
const char    *caseload_goal_template_get_area                           (CaseloadGoalTemplate *self);
void           caseload_goal_template_set_area                           (CaseloadGoalTemplate *self, const char *value);
const char    *caseload_goal_template_get_text                           (CaseloadGoalTemplate *self);
void           caseload_goal_template_set_text                           (CaseloadGoalTemplate *self, const char *value);
gint64         caseload_goal_template_get_author_id                      (CaseloadGoalTemplate *self);
void           caseload_goal_template_set_author_id                      (CaseloadGoalTemplate *self, gint64 value);
const char    *caseload_goal_template_get_author_name                    (CaseloadGoalTemplate *self);
void           caseload_goal_template_set_author_name                    (CaseloadGoalTemplate *self, const char *value);
gboolean       caseload_goal_template_get_shared                         (CaseloadGoalTemplate *self);
void           caseload_goal_template_set_shared                         (CaseloadGoalTemplate *self, gboolean value);
gboolean       caseload_goal_template_get_built_in                       (CaseloadGoalTemplate *self);
void           caseload_goal_template_set_built_in                       (CaseloadGoalTemplate *self, gboolean value);

/* The placeholders a goal template may use, without braces, in order:
 * condition, baseline, target, criterion, unit. */
const char * const *caseload_goal_template_placeholders (void);

/* Checks that @text uses only known {placeholders} with balanced braces;
 * sets CASELOAD_ERROR_INVALID naming the bad placeholder otherwise. */
gboolean       caseload_goal_template_check_text        (const char  *text,
                                                         GError     **error);


G_END_DECLS
