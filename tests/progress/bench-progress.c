/* bench-progress.c: a 200-point chart into a 600×400 image surface (goal
 * under 2 ms) and 50 data points saved through the store, one transaction
 * each (goal under 1 ms per point). Prints the figures. */
#include "config.h"

#include "caseload-chart.h"
#include "caseload-store.h"

#include <time.h>

#include <glib/gstdio.h>

static void
bench_chart (void)
{
  g_autoptr(CaseloadProgressData) data = caseload_progress_data_new ();
  g_autoptr(cairo_surface_t) surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 600, 400);
  g_autoptr(cairo_t) cr = cairo_create (surface);
  g_autoptr(GTimer) timer = NULL;
  GDate date;
  const int runs = 200;
  clock_t cpu;
  double ms;

  caseload_progress_data_set_goal (data, "words correct per minute", FALSE,
                                   TRUE, 20, "2022-01-03", TRUE, 160, "2026-01-05");
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 3, 1, 2022);
  for (int i = 0; i < 200; i++)
    {
      char iso[11];

      g_date_strftime (iso, sizeof iso, "%Y-%m-%d", &date);
      caseload_progress_data_add_point (data, iso, 20 + 0.6 * i + (i * 37 % 11) - 5, NULL);
      if (i == 60 || i == 130)
        caseload_progress_data_add_phase (data, iso, "New intervention");
      g_date_add_days (&date, 7);
    }

  /* warm up fonts and caches */
  caseload_chart_draw (cr, data, NULL, 600, 400, NULL);
  timer = g_timer_new ();
  cpu = clock ();
  for (int i = 0; i < runs; i++)
    caseload_chart_draw (cr, data, NULL, 600, 400, NULL);
  cairo_surface_flush (surface);
  ms = g_timer_elapsed (timer, NULL) * 1000.0 / runs;
  /* CPU time too: on a loaded machine the wall clock counts other work */
  g_print ("chart: 200 points, 600x400 image surface: %.3f ms per chart wall, %.3f ms CPU (goal < 2 ms)\n",
           ms, (double) (clock () - cpu) * 1000.0 / CLOCKS_PER_SEC / runs);
}

static void
bench_store (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("caseload-bench-progress-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "caseload.db", NULL);
  g_autoptr(CaseloadStore) store = caseload_store_open (path, CASELOAD_STORE_OPEN_CREATE, &error);
  g_autoptr(CaseloadStudent) student = caseload_student_new ();
  g_autoptr(CaseloadGoal) goal = caseload_goal_new ();
  g_autoptr(GTimer) timer = NULL;
  gint64 iep_id;
  GDate date;
  double ms;

  g_assert_no_error (error);
  caseload_student_set_student_number (student, "B1");
  caseload_student_set_first_name (student, "Bea");
  caseload_student_set_last_name (student, "Bench");
  caseload_student_set_birth_date (student, "2014-01-01");
  caseload_student_set_grade (student, "4");
  caseload_student_set_status (student, "active");
  caseload_store_save_student (store, student, &error);
  g_assert_no_error (error);
  iep_id = caseload_store_create_iep_draft (store, caseload_student_get_id (student), "initial", &error);
  g_assert_no_error (error);
  caseload_goal_set_iep_id (goal, iep_id);
  caseload_goal_set_area (goal, "reading");
  caseload_goal_set_behavior (goal, "will read aloud");
  caseload_goal_set_unit (goal, "words correct per minute");
  caseload_goal_set_direction (goal, "higher");
  caseload_store_save_goal (store, goal, &error);
  g_assert_no_error (error);

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, 9, 2024);
  timer = g_timer_new ();
  for (int i = 0; i < 50; i++)
    {
      g_autoptr(CaseloadDataPoint) point = caseload_data_point_new ();
      char iso[11];

      g_date_strftime (iso, sizeof iso, "%Y-%m-%d", &date);
      caseload_data_point_set_goal_id (point, caseload_goal_get_id (goal));
      caseload_data_point_set_date (point, iso);
      caseload_data_point_set_value (point, 30 + i);
      if (!caseload_store_save_data_point (store, point, &error))
        g_error ("%s", error->message);
      g_date_add_days (&date, 7);
    }
  ms = g_timer_elapsed (timer, NULL) * 1000.0 / 50;
  g_print ("store: 50 data points, one transaction each: %.3f ms per point (goal < 1 ms)\n", ms);

  g_clear_object (&store);
  {
    const char *suffixes[] = { "", "-wal", "-shm" };

    for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
      {
        g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
        g_unlink (file);
      }
  }
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  bench_chart ();
  bench_store ();
  return 0;
}
