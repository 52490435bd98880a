/* caseload-chart.h: the one progress-chart renderer.
 *
 * Draws a goal's chart (CaseloadProgressData) on any cairo_t at any size:
 * the GTK widget (with the theme's colours), printed documents (black on
 * white) and caseload-cli (PNG, SVG or PDF by the file's extension) all
 * call caseload_chart_draw(). Sizes are in the cairo_t's user units, which
 * are taken as points at 72 dpi (text is laid out with Pango at 72 dpi).
 *
 * Black-and-white safe: the aim line is dashed, trend lines solid and
 * thicker, data points filled circles joined within a phase only, the
 * baseline a hollow square, the goal a star; phase lines are dotted
 * verticals with their labels.
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "caseload-progress.h"

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_t, cairo_destroy)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_surface_t, cairo_surface_destroy)

typedef struct
{
  double red, green, blue, alpha;
} CaseloadChartColor;

typedef struct
{
  CaseloadChartColor background;  /* alpha 0: leave the surface as it is */
  CaseloadChartColor foreground;  /* text, axes */
  CaseloadChartColor grid;
  CaseloadChartColor data;        /* points and the lines joining them */
  CaseloadChartColor aim;
  CaseloadChartColor trend;
  CaseloadChartColor phase;
  CaseloadChartColor goal;
  const char        *font_family; /* NULL: "Sans" */
  double             font_size;   /* in user units; 0: chosen from the size */
  /* TRUE when the caller shows the decision-rule hint itself (the window
   * puts it in a coloured label under the chart): it is then not drawn. */
  gboolean           hide_decision_hint;
  /* Printed documents: the document's language ("en", "es") for the
   * legend, the date ticks, the rates and the hint (caseload_doc_gettext);
   * NULL: the interface's language. */
  const char        *language;
} CaseloadChartStyle;

/* Colours on white (screen, light style). */
void     caseload_chart_style_init_default (CaseloadChartStyle *style);
/* Pure black on white: printing and PDFs. */
void     caseload_chart_style_init_print   (CaseloadChartStyle *style);
/* Derived from the theme's text colour (pass the widget's color; works for
 * the dark style), with a transparent background. */
void     caseload_chart_style_init_for_foreground (CaseloadChartStyle       *style,
                                                   const CaseloadChartColor *foreground);

/* Where the last drawing put the plot, to map data to device positions
 * (hover, keyboard focus, tests). */
typedef struct
{
  double  plot_x, plot_y, plot_width, plot_height;  /* user units */
  double  day_min, day_max;      /* Julian days at the left/right edges */
  double  value_min, value_max;  /* values at the bottom/top edges */
} CaseloadChartGeometry;

/* Draws the whole chart into the rectangle (0, 0, @width, @height) of
 * @cr's current user space. @style NULL = default. @geometry (nullable)
 * receives the plot's placement. Saves and restores @cr's state. */
void     caseload_chart_draw               (cairo_t                  *cr,
                                            CaseloadProgressData     *data,
                                            const CaseloadChartStyle *style,
                                            double                    width,
                                            double                    height,
                                            CaseloadChartGeometry    *geometry);

void     caseload_chart_geometry_to_user   (const CaseloadChartGeometry *geometry,
                                            double                       day,
                                            double                       value,
                                            double                      *x,
                                            double                      *y);

/* The index of the data point nearest (@x, @y) within @radius user units,
 * or -1. */
int      caseload_chart_point_at           (const CaseloadChartGeometry *geometry,
                                            CaseloadProgressData        *data,
                                            double                       x,
                                            double                       y,
                                            double                       radius);

/* Writes the chart to @path as PNG, SVG or PDF, chosen by the extension
 * (case-insensitive); @width × @height in pixels for PNG, in points for
 * SVG and PDF. @style NULL = black on white. Any other extension is
 * CASELOAD_ERROR_INVALID. */
gboolean caseload_chart_write_file         (CaseloadProgressData     *data,
                                            const CaseloadChartStyle *style,
                                            double                    width,
                                            double                    height,
                                            const char               *path,
                                            GError                  **error);

G_END_DECLS
