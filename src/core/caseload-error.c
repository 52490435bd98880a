#define G_LOG_DOMAIN "caseload-error"

#include "config.h"

#include "caseload-error.h"

G_DEFINE_QUARK (caseload-error-quark, caseload_error)
