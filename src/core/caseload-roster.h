/* caseload-roster.h: what an Ed-Fi or OneRoster file says, in Caseload's
 * words, before anything is written.
 *
 * The readers (caseload-edfi.c, caseload-oneroster.c) parse their format
 * into a CaseloadRoster: plain records whose codes are already mapped to
 * Caseload's code tables (what could not be mapped is in @notes). Then
 * caseload_store_apply_roster() (caseload-store-roster.c) applies it in
 * one transaction, or only counts in a dry run.
 *
 * A field left NULL means "the file does not say": the existing value is
 * kept. Students are matched by student ID (student_number), then by the
 * external key (Ed-Fi has none beyond the student ID; OneRoster's
 * sourcedId); staff and schools by their external key, then schools by
 * name; guardians by their external key within their student.
 */
#pragma once

#include <glib.h>

#include "caseload-import.h"

G_BEGIN_DECLS

typedef struct
{
  char *key;           /* Ed-Fi SchoolId / OneRoster org sourcedId */
  char *name;
  char *short_name;
  char *address;
  char *phone;
} CaseloadRosterSchool;

typedef struct
{
  char *key;           /* Ed-Fi StaffUniqueId / OneRoster user sourcedId */
  char *first_name;
  char *last_name;
  char *role;          /* staff_role code, or NULL */
  char *email;
  char *phone;
  char *school_key;
} CaseloadRosterStaff;

typedef struct
{
  char     *student_number;
  char     *source_id;      /* external_id; NULL when the format has none */
  char     *first_name;
  char     *last_name;
  char     *preferred_name;
  char     *birth_date;
  char     *grade;
  char     *gender;
  char     *school_key;
  gboolean  deleted;        /* OneRoster "tobedeleted": archive it */
  guint     line;           /* where it came from, for messages */
  char     *origin;         /* file name */
} CaseloadRosterStudent;

typedef struct
{
  char     *key;            /* ContactUniqueId / user sourcedId */
  char     *student_number; /* or NULL, then student_source_id */
  char     *student_source_id;
  char     *first_name;
  char     *last_name;
  char     *relationship;   /* "mother", "father", "guardian", ... */
  char     *phone;
  char     *email;
  char     *address;
  int       lives_with;     /* -1 unknown, 0, 1 */
  int       order;
} CaseloadRosterGuardian;

typedef struct
{
  char     *name;           /* service name from the descriptor */
  char     *category;       /* service.category */
  char     *provider_key;   /* staff external key, or NULL */
  char     *start_date;
  char     *end_date;
} CaseloadRosterService;

typedef struct
{
  char      *student_number;
  char      *begin_date;        /* IEPBeginDate (or the association's BeginDate) */
  char      *end_date;          /* IEPEndDate */
  char      *review_date;       /* IEPReviewDate: the meeting */
  char      *last_evaluation;   /* LastEvaluationDate */
  char      *environment_code;  /* environment_code, or NULL */
  GPtrArray *disabilities;      /* char *: disability_category codes, primary first */
  GPtrArray *services;          /* CaseloadRosterService */
  char      *exit_date;
  char      *exit_reason;       /* words for people */
  char      *school_key;        /* the association's education organization */
  guint      line;
} CaseloadRosterProgram;

typedef struct
{
  char *student_number;      /* or NULL, then student_source_id */
  char *student_source_id;
  char *staff_key;
  char *role;                /* team_role code */
} CaseloadRosterTeamMember;

typedef struct
{
  char      *origin;        /* the file or folder, for messages */
  GPtrArray *schools;       /* CaseloadRosterSchool */
  GPtrArray *staff;         /* CaseloadRosterStaff */
  GPtrArray *students;      /* CaseloadRosterStudent */
  GPtrArray *guardians;     /* CaseloadRosterGuardian */
  GPtrArray *programs;      /* CaseloadRosterProgram */
  GPtrArray *team;          /* CaseloadRosterTeamMember */
  GPtrArray *skipped;       /* char *: rows the reader skipped, and why */
  GPtrArray *notes;         /* char *: imported with a caveat */
} CaseloadRoster;

CaseloadRoster *caseload_roster_new  (const char     *origin);
void            caseload_roster_free (CaseloadRoster *roster);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CaseloadRoster, caseload_roster_free)

CaseloadRosterSchool     *caseload_roster_add_school   (CaseloadRoster *roster);
CaseloadRosterStaff      *caseload_roster_add_staff    (CaseloadRoster *roster);
CaseloadRosterStudent    *caseload_roster_add_student  (CaseloadRoster *roster);
CaseloadRosterGuardian   *caseload_roster_add_guardian (CaseloadRoster *roster);
CaseloadRosterProgram    *caseload_roster_add_program  (CaseloadRoster *roster);
CaseloadRosterService    *caseload_roster_add_service  (CaseloadRosterProgram *program);
CaseloadRosterTeamMember *caseload_roster_add_team     (CaseloadRoster *roster);

/* A note, once per distinct text (an unmapped code is named once, not per
 * student). */
void caseload_roster_note (CaseloadRoster *roster,
                           const char     *format,
                           ...) G_GNUC_PRINTF (2, 3);
void caseload_roster_skip (CaseloadRoster *roster,
                           const char     *format,
                           ...) G_GNUC_PRINTF (2, 3);

/* Applies @roster in one transaction (after a backup when the database
 * holds data and this is no dry run); @result gets the counts. Any error:
 * nothing changed. */
gboolean caseload_store_apply_roster (CaseloadStore                *store,
                                      CaseloadRoster               *roster,
                                      const CaseloadImportOptions  *options,
                                      CaseloadImportResult        **result,
                                      GError                      **error);

G_END_DECLS
