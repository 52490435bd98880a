/* caseload-store-iep.h: IEP authoring in the store (included at the end of
 * caseload-store.h; implemented in caseload-store-iep.c and, for the goal
 * and accommodation banks, caseload-store-bank.c).
 *
 * Lifecycle: draft -> finalized -> superseded. Only a draft can be
 * changed: every function below that would change an IEP's content
 * refuses a finalized or superseded one with CASELOAD_ERROR_LOCKED, except
 * caseload_store_correct_iep_text() (an audited typo fix) and
 * caseload_store_set_iep_parent_copy() (when the parent received the copy,
 * which happens after finalizing and is not part of the content hash).
 * Every write is one transaction with its audit_log rows.
 */
#pragma once

#include <gio/gio.h>

#include "caseload-error.h"
#include "caseload-model.h"
#include "caseload-rules.h"
#include "caseload-store.h"

G_BEGIN_DECLS

/* ---- reading ----------------------------------------------------------- */

/* Every version of the student's IEPs (CaseloadIep, headers only, without
 * children), newest first (created, then id). */
GListModel    *caseload_store_list_ieps          (CaseloadStore *self,
                                                  gint64         student_id,
                                                  GError       **error);
/* One IEP with its children: goals (ordered, each with its objectives),
 * services (with provider-name), accommodations, the five special factors
 * (missing ones are returned unconsidered, id 0) and reporting periods. */
CaseloadIep   *caseload_store_get_iep            (CaseloadStore *self,
                                                  gint64         iep_id,
                                                  GError       **error);
/* The student's current draft if there is one, else the IEP in effect
 * (the latest finalized one); NOT_FOUND when the student has neither. */
CaseloadIep   *caseload_store_get_current_iep    (CaseloadStore *self,
                                                  gint64         student_id,
                                                  GError       **error);

/* ---- drafts ------------------------------------------------------------ */

/* A new empty draft of @kind ("initial", "annual", "interim"; amendments
 * come from caseload_store_amend_iep()), with the five special factors
 * unconsidered and the reporting periods of the student's school for the
 * current school year. A student has at most one draft at a time
 * (CASELOAD_ERROR_EXISTS). Returns the new id, 0 on error. */
gint64         caseload_store_create_iep_draft   (CaseloadStore *self,
                                                  gint64         student_id,
                                                  const char    *kind,
                                                  GError       **error);
/* Deletes a draft (never a finalized IEP: LOCKED). */
gboolean       caseload_store_delete_iep_draft   (CaseloadStore *self,
                                                  gint64         iep_id,
                                                  GError       **error);

/* Validation of what is typed, before saving. On failure sets
 * CASELOAD_ERROR_INVALID with a message naming the field and *field to the
 * property name. The IEP: known kind/assessment/copy method, dates valid,
 * end after start, percent 0-100. A goal: known area/direction, dates
 * valid, target not equal to baseline, target date not before baseline
 * date. A service: name, known category and per, minutes and sessions > 0
 * when set, end not before start. */
gboolean       caseload_store_validate_iep       (CaseloadIep   *iep,
                                                  const char   **field,
                                                  GError       **error);
gboolean       caseload_store_validate_goal      (CaseloadGoal  *goal,
                                                  const char   **field,
                                                  GError       **error);
gboolean       caseload_store_validate_service   (CaseloadService *service,
                                                  const char     **field,
                                                  GError         **error);

/* Saves the header and sections of @iep (every column but status, links,
 * hash and the children). The environment code is recomputed from the
 * percent when the percent is known and the code is empty or a regular
 * class code (RC80, RC79TO40, RC39). Each changed field is audited. */
gboolean       caseload_store_save_iep           (CaseloadStore *self,
                                                  CaseloadIep   *iep,
                                                  GError       **error);
/* Replaces the progress-reporting schedule: period n ends on
 * end_dates[n-1] (ISO dates, ascending). */
gboolean       caseload_store_set_iep_reporting_periods (CaseloadStore      *self,
                                                  gint64              iep_id,
                                                  const char * const *end_dates,
                                                  GError            **error);

/* Goals, objectives, services, accommodations: id 0 inserts at the end
 * (sets the id and position on the object), else updates. Objectives
 * are saved by themselves (caseload_store_save_objective), not with the
 * goal. move_* puts the record at @position (0-based) and renumbers. */
gboolean       caseload_store_save_goal          (CaseloadStore *self,
                                                  CaseloadGoal  *goal,
                                                  GError       **error);
gboolean       caseload_store_delete_goal        (CaseloadStore *self,
                                                  gint64         goal_id,
                                                  GError       **error);
gboolean       caseload_store_move_goal          (CaseloadStore *self,
                                                  gint64         goal_id,
                                                  guint          position,
                                                  GError       **error);
gboolean       caseload_store_save_objective     (CaseloadStore     *self,
                                                  CaseloadObjective *objective,
                                                  GError           **error);
gboolean       caseload_store_delete_objective   (CaseloadStore *self,
                                                  gint64         objective_id,
                                                  GError       **error);
gboolean       caseload_store_move_objective     (CaseloadStore *self,
                                                  gint64         objective_id,
                                                  guint          position,
                                                  GError       **error);
gboolean       caseload_store_save_service       (CaseloadStore   *self,
                                                  CaseloadService *service,
                                                  GError         **error);
gboolean       caseload_store_delete_service     (CaseloadStore *self,
                                                  gint64         service_id,
                                                  GError       **error);
gboolean       caseload_store_move_service       (CaseloadStore *self,
                                                  gint64         service_id,
                                                  guint          position,
                                                  GError       **error);
gboolean       caseload_store_save_accommodation (CaseloadStore         *self,
                                                  CaseloadAccommodation *accommodation,
                                                  GError               **error);
gboolean       caseload_store_delete_accommodation (CaseloadStore *self,
                                                  gint64         accommodation_id,
                                                  GError       **error);
gboolean       caseload_store_move_accommodation (CaseloadStore *self,
                                                  gint64         accommodation_id,
                                                  guint          position,
                                                  GError       **error);
/* Records one special factor (one of caseload_special_factor_keys()). */
gboolean       caseload_store_set_special_factor (CaseloadStore *self,
                                                  gint64         iep_id,
                                                  const char    *factor,
                                                  gboolean       considered,
                                                  gboolean       applies,
                                                  const char    *notes,
                                                  GError       **error);

/* ---- team and signatures (the meeting record is the one source) -------- */

/* The meeting that produces this IEP: returns iep.meeting_id, creating the
 * meeting record (kind from the IEP kind, on the IEP's meeting date, or
 * @date when given, an ISO date) and linking both ways when there is none
 * yet. Returns 0 on error. */
gint64         caseload_store_ensure_iep_meeting (CaseloadStore *self,
                                                  gint64         iep_id,
                                                  const char    *date,
                                                  GError       **error);
/* The attendees of the IEP's meeting (CaseloadMeetingAttendee, with
 * role-name), by role order then name; empty when there is no meeting. */
GListModel    *caseload_store_list_iep_attendees (CaseloadStore *self,
                                                  gint64         iep_id,
                                                  GError       **error);
/* Adds (id 0; creates the meeting if needed) or updates an attendee of the
 * IEP's meeting: role must be a team role, a name or a staff/guardian
 * link is needed, excusal dates valid. LOCKED once the IEP is finalized. */
gboolean       caseload_store_save_iep_attendee  (CaseloadStore           *self,
                                                  gint64                   iep_id,
                                                  CaseloadMeetingAttendee *attendee,
                                                  GError                 **error);
gboolean       caseload_store_delete_iep_attendee (CaseloadStore *self,
                                                  gint64         iep_id,
                                                  gint64         attendee_id,
                                                  GError       **error);
/* When and how ("in-person", "mail", "email") the parent received the copy.
 * Allowed on a finalized IEP (the copy is sent after finalizing). */
gboolean       caseload_store_set_iep_parent_copy (CaseloadStore *self,
                                                  gint64         iep_id,
                                                  const char    *date,
                                                  const char    *method,
                                                  GError       **error);

/* ---- checking and lifecycle ------------------------------------------- */

/* Loads the IEP, its meeting's attendees, the student's birth date, the
 * previous IEP's meeting date and the rule settings, and runs
 * caseload_iep_check(). Returns a GPtrArray of CaseloadIepFinding. */
GPtrArray     *caseload_store_check_iep          (CaseloadStore *self,
                                                  gint64         iep_id,
                                                  const GDate   *as_of,
                                                  GError       **error);
/* Draft -> finalized. Refused with CASELOAD_ERROR_INVALID, the message
 * listing them, when the checker finds errors, or warnings and
 * @acknowledge_warnings is FALSE. Stores the content hash and finalized-at;
 * supersedes the IEP it amends (amendment) or every other finalized IEP of
 * the student (initial, annual, interim). */
gboolean       caseload_store_finalize_iep       (CaseloadStore *self,
                                                  gint64         iep_id,
                                                  gboolean       acknowledge_warnings,
                                                  const GDate   *as_of,
                                                  GError       **error);
/* Fixes a typo in a finalized (or superseded) IEP: @object_kind "iep",
 * "goal", "objective", "service", "accommodation" or "special-factor",
 * @object_id (ignored for "iep"), @field a text property of that object
 * (e.g. "strengths", "behavior", "description"). Records the old and new
 * text, the actor and @reason (required) in audit_log as a 'correct' row
 * and recomputes the content hash. Drafts are edited normally (INVALID). */
gboolean       caseload_store_correct_iep_text   (CaseloadStore *self,
                                                  gint64         iep_id,
                                                  const char    *object_kind,
                                                  gint64         object_id,
                                                  const char    *field,
                                                  const char    *new_text,
                                                  const char    *reason,
                                                  GError       **error);
/* Recomputes the hash of the stored content and compares it with the
 * stored one: *matches is FALSE when they differ or no hash is stored. */
gboolean       caseload_store_verify_iep_hash    (CaseloadStore *self,
                                                  gint64         iep_id,
                                                  gboolean      *matches,
                                                  GError       **error);
/* The next annual IEP as a new draft copied from @iep_id (goals with their
 * latest data point as the new baseline value and date, objectives,
 * services, accommodations, special factors, present levels, placement,
 * transition texts; previous-iep-id set, goals carried-from). Returns the
 * new id, 0 on error. */
gint64         caseload_store_copy_iep_forward   (CaseloadStore *self,
                                                  gint64         iep_id,
                                                  GError       **error);
/* An amendment: a new draft copied from the finalized @iep_id, linked by
 * amends-iep-id, with @summary (required) as amendment-summary. */
gint64         caseload_store_amend_iep          (CaseloadStore *self,
                                                  gint64         iep_id,
                                                  const char    *summary,
                                                  GError       **error);

/* Stores the content hash of every finalized or superseded IEP that has
 * none (IEPs made by the sample generator or imported). */
gboolean       caseload_store_seal_iep_hashes    (CaseloadStore *self,
                                                  GError       **error);

/* ---- comparison and hashing (pure over loaded objects) ----------------- */

/* Differences from IEP @old_id to IEP @new_id, section by section, field by
 * field (CaseloadIepDifference). Goals are matched by carried-from-goal-id
 * or the goal they were copied from, else by position; the other lists by
 * position. */
GListModel    *caseload_iep_compare              (CaseloadStore *self,
                                                  gint64         old_id,
                                                  gint64         new_id,
                                                  GError       **error);
GPtrArray     *caseload_iep_compare_loaded       (CaseloadIep   *old_iep,
                                                  CaseloadIep   *new_iep);
/* The canonical text the content hash is computed over: every content
 * field of the IEP and its children, with explicit names, in a stable order
 * (attendees of the meeting included). */
char          *caseload_iep_canonical_text       (CaseloadIep   *iep,
                                                  GPtrArray     *attendees);
/* SHA-256 (hex) of caseload_iep_canonical_text(). */
char          *caseload_iep_compute_hash         (CaseloadIep   *iep,
                                                  GPtrArray     *attendees);

/* ---- goal and accommodation banks (caseload-store-bank.c) -------------- */

/* Templates matching @search (the person's words; each word matched as a
 * quoted FTS5 token, the last one also as a prefix; NULL or blank lists
 * all), optionally only of @area / @category (NULL = all). Returns the
 * built-in templates, the shared ones and the actor's own, best match
 * first (else by area/category and text). */
GListModel    *caseload_store_search_goal_bank   (CaseloadStore *self,
                                                  const char    *search,
                                                  const char    *area,
                                                  GError       **error);
GListModel    *caseload_store_search_accommodation_bank (CaseloadStore *self,
                                                  const char    *search,
                                                  const char    *category,
                                                  GError       **error);
/* Saves a case manager's own template (author = the actor). */
gint64         caseload_store_save_goal_template (CaseloadStore        *self,
                                                  CaseloadGoalTemplate *template,
                                                  GError              **error);
gint64         caseload_store_save_accommodation_template (CaseloadStore                 *self,
                                                  CaseloadAccommodationTemplate *template,
                                                  GError                       **error);
/* Saves @goal's statement into the bank as a template of its area: the
 * goal's condition, baseline, target, criterion and unit are replaced by
 * their placeholders in its behavior text. */
gint64         caseload_store_save_goal_to_bank  (CaseloadStore *self,
                                                  CaseloadGoal  *goal,
                                                  gboolean       shared,
                                                  GError       **error);
/* The FTS5 query for @search ("" when it has no words). Exposed for tests. */
char          *caseload_bank_fts_query           (const char    *search);

/* A new goal (not saved) from @template: every placeholder must have a
 * value, else CASELOAD_ERROR_INVALID naming it; baseline and target must be
 * numbers. The goal's behavior is the template text with the values
 * filled in; area, condition, criterion, unit, baseline and target are set. */
CaseloadGoal  *caseload_goal_template_instantiate (CaseloadGoalTemplate *template,
                                                  const char           *condition,
                                                  const char           *baseline,
                                                  const char           *target,
                                                  const char           *criterion,
                                                  const char           *unit,
                                                  GError              **error);

G_END_DECLS
