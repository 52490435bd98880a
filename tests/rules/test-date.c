/* test-date.c: ISO and typed dates, birthdays, ages, month and year
 * arithmetic. Every expected date below was worked out by hand. */
#define G_LOG_DOMAIN "caseload-test-date"

#include "config.h"

#include "caseload-date.h"
#include "caseload-error.h"

#include <glib.h>

static GDate
iso (const char *text)
{
  GDate date;

  g_date_clear (&date, 1);
  g_assert_true (caseload_date_parse_iso (text, &date));
  return date;
}

static void
assert_date (const GDate *date,
             const char  *expected)
{
  g_autofree char *text = caseload_date_to_iso (date);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_parse_iso (void)
{
  GDate date;

  g_date_clear (&date, 1);
  g_assert_true (caseload_date_parse_iso ("2026-03-14", &date));
  g_assert_cmpint (g_date_get_year (&date), ==, 2026);
  g_assert_cmpint (g_date_get_month (&date), ==, 3);
  g_assert_cmpint (g_date_get_day (&date), ==, 14);
  assert_date (&date, "2026-03-14");

  g_assert_true (caseload_date_parse_iso ("2024-02-29", &date));
  assert_date (&date, "2024-02-29");

  /* Impossible or malformed: refused, and the date is left cleared. */
  g_assert_false (caseload_date_parse_iso ("2026-02-30", &date));
  g_assert_false (g_date_valid (&date));
  g_assert_false (caseload_date_parse_iso ("2025-02-29", &date));
  g_assert_false (caseload_date_parse_iso ("2026-13-01", &date));
  g_assert_false (caseload_date_parse_iso ("2026-00-10", &date));
  g_assert_false (caseload_date_parse_iso ("2026-3-14", &date));
  g_assert_false (caseload_date_parse_iso ("2026-03-14x", &date));
  g_assert_false (caseload_date_parse_iso ("2026/03/14", &date));
  g_assert_false (caseload_date_parse_iso ("0000-01-01", &date));
  g_assert_false (caseload_date_parse_iso ("", &date));
  g_assert_false (caseload_date_parse_iso (NULL, &date));
  g_assert_false (g_date_valid (&date));
}

static void
test_to_iso_invalid (void)
{
  GDate date;
  g_autofree char *text = NULL;
  g_autofree char *display = NULL;

  g_date_clear (&date, 1);
  text = caseload_date_to_iso (&date);
  g_assert_cmpstr (text, ==, "");
  display = caseload_date_to_display (&date);
  g_assert_cmpstr (display, ==, "");
}

static void
test_to_display (void)
{
  GDate date = iso ("2027-01-04");
  g_autofree char *text = caseload_date_to_display (&date);

  /* The tests run in the C locale, where %x is MM/DD/YY. */
  g_assert_cmpstr (text, ==, "01/04/27");
}

static void
assert_user (const char  *typed,
             const GDate *today,
             const char  *expected)
{
  g_autoptr(GError) error = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_assert_true (caseload_date_parse_user (typed, today, "Birth date", &date, &error));
  g_assert_no_error (error);
  assert_date (&date, expected);
}

static void
assert_user_fails (const char  *typed,
                   const GDate *today)
{
  g_autoptr(GError) error = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_assert_false (caseload_date_parse_user (typed, today, "Birth date", &date, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_assert_false (g_date_valid (&date));
}

static void
test_parse_user (void)
{
  GDate today = iso ("2026-03-01");

  assert_user ("2026-03-14", &today, "2026-03-14");
  assert_user ("3/14/2026", &today, "2026-03-14");
  assert_user ("03/04/2025", &today, "2025-03-04");
  assert_user ("12/31/2019", &today, "2019-12-31");
  assert_user ("3/14", &today, "2026-03-14");
  assert_user ("2/29/2024", &today, "2024-02-29");
  assert_user ("today", &today, "2026-03-01");
  assert_user ("Today", &today, "2026-03-01");
  assert_user ("yesterday", &today, "2026-02-28");
  assert_user ("  2026-03-14 \t", &today, "2026-03-14");
  assert_user ("  yesterday ", &today, "2026-02-28");

  /* Yesterday across a year boundary. */
  today = iso ("2026-01-01");
  assert_user ("yesterday", &today, "2025-12-31");
  /* "M/D" takes the year of today. */
  assert_user ("2/28", &today, "2026-02-28");

  assert_user_fails ("2026-02-30", &today);
  assert_user_fails ("2/29", &today);      /* 2026 is not a leap year */
  assert_user_fails ("13/45", &today);
  assert_user_fails ("3/14/26", &today);   /* two-digit years are ambiguous */
  assert_user_fails ("3/14/", &today);
  assert_user_fails ("/14/2026", &today);
  assert_user_fails ("garbage", &today);
  assert_user_fails ("tomorrow", &today);
  assert_user_fails ("", &today);
  assert_user_fails ("   ", &today);
}

static void
test_parse_user_real_today (void)
{
  g_autoptr(GError) error = NULL;
  GDate today;
  GDate date;

  caseload_date_set_today (&today);
  g_assert_true (g_date_valid (&today));

  g_date_clear (&date, 1);
  g_assert_true (caseload_date_parse_user ("today", NULL, "Meeting date", &date, &error));
  g_assert_no_error (error);
  /* Unless the clock passed midnight in between, they are the same day. */
  g_assert_cmpint (caseload_date_days_between (&today, &date), >=, 0);
  g_assert_cmpint (caseload_date_days_between (&today, &date), <=, 1);
}

static void
test_parse_user_error_message (void)
{
  g_autoptr(GError) error = NULL;
  GDate today = iso ("2026-03-01");
  GDate date;

  g_date_clear (&date, 1);
  g_assert_false (caseload_date_parse_user (" 13/45 ", &today, "Birth date", &date, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "Birth date: “13/45” is not a date. Use YYYY-MM-DD, M/D/YYYY or “today”.");
  g_clear_error (&error);

  g_assert_false (caseload_date_parse_user ("soon", &today, "IEP end date", &date, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "IEP end date: “soon”"));
}

static void
test_add_years (void)
{
  GDate date = iso ("2024-02-29");

  caseload_date_add_years (&date, 1);
  assert_date (&date, "2025-02-28");

  date = iso ("2024-02-29");
  caseload_date_add_years (&date, 4);
  assert_date (&date, "2028-02-29");

  date = iso ("2023-10-17");
  caseload_date_add_years (&date, 3);
  assert_date (&date, "2026-10-17");

  date = iso ("2023-10-17");
  caseload_date_add_years (&date, 0);
  assert_date (&date, "2023-10-17");
}

static void
test_add_months (void)
{
  GDate date = iso ("2024-02-29");

  caseload_date_add_months (&date, 12);
  assert_date (&date, "2025-02-28");

  date = iso ("2026-01-31");
  caseload_date_add_months (&date, 1);
  assert_date (&date, "2026-02-28");

  date = iso ("2026-08-31");
  caseload_date_add_months (&date, 1);
  assert_date (&date, "2026-09-30");

  date = iso ("2025-11-15");
  caseload_date_add_months (&date, 3);
  assert_date (&date, "2026-02-15");
}

static void
test_birthday (void)
{
  GDate birth = iso ("2008-02-29");
  GDate out;

  caseload_date_birthday (&birth, 16, &out);
  assert_date (&out, "2024-02-29");
  caseload_date_birthday (&birth, 17, &out);
  assert_date (&out, "2025-02-28");
  caseload_date_birthday (&birth, 18, &out);
  assert_date (&out, "2026-02-28");

  birth = iso ("2010-05-10");
  caseload_date_birthday (&birth, 16, &out);
  assert_date (&out, "2026-05-10");
}

static void
test_age_on (void)
{
  GDate birth = iso ("2010-05-10");
  GDate on;

  on = iso ("2026-05-09");
  g_assert_cmpint (caseload_date_age_on (&birth, &on), ==, 15);
  on = iso ("2026-05-10");
  g_assert_cmpint (caseload_date_age_on (&birth, &on), ==, 16);
  on = iso ("2026-12-31");
  g_assert_cmpint (caseload_date_age_on (&birth, &on), ==, 16);
  on = iso ("2010-05-10");
  g_assert_cmpint (caseload_date_age_on (&birth, &on), ==, 0);
  on = iso ("2009-01-01");
  g_assert_cmpint (caseload_date_age_on (&birth, &on), ==, 0);

  /* Born on Feb 29: 17 on Feb 28 of a common year, as the birthday rule. */
  birth = iso ("2008-02-29");
  on = iso ("2025-02-27");
  g_assert_cmpint (caseload_date_age_on (&birth, &on), ==, 16);
  on = iso ("2025-02-28");
  g_assert_cmpint (caseload_date_age_on (&birth, &on), ==, 17);
  on = iso ("2024-02-28");
  g_assert_cmpint (caseload_date_age_on (&birth, &on), ==, 15);
  on = iso ("2024-02-29");
  g_assert_cmpint (caseload_date_age_on (&birth, &on), ==, 16);
}

static void
test_days_between (void)
{
  GDate a = iso ("2026-02-27");
  GDate b = iso ("2026-03-02");

  /* Feb 27 → Feb 28 → Mar 1 → Mar 2 (2026 is not a leap year). */
  g_assert_cmpint (caseload_date_days_between (&a, &b), ==, 3);
  g_assert_cmpint (caseload_date_days_between (&b, &a), ==, -3);
  g_assert_cmpint (caseload_date_days_between (&a, &a), ==, 0);

  a = iso ("2024-02-28");
  b = iso ("2024-03-01");
  g_assert_cmpint (caseload_date_days_between (&a, &b), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/date/parse-iso", test_parse_iso);
  g_test_add_func ("/date/to-iso-invalid", test_to_iso_invalid);
  g_test_add_func ("/date/to-display", test_to_display);
  g_test_add_func ("/date/parse-user", test_parse_user);
  g_test_add_func ("/date/parse-user-real-today", test_parse_user_real_today);
  g_test_add_func ("/date/parse-user-error-message", test_parse_user_error_message);
  g_test_add_func ("/date/add-years", test_add_years);
  g_test_add_func ("/date/add-months", test_add_months);
  g_test_add_func ("/date/birthday", test_birthday);
  g_test_add_func ("/date/age-on", test_age_on);
  g_test_add_func ("/date/days-between", test_days_between);

  return g_test_run ();
}
