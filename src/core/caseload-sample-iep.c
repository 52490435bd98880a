#define G_LOG_DOMAIN "caseload-sample-iep"

#include "config.h"

#include "caseload-sample-iep.h"
#include "caseload-store-private.h"

/* Turns a few of the sample's IEPs into next year's drafts with realistic
 * checker findings (an unmeasurable goal; a missing transition plan for a
 * student turning 16), leaves the rest clean, and seals every finalized
 * IEP with its content hash so tampering checks hold for sample data. */
gboolean
caseload_sample_add_iep_findings (CaseloadStore  *store,
                                  guint32         seed,
                                  GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (store), FALSE);

  if (!caseload_store_seal_iep_hashes (store, error))
    return FALSE;
  return caseload_store_sample_iep_drafts (store, seed, error);
}
