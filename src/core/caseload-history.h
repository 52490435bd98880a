/* caseload-history.h: a student's audit trail in the words of the interface.
 *
 * The store reads audit_log rows with what they refer to resolved (goal
 * numbers, staff and guardian names, code names; see
 * caseload_store_list_student_history() in caseload-store-history.h) into a
 * CaseloadHistoryChange; caseload_history_describe() turns one into a line
 * such as "Goal 2 target: 90 → 110 words per minute". A CaseloadHistoryEntry
 * is one line of the History view: when, who, which section, what.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  CASELOAD_HISTORY_SECTION_ALL = -1,     /* for filters only */
  CASELOAD_HISTORY_SECTION_PROFILE = 0,
  CASELOAD_HISTORY_SECTION_IEP,
  CASELOAD_HISTORY_SECTION_GOALS,        /* Goals & Progress */
  CASELOAD_HISTORY_SECTION_GUARDIANS,
  CASELOAD_HISTORY_SECTION_TEAM,
  CASELOAD_HISTORY_SECTION_MEETINGS,
  CASELOAD_HISTORY_SECTION_CONTACTS,
  CASELOAD_HISTORY_SECTION_OTHER,
  CASELOAD_HISTORY_N_SECTIONS
} CaseloadHistorySection;

/* "Profile", "IEP", "Goals & Progress", ... (translated). */
const char             *caseload_history_section_name      (CaseloadHistorySection section);
/* Which section a table's changes belong to. */
CaseloadHistorySection  caseload_history_section_for_table (const char *table);

/* One audit row with what it refers to, as the store resolved it. Every
 * string may be NULL. */
typedef struct
{
  const char *table;         /* audit_log.table_name */
  const char *action;        /* insert, update, delete, archive, restore, correct */
  const char *field;         /* column name, or NULL */
  const char *old_value;
  const char *new_value;
  const char *reason;        /* for a correction to a finalized IEP */
  int         goal_number;   /* 1-based number of the goal concerned; 0 = unknown */
  const char *unit;          /* that goal's unit ("words per minute") */
  const char *label;         /* the record: a guardian's or member's name, a service... */
  const char *old_name;      /* old_value resolved: a code's, staff's or school's name */
  const char *new_name;
  const char *extra;         /* a team member's role name when added */
} CaseloadHistoryChange;

/* The line for @change, or NULL for bookkeeping nobody needs to read (a
 * content hash, a meeting's sequence number). */
char *caseload_history_describe (const CaseloadHistoryChange *change);

#define CASELOAD_TYPE_HISTORY_ENTRY (caseload_history_entry_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadHistoryEntry, caseload_history_entry, CASELOAD, HISTORY_ENTRY, GObject)

/* @at is the audit instant (UTC ISO 8601, "2026-11-27T15:04:05Z"). */
CaseloadHistoryEntry   *caseload_history_entry_new            (gint64                  id,
                                                               const char             *at,
                                                               gint64                  staff_id,
                                                               const char             *staff_name,
                                                               CaseloadHistorySection  section,
                                                               const char             *summary,
                                                               const char             *reason);
gint64                  caseload_history_entry_get_id         (CaseloadHistoryEntry *self);
const char             *caseload_history_entry_get_at         (CaseloadHistoryEntry *self);
gint64                  caseload_history_entry_get_staff_id   (CaseloadHistoryEntry *self);
/* "" when the change was made by nobody signed in. */
const char             *caseload_history_entry_get_staff_name (CaseloadHistoryEntry *self);
CaseloadHistorySection  caseload_history_entry_get_section    (CaseloadHistoryEntry *self);
const char             *caseload_history_entry_get_summary    (CaseloadHistoryEntry *self);
const char             *caseload_history_entry_get_reason     (CaseloadHistoryEntry *self);
/* The local day of the change, as the locale writes it ("11/27/2026"). */
char                   *caseload_history_entry_dup_day        (CaseloadHistoryEntry *self);
/* The local time of the change ("15:04"). */
char                   *caseload_history_entry_dup_time       (CaseloadHistoryEntry *self);
/* @section ALL and @staff_id -1 match everything; @staff_id 0 matches the
 * changes made with nobody signed in. */
gboolean                caseload_history_entry_matches        (CaseloadHistoryEntry   *self,
                                                               CaseloadHistorySection  section,
                                                               gint64                  staff_id);

G_END_DECLS
