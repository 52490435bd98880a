/* caseload-entry-row.h: what every form does with an AdwEntryRow. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The row's text without leading or trailing white space (free it). */
char *caseload_entry_row_dup_text   (AdwEntryRow *row);
/* Names the text field inside the row for assistive technologies (it is
 * what a screen reader lands on): @label, or the row's title when NULL. */
void  caseload_entry_row_name_field (AdwEntryRow *row,
                                     const char  *label);

G_END_DECLS
