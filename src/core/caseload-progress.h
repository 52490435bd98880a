/* caseload-progress.h: the arithmetic of curriculum-based measurement.
 *
 * Pure functions (no database, no drawing) that follow DOMAIN.md,
 * "Progress monitoring": the baseline (median of the first 3 probes at the
 * middle one's date, else the IEP's baseline), the aim line and the rate
 * needed per week, the ordinary-least-squares trend per phase (x in weeks),
 * Tukey's split-middle line, the decision rule with its hint, and nicely
 * rounded ticks for value and date axes.
 *
 * CaseloadProgressData gathers one goal's probes, phases, baseline and
 * target, and computes the whole analysis once; the chart renderer, the
 * GTK widget (its accessible description) and the CLI all read it.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A probe: the date as a GDate Julian day, the score in the goal's unit. */
typedef struct
{
  guint32 day;      /* g_date_get_julian () */
  double  value;
} CaseloadProbe;

/* ---- baseline and aim line ---------------------------------------------- */

/* @probes sorted by day (ties in entry order). With 3 or more probes the
 * baseline is the median of the first 3 values, at the day of the middle
 * (second) one; otherwise the IEP's baseline when @has_iep_baseline (and
 * @iep_day > 0). Returns FALSE when there is no baseline at all. */
gboolean  caseload_progress_baseline      (const CaseloadProbe *probes,
                                           guint                n_probes,
                                           gboolean             has_iep_baseline,
                                           guint32              iep_day,
                                           double               iep_value,
                                           guint32             *day,
                                           double              *value);

typedef struct
{
  gboolean valid;          /* FALSE without baseline or target, or when the
                            * target date is not after the baseline date */
  guint32  start_day;
  double   start_value;
  guint32  end_day;
  double   end_value;
  double   slope_per_week; /* the rate needed per week */
} CaseloadAimLine;

void      caseload_progress_aim_line      (guint32          baseline_day,
                                           double           baseline_value,
                                           guint32          target_day,
                                           double           target_value,
                                           CaseloadAimLine *aim);
/* The aim line's value on @day (extended beyond its ends). */
double    caseload_progress_aim_value_at  (const CaseloadAimLine *aim,
                                           double                 day);

/* ---- trend lines --------------------------------------------------------- */

typedef struct
{
  gboolean valid;      /* FALSE with < 2 points or all x equal */
  double   slope;      /* y units per x unit */
  double   intercept;  /* y at x = 0 */
} CaseloadLine;

/* Ordinary least squares: b = Σ(x−x̄)(y−ȳ)/Σ(x−x̄)², a = ȳ − b·x̄. With one
 * point, or all points at one x, the line is not valid: slope 0 and the
 * intercept the mean of y (no division by zero). */
void      caseload_progress_ols           (const double *x,
                                           const double *y,
                                           guint         n,
                                           CaseloadLine *line);
/* Tukey's split-middle: the line through the median point (median x,
 * median y) of the first third and of the last third. Thirds have
 * n / 3 points each, rounded: when n % 3 == 2 the outer thirds get one
 * more each. Needs 3 points and distinct median x. */
void      caseload_progress_split_middle  (const double *x,
                                           const double *y,
                                           guint         n,
                                           CaseloadLine *line);

/* The median of @n values (the mean of the middle two when n is even);
 * 0 when n is 0. Does not modify @values. */
double    caseload_progress_median        (const double *values,
                                           guint         n);

/* ---- decision rule ------------------------------------------------------- */

typedef enum
{
  CASELOAD_DECISION_COLLECT_MORE_DATA,  /* fewer than 6 points in the phase */
  CASELOAD_DECISION_NO_AIM_LINE,        /* enough data but no aim line */
  CASELOAD_DECISION_CHANGE,             /* consider an instructional change */
  CASELOAD_DECISION_RAISE_GOAL,         /* consider raising the goal */
  CASELOAD_DECISION_ON_TRACK,           /* on track, continue */
} CaseloadDecision;

typedef enum
{
  CASELOAD_DECISION_RULE_NONE,
  CASELOAD_DECISION_RULE_FOUR_POINT,
  CASELOAD_DECISION_RULE_TREND,
} CaseloadDecisionRule;

typedef struct
{
  CaseloadDecision     decision;
  CaseloadDecisionRule rule;
  guint                n_points;   /* points in the current phase */
} CaseloadDecisionResult;

/* DOMAIN.md, in this order: (1) < 6 points in the current phase: collect
 * more data; (2) the last 4 consecutive points all below the aim line:
 * change, all above: raise; (3) with >= 8 points, trend slope more than
 * 10 % (of the aim slope's size) below the aim slope: change, above:
 * raise; (4) on track. When @lower_is_better, above and below swap.
 * @probes are the current phase's, sorted by day; @trend_per_week is the
 * OLS slope of those probes (x in weeks). */
void      caseload_progress_decide        (const CaseloadProbe    *probes,
                                           guint                   n_probes,
                                           const CaseloadAimLine  *aim,
                                           double                  trend_per_week,
                                           gboolean                lower_is_better,
                                           CaseloadDecisionResult *result);
/* The hint shown under the chart, translated (static string). */
const char *caseload_progress_decision_hint (const CaseloadDecisionResult *result,
                                             gboolean                      lower_is_better);

/* The *_in_language variants translate into a printed document's language
 * @lang ("en", "es"; caseload_doc_gettext()) instead of the interface's;
 * NULL @lang is the interface's, like the plain functions. */
const char *caseload_progress_decision_hint_in_language (const CaseloadDecisionResult *result,
                                                         gboolean                      lower_is_better,
                                                         const char                   *lang);

/* A rate for display: "2.0", "0.25", "12"; never "-0.0". */
char     *caseload_progress_format_rate   (double rate);
/* "needed 2.0/week, actual 1.4/week" (translated); either part may be
 * missing: "needed 2.0/week, actual: not enough data". */
char     *caseload_progress_format_rates  (gboolean has_needed,
                                           double   needed,
                                           gboolean has_actual,
                                           double   actual);
/* The same with the language's decimal mark ("2,5/semana"). */
char     *caseload_progress_format_rates_in_language (gboolean    has_needed,
                                                      double      needed,
                                                      gboolean    has_actual,
                                                      double      actual,
                                                      const char *lang);

/* ---- axis ticks ---------------------------------------------------------- */

/* Nicely rounded ticks (steps of 1, 2, 2.5 or 5 × 10^k) covering
 * [@min, @max] with at most @max_ticks ticks (>= 2). *@step gets the step,
 * *@first and *@last the first and last ticks (first <= min, last >= max).
 * Returns the number of ticks. A zero-width range is widened. */
guint     caseload_progress_nice_ticks    (double  min,
                                           double  max,
                                           guint   max_ticks,
                                           double *first,
                                           double *last,
                                           double *step);

typedef enum
{
  CASELOAD_DATE_STEP_DAY,
  CASELOAD_DATE_STEP_WEEK,
  CASELOAD_DATE_STEP_MONTH,
  CASELOAD_DATE_STEP_YEAR,
} CaseloadDateStepUnit;

/* Date ticks between @first_day and @last_day (Julian days, inclusive):
 * every 1/2 days, every 1/2 weeks (on Mondays), every 1/2/3/6 months (on
 * the 1st) or every year (Jan 1), the finest step giving at most
 * @max_ticks ticks. Fills @days (a GArray of guint32, cleared first) and
 * returns the unit, *@count the multiple. */
CaseloadDateStepUnit caseload_progress_date_ticks (guint32  first_day,
                                                   guint32  last_day,
                                                   guint    max_ticks,
                                                   GArray  *days,
                                                   guint   *count);
/* A tick label: "Mar 14" for day and week steps, "Mar" for months (with
 * the year, "Jan 2027", on the first tick and in January), "2027" for
 * years. Translated month names. */
char     *caseload_progress_date_label    (guint32              day,
                                           CaseloadDateStepUnit unit,
                                           gboolean             first);
char     *caseload_progress_date_label_in_language (guint32              day,
                                                    CaseloadDateStepUnit unit,
                                                    gboolean             first,
                                                    const char          *lang);

/* ---- one goal's data ----------------------------------------------------- */

typedef struct _CaseloadProgressData CaseloadProgressData;

typedef struct
{
  guint32     day;
  double      value;
  const char *note;     /* never NULL */
  guint       phase;    /* index into the phases; 0 = before any phase */
} CaseloadProgressPoint;

typedef struct
{
  guint32     start_day;   /* 0 for the implicit first phase */
  const char *label;       /* never NULL */
  guint       first_point; /* index of its first point */
  guint       n_points;
  CaseloadLine trend;      /* OLS, x in weeks since the Julian epoch */
} CaseloadProgressPhaseInfo;

typedef struct
{
  gboolean               has_baseline;
  guint32                baseline_day;
  double                 baseline_value;
  gboolean               baseline_from_probes;
  gboolean               has_target;
  guint32                target_day;
  double                 target_value;
  CaseloadAimLine        aim;
  guint                  current_phase;
  gboolean               has_actual;     /* current phase has >= 3 points */
  double                 actual_per_week;
  CaseloadDecisionResult decision;
} CaseloadProgressAnalysis;

CaseloadProgressData *caseload_progress_data_new       (void);
void                  caseload_progress_data_free      (CaseloadProgressData *data);

/* The goal: its unit ("words correct per minute"), whether lower is
 * better, its IEP baseline and target (ISO dates; NULL/"" = none). */
void      caseload_progress_data_set_goal  (CaseloadProgressData *data,
                                            const char           *unit,
                                            gboolean              lower_is_better,
                                            gboolean              has_baseline,
                                            double                baseline_value,
                                            const char           *baseline_date,
                                            gboolean              has_target,
                                            double                target_value,
                                            const char           *target_date);
/* Adds a probe (any order; kept sorted by day, ties in insertion order).
 * @date is ISO; returns FALSE for an invalid date. */
gboolean  caseload_progress_data_add_point (CaseloadProgressData *data,
                                            const char           *date,
                                            double                value,
                                            const char           *note);
gboolean  caseload_progress_data_add_phase (CaseloadProgressData *data,
                                            const char           *start_date,
                                            const char           *label);

const char *caseload_progress_data_get_unit            (CaseloadProgressData *data);
gboolean    caseload_progress_data_get_lower_is_better (CaseloadProgressData *data);
guint       caseload_progress_data_get_n_points        (CaseloadProgressData *data);
/* Valid until the next add/set. */
const CaseloadProgressPoint     *caseload_progress_data_get_point (CaseloadProgressData *data,
                                                                   guint                 index);
guint       caseload_progress_data_get_n_phases        (CaseloadProgressData *data);
const CaseloadProgressPhaseInfo *caseload_progress_data_get_phase (CaseloadProgressData *data,
                                                                   guint                 index);
/* Computed on first use after a change. */
const CaseloadProgressAnalysis  *caseload_progress_data_get_analysis (CaseloadProgressData *data);

/* "12 points, trend 1.4 words/week, needed 2.0/week: consider an
 * instructional change" (translated), for an accessible description. */
char     *caseload_progress_data_describe  (CaseloadProgressData *data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CaseloadProgressData, caseload_progress_data_free)

G_END_DECLS
