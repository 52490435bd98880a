/* caseload-resource-dialog.h: add or edit a community resource */
#pragma once

#include <adwaita.h>

#include "caseload-community-resource.h"
#include "caseload-store.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_RESOURCE_DIALOG (caseload_resource_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadResourceDialog, caseload_resource_dialog, CASELOAD, RESOURCE_DIALOG, AdwWindow)

/* @resource NULL adds one. Signal "saved" (gint64 id). */
CaseloadResourceDialog *caseload_resource_dialog_new (GtkWindow                 *parent,
                                                      CaseloadStore             *store,
                                                      CaseloadCommunityResource *resource);
/* The words for a category code ("mental-health" → "Mental health"). */
const char             *caseload_resource_category_label (const char *category);

G_END_DECLS
