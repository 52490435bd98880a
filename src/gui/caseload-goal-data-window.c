/* caseload-goal-data-window.c: one goal's data entry in its own window
 *
 * The same CaseloadGoalProgressView as on the My Students page (chart,
 * points, phases); the student's Progress tab opens it so that a report
 * writer can add the last probes without leaving the student. Points save
 * as they are entered, so closing the window loses nothing.
 *
 * Copyright 2026 The Caseload Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "caseload-goal-data-window"

#include "config.h"

#include "caseload-goal-data-window.h"

#include <glib/gi18n.h>

struct _CaseloadGoalDataWindow
{
  AdwWindow                 parent_instance;

  /* template children */
  AdwWindowTitle           *window_title;
  CaseloadGoalProgressView *view;
};

G_DEFINE_FINAL_TYPE (CaseloadGoalDataWindow, caseload_goal_data_window, ADW_TYPE_WINDOW)

CaseloadGoalDataWindow *
caseload_goal_data_window_new (GtkWindow     *parent,
                               CaseloadStore *store,
                               gint64         goal_id,
                               const char    *title)
{
  CaseloadGoalDataWindow *self;

  g_return_val_if_fail (CASELOAD_IS_STORE (store), NULL);

  self = g_object_new (CASELOAD_TYPE_GOAL_DATA_WINDOW,
                       "transient-for", parent,
                       NULL);
  if (title != NULL)
    {
      adw_window_title_set_subtitle (self->window_title, title);
      gtk_window_set_title (GTK_WINDOW (self), title);
    }
  caseload_goal_progress_view_set_store (self->view, store);
  caseload_goal_progress_view_set_goal_id (self->view, goal_id);

  return self;
}

CaseloadGoalProgressView *
caseload_goal_data_window_get_view (CaseloadGoalDataWindow *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL_DATA_WINDOW (self), NULL);

  return self->view;
}

static void
caseload_goal_data_window_class_init (CaseloadGoalDataWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/caseload-goal-data-window.ui");
  g_type_ensure (CASELOAD_TYPE_GOAL_PROGRESS_VIEW);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGoalDataWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGoalDataWindow, view);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
caseload_goal_data_window_init (CaseloadGoalDataWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
