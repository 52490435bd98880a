/* caseload-goal-data-window.h: one goal's data entry (its
 * CaseloadGoalProgressView) in a window of its own, opened from the
 * student's Progress tab.
 *
 * Copyright 2026 The Caseload Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "caseload-goal-progress-view.h"
#include "caseload-store.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_GOAL_DATA_WINDOW (caseload_goal_data_window_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadGoalDataWindow, caseload_goal_data_window, CASELOAD, GOAL_DATA_WINDOW, AdwWindow)

CaseloadGoalDataWindow   *caseload_goal_data_window_new      (GtkWindow     *parent,
                                                              CaseloadStore *store,
                                                              gint64         goal_id,
                                                              const char    *title);
CaseloadGoalProgressView *caseload_goal_data_window_get_view (CaseloadGoalDataWindow *self);

G_END_DECLS
