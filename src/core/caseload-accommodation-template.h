/* caseload-accommodation-template.h: an accommodation of the accommodation bank.
 *
 * Properties: id, category ("presentation", "response", "setting",
 * "timing", "other"), description, author-id (0 = built in),
 * author-name, shared, built-in.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CASELOAD_TYPE_ACCOMMODATION_TEMPLATE (caseload_accommodation_template_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadAccommodationTemplate, caseload_accommodation_template, CASELOAD, ACCOMMODATION_TEMPLATE, GObject)

CaseloadAccommodationTemplate *caseload_accommodation_template_new (void);
gint64         caseload_accommodation_template_get_id                             (CaseloadAccommodationTemplate *self);
void           caseload_accommodation_template_set_id                             (CaseloadAccommodationTemplate *self, gint64 value);
const char    *caseload_accommodation_template_get_category                       (CaseloadAccommodationTemplate *self);
void           caseload_accommodation_template_set_category                       (CaseloadAccommodationTemplate *self, const char *value);
const char    *caseload_accommodation_template_get_description                    (CaseloadAccommodationTemplate *self);
void           caseload_accommodation_template_set_description                    (CaseloadAccommodationTemplate *self, const char *value);
gint64         caseload_accommodation_template_get_author_id                      (CaseloadAccommodationTemplate *self);
void           caseload_accommodation_template_set_author_id                      (CaseloadAccommodationTemplate *self, gint64 value);
const char    *caseload_accommodation_template_get_author_name                    (CaseloadAccommodationTemplate *self);
void           caseload_accommodation_template_set_author_name                    (CaseloadAccommodationTemplate *self, const char *value);
gboolean       caseload_accommodation_template_get_shared                         (CaseloadAccommodationTemplate *self);
void           caseload_accommodation_template_set_shared                         (CaseloadAccommodationTemplate *self, gboolean value);
gboolean       caseload_accommodation_template_get_built_in                       (CaseloadAccommodationTemplate *self);
void           caseload_accommodation_template_set_built_in                       (CaseloadAccommodationTemplate *self, gboolean value);


G_END_DECLS
