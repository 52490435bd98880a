/* caseload-meeting-editor.c: one meeting, in its own window
 *
 * The form edits a CaseloadMeeting in place. A stored meeting saves itself
 * 700 ms after the last change (like the student page); a new one is
 * saved with Save, then offers the standard tasks. Closing never drops
 * typed text: a new meeting with changes, or edits the store refused, ask
 * first. The rules' warnings are recomputed after every change and shown
 * as sentences; they never block saving.
 */
#define G_LOG_DOMAIN "caseload-meeting-editor"

#include "config.h"

#include "caseload-meeting-editor.h"

#include "caseload-code.h"
#include "caseload-date.h"
#include "caseload-error.h"
#include "caseload-guardian.h"
#include "caseload-ics.h"
#include "caseload-iep.h"
#include "caseload-room.h"
#include "caseload-school.h"
#include "caseload-staff.h"
#include "caseload-store-iep.h"
#include "caseload-store-meetings.h"
#include "caseload-student.h"
#include "caseload-team-assignment.h"

#include <glib/gi18n.h>
#include <string.h>

#define SAVE_DELAY_MS 700

static const char * const kinds[] = {
  "annual-review", "initial-iep", "reevaluation", "eligibility", "amendment",
  "transition", "parent-conference", "other",
};
static const char * const statuses[] = { "scheduled", "held" };
static const char * const notice_methods[] = { "", "in-person", "mail", "email", "other" };
static const char * const attempt_methods[] = { "phone", "letter", "email", "home-visit", "other" };
static const char * const responses[] = { "needs-action", "accepted", "declined", "tentative" };

struct _CaseloadMeetingEditor
{
  AdwWindow             parent_instance;

  CaseloadStore        *store;
  CaseloadMeeting      *meeting;
  GListModel           *team_roles;       /* CaseloadCode */
  GPtrArray            *candidates;       /* CaseloadMeetingAttendee not yet invited */
  GArray               *iep_ids;          /* gint64, index 0 = none */
  GArray               *room_ids;         /* gint64 per room_row item, 0 = other place */
  GtkFileChooserNative *chooser;
  GtkWidget            *close_dialog;
  gboolean              loading;
  gboolean              dirty;
  gboolean              may_close;
  gboolean              tasks_offered;
  guint                 save_timeout_id;
  char                 *problem;

  /* template children */
  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  GtkWidget            *save_button;
  GtkLabel             *saved_label;
  GtkWidget            *cancelled_label;
  GtkWidget            *print_button;
  GtkListBox           *warnings_list;
  GtkWidget            *form_box;
  AdwEntryRow          *student_row;
  AdwActionRow         *student_name_row;
  AdwComboRow          *kind_row;
  AdwEntryRow          *purpose_row;
  AdwComboRow          *status_row;
  AdwPreferencesGroup  *when_group;
  AdwEntryRow          *date_row;
  AdwEntryRow          *start_row;
  AdwEntryRow          *end_row;
  AdwComboRow          *room_row;
  AdwEntryRow          *location_row;
  AdwEntryRow          *video_row;
  GtkListBox           *invitees_list;
  AdwComboRow          *candidate_row;
  GtkSwitch            *interpreter_switch;
  AdwEntryRow          *language_row;
  AdwEntryRow          *notice_date_row;
  AdwComboRow          *notice_method_row;
  GtkSwitch            *transition_switch;
  AdwActionRow         *notice_summary_row;
  GtkListBox           *attempts_list;
  AdwEntryRow          *attempt_date_row;
  AdwComboRow          *attempt_method_row;
  AdwEntryRow          *attempt_result_row;
  GtkTextView          *notes_view;
  AdwEntryRow          *outcome_row;
  AdwComboRow          *iep_row;
};

G_DEFINE_FINAL_TYPE (CaseloadMeetingEditor, caseload_meeting_editor, ADW_TYPE_WINDOW)

static void on_form_changed_cb (CaseloadMeetingEditor *self);
static void update_state (CaseloadMeetingEditor *self);

/* ---- small helpers ------------------------------------------------------ */

static guint
index_of (const char * const *codes,
          guint               n,
          const char         *code)
{
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (codes[i], code) == 0)
      return i;
  return 0;
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
show_toast (CaseloadMeetingEditor *self,
            const char            *text)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

static void
show_error (CaseloadMeetingEditor *self,
            const char            *heading,
            const GError          *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                              error != NULL ? error->message : NULL);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
is_cancelled (CaseloadMeetingEditor *self)
{
  return g_strcmp0 (caseload_meeting_get_status (self->meeting), "cancelled") == 0;
}

/* "14:30", "2:30 pm", "9" -> hour and minute. */
static gboolean
parse_time (const char *text,
            int        *hour,
            int        *minute)
{
  g_autofree char *lower = g_ascii_strdown (text, -1);
  char *end = NULL;
  gint64 h, m = 0;

  g_strstrip (lower);
  if (*lower == '\0' || !g_ascii_isdigit (*lower))
    return FALSE;
  h = g_ascii_strtoll (lower, &end, 10);
  if (*end == ':' || *end == '.')
    {
      const char *minutes = end + 1;

      if (!g_ascii_isdigit (minutes[0]) || !g_ascii_isdigit (minutes[1]))
        return FALSE;
      m = g_ascii_strtoll (minutes, &end, 10);
    }
  while (*end == ' ')
    end++;
  if (g_str_equal (end, "pm") || g_str_equal (end, "p.m.") || g_str_equal (end, "p"))
    {
      if (h < 1 || h > 12)
        return FALSE;
      h = h % 12 + 12;
    }
  else if (g_str_equal (end, "am") || g_str_equal (end, "a.m.") || g_str_equal (end, "a"))
    {
      if (h < 1 || h > 12)
        return FALSE;
      h = h % 12;
    }
  else if (*end != '\0')
    return FALSE;
  if (h < 0 || h > 23 || m < 0 || m > 59)
    return FALSE;
  *hour = h;
  *minute = m;
  return TRUE;
}

static void
mark_row (GtkWidget  *row,
          gboolean    bad)
{
  if (bad)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
}

static void
set_saved_label (CaseloadMeetingEditor *self,
                 const char            *text,
                 gboolean               problem)
{
  gtk_label_set_text (self->saved_label, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->saved_label), problem ? text : NULL);
  if (problem)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->saved_label), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self->saved_label), "dim-label");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->saved_label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->saved_label), "dim-label");
    }
}

static GTimeZone *
school_zone_of (CaseloadStore *store,
                gint64         school_id,
                char         **tzid)
{
  g_autoptr(GListModel) schools = caseload_store_list_schools (store, NULL);
  const char *id = "America/Chicago";

  for (guint i = 0; schools != NULL && i < g_list_model_get_n_items (schools); i++)
    {
      g_autoptr(CaseloadSchool) school = g_list_model_get_item (schools, i);

      if (caseload_school_get_id (school) == school_id)
        id = caseload_school_get_time_zone (school);
    }
  *tzid = g_strdup (id);
  return g_time_zone_new_identifier (id);
}

/* Points @meeting at @student: id, number, name ("Last, First" and
 * initials, as the store gives them), school zone. */
static void
meeting_set_student (CaseloadStore   *store,
                     CaseloadMeeting *meeting,
                     CaseloadStudent *student)
{
  const char *first = caseload_student_get_first_name (student);
  const char *last = caseload_student_get_last_name (student);
  g_autofree char *name = g_strdup_printf ("%s, %s", last, first);
  g_autofree char *tzid = NULL;
  g_autoptr(GTimeZone) tz = school_zone_of (store, caseload_student_get_school_id (student), &tzid);
  g_autoptr(GString) initials = g_string_new (NULL);
  const char *names[] = { first, last };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (names[i] != NULL && *names[i] != '\0')
      {
        g_string_append_unichar (initials, g_unichar_toupper (g_utf8_get_char (names[i])));
        g_string_append_c (initials, '.');
      }
  caseload_meeting_set_student_id (meeting, caseload_student_get_id (student));
  caseload_meeting_set_student_number (meeting, caseload_student_get_student_number (student));
  caseload_meeting_set_student_name (meeting, name);
  caseload_meeting_set_student_initials (meeting, initials->str);
  caseload_meeting_set_time_zone (meeting, tzid);
}

/* ---- new meetings and invitees ------------------------------------------ */

CaseloadMeeting *
caseload_meeting_editor_new_meeting (CaseloadStore *store,
                                     gint64         student_id)
{
  CaseloadMeeting *meeting = caseload_meeting_new ();
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) tomorrow = NULL;
  g_autoptr(GTimeZone) tz = NULL;

  g_return_val_if_fail (CASELOAD_IS_STORE (store), NULL);

  caseload_meeting_set_time_zone (meeting, "America/Chicago");
  if (student_id > 0)
    {
      g_autoptr(CaseloadStudent) student = caseload_store_get_student (store, student_id, NULL);

      if (student != NULL)
        meeting_set_student (store, meeting, student);
    }
  tz = caseload_meeting_dup_time_zone (meeting);
  now = g_date_time_new_now (tz);
  tomorrow = g_date_time_add_days (now, 1);
  caseload_meeting_set_local_times (meeting,
                                    g_date_time_get_year (tomorrow),
                                    g_date_time_get_month (tomorrow),
                                    g_date_time_get_day_of_month (tomorrow),
                                    15, 0, 16, 0);
  return meeting;
}

static gboolean
is_transition (CaseloadMeeting *meeting)
{
  return g_strcmp0 (caseload_meeting_get_kind (meeting), "transition") == 0
         || caseload_meeting_get_notice_transition (meeting);
}

/* ---- warnings and the derived notice ------------------------------------ */

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
refresh_warnings (CaseloadMeetingEditor *self)
{
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;

  clear_list (self->warnings_list);
  if (caseload_meeting_get_student_id (self->meeting) > 0)
    warnings = caseload_store_check_meeting (self->store, self->meeting, &error);
  if (error != NULL)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), error->message);
      gtk_list_box_append (self->warnings_list, row);
      return;
    }
  if (warnings == NULL || warnings->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name ("emblem-ok-symbolic");

      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("No problems"), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     caseload_meeting_get_student_id (self->meeting) > 0
                                     ? _("No problems found") : _("Choose the student to check the meeting"));
      gtk_widget_set_name (row, "no-warnings");
      gtk_list_box_append (self->warnings_list, row);
      return;
    }
  for (guint i = 0; i < warnings->len; i++)
    {
      CaseloadMeetingWarning *w = g_ptr_array_index (warnings, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_add_css_class (icon, "warning");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Warning"), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), w->message);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      gtk_widget_set_name (row, "warning");
      gtk_list_box_append (self->warnings_list, row);
    }
}

static char *
place_of (CaseloadMeeting *meeting)
{
  GString *s = g_string_new (NULL);

  if (*caseload_meeting_get_room_name (meeting) != '\0')
    g_string_append (s, caseload_meeting_get_room_name (meeting));
  if (*caseload_meeting_get_location (meeting) != '\0'
      && g_strcmp0 (caseload_meeting_get_location (meeting), caseload_meeting_get_room_name (meeting)) != 0)
    g_string_append_printf (s, "%s%s", s->len > 0 ? ", " : "", caseload_meeting_get_location (meeting));
  if (*caseload_meeting_get_video_link (meeting) != '\0')
    g_string_append_printf (s, "%s%s", s->len > 0 ? ", " : "", caseload_meeting_get_video_link (meeting));
  return g_string_free (s, FALSE);
}

static void
update_derived (CaseloadMeetingEditor *self)
{
  CaseloadMeeting *m = self->meeting;
  GDateTime *start = caseload_meeting_get_starts_at (m);
  GDateTime *end = caseload_meeting_get_ends_at (m);
  GPtrArray *attendees = caseload_meeting_get_attendees (m);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) people = g_string_new (NULL);
  g_autofree char *place = place_of (m);
  g_autofree char *tz_text = NULL;
  g_autofree char *title = NULL;

  if (start != NULL && end != NULL)
    {
      g_autofree char *day = g_date_time_format (start, "%A, %x");
      g_autofree char *from = g_date_time_format (start, "%H:%M");
      g_autofree char *to = g_date_time_format (end, "%H:%M");

      /* Translators: meeting type, day, start–end time, zone, place. */
      g_string_append_printf (text, _("%s on %s, %s–%s (%s), %s."),
                              caseload_meeting_kind_label (caseload_meeting_get_kind (m)),
                              day, from, to, g_date_time_get_timezone_abbreviation (start),
                              *place != '\0' ? place : _("place not set yet"));
      /* Translators: the school's time zone, e.g. "America/Chicago (CST)". */
      tz_text = g_strdup_printf (_("Times are in the school’s time zone, %s (%s)."),
                                 caseload_meeting_get_time_zone (m),
                                 g_date_time_get_timezone_abbreviation (start));
    }
  if (*caseload_meeting_get_purpose (m) != '\0')
    g_string_append_printf (text, "\n%s %s", _("Purpose:"), caseload_meeting_get_purpose (m));
  for (guint i = 0; i < attendees->len; i++)
    {
      CaseloadMeetingAttendee *a = g_ptr_array_index (attendees, i);

      if (people->len > 0)
        g_string_append (people, ", ");
      g_string_append_printf (people, "%s (%s)", caseload_meeting_attendee_get_name (a),
                              caseload_meeting_attendee_get_role_name (a));
    }
  g_string_append_printf (text, "\n%s %s", _("Invited:"),
                          people->len > 0 ? people->str : _("nobody yet"));
  if (is_transition (m))
    g_string_append_printf (text, "\n%s",
                            _("Transition services will be discussed; the student is invited."));
  adw_action_row_set_subtitle (self->notice_summary_row, text->str);
  adw_preferences_group_set_description (self->when_group, tz_text);

  if (*caseload_meeting_get_student_name (m) != '\0')
    /* Translators: meeting type — student name. */
    title = g_strdup_printf (_("%s — %s"), caseload_meeting_kind_label (caseload_meeting_get_kind (m)),
                             caseload_meeting_get_student_name (m));
  else
    title = g_strdup (_("New Meeting"));
  adw_window_title_set_title (self->window_title, title);
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_action_row_set_subtitle (self->student_name_row,
                               caseload_meeting_get_student_id (m) > 0
                               ? caseload_meeting_get_student_name (m)
                               : _("Type the student ID above"));
}

/* ---- the form <-> the meeting -------------------------------------------- */

static gboolean
has_marked_entry (GtkWidget *widget)
{
  if (ADW_IS_ENTRY_ROW (widget) && gtk_widget_has_css_class (widget, "error"))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_marked_entry (child))
      return TRUE;
  return FALSE;
}

/* Reads the form into the meeting. FALSE when a field cannot be read: it is
 * marked, @problem names it and the meeting keeps the old value. */
static gboolean
apply_form (CaseloadMeetingEditor  *self,
            char                  **problem)
{
  CaseloadMeeting *m = self->meeting;
  g_autoptr(GError) error = NULL;
  g_autofree char *number = NULL, *date_text = NULL, *start_text = NULL, *end_text = NULL;
  g_autofree char *notice = NULL, *language = NULL, *text = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter a, b;
  GDate day;
  int sh, sm, eh, em;
  gboolean ok = TRUE;
  guint iep_index;

  *problem = NULL;

  if (gtk_widget_get_visible (GTK_WIDGET (self->student_row)))
    {
      g_autoptr(CaseloadStudent) student = NULL;

      number = entry_text (self->student_row);
      if (*number != '\0')
        student = caseload_store_find_student (self->store, number, NULL);
      mark_row (GTK_WIDGET (self->student_row), student == NULL);
      if (student == NULL)
        {
          *problem = *number == '\0' ? g_strdup (_("Student ID: type the student’s ID"))
                                     : g_strdup_printf (_("Student ID: no student has the ID “%s”"), number);
          caseload_meeting_set_student_id (m, 0);
          caseload_meeting_set_student_name (m, "");
          ok = FALSE;
        }
      else if (caseload_student_get_id (student) != caseload_meeting_get_student_id (m))
        {
          GPtrArray *attendees = caseload_meeting_get_attendees (m);

          meeting_set_student (self->store, m, student);
          /* The invitees and the room of another student do not carry over. */
          caseload_meeting_set_room_id (m, 0);
          caseload_meeting_set_room_name (m, "");
          g_ptr_array_set_size (attendees, 0);
          caseload_store_prefill_meeting_invitees (self->store, m, NULL);
          self->loading = TRUE;
          update_state (self);
          self->loading = FALSE;
        }
    }

  caseload_meeting_set_kind (m, kinds[MIN (adw_combo_row_get_selected (self->kind_row), G_N_ELEMENTS (kinds) - 1)]);
  text = entry_text (self->purpose_row);
  caseload_meeting_set_purpose (m, text);
  g_clear_pointer (&text, g_free);
  if (!is_cancelled (self))
    caseload_meeting_set_status (m, statuses[MIN (adw_combo_row_get_selected (self->status_row), 1)]);

  date_text = entry_text (self->date_row);
  start_text = entry_text (self->start_row);
  end_text = entry_text (self->end_row);
  if (!caseload_date_parse_user (date_text, NULL, _("Date"), &day, &error))
    {
      mark_row (GTK_WIDGET (self->date_row), TRUE);
      if (*problem == NULL)
        *problem = g_strdup (error->message);
      ok = FALSE;
    }
  else
    mark_row (GTK_WIDGET (self->date_row), FALSE);
  mark_row (GTK_WIDGET (self->start_row), !parse_time (start_text, &sh, &sm));
  mark_row (GTK_WIDGET (self->end_row), !parse_time (end_text, &eh, &em));
  if (!parse_time (start_text, &sh, &sm))
    {
      if (*problem == NULL)
        *problem = g_strdup (_("Start time: type a time such as 14:30"));
      ok = FALSE;
    }
  else if (!parse_time (end_text, &eh, &em))
    {
      if (*problem == NULL)
        *problem = g_strdup (_("End time: type a time such as 15:30"));
      ok = FALSE;
    }
  else if (eh * 60 + em <= sh * 60 + sm)
    {
      mark_row (GTK_WIDGET (self->end_row), TRUE);
      if (*problem == NULL)
        *problem = g_strdup (_("End time: the meeting must end after it starts"));
      ok = FALSE;
    }
  else if (g_date_valid (&day))
    caseload_meeting_set_local_times (m, g_date_get_year (&day), g_date_get_month (&day),
                                      g_date_get_day (&day), sh, sm, eh, em);

  if (self->room_ids != NULL)
    {
      guint room_index = adw_combo_row_get_selected (self->room_row);
      gint64 room_id = room_index < self->room_ids->len
                       ? g_array_index (self->room_ids, gint64, room_index) : 0;
      GtkStringObject *item = NULL;

      caseload_meeting_set_room_id (m, room_id);
      if (room_id > 0)
        item = g_list_model_get_item (adw_combo_row_get_model (self->room_row), room_index);
      caseload_meeting_set_room_name (m, item != NULL ? gtk_string_object_get_string (item) : "");
      g_clear_object (&item);
    }
  text = entry_text (self->location_row);
  caseload_meeting_set_location (m, text);
  g_clear_pointer (&text, g_free);
  text = entry_text (self->video_row);
  caseload_meeting_set_video_link (m, text);
  g_clear_pointer (&text, g_free);

  language = entry_text (self->language_row);
  caseload_meeting_set_interpreter_needed (m, gtk_switch_get_active (self->interpreter_switch));
  caseload_meeting_set_interpreter_language (m, language);
  mark_row (GTK_WIDGET (self->language_row),
            gtk_switch_get_active (self->interpreter_switch) && *language == '\0');
  if (gtk_switch_get_active (self->interpreter_switch) && *language == '\0')
    {
      if (*problem == NULL)
        *problem = g_strdup (_("Interpreter language: type the language"));
      ok = FALSE;
    }

  notice = entry_text (self->notice_date_row);
  if (*notice == '\0')
    {
      caseload_meeting_set_notice_sent_date (m, "");
      mark_row (GTK_WIDGET (self->notice_date_row), FALSE);
    }
  else
    {
      GDate sent;

      g_clear_error (&error);
      if (caseload_date_parse_user (notice, NULL, _("Notice sent on"), &sent, &error))
        {
          g_autofree char *iso = caseload_date_to_iso (&sent);

          caseload_meeting_set_notice_sent_date (m, iso);
          mark_row (GTK_WIDGET (self->notice_date_row), FALSE);
        }
      else
        {
          mark_row (GTK_WIDGET (self->notice_date_row), TRUE);
          if (*problem == NULL)
            *problem = g_strdup (error->message);
          ok = FALSE;
        }
    }
  caseload_meeting_set_notice_method (m, notice_methods[MIN (adw_combo_row_get_selected (self->notice_method_row),
                                                             G_N_ELEMENTS (notice_methods) - 1)]);
  caseload_meeting_set_notice_transition (m, gtk_switch_get_active (self->transition_switch));

  gtk_text_buffer_get_bounds (buffer, &a, &b);
  text = gtk_text_buffer_get_text (buffer, &a, &b, FALSE);
  caseload_meeting_set_notes (m, text);
  g_clear_pointer (&text, g_free);
  text = entry_text (self->outcome_row);
  caseload_meeting_set_outcome (m, text);

  /* An excusal date that could not be read stays on screen, marked. */
  if (has_marked_entry (GTK_WIDGET (self->invitees_list)))
    {
      if (*problem == NULL)
        *problem = g_strdup (_("Excusal dates: type a date such as 2026-03-14"));
      ok = FALSE;
    }

  iep_index = adw_combo_row_get_selected (self->iep_row);
  if (self->iep_ids != NULL && iep_index < self->iep_ids->len)
    caseload_meeting_set_produced_iep_id (m, g_array_index (self->iep_ids, gint64, iep_index));

  return ok;
}

static gboolean
save_now (CaseloadMeetingEditor  *self,
          GError                **error)
{
  g_autofree char *problem = NULL;

  g_clear_handle_id (&self->save_timeout_id, g_source_remove);
  if (!apply_form (self, &problem))
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID, problem);
      g_free (self->problem);
      self->problem = g_steal_pointer (&problem);
      set_saved_label (self, self->problem, TRUE);
      return FALSE;
    }
  if (!caseload_store_validate_meeting (self->store, self->meeting, error)
      || !caseload_store_save_meeting (self->store, self->meeting, error))
    {
      g_free (self->problem);
      self->problem = g_strdup ((*error)->message);
      set_saved_label (self, self->problem, TRUE);
      return FALSE;
    }
  g_clear_pointer (&self->problem, g_free);
  self->dirty = FALSE;
  set_saved_label (self, _("Saved"), FALSE);
  return TRUE;
}

static gboolean
save_timeout_cb (gpointer user_data)
{
  CaseloadMeetingEditor *self = user_data;
  g_autoptr(GError) error = NULL;

  self->save_timeout_id = 0;
  save_now (self, &error);
  return G_SOURCE_REMOVE;
}

static void
on_form_changed_cb (CaseloadMeetingEditor *self)
{
  g_autofree char *problem = NULL;

  if (self->loading)
    return;

  apply_form (self, &problem);
  refresh_warnings (self);
  update_derived (self);
  self->dirty = TRUE;
  if (caseload_meeting_get_id (self->meeting) > 0)
    {
      g_clear_handle_id (&self->save_timeout_id, g_source_remove);
      self->save_timeout_id = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
      set_saved_label (self, problem != NULL ? problem : "", problem != NULL);
    }
  else
    set_saved_label (self, problem != NULL ? problem : "", problem != NULL);
}

/* ---- invitees ------------------------------------------------------------ */

static void
attendee_subtitle (AdwExpanderRow          *row,
                   CaseloadMeetingAttendee *a)
{
  static const char * const response_words[] = {
    N_("No answer yet"), N_("Accepted"), N_("Declined"), N_("Maybe"),
  };
  guint r = index_of (responses, G_N_ELEMENTS (responses), caseload_meeting_attendee_get_response (a));
  g_autofree char *text = NULL;

  /* Translators: role · required or optional · response. */
  text = g_strdup_printf (_("%s · %s · %s"), caseload_meeting_attendee_get_role_name (a),
                          caseload_meeting_attendee_get_required (a) ? _("Required") : _("Optional"),
                          _(response_words[r]));
  if (caseload_meeting_attendee_get_excused (a))
    {
      g_autofree char *with = g_strdup_printf ("%s · %s", text, _("Excused"));
      g_free (text);
      text = g_steal_pointer (&with);
    }
  adw_expander_row_set_subtitle (row, text);
}

static CaseloadMeetingAttendee *
row_attendee (GtkWidget *widget)
{
  return g_object_get_data (G_OBJECT (widget), "attendee");
}

static AdwExpanderRow *
row_expander (GtkWidget *widget)
{
  return g_object_get_data (G_OBJECT (widget), "expander");
}

static void
on_attendee_required_cb (GtkSwitch             *sw,
                         GParamSpec            *pspec,
                         CaseloadMeetingEditor *self)
{
  CaseloadMeetingAttendee *a = row_attendee (GTK_WIDGET (sw));

  caseload_meeting_attendee_set_required (a, gtk_switch_get_active (sw));
  attendee_subtitle (row_expander (GTK_WIDGET (sw)), a);
  on_form_changed_cb (self);
}

static void
on_attendee_excused_cb (GtkSwitch             *sw,
                        GParamSpec            *pspec,
                        CaseloadMeetingEditor *self)
{
  CaseloadMeetingAttendee *a = row_attendee (GTK_WIDGET (sw));

  caseload_meeting_attendee_set_excused (a, gtk_switch_get_active (sw));
  attendee_subtitle (row_expander (GTK_WIDGET (sw)), a);
  on_form_changed_cb (self);
}

static void
on_attendee_response_cb (AdwComboRow           *row,
                         GParamSpec            *pspec,
                         CaseloadMeetingEditor *self)
{
  CaseloadMeetingAttendee *a = row_attendee (GTK_WIDGET (row));

  caseload_meeting_attendee_set_response (a, responses[MIN (adw_combo_row_get_selected (row),
                                                            G_N_ELEMENTS (responses) - 1)]);
  attendee_subtitle (row_expander (GTK_WIDGET (row)), a);
  on_form_changed_cb (self);
}

static void
on_attendee_attended_cb (AdwComboRow           *row,
                         GParamSpec            *pspec,
                         CaseloadMeetingEditor *self)
{
  CaseloadMeetingAttendee *a = row_attendee (GTK_WIDGET (row));

  switch (adw_combo_row_get_selected (row))
    {
    case 1:
      caseload_meeting_attendee_set_attended (a, TRUE);
      break;
    case 2:
      caseload_meeting_attendee_set_attended (a, FALSE);
      break;
    default:
      caseload_meeting_attendee_unset_attended (a);
      break;
    }
  on_form_changed_cb (self);
}

static void
on_attendee_role_cb (AdwComboRow           *row,
                     GParamSpec            *pspec,
                     CaseloadMeetingEditor *self)
{
  CaseloadMeetingAttendee *a = row_attendee (GTK_WIDGET (row));
  g_autoptr(CaseloadCode) code = NULL;
  guint index = adw_combo_row_get_selected (row);

  if (self->team_roles == NULL || index >= g_list_model_get_n_items (self->team_roles))
    return;
  code = g_list_model_get_item (self->team_roles, index);
  caseload_meeting_attendee_set_role (a, caseload_code_get_code (code));
  caseload_meeting_attendee_set_role_name (a, caseload_code_get_name (code));
  attendee_subtitle (row_expander (GTK_WIDGET (row)), a);
  on_form_changed_cb (self);
}

static void
on_attendee_date_cb (AdwEntryRow           *row,
                     CaseloadMeetingEditor *self)
{
  CaseloadMeetingAttendee *a = row_attendee (GTK_WIDGET (row));
  gboolean agreement = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "agreement"));
  g_autofree char *text = entry_text (row);
  g_autofree char *iso = NULL;
  GDate day;

  if (*text == '\0')
    iso = g_strdup ("");
  else if (caseload_date_parse_user (text, NULL, _("Excusal date"), &day, NULL))
    iso = caseload_date_to_iso (&day);
  mark_row (GTK_WIDGET (row), iso == NULL);
  if (iso == NULL)
    {
      on_form_changed_cb (self);
      return;
    }
  if (agreement)
    caseload_meeting_attendee_set_excusal_agreement_date (a, iso);
  else
    caseload_meeting_attendee_set_excusal_input_date (a, iso);
  on_form_changed_cb (self);
}

static void rebuild_invitees (CaseloadMeetingEditor *self);
static void rebuild_candidates (CaseloadMeetingEditor *self);

static void
on_attendee_remove_cb (GtkButton             *button,
                       CaseloadMeetingEditor *self)
{
  CaseloadMeetingAttendee *a = row_attendee (GTK_WIDGET (button));

  g_ptr_array_remove (caseload_meeting_get_attendees (self->meeting), a);
  rebuild_invitees (self);
  rebuild_candidates (self);
  on_form_changed_cb (self);
}

static GtkWidget *
attendee_switch_row (AdwExpanderRow          *expander,
                     CaseloadMeetingAttendee *a,
                     const char              *title,
                     gboolean                 active,
                     GCallback                callback,
                     CaseloadMeetingEditor   *self)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *sw = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
  gtk_switch_set_active (GTK_SWITCH (sw), active);
  gtk_accessible_update_property (GTK_ACCESSIBLE (sw), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), sw);
  g_object_set_data (G_OBJECT (sw), "attendee", a);
  g_object_set_data (G_OBJECT (sw), "expander", expander);
  g_signal_connect_object (sw, "notify::active", callback, self, 0);
  return row;
}

static GtkWidget *
attendee_combo_row (AdwExpanderRow          *expander,
                    CaseloadMeetingAttendee *a,
                    const char              *title,
                    const char * const      *items,
                    guint                    selected,
                    GCallback                callback,
                    CaseloadMeetingEditor   *self)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

  for (guint i = 0; items[i] != NULL; i++)
    gtk_string_list_append (list, _(items[i]));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (list));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  g_object_set_data (G_OBJECT (row), "attendee", a);
  g_object_set_data (G_OBJECT (row), "expander", expander);
  g_signal_connect_object (row, "notify::selected", callback, self, 0);
  return row;
}

static GtkWidget *
attendee_date_row (CaseloadMeetingAttendee *a,
                   const char              *title,
                   const char              *value,
                   gboolean                 agreement,
                   CaseloadMeetingEditor   *self)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  set_entry (ADW_ENTRY_ROW (row), value);
  g_object_set_data (G_OBJECT (row), "attendee", a);
  g_object_set_data (G_OBJECT (row), "agreement", GINT_TO_POINTER (agreement));
  g_signal_connect_object (row, "changed", G_CALLBACK (on_attendee_date_cb), self, 0);
  return row;
}

static void
rebuild_invitees (CaseloadMeetingEditor *self)
{
  static const char * const response_items[] = {
    N_("No answer yet"), N_("Accepted"), N_("Declined"), N_("Maybe"), NULL,
  };
  static const char * const attended_items[] = {
    N_("Not recorded"), N_("Attended"), N_("Did not attend"), NULL,
  };
  GPtrArray *attendees = caseload_meeting_get_attendees (self->meeting);

  clear_list (self->invitees_list);
  if (attendees->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Nobody is invited yet"));
      gtk_list_box_append (self->invitees_list, row);
      return;
    }

  for (guint i = 0; i < attendees->len; i++)
    {
      CaseloadMeetingAttendee *a = g_ptr_array_index (attendees, i);
      AdwExpanderRow *expander = ADW_EXPANDER_ROW (adw_expander_row_new ());
      GtkWidget *role, *remove, *remove_row;
      guint attended = !caseload_meeting_attendee_get_has_attended (a) ? 0
                       : caseload_meeting_attendee_get_attended (a) ? 1 : 2;
      g_autofree char *remove_label = NULL;
      guint role_index = 0;

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), caseload_meeting_attendee_get_name (a));
      attendee_subtitle (expander, a);

      role = adw_combo_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (role), _("Role"));
      if (self->team_roles != NULL)
        {
          adw_combo_row_set_expression (ADW_COMBO_ROW (role),
                                        gtk_property_expression_new (CASELOAD_TYPE_CODE, NULL, "name"));
          adw_combo_row_set_model (ADW_COMBO_ROW (role), self->team_roles);
          for (guint j = 0; j < g_list_model_get_n_items (self->team_roles); j++)
            {
              g_autoptr(CaseloadCode) code = g_list_model_get_item (self->team_roles, j);

              if (g_strcmp0 (caseload_code_get_code (code), caseload_meeting_attendee_get_role (a)) == 0)
                role_index = j;
            }
          adw_combo_row_set_selected (ADW_COMBO_ROW (role), role_index);
        }
      g_object_set_data (G_OBJECT (role), "attendee", a);
      g_object_set_data (G_OBJECT (role), "expander", expander);
      g_signal_connect_object (role, "notify::selected", G_CALLBACK (on_attendee_role_cb), self, 0);
      adw_expander_row_add_row (expander, role);

      adw_expander_row_add_row (expander,
                                attendee_switch_row (expander, a, _("Required"),
                                                     caseload_meeting_attendee_get_required (a),
                                                     G_CALLBACK (on_attendee_required_cb), self));
      adw_expander_row_add_row (expander,
                                attendee_combo_row (expander, a, _("Response"), response_items,
                                                    index_of (responses, G_N_ELEMENTS (responses),
                                                              caseload_meeting_attendee_get_response (a)),
                                                    G_CALLBACK (on_attendee_response_cb), self));
      adw_expander_row_add_row (expander,
                                attendee_combo_row (expander, a, _("Attendance"), attended_items, attended,
                                                    G_CALLBACK (on_attendee_attended_cb), self));
      adw_expander_row_add_row (expander,
                                attendee_switch_row (expander, a, _("Excused"),
                                                     caseload_meeting_attendee_get_excused (a),
                                                     G_CALLBACK (on_attendee_excused_cb), self));
      adw_expander_row_add_row (expander,
                                attendee_date_row (a, _("Written agreement to excuse on"),
                                                   caseload_meeting_attendee_get_excusal_agreement_date (a),
                                                   TRUE, self));
      adw_expander_row_add_row (expander,
                                attendee_date_row (a, _("Written input received on"),
                                                   caseload_meeting_attendee_get_excusal_input_date (a),
                                                   FALSE, self));

      remove_row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (remove_row), _("Not invited after all"));
      remove = gtk_button_new_with_label (_("Remove"));
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      /* Translators: %s is the invitee's name. */
      remove_label = g_strdup_printf (_("Remove %s"), caseload_meeting_attendee_get_name (a));
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
      g_object_set_data (G_OBJECT (remove), "attendee", a);
      g_signal_connect_object (remove, "clicked", G_CALLBACK (on_attendee_remove_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (remove_row), remove);
      adw_expander_row_add_row (expander, remove_row);

      gtk_list_box_append (self->invitees_list, GTK_WIDGET (expander));
    }
}

static void
rebuild_candidates (CaseloadMeetingEditor *self)
{
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_clear_pointer (&self->candidates, g_ptr_array_unref);
  self->candidates = g_ptr_array_new_with_free_func (g_object_unref);
  people = caseload_store_list_meeting_people (self->store, self->meeting, FALSE, NULL);
  for (guint i = 0; people != NULL && i < people->len; i++)
    {
      CaseloadMeetingAttendee *a = g_ptr_array_index (people, i);
      g_autofree char *label = NULL;

      if (caseload_meeting_invites (self->meeting, a))
        continue;
      label = g_strdup_printf ("%s (%s)", caseload_meeting_attendee_get_name (a),
                               caseload_meeting_attendee_get_role_name (a));
      gtk_string_list_append (names, label);
      g_ptr_array_add (self->candidates, g_object_ref (a));
    }
  if (self->candidates->len == 0)
    gtk_string_list_append (names, _("Everyone on the team is invited"));
  adw_combo_row_set_model (self->candidate_row, G_LIST_MODEL (names));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.add-invitee",
                                 self->candidates->len > 0 && !is_cancelled (self));
}

static void
add_invitee_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  CaseloadMeetingEditor *self = CASELOAD_MEETING_EDITOR (widget);
  guint index = adw_combo_row_get_selected (self->candidate_row);

  if (self->candidates == NULL || index >= self->candidates->len)
    return;
  caseload_meeting_add_attendee (self->meeting, g_ptr_array_index (self->candidates, index));
  rebuild_invitees (self);
  rebuild_candidates (self);
  on_form_changed_cb (self);
}

/* ---- parent contact attempts ---------------------------------------------- */

static const char *
attempt_method_label (const char *method)
{
  static const char * const labels[] = {
    N_("Phone call"), N_("Letter"), N_("E-mail"), N_("Home visit"), N_("Other"),
  };
  return _(labels[index_of (attempt_methods, G_N_ELEMENTS (attempt_methods), method)]);
}

static void rebuild_attempts (CaseloadMeetingEditor *self);

typedef struct
{
  CaseloadStore *store;
  gint64         meeting_id;
  char          *date;
  char          *method;
  char          *result;
} UndoAttempt;

static void
undo_attempt_free (gpointer data)
{
  UndoAttempt *u = data;

  g_object_unref (u->store);
  g_free (u->date);
  g_free (u->method);
  g_free (u->result);
  g_free (u);
}

static void
reload_meeting_attempts (CaseloadMeetingEditor *self)
{
  g_autoptr(CaseloadMeeting) stored = NULL;
  GPtrArray *mine = caseload_meeting_get_contact_attempts (self->meeting);
  GPtrArray *theirs;

  stored = caseload_store_get_meeting (self->store, caseload_meeting_get_id (self->meeting), NULL);
  if (stored == NULL)
    return;
  theirs = caseload_meeting_get_contact_attempts (stored);
  g_ptr_array_set_size (mine, 0);
  for (guint i = 0; i < theirs->len; i++)
    {
      CaseloadContactAttempt *c = g_ptr_array_index (theirs, i);
      caseload_meeting_add_contact_attempt (self->meeting, c->id, c->date, c->method, c->result);
    }
  rebuild_attempts (self);
  refresh_warnings (self);
}

static void
on_undo_attempt_cb (AdwToast              *toast,
                    CaseloadMeetingEditor *self)
{
  UndoAttempt *u = g_object_get_data (G_OBJECT (toast), "attempt");
  g_autoptr(GError) error = NULL;

  if (caseload_store_add_contact_attempt (u->store, u->meeting_id, u->date, u->method, u->result, &error) == 0)
    {
      show_error (self, _("Could Not Restore the Attempt"), error);
      return;
    }
  reload_meeting_attempts (self);
}

static void
on_attempt_delete_cb (GtkButton             *button,
                      CaseloadMeetingEditor *self)
{
  CaseloadContactAttempt *c = g_object_get_data (G_OBJECT (button), "attempt");
  g_autoptr(GError) error = NULL;
  UndoAttempt *u;
  AdwToast *toast;

  u = g_new0 (UndoAttempt, 1);
  u->store = g_object_ref (self->store);
  u->meeting_id = caseload_meeting_get_id (self->meeting);
  u->date = g_strdup (c->date);
  u->method = g_strdup (c->method);
  u->result = g_strdup (c->result);
  if (!caseload_store_delete_contact_attempt (self->store, c->id, &error))
    {
      undo_attempt_free (u);
      show_error (self, _("Could Not Delete the Attempt"), error);
      return;
    }
  toast = adw_toast_new (_("Attempt deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "attempt", u, undo_attempt_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_attempt_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  reload_meeting_attempts (self);
}

static void
rebuild_attempts (CaseloadMeetingEditor *self)
{
  GPtrArray *attempts = caseload_meeting_get_contact_attempts (self->meeting);

  clear_list (self->attempts_list);
  if (attempts->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     caseload_meeting_get_id (self->meeting) > 0
                                     ? _("No attempts recorded")
                                     : _("Save the meeting first, then record attempts"));
      gtk_list_box_append (self->attempts_list, row);
      return;
    }
  for (guint i = 0; i < attempts->len; i++)
    {
      CaseloadContactAttempt *c = g_ptr_array_index (attempts, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");
      g_autofree char *title = NULL;
      g_autofree char *label = NULL;
      GDate day;

      if (caseload_date_parse_iso (c->date, &day))
        {
          g_autofree char *shown = caseload_date_to_display (&day);
          /* Translators: date — method of the attempt. */
          title = g_strdup_printf (_("%s — %s"), shown, attempt_method_label (c->method));
        }
      else
        title = g_strdup_printf (_("%s — %s"), c->date, attempt_method_label (c->method));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), c->result);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      /* Translators: %s is the attempt (date — method). */
      label = g_strdup_printf (_("Delete attempt %s"), title);
      gtk_widget_set_tooltip_text (button, _("Delete Attempt"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      g_object_set_data (G_OBJECT (button), "attempt", c);
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_attempt_delete_cb), self, 0);
      gtk_widget_set_sensitive (button, !is_cancelled (self));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      gtk_list_box_append (self->attempts_list, row);
    }
}

static void
add_attempt_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  CaseloadMeetingEditor *self = CASELOAD_MEETING_EDITOR (widget);
  g_autofree char *text = entry_text (self->attempt_date_row);
  g_autofree char *result = entry_text (self->attempt_result_row);
  g_autofree char *iso = NULL;
  g_autoptr(GError) error = NULL;
  const char *method;
  GDate day;

  if (!caseload_date_parse_user (text, NULL, _("Attempt date"), &day, &error))
    {
      mark_row (GTK_WIDGET (self->attempt_date_row), TRUE);
      show_toast (self, error->message);
      return;
    }
  mark_row (GTK_WIDGET (self->attempt_date_row), FALSE);
  iso = caseload_date_to_iso (&day);
  method = attempt_methods[MIN (adw_combo_row_get_selected (self->attempt_method_row),
                                G_N_ELEMENTS (attempt_methods) - 1)];
  if (caseload_store_add_contact_attempt (self->store, caseload_meeting_get_id (self->meeting),
                                          iso, method, result, &error) == 0)
    {
      show_error (self, _("Could Not Record the Attempt"), error);
      return;
    }
  set_entry (self->attempt_date_row, "");
  set_entry (self->attempt_result_row, "");
  reload_meeting_attempts (self);
}

/* ---- loading ------------------------------------------------------------- */

static void
load_ieps (CaseloadMeetingEditor *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GListModel) ieps = NULL;
  gint64 none = 0;
  guint selected = 0;

  g_clear_pointer (&self->iep_ids, g_array_unref);
  self->iep_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_val (self->iep_ids, none);
  gtk_string_list_append (names, _("None yet"));
  if (caseload_meeting_get_student_id (self->meeting) > 0)
    ieps = caseload_store_list_ieps (self->store, caseload_meeting_get_student_id (self->meeting), NULL);
  for (guint i = 0; ieps != NULL && i < g_list_model_get_n_items (ieps); i++)
    {
      g_autoptr(CaseloadIep) iep = g_list_model_get_item (ieps, i);
      gint64 id = caseload_iep_get_id (iep);
      g_autofree char *label = NULL;
      GDate start;

      /* A finalized IEP's meeting is fixed: only drafts can be linked. */
      if (g_strcmp0 (caseload_iep_get_status (iep), "draft") != 0
          && id != caseload_meeting_get_produced_iep_id (self->meeting))
        continue;
      if (caseload_date_parse_iso (caseload_iep_get_start_date (iep), &start))
        {
          g_autofree char *shown = caseload_date_to_display (&start);
          /* Translators: IEP starting on a date, then its status. */
          label = g_strdup_printf (_("IEP from %s (%s)"), shown, caseload_iep_get_status (iep));
        }
      else
        label = g_strdup_printf (_("IEP (%s)"), caseload_iep_get_status (iep));
      gtk_string_list_append (names, label);
      g_array_append_val (self->iep_ids, id);
      if (id == caseload_meeting_get_produced_iep_id (self->meeting))
        selected = self->iep_ids->len - 1;
    }
  adw_combo_row_set_model (self->iep_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->iep_row, selected);
}

/* The rooms of the student's school, then "Other place"; the meeting's
 * room stays listed even when it belongs elsewhere. */
static void
load_rooms (CaseloadMeetingEditor *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GListModel) rooms = NULL;
  gint64 room_id = caseload_meeting_get_room_id (self->meeting);
  gint64 other = 0;
  guint selected = G_MAXUINT;

  g_clear_pointer (&self->room_ids, g_array_unref);
  self->room_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  if (caseload_meeting_get_student_id (self->meeting) > 0)
    {
      g_autoptr(CaseloadStudent) student = caseload_store_get_student (self->store,
                                                                       caseload_meeting_get_student_id (self->meeting),
                                                                       NULL);

      if (student != NULL && caseload_student_get_school_id (student) > 0)
        rooms = caseload_store_list_rooms (self->store, caseload_student_get_school_id (student), NULL);
    }
  for (guint i = 0; rooms != NULL && i < g_list_model_get_n_items (rooms); i++)
    {
      g_autoptr(CaseloadRoom) room = g_list_model_get_item (rooms, i);
      gint64 id = caseload_room_get_id (room);

      gtk_string_list_append (names, caseload_room_get_name (room));
      g_array_append_val (self->room_ids, id);
      if (id == room_id)
        selected = self->room_ids->len - 1;
    }
  if (room_id > 0 && selected == G_MAXUINT)
    {
      gtk_string_list_append (names, caseload_meeting_get_room_name (self->meeting));
      g_array_append_val (self->room_ids, room_id);
      selected = self->room_ids->len - 1;
    }
  gtk_string_list_append (names, _("Other place (type below)"));
  g_array_append_val (self->room_ids, other);
  if (selected == G_MAXUINT)
    selected = self->room_ids->len - 1;
  adw_combo_row_set_model (self->room_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->room_row, selected);
}

static void
update_state (CaseloadMeetingEditor *self)
{
  gint64 id = caseload_meeting_get_id (self->meeting);
  gboolean cancelled = is_cancelled (self);

  gtk_widget_set_visible (self->save_button, id == 0);
  if (id > 0)
    gtk_widget_set_visible (GTK_WIDGET (self->student_row), FALSE);
  gtk_widget_set_visible (self->print_button, id > 0);
  gtk_widget_set_visible (self->cancelled_label, cancelled);
  gtk_widget_set_sensitive (self->form_box, !cancelled);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->print_button), g_variant_new_int64 (id));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.save", id == 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.save-invitation", id > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.cancel-meeting", id > 0 && !cancelled);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.add-attempt", id > 0 && !cancelled);
  load_ieps (self);
  load_rooms (self);
  rebuild_invitees (self);
  rebuild_candidates (self);
  rebuild_attempts (self);
}

static void
load_form (CaseloadMeetingEditor *self)
{
  CaseloadMeeting *m = self->meeting;
  GDateTime *start = caseload_meeting_get_starts_at (m);
  GDateTime *end = caseload_meeting_get_ends_at (m);
  GDate notice;

  self->loading = TRUE;
  gtk_widget_set_visible (GTK_WIDGET (self->student_row),
                          caseload_meeting_get_id (m) == 0 && caseload_meeting_get_student_id (m) == 0);
  set_entry (self->student_row, caseload_meeting_get_student_number (m));
  adw_combo_row_set_selected (self->kind_row, index_of (kinds, G_N_ELEMENTS (kinds), caseload_meeting_get_kind (m)));
  set_entry (self->purpose_row, caseload_meeting_get_purpose (m));
  adw_combo_row_set_selected (self->status_row, index_of (statuses, G_N_ELEMENTS (statuses),
                                                          caseload_meeting_get_status (m)));
  if (start != NULL && end != NULL)
    {
      g_autofree char *day = g_date_time_format (start, "%Y-%m-%d");
      g_autofree char *from = g_date_time_format (start, "%H:%M");
      g_autofree char *to = g_date_time_format (end, "%H:%M");

      set_entry (self->date_row, day);
      set_entry (self->start_row, from);
      set_entry (self->end_row, to);
    }
  set_entry (self->location_row, caseload_meeting_get_location (m));
  set_entry (self->video_row, caseload_meeting_get_video_link (m));
  gtk_switch_set_active (self->interpreter_switch, caseload_meeting_get_interpreter_needed (m));
  set_entry (self->language_row, caseload_meeting_get_interpreter_language (m));
  if (caseload_date_parse_iso (caseload_meeting_get_notice_sent_date (m), &notice))
    set_entry (self->notice_date_row, caseload_meeting_get_notice_sent_date (m));
  else
    set_entry (self->notice_date_row, "");
  adw_combo_row_set_selected (self->notice_method_row,
                              index_of (notice_methods, G_N_ELEMENTS (notice_methods),
                                        caseload_meeting_get_notice_method (m)));
  gtk_switch_set_active (self->transition_switch, caseload_meeting_get_notice_transition (m));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view), caseload_meeting_get_notes (m), -1);
  set_entry (self->outcome_row, caseload_meeting_get_outcome (m));
  update_state (self);
  self->loading = FALSE;

  refresh_warnings (self);
  update_derived (self);
}

/* ---- actions ------------------------------------------------------------- */

static void
on_tasks_response_cb (AdwMessageDialog      *dialog,
                      const char            *response,
                      CaseloadMeetingEditor *self)
{
  g_autoptr(GError) error = NULL;
  gint64 assignee;
  int n;

  if (g_strcmp0 (response, "add") != 0)
    return;
  assignee = caseload_meeting_get_case_manager_id (self->meeting);
  if (assignee <= 0)
    assignee = caseload_store_get_actor (self->store);
  n = caseload_store_add_standard_meeting_tasks (self->store, caseload_meeting_get_id (self->meeting),
                                                 assignee, &error);
  if (n < 0)
    {
      show_error (self, _("Could Not Add the Tasks"), error);
      return;
    }
  {
    g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d task added", "%d tasks added", n), n);
    show_toast (self, text);
  }
}

static void
offer_tasks (CaseloadMeetingEditor *self)
{
  GtkWidget *dialog;

  self->tasks_offered = TRUE;
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Add the Standard Tasks?"),
                                   _("Send the notice, collect input from the teachers and, when an "
                                     "interpreter is needed, book one: each as a task with its due date, "
                                     "assigned to the case manager."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "not-now", _("_Not Now"),
                                    "add", _("_Add Tasks"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "not-now");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_tasks_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* After the first save: the stored meeting (case manager, uid) replaces
 * the form's copy. */
static void
reload_stored (CaseloadMeetingEditor *self)
{
  g_autoptr(CaseloadMeeting) stored = caseload_store_get_meeting (self->store,
                                                                  caseload_meeting_get_id (self->meeting), NULL);

  if (stored != NULL)
    g_set_object (&self->meeting, stored);
  load_form (self);
}

gboolean
caseload_meeting_editor_save (CaseloadMeetingEditor  *self,
                              GError                **error)
{
  gboolean was_new;

  g_return_val_if_fail (CASELOAD_IS_MEETING_EDITOR (self), FALSE);

  was_new = caseload_meeting_get_id (self->meeting) == 0;
  if (!save_now (self, error))
    return FALSE;
  if (was_new)
    {
      reload_stored (self);
      set_saved_label (self, _("Saved"), FALSE);
      if (!self->tasks_offered)
        offer_tasks (self);
    }
  return TRUE;
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CaseloadMeetingEditor *self = CASELOAD_MEETING_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  if (!caseload_meeting_editor_save (self, &error))
    show_toast (self, error->message);
}

static void
on_cancel_response_cb (AdwMessageDialog      *dialog,
                       const char            *response,
                       CaseloadMeetingEditor *self)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "cancel") != 0)
    return;
  if ((self->dirty || self->save_timeout_id != 0) && !save_now (self, &error))
    {
      show_error (self, _("Could Not Cancel the Meeting"), error);
      return;
    }
  if (!caseload_store_cancel_meeting (self->store, caseload_meeting_get_id (self->meeting), &error))
    {
      show_error (self, _("Could Not Cancel the Meeting"), error);
      return;
    }
  reload_stored (self);
  show_toast (self, _("Meeting cancelled. Save the invitation again to tell the invitees."));
}

static void
cancel_meeting_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  CaseloadMeetingEditor *self = CASELOAD_MEETING_EDITOR (widget);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Cancel This Meeting?"),
                                   _("The meeting stays in the records, marked as cancelled. "
                                     "Its invitation then becomes a cancellation to send to the invitees."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Keep Meeting"),
                                    "cancel", _("_Cancel Meeting"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "cancel", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_cancel_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_chooser_response_cb (GtkNativeDialog       *chooser,
                        int                    response,
                        CaseloadMeetingEditor *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *text = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file == NULL)
    return;

  path = g_file_get_path (file);
  text = caseload_ics_meeting_request (self->meeting, &error);
  if (text == NULL || !g_file_set_contents (path, text, -1, &error))
    {
      show_error (self, _("Could Not Save the Invitation"), error);
      return;
    }
  {
    g_autofree char *base = g_file_get_basename (file);
    /* Translators: %s is the file name. */
    g_autofree char *message = g_strdup_printf (_("Invitation saved as “%s”"), base);
    show_toast (self, message);
  }
}

static void
save_invitation_activated (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  CaseloadMeetingEditor *self = CASELOAD_MEETING_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  GDateTime *start = caseload_meeting_get_starts_at (self->meeting);
  g_autofree char *day = start != NULL ? g_date_time_format (start, "%Y-%m-%d") : g_strdup ("meeting");

  /* The invitation carries what is saved. */
  if (!caseload_meeting_editor_flush (self))
    {
      show_toast (self, self->problem != NULL ? self->problem : _("The changes could not be saved."));
      return;
    }
  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Save Invitation"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  name = g_strdup_printf ("%s-%s-%s.ics", caseload_meeting_get_kind (self->meeting), day,
                          is_cancelled (self) ? "cancel" : "invitation");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* ---- closing ------------------------------------------------------------- */

/* Closes once the dialog has gone: closing the editor from inside the
 * dialog's response would pull its parent from under it. */
static gboolean
close_later_cb (gpointer user_data)
{
  CaseloadMeetingEditor *self = user_data;

  if (!gtk_widget_in_destruction (GTK_WIDGET (self)))
    gtk_window_close (GTK_WINDOW (self));
  return G_SOURCE_REMOVE;
}

static void
on_close_response_cb (AdwMessageDialog      *dialog,
                      const char            *response,
                      CaseloadMeetingEditor *self)
{
  self->close_dialog = NULL;
  if (g_strcmp0 (response, "discard") != 0)
    return;
  self->may_close = TRUE;
  g_idle_add_full (G_PRIORITY_DEFAULT, close_later_cb, g_object_ref (self), g_object_unref);
}

static gboolean
caseload_meeting_editor_close_request (GtkWindow *window)
{
  CaseloadMeetingEditor *self = CASELOAD_MEETING_EDITOR (window);
  GtkWidget *dialog;
  g_autofree char *body = NULL;

  if (self->may_close || self->store == NULL)
    return GTK_WINDOW_CLASS (caseload_meeting_editor_parent_class)->close_request (window);
  if (self->close_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->close_dialog));
      return TRUE;
    }

  if (caseload_meeting_get_id (self->meeting) == 0)
    {
      if (!self->dirty)
        return GTK_WINDOW_CLASS (caseload_meeting_editor_parent_class)->close_request (window);
      dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Discard the New Meeting?"),
                                       _("The meeting has not been saved. Save it, or discard what was typed."));
    }
  else
    {
      if (caseload_meeting_editor_flush (self))
        return GTK_WINDOW_CLASS (caseload_meeting_editor_parent_class)->close_request (window);
      /* Translators: %s names the field and what is wrong with it. */
      body = g_strdup_printf (_("Some changes to this meeting could not be saved.\n\n%s\n\n"
                                "Go back to correct the field, or discard the unsaved changes."),
                              self->problem != NULL ? self->problem : "");
      dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Unsaved Changes"), body);
    }
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "back", _("_Go Back"),
                                    "discard", _("_Discard Changes"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "back");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "back");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_close_response_cb), self, 0);
  self->close_dialog = dialog;
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

/* ---- public -------------------------------------------------------------- */

gint64
caseload_meeting_editor_get_meeting_id (CaseloadMeetingEditor *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEETING_EDITOR (self), 0);

  return caseload_meeting_get_id (self->meeting);
}

gboolean
caseload_meeting_editor_flush (CaseloadMeetingEditor *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (CASELOAD_IS_MEETING_EDITOR (self), FALSE);

  if (caseload_meeting_get_id (self->meeting) == 0)
    return !self->dirty;
  if (self->dirty || self->save_timeout_id != 0)
    return save_now (self, &error);
  return TRUE;
}

GStrv
caseload_meeting_editor_dup_warnings (CaseloadMeetingEditor *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (CASELOAD_IS_MEETING_EDITOR (self), NULL);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->warnings_list));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (gtk_widget_get_name (row), "warning") == 0)
      g_strv_builder_add (builder, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  return g_strv_builder_end (builder);
}

static CaseloadMeetingEditor *
editor_new (GtkWindow       *parent,
            CaseloadStore   *store,
            CaseloadMeeting *meeting)
{
  CaseloadMeetingEditor *self = g_object_new (CASELOAD_TYPE_MEETING_EDITOR, NULL);

  if (parent != NULL)
    {
      gtk_window_set_transient_for (GTK_WINDOW (self), parent);
      /* The window actions (win.print-notice) live on the main window. */
      if (GTK_IS_APPLICATION_WINDOW (parent))
        gtk_widget_insert_action_group (GTK_WIDGET (self), "win", G_ACTION_GROUP (parent));
      if (gtk_window_get_application (parent) != NULL)
        gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));
    }
  self->store = g_object_ref (store);
  self->meeting = g_object_ref (meeting);
  self->team_roles = caseload_store_list_team_roles (store, NULL);
  load_form (self);
  if (caseload_meeting_get_id (meeting) == 0)
    {
      /* What a new meeting was given (a proposed slot, invitees) counts as
       * typed: closing asks before dropping it. */
      self->dirty = caseload_meeting_get_student_id (meeting) > 0;
      set_saved_label (self, _("Not saved yet"), FALSE);
    }
  return self;
}

CaseloadMeetingEditor *
caseload_meeting_editor_open (GtkWindow      *parent,
                              CaseloadStore  *store,
                              gint64          meeting_id,
                              GError        **error)
{
  g_autoptr(CaseloadMeeting) meeting = NULL;

  g_return_val_if_fail (CASELOAD_IS_STORE (store), NULL);

  meeting = caseload_store_get_meeting (store, meeting_id, error);
  if (meeting == NULL)
    return NULL;
  return editor_new (parent, store, meeting);
}

CaseloadMeetingEditor *
caseload_meeting_editor_new_for (GtkWindow       *parent,
                                 CaseloadStore   *store,
                                 CaseloadMeeting *meeting)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (store), NULL);
  g_return_val_if_fail (CASELOAD_IS_MEETING (meeting), NULL);

  return editor_new (parent, store, meeting);
}

/* ---- life cycle ---------------------------------------------------------- */

static void
caseload_meeting_editor_dispose (GObject *object)
{
  CaseloadMeetingEditor *self = CASELOAD_MEETING_EDITOR (object);

  if (self->store != NULL && self->meeting != NULL && caseload_meeting_get_id (self->meeting) > 0
      && (self->dirty || self->save_timeout_id != 0) && !self->may_close)
    caseload_meeting_editor_flush (self);
  g_clear_handle_id (&self->save_timeout_id, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->meeting);
  g_clear_object (&self->store);
  g_clear_object (&self->team_roles);
  g_clear_pointer (&self->candidates, g_ptr_array_unref);
  g_clear_pointer (&self->iep_ids, g_array_unref);
  g_clear_pointer (&self->room_ids, g_array_unref);

  G_OBJECT_CLASS (caseload_meeting_editor_parent_class)->dispose (object);
}

static void
caseload_meeting_editor_finalize (GObject *object)
{
  CaseloadMeetingEditor *self = CASELOAD_MEETING_EDITOR (object);

  g_free (self->problem);

  G_OBJECT_CLASS (caseload_meeting_editor_parent_class)->finalize (object);
}

static void
caseload_meeting_editor_class_init (CaseloadMeetingEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = caseload_meeting_editor_dispose;
  object_class->finalize = caseload_meeting_editor_finalize;
  window_class->close_request = caseload_meeting_editor_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/caseload/Caseload/caseload-meeting-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeetingEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeetingEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeetingEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeetingEditor, saved_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeetingEditor, cancelled_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeetingEditor, print_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeetingEditor, warnings_list);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeetingEditor, form_box);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeetingEditor, student_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeetingEditor, student_name_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeetingEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeetingEditor, purpose_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeetingEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeetingEditor, when_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeetingEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeetingEditor, start_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeetingEditor, end_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeetingEditor, room_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeetingEditor, location_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeetingEditor, video_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeetingEditor, invitees_list);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeetingEditor, candidate_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeetingEditor, interpreter_switch);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeetingEditor, language_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeetingEditor, notice_date_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeetingEditor, notice_method_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeetingEditor, transition_switch);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeetingEditor, notice_summary_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeetingEditor, attempts_list);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeetingEditor, attempt_date_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeetingEditor, attempt_method_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeetingEditor, attempt_result_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeetingEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeetingEditor, outcome_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeetingEditor, iep_row);

  gtk_widget_class_install_action (widget_class, "meeting.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "meeting.save-invitation", NULL, save_invitation_activated);
  gtk_widget_class_install_action (widget_class, "meeting.cancel-meeting", NULL, cancel_meeting_activated);
  gtk_widget_class_install_action (widget_class, "meeting.add-invitee", NULL, add_invitee_activated);
  gtk_widget_class_install_action (widget_class, "meeting.add-attempt", NULL, add_attempt_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "meeting.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
caseload_meeting_editor_init (CaseloadMeetingEditor *self)
{
  g_autoptr(GtkStringList) kind_names = gtk_string_list_new (NULL);
  AdwEntryRow *entries[12];
  guint n = 0;

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    gtk_string_list_append (kind_names, caseload_meeting_kind_label (kinds[i]));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kind_names));

  entries[n++] = self->student_row;
  entries[n++] = self->purpose_row;
  entries[n++] = self->date_row;
  entries[n++] = self->start_row;
  entries[n++] = self->end_row;
  entries[n++] = self->location_row;
  entries[n++] = self->video_row;
  entries[n++] = self->language_row;
  entries[n++] = self->notice_date_row;
  entries[n++] = self->outcome_row;
  for (guint i = 0; i < n; i++)
    g_signal_connect_object (entries[i], "changed", G_CALLBACK (on_form_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->kind_row, "notify::selected", G_CALLBACK (on_form_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->status_row, "notify::selected", G_CALLBACK (on_form_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->notice_method_row, "notify::selected", G_CALLBACK (on_form_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->iep_row, "notify::selected", G_CALLBACK (on_form_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->room_row, "notify::selected", G_CALLBACK (on_form_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->interpreter_switch, "notify::active", G_CALLBACK (on_form_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->transition_switch, "notify::active", G_CALLBACK (on_form_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (on_form_changed_cb), self, G_CONNECT_SWAPPED);
}
