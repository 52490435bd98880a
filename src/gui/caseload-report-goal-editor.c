/* caseload-report-goal-editor.c: one goal on the student's Progress tab
 *
 * The goal's chart, a button to its data entry, and its entry in the
 * selected progress report: code, whether progress is sufficient (with
 * the reason when not), the current value (the last data point on or
 * before the period's end until someone types one) and the narrative.
 * Edits save themselves 600 ms after typing stops, after validation; a
 * failed save keeps the edits and marks the field.
 *
 * Copyright 2026 The Caseload Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "caseload-report-goal-editor"

#include "config.h"

#include "caseload-report-goal-editor.h"

#include "caseload-chart-widget.h"
#include "caseload-goal.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#define AUTOSAVE_DELAY_MS 600

enum {
  SUFFICIENT_UNANSWERED,
  SUFFICIENT_YES,
  SUFFICIENT_NO,
};

struct _CaseloadReportGoalEditor
{
  GtkWidget              parent_instance;

  CaseloadStore         *store;
  CaseloadProgressEntry *entry;
  GPtrArray             *codes;          /* char *, parallel to code_row; [0] = "" */
  guint                  timeout_id;
  guint                  loading;
  gboolean               dirty;
  gboolean               current_edited; /* someone typed a current value */
  gboolean               locked;
  char                  *problem;

  /* template children */
  AdwPreferencesGroup   *group;
  GtkButton             *data_button;
  CaseloadChartWidget   *chart;
  AdwComboRow           *code_row;
  GtkStringList         *code_names;
  AdwComboRow           *sufficient_row;
  AdwEntryRow           *reason_row;
  AdwEntryRow           *current_row;
  GtkLabel              *narrative_label;
  GtkTextView           *narrative_view;
  GtkLabel              *error_label;
};

G_DEFINE_FINAL_TYPE (CaseloadReportGoalEditor, caseload_report_goal_editor, GTK_TYPE_WIDGET)

enum {
  SAVED,
  ENTER_DATA,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void save_later (CaseloadReportGoalEditor *self);

/* ---- helpers ------------------------------------------------------------- */

static void
set_accessible_label (GtkWidget  *widget,
                      const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

/* Every goal has the same fields: the accessible names say which goal. */
static void
name_fields (CaseloadReportGoalEditor *self)
{
  int n = caseload_progress_entry_get_goal_position (self->entry);
  g_autofree char *code = NULL, *sufficient = NULL, *reason = NULL, *current = NULL, *narrative = NULL, *data = NULL;

  /* Translators: accessible names of a goal's fields in a progress
   * report; %d is the goal's number. */
  code = g_strdup_printf (_("Progress code, goal %d"), n);
  sufficient = g_strdup_printf (_("Progress sufficient, goal %d"), n);
  reason = g_strdup_printf (_("Why progress is not sufficient, goal %d"), n);
  current = g_strdup_printf (_("Current value, goal %d"), n);
  narrative = g_strdup_printf (_("Narrative, goal %d"), n);
  data = g_strdup_printf (_("Enter data for goal %d"), n);
  set_accessible_label (GTK_WIDGET (self->code_row), code);
  set_accessible_label (GTK_WIDGET (self->sufficient_row), sufficient);
  set_accessible_label (GTK_WIDGET (self->reason_row), reason);
  set_accessible_label (GTK_WIDGET (self->current_row), current);
  set_accessible_label (GTK_WIDGET (self->narrative_view), narrative);
  set_accessible_label (GTK_WIDGET (self->data_button), data);
  /* AdwEntryRow's text is its delegate, which AT-SPI sees on its own. */
  set_accessible_label (GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (self->reason_row))), reason);
  set_accessible_label (GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (self->current_row))), current);
}

static char *
format_value (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%g", value));
}

static void
clear_error (CaseloadReportGoalEditor *self)
{
  GtkWidget *rows[] = { GTK_WIDGET (self->reason_row), GTK_WIDGET (self->current_row),
                        GTK_WIDGET (self->code_row) };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      gtk_widget_remove_css_class (rows[i], "error");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (rows[i]), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  g_clear_pointer (&self->problem, g_free);
}

static void
show_error (CaseloadReportGoalEditor *self,
            GtkWidget                *row,
            const char               *message)
{
  const char *field = ADW_IS_PREFERENCES_ROW (row)
                      ? adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row))
                      : _("Narrative");

  clear_error (self);
  gtk_widget_add_css_class (row, "error");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                  -1);
  /* Translators: a goal's number, a field's title, what is wrong. */
  self->problem = g_strdup_printf (_("Goal %d, %s: %s"),
                                   caseload_progress_entry_get_goal_position (self->entry),
                                   field, message);
  gtk_label_set_text (self->error_label, self->problem);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static void
update_reason_visibility (CaseloadReportGoalEditor *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->reason_row),
                          adw_combo_row_get_selected (self->sufficient_row) == SUFFICIENT_NO);
}

static void
apply_locked (CaseloadReportGoalEditor *self)
{
  gboolean editable = !self->locked;

  gtk_widget_set_sensitive (GTK_WIDGET (self->code_row), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->sufficient_row), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->reason_row), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->current_row), editable);
  gtk_text_view_set_editable (self->narrative_view, editable);
  gtk_text_view_set_cursor_visible (self->narrative_view, editable);
}

/* ---- loading ------------------------------------------------------------- */

static void
load_codes (CaseloadReportGoalEditor *self,
            GListModel               *codes)
{
  const char *current = caseload_progress_entry_get_code (self->entry);
  guint selected = 0;
  guint n = codes != NULL ? g_list_model_get_n_items (codes) : 0;

  g_ptr_array_add (self->codes, g_strdup (""));
  gtk_string_list_append (self->code_names, _("Not coded"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CaseloadCode) code = g_list_model_get_item (codes, i);

      g_ptr_array_add (self->codes, g_strdup (caseload_code_get_code (code)));
      /* the seeded codes in the interface's language; a district's own,
       * typed in, as typed */
      gtk_string_list_append (self->code_names, g_dgettext (GETTEXT_PACKAGE, caseload_code_get_name (code)));
      if (g_strcmp0 (current, caseload_code_get_code (code)) == 0)
        selected = i + 1;
    }
  /* A code retired since the report was written stays readable. */
  if (selected == 0 && current != NULL && *current != '\0')
    {
      g_ptr_array_add (self->codes, g_strdup (current));
      gtk_string_list_append (self->code_names, current);
      selected = self->codes->len - 1;
    }
  adw_combo_row_set_selected (self->code_row, selected);
}

static void
load_entry (CaseloadReportGoalEditor *self)
{
  CaseloadProgressEntry *entry = self->entry;
  const char *unit = caseload_progress_entry_get_unit (entry);
  const char *area = caseload_progress_entry_get_goal_area (entry);
  g_autofree char *title = NULL;
  g_autofree char *current_title = NULL;

  self->loading++;

  if (area != NULL && *area != '\0')
    /* Translators: a goal's number and its area ("Goal 2 · Reading"). */
    title = g_strdup_printf (_("Goal %d · %s"), caseload_progress_entry_get_goal_position (entry),
                             caseload_goal_area_to_label (area));
  else
    title = g_strdup_printf (_("Goal %d"), caseload_progress_entry_get_goal_position (entry));
  adw_preferences_group_set_title (self->group, title);
  adw_preferences_group_set_description (self->group, caseload_progress_entry_get_goal_description (entry));

  if (!caseload_progress_entry_get_has_sufficient (entry))
    adw_combo_row_set_selected (self->sufficient_row, SUFFICIENT_UNANSWERED);
  else
    adw_combo_row_set_selected (self->sufficient_row,
                                caseload_progress_entry_get_sufficient (entry) ? SUFFICIENT_YES : SUFFICIENT_NO);
  gtk_editable_set_text (GTK_EDITABLE (self->reason_row),
                         caseload_progress_entry_get_insufficient_reason (entry));
  update_reason_visibility (self);

  if (unit != NULL && *unit != '\0')
    /* Translators: the field title, then the goal's unit. */
    current_title = g_strdup_printf (_("Current value (%s)"), unit);
  else
    current_title = g_strdup (_("Current value"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->current_row), current_title);
  if (caseload_progress_entry_get_has_current_value (entry))
    {
      g_autofree char *text = format_value (caseload_progress_entry_get_current_value (entry));

      gtk_editable_set_text (GTK_EDITABLE (self->current_row), text);
    }
  else
    gtk_editable_set_text (GTK_EDITABLE (self->current_row), "");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->current_row),
                               caseload_progress_entry_get_current_value_from_data (entry)
                               ? _("The last data point on or before the end of the period")
                               : NULL);
  self->current_edited = FALSE;

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->narrative_view),
                            caseload_progress_entry_get_narrative (entry), -1);

  self->loading--;
}

void
caseload_report_goal_editor_reload_chart (CaseloadReportGoalEditor *self)
{
  g_autoptr(GError) error = NULL;
  CaseloadProgressData *data;

  g_return_if_fail (CASELOAD_IS_REPORT_GOAL_EDITOR (self));

  data = caseload_store_load_progress_data (self->store,
                                            caseload_progress_entry_get_goal_id (self->entry),
                                            &error);
  if (data == NULL)
    {
      g_warning ("Could not load the chart of goal %" G_GINT64_FORMAT ": %s",
                 caseload_progress_entry_get_goal_id (self->entry), error->message);
      return;
    }
  caseload_chart_widget_take_data (self->chart, data);
}

/* ---- saving -------------------------------------------------------------- */

static char *
narrative_text (CaseloadReportGoalEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->narrative_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static gboolean
save_now (CaseloadReportGoalEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadProgressEntry) entry = caseload_progress_entry_new ();
  g_autofree char *reason = NULL;
  g_autofree char *current = NULL;
  g_autofree char *narrative = NULL;
  guint code = adw_combo_row_get_selected (self->code_row);
  guint sufficient = adw_combo_row_get_selected (self->sufficient_row);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (!self->dirty || self->locked)
    return !self->dirty;

  reason = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->reason_row))));
  current = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->current_row))));
  narrative = narrative_text (self);

  caseload_progress_entry_set_id (entry, caseload_progress_entry_get_id (self->entry));
  caseload_progress_entry_set_report_id (entry, caseload_progress_entry_get_report_id (self->entry));
  caseload_progress_entry_set_goal_id (entry, caseload_progress_entry_get_goal_id (self->entry));
  caseload_progress_entry_set_code (entry, code < self->codes->len ? g_ptr_array_index (self->codes, code) : "");
  if (sufficient == SUFFICIENT_YES || sufficient == SUFFICIENT_NO)
    caseload_progress_entry_set_sufficient (entry, sufficient == SUFFICIENT_YES);
  caseload_progress_entry_set_insufficient_reason (entry, sufficient == SUFFICIENT_NO ? reason : "");
  caseload_progress_entry_set_narrative (entry, narrative);

  if (sufficient == SUFFICIENT_NO && *reason == '\0')
    {
      show_error (self, GTK_WIDGET (self->reason_row),
                  _("Say why the progress is not sufficient to meet the goal"));
      return FALSE;
    }

  if (!self->current_edited && caseload_progress_entry_get_current_value_from_data (self->entry))
    {
      /* Still the value from the data: it keeps following the data. */
      caseload_progress_entry_set_current_value (entry, caseload_progress_entry_get_current_value (self->entry));
      caseload_progress_entry_set_current_value_from_data (entry, TRUE);
    }
  else if (*current != '\0')
    {
      char *end = NULL;
      double value = g_ascii_strtod (current, &end);

      if (end == current || *end != '\0' || !isfinite (value))
        {
          show_error (self, GTK_WIDGET (self->current_row), _("Enter a number, such as 42 or 3.5"));
          return FALSE;
        }
      if (!caseload_store_check_progress_value (caseload_progress_entry_get_unit (self->entry),
                                                value, NULL, &error))
        {
          show_error (self, GTK_WIDGET (self->current_row), error->message);
          return FALSE;
        }
      caseload_progress_entry_set_current_value (entry, value);
    }

  if (!caseload_store_save_progress_entry (self->store, entry, &error))
    {
      show_error (self, GTK_WIDGET (self->code_row), error->message);
      return FALSE;
    }

  clear_error (self);
  g_set_object (&self->entry, entry);
  self->dirty = FALSE;
  g_signal_emit (self, signals[SAVED], 0);
  return TRUE;
}

static gboolean
save_timeout_cb (gpointer user_data)
{
  CaseloadReportGoalEditor *self = user_data;

  self->timeout_id = 0;
  save_now (self);
  return G_SOURCE_REMOVE;
}

/* Every edit restarts the autosave timeout. */
static void
save_later (CaseloadReportGoalEditor *self)
{
  if (self->loading > 0 || self->locked)
    return;

  self->dirty = TRUE;
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->timeout_id = g_timeout_add (AUTOSAVE_DELAY_MS, save_timeout_cb, self);
}

static void
on_changed_cb (CaseloadReportGoalEditor *self)
{
  save_later (self);
}

static void
on_sufficient_changed_cb (CaseloadReportGoalEditor *self)
{
  update_reason_visibility (self);
  save_later (self);
}

static void
on_current_changed_cb (CaseloadReportGoalEditor *self)
{
  if (self->loading > 0)
    return;
  self->current_edited = TRUE;
  save_later (self);
}

static void
on_data_button_clicked_cb (CaseloadReportGoalEditor *self)
{
  g_signal_emit (self, signals[ENTER_DATA], 0);
}

/* ---- public -------------------------------------------------------------- */

GtkWidget *
caseload_report_goal_editor_new (CaseloadStore         *store,
                                 CaseloadProgressEntry *entry,
                                 GListModel            *codes,
                                 gboolean               locked)
{
  CaseloadReportGoalEditor *self;

  g_return_val_if_fail (CASELOAD_IS_STORE (store), NULL);
  g_return_val_if_fail (CASELOAD_IS_PROGRESS_ENTRY (entry), NULL);

  self = g_object_new (CASELOAD_TYPE_REPORT_GOAL_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->entry = g_object_ref (entry);
  self->loading++;
  load_codes (self, codes);
  self->loading--;
  load_entry (self);
  name_fields (self);
  caseload_report_goal_editor_set_locked (self, locked);
  caseload_report_goal_editor_reload_chart (self);

  return GTK_WIDGET (self);
}

gint64
caseload_report_goal_editor_get_goal_id (CaseloadReportGoalEditor *self)
{
  g_return_val_if_fail (CASELOAD_IS_REPORT_GOAL_EDITOR (self), 0);

  return self->entry != NULL ? caseload_progress_entry_get_goal_id (self->entry) : 0;
}

void
caseload_report_goal_editor_set_locked (CaseloadReportGoalEditor *self,
                                        gboolean                  locked)
{
  g_return_if_fail (CASELOAD_IS_REPORT_GOAL_EDITOR (self));

  self->locked = !!locked;
  apply_locked (self);
}

gboolean
caseload_report_goal_editor_flush (CaseloadReportGoalEditor *self)
{
  g_return_val_if_fail (CASELOAD_IS_REPORT_GOAL_EDITOR (self), FALSE);

  if (self->dirty || self->timeout_id != 0)
    return save_now (self);
  return TRUE;
}

gboolean
caseload_report_goal_editor_has_unsaved (CaseloadReportGoalEditor *self)
{
  g_return_val_if_fail (CASELOAD_IS_REPORT_GOAL_EDITOR (self), FALSE);

  return self->dirty;
}

const char *
caseload_report_goal_editor_get_problem (CaseloadReportGoalEditor *self)
{
  g_return_val_if_fail (CASELOAD_IS_REPORT_GOAL_EDITOR (self), NULL);

  return self->dirty ? self->problem : NULL;
}

void
caseload_report_goal_editor_discard (CaseloadReportGoalEditor *self)
{
  g_return_if_fail (CASELOAD_IS_REPORT_GOAL_EDITOR (self));

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->dirty = FALSE;
  clear_error (self);
}

/* ---- life cycle ---------------------------------------------------------- */

static void
caseload_report_goal_editor_dispose (GObject *object)
{
  CaseloadReportGoalEditor *self = CASELOAD_REPORT_GOAL_EDITOR (object);
  GtkWidget *child;

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_REPORT_GOAL_EDITOR);
  /* The template's box has no id: unparent it too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->store);
  g_clear_object (&self->entry);

  G_OBJECT_CLASS (caseload_report_goal_editor_parent_class)->dispose (object);
}

static void
caseload_report_goal_editor_finalize (GObject *object)
{
  CaseloadReportGoalEditor *self = CASELOAD_REPORT_GOAL_EDITOR (object);

  g_clear_pointer (&self->codes, g_ptr_array_unref);
  g_clear_pointer (&self->problem, g_free);

  G_OBJECT_CLASS (caseload_report_goal_editor_parent_class)->finalize (object);
}

static void
caseload_report_goal_editor_class_init (CaseloadReportGoalEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_report_goal_editor_dispose;
  object_class->finalize = caseload_report_goal_editor_finalize;

  /* An entry was saved (the report's status may have changed). */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* "Enter Data…": open the goal's data entry. */
  signals[ENTER_DATA] = g_signal_new ("enter-data", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/caseload-report-goal-editor.ui");
  g_type_ensure (CASELOAD_TYPE_CHART_WIDGET);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReportGoalEditor, group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReportGoalEditor, data_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReportGoalEditor, chart);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReportGoalEditor, code_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReportGoalEditor, code_names);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReportGoalEditor, sufficient_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReportGoalEditor, reason_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReportGoalEditor, current_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReportGoalEditor, narrative_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReportGoalEditor, narrative_view);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReportGoalEditor, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sufficient_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_current_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_data_button_clicked_cb);
}

static void
caseload_report_goal_editor_init (CaseloadReportGoalEditor *self)
{
  self->codes = g_ptr_array_new_with_free_func (g_free);
  self->loading++;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->loading--;
  g_signal_connect_object (gtk_text_view_get_buffer (self->narrative_view), "changed",
                           G_CALLBACK (save_later), self, G_CONNECT_SWAPPED);
}
