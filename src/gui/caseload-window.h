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

/* A database that could not be opened: a damaged or foreign file gets
 * the choice to restore a backup, open another or quit (the file is never
 * overwritten); anything else (a network drive, a newer version) is
 * explained. */
void            caseload_window_report_open_error (CaseloadWindow *self,
                                                   const char     *path,
                                                   const GError   *error);
/* The restore dialog for @database_path (@damaged: it cannot be read). */
GtkWidget      *caseload_window_show_restore      (CaseloadWindow *self,
                                                   const char     *database_path,
                                                   gboolean        damaged);
GtkWidget      *caseload_window_show_import       (CaseloadWindow *self);
/* For tests: the damaged-database question while it is shown, or NULL. */
GtkWidget      *caseload_window_get_damaged_dialog (CaseloadWindow *self);

G_END_DECLS
