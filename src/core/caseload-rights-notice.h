/* caseload-rights-notice.h: the procedural-safeguards notice given to a
 * family (rights_notice row); method in-person, mail, email, other
 *
 * Properties: id, student-id, given-date, method, language, notes.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CASELOAD_TYPE_RIGHTS_NOTICE (caseload_rights_notice_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadRightsNotice, caseload_rights_notice, CASELOAD, RIGHTS_NOTICE, GObject)

CaseloadRightsNotice *caseload_rights_notice_new (void);

gint64        caseload_rights_notice_get_id (CaseloadRightsNotice *self);
void          caseload_rights_notice_set_id (CaseloadRightsNotice *self, gint64 value);
gint64        caseload_rights_notice_get_student_id (CaseloadRightsNotice *self);
void          caseload_rights_notice_set_student_id (CaseloadRightsNotice *self, gint64 value);
const char   *caseload_rights_notice_get_given_date (CaseloadRightsNotice *self);
void          caseload_rights_notice_set_given_date (CaseloadRightsNotice *self, const char *value);
const char   *caseload_rights_notice_get_method (CaseloadRightsNotice *self);
void          caseload_rights_notice_set_method (CaseloadRightsNotice *self, const char *value);
const char   *caseload_rights_notice_get_language (CaseloadRightsNotice *self);
void          caseload_rights_notice_set_language (CaseloadRightsNotice *self, const char *value);
const char   *caseload_rights_notice_get_notes (CaseloadRightsNotice *self);
void          caseload_rights_notice_set_notes (CaseloadRightsNotice *self, const char *value);


G_END_DECLS

