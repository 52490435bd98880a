/* caseload-student-progress-view.c: the student page's Progress tab
 *
 * The goals of the student's IEP in effect (the latest finalized one),
 * each with its chart and a way into its data entry, and the progress
 * report for one reporting period of the IEP's schedule: per goal a code,
 * whether progress is sufficient (a reason when not), the current value
 * and a narrative. Entries save themselves (CaseloadReportGoalEditor);
 * the report is locked once complete, and marked as sent with a date and
 * a method. A locked report is read-only.
 *
 * Copyright 2026 The Caseload Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "caseload-student-progress-view"

#include "config.h"

#include "caseload-student-progress-view.h"

#include "caseload-date.h"
#include "caseload-goal-data-window.h"
#include "caseload-report-sent-dialog.h"
#include "caseload-store-iep.h"
#include "caseload-store-progress.h"

#include <adwaita.h>
#include <glib/gi18n.h>

struct _CaseloadStudentProgressView
{
  GtkWidget               parent_instance;

  CaseloadStore          *store;
  gint64                  student_id;
  gint64                  iep_id;
  GListModel             *periods;      /* CaseloadProgressReport, one per period */
  int                     period;       /* from 1; 0 = none */
  gint64                  report_id;
  CaseloadProgressReport *report;
  GPtrArray              *editors;      /* CaseloadReportGoalEditor *, in goals_box */
  char                   *status_text;
  guint                   loading;
  gboolean                stale;        /* to be (re)loaded once the tab is shown */

  /* template children */
  GtkStack               *stack;
  AdwComboRow            *period_row;
  GtkStringList          *period_names;
  AdwActionRow           *status_row;
  GtkLabel               *status_label;
  GtkButton              *lock_button;
  GtkButton              *sent_button;
  GtkButton              *print_button;
  GtkLabel               *no_goals_label;
  GtkBox                 *goals_box;
};

G_DEFINE_FINAL_TYPE (CaseloadStudentProgressView, caseload_student_progress_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_STUDENT_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const status_classes[] = { "success", "accent", "warning", "error" };

static void reload (CaseloadStudentProgressView *self);

/* ---- helpers ------------------------------------------------------------- */

static GtkWindow *
parent_window (CaseloadStudentProgressView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_error (CaseloadStudentProgressView *self,
            const char                  *heading,
            const GError                *error)
{
  GtkWidget *dialog = adw_message_dialog_new (parent_window (self), heading,
                                              error != NULL ? error->message
                                                            : _("Something went wrong."));

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_toast (CaseloadStudentProgressView *self,
            const char                  *title)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (title));
}

static void
set_css_class (GtkWidget  *widget,
               const char *css_class,
               gboolean    on)
{
  if (on)
    gtk_widget_add_css_class (widget, css_class);
  else
    gtk_widget_remove_css_class (widget, css_class);
}

static char *
display_date (const char *iso)
{
  GDate date;

  if (iso != NULL && caseload_date_parse_iso (iso, &date))
    return caseload_date_to_display (&date);
  return g_strdup (iso != NULL ? iso : "");
}

/* The IEP in effect: the latest finalized one (as the reports overview
 * counts it). */
static gint64
iep_in_effect (CaseloadStudentProgressView  *self,
               GError                      **error)
{
  g_autoptr(GListModel) ieps = caseload_store_list_ieps (self->store, self->student_id, error);
  g_autofree char *best_start = NULL;
  gint64 best = 0;

  if (ieps == NULL)
    return -1;
  for (guint i = 0; i < g_list_model_get_n_items (ieps); i++)
    {
      g_autoptr(CaseloadIep) iep = g_list_model_get_item (ieps, i);
      const char *start = caseload_iep_get_start_date (iep);
      int cmp;

      if (g_strcmp0 (caseload_iep_get_status (iep), "finalized") != 0)
        continue;
      cmp = g_strcmp0 (start, best_start);
      if (best == 0 || cmp > 0 || (cmp == 0 && caseload_iep_get_id (iep) > best))
        {
          best = caseload_iep_get_id (iep);
          g_free (best_start);
          best_start = g_strdup (start);
        }
    }
  return best;
}

/* ---- status -------------------------------------------------------------- */

static void
update_status (CaseloadStudentProgressView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadProgressReport) report = NULL;
  const char *css_class = NULL;
  gboolean locked, complete;

  if (self->report_id == 0)
    {
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "progress.toggle-lock", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "progress.mark-sent", FALSE);
      return;
    }

  report = caseload_store_get_progress_report (self->store, self->report_id, &error);
  if (report == NULL)
    {
      g_warning ("Could not read progress report %" G_GINT64_FORMAT ": %s", self->report_id, error->message);
      return;
    }
  g_set_object (&self->report, report);

  locked = caseload_progress_report_get_locked (report);
  complete = caseload_progress_report_get_n_goals (report) > 0
             && caseload_progress_report_get_n_coded (report) >= caseload_progress_report_get_n_goals (report);

  g_free (self->status_text);
  self->status_text = caseload_report_status_text (report, &css_class);
  gtk_label_set_text (self->status_label, self->status_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->status_row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->status_text,
                                  -1);
  /* a word and a colour together */
  for (guint i = 0; i < G_N_ELEMENTS (status_classes); i++)
    set_css_class (GTK_WIDGET (self->status_label), status_classes[i],
                   g_strcmp0 (css_class, status_classes[i]) == 0);

  gtk_button_set_label (self->lock_button, locked ? _("_Unlock Report") : _("_Lock Report"));
  /* GTK 4.8 would announce the mnemonic's underscore */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->lock_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  locked ? _("Unlock Report") : _("Lock Report"),
                                  -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->lock_button),
                               locked ? _("Make the report editable again")
                                      : complete ? _("Make the report read-only")
                                                 : _("Every goal needs a progress code first"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "progress.toggle-lock", locked || complete);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "progress.mark-sent", complete);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->print_button), "(xi)",
                                    self->student_id, (gint32) self->period);

  for (guint i = 0; i < self->editors->len; i++)
    caseload_report_goal_editor_set_locked (g_ptr_array_index (self->editors, i), locked);
}

/* ---- the report ---------------------------------------------------------- */

static void
clear_editors (CaseloadStudentProgressView *self)
{
  GtkWidget *child;

  for (guint i = 0; i < self->editors->len; i++)
    caseload_report_goal_editor_discard (g_ptr_array_index (self->editors, i));
  g_ptr_array_set_size (self->editors, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->goals_box))) != NULL)
    gtk_box_remove (self->goals_box, child);
}

static void
on_editor_saved_cb (CaseloadStudentProgressView *self)
{
  update_status (self);
}

static void
on_editor_enter_data_cb (CaseloadStudentProgressView *self,
                         CaseloadReportGoalEditor    *editor)
{
  g_autofree char *title = NULL;
  CaseloadGoalDataWindow *window;
  guint index = 0;

  g_ptr_array_find (self->editors, editor, &index);
  /* Translators: the data-entry window's subtitle; %d is the goal's number. */
  title = g_strdup_printf (_("Goal %d"), (int) index + 1);
  window = caseload_goal_data_window_new (parent_window (self), self->store,
                                          caseload_report_goal_editor_get_goal_id (editor), title);
  gtk_window_present (GTK_WINDOW (window));
}

static void
load_report (CaseloadStudentProgressView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) entries = NULL;
  g_autoptr(GListModel) codes = NULL;
  gboolean locked;

  clear_editors (self);
  g_clear_object (&self->report);
  self->report_id = 0;
  if (self->iep_id <= 0 || self->period <= 0)
    {
      update_status (self);
      return;
    }

  self->report_id = caseload_store_get_or_create_progress_report (self->store, self->iep_id,
                                                                  self->period, &error);
  if (self->report_id == 0)
    {
      show_error (self, _("Could Not Open the Progress Report"), error);
      update_status (self);
      return;
    }
  entries = caseload_store_list_progress_entries (self->store, self->report_id, &error);
  if (entries != NULL)
    codes = caseload_store_list_progress_codes (self->store, &error);
  if (entries == NULL || codes == NULL)
    {
      show_error (self, _("Could Not Open the Progress Report"), error);
      update_status (self);
      return;
    }

  update_status (self);
  locked = self->report != NULL && caseload_progress_report_get_locked (self->report);
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(CaseloadProgressEntry) entry = g_list_model_get_item (entries, i);
      GtkWidget *editor = caseload_report_goal_editor_new (self->store, entry, codes, locked);

      g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (editor, "enter-data", G_CALLBACK (on_editor_enter_data_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_box_append (self->goals_box, editor);
      g_ptr_array_add (self->editors, editor);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->no_goals_label), self->editors->len == 0);
}

/* The period a report writer most likely wants: the first one not yet
 * locked or sent, else the last. */
static int
default_period (CaseloadStudentProgressView *self)
{
  guint n = g_list_model_get_n_items (self->periods);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CaseloadProgressReport) report = g_list_model_get_item (self->periods, i);

      if (!caseload_progress_report_get_locked (report)
          && g_strcmp0 (caseload_progress_report_get_status (report), "sent") != 0)
        return caseload_progress_report_get_period_number (report);
    }
  if (n > 0)
    {
      g_autoptr(CaseloadProgressReport) last = g_list_model_get_item (self->periods, n - 1);

      return caseload_progress_report_get_period_number (last);
    }
  return 0;
}

static int
period_index (CaseloadStudentProgressView *self,
              int                          period)
{
  for (guint i = 0; i < g_list_model_get_n_items (self->periods); i++)
    {
      g_autoptr(CaseloadProgressReport) report = g_list_model_get_item (self->periods, i);

      if (caseload_progress_report_get_period_number (report) == period)
        return i;
    }
  return -1;
}

/* Reloads the IEP in effect and its periods, keeping @period when it
 * still exists (0: the default). */
static void
reload_period (CaseloadStudentProgressView *self,
               int                          period)
{
  g_autoptr(GError) error = NULL;
  guint n;

  self->stale = FALSE;
  self->loading++;
  clear_editors (self);
  g_clear_object (&self->periods);
  gtk_string_list_splice (self->period_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->period_names)), NULL);
  self->iep_id = 0;
  self->period = 0;

  if (self->store != NULL && self->student_id > 0)
    {
      self->iep_id = iep_in_effect (self, &error);
      if (self->iep_id > 0)
        self->periods = caseload_store_list_progress_reports (self->store, self->iep_id, &error);
      if (self->iep_id < 0 || (self->iep_id > 0 && self->periods == NULL))
        {
          g_warning ("Could not read the progress reports: %s", error->message);
          self->iep_id = 0;
        }
    }

  if (self->iep_id <= 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "no-iep");
      self->loading--;
      load_report (self);
      return;
    }

  n = g_list_model_get_n_items (self->periods);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CaseloadProgressReport) report = g_list_model_get_item (self->periods, i);
      g_autofree char *end = display_date (caseload_progress_report_get_period_end_date (report));
      g_autofree char *name = NULL;

      /* Translators: a reporting period in the period chooser. */
      name = g_strdup_printf (_("Period %d · ends %s"),
                              caseload_progress_report_get_period_number (report), end);
      gtk_string_list_append (self->period_names, name);
    }
  if (n == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "no-periods");
      self->loading--;
      load_report (self);
      return;
    }

  if (period <= 0 || period_index (self, period) < 0)
    period = default_period (self);
  self->period = period;
  adw_combo_row_set_selected (self->period_row, period_index (self, period));
  gtk_stack_set_visible_child_name (self->stack, "report");
  self->loading--;
  load_report (self);
}

/* Opening a report creates it in the store, so a hidden tab waits until
 * it is shown (opening a student is no write). */
static void
reload (CaseloadStudentProgressView *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      reload_period (self, 0);
      return;
    }
  clear_editors (self);
  g_clear_object (&self->periods);
  g_clear_object (&self->report);
  self->report_id = 0;
  self->period = 0;
  self->stale = TRUE;
}

static void
on_period_row_selected_cb (CaseloadStudentProgressView *self)
{
  g_autoptr(CaseloadProgressReport) report = NULL;
  guint selected;

  if (self->loading > 0 || self->periods == NULL)
    return;
  selected = adw_combo_row_get_selected (self->period_row);
  report = g_list_model_get_item (self->periods, selected);
  if (report == NULL || caseload_progress_report_get_period_number (report) == self->period)
    return;
  caseload_student_progress_view_select_period (self, caseload_progress_report_get_period_number (report));
}

/* ---- actions ------------------------------------------------------------- */

static void
toggle_lock_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  CaseloadStudentProgressView *self = CASELOAD_STUDENT_PROGRESS_VIEW (widget);
  g_autoptr(GError) error = NULL;
  gboolean lock;

  if (self->report == NULL)
    return;
  lock = !caseload_progress_report_get_locked (self->report);
  /* What was typed last goes into the report before it is locked. */
  if (lock && !caseload_student_progress_view_flush (self))
    {
      g_autofree char *problem = caseload_student_progress_view_dup_problem (self);

      g_set_error (&error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID, "%s", problem);
      show_error (self, _("Could Not Lock the Report"), error);
      return;
    }
  if (!caseload_store_set_progress_report_locked (self->store, self->report_id, lock, &error))
    {
      show_error (self, lock ? _("Could Not Lock the Report") : _("Could Not Unlock the Report"), error);
      return;
    }
  update_status (self);
  show_toast (self, lock ? _("Report locked") : _("Report unlocked"));
}

static void
on_sent_dialog_response_cb (CaseloadReportSentDialog    *dialog,
                            const char                  *response,
                            CaseloadStudentProgressView *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;

  if (g_strcmp0 (response, "sent") != 0 || self->report_id == 0)
    return;
  date = caseload_report_sent_dialog_dup_date (dialog);
  if (date == NULL)
    return;
  if (!caseload_student_progress_view_flush (self) ||
      !caseload_store_set_progress_report_sent (self->store, self->report_id, date,
                                                caseload_report_sent_dialog_get_method (dialog), &error))
    {
      if (error == NULL)
        {
          g_autofree char *problem = caseload_student_progress_view_dup_problem (self);

          g_set_error (&error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID, "%s", problem);
        }
      show_error (self, _("Could Not Mark the Report as Sent"), error);
      return;
    }
  update_status (self);
  show_toast (self, _("Report marked as sent"));
}

static void
mark_sent_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CaseloadStudentProgressView *self = CASELOAD_STUDENT_PROGRESS_VIEW (widget);
  CaseloadReportSentDialog *dialog;

  if (self->report_id == 0)
    return;
  dialog = caseload_report_sent_dialog_new (parent_window (self));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_sent_dialog_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- store --------------------------------------------------------------- */

static void
on_store_changed_cb (CaseloadStudentProgressView *self,
                     const char                  *table)
{
  if (self->student_id <= 0)
    return;

  if (g_strcmp0 (table, "progress_report") == 0)
    update_status (self);
  else if (g_strcmp0 (table, "data_point") == 0 || g_strcmp0 (table, "progress_phase") == 0)
    {
      for (guint i = 0; i < self->editors->len; i++)
        caseload_report_goal_editor_reload_chart (g_ptr_array_index (self->editors, i));
    }
  else if (g_strcmp0 (table, "iep") == 0 || g_strcmp0 (table, "progress_code") == 0)
    {
      /* Goals, the schedule or the codes changed: rebuild, keeping the
       * period, never over edits that could not be saved. While the tab
       * is hidden (the IEP tab autosaving), once it is shown again. */
      if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
        self->stale = TRUE;
      else if (caseload_student_progress_view_flush (self))
        reload_period (self, self->period);
    }
}

/* ---- public -------------------------------------------------------------- */

CaseloadStore *
caseload_student_progress_view_get_store (CaseloadStudentProgressView *self)
{
  g_return_val_if_fail (CASELOAD_IS_STUDENT_PROGRESS_VIEW (self), NULL);

  return self->store;
}

void
caseload_student_progress_view_set_store (CaseloadStudentProgressView *self,
                                          CaseloadStore               *store)
{
  g_return_if_fail (CASELOAD_IS_STUDENT_PROGRESS_VIEW (self));
  g_return_if_fail (store == NULL || CASELOAD_IS_STORE (store));

  if (self->store == store)
    return;

  caseload_student_progress_view_flush (self);
  clear_editors (self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self,
                             G_CONNECT_SWAPPED);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

gint64
caseload_student_progress_view_get_student_id (CaseloadStudentProgressView *self)
{
  g_return_val_if_fail (CASELOAD_IS_STUDENT_PROGRESS_VIEW (self), 0);

  return self->student_id;
}

void
caseload_student_progress_view_set_student_id (CaseloadStudentProgressView *self,
                                               gint64                       student_id)
{
  g_return_if_fail (CASELOAD_IS_STUDENT_PROGRESS_VIEW (self));

  if (self->student_id == student_id)
    return;

  /* The student page asked first; what could not be saved is dropped. */
  caseload_student_progress_view_flush (self);
  self->student_id = student_id;
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDENT_ID]);
}

int
caseload_student_progress_view_get_period (CaseloadStudentProgressView *self)
{
  g_return_val_if_fail (CASELOAD_IS_STUDENT_PROGRESS_VIEW (self), 0);

  return self->period;
}

gint64
caseload_student_progress_view_get_report_id (CaseloadStudentProgressView *self)
{
  g_return_val_if_fail (CASELOAD_IS_STUDENT_PROGRESS_VIEW (self), 0);

  return self->report_id;
}

gboolean
caseload_student_progress_view_select_period (CaseloadStudentProgressView *self,
                                              int                          period)
{
  int index;

  g_return_val_if_fail (CASELOAD_IS_STUDENT_PROGRESS_VIEW (self), FALSE);

  if (self->stale)
    reload_period (self, period);
  if (self->periods == NULL || (index = period_index (self, period)) < 0)
    return FALSE;

  if (period != self->period)
    {
      if (!caseload_student_progress_view_flush (self))
        {
          g_autofree char *problem = caseload_student_progress_view_dup_problem (self);
          g_autoptr(GError) error = g_error_new (CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                                                 _("This period’s report has a field that could not be saved. %s"),
                                                 problem);

          /* Back to the period with the problem. */
          self->loading++;
          adw_combo_row_set_selected (self->period_row, period_index (self, self->period));
          self->loading--;
          show_error (self, _("Unsaved Changes"), error);
          return FALSE;
        }
      self->period = period;
      load_report (self);
    }

  self->loading++;
  adw_combo_row_set_selected (self->period_row, index);
  self->loading--;
  return TRUE;
}

CaseloadReportGoalEditor *
caseload_student_progress_view_get_editor (CaseloadStudentProgressView *self,
                                           guint                        index)
{
  g_return_val_if_fail (CASELOAD_IS_STUDENT_PROGRESS_VIEW (self), NULL);

  return index < self->editors->len ? g_ptr_array_index (self->editors, index) : NULL;
}

const char *
caseload_student_progress_view_get_status_text (CaseloadStudentProgressView *self)
{
  g_return_val_if_fail (CASELOAD_IS_STUDENT_PROGRESS_VIEW (self), NULL);

  return self->status_text;
}

gboolean
caseload_student_progress_view_flush (CaseloadStudentProgressView *self)
{
  gboolean saved = TRUE;

  g_return_val_if_fail (CASELOAD_IS_STUDENT_PROGRESS_VIEW (self), FALSE);

  for (guint i = 0; i < self->editors->len; i++)
    if (!caseload_report_goal_editor_flush (g_ptr_array_index (self->editors, i)))
      saved = FALSE;
  return saved;
}

gboolean
caseload_student_progress_view_has_unsaved (CaseloadStudentProgressView *self)
{
  g_return_val_if_fail (CASELOAD_IS_STUDENT_PROGRESS_VIEW (self), FALSE);

  for (guint i = 0; i < self->editors->len; i++)
    if (caseload_report_goal_editor_has_unsaved (g_ptr_array_index (self->editors, i)))
      return TRUE;
  return FALSE;
}

char *
caseload_student_progress_view_dup_problem (CaseloadStudentProgressView *self)
{
  g_return_val_if_fail (CASELOAD_IS_STUDENT_PROGRESS_VIEW (self), NULL);

  for (guint i = 0; i < self->editors->len; i++)
    {
      const char *problem = caseload_report_goal_editor_get_problem (g_ptr_array_index (self->editors, i));

      if (problem != NULL)
        return g_strdup (problem);
    }
  if (caseload_student_progress_view_has_unsaved (self))
    return g_strdup (_("The progress report could not be saved."));
  return NULL;
}

void
caseload_student_progress_view_discard (CaseloadStudentProgressView *self)
{
  g_return_if_fail (CASELOAD_IS_STUDENT_PROGRESS_VIEW (self));

  if (!caseload_student_progress_view_has_unsaved (self))
    return;
  clear_editors (self);
  reload_period (self, self->period);
}

/* ---- life cycle ---------------------------------------------------------- */

static void
caseload_student_progress_view_map (GtkWidget *widget)
{
  CaseloadStudentProgressView *self = CASELOAD_STUDENT_PROGRESS_VIEW (widget);

  GTK_WIDGET_CLASS (caseload_student_progress_view_parent_class)->map (widget);

  if (self->stale && !caseload_student_progress_view_has_unsaved (self))
    {
      self->stale = FALSE;
      reload_period (self, self->period);
    }
}

static void
caseload_student_progress_view_unmap (GtkWidget *widget)
{
  /* Leaving the tab: no lost keystrokes. */
  caseload_student_progress_view_flush (CASELOAD_STUDENT_PROGRESS_VIEW (widget));

  GTK_WIDGET_CLASS (caseload_student_progress_view_parent_class)->unmap (widget);
}

static void
caseload_student_progress_view_dispose (GObject *object)
{
  CaseloadStudentProgressView *self = CASELOAD_STUDENT_PROGRESS_VIEW (object);

  if (self->editors != NULL)
    {
      caseload_student_progress_view_flush (self);
      g_ptr_array_set_size (self->editors, 0);
    }
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_STUDENT_PROGRESS_VIEW);

  g_clear_object (&self->store);
  g_clear_object (&self->periods);
  g_clear_object (&self->report);

  G_OBJECT_CLASS (caseload_student_progress_view_parent_class)->dispose (object);
}

static void
caseload_student_progress_view_finalize (GObject *object)
{
  CaseloadStudentProgressView *self = CASELOAD_STUDENT_PROGRESS_VIEW (object);

  g_clear_pointer (&self->editors, g_ptr_array_unref);
  g_clear_pointer (&self->status_text, g_free);

  G_OBJECT_CLASS (caseload_student_progress_view_parent_class)->finalize (object);
}

static void
caseload_student_progress_view_get_property (GObject    *object,
                                             guint       prop_id,
                                             GValue     *value,
                                             GParamSpec *pspec)
{
  CaseloadStudentProgressView *self = CASELOAD_STUDENT_PROGRESS_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_STUDENT_ID:
      g_value_set_int64 (value, self->student_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_student_progress_view_set_property (GObject      *object,
                                             guint         prop_id,
                                             const GValue *value,
                                             GParamSpec   *pspec)
{
  CaseloadStudentProgressView *self = CASELOAD_STUDENT_PROGRESS_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      caseload_student_progress_view_set_store (self, g_value_get_object (value));
      break;

    case PROP_STUDENT_ID:
      caseload_student_progress_view_set_student_id (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_student_progress_view_class_init (CaseloadStudentProgressViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_student_progress_view_dispose;
  object_class->finalize = caseload_student_progress_view_finalize;
  object_class->get_property = caseload_student_progress_view_get_property;
  object_class->set_property = caseload_student_progress_view_set_property;
  widget_class->map = caseload_student_progress_view_map;
  widget_class->unmap = caseload_student_progress_view_unmap;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         CASELOAD_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STUDENT_ID] =
    g_param_spec_int64 ("student-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "progress.toggle-lock", NULL, toggle_lock_activated);
  gtk_widget_class_install_action (widget_class, "progress.mark-sent", NULL, mark_sent_activated);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/caseload-student-progress-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentProgressView, stack);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentProgressView, period_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentProgressView, period_names);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentProgressView, status_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentProgressView, status_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentProgressView, lock_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentProgressView, sent_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentProgressView, print_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentProgressView, no_goals_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentProgressView, goals_box);
  gtk_widget_class_bind_template_callback (widget_class, on_period_row_selected_cb);
}

static void
caseload_student_progress_view_init (CaseloadStudentProgressView *self)
{
  self->editors = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->print_button), "(xi)", (gint64) 0, (gint32) 0);
  update_status (self);
}
