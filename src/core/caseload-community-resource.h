/* caseload-community-resource.h: one entry of the community resources
 * directory; category medical, mental-health, housing, food, respite,
 * recreation, legal, transition, other
 *
 * Properties: id, name, category, address, phone, website, languages, notes, active.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CASELOAD_TYPE_COMMUNITY_RESOURCE (caseload_community_resource_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadCommunityResource, caseload_community_resource, CASELOAD, COMMUNITY_RESOURCE, GObject)

CaseloadCommunityResource *caseload_community_resource_new (void);

gint64        caseload_community_resource_get_id (CaseloadCommunityResource *self);
void          caseload_community_resource_set_id (CaseloadCommunityResource *self, gint64 value);
const char   *caseload_community_resource_get_name (CaseloadCommunityResource *self);
void          caseload_community_resource_set_name (CaseloadCommunityResource *self, const char *value);
const char   *caseload_community_resource_get_category (CaseloadCommunityResource *self);
void          caseload_community_resource_set_category (CaseloadCommunityResource *self, const char *value);
const char   *caseload_community_resource_get_address (CaseloadCommunityResource *self);
void          caseload_community_resource_set_address (CaseloadCommunityResource *self, const char *value);
const char   *caseload_community_resource_get_phone (CaseloadCommunityResource *self);
void          caseload_community_resource_set_phone (CaseloadCommunityResource *self, const char *value);
const char   *caseload_community_resource_get_website (CaseloadCommunityResource *self);
void          caseload_community_resource_set_website (CaseloadCommunityResource *self, const char *value);
const char   *caseload_community_resource_get_languages (CaseloadCommunityResource *self);
void          caseload_community_resource_set_languages (CaseloadCommunityResource *self, const char *value);
const char   *caseload_community_resource_get_notes (CaseloadCommunityResource *self);
void          caseload_community_resource_set_notes (CaseloadCommunityResource *self, const char *value);
gboolean      caseload_community_resource_get_active (CaseloadCommunityResource *self);
void          caseload_community_resource_set_active (CaseloadCommunityResource *self, gboolean value);


G_END_DECLS

