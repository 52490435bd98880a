/* caseload-goal-progress-view.c: one goal's chart, decision hint and
 * data-point grid.
 *
 * A point is entered with the keyboard alone: the value entry has the
 * focus, Enter saves the row (one store call, one transaction) and leaves
 * the focus in the value entry of the next, empty row. The date entry
 * keeps what was typed (empty = today), so a week of probes for one date
 * is value, Enter, value, Enter.
 */
#define G_LOG_DOMAIN "caseload-goal-progress-view"

#include "config.h"

#include "caseload-goal-progress-view.h"

#include <adwaita.h>
#include <errno.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>

#include "caseload-chart-widget.h"
#include "caseload-date.h"
#include "caseload-store-progress.h"

#define RELOAD_DELAY_MS 100

struct _CaseloadGoalProgressView
{
  GtkWidget            parent_instance;

  CaseloadStore       *store;
  gint64               goal_id;
  char                *unit;
  gboolean             writing;       /* our own store write in progress */
  guint                reload_source;

  /* template children */
  AdwToastOverlay     *toast_overlay;
  GtkLabel            *title_label;
  GtkLabel            *unit_label;
  CaseloadChartWidget *chart;
  GtkLabel            *hint_label;
  GtkButton           *phase_button;
  GtkWidget           *new_row;
  GtkEntry            *date_entry;
  GtkEntry            *value_entry;
  GtkEntry            *note_entry;
  GtkButton           *add_button;
  GtkLabel            *error_label;
  GtkStack            *points_stack;
  GListStore          *points;
};

G_DEFINE_FINAL_TYPE (CaseloadGoalProgressView, caseload_goal_progress_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_GOAL_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
toast (CaseloadGoalProgressView *self,
       const char               *message)
{
  AdwToast *t = adw_toast_new (message);

  adw_toast_set_priority (t, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, t);
}

static char *
format_value (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *end;

  if (value == (gint64) value)
    return g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) value);
  g_snprintf (buffer, sizeof buffer, "%.2f", value);
  for (end = buffer + strlen (buffer) - 1; *end == '0'; end--)
    *end = '\0';
  return g_strdup (buffer);
}

static char *
display_date (const char *iso)
{
  GDate date;

  if (iso != NULL && caseload_date_parse_iso (iso, &date))
    return caseload_date_to_display (&date);
  return g_strdup (iso != NULL ? iso : "");
}

/* A number as typed: "42", "12.5", "12,5". */
static gboolean
parse_value (const char  *text,
             const char  *row_label,
             double      *value,
             GError     **error)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));
  char *end = NULL;
  double v;

  if (copy[0] == '\0')
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   /* Translators: "New point: type a value" */
                   _("%s: type a value"), row_label);
      return FALSE;
    }

  g_strdelimit (copy, ",", '.');
  errno = 0;
  v = g_ascii_strtod (copy, &end);
  if (errno != 0 || end == copy || *end != '\0' || !isfinite (v))
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   /* Translators: "New point: “abc” is not a number" */
                   _("%s: “%s” is not a number"), row_label, text);
      return FALSE;
    }
  *value = v;
  return TRUE;
}

static gboolean
parse_date (const char  *text,
            const char  *field_label,
            char       **iso,
            GError     **error)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));
  GDate today, date;

  caseload_date_set_today (&today);
  if (copy[0] == '\0')
    {
      *iso = caseload_date_to_iso (&today);
      return TRUE;
    }
  if (!caseload_date_parse_user (copy, &today, field_label, &date, error))
    return FALSE;
  *iso = caseload_date_to_iso (&date);
  return TRUE;
}

/* ---- loading ------------------------------------------------------------- */

static void
set_error (CaseloadGoalProgressView *self,
           const char               *message)
{
  gboolean on = message != NULL && message[0] != '\0';

  gtk_label_set_text (self->error_label, on ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), on);
  if (on)
    gtk_widget_add_css_class (GTK_WIDGET (self->value_entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->value_entry), "error");
}

static void
clear_goal (CaseloadGoalProgressView *self)
{
  gtk_label_set_text (self->title_label, _("No goal chosen"));
  gtk_label_set_text (self->unit_label, "");
  gtk_label_set_text (self->hint_label, "");
  caseload_chart_widget_take_data (self->chart, NULL);
  g_list_store_remove_all (self->points);
  gtk_stack_set_visible_child_name (self->points_stack, "empty");
  gtk_widget_set_sensitive (self->new_row, FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->phase_button), FALSE);
}

static gboolean
same_point (CaseloadDataPoint *a,
            CaseloadDataPoint *b)
{
  return caseload_data_point_get_id (a) == caseload_data_point_get_id (b)
         && caseload_data_point_get_value (a) == caseload_data_point_get_value (b)
         && g_strcmp0 (caseload_data_point_get_date (a), caseload_data_point_get_date (b)) == 0
         && g_strcmp0 (caseload_data_point_get_note (a), caseload_data_point_get_note (b)) == 0;
}

/* Replaces only what changed (usually one new point at the top), so that
 * the grid does not rebuild every row after each Enter. */
static void
update_points (CaseloadGoalProgressView *self,
               GPtrArray                *points)
{
  GListModel *model = G_LIST_MODEL (self->points);
  guint old_n = g_list_model_get_n_items (model);
  guint new_n = points->len;
  guint prefix = 0, suffix = 0;

  while (prefix < old_n && prefix < new_n)
    {
      g_autoptr(CaseloadDataPoint) old = g_list_model_get_item (model, prefix);

      if (!same_point (old, g_ptr_array_index (points, prefix)))
        break;
      prefix++;
    }
  while (suffix < old_n - prefix && suffix < new_n - prefix)
    {
      g_autoptr(CaseloadDataPoint) old = g_list_model_get_item (model, old_n - 1 - suffix);

      if (!same_point (old, g_ptr_array_index (points, new_n - 1 - suffix)))
        break;
      suffix++;
    }

  if (prefix == old_n && prefix == new_n)
    return;
  g_list_store_splice (self->points, prefix, old_n - prefix - suffix,
                       points->pdata + prefix, new_n - prefix - suffix);
}

void
caseload_goal_progress_view_reload (CaseloadGoalProgressView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GPtrArray) newest_first = NULL;
  CaseloadProgressData *data;
  const CaseloadProgressAnalysis *analysis;
  const char *hint;
  guint n;

  g_return_if_fail (CASELOAD_IS_GOAL_PROGRESS_VIEW (self));

  g_clear_handle_id (&self->reload_source, g_source_remove);

  if (self->store == NULL || self->goal_id == 0)
    {
      clear_goal (self);
      return;
    }

  data = caseload_store_load_progress_data (self->store, self->goal_id, &error);
  if (data == NULL)
    {
      clear_goal (self);
      toast (self, error->message);
      return;
    }
  list = caseload_store_list_data_points (self->store, self->goal_id, &error);
  if (list == NULL)
    {
      caseload_progress_data_free (data);
      clear_goal (self);
      toast (self, error->message);
      return;
    }

  analysis = caseload_progress_data_get_analysis (data);
  hint = caseload_progress_decision_hint (&analysis->decision,
                                          caseload_progress_data_get_lower_is_better (data));
  gtk_label_set_text (self->hint_label, hint);
  /* A word and a colour together: amber for a change, green on track. */
  gtk_widget_remove_css_class (GTK_WIDGET (self->hint_label), "warning");
  gtk_widget_remove_css_class (GTK_WIDGET (self->hint_label), "success");
  switch (analysis->decision.decision)
    {
    case CASELOAD_DECISION_CHANGE:
    case CASELOAD_DECISION_RAISE_GOAL:
      gtk_widget_add_css_class (GTK_WIDGET (self->hint_label), "warning");
      break;
    case CASELOAD_DECISION_ON_TRACK:
      gtk_widget_add_css_class (GTK_WIDGET (self->hint_label), "success");
      break;
    case CASELOAD_DECISION_COLLECT_MORE_DATA:
    case CASELOAD_DECISION_NO_AIM_LINE:
    default:
      break;
    }
  caseload_chart_widget_take_data (self->chart, data);

  n = g_list_model_get_n_items (list);
  newest_first = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = n; i > 0; i--)
    g_ptr_array_add (newest_first, g_list_model_get_item (list, i - 1));
  update_points (self, newest_first);
  gtk_stack_set_visible_child_name (self->points_stack, n > 0 ? "list" : "empty");
  gtk_widget_set_sensitive (self->new_row, TRUE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->phase_button), TRUE);
}

static void
load_goal (CaseloadGoalProgressView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadGoal) goal = NULL;
  g_autofree char *title = NULL;
  g_autofree char *unit_text = NULL;
  const char *unit;
  gboolean lower;

  g_clear_pointer (&self->unit, g_free);
  set_error (self, NULL);

  if (self->store == NULL || self->goal_id == 0)
    {
      clear_goal (self);
      return;
    }

  goal = caseload_store_get_goal (self->store, self->goal_id, &error);
  if (goal == NULL)
    {
      clear_goal (self);
      toast (self, error->message);
      return;
    }

  /* Translators: a goal's title: "Reading fluency: will read grade-level
   * passages aloud" */
  title = g_strdup_printf (_("%s: %s"),
                           caseload_goal_area_to_label (caseload_goal_get_area (goal)),
                           caseload_goal_get_behavior (goal) != NULL ? caseload_goal_get_behavior (goal) : "");
  gtk_label_set_text (self->title_label, title);

  unit = caseload_goal_get_unit (goal);
  self->unit = g_strdup (unit != NULL ? unit : "");
  lower = g_strcmp0 (caseload_goal_get_direction (goal), "lower") == 0;
  unit_text = g_strdup_printf (lower ? _("Measured in %s; lower is better")
                                     : _("Measured in %s; higher is better"),
                               self->unit[0] != '\0' ? self->unit : _("points"));
  gtk_label_set_text (self->unit_label, unit_text);

  gtk_editable_set_text (GTK_EDITABLE (self->value_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->note_entry), "");
  caseload_goal_progress_view_reload (self);
}

static gboolean
reload_timeout_cb (gpointer user_data)
{
  CaseloadGoalProgressView *self = user_data;

  self->reload_source = 0;
  caseload_goal_progress_view_reload (self);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed_cb (CaseloadGoalProgressView *self,
                     const char               *table)
{
  if (self->writing || self->goal_id == 0)
    return;
  if (self->reload_source == 0)
    self->reload_source = g_timeout_add (RELOAD_DELAY_MS, reload_timeout_cb, self);
}

/* ---- the new point ------------------------------------------------------- */

static gboolean
save_new_point (CaseloadGoalProgressView *self,
                GError                  **error)
{
  g_autoptr(CaseloadDataPoint) point = NULL;
  g_autofree char *iso = NULL;
  const char *row_label = _("New point");
  double value;
  gboolean ok;

  if (self->store == NULL || self->goal_id == 0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID, _("Choose a goal first"));
      return FALSE;
    }

  if (!parse_date (gtk_editable_get_text (GTK_EDITABLE (self->date_entry)),
                   _("Date"), &iso, error))
    {
      g_prefix_error (error, "%s: ", row_label);
      return FALSE;
    }
  if (!parse_value (gtk_editable_get_text (GTK_EDITABLE (self->value_entry)),
                    row_label, &value, error))
    return FALSE;
  if (!caseload_store_check_progress_value (self->unit, value, row_label, error))
    return FALSE;

  point = caseload_data_point_new ();
  caseload_data_point_set_goal_id (point, self->goal_id);
  caseload_data_point_set_date (point, iso);
  caseload_data_point_set_value (point, value);
  caseload_data_point_set_note (point, gtk_editable_get_text (GTK_EDITABLE (self->note_entry)));

  self->writing = TRUE;
  ok = caseload_store_save_data_point (self->store, point, error);
  self->writing = FALSE;
  if (!ok)
    g_prefix_error (error, "%s: ", row_label);
  return ok;
}

static void
on_new_point_activate_cb (CaseloadGoalProgressView *self,
                          GtkWidget                *source)
{
  g_autoptr(GError) error = NULL;

  /* Enter after typing a date goes on to the value. */
  if (source == GTK_WIDGET (self->date_entry)
      && gtk_editable_get_text (GTK_EDITABLE (self->value_entry))[0] == '\0')
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->value_entry));
      return;
    }

  if (!save_new_point (self, &error))
    {
      set_error (self, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->value_entry));
      return;
    }

  if (gtk_widget_get_visible (GTK_WIDGET (self->error_label)))
    set_error (self, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->value_entry), "");
  if (gtk_editable_get_text (GTK_EDITABLE (self->note_entry))[0] != '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->note_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->value_entry));

  /* The chart, hint and grid follow before the next frame is drawn; a
   * burst of Enters (pasting a column of values) refreshes them once. */
  if (self->reload_source == 0)
    self->reload_source = g_idle_add_full (G_PRIORITY_DEFAULT, reload_timeout_cb, self, NULL);
}

static void
on_new_point_changed_cb (CaseloadGoalProgressView *self)
{
  /* The message stays until the value is corrected or saved; typing
   * clears the red outline only. */
  gtk_widget_remove_css_class (GTK_WIDGET (self->value_entry), "error");
}

/* ---- dialogs ------------------------------------------------------------- */

static GtkWidget *
add_entry_row (GtkWidget  *list,
               const char *title,
               const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return row;
}

static GtkWidget *
new_boxed_list (void)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  return list;
}

static GtkWindow *
parent_window (CaseloadGoalProgressView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

typedef struct
{
  CaseloadGoalProgressView *self;
  CaseloadDataPoint        *point;   /* edit only */
  GtkWidget                *date_row;
  GtkWidget                *value_row;
  GtkWidget                *note_row;
} DialogData;

static void
dialog_data_free (gpointer p)
{
  DialogData *d = p;

  g_clear_object (&d->self);
  g_clear_object (&d->point);
  g_free (d);
}

static void
on_edit_changed_cb (GtkEditable *editable,
                    GtkWidget   *dialog)
{
  DialogData *d = g_object_get_data (G_OBJECT (dialog), "dialog-data");
  g_autofree char *iso = NULL;
  gboolean date_ok, value_ok = TRUE;
  double value;

  date_ok = parse_date (gtk_editable_get_text (GTK_EDITABLE (d->date_row)), _("Date"), &iso, NULL);
  if (d->value_row != NULL)
    value_ok = parse_value (gtk_editable_get_text (GTK_EDITABLE (d->value_row)), "", &value, NULL);
  else
    {
      g_autofree char *label = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (d->note_row))));

      value_ok = label[0] != '\0';
    }

  if (date_ok)
    gtk_widget_remove_css_class (d->date_row, "error");
  else
    gtk_widget_add_css_class (d->date_row, "error");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save", date_ok && value_ok);
}

static void
on_edit_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     gpointer          user_data)
{
  DialogData *d = g_object_get_data (G_OBJECT (dialog), "dialog-data");
  CaseloadGoalProgressView *self = d->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadDataPoint) point = NULL;
  g_autofree char *iso = NULL;
  g_autofree char *row_label = NULL;
  double value;
  gboolean ok;

  if (!g_str_equal (response, "save") || self->store == NULL)
    return;

  row_label = display_date (caseload_data_point_get_date (d->point));
  if (!parse_date (gtk_editable_get_text (GTK_EDITABLE (d->date_row)), _("Date"), &iso, &error)
      || !parse_value (gtk_editable_get_text (GTK_EDITABLE (d->value_row)), row_label, &value, &error)
      || !caseload_store_check_progress_value (self->unit, value, row_label, &error))
    {
      toast (self, error->message);
      return;
    }

  point = caseload_data_point_new ();
  caseload_data_point_set_id (point, caseload_data_point_get_id (d->point));
  caseload_data_point_set_goal_id (point, self->goal_id);
  caseload_data_point_set_date (point, iso);
  caseload_data_point_set_value (point, value);
  caseload_data_point_set_note (point, gtk_editable_get_text (GTK_EDITABLE (d->note_row)));
  caseload_data_point_set_recorded_by (point, caseload_data_point_get_recorded_by (d->point));
  caseload_data_point_set_recorded_at (point, caseload_data_point_get_recorded_at (d->point));

  self->writing = TRUE;
  ok = caseload_store_save_data_point (self->store, point, &error);
  self->writing = FALSE;
  if (!ok)
    {
      toast (self, error->message);
      return;
    }
  caseload_goal_progress_view_reload (self);
  toast (self, _("Point saved"));
}

static void
edit_point (CaseloadGoalProgressView *self,
            CaseloadDataPoint        *point)
{
  GtkWidget *dialog, *list;
  g_autofree char *value_text = format_value (caseload_data_point_get_value (point));
  DialogData *d = g_new0 (DialogData, 1);

  dialog = adw_message_dialog_new (parent_window (self), _("Edit Data Point"), NULL);
  list = new_boxed_list ();
  d->self = g_object_ref (self);
  d->point = g_object_ref (point);
  d->date_row = add_entry_row (list, _("Date"), caseload_data_point_get_date (point));
  d->value_row = add_entry_row (list, _("Value"), value_text);
  d->note_row = add_entry_row (list, _("Note"), caseload_data_point_get_note (point));
  g_object_set_data_full (G_OBJECT (dialog), "dialog-data", d, dialog_data_free);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "save", _("_Save Point"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (d->date_row, "changed", G_CALLBACK (on_edit_changed_cb), dialog);
  g_signal_connect (d->value_row, "changed", G_CALLBACK (on_edit_changed_cb), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (on_edit_response_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_undo_clicked_cb (AdwToast                 *t,
                    CaseloadGoalProgressView *self)
{
  CaseloadDataPoint *deleted = g_object_get_data (G_OBJECT (t), "deleted-point");
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (deleted == NULL || self->store == NULL)
    return;

  self->writing = TRUE;
  ok = caseload_store_restore_data_point (self->store, deleted, &error);
  self->writing = FALSE;
  if (!ok)
    toast (self, error->message);
  caseload_goal_progress_view_reload (self);
}

static void
delete_point (CaseloadGoalProgressView *self,
              CaseloadDataPoint        *point)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadDataPoint) deleted = NULL;
  g_autofree char *date = NULL;
  g_autofree char *title = NULL;
  AdwToast *t;

  if (self->store == NULL)
    return;

  self->writing = TRUE;
  deleted = caseload_store_delete_data_point (self->store, caseload_data_point_get_id (point), &error);
  self->writing = FALSE;
  if (deleted == NULL)
    {
      toast (self, error->message);
      return;
    }
  caseload_goal_progress_view_reload (self);

  date = display_date (caseload_data_point_get_date (deleted));
  /* Translators: a toast after deleting a data point */
  title = g_strdup_printf (_("Point of %s deleted"), date);
  t = adw_toast_new (title);
  adw_toast_set_button_label (t, _("_Undo"));
  g_object_set_data_full (G_OBJECT (t), "deleted-point", g_steal_pointer (&deleted), g_object_unref);
  g_signal_connect_object (t, "button-clicked", G_CALLBACK (on_undo_clicked_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, t);
}

static void
on_phase_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      gpointer          user_data)
{
  DialogData *d = g_object_get_data (G_OBJECT (dialog), "dialog-data");
  CaseloadGoalProgressView *self = d->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadProgressPhase) phase = NULL;
  g_autofree char *iso = NULL;
  g_autofree char *label = NULL;
  gboolean ok;

  if (!g_str_equal (response, "save") || self->store == NULL || self->goal_id == 0)
    return;

  if (!parse_date (gtk_editable_get_text (GTK_EDITABLE (d->date_row)), _("Start date"), &iso, &error))
    {
      toast (self, error->message);
      return;
    }
  label = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (d->note_row))));

  phase = caseload_progress_phase_new ();
  caseload_progress_phase_set_goal_id (phase, self->goal_id);
  caseload_progress_phase_set_start_date (phase, iso);
  caseload_progress_phase_set_label (phase, label);

  self->writing = TRUE;
  ok = caseload_store_save_phase (self->store, phase, &error);
  self->writing = FALSE;
  if (!ok)
    {
      toast (self, error->message);
      return;
    }
  caseload_goal_progress_view_reload (self);
  toast (self, _("New phase started"));
}

static void
on_phase_button_clicked_cb (CaseloadGoalProgressView *self)
{
  GtkWidget *dialog, *list;
  g_autofree char *today_iso = NULL;
  DialogData *d = g_new0 (DialogData, 1);
  GDate today;

  caseload_date_set_today (&today);
  today_iso = caseload_date_to_iso (&today);

  dialog = adw_message_dialog_new (parent_window (self), _("Start New Phase"),
                                   _("A phase is a change of instruction. Points after its start date get their own trend line."));
  list = new_boxed_list ();
  d->self = g_object_ref (self);
  d->date_row = add_entry_row (list, _("Start date"), today_iso);
  d->note_row = add_entry_row (list, _("What changed"), "");
  g_object_set_data_full (G_OBJECT (dialog), "dialog-data", d, dialog_data_free);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "save", _("_Start Phase"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save", FALSE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (d->date_row, "changed", G_CALLBACK (on_edit_changed_cb), dialog);
  g_signal_connect (d->note_row, "changed", G_CALLBACK (on_edit_changed_cb), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (on_phase_response_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (d->note_row);
}

/* ---- cells --------------------------------------------------------------- */

static void
on_label_setup_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
on_date_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  CaseloadDataPoint *point = gtk_list_item_get_item (item);
  g_autofree char *text = display_date (caseload_data_point_get_date (point));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static void
on_value_bind_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  CaseloadDataPoint *point = gtk_list_item_get_item (item);
  g_autofree char *text = format_value (caseload_data_point_get_value (point));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static void
on_note_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  CaseloadDataPoint *point = gtk_list_item_get_item (item);
  const char *note = caseload_data_point_get_note (point);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), note != NULL ? note : "");
}

static void
on_recorder_bind_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     gpointer                  user_data)
{
  CaseloadDataPoint *point = gtk_list_item_get_item (item);
  const char *name = caseload_data_point_get_recorded_by_name (point);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), name != NULL ? name : "");
}

static void
on_edit_clicked_cb (GtkButton                *button,
                    CaseloadGoalProgressView *self)
{
  GtkListItem *item = g_object_get_data (G_OBJECT (button), "list-item");
  CaseloadDataPoint *point = item != NULL ? gtk_list_item_get_item (item) : NULL;

  if (point != NULL)
    edit_point (self, point);
}

static void
on_delete_clicked_cb (GtkButton                *button,
                      CaseloadGoalProgressView *self)
{
  GtkListItem *item = g_object_get_data (G_OBJECT (button), "list-item");
  CaseloadDataPoint *point = item != NULL ? gtk_list_item_get_item (item) : NULL;

  if (point != NULL)
    delete_point (self, point);
}

static void
on_actions_setup_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     CaseloadGoalProgressView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *edit = gtk_button_new_from_icon_name ("document-edit-symbolic");
  GtkWidget *del = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_add_css_class (edit, "flat");
  gtk_widget_add_css_class (del, "flat");
  gtk_widget_set_tooltip_text (edit, _("Edit"));
  gtk_widget_set_tooltip_text (del, _("Delete"));
  g_object_set_data (G_OBJECT (edit), "list-item", item);
  g_object_set_data (G_OBJECT (del), "list-item", item);
  g_signal_connect_object (edit, "clicked", G_CALLBACK (on_edit_clicked_cb), self, 0);
  g_signal_connect_object (del, "clicked", G_CALLBACK (on_delete_clicked_cb), self, 0);
  gtk_box_append (GTK_BOX (box), edit);
  gtk_box_append (GTK_BOX (box), del);
  gtk_list_item_set_child (item, box);
  gtk_list_item_set_activatable (item, FALSE);
}

static void
on_actions_bind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    gpointer                  user_data)
{
  CaseloadDataPoint *point = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *edit = gtk_widget_get_first_child (box);
  GtkWidget *del = gtk_widget_get_next_sibling (edit);
  g_autofree char *date = display_date (caseload_data_point_get_date (point));
  g_autofree char *edit_label = g_strdup_printf (_("Edit the point of %s"), date);
  g_autofree char *delete_label = g_strdup_printf (_("Delete the point of %s"), date);

  gtk_accessible_update_property (GTK_ACCESSIBLE (edit), GTK_ACCESSIBLE_PROPERTY_LABEL, edit_label, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (del), GTK_ACCESSIBLE_PROPERTY_LABEL, delete_label, -1);
}

/* ---- public -------------------------------------------------------------- */

GtkWidget *
caseload_goal_progress_view_new (void)
{
  return g_object_new (CASELOAD_TYPE_GOAL_PROGRESS_VIEW, NULL);
}

CaseloadStore *
caseload_goal_progress_view_get_store (CaseloadGoalProgressView *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL_PROGRESS_VIEW (self), NULL);

  return self->store;
}

void
caseload_goal_progress_view_set_store (CaseloadGoalProgressView *self,
                                       CaseloadStore            *store)
{
  g_return_if_fail (CASELOAD_IS_GOAL_PROGRESS_VIEW (self));
  g_return_if_fail (store == NULL || CASELOAD_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed_cb, self);
  g_set_object (&self->store, store);
  if (self->store != NULL)
    g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed_cb),
                             self, G_CONNECT_SWAPPED);

  load_goal (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

gint64
caseload_goal_progress_view_get_goal_id (CaseloadGoalProgressView *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL_PROGRESS_VIEW (self), 0);

  return self->goal_id;
}

void
caseload_goal_progress_view_set_goal_id (CaseloadGoalProgressView *self,
                                         gint64                    goal_id)
{
  g_return_if_fail (CASELOAD_IS_GOAL_PROGRESS_VIEW (self));

  if (self->goal_id == goal_id)
    return;

  self->goal_id = goal_id;
  load_goal (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GOAL_ID]);
}

CaseloadChartWidget *
caseload_goal_progress_view_get_chart (CaseloadGoalProgressView *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL_PROGRESS_VIEW (self), NULL);

  return self->chart;
}

void
caseload_goal_progress_view_focus_new_point (CaseloadGoalProgressView *self)
{
  g_return_if_fail (CASELOAD_IS_GOAL_PROGRESS_VIEW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->value_entry));
}

const char *
caseload_goal_progress_view_get_error (CaseloadGoalProgressView *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL_PROGRESS_VIEW (self), NULL);

  return gtk_label_get_text (self->error_label);
}

/* ---- GObject ------------------------------------------------------------- */

static void
caseload_goal_progress_view_dispose (GObject *object)
{
  CaseloadGoalProgressView *self = CASELOAD_GOAL_PROGRESS_VIEW (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed_cb, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_GOAL_PROGRESS_VIEW);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (caseload_goal_progress_view_parent_class)->dispose (object);
}

static void
caseload_goal_progress_view_finalize (GObject *object)
{
  CaseloadGoalProgressView *self = CASELOAD_GOAL_PROGRESS_VIEW (object);

  g_clear_pointer (&self->unit, g_free);

  G_OBJECT_CLASS (caseload_goal_progress_view_parent_class)->finalize (object);
}

static void
caseload_goal_progress_view_get_property (GObject    *object,
                                          guint       prop_id,
                                          GValue     *value,
                                          GParamSpec *pspec)
{
  CaseloadGoalProgressView *self = CASELOAD_GOAL_PROGRESS_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_GOAL_ID:
      g_value_set_int64 (value, self->goal_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_goal_progress_view_set_property (GObject      *object,
                                          guint         prop_id,
                                          const GValue *value,
                                          GParamSpec   *pspec)
{
  CaseloadGoalProgressView *self = CASELOAD_GOAL_PROGRESS_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      caseload_goal_progress_view_set_store (self, g_value_get_object (value));
      break;
    case PROP_GOAL_ID:
      caseload_goal_progress_view_set_goal_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_goal_progress_view_class_init (CaseloadGoalProgressViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_goal_progress_view_dispose;
  object_class->finalize = caseload_goal_progress_view_finalize;
  object_class->get_property = caseload_goal_progress_view_get_property;
  object_class->set_property = caseload_goal_progress_view_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, CASELOAD_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_GOAL_ID] =
    g_param_spec_int64 ("goal-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CASELOAD_TYPE_CHART_WIDGET);
  g_type_ensure (CASELOAD_TYPE_DATA_POINT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/caseload/Caseload/caseload-goal-progress-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadGoalProgressView, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGoalProgressView, title_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGoalProgressView, unit_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGoalProgressView, chart);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGoalProgressView, hint_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGoalProgressView, phase_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGoalProgressView, new_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGoalProgressView, date_entry);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGoalProgressView, value_entry);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGoalProgressView, note_entry);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGoalProgressView, add_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGoalProgressView, error_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGoalProgressView, points_stack);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGoalProgressView, points);
  gtk_widget_class_bind_template_callback (widget_class, on_new_point_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_new_point_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_phase_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_label_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_date_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_value_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_note_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_recorder_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_actions_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_actions_bind_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
caseload_goal_progress_view_init (CaseloadGoalProgressView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  clear_goal (self);
}
