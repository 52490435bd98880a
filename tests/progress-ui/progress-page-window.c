/* progress-page-window.c: a window with CaseloadProgressPage on a
 * database, for the end-to-end AT-SPI test and for looking at the page
 * (the main window's integration is separate).
 *
 * usage: progress-page-window --database FILE --staff ID [--dark]
 *        [--bulk] [--width W --height H]
 * --staff sets the GSettings key signed-in-staff-id, which the page
 * follows; --bulk opens the bulk-entry dialog once the page is shown. */
#define G_LOG_DOMAIN "progress-page-window"

#include "config.h"

#include <adwaita.h>
#include <stdlib.h>

#include "caseload-progress-page.h"

static gboolean
open_bulk_cb (gpointer user_data)
{
  caseload_progress_page_new_record (CASELOAD_PROGRESS_PAGE (user_data));
  return G_SOURCE_REMOVE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(CaseloadStore) store = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *database = NULL;
  gint64 staff_id = 0;
  gboolean dark = FALSE, bulk = FALSE;
  int width = 1200, height = 800;
  GtkWidget *window, *box, *header, *page;
  GOptionEntry entries[] = {
    { "database", 0, 0, G_OPTION_ARG_FILENAME, &database, "Database file", "FILE" },
    { "staff", 0, 0, G_OPTION_ARG_INT64, &staff_id, "Signed-in staff id", "ID" },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, "Dark style", NULL },
    { "bulk", 0, 0, G_OPTION_ARG_NONE, &bulk, "Open bulk entry", NULL },
    { "width", 0, 0, G_OPTION_ARG_INT, &width, "Window width", "W" },
    { "height", 0, 0, G_OPTION_ARG_INT, &height, "Window height", "H" },
    { NULL }
  };

  context = g_option_context_new (NULL);
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || database == NULL)
    {
      g_printerr ("progress-page-window: %s\n", error != NULL ? error->message : "--database is required");
      return 2;
    }

  if (!gtk_init_check ())
    {
      g_printerr ("progress-page-window: cannot open a display\n");
      return 1;
    }
  adw_init ();
  if (dark)
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);

  store = caseload_store_open (database, CASELOAD_STORE_OPEN_DEFAULT, &error);
  if (store == NULL)
    {
      g_printerr ("progress-page-window: %s\n", error->message);
      return 1;
    }
  caseload_store_set_actor (store, staff_id);

  settings = g_settings_new (APPLICATION_ID);
  g_settings_set_int64 (settings, "signed-in-staff-id", staff_id);

  window = adw_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), "Caseload");
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new ("My Students", NULL));
  gtk_box_append (GTK_BOX (box), header);
  page = g_object_new (CASELOAD_TYPE_PROGRESS_PAGE, "store", store, "vexpand", TRUE, NULL);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  if (bulk)
    g_timeout_add (500, open_bulk_cb, page);

  while (g_list_model_get_n_items (gtk_window_get_toplevels ()) > 0)
    {
      g_main_context_iteration (NULL, TRUE);
      if (!gtk_widget_get_visible (window))
        break;
    }
  return 0;
}
