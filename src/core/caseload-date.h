/* caseload-date.h: calendar dates as the domain needs them.
 *
 * Dates are stored as ISO 8601 text (YYYY-MM-DD) and handled as GDate.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Parses "YYYY-MM-DD" strictly. Returns FALSE (and leaves @date cleared)
 * on anything else, including impossible dates like 2026-02-30. */
gboolean  caseload_date_parse_iso     (const char  *text,
                                       GDate       *date);

/* Parses what a person types: "2026-03-14", "3/14/2026", "3/14" (the year
 * of @today), "today", "yesterday" (also translated). @today may be NULL for
 * the real today. Sets a CASELOAD_ERROR_INVALID error naming @field_label. */
gboolean  caseload_date_parse_user    (const char  *text,
                                       const GDate *today,
                                       const char  *field_label,
                                       GDate       *date,
                                       GError     **error);

/* Newly allocated "YYYY-MM-DD"; "" for an invalid date. */
char     *caseload_date_to_iso        (const GDate *date);

/* The date as the current locale writes it (%x). */
char     *caseload_date_to_display    (const GDate *date);

/* Fills @date with today in local time. */
void      caseload_date_set_today     (GDate       *date);

/* Adds whole years; Feb 29 becomes Feb 28 in a non-leap year. */
void      caseload_date_add_years     (GDate       *date,
                                       guint        years);

/* Adds whole months, clamping to the last day of the month. */
void      caseload_date_add_months    (GDate       *date,
                                       guint        months);

/* The day someone born on @birth reaches @age (Feb 29 birthdays reach it on
 * Feb 28 in non-leap years, as for annual reviews). */
void      caseload_date_birthday      (const GDate *birth,
                                       guint        age,
                                       GDate       *out);

/* Whole years of age on @on. */
int       caseload_date_age_on        (const GDate *birth,
                                       const GDate *on);

/* @b minus @a in days (negative when @b is before @a). */
int       caseload_date_days_between  (const GDate *a,
                                       const GDate *b);

G_END_DECLS
