/* caseload-student-meetings.c: the Meetings tab of the student page
 *
 * The student's upcoming and past meetings, New Meeting, and, when an
 * annual review or a reevaluation is due and not yet scheduled, Schedule:
 * three proposed times (school days before the due date that leave room
 * for the notice and clash with none of the team's meetings) and the
 * team's meetings that week. Choosing a time opens the editor of a new
 * meeting with the required invitees already invited.
 */
#define G_LOG_DOMAIN "caseload-student-meetings"

#include "config.h"

#include "caseload-student-meetings.h"

#include "caseload-date.h"
#include "caseload-deadline.h"
#include "caseload-meeting-editor.h"
#include "caseload-room.h"
#include "caseload-store-meetings.h"

#include <glib/gi18n.h>

#define MEETING_MINUTES 60

struct _CaseloadStudentMeetings
{
  GtkWidget             parent_instance;

  CaseloadStore        *store;
  gint64                student_id;
  CaseloadDeadlineKind  due_kind;
  GDate                 due;
  gboolean              has_due;
  gboolean              stale;          /* the store changed while hidden */
  GPtrArray            *slots;          /* GDateTime */
  GArray               *slot_rooms;     /* gint64 per slot, the free room or 0 */

  AdwPreferencesGroup  *due_group;
  GtkRevealer          *slots_revealer;
  GtkListBox           *slots_list;
  GtkLabel             *team_week_label;
  GtkListBox           *team_week_list;
  GtkListBox           *upcoming_list;
  GtkListBox           *past_list;
};

G_DEFINE_FINAL_TYPE (CaseloadStudentMeetings, caseload_student_meetings, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_STUDENT_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWindow *
parent_window (CaseloadStudentMeetings *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_error (CaseloadStudentMeetings *self,
            const char              *heading,
            const GError            *error)
{
  GtkWidget *dialog = adw_message_dialog_new (parent_window (self), heading,
                                              error != NULL ? error->message : NULL);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
add_placeholder (GtkListBox *list,
                 const char *text)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  gtk_list_box_append (list, row);
}

static const char *
status_word (CaseloadMeeting *m)
{
  const char *status = caseload_meeting_get_status (m);

  if (g_strcmp0 (status, "cancelled") == 0)
    return _("Cancelled");
  if (g_strcmp0 (status, "held") == 0)
    return _("Held");
  return _("Scheduled");
}

static void
on_meeting_row_activated_cb (AdwActionRow            *row,
                             CaseloadStudentMeetings *self)
{
  g_autoptr(GError) error = NULL;
  CaseloadMeetingEditor *editor;
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "meeting-id"));

  editor = caseload_meeting_editor_open (parent_window (self), self->store, id, &error);
  if (editor == NULL)
    {
      show_error (self, _("Could Not Open the Meeting"), error);
      return;
    }
  gtk_window_present (GTK_WINDOW (editor));
}

static GtkWidget *
meeting_row (CaseloadStudentMeetings *self,
             CaseloadMeeting         *m,
             gboolean                 with_student)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *day = g_date_time_format (caseload_meeting_get_starts_at (m), "%A, %x");
  g_autofree char *from = g_date_time_format (caseload_meeting_get_starts_at (m), "%H:%M");
  g_autofree char *to = g_date_time_format (caseload_meeting_get_ends_at (m), "%H:%M");
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  const char *place = *caseload_meeting_get_room_name (m) != '\0' ? caseload_meeting_get_room_name (m)
                      : caseload_meeting_get_location (m);

  /* Translators: meeting type — day, start–end time. */
  title = g_strdup_printf (_("%s — %s, %s–%s"), caseload_meeting_kind_label (caseload_meeting_get_kind (m)),
                           day, from, to);
  if (with_student)
    subtitle = g_strdup_printf ("%s · %s", caseload_meeting_get_student_name (m), status_word (m));
  else if (*place != '\0')
    subtitle = g_strdup_printf ("%s · %s", status_word (m), place);
  else
    subtitle = g_strdup (status_word (m));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (!with_student)
    {
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "meeting-id", GSIZE_TO_POINTER (caseload_meeting_get_id (m)));
      g_signal_connect_object (row, "activated", G_CALLBACK (on_meeting_row_activated_cb), self, 0);
    }
  return row;
}

/* ---- the meeting due ----------------------------------------------------- */

static gboolean
find_due (CaseloadStudentMeetings *self,
          GListModel              *meetings)
{
  g_autoptr(GListModel) deadlines = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  self->has_due = FALSE;
  deadlines = caseload_store_list_deadlines (self->store, self->student_id, NULL, -1, NULL);
  for (guint i = 0; deadlines != NULL && i < g_list_model_get_n_items (deadlines); i++)
    {
      g_autoptr(CaseloadDeadline) d = g_list_model_get_item (deadlines, i);
      CaseloadDeadlineKind kind = caseload_deadline_get_kind (d);
      const char *meeting_kind = kind == CASELOAD_DEADLINE_ANNUAL_REVIEW ? "annual-review" : "reevaluation";
      gboolean scheduled = FALSE;

      if (kind != CASELOAD_DEADLINE_ANNUAL_REVIEW && kind != CASELOAD_DEADLINE_REEVALUATION)
        continue;
      if (caseload_deadline_get_status (d) == CASELOAD_DEADLINE_STATUS_LATER)
        continue;
      /* Already on the calendar: nothing to schedule. */
      for (guint j = 0; j < g_list_model_get_n_items (meetings); j++)
        {
          g_autoptr(CaseloadMeeting) m = g_list_model_get_item (meetings, j);

          if (g_strcmp0 (caseload_meeting_get_kind (m), meeting_kind) == 0
              && g_strcmp0 (caseload_meeting_get_status (m), "cancelled") != 0
              && g_date_time_compare (caseload_meeting_get_ends_at (m), now) >= 0)
            scheduled = TRUE;
        }
      if (scheduled)
        continue;
      self->has_due = caseload_date_parse_iso (caseload_deadline_get_due_date (d), &self->due);
      self->due_kind = kind;
      if (self->has_due)
        {
          g_autofree char *shown = caseload_date_to_display (&self->due);
          g_autofree char *description = NULL;

          adw_preferences_group_set_title (self->due_group,
                                           kind == CASELOAD_DEADLINE_ANNUAL_REVIEW
                                           ? _("Annual Review Due") : _("Reevaluation Due"));
          /* Translators: the due date, then the deadline's status words. */
          description = g_strdup_printf (_("Due on %s (%s). Schedule proposes three times that leave room "
                                           "for the notice and clash with none of the team’s meetings."),
                                         shown, caseload_deadline_get_status_text (d));
          adw_preferences_group_set_description (self->due_group, description);
          return TRUE;
        }
    }
  return FALSE;
}

static void
on_choose_clicked_cb (GtkButton               *button,
                      CaseloadStudentMeetings *self)
{
  caseload_student_meetings_choose_slot (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "slot")));
}

static void
fill_team_week (CaseloadStudentMeetings *self,
                GDateTime               *slot)
{
  g_autoptr(GListModel) team = caseload_store_list_team (self->store, self->student_id, NULL);
  g_autoptr(GListModel) meetings = NULL;
  g_autoptr(GDateTime) day = g_date_time_new_local (g_date_time_get_year (slot), g_date_time_get_month (slot),
                                                    g_date_time_get_day_of_month (slot), 0, 0, 0);
  g_autoptr(GDateTime) monday = g_date_time_add_days (day, 1 - g_date_time_get_day_of_week (day));
  g_autoptr(GDateTime) next_monday = g_date_time_add_days (monday, 7);
  g_autofree char *from = g_date_time_format (monday, "%x");
  g_autofree char *label = NULL;
  guint shown = 0;

  /* Translators: %s is the Monday of the week. */
  label = g_strdup_printf (_("The team’s meetings in the week of %s"), from);
  gtk_label_set_text (self->team_week_label, label);
  clear_list (self->team_week_list);
  meetings = caseload_store_list_meetings (self->store, monday, next_monday, 0, 0, NULL);
  for (guint i = 0; meetings != NULL && team != NULL && i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(CaseloadMeeting) m = g_list_model_get_item (meetings, i);
      GPtrArray *attendees = caseload_meeting_get_attendees (m);
      gboolean team_member = FALSE;

      for (guint j = 0; j < attendees->len && !team_member; j++)
        for (guint k = 0; k < g_list_model_get_n_items (team) && !team_member; k++)
          {
            g_autoptr(CaseloadTeamAssignment) t = g_list_model_get_item (team, k);

            team_member = caseload_meeting_attendee_get_staff_id (g_ptr_array_index (attendees, j))
                          == caseload_team_assignment_get_staff_id (t);
          }
      if (!team_member || g_strcmp0 (caseload_meeting_get_status (m), "cancelled") == 0)
        continue;
      gtk_list_box_append (self->team_week_list, meeting_row (self, m, TRUE));
      shown++;
    }
  if (shown == 0)
    add_placeholder (self->team_week_list, _("The team has no other meetings that week"));
}

/* The kind of meeting a due deadline calls for (and "Choose" creates). */
static const char *
slot_kind (CaseloadStudentMeetings *self)
{
  return self->due_kind == CASELOAD_DEADLINE_REEVALUATION ? "reevaluation" : "annual-review";
}

/* The name of the room proposed with slot @index, NULL without one. */
static char *
room_name_of (CaseloadStudentMeetings *self,
              guint                    index)
{
  g_autoptr(GListModel) rooms = NULL;
  gint64 room_id;

  if (self->slot_rooms == NULL || index >= self->slot_rooms->len)
    return NULL;
  room_id = g_array_index (self->slot_rooms, gint64, index);
  if (room_id <= 0)
    return NULL;
  rooms = caseload_store_list_rooms (self->store, 0, NULL);
  for (guint i = 0; rooms != NULL && i < g_list_model_get_n_items (rooms); i++)
    {
      g_autoptr(CaseloadRoom) room = g_list_model_get_item (rooms, i);

      if (caseload_room_get_id (room) == room_id)
        return g_strdup (caseload_room_get_name (room));
    }
  return NULL;
}

void
caseload_student_meetings_show_proposals (CaseloadStudentMeetings *self)
{
  g_autoptr(GError) error = NULL;
  CaseloadRuleSettings settings;
  GDate due, today, earliest;

  g_return_if_fail (CASELOAD_IS_STUDENT_MEETINGS (self));

  if (self->store == NULL || !self->has_due)
    return;

  /* An overdue meeting is still held: then the earliest days possible. */
  due = self->due;
  caseload_date_set_today (&today);
  caseload_rule_settings_init_defaults (&settings);
  caseload_store_load_rule_settings (self->store, &settings, NULL);
  earliest = today;
  g_date_add_days (&earliest, settings.notice_days + 3);
  if (g_date_compare (&due, &earliest) < 0)
    {
      due = today;
      g_date_add_days (&due, settings.notice_days + 21);
    }

  g_clear_pointer (&self->slots, g_ptr_array_unref);
  g_clear_pointer (&self->slot_rooms, g_array_unref);
  self->slots = caseload_store_propose_meeting_times (self->store, self->student_id,
                                                      slot_kind (self), &due, NULL,
                                                      MEETING_MINUTES, 3, &self->slot_rooms, &error);
  clear_list (self->slots_list);
  if (self->slots == NULL)
    {
      add_placeholder (self->slots_list, error->message);
      gtk_revealer_set_reveal_child (self->slots_revealer, TRUE);
      return;
    }
  if (self->slots->len == 0)
    add_placeholder (self->slots_list, _("No free time fits before the due date; choose one with New Meeting"));
  for (guint i = 0; i < self->slots->len; i++)
    {
      GDateTime *slot = g_ptr_array_index (self->slots, i);
      g_autoptr(GDateTime) end = g_date_time_add_minutes (slot, MEETING_MINUTES);
      g_autofree char *day = g_date_time_format (slot, "%A, %x");
      g_autofree char *from = g_date_time_format (slot, "%H:%M");
      g_autofree char *to = g_date_time_format (end, "%H:%M");
      g_autofree char *subtitle = NULL;
      g_autofree char *label = NULL;
      g_autofree char *room = room_name_of (self, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = gtk_button_new_with_label (_("Choose"));

      if (room != NULL)
        /* Translators: start–end time, the time zone abbreviation and the room. */
        subtitle = g_strdup_printf (_("%s–%s (%s), %s"), from, to,
                                    g_date_time_get_timezone_abbreviation (slot), room);
      else
        /* Translators: start–end time and the time zone abbreviation. */
        subtitle = g_strdup_printf (_("%s–%s (%s)"), from, to, g_date_time_get_timezone_abbreviation (slot));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), day);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      /* Translators: Choose <day>, <time>. */
      label = g_strdup_printf (_("Choose %s, %s"), day, subtitle);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      g_object_set_data (G_OBJECT (button), "slot", GUINT_TO_POINTER (i));
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_choose_clicked_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
      gtk_list_box_append (self->slots_list, row);
    }
  if (self->slots->len > 0)
    fill_team_week (self, g_ptr_array_index (self->slots, 0));
  gtk_revealer_set_reveal_child (self->slots_revealer, TRUE);
}

guint
caseload_student_meetings_get_n_slots (CaseloadStudentMeetings *self)
{
  g_return_val_if_fail (CASELOAD_IS_STUDENT_MEETINGS (self), 0);

  return self->slots != NULL ? self->slots->len : 0;
}

gboolean
caseload_student_meetings_choose_slot (CaseloadStudentMeetings *self,
                                       guint                    index)
{
  g_autoptr(CaseloadMeeting) meeting = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) end = NULL;
  GDateTime *slot;

  g_return_val_if_fail (CASELOAD_IS_STUDENT_MEETINGS (self), FALSE);

  if (self->slots == NULL || index >= self->slots->len)
    return FALSE;
  slot = g_ptr_array_index (self->slots, index);
  end = g_date_time_add_minutes (slot, MEETING_MINUTES);
  meeting = caseload_meeting_editor_new_meeting (self->store, self->student_id);
  caseload_meeting_set_kind (meeting, slot_kind (self));
  if (self->due_kind == CASELOAD_DEADLINE_REEVALUATION)
    caseload_meeting_set_purpose (meeting, _("Review the reevaluation results and decide on continued eligibility"));
  else
    caseload_meeting_set_purpose (meeting, _("Review progress and write the next year’s IEP"));
  caseload_meeting_set_local_times (meeting, g_date_time_get_year (slot), g_date_time_get_month (slot),
                                    g_date_time_get_day_of_month (slot),
                                    g_date_time_get_hour (slot), g_date_time_get_minute (slot),
                                    g_date_time_get_hour (end), g_date_time_get_minute (end));
  /* The room that was free for the slot. */
  {
    g_autofree char *room = room_name_of (self, index);

    if (room != NULL)
      {
        caseload_meeting_set_room_id (meeting, g_array_index (self->slot_rooms, gint64, index));
        caseload_meeting_set_room_name (meeting, room);
      }
  }
  if (!caseload_store_prefill_meeting_invitees (self->store, meeting, &error))
    {
      show_error (self, _("Could Not Invite the Team"), error);
      return FALSE;
    }
  gtk_window_present (GTK_WINDOW (caseload_meeting_editor_new_for (parent_window (self), self->store, meeting)));
  return TRUE;
}

/* ---- lists --------------------------------------------------------------- */

static void
reload (CaseloadStudentMeetings *self)
{
  g_autoptr(GListModel) meetings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  guint upcoming = 0, past = 0;

  self->stale = FALSE;
  clear_list (self->upcoming_list);
  clear_list (self->past_list);
  gtk_widget_set_visible (GTK_WIDGET (self->due_group), FALSE);
  gtk_revealer_set_reveal_child (self->slots_revealer, FALSE);
  g_clear_pointer (&self->slots, g_ptr_array_unref);
  g_clear_pointer (&self->slot_rooms, g_array_unref);
  self->has_due = FALSE;
  if (self->store == NULL || self->student_id <= 0)
    return;

  meetings = caseload_store_list_meetings (self->store, NULL, NULL, self->student_id, 0, &error);
  if (meetings == NULL)
    {
      add_placeholder (self->upcoming_list, error->message);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(CaseloadMeeting) m = g_list_model_get_item (meetings, i);

      if (g_date_time_compare (caseload_meeting_get_ends_at (m), now) >= 0)
        {
          gtk_list_box_append (self->upcoming_list, meeting_row (self, m, FALSE));
          upcoming++;
        }
      else
        {
          /* Newest first. */
          gtk_list_box_prepend (self->past_list, meeting_row (self, m, FALSE));
          past++;
        }
    }
  if (upcoming == 0)
    add_placeholder (self->upcoming_list, _("No meetings planned"));
  if (past == 0)
    add_placeholder (self->past_list, _("No meetings yet"));

  gtk_widget_set_visible (GTK_WIDGET (self->due_group), find_due (self, meetings));
}

/* While the tab is hidden (the IEP being edited, say) a change only marks
 * it stale: rebuilding rows nobody sees costs time and, with a screen
 * reader, a flood of accessibility events. */
static void
on_store_changed_cb (CaseloadStudentMeetings *self,
                     const char              *table)
{
  if (g_strcmp0 (table, "task") == 0 || g_strcmp0 (table, "contact_log") == 0)
    return;
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  reload (self);
}

static void
caseload_student_meetings_map (GtkWidget *widget)
{
  CaseloadStudentMeetings *self = CASELOAD_STUDENT_MEETINGS (widget);

  GTK_WIDGET_CLASS (caseload_student_meetings_parent_class)->map (widget);
  if (self->stale)
    reload (self);
}

static void
schedule_activated (GtkWidget *widget, const char *name, GVariant *parameter)
{
  caseload_student_meetings_show_proposals (CASELOAD_STUDENT_MEETINGS (widget));
}

static void
new_activated (GtkWidget *widget, const char *name, GVariant *parameter)
{
  CaseloadStudentMeetings *self = CASELOAD_STUDENT_MEETINGS (widget);
  g_autoptr(CaseloadMeeting) meeting = NULL;

  if (self->store == NULL || self->student_id <= 0)
    return;
  meeting = caseload_meeting_editor_new_meeting (self->store, self->student_id);
  caseload_store_prefill_meeting_invitees (self->store, meeting, NULL);
  gtk_window_present (GTK_WINDOW (caseload_meeting_editor_new_for (parent_window (self), self->store, meeting)));
}

/* ---- life cycle ---------------------------------------------------------- */

static void
set_store (CaseloadStudentMeetings *self,
           CaseloadStore           *store)
{
  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self, G_CONNECT_SWAPPED);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

static void
caseload_student_meetings_dispose (GObject *object)
{
  CaseloadStudentMeetings *self = CASELOAD_STUDENT_MEETINGS (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_STUDENT_MEETINGS);
  {
    GtkWidget *child;

    /* The template's top child has no field of its own. */
    while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
      gtk_widget_unparent (child);
  }
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_pointer (&self->slots, g_ptr_array_unref);
  g_clear_pointer (&self->slot_rooms, g_array_unref);

  G_OBJECT_CLASS (caseload_student_meetings_parent_class)->dispose (object);
}

static void
caseload_student_meetings_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  CaseloadStudentMeetings *self = CASELOAD_STUDENT_MEETINGS (object);

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
caseload_student_meetings_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  CaseloadStudentMeetings *self = CASELOAD_STUDENT_MEETINGS (object);

  switch (prop_id)
    {
    case PROP_STORE:
      set_store (self, g_value_get_object (value));
      break;
    case PROP_STUDENT_ID:
      if (self->student_id != g_value_get_int64 (value))
        {
          self->student_id = g_value_get_int64 (value);
          reload (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_student_meetings_class_init (CaseloadStudentMeetingsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_student_meetings_dispose;
  object_class->get_property = caseload_student_meetings_get_property;
  object_class->set_property = caseload_student_meetings_set_property;
  widget_class->map = caseload_student_meetings_map;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, CASELOAD_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STUDENT_ID] =
    g_param_spec_int64 ("student-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/caseload/Caseload/caseload-student-meetings.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentMeetings, due_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentMeetings, slots_revealer);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentMeetings, slots_list);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentMeetings, team_week_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentMeetings, team_week_list);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentMeetings, upcoming_list);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentMeetings, past_list);

  gtk_widget_class_install_action (widget_class, "student-meetings.schedule", NULL, schedule_activated);
  gtk_widget_class_install_action (widget_class, "student-meetings.new", NULL, new_activated);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
caseload_student_meetings_init (CaseloadStudentMeetings *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_date_clear (&self->due, 1);
}
