/* caseload-chart-widget.h: a goal's progress chart on screen.
 *
 * Draws CaseloadProgressData with the core renderer (caseload_chart_draw)
 * in the theme's foreground colour, at the display's scale. Hovering a data
 * point, or moving through the points with Left/Right (Home/End) when the
 * chart has keyboard focus, shows the point's date, value and note in a
 * popover. The accessible description is the core's summary
 * (caseload_progress_data_describe). */
#pragma once

#include <gtk/gtk.h>

#include "caseload-progress.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_CHART_WIDGET (caseload_chart_widget_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadChartWidget, caseload_chart_widget, CASELOAD, CHART_WIDGET, GtkWidget)

GtkWidget   *caseload_chart_widget_new             (void);
/* Takes ownership of @data (NULL: an empty chart with "No data yet"). */
void         caseload_chart_widget_take_data       (CaseloadChartWidget  *self,
                                                    CaseloadProgressData *data);
CaseloadProgressData *caseload_chart_widget_get_data (CaseloadChartWidget *self);
/* The text given to assistive technologies as the description. */
const char  *caseload_chart_widget_get_description (CaseloadChartWidget  *self);
/* The point shown in the popover (hovered or keyboard-focused), -1 when
 * none; setting one opens the popover on it. */
int          caseload_chart_widget_get_current_point (CaseloadChartWidget *self);
void         caseload_chart_widget_set_current_point (CaseloadChartWidget *self,
                                                      int                  index);
/* The popover's text for @index ("Mar 14, 2026: 42 words correct per
 * minute. Note: …"), newly allocated; NULL for a bad index. */
char        *caseload_chart_widget_describe_point  (CaseloadChartWidget  *self,
                                                    int                   index);

G_END_DECLS
