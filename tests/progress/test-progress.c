/* test-progress.c: the arithmetic of progress monitoring (baseline, aim
 * line, OLS, split-middle, decision rules, ticks), worked by hand, and
 * the chart renderer: pixels where the aim line, a point and a phase line
 * must be, and PNG/SVG/PDF files. */
#include "config.h"

#include "caseload-chart.h"
#include "caseload-progress.h"
#include "caseload-error.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#define DAY0 739000u   /* an arbitrary Julian day (in 2024) */

static guint32
julian (int year, int month, int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

/* ---- baseline ------------------------------------------------------------- */

static void
test_baseline_three_or_more (void)
{
  CaseloadProbe probes[] = { { DAY0, 40 }, { DAY0 + 7, 30 }, { DAY0 + 14, 35 }, { DAY0 + 21, 50 } };
  guint32 day = 0;
  double value = 0;

  g_assert_true (caseload_progress_baseline (probes, 4, TRUE, DAY0 - 30, 12, &day, &value));
  /* median of 40, 30, 35 = 35, at the middle probe's date */
  g_assert_cmpfloat_with_epsilon (value, 35.0, 1e-12);
  g_assert_cmpuint (day, ==, DAY0 + 7);
}

static void
test_baseline_ties (void)
{
  CaseloadProbe same_values[] = { { DAY0, 20 }, { DAY0 + 3, 20 }, { DAY0 + 9, 25 } };
  CaseloadProbe same_day[] = { { DAY0, 12 }, { DAY0, 15 }, { DAY0 + 7, 9 } };
  guint32 day = 0;
  double value = 0;

  g_assert_true (caseload_progress_baseline (same_values, 3, FALSE, 0, 0, &day, &value));
  g_assert_cmpfloat_with_epsilon (value, 20.0, 1e-12);
  g_assert_cmpuint (day, ==, DAY0 + 3);

  /* two probes on one day: the middle one is the second entered */
  g_assert_true (caseload_progress_baseline (same_day, 3, FALSE, 0, 0, &day, &value));
  g_assert_cmpfloat_with_epsilon (value, 12.0, 1e-12);
  g_assert_cmpuint (day, ==, DAY0);
}

static void
test_baseline_fewer (void)
{
  CaseloadProbe probes[] = { { DAY0, 40 }, { DAY0 + 7, 30 } };
  guint32 day = 1;
  double value = 1;

  g_assert_true (caseload_progress_baseline (probes, 2, TRUE, DAY0 - 10, 18, &day, &value));
  g_assert_cmpfloat_with_epsilon (value, 18.0, 1e-12);
  g_assert_cmpuint (day, ==, DAY0 - 10);

  g_assert_false (caseload_progress_baseline (probes, 2, FALSE, 0, 0, &day, &value));
  g_assert_cmpuint (day, ==, 0);
  g_assert_false (caseload_progress_baseline (NULL, 0, TRUE, 0, 18, &day, &value));
}

/* ---- aim line --------------------------------------------------------------- */

static void
test_aim_line (void)
{
  CaseloadAimLine aim;

  /* 20 -> 40 in 10 weeks: 2 per week */
  caseload_progress_aim_line (DAY0, 20, DAY0 + 70, 40, &aim);
  g_assert_true (aim.valid);
  g_assert_cmpfloat_with_epsilon (aim.slope_per_week, 2.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (caseload_progress_aim_value_at (&aim, DAY0 + 35), 30.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (caseload_progress_aim_value_at (&aim, DAY0 + 84), 44.0, 1e-12);

  /* lower is better: 12 -> 4 incidents in 16 weeks: -0.5 per week */
  caseload_progress_aim_line (DAY0, 12, DAY0 + 112, 4, &aim);
  g_assert_cmpfloat_with_epsilon (aim.slope_per_week, -0.5, 1e-12);

  /* target date not after the baseline: no aim line, no division by 0 */
  caseload_progress_aim_line (DAY0, 20, DAY0, 40, &aim);
  g_assert_false (aim.valid);
  caseload_progress_aim_line (DAY0, 20, DAY0 - 7, 40, &aim);
  g_assert_false (aim.valid);
}

/* ---- OLS and split-middle ------------------------------------------------------ */

static void
test_ols_hand_computed (void)
{
  /* x̄ = 2, ȳ = 14; Σdxdy = 8+2+0+1+8 = 19, Σdx² = 10: b = 1.9, a = 14 − 3.8 = 10.2 */
  const double x1[] = { 0, 1, 2, 3, 4 };
  const double y1[] = { 10, 12, 15, 15, 18 };
  /* x̄ = 7/3, ȳ = 14/3; Σdxdy = 13/3, Σdx² = 14/3: b = 13/14, a = 14/3 − 13/6 = 2.5 */
  const double x2[] = { 1, 2, 4 };
  const double y2[] = { 3, 5, 6 };
  /* falling: x̄ = 1.5, ȳ = 6.5; Σdxdy = −1.5·1.5 −0.5·0.5 +0.5·(−0.5) +1.5·(−1.5) = −5, Σdx² = 5:
   * b = −1, a = 6.5 + 1.5 = 8 */
  const double x3[] = { 0, 1, 2, 3 };
  const double y3[] = { 8, 7, 6, 5 };
  CaseloadLine line;

  caseload_progress_ols (x1, y1, 5, &line);
  g_assert_true (line.valid);
  g_assert_cmpfloat_with_epsilon (line.slope, 1.9, 1e-12);
  g_assert_cmpfloat_with_epsilon (line.intercept, 10.2, 1e-12);

  caseload_progress_ols (x2, y2, 3, &line);
  g_assert_true (line.valid);
  g_assert_cmpfloat_with_epsilon (line.slope, 13.0 / 14.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (line.intercept, 2.5, 1e-12);

  caseload_progress_ols (x3, y3, 4, &line);
  g_assert_cmpfloat_with_epsilon (line.slope, -1.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (line.intercept, 8.0, 1e-12);
}

static void
test_ols_degenerate (void)
{
  const double one_x[] = { 3 };
  const double one_y[] = { 7 };
  const double same_x[] = { 2, 2, 2 };
  const double same_y[] = { 1, 2, 6 };
  CaseloadLine line;

  caseload_progress_ols (one_x, one_y, 1, &line);
  g_assert_false (line.valid);
  g_assert_cmpfloat (line.slope, ==, 0.0);
  g_assert_cmpfloat_with_epsilon (line.intercept, 7.0, 1e-12);

  /* all points on one day: no division by zero */
  caseload_progress_ols (same_x, same_y, 3, &line);
  g_assert_false (line.valid);
  g_assert_true (isfinite (line.slope) && isfinite (line.intercept));
  g_assert_cmpfloat_with_epsilon (line.intercept, 3.0, 1e-12);

  caseload_progress_ols (NULL, NULL, 0, &line);
  g_assert_false (line.valid);

  caseload_progress_split_middle (same_x, same_y, 3, &line);
  g_assert_false (line.valid);
  g_assert_true (isfinite (line.slope));
}

static void
test_split_middle (void)
{
  const double x[] = { 0, 1, 2, 3, 4, 5, 6 };
  /* n = 6: thirds of 2. First: x 0.5, y median(2,4) = 3; last: x 4.5, y
   * median(7,9) = 8. Slope 5/4 = 1.25, intercept 3 − 0.625 = 2.375. */
  const double y6[] = { 2, 4, 3, 8, 7, 9 };
  /* n = 7: outer thirds of 2, middle 3. First (0.5, 2), last (5.5, 7): slope 1, intercept 1.5 */
  const double y7[] = { 1, 3, 2, 5, 4, 6, 8 };
  /* n = 5: outer thirds of 2. First (0.5, 3), last (3.5, 3): flat at 3 */
  const double y5[] = { 5, 1, 9, 4, 2 };
  CaseloadLine line;

  caseload_progress_split_middle (x, y6, 6, &line);
  g_assert_true (line.valid);
  g_assert_cmpfloat_with_epsilon (line.slope, 1.25, 1e-12);
  g_assert_cmpfloat_with_epsilon (line.intercept, 2.375, 1e-12);

  caseload_progress_split_middle (x, y7, 7, &line);
  g_assert_cmpfloat_with_epsilon (line.slope, 1.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (line.intercept, 1.5, 1e-12);

  caseload_progress_split_middle (x, y5, 5, &line);
  g_assert_cmpfloat_with_epsilon (line.slope, 0.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (line.intercept, 3.0, 1e-12);

  caseload_progress_split_middle (x, y5, 2, &line);
  g_assert_false (line.valid);
}

/* ---- decision rules ------------------------------------------------------------- */

/* Aim line: 10 at DAY0, +1 per week (weekly probes: 10 + k on week k). */
static void
make_aim (CaseloadAimLine *aim,
          double           slope)
{
  caseload_progress_aim_line (DAY0, 10, DAY0 + 7 * 20, 10 + 20 * slope, aim);
}

/* Probes on weeks 1..n at aim + offsets[i]. */
static void
make_probes (CaseloadProbe         *probes,
             const CaseloadAimLine *aim,
             const double          *offsets,
             guint                  n)
{
  for (guint i = 0; i < n; i++)
    {
      probes[i].day = DAY0 + 7 * (i + 1);
      probes[i].value = caseload_progress_aim_value_at (aim, probes[i].day) + offsets[i];
    }
}

static void
assert_decision (const CaseloadProbe  *probes,
                 guint                 n,
                 const CaseloadAimLine *aim,
                 double                trend,
                 gboolean              lower,
                 CaseloadDecision      decision,
                 CaseloadDecisionRule  rule)
{
  CaseloadDecisionResult result;

  caseload_progress_decide (probes, n, aim, trend, lower, &result);
  g_assert_cmpint (result.decision, ==, decision);
  g_assert_cmpint (result.rule, ==, rule);
  g_assert_cmpuint (result.n_points, ==, n);
  g_assert_cmpstr (caseload_progress_decision_hint (&result, lower), !=, "");
}

static void
test_decision_collect_more (void)
{
  CaseloadAimLine aim;
  CaseloadProbe probes[5];
  const double below[] = { -3, -3, -3, -3, -3 };

  make_aim (&aim, 1.0);
  make_probes (probes, &aim, below, 5);
  /* rule 1 comes first even though 4 points are below */
  assert_decision (probes, 5, &aim, 0.0, FALSE, CASELOAD_DECISION_COLLECT_MORE_DATA, CASELOAD_DECISION_RULE_NONE);
  assert_decision (probes, 0, &aim, 0.0, TRUE, CASELOAD_DECISION_COLLECT_MORE_DATA, CASELOAD_DECISION_RULE_NONE);
  g_assert_cmpstr (caseload_progress_decision_hint (&(CaseloadDecisionResult) { CASELOAD_DECISION_COLLECT_MORE_DATA, 0, 3 }, FALSE),
                   ==, "Collect more data: decisions need 6 points in the current phase");
}

static void
test_decision_four_point (void)
{
  CaseloadAimLine aim;
  CaseloadProbe probes[6];
  const double below[] = { 2, 2, -1, -1, -0.5, -2 };
  const double above[] = { -2, -2, 1, 0.5, 1, 2 };
  CaseloadDecisionResult result;

  make_aim (&aim, 1.0);

  make_probes (probes, &aim, below, 6);
  assert_decision (probes, 6, &aim, 1.0, FALSE, CASELOAD_DECISION_CHANGE, CASELOAD_DECISION_RULE_FOUR_POINT);
  /* lower is better: below the aim line is good */
  assert_decision (probes, 6, &aim, 1.0, TRUE, CASELOAD_DECISION_RAISE_GOAL, CASELOAD_DECISION_RULE_FOUR_POINT);
  caseload_progress_decide (probes, 6, &aim, 1.0, FALSE, &result);
  g_assert_cmpstr (caseload_progress_decision_hint (&result, FALSE), ==,
                   "Consider an instructional change: the last 4 points are below the aim line");
  caseload_progress_decide (probes, 6, &aim, 1.0, TRUE, &result);
  g_assert_cmpstr (caseload_progress_decision_hint (&result, TRUE), ==,
                   "Consider raising the goal: the last 4 points are below the aim line");

  make_probes (probes, &aim, above, 6);
  assert_decision (probes, 6, &aim, 1.0, FALSE, CASELOAD_DECISION_RAISE_GOAL, CASELOAD_DECISION_RULE_FOUR_POINT);
  assert_decision (probes, 6, &aim, 1.0, TRUE, CASELOAD_DECISION_CHANGE, CASELOAD_DECISION_RULE_FOUR_POINT);
  caseload_progress_decide (probes, 6, &aim, 1.0, TRUE, &result);
  g_assert_cmpstr (caseload_progress_decision_hint (&result, TRUE), ==,
                   "Consider an instructional change: the last 4 points are above the aim line");

  /* a point on the line breaks the run */
  {
    const double on_line[] = { -2, -2, -1, 0, -1, -2 };

    make_probes (probes, &aim, on_line, 6);
    assert_decision (probes, 6, &aim, 1.0, FALSE, CASELOAD_DECISION_ON_TRACK, CASELOAD_DECISION_RULE_NONE);
  }
}

static void
test_decision_trend (void)
{
  CaseloadAimLine aim;
  CaseloadProbe probes[8];
  /* the last 4 alternate around the aim line: the four-point rule is silent */
  const double mixed[] = { -1, 1, -1, 1, 1, -1, 1, -1 };
  CaseloadDecisionResult result;

  make_aim (&aim, 1.0);
  make_probes (probes, &aim, mixed, 8);

  /* slope 0.5 < 1 − 10 %: change; lower is better: raise */
  assert_decision (probes, 8, &aim, 0.5, FALSE, CASELOAD_DECISION_CHANGE, CASELOAD_DECISION_RULE_TREND);
  assert_decision (probes, 8, &aim, 0.5, TRUE, CASELOAD_DECISION_RAISE_GOAL, CASELOAD_DECISION_RULE_TREND);
  /* slope 1.5 > 1 + 10 %: raise; lower is better: change */
  assert_decision (probes, 8, &aim, 1.5, FALSE, CASELOAD_DECISION_RAISE_GOAL, CASELOAD_DECISION_RULE_TREND);
  assert_decision (probes, 8, &aim, 1.5, TRUE, CASELOAD_DECISION_CHANGE, CASELOAD_DECISION_RULE_TREND);
  /* within 10 %: on track */
  assert_decision (probes, 8, &aim, 0.95, FALSE, CASELOAD_DECISION_ON_TRACK, CASELOAD_DECISION_RULE_NONE);
  assert_decision (probes, 8, &aim, 1.08, TRUE, CASELOAD_DECISION_ON_TRACK, CASELOAD_DECISION_RULE_NONE);
  caseload_progress_decide (probes, 8, &aim, 1.0, FALSE, &result);
  g_assert_cmpstr (caseload_progress_decision_hint (&result, FALSE), ==,
                   "On track: continue the current instruction");

  /* 7 points: the trend rule needs 8, so a slow trend is still on track */
  assert_decision (probes + 1, 7, &aim, 0.2, FALSE, CASELOAD_DECISION_ON_TRACK, CASELOAD_DECISION_RULE_NONE);
}

static void
test_decision_lower_is_better (void)
{
  CaseloadAimLine aim;
  CaseloadProbe probes[8];
  const double mixed[] = { 1, -1, 1, -1, 1, -1, 1, -1 };

  /* incidents: 10 falling 1 per week */
  make_aim (&aim, -1.0);
  g_assert_cmpfloat_with_epsilon (aim.slope_per_week, -1.0, 1e-12);
  make_probes (probes, &aim, mixed, 8);

  /* falling only 0.5 a week: behind the aim line */
  assert_decision (probes, 8, &aim, -0.5, TRUE, CASELOAD_DECISION_CHANGE, CASELOAD_DECISION_RULE_TREND);
  /* falling 1.5 a week: ahead */
  assert_decision (probes, 8, &aim, -1.5, TRUE, CASELOAD_DECISION_RAISE_GOAL, CASELOAD_DECISION_RULE_TREND);
  assert_decision (probes, 8, &aim, -1.02, TRUE, CASELOAD_DECISION_ON_TRACK, CASELOAD_DECISION_RULE_NONE);
}

static void
test_decision_no_aim (void)
{
  CaseloadAimLine aim;
  CaseloadProbe probes[6];
  const double offsets[] = { 0, 0, 0, 0, 0, 0 };

  make_aim (&aim, 1.0);
  make_probes (probes, &aim, offsets, 6);
  caseload_progress_aim_line (0, 0, 0, 0, &aim);
  assert_decision (probes, 6, &aim, 1.0, FALSE, CASELOAD_DECISION_NO_AIM_LINE, CASELOAD_DECISION_RULE_NONE);
}

static void
test_rates_text (void)
{
  g_autofree char *both = caseload_progress_format_rates (TRUE, 2.0, TRUE, 1.4);
  g_autofree char *small = caseload_progress_format_rates (TRUE, 0.25, FALSE, 0);
  g_autofree char *zero = caseload_progress_format_rate (-0.001);
  g_autofree char *big = caseload_progress_format_rate (-12.4);

  g_assert_cmpstr (both, ==, "needed 2.0/week, actual 1.4/week");
  g_assert_cmpstr (small, ==, "needed 0.25/week, actual: not enough data");
  g_assert_cmpstr (zero, ==, "0.0");
  g_assert_cmpstr (big, ==, "-12");
}

/* ---- ticks ------------------------------------------------------------------------ */

static void
test_nice_ticks (void)
{
  double first, last, step;

  g_assert_cmpuint (caseload_progress_nice_ticks (0, 47, 6, &first, &last, &step), ==, 6);
  g_assert_cmpfloat (first, ==, 0);
  g_assert_cmpfloat (last, ==, 50);
  g_assert_cmpfloat (step, ==, 10);

  g_assert_cmpuint (caseload_progress_nice_ticks (3, 97, 5, &first, &last, &step), ==, 5);
  g_assert_cmpfloat (first, ==, 0);
  g_assert_cmpfloat (last, ==, 100);
  g_assert_cmpfloat (step, ==, 25);

  g_assert_cmpuint (caseload_progress_nice_ticks (12.3, 12.9, 5, &first, &last, &step), ==, 5);
  g_assert_cmpfloat_with_epsilon (first, 12.2, 1e-9);
  g_assert_cmpfloat_with_epsilon (last, 13.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (step, 0.2, 1e-12);

  /* one value: widened, never a zero step */
  g_assert_cmpuint (caseload_progress_nice_ticks (0, 0, 5, &first, &last, &step), ==, 5);
  g_assert_cmpfloat (first, ==, -1);
  g_assert_cmpfloat (last, ==, 1);
  g_assert_cmpfloat (step, ==, 0.5);

  /* never more than asked for */
  for (guint max = 2; max <= 12; max++)
    {
      guint n = caseload_progress_nice_ticks (0, 137, max, &first, &last, &step);

      g_assert_cmpuint (n, <=, max);
      g_assert_cmpuint (n, >=, 2);
      g_assert_cmpfloat (first, <=, 0);
      g_assert_cmpfloat (last, >=, 137);
    }
}

static void
test_date_ticks (void)
{
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (guint32));
  CaseloadDateStepUnit unit;
  guint count = 0;
  g_autofree char *label0 = NULL;
  g_autofree char *label1 = NULL;
  g_autofree char *label2 = NULL;

  /* 2025-09-01 (a Monday) to 2025-11-30, at most 8: every 2 weeks */
  unit = caseload_progress_date_ticks (julian (2025, 9, 1), julian (2025, 11, 30), 8, days, &count);
  g_assert_cmpint (unit, ==, CASELOAD_DATE_STEP_WEEK);
  g_assert_cmpuint (count, ==, 2);
  g_assert_cmpuint (days->len, ==, 7);
  g_assert_cmpuint (g_array_index (days, guint32, 0), ==, julian (2025, 9, 1));
  g_assert_cmpuint (g_array_index (days, guint32, 6), ==, julian (2025, 11, 24));
  label0 = caseload_progress_date_label (g_array_index (days, guint32, 1), unit, FALSE);
  g_assert_cmpstr (label0, ==, "Sep 15");

  /* a school year at most 6: every 2 months, on the 1st */
  unit = caseload_progress_date_ticks (julian (2025, 9, 1), julian (2026, 6, 1), 6, days, &count);
  g_assert_cmpint (unit, ==, CASELOAD_DATE_STEP_MONTH);
  g_assert_cmpuint (count, ==, 2);
  g_assert_cmpuint (days->len, ==, 5);
  g_assert_cmpuint (g_array_index (days, guint32, 0), ==, julian (2025, 9, 1));
  g_assert_cmpuint (g_array_index (days, guint32, 2), ==, julian (2026, 1, 1));
  g_clear_pointer (&label0, g_free);
  label0 = caseload_progress_date_label (g_array_index (days, guint32, 0), unit, TRUE);
  label1 = caseload_progress_date_label (g_array_index (days, guint32, 1), unit, FALSE);
  label2 = caseload_progress_date_label (g_array_index (days, guint32, 2), unit, FALSE);
  g_assert_cmpstr (label0, ==, "Sep 2025");
  g_assert_cmpstr (label1, ==, "Nov");
  g_assert_cmpstr (label2, ==, "Jan 2026");

  /* a few days: daily ticks; a start that is not a Monday with weeks */
  unit = caseload_progress_date_ticks (julian (2025, 9, 3), julian (2025, 9, 6), 8, days, &count);
  g_assert_cmpint (unit, ==, CASELOAD_DATE_STEP_DAY);
  g_assert_cmpuint (days->len, ==, 4);
  unit = caseload_progress_date_ticks (julian (2025, 9, 3), julian (2025, 10, 20), 8, days, &count);
  g_assert_cmpint (unit, ==, CASELOAD_DATE_STEP_WEEK);
  g_assert_cmpuint (g_array_index (days, guint32, 0), ==, julian (2025, 9, 8));
  for (guint i = 0; i < days->len; i++)
    {
      GDate date;

      g_date_clear (&date, 1);
      g_date_set_julian (&date, g_array_index (days, guint32, i));
      g_assert_cmpint (g_date_get_weekday (&date), ==, G_DATE_MONDAY);
    }

  /* several years */
  unit = caseload_progress_date_ticks (julian (2020, 5, 1), julian (2026, 6, 1), 8, days, &count);
  g_assert_cmpint (unit, ==, CASELOAD_DATE_STEP_YEAR);
  g_assert_cmpuint (days->len, <=, 8);
  g_assert_cmpuint (g_array_index (days, guint32, 0), ==, julian (2021, 1, 1));
}

/* ---- the data container ------------------------------------------------------------- */

/* A reading goal: baseline 20 on 2025-09-08, target 60 on 2026-05-25; weekly
 * probes from 2025-09-08, a phase starting 2025-11-03. */
static CaseloadProgressData *
make_reading_data (guint n_weeks)
{
  CaseloadProgressData *data = caseload_progress_data_new ();
  GDate date;

  caseload_progress_data_set_goal (data, "words correct per minute", FALSE,
                                   TRUE, 20, "2025-09-08", TRUE, 60, "2026-05-25");
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 8, 9, 2025);
  for (guint i = 0; i < n_weeks; i++)
    {
      char iso[11];
      double value = 20 + (i < 8 ? 0.4 * i : 3.2 + 1.2 * (i - 8)) + ((int) ((i * 7) % 5) - 2);

      g_date_strftime (iso, sizeof iso, "%Y-%m-%d", &date);
      g_assert_true (caseload_progress_data_add_point (data, iso, value, i == 3 ? "absent the day before" : ""));
      g_date_add_days (&date, 7);
    }
  g_assert_true (caseload_progress_data_add_phase (data, "2025-11-03", "Added small-group fluency practice"));
  return data;
}

static void
test_data_analysis (void)
{
  g_autoptr(CaseloadProgressData) data = make_reading_data (16);
  const CaseloadProgressAnalysis *analysis = caseload_progress_data_get_analysis (data);
  const CaseloadProgressPhaseInfo *phase;
  g_autofree char *description = NULL;

  g_assert_cmpuint (caseload_progress_data_get_n_points (data), ==, 16);
  g_assert_cmpuint (caseload_progress_data_get_n_phases (data), ==, 2);
  /* week 8 (2025-11-03) starts the phase: 8 points before, 8 in it */
  phase = caseload_progress_data_get_phase (data, 1);
  g_assert_cmpuint (phase->first_point, ==, 8);
  g_assert_cmpuint (phase->n_points, ==, 8);
  g_assert_true (phase->trend.valid);
  g_assert_cmpuint (caseload_progress_data_get_point (data, 7)->phase, ==, 0);
  g_assert_cmpuint (caseload_progress_data_get_point (data, 8)->phase, ==, 1);

  /* baseline: median of the first three probes 18, 20.4, 22.8 = 20.4, at week 1 */
  g_assert_true (analysis->baseline_from_probes);
  g_assert_cmpfloat_with_epsilon (analysis->baseline_value, 20.4, 1e-9);
  g_assert_cmpuint (analysis->baseline_day, ==, julian (2025, 9, 15));
  g_assert_true (analysis->aim.valid);
  g_assert_cmpuint (analysis->current_phase, ==, 1);
  g_assert_true (analysis->has_actual);
  g_assert_cmpuint (analysis->decision.n_points, ==, 8);

  description = caseload_progress_data_describe (data);
  g_assert_true (g_str_has_prefix (description, "16 points, trend "));
  g_assert_nonnull (strstr (description, "words correct per minute/week, needed "));

  /* a point before the first phase gets phase 0, an invalid date is refused */
  g_assert_false (caseload_progress_data_add_point (data, "2025-02-30", 1, NULL));
  g_assert_false (caseload_progress_data_add_phase (data, "", "x"));
}

static void
test_data_one_day (void)
{
  g_autoptr(CaseloadProgressData) data = caseload_progress_data_new ();
  const CaseloadProgressAnalysis *analysis;

  caseload_progress_data_set_goal (data, "% correct", FALSE, FALSE, 0, NULL, TRUE, 90, "2026-05-01");
  for (int i = 0; i < 7; i++)
    caseload_progress_data_add_point (data, "2025-10-01", 40 + i, NULL);
  analysis = caseload_progress_data_get_analysis (data);
  g_assert_false (caseload_progress_data_get_phase (data, 0)->trend.valid);
  g_assert_false (analysis->has_actual);
  g_assert_true (analysis->has_baseline);
  g_assert_cmpfloat_with_epsilon (analysis->baseline_value, 41.0, 1e-12);

  /* and it still draws */
  {
    g_autoptr(cairo_surface_t) surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 300, 200);
    g_autoptr(cairo_t) cr = cairo_create (surface);
    CaseloadChartGeometry geometry = { 0, };

    caseload_chart_draw (cr, data, NULL, 300, 200, &geometry);
    g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
    g_assert_cmpfloat (geometry.plot_width, >, 100);
    g_assert_cmpfloat (geometry.day_max, >, geometry.day_min);
    g_assert_cmpfloat (geometry.value_max, >, geometry.value_min);
  }
}

/* ---- rendering ------------------------------------------------------------------------ */

typedef struct { guint8 r, g, b; } Pixel;

static Pixel
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 argb = *(guint32 *) (data + y * stride + x * 4);
  Pixel p = { (argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff };

  return p;
}

static gboolean
near_color (Pixel                     p,
            const CaseloadChartColor *color,
            int                       tolerance)
{
  return abs (p.r - (int) round (color->red * 255)) <= tolerance &&
         abs (p.g - (int) round (color->green * 255)) <= tolerance &&
         abs (p.b - (int) round (color->blue * 255)) <= tolerance;
}

/* Whether a pixel of @color lies within @radius of (x, y). */
static gboolean
color_near (cairo_surface_t          *surface,
            double                    x,
            double                    y,
            int                       radius,
            const CaseloadChartColor *color)
{
  for (int dy = -radius; dy <= radius; dy++)
    for (int dx = -radius; dx <= radius; dx++)
      {
        int px = (int) floor (x) + dx, py = (int) floor (y) + dy;

        if (px < 0 || py < 0 ||
            px >= cairo_image_surface_get_width (surface) ||
            py >= cairo_image_surface_get_height (surface))
          continue;
        if (near_color (pixel_at (surface, px, py), color, 40))
          return TRUE;
      }
  return FALSE;
}

static void
test_render_pixels (void)
{
  g_autoptr(CaseloadProgressData) data = make_reading_data (12);
  g_autoptr(cairo_surface_t) surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 600, 400);
  g_autoptr(cairo_t) cr = cairo_create (surface);
  const CaseloadProgressAnalysis *analysis = caseload_progress_data_get_analysis (data);
  const CaseloadProgressPoint *point;
  CaseloadChartGeometry geometry = { 0, };
  CaseloadChartStyle style;
  CaseloadChartColor white = { 1, 1, 1, 1 };
  double x, y, x2, y2;
  guint aim_hits = 0, phase_hits = 0, white_pixels = 0;

  caseload_chart_style_init_default (&style);
  /* distinct pure colours to find */
  style.data = (CaseloadChartColor) { 0, 0, 1, 1 };
  style.aim = (CaseloadChartColor) { 1, 0, 0, 1 };
  style.phase = (CaseloadChartColor) { 0, 0.8, 0, 1 };
  caseload_chart_draw (cr, data, &style, 600, 400, &geometry);
  cairo_surface_flush (surface);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);

  g_assert_cmpfloat (geometry.plot_x, >, 10);
  g_assert_cmpfloat (geometry.plot_x + geometry.plot_width, <, 600);
  g_assert_cmpfloat (geometry.plot_y + geometry.plot_height, <, 400);

  /* a point: blue at its centre */
  point = caseload_progress_data_get_point (data, 5);
  caseload_chart_geometry_to_user (&geometry, point->day, point->value, &x, &y);
  g_assert_true (near_color (pixel_at (surface, (int) x, (int) y), &style.data, 40));
  g_assert_cmpint (caseload_chart_point_at (&geometry, data, x + 1, y - 1, 6), ==, 5);
  g_assert_cmpint (caseload_chart_point_at (&geometry, data, x + 40, y - 80, 6), ==, -1);

  /* the aim line: red along its second half (past the data), dashes and all */
  caseload_chart_geometry_to_user (&geometry, analysis->aim.start_day, analysis->aim.start_value, &x, &y);
  caseload_chart_geometry_to_user (&geometry, analysis->aim.end_day, analysis->aim.end_value, &x2, &y2);
  for (int i = 0; i < 20; i++)
    {
      double t = 0.55 + 0.02 * i;

      if (color_near (surface, x + t * (x2 - x), y + t * (y2 - y), 1, &style.aim))
        aim_hits++;
    }
  g_assert_cmpuint (aim_hits, >=, 10);

  /* the phase line: green down the column of 2025-11-03 minus half a day */
  caseload_chart_geometry_to_user (&geometry, julian (2025, 11, 3) - 0.5, 0, &x, &y);
  for (int i = 0; i < 40; i++)
    {
      double py = geometry.plot_y + geometry.plot_height * (0.2 + 0.015 * i);

      if (color_near (surface, x, py, 1, &style.phase))
        phase_hits++;
    }
  g_assert_cmpuint (phase_hits, >=, 15);

  /* white where nothing is: the upper left of the plot (data and aim
   * line are low there), between grid lines */
  for (int py = (int) (geometry.plot_y + geometry.plot_height * 0.3);
       py < geometry.plot_y + geometry.plot_height * 0.4; py++)
    for (int px = (int) (geometry.plot_x + 5); px < geometry.plot_x + geometry.plot_width * 0.1; px++)
      if (near_color (pixel_at (surface, px, py), &white, 0))
        white_pixels++;
  g_assert_cmpuint (white_pixels, >, 50);
  g_assert_true (near_color (pixel_at (surface, 597, 200), &white, 0));
  g_assert_false (color_near (surface, geometry.plot_x + geometry.plot_width * 0.05,
                              geometry.plot_y + geometry.plot_height * 0.35, 3, &style.data));
}

static void
test_render_sizes (void)
{
  const int sizes[][2] = { { 300, 200 }, { 900, 500 }, { 120, 90 }, { 30, 20 } };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(CaseloadProgressData) data = make_reading_data (20);
      g_autoptr(CaseloadProgressData) empty = caseload_progress_data_new ();
      g_autoptr(cairo_surface_t) surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, sizes[i][0], sizes[i][1]);
      g_autoptr(cairo_t) cr = cairo_create (surface);
      CaseloadChartStyle dark;
      CaseloadChartColor light_text = { 1, 1, 1, 1 };

      caseload_chart_draw (cr, data, NULL, sizes[i][0], sizes[i][1], NULL);
      caseload_chart_draw (cr, empty, NULL, sizes[i][0], sizes[i][1], NULL);
      caseload_chart_style_init_for_foreground (&dark, &light_text);
      caseload_chart_draw (cr, data, &dark, sizes[i][0], sizes[i][1], NULL);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
    }
}

static void
test_write_files (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadProgressData) data = make_reading_data (14);
  g_autofree char *dir = g_dir_make_tmp ("caseload-chart-XXXXXX", &error);
  const char *names[] = { "chart.png", "chart.SVG", "chart.pdf" };
  const char *magic[] = { "\x89PNG", NULL, "%PDF" };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_autofree char *contents = NULL;
      gsize length = 0;

      g_assert_true (caseload_chart_write_file (data, NULL, 600, 400, path, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &contents, &length, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (length, >, 500);
      if (magic[i] != NULL)
        g_assert_cmpmem (contents, strlen (magic[i]), magic[i], strlen (magic[i]));
      else
        g_assert_nonnull (g_strstr_len (contents, length, "<svg"));
      g_unlink (path);
    }

  {
    g_autofree char *path = g_build_filename (dir, "chart.gif", NULL);

    g_assert_false (caseload_chart_write_file (data, NULL, 600, 400, path, &error));
    g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  }
  {
    g_autofree char *path = g_build_filename (dir, "no-such-dir", "chart.png", NULL);

    g_assert_false (caseload_chart_write_file (data, NULL, 600, 400, path, &error));
    g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_FAILED);
    g_clear_error (&error);
  }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/progress/baseline/three-or-more", test_baseline_three_or_more);
  g_test_add_func ("/progress/baseline/ties", test_baseline_ties);
  g_test_add_func ("/progress/baseline/fewer", test_baseline_fewer);
  g_test_add_func ("/progress/aim-line", test_aim_line);
  g_test_add_func ("/progress/ols/hand-computed", test_ols_hand_computed);
  g_test_add_func ("/progress/ols/degenerate", test_ols_degenerate);
  g_test_add_func ("/progress/split-middle", test_split_middle);
  g_test_add_func ("/progress/decision/collect-more", test_decision_collect_more);
  g_test_add_func ("/progress/decision/four-point", test_decision_four_point);
  g_test_add_func ("/progress/decision/trend", test_decision_trend);
  g_test_add_func ("/progress/decision/lower-is-better", test_decision_lower_is_better);
  g_test_add_func ("/progress/decision/no-aim", test_decision_no_aim);
  g_test_add_func ("/progress/rates-text", test_rates_text);
  g_test_add_func ("/progress/ticks/values", test_nice_ticks);
  g_test_add_func ("/progress/ticks/dates", test_date_ticks);
  g_test_add_func ("/progress/data/analysis", test_data_analysis);
  g_test_add_func ("/progress/data/one-day", test_data_one_day);
  g_test_add_func ("/progress/chart/pixels", test_render_pixels);
  g_test_add_func ("/progress/chart/sizes", test_render_sizes);
  g_test_add_func ("/progress/chart/files", test_write_files);

  return g_test_run ();
}
