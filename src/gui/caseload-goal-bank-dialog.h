/* caseload-goal-bank-dialog.h: search the goal or accommodation bank */
#pragma once

#include <adwaita.h>

#include "caseload-store.h"

G_BEGIN_DECLS

typedef enum
{
  CASELOAD_BANK_KIND_GOAL,
  CASELOAD_BANK_KIND_ACCOMMODATION,
} CaseloadBankKind;

#define CASELOAD_TYPE_GOAL_BANK_DIALOG (caseload_goal_bank_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadGoalBankDialog, caseload_goal_bank_dialog, CASELOAD, GOAL_BANK_DIALOG, AdwWindow)

/* Signals: "goal-chosen" (CaseloadGoal, not saved, every placeholder
 * filled) for the goal bank; "accommodation-chosen"
 * (CaseloadAccommodationTemplate) for the accommodation bank. */
CaseloadGoalBankDialog *caseload_goal_bank_dialog_new (GtkWindow        *parent,
                                                       CaseloadStore    *store,
                                                       CaseloadBankKind  kind);
/* For tests and keyboard users: searches as typing in the entry does. */
void                    caseload_goal_bank_dialog_search (CaseloadGoalBankDialog *self,
                                                          const char             *text);
guint                   caseload_goal_bank_dialog_get_n_results (CaseloadGoalBankDialog *self);
/* Selects result @index (shows its placeholders). */
void                    caseload_goal_bank_dialog_select (CaseloadGoalBankDialog *self,
                                                          guint                   index);
/* Sets the value of placeholder @name ("condition", "baseline", ...). */
void                    caseload_goal_bank_dialog_set_placeholder (CaseloadGoalBankDialog *self,
                                                                   const char             *name,
                                                                   const char             *value);
/* Whether "Insert" is enabled now. */
gboolean                caseload_goal_bank_dialog_can_insert (CaseloadGoalBankDialog *self);
/* Inserts as the button does (emits the signal and closes). */
gboolean                caseload_goal_bank_dialog_insert (CaseloadGoalBankDialog *self);

G_END_DECLS
