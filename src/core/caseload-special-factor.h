/* caseload-special-factor.h: one of the five special factors the team must consider.
 *
 * Properties: id, iep-id, factor (one of caseload_special_factor_keys()),
 * considered, applies, notes.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CASELOAD_TYPE_SPECIAL_FACTOR (caseload_special_factor_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadSpecialFactor, caseload_special_factor, CASELOAD, SPECIAL_FACTOR, GObject)

CaseloadSpecialFactor *caseload_special_factor_new (void);
gint64         caseload_special_factor_get_id                             (CaseloadSpecialFactor *self);
void           caseload_special_factor_set_id                             (CaseloadSpecialFactor *self, gint64 value);
gint64         caseload_special_factor_get_iep_id                         (CaseloadSpecialFactor *self);
void           caseload_special_factor_set_iep_id                         (CaseloadSpecialFactor *self, gint64 value);
const char    *caseload_special_factor_get_factor                         (CaseloadSpecialFactor *self);
void           caseload_special_factor_set_factor                         (CaseloadSpecialFactor *self, const char *value);
gboolean       caseload_special_factor_get_considered                     (CaseloadSpecialFactor *self);
void           caseload_special_factor_set_considered                     (CaseloadSpecialFactor *self, gboolean value);
gboolean       caseload_special_factor_get_applies                        (CaseloadSpecialFactor *self);
void           caseload_special_factor_set_applies                        (CaseloadSpecialFactor *self, gboolean value);
const char    *caseload_special_factor_get_notes                          (CaseloadSpecialFactor *self);
void           caseload_special_factor_set_notes                          (CaseloadSpecialFactor *self, const char *value);

/* The five factors, in display order, and their translated labels. */
const char * const *caseload_special_factor_keys        (void);
const char    *caseload_special_factor_to_label         (const char *factor);


G_END_DECLS
