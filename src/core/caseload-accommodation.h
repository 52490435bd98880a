/* caseload-accommodation.h: an accommodation or modification of an IEP.
 *
 * Properties: id, iep-id, position, kind ("accommodation" or
 * "modification"), category ("presentation", "response", "setting",
 * "timing", "other"), description, applies-classroom, applies-tests
 * (state/district tests), frequency.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CASELOAD_TYPE_ACCOMMODATION (caseload_accommodation_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadAccommodation, caseload_accommodation, CASELOAD, ACCOMMODATION, GObject)

CaseloadAccommodation *caseload_accommodation_new (void);
gint64         caseload_accommodation_get_id                             (CaseloadAccommodation *self);
void           caseload_accommodation_set_id                             (CaseloadAccommodation *self, gint64 value);
gint64         caseload_accommodation_get_iep_id                         (CaseloadAccommodation *self);
void           caseload_accommodation_set_iep_id                         (CaseloadAccommodation *self, gint64 value);
int            caseload_accommodation_get_position                       (CaseloadAccommodation *self);
void           caseload_accommodation_set_position                       (CaseloadAccommodation *self, int value);
const char    *caseload_accommodation_get_kind                           (CaseloadAccommodation *self);
void           caseload_accommodation_set_kind                           (CaseloadAccommodation *self, const char *value);
const char    *caseload_accommodation_get_category                       (CaseloadAccommodation *self);
void           caseload_accommodation_set_category                       (CaseloadAccommodation *self, const char *value);
const char    *caseload_accommodation_get_description                    (CaseloadAccommodation *self);
void           caseload_accommodation_set_description                    (CaseloadAccommodation *self, const char *value);
gboolean       caseload_accommodation_get_applies_classroom              (CaseloadAccommodation *self);
void           caseload_accommodation_set_applies_classroom              (CaseloadAccommodation *self, gboolean value);
gboolean       caseload_accommodation_get_applies_tests                  (CaseloadAccommodation *self);
void           caseload_accommodation_set_applies_tests                  (CaseloadAccommodation *self, gboolean value);
const char    *caseload_accommodation_get_frequency                      (CaseloadAccommodation *self);
void           caseload_accommodation_set_frequency                      (CaseloadAccommodation *self, const char *value);


G_END_DECLS
