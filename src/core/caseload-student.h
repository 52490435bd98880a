/* caseload-student.h: a student.
 *
 * Properties (kebab-case of the accessors): id, student-number (the
 * district's student ID, unique), first-name, last-name, preferred-name,
 * full-name (read-only, "First Last", preferred name in quotes when set),
 * sort-name (read-only, "Last, First"), birth-date (ISO text), grade ("PK",
 * "K", "1".."12"), school-id, school-name, home-language (ISO 639-1, "en",
 * "es"...), gender, status ("referred", "active", "archived", "exited"),
 * exit-date, exit-reason, notes, primary-disability (code, "" for none),
 * primary-disability-name (read-only-ish, filled by the store),
 * secondary-disabilities (GStrv of codes), case-manager-id (0 = none),
 * case-manager-name, next-deadline-kind (key, "" for none),
 * next-deadline-date (ISO), next-deadline-days (days left, negative when
 * overdue), next-deadline-status (CaseloadDeadlineStatus as int),
 * reevaluation-waived, search-text (read-only: lower-cased, accent-folded
 * name + ID + school + case manager, for filtering).
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CASELOAD_TYPE_STUDENT (caseload_student_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadStudent, caseload_student, CASELOAD, STUDENT, GObject)

CaseloadStudent *caseload_student_new                         (void);
CaseloadStudent *caseload_student_copy                        (CaseloadStudent *self);

gint64       caseload_student_get_id                          (CaseloadStudent *self);
void         caseload_student_set_id                          (CaseloadStudent *self, gint64 id);
const char  *caseload_student_get_student_number              (CaseloadStudent *self);
void         caseload_student_set_student_number              (CaseloadStudent *self, const char *value);
const char  *caseload_student_get_first_name                  (CaseloadStudent *self);
void         caseload_student_set_first_name                  (CaseloadStudent *self, const char *value);
const char  *caseload_student_get_last_name                   (CaseloadStudent *self);
void         caseload_student_set_last_name                   (CaseloadStudent *self, const char *value);
const char  *caseload_student_get_preferred_name              (CaseloadStudent *self);
void         caseload_student_set_preferred_name              (CaseloadStudent *self, const char *value);
char        *caseload_student_dup_full_name                   (CaseloadStudent *self);
char        *caseload_student_dup_sort_name                   (CaseloadStudent *self);
const char  *caseload_student_get_birth_date                  (CaseloadStudent *self);
void         caseload_student_set_birth_date                  (CaseloadStudent *self, const char *iso);
const char  *caseload_student_get_grade                       (CaseloadStudent *self);
void         caseload_student_set_grade                       (CaseloadStudent *self, const char *value);
/* Sort key for grades: PK = -1, K = 0, 1..12. */
int          caseload_student_get_grade_rank                  (CaseloadStudent *self);
gint64       caseload_student_get_school_id                   (CaseloadStudent *self);
void         caseload_student_set_school_id                   (CaseloadStudent *self, gint64 id);
const char  *caseload_student_get_school_name                 (CaseloadStudent *self);
void         caseload_student_set_school_name                 (CaseloadStudent *self, const char *value);
const char  *caseload_student_get_home_language               (CaseloadStudent *self);
void         caseload_student_set_home_language               (CaseloadStudent *self, const char *value);
const char  *caseload_student_get_gender                      (CaseloadStudent *self);
void         caseload_student_set_gender                      (CaseloadStudent *self, const char *value);
const char  *caseload_student_get_status                      (CaseloadStudent *self);
void         caseload_student_set_status                      (CaseloadStudent *self, const char *value);
const char  *caseload_student_get_exit_date                   (CaseloadStudent *self);
void         caseload_student_set_exit_date                   (CaseloadStudent *self, const char *value);
const char  *caseload_student_get_exit_reason                 (CaseloadStudent *self);
void         caseload_student_set_exit_reason                 (CaseloadStudent *self, const char *value);
const char  *caseload_student_get_notes                       (CaseloadStudent *self);
void         caseload_student_set_notes                       (CaseloadStudent *self, const char *value);
const char  *caseload_student_get_primary_disability          (CaseloadStudent *self);
void         caseload_student_set_primary_disability          (CaseloadStudent *self, const char *code);
const char  *caseload_student_get_primary_disability_name     (CaseloadStudent *self);
void         caseload_student_set_primary_disability_name     (CaseloadStudent *self, const char *name);
const char * const *caseload_student_get_secondary_disabilities (CaseloadStudent *self);
void         caseload_student_set_secondary_disabilities      (CaseloadStudent *self, const char * const *codes);
gint64       caseload_student_get_case_manager_id             (CaseloadStudent *self);
void         caseload_student_set_case_manager_id             (CaseloadStudent *self, gint64 id);
const char  *caseload_student_get_case_manager_name           (CaseloadStudent *self);
void         caseload_student_set_case_manager_name           (CaseloadStudent *self, const char *value);
const char  *caseload_student_get_next_deadline_kind          (CaseloadStudent *self);
const char  *caseload_student_get_next_deadline_date          (CaseloadStudent *self);
int          caseload_student_get_next_deadline_days          (CaseloadStudent *self);
int          caseload_student_get_next_deadline_status        (CaseloadStudent *self);
void         caseload_student_set_next_deadline               (CaseloadStudent *self,
                                                               const char      *kind_key,
                                                               const char      *due_iso,
                                                               int              days_left,
                                                               int              status);
gboolean     caseload_student_get_reevaluation_waived         (CaseloadStudent *self);
void         caseload_student_set_reevaluation_waived         (CaseloadStudent *self, gboolean waived);
/* Lower-cased, accent-folded haystack for type-to-filter; cached. */
const char  *caseload_student_get_search_text                 (CaseloadStudent *self);

/* Folds @text the way search-text is folded (lower case, no accents), so a
 * filter can fold its needle once per keystroke. */
char        *caseload_fold_for_search                         (const char *text);

G_END_DECLS
