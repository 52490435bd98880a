#define G_LOG_DOMAIN "caseload-chart"

#include "config.h"

#include "caseload-chart.h"

#include "caseload-error.h"
#include "caseload-layout.h"

#include <math.h>
#include <string.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>
#include <pixman.h>

#define LEGEND_SAMPLE_WIDTH 2.2   /* × font size */

static void
set_color (CaseloadChartStyle *style,
           CaseloadChartColor *color,
           double              red,
           double              green,
           double              blue,
           double              alpha)
{
  color->red = red;
  color->green = green;
  color->blue = blue;
  color->alpha = alpha;
}

void
caseload_chart_style_init_default (CaseloadChartStyle *style)
{
  g_return_if_fail (style != NULL);

  memset (style, 0, sizeof *style);
  set_color (style, &style->background, 1, 1, 1, 1);
  set_color (style, &style->foreground, 0.14, 0.14, 0.16, 1);
  set_color (style, &style->grid, 0.14, 0.14, 0.16, 0.12);
  set_color (style, &style->data, 0.11, 0.36, 0.70, 1);     /* blue */
  set_color (style, &style->aim, 0.75, 0.11, 0.16, 1);      /* red */
  set_color (style, &style->trend, 0.15, 0.52, 0.27, 1);    /* green */
  set_color (style, &style->phase, 0.36, 0.36, 0.40, 1);
  set_color (style, &style->goal, 0.80, 0.45, 0.0, 1);      /* orange */
}

void
caseload_chart_style_init_print (CaseloadChartStyle *style)
{
  g_return_if_fail (style != NULL);

  memset (style, 0, sizeof *style);
  set_color (style, &style->background, 1, 1, 1, 1);
  set_color (style, &style->foreground, 0, 0, 0, 1);
  set_color (style, &style->grid, 0, 0, 0, 0.15);
  set_color (style, &style->data, 0, 0, 0, 1);
  set_color (style, &style->aim, 0, 0, 0, 1);
  set_color (style, &style->trend, 0, 0, 0, 1);
  set_color (style, &style->phase, 0, 0, 0, 1);
  set_color (style, &style->goal, 0, 0, 0, 1);
}

void
caseload_chart_style_init_for_foreground (CaseloadChartStyle       *style,
                                          const CaseloadChartColor *foreground)
{
  double luminance;
  gboolean dark;

  g_return_if_fail (style != NULL && foreground != NULL);

  caseload_chart_style_init_default (style);
  style->background.alpha = 0.0;
  style->foreground = *foreground;
  style->grid = *foreground;
  style->grid.alpha *= 0.14;
  style->phase = *foreground;
  style->phase.alpha *= 0.8;

  /* Light text means a dark background: lighter data colours. */
  luminance = 0.2126 * foreground->red + 0.7152 * foreground->green + 0.0722 * foreground->blue;
  dark = luminance > 0.5;
  if (dark)
    {
      set_color (style, &style->data, 0.47, 0.68, 0.98, 1);
      set_color (style, &style->aim, 0.97, 0.45, 0.45, 1);
      set_color (style, &style->trend, 0.45, 0.85, 0.55, 1);
      set_color (style, &style->goal, 1.0, 0.72, 0.30, 1);
    }
}

/* ---- geometry ------------------------------------------------------------- */

void
caseload_chart_geometry_to_user (const CaseloadChartGeometry *geometry,
                                 double                       day,
                                 double                       value,
                                 double                      *x,
                                 double                      *y)
{
  g_return_if_fail (geometry != NULL && x != NULL && y != NULL);

  *x = geometry->plot_x + (day - geometry->day_min) / (geometry->day_max - geometry->day_min) *
       geometry->plot_width;
  *y = geometry->plot_y + geometry->plot_height -
       (value - geometry->value_min) / (geometry->value_max - geometry->value_min) *
       geometry->plot_height;
}

int
caseload_chart_point_at (const CaseloadChartGeometry *geometry,
                         CaseloadProgressData        *data,
                         double                       x,
                         double                       y,
                         double                       radius)
{
  int best = -1;
  double best_distance = radius * radius;

  g_return_val_if_fail (geometry != NULL && data != NULL, -1);

  if (geometry->plot_width <= 0 || geometry->plot_height <= 0)
    return -1;

  for (guint i = 0; i < caseload_progress_data_get_n_points (data); i++)
    {
      const CaseloadProgressPoint *point = caseload_progress_data_get_point (data, i);
      double px, py, distance;

      caseload_chart_geometry_to_user (geometry, point->day, point->value, &px, &py);
      distance = (px - x) * (px - x) + (py - y) * (py - y);
      if (distance <= best_distance)
        {
          best_distance = distance;
          best = i;
        }
    }
  return best;
}

/* ---- drawing helpers -------------------------------------------------------- */

#define N_LEGEND_ITEMS 6

typedef struct
{
  cairo_t                  *cr;
  const CaseloadChartStyle *style;
  PangoLayout              *layout;
  PangoFontDescription     *font;
  PangoFontDescription     *small_font;
  PangoFontDescription     *bold_font;
  double                    font_size;
  double                    line_width;
  CaseloadChartGeometry     geometry;
  PangoLayout              *legend[N_LEGEND_ITEMS];  /* shaped once per draw */
  PangoAlignment            alignment;               /* of the next set_text() */
  GHashTable               *shaped;                  /* on paper: the thread's shaped texts */
} Painter;

/* Shaped texts for charts on paper, per thread. A batch of progress
 * reports draws hundreds of charts whose tick labels, legends and month
 * names are mostly the same, and shaping them was half of a chart's cost.
 * Paper needs no hinting, so the documents' context fits every PDF,
 * PostScript or SVG target. Bounded: emptied when full, so memory stays
 * flat. */
#define SHAPED_CACHE_SIZE 512

typedef struct
{
  PangoContext *context;
  GHashTable   *layouts;  /* key → PangoLayout, see shaped_layout() */
} ShapedTexts;

static void
shaped_texts_free (gpointer data)
{
  ShapedTexts *shaped = data;

  g_hash_table_unref (shaped->layouts);
  g_object_unref (shaped->context);
  g_free (shaped);
}

static GPrivate thread_shaped = G_PRIVATE_INIT (shaped_texts_free);

static ShapedTexts *
thread_shaped_texts (void)
{
  ShapedTexts *shaped = g_private_get (&thread_shaped);

  if (shaped == NULL)
    {
      shaped = g_new0 (ShapedTexts, 1);
      shaped->context = g_object_ref (caseload_layout_get_paper_context ());
      shaped->layouts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
      g_private_set (&thread_shaped, shaped);
    }
  return shaped;
}

static void
apply_text (PangoLayout                *layout,
            const PangoFontDescription *font,
            const char                 *text,
            double                      width,
            gboolean                    wrap,
            PangoAlignment              alignment)
{
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_ellipsize (layout, wrap ? PANGO_ELLIPSIZE_NONE : PANGO_ELLIPSIZE_END);
    }
  else
    {
      pango_layout_set_width (layout, -1);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_NONE);
    }
  pango_layout_set_alignment (layout, alignment);
}

/* The thread's layout of @text (shared: never change it). */
static PangoLayout *
shaped_layout (Painter                    *painter,
               const PangoFontDescription *font,
               const char                 *text,
               double                      width,
               gboolean                    wrap)
{
  ShapedTexts *shaped = g_private_get (&thread_shaped);
  g_autofree char *font_name = pango_font_description_to_string (font);
  g_autofree char *key = g_strdup_printf ("%s\x1f%d\x1f%d\x1f%d\x1f%s", font_name,
                                          width > 0 ? (int) (width * PANGO_SCALE) : -1,
                                          wrap, (int) painter->alignment, text);
  PangoLayout *layout = g_hash_table_lookup (painter->shaped, key);

  if (layout == NULL)
    {
      layout = pango_layout_new (shaped->context);
      apply_text (layout, font, text, width, wrap, painter->alignment);
      if (g_hash_table_size (painter->shaped) >= SHAPED_CACHE_SIZE)
        g_hash_table_remove_all (painter->shaped);
      g_hash_table_insert (painter->shaped, g_steal_pointer (&key), layout);
    }
  return layout;
}

static void
use_color (Painter                  *painter,
           const CaseloadChartColor *color)
{
  cairo_set_source_rgba (painter->cr, color->red, color->green, color->blue, color->alpha);
}

/* Sets the text, font and alignment of the painter's layout (a shared,
 * already shaped one on paper); @width < 0 = no wrapping. */
static void
set_text (Painter                    *painter,
          const PangoFontDescription *font,
          const char                 *text,
          double                      width,
          gboolean                    wrap)
{
  if (painter->shaped != NULL)
    painter->layout = shaped_layout (painter, font, text, width, wrap);
  else
    apply_text (painter->layout, font, text, width, wrap, painter->alignment);
}

static void
text_size (Painter *painter,
           double  *width,
           double  *height)
{
  int w, h;

  pango_layout_get_size (painter->layout, &w, &h);
  if (width != NULL)
    *width = (double) w / PANGO_SCALE;
  if (height != NULL)
    *height = (double) h / PANGO_SCALE;
}

static void
show_text_at (Painter *painter,
              double   x,
              double   y)
{
  cairo_move_to (painter->cr, x, y);
  pango_cairo_show_layout (painter->cr, painter->layout);
}

/* A layout of its own (shaped once, measured and drawn from the same
 * object). */
static PangoLayout *
new_layout (Painter                    *painter,
            const PangoFontDescription *font,
            const char                 *text,
            double                      width,
            gboolean                    wrap)
{
  PangoLayout *layout;

  if (painter->shaped != NULL)
    return g_object_ref (shaped_layout (painter, font, text, width, wrap));
  layout = pango_layout_new (pango_layout_get_context (painter->layout));
  apply_text (layout, font, text, width, wrap, painter->alignment);
  return layout;
}

static void
show_layout_at (Painter     *painter,
                PangoLayout *layout,
                double       x,
                double       y)
{
  cairo_move_to (painter->cr, x, y);
  pango_cairo_show_layout (painter->cr, layout);
}

static void
layout_size (PangoLayout *layout,
             double      *width,
             double      *height)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  if (width != NULL)
    *width = (double) w / PANGO_SCALE;
  if (height != NULL)
    *height = (double) h / PANGO_SCALE;
}

typedef enum
{
  MARKER_CIRCLE,
  MARKER_SQUARE,
  MARKER_STAR,
} Marker;

/* Adds a marker's outline to the current path. */
static void
add_marker (cairo_t *cr,
            Marker   marker,
            double   x,
            double   y,
            double   r)
{
  switch (marker)
    {
    case MARKER_CIRCLE:
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      cairo_close_path (cr);
      break;

    case MARKER_SQUARE:
      cairo_rectangle (cr, x - r, y - r, 2 * r, 2 * r);
      break;

    case MARKER_STAR:
      for (int i = 0; i < 10; i++)
        {
          double angle = -G_PI / 2 + i * G_PI / 5;
          double radius = (i % 2 == 0) ? r * 1.5 : r * 0.65;

          if (i == 0)
            cairo_move_to (cr, x + radius * cos (angle), y + radius * sin (angle));
          else
            cairo_line_to (cr, x + radius * cos (angle), y + radius * sin (angle));
        }
      cairo_close_path (cr);
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
draw_marker (Painter                  *painter,
             Marker                    marker,
             const CaseloadChartColor *color,
             gboolean                  filled,
             double                    x,
             double                    y,
             double                    r)
{
  cairo_t *cr = painter->cr;

  cairo_new_path (cr);
  add_marker (cr, marker, x, y, r);
  if (filled)
    {
      use_color (painter, color);
      cairo_fill (cr);
    }
  else
    {
      CaseloadChartColor background = painter->style->background;

      if (background.alpha > 0)
        {
          use_color (painter, &background);
          cairo_fill_preserve (cr);
        }
      use_color (painter, color);
      cairo_set_line_width (cr, painter->line_width * 1.4);
      cairo_stroke (cr);
    }
}

static void
set_aim_dash (Painter *painter)
{
  double dashes[] = { 6 * painter->line_width, 4 * painter->line_width };

  cairo_set_dash (painter->cr, dashes, 2, 0);
}

static void
set_phase_dash (Painter *painter)
{
  double dashes[] = { 2 * painter->line_width, 2.5 * painter->line_width };

  cairo_set_dash (painter->cr, dashes, 2, 0);
}

static void
to_user (Painter *painter,
         double   day,
         double   value,
         double  *x,
         double  *y)
{
  caseload_chart_geometry_to_user (&painter->geometry, day, value, x, y);
}

/* The stamps composited straight into the image with pixman: what
 * cairo_fill() of a pixel-aligned rectangle with the stamp as source
 * does (OVER, whole-pixel offsets), without its per-call set-up, which
 * was most of the cost of 200 points. Only for a target cairo would
 * composite the same way: ARGB32 or RGB24, no device offset, and a clip
 * that is one whole-pixel rectangle. FALSE (nothing drawn) otherwise. */
static gboolean
composite_stamps (Painter              *painter,
                  CaseloadProgressData *data,
                  const cairo_matrix_t *matrix,
                  cairo_surface_t      *stamp,
                  int                   size,
                  double                half)
{
  cairo_t *cr = painter->cr;
  cairo_surface_t *target = cairo_get_target (cr);
  cairo_format_t format = cairo_image_surface_get_format (target);
  cairo_rectangle_list_t *clips;
  pixman_image_t *dest, *source;
  double offset_x, offset_y;
  int cx0, cy0, cx1, cy1;
  gboolean whole;

  if (format != CAIRO_FORMAT_ARGB32 && format != CAIRO_FORMAT_RGB24)
    return FALSE;
  cairo_surface_get_device_offset (target, &offset_x, &offset_y);
  if (offset_x != 0 || offset_y != 0)
    return FALSE;
  clips = cairo_copy_clip_rectangle_list (cr);
  whole = clips->status == CAIRO_STATUS_SUCCESS && clips->num_rectangles == 1
          && clips->rectangles[0].x == floor (clips->rectangles[0].x)
          && clips->rectangles[0].y == floor (clips->rectangles[0].y)
          && clips->rectangles[0].width == floor (clips->rectangles[0].width)
          && clips->rectangles[0].height == floor (clips->rectangles[0].height);
  if (whole)
    {
      cx0 = MAX (0, (int) clips->rectangles[0].x);
      cy0 = MAX (0, (int) clips->rectangles[0].y);
      cx1 = MIN (cairo_image_surface_get_width (target),
                 (int) (clips->rectangles[0].x + clips->rectangles[0].width));
      cy1 = MIN (cairo_image_surface_get_height (target),
                 (int) (clips->rectangles[0].y + clips->rectangles[0].height));
    }
  cairo_rectangle_list_destroy (clips);
  if (!whole)
    return FALSE;

  cairo_surface_flush (target);
  dest = pixman_image_create_bits (format == CAIRO_FORMAT_ARGB32 ? PIXMAN_a8r8g8b8 : PIXMAN_x8r8g8b8,
                                   cairo_image_surface_get_width (target),
                                   cairo_image_surface_get_height (target),
                                   (uint32_t *) cairo_image_surface_get_data (target),
                                   cairo_image_surface_get_stride (target));
  source = pixman_image_create_bits (PIXMAN_a8r8g8b8, size, size,
                                     (uint32_t *) cairo_image_surface_get_data (stamp),
                                     cairo_image_surface_get_stride (stamp));
  for (guint i = 0; i < caseload_progress_data_get_n_points (data); i++)
    {
      const CaseloadProgressPoint *point = caseload_progress_data_get_point (data, i);
      double x, y;
      int x0, y0, x1, y1;

      to_user (painter, point->day, point->value, &x, &y);
      cairo_matrix_transform_point (matrix, &x, &y);
      x0 = (int) round (x - half);
      y0 = (int) round (y - half);
      x1 = MIN (x0 + size, cx1);
      y1 = MIN (y0 + size, cy1);
      if (MAX (x0, cx0) >= x1 || MAX (y0, cy0) >= y1)
        continue;
      pixman_image_composite32 (PIXMAN_OP_OVER, source, NULL, dest,
                                MAX (x0, cx0) - x0, MAX (y0, cy0) - y0, 0, 0,
                                MAX (x0, cx0), MAX (y0, cy0),
                                x1 - MAX (x0, cx0), y1 - MAX (y0, cy0));
    }
  pixman_image_unref (source);
  pixman_image_unref (dest);
  cairo_surface_mark_dirty (target);
  return TRUE;
}

/* The data points' filled circles. On an image surface without a
 * rotation, one circle is drawn once and stamped at each point (whole
 * pixels): the same look at a fraction of the cost of filling hundreds of
 * circles. Vector surfaces (PDF, SVG) get real circles. */
static void
draw_points (Painter              *painter,
             CaseloadProgressData *data,
             double                r)
{
  cairo_t *cr = painter->cr;
  guint n_points = caseload_progress_data_get_n_points (data);
  cairo_matrix_t matrix;
  double x, y;

  cairo_get_matrix (cr, &matrix);
  if (cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_IMAGE &&
      matrix.xy == 0 && matrix.yx == 0 && matrix.xx == matrix.yy && matrix.xx > 0)
    {
      double scale = matrix.xx;
      int size = (int) ceil (2 * r * scale) + 2;
      double half = size / 2.0;
      g_autoptr(cairo_surface_t) stamp = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size, size);
      g_autoptr(cairo_t) stamp_cr = cairo_create (stamp);
      double device_x, device_y;

      cairo_set_source_rgba (stamp_cr, painter->style->data.red, painter->style->data.green,
                             painter->style->data.blue, painter->style->data.alpha);
      cairo_arc (stamp_cr, half, half, r * scale, 0, 2 * G_PI);
      cairo_fill (stamp_cr);
      cairo_surface_flush (stamp);

      cairo_save (cr);
      cairo_identity_matrix (cr);
      if (!composite_stamps (painter, data, &matrix, stamp, size, half))
        for (guint i = 0; i < n_points; i++)
          {
            const CaseloadProgressPoint *point = caseload_progress_data_get_point (data, i);

            to_user (painter, point->day, point->value, &x, &y);
            device_x = x;
            device_y = y;
            cairo_matrix_transform_point (&matrix, &device_x, &device_y);
            device_x = round (device_x - half);
            device_y = round (device_y - half);
            cairo_set_source_surface (cr, stamp, device_x, device_y);
            cairo_rectangle (cr, device_x, device_y, size, size);
            cairo_fill (cr);
          }
      cairo_restore (cr);
      return;
    }

  for (guint i = 0; i < n_points; i++)
    {
      const CaseloadProgressPoint *point = caseload_progress_data_get_point (data, i);

      to_user (painter, point->day, point->value, &x, &y);
      add_marker (cr, MARKER_CIRCLE, x, y, r);
    }
  use_color (painter, &painter->style->data);
  cairo_fill (cr);
}

/* The lines joining the points within a phase. One long zigzag polyline
 * is several times slower to stroke in cairo than its segments one at a
 * time, and one stroke per segment pays cairo's setup cost hundreds of
 * times. So: segments that touch no common device pixel go into one
 * stroke (a pass), the others wait for a later pass. Disjoint coverage
 * makes one stroke of them the same pixels as one stroke each; the joints
 * between consecutive segments, which overlap, still blend twice as
 * before, in the other pass. Two to four passes for a typical chart. */
static void
draw_segments (Painter              *painter,
               CaseloadProgressData *data)
{
  cairo_t *cr = painter->cr;
  guint n_points = caseload_progress_data_get_n_points (data);
  g_autoptr(GArray) pending = g_array_sized_new (FALSE, FALSE, sizeof (guint), n_points);
  double half_width = painter->line_width / 2, zero = 0;

  /* the pen's reach in device pixels, plus one for antialiasing */
  cairo_user_to_device_distance (cr, &half_width, &zero);
  half_width = hypot (half_width, zero) + 1.0;

  for (guint i = 1; i < n_points; i++)
    if (caseload_progress_data_get_point (data, i - 1)->phase ==
        caseload_progress_data_get_point (data, i)->phase)
      g_array_append_val (pending, i);

  while (pending->len > 0)
    {
      double reach = -G_MAXDOUBLE;   /* rightmost device column used in this pass */
      guint kept = 0;

      for (guint k = 0; k < pending->len; k++)
        {
          guint i = g_array_index (pending, guint, k);
          const CaseloadProgressPoint *previous = caseload_progress_data_get_point (data, i - 1);
          const CaseloadProgressPoint *point = caseload_progress_data_get_point (data, i);
          double x, y, x2, y2, dx, dy, dx2, dy2, start, end;

          to_user (painter, previous->day, previous->value, &x, &y);
          to_user (painter, point->day, point->value, &x2, &y2);
          dx = x, dy = y, dx2 = x2, dy2 = y2;
          cairo_user_to_device (cr, &dx, &dy);
          cairo_user_to_device (cr, &dx2, &dy2);
          start = floor (MIN (dx, dx2) - half_width);
          end = ceil (MAX (dx, dx2) + half_width);
          if (start <= reach)
            {
              g_array_index (pending, guint, kept++) = i;
              continue;
            }
          reach = end;
          cairo_move_to (cr, x, y);
          cairo_line_to (cr, x2, y2);
        }
      cairo_stroke (cr);
      g_array_set_size (pending, kept);
    }
}

/* ---- legend ------------------------------------------------------------------ */

typedef enum
{
  LEGEND_DATA,
  LEGEND_BASELINE,
  LEGEND_AIM,
  LEGEND_TREND,
  LEGEND_GOAL,
  LEGEND_PHASE,
  N_LEGEND,
} LegendItem;

G_STATIC_ASSERT (N_LEGEND == N_LEGEND_ITEMS);

static const char *
legend_label (LegendItem  item,
              const char *lang)
{
  static const char * const labels[] = {
    [LEGEND_DATA] = NC_("chart legend", "Data"),
    [LEGEND_BASELINE] = NC_("chart legend", "Baseline"),
    [LEGEND_AIM] = NC_("chart legend", "Aim line"),
    [LEGEND_TREND] = NC_("chart legend", "Trend"),
    [LEGEND_GOAL] = NC_("chart legend", "Goal"),
    [LEGEND_PHASE] = NC_("chart legend", "Phase change"),
  };
  g_autofree char *key = NULL;
  const char *text;

  g_return_val_if_fail (item < N_LEGEND, "");

  if (lang == NULL)
    return g_dpgettext2 (GETTEXT_PACKAGE, "chart legend", labels[item]);
  /* a printed document: its own language, whatever the interface's */
  key = g_strconcat ("chart legend\004", labels[item], NULL);
  text = caseload_doc_gettext (lang, key);
  return text != key ? text : labels[item];
}

static void
draw_legend_sample (Painter    *painter,
                    LegendItem  item,
                    double      x,
                    double      y,
                    double      w)
{
  cairo_t *cr = painter->cr;
  const CaseloadChartStyle *style = painter->style;
  double r = painter->font_size * 0.28;

  cairo_save (cr);
  switch (item)
    {
    case LEGEND_DATA:
      use_color (painter, &style->data);
      cairo_set_line_width (cr, painter->line_width);
      cairo_move_to (cr, x, y);
      cairo_line_to (cr, x + w, y);
      cairo_stroke (cr);
      draw_marker (painter, MARKER_CIRCLE, &style->data, TRUE, x + w / 2, y, r);
      break;
    case LEGEND_BASELINE:
      draw_marker (painter, MARKER_SQUARE, &style->data, FALSE, x + w / 2, y, r * 1.1);
      break;
    case LEGEND_AIM:
      use_color (painter, &style->aim);
      cairo_set_line_width (cr, painter->line_width * 1.5);
      set_aim_dash (painter);
      cairo_move_to (cr, x, y);
      cairo_line_to (cr, x + w, y);
      cairo_stroke (cr);
      break;
    case LEGEND_TREND:
      use_color (painter, &style->trend);
      cairo_set_line_width (cr, painter->line_width * 2.2);
      cairo_move_to (cr, x, y);
      cairo_line_to (cr, x + w, y);
      cairo_stroke (cr);
      break;
    case LEGEND_GOAL:
      draw_marker (painter, MARKER_STAR, &style->goal, TRUE, x + w / 2, y, r * 1.1);
      break;
    case LEGEND_PHASE:
      use_color (painter, &style->phase);
      cairo_set_line_width (cr, painter->line_width);
      set_phase_dash (painter);
      cairo_move_to (cr, x + w / 2, y - painter->font_size * 0.55);
      cairo_line_to (cr, x + w / 2, y + painter->font_size * 0.55);
      cairo_stroke (cr);
      break;
    case N_LEGEND:
    default:
      g_assert_not_reached ();
    }
  cairo_restore (cr);
}

/* Lays the legend out in rows within @width; draws it when @draw. Returns
 * its height. */
static double
layout_legend (Painter        *painter,
               const gboolean *shown,
               double          left,
               double          top,
               double          width,
               gboolean        draw)
{
  double sample = painter->font_size * LEGEND_SAMPLE_WIDTH;
  double gap = painter->font_size * 0.9;
  double x = left, row_height = 0, y = top;
  gboolean any = FALSE;

  for (LegendItem item = 0; item < N_LEGEND; item++)
    {
      double tw, th, item_width;

      if (!shown[item])
        continue;
      if (painter->legend[item] == NULL)
        painter->legend[item] = new_layout (painter, painter->small_font, legend_label (item, painter->style->language), -1, FALSE);
      layout_size (painter->legend[item], &tw, &th);
      item_width = sample + painter->font_size * 0.35 + tw;
      if (x > left && x + item_width > left + width)
        {
          x = left;
          y += row_height;
        }
      row_height = MAX (row_height, th);
      if (draw)
        {
          draw_legend_sample (painter, item, x, y + th / 2, sample);
          use_color (painter, &painter->style->foreground);
          show_layout_at (painter, painter->legend[item], x + sample + painter->font_size * 0.35, y);
        }
      x += item_width + gap;
      any = TRUE;
    }
  return any ? y + row_height - top : 0;
}

/* ---- the chart --------------------------------------------------------------- */

static double
default_font_size (double width,
                   double height)
{
  return CLAMP (MIN (width / 34.0, height / 21.0), 7.5, 12.0);
}

static char *
format_tick (double value,
             double step)
{
  int decimals = 0;

  if (step < 1.0)
    decimals = (int) ceil (-log10 (step) - 1e-9);
  if (fabs (step * pow (10, decimals) - round (step * pow (10, decimals))) > 1e-6)
    decimals++;
  if (fabs (value) < step * 1e-6)
    value = 0.0;
  return g_strdup_printf ("%.*f", CLAMP (decimals, 0, 6), value);
}

void
caseload_chart_draw (cairo_t                  *cr,
                     CaseloadProgressData     *data,
                     const CaseloadChartStyle *style,
                     double                    width,
                     double                    height,
                     CaseloadChartGeometry    *geometry)
{
  CaseloadChartStyle default_style;
  const CaseloadProgressAnalysis *analysis;
  Painter painter = { 0, };
  PangoContext *context;
  g_autoptr(PangoLayout) layout = NULL;
  g_autoptr(GArray) date_ticks = NULL;
  gboolean shown[N_LEGEND] = { FALSE, };
  guint n_points, n_phases, n_value_ticks, date_count;
  CaseloadDateStepUnit date_unit;
  double fs, pad, lw, left, right, top, bottom, legend_height, footer_height;
  double value_min, value_max, day_min, day_max, first_tick, last_tick, step;
  double tick_label_width = 0, text_height, unit_height = 0;
  double tw, th, x, y, x2, y2;
  g_autofree char *rates = NULL;
  g_autoptr(PangoLayout) rates_layout = NULL;
  g_autoptr(PangoLayout) hint_layout = NULL;
  g_autoptr(GPtrArray) value_layouts = g_ptr_array_new_with_free_func (g_object_unref);
  const char *hint;
  const char *unit;

  g_return_if_fail (cr != NULL && data != NULL);

  if (width < 40 || height < 40)
    return;

  if (style == NULL)
    {
      caseload_chart_style_init_default (&default_style);
      style = &default_style;
    }

  analysis = caseload_progress_data_get_analysis (data);
  n_points = caseload_progress_data_get_n_points (data);
  n_phases = caseload_progress_data_get_n_phases (data);
  unit = caseload_progress_data_get_unit (data);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  if (style->background.alpha > 0)
    {
      cairo_set_source_rgba (cr, style->background.red, style->background.green,
                             style->background.blue, style->background.alpha);
      cairo_paint (cr);
    }

  fs = style->font_size > 0 ? style->font_size : default_font_size (width, height);
  pad = fs * 0.6;
  lw = MAX (1.0, fs / 10.0);

  layout = pango_cairo_create_layout (cr);
  context = pango_layout_get_context (layout);
  pango_cairo_context_set_resolution (context, 72.0);
  /* on paper (PDF, PostScript, SVG, or recorded for them) glyphs go
   * where the font puts them; whole pixels only on screen */
  if (cairo_surface_get_type (cairo_get_target (cr)) != CAIRO_SURFACE_TYPE_IMAGE)
    pango_context_set_round_glyph_positions (context, FALSE);
  pango_layout_context_changed (layout);

  painter.cr = cr;
  painter.style = style;
  painter.layout = layout;
  painter.alignment = PANGO_ALIGN_LEFT;
  if (cairo_surface_get_type (cairo_get_target (cr)) != CAIRO_SURFACE_TYPE_IMAGE)
    painter.shaped = thread_shaped_texts ()->layouts;
  painter.font_size = fs;
  painter.line_width = lw;
  painter.font = pango_font_description_from_string (style->font_family != NULL ? style->font_family : "Sans");
  pango_font_description_set_absolute_size (painter.font, fs * PANGO_SCALE);
  painter.small_font = pango_font_description_copy (painter.font);
  pango_font_description_set_absolute_size (painter.small_font, fs * 0.9 * PANGO_SCALE);
  painter.bold_font = pango_font_description_copy (painter.font);
  pango_font_description_set_weight (painter.bold_font, PANGO_WEIGHT_BOLD);

  set_text (&painter, painter.font, "0", -1, FALSE);
  text_size (&painter, NULL, &text_height);

  /* ---- ranges ---- */
  value_min = G_MAXDOUBLE;
  value_max = -G_MAXDOUBLE;
  day_min = G_MAXDOUBLE;
  day_max = -G_MAXDOUBLE;
  for (guint i = 0; i < n_points; i++)
    {
      const CaseloadProgressPoint *point = caseload_progress_data_get_point (data, i);

      value_min = MIN (value_min, point->value);
      value_max = MAX (value_max, point->value);
      day_min = MIN (day_min, point->day);
      day_max = MAX (day_max, point->day);
    }
  if (analysis->has_baseline)
    {
      value_min = MIN (value_min, analysis->baseline_value);
      value_max = MAX (value_max, analysis->baseline_value);
      day_min = MIN (day_min, analysis->baseline_day);
      day_max = MAX (day_max, analysis->baseline_day);
    }
  if (analysis->has_target)
    {
      value_min = MIN (value_min, analysis->target_value);
      value_max = MAX (value_max, analysis->target_value);
      day_min = MIN (day_min, analysis->target_day);
      day_max = MAX (day_max, analysis->target_day);
    }
  for (guint p = 1; p < n_phases; p++)
    {
      const CaseloadProgressPhaseInfo *phase = caseload_progress_data_get_phase (data, p);

      day_min = MIN (day_min, phase->start_day);
      day_max = MAX (day_max, phase->start_day);
    }
  if (day_min > day_max)
    {
      GDate today;

      g_date_clear (&today, 1);
      g_date_set_time_t (&today, time (NULL));
      day_min = day_max = g_date_get_julian (&today);
    }
  if (value_min > value_max)
    value_min = value_max = 0;
  /* Scores of counts and percentages start at zero, as drawn by hand. */
  if (value_min >= 0)
    value_min = 0;
  {
    double span = MAX (day_max - day_min, 14.0);
    double margin = MAX (1.0, span * 0.03);

    day_max = MAX (day_max, day_min + 14.0);
    day_min -= margin;
    day_max += margin;
  }

  /* ---- vertical layout ---- */
  legend_height = 0;
  shown[LEGEND_DATA] = n_points > 0;
  shown[LEGEND_BASELINE] = analysis->has_baseline;
  shown[LEGEND_AIM] = analysis->aim.valid;
  for (guint p = 0; p < n_phases; p++)
    if (caseload_progress_data_get_phase (data, p)->trend.valid)
      shown[LEGEND_TREND] = TRUE;
  shown[LEGEND_GOAL] = analysis->has_target;
  shown[LEGEND_PHASE] = n_phases > 1;
  legend_height = layout_legend (&painter, shown, pad, pad, width - 2 * pad, FALSE);

  rates = caseload_progress_format_rates_in_language (analysis->aim.valid, analysis->aim.slope_per_week,
                                          analysis->has_actual, analysis->actual_per_week,
                                                      style->language);
  hint = caseload_progress_decision_hint_in_language (&analysis->decision,
                                                      caseload_progress_data_get_lower_is_better (data),
                                                      style->language);
  rates_layout = new_layout (&painter, painter.font, rates, width - 2 * pad, TRUE);
  layout_size (rates_layout, NULL, &th);
  footer_height = th;
  if (!style->hide_decision_hint)
    {
      hint_layout = new_layout (&painter, painter.bold_font, hint, width - 2 * pad, TRUE);
      layout_size (hint_layout, NULL, &th);
      footer_height += th;
    }

  top = pad + legend_height + (legend_height > 0 ? pad : 0) + text_height * 0.5;
  bottom = height - pad - footer_height - pad * 0.5 - text_height - fs * 0.4;

  /* ---- value ticks ---- */
  {
    guint max_ticks = (guint) CLAMP ((bottom - top) / (text_height * 1.8), 2, 11);

    n_value_ticks = caseload_progress_nice_ticks (value_min, value_max, max_ticks,
                                                  &first_tick, &last_tick, &step);
    for (guint i = 0; i < n_value_ticks; i++)
      {
        g_autofree char *label = format_tick (first_tick + i * step, step);
        PangoLayout *tick;

        if (style->language != NULL && g_str_has_prefix (style->language, "es"))
          g_strdelimit (label, ".", ',');  /* the document's decimal mark */
        tick = new_layout (&painter, painter.font, label, -1, FALSE);

        layout_size (tick, &tw, NULL);
        tick_label_width = MAX (tick_label_width, tw);
        g_ptr_array_add (value_layouts, tick);
      }
  }

  /* ---- horizontal layout ---- */
  if (*unit != '\0')
    unit_height = text_height;
  left = pad + unit_height + (unit_height > 0 ? pad * 0.5 : 0) + tick_label_width + fs * 0.4;
  right = width - pad - fs * 1.5;
  if (right - left < 20 || bottom - top < 20)
    {
      pango_font_description_free (painter.font);
      pango_font_description_free (painter.small_font);
      pango_font_description_free (painter.bold_font);
      for (guint i = 0; i < N_LEGEND_ITEMS; i++)
        g_clear_object (&painter.legend[i]);
      cairo_restore (cr);
      return;
    }

  painter.geometry.plot_x = left;
  painter.geometry.plot_y = top;
  painter.geometry.plot_width = right - left;
  painter.geometry.plot_height = bottom - top;
  painter.geometry.day_min = day_min;
  painter.geometry.day_max = day_max;
  painter.geometry.value_min = first_tick;
  painter.geometry.value_max = last_tick;

  /* ---- date ticks ---- */
  date_ticks = g_array_new (FALSE, FALSE, sizeof (guint32));
  {
    /* Room for "Mar 14" labels. */
    set_text (&painter, painter.font, "Mar 14", -1, FALSE);
    text_size (&painter, &tw, NULL);
    date_unit = caseload_progress_date_ticks ((guint32) ceil (day_min), (guint32) floor (day_max),
                                              (guint) CLAMP ((right - left) / (tw * 1.6), 2, 14),
                                              date_ticks, &date_count);
  }

  /* ---- grid and axes ---- */
  cairo_set_line_width (cr, lw);
  use_color (&painter, &style->grid);
  for (guint i = 0; i < n_value_ticks; i++)
    {
      to_user (&painter, day_min, first_tick + i * step, &x, &y);
      y = round (y) + 0.5;
      cairo_move_to (cr, left, y);
      cairo_line_to (cr, right, y);
    }
  for (guint i = 0; i < date_ticks->len; i++)
    {
      to_user (&painter, g_array_index (date_ticks, guint32, i), first_tick, &x, &y);
      x = round (x) + 0.5;
      cairo_move_to (cr, x, top);
      cairo_line_to (cr, x, bottom);
    }
  cairo_stroke (cr);

  use_color (&painter, &style->foreground);
  cairo_move_to (cr, round (left) + 0.5, top);
  cairo_line_to (cr, round (left) + 0.5, round (bottom) + 0.5);
  cairo_line_to (cr, right, round (bottom) + 0.5);
  for (guint i = 0; i < n_value_ticks; i++)
    {
      to_user (&painter, day_min, first_tick + i * step, &x, &y);
      cairo_move_to (cr, left - fs * 0.3, round (y) + 0.5);
      cairo_line_to (cr, left, round (y) + 0.5);
    }
  for (guint i = 0; i < date_ticks->len; i++)
    {
      to_user (&painter, g_array_index (date_ticks, guint32, i), first_tick, &x, &y);
      cairo_move_to (cr, round (x) + 0.5, bottom);
      cairo_line_to (cr, round (x) + 0.5, bottom + fs * 0.3);
    }
  cairo_stroke (cr);

  /* value labels */
  for (guint i = 0; i < n_value_ticks; i++)
    {
      PangoLayout *tick = g_ptr_array_index (value_layouts, i);

      to_user (&painter, day_min, first_tick + i * step, &x, &y);
      layout_size (tick, &tw, &th);
      show_layout_at (&painter, tick, left - fs * 0.4 - tw, y - th / 2);
    }

  /* date labels, skipping any that would overlap the previous one */
  {
    double last_end = -G_MAXDOUBLE;

    for (guint i = 0; i < date_ticks->len; i++)
      {
        g_autofree char *label = caseload_progress_date_label_in_language (g_array_index (date_ticks, guint32, i),
                                                                           date_unit, i == 0, style->language);

        to_user (&painter, g_array_index (date_ticks, guint32, i), first_tick, &x, &y);
        set_text (&painter, painter.font, label, -1, FALSE);
        text_size (&painter, &tw, NULL);
        x = CLAMP (x - tw / 2, 0, width - tw);
        if (x < last_end + fs * 0.5)
          continue;
        show_text_at (&painter, x, bottom + fs * 0.35);
        last_end = x + tw;
      }
  }

  /* the unit, rotated along the value axis */
  if (*unit != '\0')
    {
      painter.alignment = PANGO_ALIGN_CENTER;
      set_text (&painter, painter.font, unit, bottom - top, FALSE);
      painter.alignment = PANGO_ALIGN_LEFT;
      cairo_save (cr);
      cairo_translate (cr, pad, bottom);
      cairo_rotate (cr, -G_PI / 2);
      show_text_at (&painter, 0, 0);
      cairo_restore (cr);
    }

  /* ---- the plot itself, clipped to the plot area (with room for
   * markers on its edges) ---- */
  cairo_save (cr);
  /* Whole pixels: an unaligned clip makes cairo mask every operation. */
  {
    double clip_x = floor (left - fs * 0.5), clip_y = floor (top - fs * 0.5);

    cairo_rectangle (cr, clip_x, clip_y, ceil (right + fs * 0.5) - clip_x, ceil (bottom) - clip_y);
    cairo_clip (cr);
  }

  /* phase lines and their labels */
  for (guint p = 1; p < n_phases; p++)
    {
      const CaseloadProgressPhaseInfo *phase = caseload_progress_data_get_phase (data, p);
      double next_x = right;

      if (p + 1 < n_phases)
        to_user (&painter, caseload_progress_data_get_phase (data, p + 1)->start_day - 0.5,
                 first_tick, &next_x, &y);
      to_user (&painter, phase->start_day - 0.5, first_tick, &x, &y);
      x = round (x) + 0.5;
      cairo_save (cr);
      use_color (&painter, &style->phase);
      cairo_set_line_width (cr, lw);
      set_phase_dash (&painter);
      cairo_move_to (cr, x, top);
      cairo_line_to (cr, x, bottom);
      cairo_stroke (cr);
      cairo_restore (cr);

      if (phase->label[0] != '\0' && next_x - x > fs * 2)
        {
          set_text (&painter, painter.small_font, phase->label, next_x - x - fs * 0.6, FALSE);
          use_color (&painter, &style->foreground);
          show_text_at (&painter, x + fs * 0.25, top - text_height * 0.45);
        }
    }

  /* aim line, dashed */
  if (analysis->aim.valid)
    {
      to_user (&painter, analysis->aim.start_day, analysis->aim.start_value, &x, &y);
      to_user (&painter, analysis->aim.end_day, analysis->aim.end_value, &x2, &y2);
      cairo_save (cr);
      use_color (&painter, &style->aim);
      cairo_set_line_width (cr, lw * 1.5);
      set_aim_dash (&painter);
      cairo_move_to (cr, x, y);
      cairo_line_to (cr, x2, y2);
      cairo_stroke (cr);
      cairo_restore (cr);
    }

  /* trend lines, solid, over each phase's points */
  for (guint p = 0; p < n_phases; p++)
    {
      const CaseloadProgressPhaseInfo *phase = caseload_progress_data_get_phase (data, p);
      const CaseloadProgressPoint *first, *last;

      if (!phase->trend.valid)
        continue;
      first = caseload_progress_data_get_point (data, phase->first_point);
      last = caseload_progress_data_get_point (data, phase->first_point + phase->n_points - 1);
      to_user (&painter, first->day, phase->trend.intercept + phase->trend.slope * first->day / 7.0, &x, &y);
      to_user (&painter, last->day, phase->trend.intercept + phase->trend.slope * last->day / 7.0, &x2, &y2);
      use_color (&painter, &style->trend);
      cairo_set_line_width (cr, lw * 2.2);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_move_to (cr, x, y);
      cairo_line_to (cr, x2, y2);
      cairo_stroke (cr);
    }

  /* data: joined within a phase only, then the markers in one fill */
  use_color (&painter, &style->data);
  cairo_set_line_width (cr, lw);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_BEVEL);
  /* Butt caps: the segments used to inherit the trend lines' round caps,
   * whose arcs more than doubled the edges cairo rasterizes, all inside
   * the point markers drawn over every joint. */
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  draw_segments (&painter, data);
  {
    double r = CLAMP (fs * 0.28, 2.0, 4.0);

    if (n_points > 60)
      r = MAX (1.6, r * 0.7);
    draw_points (&painter, data, r);

    if (analysis->has_baseline)
      {
        to_user (&painter, analysis->baseline_day, analysis->baseline_value, &x, &y);
        draw_marker (&painter, MARKER_SQUARE, &style->data, FALSE, x, y, r * 1.5);
      }
    if (analysis->has_target)
      {
        to_user (&painter, analysis->target_day, analysis->target_value, &x, &y);
        draw_marker (&painter, MARKER_STAR, &style->goal, TRUE, x, y, r * 1.6);
      }
  }
  cairo_restore (cr);

  /* ---- legend and footer ---- */
  layout_legend (&painter, shown, pad, pad, width - 2 * pad, TRUE);

  use_color (&painter, &style->foreground);
  y = height - pad - footer_height;
  layout_size (rates_layout, NULL, &th);
  show_layout_at (&painter, rates_layout, pad, y);
  if (hint_layout != NULL)
    show_layout_at (&painter, hint_layout, pad, y + th);

  if (geometry != NULL)
    *geometry = painter.geometry;

  pango_font_description_free (painter.font);
  pango_font_description_free (painter.small_font);
  pango_font_description_free (painter.bold_font);
  for (guint i = 0; i < N_LEGEND_ITEMS; i++)
    g_clear_object (&painter.legend[i]);
  cairo_restore (cr);
}

/* ---- files ------------------------------------------------------------------- */

gboolean
caseload_chart_write_file (CaseloadProgressData     *data,
                           const CaseloadChartStyle *style,
                           double                    width,
                           double                    height,
                           const char               *path,
                           GError                  **error)
{
  CaseloadChartStyle print_style;
  g_autoptr(cairo_surface_t) surface = NULL;
  g_autoptr(cairo_t) cr = NULL;
  g_autofree char *lower = NULL;
  cairo_status_t status;
  enum { PNG, SVG, PDF } kind;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (style == NULL)
    {
      caseload_chart_style_init_print (&print_style);
      style = &print_style;
    }

  lower = g_ascii_strdown (path, -1);
  if (g_str_has_suffix (lower, ".png"))
    kind = PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    kind = SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    kind = PDF;
  else
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   _("Cannot tell the chart format from “%s”: use a .png, .svg or .pdf file name"),
                   path);
      return FALSE;
    }
  if (width < 100 || height < 80 || width > 10000 || height > 10000)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   _("The chart size must be between 100×80 and 10000×10000, not %g×%g"),
                   width, height);
      return FALSE;
    }

  switch (kind)
    {
    case PNG:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (width), (int) ceil (height));
      break;
    case SVG:
      surface = cairo_svg_surface_create (path, width, height);
      break;
    case PDF:
      surface = cairo_pdf_surface_create (path, width, height);
      break;
    default:
      g_assert_not_reached ();
    }
  status = cairo_surface_status (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    {
      cr = cairo_create (surface);
      caseload_chart_draw (cr, data, style, width, height, NULL);
      status = cairo_status (cr);
      g_clear_pointer (&cr, cairo_destroy);
    }
  if (status == CAIRO_STATUS_SUCCESS)
    {
      if (kind == PNG)
        status = cairo_surface_write_to_png (surface, path);
      else
        {
          cairo_surface_finish (surface);
          status = cairo_surface_status (surface);
        }
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_FAILED,
                   _("Could not write the chart to “%s”: %s"),
                   path, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
