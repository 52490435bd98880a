/* caseload-store-progress.h: progress monitoring in the store (data
 * points, phases, "my students' goals", bulk entry, progress reports and
 * the coordinators' overview). Included at the end of caseload-store.h;
 * implemented in caseload-store-progress.c.
 *
 * Every write is one transaction with its audit rows; "changed" is
 * emitted with "data_point", "progress_phase", "progress_report" or
 * "progress_code".
 */
#pragma once

#include "caseload-store.h"
#include "caseload-data-point.h"
#include "caseload-goal-summary.h"
#include "caseload-progress.h"
#include "caseload-progress-entry.h"
#include "caseload-progress-phase.h"
#include "caseload-progress-report.h"
#include "caseload-report-overview.h"

G_BEGIN_DECLS

/* ---- values -------------------------------------------------------------- */

/* Whether @value fits the goal's unit: never negative for counts, rates
 * and percentages (every unit but scores, changes and differences), at
 * most 100 for percentages (a unit with "%" or "percent"). On failure
 * CASELOAD_ERROR_INVALID with a message that starts with @row_label when
 * it is not NULL ("Row 3: a percentage cannot be over 100"). */
gboolean       caseload_store_check_progress_value (const char  *unit,
                                                    double       value,
                                                    const char  *row_label,
                                                    GError     **error);

/* ---- goals ---------------------------------------------------------------- */

/* One goal by id (without its objectives); NOT_FOUND when missing. */
CaseloadGoal  *caseload_store_get_goal             (CaseloadStore *self,
                                                    gint64         goal_id,
                                                    GError       **error);
/* Every goal of the student's IEP in effect (the latest finalized one,
 * else the current draft), with its points count and last value
 * (CaseloadGoalSummary), in goal order. One query. */
GListModel    *caseload_store_list_student_goals   (CaseloadStore *self,
                                                    gint64         student_id,
                                                    GError       **error);
/* "My students": every goal of the IEP in effect of each active student
 * whose team @staff_id is on (current assignments), with the last value
 * and date, sorted by student name then goal order. One query. */
GListModel    *caseload_store_list_my_goals        (CaseloadStore *self,
                                                    gint64         staff_id,
                                                    GError       **error);

/* ---- data points ------------------------------------------------------------ */

/* The goal's points (CaseloadDataPoint) by date, then entry order. */
GListModel    *caseload_store_list_data_points     (CaseloadStore *self,
                                                    gint64         goal_id,
                                                    GError       **error);
/* The goal's phases (CaseloadProgressPhase) by start date. */
GListModel    *caseload_store_list_phases          (CaseloadStore *self,
                                                    gint64         goal_id,
                                                    GError       **error);
/* A CaseloadProgressData for the chart: the goal, its points and
 * phases. */
CaseloadProgressData *caseload_store_load_progress_data (CaseloadStore *self,
                                                    gint64         goal_id,
                                                    GError       **error);

/* Inserts @point (id 0: a new id is set on it; recorded-at and
 * recorded-by, when 0, become now and the signed-in member) or updates it
 * (date, value, note). The date must be a valid ISO date, not after
 * today; the value must fit the goal's unit. */
gboolean       caseload_store_save_data_point      (CaseloadStore     *self,
                                                    CaseloadDataPoint *point,
                                                    GError           **error);
/* Deletes a point and returns the deleted copy (for Undo: give it back to
 * caseload_store_restore_data_point()). */
CaseloadDataPoint *caseload_store_delete_data_point (CaseloadStore *self,
                                                    gint64         point_id,
                                                    GError       **error);
/* Puts a deleted point back with its old id, date, value, note and who
 * recorded it. */
gboolean       caseload_store_restore_data_point   (CaseloadStore     *self,
                                                    CaseloadDataPoint *point,
                                                    GError           **error);

typedef struct
{
  gint64      goal_id;
  double      value;
  const char *note;        /* NULL = "" */
  const char *row_label;   /* for messages ("Ana Ruiz, reading"); NULL:
                            * "Row n" */
} CaseloadBulkValue;

/* One date, many goal/value pairs, one transaction: every row is checked
 * first; one bad row (unknown goal, value the unit does not allow) saves
 * nothing and the message names the row. Returns the number saved. */
guint          caseload_store_add_data_points_bulk (CaseloadStore           *self,
                                                    const char              *date,
                                                    const CaseloadBulkValue *values,
                                                    guint                    n_values,
                                                    GError                 **error);

/* A phase starting on @start_date with @label (required); id 0 inserts
 * (sets the id), else updates. One phase per goal and date (EXISTS). */
gboolean       caseload_store_save_phase           (CaseloadStore         *self,
                                                    CaseloadProgressPhase *phase,
                                                    GError               **error);
gboolean       caseload_store_delete_phase         (CaseloadStore *self,
                                                    gint64         phase_id,
                                                    GError       **error);

/* ---- progress reports ----------------------------------------------------- */

/* The district's progress codes (CaseloadCode), active ones in order. */
GListModel    *caseload_store_list_progress_codes  (CaseloadStore *self,
                                                    GError       **error);
/* Adds or renames a code (code and name required). */
gboolean       caseload_store_save_progress_code   (CaseloadStore *self,
                                                    const char    *code,
                                                    const char    *name,
                                                    const char    *description,
                                                    GError       **error);

/* The IEP's reports, one per reporting period (CaseloadProgressReport,
 * period 1 first), whether started or not (id 0 = not started), with
 * status and goal counts. */
GListModel    *caseload_store_list_progress_reports (CaseloadStore *self,
                                                    gint64         iep_id,
                                                    GError       **error);
/* The report for @period_number of @iep_id, created (with one entry per
 * goal) when it does not exist yet. Returns its id, 0 on error
 * (NOT_FOUND when the IEP has no such period). */
gint64         caseload_store_get_or_create_progress_report (CaseloadStore *self,
                                                    gint64         iep_id,
                                                    int            period_number,
                                                    GError       **error);
CaseloadProgressReport *caseload_store_get_progress_report (CaseloadStore *self,
                                                    gint64         report_id,
                                                    GError       **error);
/* The report's entries (CaseloadProgressEntry) in goal order. An entry
 * without a stored current value gets the goal's last data point on or
 * before the period's end (current-value-from-data TRUE). */
GListModel    *caseload_store_list_progress_entries (CaseloadStore *self,
                                                    gint64         report_id,
                                                    GError       **error);
/* Saves an entry's code (known, active; "" = none), sufficient (+ a
 * reason, required when not sufficient), current value (unset = from the
 * data) and narrative. LOCKED when the report is locked. */
gboolean       caseload_store_save_progress_entry  (CaseloadStore         *self,
                                                    CaseloadProgressEntry *entry,
                                                    GError               **error);
/* Complete when every goal of the IEP has an entry with a code. */
gboolean       caseload_store_progress_report_is_complete (CaseloadStore *self,
                                                    gint64         report_id,
                                                    GError       **error);
/* Locks a complete report (INVALID naming the first goal without a code
 * otherwise); unlocking is allowed and audited. */
gboolean       caseload_store_set_progress_report_locked (CaseloadStore *self,
                                                    gint64         report_id,
                                                    gboolean       locked,
                                                    GError       **error);
/* Records when and how the report went home ("in-person", "mail",
 * "email", "backpack"); the report must be complete. */
gboolean       caseload_store_set_progress_report_sent (CaseloadStore *self,
                                                    gint64         report_id,
                                                    const char    *date,
                                                    const char    *method,
                                                    GError       **error);

/* For coordinators: per case manager (CaseloadReportOverview, by name),
 * the reports of periods that ended on or before @as_of (NULL = today) in
 * the IEPs in effect of active students: due (not started), in progress,
 * complete (not sent) and sent. One query. */
GListModel    *caseload_store_list_report_overview (CaseloadStore *self,
                                                    const GDate   *as_of,
                                                    GError       **error);
/* The same reports one by one (CaseloadProgressReport with student and
 * case manager), for the overview's detail list; @staff_id 0 = all. */
GListModel    *caseload_store_list_due_reports     (CaseloadStore *self,
                                                    gint64         staff_id,
                                                    const GDate   *as_of,
                                                    GError       **error);

G_END_DECLS
