/* caseload-meeting-calendar.c: the Meetings page's calendar
 *
 * Six weeks (month) or one week of day cells, Monday first. Each cell has
 * its day number, the deadlines due that day as all-day markers and the
 * meetings as buttons in start order. The calendar itself takes the focus:
 * arrows move the selected day, Page Up/Down a month or a week, Home goes
 * to today, Enter opens the day's first meeting (or asks for a new one).
 */
#define G_LOG_DOMAIN "caseload-meeting-calendar"

#include "config.h"

#include "caseload-meeting-calendar.h"

#include "caseload-date.h"
#include "caseload-deadline.h"
#include "caseload-meeting.h"

#include <glib/gi18n.h>

#define MAX_DAYS 42

struct _CaseloadMeetingCalendar
{
  GtkWidget             parent_instance;

  CaseloadCalendarView  view;
  GDate                 selected;
  GDate                 first;
  guint                 n_days;
  GListModel           *meetings;
  GListModel           *deadlines;
  GtkWidget            *cells[MAX_DAYS];
  GPtrArray            *day_texts;        /* char *, one per cell */

  GtkGrid              *grid;
};

G_DEFINE_FINAL_TYPE (CaseloadMeetingCalendar, caseload_meeting_calendar, GTK_TYPE_WIDGET)

enum {
  MEETING_ACTIVATED,
  DAY_ACTIVATED,
  RANGE_CHANGED,
  SELECTION_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
compute_first (CaseloadMeetingCalendar *self,
               GDate                   *first,
               guint                   *n_days)
{
  *first = self->selected;
  if (self->view == CASELOAD_CALENDAR_MONTH)
    {
      g_date_set_day (first, 1);
      *n_days = MAX_DAYS;
    }
  else
    *n_days = 7;
  g_date_subtract_days (first, g_date_get_weekday (first) - G_DATE_MONDAY);
}

static int
cell_index (CaseloadMeetingCalendar *self,
            const GDate             *day)
{
  int index = (int) g_date_get_julian (day) - (int) g_date_get_julian (&self->first);

  return index >= 0 && index < (int) self->n_days ? index : -1;
}

static void
on_meeting_clicked_cb (GtkButton               *button,
                       CaseloadMeetingCalendar *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "meeting-id"));

  g_signal_emit (self, signals[MEETING_ACTIVATED], 0, id);
}

static void
on_cell_pressed_cb (GtkGestureClick         *gesture,
                    int                      n_press,
                    double                   x,
                    double                   y,
                    CaseloadMeetingCalendar *self)
{
  GtkWidget *cell = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  guint julian = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "julian"));
  GDate day;

  g_date_clear (&day, 1);
  g_date_set_julian (&day, julian);
  caseload_meeting_calendar_set_selected (self, &day);
  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (n_press == 2)
    g_signal_emit (self, signals[DAY_ACTIVATED], 0);
}

static void
update_selection (CaseloadMeetingCalendar *self)
{
  for (guint i = 0; i < self->n_days; i++)
    {
      if (self->cells[i] == NULL)
        continue;
      if ((guint) cell_index (self, &self->selected) == i)
        gtk_widget_add_css_class (self->cells[i], "selected");
      else
        gtk_widget_remove_css_class (self->cells[i], "selected");
    }
  /* The focused grid announces the selected day. */
  {
    int index = cell_index (self, &self->selected);
    g_autofree char *shown = caseload_date_to_display (&self->selected);

    if (index >= 0 && self->day_texts != NULL && index < (int) self->day_texts->len)
      {
        const char *entries = g_ptr_array_index (self->day_texts, index);
        g_autofree char *label = g_strdup_printf ("%s%s%s", shown, *entries != '\0' ? "\n" : "", entries);

        gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      }
  }
}

static int
compare_meetings (gconstpointer a,
                  gconstpointer b)
{
  CaseloadMeeting *ma = *(CaseloadMeeting **) a;
  CaseloadMeeting *mb = *(CaseloadMeeting **) b;

  return g_date_time_compare (caseload_meeting_get_starts_at (ma), caseload_meeting_get_starts_at (mb));
}

static void
rebuild (CaseloadMeetingCalendar *self)
{
  GtkWidget *child;
  GDate today, day;
  GPtrArray *per_day[MAX_DAYS] = { NULL, };
  GPtrArray *deadlines_per_day[MAX_DAYS] = { NULL, };
  GString *texts[MAX_DAYS];

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grid))) != NULL)
    gtk_grid_remove (self->grid, child);
  memset (self->cells, 0, sizeof self->cells);
  g_clear_pointer (&self->day_texts, g_ptr_array_unref);
  self->day_texts = g_ptr_array_new_with_free_func (g_free);

  caseload_date_set_today (&today);

  /* Weekday names, Monday first. */
  day = self->first;
  for (guint i = 0; i < 7; i++)
    {
      char name[64];
      GtkWidget *label;

      g_date_strftime (name, sizeof name, "%a", &day);
      label = gtk_label_new (name);
      gtk_widget_add_css_class (label, "weekday");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_grid_attach (self->grid, label, i, 0, 1, 1);
      g_date_add_days (&day, 1);
    }

  for (guint i = 0; i < self->n_days; i++)
    {
      per_day[i] = g_ptr_array_new ();
      deadlines_per_day[i] = g_ptr_array_new ();
      texts[i] = g_string_new (NULL);
    }

  for (guint i = 0; self->meetings != NULL && i < g_list_model_get_n_items (self->meetings); i++)
    {
      g_autoptr(CaseloadMeeting) meeting = g_list_model_get_item (self->meetings, i);
      GDate local;
      int index;

      caseload_meeting_get_local_date (meeting, &local);
      index = g_date_valid (&local) ? cell_index (self, &local) : -1;
      if (index >= 0)
        g_ptr_array_add (per_day[index], meeting);   /* kept alive by the model */
    }
  for (guint i = 0; self->deadlines != NULL && i < g_list_model_get_n_items (self->deadlines); i++)
    {
      g_autoptr(CaseloadDeadline) deadline = g_list_model_get_item (self->deadlines, i);
      GDate due;
      int index;

      if (!caseload_date_parse_iso (caseload_deadline_get_due_date (deadline), &due))
        continue;
      index = cell_index (self, &due);
      if (index >= 0)
        g_ptr_array_add (deadlines_per_day[index], deadline);
    }

  day = self->first;
  for (guint i = 0; i < self->n_days; i++)
    {
      GtkWidget *cell = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *number;
      GtkGesture *click;
      char text[16];

      gtk_widget_add_css_class (cell, "calendar-day");
      gtk_widget_set_hexpand (cell, TRUE);
      gtk_widget_set_vexpand (cell, TRUE);
      gtk_widget_set_overflow (cell, GTK_OVERFLOW_HIDDEN);
      g_object_set_data (G_OBJECT (cell), "julian", GUINT_TO_POINTER (g_date_get_julian (&day)));
      if (self->view == CASELOAD_CALENDAR_MONTH && g_date_get_month (&day) != g_date_get_month (&self->selected))
        gtk_widget_add_css_class (cell, "other-month");
      if (g_date_compare (&day, &today) == 0)
        gtk_widget_add_css_class (cell, "today");

      g_snprintf (text, sizeof text, "%d", g_date_get_day (&day));
      number = gtk_label_new (text);
      gtk_label_set_xalign (GTK_LABEL (number), 0);
      gtk_widget_add_css_class (number, "day-number");
      gtk_box_append (GTK_BOX (cell), number);
      if (g_date_compare (&day, &today) == 0)
        {
          GtkWidget *word = gtk_label_new (_("Today"));

          gtk_widget_add_css_class (word, "today-label");
          gtk_label_set_xalign (GTK_LABEL (word), 0);
          gtk_box_append (GTK_BOX (cell), word);
          g_string_append_printf (texts[i], "%s\n", _("Today"));
        }

      for (guint j = 0; j < deadlines_per_day[i]->len; j++)
        {
          CaseloadDeadline *deadline = g_ptr_array_index (deadlines_per_day[i], j);
          g_autofree char *label_text = NULL;
          GtkWidget *marker;

          /* Translators: an all-day deadline marker: "Annual review due: Alvarez, Mateo". */
          label_text = g_strdup_printf (_("%s due: %s"), caseload_deadline_get_kind_label (deadline),
                                        caseload_deadline_get_student_name (deadline));
          marker = gtk_label_new (label_text);
          gtk_label_set_xalign (GTK_LABEL (marker), 0);
          gtk_label_set_ellipsize (GTK_LABEL (marker), PANGO_ELLIPSIZE_END);
          gtk_widget_set_tooltip_text (marker, label_text);
          gtk_widget_add_css_class (marker, "deadline-marker");
          if (caseload_deadline_get_status (deadline) == CASELOAD_DEADLINE_STATUS_OVERDUE)
            gtk_widget_add_css_class (marker, "overdue");
          gtk_box_append (GTK_BOX (cell), marker);
          g_string_append_printf (texts[i], "%s\n", label_text);
        }

      g_ptr_array_sort (per_day[i], compare_meetings);
      for (guint j = 0; j < per_day[i]->len; j++)
        {
          CaseloadMeeting *meeting = g_ptr_array_index (per_day[i], j);
          gboolean cancelled = g_strcmp0 (caseload_meeting_get_status (meeting), "cancelled") == 0;
          g_autofree char *from = g_date_time_format (caseload_meeting_get_starts_at (meeting), "%H:%M");
          g_autofree char *to = g_date_time_format (caseload_meeting_get_ends_at (meeting), "%H:%M");
          const char *kind = caseload_meeting_kind_label (caseload_meeting_get_kind (meeting));
          const char *student = caseload_meeting_get_student_name (meeting);
          g_autofree char *label_text = NULL;
          g_autofree char *long_text = NULL;
          GtkWidget *button, *label;

          if (self->view == CASELOAD_CALENDAR_WEEK)
            label_text = g_strdup_printf ("%s–%s\n%s\n%s", from, to, kind, student);
          else
            label_text = g_strdup_printf ("%s %s", from, student);
          /* Translators: meeting type, student, start–end; "Cancelled: " may come first. */
          long_text = g_strdup_printf (_("%s%s, %s, %s–%s"), cancelled ? _("Cancelled: ") : "",
                                       kind, student, from, to);
          if (cancelled)
            {
              g_autofree char *marked = g_strdup_printf ("%s %s", _("Cancelled:"), label_text);
              g_free (label_text);
              label_text = g_steal_pointer (&marked);
            }
          label = gtk_label_new (label_text);
          gtk_label_set_xalign (GTK_LABEL (label), 0);
          if (self->view == CASELOAD_CALENDAR_WEEK)
            {
              gtk_label_set_wrap (GTK_LABEL (label), TRUE);
              gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
            }
          else
            gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
          button = gtk_button_new ();
          gtk_button_set_child (GTK_BUTTON (button), label);
          gtk_widget_add_css_class (button, "flat");
          gtk_widget_add_css_class (button, "calendar-entry");
          if (cancelled)
            gtk_widget_add_css_class (button, "cancelled");
          gtk_widget_set_tooltip_text (button, long_text);
          gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, long_text, -1);
          g_object_set_data (G_OBJECT (button), "meeting-id", GSIZE_TO_POINTER (caseload_meeting_get_id (meeting)));
          g_signal_connect_object (button, "clicked", G_CALLBACK (on_meeting_clicked_cb), self, 0);
          gtk_box_append (GTK_BOX (cell), button);
          g_string_append_printf (texts[i], "%s\n", long_text);
        }

      click = gtk_gesture_click_new ();
      g_signal_connect_object (click, "pressed", G_CALLBACK (on_cell_pressed_cb), self, 0);
      gtk_widget_add_controller (cell, GTK_EVENT_CONTROLLER (click));

      gtk_grid_attach (self->grid, cell, i % 7, 1 + i / 7, 1, 1);
      self->cells[i] = cell;
      if (texts[i]->len > 0)
        g_string_truncate (texts[i], texts[i]->len - 1);
      g_ptr_array_add (self->day_texts, g_string_free (texts[i], FALSE));
      g_date_add_days (&day, 1);
    }

  for (guint i = 0; i < self->n_days; i++)
    {
      g_ptr_array_unref (per_day[i]);
      g_ptr_array_unref (deadlines_per_day[i]);
    }
  update_selection (self);
}

/* ---- keyboard ------------------------------------------------------------ */

static gboolean
on_key_pressed_cb (GtkEventControllerKey   *controller,
                   guint                    keyval,
                   guint                    keycode,
                   GdkModifierType          state,
                   CaseloadMeetingCalendar *self)
{
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      caseload_meeting_calendar_move (self, gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL ? 1 : -1);
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      caseload_meeting_calendar_move (self, gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL ? -1 : 1);
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      caseload_meeting_calendar_move (self, -7);
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      caseload_meeting_calendar_move (self, 7);
      break;
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      caseload_meeting_calendar_move_page (self, -1);
      break;
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      caseload_meeting_calendar_move_page (self, 1);
      break;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      {
        GDate today;

        caseload_date_set_today (&today);
        caseload_meeting_calendar_set_selected (self, &today);
      }
      break;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_space:
      if (gtk_widget_has_focus (GTK_WIDGET (self)))
        {
          int index = cell_index (self, &self->selected);
          GtkWidget *child;

          for (child = index >= 0 ? gtk_widget_get_first_child (self->cells[index]) : NULL;
               child != NULL; child = gtk_widget_get_next_sibling (child))
            if (GTK_IS_BUTTON (child))
              {
                g_signal_emit (self, signals[MEETING_ACTIVATED], 0,
                               (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (child), "meeting-id")));
                return GDK_EVENT_STOP;
              }
          g_signal_emit (self, signals[DAY_ACTIVATED], 0);
          break;
        }
      return GDK_EVENT_PROPAGATE;
    default:
      return GDK_EVENT_PROPAGATE;
    }

  /* A moved selection brings the focus back to the grid. */
  if (!gtk_widget_has_focus (GTK_WIDGET (self)))
    gtk_widget_grab_focus (GTK_WIDGET (self));
  return GDK_EVENT_STOP;
}

/* ---- public -------------------------------------------------------------- */

GtkWidget *
caseload_meeting_calendar_new (void)
{
  return g_object_new (CASELOAD_TYPE_MEETING_CALENDAR, NULL);
}

void
caseload_meeting_calendar_set_view (CaseloadMeetingCalendar *self,
                                    CaseloadCalendarView     view)
{
  g_return_if_fail (CASELOAD_IS_MEETING_CALENDAR (self));

  if (self->view == view)
    return;
  self->view = view;
  if (view == CASELOAD_CALENDAR_WEEK)
    gtk_widget_add_css_class (GTK_WIDGET (self), "week");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "week");
  compute_first (self, &self->first, &self->n_days);
  rebuild (self);
  g_signal_emit (self, signals[RANGE_CHANGED], 0);
}

CaseloadCalendarView
caseload_meeting_calendar_get_view (CaseloadMeetingCalendar *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEETING_CALENDAR (self), CASELOAD_CALENDAR_MONTH);

  return self->view;
}

void
caseload_meeting_calendar_set_selected (CaseloadMeetingCalendar *self,
                                        const GDate             *day)
{
  GDate first;
  guint n_days;
  gboolean month_changed;

  g_return_if_fail (CASELOAD_IS_MEETING_CALENDAR (self));
  g_return_if_fail (day != NULL && g_date_valid (day));

  month_changed = g_date_get_month (day) != g_date_get_month (&self->selected)
                  || g_date_get_year (day) != g_date_get_year (&self->selected);
  self->selected = *day;
  compute_first (self, &first, &n_days);
  if (g_date_compare (&first, &self->first) != 0 || n_days != self->n_days
      || (month_changed && self->view == CASELOAD_CALENDAR_MONTH))
    {
      self->first = first;
      self->n_days = n_days;
      rebuild (self);
      g_signal_emit (self, signals[RANGE_CHANGED], 0);
    }
  else
    update_selection (self);
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

void
caseload_meeting_calendar_get_selected (CaseloadMeetingCalendar *self,
                                        GDate                   *day)
{
  g_return_if_fail (CASELOAD_IS_MEETING_CALENDAR (self));

  *day = self->selected;
}

void
caseload_meeting_calendar_get_range (CaseloadMeetingCalendar *self,
                                     GDate                   *first,
                                     GDate                   *last)
{
  g_return_if_fail (CASELOAD_IS_MEETING_CALENDAR (self));

  *first = self->first;
  *last = self->first;
  g_date_add_days (last, self->n_days - 1);
}

void
caseload_meeting_calendar_set_items (CaseloadMeetingCalendar *self,
                                     GListModel              *meetings,
                                     GListModel              *deadlines)
{
  g_return_if_fail (CASELOAD_IS_MEETING_CALENDAR (self));

  g_set_object (&self->meetings, meetings);
  g_set_object (&self->deadlines, deadlines);
  rebuild (self);
}

void
caseload_meeting_calendar_move (CaseloadMeetingCalendar *self,
                                int                      days)
{
  GDate day;

  g_return_if_fail (CASELOAD_IS_MEETING_CALENDAR (self));

  day = self->selected;
  if (days >= 0)
    g_date_add_days (&day, days);
  else
    g_date_subtract_days (&day, -days);
  caseload_meeting_calendar_set_selected (self, &day);
}

void
caseload_meeting_calendar_move_page (CaseloadMeetingCalendar *self,
                                     int                      pages)
{
  GDate day;

  g_return_if_fail (CASELOAD_IS_MEETING_CALENDAR (self));

  if (self->view == CASELOAD_CALENDAR_WEEK)
    {
      caseload_meeting_calendar_move (self, pages * 7);
      return;
    }
  day = self->selected;
  /* GLib clamps the day to the end of a shorter month. */
  if (pages >= 0)
    g_date_add_months (&day, pages);
  else
    g_date_subtract_months (&day, -pages);
  caseload_meeting_calendar_set_selected (self, &day);
}

char *
caseload_meeting_calendar_dup_day_text (CaseloadMeetingCalendar *self,
                                        const GDate             *day)
{
  int index;

  g_return_val_if_fail (CASELOAD_IS_MEETING_CALENDAR (self), NULL);

  index = cell_index (self, day);
  if (index < 0 || self->day_texts == NULL || index >= (int) self->day_texts->len)
    return NULL;
  return g_strdup (g_ptr_array_index (self->day_texts, index));
}

char *
caseload_meeting_calendar_dup_title (CaseloadMeetingCalendar *self)
{
  char text[128];

  g_return_val_if_fail (CASELOAD_IS_MEETING_CALENDAR (self), NULL);

  if (self->view == CASELOAD_CALENDAR_MONTH)
    {
      g_date_strftime (text, sizeof text, "%B %Y", &self->selected);
      return g_strdup (text);
    }
  {
    g_autofree char *shown = caseload_date_to_display (&self->first);
    /* Translators: %s is the date of the week's Monday. */
    return g_strdup_printf (_("Week of %s"), shown);
  }
}

/* ---- life cycle ---------------------------------------------------------- */

static void
caseload_meeting_calendar_dispose (GObject *object)
{
  CaseloadMeetingCalendar *self = CASELOAD_MEETING_CALENDAR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_MEETING_CALENDAR);
  memset (self->cells, 0, sizeof self->cells);
  g_clear_object (&self->meetings);
  g_clear_object (&self->deadlines);
  g_clear_pointer (&self->day_texts, g_ptr_array_unref);

  G_OBJECT_CLASS (caseload_meeting_calendar_parent_class)->dispose (object);
}

static void
caseload_meeting_calendar_class_init (CaseloadMeetingCalendarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_meeting_calendar_dispose;

  signals[MEETING_ACTIVATED] =
    g_signal_new ("meeting-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  signals[DAY_ACTIVATED] =
    g_signal_new ("day-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[RANGE_CHANGED] =
    g_signal_new ("range-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[SELECTION_CHANGED] =
    g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/caseload/Caseload/caseload-meeting-calendar.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeetingCalendar, grid);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "meetingcalendar");
}

static void
caseload_meeting_calendar_init (CaseloadMeetingCalendar *self)
{
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->view = CASELOAD_CALENDAR_MONTH;
  g_date_clear (&self->selected, 1);
  caseload_date_set_today (&self->selected);
  compute_first (self, &self->first, &self->n_days);

  keys = gtk_event_controller_key_new ();
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  rebuild (self);
}
