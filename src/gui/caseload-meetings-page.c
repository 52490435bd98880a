/* caseload-meetings-page.c: the Meetings page
 *
 * A month or week calendar of meetings with the annual reviews and
 * reevaluations due as all-day markers, filtered by school, case manager
 * and type; and "My Agenda", the signed-in member's meetings this week.
 * Activating a meeting opens its editor; Export Calendar writes the
 * meetings shown as a privacy-safe iCalendar feed.
 */
#define G_LOG_DOMAIN "caseload-meetings-page"

#include "config.h"

#include "caseload-meetings-page.h"

#include "caseload-code.h"
#include "caseload-date.h"
#include "caseload-deadline.h"
#include "caseload-ics.h"
#include "caseload-meeting-calendar.h"
#include "caseload-meeting-editor.h"
#include "caseload-school.h"
#include "caseload-staff.h"
#include "caseload-store-meetings.h"
#include "caseload-student.h"

#include <glib/gi18n.h>

static const char * const kinds[] = {
  "annual-review", "initial-iep", "reevaluation", "eligibility", "amendment",
  "transition", "parent-conference", "other",
};

struct _CaseloadMeetingsPage
{
  GtkWidget                parent_instance;

  CaseloadStore           *store;
  gint64                   staff_id;
  GSettings               *settings;
  GListModel              *all_deadlines;   /* cached; NULL = to load */
  GHashTable              *student_schools; /* student id -> school id; NULL = to load */
  GArray                  *school_ids;      /* filter choices, 0 = all */
  GPtrArray               *school_names;
  GArray                  *manager_ids;
  GListStore              *shown;           /* meetings shown (for the export) */
  GtkFileChooserNative    *chooser;
  gboolean                 stale;           /* the store changed while hidden */

  GtkLabel                *range_label;
  GtkToggleButton         *month_button;
  GtkToggleButton         *week_button;
  GtkToggleButton         *agenda_button;
  AdwComboRow             *school_row;
  AdwComboRow             *manager_row;
  AdwComboRow             *kind_row;
  GtkLabel                *filter_label;
  GtkStack                *stack;
  CaseloadMeetingCalendar *calendar;
  GtkLabel                *agenda_title;
  GtkListBox              *agenda_list;
};

G_DEFINE_FINAL_TYPE (CaseloadMeetingsPage, caseload_meetings_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_STAFF_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_error (CaseloadMeetingsPage *self,
            const char           *heading,
            const GError         *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading,
                                              error != NULL ? error->message : NULL);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWindow *
parent_window (CaseloadMeetingsPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* ---- filters ------------------------------------------------------------- */

static gint64
selected_school (CaseloadMeetingsPage *self)
{
  guint i = adw_combo_row_get_selected (self->school_row);

  return self->school_ids != NULL && i < self->school_ids->len ? g_array_index (self->school_ids, gint64, i) : 0;
}

static gint64
selected_manager (CaseloadMeetingsPage *self)
{
  guint i = adw_combo_row_get_selected (self->manager_row);

  return self->manager_ids != NULL && i < self->manager_ids->len ? g_array_index (self->manager_ids, gint64, i) : 0;
}

static const char *
selected_kind (CaseloadMeetingsPage *self)
{
  guint i = adw_combo_row_get_selected (self->kind_row);

  return i > 0 && i <= G_N_ELEMENTS (kinds) ? kinds[i - 1] : NULL;
}

static void
load_filter_choices (CaseloadMeetingsPage *self)
{
  g_autoptr(GtkStringList) schools = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) managers = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) kind_names = gtk_string_list_new (NULL);
  g_autoptr(GListModel) school_list = NULL;
  g_autoptr(GListModel) staff_list = NULL;
  gint64 zero = 0;

  g_clear_pointer (&self->school_ids, g_array_unref);
  g_clear_pointer (&self->school_names, g_ptr_array_unref);
  g_clear_pointer (&self->manager_ids, g_array_unref);
  self->school_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->school_names = g_ptr_array_new_with_free_func (g_free);
  self->manager_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_string_list_append (schools, _("All schools"));
  g_array_append_val (self->school_ids, zero);
  g_ptr_array_add (self->school_names, g_strdup (""));
  gtk_string_list_append (managers, _("All case managers"));
  g_array_append_val (self->manager_ids, zero);
  gtk_string_list_append (kind_names, _("All types"));
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    gtk_string_list_append (kind_names, caseload_meeting_kind_label (kinds[i]));

  if (self->store != NULL)
    {
      school_list = caseload_store_list_schools (self->store, NULL);
      staff_list = caseload_store_list_staff (self->store, FALSE, NULL);
    }
  for (guint i = 0; school_list != NULL && i < g_list_model_get_n_items (school_list); i++)
    {
      g_autoptr(CaseloadSchool) school = g_list_model_get_item (school_list, i);
      gint64 id = caseload_school_get_id (school);

      gtk_string_list_append (schools, caseload_school_get_name (school));
      g_array_append_val (self->school_ids, id);
      g_ptr_array_add (self->school_names, g_strdup (caseload_school_get_name (school)));
    }
  for (guint i = 0; staff_list != NULL && i < g_list_model_get_n_items (staff_list); i++)
    {
      g_autoptr(CaseloadStaff) staff = g_list_model_get_item (staff_list, i);
      g_autofree char *name = caseload_staff_dup_full_name (staff);
      gint64 id = caseload_staff_get_id (staff);

      gtk_string_list_append (managers, name);
      g_array_append_val (self->manager_ids, id);
    }

  adw_combo_row_set_model (self->school_row, G_LIST_MODEL (schools));
  adw_combo_row_set_model (self->manager_row, G_LIST_MODEL (managers));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kind_names));
}

static gint64
school_of_student (CaseloadMeetingsPage *self,
                   gint64                student_id)
{
  if (self->student_schools == NULL)
    {
      g_autoptr(GListModel) students = caseload_store_list_students (self->store, 0, NULL, NULL);

      self->student_schools = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      for (guint i = 0; students != NULL && i < g_list_model_get_n_items (students); i++)
        {
          g_autoptr(CaseloadStudent) s = g_list_model_get_item (students, i);
          gint64 *key = g_new (gint64, 1);

          *key = caseload_student_get_id (s);
          g_hash_table_insert (self->student_schools, key, GSIZE_TO_POINTER (caseload_student_get_school_id (s)));
        }
    }
  return GPOINTER_TO_SIZE (g_hash_table_lookup (self->student_schools, &student_id));
}

static gboolean
meeting_passes (CaseloadMeetingsPage *self,
                CaseloadMeeting      *meeting)
{
  gint64 school = selected_school (self);
  gint64 manager = selected_manager (self);
  const char *kind = selected_kind (self);

  if (kind != NULL && g_strcmp0 (caseload_meeting_get_kind (meeting), kind) != 0)
    return FALSE;
  if (manager > 0 && caseload_meeting_get_case_manager_id (meeting) != manager)
    return FALSE;
  if (school > 0 && school_of_student (self, caseload_meeting_get_student_id (meeting)) != school)
    return FALSE;
  return TRUE;
}

static gboolean
deadline_passes (CaseloadMeetingsPage *self,
                 CaseloadDeadline     *deadline)
{
  CaseloadDeadlineKind k = caseload_deadline_get_kind (deadline);
  gint64 manager = selected_manager (self);
  const char *kind = selected_kind (self);
  guint school_index = adw_combo_row_get_selected (self->school_row);

  if (k != CASELOAD_DEADLINE_ANNUAL_REVIEW && k != CASELOAD_DEADLINE_REEVALUATION)
    return FALSE;
  if (kind != NULL && g_strcmp0 (kind, k == CASELOAD_DEADLINE_ANNUAL_REVIEW ? "annual-review" : "reevaluation") != 0)
    return FALSE;
  if (manager > 0 && caseload_deadline_get_case_manager_id (deadline) != manager)
    return FALSE;
  if (school_index > 0 && self->school_names != NULL && school_index < self->school_names->len
      && g_strcmp0 (caseload_deadline_get_school_name (deadline),
                    g_ptr_array_index (self->school_names, school_index)) != 0)
    return FALSE;
  return TRUE;
}

static void
update_filter_label (CaseloadMeetingsPage *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  AdwComboRow *rows[] = { self->school_row, self->manager_row, self->kind_row };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (adw_combo_row_get_selected (rows[i]) > 0)
      {
        g_autoptr(GtkStringObject) item = g_list_model_get_item (adw_combo_row_get_model (rows[i]),
                                                                  adw_combo_row_get_selected (rows[i]));
        if (text->len > 0)
          g_string_append (text, " · ");
        g_string_append (text, gtk_string_object_get_string (item));
      }
  if (text->len > 0)
    {
      /* Translators: %s lists the active filters. */
      g_autofree char *label = g_strdup_printf (_("Showing only: %s"), text->str);
      gtk_label_set_text (self->filter_label, label);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->filter_label), text->len > 0);
}

/* ---- loading ------------------------------------------------------------- */

/* Meetings whose local date is within [first, last], filtered. */
static GListStore *
meetings_between (CaseloadMeetingsPage *self,
                  const GDate          *first,
                  const GDate          *last,
                  gint64                staff_id,
                  gboolean              filtered,
                  GError              **error)
{
  g_autoptr(GDateTime) from = g_date_time_new_utc (g_date_get_year (first), g_date_get_month (first),
                                                   g_date_get_day (first), 0, 0, 0);
  g_autoptr(GDateTime) until = g_date_time_new_utc (g_date_get_year (last), g_date_get_month (last),
                                                    g_date_get_day (last), 0, 0, 0);
  g_autoptr(GDateTime) wide_from = g_date_time_add_days (from, -1);
  g_autoptr(GDateTime) wide_to = g_date_time_add_days (until, 2);
  g_autoptr(GListModel) all = NULL;
  GListStore *result;

  all = caseload_store_list_meetings (self->store, wide_from, wide_to, 0, staff_id, error);
  if (all == NULL)
    return NULL;
  result = g_list_store_new (CASELOAD_TYPE_MEETING);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(CaseloadMeeting) meeting = g_list_model_get_item (all, i);
      GDate day;

      caseload_meeting_get_local_date (meeting, &day);
      if (!g_date_valid (&day) || g_date_compare (&day, first) < 0 || g_date_compare (&day, last) > 0)
        continue;
      if (filtered && !meeting_passes (self, meeting))
        continue;
      g_list_store_append (result, meeting);
    }
  return result;
}

static void
update_title (CaseloadMeetingsPage *self)
{
  g_autofree char *title = caseload_meeting_calendar_dup_title (self->calendar);

  gtk_label_set_text (self->range_label, title);
}

static void
reload_calendar (CaseloadMeetingsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) deadlines = g_list_store_new (CASELOAD_TYPE_DEADLINE);
  GDate first, last;

  update_title (self);
  if (self->store == NULL)
    {
      caseload_meeting_calendar_set_items (self->calendar, NULL, NULL);
      return;
    }

  caseload_meeting_calendar_get_range (self->calendar, &first, &last);
  g_clear_object (&self->shown);
  self->shown = meetings_between (self, &first, &last, 0, TRUE, &error);
  if (self->shown == NULL)
    {
      show_error (self, _("Could Not Read the Meetings"), error);
      return;
    }

  if (self->all_deadlines == NULL)
    self->all_deadlines = caseload_store_list_deadlines (self->store, 0, NULL, -1, NULL);
  for (guint i = 0; self->all_deadlines != NULL && i < g_list_model_get_n_items (self->all_deadlines); i++)
    {
      g_autoptr(CaseloadDeadline) deadline = g_list_model_get_item (self->all_deadlines, i);
      GDate due;

      if (!caseload_date_parse_iso (caseload_deadline_get_due_date (deadline), &due)
          || g_date_compare (&due, &first) < 0 || g_date_compare (&due, &last) > 0)
        continue;
      if (deadline_passes (self, deadline))
        g_list_store_append (deadlines, deadline);
    }
  caseload_meeting_calendar_set_items (self->calendar, G_LIST_MODEL (self->shown), G_LIST_MODEL (deadlines));
}

static void
on_agenda_row_activated_cb (AdwActionRow         *row,
                            CaseloadMeetingsPage *self)
{
  caseload_meetings_page_open_meeting (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "meeting-id")));
}

static void
reload_agenda (CaseloadMeetingsPage *self)
{
  g_autoptr(GListStore) meetings = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;
  GDate first, last;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->agenda_list))) != NULL)
    gtk_list_box_remove (self->agenda_list, child);

  caseload_date_set_today (&first);
  g_date_subtract_days (&first, g_date_get_weekday (&first) - G_DATE_MONDAY);
  last = first;
  g_date_add_days (&last, 6);
  {
    g_autofree char *from = caseload_date_to_display (&first);
    g_autofree char *to = caseload_date_to_display (&last);
    /* Translators: the week's first and last day. */
    g_autofree char *title = g_strdup_printf (_("My meetings this week, %s to %s"), from, to);
    gtk_label_set_text (self->agenda_title, title);
  }

  if (self->store == NULL)
    return;
  if (self->staff_id <= 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Choose who you are in Preferences to see your meetings"));
      gtk_list_box_append (self->agenda_list, row);
      return;
    }
  meetings = meetings_between (self, &first, &last, self->staff_id, FALSE, &error);
  if (meetings == NULL)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), error->message);
      gtk_list_box_append (self->agenda_list, row);
      return;
    }
  if (g_list_model_get_n_items (G_LIST_MODEL (meetings)) == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No meetings this week"));
      gtk_list_box_append (self->agenda_list, row);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (meetings)); i++)
    {
      g_autoptr(CaseloadMeeting) m = g_list_model_get_item (G_LIST_MODEL (meetings), i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *when = g_date_time_format (caseload_meeting_get_starts_at (m), "%A %H:%M");
      g_autofree char *to = g_date_time_format (caseload_meeting_get_ends_at (m), "%H:%M");
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      const char *place = *caseload_meeting_get_room_name (m) != '\0' ? caseload_meeting_get_room_name (m)
                          : caseload_meeting_get_location (m);
      gboolean cancelled = g_strcmp0 (caseload_meeting_get_status (m), "cancelled") == 0;

      /* Translators: day and start–end time, then the meeting type. */
      title = g_strdup_printf (_("%s–%s · %s%s"), when, to,
                               caseload_meeting_kind_label (caseload_meeting_get_kind (m)),
                               cancelled ? _(" (cancelled)") : "");
      subtitle = *place != '\0' ? g_strdup_printf ("%s · %s", caseload_meeting_get_student_name (m), place)
                                : g_strdup (caseload_meeting_get_student_name (m));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "meeting-id", GSIZE_TO_POINTER (caseload_meeting_get_id (m)));
      g_signal_connect_object (row, "activated", G_CALLBACK (on_agenda_row_activated_cb), self, 0);
      gtk_list_box_append (self->agenda_list, row);
    }
}

static void
reload (CaseloadMeetingsPage *self)
{
  self->stale = FALSE;
  reload_calendar (self);
  reload_agenda (self);
}

static void
on_store_changed_cb (CaseloadMeetingsPage *self,
                     const char           *table)
{
  if (g_strcmp0 (table, "task") == 0 || g_strcmp0 (table, "contact_log") == 0)
    return;
  if (g_strcmp0 (table, "meeting") != 0 && g_strcmp0 (table, "parent_contact_attempt") != 0)
    {
      g_clear_object (&self->all_deadlines);
      g_clear_pointer (&self->student_schools, g_hash_table_unref);
    }
  if (g_strcmp0 (table, "school") == 0 || g_strcmp0 (table, "staff") == 0)
    load_filter_choices (self);
  /* Hidden: reloaded when shown again. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  reload (self);
}

static void
caseload_meetings_page_map (GtkWidget *widget)
{
  CaseloadMeetingsPage *self = CASELOAD_MEETINGS_PAGE (widget);

  GTK_WIDGET_CLASS (caseload_meetings_page_parent_class)->map (widget);
  if (self->stale)
    reload (self);
}

/* ---- actions ------------------------------------------------------------- */

static void
on_filter_changed_cb (CaseloadMeetingsPage *self)
{
  update_filter_label (self);
  reload_calendar (self);
}

static void
on_view_toggled_cb (CaseloadMeetingsPage *self)
{
  if (gtk_toggle_button_get_active (self->agenda_button))
    {
      gtk_stack_set_visible_child_name (self->stack, "agenda");
      gtk_label_set_text (self->range_label, _("My Agenda"));
      reload_agenda (self);
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, "calendar");
  caseload_meeting_calendar_set_view (self->calendar,
                                      gtk_toggle_button_get_active (self->week_button)
                                      ? CASELOAD_CALENDAR_WEEK : CASELOAD_CALENDAR_MONTH);
  update_title (self);
}

static void
on_range_changed_cb (CaseloadMeetingsPage *self)
{
  reload_calendar (self);
}

static void
on_meeting_activated_cb (CaseloadMeetingsPage *self,
                         gint64                meeting_id)
{
  caseload_meetings_page_open_meeting (self, meeting_id);
}

static void
on_day_activated_cb (CaseloadMeetingsPage *self)
{
  caseload_meetings_page_new_record (self);
}

static void
previous_activated (GtkWidget *widget, const char *name, GVariant *parameter)
{
  caseload_meeting_calendar_move_page (CASELOAD_MEETINGS_PAGE (widget)->calendar, -1);
}

static void
next_activated (GtkWidget *widget, const char *name, GVariant *parameter)
{
  caseload_meeting_calendar_move_page (CASELOAD_MEETINGS_PAGE (widget)->calendar, 1);
}

static void
today_activated (GtkWidget *widget, const char *name, GVariant *parameter)
{
  CaseloadMeetingsPage *self = CASELOAD_MEETINGS_PAGE (widget);
  GDate today;

  caseload_date_set_today (&today);
  caseload_meeting_calendar_set_selected (self->calendar, &today);
  gtk_widget_grab_focus (GTK_WIDGET (self->calendar));
}

static void
on_export_response_cb (GtkNativeDialog      *chooser,
                       int                   response,
                       CaseloadMeetingsPage *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *text = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file == NULL || self->shown == NULL)
    return;
  path = g_file_get_path (file);
  text = caseload_ics_feed (G_LIST_MODEL (self->shown), &error);
  if (text == NULL || !g_file_set_contents (path, text, -1, &error))
    show_error (self, _("Could Not Export the Calendar"), error);
}

static void
export_activated (GtkWidget *widget, const char *name, GVariant *parameter)
{
  CaseloadMeetingsPage *self = CASELOAD_MEETINGS_PAGE (widget);
  GDate first, last;
  g_autofree char *from = NULL, *to = NULL, *file_name = NULL;

  if (self->store == NULL || self->chooser != NULL)
    return;
  caseload_meeting_calendar_get_range (self->calendar, &first, &last);
  from = caseload_date_to_iso (&first);
  to = caseload_date_to_iso (&last);
  file_name = g_strdup_printf ("meetings-%s-to-%s.ics", from, to);
  self->chooser = gtk_file_chooser_native_new (_("Export Calendar"), parent_window (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), file_name);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* ---- public -------------------------------------------------------------- */

void
caseload_meetings_page_open_meeting (CaseloadMeetingsPage *self,
                                     gint64                meeting_id)
{
  g_autoptr(GError) error = NULL;
  CaseloadMeetingEditor *editor;

  g_return_if_fail (CASELOAD_IS_MEETINGS_PAGE (self));

  if (self->store == NULL || meeting_id <= 0)
    return;
  editor = caseload_meeting_editor_open (parent_window (self), self->store, meeting_id, &error);
  if (editor == NULL)
    {
      show_error (self, _("Could Not Open the Meeting"), error);
      return;
    }
  gtk_window_present (GTK_WINDOW (editor));
}

void
caseload_meetings_page_new_record (CaseloadMeetingsPage *self)
{
  g_autoptr(CaseloadMeeting) meeting = NULL;
  GDate day, today;

  g_return_if_fail (CASELOAD_IS_MEETINGS_PAGE (self));

  if (self->store == NULL)
    return;
  meeting = caseload_meeting_editor_new_meeting (self->store, 0);
  caseload_meeting_calendar_get_selected (self->calendar, &day);
  caseload_date_set_today (&today);
  if (g_date_compare (&day, &today) > 0)
    caseload_meeting_set_local_times (meeting, g_date_get_year (&day), g_date_get_month (&day),
                                      g_date_get_day (&day), 15, 0, 16, 0);
  gtk_window_present (GTK_WINDOW (caseload_meeting_editor_new_for (parent_window (self), self->store, meeting)));
}

CaseloadMeetingCalendar *
caseload_meetings_page_get_calendar (CaseloadMeetingsPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEETINGS_PAGE (self), NULL);

  return self->calendar;
}

void
caseload_meetings_page_set_store (CaseloadMeetingsPage *self,
                                  CaseloadStore        *store)
{
  g_return_if_fail (CASELOAD_IS_MEETINGS_PAGE (self));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  g_clear_object (&self->all_deadlines);
  g_clear_pointer (&self->student_schools, g_hash_table_unref);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self, G_CONNECT_SWAPPED);
  load_filter_choices (self);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/* ---- life cycle ---------------------------------------------------------- */

static void
caseload_meetings_page_dispose (GObject *object)
{
  CaseloadMeetingsPage *self = CASELOAD_MEETINGS_PAGE (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_MEETINGS_PAGE);
  {
    GtkWidget *child;

    /* The template's top child has no field of its own. */
    while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
      gtk_widget_unparent (child);
  }
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_object (&self->all_deadlines);
  g_clear_object (&self->shown);
  g_clear_pointer (&self->student_schools, g_hash_table_unref);
  g_clear_pointer (&self->school_ids, g_array_unref);
  g_clear_pointer (&self->school_names, g_ptr_array_unref);
  g_clear_pointer (&self->manager_ids, g_array_unref);

  G_OBJECT_CLASS (caseload_meetings_page_parent_class)->dispose (object);
}

static void
caseload_meetings_page_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  CaseloadMeetingsPage *self = CASELOAD_MEETINGS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_STAFF_ID:
      g_value_set_int64 (value, self->staff_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_meetings_page_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  CaseloadMeetingsPage *self = CASELOAD_MEETINGS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      caseload_meetings_page_set_store (self, g_value_get_object (value));
      break;
    case PROP_STAFF_ID:
      if (self->staff_id != g_value_get_int64 (value))
        {
          self->staff_id = g_value_get_int64 (value);
          reload_agenda (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_meetings_page_class_init (CaseloadMeetingsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_meetings_page_dispose;
  object_class->get_property = caseload_meetings_page_get_property;
  object_class->set_property = caseload_meetings_page_set_property;
  widget_class->map = caseload_meetings_page_map;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, CASELOAD_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STAFF_ID] =
    g_param_spec_int64 ("staff-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CASELOAD_TYPE_MEETING_CALENDAR);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/caseload/Caseload/caseload-meetings-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeetingsPage, range_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeetingsPage, month_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeetingsPage, week_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeetingsPage, agenda_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeetingsPage, school_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeetingsPage, manager_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeetingsPage, kind_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeetingsPage, filter_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeetingsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeetingsPage, calendar);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeetingsPage, agenda_title);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeetingsPage, agenda_list);

  gtk_widget_class_install_action (widget_class, "meetings.previous", NULL, previous_activated);
  gtk_widget_class_install_action (widget_class, "meetings.next", NULL, next_activated);
  gtk_widget_class_install_action (widget_class, "meetings.today", NULL, today_activated);
  gtk_widget_class_install_action (widget_class, "meetings.export", NULL, export_activated);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
caseload_meetings_page_init (CaseloadMeetingsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  load_filter_choices (self);
  g_signal_connect_object (self->school_row, "notify::selected", G_CALLBACK (on_filter_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->manager_row, "notify::selected", G_CALLBACK (on_filter_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->kind_row, "notify::selected", G_CALLBACK (on_filter_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->month_button, "toggled", G_CALLBACK (on_view_toggled_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->week_button, "toggled", G_CALLBACK (on_view_toggled_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->agenda_button, "toggled", G_CALLBACK (on_view_toggled_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->calendar, "range-changed", G_CALLBACK (on_range_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->calendar, "meeting-activated", G_CALLBACK (on_meeting_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->calendar, "day-activated", G_CALLBACK (on_day_activated_cb), self, G_CONNECT_SWAPPED);
  update_title (self);

  self->settings = g_settings_new (APPLICATION_ID);
  g_settings_bind (self->settings, "signed-in-staff-id", self, "staff-id", G_SETTINGS_BIND_GET);
}
