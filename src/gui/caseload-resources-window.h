/* caseload-resources-window.h: the community resources directory: a
 * sortable column view that filters as you type; a row opens the resource,
 * "New Resource" adds one. */
#pragma once

#include <adwaita.h>

#include "caseload-store.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_RESOURCES_WINDOW (caseload_resources_window_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadResourcesWindow, caseload_resources_window, CASELOAD, RESOURCES_WINDOW, AdwWindow)

CaseloadResourcesWindow *caseload_resources_window_new       (GtkWindow     *parent,
                                                              CaseloadStore *store);
/* The resources shown, after the search and the sort (tests). */
GListModel              *caseload_resources_window_get_model (CaseloadResourcesWindow *self);
void                     caseload_resources_window_set_search_text (CaseloadResourcesWindow *self,
                                                                    const char              *text);

G_END_DECLS
