/* caseload-iep-checker.h: the IEP compliance checker (issue 3).
 *
 * A pure function over loaded objects, district settings and a date: no
 * SQL, no GTK. caseload_store_check_iep() gathers the inputs from the
 * database; tests call caseload_iep_check() directly.
 */
#pragma once

#include <glib.h>

#include "caseload-iep.h"
#include "caseload-iep-finding.h"
#include "caseload-meeting-attendee.h"
#include "caseload-rules.h"

G_BEGIN_DECLS

typedef struct
{
  /* The student's birth date (ISO); "" or NULL when unknown (the age rules
   * are then not checked). */
  const char                 *birth_date;
  /* The meeting date of the IEP this one follows for the annual review
   * (ISO; "" or NULL for none: an initial IEP or the first in Caseload). */
  const char                 *previous_meeting_date;
  /* The attendees of the IEP's meeting (CaseloadMeetingAttendee); NULL is
   * taken as none. */
  GPtrArray                  *attendees;
  /* The documented attempts to involve the parent in that meeting: how
   * many, and by how many different methods (phone, letter, ...). When
   * they meet the district's rule, the meeting may be held without a
   * parent. */
  guint                       parent_attempts;
  guint                       parent_attempt_methods;
  const CaseloadRuleSettings *settings;
  /* Today, for a draft without a meeting date (NULL = today). */
  const GDate                *as_of;
} CaseloadIepCheckInput;

/* Every finding, errors first then warnings, each in section order.
 * Returns a GPtrArray of CaseloadIepFinding (never NULL). */
GPtrArray *caseload_iep_check            (CaseloadIep                 *iep,
                                          const CaseloadIepCheckInput *input);

/* Number of errors in @findings. */
guint      caseload_iep_findings_count_errors (GPtrArray *findings);

/* The team roles the law requires for this IEP (team_role codes), given
 * its percent in the regular class (the regular-education teacher only
 * when it is above 0 or unknown). NULL-terminated, static strings. */
const char * const *caseload_iep_required_roles (CaseloadIep *iep);

G_END_DECLS
