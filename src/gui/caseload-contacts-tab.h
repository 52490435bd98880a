/* caseload-contacts-tab.h: a student's "Contacts" tab: the
 * procedural-safeguards notices (with the warning when none was given
 * this school year), the contact log, the community resource referrals
 * and the student's tasks. */
#pragma once

#include <gtk/gtk.h>

#include "caseload-store.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_CONTACTS_TAB (caseload_contacts_tab_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadContactsTab, caseload_contacts_tab, CASELOAD, CONTACTS_TAB, GtkWidget)

/* Properties "store" and "student-id" (0 = empty). Actions:
 * contacts.log-contact, contacts.edit-contact (x), contacts.delete-contact
 * (x, with Undo: contacts.undo-delete-contact (x)), contacts.add-notice (the date and method in the form),
 * contacts.add-referral, contacts.edit-referral (x),
 * contacts.referral-status ((xs) referral id, new status),
 * contacts.open-directory, contacts.new-task, contacts.open-task (x),
 * contacts.complete-task (x, with Undo). */
void        caseload_contacts_tab_set_store      (CaseloadContactsTab *self,
                                                  CaseloadStore       *store);
void        caseload_contacts_tab_set_student_id (CaseloadContactsTab *self,
                                                  gint64               student_id);
gint64      caseload_contacts_tab_get_student_id (CaseloadContactsTab *self);
void        caseload_contacts_tab_reload         (CaseloadContactsTab *self);
/* The rights-notice warning shown, or NULL when none is (tests). */
const char *caseload_contacts_tab_get_rights_warning (CaseloadContactsTab *self);
/* The contact log, referrals and tasks shown (tests). */
GListModel *caseload_contacts_tab_get_contacts   (CaseloadContactsTab *self);
GListModel *caseload_contacts_tab_get_referrals  (CaseloadContactsTab *self);

G_END_DECLS
