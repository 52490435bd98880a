/* caseload-code.h: one entry of a code table (disability category, staff
 * role, team role, progress code). Properties: code, name (translated for
 * display), description. */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CASELOAD_TYPE_CODE (caseload_code_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadCode, caseload_code, CASELOAD, CODE, GObject)

CaseloadCode *caseload_code_new             (const char   *code,
                                             const char   *name,
                                             const char   *description);
const char   *caseload_code_get_code        (CaseloadCode *self);
const char   *caseload_code_get_name        (CaseloadCode *self);
const char   *caseload_code_get_description (CaseloadCode *self);

G_END_DECLS
