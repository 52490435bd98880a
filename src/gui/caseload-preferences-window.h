/* caseload-preferences-window.h: who is signed in, paper, district rules */
#pragma once

#include <adwaita.h>

#include "caseload-store.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_PREFERENCES_WINDOW (caseload_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadPreferencesWindow, caseload_preferences_window, CASELOAD, PREFERENCES_WINDOW, AdwPreferencesWindow)

/* @store may be NULL (no database open: only the desktop settings). */
CaseloadPreferencesWindow *caseload_preferences_window_new (GtkWindow     *parent,
                                                            GSettings     *settings,
                                                            CaseloadStore *store);

G_END_DECLS
