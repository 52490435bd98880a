/* student-page-window.c: a window with one student's CaseloadStudentPage
 * on a database, for the end-to-end AT-SPI test of the Progress tab (the
 * main window's navigation is tested elsewhere).
 *
 * usage: student-page-window --database FILE --student ID [--staff ID]
 * --staff is who is recorded as making the changes. */
#define G_LOG_DOMAIN "student-page-window"

#include "config.h"

#include <adwaita.h>

#include "caseload-student-page.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(CaseloadStore) store = NULL;
  g_autofree char *database = NULL;
  gint64 student_id = 0, staff_id = 0;
  GtkWidget *window, *box, *header, *overlay, *page;
  GOptionEntry entries[] = {
    { "database", 0, 0, G_OPTION_ARG_FILENAME, &database, "Database file", "FILE" },
    { "student", 0, 0, G_OPTION_ARG_INT64, &student_id, "Student id", "ID" },
    { "staff", 0, 0, G_OPTION_ARG_INT64, &staff_id, "Who makes the changes", "ID" },
    { NULL }
  };

  context = g_option_context_new (NULL);
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || database == NULL || student_id <= 0)
    {
      g_printerr ("student-page-window: %s\n",
                  error != NULL ? error->message : "--database and --student are required");
      return 2;
    }

  if (!gtk_init_check ())
    {
      g_printerr ("student-page-window: cannot open a display\n");
      return 1;
    }
  adw_init ();

  store = caseload_store_open (database, CASELOAD_STORE_OPEN_DEFAULT, &error);
  if (store == NULL)
    {
      g_printerr ("student-page-window: %s\n", error->message);
      return 1;
    }
  caseload_store_set_actor (store, staff_id);

  window = adw_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), "Caseload");
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 850);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  gtk_box_append (GTK_BOX (box), header);
  overlay = adw_toast_overlay_new ();
  gtk_widget_set_vexpand (overlay, TRUE);
  page = g_object_new (CASELOAD_TYPE_STUDENT_PAGE, "store", store, NULL);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), page);
  gtk_box_append (GTK_BOX (box), overlay);
  adw_window_set_content (ADW_WINDOW (window), box);
  if (!caseload_student_page_load (CASELOAD_STUDENT_PAGE (page), student_id, &error))
    {
      g_printerr ("student-page-window: %s\n", error->message);
      return 1;
    }
  gtk_window_present (GTK_WINDOW (window));

  while (g_list_model_get_n_items (gtk_window_get_toplevels ()) > 0)
    {
      g_main_context_iteration (NULL, TRUE);
      if (!gtk_widget_get_visible (window))
        break;
    }
  /* Closing saves what is pending, as the main window does. */
  caseload_student_page_flush (CASELOAD_STUDENT_PAGE (page));
  return 0;
}
