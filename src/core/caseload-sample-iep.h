/* caseload-sample-iep.h: the IEP-authoring part of the sample district. */
#pragma once

#include "caseload-store.h"

G_BEGIN_DECLS

/* Call after caseload_sample_generate(): seals the sample's finalized IEPs
 * with their content hash and turns a few into next year's drafts with
 * realistic checker findings (deterministic for @seed). */
gboolean caseload_sample_add_iep_findings (CaseloadStore  *store,
                                           guint32         seed,
                                           GError        **error);

G_END_DECLS
