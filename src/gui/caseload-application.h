/* caseload-application.h: the application object */
#pragma once

#include <adwaita.h>

#include "caseload-store.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_APPLICATION (caseload_application_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadApplication, caseload_application, CASELOAD, APPLICATION, AdwApplication)

CaseloadApplication *caseload_application_new          (void);
GSettings           *caseload_application_get_settings (CaseloadApplication *self);

/* Opens @path (NULL: the remembered or default database) in a window.
 * A missing default file shows the welcome page; a missing explicit
 * @path is created when @create is TRUE. Errors are shown to the user. */
void                 caseload_application_open_database (CaseloadApplication *self,
                                                         const char          *path,
                                                         gboolean             create);

G_END_DECLS
