/* caseload-student-page.c: one student's record
 *
 * A header with the essentials and Archive/Restore, then Profile,
 * Guardians, Team and Compliance. Profile and the evaluation dates save
 * themselves 600 ms after the last edit, after validation; pending edits
 * are flushed when the page is left or the window closes.
 */
#define G_LOG_DOMAIN "caseload-student-page"

#include "config.h"

#include "caseload-student-page.h"

#include "caseload-entry-row.h"
#include "caseload-contacts-tab.h"
#include "caseload-date.h"
#include "caseload-guardian-dialog.h"
#include "caseload-history-view.h"
#include "caseload-iep-page.h"
#include "caseload-student-meetings.h"
#include "caseload-student-progress-view.h"
#include "caseload-students-page.h"
#include "caseload-team-member-dialog.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#define AUTOSAVE_DELAY_MS 600

static const char * const grade_codes[] = {
  "PK", "K", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12",
};

/* Parallel to the "languages" list in the template. */
static const char * const language_codes[] = {
  "en", "es", "vi", "zh", "ar", "so", "ht", "fr", "pt", "ru", "tl", "ko",
};

/* Parallel to the "genders" list in the template. */
static const char * const gender_codes[] = {
  "", "female", "male", "nonbinary",
};

struct _CaseloadStudentPage
{
  GtkWidget         parent_instance;

  CaseloadStore    *store;
  CaseloadIepPage  *iep_page;
  CaseloadHistoryView *history_view;
  CaseloadContactsTab *contacts_tab;
  GtkWidget        *meetings_tab;
  CaseloadStudentProgressView *progress_view;
  CaseloadStudent  *student;
  char             *title;
  GArray           *school_ids;        /* gint64, parallel to school_row */
  GPtrArray        *disability_codes;  /* char *, parallel to primary_disability_row, [0] = "" */
  GPtrArray        *secondary_checks;  /* GtkCheckButton *, code in "code" data */
  GPtrArray        *extra_languages;   /* codes appended after the built-in ones */
  GPtrArray        *extra_genders;
  guint             profile_timeout_id;
  guint             compliance_timeout_id;
  guint             loading;
  gboolean          profile_invalid;
  gboolean          compliance_invalid;
  /* Edits not yet in the store; cleared only by a successful save. */
  gboolean          profile_dirty;
  gboolean          compliance_dirty;
  /* What keeps them from being saved ("Birth date: …"), or NULL. */
  char             *profile_problem;
  char             *compliance_problem;

  /* template children */
  GtkWidget        *content;
  AdwAvatar        *avatar;
  GtkLabel         *name_label;
  GtkWidget        *switcher;
  GtkLabel         *facts_label;
  GtkLabel         *case_manager_label;
  GtkLabel         *deadline_label;
  GtkButton        *archive_button;
  GtkLabel         *save_label;
  AdwViewStack     *view_stack;
  AdwEntryRow      *first_name_row;
  AdwEntryRow      *last_name_row;
  AdwEntryRow      *preferred_name_row;
  AdwEntryRow      *number_row;
  AdwEntryRow      *birth_date_row;
  AdwComboRow      *grade_row;
  AdwComboRow      *school_row;
  AdwComboRow      *language_row;
  AdwComboRow      *gender_row;
  GtkStringList    *languages;
  GtkStringList    *genders;
  GtkLabel         *profile_error_label;
  AdwComboRow      *primary_disability_row;
  AdwExpanderRow   *secondary_row;
  GtkTextView      *notes_view;
  GtkListBox       *guardians_list;
  GtkWidget        *team_warning_list;
  GtkListBox       *team_list;
  AdwEntryRow      *consent_row;
  AdwEntryRow      *evaluation_row;
  AdwEntryRow      *eligibility_row;
  GtkSwitch        *waived_switch;
  GtkLabel         *compliance_error_label;
  AdwActionRow     *iep_meeting_row;
  AdwActionRow     *iep_start_row;
  AdwActionRow     *iep_end_row;
  GtkListBox       *deadlines_list;
};

G_DEFINE_FINAL_TYPE (CaseloadStudentPage, caseload_student_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_STUDENT_ID,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void save_profile (CaseloadStudentPage *self);
static void save_compliance (CaseloadStudentPage *self);
static void reload_team (CaseloadStudentPage *self);
static void focus_switcher (CaseloadStudentPage *self);

/* ---- small helpers ----------------------------------------------------- */

static GtkWindow *
parent_window (CaseloadStudentPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_error (CaseloadStudentPage *self,
            const char          *heading,
            const GError        *error)
{
  GtkWidget *dialog = adw_message_dialog_new (parent_window (self), heading,
                                              error != NULL ? error->message
                                                            : _("Something went wrong."));

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_toast (CaseloadStudentPage *self,
            AdwToast            *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static char *
entry_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static void
set_entry (AdwEntryRow *row,
           const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static void
set_date_entry (AdwEntryRow *row,
                const GDate *date)
{
  g_autofree char *iso = NULL;

  if (date != NULL && g_date_valid (date))
    iso = caseload_date_to_iso (date);
  set_entry (row, iso);
}

static void
set_date_subtitle (AdwActionRow *row,
                   const GDate  *date)
{
  g_autofree char *text = NULL;

  if (date != NULL && g_date_valid (date))
    text = caseload_date_to_display (date);
  adw_action_row_set_subtitle (row, text != NULL ? text : _("None"));
}

static guint
index_of_code (const char * const *codes,
               guint               n_codes,
               GPtrArray          *extra,
               const char         *code)
{
  for (guint i = 0; i < n_codes; i++)
    if (g_strcmp0 (codes[i], code) == 0)
      return i;

  for (guint i = 0; i < extra->len; i++)
    if (g_strcmp0 (g_ptr_array_index (extra, i), code) == 0)
      return n_codes + i;

  return GTK_INVALID_LIST_POSITION;
}

/* Selects @code in a combo backed by built-in codes; an unknown code (a
 * language or gender imported from elsewhere) is added so it survives. */
static void
select_code (AdwComboRow        *row,
             GtkStringList      *list,
             const char * const *codes,
             guint               n_codes,
             GPtrArray          *extra,
             const char         *code)
{
  guint index = index_of_code (codes, n_codes, extra, code != NULL ? code : "");

  if (index == GTK_INVALID_LIST_POSITION)
    {
      g_ptr_array_add (extra, g_strdup (code));
      gtk_string_list_append (list, code);
      index = n_codes + extra->len - 1;
    }

  adw_combo_row_set_selected (row, index);
}

static const char *
selected_code (AdwComboRow        *row,
               const char * const *codes,
               guint               n_codes,
               GPtrArray          *extra)
{
  guint index = adw_combo_row_get_selected (row);

  if (index < n_codes)
    return codes[index];
  if (index != GTK_INVALID_LIST_POSITION && index - n_codes < extra->len)
    return g_ptr_array_index (extra, index - n_codes);

  return codes[0];
}

/* ---- header ------------------------------------------------------------ */

static void
update_save_label (CaseloadStudentPage *self,
                   const char          *text,
                   gboolean             problem)
{
  gtk_label_set_text (self->save_label, text);
  if (problem)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->save_label), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self->save_label), "dim-label");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->save_label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->save_label), "dim-label");
    }
}

static void
update_header (CaseloadStudentPage *self)
{
  CaseloadStudent *student = self->student;
  g_autofree char *name = NULL;
  g_autofree char *facts = NULL;
  g_autofree char *deadline = NULL;
  const char *school;
  const char *case_manager;
  gboolean archived;

  if (student == NULL)
    {
      gtk_label_set_text (self->name_label, "");
      gtk_label_set_text (self->facts_label, "");
      gtk_label_set_text (self->case_manager_label, "");
      gtk_label_set_text (self->deadline_label, "");
      return;
    }

  name = caseload_student_dup_full_name (student);
  gtk_label_set_text (self->name_label, name);
  adw_avatar_set_text (self->avatar, name);

  school = caseload_student_get_school_name (student);
  /* Translators: the student header: student ID, grade, school. */
  facts = g_strdup_printf (_("ID %s · Grade %s · %s"),
                           caseload_student_get_student_number (student),
                           caseload_student_get_grade (student),
                           school != NULL && school[0] != '\0' ? school : _("No school"));
  if (g_strcmp0 (caseload_student_get_status (student), "archived") == 0)
    {
      g_autofree char *plain = g_steal_pointer (&facts);

      /* Translators: appended to the student header of an archived student. */
      facts = g_strdup_printf (_("%s · Archived"), plain);
    }
  gtk_label_set_text (self->facts_label, facts);

  case_manager = caseload_student_get_case_manager_name (student);
  if (case_manager != NULL && case_manager[0] != '\0')
    {
      g_autofree char *text = g_strdup_printf (_("Case manager: %s"), case_manager);

      gtk_label_set_text (self->case_manager_label, text);
      gtk_widget_remove_css_class (GTK_WIDGET (self->case_manager_label), "error");
    }
  else
    {
      gtk_label_set_text (self->case_manager_label, _("No case manager"));
      gtk_widget_add_css_class (GTK_WIDGET (self->case_manager_label), "error");
    }

  deadline = caseload_students_page_describe_deadline (student);
  gtk_widget_remove_css_class (GTK_WIDGET (self->deadline_label), "overdue");
  gtk_widget_remove_css_class (GTK_WIDGET (self->deadline_label), "due-soon");
  if (deadline != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Next: %s"), deadline);

      gtk_label_set_text (self->deadline_label, text);
      if (caseload_student_get_next_deadline_status (student) == CASELOAD_DEADLINE_STATUS_OVERDUE)
        gtk_widget_add_css_class (GTK_WIDGET (self->deadline_label), "overdue");
      else if (caseload_student_get_next_deadline_status (student) == CASELOAD_DEADLINE_STATUS_DUE_SOON)
        gtk_widget_add_css_class (GTK_WIDGET (self->deadline_label), "due-soon");
    }
  else
    {
      gtk_label_set_text (self->deadline_label, _("No deadlines due"));
    }

  archived = g_strcmp0 (caseload_student_get_status (student), "archived") == 0;
  gtk_button_set_label (self->archive_button, archived ? _("Restore") : _("Archive"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->archive_button),
                               archived ? _("Bring this student back to the active list")
                                        : _("Hide this student from the lists; nothing is deleted"));
  {
    /* Translators: %s is a student's name. */
    g_autofree char *label = g_strdup_printf (archived ? _("Restore %s") : _("Archive %s"), name);

    gtk_accessible_update_property (GTK_ACCESSIBLE (self->archive_button),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                    -1);
  }

  if (g_strcmp0 (self->title, name) != 0)
    {
      g_free (self->title);
      self->title = g_steal_pointer (&name);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
    }
}

/* Re-reads the student for the header (case manager, next deadline,
 * status) without touching the form, which may hold newer edits. */
static void
refresh_student (CaseloadStudentPage *self)
{
  g_autoptr(CaseloadStudent) student = NULL;

  if (self->store == NULL || self->student == NULL)
    return;

  student = caseload_store_get_student (self->store, caseload_student_get_id (self->student), NULL);
  if (student != NULL)
    g_set_object (&self->student, student);
  update_header (self);
}

/* ---- profile ----------------------------------------------------------- */

static void
load_code_tables (CaseloadStudentPage *self)
{
  g_autoptr(GtkStringList) schools = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) disabilities = gtk_string_list_new (NULL);
  g_autoptr(GListModel) school_list = NULL;
  g_autoptr(GListModel) disability_list = NULL;
  gint64 none = 0;

  g_array_set_size (self->school_ids, 0);
  g_ptr_array_set_size (self->disability_codes, 0);
  for (guint i = 0; i < self->secondary_checks->len; i++)
    adw_expander_row_remove (self->secondary_row,
                             gtk_widget_get_ancestor (g_ptr_array_index (self->secondary_checks, i),
                                                      ADW_TYPE_ACTION_ROW));
  g_ptr_array_set_size (self->secondary_checks, 0);

  gtk_string_list_append (schools, _("No school"));
  g_array_append_val (self->school_ids, none);
  gtk_string_list_append (disabilities, C_("disability", "None"));
  g_ptr_array_add (self->disability_codes, g_strdup (""));

  if (self->store != NULL)
    {
      school_list = caseload_store_list_schools (self->store, NULL);
      disability_list = caseload_store_list_disabilities (self->store, NULL);
    }

  for (guint i = 0; school_list != NULL && i < g_list_model_get_n_items (school_list); i++)
    {
      g_autoptr(CaseloadSchool) school = g_list_model_get_item (school_list, i);
      gint64 id = caseload_school_get_id (school);

      gtk_string_list_append (schools, caseload_school_get_name (school));
      g_array_append_val (self->school_ids, id);
    }

  for (guint i = 0; disability_list != NULL && i < g_list_model_get_n_items (disability_list); i++)
    {
      g_autoptr(CaseloadCode) code = g_list_model_get_item (disability_list, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      gtk_string_list_append (disabilities, caseload_code_get_name (code));
      g_ptr_array_add (self->disability_codes, g_strdup (caseload_code_get_code (code)));

      /* One check per category in the "Secondary disabilities" expander. */
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), caseload_code_get_name (code));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, caseload_code_get_name (code),
                                      -1);
      g_object_set_data_full (G_OBJECT (check), "code",
                              g_strdup (caseload_code_get_code (code)), g_free);
      g_signal_connect_object (check, "toggled", G_CALLBACK (save_profile), self, G_CONNECT_SWAPPED);
      adw_expander_row_add_row (self->secondary_row, row);
      g_ptr_array_add (self->secondary_checks, check);
    }

  self->loading++;
  adw_combo_row_set_model (self->school_row, G_LIST_MODEL (schools));
  adw_combo_row_set_model (self->primary_disability_row, G_LIST_MODEL (disabilities));
  self->loading--;
}

static void
clear_profile_errors (CaseloadStudentPage *self)
{
  GtkWidget *rows[] = {
    GTK_WIDGET (self->first_name_row), GTK_WIDGET (self->last_name_row),
    GTK_WIDGET (self->preferred_name_row), GTK_WIDGET (self->number_row),
    GTK_WIDGET (self->birth_date_row), GTK_WIDGET (self->grade_row),
    GTK_WIDGET (self->school_row), GTK_WIDGET (self->language_row),
    GTK_WIDGET (self->gender_row), GTK_WIDGET (self->primary_disability_row),
    GTK_WIDGET (self->secondary_row),
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    gtk_widget_remove_css_class (rows[i], "error");
  gtk_widget_set_visible (GTK_WIDGET (self->profile_error_label), FALSE);
}

static GtkWidget *
profile_row_for_field (CaseloadStudentPage *self,
                       const char          *field)
{
  static const struct { const char *field; gsize offset; } map[] = {
    { "first-name", G_STRUCT_OFFSET (CaseloadStudentPage, first_name_row) },
    { "last-name", G_STRUCT_OFFSET (CaseloadStudentPage, last_name_row) },
    { "preferred-name", G_STRUCT_OFFSET (CaseloadStudentPage, preferred_name_row) },
    { "student-number", G_STRUCT_OFFSET (CaseloadStudentPage, number_row) },
    { "birth-date", G_STRUCT_OFFSET (CaseloadStudentPage, birth_date_row) },
    { "grade", G_STRUCT_OFFSET (CaseloadStudentPage, grade_row) },
    { "school-id", G_STRUCT_OFFSET (CaseloadStudentPage, school_row) },
    { "school", G_STRUCT_OFFSET (CaseloadStudentPage, school_row) },
    { "home-language", G_STRUCT_OFFSET (CaseloadStudentPage, language_row) },
    { "gender", G_STRUCT_OFFSET (CaseloadStudentPage, gender_row) },
    { "primary-disability", G_STRUCT_OFFSET (CaseloadStudentPage, primary_disability_row) },
    { "secondary-disabilities", G_STRUCT_OFFSET (CaseloadStudentPage, secondary_row) },
  };

  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    if (g_strcmp0 (map[i].field, field) == 0)
      return G_STRUCT_MEMBER (GtkWidget *, self, map[i].offset);

  return NULL;
}

/* "Birth date: Not a date" — the field's title and what is wrong. */
static char *
problem_text (GtkWidget  *row,
              const char *message)
{
  if (ADW_IS_PREFERENCES_ROW (row))
    /* Translators: a form field's title, then what is wrong with it. */
    return g_strdup_printf (_("%s: %s"), adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                            message);
  return g_strdup (message);
}

static void
show_profile_error (CaseloadStudentPage *self,
                    const char          *field,
                    const char          *message)
{
  GtkWidget *row = profile_row_for_field (self, field);

  if (row != NULL)
    {
      gtk_widget_add_css_class (row, "error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                      -1);
    }
  gtk_label_set_text (self->profile_error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->profile_error_label), TRUE);
  self->profile_invalid = TRUE;
  g_free (self->profile_problem);
  self->profile_problem = problem_text (row, message);
  update_save_label (self, _("Not saved: fix the highlighted field"), TRUE);
}

static void
load_profile (CaseloadStudentPage *self)
{
  CaseloadStudent *student = self->student;
  const char * const *secondary;
  guint index;

  self->loading++;

  clear_profile_errors (self);
  set_entry (self->first_name_row, student ? caseload_student_get_first_name (student) : NULL);
  set_entry (self->last_name_row, student ? caseload_student_get_last_name (student) : NULL);
  set_entry (self->preferred_name_row, student ? caseload_student_get_preferred_name (student) : NULL);
  set_entry (self->number_row, student ? caseload_student_get_student_number (student) : NULL);
  set_entry (self->birth_date_row, student ? caseload_student_get_birth_date (student) : NULL);

  index = 1;
  for (guint i = 0; student != NULL && i < G_N_ELEMENTS (grade_codes); i++)
    if (g_strcmp0 (grade_codes[i], caseload_student_get_grade (student)) == 0)
      index = i;
  adw_combo_row_set_selected (self->grade_row, index);

  index = 0;
  for (guint i = 0; student != NULL && i < self->school_ids->len; i++)
    if (g_array_index (self->school_ids, gint64, i) == caseload_student_get_school_id (student))
      index = i;
  adw_combo_row_set_selected (self->school_row, index);

  select_code (self->language_row, self->languages, language_codes, G_N_ELEMENTS (language_codes),
               self->extra_languages, student ? caseload_student_get_home_language (student) : "en");
  select_code (self->gender_row, self->genders, gender_codes, G_N_ELEMENTS (gender_codes),
               self->extra_genders, student ? caseload_student_get_gender (student) : "");

  index = 0;
  for (guint i = 0; student != NULL && i < self->disability_codes->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->disability_codes, i),
                   caseload_student_get_primary_disability (student)) == 0)
      index = i;
  adw_combo_row_set_selected (self->primary_disability_row, index);

  secondary = student ? caseload_student_get_secondary_disabilities (student) : NULL;
  for (guint i = 0; i < self->secondary_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->secondary_checks, i);
      const char *code = g_object_get_data (G_OBJECT (check), "code");

      gtk_check_button_set_active (check,
                                   secondary != NULL && g_strv_contains (secondary, code));
    }
  adw_expander_row_set_expanded (self->secondary_row,
                                 secondary != NULL && secondary[0] != NULL);

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                            student ? caseload_student_get_notes (student) : "", -1);

  self->profile_invalid = FALSE;
  self->profile_dirty = FALSE;
  g_clear_pointer (&self->profile_problem, g_free);
  self->loading--;
}

/* Builds the student from the form. Returns NULL (field marked) when a
 * date cannot even be read. */
static CaseloadStudent *
student_from_form (CaseloadStudentPage *self)
{
  g_autoptr(CaseloadStudent) student = caseload_student_copy (self->student);
  g_autoptr(GPtrArray) secondary = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *first = entry_text (self->first_name_row);
  g_autofree char *last = entry_text (self->last_name_row);
  g_autofree char *preferred = entry_text (self->preferred_name_row);
  g_autofree char *number = entry_text (self->number_row);
  g_autofree char *birth_text = entry_text (self->birth_date_row);
  g_autofree char *birth_iso = NULL;
  g_autofree char *notes = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;
  guint grade = adw_combo_row_get_selected (self->grade_row);
  guint school = adw_combo_row_get_selected (self->school_row);
  guint disability = adw_combo_row_get_selected (self->primary_disability_row);
  GDate birth;

  g_date_clear (&birth, 1);
  if (birth_text[0] != '\0'
      && !caseload_date_parse_user (birth_text, NULL, _("Birth date"), &birth, &error))
    {
      show_profile_error (self, "birth-date", error->message);
      return NULL;
    }
  birth_iso = g_date_valid (&birth) ? caseload_date_to_iso (&birth) : g_strdup ("");

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  notes = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  caseload_student_set_first_name (student, first);
  caseload_student_set_last_name (student, last);
  caseload_student_set_preferred_name (student, preferred);
  caseload_student_set_student_number (student, number);
  caseload_student_set_birth_date (student, birth_iso);
  if (grade < G_N_ELEMENTS (grade_codes))
    caseload_student_set_grade (student, grade_codes[grade]);
  if (school < self->school_ids->len)
    caseload_student_set_school_id (student, g_array_index (self->school_ids, gint64, school));
  caseload_student_set_home_language (student,
                                      selected_code (self->language_row, language_codes,
                                                     G_N_ELEMENTS (language_codes), self->extra_languages));
  caseload_student_set_gender (student,
                               selected_code (self->gender_row, gender_codes,
                                              G_N_ELEMENTS (gender_codes), self->extra_genders));
  if (disability < self->disability_codes->len)
    caseload_student_set_primary_disability (student, g_ptr_array_index (self->disability_codes, disability));

  for (guint i = 0; i < self->secondary_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->secondary_checks, i);

      if (gtk_check_button_get_active (check))
        g_ptr_array_add (secondary, g_object_get_data (G_OBJECT (check), "code"));
    }
  g_ptr_array_add (secondary, NULL);
  caseload_student_set_secondary_disabilities (student, (const char * const *) secondary->pdata);
  caseload_student_set_notes (student, notes);

  return g_steal_pointer (&student);
}

static void
save_profile_now (CaseloadStudentPage *self)
{
  g_autoptr(CaseloadStudent) student = NULL;
  g_autoptr(GError) error = NULL;
  const char *field = NULL;

  g_clear_handle_id (&self->profile_timeout_id, g_source_remove);

  if (self->store == NULL || self->student == NULL)
    return;

  clear_profile_errors (self);
  self->profile_invalid = FALSE;
  g_clear_pointer (&self->profile_problem, g_free);

  student = student_from_form (self);
  if (student == NULL)
    return;

  if (!caseload_store_validate_student (self->store, student, &field, &error)
      || !caseload_store_save_student (self->store, student, &error))
    {
      show_profile_error (self, field, error->message);
      return;
    }

  g_set_object (&self->student, student);
  self->profile_dirty = FALSE;
  if (!self->compliance_invalid)
    update_save_label (self, _("Saved"), FALSE);
  refresh_student (self);
}

static gboolean
profile_timeout_cb (gpointer user_data)
{
  CaseloadStudentPage *self = user_data;

  self->profile_timeout_id = 0;
  save_profile_now (self);

  return G_SOURCE_REMOVE;
}

/* Every edit restarts the autosave timeout. */
static void
save_profile (CaseloadStudentPage *self)
{
  if (self->loading > 0 || self->student == NULL)
    return;

  self->profile_dirty = TRUE;
  g_clear_handle_id (&self->profile_timeout_id, g_source_remove);
  self->profile_timeout_id = g_timeout_add (AUTOSAVE_DELAY_MS, profile_timeout_cb, self);
  update_save_label (self, _("Editing…"), FALSE);
}

static void
on_profile_changed_cb (CaseloadStudentPage *self)
{
  save_profile (self);
}

/* ---- compliance -------------------------------------------------------- */

static void
load_compliance (CaseloadStudentPage *self)
{
  CaseloadComplianceDates dates;
  g_autoptr(GListModel) deadlines = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  memset (&dates, 0, sizeof dates);
  g_date_clear (&dates.initial_consent_date, 1);
  g_date_clear (&dates.last_evaluation_date, 1);
  g_date_clear (&dates.eligibility_date, 1);
  g_date_clear (&dates.iep_meeting_date, 1);
  g_date_clear (&dates.iep_start_date, 1);
  g_date_clear (&dates.iep_end_date, 1);

  if (self->store != NULL && self->student != NULL
      && !caseload_store_get_compliance_dates (self->store, caseload_student_get_id (self->student),
                                               &dates, &error))
    g_warning ("Could not read the compliance dates: %s", error->message);

  self->loading++;
  gtk_widget_remove_css_class (GTK_WIDGET (self->consent_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->evaluation_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->eligibility_row), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->compliance_error_label), FALSE);
  set_date_entry (self->consent_row, &dates.initial_consent_date);
  set_date_entry (self->evaluation_row, &dates.last_evaluation_date);
  set_date_entry (self->eligibility_row, &dates.eligibility_date);
  gtk_switch_set_active (self->waived_switch, dates.reevaluation_waived);
  self->compliance_invalid = FALSE;
  self->compliance_dirty = FALSE;
  g_clear_pointer (&self->compliance_problem, g_free);
  self->loading--;

  set_date_subtitle (self->iep_meeting_row, &dates.iep_meeting_date);
  set_date_subtitle (self->iep_start_row, &dates.iep_start_date);
  set_date_subtitle (self->iep_end_row, &dates.iep_end_date);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->deadlines_list))) != NULL
         && GTK_IS_LIST_BOX_ROW (child))
    gtk_list_box_remove (self->deadlines_list, child);

  if (self->store == NULL || self->student == NULL)
    return;

  g_clear_error (&error);
  deadlines = caseload_store_list_deadlines (self->store, caseload_student_get_id (self->student),
                                             NULL, -1, &error);
  if (deadlines == NULL)
    {
      g_warning ("Could not list the deadlines: %s", error->message);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (deadlines); i++)
    {
      g_autoptr(CaseloadDeadline) deadline = g_list_model_get_item (deadlines, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *status = gtk_label_new (caseload_deadline_get_status_text (deadline));
      GDate due;
      g_autofree char *due_text = NULL;

      g_date_clear (&due, 1);
      caseload_date_parse_iso (caseload_deadline_get_due_date (deadline), &due);
      due_text = caseload_date_to_display (&due);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), caseload_deadline_get_kind_label (deadline));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), due_text);
      if (caseload_deadline_get_status (deadline) == CASELOAD_DEADLINE_STATUS_OVERDUE)
        gtk_widget_add_css_class (status, "overdue");
      else if (caseload_deadline_get_status (deadline) == CASELOAD_DEADLINE_STATUS_DUE_SOON)
        gtk_widget_add_css_class (status, "due-soon");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), status);
      gtk_list_box_append (self->deadlines_list, row);
    }
}

static gboolean
read_date_row (CaseloadStudentPage *self,
               AdwEntryRow         *row,
               GDate               *date)
{
  g_autofree char *text = entry_text (row);
  g_autoptr(GError) error = NULL;

  g_date_clear (date, 1);
  if (text[0] == '\0')
    return TRUE;

  if (caseload_date_parse_user (text, NULL, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                                date, &error))
    return TRUE;

  gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  gtk_label_set_text (self->compliance_error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->compliance_error_label), TRUE);
  g_free (self->compliance_problem);
  self->compliance_problem = problem_text (GTK_WIDGET (row), error->message);
  return FALSE;
}

static void
save_compliance_now (CaseloadStudentPage *self)
{
  CaseloadComplianceDates dates;
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->compliance_timeout_id, g_source_remove);

  if (self->store == NULL || self->student == NULL)
    return;

  memset (&dates, 0, sizeof dates);
  g_date_clear (&dates.iep_meeting_date, 1);
  g_date_clear (&dates.iep_start_date, 1);
  g_date_clear (&dates.iep_end_date, 1);

  gtk_widget_remove_css_class (GTK_WIDGET (self->consent_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->evaluation_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->eligibility_row), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->compliance_error_label), FALSE);
  self->compliance_invalid = TRUE;
  g_clear_pointer (&self->compliance_problem, g_free);

  if (!read_date_row (self, self->consent_row, &dates.initial_consent_date)
      || !read_date_row (self, self->evaluation_row, &dates.last_evaluation_date)
      || !read_date_row (self, self->eligibility_row, &dates.eligibility_date))
    {
      update_save_label (self, _("Not saved: fix the highlighted field"), TRUE);
      return;
    }
  dates.reevaluation_waived = gtk_switch_get_active (self->waived_switch);

  if (!caseload_store_save_compliance_dates (self->store, caseload_student_get_id (self->student),
                                             &dates, &error))
    {
      const char *message = error->message;
      g_autofree char *folded = g_utf8_casefold (message, -1);
      AdwEntryRow *date_rows[] = { self->eligibility_row, self->evaluation_row, self->consent_row };
      GtkWidget *marked = NULL;

      /* The message names the date: mark the row it names. */
      for (guint i = 0; i < G_N_ELEMENTS (date_rows); i++)
        {
          g_autofree char *title = g_utf8_casefold (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (date_rows[i])), -1);

          if (strstr (folded, title) != NULL)
            {
              gtk_widget_add_css_class (GTK_WIDGET (date_rows[i]), "error");
              marked = GTK_WIDGET (date_rows[i]);
              break;
            }
        }
      gtk_label_set_text (self->compliance_error_label, message);
      gtk_widget_set_visible (GTK_WIDGET (self->compliance_error_label), TRUE);
      self->compliance_problem = marked != NULL ? problem_text (marked, message) : g_strdup (message);
      update_save_label (self, _("Not saved: fix the highlighted field"), TRUE);
      return;
    }

  self->compliance_dirty = FALSE;
  self->compliance_invalid = FALSE;
  if (!self->profile_invalid)
    update_save_label (self, _("Saved"), FALSE);
  load_compliance (self);
  refresh_student (self);
}

static gboolean
compliance_timeout_cb (gpointer user_data)
{
  CaseloadStudentPage *self = user_data;

  self->compliance_timeout_id = 0;
  save_compliance_now (self);

  return G_SOURCE_REMOVE;
}

static void
save_compliance (CaseloadStudentPage *self)
{
  if (self->loading > 0 || self->student == NULL)
    return;

  self->compliance_dirty = TRUE;
  g_clear_handle_id (&self->compliance_timeout_id, g_source_remove);
  self->compliance_timeout_id = g_timeout_add (AUTOSAVE_DELAY_MS, compliance_timeout_cb, self);
  update_save_label (self, _("Editing…"), FALSE);
}

static void
on_compliance_changed_cb (CaseloadStudentPage *self)
{
  save_compliance (self);
}

/* ---- guardians --------------------------------------------------------- */

static const char *
relationship_label (const char *relationship)
{
  static const struct { const char *code; const char *label; } labels[] = {
    { "mother", N_("Mother") },
    { "father", N_("Father") },
    { "parent", N_("Parent") },
    { "guardian", N_("Guardian") },
    { "grandparent", N_("Grandparent") },
    { "foster-parent", N_("Foster parent") },
    { "other", N_("Other") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_strcmp0 (labels[i].code, relationship) == 0)
      return _(labels[i].label);

  return relationship;
}

static const char *
language_label (const char *code)
{
  static const struct { const char *code; const char *label; } labels[] = {
    { "en", N_("English") }, { "es", N_("Spanish") }, { "vi", N_("Vietnamese") },
    { "zh", N_("Chinese") }, { "ar", N_("Arabic") }, { "so", N_("Somali") },
    { "ht", N_("Haitian Creole") }, { "fr", N_("French") }, { "pt", N_("Portuguese") },
    { "ru", N_("Russian") }, { "tl", N_("Tagalog") }, { "ko", N_("Korean") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_strcmp0 (labels[i].code, code) == 0)
      return _(labels[i].label);

  return code;
}

static void reload_guardians (CaseloadStudentPage *self);

static void
on_guardian_saved_cb (CaseloadStudentPage *self)
{
  reload_guardians (self);
}

static void
on_edit_guardian_clicked_cb (GtkButton           *button,
                             CaseloadStudentPage *self)
{
  CaseloadGuardian *guardian = g_object_get_data (G_OBJECT (button), "guardian");
  CaseloadGuardianDialog *dialog;

  dialog = caseload_guardian_dialog_new (parent_window (self), self->store,
                                         caseload_student_get_id (self->student), guardian);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_guardian_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Undo runs while the page may show another student (or none): it acts
 * on the store the toast kept, and a failure is shown on the page's
 * window. */
static void
on_undo_remove_guardian_cb (AdwToast            *toast,
                            CaseloadStudentPage *self)
{
  CaseloadStore *store = g_object_get_data (G_OBJECT (toast), "store");
  CaseloadGuardian *guardian = g_object_get_data (G_OBJECT (toast), "guardian");
  g_autoptr(GError) error = NULL;

  /* The same row as before: same id, external id and order. */
  if (!caseload_store_restore_guardian (store, guardian, &error))
    show_error (self, _("Could Not Restore the Guardian"), error);
}

static void
on_remove_guardian_clicked_cb (GtkButton           *button,
                               CaseloadStudentPage *self)
{
  CaseloadGuardian *listed = g_object_get_data (G_OBJECT (button), "guardian");
  g_autoptr(GError) error = NULL;
  g_autofree char *name = caseload_guardian_dup_full_name (listed);
  g_autofree char *title = NULL;
  CaseloadGuardian *guardian;
  AdwToast *toast;

  /* Every column, read before it goes, so Undo can put the row back. */
  guardian = caseload_store_get_guardian (self->store, caseload_guardian_get_id (listed), &error);
  if (guardian == NULL
      || !caseload_store_delete_guardian (self->store, caseload_guardian_get_id (guardian), &error))
    {
      g_clear_object (&guardian);
      show_error (self, _("Could Not Remove the Guardian"), error);
      return;
    }

  /* Translators: %s is a guardian's name. */
  title = g_strdup_printf (_("%s removed"), name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "store", g_object_ref (self->store), g_object_unref);
  g_object_set_data_full (G_OBJECT (toast), "guardian", guardian, g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_remove_guardian_cb), self, 0);
  show_toast (self, toast);
  reload_guardians (self);
}

static GtkWidget *
icon_button (const char *icon_name,
             const char *label)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  return button;
}

static void
reload_guardians (CaseloadStudentPage *self)
{
  g_autoptr(GListModel) guardians = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->guardians_list))) != NULL
         && GTK_IS_LIST_BOX_ROW (child))
    gtk_list_box_remove (self->guardians_list, child);

  if (self->store == NULL || self->student == NULL)
    return;

  guardians = caseload_store_list_guardians (self->store, caseload_student_get_id (self->student), &error);
  if (guardians == NULL)
    {
      g_warning ("Could not list the guardians: %s", error->message);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (guardians); i++)
    {
      g_autoptr(CaseloadGuardian) guardian = g_list_model_get_item (guardians, i);
      g_autofree char *name = caseload_guardian_dup_full_name (guardian);
      g_autoptr(GPtrArray) facts = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *subtitle = NULL;
      g_autofree char *edit_label = NULL;
      g_autofree char *remove_label = NULL;
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *edit;
      GtkWidget *remove;
      const char *phone = caseload_guardian_get_phone (guardian);
      const char *email = caseload_guardian_get_email (guardian);

      g_ptr_array_add (facts, g_strdup (relationship_label (caseload_guardian_get_relationship (guardian))));
      if (phone != NULL && phone[0] != '\0')
        g_ptr_array_add (facts, g_strdup (phone));
      if (email != NULL && email[0] != '\0')
        g_ptr_array_add (facts, g_strdup (email));
      if (caseload_guardian_get_interpreter_needed (guardian))
        /* Translators: %s is a language, "Spanish". */
        g_ptr_array_add (facts, g_strdup_printf (_("%s, interpreter needed"),
                                                 language_label (caseload_guardian_get_language (guardian))));
      else
        g_ptr_array_add (facts, g_strdup (language_label (caseload_guardian_get_language (guardian))));
      if (caseload_guardian_get_rights_holder (guardian))
        g_ptr_array_add (facts, g_strdup (_("Holds educational rights")));
      g_ptr_array_add (facts, NULL);
      subtitle = g_strjoinv (" · ", (char **) facts->pdata);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);

      /* Translators: %s is a guardian's name. */
      edit_label = g_strdup_printf (_("Edit %s"), name);
      /* Translators: %s is a guardian's name. */
      remove_label = g_strdup_printf (_("Remove %s"), name);
      edit = icon_button ("document-edit-symbolic", edit_label);
      remove = icon_button ("user-trash-symbolic", remove_label);
      g_object_set_data_full (G_OBJECT (edit), "guardian", g_object_ref (guardian), g_object_unref);
      g_object_set_data_full (G_OBJECT (remove), "guardian", g_object_ref (guardian), g_object_unref);
      g_signal_connect (edit, "clicked", G_CALLBACK (on_edit_guardian_clicked_cb), self);
      g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_guardian_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), edit);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), edit);
      gtk_list_box_append (self->guardians_list, row);
    }
}

static void
add_guardian_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  CaseloadStudentPage *self = CASELOAD_STUDENT_PAGE (widget);
  CaseloadGuardianDialog *dialog;

  if (self->store == NULL || self->student == NULL)
    return;

  dialog = caseload_guardian_dialog_new (parent_window (self), self->store,
                                         caseload_student_get_id (self->student), NULL);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_guardian_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- team -------------------------------------------------------------- */

static void
on_make_case_manager_clicked_cb (GtkButton           *button,
                                 CaseloadStudentPage *self)
{
  CaseloadTeamAssignment *assignment = g_object_get_data (G_OBJECT (button), "assignment");
  g_autoptr(GError) error = NULL;

  if (!caseload_store_set_case_manager (self->store, caseload_student_get_id (self->student),
                                        caseload_team_assignment_get_staff_id (assignment), &error))
    show_error (self, _("Could Not Change the Case Manager"), error);

  reload_team (self);
  refresh_student (self);
}

static void
on_undo_remove_member_cb (AdwToast            *toast,
                          CaseloadStudentPage *self)
{
  CaseloadStore *store = g_object_get_data (G_OBJECT (toast), "store");
  CaseloadTeamAssignment *assignment = g_object_get_data (G_OBJECT (toast), "assignment");
  g_autoptr(GError) error = NULL;

  /* The same row as before: same id, role, case manager and dates. */
  if (!caseload_store_restore_team_assignment (store, assignment, &error))
    show_error (self, _("Could Not Put the Team Member Back"), error);
}

static void
on_remove_member_clicked_cb (GtkButton           *button,
                             CaseloadStudentPage *self)
{
  CaseloadTeamAssignment *listed = g_object_get_data (G_OBJECT (button), "assignment");
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  CaseloadTeamAssignment *assignment;
  AdwToast *toast;

  /* Every column, read before it goes, so Undo can put the row back. */
  assignment = caseload_store_get_team_assignment (self->store,
                                                   caseload_team_assignment_get_id (listed), &error);
  if (assignment == NULL
      || !caseload_store_remove_team_member (self->store, caseload_team_assignment_get_id (assignment),
                                             &error))
    {
      g_clear_object (&assignment);
      show_error (self, _("Could Not Remove the Team Member"), error);
      return;
    }

  /* Translators: %s is a staff member's name. */
  title = g_strdup_printf (_("%s removed from the team"), caseload_team_assignment_get_staff_name (listed));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "store", g_object_ref (self->store), g_object_unref);
  g_object_set_data_full (G_OBJECT (toast), "assignment", assignment, g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_remove_member_cb), self, 0);
  show_toast (self, toast);

  reload_team (self);
  refresh_student (self);
}

static int
compare_case_manager_first (gconstpointer a,
                            gconstpointer b)
{
  CaseloadTeamAssignment *x = *(CaseloadTeamAssignment **) a;
  CaseloadTeamAssignment *y = *(CaseloadTeamAssignment **) b;

  return (int) caseload_team_assignment_get_is_case_manager (y)
         - (int) caseload_team_assignment_get_is_case_manager (x);
}

static void
reload_team (CaseloadStudentPage *self)
{
  g_autoptr(GListModel) team = NULL;
  g_autoptr(GPtrArray) members = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  gboolean has_case_manager = FALSE;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->team_list))) != NULL
         && GTK_IS_LIST_BOX_ROW (child))
    gtk_list_box_remove (self->team_list, child);

  if (self->store == NULL || self->student == NULL)
    {
      gtk_widget_set_visible (self->team_warning_list, FALSE);
      return;
    }

  team = caseload_store_list_team (self->store, caseload_student_get_id (self->student), &error);
  if (team == NULL)
    {
      g_warning ("Could not list the team: %s", error->message);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (team); i++)
    g_ptr_array_add (members, g_list_model_get_item (team, i));
  /* Stable: the store's order within each group stays. */
  g_ptr_array_sort (members, compare_case_manager_first);

  for (guint i = 0; i < members->len; i++)
    {
      CaseloadTeamAssignment *assignment = g_ptr_array_index (members, i);
      const char *name = caseload_team_assignment_get_staff_name (assignment);
      gboolean is_case_manager = caseload_team_assignment_get_is_case_manager (assignment);
      g_autofree char *make_label = NULL;
      g_autofree char *remove_label = NULL;
      g_autofree char *subtitle = NULL;
      const char *staff_role = caseload_team_assignment_get_staff_role_name (assignment);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      if (staff_role != NULL && staff_role[0] != '\0'
          && g_strcmp0 (staff_role, caseload_team_assignment_get_role_name (assignment)) != 0)
        subtitle = g_strdup_printf ("%s · %s", caseload_team_assignment_get_role_name (assignment), staff_role);
      else
        subtitle = g_strdup (caseload_team_assignment_get_role_name (assignment));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

      if (is_case_manager)
        {
          GtkWidget *tag = gtk_label_new (_("Case manager"));

          has_case_manager = TRUE;
          gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
          gtk_widget_add_css_class (tag, "tag");
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), tag);
        }
      else
        {
          GtkWidget *make = gtk_button_new_with_label (_("Make Case Manager"));

          /* Translators: %s is a staff member's name. */
          make_label = g_strdup_printf (_("Make %s case manager"), name);
          gtk_widget_set_valign (make, GTK_ALIGN_CENTER);
          gtk_widget_add_css_class (make, "flat");
          gtk_accessible_update_property (GTK_ACCESSIBLE (make),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, make_label,
                                          -1);
          g_object_set_data_full (G_OBJECT (make), "assignment", g_object_ref (assignment), g_object_unref);
          g_signal_connect (make, "clicked", G_CALLBACK (on_make_case_manager_clicked_cb), self);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), make);
        }

      /* Translators: %s is a staff member's name. */
      remove_label = g_strdup_printf (_("Remove %s from the team"), name);
      remove = icon_button ("user-trash-symbolic", remove_label);
      g_object_set_data_full (G_OBJECT (remove), "assignment", g_object_ref (assignment), g_object_unref);
      g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_member_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      gtk_list_box_append (self->team_list, row);
    }

  gtk_widget_set_visible (self->team_warning_list, !has_case_manager);
}

static void
on_member_added_cb (CaseloadStudentPage *self)
{
  reload_team (self);
  refresh_student (self);
}

static void
add_team_member_activated (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  CaseloadStudentPage *self = CASELOAD_STUDENT_PAGE (widget);
  CaseloadTeamMemberDialog *dialog;

  if (self->store == NULL || self->student == NULL)
    return;

  dialog = caseload_team_member_dialog_new (parent_window (self), self->store,
                                            caseload_student_get_id (self->student));
  g_signal_connect_object (dialog, "member-added", G_CALLBACK (on_member_added_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- archive ----------------------------------------------------------- */

static void
on_undo_archive_cb (AdwToast            *toast,
                    CaseloadStudentPage *self)
{
  CaseloadStore *store = g_object_get_data (G_OBJECT (toast), "store");
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (toast), "student-id"));
  gboolean archived = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (toast), "archived"));
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (archived)
    ok = caseload_store_restore_student (store, id, &error);
  else
    ok = caseload_store_archive_student (store, id, &error);
  if (!ok)
    show_error (self, archived ? _("Could Not Restore the Student") : _("Could Not Archive the Student"),
                error);
}

static void
toggle_archived_activated (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  CaseloadStudentPage *self = CASELOAD_STUDENT_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  gboolean archive;
  gint64 id;
  AdwToast *toast;
  gboolean ok;

  if (self->store == NULL || self->student == NULL)
    return;

  caseload_student_page_flush (self);
  id = caseload_student_get_id (self->student);
  name = caseload_student_dup_full_name (self->student);
  archive = g_strcmp0 (caseload_student_get_status (self->student), "archived") != 0;

  if (archive)
    ok = caseload_store_archive_student (self->store, id, &error);
  else
    ok = caseload_store_restore_student (self->store, id, &error);
  if (!ok)
    {
      show_error (self, archive ? _("Could Not Archive the Student") : _("Could Not Restore the Student"), error);
      return;
    }

  /* Translators: %s is a student's name. */
  title = g_strdup_printf (archive ? _("%s archived") : _("%s restored"), name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "store", g_object_ref (self->store), g_object_unref);
  g_object_set_data (G_OBJECT (toast), "student-id", GSIZE_TO_POINTER ((gsize) id));
  g_object_set_data (G_OBJECT (toast), "archived", GINT_TO_POINTER (archive));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_archive_cb), self, 0);
  show_toast (self, toast);
  refresh_student (self);
}

/* ---- store ------------------------------------------------------------- */

static void
on_store_changed_cb (CaseloadStudentPage *self,
                     const char          *table)
{
  if (self->student == NULL)
    return;

  if (g_strcmp0 (table, "guardian") == 0)
    reload_guardians (self);
  else if (g_strcmp0 (table, "team_assignment") == 0 || g_strcmp0 (table, "staff") == 0)
    reload_team (self);

  refresh_student (self);
}

CaseloadStore *
caseload_student_page_get_store (CaseloadStudentPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_STUDENT_PAGE (self), NULL);

  return self->store;
}

void
caseload_student_page_set_store (CaseloadStudentPage *self,
                                 CaseloadStore       *store)
{
  g_return_if_fail (CASELOAD_IS_STUDENT_PAGE (self));
  g_return_if_fail (store == NULL || CASELOAD_IS_STORE (store));

  if (self->store == store)
    return;

  /* Edits cannot follow the student to another database: save what can
   * be saved, and the rest goes with the old store. */
  caseload_student_page_flush (self);
  caseload_student_page_discard (self);
  g_clear_object (&self->student);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self,
                             G_CONNECT_SWAPPED);

  load_code_tables (self);
  caseload_student_page_load (self, 0, NULL);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

gint64
caseload_student_page_get_student_id (CaseloadStudentPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_STUDENT_PAGE (self), 0);

  return self->student != NULL ? caseload_student_get_id (self->student) : 0;
}

const char *
caseload_student_page_get_title (CaseloadStudentPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_STUDENT_PAGE (self), NULL);

  return self->title;
}

gboolean
caseload_student_page_flush (CaseloadStudentPage *self)
{
  gboolean iep_saved = TRUE;
  gboolean progress_saved = TRUE;

  g_return_val_if_fail (CASELOAD_IS_STUDENT_PAGE (self), FALSE);

  /* Retried on every flush until it works: a failed autosave leaves the
   * edits dirty, never dropped. */
  if (self->profile_dirty || self->profile_timeout_id != 0)
    save_profile_now (self);
  if (self->compliance_dirty || self->compliance_timeout_id != 0)
    save_compliance_now (self);
  if (self->iep_page != NULL)
    iep_saved = caseload_iep_page_flush (self->iep_page);
  if (self->progress_view != NULL)
    progress_saved = caseload_student_progress_view_flush (self->progress_view);

  return !self->profile_dirty && !self->compliance_dirty && iep_saved && progress_saved;
}

gboolean
caseload_student_page_has_unsaved (CaseloadStudentPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_STUDENT_PAGE (self), FALSE);

  return self->profile_dirty || self->compliance_dirty
         || (self->progress_view != NULL && caseload_student_progress_view_has_unsaved (self->progress_view));
}

char *
caseload_student_page_dup_unsaved_problem (CaseloadStudentPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_STUDENT_PAGE (self), NULL);

  if (self->profile_dirty && self->profile_problem != NULL)
    return g_strdup (self->profile_problem);
  if (self->compliance_dirty && self->compliance_problem != NULL)
    return g_strdup (self->compliance_problem);
  if (self->profile_dirty || self->compliance_dirty)
    return g_strdup (_("The changes could not be saved."));
  if (self->progress_view != NULL)
    return caseload_student_progress_view_dup_problem (self->progress_view);
  return NULL;
}

void
caseload_student_page_discard (CaseloadStudentPage *self)
{
  g_autoptr(CaseloadStudent) stored = NULL;
  gint64 id;

  g_return_if_fail (CASELOAD_IS_STUDENT_PAGE (self));

  g_clear_handle_id (&self->profile_timeout_id, g_source_remove);
  g_clear_handle_id (&self->compliance_timeout_id, g_source_remove);
  self->profile_dirty = FALSE;
  self->compliance_dirty = FALSE;
  self->profile_invalid = FALSE;
  self->compliance_invalid = FALSE;
  g_clear_pointer (&self->profile_problem, g_free);
  g_clear_pointer (&self->compliance_problem, g_free);
  if (self->progress_view != NULL)
    caseload_student_progress_view_discard (self->progress_view);

  if (self->student == NULL)
    return;

  /* Back to what the store has; the IEP tab reloads its student too,
   * which drops its pending edits. */
  id = caseload_student_get_id (self->student);
  if (self->store != NULL)
    stored = caseload_store_get_student (self->store, id, NULL);
  if (stored != NULL)
    g_set_object (&self->student, stored);
  update_save_label (self, "", FALSE);
  load_profile (self);
  load_compliance (self);
  if (self->iep_page != NULL && !caseload_iep_page_flush (self->iep_page))
    {
      g_object_set (self->iep_page, "student-id", (gint64) 0, NULL);
      g_object_set (self->iep_page, "student-id", id, NULL);
    }
  update_header (self);
}

GtkWidget *
caseload_student_page_confirm_leave (CaseloadStudentPage *self,
                                     GtkWindow           *parent)
{
  g_autofree char *problem = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  g_return_val_if_fail (CASELOAD_IS_STUDENT_PAGE (self), NULL);

  if (caseload_student_page_flush (self))
    return NULL;

  problem = caseload_student_page_dup_unsaved_problem (self);
  if (problem == NULL)
    problem = g_strdup (_("An IEP field could not be saved; it is marked on the IEP tab."));
  /* Translators: %s names the field and what is wrong with it. */
  body = g_strdup_printf (_("Some changes to this student could not be saved.\n\n%s\n\n"
                            "Go back to correct the field, or discard the unsaved changes."),
                          problem);
  dialog = adw_message_dialog_new (parent, _("Unsaved Changes"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "back", _("_Go Back"),
                                    "discard", _("_Discard Changes"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "back");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "back");

  return dialog;
}

gboolean
caseload_student_page_load (CaseloadStudentPage *self,
                            gint64               student_id,
                            GError             **error)
{
  g_autoptr(CaseloadStudent) student = NULL;

  g_return_val_if_fail (CASELOAD_IS_STUDENT_PAGE (self), FALSE);

  /* Never drop edits silently: the caller asks first
   * (caseload_student_page_confirm_leave) and discards if told to. */
  if (!caseload_student_page_flush (self) && caseload_student_page_has_unsaved (self))
    {
      g_autofree char *problem = caseload_student_page_dup_unsaved_problem (self);

      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   _("The open student has unsaved changes. %s"), problem);
      return FALSE;
    }

  if (student_id > 0)
    {
      if (self->store == NULL)
        {
          g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                               _("No database is open"));
          return FALSE;
        }

      student = caseload_store_get_student (self->store, student_id, error);
      if (student == NULL)
        return FALSE;
    }

  g_set_object (&self->student, student);
  self->profile_invalid = FALSE;
  self->compliance_invalid = FALSE;
  update_save_label (self, "", FALSE);

  load_profile (self);
  load_compliance (self);
  g_object_set (self->meetings_tab,
                "store", self->store,
                "student-id", student != NULL ? caseload_student_get_id (student) : (gint64) 0,
                NULL);
  g_object_set (self->iep_page,
                "store", self->store,
                "student-id", student != NULL ? caseload_student_get_id (student) : (gint64) 0,
                NULL);
  g_object_set (self->progress_view,
                "store", self->store,
                "student-id", student != NULL ? caseload_student_get_id (student) : (gint64) 0,
                NULL);
  g_object_set (self->contacts_tab,
                "store", self->store,
                "student-id", student != NULL ? caseload_student_get_id (student) : (gint64) 0,
                NULL);
  caseload_history_view_set_store (self->history_view, self->store);
  caseload_history_view_set_student_id (self->history_view,
                                        student != NULL ? caseload_student_get_id (student) : 0);
  reload_guardians (self);
  reload_team (self);
  update_header (self);
  if (student != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, "profile");
  focus_switcher (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "student.add-guardian", student != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "student.add-team-member", student != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "student.toggle-archived", student != NULL);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDENT_ID]);
  return TRUE;
}

gboolean
caseload_student_page_show_progress (CaseloadStudentPage *self,
                                     int                  period)
{
  g_return_val_if_fail (CASELOAD_IS_STUDENT_PAGE (self), FALSE);

  if (self->student == NULL)
    return FALSE;
  adw_view_stack_set_visible_child_name (self->view_stack, "progress");
  return period <= 0 || caseload_student_progress_view_select_period (self->progress_view, period);
}

/* ---- life cycle -------------------------------------------------------- */

/* The first focus goes to the view switcher's current tab, never to the
 * header's selectable text, which would show up all selected. (Moving on
 * from a focus already in the switcher would pass to the next tab.) */
static void
focus_switcher (CaseloadStudentPage *self)
{
  if (self->student != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)))
    caseload_student_page_focus_tabs (self);
}

static void
caseload_student_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (caseload_student_page_parent_class)->map (widget);

  focus_switcher (CASELOAD_STUDENT_PAGE (widget));
}

static void
caseload_student_page_unmap (GtkWidget *widget)
{
  /* Leaving the page: no lost keystrokes. */
  caseload_student_page_flush (CASELOAD_STUDENT_PAGE (widget));

  GTK_WIDGET_CLASS (caseload_student_page_parent_class)->unmap (widget);
}

static void
caseload_student_page_dispose (GObject *object)
{
  CaseloadStudentPage *self = CASELOAD_STUDENT_PAGE (object);

  caseload_student_page_flush (self);
  g_clear_handle_id (&self->profile_timeout_id, g_source_remove);
  g_clear_handle_id (&self->compliance_timeout_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_STUDENT_PAGE);

  g_clear_object (&self->store);
  g_clear_object (&self->student);

  G_OBJECT_CLASS (caseload_student_page_parent_class)->dispose (object);
}

static void
caseload_student_page_finalize (GObject *object)
{
  CaseloadStudentPage *self = CASELOAD_STUDENT_PAGE (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->profile_problem, g_free);
  g_clear_pointer (&self->compliance_problem, g_free);
  g_clear_pointer (&self->school_ids, g_array_unref);
  g_clear_pointer (&self->disability_codes, g_ptr_array_unref);
  g_clear_pointer (&self->secondary_checks, g_ptr_array_unref);
  g_clear_pointer (&self->extra_languages, g_ptr_array_unref);
  g_clear_pointer (&self->extra_genders, g_ptr_array_unref);

  G_OBJECT_CLASS (caseload_student_page_parent_class)->finalize (object);
}

static void
caseload_student_page_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  CaseloadStudentPage *self = CASELOAD_STUDENT_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_STUDENT_ID:
      g_value_set_int64 (value, caseload_student_page_get_student_id (self));
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_student_page_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  CaseloadStudentPage *self = CASELOAD_STUDENT_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      caseload_student_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* ---- printing (the window's print actions, caseload-print.c) -------------- */

static void
print_document_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  gint64 id = caseload_student_page_get_student_id (CASELOAD_STUDENT_PAGE (widget));
  const char *what = g_variant_get_string (parameter, NULL);

  if (id <= 0)
    return;
  if (g_str_equal (what, "iep"))
    gtk_widget_activate_action (widget, "win.print-iep", "x", id);
  else if (g_str_equal (what, "iep-pdf"))
    gtk_widget_activate_action (widget, "win.save-iep-pdf", "x", id);
  else if (g_str_equal (what, "progress"))
    gtk_widget_activate_action (widget, "win.choose-progress-period", "(xb)", id, FALSE);
  else if (g_str_equal (what, "progress-pdf"))
    gtk_widget_activate_action (widget, "win.choose-progress-period", "(xb)", id, TRUE);
  else if (g_str_equal (what, "glance"))
    gtk_widget_activate_action (widget, "win.print-glance", "x", id);
  else if (g_str_equal (what, "glance-pdf"))
    gtk_widget_activate_action (widget, "win.save-glance-pdf", "x", id);
}

/* The switcher's button for the visible tab: the switcher keeps one
 * toggle button per page, in the pages' order. */
static GtkWidget *
visible_tab_button (CaseloadStudentPage *self)
{
  g_autoptr(GtkSelectionModel) pages = adw_view_stack_get_pages (self->view_stack);
  GtkWidget *visible = adw_view_stack_get_visible_child (self->view_stack);
  GtkWidget *button = gtk_widget_get_first_child (GTK_WIDGET (self->switcher));

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)) && button != NULL; i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

      while (button != NULL && !GTK_IS_TOGGLE_BUTTON (button))
        button = gtk_widget_get_next_sibling (button);
      if (button != NULL && adw_view_stack_page_get_child (page) == visible)
        return button;
      if (button != NULL)
        button = gtk_widget_get_next_sibling (button);
    }
  return NULL;
}

void
caseload_student_page_focus_tabs (CaseloadStudentPage *self)
{
  GtkWidget *button;

  g_return_if_fail (CASELOAD_IS_STUDENT_PAGE (self));

  /* (not by the return value of grab_focus: a switcher button reports
   * FALSE while it takes the focus, and moving on would pass to the
   * next tab) */
  button = visible_tab_button (self);
  if (button != NULL)
    gtk_widget_grab_focus (button);
  else
    gtk_widget_child_focus (GTK_WIDGET (self->switcher), GTK_DIR_TAB_FORWARD);
}

/* Ctrl+Page Down / Ctrl+Page Up: the next or previous tab that is shown,
 * round the end, as in GNOME's tabbed applications. Focus on a tab
 * follows to the new one. */
static void
switch_tab_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CaseloadStudentPage *self = CASELOAD_STUDENT_PAGE (widget);
  g_autoptr(GtkSelectionModel) pages = adw_view_stack_get_pages (self->view_stack);
  GtkWidget *visible = adw_view_stack_get_visible_child (self->view_stack);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (pages));
  int step = g_variant_get_int32 (parameter) < 0 ? -1 : 1;
  guint current = 0;

  if (n == 0)
    return;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

      if (adw_view_stack_page_get_child (page) == visible)
        current = i;
    }
  for (guint k = 1; k < n; k++)
    {
      guint i = (current + n + step * (int) k) % n;
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

      if (adw_view_stack_page_get_visible (page))
        {
          GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));
          gboolean on_tabs = focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->switcher));

          adw_view_stack_set_visible_child (self->view_stack, adw_view_stack_page_get_child (page));
          if (on_tabs)
            caseload_student_page_focus_tabs (self);
          return;
        }
    }
}

static void
caseload_student_page_class_init (CaseloadStudentPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_student_page_dispose;
  object_class->finalize = caseload_student_page_finalize;
  object_class->get_property = caseload_student_page_get_property;
  object_class->set_property = caseload_student_page_set_property;
  widget_class->unmap = caseload_student_page_unmap;
  widget_class->map = caseload_student_page_map;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         CASELOAD_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STUDENT_ID] =
    g_param_spec_int64 ("student-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "student.add-guardian", NULL, add_guardian_activated);
  gtk_widget_class_install_action (widget_class, "student.add-team-member", NULL, add_team_member_activated);
  gtk_widget_class_install_action (widget_class, "student.toggle-archived", NULL, toggle_archived_activated);
  gtk_widget_class_install_action (widget_class, "student.print-document", "s", print_document_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "student.print-document", "s", "iep");
  gtk_widget_class_install_action (widget_class, "student.switch-tab", "i", switch_tab_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_CONTROL_MASK,
                                       "student.switch-tab", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Page_Down, GDK_CONTROL_MASK,
                                       "student.switch-tab", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_CONTROL_MASK,
                                       "student.switch-tab", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Page_Up, GDK_CONTROL_MASK,
                                       "student.switch-tab", "i", -1);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/caseload-student-page.ui");
  g_type_ensure (CASELOAD_TYPE_IEP_PAGE);
  g_type_ensure (CASELOAD_TYPE_HISTORY_VIEW);
  g_type_ensure (CASELOAD_TYPE_CONTACTS_TAB);
  g_type_ensure (CASELOAD_TYPE_STUDENT_MEETINGS);
  g_type_ensure (CASELOAD_TYPE_STUDENT_PROGRESS_VIEW);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentPage, content);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentPage, iep_page);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentPage, history_view);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentPage, contacts_tab);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentPage, meetings_tab);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentPage, progress_view);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentPage, avatar);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentPage, switcher);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentPage, facts_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentPage, case_manager_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentPage, deadline_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentPage, archive_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentPage, save_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentPage, first_name_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentPage, last_name_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentPage, preferred_name_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentPage, number_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentPage, birth_date_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentPage, grade_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentPage, school_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentPage, language_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentPage, gender_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentPage, languages);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentPage, genders);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentPage, profile_error_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentPage, primary_disability_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentPage, secondary_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentPage, notes_view);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentPage, guardians_list);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentPage, team_warning_list);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentPage, team_list);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentPage, consent_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentPage, evaluation_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentPage, eligibility_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentPage, waived_switch);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentPage, compliance_error_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentPage, iep_meeting_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentPage, iep_start_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentPage, iep_end_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentPage, deadlines_list);
  gtk_widget_class_bind_template_callback (widget_class, on_profile_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_compliance_changed_cb);
}

static void
caseload_student_page_init (CaseloadStudentPage *self)
{
  AdwEntryRow *rows[] = {
    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
  };

  gtk_widget_init_template (GTK_WIDGET (self));

  self->school_ids = g_array_new (FALSE, TRUE, sizeof (gint64));
  self->disability_codes = g_ptr_array_new_with_free_func (g_free);
  self->secondary_checks = g_ptr_array_new ();
  self->extra_languages = g_ptr_array_new_with_free_func (g_free);
  self->extra_genders = g_ptr_array_new_with_free_func (g_free);

  rows[0] = self->first_name_row;
  rows[1] = self->last_name_row;
  rows[2] = self->preferred_name_row;
  rows[3] = self->number_row;
  rows[4] = self->birth_date_row;
  rows[5] = self->consent_row;
  rows[6] = self->evaluation_row;
  rows[7] = self->eligibility_row;
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    caseload_entry_row_name_field (rows[i], NULL);

  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (save_profile), self, G_CONNECT_SWAPPED);

  load_code_tables (self);
  caseload_student_page_load (self, 0, NULL);
}
