#define G_LOG_DOMAIN "caseload-progress"

#include "config.h"

#include "caseload-progress.h"

#include "caseload-date.h"
#include "caseload-layout.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

/* @msgid (with @context, or NULL) in the document language @lang, or in
 * the interface's when @lang is NULL. A message with a context is also
 * looked up without it (the month abbreviations are extracted without
 * one). Static strings. */
static const char *
translate (const char *lang,
           const char *context,
           const char *msgid)
{
  const char *text;

  if (lang == NULL)
    {
      if (context != NULL)
        {
          text = g_dpgettext2 (GETTEXT_PACKAGE, context, msgid);
          if (text != msgid)
            return text;
        }
      return g_dgettext (GETTEXT_PACKAGE, msgid);
    }
  if (context != NULL)
    {
      g_autofree char *key = g_strconcat (context, "\004", msgid, NULL);

      text = caseload_doc_gettext (lang, key);
      if (text != key)
        return text;  /* the catalog's own memory */
    }
  return caseload_doc_gettext (lang, msgid);
}

#define TR(msgid) translate (lang, NULL, (msgid))
#define TRC(context, msgid) translate (lang, (context), (msgid))

/* Points needed before the decision rules apply, and the other numbers
 * of DOMAIN.md's decision rules. */
#define MIN_POINTS_FOR_DECISION 6
#define FOUR_POINT_RUN          4
#define MIN_POINTS_FOR_TREND    8
#define TREND_TOLERANCE         0.10
#define MIN_POINTS_FOR_LINE     3

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

double
caseload_progress_median (const double *values,
                          guint         n)
{
  g_autofree double *sorted = NULL;

  if (n == 0)
    return 0.0;

  sorted = g_memdup2 (values, n * sizeof (double));
  qsort (sorted, n, sizeof (double), compare_doubles);
  if (n % 2 == 1)
    return sorted[n / 2];
  return (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
}

gboolean
caseload_progress_baseline (const CaseloadProbe *probes,
                            guint                n_probes,
                            gboolean             has_iep_baseline,
                            guint32              iep_day,
                            double               iep_value,
                            guint32             *day,
                            double              *value)
{
  g_return_val_if_fail (day != NULL && value != NULL, FALSE);

  if (n_probes >= 3)
    {
      double first[3] = { probes[0].value, probes[1].value, probes[2].value };

      *value = caseload_progress_median (first, 3);
      *day = probes[1].day;
      return TRUE;
    }

  if (has_iep_baseline && iep_day > 0)
    {
      *value = iep_value;
      *day = iep_day;
      return TRUE;
    }

  *day = 0;
  *value = 0.0;
  return FALSE;
}

void
caseload_progress_aim_line (guint32          baseline_day,
                            double           baseline_value,
                            guint32          target_day,
                            double           target_value,
                            CaseloadAimLine *aim)
{
  g_return_if_fail (aim != NULL);

  memset (aim, 0, sizeof *aim);
  aim->start_day = baseline_day;
  aim->start_value = baseline_value;
  aim->end_day = target_day;
  aim->end_value = target_value;
  if (baseline_day == 0 || target_day <= baseline_day)
    return;

  aim->valid = TRUE;
  aim->slope_per_week = (target_value - baseline_value) /
                        ((double) (target_day - baseline_day) / 7.0);
}

double
caseload_progress_aim_value_at (const CaseloadAimLine *aim,
                                double                 day)
{
  g_return_val_if_fail (aim != NULL, 0.0);

  if (!aim->valid)
    return aim->start_value;
  return aim->start_value + aim->slope_per_week * (day - (double) aim->start_day) / 7.0;
}

void
caseload_progress_ols (const double *x,
                       const double *y,
                       guint         n,
                       CaseloadLine *line)
{
  double mean_x = 0.0, mean_y = 0.0, sxy = 0.0, sxx = 0.0;
  gboolean one_x = TRUE;

  g_return_if_fail (line != NULL);

  memset (line, 0, sizeof *line);
  if (n == 0)
    return;

  for (guint i = 0; i < n; i++)
    {
      mean_x += x[i];
      mean_y += y[i];
      if (x[i] != x[0])
        one_x = FALSE;
    }
  mean_x /= n;
  mean_y /= n;

  for (guint i = 0; i < n; i++)
    {
      sxy += (x[i] - mean_x) * (y[i] - mean_y);
      sxx += (x[i] - mean_x) * (x[i] - mean_x);
    }

  /* All points on one day: the sum of squares is 0 (or rounding noise). */
  line->intercept = mean_y;
  if (n < 2 || one_x || sxx <= 0.0)
    return;

  line->valid = TRUE;
  line->slope = sxy / sxx;
  line->intercept = mean_y - line->slope * mean_x;
}

void
caseload_progress_split_middle (const double *x,
                                const double *y,
                                guint         n,
                                CaseloadLine *line)
{
  guint third;
  double x1, y1, x2, y2;

  g_return_if_fail (line != NULL);

  memset (line, 0, sizeof *line);
  if (n < 3)
    return;

  /* n = 3k: k each; 3k+1: k outer, k+1 middle; 3k+2: k+1 outer. */
  third = n / 3 + (n % 3 == 2 ? 1 : 0);
  x1 = caseload_progress_median (x, third);
  y1 = caseload_progress_median (y, third);
  x2 = caseload_progress_median (x + n - third, third);
  y2 = caseload_progress_median (y + n - third, third);
  if (x2 == x1)
    {
      line->intercept = (y1 + y2) / 2.0;
      return;
    }

  line->valid = TRUE;
  line->slope = (y2 - y1) / (x2 - x1);
  line->intercept = y1 - line->slope * x1;
}

void
caseload_progress_decide (const CaseloadProbe    *probes,
                          guint                   n_probes,
                          const CaseloadAimLine  *aim,
                          double                  trend_per_week,
                          gboolean                lower_is_better,
                          CaseloadDecisionResult *result)
{
  guint below = 0, above = 0;
  double tolerance;

  g_return_if_fail (aim != NULL && result != NULL);

  result->n_points = n_probes;
  result->rule = CASELOAD_DECISION_RULE_NONE;

  /* (1) */
  if (n_probes < MIN_POINTS_FOR_DECISION)
    {
      result->decision = CASELOAD_DECISION_COLLECT_MORE_DATA;
      return;
    }
  if (!aim->valid)
    {
      result->decision = CASELOAD_DECISION_NO_AIM_LINE;
      return;
    }

  /* (2) the four-point rule */
  for (guint i = n_probes - FOUR_POINT_RUN; i < n_probes; i++)
    {
      double on_aim = caseload_progress_aim_value_at (aim, probes[i].day);

      if (probes[i].value < on_aim)
        below++;
      else if (probes[i].value > on_aim)
        above++;
    }
  if (below == FOUR_POINT_RUN || above == FOUR_POINT_RUN)
    {
      gboolean bad = (below == FOUR_POINT_RUN) != lower_is_better;

      result->rule = CASELOAD_DECISION_RULE_FOUR_POINT;
      result->decision = bad ? CASELOAD_DECISION_CHANGE : CASELOAD_DECISION_RAISE_GOAL;
      return;
    }

  /* (3) the trend rule */
  tolerance = TREND_TOLERANCE * fabs (aim->slope_per_week);
  if (n_probes >= MIN_POINTS_FOR_TREND)
    {
      gboolean trend_below = trend_per_week < aim->slope_per_week - tolerance;
      gboolean trend_above = trend_per_week > aim->slope_per_week + tolerance;

      if (trend_below || trend_above)
        {
          gboolean bad = trend_below != lower_is_better;

          result->rule = CASELOAD_DECISION_RULE_TREND;
          result->decision = bad ? CASELOAD_DECISION_CHANGE : CASELOAD_DECISION_RAISE_GOAL;
          return;
        }
    }

  /* (4) */
  result->decision = CASELOAD_DECISION_ON_TRACK;
}

const char *
caseload_progress_decision_hint (const CaseloadDecisionResult *result,
                                 gboolean                      lower_is_better)
{
  return caseload_progress_decision_hint_in_language (result, lower_is_better, NULL);
}

const char *
caseload_progress_decision_hint_in_language (const CaseloadDecisionResult *result,
                                             gboolean                      lower_is_better,
                                             const char                   *lang)
{
  g_return_val_if_fail (result != NULL, "");

  switch (result->decision)
    {
    case CASELOAD_DECISION_COLLECT_MORE_DATA:
      return TR (N_("Collect more data: decisions need 6 points in the current phase"));

    case CASELOAD_DECISION_NO_AIM_LINE:
      return TR (N_("No aim line: enter the goal's baseline, target and target date"));

    case CASELOAD_DECISION_CHANGE:
      if (result->rule == CASELOAD_DECISION_RULE_FOUR_POINT)
        return lower_is_better
               ? TR (N_("Consider an instructional change: the last 4 points are above the aim line"))
               : TR (N_("Consider an instructional change: the last 4 points are below the aim line"));
      /* xgettext:no-c-format */
      return TR (N_("Consider an instructional change: the trend is more than 10 % behind the aim line"));

    case CASELOAD_DECISION_RAISE_GOAL:
      if (result->rule == CASELOAD_DECISION_RULE_FOUR_POINT)
        return lower_is_better
               ? TR (N_("Consider raising the goal: the last 4 points are below the aim line"))
               : TR (N_("Consider raising the goal: the last 4 points are above the aim line"));
      /* xgettext:no-c-format */
      return TR (N_("Consider raising the goal: the trend is more than 10 % ahead of the aim line"));

    case CASELOAD_DECISION_ON_TRACK:
      return TR (N_("On track: continue the current instruction"));

    default:
      g_return_val_if_reached ("");
    }
}

char *
caseload_progress_format_rate (double rate)
{
  double magnitude = fabs (rate);
  const char *format;
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (magnitude >= 10.0)
    format = "%.0f";
  else if (magnitude >= 1.0 || magnitude < 0.005)
    format = "%.1f";
  else
    format = "%.2f";

  g_snprintf (buffer, sizeof buffer, format, rate);
  /* Never "-0.0" */
  if (buffer[0] == '-' && strspn (buffer + 1, "0.,") == strlen (buffer + 1))
    return g_strdup (buffer + 1);
  return g_strdup (buffer);
}

char *
caseload_progress_format_rates (gboolean has_needed,
                                double   needed,
                                gboolean has_actual,
                                double   actual)
{
  return caseload_progress_format_rates_in_language (has_needed, needed, has_actual, actual, NULL);
}

/* A rate with the document language's decimal mark. */
static char *
format_rate_in (double      rate,
                const char *lang)
{
  char *text = caseload_progress_format_rate (rate);

  if (lang != NULL && g_str_has_prefix (lang, "es"))
    g_strdelimit (text, ".", ',');
  return text;
}

char *
caseload_progress_format_rates_in_language (gboolean    has_needed,
                                            double      needed,
                                            gboolean    has_actual,
                                            double      actual,
                                            const char *lang)
{
  g_autofree char *needed_text = has_needed ? format_rate_in (needed, lang) : NULL;
  g_autofree char *actual_text = has_actual ? format_rate_in (actual, lang) : NULL;

  if (has_needed && has_actual)
    /* Translators: rates of progress per week under a progress chart */
    return g_strdup_printf (TR (N_("needed %s/week, actual %s/week")), needed_text, actual_text);
  if (has_needed)
    return g_strdup_printf (TR (N_("needed %s/week, actual: not enough data")), needed_text);
  if (has_actual)
    return g_strdup_printf (TR (N_("needed: no aim line, actual %s/week")), actual_text);
  return g_strdup (TR (N_("needed: no aim line, actual: not enough data")));
}

/* ---- ticks ----------------------------------------------------------------- */

/* The smallest nice step (1, 2, 2.5, 5 × 10^k) >= @raw. */
static double
nice_step (double raw)
{
  static const double multiples[] = { 1.0, 2.0, 2.5, 5.0, 10.0 };
  double magnitude = pow (10.0, floor (log10 (raw)));

  for (guint i = 0; i < G_N_ELEMENTS (multiples); i++)
    if (multiples[i] * magnitude >= raw * (1.0 - 1e-9))
      return multiples[i] * magnitude;
  return 10.0 * magnitude;
}

guint
caseload_progress_nice_ticks (double  min,
                              double  max,
                              guint   max_ticks,
                              double *first,
                              double *last,
                              double *step)
{
  double s, lo, hi;
  guint n;

  g_return_val_if_fail (first != NULL && last != NULL && step != NULL, 0);

  if (max_ticks < 2)
    max_ticks = 2;
  if (!isfinite (min) || !isfinite (max))
    min = max = 0.0;
  if (max < min)
    {
      double t = min;
      min = max;
      max = t;
    }
  if (max - min < 1e-9 * MAX (1.0, fabs (max)))
    {
      /* One value: a range of one unit around it (or a tenth of it). */
      double pad = fabs (max) > 10.0 ? fabs (max) * 0.1 : 1.0;

      min -= pad;
      max += pad;
    }

  s = nice_step ((max - min) / (max_ticks - 1));
  for (;;)
    {
      lo = floor (min / s + 1e-9) * s;
      hi = ceil (max / s - 1e-9) * s;
      n = (guint) llround ((hi - lo) / s) + 1;
      if (n <= max_ticks)
        break;
      s = nice_step (s * 1.0001);
    }

  /* Avoid "-0" */
  *first = lo == 0.0 ? 0.0 : lo;
  *last = hi == 0.0 ? 0.0 : hi;
  *step = s;
  return n;
}

CaseloadDateStepUnit
caseload_progress_date_ticks (guint32  first_day,
                              guint32  last_day,
                              guint    max_ticks,
                              GArray  *days,
                              guint   *count)
{
  static const struct { CaseloadDateStepUnit unit; guint count; guint approx_days; } steps[] = {
    { CASELOAD_DATE_STEP_DAY, 1, 1 },
    { CASELOAD_DATE_STEP_DAY, 2, 2 },
    { CASELOAD_DATE_STEP_WEEK, 1, 7 },
    { CASELOAD_DATE_STEP_WEEK, 2, 14 },
    { CASELOAD_DATE_STEP_MONTH, 1, 30 },
    { CASELOAD_DATE_STEP_MONTH, 2, 61 },
    { CASELOAD_DATE_STEP_MONTH, 3, 91 },
    { CASELOAD_DATE_STEP_MONTH, 6, 182 },
    { CASELOAD_DATE_STEP_YEAR, 1, 365 },
  };
  guint chosen = G_N_ELEMENTS (steps) - 1;

  g_return_val_if_fail (days != NULL && count != NULL, CASELOAD_DATE_STEP_DAY);
  g_return_val_if_fail (g_date_valid_julian (first_day), CASELOAD_DATE_STEP_DAY);

  g_array_set_size (days, 0);
  if (last_day < first_day)
    last_day = first_day;
  if (max_ticks < 2)
    max_ticks = 2;

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if ((last_day - first_day) / steps[i].approx_days + 1 <= max_ticks)
      {
        chosen = i;
        break;
      }

  for (;;)
    {
      GDate date;
      guint n_before = days->len;

      g_date_clear (&date, 1);
      g_date_set_julian (&date, first_day);
      switch (steps[chosen].unit)
        {
        case CASELOAD_DATE_STEP_DAY:
          break;
        case CASELOAD_DATE_STEP_WEEK:
          /* The first Monday on or after the first day. */
          g_date_add_days (&date, (8 - g_date_get_weekday (&date)) % 7);
          break;
        case CASELOAD_DATE_STEP_MONTH:
          if (g_date_get_day (&date) != 1)
            {
              g_date_set_day (&date, 1);
              g_date_add_months (&date, 1);
            }
          /* Align to multiples of the step (Jan, Apr, Jul, Oct for 3). */
          while ((g_date_get_month (&date) - 1) % steps[chosen].count != 0)
            g_date_add_months (&date, 1);
          break;
        case CASELOAD_DATE_STEP_YEAR:
          if (g_date_get_day (&date) != 1 || g_date_get_month (&date) != G_DATE_JANUARY)
            g_date_set_dmy (&date, 1, G_DATE_JANUARY, g_date_get_year (&date) + 1);
          break;
        default:
          g_assert_not_reached ();
        }

      while (g_date_get_julian (&date) <= last_day)
        {
          guint32 julian = g_date_get_julian (&date);

          g_array_append_val (days, julian);
          switch (steps[chosen].unit)
            {
            case CASELOAD_DATE_STEP_DAY:
              g_date_add_days (&date, steps[chosen].count);
              break;
            case CASELOAD_DATE_STEP_WEEK:
              g_date_add_days (&date, 7 * steps[chosen].count);
              break;
            case CASELOAD_DATE_STEP_MONTH:
              g_date_add_months (&date, steps[chosen].count);
              break;
            case CASELOAD_DATE_STEP_YEAR:
              g_date_add_years (&date, steps[chosen].count);
              break;
            default:
              g_assert_not_reached ();
            }
        }

      /* Month alignment can add one tick too many: take a coarser step. */
      if (days->len - n_before <= max_ticks || chosen + 1 >= G_N_ELEMENTS (steps))
        break;
      g_array_set_size (days, 0);
      chosen++;
    }

  *count = steps[chosen].count;
  return steps[chosen].unit;
}

static const char *
month_abbreviation (GDateMonth  month,
                    const char *lang)
{
  static const char *names[] = {
    NULL, N_("Jan"), N_("Feb"), N_("Mar"), N_("Apr"), N_("May"), N_("Jun"),
    N_("Jul"), N_("Aug"), N_("Sep"), N_("Oct"), N_("Nov"), N_("Dec"),
  };

  g_return_val_if_fail (month >= G_DATE_JANUARY && month <= G_DATE_DECEMBER, "");
  /* The month abbreviations use a context so that "May" can differ. */
  return TRC ("month abbreviation", names[month]);
}

char *
caseload_progress_date_label (guint32              day,
                              CaseloadDateStepUnit unit,
                              gboolean             first)
{
  return caseload_progress_date_label_in_language (day, unit, first, NULL);
}

char *
caseload_progress_date_label_in_language (guint32              day,
                                          CaseloadDateStepUnit unit,
                                          gboolean             first,
                                          const char          *lang)
{
  GDate date;

  g_return_val_if_fail (g_date_valid_julian (day), g_strdup (""));

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  switch (unit)
    {
    case CASELOAD_DATE_STEP_DAY:
    case CASELOAD_DATE_STEP_WEEK:
      /* Translators: a chart's date tick, month abbreviation and day: "Mar 14" */
      return g_strdup_printf (TRC ("chart date", NC_("chart date", "%s %d")),
                              month_abbreviation (g_date_get_month (&date), lang),
                              g_date_get_day (&date));
    case CASELOAD_DATE_STEP_MONTH:
      if (first || g_date_get_month (&date) == G_DATE_JANUARY)
        /* Translators: a chart's month tick with the year: "Jan 2027" */
        return g_strdup_printf (TRC ("chart date", NC_("chart date", "%s %d")),
                                month_abbreviation (g_date_get_month (&date), lang),
                                g_date_get_year (&date));
      return g_strdup (month_abbreviation (g_date_get_month (&date), lang));
    case CASELOAD_DATE_STEP_YEAR:
      return g_strdup_printf ("%d", g_date_get_year (&date));
    default:
      g_return_val_if_reached (g_strdup (""));
    }
}

/* ---- CaseloadProgressData ---------------------------------------------------- */

typedef struct
{
  guint32  day;
  double   value;
  char    *note;
  guint    sequence;
} StoredPoint;

typedef struct
{
  guint32  day;
  char    *label;
} StoredPhase;

struct _CaseloadProgressData
{
  char     *unit;
  gboolean  lower_is_better;
  gboolean  has_baseline;
  double    baseline_value;
  guint32   baseline_day;
  gboolean  has_target;
  double    target_value;
  guint32   target_day;

  GArray   *stored_points;   /* StoredPoint */
  GArray   *stored_phases;   /* StoredPhase */
  guint     sequence;

  gboolean  dirty;
  GArray   *points;          /* CaseloadProgressPoint */
  GArray   *phases;          /* CaseloadProgressPhaseInfo */
  CaseloadProgressAnalysis analysis;
};

static void
clear_stored_point (gpointer data)
{
  g_free (((StoredPoint *) data)->note);
}

static void
clear_stored_phase (gpointer data)
{
  g_free (((StoredPhase *) data)->label);
}

CaseloadProgressData *
caseload_progress_data_new (void)
{
  CaseloadProgressData *data = g_new0 (CaseloadProgressData, 1);

  data->unit = g_strdup ("");
  data->stored_points = g_array_new (FALSE, TRUE, sizeof (StoredPoint));
  g_array_set_clear_func (data->stored_points, clear_stored_point);
  data->stored_phases = g_array_new (FALSE, TRUE, sizeof (StoredPhase));
  g_array_set_clear_func (data->stored_phases, clear_stored_phase);
  data->points = g_array_new (FALSE, TRUE, sizeof (CaseloadProgressPoint));
  data->phases = g_array_new (FALSE, TRUE, sizeof (CaseloadProgressPhaseInfo));
  data->dirty = TRUE;
  return data;
}

void
caseload_progress_data_free (CaseloadProgressData *data)
{
  if (data == NULL)
    return;
  g_free (data->unit);
  g_array_unref (data->stored_points);
  g_array_unref (data->stored_phases);
  g_array_unref (data->points);
  g_array_unref (data->phases);
  g_free (data);
}

static guint32
iso_to_julian (const char *text)
{
  GDate date;

  if (text == NULL || !caseload_date_parse_iso (text, &date))
    return 0;
  return g_date_get_julian (&date);
}

void
caseload_progress_data_set_goal (CaseloadProgressData *data,
                                 const char           *unit,
                                 gboolean              lower_is_better,
                                 gboolean              has_baseline,
                                 double                baseline_value,
                                 const char           *baseline_date,
                                 gboolean              has_target,
                                 double                target_value,
                                 const char           *target_date)
{
  g_return_if_fail (data != NULL);

  g_free (data->unit);
  data->unit = g_strdup (unit != NULL ? unit : "");
  data->lower_is_better = lower_is_better;
  data->baseline_day = iso_to_julian (baseline_date);
  data->has_baseline = has_baseline && data->baseline_day > 0;
  data->baseline_value = baseline_value;
  data->target_day = iso_to_julian (target_date);
  data->has_target = has_target && data->target_day > 0;
  data->target_value = target_value;
  data->dirty = TRUE;
}

gboolean
caseload_progress_data_add_point (CaseloadProgressData *data,
                                  const char           *date,
                                  double                value,
                                  const char           *note)
{
  StoredPoint point = { 0, };

  g_return_val_if_fail (data != NULL, FALSE);

  point.day = iso_to_julian (date);
  if (point.day == 0 || !isfinite (value))
    return FALSE;
  point.value = value;
  point.note = g_strdup (note != NULL ? note : "");
  point.sequence = data->sequence++;
  g_array_append_val (data->stored_points, point);
  data->dirty = TRUE;
  return TRUE;
}

gboolean
caseload_progress_data_add_phase (CaseloadProgressData *data,
                                  const char           *start_date,
                                  const char           *label)
{
  StoredPhase phase = { 0, };

  g_return_val_if_fail (data != NULL, FALSE);

  phase.day = iso_to_julian (start_date);
  if (phase.day == 0)
    return FALSE;
  phase.label = g_strdup (label != NULL ? label : "");
  g_array_append_val (data->stored_phases, phase);
  data->dirty = TRUE;
  return TRUE;
}

static int
compare_stored_points (gconstpointer a,
                       gconstpointer b)
{
  const StoredPoint *p = a, *q = b;

  if (p->day != q->day)
    return p->day < q->day ? -1 : 1;
  return (p->sequence > q->sequence) - (p->sequence < q->sequence);
}

static int
compare_stored_phases (gconstpointer a,
                       gconstpointer b)
{
  const StoredPhase *p = a, *q = b;

  return (p->day > q->day) - (p->day < q->day);
}

static void
analyze (CaseloadProgressData *data)
{
  CaseloadProgressAnalysis *analysis = &data->analysis;
  g_autofree CaseloadProbe *probes = NULL;
  g_autofree double *x = NULL;
  g_autofree double *y = NULL;
  CaseloadProgressPhaseInfo implicit = { 0, "", 0, 0, { 0, } };
  CaseloadProgressPhaseInfo *current;
  guint n;

  g_array_sort (data->stored_points, compare_stored_points);
  g_array_sort (data->stored_phases, compare_stored_phases);
  g_array_set_size (data->points, 0);
  g_array_set_size (data->phases, 0);
  memset (analysis, 0, sizeof *analysis);

  g_array_append_val (data->phases, implicit);
  for (guint i = 0; i < data->stored_phases->len; i++)
    {
      const StoredPhase *stored = &g_array_index (data->stored_phases, StoredPhase, i);
      CaseloadProgressPhaseInfo info = { stored->day, stored->label, 0, 0, { 0, } };

      g_array_append_val (data->phases, info);
    }

  n = data->stored_points->len;
  probes = g_new0 (CaseloadProbe, MAX (n, 1));
  x = g_new0 (double, MAX (n, 1));
  y = g_new0 (double, MAX (n, 1));
  for (guint i = 0, phase = 0; i < n; i++)
    {
      const StoredPoint *stored = &g_array_index (data->stored_points, StoredPoint, i);
      CaseloadProgressPoint point = { stored->day, stored->value, stored->note, 0 };

      /* A phase that starts on a day owns that day's points. */
      while (phase + 1 < data->phases->len &&
             g_array_index (data->phases, CaseloadProgressPhaseInfo, phase + 1).start_day <= stored->day)
        phase++;
      point.phase = phase;
      g_array_append_val (data->points, point);
      probes[i].day = stored->day;
      probes[i].value = stored->value;
      x[i] = stored->day / 7.0;
      y[i] = stored->value;
    }

  for (guint p = 0, i = 0; p < data->phases->len; p++)
    {
      CaseloadProgressPhaseInfo *info = &g_array_index (data->phases, CaseloadProgressPhaseInfo, p);

      info->first_point = i;
      while (i < n && g_array_index (data->points, CaseloadProgressPoint, i).phase == p)
        i++;
      info->n_points = i - info->first_point;
      if (info->n_points >= MIN_POINTS_FOR_LINE)
        caseload_progress_ols (x + info->first_point, y + info->first_point, info->n_points, &info->trend);
    }

  analysis->has_baseline = caseload_progress_baseline (probes, n,
                                                       data->has_baseline, data->baseline_day,
                                                       data->baseline_value,
                                                       &analysis->baseline_day,
                                                       &analysis->baseline_value);
  analysis->baseline_from_probes = n >= 3;
  analysis->has_target = data->has_target;
  analysis->target_day = data->target_day;
  analysis->target_value = data->target_value;
  if (analysis->has_baseline && analysis->has_target)
    caseload_progress_aim_line (analysis->baseline_day, analysis->baseline_value,
                                analysis->target_day, analysis->target_value,
                                &analysis->aim);

  /* The current phase: the last one (its points may not have come yet). */
  analysis->current_phase = data->phases->len - 1;
  current = &g_array_index (data->phases, CaseloadProgressPhaseInfo, analysis->current_phase);
  analysis->has_actual = current->trend.valid;
  analysis->actual_per_week = current->trend.slope;
  caseload_progress_decide (probes + current->first_point, current->n_points,
                            &analysis->aim, current->trend.slope,
                            data->lower_is_better, &analysis->decision);
  data->dirty = FALSE;
}

const char *
caseload_progress_data_get_unit (CaseloadProgressData *data)
{
  g_return_val_if_fail (data != NULL, "");

  return data->unit;
}

gboolean
caseload_progress_data_get_lower_is_better (CaseloadProgressData *data)
{
  g_return_val_if_fail (data != NULL, FALSE);

  return data->lower_is_better;
}

guint
caseload_progress_data_get_n_points (CaseloadProgressData *data)
{
  g_return_val_if_fail (data != NULL, 0);

  return data->stored_points->len;
}

const CaseloadProgressPoint *
caseload_progress_data_get_point (CaseloadProgressData *data,
                                  guint                 index)
{
  g_return_val_if_fail (data != NULL, NULL);

  if (data->dirty)
    analyze (data);
  g_return_val_if_fail (index < data->points->len, NULL);
  return &g_array_index (data->points, CaseloadProgressPoint, index);
}

guint
caseload_progress_data_get_n_phases (CaseloadProgressData *data)
{
  g_return_val_if_fail (data != NULL, 0);

  return data->stored_phases->len + 1;
}

const CaseloadProgressPhaseInfo *
caseload_progress_data_get_phase (CaseloadProgressData *data,
                                  guint                 index)
{
  g_return_val_if_fail (data != NULL, NULL);

  if (data->dirty)
    analyze (data);
  g_return_val_if_fail (index < data->phases->len, NULL);
  return &g_array_index (data->phases, CaseloadProgressPhaseInfo, index);
}

const CaseloadProgressAnalysis *
caseload_progress_data_get_analysis (CaseloadProgressData *data)
{
  g_return_val_if_fail (data != NULL, NULL);

  if (data->dirty)
    analyze (data);
  return &data->analysis;
}

char *
caseload_progress_data_describe (CaseloadProgressData *data)
{
  const CaseloadProgressAnalysis *analysis;
  g_autofree char *trend = NULL;
  g_autofree char *needed = NULL;
  g_autofree char *hint = NULL;
  guint n;

  g_return_val_if_fail (data != NULL, NULL);

  analysis = caseload_progress_data_get_analysis (data);
  n = caseload_progress_data_get_n_points (data);

  if (analysis->has_actual)
    {
      g_autofree char *rate = caseload_progress_format_rate (analysis->actual_per_week);

      if (*data->unit != '\0')
        /* Translators: "trend 1.4 words/week" */
        trend = g_strdup_printf (_("trend %s %s/week"), rate, data->unit);
      else
        trend = g_strdup_printf (_("trend %s/week"), rate);
    }
  else
    trend = g_strdup (_("no trend yet"));

  if (analysis->aim.valid)
    {
      g_autofree char *rate = caseload_progress_format_rate (analysis->aim.slope_per_week);

      needed = g_strdup_printf (_("needed %s/week"), rate);
    }
  else
    needed = g_strdup (_("no aim line"));

  /* The hint in lower case after the colon: "consider an instructional change" */
  hint = g_strdup (caseload_progress_decision_hint (&analysis->decision, data->lower_is_better));
  if (hint[0] != '\0')
    {
      g_autofree char *rest = g_utf8_strdown (hint, g_utf8_next_char (hint) - hint);
      g_autofree char *tail = g_strdup (g_utf8_next_char (hint));

      g_free (hint);
      hint = g_strconcat (rest, tail, NULL);
    }

  /* Translators: an accessible summary of a progress chart: "12 points,
   * trend 1.4 words/week, needed 2.0/week: consider an instructional
   * change: …" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u point, %s, %s: %s",
                                       "%u points, %s, %s: %s", n),
                          n, trend, needed, hint);
}
