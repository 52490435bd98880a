/* caseload-progress-entry.h: one goal's line of a progress report: code, sufficiency, current value and narrative.
 *
 * Properties: id, report-id, goal-id, goal-position, goal-area, goal-description, unit, direction, code, sufficient, insufficient-reason, current-value, current-value-from-data, narrative. Setting an optional value sets its has- flag; unset_* clears it.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CASELOAD_TYPE_PROGRESS_ENTRY (caseload_progress_entry_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadProgressEntry, caseload_progress_entry, CASELOAD, PROGRESS_ENTRY, GObject)

CaseloadProgressEntry *caseload_progress_entry_new                     (void);
gint64         caseload_progress_entry_get_id                  (CaseloadProgressEntry *self);
void           caseload_progress_entry_set_id                  (CaseloadProgressEntry *self, gint64 value);
gint64         caseload_progress_entry_get_report_id           (CaseloadProgressEntry *self);
void           caseload_progress_entry_set_report_id           (CaseloadProgressEntry *self, gint64 value);
gint64         caseload_progress_entry_get_goal_id             (CaseloadProgressEntry *self);
void           caseload_progress_entry_set_goal_id             (CaseloadProgressEntry *self, gint64 value);
int            caseload_progress_entry_get_goal_position       (CaseloadProgressEntry *self);
void           caseload_progress_entry_set_goal_position       (CaseloadProgressEntry *self, int value);
const char    *caseload_progress_entry_get_goal_area           (CaseloadProgressEntry *self);
void           caseload_progress_entry_set_goal_area           (CaseloadProgressEntry *self, const char *value);
const char    *caseload_progress_entry_get_goal_description    (CaseloadProgressEntry *self);
void           caseload_progress_entry_set_goal_description    (CaseloadProgressEntry *self, const char *value);
const char    *caseload_progress_entry_get_unit                (CaseloadProgressEntry *self);
void           caseload_progress_entry_set_unit                (CaseloadProgressEntry *self, const char *value);
const char    *caseload_progress_entry_get_direction           (CaseloadProgressEntry *self);
void           caseload_progress_entry_set_direction           (CaseloadProgressEntry *self, const char *value);
const char    *caseload_progress_entry_get_code                (CaseloadProgressEntry *self);
void           caseload_progress_entry_set_code                (CaseloadProgressEntry *self, const char *value);
gboolean       caseload_progress_entry_get_sufficient          (CaseloadProgressEntry *self);
void           caseload_progress_entry_set_sufficient          (CaseloadProgressEntry *self, gboolean value);
gboolean       caseload_progress_entry_get_has_sufficient      (CaseloadProgressEntry *self);
void           caseload_progress_entry_unset_sufficient        (CaseloadProgressEntry *self);
const char    *caseload_progress_entry_get_insufficient_reason (CaseloadProgressEntry *self);
void           caseload_progress_entry_set_insufficient_reason (CaseloadProgressEntry *self, const char *value);
double         caseload_progress_entry_get_current_value       (CaseloadProgressEntry *self);
void           caseload_progress_entry_set_current_value       (CaseloadProgressEntry *self, double value);
gboolean       caseload_progress_entry_get_has_current_value   (CaseloadProgressEntry *self);
void           caseload_progress_entry_unset_current_value     (CaseloadProgressEntry *self);
gboolean       caseload_progress_entry_get_current_value_from_data(CaseloadProgressEntry *self);
void           caseload_progress_entry_set_current_value_from_data(CaseloadProgressEntry *self, gboolean value);
const char    *caseload_progress_entry_get_narrative           (CaseloadProgressEntry *self);
void           caseload_progress_entry_set_narrative           (CaseloadProgressEntry *self, const char *value);

G_END_DECLS
