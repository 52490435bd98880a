/* contacts-tab-window.c: a window with one student's CaseloadContactsTab,
 * for looking at the tab (screenshots) outside the main window.
 *
 * usage: contacts-tab-window --database FILE --student ID [--staff ID]
 *        [--width W --height H] [--open resources|tasks]
 * --open also opens the community resources directory or the task list. */
#define G_LOG_DOMAIN "contacts-tab-window"

#include "config.h"

#include <adwaita.h>

#include "caseload-contacts-tab.h"
#include "caseload-resources-window.h"
#include "caseload-tasks-window.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(CaseloadStore) store = NULL;
  g_autofree char *database = NULL;
  g_autofree char *open = NULL;
  gint64 student_id = 0, staff_id = 0;
  int width = 1000, height = 900;
  GtkWidget *window, *overlay, *box, *header, *tab;
  GOptionEntry entries[] = {
    { "database", 0, 0, G_OPTION_ARG_FILENAME, &database, "Database file", "FILE" },
    { "student", 0, 0, G_OPTION_ARG_INT64, &student_id, "Student id", "ID" },
    { "staff", 0, 0, G_OPTION_ARG_INT64, &staff_id, "Signed-in staff id", "ID" },
    { "width", 0, 0, G_OPTION_ARG_INT, &width, "Window width", "W" },
    { "height", 0, 0, G_OPTION_ARG_INT, &height, "Window height", "H" },
    { "open", 0, 0, G_OPTION_ARG_STRING, &open, "Also open: resources or tasks", "WHAT" },
    { NULL }
  };

  context = g_option_context_new (NULL);
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || database == NULL || student_id <= 0)
    {
      g_printerr ("contacts-tab-window: %s\n",
                  error != NULL ? error->message : "--database and --student are required");
      return 2;
    }
  if (!gtk_init_check ())
    {
      g_printerr ("contacts-tab-window: cannot open a display\n");
      return 1;
    }
  adw_init ();

  store = caseload_store_open (database, CASELOAD_STORE_OPEN_DEFAULT, &error);
  if (store == NULL)
    {
      g_printerr ("contacts-tab-window: %s\n", error->message);
      return 1;
    }
  caseload_store_set_actor (store, staff_id);

  window = adw_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), "Caseload");
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  overlay = adw_toast_overlay_new ();
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new ("Contacts", NULL));
  gtk_box_append (GTK_BOX (box), header);
  tab = g_object_new (CASELOAD_TYPE_CONTACTS_TAB, "store", store, "student-id", student_id, "vexpand", TRUE, NULL);
  gtk_box_append (GTK_BOX (box), tab);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), box);
  adw_window_set_content (ADW_WINDOW (window), overlay);
  gtk_window_present (GTK_WINDOW (window));
  if (g_strcmp0 (open, "resources") == 0)
    gtk_window_present (GTK_WINDOW (caseload_resources_window_new (GTK_WINDOW (window), store)));
  else if (g_strcmp0 (open, "tasks") == 0)
    gtk_window_present (GTK_WINDOW (caseload_tasks_window_new (GTK_WINDOW (window), store, staff_id)));

  while (g_list_model_get_n_items (gtk_window_get_toplevels ()) > 0)
    {
      g_main_context_iteration (NULL, TRUE);
      if (!gtk_widget_get_visible (window))
        break;
    }
  return 0;
}
