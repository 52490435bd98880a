/* progress-ui-common.h: a temporary sample database and a signed-in team
 * member with goals, shared by the progress UI test and benchmark. */
#pragma once

#include <adwaita.h>
#include <glib/gstdio.h>

#include "caseload-sample.h"
#include "caseload-store.h"

typedef struct
{
  char          *dir;
  char          *path;
  CaseloadStore *store;
  gint64         staff_id;   /* the member with the most goals */
} Fixture;

static void
fixture_set_up (Fixture *fixture,
                guint    n_students)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) staff = NULL;
  CaseloadSampleOptions options = { n_students, 4, { 0 } };
  guint best = 0;

  fixture->dir = g_dir_make_tmp ("caseload-progress-ui-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "progress.db", NULL);
  fixture->store = caseload_store_open (fixture->path, CASELOAD_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_date_clear (&options.as_of, 1);
  g_assert_true (caseload_sample_generate (fixture->store, &options, NULL, NULL, &error));
  g_assert_no_error (error);

  staff = caseload_store_list_staff (fixture->store, FALSE, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(CaseloadStaff) member = g_list_model_get_item (staff, i);
      g_autoptr(GListModel) goals = caseload_store_list_my_goals (fixture->store,
                                                                  caseload_staff_get_id (member),
                                                                  &error);

      g_assert_no_error (error);
      if (g_list_model_get_n_items (goals) > best)
        {
          best = g_list_model_get_n_items (goals);
          fixture->staff_id = caseload_staff_get_id (member);
        }
    }
  g_assert_cmpuint (best, >=, 3);
  caseload_store_set_actor (fixture->store, fixture->staff_id);
}

static void
fixture_tear_down (Fixture *fixture)
{
  const char *suffixes[] = { "", "-wal", "-shm" };

  g_clear_object (&fixture->store);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (fixture->path, suffixes[i], NULL);
      g_remove (file);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

G_GNUC_UNUSED static guint
count_points (CaseloadStore *store,
              gint64         goal_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) points = caseload_store_list_data_points (store, goal_id, &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (points);
}

/* The GtkEntry that has the keyboard focus in @window (GTK focuses its
 * inner GtkText), or NULL. */
static GtkWidget *
focused_entry (GtkWindow *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  if (focus != NULL && GTK_IS_TEXT (focus))
    focus = gtk_widget_get_parent (focus);
  return focus != NULL && GTK_IS_ENTRY (focus) ? focus : NULL;
}

/* What a teacher does for one point: type in the focused value entry,
 * press Enter (the focused GtkText's "activate", which the entry
 * forwards as its own). */
G_GNUC_UNUSED static void
type_and_enter (GtkWindow  *window,
                const char *text)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  g_assert_nonnull (focused_entry (window));
  g_assert_true (GTK_IS_TEXT (focus));
  gtk_editable_set_text (GTK_EDITABLE (focus), text);
  g_signal_emit_by_name (focus, "activate");
}
