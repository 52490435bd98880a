/* caseload-sample.h: a realistic, fictional district for demos, screenshots
 * and benchmarks. Deterministic: the same seed and as-of date give an
 * identical database (no wall-clock time is written). */
#pragma once

#include "caseload-store.h"

G_BEGIN_DECLS

typedef struct
{
  guint   n_students;   /* active students, K-12 */
  guint32 seed;
  GDate   as_of;        /* "today" for the generated history; invalid = today */
} CaseloadSampleOptions;

/* Fills an empty database (no students yet; else CASELOAD_ERROR_EXISTS) in
 * one transaction. @progress (may be NULL) is called with 0..1. */
gboolean caseload_sample_generate (CaseloadStore               *store,
                                   const CaseloadSampleOptions *options,
                                   void                       (*progress) (double fraction, gpointer data),
                                   gpointer                     progress_data,
                                   GError                     **error);

G_END_DECLS
