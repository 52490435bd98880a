/* caseload-service.h: a service the IEP promises.
 *
 * Properties: id, iep-id, position, category ("special-education",
 * "related-service", "supplementary-aid", "program-modification",
 * "personnel-support"), name, provider-role, provider-staff-id (0 = none),
 * provider-name (filled by the store), minutes-per-session +
 * has-minutes-per-session, sessions + has-sessions, per ("week" or
 * "month"), location, start-date, end-date, minutes-per-week (read-only:
 * minutes x sessions, a month counted as 52/12 weeks, so per month x 12/52;
 * 0 while minutes or sessions are unset).
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CASELOAD_TYPE_SERVICE (caseload_service_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadService, caseload_service, CASELOAD, SERVICE, GObject)

CaseloadService *caseload_service_new (void);
gint64         caseload_service_get_id                             (CaseloadService *self);
void           caseload_service_set_id                             (CaseloadService *self, gint64 value);
gint64         caseload_service_get_iep_id                         (CaseloadService *self);
void           caseload_service_set_iep_id                         (CaseloadService *self, gint64 value);
int            caseload_service_get_position                       (CaseloadService *self);
void           caseload_service_set_position                       (CaseloadService *self, int value);
const char    *caseload_service_get_category                       (CaseloadService *self);
void           caseload_service_set_category                       (CaseloadService *self, const char *value);
const char    *caseload_service_get_name                           (CaseloadService *self);
void           caseload_service_set_name                           (CaseloadService *self, const char *value);
const char    *caseload_service_get_provider_role                  (CaseloadService *self);
void           caseload_service_set_provider_role                  (CaseloadService *self, const char *value);
gint64         caseload_service_get_provider_staff_id              (CaseloadService *self);
void           caseload_service_set_provider_staff_id              (CaseloadService *self, gint64 value);
const char    *caseload_service_get_provider_name                  (CaseloadService *self);
void           caseload_service_set_provider_name                  (CaseloadService *self, const char *value);
int            caseload_service_get_minutes_per_session            (CaseloadService *self);
void           caseload_service_set_minutes_per_session            (CaseloadService *self, int value);
gboolean       caseload_service_get_has_minutes_per_session        (CaseloadService *self);
void           caseload_service_unset_minutes_per_session          (CaseloadService *self);
int            caseload_service_get_sessions                       (CaseloadService *self);
void           caseload_service_set_sessions                       (CaseloadService *self, int value);
gboolean       caseload_service_get_has_sessions                   (CaseloadService *self);
void           caseload_service_unset_sessions                     (CaseloadService *self);
const char    *caseload_service_get_per                            (CaseloadService *self);
void           caseload_service_set_per                            (CaseloadService *self, const char *value);
const char    *caseload_service_get_location                       (CaseloadService *self);
void           caseload_service_set_location                       (CaseloadService *self, const char *value);
const char    *caseload_service_get_start_date                     (CaseloadService *self);
void           caseload_service_set_start_date                     (CaseloadService *self, const char *value);
const char    *caseload_service_get_end_date                       (CaseloadService *self);
void           caseload_service_set_end_date                       (CaseloadService *self, const char *value);
double         caseload_service_get_minutes_per_week               (CaseloadService *self);


G_END_DECLS
