/* caseload-window.h: the main window */
#pragma once

#include <adwaita.h>

#include "caseload-store.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_WINDOW (caseload_window_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadWindow, caseload_window, CASELOAD, WINDOW, AdwApplicationWindow)

CaseloadWindow *caseload_window_new          (GtkApplication *application);
/* NULL shows the welcome page (no database yet). */
void            caseload_window_set_store    (CaseloadWindow *self,
                                              CaseloadStore  *store);
CaseloadStore  *caseload_window_get_store    (CaseloadWindow *self);
/* Sidebar pages: "dashboard", "students", "team", "deadlines", "progress". */
void            caseload_window_show_page    (CaseloadWindow *self,
                                              const char     *name);
void            caseload_window_show_student (CaseloadWindow *self,
                                              gint64          student_id);
/* Shows a failure a person must see, as a dialog. */
void            caseload_window_show_error   (CaseloadWindow *self,
                                              const char     *heading,
                                              const GError   *error);

G_END_DECLS
