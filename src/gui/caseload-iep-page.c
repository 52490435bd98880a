/* caseload-iep-page.c: the IEP tab of a student's page.
 *
 * Lists every version of the student's IEPs and shows one in an editor the
 * case manager moves through with the keyboard: header, present levels,
 * special factors, goals, services, accommodations, assessment, placement,
 * transition, team and signatures. Edits save themselves shortly after
 * typing stops (one store call per save); pending edits are flushed when
 * the page is unmapped or destroyed. A finalized IEP is shown read-only,
 * with its corrections, the next annual IEP and amendments as actions.
 */
#define G_LOG_DOMAIN "caseload-iep-page"

#include "config.h"

#include "caseload-iep-page.h"

#include "caseload-entry-row.h"
#include "caseload-date.h"
#include "caseload-goal-bank-dialog.h"
#include "caseload-goal-dialog.h"
#include "caseload-iep-checker.h"
#include "caseload-iep-compare-window.h"
#include "caseload-rules.h"
#include "caseload-store-iep.h"
#include "caseload-store-meetings.h"

#include <inttypes.h>
#include <glib/gi18n.h>

#define AUTOSAVE_DELAY_MS 600
#define N_FACTORS 5

/* Parallel to the string lists in the template. */
static const char * const kind_codes[] = { "initial", "annual", "amendment", "interim" };
static const char * const assessment_codes[] = { "regular", "accommodated", "alternate" };
static const char * const copy_method_codes[] = { "", "in-person", "mail", "email" };
static const char * const service_category_codes[] = {
  "special-education", "related-service", "supplementary-aid",
  "program-modification", "personnel-support",
};
static const char * const service_per_codes[] = { "week", "month" };
static const char * const accommodation_kind_codes[] = { "accommodation", "modification" };
static const char * const accommodation_category_codes[] = {
  "presentation", "response", "setting", "timing", "other",
};

typedef enum
{
  RECORD_NONE,
  RECORD_SERVICE,
  RECORD_ACCOMMODATION,
  RECORD_ATTENDEE,
  RECORD_CORRECTION,
} RecordKind;

typedef struct
{
  char   *object_kind;
  gint64  object_id;
  char   *field;
  char   *label;
  char   *text;
} CorrectionTarget;

static void
correction_target_free (CorrectionTarget *target)
{
  g_free (target->object_kind);
  g_free (target->field);
  g_free (target->label);
  g_free (target->text);
  g_free (target);
}

struct _CaseloadIepPage
{
  GtkWidget         parent_instance;

  CaseloadStore    *store;
  gint64            student_id;
  CaseloadIep      *iep;              /* the IEP in the editor, with children */
  GArray           *version_ids;      /* gint64, parallel to versions_list rows */
  GPtrArray        *findings;         /* CaseloadIepFinding of the last check */
  GPtrArray        *attendees;        /* CaseloadMeetingAttendee */
  GPtrArray        *team_role_codes;  /* char *, parallel to att_role_row */
  GPtrArray        *correction_targets;
  char             *birth_date;
  CaseloadRuleSettings settings;

  guint             save_timeout_id;
  guint             loading;
  gboolean          dirty_iep;
  gboolean          dirty_copy;
  gboolean          dirty_factors[N_FACTORS];
  gboolean          invalid;

  RecordKind        record_kind;
  GObject          *record;           /* the object the record window edits */

  /* template children */
  GtkWidget        *main_box;
  GtkListBox       *versions_list;
  GtkButton        *new_draft_button;
  GtkStack         *content_stack;
  AdwStatusPage    *empty_page;
  GtkLabel         *title_label;
  GtkLabel         *saved_label;
  GtkWidget        *check_button;
  GtkWidget        *finalize_button;
  GtkWidget        *correct_button;
  GtkWidget        *amend_button;
  GtkWidget        *next_annual_button;
  GtkWidget        *delete_draft_button;
  GtkWidget        *locked_box;
  GtkLabel         *locked_label;
  GtkRevealer      *findings_revealer;
  GtkLabel         *findings_label;
  GtkListBox       *findings_list;
  AdwPreferencesPage *editor_page;
  GtkWidget        *header_group;
  AdwComboRow      *kind_row;
  AdwEntryRow      *meeting_date_row;
  AdwEntryRow      *start_date_row;
  AdwEntryRow      *end_date_row;
  AdwEntryRow      *next_review_row;
  AdwEntryRow      *periods_row;
  GtkLabel         *header_error;
  GtkWidget        *plaafp_group;
  GtkTextView      *strengths_view;
  GtkTextView      *parent_concerns_view;
  GtkTextView      *evaluation_results_view;
  GtkTextView      *academic_needs_view;
  GtkTextView      *functional_needs_view;
  GtkTextView      *disability_impact_view;
  GtkWidget        *factors_group;
  AdwActionRow     *factor0_row;
  GtkCheckButton   *factor0_considered;
  GtkCheckButton   *factor0_applies;
  AdwEntryRow      *factor0_notes;
  AdwActionRow     *factor1_row;
  GtkCheckButton   *factor1_considered;
  GtkCheckButton   *factor1_applies;
  AdwEntryRow      *factor1_notes;
  AdwActionRow     *factor2_row;
  GtkCheckButton   *factor2_considered;
  GtkCheckButton   *factor2_applies;
  AdwEntryRow      *factor2_notes;
  AdwActionRow     *factor3_row;
  GtkCheckButton   *factor3_considered;
  GtkCheckButton   *factor3_applies;
  AdwEntryRow      *factor3_notes;
  AdwActionRow     *factor4_row;
  GtkCheckButton   *factor4_considered;
  GtkCheckButton   *factor4_applies;
  AdwEntryRow      *factor4_notes;
  GtkWidget        *goals_group;
  GtkListBox       *goals_list;
  GtkLabel         *goals_error;
  GtkWidget        *services_group;
  GtkListBox       *services_list;
  GtkLabel         *total_minutes_label;
  GtkWidget        *accommodations_group;
  GtkListBox       *accommodations_list;
  GtkWidget        *assessment_group;
  AdwComboRow      *assessment_row;
  AdwEntryRow      *why_not_regular_row;
  AdwEntryRow      *why_appropriate_row;
  GtkWidget        *placement_group;
  AdwEntryRow      *percent_row;
  AdwActionRow     *environment_row;
  GtkLabel         *placement_error;
  GtkTextView      *nonparticipation_view;
  AdwPreferencesGroup *transition_group;
  AdwEntryRow      *transition_education_row;
  AdwEntryRow      *transition_employment_row;
  AdwEntryRow      *transition_living_row;
  AdwEntryRow      *transition_assessments_row;
  AdwEntryRow      *transition_services_row;
  AdwEntryRow      *course_of_study_row;
  AdwEntryRow      *transition_agencies_row;
  AdwEntryRow      *rights_transfer_row;
  GtkWidget        *team_group;
  GtkListBox       *attendees_list;
  GtkWidget        *produced_label;
  GtkListBox       *produced_list;
  AdwEntryRow      *consent_date_row;
  AdwEntryRow      *copy_date_row;
  AdwComboRow      *copy_method_row;
  GtkLabel         *team_error;

  GtkWidget        *record_content;
  GtkWindow        *record_window;   /* only while it is open */
  GtkButton        *record_save_button;
  GtkLabel         *record_error;
  GtkStack         *record_stack;
  AdwComboRow      *service_category_row;
  AdwEntryRow      *service_name_row;
  AdwEntryRow      *service_provider_row;
  AdwEntryRow      *service_minutes_row;
  AdwEntryRow      *service_sessions_row;
  AdwComboRow      *service_per_row;
  AdwEntryRow      *service_location_row;
  AdwEntryRow      *service_start_row;
  AdwEntryRow      *service_end_row;
  AdwComboRow      *acc_kind_row;
  AdwComboRow      *acc_category_row;
  AdwEntryRow      *acc_description_row;
  GtkSwitch        *acc_classroom_switch;
  GtkSwitch        *acc_tests_switch;
  AdwEntryRow      *acc_frequency_row;
  AdwEntryRow      *att_name_row;
  AdwComboRow      *att_role_row;
  GtkSwitch        *att_attended_switch;
  GtkSwitch        *att_excused_switch;
  AdwEntryRow      *att_agreement_row;
  AdwEntryRow      *att_input_row;
  AdwComboRow      *cor_field_row;
  GtkLabel         *cor_old_label;
  AdwEntryRow      *cor_text_row;
  AdwEntryRow      *cor_reason_row;
};

G_DEFINE_FINAL_TYPE (CaseloadIepPage, caseload_iep_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_STUDENT_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void reload_versions (CaseloadIepPage *self, gint64 select_id);
static void show_iep (CaseloadIepPage *self, gint64 iep_id);
static void save_now (CaseloadIepPage *self);

/* ---- small helpers ----------------------------------------------------- */

static GtkWindow *
parent_window (CaseloadIepPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_error_dialog (CaseloadIepPage *self,
                   const char      *heading,
                   const char      *message)
{
  GtkWidget *dialog = adw_message_dialog_new (parent_window (self), heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_toast (CaseloadIepPage *self,
            AdwToast        *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static void
set_row_text (AdwEntryRow *row,
              const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static char *
view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
set_view_text (GtkTextView *view,
               const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text != NULL ? text : "", -1);
}

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

static const char *
code_at (const char * const *codes,
         guint               n_codes,
         guint               index,
         const char         *fallback)
{
  return index < n_codes ? codes[index] : fallback;
}

static char *
format_number (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buf, sizeof buf, "%.10g", value));
}

static gboolean
parse_number (const char *text,
              double     *value)
{
  g_autofree char *copy = g_strdup (text);
  char *end = NULL;

  g_strdelimit (copy, ",", '.');
  *value = g_ascii_strtod (copy, &end);
  return end != copy && end != NULL && *end == '\0';
}

static char *
display_date (const char *iso)
{
  GDate date;

  if (iso == NULL || iso[0] == '\0' || !caseload_date_parse_iso (iso, &date))
    return g_strdup (iso != NULL ? iso : "");
  return caseload_date_to_display (&date);
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GtkWidget *
icon_button (const char *icon,
             const char *label,
             GCallback   callback,
             gpointer    data)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_signal_connect (button, "clicked", callback, data);
  return button;
}

static gboolean
locked (CaseloadIepPage *self)
{
  return self->iep == NULL || caseload_iep_is_locked (self->iep);
}

static void
update_saved_label (CaseloadIepPage *self,
                    const char      *text,
                    gboolean         error)
{
  gtk_label_set_text (self->saved_label, text);
  if (error)
    gtk_widget_add_css_class (GTK_WIDGET (self->saved_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->saved_label), "error");
}

static AdwActionRow *factor_row (CaseloadIepPage *self, guint i);
static GtkCheckButton *factor_considered (CaseloadIepPage *self, guint i);
static GtkCheckButton *factor_applies (CaseloadIepPage *self, guint i);
static AdwEntryRow *factor_notes (CaseloadIepPage *self, guint i);

/* The editor widget of an IEP property, for errors and findings. */
static GtkWidget *
widget_for_iep_field (CaseloadIepPage *self,
                      const char      *field)
{
  static const struct { const char *field; gsize offset; } map[] = {
    { "kind", G_STRUCT_OFFSET (CaseloadIepPage, kind_row) },
    { "meeting-date", G_STRUCT_OFFSET (CaseloadIepPage, meeting_date_row) },
    { "start-date", G_STRUCT_OFFSET (CaseloadIepPage, start_date_row) },
    { "end-date", G_STRUCT_OFFSET (CaseloadIepPage, end_date_row) },
    { "next-review-date", G_STRUCT_OFFSET (CaseloadIepPage, next_review_row) },
    { "reporting-periods", G_STRUCT_OFFSET (CaseloadIepPage, periods_row) },
    { "strengths", G_STRUCT_OFFSET (CaseloadIepPage, strengths_view) },
    { "parent-concerns", G_STRUCT_OFFSET (CaseloadIepPage, parent_concerns_view) },
    { "evaluation-results", G_STRUCT_OFFSET (CaseloadIepPage, evaluation_results_view) },
    { "academic-needs", G_STRUCT_OFFSET (CaseloadIepPage, academic_needs_view) },
    { "functional-needs", G_STRUCT_OFFSET (CaseloadIepPage, functional_needs_view) },
    { "disability-impact", G_STRUCT_OFFSET (CaseloadIepPage, disability_impact_view) },
    { "assessment", G_STRUCT_OFFSET (CaseloadIepPage, assessment_row) },
    { "alternate-why-not-regular", G_STRUCT_OFFSET (CaseloadIepPage, why_not_regular_row) },
    { "alternate-why-appropriate", G_STRUCT_OFFSET (CaseloadIepPage, why_appropriate_row) },
    { "percent-regular-class", G_STRUCT_OFFSET (CaseloadIepPage, percent_row) },
    { "has-percent-regular-class", G_STRUCT_OFFSET (CaseloadIepPage, percent_row) },
    { "environment-code", G_STRUCT_OFFSET (CaseloadIepPage, percent_row) },
    { "nonparticipation-explanation", G_STRUCT_OFFSET (CaseloadIepPage, nonparticipation_view) },
    { "transition-education", G_STRUCT_OFFSET (CaseloadIepPage, transition_education_row) },
    { "transition-employment", G_STRUCT_OFFSET (CaseloadIepPage, transition_employment_row) },
    { "transition-independent-living", G_STRUCT_OFFSET (CaseloadIepPage, transition_living_row) },
    { "transition-assessments", G_STRUCT_OFFSET (CaseloadIepPage, transition_assessments_row) },
    { "transition-services", G_STRUCT_OFFSET (CaseloadIepPage, transition_services_row) },
    { "course-of-study", G_STRUCT_OFFSET (CaseloadIepPage, course_of_study_row) },
    { "transition-agencies", G_STRUCT_OFFSET (CaseloadIepPage, transition_agencies_row) },
    { "rights-transfer-date", G_STRUCT_OFFSET (CaseloadIepPage, rights_transfer_row) },
    { "parent-consent-date", G_STRUCT_OFFSET (CaseloadIepPage, consent_date_row) },
    { "parent-copy-date", G_STRUCT_OFFSET (CaseloadIepPage, copy_date_row) },
    { "parent-copy-method", G_STRUCT_OFFSET (CaseloadIepPage, copy_method_row) },
  };

  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    if (g_strcmp0 (map[i].field, field) == 0)
      return G_STRUCT_MEMBER (GtkWidget *, self, map[i].offset);

  return NULL;
}

static GtkWidget *
error_label_for (CaseloadIepPage *self,
                 GtkWidget       *widget)
{
  if (widget != NULL && gtk_widget_is_ancestor (widget, self->placement_group))
    return GTK_WIDGET (self->placement_error);
  if (widget != NULL && gtk_widget_is_ancestor (widget, self->team_group))
    return GTK_WIDGET (self->team_error);
  return GTK_WIDGET (self->header_error);
}

static void
mark_field (CaseloadIepPage *self,
            GtkWidget       *widget,
            const char      *message)
{
  GtkWidget *label = error_label_for (self, widget);

  if (widget != NULL)
    {
      GtkWidget *styled = widget;

      if (GTK_IS_TEXT_VIEW (widget))
        styled = gtk_widget_get_parent (widget);   /* the frame */
      gtk_widget_add_css_class (styled, "error");
    }
  gtk_label_set_text (GTK_LABEL (label), message);
  gtk_widget_set_visible (label, TRUE);
  self->invalid = TRUE;
  update_saved_label (self, _("Not saved"), TRUE);
}

static void
clear_marks (CaseloadIepPage *self)
{
  const char *fields[] = {
    "kind", "meeting-date", "start-date", "end-date", "next-review-date",
    "reporting-periods", "strengths", "parent-concerns", "evaluation-results",
    "academic-needs", "functional-needs", "disability-impact", "assessment",
    "alternate-why-not-regular", "alternate-why-appropriate",
    "percent-regular-class", "nonparticipation-explanation",
    "transition-education", "transition-employment",
    "transition-independent-living", "transition-assessments",
    "transition-services", "course-of-study", "transition-agencies",
    "rights-transfer-date", "parent-consent-date", "parent-copy-date",
    "parent-copy-method",
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      GtkWidget *widget = widget_for_iep_field (self, fields[i]);

      if (GTK_IS_TEXT_VIEW (widget))
        widget = gtk_widget_get_parent (widget);
      gtk_widget_remove_css_class (widget, "error");
    }
  gtk_widget_set_visible (GTK_WIDGET (self->header_error), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->placement_error), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->team_error), FALSE);
  self->invalid = FALSE;
}

/* ---- special factors --------------------------------------------------- */

static AdwActionRow *
factor_row (CaseloadIepPage *self,
            guint            i)
{
  AdwActionRow *rows[] = { self->factor0_row, self->factor1_row, self->factor2_row,
                           self->factor3_row, self->factor4_row };
  return rows[i];
}

static GtkCheckButton *
factor_considered (CaseloadIepPage *self,
                   guint            i)
{
  GtkCheckButton *buttons[] = { self->factor0_considered, self->factor1_considered,
                                self->factor2_considered, self->factor3_considered,
                                self->factor4_considered };
  return buttons[i];
}

static GtkCheckButton *
factor_applies (CaseloadIepPage *self,
                guint            i)
{
  GtkCheckButton *buttons[] = { self->factor0_applies, self->factor1_applies,
                                self->factor2_applies, self->factor3_applies,
                                self->factor4_applies };
  return buttons[i];
}

static AdwEntryRow *
factor_notes (CaseloadIepPage *self,
              guint            i)
{
  AdwEntryRow *rows[] = { self->factor0_notes, self->factor1_notes, self->factor2_notes,
                          self->factor3_notes, self->factor4_notes };
  return rows[i];
}

static int
factor_index (CaseloadIepPage *self,
              GtkWidget       *widget)
{
  for (guint i = 0; i < N_FACTORS; i++)
    if (widget == GTK_WIDGET (factor_considered (self, i))
        || widget == GTK_WIDGET (factor_applies (self, i))
        || widget == GTK_WIDGET (factor_notes (self, i)))
      return i;
  return -1;
}

/* ---- autosave ---------------------------------------------------------- */

static gboolean
save_timeout_cb (gpointer user_data)
{
  CaseloadIepPage *self = user_data;

  self->save_timeout_id = 0;
  save_now (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_save (CaseloadIepPage *self)
{
  g_clear_handle_id (&self->save_timeout_id, g_source_remove);
  self->save_timeout_id = g_timeout_add (AUTOSAVE_DELAY_MS, save_timeout_cb, self);
  update_saved_label (self, _("Editing…"), FALSE);
}

static void update_environment (CaseloadIepPage *self);
static void update_assessment_rows (CaseloadIepPage *self);

static void
field_edited (CaseloadIepPage *self,
              GtkWidget       *widget)
{
  if (self->loading > 0 || self->iep == NULL)
    return;

  if (widget != NULL)
    {
      GtkWidget *styled = GTK_IS_TEXT_VIEW (widget) ? gtk_widget_get_parent (widget) : widget;
      gtk_widget_remove_css_class (styled, "error");
    }
  if (widget == GTK_WIDGET (self->percent_row))
    update_environment (self);
  if (widget == GTK_WIDGET (self->assessment_row))
    update_assessment_rows (self);

  if (locked (self))
    return;
  self->dirty_iep = TRUE;
  schedule_save (self);
}

static void
on_field_changed_cb (CaseloadIepPage *self,
                     GtkWidget       *row)
{
  field_edited (self, row);
}

static void
on_combo_changed_cb (CaseloadIepPage *self,
                     GParamSpec      *pspec,
                     GtkWidget       *row)
{
  field_edited (self, row);
}

static void
on_buffer_changed_cb (CaseloadIepPage *self,
                      GtkTextBuffer   *buffer)
{
  GtkTextView *views[] = {
    self->strengths_view, self->parent_concerns_view, self->evaluation_results_view,
    self->academic_needs_view, self->functional_needs_view, self->disability_impact_view,
    self->nonparticipation_view,
  };

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    if (gtk_text_view_get_buffer (views[i]) == buffer)
      {
        field_edited (self, GTK_WIDGET (views[i]));
        return;
      }
}

static void
factor_edited (CaseloadIepPage *self,
               GtkWidget       *widget)
{
  int i = factor_index (self, widget);

  if (self->loading > 0 || self->iep == NULL || locked (self) || i < 0)
    return;
  self->dirty_factors[i] = TRUE;
  schedule_save (self);
}

static void
on_factor_toggled_cb (CaseloadIepPage *self,
                      GParamSpec      *pspec,
                      GtkWidget       *button)
{
  factor_edited (self, button);
}

static void
on_factor_changed_cb (CaseloadIepPage *self,
                      GtkWidget       *row)
{
  factor_edited (self, row);
}

static void
copy_edited (CaseloadIepPage *self,
             GtkWidget       *widget)
{
  if (self->loading > 0 || self->iep == NULL)
    return;
  gtk_widget_remove_css_class (widget, "error");
  self->dirty_copy = TRUE;
  schedule_save (self);
}

static void
on_copy_changed_cb (CaseloadIepPage *self,
                    GtkWidget       *row)
{
  copy_edited (self, row);
}

static void
on_copy_method_changed_cb (CaseloadIepPage *self,
                           GParamSpec      *pspec,
                           GtkWidget       *row)
{
  copy_edited (self, row);
}

/* Parses an optional date row into ISO text; FALSE marks it. */
static gboolean
read_date_row (CaseloadIepPage *self,
               AdwEntryRow     *row,
               char           **iso)
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
  if (!caseload_date_parse_user (text, NULL,
                                 adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                                 &date, &error))
    {
      mark_field (self, GTK_WIDGET (row), error->message);
      return FALSE;
    }
  *iso = caseload_date_to_iso (&date);
  return TRUE;
}

static void
update_environment (CaseloadIepPage *self)
{
  g_autofree char *text = caseload_entry_row_dup_text (self->percent_row);
  double percent;

  if (text[0] == '\0')
    adw_action_row_set_subtitle (self->environment_row, _("Enter the percent to compute it"));
  else if (!parse_number (text, &percent) || percent < 0 || percent > 100)
    adw_action_row_set_subtitle (self->environment_row,
                                 _("Percent of the day in the regular class must be a number from 0 to 100"));
  else
    {
      const char *code = caseload_rules_environment_code (percent);
      const char *words;
      g_autofree char *subtitle = NULL;

      /* These are not format strings, whatever their percent signs suggest. */
      if (g_str_equal (code, "RC80"))
        /* xgettext:no-c-format */
        words = _("inside the regular class 80% or more of the day");
      else if (g_str_equal (code, "RC79TO40"))
        /* xgettext:no-c-format */
        words = _("inside the regular class 40% to 79% of the day");
      else
        /* xgettext:no-c-format */
        words = _("inside the regular class less than 40% of the day");
      subtitle = g_strdup_printf ("%s — %s", code, words);

      adw_action_row_set_subtitle (self->environment_row, subtitle);
    }
}

static void
update_assessment_rows (CaseloadIepPage *self)
{
  gboolean alternate = adw_combo_row_get_selected (self->assessment_row) == 2;

  gtk_widget_set_visible (GTK_WIDGET (self->why_not_regular_row), alternate);
  gtk_widget_set_visible (GTK_WIDGET (self->why_appropriate_row), alternate);
}

/* Transition and rights transfer: required when the IEP ends on or after
 * the birthday the district's rules name. */
static void
update_transition (CaseloadIepPage *self)
{
  GDate birth, end, due;
  gboolean required = FALSE, rights = FALSE, has_content;
  g_autofree char *description = NULL;

  if (self->iep == NULL)
    return;

  if (self->birth_date != NULL && caseload_date_parse_iso (self->birth_date, &birth)
      && caseload_date_parse_iso (caseload_iep_get_end_date (self->iep), &end))
    {
      caseload_date_birthday (&birth, self->settings.transition_age, &due);
      required = g_date_compare (&end, &due) >= 0;
      caseload_date_birthday (&birth, self->settings.majority_age - 1, &due);
      rights = g_date_compare (&end, &due) >= 0;
    }

  has_content = caseload_iep_get_transition_education (self->iep)[0] != '\0'
             || caseload_iep_get_transition_employment (self->iep)[0] != '\0'
             || caseload_iep_get_rights_transfer_date (self->iep)[0] != '\0';

  if (required && rights)
    description = g_strdup_printf (_("Required: this IEP ends after the student turns %d. "
                                     "The rights-transfer statement is required too (age of majority %d)."),
                                   self->settings.transition_age, self->settings.majority_age);
  else if (required)
    description = g_strdup_printf (_("Required: this IEP ends after the student turns %d."),
                                   self->settings.transition_age);
  else
    description = g_strdup (_("Not yet required for this student."));

  adw_preferences_group_set_title (self->transition_group,
                                   required ? _("Transition (required)") : _("Transition"));
  adw_preferences_group_set_description (self->transition_group, description);
  gtk_widget_set_visible (GTK_WIDGET (self->transition_group), required || has_content);
}

static gboolean
save_iep_fields (CaseloadIepPage *self,
                 GError         **error)
{
  CaseloadIep *iep = self->iep;
  g_autofree char *meeting = NULL, *start = NULL, *end = NULL, *review = NULL;
  g_autofree char *consent = NULL, *rights = NULL;
  g_autofree char *percent_text = caseload_entry_row_dup_text (self->percent_row);
  g_autofree char *periods_text = caseload_entry_row_dup_text (self->periods_row);
  g_autoptr(GPtrArray) periods = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) parts = NULL;
  const char *field = NULL;
  double percent = 0;
  gboolean periods_changed = FALSE;
  const char * const *old_periods;

  if (!read_date_row (self, self->meeting_date_row, &meeting)
      || !read_date_row (self, self->start_date_row, &start)
      || !read_date_row (self, self->end_date_row, &end)
      || !read_date_row (self, self->next_review_row, &review)
      || !read_date_row (self, self->consent_date_row, &consent)
      || !read_date_row (self, self->rights_transfer_row, &rights))
    return TRUE;   /* marked; nothing saved */

  if (percent_text[0] != '\0'
      && (!parse_number (percent_text, &percent) || percent < 0 || percent > 100))
    {
      mark_field (self, GTK_WIDGET (self->percent_row),
                  _("Percent of the day in the regular class must be a number from 0 to 100."));
      return TRUE;
    }

  parts = g_regex_split_simple ("[,;]+", periods_text, 0, 0);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autoptr(GError) local = NULL;
      g_autofree char *label = g_strdup_printf (_("Reporting period %u"), periods->len + 1);
      GDate date;

      g_strstrip (parts[i]);
      if (parts[i][0] == '\0')
        continue;
      if (!caseload_date_parse_user (parts[i], NULL, label, &date, &local))
        {
          mark_field (self, GTK_WIDGET (self->periods_row), local->message);
          return TRUE;
        }
      g_ptr_array_add (periods, caseload_date_to_iso (&date));
    }
  g_ptr_array_add (periods, NULL);
  old_periods = caseload_iep_get_reporting_periods (iep);
  periods_changed = old_periods == NULL
                    ? periods->len > 1
                    : !g_strv_equal ((const char * const *) old_periods,
                                     (const char * const *) periods->pdata);

  caseload_iep_set_kind (iep, code_at (kind_codes, G_N_ELEMENTS (kind_codes),
                                       adw_combo_row_get_selected (self->kind_row),
                                       caseload_iep_get_kind (iep)));
  caseload_iep_set_meeting_date (iep, meeting);
  caseload_iep_set_start_date (iep, start);
  caseload_iep_set_end_date (iep, end);
  caseload_iep_set_next_review_date (iep, review);
  caseload_iep_set_parent_consent_date (iep, consent);
  caseload_iep_set_rights_transfer_date (iep, rights);

#define TAKE_VIEW(setter, view) G_STMT_START { g_autofree char *t = view_text (view); setter (iep, t); } G_STMT_END
#define TAKE_ROW(setter, row) G_STMT_START { g_autofree char *t = caseload_entry_row_dup_text (row); setter (iep, t); } G_STMT_END
  TAKE_VIEW (caseload_iep_set_strengths, self->strengths_view);
  TAKE_VIEW (caseload_iep_set_parent_concerns, self->parent_concerns_view);
  TAKE_VIEW (caseload_iep_set_evaluation_results, self->evaluation_results_view);
  TAKE_VIEW (caseload_iep_set_academic_needs, self->academic_needs_view);
  TAKE_VIEW (caseload_iep_set_functional_needs, self->functional_needs_view);
  TAKE_VIEW (caseload_iep_set_disability_impact, self->disability_impact_view);
  TAKE_VIEW (caseload_iep_set_nonparticipation_explanation, self->nonparticipation_view);
  TAKE_ROW (caseload_iep_set_alternate_why_not_regular, self->why_not_regular_row);
  TAKE_ROW (caseload_iep_set_alternate_why_appropriate, self->why_appropriate_row);
  TAKE_ROW (caseload_iep_set_transition_education, self->transition_education_row);
  TAKE_ROW (caseload_iep_set_transition_employment, self->transition_employment_row);
  TAKE_ROW (caseload_iep_set_transition_independent_living, self->transition_living_row);
  TAKE_ROW (caseload_iep_set_transition_assessments, self->transition_assessments_row);
  TAKE_ROW (caseload_iep_set_transition_services, self->transition_services_row);
  TAKE_ROW (caseload_iep_set_course_of_study, self->course_of_study_row);
  TAKE_ROW (caseload_iep_set_transition_agencies, self->transition_agencies_row);
#undef TAKE_VIEW
#undef TAKE_ROW
  caseload_iep_set_assessment (iep, code_at (assessment_codes, G_N_ELEMENTS (assessment_codes),
                                             adw_combo_row_get_selected (self->assessment_row),
                                             "regular"));
  if (percent_text[0] != '\0')
    caseload_iep_set_percent_regular_class (iep, percent);
  else
    caseload_iep_unset_percent_regular_class (iep);

  if (!caseload_store_validate_iep (iep, &field, error))
    {
      mark_field (self, widget_for_iep_field (self, field), (*error)->message);
      g_clear_error (error);
      return TRUE;
    }
  if (!caseload_store_save_iep (self->store, iep, error))
    return FALSE;
  if (periods_changed)
    {
      if (!caseload_store_set_iep_reporting_periods (self->store, caseload_iep_get_id (iep),
                                                     (const char * const *) periods->pdata, error))
        return FALSE;
      caseload_iep_set_reporting_periods (iep, (const char * const *) periods->pdata);
    }
  self->dirty_iep = FALSE;
  return TRUE;
}

/* Whether an edit is still waiting to be saved. */
static gboolean
has_pending_edits (CaseloadIepPage *self)
{
  if (self->dirty_iep || self->dirty_copy)
    return TRUE;
  for (guint i = 0; i < N_FACTORS; i++)
    if (self->dirty_factors[i])
      return TRUE;
  return FALSE;
}

/* Saves the IEP's own fields, each special factor and the parent copy
 * separately: an invalid field in one of them is marked and keeps only
 * that one unsaved (its dirty flag stays set), the others are saved. */
static void
save_now (CaseloadIepPage *self)
{
  gint64 iep_id;

  g_clear_handle_id (&self->save_timeout_id, g_source_remove);
  if (self->store == NULL || self->iep == NULL)
    return;

  clear_marks (self);
  iep_id = caseload_iep_get_id (self->iep);

  if (self->dirty_iep && !locked (self))
    {
      g_autoptr(GError) error = NULL;

      if (!save_iep_fields (self, &error))
        mark_field (self, NULL, error->message);
    }

  for (guint i = 0; i < N_FACTORS && !locked (self); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *notes = NULL;

      if (!self->dirty_factors[i])
        continue;
      notes = caseload_entry_row_dup_text (factor_notes (self, i));
      if (!caseload_store_set_special_factor (self->store, iep_id,
                                              caseload_special_factor_keys ()[i],
                                              gtk_check_button_get_active (factor_considered (self, i)),
                                              gtk_check_button_get_active (factor_applies (self, i)),
                                              notes, &error))
        {
          mark_field (self, GTK_WIDGET (factor_notes (self, i)), error->message);
          continue;
        }
      self->dirty_factors[i] = FALSE;
    }

  if (self->dirty_copy)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *date = NULL;
      const char *method = code_at (copy_method_codes, G_N_ELEMENTS (copy_method_codes),
                                    adw_combo_row_get_selected (self->copy_method_row), "");

      /* An invalid date is marked by read_date_row () and stays dirty. */
      if (read_date_row (self, self->copy_date_row, &date)
          && !caseload_store_set_iep_parent_copy (self->store, iep_id, date, method, &error))
        mark_field (self, GTK_WIDGET (self->copy_date_row), error->message);
      else if (date != NULL && error == NULL)
        {
          caseload_iep_set_parent_copy_date (self->iep, date);
          caseload_iep_set_parent_copy_method (self->iep, method);
          self->dirty_copy = FALSE;
        }
    }

  if (!self->invalid && !has_pending_edits (self))
    update_saved_label (self, _("Saved"), FALSE);
  else
    update_saved_label (self, _("Not saved"), TRUE);
  update_transition (self);
}

/* ---- lists of children ------------------------------------------------- */

static void edit_goal (CaseloadIepPage *self, CaseloadGoal *goal);
static void edit_service (CaseloadIepPage *self, CaseloadService *service);
static void edit_accommodation (CaseloadIepPage *self, CaseloadAccommodation *accommodation);
static void edit_attendee (CaseloadIepPage *self, CaseloadMeetingAttendee *attendee);
static void reload_iep (CaseloadIepPage *self);

static gint64
row_id (GtkWidget *widget)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, GTK_TYPE_LIST_BOX_ROW);
  gint64 *id = row != NULL ? g_object_get_data (G_OBJECT (row), "record-id") : NULL;

  return id != NULL ? *id : 0;
}

static void
set_row_id (GtkWidget *row,
            gint64     id)
{
  gint64 *copy = g_new (gint64, 1);

  *copy = id;
  g_object_set_data_full (G_OBJECT (row), "record-id", copy, g_free);
}

static GObject *
find_child (GPtrArray *array,
            gint64     id,
            guint     *index)
{
  for (guint i = 0; i < array->len; i++)
    {
      GObject *object = g_ptr_array_index (array, i);
      gint64 object_id = 0;

      g_object_get (object, "id", &object_id, NULL);
      if (object_id == id)
        {
          if (index != NULL)
            *index = i;
          return object;
        }
    }
  return NULL;
}

static char *
goal_summary (CaseloadGoal *goal)
{
  g_autofree char *baseline = caseload_goal_get_has_baseline_value (goal)
                              ? format_number (caseload_goal_get_baseline_value (goal)) : g_strdup ("?");
  g_autofree char *target = caseload_goal_get_has_target_value (goal)
                            ? format_number (caseload_goal_get_target_value (goal)) : g_strdup ("?");
  const char *unit = caseload_goal_get_unit (goal);

  return g_strdup_printf (_("%s → %s %s · %s is better · %u objectives"),
                          baseline, target, unit[0] != '\0' ? unit : _("(no unit)"),
                          g_strcmp0 (caseload_goal_get_direction (goal), "lower") == 0 ? _("lower") : _("higher"),
                          caseload_goal_get_objectives (goal)->len);
}

/* A list row for a child record, with its accessible buttons. */
static GtkWidget *
record_row (CaseloadIepPage *self,
            gint64           id,
            const char      *title,
            const char      *subtitle,
            guint            index,
            guint            n_items,
            const char      *what,
            GCallback        move_up,
            GCallback        move_down,
            GCallback        delete_cb)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *up_label = g_strdup_printf (_("Move %s %u up"), what, index + 1);
  g_autofree char *down_label = g_strdup_printf (_("Move %s %u down"), what, index + 1);
  g_autofree char *delete_label = g_strdup_printf (_("Delete %s %u"), what, index + 1);
  gboolean editable = !locked (self);
  GtkWidget *button;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), editable);
  set_row_id (row, id);

  if (move_up != NULL)
    {
      button = icon_button ("go-up-symbolic", up_label, move_up, self);
      gtk_widget_set_sensitive (button, editable && index > 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      button = icon_button ("go-down-symbolic", down_label, move_down, self);
      gtk_widget_set_sensitive (button, editable && index + 1 < n_items);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  button = icon_button ("user-trash-symbolic", delete_label, delete_cb, self);
  gtk_widget_set_sensitive (button, editable);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

static void
move_record (CaseloadIepPage *self,
             GtkWidget       *button,
             GPtrArray       *array,
             int              delta,
             gboolean       (*move) (CaseloadStore *, gint64, guint, GError **))
{
  g_autoptr(GError) error = NULL;
  gint64 id = row_id (button);
  guint index;

  if (find_child (array, id, &index) == NULL
      || (int) index + delta < 0 || index + delta >= array->len)
    return;
  if (!move (self->store, id, index + delta, &error))
    {
      show_error_dialog (self, _("Could Not Move"), error->message);
      return;
    }
  reload_iep (self);
}

static void
on_goal_up_cb (GtkWidget *button, gpointer data)
{
  CaseloadIepPage *self = data;
  move_record (self, button, caseload_iep_get_goals (self->iep), -1, caseload_store_move_goal);
}

static void
on_goal_down_cb (GtkWidget *button, gpointer data)
{
  CaseloadIepPage *self = data;
  move_record (self, button, caseload_iep_get_goals (self->iep), 1, caseload_store_move_goal);
}

static void
on_service_up_cb (GtkWidget *button, gpointer data)
{
  CaseloadIepPage *self = data;
  move_record (self, button, caseload_iep_get_services (self->iep), -1, caseload_store_move_service);
}

static void
on_service_down_cb (GtkWidget *button, gpointer data)
{
  CaseloadIepPage *self = data;
  move_record (self, button, caseload_iep_get_services (self->iep), 1, caseload_store_move_service);
}

static void
on_accommodation_up_cb (GtkWidget *button, gpointer data)
{
  CaseloadIepPage *self = data;
  move_record (self, button, caseload_iep_get_accommodations (self->iep), -1, caseload_store_move_accommodation);
}

static void
on_accommodation_down_cb (GtkWidget *button, gpointer data)
{
  CaseloadIepPage *self = data;
  move_record (self, button, caseload_iep_get_accommodations (self->iep), 1, caseload_store_move_accommodation);
}

/* Undo of a deletion: the deleted record is saved again as new and moved
 * back to where it was. */
static void
on_undo_delete_cb (AdwToast *toast,
                   gpointer  user_data)
{
  CaseloadIepPage *self = user_data;
  GObject *object = g_object_get_data (G_OBJECT (toast), "record");
  guint position = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (toast), "position"));
  g_autoptr(GError) error = NULL;
  gboolean ok = FALSE;

  if (self->store == NULL || object == NULL)
    return;

  g_object_set (object, "id", (gint64) 0, NULL);
  if (CASELOAD_IS_GOAL (object))
    {
      CaseloadGoal *goal = CASELOAD_GOAL (object);
      GPtrArray *objectives = caseload_goal_get_objectives (goal);

      ok = caseload_store_save_goal (self->store, goal, &error);
      for (guint i = 0; ok && i < objectives->len; i++)
        {
          CaseloadObjective *objective = g_ptr_array_index (objectives, i);

          caseload_objective_set_id (objective, 0);
          caseload_objective_set_goal_id (objective, caseload_goal_get_id (goal));
          ok = caseload_store_save_objective (self->store, objective, &error);
        }
      ok = ok && caseload_store_move_goal (self->store, caseload_goal_get_id (goal), position, &error);
    }
  else if (CASELOAD_IS_SERVICE (object))
    ok = caseload_store_save_service (self->store, CASELOAD_SERVICE (object), &error)
         && caseload_store_move_service (self->store, caseload_service_get_id (CASELOAD_SERVICE (object)),
                                         position, &error);
  else if (CASELOAD_IS_ACCOMMODATION (object))
    ok = caseload_store_save_accommodation (self->store, CASELOAD_ACCOMMODATION (object), &error)
         && caseload_store_move_accommodation (self->store,
                                               caseload_accommodation_get_id (CASELOAD_ACCOMMODATION (object)),
                                               position, &error);

  if (!ok)
    show_error_dialog (self, _("Could Not Undo"), error != NULL ? error->message : "");
  reload_iep (self);
}

static void
delete_record (CaseloadIepPage *self,
               GtkWidget       *button,
               GPtrArray       *array,
               gboolean       (*delete) (CaseloadStore *, gint64, GError **),
               const char      *message)
{
  g_autoptr(GError) error = NULL;
  gint64 id = row_id (button);
  GObject *object;
  AdwToast *toast;
  guint index;

  object = find_child (array, id, &index);
  if (object == NULL)
    return;
  g_object_ref (object);
  if (!delete (self->store, id, &error))
    {
      show_error_dialog (self, _("Could Not Delete"), error->message);
      g_object_unref (object);
      return;
    }

  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "record", object, g_object_unref);
  g_object_set_data (G_OBJECT (toast), "position", GUINT_TO_POINTER (index));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_delete_cb), self, 0);
  show_toast (self, toast);
  reload_iep (self);
}

static void
on_goal_delete_cb (GtkWidget *button, gpointer data)
{
  CaseloadIepPage *self = data;
  delete_record (self, button, caseload_iep_get_goals (self->iep), caseload_store_delete_goal, _("Goal deleted"));
}

static void
on_service_delete_cb (GtkWidget *button, gpointer data)
{
  CaseloadIepPage *self = data;
  delete_record (self, button, caseload_iep_get_services (self->iep), caseload_store_delete_service, _("Service deleted"));
}

static void
on_accommodation_delete_cb (GtkWidget *button, gpointer data)
{
  CaseloadIepPage *self = data;
  delete_record (self, button, caseload_iep_get_accommodations (self->iep),
                 caseload_store_delete_accommodation, _("Accommodation deleted"));
}

static void
on_attendee_delete_cb (GtkWidget *button, gpointer data)
{
  CaseloadIepPage *self = data;
  g_autoptr(GError) error = NULL;

  if (!caseload_store_delete_iep_attendee (self->store, caseload_iep_get_id (self->iep),
                                           row_id (button), &error))
    {
      show_error_dialog (self, _("Could Not Remove"), error->message);
      return;
    }
  reload_iep (self);
}

static void
on_goals_list_row_activated_cb (GtkListBox    *list,
                                GtkListBoxRow *row,
                                gpointer       data)
{
  CaseloadIepPage *self = data;
  GObject *goal = find_child (caseload_iep_get_goals (self->iep), row_id (GTK_WIDGET (row)), NULL);

  if (goal != NULL && !locked (self))
    edit_goal (self, CASELOAD_GOAL (goal));
}

static void
on_services_list_row_activated_cb (GtkListBox    *list,
                                   GtkListBoxRow *row,
                                   gpointer       data)
{
  CaseloadIepPage *self = data;
  GObject *service = find_child (caseload_iep_get_services (self->iep), row_id (GTK_WIDGET (row)), NULL);

  if (service != NULL && !locked (self))
    edit_service (self, CASELOAD_SERVICE (service));
}

static void
on_accommodations_list_row_activated_cb (GtkListBox    *list,
                                         GtkListBoxRow *row,
                                         gpointer       data)
{
  CaseloadIepPage *self = data;
  GObject *accommodation = find_child (caseload_iep_get_accommodations (self->iep),
                                       row_id (GTK_WIDGET (row)), NULL);

  if (accommodation != NULL && !locked (self))
    edit_accommodation (self, CASELOAD_ACCOMMODATION (accommodation));
}

static void
on_attendees_list_row_activated_cb (GtkListBox    *list,
                                    GtkListBoxRow *row,
                                    gpointer       data)
{
  CaseloadIepPage *self = data;
  GObject *attendee = self->attendees != NULL
                      ? find_child (self->attendees, row_id (GTK_WIDGET (row)), NULL) : NULL;

  if (attendee != NULL && !locked (self))
    edit_attendee (self, CASELOAD_MEETING_ATTENDEE (attendee));
}

static void
add_placeholder (GtkListBox *list,
                 const char *text)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (row, "dim-label");
  gtk_list_box_append (list, row);
}

static void
fill_goals (CaseloadIepPage *self)
{
  GPtrArray *goals = caseload_iep_get_goals (self->iep);

  clear_list (self->goals_list);
  for (guint i = 0; i < goals->len; i++)
    {
      CaseloadGoal *goal = g_ptr_array_index (goals, i);
      g_autofree char *title = g_strdup_printf (_("Goal %u · %s: %s"), i + 1,
                                                caseload_goal_area_to_label (caseload_goal_get_area (goal)),
                                                caseload_goal_get_behavior (goal)[0] != '\0'
                                                ? caseload_goal_get_behavior (goal) : _("(no behavior yet)"));
      g_autofree char *subtitle = goal_summary (goal);

      gtk_list_box_append (self->goals_list,
                           record_row (self, caseload_goal_get_id (goal), title, subtitle, i, goals->len,
                                       _("goal"), G_CALLBACK (on_goal_up_cb), G_CALLBACK (on_goal_down_cb),
                                       G_CALLBACK (on_goal_delete_cb)));
    }
  if (goals->len == 0)
    add_placeholder (self->goals_list, _("No goals yet"));
}

static void
fill_services (CaseloadIepPage *self)
{
  GPtrArray *services = caseload_iep_get_services (self->iep);
  g_autofree char *total = NULL;

  clear_list (self->services_list);
  for (guint i = 0; i < services->len; i++)
    {
      CaseloadService *service = g_ptr_array_index (services, i);
      guint category = index_of (service_category_codes, G_N_ELEMENTS (service_category_codes),
                                 caseload_service_get_category (service));
      g_autoptr(GtkStringObject) category_item =
        g_list_model_get_item (adw_combo_row_get_model (self->service_category_row),
                               category != GTK_INVALID_LIST_POSITION ? category : 0);
      const char *category_label = category != GTK_INVALID_LIST_POSITION
        ? gtk_string_object_get_string (category_item) : caseload_service_get_category (service);
      g_autofree char *title = g_strdup_printf ("%s · %s", caseload_service_get_name (service), category_label);
      g_autofree char *minutes = caseload_service_get_has_minutes_per_session (service)
                                 && caseload_service_get_has_sessions (service)
        ? g_strdup_printf (g_strcmp0 (caseload_service_get_per (service), "month") == 0
                           ? _("%d min × %d per month") : _("%d min × %d per week"),
                           caseload_service_get_minutes_per_session (service),
                           caseload_service_get_sessions (service))
        : g_strdup (_("minutes not set"));
      g_autofree char *start = display_date (caseload_service_get_start_date (service));
      g_autofree char *end = display_date (caseload_service_get_end_date (service));
      const char *provider = caseload_service_get_provider_role (service);
      g_autofree char *subtitle = g_strdup_printf (_("%s · %s · %s · %s – %s"), minutes,
                                                   provider[0] != '\0' ? provider : _("no provider"),
                                                   caseload_service_get_location (service),
                                                   start, end);

      gtk_list_box_append (self->services_list,
                           record_row (self, caseload_service_get_id (service), title, subtitle, i,
                                       services->len, _("service"), G_CALLBACK (on_service_up_cb),
                                       G_CALLBACK (on_service_down_cb), G_CALLBACK (on_service_delete_cb)));
    }
  if (services->len == 0)
    add_placeholder (self->services_list, _("No services yet"));

  total = g_strdup_printf (_("Total: %.0f minutes per week"),
                           caseload_iep_get_total_minutes_per_week (self->iep));
  gtk_label_set_text (self->total_minutes_label, total);
}

static void
fill_accommodations (CaseloadIepPage *self)
{
  GPtrArray *accommodations = caseload_iep_get_accommodations (self->iep);

  clear_list (self->accommodations_list);
  for (guint i = 0; i < accommodations->len; i++)
    {
      CaseloadAccommodation *accommodation = g_ptr_array_index (accommodations, i);
      gboolean classroom = caseload_accommodation_get_applies_classroom (accommodation);
      gboolean tests = caseload_accommodation_get_applies_tests (accommodation);
      const char *where = classroom && tests ? _("classroom and tests")
                        : classroom ? _("classroom only") : tests ? _("tests only") : _("nowhere yet");
      guint category = index_of (accommodation_category_codes, G_N_ELEMENTS (accommodation_category_codes),
                                 caseload_accommodation_get_category (accommodation));
      g_autoptr(GtkStringObject) category_item =
        g_list_model_get_item (adw_combo_row_get_model (self->acc_category_row),
                               category != GTK_INVALID_LIST_POSITION ? category : 4);
      g_autofree char *subtitle = g_strdup_printf ("%s · %s · %s · %s",
                                                   g_strcmp0 (caseload_accommodation_get_kind (accommodation), "modification") == 0
                                                   ? _("Modification") : _("Accommodation"),
                                                   gtk_string_object_get_string (category_item), where,
                                                   caseload_accommodation_get_frequency (accommodation));

      gtk_list_box_append (self->accommodations_list,
                           record_row (self, caseload_accommodation_get_id (accommodation),
                                       caseload_accommodation_get_description (accommodation), subtitle,
                                       i, accommodations->len, _("accommodation"),
                                       G_CALLBACK (on_accommodation_up_cb), G_CALLBACK (on_accommodation_down_cb),
                                       G_CALLBACK (on_accommodation_delete_cb)));
    }
  if (accommodations->len == 0)
    add_placeholder (self->accommodations_list, _("No accommodations yet"));
}

/* A meeting scheduled in the meeting editor may name this IEP as the one
 * it produced without being the IEP's own meeting: its invitees are shown
 * too, read-only (they are edited in that meeting). */
static void
fill_produced (CaseloadIepPage *self)
{
  g_autoptr(GListModel) meetings = NULL;
  CaseloadMeeting *found = NULL;

  clear_list (self->produced_list);
  gtk_widget_set_visible (self->produced_label, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->produced_list), FALSE);
  meetings = caseload_store_list_meetings (self->store, NULL, NULL, caseload_iep_get_student_id (self->iep), 0, NULL);
  for (guint i = 0; meetings != NULL && i < g_list_model_get_n_items (meetings); i++)
    {
      CaseloadMeeting *m = g_list_model_get_item (meetings, i);

      if (caseload_meeting_get_produced_iep_id (m) == caseload_iep_get_id (self->iep)
          && caseload_meeting_get_id (m) != caseload_iep_get_meeting_id (self->iep)
          && g_strcmp0 (caseload_meeting_get_status (m), "cancelled") != 0)
        {
          g_clear_object (&found);
          found = m;
        }
      else
        g_object_unref (m);
    }
  if (found == NULL)
    return;
  {
    GPtrArray *attendees = caseload_meeting_get_attendees (found);
    g_autofree char *day = g_date_time_format (caseload_meeting_get_starts_at (found), "%x");
    /* Translators: meeting type and date. */
    g_autofree char *heading = g_strdup_printf (_("Invited to the %s meeting of %s"),
                                                caseload_meeting_kind_label (caseload_meeting_get_kind (found)),
                                                day);

    gtk_label_set_text (GTK_LABEL (self->produced_label), heading);
    for (guint i = 0; i < attendees->len; i++)
      {
        CaseloadMeetingAttendee *a = g_ptr_array_index (attendees, i);
        GtkWidget *row = adw_action_row_new ();
        const char *status = !caseload_meeting_attendee_get_has_attended (a) ? _("Attendance not recorded")
                             : caseload_meeting_attendee_get_attended (a) ? _("Attended") : _("Did not attend");

        adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), caseload_meeting_attendee_get_name (a));
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), caseload_meeting_attendee_get_role_name (a));
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_label_new (status));
        gtk_list_box_append (self->produced_list, row);
      }
    if (attendees->len == 0)
      add_placeholder (self->produced_list, _("Nobody is invited yet"));
    gtk_widget_set_visible (self->produced_label, TRUE);
    gtk_widget_set_visible (GTK_WIDGET (self->produced_list), TRUE);
  }
  g_object_unref (found);
}

static void
fill_attendees (CaseloadIepPage *self)
{
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GError) error = NULL;

  clear_list (self->attendees_list);
  g_clear_pointer (&self->attendees, g_ptr_array_unref);
  self->attendees = g_ptr_array_new_with_free_func (g_object_unref);

  model = caseload_store_list_iep_attendees (self->store, caseload_iep_get_id (self->iep), &error);
  if (model == NULL)
    {
      add_placeholder (self->attendees_list, error->message);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(CaseloadMeetingAttendee) attendee = g_list_model_get_item (model, i);
      g_autofree char *status = NULL;
      g_autofree char *title = NULL;

      if (caseload_meeting_attendee_get_excused (attendee))
        {
          g_autofree char *agreement = display_date (caseload_meeting_attendee_get_excusal_agreement_date (attendee));
          g_autofree char *input = display_date (caseload_meeting_attendee_get_excusal_input_date (attendee));
          status = g_strdup_printf (_("Excused · agreement %s · input %s"),
                                    agreement[0] != '\0' ? agreement : _("missing"),
                                    input[0] != '\0' ? input : _("missing"));
        }
      else if (!caseload_meeting_attendee_get_has_attended (attendee))
        status = g_strdup (_("Attendance not recorded"));
      else
        status = g_strdup (caseload_meeting_attendee_get_attended (attendee) ? _("Attended") : _("Did not attend"));
      title = g_strdup_printf ("%s · %s", caseload_meeting_attendee_get_name (attendee),
                               caseload_meeting_attendee_get_role_name (attendee));

      gtk_list_box_append (self->attendees_list,
                           record_row (self, caseload_meeting_attendee_get_id (attendee), title, status,
                                       i, g_list_model_get_n_items (model), _("attendee"),
                                       NULL, NULL, G_CALLBACK (on_attendee_delete_cb)));
      g_ptr_array_add (self->attendees, g_steal_pointer (&attendee));
    }
  if (self->attendees->len == 0)
    add_placeholder (self->attendees_list, _("No attendees recorded yet"));
  fill_produced (self);
}

/* ---- the editor -------------------------------------------------------- */

static void
set_editable (CaseloadIepPage *self,
              gboolean         editable)
{
  GtkWidget *groups[] = {
    self->header_group, self->factors_group, self->goals_group, self->services_group,
    self->accommodations_group, self->assessment_group, GTK_WIDGET (self->transition_group),
  };
  GtkTextView *views[] = {
    self->strengths_view, self->parent_concerns_view, self->evaluation_results_view,
    self->academic_needs_view, self->functional_needs_view, self->disability_impact_view,
    self->nonparticipation_view,
  };
  const char *actions[] = {
    "iep.add-goal", "iep.goal-from-bank", "iep.add-service", "iep.add-accommodation",
    "iep.accommodation-from-bank", "iep.add-attendee", "iep.check", "iep.finalize",
    "iep.delete-draft",
  };

  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    gtk_widget_set_sensitive (groups[i], editable);
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      gtk_text_view_set_editable (views[i], editable);
      gtk_widget_set_sensitive (GTK_WIDGET (views[i]), editable);
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->percent_row), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->attendees_list), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->consent_date_row), editable);
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), actions[i], editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "iep.correct", !editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "iep.amend",
                                 !editable && g_strcmp0 (caseload_iep_get_status (self->iep), "finalized") == 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "iep.next-annual",
                                 !editable && g_strcmp0 (caseload_iep_get_status (self->iep), "finalized") == 0);

  gtk_widget_set_visible (self->check_button, editable);
  gtk_widget_set_visible (self->finalize_button, editable);
  gtk_widget_set_visible (self->delete_draft_button, editable);
  gtk_widget_set_visible (self->correct_button, !editable);
  gtk_widget_set_visible (self->amend_button, !editable);
  gtk_widget_set_visible (self->next_annual_button, !editable);
}

static void
load_form (CaseloadIepPage *self)
{
  CaseloadIep *iep = self->iep;
  GPtrArray *factors = caseload_iep_get_special_factors (iep);
  const char * const *periods = caseload_iep_get_reporting_periods (iep);
  g_autofree char *periods_text = periods != NULL ? g_strjoinv (", ", (char **) periods) : g_strdup ("");
  g_autofree char *title = NULL;
  guint index;

  self->loading++;

  index = index_of (kind_codes, G_N_ELEMENTS (kind_codes), caseload_iep_get_kind (iep));
  adw_combo_row_set_selected (self->kind_row, index != GTK_INVALID_LIST_POSITION ? index : 1);
  set_row_text (self->meeting_date_row, caseload_iep_get_meeting_date (iep));
  set_row_text (self->start_date_row, caseload_iep_get_start_date (iep));
  set_row_text (self->end_date_row, caseload_iep_get_end_date (iep));
  set_row_text (self->next_review_row, caseload_iep_get_next_review_date (iep));
  set_row_text (self->periods_row, periods_text);

  set_view_text (self->strengths_view, caseload_iep_get_strengths (iep));
  set_view_text (self->parent_concerns_view, caseload_iep_get_parent_concerns (iep));
  set_view_text (self->evaluation_results_view, caseload_iep_get_evaluation_results (iep));
  set_view_text (self->academic_needs_view, caseload_iep_get_academic_needs (iep));
  set_view_text (self->functional_needs_view, caseload_iep_get_functional_needs (iep));
  set_view_text (self->disability_impact_view, caseload_iep_get_disability_impact (iep));

  for (guint i = 0; i < N_FACTORS; i++)
    {
      const char *key = caseload_special_factor_keys ()[i];
      CaseloadSpecialFactor *factor = NULL;

      for (guint j = 0; j < factors->len; j++)
        if (g_strcmp0 (caseload_special_factor_get_factor (g_ptr_array_index (factors, j)), key) == 0)
          factor = g_ptr_array_index (factors, j);
      gtk_check_button_set_active (factor_considered (self, i),
                                   factor != NULL && caseload_special_factor_get_considered (factor));
      gtk_check_button_set_active (factor_applies (self, i),
                                   factor != NULL && caseload_special_factor_get_applies (factor));
      set_row_text (factor_notes (self, i), factor != NULL ? caseload_special_factor_get_notes (factor) : "");
    }

  index = index_of (assessment_codes, G_N_ELEMENTS (assessment_codes), caseload_iep_get_assessment (iep));
  adw_combo_row_set_selected (self->assessment_row, index != GTK_INVALID_LIST_POSITION ? index : 0);
  set_row_text (self->why_not_regular_row, caseload_iep_get_alternate_why_not_regular (iep));
  set_row_text (self->why_appropriate_row, caseload_iep_get_alternate_why_appropriate (iep));
  update_assessment_rows (self);

  if (caseload_iep_get_has_percent_regular_class (iep))
    {
      g_autofree char *text = format_number (caseload_iep_get_percent_regular_class (iep));
      set_row_text (self->percent_row, text);
    }
  else
    set_row_text (self->percent_row, "");
  update_environment (self);
  set_view_text (self->nonparticipation_view, caseload_iep_get_nonparticipation_explanation (iep));

  set_row_text (self->transition_education_row, caseload_iep_get_transition_education (iep));
  set_row_text (self->transition_employment_row, caseload_iep_get_transition_employment (iep));
  set_row_text (self->transition_living_row, caseload_iep_get_transition_independent_living (iep));
  set_row_text (self->transition_assessments_row, caseload_iep_get_transition_assessments (iep));
  set_row_text (self->transition_services_row, caseload_iep_get_transition_services (iep));
  set_row_text (self->course_of_study_row, caseload_iep_get_course_of_study (iep));
  set_row_text (self->transition_agencies_row, caseload_iep_get_transition_agencies (iep));
  set_row_text (self->rights_transfer_row, caseload_iep_get_rights_transfer_date (iep));

  set_row_text (self->consent_date_row, caseload_iep_get_parent_consent_date (iep));
  set_row_text (self->copy_date_row, caseload_iep_get_parent_copy_date (iep));
  index = index_of (copy_method_codes, G_N_ELEMENTS (copy_method_codes), caseload_iep_get_parent_copy_method (iep));
  adw_combo_row_set_selected (self->copy_method_row, index != GTK_INVALID_LIST_POSITION ? index : 0);

  fill_goals (self);
  fill_services (self);
  fill_accommodations (self);
  fill_attendees (self);
  update_transition (self);

  title = g_strdup_printf ("%s — %s", caseload_iep_kind_to_label (caseload_iep_get_kind (iep)),
                           caseload_iep_status_to_label (caseload_iep_get_status (iep)));
  gtk_label_set_text (self->title_label, title);

  if (caseload_iep_is_locked (iep))
    {
      g_autofree char *when = NULL;
      g_autofree char *text = NULL;
      const char *finalized_at = caseload_iep_get_finalized_at (iep);
      g_autofree char *day = g_strndup (finalized_at, 10);

      when = display_date (day);
      if (g_strcmp0 (caseload_iep_get_status (iep), "superseded") == 0)
        text = g_strdup_printf (_("Finalized on %s, since superseded — content is locked; typos can still be corrected"),
                                when[0] != '\0' ? when : _("an unknown date"));
      else
        text = g_strdup_printf (_("Finalized on %s — content is locked"),
                                when[0] != '\0' ? when : _("an unknown date"));
      gtk_label_set_text (self->locked_label, text);
    }
  gtk_widget_set_visible (self->locked_box, caseload_iep_is_locked (iep));
  set_editable (self, !caseload_iep_is_locked (iep));

  clear_marks (self);
  self->loading--;
}

static void
clear_findings (CaseloadIepPage *self)
{
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  clear_list (self->findings_list);
  gtk_revealer_set_reveal_child (self->findings_revealer, FALSE);
}

/* No IEP shown: every action on one is off, so that no button (such as
 * "Add Goal" on the hidden editor) looks usable and does nothing. */
static void
disable_iep_actions (CaseloadIepPage *self)
{
  const char *actions[] = {
    "iep.check", "iep.finalize", "iep.correct", "iep.amend", "iep.next-annual",
    "iep.delete-draft", "iep.add-goal", "iep.goal-from-bank", "iep.add-service",
    "iep.add-accommodation", "iep.accommodation-from-bank", "iep.add-attendee",
  };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), actions[i], FALSE);
}

/* Loads @iep_id with its children into the editor (0 = nothing). */
static void
show_iep (CaseloadIepPage *self,
          gint64           iep_id)
{
  g_autoptr(CaseloadIep) iep = NULL;
  g_autoptr(GError) error = NULL;

  if (self->iep != NULL && iep_id != caseload_iep_get_id (self->iep))
    caseload_iep_page_flush (self);
  if (self->iep == NULL || iep_id != caseload_iep_get_id (self->iep))
    clear_findings (self);

  if (iep_id > 0 && self->store != NULL)
    {
      iep = caseload_store_get_iep (self->store, iep_id, &error);
      if (iep == NULL)
        show_error_dialog (self, _("Could Not Open the IEP"), error->message);
    }
  g_set_object (&self->iep, iep);
  self->dirty_iep = self->dirty_copy = FALSE;
  memset (self->dirty_factors, 0, sizeof self->dirty_factors);
  update_saved_label (self, "", FALSE);

  if (self->iep == NULL)
    {
      gtk_stack_set_visible_child_name (self->content_stack, "empty");
      disable_iep_actions (self);
      return;
    }
  load_form (self);
  gtk_stack_set_visible_child_name (self->content_stack, "editor");
}

/* Reloads the shown IEP after a child changed, keeping the form. */
static void
reload_iep (CaseloadIepPage *self)
{
  if (self->iep == NULL)
    return;
  caseload_iep_page_flush (self);
  show_iep (self, caseload_iep_get_id (self->iep));
}

static void
reload_versions (CaseloadIepPage *self,
                 gint64           select_id)
{
  g_autoptr(GListModel) ieps = NULL;
  g_autoptr(GError) error = NULL;
  gboolean has_draft = FALSE;
  GtkListBoxRow *to_select = NULL;
  guint n;

  self->loading++;
  clear_list (self->versions_list);
  g_array_set_size (self->version_ids, 0);

  if (self->store != NULL && self->student_id > 0)
    {
      ieps = caseload_store_list_ieps (self->store, self->student_id, &error);
      if (ieps == NULL)
        show_error_dialog (self, _("Could Not List the IEPs"), error->message);
    }

  n = ieps != NULL ? g_list_model_get_n_items (ieps) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CaseloadIep) iep = g_list_model_get_item (ieps, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *start = display_date (caseload_iep_get_start_date (iep));
      g_autofree char *end = display_date (caseload_iep_get_end_date (iep));
      g_autofree char *meeting = display_date (caseload_iep_get_meeting_date (iep));
      g_autofree char *subtitle = NULL;
      gint64 id = caseload_iep_get_id (iep);

      if (g_strcmp0 (caseload_iep_get_status (iep), "draft") == 0)
        has_draft = TRUE;
      subtitle = g_strdup_printf (_("%s · meeting %s · %s – %s"),
                                  caseload_iep_status_to_label (caseload_iep_get_status (iep)),
                                  meeting[0] != '\0' ? meeting : _("not set"),
                                  start[0] != '\0' ? start : "…", end[0] != '\0' ? end : "…");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     caseload_iep_kind_to_label (caseload_iep_get_kind (iep)));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
      set_row_id (row, id);
      gtk_list_box_append (self->versions_list, row);
      g_array_append_val (self->version_ids, id);
      if (id == select_id)
        to_select = GTK_LIST_BOX_ROW (row);
    }
  if (n == 0)
    select_id = 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "iep.new-draft",
                                 self->store != NULL && self->student_id > 0 && !has_draft);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "iep.compare", n >= 2);
  gtk_list_box_select_row (self->versions_list, to_select);
  self->loading--;

  show_iep (self, to_select != NULL ? select_id : 0);
}

static void
on_versions_list_row_selected_cb (CaseloadIepPage *self,
                                  GtkListBoxRow   *row,
                                  GtkListBox      *list)
{
  if (self->loading > 0 || row == NULL)
    return;
  show_iep (self, row_id (GTK_WIDGET (row)));
}

static void
load_student (CaseloadIepPage *self)
{
  g_autoptr(CaseloadIep) current = NULL;
  g_autoptr(CaseloadStudent) student = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->birth_date, g_free);
  caseload_rule_settings_init_defaults (&self->settings);
  if (self->store == NULL || self->student_id <= 0)
    {
      reload_versions (self, 0);
      return;
    }

  if (!caseload_store_load_rule_settings (self->store, &self->settings, &error))
    {
      g_warning ("Could not load the rule settings: %s", error->message);
      g_clear_error (&error);
      caseload_rule_settings_init_defaults (&self->settings);
    }
  student = caseload_store_get_student (self->store, self->student_id, NULL);
  if (student != NULL)
    self->birth_date = g_strdup (caseload_student_get_birth_date (student));

  current = caseload_store_get_current_iep (self->store, self->student_id, NULL);
  reload_versions (self, current != NULL ? caseload_iep_get_id (current) : 0);
}

static void
load_team_roles (CaseloadIepPage *self)
{
  g_autoptr(GListModel) roles = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_ptr_array_set_size (self->team_role_codes, 0);
  if (self->store != NULL)
    roles = caseload_store_list_team_roles (self->store, NULL);
  for (guint i = 0; roles != NULL && i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(CaseloadCode) code = g_list_model_get_item (roles, i);

      g_ptr_array_add (self->team_role_codes, g_strdup (caseload_code_get_code (code)));
      gtk_string_list_append (names, caseload_code_get_name (code));
    }
  adw_combo_row_set_model (self->att_role_row, G_LIST_MODEL (names));
}

/* ---- checker ----------------------------------------------------------- */

static GtkWidget *
widget_for_finding (CaseloadIepPage    *self,
                    CaseloadIepFinding *finding)
{
  const char *kind = caseload_iep_finding_get_object_kind (finding);
  const char *section = caseload_iep_finding_get_section (finding);
  gint64 id = caseload_iep_finding_get_object_id (finding);
  GtkListBox *list = NULL;
  GtkWidget *widget;

  if (g_strcmp0 (kind, "iep") == 0
      && (widget = widget_for_iep_field (self, caseload_iep_finding_get_field (finding))) != NULL)
    return widget;

  if (g_strcmp0 (kind, "goal") == 0 || g_strcmp0 (kind, "objective") == 0)
    list = self->goals_list;
  else if (g_strcmp0 (kind, "service") == 0)
    list = self->services_list;
  else if (g_strcmp0 (kind, "attendee") == 0 || g_strcmp0 (section, "team") == 0)
    list = self->attendees_list;

  if (list != NULL)
    {
      for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list));
           row != NULL; row = gtk_widget_get_next_sibling (row))
        if (id == 0 || row_id (row) == id)
          return row;
      return GTK_WIDGET (list);
    }

  if (g_strcmp0 (section, "special-factors") == 0)
    {
      for (guint i = 0; i < N_FACTORS; i++)
        if (!gtk_check_button_get_active (factor_considered (self, i)))
          return GTK_WIDGET (factor_considered (self, i));
      return GTK_WIDGET (factor_considered (self, 0));
    }
  if (g_strcmp0 (section, "transition") == 0)
    return GTK_WIDGET (self->transition_education_row);
  if (g_strcmp0 (section, "consent") == 0)
    return GTK_WIDGET (self->consent_date_row);
  if (g_strcmp0 (section, "placement") == 0)
    return GTK_WIDGET (self->percent_row);
  if (g_strcmp0 (section, "assessment") == 0)
    return GTK_WIDGET (self->assessment_row);
  if (g_strcmp0 (section, "services") == 0)
    return GTK_WIDGET (self->services_list);
  if (g_strcmp0 (section, "goals") == 0)
    return GTK_WIDGET (self->goals_list);
  return GTK_WIDGET (self->meeting_date_row);
}

static void
on_findings_list_row_activated_cb (CaseloadIepPage *self,
                                   GtkListBoxRow   *row,
                                   GtkListBox      *list)
{
  int index = gtk_list_box_row_get_index (row);
  CaseloadIepFinding *finding;
  GtkWidget *widget;

  if (self->findings == NULL || index < 0 || (guint) index >= self->findings->len)
    return;
  finding = g_ptr_array_index (self->findings, index);
  widget = widget_for_finding (self, finding);
  if (widget == NULL)
    return;

  if (g_strcmp0 (caseload_iep_finding_get_section (finding), "transition") == 0)
    gtk_widget_set_visible (GTK_WIDGET (self->transition_group), TRUE);
  /* Focusing scrolls the editor to the field. */
  gtk_widget_grab_focus (widget);
}

static void
show_findings (CaseloadIepPage *self,
               GPtrArray       *findings)
{
  guint errors = caseload_iep_findings_count_errors (findings);
  guint warnings = findings->len - errors;
  g_autofree char *heading = NULL;

  clear_findings (self);
  self->findings = g_ptr_array_ref (findings);

  for (guint i = 0; i < findings->len; i++)
    {
      CaseloadIepFinding *finding = g_ptr_array_index (findings, i);
      gboolean is_error = caseload_iep_finding_is_error (finding);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name (is_error ? "dialog-error-symbolic"
                                                               : "dialog-warning-symbolic");
      g_autofree char *title = g_strdup_printf ("%s · %s",
                                                is_error ? _("Error") : _("Warning"),
                                                caseload_iep_section_to_label (caseload_iep_finding_get_section (finding)));

      gtk_widget_add_css_class (icon, is_error ? "error" : "warning");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      is_error ? _("Error") : _("Warning"), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), caseload_iep_finding_get_message (finding));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_list_box_append (self->findings_list, row);
    }

  if (findings->len == 0)
    heading = g_strdup (_("Check: no problems found. This IEP can be finalized."));
  else
    {
      g_autofree char *errors_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u error", "%u errors", errors), errors);
      g_autofree char *warnings_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings", warnings), warnings);

      /* Translators: the two counts ("2 errors", "1 warning") */
      heading = g_strdup_printf (_("Check: %s, %s (activate one to go to its field)"),
                                 errors_text, warnings_text);
    }
  gtk_label_set_text (self->findings_label, heading);
  gtk_revealer_set_reveal_child (self->findings_revealer, TRUE);
}

GPtrArray *
caseload_iep_page_check (CaseloadIepPage *self,
                         GError         **error)
{
  g_autoptr(GPtrArray) findings = NULL;

  g_return_val_if_fail (CASELOAD_IS_IEP_PAGE (self), NULL);

  if (self->iep == NULL)
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND, _("No IEP is shown"));
      return NULL;
    }
  caseload_iep_page_flush (self);
  findings = caseload_store_check_iep (self->store, caseload_iep_get_id (self->iep), NULL, error);
  if (findings == NULL)
    return NULL;
  show_findings (self, findings);
  return g_steal_pointer (&findings);
}

static void
check_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  CaseloadIepPage *self = CASELOAD_IEP_PAGE (widget);
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GError) error = NULL;

  findings = caseload_iep_page_check (self, &error);
  if (findings == NULL)
    show_error_dialog (self, _("Could Not Check the IEP"), error->message);
}

static void
on_finalize_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         gpointer          user_data)
{
  CaseloadIepPage *self = user_data;
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (self->iep == NULL || (g_strcmp0 (response, "finalize") != 0 && g_strcmp0 (response, "acknowledge") != 0))
    return;
  id = caseload_iep_get_id (self->iep);
  if (!caseload_store_finalize_iep (self->store, id, g_str_equal (response, "acknowledge"), NULL, &error))
    {
      show_error_dialog (self, _("Could Not Finalize the IEP"), error->message);
      return;
    }
  clear_findings (self);
  reload_versions (self, id);
  show_toast (self, adw_toast_new (_("IEP finalized")));
}

static void
finalize_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CaseloadIepPage *self = CASELOAD_IEP_PAGE (widget);
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) list = g_string_new (NULL);
  GtkWidget *dialog;
  guint errors;

  findings = caseload_iep_page_check (self, &error);
  if (findings == NULL)
    {
      show_error_dialog (self, _("Could Not Check the IEP"), error->message);
      return;
    }
  if (self->invalid)
    {
      show_error_dialog (self, _("Cannot Finalize Yet"),
                         _("A field has invalid input and was not saved. Fix the marked field first."));
      return;
    }

  errors = caseload_iep_findings_count_errors (findings);
  for (guint i = 0; i < findings->len; i++)
    {
      CaseloadIepFinding *finding = g_ptr_array_index (findings, i);

      if (errors > 0 && !caseload_iep_finding_is_error (finding))
        continue;
      g_string_append_printf (list, "• %s (%s): %s\n",
                              caseload_iep_finding_is_error (finding) ? _("Error") : _("Warning"),
                              caseload_iep_section_to_label (caseload_iep_finding_get_section (finding)),
                              caseload_iep_finding_get_message (finding));
    }

  if (errors > 0)
    {
      dialog = adw_message_dialog_new (parent_window (self), _("Cannot Finalize This IEP"), NULL);
      adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                      _("Finalizing is refused while the checker finds errors. Fix these first:\n\n%s"),
                                      list->str);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
    }
  else if (findings->len > 0)
    {
      dialog = adw_message_dialog_new (parent_window (self), _("Finalize With Warnings?"), NULL);
      adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                      _("The checker found no errors, but these warnings:\n\n%s\n"
                                        "Once finalized, the content is locked; typos can still be corrected."),
                                      list->str);
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                        "cancel", _("_Cancel"),
                                        "acknowledge", _("_Acknowledge and Finalize"),
                                        NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "acknowledge",
                                                  ADW_RESPONSE_SUGGESTED);
    }
  else
    {
      dialog = adw_message_dialog_new (parent_window (self), _("Finalize IEP?"),
                                       _("The checker found no problems. Once finalized, the content is "
                                         "locked; typos can still be corrected."));
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                        "cancel", _("_Cancel"),
                                        "finalize", _("_Finalize IEP"),
                                        NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "finalize",
                                                  ADW_RESPONSE_SUGGESTED);
    }
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), errors > 0 ? "close" : "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_finalize_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- goals ------------------------------------------------------------- */

static void
on_goal_saved_cb (CaseloadIepPage *self,
                  gint64           goal_id)
{
  reload_iep (self);
  show_toast (self, adw_toast_new (_("Goal saved")));
}

static void
edit_goal (CaseloadIepPage *self,
           CaseloadGoal    *goal)
{
  CaseloadGoalDialog *dialog;

  if (self->iep == NULL || locked (self))
    return;
  caseload_iep_page_flush (self);
  dialog = caseload_goal_dialog_new (parent_window (self), self->store,
                                     caseload_iep_get_id (self->iep), goal);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_goal_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_goal_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  edit_goal (CASELOAD_IEP_PAGE (widget), NULL);
}

static void
on_bank_goal_chosen_cb (CaseloadIepPage *self,
                        CaseloadGoal    *goal)
{
  edit_goal (self, goal);
}

static void
on_bank_accommodation_chosen_cb (CaseloadIepPage               *self,
                                 CaseloadAccommodationTemplate *template)
{
  g_autoptr(CaseloadAccommodation) accommodation = caseload_accommodation_new ();

  caseload_accommodation_set_iep_id (accommodation, caseload_iep_get_id (self->iep));
  caseload_accommodation_set_kind (accommodation, "accommodation");
  caseload_accommodation_set_category (accommodation, caseload_accommodation_template_get_category (template));
  caseload_accommodation_set_description (accommodation, caseload_accommodation_template_get_description (template));
  caseload_accommodation_set_applies_classroom (accommodation, TRUE);
  edit_accommodation (self, accommodation);
}

static void
open_bank (CaseloadIepPage  *self,
           CaseloadBankKind  kind)
{
  CaseloadGoalBankDialog *dialog;

  if (self->iep == NULL || locked (self))
    return;
  dialog = caseload_goal_bank_dialog_new (parent_window (self), self->store, kind);
  g_signal_connect_object (dialog, "goal-chosen", G_CALLBACK (on_bank_goal_chosen_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "accommodation-chosen", G_CALLBACK (on_bank_accommodation_chosen_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
goal_from_bank_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  open_bank (CASELOAD_IEP_PAGE (widget), CASELOAD_BANK_KIND_GOAL);
}

static void
accommodation_from_bank_activated (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  open_bank (CASELOAD_IEP_PAGE (widget), CASELOAD_BANK_KIND_ACCOMMODATION);
}

/* ---- the record window: services, accommodations, attendees, corrections */

static void
record_error (CaseloadIepPage *self,
              GtkWidget       *row,
              const char      *message)
{
  if (row != NULL)
    {
      gtk_widget_add_css_class (row, "error");
      gtk_widget_grab_focus (row);
    }
  gtk_label_set_text (self->record_error, message);
  gtk_widget_set_visible (GTK_WIDGET (self->record_error), TRUE);
}

/* The record window exists only while it is open: a hidden toplevel kept
 * for later is still in gtk_window_get_toplevels(), and GTK 4.8's AT-SPI
 * root (GetChildAtIndex) answers an index just past the visible windows
 * (a screen reader counting the windows while a dialog closes) with the
 * last toplevel even when it is hidden; a hidden window has no AT-SPI
 * object path, so the app dies on "g_variant_is_object_path: assertion
 * 'string != NULL'". The content stays with the page (a template child)
 * and moves into a fresh window each time. */
static void
close_record_window (CaseloadIepPage *self)
{
  GtkWindow *window = g_steal_pointer (&self->record_window);

  if (window == NULL)
    return;

  adw_window_set_content (ADW_WINDOW (window), NULL);
  gtk_window_destroy (window);
}

static gboolean
on_record_window_close_request_cb (CaseloadIepPage *self)
{
  self->record_kind = RECORD_NONE;
  g_clear_object (&self->record);
  close_record_window (self);

  return GDK_EVENT_STOP;
}

static void
open_record (CaseloadIepPage *self,
             RecordKind       kind,
             const char      *page,
             const char      *title,
             const char      *button,
             GObject         *record)
{
  GtkWidget *rows[] = {
    GTK_WIDGET (self->service_name_row), GTK_WIDGET (self->service_provider_row),
    GTK_WIDGET (self->service_minutes_row), GTK_WIDGET (self->service_sessions_row),
    GTK_WIDGET (self->service_location_row), GTK_WIDGET (self->service_start_row),
    GTK_WIDGET (self->service_end_row), GTK_WIDGET (self->acc_description_row),
    GTK_WIDGET (self->att_name_row), GTK_WIDGET (self->att_agreement_row),
    GTK_WIDGET (self->att_input_row), GTK_WIDGET (self->cor_text_row),
    GTK_WIDGET (self->cor_reason_row), GTK_WIDGET (self->service_category_row),
    GTK_WIDGET (self->service_per_row),
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    gtk_widget_remove_css_class (rows[i], "error");
  gtk_widget_set_visible (GTK_WIDGET (self->record_error), FALSE);

  self->record_kind = kind;
  g_set_object (&self->record, record);
  gtk_stack_set_visible_child_name (self->record_stack, page);
  if (self->record_window == NULL)
    {
      self->record_window = GTK_WINDOW (adw_window_new ());
      gtk_window_set_modal (self->record_window, TRUE);
      gtk_window_set_default_size (self->record_window, 520, 640);
      adw_window_set_content (ADW_WINDOW (self->record_window), self->record_content);
      g_signal_connect_object (self->record_window, "close-request",
                               G_CALLBACK (on_record_window_close_request_cb), self,
                               G_CONNECT_SWAPPED);
    }
  gtk_window_set_title (self->record_window, title);
  gtk_button_set_label (self->record_save_button, button);
  gtk_window_set_transient_for (self->record_window, parent_window (self));
  gtk_window_present (self->record_window);
}

static char *
number_text (gboolean has,
             int      value)
{
  return has ? g_strdup_printf ("%d", value) : g_strdup ("");
}

static void
edit_service (CaseloadIepPage *self,
              CaseloadService *service)
{
  g_autoptr(CaseloadService) copy = caseload_service_new ();
  g_autofree char *minutes = NULL, *sessions = NULL;
  guint index;

  if (service != NULL)
    {
      caseload_service_set_id (copy, caseload_service_get_id (service));
      caseload_service_set_position (copy, caseload_service_get_position (service));
      caseload_service_set_provider_staff_id (copy, caseload_service_get_provider_staff_id (service));
    }
  caseload_service_set_iep_id (copy, caseload_iep_get_id (self->iep));

  index = service != NULL ? index_of (service_category_codes, G_N_ELEMENTS (service_category_codes),
                                      caseload_service_get_category (service)) : 0;
  adw_combo_row_set_selected (self->service_category_row, index != GTK_INVALID_LIST_POSITION ? index : 0);
  index = service != NULL ? index_of (service_per_codes, G_N_ELEMENTS (service_per_codes),
                                      caseload_service_get_per (service)) : 0;
  adw_combo_row_set_selected (self->service_per_row, index != GTK_INVALID_LIST_POSITION ? index : 0);
  minutes = service != NULL ? number_text (caseload_service_get_has_minutes_per_session (service),
                                           caseload_service_get_minutes_per_session (service)) : g_strdup ("");
  sessions = service != NULL ? number_text (caseload_service_get_has_sessions (service),
                                            caseload_service_get_sessions (service)) : g_strdup ("");
  set_row_text (self->service_name_row, service != NULL ? caseload_service_get_name (service) : "");
  set_row_text (self->service_provider_row, service != NULL ? caseload_service_get_provider_role (service) : "");
  set_row_text (self->service_minutes_row, minutes);
  set_row_text (self->service_sessions_row, sessions);
  set_row_text (self->service_location_row, service != NULL ? caseload_service_get_location (service) : "");
  set_row_text (self->service_start_row, service != NULL ? caseload_service_get_start_date (service)
                                                         : caseload_iep_get_start_date (self->iep));
  set_row_text (self->service_end_row, service != NULL ? caseload_service_get_end_date (service)
                                                       : caseload_iep_get_end_date (self->iep));

  open_record (self, RECORD_SERVICE, "service",
               service != NULL ? _("Edit Service") : _("New Service"),
               service != NULL ? _("Save Service") : _("Add Service"), G_OBJECT (copy));
  gtk_widget_grab_focus (GTK_WIDGET (self->service_name_row));
}

static gboolean
read_int_row (CaseloadIepPage *self,
              AdwEntryRow     *row,
              gboolean        *has,
              int             *value)
{
  g_autofree char *text = caseload_entry_row_dup_text (row);
  char *end = NULL;
  gint64 number;

  *has = FALSE;
  if (text[0] == '\0')
    return TRUE;
  number = g_ascii_strtoll (text, &end, 10);
  if (end == text || *end != '\0' || number <= 0 || number > 100000)
    {
      g_autofree char *message =
        g_strdup_printf (_("%s must be a whole number greater than 0."),
                         adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
      record_error (self, GTK_WIDGET (row), message);
      return FALSE;
    }
  *has = TRUE;
  *value = (int) number;
  return TRUE;
}

static gboolean
read_record_date (CaseloadIepPage *self,
                  AdwEntryRow     *row,
                  char           **iso)
{
  g_autofree char *text = caseload_entry_row_dup_text (row);
  g_autoptr(GError) error = NULL;
  GDate date;

  if (text[0] == '\0')
    {
      *iso = g_strdup ("");
      return TRUE;
    }
  if (!caseload_date_parse_user (text, NULL, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                                 &date, &error))
    {
      record_error (self, GTK_WIDGET (row), error->message);
      return FALSE;
    }
  *iso = caseload_date_to_iso (&date);
  return TRUE;
}

static gboolean
save_service_record (CaseloadIepPage *self,
                     GError         **error)
{
  CaseloadService *service = CASELOAD_SERVICE (self->record);
  g_autofree char *name = caseload_entry_row_dup_text (self->service_name_row);
  g_autofree char *provider = caseload_entry_row_dup_text (self->service_provider_row);
  g_autofree char *location = caseload_entry_row_dup_text (self->service_location_row);
  g_autofree char *start = NULL, *end = NULL;
  gboolean has_minutes, has_sessions;
  int minutes = 0, sessions = 0;
  const char *field = NULL;

  if (!read_int_row (self, self->service_minutes_row, &has_minutes, &minutes)
      || !read_int_row (self, self->service_sessions_row, &has_sessions, &sessions)
      || !read_record_date (self, self->service_start_row, &start)
      || !read_record_date (self, self->service_end_row, &end))
    return TRUE;

  caseload_service_set_category (service, code_at (service_category_codes, G_N_ELEMENTS (service_category_codes),
                                                   adw_combo_row_get_selected (self->service_category_row),
                                                   "special-education"));
  caseload_service_set_per (service, code_at (service_per_codes, G_N_ELEMENTS (service_per_codes),
                                              adw_combo_row_get_selected (self->service_per_row), "week"));
  caseload_service_set_name (service, name);
  caseload_service_set_provider_role (service, provider);
  caseload_service_set_location (service, location);
  caseload_service_set_start_date (service, start);
  caseload_service_set_end_date (service, end);
  if (has_minutes)
    caseload_service_set_minutes_per_session (service, minutes);
  else
    caseload_service_unset_minutes_per_session (service);
  if (has_sessions)
    caseload_service_set_sessions (service, sessions);
  else
    caseload_service_unset_sessions (service);

  if (!caseload_store_validate_service (service, &field, error))
    {
      static const struct { const char *field; gsize offset; } map[] = {
        { "name", G_STRUCT_OFFSET (CaseloadIepPage, service_name_row) },
        { "category", G_STRUCT_OFFSET (CaseloadIepPage, service_category_row) },
        { "per", G_STRUCT_OFFSET (CaseloadIepPage, service_per_row) },
        { "minutes-per-session", G_STRUCT_OFFSET (CaseloadIepPage, service_minutes_row) },
        { "sessions", G_STRUCT_OFFSET (CaseloadIepPage, service_sessions_row) },
        { "start-date", G_STRUCT_OFFSET (CaseloadIepPage, service_start_row) },
        { "end-date", G_STRUCT_OFFSET (CaseloadIepPage, service_end_row) },
        { "provider-role", G_STRUCT_OFFSET (CaseloadIepPage, service_provider_row) },
        { "location", G_STRUCT_OFFSET (CaseloadIepPage, service_location_row) },
      };
      GtkWidget *row = NULL;

      for (guint i = 0; i < G_N_ELEMENTS (map); i++)
        if (g_strcmp0 (map[i].field, field) == 0)
          row = G_STRUCT_MEMBER (GtkWidget *, self, map[i].offset);
      record_error (self, row, (*error)->message);
      g_clear_error (error);
      return TRUE;
    }
  return caseload_store_save_service (self->store, service, error);
}

static void
edit_accommodation (CaseloadIepPage       *self,
                    CaseloadAccommodation *accommodation)
{
  g_autoptr(CaseloadAccommodation) copy = caseload_accommodation_new ();
  guint index;

  caseload_accommodation_set_id (copy, caseload_accommodation_get_id (accommodation));
  caseload_accommodation_set_position (copy, caseload_accommodation_get_position (accommodation));
  caseload_accommodation_set_iep_id (copy, caseload_iep_get_id (self->iep));

  index = index_of (accommodation_kind_codes, G_N_ELEMENTS (accommodation_kind_codes),
                    caseload_accommodation_get_kind (accommodation));
  adw_combo_row_set_selected (self->acc_kind_row, index != GTK_INVALID_LIST_POSITION ? index : 0);
  index = index_of (accommodation_category_codes, G_N_ELEMENTS (accommodation_category_codes),
                    caseload_accommodation_get_category (accommodation));
  adw_combo_row_set_selected (self->acc_category_row, index != GTK_INVALID_LIST_POSITION ? index : 0);
  set_row_text (self->acc_description_row, caseload_accommodation_get_description (accommodation));
  set_row_text (self->acc_frequency_row, caseload_accommodation_get_frequency (accommodation));
  gtk_switch_set_active (self->acc_classroom_switch, caseload_accommodation_get_applies_classroom (accommodation));
  gtk_switch_set_active (self->acc_tests_switch, caseload_accommodation_get_applies_tests (accommodation));

  open_record (self, RECORD_ACCOMMODATION, "accommodation",
               caseload_accommodation_get_id (accommodation) > 0 ? _("Edit Accommodation") : _("New Accommodation"),
               caseload_accommodation_get_id (accommodation) > 0 ? _("Save Accommodation") : _("Add Accommodation"),
               G_OBJECT (copy));
  gtk_widget_grab_focus (GTK_WIDGET (self->acc_description_row));
}

static gboolean
save_accommodation_record (CaseloadIepPage *self,
                           GError         **error)
{
  CaseloadAccommodation *accommodation = CASELOAD_ACCOMMODATION (self->record);
  g_autofree char *description = caseload_entry_row_dup_text (self->acc_description_row);
  g_autofree char *frequency = caseload_entry_row_dup_text (self->acc_frequency_row);

  if (description[0] == '\0')
    {
      record_error (self, GTK_WIDGET (self->acc_description_row), _("Description is required."));
      return TRUE;
    }
  caseload_accommodation_set_kind (accommodation,
                                   code_at (accommodation_kind_codes, G_N_ELEMENTS (accommodation_kind_codes),
                                            adw_combo_row_get_selected (self->acc_kind_row), "accommodation"));
  caseload_accommodation_set_category (accommodation,
                                       code_at (accommodation_category_codes,
                                                G_N_ELEMENTS (accommodation_category_codes),
                                                adw_combo_row_get_selected (self->acc_category_row), "other"));
  caseload_accommodation_set_description (accommodation, description);
  caseload_accommodation_set_frequency (accommodation, frequency);
  caseload_accommodation_set_applies_classroom (accommodation, gtk_switch_get_active (self->acc_classroom_switch));
  caseload_accommodation_set_applies_tests (accommodation, gtk_switch_get_active (self->acc_tests_switch));
  return caseload_store_save_accommodation (self->store, accommodation, error);
}

static void
edit_attendee (CaseloadIepPage         *self,
               CaseloadMeetingAttendee *attendee)
{
  g_autoptr(CaseloadMeetingAttendee) copy = caseload_meeting_attendee_new ();
  guint index = GTK_INVALID_LIST_POSITION;

  if (attendee != NULL)
    {
      caseload_meeting_attendee_set_id (copy, caseload_meeting_attendee_get_id (attendee));
      caseload_meeting_attendee_set_meeting_id (copy, caseload_meeting_attendee_get_meeting_id (attendee));
      caseload_meeting_attendee_set_staff_id (copy, caseload_meeting_attendee_get_staff_id (attendee));
      caseload_meeting_attendee_set_guardian_id (copy, caseload_meeting_attendee_get_guardian_id (attendee));
      caseload_meeting_attendee_set_is_student (copy, caseload_meeting_attendee_get_is_student (attendee));
      caseload_meeting_attendee_set_required (copy, caseload_meeting_attendee_get_required (attendee));
      for (guint i = 0; i < self->team_role_codes->len; i++)
        if (g_strcmp0 (g_ptr_array_index (self->team_role_codes, i), caseload_meeting_attendee_get_role (attendee)) == 0)
          index = i;
    }
  adw_combo_row_set_selected (self->att_role_row, index != GTK_INVALID_LIST_POSITION ? index : 0);
  set_row_text (self->att_name_row, attendee != NULL ? caseload_meeting_attendee_get_name (attendee) : "");
  gtk_switch_set_active (self->att_attended_switch,
                         attendee == NULL || caseload_meeting_attendee_get_attended (attendee));
  gtk_switch_set_active (self->att_excused_switch, attendee != NULL && caseload_meeting_attendee_get_excused (attendee));
  set_row_text (self->att_agreement_row,
                attendee != NULL ? caseload_meeting_attendee_get_excusal_agreement_date (attendee) : "");
  set_row_text (self->att_input_row, attendee != NULL ? caseload_meeting_attendee_get_excusal_input_date (attendee) : "");

  open_record (self, RECORD_ATTENDEE, "attendee",
               attendee != NULL ? _("Edit Attendee") : _("New Attendee"),
               attendee != NULL ? _("Save Attendee") : _("Add Attendee"), G_OBJECT (copy));
  gtk_widget_grab_focus (GTK_WIDGET (self->att_name_row));
}

static gboolean
save_attendee_record (CaseloadIepPage *self,
                      GError         **error)
{
  CaseloadMeetingAttendee *attendee = CASELOAD_MEETING_ATTENDEE (self->record);
  g_autofree char *name = caseload_entry_row_dup_text (self->att_name_row);
  g_autofree char *agreement = NULL, *input = NULL;
  guint role = adw_combo_row_get_selected (self->att_role_row);

  if (!read_record_date (self, self->att_agreement_row, &agreement)
      || !read_record_date (self, self->att_input_row, &input))
    return TRUE;
  if (name[0] == '\0' && caseload_meeting_attendee_get_staff_id (attendee) == 0
      && caseload_meeting_attendee_get_guardian_id (attendee) == 0)
    {
      record_error (self, GTK_WIDGET (self->att_name_row), _("Name is required."));
      return TRUE;
    }
  caseload_meeting_attendee_set_name (attendee, name);
  if (role < self->team_role_codes->len)
    caseload_meeting_attendee_set_role (attendee, g_ptr_array_index (self->team_role_codes, role));
  caseload_meeting_attendee_set_excused (attendee, gtk_switch_get_active (self->att_excused_switch));
  if (gtk_switch_get_active (self->att_excused_switch))
    caseload_meeting_attendee_set_attended (attendee, FALSE);
  else
    caseload_meeting_attendee_set_attended (attendee, gtk_switch_get_active (self->att_attended_switch));
  caseload_meeting_attendee_set_excusal_agreement_date (attendee, agreement);
  caseload_meeting_attendee_set_excusal_input_date (attendee, input);
  return caseload_store_save_iep_attendee (self->store, caseload_iep_get_id (self->iep), attendee, error);
}

/* Every text of the IEP a correction may fix. */
static void
add_target (CaseloadIepPage *self,
            const char      *kind,
            gint64           id,
            const char      *field,
            const char      *label,
            const char      *text)
{
  CorrectionTarget *target;

  if (text == NULL || text[0] == '\0')
    return;
  target = g_new0 (CorrectionTarget, 1);
  target->object_kind = g_strdup (kind);
  target->object_id = id;
  target->field = g_strdup (field);
  target->label = g_strdup (label);
  target->text = g_strdup (text);
  g_ptr_array_add (self->correction_targets, target);
}

static void
on_cor_field_selected_cb (CaseloadIepPage *self)
{
  guint index = adw_combo_row_get_selected (self->cor_field_row);
  CorrectionTarget *target;
  g_autofree char *text = NULL;

  if (index >= self->correction_targets->len)
    return;
  target = g_ptr_array_index (self->correction_targets, index);
  text = g_strdup_printf (_("Current text: %s"), target->text);
  gtk_label_set_text (self->cor_old_label, text);
  set_row_text (self->cor_text_row, target->text);
}

static void
correct_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CaseloadIepPage *self = CASELOAD_IEP_PAGE (widget);
  CaseloadIep *iep = self->iep;
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GPtrArray *goals, *services, *accommodations;

  if (iep == NULL || !locked (self))
    return;

  g_ptr_array_set_size (self->correction_targets, 0);
  add_target (self, "iep", 0, "strengths", _("Present levels: strengths"), caseload_iep_get_strengths (iep));
  add_target (self, "iep", 0, "parent-concerns", _("Present levels: parent concerns"), caseload_iep_get_parent_concerns (iep));
  add_target (self, "iep", 0, "evaluation-results", _("Present levels: evaluation results"), caseload_iep_get_evaluation_results (iep));
  add_target (self, "iep", 0, "academic-needs", _("Present levels: academic needs"), caseload_iep_get_academic_needs (iep));
  add_target (self, "iep", 0, "functional-needs", _("Present levels: functional needs"), caseload_iep_get_functional_needs (iep));
  add_target (self, "iep", 0, "disability-impact", _("Present levels: disability impact"), caseload_iep_get_disability_impact (iep));
  add_target (self, "iep", 0, "nonparticipation-explanation", _("Placement: explanation"), caseload_iep_get_nonparticipation_explanation (iep));
  add_target (self, "iep", 0, "transition-education", _("Transition: education or training"), caseload_iep_get_transition_education (iep));
  add_target (self, "iep", 0, "transition-employment", _("Transition: employment"), caseload_iep_get_transition_employment (iep));
  add_target (self, "iep", 0, "transition-independent-living", _("Transition: independent living"), caseload_iep_get_transition_independent_living (iep));
  goals = caseload_iep_get_goals (iep);
  for (guint i = 0; i < goals->len; i++)
    {
      CaseloadGoal *goal = g_ptr_array_index (goals, i);
      gint64 id = caseload_goal_get_id (goal);
      g_autofree char *condition = g_strdup_printf (_("Goal %u: condition"), i + 1);
      g_autofree char *behavior = g_strdup_printf (_("Goal %u: behavior"), i + 1);
      g_autofree char *criterion = g_strdup_printf (_("Goal %u: criterion"), i + 1);
      g_autofree char *method = g_strdup_printf (_("Goal %u: measurement method"), i + 1);

      add_target (self, "goal", id, "condition", condition, caseload_goal_get_condition (goal));
      add_target (self, "goal", id, "behavior", behavior, caseload_goal_get_behavior (goal));
      add_target (self, "goal", id, "criterion", criterion, caseload_goal_get_criterion (goal));
      add_target (self, "goal", id, "method", method, caseload_goal_get_method (goal));
    }
  services = caseload_iep_get_services (iep);
  for (guint i = 0; i < services->len; i++)
    {
      CaseloadService *service = g_ptr_array_index (services, i);
      g_autofree char *name = g_strdup_printf (_("Service %u: name"), i + 1);
      g_autofree char *location = g_strdup_printf (_("Service %u: location"), i + 1);

      add_target (self, "service", caseload_service_get_id (service), "name", name, caseload_service_get_name (service));
      add_target (self, "service", caseload_service_get_id (service), "location", location,
                  caseload_service_get_location (service));
    }
  accommodations = caseload_iep_get_accommodations (iep);
  for (guint i = 0; i < accommodations->len; i++)
    {
      CaseloadAccommodation *accommodation = g_ptr_array_index (accommodations, i);
      g_autofree char *label = g_strdup_printf (_("Accommodation %u: description"), i + 1);

      add_target (self, "accommodation", caseload_accommodation_get_id (accommodation), "description", label,
                  caseload_accommodation_get_description (accommodation));
    }

  if (self->correction_targets->len == 0)
    {
      show_error_dialog (self, _("Nothing to Correct"), _("This IEP has no text to correct."));
      return;
    }
  for (guint i = 0; i < self->correction_targets->len; i++)
    gtk_string_list_append (labels, ((CorrectionTarget *) g_ptr_array_index (self->correction_targets, i))->label);
  adw_combo_row_set_model (self->cor_field_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->cor_field_row, 0);
  on_cor_field_selected_cb (self);
  set_row_text (self->cor_reason_row, "");

  open_record (self, RECORD_CORRECTION, "correction", _("Correct a Typo"), _("Correct Text"), NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->cor_text_row));
}

static gboolean
save_correction (CaseloadIepPage *self,
                 GError         **error)
{
  guint index = adw_combo_row_get_selected (self->cor_field_row);
  g_autofree char *text = caseload_entry_row_dup_text (self->cor_text_row);
  g_autofree char *reason = caseload_entry_row_dup_text (self->cor_reason_row);
  CorrectionTarget *target;

  if (index >= self->correction_targets->len)
    {
      record_error (self, GTK_WIDGET (self->cor_field_row), _("Choose the text to correct."));
      return TRUE;
    }
  target = g_ptr_array_index (self->correction_targets, index);
  if (g_strcmp0 (text, target->text) == 0)
    {
      record_error (self, GTK_WIDGET (self->cor_text_row), _("Corrected text is the same as the current text."));
      return TRUE;
    }
  if (reason[0] == '\0')
    {
      record_error (self, GTK_WIDGET (self->cor_reason_row), _("Reason for the correction is required."));
      return TRUE;
    }
  return caseload_store_correct_iep_text (self->store, caseload_iep_get_id (self->iep), target->object_kind,
                                          target->object_id, target->field, text, reason, error);
}

static void
on_record_save_button_clicked_cb (CaseloadIepPage *self)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = FALSE;

  gtk_widget_set_visible (GTK_WIDGET (self->record_error), FALSE);
  if (self->iep == NULL)
    return;

  switch (self->record_kind)
    {
    case RECORD_SERVICE:
      ok = save_service_record (self, &error);
      break;
    case RECORD_ACCOMMODATION:
      ok = save_accommodation_record (self, &error);
      break;
    case RECORD_ATTENDEE:
      ok = save_attendee_record (self, &error);
      break;
    case RECORD_CORRECTION:
      ok = save_correction (self, &error);
      break;
    case RECORD_NONE:
    default:
      return;
    }

  if (!ok)
    {
      record_error (self, NULL, error->message);
      return;
    }
  if (gtk_widget_get_visible (GTK_WIDGET (self->record_error)))
    return;   /* a field is marked */

  close_record_window (self);
  if (self->record_kind == RECORD_CORRECTION)
    show_toast (self, adw_toast_new (_("Correction recorded in the audit log")));
  self->record_kind = RECORD_NONE;
  g_clear_object (&self->record);
  reload_iep (self);
}

static void
on_record_cancel_button_clicked_cb (CaseloadIepPage *self)
{
  self->record_kind = RECORD_NONE;
  g_clear_object (&self->record);
  close_record_window (self);
}

static void
add_service_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  CaseloadIepPage *self = CASELOAD_IEP_PAGE (widget);

  if (self->iep != NULL && !locked (self))
    edit_service (self, NULL);
}

static void
add_accommodation_activated (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  CaseloadIepPage *self = CASELOAD_IEP_PAGE (widget);
  g_autoptr(CaseloadAccommodation) accommodation = caseload_accommodation_new ();

  if (self->iep == NULL || locked (self))
    return;
  caseload_accommodation_set_kind (accommodation, "accommodation");
  caseload_accommodation_set_category (accommodation, "presentation");
  caseload_accommodation_set_applies_classroom (accommodation, TRUE);
  edit_accommodation (self, accommodation);
}

static void
add_attendee_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  CaseloadIepPage *self = CASELOAD_IEP_PAGE (widget);

  if (self->iep != NULL && !locked (self))
    edit_attendee (self, NULL);
}

/* ---- lifecycle --------------------------------------------------------- */

static void
new_draft_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CaseloadIepPage *self = CASELOAD_IEP_PAGE (widget);
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (self->store == NULL || self->student_id <= 0)
    return;
  id = caseload_store_create_iep_draft (self->store, self->student_id,
                                        self->version_ids->len == 0 ? "initial" : "annual", &error);
  if (id <= 0)
    {
      show_error_dialog (self, _("Could Not Start a Draft"), error->message);
      return;
    }
  reload_versions (self, id);
  gtk_widget_grab_focus (GTK_WIDGET (self->meeting_date_row));
}

static void
next_annual_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  CaseloadIepPage *self = CASELOAD_IEP_PAGE (widget);
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (self->iep == NULL)
    return;
  id = caseload_store_copy_iep_forward (self->store, caseload_iep_get_id (self->iep), &error);
  if (id <= 0)
    {
      show_error_dialog (self, _("Could Not Start the Next Annual IEP"), error->message);
      return;
    }
  reload_versions (self, id);
  show_toast (self, adw_toast_new (_("Next annual IEP started from this one")));
}

static void
on_amend_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      gpointer          user_data)
{
  CaseloadIepPage *self = user_data;
  GtkWidget *entry = adw_message_dialog_get_extra_child (dialog);
  g_autofree char *summary = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (g_strcmp0 (response, "amend") != 0 || self->iep == NULL)
    return;
  summary = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  id = caseload_store_amend_iep (self->store, caseload_iep_get_id (self->iep), summary, &error);
  if (id <= 0)
    {
      show_error_dialog (self, _("Could Not Amend the IEP"), error->message);
      return;
    }
  reload_versions (self, id);
}

static void
on_amend_entry_changed_cb (GtkEditable      *entry,
                           AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "amend", text[0] != '\0');
}

static void
amend_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  CaseloadIepPage *self = CASELOAD_IEP_PAGE (widget);
  GtkWidget *dialog, *entry;

  if (self->iep == NULL)
    return;
  dialog = adw_message_dialog_new (parent_window (self), _("Amend This IEP?"),
                                   _("An amendment is a new draft linked to this IEP. Say what changes; "
                                     "the amendment is finalized like any IEP."));
  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Summary of the changes"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Summary of the changes"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "amend", _("_Start Amendment"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "amend", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "amend", FALSE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (entry, "changed", G_CALLBACK (on_amend_entry_changed_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_amend_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_delete_draft_response_cb (AdwMessageDialog *dialog,
                             const char       *response,
                             gpointer          user_data)
{
  CaseloadIepPage *self = user_data;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "delete") != 0 || self->iep == NULL)
    return;
  /* The draft goes away: its pending edits with it. */
  g_clear_handle_id (&self->save_timeout_id, g_source_remove);
  self->dirty_iep = self->dirty_copy = FALSE;
  memset (self->dirty_factors, 0, sizeof self->dirty_factors);
  if (!caseload_store_delete_iep_draft (self->store, caseload_iep_get_id (self->iep), &error))
    {
      show_error_dialog (self, _("Could Not Delete the Draft"), error->message);
      return;
    }
  g_clear_object (&self->iep);
  load_student (self);
}

static void
delete_draft_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  CaseloadIepPage *self = CASELOAD_IEP_PAGE (widget);
  GtkWidget *dialog;

  if (self->iep == NULL || locked (self))
    return;
  dialog = adw_message_dialog_new (parent_window (self), _("Delete This Draft?"),
                                   _("The draft and everything typed into it are deleted. "
                                     "Finalized IEPs are not affected."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete Draft"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_draft_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
compare_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CaseloadIepPage *self = CASELOAD_IEP_PAGE (widget);
  CaseloadIepCompareWindow *window;
  gint64 new_id = 0, old_id = 0;

  if (self->store == NULL || self->version_ids->len < 2)
    return;
  caseload_iep_page_flush (self);
  if (self->iep != NULL)
    {
      new_id = caseload_iep_get_id (self->iep);
      old_id = caseload_iep_get_amends_iep_id (self->iep);
      if (old_id == 0)
        old_id = caseload_iep_get_previous_iep_id (self->iep);
      if (old_id == 0)
        new_id = 0;
    }
  window = caseload_iep_compare_window_new (parent_window (self), self->store, self->student_id, old_id, new_id);
  gtk_window_present (GTK_WINDOW (window));
}

/* ---- public API -------------------------------------------------------- */

CaseloadIepPage *
caseload_iep_page_new (void)
{
  return g_object_new (CASELOAD_TYPE_IEP_PAGE, NULL);
}

CaseloadStore *
caseload_iep_page_get_store (CaseloadIepPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP_PAGE (self), NULL);
  return self->store;
}

void
caseload_iep_page_set_store (CaseloadIepPage *self,
                             CaseloadStore   *store)
{
  g_return_if_fail (CASELOAD_IS_IEP_PAGE (self));

  if (self->store == store)
    return;
  caseload_iep_page_flush (self);
  g_set_object (&self->store, store);
  g_clear_object (&self->iep);
  load_team_roles (self);
  load_student (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

gint64
caseload_iep_page_get_student_id (CaseloadIepPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP_PAGE (self), 0);
  return self->student_id;
}

void
caseload_iep_page_set_student_id (CaseloadIepPage *self,
                                  gint64           student_id)
{
  g_return_if_fail (CASELOAD_IS_IEP_PAGE (self));

  if (self->student_id == student_id)
    return;
  caseload_iep_page_flush (self);
  self->student_id = student_id;
  g_clear_object (&self->iep);
  load_student (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDENT_ID]);
}

gint64
caseload_iep_page_get_iep_id (CaseloadIepPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP_PAGE (self), 0);
  return self->iep != NULL ? caseload_iep_get_id (self->iep) : 0;
}

gboolean
caseload_iep_page_select_iep (CaseloadIepPage *self,
                              gint64           iep_id,
                              GError         **error)
{
  g_return_val_if_fail (CASELOAD_IS_IEP_PAGE (self), FALSE);

  for (guint i = 0; i < self->version_ids->len; i++)
    if (g_array_index (self->version_ids, gint64, i) == iep_id)
      {
        reload_versions (self, iep_id);
        return self->iep != NULL;
      }
  g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
               _("IEP %" PRId64 " is not one of this student's IEPs"), iep_id);
  return FALSE;
}

gboolean
caseload_iep_page_flush (CaseloadIepPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_IEP_PAGE (self), FALSE);

  if (self->save_timeout_id != 0 || has_pending_edits (self))
    save_now (self);
  return !has_pending_edits (self);
}

/* ---- life cycle -------------------------------------------------------- */

static void
caseload_iep_page_unmap (GtkWidget *widget)
{
  /* Leaving the page: no lost keystrokes. */
  caseload_iep_page_flush (CASELOAD_IEP_PAGE (widget));

  GTK_WIDGET_CLASS (caseload_iep_page_parent_class)->unmap (widget);
}

static void
caseload_iep_page_dispose (GObject *object)
{
  CaseloadIepPage *self = CASELOAD_IEP_PAGE (object);

  if (self->iep != NULL)
    caseload_iep_page_flush (self);
  g_clear_handle_id (&self->save_timeout_id, g_source_remove);

  close_record_window (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_IEP_PAGE);

  g_clear_object (&self->store);
  g_clear_object (&self->iep);
  g_clear_object (&self->record);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  g_clear_pointer (&self->attendees, g_ptr_array_unref);

  G_OBJECT_CLASS (caseload_iep_page_parent_class)->dispose (object);
}

static void
caseload_iep_page_finalize (GObject *object)
{
  CaseloadIepPage *self = CASELOAD_IEP_PAGE (object);

  g_clear_pointer (&self->version_ids, g_array_unref);
  g_clear_pointer (&self->team_role_codes, g_ptr_array_unref);
  g_clear_pointer (&self->correction_targets, g_ptr_array_unref);
  g_clear_pointer (&self->birth_date, g_free);

  G_OBJECT_CLASS (caseload_iep_page_parent_class)->finalize (object);
}

static void
caseload_iep_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CaseloadIepPage *self = CASELOAD_IEP_PAGE (object);

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
caseload_iep_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CaseloadIepPage *self = CASELOAD_IEP_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      caseload_iep_page_set_store (self, g_value_get_object (value));
      break;
    case PROP_STUDENT_ID:
      caseload_iep_page_set_student_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

#define BIND(name) gtk_widget_class_bind_template_child (widget_class, CaseloadIepPage, name)

static void
caseload_iep_page_class_init (CaseloadIepPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_iep_page_dispose;
  object_class->finalize = caseload_iep_page_finalize;
  object_class->get_property = caseload_iep_page_get_property;
  object_class->set_property = caseload_iep_page_set_property;
  widget_class->unmap = caseload_iep_page_unmap;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, CASELOAD_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STUDENT_ID] =
    g_param_spec_int64 ("student-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "iep.new-draft", NULL, new_draft_activated);
  gtk_widget_class_install_action (widget_class, "iep.compare", NULL, compare_activated);
  gtk_widget_class_install_action (widget_class, "iep.check", NULL, check_activated);
  gtk_widget_class_install_action (widget_class, "iep.finalize", NULL, finalize_activated);
  gtk_widget_class_install_action (widget_class, "iep.correct", NULL, correct_activated);
  gtk_widget_class_install_action (widget_class, "iep.amend", NULL, amend_activated);
  gtk_widget_class_install_action (widget_class, "iep.next-annual", NULL, next_annual_activated);
  gtk_widget_class_install_action (widget_class, "iep.delete-draft", NULL, delete_draft_activated);
  gtk_widget_class_install_action (widget_class, "iep.add-goal", NULL, add_goal_activated);
  gtk_widget_class_install_action (widget_class, "iep.goal-from-bank", NULL, goal_from_bank_activated);
  gtk_widget_class_install_action (widget_class, "iep.add-service", NULL, add_service_activated);
  gtk_widget_class_install_action (widget_class, "iep.add-accommodation", NULL, add_accommodation_activated);
  gtk_widget_class_install_action (widget_class, "iep.accommodation-from-bank", NULL,
                                   accommodation_from_bank_activated);
  gtk_widget_class_install_action (widget_class, "iep.add-attendee", NULL, add_attendee_activated);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/caseload-iep-page.ui");
  BIND (main_box); BIND (versions_list); BIND (new_draft_button); BIND (content_stack);
  BIND (empty_page); BIND (title_label); BIND (saved_label); BIND (check_button);
  BIND (finalize_button); BIND (correct_button); BIND (amend_button); BIND (next_annual_button);
  BIND (delete_draft_button); BIND (locked_box); BIND (locked_label); BIND (findings_revealer);
  BIND (findings_label); BIND (findings_list); BIND (editor_page); BIND (header_group);
  BIND (kind_row); BIND (meeting_date_row); BIND (start_date_row); BIND (end_date_row);
  BIND (next_review_row); BIND (periods_row); BIND (header_error); BIND (plaafp_group);
  BIND (strengths_view); BIND (parent_concerns_view); BIND (evaluation_results_view);
  BIND (academic_needs_view); BIND (functional_needs_view); BIND (disability_impact_view);
  BIND (factors_group);
  BIND (factor0_row); BIND (factor0_considered); BIND (factor0_applies); BIND (factor0_notes);
  BIND (factor1_row); BIND (factor1_considered); BIND (factor1_applies); BIND (factor1_notes);
  BIND (factor2_row); BIND (factor2_considered); BIND (factor2_applies); BIND (factor2_notes);
  BIND (factor3_row); BIND (factor3_considered); BIND (factor3_applies); BIND (factor3_notes);
  BIND (factor4_row); BIND (factor4_considered); BIND (factor4_applies); BIND (factor4_notes);
  BIND (goals_group); BIND (goals_list); BIND (goals_error); BIND (services_group);
  BIND (services_list); BIND (total_minutes_label); BIND (accommodations_group);
  BIND (accommodations_list); BIND (assessment_group); BIND (assessment_row);
  BIND (why_not_regular_row); BIND (why_appropriate_row); BIND (placement_group);
  BIND (percent_row); BIND (environment_row); BIND (placement_error); BIND (nonparticipation_view);
  BIND (transition_group); BIND (transition_education_row); BIND (transition_employment_row);
  BIND (transition_living_row); BIND (transition_assessments_row); BIND (transition_services_row);
  BIND (course_of_study_row); BIND (transition_agencies_row); BIND (rights_transfer_row);
  BIND (team_group); BIND (attendees_list); BIND (produced_label); BIND (produced_list); BIND (consent_date_row); BIND (copy_date_row);
  BIND (copy_method_row); BIND (team_error);
  BIND (record_content); BIND (record_save_button); BIND (record_error); BIND (record_stack);
  BIND (service_category_row); BIND (service_name_row); BIND (service_provider_row);
  BIND (service_minutes_row); BIND (service_sessions_row); BIND (service_per_row);
  BIND (service_location_row); BIND (service_start_row); BIND (service_end_row);
  BIND (acc_kind_row); BIND (acc_category_row); BIND (acc_description_row);
  BIND (acc_classroom_switch); BIND (acc_tests_switch); BIND (acc_frequency_row);
  BIND (att_name_row); BIND (att_role_row); BIND (att_attended_switch); BIND (att_excused_switch);
  BIND (att_agreement_row); BIND (att_input_row); BIND (cor_field_row); BIND (cor_old_label);
  BIND (cor_text_row); BIND (cor_reason_row);

  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_combo_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_factor_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_factor_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_copy_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_copy_method_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_versions_list_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_findings_list_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_record_save_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_record_cancel_button_clicked_cb);
}

#undef BIND

static void
caseload_iep_page_init (CaseloadIepPage *self)
{
  GtkTextView *views[] = {
    self->strengths_view, self->parent_concerns_view, self->evaluation_results_view,
    self->academic_needs_view, self->functional_needs_view, self->disability_impact_view,
    self->nonparticipation_view,
  };

  gtk_widget_init_template (GTK_WIDGET (self));

  self->version_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->team_role_codes = g_ptr_array_new_with_free_func (g_free);
  self->correction_targets = g_ptr_array_new_with_free_func ((GDestroyNotify) correction_target_free);
  caseload_rule_settings_init_defaults (&self->settings);

  views[0] = self->strengths_view;
  views[1] = self->parent_concerns_view;
  views[2] = self->evaluation_results_view;
  views[3] = self->academic_needs_view;
  views[4] = self->functional_needs_view;
  views[5] = self->disability_impact_view;
  views[6] = self->nonparticipation_view;
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    g_signal_connect_object (gtk_text_view_get_buffer (views[i]), "changed",
                             G_CALLBACK (on_buffer_changed_cb), self, G_CONNECT_SWAPPED);

  for (guint i = 0; i < N_FACTORS; i++)
    {
      const char *label = caseload_special_factor_to_label (caseload_special_factor_keys ()[i]);
      g_autofree char *considered = g_strdup_printf (_("%s: considered"), label);
      g_autofree char *applies = g_strdup_printf (_("%s: applies"), label);
      g_autofree char *notes = g_strdup_printf (_("%s: notes"), label);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (factor_row (self, i)), label);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (factor_notes (self, i)), notes);
      gtk_accessible_update_property (GTK_ACCESSIBLE (factor_considered (self, i)),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, considered, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (factor_applies (self, i)),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, applies, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (factor_notes (self, i)),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, notes, -1);
      caseload_entry_row_name_field (factor_notes (self, i), NULL);
    }

  {
    AdwEntryRow *rows[] = {
      self->meeting_date_row, self->start_date_row, self->end_date_row, self->next_review_row,
      self->periods_row, self->why_not_regular_row, self->why_appropriate_row, self->percent_row,
      self->transition_education_row, self->transition_employment_row, self->transition_living_row,
      self->transition_assessments_row, self->transition_services_row, self->course_of_study_row,
      self->transition_agencies_row, self->rights_transfer_row, self->consent_date_row,
      self->copy_date_row, self->service_name_row, self->service_provider_row,
      self->service_minutes_row, self->service_sessions_row, self->service_location_row,
      self->service_start_row, self->service_end_row, self->acc_description_row,
      self->acc_frequency_row, self->att_name_row, self->att_agreement_row, self->att_input_row,
      self->cor_text_row, self->cor_reason_row,
    };

    for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
      caseload_entry_row_name_field (rows[i], NULL);
  }

  g_signal_connect_object (self->goals_list, "row-activated", G_CALLBACK (on_goals_list_row_activated_cb), self, 0);
  g_signal_connect_object (self->services_list, "row-activated", G_CALLBACK (on_services_list_row_activated_cb), self, 0);
  g_signal_connect_object (self->accommodations_list, "row-activated",
                           G_CALLBACK (on_accommodations_list_row_activated_cb), self, 0);
  g_signal_connect_object (self->attendees_list, "row-activated",
                           G_CALLBACK (on_attendees_list_row_activated_cb), self, 0);
  g_signal_connect_object (self->cor_field_row, "notify::selected",
                           G_CALLBACK (on_cor_field_selected_cb), self, G_CONNECT_SWAPPED);

  gtk_stack_set_visible_child_name (self->content_stack, "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "iep.new-draft", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "iep.compare", FALSE);
  disable_iep_actions (self);
}
