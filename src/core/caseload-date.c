/* caseload-date.c: calendar dates as the domain needs them. */
#define G_LOG_DOMAIN "caseload-date"

#include "config.h"

#include "caseload-date.h"

#include "caseload-error.h"

#include <string.h>

#include <glib/gi18n-lib.h>

/* Reads exactly @n_digits ASCII digits from @text into @value. */
static gboolean
read_digits (const char *text,
             guint       n_digits,
             guint      *value)
{
  guint result = 0;
  guint i;

  for (i = 0; i < n_digits; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      result = result * 10 + (guint) g_ascii_digit_value (text[i]);
    }

  *value = result;
  return TRUE;
}

/* Reads one or two digits. Returns the position after them, or NULL. */
static const char *
read_short_number (const char *text,
                   guint      *value)
{
  guint result = 0;
  guint n = 0;

  while (g_ascii_isdigit (text[n]) && n < 2)
    {
      result = result * 10 + (guint) g_ascii_digit_value (text[n]);
      n++;
    }

  if (n == 0)
    return NULL;

  *value = result;
  return text + n;
}

static gboolean
set_checked (GDate *date,
             guint  year,
             guint  month,
             guint  day)
{
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31)
    return FALSE;

  if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;

  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

gboolean
caseload_date_parse_iso (const char *text,
                         GDate      *date)
{
  guint year, month, day;

  g_return_val_if_fail (date != NULL, FALSE);

  g_date_clear (date, 1);

  if (text == NULL || strlen (text) != 10)
    return FALSE;

  if (text[4] != '-' || text[7] != '-')
    return FALSE;

  if (!read_digits (text, 4, &year)
      || !read_digits (text + 5, 2, &month)
      || !read_digits (text + 8, 2, &day))
    return FALSE;

  if (!set_checked (date, year, month, day))
    {
      g_date_clear (date, 1);
      return FALSE;
    }

  return TRUE;
}

/* "M/D/YYYY" or "M/D"; the year comes from @today when absent. */
static gboolean
parse_slashes (const char  *text,
               const GDate *today,
               GDate       *date)
{
  const char *p;
  guint month, day, year;

  p = read_short_number (text, &month);
  if (p == NULL || *p != '/')
    return FALSE;

  p = read_short_number (p + 1, &day);
  if (p == NULL)
    return FALSE;

  if (*p == '\0')
    year = g_date_get_year (today);
  else if (*p == '/' && strlen (p + 1) == 4 && read_digits (p + 1, 4, &year))
    ;
  else
    return FALSE;

  return set_checked (date, year, month, day);
}

static gboolean
word_matches (const char *text,
              const char *word,
              const char *translated)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  g_autofree char *folded_translated = g_utf8_casefold (translated, -1);

  return g_strcmp0 (folded, word) == 0 || g_strcmp0 (folded, folded_translated) == 0;
}

gboolean
caseload_date_parse_user (const char  *text,
                          const GDate *today,
                          const char  *field_label,
                          GDate       *date,
                          GError     **error)
{
  g_autofree char *trimmed = NULL;
  GDate real_today;

  g_return_val_if_fail (date != NULL, FALSE);
  g_return_val_if_fail (field_label != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  g_date_clear (date, 1);

  if (today == NULL || !g_date_valid (today))
    {
      g_date_clear (&real_today, 1);
      caseload_date_set_today (&real_today);
      today = &real_today;
    }

  trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));

  /* Translators: a word people may type into a date field, lower case. */
  if (word_matches (trimmed, "today", _("today")))
    {
      *date = *today;
      return TRUE;
    }

  /* Translators: a word people may type into a date field, lower case. */
  if (word_matches (trimmed, "yesterday", _("yesterday")))
    {
      *date = *today;
      g_date_subtract_days (date, 1);
      return TRUE;
    }

  if (caseload_date_parse_iso (trimmed, date))
    return TRUE;

  if (parse_slashes (trimmed, today, date))
    return TRUE;

  g_date_clear (date, 1);
  g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
               /* Translators: the first %s is a field label such as
                * "Birth date", the second what the person typed. Keep
                * YYYY-MM-DD and M/D/YYYY as they are. */
               _("%s: “%s” is not a date. Use YYYY-MM-DD, M/D/YYYY or “today”."),
               field_label, trimmed);
  return FALSE;
}

char *
caseload_date_to_iso (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return g_strdup ("");

  return g_strdup_printf ("%04u-%02u-%02u",
                          (guint) g_date_get_year (date),
                          (guint) g_date_get_month (date),
                          (guint) g_date_get_day (date));
}

char *
caseload_date_to_display (const GDate *date)
{
  char buffer[128];
  gsize len;

  if (date == NULL || !g_date_valid (date))
    return g_strdup ("");

  len = g_date_strftime (buffer, sizeof buffer, "%x", date);
  if (len == 0)
    return caseload_date_to_iso (date);

  return g_strdup (buffer);
}

void
caseload_date_set_today (GDate *date)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_return_if_fail (date != NULL);

  g_date_clear (date, 1);
  g_date_set_dmy (date,
                  (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now),
                  (GDateYear) g_date_time_get_year (now));
}

void
caseload_date_add_years (GDate *date,
                         guint  years)
{
  g_return_if_fail (date != NULL && g_date_valid (date));

  /* GLib turns Feb 29 into Feb 28 when the target year is not a leap year. */
  g_date_add_years (date, years);
}

void
caseload_date_add_months (GDate *date,
                          guint  months)
{
  g_return_if_fail (date != NULL && g_date_valid (date));

  /* GLib clamps the day to the last day of the target month. */
  g_date_add_months (date, months);
}

void
caseload_date_birthday (const GDate *birth,
                        guint        age,
                        GDate       *out)
{
  g_return_if_fail (out != NULL);

  g_date_clear (out, 1);
  g_return_if_fail (birth != NULL && g_date_valid (birth));

  *out = *birth;
  caseload_date_add_years (out, age);
}

int
caseload_date_age_on (const GDate *birth,
                      const GDate *on)
{
  GDate birthday;
  int age;

  g_return_val_if_fail (birth != NULL && g_date_valid (birth), 0);
  g_return_val_if_fail (on != NULL && g_date_valid (on), 0);

  /* Not born yet: no whole years of age. */
  if (g_date_compare (on, birth) < 0)
    return 0;

  age = (int) g_date_get_year (on) - (int) g_date_get_year (birth);
  caseload_date_birthday (birth, (guint) age, &birthday);
  if (g_date_compare (on, &birthday) < 0)
    age--;

  return age;
}

int
caseload_date_days_between (const GDate *a,
                            const GDate *b)
{
  g_return_val_if_fail (a != NULL && g_date_valid (a), 0);
  g_return_val_if_fail (b != NULL && g_date_valid (b), 0);

  return g_date_days_between (a, b);
}
