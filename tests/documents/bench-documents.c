/* bench-documents.c: a full IEP with 8 goals and charts to a PDF file
 * (goal under 150 ms) and the progress reports of 500 students into one
 * PDF (goal under 2 s, every core; memory flat). Prints the figures. */
#include "config.h"

#include "caseload-documents.h"
#include "caseload-model.h"
#include "caseload-sample.h"
#include "caseload-store.h"
#include "caseload-store-progress.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <glib/gstdio.h>

static GDate as_of;

/* Peak resident memory (VmHWM) in MiB, from /proc. */
static double
peak_rss_mib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;
  line = strstr (status, "VmHWM:");
  return line != NULL ? g_ascii_strtod (line + 6, NULL) / 1024.0 : 0;
}

/* Starts a new peak: writing 5 to clear_refs resets VmHWM to the current
 * resident size (Linux). Returns that size. */
static double
reset_peak_rss (void)
{
  g_autofree char *status = NULL;
  const char *line;

  g_file_set_contents ("/proc/self/clear_refs", "5", 1, NULL);
  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;
  line = strstr (status, "VmRSS:");
  return line != NULL ? g_ascii_strtod (line + 6, NULL) / 1024.0 : 0;
}

/* The pages of a PDF file we wrote: its page tree's count. */
static int
count_pages (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  const char *count;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return 0;
  /* the joined file's page tree is object 1, written near the end */
  for (gsize at = length; at-- > 0;)
    if (at + 20 < length && memcmp (contents + at, "/Type /Pages", 12) == 0)
      {
        count = strstr (contents + at, "/Count ");
        return count != NULL ? atoi (count + 7) : 0;
      }
  return 0;
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

static void
bench_iep (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db = g_build_filename (dir, "iep.db", NULL);
  g_autofree char *pdf = g_build_filename (dir, "iep.pdf", NULL);
  g_autoptr(CaseloadStore) store = caseload_store_open (db, CASELOAD_STORE_OPEN_CREATE, &error);
  g_autoptr(CaseloadStudent) student = caseload_student_new ();
  g_autoptr(GTimer) timer = NULL;
  CaseloadDocumentOptions options = { "en", 0, 0, &as_of };
  gint64 iep_id;
  const int runs = 10;
  double best = G_MAXDOUBLE;
  guint pages = 0;

  g_assert_no_error (error);
  caseload_student_set_student_number (student, "B-1");
  caseload_student_set_first_name (student, "Bench");
  caseload_student_set_last_name (student, "Mark");
  caseload_student_set_birth_date (student, "2012-05-06");
  caseload_student_set_grade (student, "7");
  caseload_student_set_status (student, "active");
  caseload_store_save_student (store, student, &error);
  g_assert_no_error (error);
  iep_id = caseload_store_create_iep_draft (store, caseload_student_get_id (student), "annual", &error);
  g_assert_no_error (error);
  for (int i = 0; i < 8; i++)
    {
      g_autoptr(CaseloadGoal) goal = caseload_goal_new ();
      g_autoptr(CaseloadService) service = caseload_service_new ();
      g_autoptr(CaseloadAccommodation) accommodation = caseload_accommodation_new ();

      caseload_goal_set_iep_id (goal, iep_id);
      caseload_goal_set_area (goal, "reading");
      caseload_goal_set_condition (goal, "Given a grade-level passage");
      caseload_goal_set_behavior (goal, "will read aloud with expression and accuracy");
      caseload_goal_set_criterion (goal, "110 words correct per minute with 95% accuracy");
      caseload_goal_set_unit (goal, "words correct per minute");
      caseload_goal_set_direction (goal, "higher");
      caseload_goal_set_baseline_value (goal, 40);
      caseload_goal_set_baseline_date (goal, "2025-09-01");
      caseload_goal_set_target_value (goal, 110);
      caseload_goal_set_target_date (goal, "2026-05-29");
      caseload_store_save_goal (store, goal, &error);
      g_assert_no_error (error);
      for (int week = 0; week < 24; week++)
        {
          g_autoptr(CaseloadDataPoint) point = caseload_data_point_new ();
          GDate date;
          char iso[16];

          g_date_clear (&date, 1);
          g_date_set_dmy (&date, 8, G_DATE_SEPTEMBER, 2025);
          g_date_add_days (&date, 7 * week);
          g_date_strftime (iso, sizeof iso, "%Y-%m-%d", &date);
          caseload_data_point_set_goal_id (point, caseload_goal_get_id (goal));
          caseload_data_point_set_date (point, iso);
          caseload_data_point_set_value (point, 40 + 2.1 * week + (week * 7 % 5));
          caseload_store_save_data_point (store, point, &error);
          g_assert_no_error (error);
        }
      caseload_service_set_iep_id (service, iep_id);
      caseload_service_set_category (service, "special-education");
      caseload_service_set_name (service, "Specialized reading instruction");
      caseload_service_set_provider_role (service, "Special education teacher");
      caseload_service_set_minutes_per_session (service, 30);
      caseload_service_set_sessions (service, 3);
      caseload_service_set_per (service, "week");
      caseload_service_set_location (service, "Resource room");
      caseload_service_set_start_date (service, "2025-09-01");
      caseload_service_set_end_date (service, "2026-06-05");
      caseload_store_save_service (store, service, &error);
      g_assert_no_error (error);
      caseload_accommodation_set_iep_id (accommodation, iep_id);
      caseload_accommodation_set_kind (accommodation, "accommodation");
      caseload_accommodation_set_category (accommodation, "timing");
      caseload_accommodation_set_description (accommodation, "Extended time (time and a half) on tests and long assignments");
      caseload_accommodation_set_applies_classroom (accommodation, TRUE);
      caseload_accommodation_set_applies_tests (accommodation, TRUE);
      caseload_accommodation_set_frequency (accommodation, "Always");
      caseload_store_save_accommodation (store, accommodation, &error);
      g_assert_no_error (error);
    }

  for (int run = 0; run < runs; run++)
    {
      g_autoptr(CaseloadLayout) layout = NULL;
      double elapsed;

      timer = g_timer_new ();
      layout = caseload_documents_build_iep (store, iep_id, &options, &error);
      g_assert_no_error (error);
      caseload_layout_write_pdf (layout, pdf, &error);
      g_assert_no_error (error);
      elapsed = g_timer_elapsed (timer, NULL) * 1000;
      g_clear_pointer (&timer, g_timer_destroy);
      if (run > 0)  /* the first run loads fonts */
        best = MIN (best, elapsed);
      pages = caseload_layout_get_n_pages (layout);
    }
  g_print ("IEP, 8 goals with 24-point charts, %u pages, to a PDF file: %.1f ms (best of %d; goal < 150 ms)\n",
           pages, best, runs - 1);
  g_unlink (pdf);
}

static void
bench_batch (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db = g_build_filename (dir, "district.db", NULL);
  g_autofree char *pdf = g_build_filename (dir, "batch.pdf", NULL);
  g_autoptr(CaseloadStore) store = caseload_store_open (db, CASELOAD_STORE_OPEN_CREATE, &error);
  g_autoptr(GListModel) students = NULL;
  CaseloadSampleOptions sample = { 620, 7 };
  CaseloadDocumentOptions options = { "en", 0, 0, &as_of };
  guint counts[] = { 100, 250, 500 };

  g_assert_no_error (error);
  sample.as_of = as_of;
  caseload_sample_generate (store, &sample, NULL, NULL, &error);
  g_assert_no_error (error);
  students = caseload_store_list_students (store, CASELOAD_STUDENT_LIST_ACTIVE, NULL, &error);
  g_assert_no_error (error);

  for (guint c = 0; c < G_N_ELEMENTS (counts); c++)
    {
      g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_autoptr(GTimer) timer = NULL;
      guint skipped = 0;
      clock_t cpu;
      double best_wall = 0, best_cpu = 0, grown = 0;
      int written = 0;
      GStatBuf st;

      /* the first counts[c] students that have a period-1 report */
      for (guint i = 0; i < g_list_model_get_n_items (students) && ids->len < counts[c]; i++)
        {
          g_autoptr(CaseloadStudent) student = g_list_model_get_item (students, i);
          gint64 id = caseload_student_get_id (student);
          g_autoptr(CaseloadIep) iep = caseload_store_get_current_iep (store, id, NULL);
          g_autoptr(GListModel) reports = NULL;
          g_autoptr(CaseloadProgressReport) first = NULL;

          if (iep == NULL || g_strcmp0 (caseload_iep_get_status (iep), "finalized") != 0)
            continue;
          reports = caseload_store_list_progress_reports (store, caseload_iep_get_id (iep), NULL);
          if (reports == NULL || g_list_model_get_n_items (reports) == 0)
            continue;
          first = g_list_model_get_item (reports, 0);
          if (caseload_progress_report_get_id (first) != 0)
            g_array_append_val (ids, id);
        }

      /* best of three runs (this machine's speed wanders by a third from
       * minute to minute); the memory the batch itself adds, from a fresh
       * peak */
      for (int run = 0; run < 3; run++)
        {
          double before = reset_peak_rss ();
          double elapsed, cpu_seconds;

          timer = g_timer_new ();
          cpu = clock ();
          written = caseload_documents_write_progress_batch (store, ids, 1, &options, pdf, &skipped,
                                                             NULL, NULL, NULL, &error);
          g_assert_no_error (error);
          elapsed = g_timer_elapsed (timer, NULL);
          cpu_seconds = (double) (clock () - cpu) / CLOCKS_PER_SEC;
          g_clear_pointer (&timer, g_timer_destroy);
          if (run == 0 || elapsed < best_wall)
            {
              best_wall = elapsed;
              best_cpu = cpu_seconds;
            }
          grown = MAX (grown, peak_rss_mib () - before);
        }
      g_stat (pdf, &st);
      g_print ("%d progress reports (%u skipped, %d pages) into one PDF (%.1f MiB): %.2f s wall, "
               "%.2f s CPU (%.1f cores busy; best of 3), memory +%.0f MiB at peak "
               "(goal < 2 s for 500, memory flat)\n",
               written, skipped, count_pages (pdf), st.st_size / 1048576.0, best_wall,
               best_cpu, best_cpu / best_wall, grown);
      g_unlink (pdf);
    }
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("caseload-bench-documents-XXXXXX", &error);

  g_assert_no_error (error);
  g_date_clear (&as_of, 1);
  g_date_set_dmy (&as_of, 2, G_DATE_MARCH, 2026);
  bench_iep (dir);
  bench_batch (dir);
  remove_dir (dir);
  return 0;
}
