/* fuzz-common.h: one store for every input of a fuzz target. Each input
 * is imported as a dry run (parsed, applied in a transaction, rolled
 * back), so that the store code runs too and the database never grows. */
#pragma once

#include <glib.h>
#include <glib/gstdio.h>

#include "caseload-store.h"

static CaseloadStore *fuzz_store;

static CaseloadStore *
fuzz_get_store (void)
{
  if (fuzz_store == NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *dir = g_dir_make_tmp ("caseload-fuzz-XXXXXX", &error);
      g_autofree char *path = NULL;

      g_assert_no_error (error);
      g_setenv ("XDG_DATA_HOME", dir, TRUE);
      path = g_build_filename (dir, "fuzz.db", NULL);
      fuzz_store = caseload_store_open (path, CASELOAD_STORE_OPEN_CREATE, &error);
      g_assert_no_error (error);
    }
  return fuzz_store;
}
