/* caseload-goal-bank-dialog.c: search the goal or accommodation bank (FTS5)
 * and insert an entry. A goal template is inserted only once every
 * placeholder it uses has a value. */
#define G_LOG_DOMAIN "caseload-goal-bank-dialog"

#include "config.h"

#include "caseload-goal-bank-dialog.h"

#include "caseload-entry-row.h"
#include "caseload-store-iep.h"

#include <glib/gi18n.h>

#define N_PLACEHOLDERS 5

struct _CaseloadGoalBankDialog
{
  AdwWindow         parent_instance;

  CaseloadStore    *store;
  CaseloadBankKind  kind;
  GListModel       *results;
  GObject          *selected;   /* CaseloadGoalTemplate or CaseloadAccommodationTemplate */

  /* template children */
  GtkButton        *insert_button;
  GtkSearchEntry   *search_entry;
  GtkLabel         *count_label;
  GtkListBox       *results_list;
  GtkWidget        *placeholders_page;
  AdwEntryRow      *condition_row;
  AdwEntryRow      *baseline_row;
  AdwEntryRow      *target_row;
  AdwEntryRow      *criterion_row;
  AdwEntryRow      *unit_row;
  GtkLabel         *error_label;
};

G_DEFINE_FINAL_TYPE (CaseloadGoalBankDialog, caseload_goal_bank_dialog, ADW_TYPE_WINDOW)

enum {
  GOAL_CHOSEN,
  ACCOMMODATION_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static AdwEntryRow *
placeholder_row (CaseloadGoalBankDialog *self,
                 guint                   i)
{
  AdwEntryRow *rows[N_PLACEHOLDERS] = {
    self->condition_row, self->baseline_row, self->target_row, self->criterion_row, self->unit_row,
  };

  return rows[i];
}

static gboolean
uses_placeholder (CaseloadGoalTemplate *template,
                  const char           *name)
{
  g_autofree char *token = g_strdup_printf ("{%s}", name);

  return strstr (caseload_goal_template_get_text (template), token) != NULL;
}

gboolean
caseload_goal_bank_dialog_can_insert (CaseloadGoalBankDialog *self)
{
  const char * const *names = caseload_goal_template_placeholders ();

  g_return_val_if_fail (CASELOAD_IS_GOAL_BANK_DIALOG (self), FALSE);

  if (self->selected == NULL)
    return FALSE;
  if (self->kind == CASELOAD_BANK_KIND_ACCOMMODATION)
    return TRUE;

  /* Every placeholder the statement uses, and the numbers the goal
   * needs to be measurable, must have a value. */
  for (guint i = 0; i < N_PLACEHOLDERS && names[i] != NULL; i++)
    {
      g_autofree char *text = caseload_entry_row_dup_text (placeholder_row (self, i));

      if (gtk_widget_get_visible (GTK_WIDGET (placeholder_row (self, i))) && text[0] == '\0')
        return FALSE;
    }
  return TRUE;
}

static void
update_insert (CaseloadGoalBankDialog *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "bank.insert",
                                 caseload_goal_bank_dialog_can_insert (self));
}

static void
on_placeholder_changed_cb (CaseloadGoalBankDialog *self,
                           GtkWidget              *row)
{
  gtk_widget_remove_css_class (row, "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  update_insert (self);
}

static void
show_selected (CaseloadGoalBankDialog *self)
{
  const char * const *names = caseload_goal_template_placeholders ();
  gboolean goal = self->kind == CASELOAD_BANK_KIND_GOAL && self->selected != NULL;

  for (guint i = 0; i < N_PLACEHOLDERS && names[i] != NULL; i++)
    {
      AdwEntryRow *row = placeholder_row (self, i);
      /* Baseline, target and unit make a goal measurable: always asked. */
      gboolean needed = goal && (uses_placeholder (CASELOAD_GOAL_TEMPLATE (self->selected), names[i])
                                 || g_str_equal (names[i], "baseline")
                                 || g_str_equal (names[i], "target")
                                 || g_str_equal (names[i], "unit"));

      gtk_widget_set_visible (GTK_WIDGET (row), needed);
    }
  gtk_widget_set_visible (self->placeholders_page, goal);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  update_insert (self);
}

static void
on_results_list_row_selected_cb (CaseloadGoalBankDialog *self,
                                 GtkListBoxRow          *row,
                                 GtkListBox             *list)
{
  int index = row != NULL ? gtk_list_box_row_get_index (row) : -1;

  g_clear_object (&self->selected);
  if (index >= 0 && self->results != NULL && (guint) index < g_list_model_get_n_items (self->results))
    self->selected = g_list_model_get_item (self->results, index);
  show_selected (self);
}

void
caseload_goal_bank_dialog_search (CaseloadGoalBankDialog *self,
                                  const char             *text)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *count = NULL;
  GtkWidget *child;
  guint n;

  g_return_if_fail (CASELOAD_IS_GOAL_BANK_DIALOG (self));

  g_clear_object (&self->results);
  g_clear_object (&self->selected);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->results_list))) != NULL)
    gtk_list_box_remove (self->results_list, child);

  if (self->kind == CASELOAD_BANK_KIND_GOAL)
    self->results = caseload_store_search_goal_bank (self->store, text, NULL, &error);
  else
    self->results = caseload_store_search_accommodation_bank (self->store, text, NULL, &error);
  if (self->results == NULL)
    {
      gtk_label_set_text (self->count_label, error->message);
      show_selected (self);
      return;
    }

  n = g_list_model_get_n_items (self->results);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (self->results, i);
      GtkWidget *row = adw_action_row_new ();
      const char *title, *author;
      g_autofree char *subtitle = NULL;

      if (CASELOAD_IS_GOAL_TEMPLATE (item))
        {
          CaseloadGoalTemplate *template = CASELOAD_GOAL_TEMPLATE (item);

          title = caseload_goal_template_get_text (template);
          author = caseload_goal_template_get_built_in (template) ? _("built in")
                                                                  : caseload_goal_template_get_author_name (template);
          subtitle = g_strdup_printf ("%s · %s",
                                      caseload_goal_area_to_label (caseload_goal_template_get_area (template)),
                                      author);
        }
      else
        {
          CaseloadAccommodationTemplate *template = CASELOAD_ACCOMMODATION_TEMPLATE (item);

          title = caseload_accommodation_template_get_description (template);
          author = caseload_accommodation_template_get_built_in (template)
                   ? _("built in") : caseload_accommodation_template_get_author_name (template);
          subtitle = g_strdup_printf ("%s · %s", caseload_accommodation_template_get_category (template), author);
        }
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_append (self->results_list, row);
    }

  count = g_strdup_printf (ngettext ("%u entry", "%u entries", n), n);
  gtk_label_set_text (self->count_label, count);
  show_selected (self);
}

static void
on_search_entry_search_changed_cb (CaseloadGoalBankDialog *self,
                                   GtkSearchEntry         *entry)
{
  caseload_goal_bank_dialog_search (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

guint
caseload_goal_bank_dialog_get_n_results (CaseloadGoalBankDialog *self)
{
  g_return_val_if_fail (CASELOAD_IS_GOAL_BANK_DIALOG (self), 0);
  return self->results != NULL ? g_list_model_get_n_items (self->results) : 0;
}

void
caseload_goal_bank_dialog_select (CaseloadGoalBankDialog *self,
                                  guint                   index)
{
  g_return_if_fail (CASELOAD_IS_GOAL_BANK_DIALOG (self));
  gtk_list_box_select_row (self->results_list, gtk_list_box_get_row_at_index (self->results_list, index));
}

void
caseload_goal_bank_dialog_set_placeholder (CaseloadGoalBankDialog *self,
                                           const char             *name,
                                           const char             *value)
{
  const char * const *names = caseload_goal_template_placeholders ();

  g_return_if_fail (CASELOAD_IS_GOAL_BANK_DIALOG (self));

  for (guint i = 0; i < N_PLACEHOLDERS && names[i] != NULL; i++)
    if (g_str_equal (names[i], name))
      gtk_editable_set_text (GTK_EDITABLE (placeholder_row (self, i)), value);
}

gboolean
caseload_goal_bank_dialog_insert (CaseloadGoalBankDialog *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (CASELOAD_IS_GOAL_BANK_DIALOG (self), FALSE);

  if (!caseload_goal_bank_dialog_can_insert (self))
    return FALSE;

  if (self->kind == CASELOAD_BANK_KIND_GOAL)
    {
      g_autofree char *condition = caseload_entry_row_dup_text (self->condition_row);
      g_autofree char *baseline = caseload_entry_row_dup_text (self->baseline_row);
      g_autofree char *target = caseload_entry_row_dup_text (self->target_row);
      g_autofree char *criterion = caseload_entry_row_dup_text (self->criterion_row);
      g_autofree char *unit = caseload_entry_row_dup_text (self->unit_row);
      g_autoptr(CaseloadGoal) goal = NULL;

      goal = caseload_goal_template_instantiate (CASELOAD_GOAL_TEMPLATE (self->selected),
                                                 condition, baseline, target, criterion, unit, &error);
      if (goal == NULL)
        {
          const char * const *names = caseload_goal_template_placeholders ();

          /* The message names the placeholder: mark its row. */
          for (guint i = 0; i < N_PLACEHOLDERS && names[i] != NULL; i++)
            {
              g_autofree char *message = g_utf8_strdown (error->message, -1);

              if (strstr (message, names[i]) != NULL)
                gtk_widget_add_css_class (GTK_WIDGET (placeholder_row (self, i)), "error");
            }
          gtk_label_set_text (self->error_label, error->message);
          gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
          return FALSE;
        }
      g_signal_emit (self, signals[GOAL_CHOSEN], 0, goal);
    }
  else
    g_signal_emit (self, signals[ACCOMMODATION_CHOSEN], 0, self->selected);

  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
insert_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  caseload_goal_bank_dialog_insert (CASELOAD_GOAL_BANK_DIALOG (widget));
}

CaseloadGoalBankDialog *
caseload_goal_bank_dialog_new (GtkWindow        *parent,
                               CaseloadStore    *store,
                               CaseloadBankKind  kind)
{
  CaseloadGoalBankDialog *self;

  g_return_val_if_fail (CASELOAD_IS_STORE (store), NULL);

  self = g_object_new (CASELOAD_TYPE_GOAL_BANK_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  self->kind = kind;

  if (kind == CASELOAD_BANK_KIND_ACCOMMODATION)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Accommodation Bank"));
      gtk_button_set_label (self->insert_button, _("Add Accommodation"));
    }
  caseload_goal_bank_dialog_search (self, "");

  return self;
}

static void
caseload_goal_bank_dialog_dispose (GObject *object)
{
  CaseloadGoalBankDialog *self = CASELOAD_GOAL_BANK_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->results);
  g_clear_object (&self->selected);

  G_OBJECT_CLASS (caseload_goal_bank_dialog_parent_class)->dispose (object);
}

static void
caseload_goal_bank_dialog_class_init (CaseloadGoalBankDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_goal_bank_dialog_dispose;

  signals[GOAL_CHOSEN] =
    g_signal_new ("goal-chosen",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CASELOAD_TYPE_GOAL);
  signals[ACCOMMODATION_CHOSEN] =
    g_signal_new ("accommodation-chosen",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CASELOAD_TYPE_ACCOMMODATION_TEMPLATE);

  gtk_widget_class_install_action (widget_class, "bank.insert", NULL, insert_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/caseload-goal-bank-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadGoalBankDialog, insert_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGoalBankDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGoalBankDialog, count_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGoalBankDialog, results_list);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGoalBankDialog, placeholders_page);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGoalBankDialog, condition_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGoalBankDialog, baseline_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGoalBankDialog, target_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGoalBankDialog, criterion_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGoalBankDialog, unit_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGoalBankDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_placeholder_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_results_list_row_selected_cb);
}

static void
caseload_goal_bank_dialog_init (CaseloadGoalBankDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < N_PLACEHOLDERS; i++)
    caseload_entry_row_name_field (placeholder_row (self, i), NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "bank.insert", FALSE);
}
