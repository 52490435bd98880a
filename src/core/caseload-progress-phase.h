/* caseload-progress-phase.h: an intervention phase of a goal, starting on a date, with a label.
 *
 * Properties: id, goal-id, start-date, label.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CASELOAD_TYPE_PROGRESS_PHASE (caseload_progress_phase_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadProgressPhase, caseload_progress_phase, CASELOAD, PROGRESS_PHASE, GObject)

CaseloadProgressPhase *caseload_progress_phase_new                     (void);
gint64         caseload_progress_phase_get_id                  (CaseloadProgressPhase *self);
void           caseload_progress_phase_set_id                  (CaseloadProgressPhase *self, gint64 value);
gint64         caseload_progress_phase_get_goal_id             (CaseloadProgressPhase *self);
void           caseload_progress_phase_set_goal_id             (CaseloadProgressPhase *self, gint64 value);
const char    *caseload_progress_phase_get_start_date          (CaseloadProgressPhase *self);
void           caseload_progress_phase_set_start_date          (CaseloadProgressPhase *self, const char *value);
const char    *caseload_progress_phase_get_label               (CaseloadProgressPhase *self);
void           caseload_progress_phase_set_label               (CaseloadProgressPhase *self, const char *value);

G_END_DECLS
