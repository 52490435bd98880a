/* caseload-data-point.h: one progress-monitoring probe of a goal.
 *
 * Properties: id, goal-id, date, value, note, recorded-by, recorded-by-name, recorded-at.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CASELOAD_TYPE_DATA_POINT (caseload_data_point_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadDataPoint, caseload_data_point, CASELOAD, DATA_POINT, GObject)

CaseloadDataPoint *caseload_data_point_new                         (void);
gint64         caseload_data_point_get_id                      (CaseloadDataPoint *self);
void           caseload_data_point_set_id                      (CaseloadDataPoint *self, gint64 value);
gint64         caseload_data_point_get_goal_id                 (CaseloadDataPoint *self);
void           caseload_data_point_set_goal_id                 (CaseloadDataPoint *self, gint64 value);
const char    *caseload_data_point_get_date                    (CaseloadDataPoint *self);
void           caseload_data_point_set_date                    (CaseloadDataPoint *self, const char *value);
double         caseload_data_point_get_value                   (CaseloadDataPoint *self);
void           caseload_data_point_set_value                   (CaseloadDataPoint *self, double value);
const char    *caseload_data_point_get_note                    (CaseloadDataPoint *self);
void           caseload_data_point_set_note                    (CaseloadDataPoint *self, const char *value);
gint64         caseload_data_point_get_recorded_by             (CaseloadDataPoint *self);
void           caseload_data_point_set_recorded_by             (CaseloadDataPoint *self, gint64 value);
const char    *caseload_data_point_get_recorded_by_name        (CaseloadDataPoint *self);
void           caseload_data_point_set_recorded_by_name        (CaseloadDataPoint *self, const char *value);
const char    *caseload_data_point_get_recorded_at             (CaseloadDataPoint *self);
void           caseload_data_point_set_recorded_at             (CaseloadDataPoint *self, const char *value);

G_END_DECLS
