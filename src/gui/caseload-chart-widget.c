/* caseload-chart-widget.c: the progress chart as a GTK widget.
 *
 * The drawing is the core's (caseload_chart_draw) on the cairo_t that
 * gtk_snapshot_append_cairo gives: GTK sizes its surface for the display's
 * scale, so the chart is as crisp on HiDPI as any other widget. The colours
 * derive from the widget's CSS colour, so the dark style works.
 */
#define G_LOG_DOMAIN "caseload-chart-widget"

#include "config.h"

#include "caseload-chart-widget.h"

#include <glib/gi18n-lib.h>

#include "caseload-chart.h"
#include "caseload-date.h"

#define HIT_RADIUS 12.0

struct _CaseloadChartWidget
{
  GtkWidget              parent_instance;

  CaseloadProgressData  *data;
  CaseloadChartGeometry  geometry;
  gboolean               has_geometry;
  char                  *description;
  int                    current;       /* -1: none */

  GtkWidget             *popover;
  GtkWidget             *popover_label;
};

G_DEFINE_FINAL_TYPE (CaseloadChartWidget, caseload_chart_widget, GTK_TYPE_WIDGET)

static char *
format_value (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  /* Scores are whole numbers or have a digit or two after the point. */
  if (value == (gint64) value)
    return g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) value);
  g_snprintf (buffer, sizeof buffer, "%.2f", value);
  /* Drop trailing zeros: "12.50" → "12.5". */
  for (char *end = buffer + strlen (buffer) - 1; *end == '0'; end--)
    *end = '\0';
  return g_strdup (buffer);
}

char *
caseload_chart_widget_describe_point (CaseloadChartWidget *self,
                                      int                  index)
{
  const CaseloadProgressPoint *point;
  g_autofree char *date_text = NULL;
  g_autofree char *value_text = NULL;
  const char *unit;
  GDate date;

  g_return_val_if_fail (CASELOAD_IS_CHART_WIDGET (self), NULL);

  if (self->data == NULL || index < 0
      || (guint) index >= caseload_progress_data_get_n_points (self->data))
    return NULL;

  point = caseload_progress_data_get_point (self->data, index);
  g_date_clear (&date, 1);
  g_date_set_julian (&date, point->day);
  date_text = caseload_date_to_display (&date);
  value_text = format_value (point->value);
  unit = caseload_progress_data_get_unit (self->data);

  if (point->note != NULL && point->note[0] != '\0')
    /* Translators: a data point: "03/14/2026: 42 words correct per
     * minute. Note: read with expression" */
    return g_strdup_printf (_("%s: %s %s. Note: %s"), date_text, value_text,
                            unit != NULL ? unit : "", point->note);
  /* Translators: a data point: "03/14/2026: 42 words correct per minute" */
  return g_strdup_printf (_("%s: %s %s"), date_text, value_text, unit != NULL ? unit : "");
}

static void
update_popover (CaseloadChartWidget *self)
{
  g_autofree char *text = NULL;
  const CaseloadProgressPoint *point;
  GdkRectangle rect;
  double x, y;

  text = caseload_chart_widget_describe_point (self, self->current);
  if (text == NULL || !self->has_geometry)
    {
      gtk_popover_popdown (GTK_POPOVER (self->popover));
      return;
    }

  point = caseload_progress_data_get_point (self->data, self->current);
  caseload_chart_geometry_to_user (&self->geometry, point->day, point->value, &x, &y);
  rect.x = (int) x - 4;
  rect.y = (int) y - 4;
  rect.width = 8;
  rect.height = 8;

  gtk_label_set_text (GTK_LABEL (self->popover_label), text);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->popover), &rect);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_popover_popup (GTK_POPOVER (self->popover));
}

void
caseload_chart_widget_set_current_point (CaseloadChartWidget *self,
                                         int                  index)
{
  g_return_if_fail (CASELOAD_IS_CHART_WIDGET (self));

  if (self->data == NULL || index < 0
      || (guint) index >= caseload_progress_data_get_n_points (self->data))
    index = -1;

  if (index == self->current)
    return;

  self->current = index;
  update_popover (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

int
caseload_chart_widget_get_current_point (CaseloadChartWidget *self)
{
  g_return_val_if_fail (CASELOAD_IS_CHART_WIDGET (self), -1);

  return self->current;
}

const char *
caseload_chart_widget_get_description (CaseloadChartWidget *self)
{
  g_return_val_if_fail (CASELOAD_IS_CHART_WIDGET (self), NULL);

  return self->description;
}

CaseloadProgressData *
caseload_chart_widget_get_data (CaseloadChartWidget *self)
{
  g_return_val_if_fail (CASELOAD_IS_CHART_WIDGET (self), NULL);

  return self->data;
}

void
caseload_chart_widget_take_data (CaseloadChartWidget  *self,
                                 CaseloadProgressData *data)
{
  g_return_if_fail (CASELOAD_IS_CHART_WIDGET (self));

  g_clear_pointer (&self->data, caseload_progress_data_free);
  self->data = data;
  self->has_geometry = FALSE;

  g_free (self->description);
  self->description = data != NULL ? caseload_progress_data_describe (data)
                                   : g_strdup (_("No data yet"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->description,
                                  -1);

  self->current = -1;
  gtk_popover_popdown (GTK_POPOVER (self->popover));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* ---- drawing ------------------------------------------------------------- */

static void
caseload_chart_widget_snapshot (GtkWidget   *widget,
                                GtkSnapshot *snapshot)
{
  CaseloadChartWidget *self = CASELOAD_CHART_WIDGET (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  CaseloadChartStyle style;
  CaseloadChartColor fg;
  GdkRGBA color;
  cairo_t *cr;

  if (self->data == NULL || width <= 0 || height <= 0)
    return;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  fg.red = color.red;
  fg.green = color.green;
  fg.blue = color.blue;
  fg.alpha = color.alpha;
  caseload_chart_style_init_for_foreground (&style, &fg);
  /* The goal view shows the hint in words and colour right below. */
  style.hide_decision_hint = TRUE;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  caseload_chart_draw (cr, self->data, &style, width, height, &self->geometry);
  self->has_geometry = TRUE;

  /* The point in the popover: a ring around it, and a dashed rectangle
   * around the whole chart while it has the keyboard focus. */
  if (self->current >= 0)
    {
      const CaseloadProgressPoint *point = caseload_progress_data_get_point (self->data, self->current);
      double x, y;

      caseload_chart_geometry_to_user (&self->geometry, point->day, point->value, &x, &y);
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, fg.alpha);
      cairo_set_line_width (cr, 2.0);
      cairo_new_path (cr);
      cairo_arc (cr, x, y, 7.0, 0, 2 * G_PI);
      cairo_stroke (cr);
    }
  if (gtk_widget_has_focus (widget) && GTK_IS_WINDOW (gtk_widget_get_root (widget))
      && gtk_window_get_focus_visible (GTK_WINDOW (gtk_widget_get_root (widget))))
    {
      static const double dash[] = { 2.0, 2.0 };

      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.6 * fg.alpha);
      cairo_set_line_width (cr, 1.0);
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      cairo_new_path (cr);
      cairo_rectangle (cr, 1.5, 1.5, width - 3, height - 3);
      cairo_stroke (cr);
    }
  cairo_destroy (cr);
}

static void
caseload_chart_widget_size_allocate (GtkWidget *widget,
                                     int        width,
                                     int        height,
                                     int        baseline)
{
  CaseloadChartWidget *self = CASELOAD_CHART_WIDGET (widget);

  gtk_popover_present (GTK_POPOVER (self->popover));
}

static void
caseload_chart_widget_measure (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline)
{
  /* Readable down to 300×200 (the renderer's smallest). */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 300;
      *natural = 600;
    }
  else
    {
      *minimum = 200;
      *natural = 320;
    }
}

/* ---- input --------------------------------------------------------------- */

static void
on_motion_cb (GtkEventControllerMotion *controller,
              double                    x,
              double                    y,
              CaseloadChartWidget      *self)
{
  int index;

  if (self->data == NULL || !self->has_geometry)
    return;

  index = caseload_chart_point_at (&self->geometry, self->data, x, y, HIT_RADIUS);
  if (index >= 0 || !gtk_widget_has_focus (GTK_WIDGET (self)))
    caseload_chart_widget_set_current_point (self, index);
}

static void
on_pressed_cb (GtkGestureClick     *gesture,
               int                  n_press,
               double               x,
               double               y,
               CaseloadChartWidget *self)
{
  int index = -1;

  if (self->data != NULL && self->has_geometry)
    index = caseload_chart_point_at (&self->geometry, self->data, x, y, HIT_RADIUS);
  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (index >= 0)
    caseload_chart_widget_set_current_point (self, index);
}

static void
on_leave_cb (GtkEventControllerMotion *controller,
             CaseloadChartWidget      *self)
{
  if (!gtk_widget_has_focus (GTK_WIDGET (self)))
    caseload_chart_widget_set_current_point (self, -1);
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   CaseloadChartWidget   *self)
{
  int n = self->data != NULL ? (int) caseload_progress_data_get_n_points (self->data) : 0;

  if (n == 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      caseload_chart_widget_set_current_point (self, self->current <= 0 ? 0 : self->current - 1);
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      caseload_chart_widget_set_current_point (self, self->current < 0 ? n - 1 : MIN (self->current + 1, n - 1));
      return TRUE;
    case GDK_KEY_Home:
      caseload_chart_widget_set_current_point (self, 0);
      return TRUE;
    case GDK_KEY_End:
      caseload_chart_widget_set_current_point (self, n - 1);
      return TRUE;
    case GDK_KEY_Escape:
      if (self->current < 0)
        return FALSE;
      caseload_chart_widget_set_current_point (self, -1);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
on_focus_enter_cb (GtkEventControllerFocus *controller,
                   CaseloadChartWidget     *self)
{
  int n = self->data != NULL ? (int) caseload_progress_data_get_n_points (self->data) : 0;

  /* The most recent point first: what a teacher checks. */
  if (self->current < 0 && n > 0)
    caseload_chart_widget_set_current_point (self, n - 1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_focus_leave_cb (GtkEventControllerFocus *controller,
                   CaseloadChartWidget     *self)
{
  caseload_chart_widget_set_current_point (self, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* ---- GObject ------------------------------------------------------------- */

static void
caseload_chart_widget_dispose (GObject *object)
{
  CaseloadChartWidget *self = CASELOAD_CHART_WIDGET (object);

  g_clear_pointer (&self->popover, gtk_widget_unparent);
  self->popover_label = NULL;

  G_OBJECT_CLASS (caseload_chart_widget_parent_class)->dispose (object);
}

static void
caseload_chart_widget_finalize (GObject *object)
{
  CaseloadChartWidget *self = CASELOAD_CHART_WIDGET (object);

  g_clear_pointer (&self->data, caseload_progress_data_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (caseload_chart_widget_parent_class)->finalize (object);
}

static void
caseload_chart_widget_class_init (CaseloadChartWidgetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_chart_widget_dispose;
  object_class->finalize = caseload_chart_widget_finalize;

  widget_class->snapshot = caseload_chart_widget_snapshot;
  widget_class->measure = caseload_chart_widget_measure;
  widget_class->size_allocate = caseload_chart_widget_size_allocate;

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
caseload_chart_widget_init (CaseloadChartWidget *self)
{
  GtkEventController *controller;

  self->current = -1;
  self->description = g_strdup (_("No data yet"));

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Progress chart"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->description,
                                  -1);

  self->popover_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->popover_label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (self->popover_label), 40);
  self->popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (self->popover), self->popover_label);
  gtk_popover_set_autohide (GTK_POPOVER (self->popover), FALSE);
  gtk_popover_set_position (GTK_POPOVER (self->popover), GTK_POS_TOP);
  gtk_widget_set_can_target (self->popover, FALSE);
  gtk_widget_set_parent (self->popover, GTK_WIDGET (self));

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (on_motion_cb), self);
  g_signal_connect (controller, "leave", G_CALLBACK (on_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = GTK_EVENT_CONTROLLER (gtk_gesture_click_new ());
  g_signal_connect (controller, "pressed", G_CALLBACK (on_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect (controller, "enter", G_CALLBACK (on_focus_enter_cb), self);
  g_signal_connect (controller, "leave", G_CALLBACK (on_focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

GtkWidget *
caseload_chart_widget_new (void)
{
  return g_object_new (CASELOAD_TYPE_CHART_WIDGET, NULL);
}
