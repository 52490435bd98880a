/* caseload-error.h: the error domain shared by core, CLI and GUI */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define CASELOAD_ERROR (caseload_error_quark ())

typedef enum
{
  CASELOAD_ERROR_FAILED,          /* anything else; the message says what */
  CASELOAD_ERROR_INVALID,         /* bad input; the message names the field */
  CASELOAD_ERROR_NOT_FOUND,       /* no such record */
  CASELOAD_ERROR_EXISTS,          /* a unique value is taken (student ID) */
  CASELOAD_ERROR_NOT_A_DATABASE,  /* the file is not a Caseload database */
  CASELOAD_ERROR_TOO_NEW,         /* made by a newer Caseload: refused */
  CASELOAD_ERROR_NO_DATABASE,     /* no file at that path */
  CASELOAD_ERROR_LOCKED,          /* finalized / read-only record */
  CASELOAD_ERROR_DATABASE,        /* SQLite said no */
} CaseloadError;

GQuark caseload_error_quark (void);

G_END_DECLS
