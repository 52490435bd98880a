/* caseload-goal-dialog.c: add or edit a measurable annual goal and its
 * ordered short-term objectives. */
#define G_LOG_DOMAIN "caseload-goal-dialog"

#include "config.h"

#include "caseload-goal-dialog.h"

#include "caseload-entry-row.h"
#include "caseload-date.h"
#include "caseload-store-iep.h"

#include <glib/gi18n.h>
#include <stdlib.h>

/* Parallel to the "directions" list in the template. */
static const char * const direction_codes[] = { "higher", "lower" };

struct _CaseloadGoalDialog
{
  AdwWindow      parent_instance;

  CaseloadStore *store;
  CaseloadGoal  *goal;            /* the copy being edited */
  GPtrArray     *objective_rows;  /* GtkListBoxRow, in order */
  GArray        *removed_objectives;   /* gint64 ids to delete on save */

  /* template children */
  GtkButton     *save_button;
  GtkButton     *bank_button;
  GtkLabel      *error_label;
  AdwComboRow   *area_row;
  AdwEntryRow   *condition_row;
  AdwEntryRow   *behavior_row;
  AdwEntryRow   *criterion_row;
  AdwEntryRow   *baseline_value_row;
  AdwEntryRow   *baseline_date_row;
  AdwEntryRow   *target_value_row;
  AdwEntryRow   *target_date_row;
  AdwEntryRow   *unit_row;
  AdwComboRow   *direction_row;
  AdwEntryRow   *method_row;
  AdwEntryRow   *responsible_row;
  GtkListBox    *objectives_list;
};

G_DEFINE_FINAL_TYPE (CaseloadGoalDialog, caseload_goal_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
clear_errors (CaseloadGoalDialog *self)
{
  GtkWidget *rows[] = {
    GTK_WIDGET (self->area_row), GTK_WIDGET (self->condition_row),
    GTK_WIDGET (self->behavior_row), GTK_WIDGET (self->criterion_row),
    GTK_WIDGET (self->baseline_value_row), GTK_WIDGET (self->baseline_date_row),
    GTK_WIDGET (self->target_value_row), GTK_WIDGET (self->target_date_row),
    GTK_WIDGET (self->unit_row), GTK_WIDGET (self->direction_row),
    GTK_WIDGET (self->method_row), GTK_WIDGET (self->responsible_row),
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    gtk_widget_remove_css_class (rows[i], "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
}

static GtkWidget *
row_for_field (CaseloadGoalDialog *self,
               const char         *field)
{
  static const struct { const char *field; gsize offset; } map[] = {
    { "area", G_STRUCT_OFFSET (CaseloadGoalDialog, area_row) },
    { "condition", G_STRUCT_OFFSET (CaseloadGoalDialog, condition_row) },
    { "behavior", G_STRUCT_OFFSET (CaseloadGoalDialog, behavior_row) },
    { "criterion", G_STRUCT_OFFSET (CaseloadGoalDialog, criterion_row) },
    { "baseline-value", G_STRUCT_OFFSET (CaseloadGoalDialog, baseline_value_row) },
    { "baseline-date", G_STRUCT_OFFSET (CaseloadGoalDialog, baseline_date_row) },
    { "target-value", G_STRUCT_OFFSET (CaseloadGoalDialog, target_value_row) },
    { "target-date", G_STRUCT_OFFSET (CaseloadGoalDialog, target_date_row) },
    { "unit", G_STRUCT_OFFSET (CaseloadGoalDialog, unit_row) },
    { "direction", G_STRUCT_OFFSET (CaseloadGoalDialog, direction_row) },
    { "method", G_STRUCT_OFFSET (CaseloadGoalDialog, method_row) },
    { "responsible", G_STRUCT_OFFSET (CaseloadGoalDialog, responsible_row) },
  };

  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    if (g_strcmp0 (map[i].field, field) == 0)
      return G_STRUCT_MEMBER (GtkWidget *, self, map[i].offset);

  return NULL;
}

static void
show_error (CaseloadGoalDialog *self,
            GtkWidget          *row,
            const char         *message)
{
  if (row != NULL)
    {
      gtk_widget_add_css_class (row, "error");
      gtk_widget_grab_focus (row);
    }
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static void
on_field_changed_cb (CaseloadGoalDialog *self,
                     GtkWidget          *row)
{
  gtk_widget_remove_css_class (row, "error");
}

/* ---- numbers and dates ------------------------------------------------- */

static gboolean
parse_number (const char *text,
              double     *value)
{
  char *end = NULL;
  g_autofree char *copy = g_strdup (text);

  /* Accept the locale's decimal comma as well as a point. */
  g_strdelimit (copy, ",", '.');
  *value = g_ascii_strtod (copy, &end);
  return end != copy && end != NULL && *end == '\0';
}

static char *
format_number (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buf, sizeof buf, "%.10g", value));
}

/* Reads an optional number; FALSE (and marks the row) when it is not one. */
static gboolean
read_number (CaseloadGoalDialog *self,
             AdwEntryRow        *row,
             const char         *label,
             gboolean           *has,
             double             *value)
{
  g_autofree char *text = caseload_entry_row_dup_text (row);

  *has = FALSE;
  if (text[0] == '\0')
    return TRUE;
  if (!parse_number (text, value))
    {
      g_autofree char *message = g_strdup_printf (_("%s must be a number."), label);
      show_error (self, GTK_WIDGET (row), message);
      return FALSE;
    }
  *has = TRUE;
  return TRUE;
}

static gboolean
read_date (CaseloadGoalDialog *self,
           AdwEntryRow        *row,
           const char         *label,
           char              **iso)
{
  g_autofree char *text = caseload_entry_row_dup_text (row);
  g_autoptr(GError) error = NULL;
  GDate date;

  g_date_clear (&date, 1);
  if (text[0] == '\0')
    {
      *iso = g_strdup ("");
      return TRUE;
    }
  if (!caseload_date_parse_user (text, NULL, label, &date, &error))
    {
      show_error (self, GTK_WIDGET (row), error->message);
      return FALSE;
    }
  *iso = caseload_date_to_iso (&date);
  return TRUE;
}

/* ---- objectives -------------------------------------------------------- */

static void
renumber_objectives (CaseloadGoalDialog *self)
{
  for (guint i = 0; i < self->objective_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->objective_rows, i);
      GtkWidget *entry = g_object_get_data (G_OBJECT (row), "description");
      GtkWidget *date = g_object_get_data (G_OBJECT (row), "date");
      GtkWidget *up = g_object_get_data (G_OBJECT (row), "up");
      GtkWidget *down = g_object_get_data (G_OBJECT (row), "down");
      GtkWidget *remove = g_object_get_data (G_OBJECT (row), "remove");
      g_autofree char *name = g_strdup_printf (_("Objective %u"), i + 1);
      g_autofree char *date_name = g_strdup_printf (_("Objective %u target date"), i + 1);
      g_autofree char *up_name = g_strdup_printf (_("Move objective %u up"), i + 1);
      g_autofree char *down_name = g_strdup_printf (_("Move objective %u down"), i + 1);
      g_autofree char *remove_name = g_strdup_printf (_("Remove objective %u"), i + 1);

      gtk_entry_set_placeholder_text (GTK_ENTRY (entry), name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (date), GTK_ACCESSIBLE_PROPERTY_LABEL, date_name, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (up), GTK_ACCESSIBLE_PROPERTY_LABEL, up_name, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (down), GTK_ACCESSIBLE_PROPERTY_LABEL, down_name, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_name, -1);
      gtk_widget_set_tooltip_text (up, up_name);
      gtk_widget_set_tooltip_text (down, down_name);
      gtk_widget_set_tooltip_text (remove, remove_name);
      gtk_widget_set_sensitive (up, i > 0);
      gtk_widget_set_sensitive (down, i + 1 < self->objective_rows->len);
    }
}

static void
rebuild_objective_list (CaseloadGoalDialog *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->objectives_list))) != NULL)
    gtk_list_box_remove (self->objectives_list, child);
  for (guint i = 0; i < self->objective_rows->len; i++)
    gtk_list_box_append (self->objectives_list, g_ptr_array_index (self->objective_rows, i));
  renumber_objectives (self);
}

static void
move_objective (CaseloadGoalDialog *self,
                GtkWidget          *row,
                int                 delta)
{
  guint index;

  if (!g_ptr_array_find (self->objective_rows, row, &index))
    return;
  if ((int) index + delta < 0 || index + delta >= self->objective_rows->len)
    return;

  g_ptr_array_index (self->objective_rows, index) = g_ptr_array_index (self->objective_rows, index + delta);
  g_ptr_array_index (self->objective_rows, index + delta) = row;
  rebuild_objective_list (self);
  gtk_widget_grab_focus (g_object_get_data (G_OBJECT (row), delta < 0 ? "up" : "down"));
}

static void
on_objective_up_clicked_cb (GtkButton *button,
                            gpointer   user_data)
{
  move_objective (CASELOAD_GOAL_DIALOG (user_data),
                  gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW), -1);
}

static void
on_objective_down_clicked_cb (GtkButton *button,
                              gpointer   user_data)
{
  move_objective (CASELOAD_GOAL_DIALOG (user_data),
                  gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW), 1);
}

static void
on_objective_remove_clicked_cb (GtkButton *button,
                                gpointer   user_data)
{
  CaseloadGoalDialog *self = CASELOAD_GOAL_DIALOG (user_data);
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);
  gint64 *id = g_object_get_data (G_OBJECT (row), "objective-id64");

  if (*id > 0)
    g_array_append_val (self->removed_objectives, *id);
  g_ptr_array_remove (self->objective_rows, row);
  rebuild_objective_list (self);
}

static GtkWidget *
icon_button (const char *icon,
             GCallback   callback,
             gpointer    data)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_signal_connect (button, "clicked", callback, data);
  return button;
}

/* One objective: its text, target date and up/down/remove buttons. */
static GtkWidget *
add_objective_row (CaseloadGoalDialog *self,
                   CaseloadObjective  *objective)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *date = gtk_entry_new ();
  GtkWidget *up = icon_button ("go-up-symbolic", G_CALLBACK (on_objective_up_clicked_cb), self);
  GtkWidget *down = icon_button ("go-down-symbolic", G_CALLBACK (on_objective_down_clicked_cb), self);
  GtkWidget *remove = icon_button ("user-trash-symbolic", G_CALLBACK (on_objective_remove_clicked_cb), self);
  gint64 *id = g_new (gint64, 1);

  *id = objective != NULL ? caseload_objective_get_id (objective) : 0;
  g_object_set_data_full (G_OBJECT (row), "objective-id64", id, g_free);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (date), _("Target date"));
  gtk_editable_set_width_chars (GTK_EDITABLE (date), 11);
  if (objective != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (entry), caseload_objective_get_description (objective));
      gtk_editable_set_text (GTK_EDITABLE (date), caseload_objective_get_target_date (objective));
    }

  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), date);
  gtk_box_append (GTK_BOX (box), up);
  gtk_box_append (GTK_BOX (box), down);
  gtk_box_append (GTK_BOX (box), remove);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  g_object_set_data (G_OBJECT (row), "description", entry);
  g_object_set_data (G_OBJECT (row), "date", date);
  g_object_set_data (G_OBJECT (row), "up", up);
  g_object_set_data (G_OBJECT (row), "down", down);
  g_object_set_data (G_OBJECT (row), "remove", remove);

  g_ptr_array_add (self->objective_rows, g_object_ref_sink (row));
  rebuild_objective_list (self);

  return entry;
}

static void
add_objective_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  CaseloadGoalDialog *self = CASELOAD_GOAL_DIALOG (widget);

  gtk_widget_grab_focus (add_objective_row (self, NULL));
}

/* ---- form <-> goal ----------------------------------------------------- */

static guint
index_of (const char * const *codes,
          guint               n_codes,
          const char         *code)
{
  for (guint i = 0; i < n_codes; i++)
    if (g_strcmp0 (codes[i], code) == 0)
      return i;

  return GTK_INVALID_LIST_POSITION;
}

CaseloadGoal *
caseload_goal_dialog_dup_goal (CaseloadGoalDialog *self)
{
  g_autoptr(CaseloadGoal) goal = caseload_goal_new ();
  const char * const *areas = caseload_goal_areas ();
  guint area = adw_combo_row_get_selected (self->area_row);
  guint direction = adw_combo_row_get_selected (self->direction_row);
  g_autofree char *condition = caseload_entry_row_dup_text (self->condition_row);
  g_autofree char *behavior = caseload_entry_row_dup_text (self->behavior_row);
  g_autofree char *criterion = caseload_entry_row_dup_text (self->criterion_row);
  g_autofree char *unit = caseload_entry_row_dup_text (self->unit_row);
  g_autofree char *method = caseload_entry_row_dup_text (self->method_row);
  g_autofree char *responsible = caseload_entry_row_dup_text (self->responsible_row);
  g_autofree char *baseline_date = NULL;
  g_autofree char *target_date = NULL;
  gboolean has_baseline, has_target;
  double baseline = 0, target = 0;

  g_return_val_if_fail (CASELOAD_IS_GOAL_DIALOG (self), NULL);

  clear_errors (self);

  if (!read_number (self, self->baseline_value_row, _("Baseline value"), &has_baseline, &baseline)
      || !read_date (self, self->baseline_date_row, _("Baseline date"), &baseline_date)
      || !read_number (self, self->target_value_row, _("Target value"), &has_target, &target)
      || !read_date (self, self->target_date_row, _("Target date"), &target_date))
    return NULL;

  caseload_goal_set_id (goal, caseload_goal_get_id (self->goal));
  caseload_goal_set_iep_id (goal, caseload_goal_get_iep_id (self->goal));
  caseload_goal_set_position (goal, caseload_goal_get_position (self->goal));
  caseload_goal_set_carried_from_goal_id (goal, caseload_goal_get_carried_from_goal_id (self->goal));
  if (area < g_strv_length ((char **) areas))
    caseload_goal_set_area (goal, areas[area]);
  if (direction < G_N_ELEMENTS (direction_codes))
    caseload_goal_set_direction (goal, direction_codes[direction]);
  caseload_goal_set_condition (goal, condition);
  caseload_goal_set_behavior (goal, behavior);
  caseload_goal_set_criterion (goal, criterion);
  caseload_goal_set_unit (goal, unit);
  caseload_goal_set_method (goal, method);
  caseload_goal_set_responsible (goal, responsible);
  caseload_goal_set_baseline_date (goal, baseline_date);
  caseload_goal_set_target_date (goal, target_date);
  if (has_baseline)
    caseload_goal_set_baseline_value (goal, baseline);
  else
    caseload_goal_unset_baseline_value (goal);
  if (has_target)
    caseload_goal_set_target_value (goal, target);
  else
    caseload_goal_unset_target_value (goal);

  for (guint i = 0; i < self->objective_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->objective_rows, i);
      GtkWidget *entry = g_object_get_data (G_OBJECT (row), "description");
      GtkWidget *date_entry = g_object_get_data (G_OBJECT (row), "date");
      gint64 *id = g_object_get_data (G_OBJECT (row), "objective-id64");
      g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
      g_autofree char *date_text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (date_entry))));
      g_autoptr(CaseloadObjective) objective = NULL;
      g_autofree char *date_iso = g_strdup ("");

      gtk_widget_remove_css_class (entry, "error");
      gtk_widget_remove_css_class (date_entry, "error");
      if (text[0] == '\0')
        {
          g_autofree char *message = g_strdup_printf (_("Objective %u needs a description (or remove it)."), i + 1);
          gtk_widget_add_css_class (entry, "error");
          show_error (self, entry, message);
          return NULL;
        }
      if (date_text[0] != '\0')
        {
          g_autoptr(GError) error = NULL;
          g_autofree char *label = g_strdup_printf (_("Objective %u target date"), i + 1);
          GDate date;

          g_date_clear (&date, 1);
          if (!caseload_date_parse_user (date_text, NULL, label, &date, &error))
            {
              gtk_widget_add_css_class (date_entry, "error");
              show_error (self, date_entry, error->message);
              return NULL;
            }
          g_free (date_iso);
          date_iso = caseload_date_to_iso (&date);
        }

      objective = caseload_objective_new ();
      caseload_objective_set_id (objective, *id);
      caseload_objective_set_goal_id (objective, caseload_goal_get_id (goal));
      caseload_objective_set_position (objective, i);
      caseload_objective_set_description (objective, text);
      caseload_objective_set_target_date (objective, date_iso);
      g_ptr_array_add (caseload_goal_get_objectives (goal), g_steal_pointer (&objective));
    }

  return g_steal_pointer (&goal);
}

gboolean
caseload_goal_dialog_save (CaseloadGoalDialog *self)
{
  g_autoptr(CaseloadGoal) goal = NULL;
  g_autoptr(GError) error = NULL;
  const char *field = NULL;
  GPtrArray *objectives;

  g_return_val_if_fail (CASELOAD_IS_GOAL_DIALOG (self), FALSE);

  goal = caseload_goal_dialog_dup_goal (self);
  if (goal == NULL)
    return FALSE;

  if (!caseload_store_validate_goal (goal, &field, &error))
    {
      show_error (self, row_for_field (self, field), error->message);
      return FALSE;
    }
  if (!caseload_store_save_goal (self->store, goal, &error))
    {
      show_error (self, row_for_field (self, field), error->message);
      return FALSE;
    }
  /* The goal is saved: from now on this dialog edits the stored one. */
  caseload_goal_set_id (self->goal, caseload_goal_get_id (goal));
  caseload_goal_set_position (self->goal, caseload_goal_get_position (goal));

  for (guint i = 0; i < self->removed_objectives->len; i++)
    if (!caseload_store_delete_objective (self->store,
                                          g_array_index (self->removed_objectives, gint64, i),
                                          &error))
      {
        show_error (self, NULL, error->message);
        return FALSE;
      }
  g_array_set_size (self->removed_objectives, 0);

  objectives = caseload_goal_get_objectives (goal);
  for (guint i = 0; i < objectives->len; i++)
    {
      CaseloadObjective *objective = g_ptr_array_index (objectives, i);
      GtkWidget *row = g_ptr_array_index (self->objective_rows, i);
      gint64 *id = g_object_get_data (G_OBJECT (row), "objective-id64");

      caseload_objective_set_goal_id (objective, caseload_goal_get_id (goal));
      if (!caseload_store_save_objective (self->store, objective, &error))
        {
          show_error (self, g_object_get_data (G_OBJECT (row), "description"), error->message);
          return FALSE;
        }
      *id = caseload_objective_get_id (objective);
      if (!caseload_store_move_objective (self->store, *id, i, &error))
        {
          show_error (self, NULL, error->message);
          return FALSE;
        }
    }

  g_signal_emit (self, signals[SAVED], 0, caseload_goal_get_id (goal));
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  caseload_goal_dialog_save (CASELOAD_GOAL_DIALOG (widget));
}

static void
save_to_bank_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  CaseloadGoalDialog *self = CASELOAD_GOAL_DIALOG (widget);
  g_autoptr(CaseloadGoal) goal = caseload_goal_dialog_dup_goal (self);
  g_autoptr(GError) error = NULL;
  const char *field = NULL;

  if (goal == NULL)
    return;
  if (!caseload_store_validate_goal (goal, &field, &error)
      || caseload_store_save_goal_to_bank (self->store, goal, TRUE, &error) <= 0)
    {
      show_error (self, row_for_field (self, field),
                  error != NULL ? error->message : _("The goal could not be saved to the bank."));
      return;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_label_set_text (self->error_label,
                      _("Saved to the goal bank and shared with the other case managers."));
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "success");
}

static void
load (CaseloadGoalDialog *self)
{
  CaseloadGoal *goal = self->goal;
  GPtrArray *objectives = caseload_goal_get_objectives (goal);
  const char * const *areas = caseload_goal_areas ();
  guint index;

  index = index_of (areas, g_strv_length ((char **) areas), caseload_goal_get_area (goal));
  adw_combo_row_set_selected (self->area_row, index != GTK_INVALID_LIST_POSITION ? index : 0);
  index = index_of (direction_codes, G_N_ELEMENTS (direction_codes), caseload_goal_get_direction (goal));
  adw_combo_row_set_selected (self->direction_row, index != GTK_INVALID_LIST_POSITION ? index : 0);

  gtk_editable_set_text (GTK_EDITABLE (self->condition_row), caseload_goal_get_condition (goal));
  gtk_editable_set_text (GTK_EDITABLE (self->behavior_row), caseload_goal_get_behavior (goal));
  gtk_editable_set_text (GTK_EDITABLE (self->criterion_row), caseload_goal_get_criterion (goal));
  gtk_editable_set_text (GTK_EDITABLE (self->unit_row), caseload_goal_get_unit (goal));
  gtk_editable_set_text (GTK_EDITABLE (self->method_row), caseload_goal_get_method (goal));
  gtk_editable_set_text (GTK_EDITABLE (self->responsible_row), caseload_goal_get_responsible (goal));
  gtk_editable_set_text (GTK_EDITABLE (self->baseline_date_row), caseload_goal_get_baseline_date (goal));
  gtk_editable_set_text (GTK_EDITABLE (self->target_date_row), caseload_goal_get_target_date (goal));
  if (caseload_goal_get_has_baseline_value (goal))
    {
      g_autofree char *text = format_number (caseload_goal_get_baseline_value (goal));
      gtk_editable_set_text (GTK_EDITABLE (self->baseline_value_row), text);
    }
  if (caseload_goal_get_has_target_value (goal))
    {
      g_autofree char *text = format_number (caseload_goal_get_target_value (goal));
      gtk_editable_set_text (GTK_EDITABLE (self->target_value_row), text);
    }

  for (guint i = 0; i < objectives->len; i++)
    add_objective_row (self, g_ptr_array_index (objectives, i));
}

static CaseloadGoal *
copy_goal (CaseloadGoal *goal)
{
  CaseloadGoal *copy = caseload_goal_new ();
  GPtrArray *objectives = caseload_goal_get_objectives (goal);

  caseload_goal_set_id (copy, caseload_goal_get_id (goal));
  caseload_goal_set_iep_id (copy, caseload_goal_get_iep_id (goal));
  caseload_goal_set_position (copy, caseload_goal_get_position (goal));
  caseload_goal_set_area (copy, caseload_goal_get_area (goal));
  caseload_goal_set_condition (copy, caseload_goal_get_condition (goal));
  caseload_goal_set_behavior (copy, caseload_goal_get_behavior (goal));
  caseload_goal_set_criterion (copy, caseload_goal_get_criterion (goal));
  if (caseload_goal_get_has_baseline_value (goal))
    caseload_goal_set_baseline_value (copy, caseload_goal_get_baseline_value (goal));
  caseload_goal_set_baseline_date (copy, caseload_goal_get_baseline_date (goal));
  if (caseload_goal_get_has_target_value (goal))
    caseload_goal_set_target_value (copy, caseload_goal_get_target_value (goal));
  caseload_goal_set_target_date (copy, caseload_goal_get_target_date (goal));
  caseload_goal_set_unit (copy, caseload_goal_get_unit (goal));
  caseload_goal_set_direction (copy, caseload_goal_get_direction (goal));
  caseload_goal_set_method (copy, caseload_goal_get_method (goal));
  caseload_goal_set_responsible (copy, caseload_goal_get_responsible (goal));
  caseload_goal_set_carried_from_goal_id (copy, caseload_goal_get_carried_from_goal_id (goal));
  for (guint i = 0; i < objectives->len; i++)
    g_ptr_array_add (caseload_goal_get_objectives (copy), g_object_ref (g_ptr_array_index (objectives, i)));

  return copy;
}

CaseloadGoalDialog *
caseload_goal_dialog_new (GtkWindow     *parent,
                          CaseloadStore *store,
                          gint64         iep_id,
                          CaseloadGoal  *goal)
{
  CaseloadGoalDialog *self;

  g_return_val_if_fail (CASELOAD_IS_STORE (store), NULL);
  g_return_val_if_fail (goal == NULL || CASELOAD_IS_GOAL (goal), NULL);

  self = g_object_new (CASELOAD_TYPE_GOAL_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);

  if (goal != NULL)
    {
      self->goal = copy_goal (goal);
      if (caseload_goal_get_id (goal) > 0)
        {
          gtk_window_set_title (GTK_WINDOW (self), _("Edit Goal"));
          gtk_button_set_label (self->save_button, _("Save Goal"));
        }
    }
  else
    {
      self->goal = caseload_goal_new ();
      caseload_goal_set_direction (self->goal, "higher");
    }
  if (caseload_goal_get_id (self->goal) == 0)
    gtk_button_set_label (self->save_button, _("Add Goal"));
  caseload_goal_set_iep_id (self->goal, iep_id);

  load (self);

  return self;
}

static void
caseload_goal_dialog_dispose (GObject *object)
{
  CaseloadGoalDialog *self = CASELOAD_GOAL_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->goal);
  g_clear_pointer (&self->objective_rows, g_ptr_array_unref);
  g_clear_pointer (&self->removed_objectives, g_array_unref);

  G_OBJECT_CLASS (caseload_goal_dialog_parent_class)->dispose (object);
}

static void
caseload_goal_dialog_class_init (CaseloadGoalDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_goal_dialog_dispose;

  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_install_action (widget_class, "goal.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "goal.save-to-bank", NULL, save_to_bank_activated);
  gtk_widget_class_install_action (widget_class, "goal.add-objective", NULL, add_objective_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/caseload-goal-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadGoalDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGoalDialog, bank_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGoalDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGoalDialog, area_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGoalDialog, condition_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGoalDialog, behavior_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGoalDialog, criterion_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGoalDialog, baseline_value_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGoalDialog, baseline_date_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGoalDialog, target_value_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGoalDialog, target_date_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGoalDialog, unit_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGoalDialog, direction_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGoalDialog, method_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGoalDialog, responsible_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGoalDialog, objectives_list);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
}

static void
caseload_goal_dialog_init (CaseloadGoalDialog *self)
{
  g_autoptr(GtkStringList) areas = gtk_string_list_new (NULL);
  const char * const *codes = caseload_goal_areas ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->objective_rows = g_ptr_array_new_with_free_func (g_object_unref);
  self->removed_objectives = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; codes[i] != NULL; i++)
    gtk_string_list_append (areas, caseload_goal_area_to_label (codes[i]));
  adw_combo_row_set_model (self->area_row, G_LIST_MODEL (areas));

  caseload_entry_row_name_field (self->condition_row, NULL);
  caseload_entry_row_name_field (self->behavior_row, NULL);
  caseload_entry_row_name_field (self->criterion_row, NULL);
  caseload_entry_row_name_field (self->baseline_value_row, NULL);
  caseload_entry_row_name_field (self->baseline_date_row, NULL);
  caseload_entry_row_name_field (self->target_value_row, NULL);
  caseload_entry_row_name_field (self->target_date_row, NULL);
  caseload_entry_row_name_field (self->unit_row, NULL);
  caseload_entry_row_name_field (self->method_row, NULL);
  caseload_entry_row_name_field (self->responsible_row, NULL);
}
