/* empty-window.c: the baseline of the launch benchmark. An AdwApplication
 * that shows an empty 1200×800 AdwApplicationWindow, launched the way
 * Caseload is, printing the time to its first painted frame. */
#define G_LOG_DOMAIN "caseload-empty-window"

#include "config.h"

#include <adwaita.h>

static void
on_after_paint_cb (GdkFrameClock *clock,
                   GtkWidget     *window)
{
  const char *start = g_getenv ("CASELOAD_BENCHMARK_START_US");
  gint64 start_us = start != NULL ? g_ascii_strtoll (start, NULL, 10) : 0;

  g_signal_handlers_disconnect_by_func (clock, on_after_paint_cb, window);
  g_print ("first-frame-ms %.1f\n", (g_get_monotonic_time () - start_us) / 1000.0);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
on_realize_cb (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_after_paint_cb), window);
}

static int
on_command_line_cb (GApplication            *app,
                    GApplicationCommandLine *command_line)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));

  gtk_window_set_title (GTK_WINDOW (window), "Empty");
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  g_signal_connect (window, "realize", G_CALLBACK (on_realize_cb), NULL);
  gtk_window_present (GTK_WINDOW (window));

  return 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.caseload.EmptyWindow",
                                                       G_APPLICATION_HANDLES_COMMAND_LINE);

  g_signal_connect (app, "command-line", G_CALLBACK (on_command_line_cb), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
