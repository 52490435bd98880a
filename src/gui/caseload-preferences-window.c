/* caseload-preferences-window.c: who is signed in, paper size, and the
 * district's deadline rules, progress codes and meeting rooms (the last
 * three stored in the database). */
#define G_LOG_DOMAIN "caseload-preferences-window"

#include "config.h"

#include "caseload-preferences-window.h"

#include "caseload-entry-row.h"
#include "caseload-store-meetings.h"
#include "caseload-store-progress.h"

#include <glib/gi18n.h>

static const char * const paper_codes[] = { "letter", "a4" };

static const struct
{
  const char *key;
  gsize       offset;
  const char *title;
  const char *subtitle;
  int         min;
  int         max;
} rules[] = {
  { "initial-evaluation-days", G_STRUCT_OFFSET (CaseloadRuleSettings, initial_evaluation_days),
    N_("Initial evaluation (days)"), N_("Days from consent to the completed initial evaluation"), 1, 365 },
  { "first-iep-days", G_STRUCT_OFFSET (CaseloadRuleSettings, first_iep_days),
    N_("First IEP (days)"), N_("Days from eligibility to the first IEP meeting"), 1, 365 },
  { "annual-review-months", G_STRUCT_OFFSET (CaseloadRuleSettings, annual_review_months),
    N_("Annual review (months)"), N_("Months from one IEP meeting to the next review"), 1, 24 },
  { "reevaluation-years", G_STRUCT_OFFSET (CaseloadRuleSettings, reevaluation_years),
    N_("Reevaluation (years)"), N_("Years from the last evaluation to the next one"), 1, 6 },
  { "due-soon-days", G_STRUCT_OFFSET (CaseloadRuleSettings, due_soon_days),
    N_("Due soon (days)"), N_("Deadlines this close are shown as due soon"), 1, 180 },
  { "transition-age", G_STRUCT_OFFSET (CaseloadRuleSettings, transition_age),
    N_("Transition planning age"), N_("The IEP in effect at this age needs a transition plan"), 12, 22 },
  { "majority-age", G_STRUCT_OFFSET (CaseloadRuleSettings, majority_age),
    N_("Age of majority"), N_("Rights transfer to the student at this age"), 16, 22 },
  { "notice-days", G_STRUCT_OFFSET (CaseloadRuleSettings, notice_days),
    N_("Meeting notice (days)"), N_("Days of written notice before a meeting"), 0, 60 },
  { "parent-attempts", G_STRUCT_OFFSET (CaseloadRuleSettings, parent_attempts),
    N_("Attempts to reach parents"), N_("Documented attempts before meeting without them"), 1, 10 },
  { "parent-attempt-methods", G_STRUCT_OFFSET (CaseloadRuleSettings, parent_attempt_methods),
    N_("Ways of reaching parents"), N_("Different methods those attempts must use"), 1, 5 },
  { "reports-per-year", G_STRUCT_OFFSET (CaseloadRuleSettings, reports_per_year),
    N_("Progress reports a year"), N_("How often progress on goals is reported home"), 1, 12 },
};

struct _CaseloadPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;
  CaseloadStore        *store;
  GArray               *staff_ids;   /* gint64, parallel to signed_in_row; [0] = 0 */
  gboolean              loading;

  /* template children */
  AdwComboRow          *signed_in_row;
  AdwComboRow          *paper_row;
  AdwPreferencesGroup  *rules_group;
  AdwPreferencesGroup  *codes_group;
  AdwPreferencesGroup  *new_code_group;
  AdwEntryRow          *new_code_row;
  AdwEntryRow          *new_name_row;
  AdwEntryRow          *new_description_row;
  GtkLabel             *new_code_error_label;
  GtkButton            *add_code_button;

  AdwPreferencesGroup  *rooms_group;
  AdwPreferencesGroup  *new_room_group;
  AdwComboRow          *new_room_school_row;
  GtkStringList        *school_names;
  AdwEntryRow          *new_room_name_row;
  AdwEntryRow          *new_room_seats_row;
  GtkLabel             *new_room_error_label;

  GPtrArray            *code_rows;   /* AdwExpanderRow *, in codes_group */
  GPtrArray            *room_rows;   /* AdwExpanderRow *, in rooms_group */
  GArray               *school_ids;  /* gint64, parallel to school_names */
};

G_DEFINE_FINAL_TYPE (CaseloadPreferencesWindow, caseload_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
on_signed_in_row_selected_cb (CaseloadPreferencesWindow *self)
{
  guint index = adw_combo_row_get_selected (self->signed_in_row);
  gint64 staff_id;

  if (self->loading || self->settings == NULL || index >= self->staff_ids->len)
    return;

  staff_id = g_array_index (self->staff_ids, gint64, index);
  g_settings_set_int64 (self->settings, "signed-in-staff-id", staff_id);
  if (self->store != NULL)
    caseload_store_set_actor (self->store, staff_id);
}

static void
on_paper_row_selected_cb (CaseloadPreferencesWindow *self)
{
  guint index = adw_combo_row_get_selected (self->paper_row);

  if (self->loading || self->settings == NULL || index >= G_N_ELEMENTS (paper_codes))
    return;

  g_settings_set_string (self->settings, "paper-size", paper_codes[index]);
}

static void
on_rule_value_changed_cb (GtkSpinButton             *spin,
                          CaseloadPreferencesWindow *self)
{
  const char *key = g_object_get_data (G_OBJECT (spin), "rule-key");
  g_autoptr(GError) error = NULL;

  if (self->loading || self->store == NULL)
    return;

  if (!caseload_store_save_rule_setting (self->store, key, gtk_spin_button_get_value_as_int (spin), &error))
    {
      AdwToast *toast = adw_toast_new (error->message);

      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), toast);
    }
}

static void
load_staff (CaseloadPreferencesWindow *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GListModel) staff = NULL;
  gint64 signed_in = g_settings_get_int64 (self->settings, "signed-in-staff-id");
  gint64 nobody = 0;
  guint selected = 0;

  g_array_set_size (self->staff_ids, 0);
  gtk_string_list_append (names, _("Nobody chosen"));
  g_array_append_val (self->staff_ids, nobody);

  if (self->store != NULL)
    staff = caseload_store_list_staff (self->store, FALSE, NULL);

  for (guint i = 0; staff != NULL && i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(CaseloadStaff) member = g_list_model_get_item (staff, i);
      g_autofree char *name = caseload_staff_dup_full_name (member);
      g_autofree char *label = NULL;
      gint64 id = caseload_staff_get_id (member);

      /* Translators: a staff member and their role, "Dana Whitfield (Case manager)". */
      label = g_strdup_printf (_("%s (%s)"), name, caseload_staff_get_role_name (member));
      gtk_string_list_append (names, label);
      g_array_append_val (self->staff_ids, id);
      if (id == signed_in)
        selected = self->staff_ids->len - 1;
    }

  adw_combo_row_set_model (self->signed_in_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->signed_in_row, selected);
  gtk_widget_set_sensitive (GTK_WIDGET (self->signed_in_row), self->store != NULL);
  if (self->store == NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->signed_in_row),
                                 _("Open a database to choose from its team members"));
}

static void
load_rules (CaseloadPreferencesWindow *self)
{
  CaseloadRuleSettings settings;
  g_autoptr(GError) error = NULL;

  caseload_rule_settings_init_defaults (&settings);
  if (self->store == NULL)
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->rules_group), FALSE);
      adw_preferences_group_set_description (self->rules_group,
                                             _("Open a database to see and change its deadline rules."));
    }
  else if (!caseload_store_load_rule_settings (self->store, &settings, &error))
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->rules_group), FALSE);
      adw_preferences_group_set_description (self->rules_group, error->message);
    }

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *spin = gtk_spin_button_new_with_range (rules[i].min, rules[i].max, 1);
      int value = G_STRUCT_MEMBER (int, &settings, rules[i].offset);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(rules[i].title));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _(rules[i].subtitle));
      gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
      gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
      gtk_accessible_update_property (GTK_ACCESSIBLE (spin),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _(rules[i].title),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _(rules[i].subtitle),
                                      -1);
      g_object_set_data (G_OBJECT (spin), "rule-key", (gpointer) rules[i].key);
      g_signal_connect (spin, "value-changed", G_CALLBACK (on_rule_value_changed_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
      adw_preferences_group_add (self->rules_group, row);
    }
}

/* ---- progress codes -------------------------------------------------------- */

static void load_codes (CaseloadPreferencesWindow *self);

static void
show_toast (CaseloadPreferencesWindow *self,
            const char                *message)
{
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (message));
}

static void
mark_row (GtkWidget  *row,
          const char *message)
{
  if (message != NULL)
    {
      gtk_widget_add_css_class (row, "error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                      -1);
    }
  else
    {
      gtk_widget_remove_css_class (row, "error");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

/* "Apply" on a code's name or description: both are saved together. */
static void
on_code_apply_cb (AdwEntryRow               *row,
                  CaseloadPreferencesWindow *self)
{
  AdwExpanderRow *expander = g_object_get_data (G_OBJECT (row), "expander");
  AdwEntryRow *name_row = g_object_get_data (G_OBJECT (expander), "name-row");
  AdwEntryRow *description_row = g_object_get_data (G_OBJECT (expander), "description-row");
  const char *code = g_object_get_data (G_OBJECT (expander), "code");
  g_autofree char *name = caseload_entry_row_dup_text (name_row);
  g_autofree char *description = caseload_entry_row_dup_text (description_row);
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;
  if (*name == '\0')
    {
      /* Translators: %s is a progress code ("SP"). */
      g_autofree char *message = g_strdup_printf (_("Name: code %s needs a name families can read"), code);

      mark_row (GTK_WIDGET (name_row), message);
      show_toast (self, message);
      return;
    }
  mark_row (GTK_WIDGET (name_row), NULL);
  if (!caseload_store_save_progress_code (self->store, code, name, description, &error))
    {
      show_toast (self, error->message);
      return;
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), name);
  show_toast (self, _("Progress code saved"));
}

/* An entry row with an Apply button inside @expander, named @accessible
 * for assistive technologies; @apply gets (row, self). */
static GtkWidget *
expander_entry_row (AdwExpanderRow            *expander,
                    CaseloadPreferencesWindow *self,
                    const char                *title,
                    const char                *accessible,
                    const char                *text,
                    GCallback                  apply)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  caseload_entry_row_name_field (ADW_ENTRY_ROW (row), accessible);
  g_object_set_data (G_OBJECT (row), "expander", expander);
  g_signal_connect (row, "apply", apply, self);
  adw_expander_row_add_row (expander, row);
  return row;
}

static GtkWidget *
code_entry_row (AdwExpanderRow            *expander,
                CaseloadPreferencesWindow *self,
                const char                *title,
                const char                *accessible,
                const char                *text)
{
  return expander_entry_row (expander, self, title, accessible, text, G_CALLBACK (on_code_apply_cb));
}

static void
load_codes (CaseloadPreferencesWindow *self)
{
  g_autoptr(GListModel) codes = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < self->code_rows->len; i++)
    adw_preferences_group_remove (self->codes_group, g_ptr_array_index (self->code_rows, i));
  g_ptr_array_set_size (self->code_rows, 0);

  gtk_widget_set_sensitive (GTK_WIDGET (self->new_code_group), self->store != NULL);
  if (self->store == NULL)
    {
      adw_preferences_group_set_description (self->codes_group,
                                             _("Open a database to see and change its progress codes."));
      return;
    }
  codes = caseload_store_list_progress_codes (self->store, &error);
  if (codes == NULL)
    {
      adw_preferences_group_set_description (self->codes_group, error->message);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (codes); i++)
    {
      g_autoptr(CaseloadCode) code = g_list_model_get_item (codes, i);
      GtkWidget *expander = adw_expander_row_new ();
      g_autofree char *subtitle = NULL;
      g_autofree char *name_label = NULL;
      g_autofree char *description_label = NULL;
      GtkWidget *name_row, *description_row;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), caseload_code_get_name (code));
      /* Translators: the subtitle of a progress code's row: its code. */
      subtitle = g_strdup_printf (_("Code %s"), caseload_code_get_code (code));
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);
      g_object_set_data_full (G_OBJECT (expander), "code", g_strdup (caseload_code_get_code (code)), g_free);
      /* Translators: accessible names; %s is a progress code ("SP"). */
      name_label = g_strdup_printf (_("Name of code %s"), caseload_code_get_code (code));
      description_label = g_strdup_printf (_("Description of code %s"), caseload_code_get_code (code));
      name_row = code_entry_row (ADW_EXPANDER_ROW (expander), self, _("Name"), name_label,
                                 caseload_code_get_name (code));
      description_row = code_entry_row (ADW_EXPANDER_ROW (expander), self, _("Description"), description_label,
                                        caseload_code_get_description (code));
      g_object_set_data (G_OBJECT (expander), "name-row", name_row);
      g_object_set_data (G_OBJECT (expander), "description-row", description_row);
      adw_preferences_group_add (self->codes_group, expander);
      g_ptr_array_add (self->code_rows, expander);
    }
}

static void
set_new_code_error (CaseloadPreferencesWindow *self,
                    GtkWidget                 *row,
                    const char                *message)
{
  mark_row (GTK_WIDGET (self->new_code_row), row == GTK_WIDGET (self->new_code_row) ? message : NULL);
  mark_row (GTK_WIDGET (self->new_name_row), row == GTK_WIDGET (self->new_name_row) ? message : NULL);
  gtk_label_set_text (self->new_code_error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->new_code_error_label), message != NULL);
}

static void
on_new_code_changed_cb (CaseloadPreferencesWindow *self)
{
  set_new_code_error (self, NULL, NULL);
}

/* NULL when @code may be added; else what is wrong, naming the field. */
static char *
new_code_problem (CaseloadPreferencesWindow *self,
                  const char                *code,
                  const char                *name,
                  GtkWidget                **row)
{
  g_autoptr(GListModel) codes = NULL;

  *row = GTK_WIDGET (self->new_code_row);
  if (*code == '\0')
    return g_strdup (_("Code: enter a short code, such as SP"));
  if (g_utf8_strlen (code, -1) > 12)
    return g_strdup (_("Code: use at most 12 characters"));
  for (const char *p = code; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_')
      return g_strdup (_("Code: use only letters, digits, “-” and “_”"));
  codes = caseload_store_list_progress_codes (self->store, NULL);
  for (guint i = 0; codes != NULL && i < g_list_model_get_n_items (codes); i++)
    {
      g_autoptr(CaseloadCode) existing = g_list_model_get_item (codes, i);

      if (g_ascii_strcasecmp (caseload_code_get_code (existing), code) == 0)
        /* Translators: %s is a progress code ("SP"). */
        return g_strdup_printf (_("Code: %s is already a progress code; change its name in the list above"),
                                caseload_code_get_code (existing));
    }
  *row = GTK_WIDGET (self->new_name_row);
  if (*name == '\0')
    return g_strdup (_("Name: enter the name families will read, such as “Sufficient progress”"));
  return NULL;
}

static void
on_add_code_button_clicked_cb (CaseloadPreferencesWindow *self)
{
  g_autofree char *code = caseload_entry_row_dup_text (self->new_code_row);
  g_autofree char *name = caseload_entry_row_dup_text (self->new_name_row);
  g_autofree char *description = caseload_entry_row_dup_text (self->new_description_row);
  g_autofree char *problem = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *row = NULL;

  if (self->store == NULL)
    return;
  problem = new_code_problem (self, code, name, &row);
  if (problem != NULL)
    {
      set_new_code_error (self, row, problem);
      gtk_widget_grab_focus (row);
      return;
    }
  if (!caseload_store_save_progress_code (self->store, code, name, description, &error))
    {
      set_new_code_error (self, GTK_WIDGET (self->new_code_row), error->message);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->new_code_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->new_name_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->new_description_row), "");
  set_new_code_error (self, NULL, NULL);
  load_codes (self);
  show_toast (self, _("Progress code added"));
}

/* ---- meeting rooms ---------------------------------------------------------- */

/* The seats typed in @row: empty is 0 (not said). FALSE when it is not
 * a whole number. */
static gboolean
parse_seats (AdwEntryRow *row,
             int         *seats)
{
  g_autofree char *text = caseload_entry_row_dup_text (row);
  guint64 value = 0;

  *seats = 0;
  if (*text == '\0')
    return TRUE;
  if (!g_ascii_string_to_unsigned (text, 10, 0, G_MAXINT, &value, NULL))
    return FALSE;
  *seats = (int) value;
  return TRUE;
}

static char *
room_subtitle (const char *school,
               int         seats)
{
  if (seats <= 0)
    return g_strdup (school);
  /* Translators: a room's school and how many people it seats */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %d seat", "%s · %d seats", seats), school, seats);
}

static const char *
school_name (CaseloadPreferencesWindow *self,
             gint64                     school_id)
{
  for (guint i = 0; i < self->school_ids->len; i++)
    if (g_array_index (self->school_ids, gint64, i) == school_id)
      return gtk_string_list_get_string (self->school_names, i);
  return "";
}

/* "Apply" on a room's name or seats: both are saved together. */
static void
on_room_apply_cb (AdwEntryRow               *row,
                  CaseloadPreferencesWindow *self)
{
  AdwExpanderRow *expander = g_object_get_data (G_OBJECT (row), "expander");
  AdwEntryRow *name_row = g_object_get_data (G_OBJECT (expander), "name-row");
  AdwEntryRow *seats_row = g_object_get_data (G_OBJECT (expander), "seats-row");
  gint64 room_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (expander), "room-id"));
  gint64 school_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (expander), "school-id"));
  g_autofree char *name = caseload_entry_row_dup_text (name_row);
  g_autofree char *subtitle = NULL;
  g_autoptr(GError) error = NULL;
  int seats;

  if (self->store == NULL)
    return;
  mark_row (GTK_WIDGET (name_row), NULL);
  mark_row (GTK_WIDGET (seats_row), NULL);
  if (!parse_seats (seats_row, &seats))
    {
      const char *message = _("Seats: enter a whole number, or leave it empty");

      mark_row (GTK_WIDGET (seats_row), message);
      show_toast (self, message);
      return;
    }
  if (caseload_store_save_room (self->store, room_id, 0, name, seats, &error) == 0)
    {
      /* Translators: how the messages about a room's seats begin ("Seats:
       * enter a number from 0 to 10000"): the same words as there */
      mark_row (GTK_WIDGET (g_str_has_prefix (error->message, _("Seats:")) ? seats_row : name_row), error->message);
      show_toast (self, error->message);
      return;
    }
  subtitle = room_subtitle (school_name (self, school_id), seats);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), name);
  adw_expander_row_set_subtitle (expander, subtitle);
  show_toast (self, _("Room saved"));
}

static GtkWidget *
room_entry_row (AdwExpanderRow            *expander,
                CaseloadPreferencesWindow *self,
                const char                *title,
                const char                *accessible,
                const char                *text)
{
  return expander_entry_row (expander, self, title, accessible, text, G_CALLBACK (on_room_apply_cb));
}

static void
load_rooms (CaseloadPreferencesWindow *self)
{
  g_autoptr(GListModel) schools = NULL;
  g_autoptr(GListModel) all_rooms = NULL;
  g_autoptr(GListModel) rooms = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < self->room_rows->len; i++)
    adw_preferences_group_remove (self->rooms_group, g_ptr_array_index (self->room_rows, i));
  g_ptr_array_set_size (self->room_rows, 0);
  g_array_set_size (self->school_ids, 0);
  gtk_string_list_splice (self->school_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->school_names)), NULL);

  gtk_widget_set_sensitive (GTK_WIDGET (self->new_room_group), FALSE);
  if (self->store == NULL)
    {
      adw_preferences_group_set_description (self->rooms_group,
                                             _("Open a database to see and change its meeting rooms."));
      return;
    }
  schools = caseload_store_list_schools (self->store, &error);
  if (schools == NULL)
    {
      adw_preferences_group_set_description (self->rooms_group, error->message);
      return;
    }
  all_rooms = caseload_store_list_rooms (self->store, 0, &error);
  if (all_rooms == NULL)
    {
      adw_preferences_group_set_description (self->rooms_group, error->message);
      return;
    }
  /* school by school, each school's rooms by name (as listed) */
  rooms = G_LIST_MODEL (g_list_store_new (CASELOAD_TYPE_ROOM));
  for (guint i = 0; i < g_list_model_get_n_items (schools); i++)
    {
      g_autoptr(CaseloadSchool) school = g_list_model_get_item (schools, i);
      gint64 id = caseload_school_get_id (school);

      g_array_append_val (self->school_ids, id);
      gtk_string_list_append (self->school_names, caseload_school_get_name (school));
      for (guint r = 0; r < g_list_model_get_n_items (all_rooms); r++)
        {
          g_autoptr(CaseloadRoom) room = g_list_model_get_item (all_rooms, r);

          if (caseload_room_get_school_id (room) == id)
            g_list_store_append (G_LIST_STORE (rooms), room);
        }
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->new_room_group), self->school_ids->len > 0);
  adw_preferences_group_set_description (self->new_room_group,
                                         self->school_ids->len > 0 ? NULL
                                         : _("The database has no school yet: import a roster first."));

  for (guint i = 0; i < g_list_model_get_n_items (rooms); i++)
    {
      g_autoptr(CaseloadRoom) room = g_list_model_get_item (rooms, i);
      GtkWidget *expander = adw_expander_row_new ();
      g_autofree char *subtitle = room_subtitle (school_name (self, caseload_room_get_school_id (room)),
                                                 caseload_room_get_capacity (room));
      g_autofree char *seats = caseload_room_get_capacity (room) > 0
                               ? g_strdup_printf ("%d", caseload_room_get_capacity (room)) : g_strdup ("");
      /* Translators: accessible names; %s is a room's name */
      g_autofree char *name_label = g_strdup_printf (_("Name of room %s"), caseload_room_get_name (room));
      g_autofree char *seats_label = g_strdup_printf (_("Seats in room %s"), caseload_room_get_name (room));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), caseload_room_get_name (room));
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);
      g_object_set_data (G_OBJECT (expander), "room-id", GSIZE_TO_POINTER ((gsize) caseload_room_get_id (room)));
      g_object_set_data (G_OBJECT (expander), "school-id",
                         GSIZE_TO_POINTER ((gsize) caseload_room_get_school_id (room)));
      g_object_set_data (G_OBJECT (expander), "name-row",
                         room_entry_row (ADW_EXPANDER_ROW (expander), self, _("Name"), name_label,
                                         caseload_room_get_name (room)));
      g_object_set_data (G_OBJECT (expander), "seats-row",
                         room_entry_row (ADW_EXPANDER_ROW (expander), self, _("Seats"), seats_label, seats));
      adw_preferences_group_add (self->rooms_group, expander);
      g_ptr_array_add (self->room_rows, expander);
    }
  adw_preferences_group_set_description (self->rooms_group,
                                         g_list_model_get_n_items (rooms) > 0
                                         ? _("Where meetings can be held, school by school. When a meeting is scheduled, Caseload proposes times with one of these rooms free.")
                                         : _("No rooms yet. Add the rooms where meetings are held, and meeting proposals will look for a free one."));
}

static void
set_new_room_error (CaseloadPreferencesWindow *self,
                    GtkWidget                 *row,
                    const char                *message)
{
  mark_row (GTK_WIDGET (self->new_room_name_row), row == GTK_WIDGET (self->new_room_name_row) ? message : NULL);
  mark_row (GTK_WIDGET (self->new_room_seats_row), row == GTK_WIDGET (self->new_room_seats_row) ? message : NULL);
  gtk_label_set_text (self->new_room_error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->new_room_error_label), message != NULL);
}

static void
on_new_room_changed_cb (CaseloadPreferencesWindow *self)
{
  set_new_room_error (self, NULL, NULL);
}

static void
on_add_room_button_clicked_cb (CaseloadPreferencesWindow *self)
{
  g_autofree char *name = caseload_entry_row_dup_text (self->new_room_name_row);
  g_autoptr(GError) error = NULL;
  guint school = adw_combo_row_get_selected (self->new_room_school_row);
  int seats;

  if (self->store == NULL || school >= self->school_ids->len)
    return;
  if (!parse_seats (self->new_room_seats_row, &seats))
    {
      set_new_room_error (self, GTK_WIDGET (self->new_room_seats_row),
                          _("Seats: enter a whole number, or leave it empty"));
      gtk_widget_grab_focus (GTK_WIDGET (self->new_room_seats_row));
      return;
    }
  if (caseload_store_save_room (self->store, 0, g_array_index (self->school_ids, gint64, school),
                                name, seats, &error) == 0)
    {
      GtkWidget *row = g_str_has_prefix (error->message, _("Seats:")) ? GTK_WIDGET (self->new_room_seats_row)
                                                                     : GTK_WIDGET (self->new_room_name_row);

      set_new_room_error (self, row, error->message);
      gtk_widget_grab_focus (row);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->new_room_name_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->new_room_seats_row), "");
  set_new_room_error (self, NULL, NULL);
  load_rooms (self);
  adw_combo_row_set_selected (self->new_room_school_row, school);
  show_toast (self, _("Room added"));
}

CaseloadPreferencesWindow *
caseload_preferences_window_new (GtkWindow     *parent,
                                 GSettings     *settings,
                                 CaseloadStore *store)
{
  CaseloadPreferencesWindow *self;
  g_autofree char *paper = NULL;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (store == NULL || CASELOAD_IS_STORE (store), NULL);

  self = g_object_new (CASELOAD_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       NULL);
  self->settings = g_object_ref (settings);
  g_set_object (&self->store, store);

  self->loading = TRUE;
  load_staff (self);
  paper = g_settings_get_string (settings, "paper-size");
  adw_combo_row_set_selected (self->paper_row, g_strcmp0 (paper, "a4") == 0 ? 1 : 0);
  load_rules (self);
  load_codes (self);
  load_rooms (self);
  self->loading = FALSE;

  return self;
}

static void
caseload_preferences_window_dispose (GObject *object)
{
  CaseloadPreferencesWindow *self = CASELOAD_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (caseload_preferences_window_parent_class)->dispose (object);
}

static void
caseload_preferences_window_finalize (GObject *object)
{
  CaseloadPreferencesWindow *self = CASELOAD_PREFERENCES_WINDOW (object);

  g_clear_pointer (&self->staff_ids, g_array_unref);
  g_clear_pointer (&self->code_rows, g_ptr_array_unref);
  g_clear_pointer (&self->room_rows, g_ptr_array_unref);
  g_clear_pointer (&self->school_ids, g_array_unref);

  G_OBJECT_CLASS (caseload_preferences_window_parent_class)->finalize (object);
}

static void
caseload_preferences_window_class_init (CaseloadPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_preferences_window_dispose;
  object_class->finalize = caseload_preferences_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/caseload-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadPreferencesWindow, signed_in_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPreferencesWindow, paper_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPreferencesWindow, rules_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPreferencesWindow, codes_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPreferencesWindow, new_code_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPreferencesWindow, new_code_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPreferencesWindow, new_name_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPreferencesWindow, new_description_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPreferencesWindow, new_code_error_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPreferencesWindow, add_code_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPreferencesWindow, rooms_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPreferencesWindow, new_room_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPreferencesWindow, new_room_school_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPreferencesWindow, school_names);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPreferencesWindow, new_room_name_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPreferencesWindow, new_room_seats_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPreferencesWindow, new_room_error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_new_room_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_room_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_new_code_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_code_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_signed_in_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_paper_row_selected_cb);
}

static void
caseload_preferences_window_init (CaseloadPreferencesWindow *self)
{
  self->loading = TRUE;
  self->staff_ids = g_array_new (FALSE, TRUE, sizeof (gint64));
  self->code_rows = g_ptr_array_new ();
  self->room_rows = g_ptr_array_new ();
  self->school_ids = g_array_new (FALSE, TRUE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));
  caseload_entry_row_name_field (self->new_code_row, _("New code"));
  caseload_entry_row_name_field (self->new_name_row, _("New code name"));
  caseload_entry_row_name_field (self->new_description_row, _("New code description"));
  caseload_entry_row_name_field (self->new_room_name_row, _("New room name"));
  caseload_entry_row_name_field (self->new_room_seats_row, _("New room seats"));
  self->loading = FALSE;
}
