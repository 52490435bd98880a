/* caseload-application.c: the application object
 *
 * Parses --database, opens databases in windows, owns the app.* actions and
 * sets every keyboard accelerator of the application in one place.
 */
#define G_LOG_DOMAIN "caseload-application"

#include "config.h"

#include "caseload-application.h"

#include "caseload-preferences-window.h"
#include "caseload-window.h"

#include <glib/gi18n.h>

struct _CaseloadApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (CaseloadApplication, caseload_application, ADW_TYPE_APPLICATION)

static const struct
{
  const char *action;
  const char *accels[3];
} accelerators[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "app.preferences", { "<Control>comma", NULL } },
  { "win.show-help-overlay", { "<Control>question", NULL } },
  { "win.search", { "<Control>f", NULL } },
  { "win.new-record", { "<Control>n", NULL } },
  /* The sidebar's order: Dashboard, Students, Team, Meetings, Deadlines,
   * Reports, My Students. */
  { "win.show-page::dashboard", { "<Alt>1", NULL } },
  { "win.show-page::students", { "<Alt>2", NULL } },
  { "win.show-page::team", { "<Alt>3", NULL } },
  { "win.show-page::meetings", { "<Alt>4", NULL } },
  { "win.show-page::deadlines", { "<Alt>5", NULL } },
  { "win.show-page::reports", { "<Alt>6", NULL } },
  { "win.show-page::progress", { "<Alt>7", NULL } },
  { "win.back", { "<Alt>Left", NULL } },
  { "win.primary-menu", { "F10", NULL } },
  { "win.open-database", { "<Control>o", NULL } },
  { "window.close", { "<Control>w", NULL } },
  /* Delete (archive the selected student, with Undo) is bound on the
   * students page itself, so that Delete still deletes text in entries. */
};

CaseloadApplication *
caseload_application_new (void)
{
  return g_object_new (CASELOAD_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}

GSettings *
caseload_application_get_settings (CaseloadApplication *self)
{
  g_return_val_if_fail (CASELOAD_IS_APPLICATION (self), NULL);

  return self->settings;
}

static CaseloadWindow *
find_window_for (CaseloadApplication *self,
                 const char          *path)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    {
      CaseloadStore *store;

      if (!CASELOAD_IS_WINDOW (l->data))
        continue;

      store = caseload_window_get_store (l->data);
      if (store == NULL && path == NULL)
        return l->data;
      if (store != NULL && path != NULL
          && g_strcmp0 (caseload_store_get_path (store), path) == 0)
        return l->data;
    }

  return NULL;
}

void
caseload_application_open_database (CaseloadApplication *self,
                                    const char          *path,
                                    gboolean             create)
{
  g_autofree char *chosen = NULL;
  g_autoptr(CaseloadStore) store = NULL;
  g_autoptr(GError) error = NULL;
  CaseloadWindow *window;
  gboolean explicit = path != NULL;

  g_return_if_fail (CASELOAD_IS_APPLICATION (self));

  if (explicit)
    {
      chosen = g_strdup (path);
    }
  else
    {
      chosen = g_settings_get_string (self->settings, "database-path");
      if (chosen[0] == '\0' || !g_file_test (chosen, G_FILE_TEST_EXISTS))
        {
          g_free (chosen);
          chosen = caseload_store_default_path ();
        }
    }

  window = find_window_for (self, chosen);
  if (window != NULL)
    {
      gtk_window_present (GTK_WINDOW (window));
      return;
    }

  window = find_window_for (self, NULL);
  if (window == NULL)
    window = caseload_window_new (GTK_APPLICATION (self));

  /* A missing default database is a first launch: welcome the user. */
  if (!explicit && !g_file_test (chosen, G_FILE_TEST_EXISTS))
    {
      caseload_window_set_store (window, NULL);
      gtk_window_present (GTK_WINDOW (window));
      return;
    }

  store = caseload_store_open (chosen,
                               create ? CASELOAD_STORE_OPEN_CREATE : CASELOAD_STORE_OPEN_DEFAULT,
                               &error);
  if (store == NULL)
    {
      caseload_window_set_store (window, NULL);
      gtk_window_present (GTK_WINDOW (window));
      caseload_window_report_open_error (window, chosen, error);
      return;
    }

  /* The store first, then present: the window maps straight into its
   * pages, never realizing the welcome page on the way. */
  caseload_store_set_actor (store, g_settings_get_int64 (self->settings, "signed-in-staff-id"));
  caseload_window_set_store (window, store);
  gtk_window_present (GTK_WINDOW (window));
}

static int
caseload_application_command_line (GApplication            *app,
                                   GApplicationCommandLine *command_line)
{
  CaseloadApplication *self = CASELOAD_APPLICATION (app);
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  const char *database = NULL;
  g_autofree char *path = NULL;

  if (g_variant_dict_lookup (options, "database", "^&ay", &database))
    {
      g_autoptr(GFile) file = g_application_command_line_create_file_for_arg (command_line, database);

      path = g_file_get_path (file);
    }

  /* An explicit path is what the user asked for: create it if missing. */
  caseload_application_open_database (self, path, path != NULL);

  return 0;
}

static void
caseload_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window != NULL)
    gtk_window_present (window);
  else
    caseload_application_open_database (CASELOAD_APPLICATION (app), NULL, FALSE);
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  CaseloadApplication *self = user_data;
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  /* Closing each window saves pending edits and the window size; the
   * application ends with its last window. */
  for (GList *l = windows; l; l = l->next)
    gtk_window_close (l->data);
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  CaseloadApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  CaseloadStore *store = NULL;
  CaseloadPreferencesWindow *prefs;

  if (CASELOAD_IS_WINDOW (parent))
    store = caseload_window_get_store (CASELOAD_WINDOW (parent));

  prefs = caseload_preferences_window_new (parent, self->settings, store);
  gtk_window_present (GTK_WINDOW (prefs));
}

static void
shortcuts_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  CaseloadApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.show-help-overlay", NULL);
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  CaseloadApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  static const char *developers[] = { "The Caseload contributors", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", parent,
                        "modal", TRUE,
                        "application-name", _("Caseload"),
                        "application-icon", APPLICATION_ID,
                        "developer-name", _("The Caseload contributors"),
                        "developers", developers,
                        "version", PACKAGE_VERSION,
                        "comments", _("Keep special-education students, their teams and their IEP deadlines in one place."),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        /* Translators: put your names here, one per line. */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "preferences", preferences_activated },
  { "shortcuts", shortcuts_activated },
  { "about", about_activated },
};

static void
caseload_application_startup (GApplication *app)
{
  CaseloadApplication *self = CASELOAD_APPLICATION (app);

  G_APPLICATION_CLASS (caseload_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);

  for (guint i = 0; i < G_N_ELEMENTS (accelerators); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           accelerators[i].action,
                                           accelerators[i].accels);
}

static void
caseload_application_finalize (GObject *object)
{
  CaseloadApplication *self = CASELOAD_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (caseload_application_parent_class)->finalize (object);
}

static void
caseload_application_class_init (CaseloadApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = caseload_application_finalize;

  app_class->startup = caseload_application_startup;
  app_class->activate = caseload_application_activate;
  app_class->command_line = caseload_application_command_line;
}

static void
caseload_application_init (CaseloadApplication *self)
{
  static const GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Open the database at PATH (created if missing)"), N_("PATH") },
    { NULL }
  };

  self->settings = g_settings_new (APPLICATION_ID);
  g_application_add_main_option_entries (G_APPLICATION (self), entries);
}
