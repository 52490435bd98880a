/* caseload-contact.h: one contact with a family or provider (contact_log row);
 * contact-at is UTC ISO 8601 ("2026-11-27T15:30:00Z"); method phone, email,
 * in-person, letter, video, text, other
 *
 * Properties: id, student-id, staff-id, staff-name, contact-at, person, method, summary, follow-up-needed, follow-up-date.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CASELOAD_TYPE_CONTACT (caseload_contact_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadContact, caseload_contact, CASELOAD, CONTACT, GObject)

CaseloadContact *caseload_contact_new (void);

gint64        caseload_contact_get_id (CaseloadContact *self);
void          caseload_contact_set_id (CaseloadContact *self, gint64 value);
gint64        caseload_contact_get_student_id (CaseloadContact *self);
void          caseload_contact_set_student_id (CaseloadContact *self, gint64 value);
gint64        caseload_contact_get_staff_id (CaseloadContact *self);
void          caseload_contact_set_staff_id (CaseloadContact *self, gint64 value);
const char   *caseload_contact_get_staff_name (CaseloadContact *self);
void          caseload_contact_set_staff_name (CaseloadContact *self, const char *value);
const char   *caseload_contact_get_contact_at (CaseloadContact *self);
void          caseload_contact_set_contact_at (CaseloadContact *self, const char *value);
const char   *caseload_contact_get_person (CaseloadContact *self);
void          caseload_contact_set_person (CaseloadContact *self, const char *value);
const char   *caseload_contact_get_method (CaseloadContact *self);
void          caseload_contact_set_method (CaseloadContact *self, const char *value);
const char   *caseload_contact_get_summary (CaseloadContact *self);
void          caseload_contact_set_summary (CaseloadContact *self, const char *value);
gboolean      caseload_contact_get_follow_up_needed (CaseloadContact *self);
void          caseload_contact_set_follow_up_needed (CaseloadContact *self, gboolean value);
const char   *caseload_contact_get_follow_up_date (CaseloadContact *self);
void          caseload_contact_set_follow_up_date (CaseloadContact *self, const char *value);


G_END_DECLS

