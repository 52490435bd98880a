/* caseload-resource-referral.h: a student referred to a community resource;
 * status open, in-progress, completed, declined, closed
 *
 * Properties: id, student-id, student-name, resource-id, resource-name, referral-date, reason, status, follow-up-date, outcome.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CASELOAD_TYPE_RESOURCE_REFERRAL (caseload_resource_referral_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadResourceReferral, caseload_resource_referral, CASELOAD, RESOURCE_REFERRAL, GObject)

CaseloadResourceReferral *caseload_resource_referral_new (void);

gint64        caseload_resource_referral_get_id (CaseloadResourceReferral *self);
void          caseload_resource_referral_set_id (CaseloadResourceReferral *self, gint64 value);
gint64        caseload_resource_referral_get_student_id (CaseloadResourceReferral *self);
void          caseload_resource_referral_set_student_id (CaseloadResourceReferral *self, gint64 value);
const char   *caseload_resource_referral_get_student_name (CaseloadResourceReferral *self);
void          caseload_resource_referral_set_student_name (CaseloadResourceReferral *self, const char *value);
gint64        caseload_resource_referral_get_resource_id (CaseloadResourceReferral *self);
void          caseload_resource_referral_set_resource_id (CaseloadResourceReferral *self, gint64 value);
const char   *caseload_resource_referral_get_resource_name (CaseloadResourceReferral *self);
void          caseload_resource_referral_set_resource_name (CaseloadResourceReferral *self, const char *value);
const char   *caseload_resource_referral_get_referral_date (CaseloadResourceReferral *self);
void          caseload_resource_referral_set_referral_date (CaseloadResourceReferral *self, const char *value);
const char   *caseload_resource_referral_get_reason (CaseloadResourceReferral *self);
void          caseload_resource_referral_set_reason (CaseloadResourceReferral *self, const char *value);
const char   *caseload_resource_referral_get_status (CaseloadResourceReferral *self);
void          caseload_resource_referral_set_status (CaseloadResourceReferral *self, const char *value);
const char   *caseload_resource_referral_get_follow_up_date (CaseloadResourceReferral *self);
void          caseload_resource_referral_set_follow_up_date (CaseloadResourceReferral *self, const char *value);
const char   *caseload_resource_referral_get_outcome (CaseloadResourceReferral *self);
void          caseload_resource_referral_set_outcome (CaseloadResourceReferral *self, const char *value);


G_END_DECLS

