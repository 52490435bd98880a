/* test-iep-store.c: IEP authoring in the store: validation messages, the
 * lifecycle (a finalized IEP refuses every change but an audited
 * correction), tamper detection, copy-forward, amendments and comparison,
 * the meeting record as the source of the team. */
#include "config.h"

#include "caseload-store.h"
#include "caseload-sample-iep.h"
#include "caseload-iep-checker.h"

#include <string.h>

#include <sqlite3.h>
#include <glib/gstdio.h>

typedef struct
{
  char          *dir;
  char          *path;
  CaseloadStore *store;
  gint64         student_id;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadStudent) student = caseload_student_new ();

  f->dir = g_dir_make_tmp ("caseload-iep-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "caseload.db", NULL);
  f->store = caseload_store_open (f->path, CASELOAD_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);

  caseload_student_set_student_number (student, "S100");
  caseload_student_set_first_name (student, "Ana");
  caseload_student_set_last_name (student, "Ruiz");
  caseload_student_set_birth_date (student, "2015-03-10");
  caseload_student_set_grade (student, "5");
  caseload_student_set_status (student, "active");
  caseload_student_set_home_language (student, "en");
  caseload_store_save_student (f->store, student, &error);
  g_assert_no_error (error);
  f->student_id = caseload_student_get_id (student);
  g_assert_cmpint (f->student_id, >, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&f->store);
  dir = g_dir_open (f->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static gint64
raw_int (Fixture    *f,
         const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static void
raw_exec (Fixture    *f,
          const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static CaseloadIep *
get_iep (Fixture *f,
         gint64   id)
{
  g_autoptr(GError) error = NULL;
  CaseloadIep *iep = caseload_store_get_iep (f->store, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (iep);
  return iep;
}

static void
add_attendee (Fixture    *f,
              gint64      iep_id,
              const char *role,
              const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadMeetingAttendee) a = caseload_meeting_attendee_new ();

  caseload_meeting_attendee_set_role (a, role);
  caseload_meeting_attendee_set_name (a, name);
  caseload_meeting_attendee_set_attended (a, TRUE);
  caseload_store_save_iep_attendee (f->store, iep_id, a, &error);
  g_assert_no_error (error);
  g_assert_cmpint (caseload_meeting_attendee_get_id (a), >, 0);
}

/* A complete initial IEP draft, clean for the checker (but for the
 * parent-copy warning). */
static gint64
make_complete_draft (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadIep) iep = NULL;
  g_autoptr(CaseloadGoal) goal = caseload_goal_new ();
  g_autoptr(CaseloadObjective) objective = caseload_objective_new ();
  g_autoptr(CaseloadService) service = caseload_service_new ();
  g_autoptr(CaseloadAccommodation) acc = caseload_accommodation_new ();
  const char * const *keys = caseload_special_factor_keys ();
  const char *periods[] = { "2026-03-20", "2026-06-05", NULL };
  gint64 id;

  id = caseload_store_create_iep_draft (f->store, f->student_id, "initial", &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  iep = get_iep (f, id);
  g_assert_cmpstr (caseload_iep_get_status (iep), ==, "draft");
  g_assert_cmpuint (caseload_iep_get_special_factors (iep)->len, ==, 5);
  caseload_iep_set_meeting_date (iep, "2026-01-10");
  caseload_iep_set_start_date (iep, "2026-01-12");
  caseload_iep_set_end_date (iep, "2027-01-11");
  caseload_iep_set_strengths (iep, "Ana is curious and kind; she loves science.");
  caseload_iep_set_academic_needs (iep, "Reading fluency below grade level.");
  caseload_iep_set_percent_regular_class (iep, 85);
  caseload_iep_set_parent_consent_date (iep, "2026-01-10");
  caseload_store_save_iep (f->store, iep, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (caseload_iep_get_environment_code (iep), ==, "RC80");

  caseload_store_set_iep_reporting_periods (f->store, id, periods, &error);
  g_assert_no_error (error);

  for (guint k = 0; keys[k] != NULL; k++)
    {
      caseload_store_set_special_factor (f->store, id, keys[k], TRUE, FALSE, "Discussed.", &error);
      g_assert_no_error (error);
    }

  caseload_goal_set_iep_id (goal, id);
  caseload_goal_set_area (goal, "reading");
  caseload_goal_set_condition (goal, "given a grade-level passage");
  caseload_goal_set_behavior (goal, "will read aloud");
  caseload_goal_set_criterion (goal, "on 3 of 4 weekly probes");
  caseload_goal_set_baseline_value (goal, 60);
  caseload_goal_set_baseline_date (goal, "2026-01-05");
  caseload_goal_set_target_value (goal, 110);
  caseload_goal_set_target_date (goal, "2027-01-05");
  caseload_goal_set_unit (goal, "words correct per minute");
  caseload_goal_set_method (goal, "curriculum-based measurement");
  caseload_store_save_goal (f->store, goal, &error);
  g_assert_no_error (error);
  g_assert_cmpint (caseload_goal_get_id (goal), >, 0);

  caseload_objective_set_goal_id (objective, caseload_goal_get_id (goal));
  caseload_objective_set_description (objective, "Reads 80 wcpm by June.");
  caseload_store_save_objective (f->store, objective, &error);
  g_assert_no_error (error);

  caseload_service_set_iep_id (service, id);
  caseload_service_set_name (service, "Specialized reading instruction");
  caseload_service_set_provider_role (service, "special-education-teacher");
  caseload_service_set_minutes_per_session (service, 30);
  caseload_service_set_sessions (service, 4);
  caseload_store_save_service (f->store, service, &error);
  g_assert_no_error (error);

  caseload_accommodation_set_iep_id (acc, id);
  caseload_accommodation_set_category (acc, "timing");
  caseload_accommodation_set_description (acc, "Extended time on tests");
  caseload_store_save_accommodation (f->store, acc, &error);
  g_assert_no_error (error);

  add_attendee (f, id, "parent", "Rosa Ruiz");
  add_attendee (f, id, "case-manager", "Maria Lopez");
  add_attendee (f, id, "general-education-teacher", "Tom Hale");
  add_attendee (f, id, "lea-representative", "Ann Cole");
  add_attendee (f, id, "evaluation-interpreter", "Dr. Kim");

  return id;
}

static gint64
make_finalized (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GDate as_of;
  gint64 id = make_complete_draft (f);

  g_date_clear (&as_of, 1);
  g_date_set_dmy (&as_of, 10, 1, 2026);
  caseload_store_finalize_iep (f->store, id, TRUE, &as_of, &error);
  g_assert_no_error (error);
  return id;
}

static void
test_validation (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadIep) iep = NULL;
  g_autoptr(CaseloadGoal) goal = caseload_goal_new ();
  g_autoptr(CaseloadService) service = caseload_service_new ();
  const char *field = NULL;
  gint64 id;

  id = caseload_store_create_iep_draft (f->store, f->student_id, "annual", &error);
  g_assert_no_error (error);

  /* One draft at a time; amendments are not created blank. */
  g_assert_cmpint (caseload_store_create_iep_draft (f->store, f->student_id, "initial", &error), ==, 0);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_cmpint (caseload_store_create_iep_draft (f->store, f->student_id, "amendment", &error), ==, 0);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_clear_error (&error);

  iep = get_iep (f, id);
  caseload_iep_set_percent_regular_class (iep, 101);
  g_assert_false (caseload_store_save_iep (f->store, iep, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Percent"));
  g_clear_error (&error);
  caseload_iep_set_percent_regular_class (iep, -1);
  g_assert_false (caseload_store_validate_iep (iep, &field, &error));
  g_assert_cmpstr (field, ==, "percent-regular-class");
  g_clear_error (&error);
  caseload_iep_set_percent_regular_class (iep, 50);

  caseload_iep_set_start_date (iep, "2026-05-01");
  caseload_iep_set_end_date (iep, "2026-04-01");
  g_assert_false (caseload_store_validate_iep (iep, &field, &error));
  g_assert_cmpstr (field, ==, "end-date");
  g_assert_nonnull (strstr (error->message, "End date"));
  g_clear_error (&error);
  caseload_iep_set_end_date (iep, "2026-13-01");
  g_assert_false (caseload_store_validate_iep (iep, &field, &error));
  g_assert_cmpstr (field, ==, "end-date");
  g_clear_error (&error);
  caseload_iep_set_end_date (iep, "2027-04-30");
  caseload_store_save_iep (f->store, iep, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (caseload_iep_get_environment_code (iep), ==, "RC79TO40");

  caseload_goal_set_iep_id (goal, id);
  caseload_goal_set_baseline_value (goal, 40);
  caseload_goal_set_target_value (goal, 40);
  g_assert_false (caseload_store_save_goal (f->store, goal, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "equals the baseline"));
  g_clear_error (&error);
  g_assert_false (caseload_store_validate_goal (goal, &field, &error));
  g_assert_cmpstr (field, ==, "target-value");
  g_clear_error (&error);
  caseload_goal_set_target_value (goal, 60);
  caseload_goal_set_baseline_date (goal, "2026-05-01");
  caseload_goal_set_target_date (goal, "2026-04-30");
  g_assert_false (caseload_store_validate_goal (goal, &field, &error));
  g_assert_cmpstr (field, ==, "target-date");
  g_assert_nonnull (strstr (error->message, "before the baseline date"));
  g_clear_error (&error);
  caseload_goal_set_target_date (goal, "2027-04-30");
  caseload_store_save_goal (f->store, goal, &error);
  g_assert_no_error (error);

  caseload_service_set_iep_id (service, id);
  caseload_service_set_name (service, "Speech therapy");
  caseload_service_set_minutes_per_session (service, 0);
  g_assert_false (caseload_store_validate_service (service, &field, &error));
  g_assert_cmpstr (field, ==, "minutes-per-session");
  g_clear_error (&error);
  caseload_service_set_minutes_per_session (service, 20);
  caseload_service_set_sessions (service, -2);
  g_assert_false (caseload_store_save_service (f->store, service, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Sessions"));
  g_clear_error (&error);
  caseload_service_set_sessions (service, 2);
  caseload_service_set_start_date (service, "2026-05-01");
  caseload_service_set_end_date (service, "2026-04-01");
  g_assert_false (caseload_store_validate_service (service, &field, &error));
  g_assert_cmpstr (field, ==, "end-date");
  g_clear_error (&error);
  caseload_service_set_end_date (service, "");
  caseload_store_save_service (f->store, service, &error);
  g_assert_no_error (error);
}

static void
test_children_and_order (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadIep) iep = NULL;
  gint64 id = caseload_store_create_iep_draft (f->store, f->student_id, "initial", &error);
  gint64 ids[3];

  g_assert_no_error (error);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(CaseloadAccommodation) acc = caseload_accommodation_new ();
      g_autofree char *text = g_strdup_printf ("Accommodation %u", i);

      caseload_accommodation_set_iep_id (acc, id);
      caseload_accommodation_set_description (acc, text);
      caseload_store_save_accommodation (f->store, acc, &error);
      g_assert_no_error (error);
      ids[i] = caseload_accommodation_get_id (acc);
      g_assert_cmpint (caseload_accommodation_get_position (acc), ==, (int) i);
    }
  caseload_store_move_accommodation (f->store, ids[2], 0, &error);
  g_assert_no_error (error);
  caseload_store_delete_accommodation (f->store, ids[1], &error);
  g_assert_no_error (error);

  iep = get_iep (f, id);
  g_assert_cmpuint (caseload_iep_get_accommodations (iep)->len, ==, 2);
  g_assert_cmpstr (caseload_accommodation_get_description (g_ptr_array_index (caseload_iep_get_accommodations (iep), 0)),
                   ==, "Accommodation 2");
  g_assert_cmpstr (caseload_accommodation_get_description (g_ptr_array_index (caseload_iep_get_accommodations (iep), 1)),
                   ==, "Accommodation 0");
  /* Audited: inserts, the move and the delete. */
  g_assert_cmpint (raw_int (f, "SELECT count(*) FROM audit_log WHERE table_name = 'accommodation'"), ==, 5);
}

static void
test_finalize_refused (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadGoal) goal = NULL;
  g_autoptr(CaseloadIep) iep = NULL;
  gint64 id = make_complete_draft (f);

  /* Make the goal unmeasurable: finalizing is refused with the list. */
  iep = get_iep (f, id);
  goal = g_object_ref (g_ptr_array_index (caseload_iep_get_goals (iep), 0));
  caseload_goal_set_method (goal, "");
  caseload_store_save_goal (f->store, goal, &error);
  g_assert_no_error (error);

  g_assert_false (caseload_store_finalize_iep (f->store, id, TRUE, NULL, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Goal 1"));
  g_assert_nonnull (strstr (error->message, "method"));
  g_clear_error (&error);

  caseload_goal_set_method (goal, "timed probes");
  caseload_store_save_goal (f->store, goal, &error);
  g_assert_no_error (error);

  /* Only the parent-copy warning is left: it needs acknowledging. */
  g_assert_false (caseload_store_finalize_iep (f->store, id, FALSE, NULL, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "copy"));
  g_clear_error (&error);
  g_assert_cmpint (raw_int (f, "SELECT count(*) FROM iep WHERE status = 'draft'"), ==, 1);

  caseload_store_finalize_iep (f->store, id, TRUE, NULL, &error);
  g_assert_no_error (error);
  g_clear_object (&iep);
  iep = get_iep (f, id);
  g_assert_cmpstr (caseload_iep_get_status (iep), ==, "finalized");
  g_assert_cmpuint (strlen (caseload_iep_get_content_hash (iep)), ==, 64);
  g_assert_cmpstr (caseload_iep_get_finalized_at (iep), !=, "");
}

static char *
stored_hash (Fixture *f,
             gint64   id)
{
  g_autoptr(CaseloadIep) iep = get_iep (f, id);

  return g_strdup (caseload_iep_get_content_hash (iep));
}

static void
check_locked (gboolean  ok,
              GError   *error)
{
  g_assert_false (ok);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_LOCKED);
  g_error_free (error);
}

/* @expr uses `err` as its GError **. */
#define LOCKED(expr) \
  G_STMT_START { \
    GError *locked_error = NULL; \
    GError **err = &locked_error; \
    gboolean locked_ok = (expr) != 0; \
    check_locked (locked_ok, locked_error); \
  } G_STMT_END

static void
test_locked (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadIep) iep = NULL;
  g_autoptr(CaseloadIep) again = NULL;
  g_autoptr(CaseloadGoal) new_goal = caseload_goal_new ();
  g_autoptr(CaseloadObjective) new_objective = caseload_objective_new ();
  g_autoptr(CaseloadService) new_service = caseload_service_new ();
  g_autoptr(CaseloadAccommodation) new_acc = caseload_accommodation_new ();
  g_autoptr(CaseloadMeetingAttendee) new_attendee = caseload_meeting_attendee_new ();
  g_autoptr(GListModel) attendees = NULL;
  g_autoptr(CaseloadMeetingAttendee) attendee = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *after = NULL;
  CaseloadGoal *goal;
  CaseloadObjective *objective;
  CaseloadService *service;
  CaseloadAccommodation *acc;
  const char *periods[] = { "2026-06-01", NULL };
  gint64 id = make_finalized (f);
  gint64 audit_before;
  gint64 meeting_id;
  gboolean matches = FALSE;

  hash = stored_hash (f, id);
  iep = get_iep (f, id);
  goal = g_ptr_array_index (caseload_iep_get_goals (iep), 0);
  objective = g_ptr_array_index (caseload_goal_get_objectives (goal), 0);
  service = g_ptr_array_index (caseload_iep_get_services (iep), 0);
  acc = g_ptr_array_index (caseload_iep_get_accommodations (iep), 0);
  attendees = caseload_store_list_iep_attendees (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (attendees), ==, 5);
  attendee = g_list_model_get_item (attendees, 0);
  audit_before = raw_int (f, "SELECT count(*) FROM audit_log");

  caseload_iep_set_strengths (iep, "Changed");
  caseload_goal_set_behavior (goal, "Changed");
  caseload_objective_set_description (objective, "Changed");
  caseload_service_set_name (service, "Changed");
  caseload_accommodation_set_description (acc, "Changed");
  caseload_meeting_attendee_set_name (attendee, "Changed");
  caseload_goal_set_iep_id (new_goal, id);
  caseload_objective_set_goal_id (new_objective, caseload_goal_get_id (goal));
  caseload_objective_set_description (new_objective, "New");
  caseload_service_set_iep_id (new_service, id);
  caseload_service_set_name (new_service, "New");
  caseload_accommodation_set_iep_id (new_acc, id);
  caseload_accommodation_set_description (new_acc, "New");
  caseload_meeting_attendee_set_role (new_attendee, "other");
  caseload_meeting_attendee_set_name (new_attendee, "New");

  /* Every store function that changes an IEP's content. */
  LOCKED (caseload_store_save_iep (f->store, iep, err));
  LOCKED (caseload_store_set_iep_reporting_periods (f->store, id, periods, err));
  LOCKED (caseload_store_save_goal (f->store, goal, err));
  LOCKED (caseload_store_save_goal (f->store, new_goal, err));
  LOCKED (caseload_store_delete_goal (f->store, caseload_goal_get_id (goal), err));
  LOCKED (caseload_store_move_goal (f->store, caseload_goal_get_id (goal), 0, err));
  LOCKED (caseload_store_save_objective (f->store, objective, err));
  LOCKED (caseload_store_save_objective (f->store, new_objective, err));
  LOCKED (caseload_store_delete_objective (f->store, caseload_objective_get_id (objective), err));
  LOCKED (caseload_store_move_objective (f->store, caseload_objective_get_id (objective), 0, err));
  LOCKED (caseload_store_save_service (f->store, service, err));
  LOCKED (caseload_store_save_service (f->store, new_service, err));
  LOCKED (caseload_store_delete_service (f->store, caseload_service_get_id (service), err));
  LOCKED (caseload_store_move_service (f->store, caseload_service_get_id (service), 0, err));
  LOCKED (caseload_store_save_accommodation (f->store, acc, err));
  LOCKED (caseload_store_save_accommodation (f->store, new_acc, err));
  LOCKED (caseload_store_delete_accommodation (f->store, caseload_accommodation_get_id (acc), err));
  LOCKED (caseload_store_move_accommodation (f->store, caseload_accommodation_get_id (acc), 0, err));
  LOCKED (caseload_store_set_special_factor (f->store, id, "behavior", FALSE, FALSE, "", err));
  LOCKED (caseload_store_save_iep_attendee (f->store, id, attendee, err));
  LOCKED (caseload_store_save_iep_attendee (f->store, id, new_attendee, err));
  LOCKED (caseload_store_delete_iep_attendee (f->store, id, caseload_meeting_attendee_get_id (attendee), err));
  LOCKED (caseload_store_delete_iep_draft (f->store, id, err));
  LOCKED (caseload_store_finalize_iep (f->store, id, TRUE, NULL, err));

  /* The meeting exists already: asking for it changes nothing. */
  meeting_id = caseload_store_ensure_iep_meeting (f->store, id, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (meeting_id, ==, caseload_iep_get_meeting_id (iep));

  g_assert_cmpint (raw_int (f, "SELECT count(*) FROM audit_log"), ==, audit_before);
  after = stored_hash (f, id);
  g_assert_cmpstr (after, ==, hash);
  caseload_store_verify_iep_hash (f->store, id, &matches, &error);
  g_assert_no_error (error);
  g_assert_true (matches);
  again = get_iep (f, id);
  g_assert_cmpstr (caseload_iep_get_strengths (again), ==, "Ana is curious and kind; she loves science.");
  g_assert_cmpuint (caseload_iep_get_goals (again)->len, ==, 1);

  /* The parent copy is recorded after finalizing: allowed, hash kept. */
  caseload_store_set_iep_parent_copy (f->store, id, "2026-01-15", "mail", &error);
  g_assert_no_error (error);
  g_clear_pointer (&after, g_free);
  after = stored_hash (f, id);
  g_assert_cmpstr (after, ==, hash);
  caseload_store_verify_iep_hash (f->store, id, &matches, &error);
  g_assert_no_error (error);
  g_assert_true (matches);
}

static void
test_correction (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadIep) iep = NULL;
  g_autoptr(CaseloadIep) corrected = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *after = NULL;
  gint64 id = make_finalized (f);
  gint64 goal_id;
  gboolean matches = FALSE;

  caseload_store_set_actor (f->store, 0);
  hash = stored_hash (f, id);
  iep = get_iep (f, id);
  goal_id = caseload_goal_get_id (g_ptr_array_index (caseload_iep_get_goals (iep), 0));

  /* A reason is required; numbers are not text; drafts are edited. */
  g_assert_false (caseload_store_correct_iep_text (f->store, id, "iep", 0, "strengths", "Fixed", " ", &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Reason"));
  g_clear_error (&error);
  g_assert_false (caseload_store_correct_iep_text (f->store, id, "goal", goal_id, "target-value", "90", "typo", &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (caseload_store_correct_iep_text (f->store, id, "goal", 99999, "behavior", "x", "typo", &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND);
  g_clear_error (&error);
  /* A correction fixes a typo: it never blanks a field. */
  g_assert_false (caseload_store_correct_iep_text (f->store, id, "iep", 0, "strengths", " \t\n ", "typo", &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "strengths"));
  g_assert_nonnull (strstr (error->message, "blank"));
  g_clear_error (&error);
  g_assert_false (caseload_store_correct_iep_text (f->store, id, "goal", goal_id, "behavior", "", "typo", &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "behavior"));
  g_clear_error (&error);
  g_assert_false (caseload_store_correct_iep_text (f->store, id, "goal", goal_id, "behavior", NULL, "typo", &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (raw_int (f, "SELECT count(*) FROM audit_log WHERE action = 'correct'"), ==, 0);

  caseload_store_correct_iep_text (f->store, id, "goal", goal_id, "behavior", "will read aloud fluently",
                                   "Typo in the goal statement", &error);
  g_assert_no_error (error);
  caseload_store_correct_iep_text (f->store, id, "iep", 0, "strengths",
                                   "Ana is curious and kind; she loves science and art.", "Parent asked", &error);
  g_assert_no_error (error);

  corrected = get_iep (f, id);
  g_assert_cmpstr (caseload_iep_get_status (corrected), ==, "finalized");
  g_assert_cmpstr (caseload_goal_get_behavior (g_ptr_array_index (caseload_iep_get_goals (corrected), 0)), ==,
                   "will read aloud fluently");
  after = stored_hash (f, id);
  g_assert_cmpstr (after, !=, hash);
  caseload_store_verify_iep_hash (f->store, id, &matches, &error);
  g_assert_no_error (error);
  g_assert_true (matches);

  g_assert_cmpint (raw_int (f, "SELECT count(*) FROM audit_log WHERE action = 'correct' AND table_name = 'goal' "
                               "AND field = 'behavior' AND old_value = 'will read aloud' "
                               "AND new_value = 'will read aloud fluently' "
                               "AND reason = 'Typo in the goal statement'"), ==, 1);
  g_assert_cmpint (raw_int (f, "SELECT count(*) FROM audit_log WHERE action = 'correct'"), ==, 2);
}

static void
test_tamper (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = make_finalized (f);
  g_autofree char *sql = NULL;
  gboolean matches = FALSE;

  caseload_store_verify_iep_hash (f->store, id, &matches, &error);
  g_assert_no_error (error);
  g_assert_true (matches);

  /* Raw SQL behind Caseload's back: a goal's target. */
  sql = g_strdup_printf ("UPDATE goal SET target_value = 90 WHERE iep_id = %" G_GINT64_FORMAT, id);
  raw_exec (f, sql);
  caseload_store_verify_iep_hash (f->store, id, &matches, &error);
  g_assert_no_error (error);
  g_assert_false (matches);

  /* A correction will not launder the change into a new hash. */
  g_assert_false (caseload_store_correct_iep_text (f->store, id, "iep", 0, "strengths", "New", "typo", &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_FAILED);
  g_clear_error (&error);

  /* Putting it back restores the match; an attendee change is caught too. */
  g_free (sql);
  sql = g_strdup_printf ("UPDATE goal SET target_value = 110 WHERE iep_id = %" G_GINT64_FORMAT, id);
  raw_exec (f, sql);
  caseload_store_verify_iep_hash (f->store, id, &matches, &error);
  g_assert_no_error (error);
  g_assert_true (matches);
  raw_exec (f, "UPDATE meeting_attendee SET excused = 1, attended = 0 WHERE role = 'parent'");
  caseload_store_verify_iep_hash (f->store, id, &matches, &error);
  g_assert_no_error (error);
  g_assert_false (matches);
}

static void
test_copy_forward (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadIep) old_iep = NULL;
  g_autoptr(CaseloadIep) next = NULL;
  g_autoptr(GListModel) versions = NULL;
  g_autofree char *sql = NULL;
  CaseloadGoal *old_goal, *goal;
  gint64 id = make_finalized (f);
  gint64 next_id;

  old_iep = get_iep (f, id);
  old_goal = g_ptr_array_index (caseload_iep_get_goals (old_iep), 0);
  sql = g_strdup_printf ("INSERT INTO data_point (goal_id, point_date, value, recorded_at) VALUES "
                         "(%" G_GINT64_FORMAT ", '2026-10-01', 88, 'x'), "
                         "(%" G_GINT64_FORMAT ", '2026-12-01', 97, 'x'), "
                         "(%" G_GINT64_FORMAT ", '2026-11-01', 93, 'x')",
                         caseload_goal_get_id (old_goal), caseload_goal_get_id (old_goal),
                         caseload_goal_get_id (old_goal));
  raw_exec (f, sql);

  /* A draft cannot be carried forward. */
  next_id = caseload_store_copy_iep_forward (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (next_id, >, id);
  g_assert_cmpint (caseload_store_copy_iep_forward (f->store, next_id, &error), ==, 0);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_clear_error (&error);

  next = get_iep (f, next_id);
  g_assert_cmpstr (caseload_iep_get_kind (next), ==, "annual");
  g_assert_cmpstr (caseload_iep_get_status (next), ==, "draft");
  g_assert_cmpint (caseload_iep_get_previous_iep_id (next), ==, id);
  g_assert_cmpint (caseload_iep_get_meeting_id (next), ==, 0);
  g_assert_cmpstr (caseload_iep_get_meeting_date (next), ==, "");
  g_assert_cmpstr (caseload_iep_get_strengths (next), ==, caseload_iep_get_strengths (old_iep));
  g_assert_cmpstr (caseload_iep_get_environment_code (next), ==, "RC80");
  g_assert_cmpuint (caseload_iep_get_services (next)->len, ==, 1);
  g_assert_cmpuint (caseload_iep_get_accommodations (next)->len, ==, 1);
  g_assert_true (caseload_special_factor_get_considered (g_ptr_array_index (caseload_iep_get_special_factors (next), 0)));

  goal = g_ptr_array_index (caseload_iep_get_goals (next), 0);
  g_assert_cmpint (caseload_goal_get_carried_from_goal_id (goal), ==, caseload_goal_get_id (old_goal));
  g_assert_cmpfloat (caseload_goal_get_baseline_value (goal), ==, 97.0);
  g_assert_cmpstr (caseload_goal_get_baseline_date (goal), ==, "2026-12-01");
  g_assert_cmpfloat (caseload_goal_get_target_value (goal), ==, 110.0);
  g_assert_cmpstr (caseload_goal_get_target_date (goal), ==, "");
  g_assert_cmpuint (caseload_goal_get_objectives (goal)->len, ==, 1);

  /* All versions, newest first; the old one is still in effect. */
  versions = caseload_store_list_ieps (f->store, f->student_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (versions), ==, 2);
  {
    g_autoptr(CaseloadIep) newest = g_list_model_get_item (versions, 0);
    g_autoptr(CaseloadIep) current = caseload_store_get_current_iep (f->store, f->student_id, &error);

    g_assert_no_error (error);
    g_assert_cmpint (caseload_iep_get_id (newest), ==, next_id);
    g_assert_cmpint (caseload_iep_get_id (current), ==, next_id);
  }
}

static gboolean
has_difference (GListModel *diffs,
                const char *section,
                const char *item,
                const char *field,
                const char *change,
                const char *old_value,
                const char *new_value)
{
  for (guint i = 0; i < g_list_model_get_n_items (diffs); i++)
    {
      g_autoptr(CaseloadIepDifference) d = g_list_model_get_item (diffs, i);

      if (g_str_equal (caseload_iep_difference_get_section (d), section) &&
          g_str_equal (caseload_iep_difference_get_item (d), item) &&
          g_str_equal (caseload_iep_difference_get_field (d), field) &&
          g_str_equal (caseload_iep_difference_get_change (d), change) &&
          (old_value == NULL || g_str_equal (caseload_iep_difference_get_old_value (d), old_value)) &&
          (new_value == NULL || g_str_equal (caseload_iep_difference_get_new_value (d), new_value)))
        return TRUE;
    }
  return FALSE;
}

static void
test_amendment (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadIep) amendment = NULL;
  g_autoptr(CaseloadIep) original = NULL;
  g_autoptr(GListModel) diffs = NULL;
  g_autoptr(CaseloadService) speech = caseload_service_new ();
  g_autoptr(CaseloadGoal) extra = caseload_goal_new ();
  g_autoptr(CaseloadObjective) second = caseload_objective_new ();
  CaseloadService *service;
  gint64 id = make_finalized (f);
  gint64 amendment_id;

  g_assert_cmpint (caseload_store_amend_iep (f->store, id, "  ", &error), ==, 0);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_clear_error (&error);

  amendment_id = caseload_store_amend_iep (f->store, id, "Adds speech therapy; more reading minutes.", &error);
  g_assert_no_error (error);
  amendment = get_iep (f, amendment_id);
  g_assert_cmpstr (caseload_iep_get_kind (amendment), ==, "amendment");
  g_assert_cmpint (caseload_iep_get_amends_iep_id (amendment), ==, id);
  g_assert_cmpstr (caseload_iep_get_start_date (amendment), ==, "2026-01-12");
  g_assert_cmpstr (g_strv_length ((char **) caseload_iep_get_reporting_periods (amendment)) == 2 ? "2" : "?", ==, "2");

  service = g_ptr_array_index (caseload_iep_get_services (amendment), 0);
  caseload_service_set_minutes_per_session (service, 45);
  caseload_store_save_service (f->store, service, &error);
  g_assert_no_error (error);
  caseload_service_set_iep_id (speech, amendment_id);
  caseload_service_set_category (speech, "related-service");
  caseload_service_set_name (speech, "Speech-language therapy");
  caseload_service_set_provider_role (speech, "speech-language-pathologist");
  caseload_service_set_minutes_per_session (speech, 30);
  caseload_service_set_sessions (speech, 2);
  caseload_service_set_per (speech, "month");
  caseload_store_save_service (f->store, speech, &error);
  g_assert_no_error (error);
  caseload_objective_set_goal_id (second, caseload_goal_get_id (g_ptr_array_index (caseload_iep_get_goals (amendment), 0)));
  caseload_objective_set_description (second, "Reads 95 wcpm by December.");
  caseload_store_save_objective (f->store, second, &error);
  g_assert_no_error (error);
  /* A new goal placed first: matching follows carried-from, not position. */
  caseload_goal_set_iep_id (extra, amendment_id);
  caseload_goal_set_area (extra, "communication");
  caseload_goal_set_behavior (extra, "will produce /r/ in words");
  caseload_goal_set_criterion (extra, "in 4 of 5 sessions");
  caseload_goal_set_baseline_value (extra, 20);
  caseload_goal_set_baseline_date (extra, "2026-02-01");
  caseload_goal_set_target_value (extra, 80);
  caseload_goal_set_target_date (extra, "2027-01-05");
  caseload_goal_set_unit (extra, "percent correct");
  caseload_goal_set_method (extra, "speech probes");
  caseload_store_save_goal (f->store, extra, &error);
  g_assert_no_error (error);
  caseload_store_move_goal (f->store, caseload_goal_get_id (extra), 0, &error);
  g_assert_no_error (error);

  diffs = caseload_iep_compare (f->store, id, amendment_id, &error);
  g_assert_no_error (error);
  g_assert_true (has_difference (diffs, "header", "", "kind", "changed", "initial", "amendment"));
  g_assert_true (has_difference (diffs, "header", "", "amendment-summary", "changed", "", NULL));
  g_assert_true (has_difference (diffs, "services", "Service 1", "minutes-per-session", "changed", "30", "45"));
  g_assert_true (has_difference (diffs, "services", "Service 2", "name", "added", "", "Speech-language therapy"));
  g_assert_true (has_difference (diffs, "goals", "Goal 1", "behavior", "added", "", "will produce /r/ in words"));
  g_assert_true (has_difference (diffs, "goals", "Goal 2, objective 2", "description", "added", "", "Reads 95 wcpm by December."));
  g_assert_false (has_difference (diffs, "goals", "Goal 2", "behavior", "changed", NULL, NULL));
  g_assert_false (has_difference (diffs, "present-levels", "", "strengths", "changed", NULL, NULL));
  g_assert_true (has_difference (diffs, "consent", "", "parent-copy-date", "removed", NULL, NULL) ||
                 !has_difference (diffs, "consent", "", "parent-copy-date", "changed", NULL, NULL));

  /* Finalizing the amendment supersedes the amended IEP. */
  {
    g_autoptr(GListModel) attendees = NULL;

    caseload_store_finalize_iep (f->store, amendment_id, TRUE, NULL, &error);
    g_assert_no_error (error);
    attendees = caseload_store_list_iep_attendees (f->store, amendment_id, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (attendees), ==, 0);
  }
  original = get_iep (f, id);
  g_assert_cmpstr (caseload_iep_get_status (original), ==, "superseded");
  /* A superseded IEP is history: never amended, never corrected. */
  g_assert_cmpint (caseload_store_amend_iep (f->store, id, "again", &error), ==, 0);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (caseload_store_correct_iep_text (f->store, id, "iep", 0, "academic-needs",
                                                   "Reading fluency is below grade level.", "Grammar", &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_LOCKED);
  g_assert_nonnull (strstr (error->message, "history"));
  g_clear_error (&error);
  g_clear_object (&original);
  original = get_iep (f, id);
  g_assert_cmpstr (caseload_iep_get_academic_needs (original), ==, "Reading fluency below grade level.");
}

static void
test_annual_supersedes (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadIep) next = NULL;
  g_autoptr(CaseloadIep) old_iep = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  gint64 id = make_finalized (f);
  gint64 next_id = caseload_store_copy_iep_forward (f->store, id, &error);
  GDate as_of;

  g_assert_no_error (error);
  next = get_iep (f, next_id);
  caseload_iep_set_meeting_date (next, "2027-01-08");
  caseload_iep_set_start_date (next, "2027-01-12");
  caseload_iep_set_end_date (next, "2028-01-11");
  caseload_store_save_iep (f->store, next, &error);
  g_assert_no_error (error);

  /* The copied goal needs a new target date; nobody attended yet. */
  g_date_clear (&as_of, 1);
  g_date_set_dmy (&as_of, 8, 1, 2027);
  findings = caseload_store_check_iep (f->store, next_id, &as_of, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (caseload_iep_findings_count_errors (findings), >, 0);
  g_assert_false (caseload_store_finalize_iep (f->store, next_id, TRUE, &as_of, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "target date"));
  g_clear_error (&error);

  {
    CaseloadGoal *goal = g_ptr_array_index (caseload_iep_get_goals (next), 0);

    caseload_goal_set_target_date (goal, "2028-01-05");
    caseload_store_save_goal (f->store, goal, &error);
    g_assert_no_error (error);
  }
  add_attendee (f, next_id, "parent", "Rosa Ruiz");
  add_attendee (f, next_id, "special-education-teacher", "Maria Lopez");
  add_attendee (f, next_id, "general-education-teacher", "Tom Hale");
  add_attendee (f, next_id, "lea-representative", "Ann Cole");
  add_attendee (f, next_id, "evaluation-interpreter", "Dr. Kim");

  caseload_store_finalize_iep (f->store, next_id, TRUE, &as_of, &error);
  g_assert_no_error (error);
  old_iep = get_iep (f, id);
  g_assert_cmpstr (caseload_iep_get_status (old_iep), ==, "superseded");
}

static CaseloadMeeting *
get_meeting (Fixture *f,
             gint64   iep_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadIep) iep = get_iep (f, iep_id);
  CaseloadMeeting *meeting;

  g_assert_cmpint (caseload_iep_get_meeting_id (iep), >, 0);
  meeting = caseload_store_get_meeting (f->store, caseload_iep_get_meeting_id (iep), &error);
  g_assert_no_error (error);
  g_assert_nonnull (meeting);
  return meeting;
}

static void
assert_hash_matches (Fixture *f,
                     gint64   id)
{
  g_autoptr(GError) error = NULL;
  gboolean matches = FALSE;

  caseload_store_verify_iep_hash (f->store, id, &matches, &error);
  g_assert_no_error (error);
  g_assert_true (matches);
}

/* The meetings store is a second way to the attendees of a finalized IEP:
 * it must refuse every change to them, and to the produced IEP. */
static void
test_meeting_locked (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadMeeting) meeting = NULL;
  g_autoptr(CaseloadMeetingAttendee) extra = caseload_meeting_attendee_new ();
  g_autoptr(CaseloadMeeting) reloaded = NULL;
  gint64 id = make_finalized (f);
  gint64 attendees_before;
  gint64 audit_before;
  GPtrArray *attendees;

  assert_hash_matches (f, id);
  attendees_before = raw_int (f, "SELECT count(*) FROM meeting_attendee");
  g_assert_cmpint (attendees_before, ==, 5);

  /* Notes and outcome are not part of the IEP: they still change. */
  meeting = get_meeting (f, id);
  caseload_meeting_set_notes (meeting, "Parent asked for a copy by mail.");
  caseload_meeting_set_outcome (meeting, "IEP agreed.");
  caseload_store_save_meeting (f->store, meeting, &error);
  g_assert_no_error (error);
  assert_hash_matches (f, id);
  g_clear_object (&meeting);

  audit_before = raw_int (f, "SELECT count(*) FROM audit_log");

  /* Renaming an attendee. */
  meeting = get_meeting (f, id);
  attendees = caseload_meeting_get_attendees (meeting);
  caseload_meeting_attendee_set_name (g_ptr_array_index (attendees, 0), "Someone Else");
  g_assert_false (caseload_store_save_meeting (f->store, meeting, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_LOCKED);
  g_assert_nonnull (strstr (error->message, "IEP of 2026-01-10"));
  g_clear_error (&error);
  g_clear_object (&meeting);

  /* Marking someone absent. */
  meeting = get_meeting (f, id);
  attendees = caseload_meeting_get_attendees (meeting);
  caseload_meeting_attendee_set_attended (g_ptr_array_index (attendees, 1), FALSE);
  g_assert_false (caseload_store_save_meeting (f->store, meeting, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_LOCKED);
  g_clear_error (&error);
  g_clear_object (&meeting);

  /* Removing one. */
  meeting = get_meeting (f, id);
  g_ptr_array_remove_index (caseload_meeting_get_attendees (meeting), 0);
  g_assert_false (caseload_store_save_meeting (f->store, meeting, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_LOCKED);
  g_clear_error (&error);
  g_clear_object (&meeting);

  /* Adding one. */
  meeting = get_meeting (f, id);
  caseload_meeting_attendee_set_role (extra, "other");
  caseload_meeting_attendee_set_name (extra, "Late Addition");
  g_ptr_array_add (caseload_meeting_get_attendees (meeting), g_object_ref (extra));
  g_assert_false (caseload_store_save_meeting (f->store, meeting, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_LOCKED);
  g_clear_error (&error);
  g_clear_object (&meeting);

  /* Unlinking the produced IEP, even with a notes change alongside. */
  meeting = get_meeting (f, id);
  g_assert_cmpint (caseload_meeting_get_produced_iep_id (meeting), ==, id);
  caseload_meeting_set_produced_iep_id (meeting, 0);
  caseload_meeting_set_notes (meeting, "Unlinked");
  g_assert_false (caseload_store_save_meeting (f->store, meeting, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_LOCKED);
  g_assert_nonnull (strstr (error->message, "IEP of 2026-01-10"));
  g_clear_error (&error);
  g_clear_object (&meeting);

  /* A new meeting cannot claim to have produced a finalized IEP. */
  meeting = get_meeting (f, id);
  caseload_meeting_set_id (meeting, 0);
  caseload_meeting_set_uid (meeting, NULL);
  g_ptr_array_set_size (caseload_meeting_get_attendees (meeting), 0);
  g_assert_false (caseload_store_save_meeting (f->store, meeting, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_LOCKED);
  g_clear_error (&error);
  g_clear_object (&meeting);

  /* Nothing was written; the content still matches its hash. */
  g_assert_cmpint (raw_int (f, "SELECT count(*) FROM audit_log"), ==, audit_before);
  g_assert_cmpint (raw_int (f, "SELECT count(*) FROM meeting_attendee"), ==, attendees_before);
  g_assert_cmpint (raw_int (f, "SELECT count(*) FROM meeting"), ==, 1);
  reloaded = get_meeting (f, id);
  g_assert_cmpint (caseload_meeting_get_produced_iep_id (reloaded), ==, id);
  g_assert_cmpstr (caseload_meeting_get_notes (reloaded), ==, "Parent asked for a copy by mail.");
  assert_hash_matches (f, id);
}

/* While the IEP is a draft, its meeting's invitees change freely. */
static void
test_meeting_draft_editable (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadMeeting) meeting = NULL;
  gint64 id = make_complete_draft (f);

  meeting = get_meeting (f, id);
  caseload_meeting_attendee_set_name (g_ptr_array_index (caseload_meeting_get_attendees (meeting), 0),
                                      "Rosa M. Ruiz");
  caseload_store_save_meeting (f->store, meeting, &error);
  g_assert_no_error (error);
  g_assert_cmpint (raw_int (f, "SELECT count(*) FROM meeting_attendee WHERE name = 'Rosa M. Ruiz'"), ==, 1);
}

/* The checker counts the documented attempts to involve an absent parent
 * in the IEP's meeting (parent_contact_attempt rows). */
static guint
parent_findings (Fixture *f,
                 gint64   iep_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  GDate as_of;
  guint n = 0;

  g_date_clear (&as_of, 1);
  g_date_set_dmy (&as_of, 10, 1, 2026);
  findings = caseload_store_check_iep (f->store, iep_id, &as_of, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < findings->len; i++)
    if (g_str_equal (caseload_iep_finding_get_section (g_ptr_array_index (findings, i)), "team") &&
        strstr (caseload_iep_finding_get_message (g_ptr_array_index (findings, i)), "arent") != NULL)
      n++;
  return n;
}

static void
test_parent_attempts_counted (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadMeeting) meeting = NULL;
  gint64 id = make_complete_draft (f);
  GPtrArray *attendees;
  gint64 meeting_id;

  g_assert_cmpuint (parent_findings (f, id), ==, 0);

  meeting = get_meeting (f, id);
  meeting_id = caseload_meeting_get_id (meeting);
  attendees = caseload_meeting_get_attendees (meeting);
  for (guint i = 0; i < attendees->len; i++)
    if (g_str_equal (caseload_meeting_attendee_get_role (g_ptr_array_index (attendees, i)), "parent"))
      caseload_meeting_attendee_set_attended (g_ptr_array_index (attendees, i), FALSE);
  caseload_store_save_meeting (f->store, meeting, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (parent_findings (f, id), ==, 1);

  caseload_store_add_contact_attempt (f->store, meeting_id, "2025-12-01", "phone", "No answer", &error);
  g_assert_no_error (error);
  caseload_store_add_contact_attempt (f->store, meeting_id, "2025-12-03", "phone", "Voicemail", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (parent_findings (f, id), ==, 1);

  caseload_store_add_contact_attempt (f->store, meeting_id, "2025-12-05", "letter", "Sent home", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (parent_findings (f, id), ==, 0);
}

static gint64
add_guardian (Fixture    *f,
              const char *first,
              const char *last)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadGuardian) guardian = caseload_guardian_new ();

  caseload_guardian_set_student_id (guardian, f->student_id);
  caseload_guardian_set_first_name (guardian, first);
  caseload_guardian_set_last_name (guardian, last);
  caseload_guardian_set_relationship (guardian, "parent");
  caseload_store_save_guardian (f->store, guardian, &error);
  g_assert_no_error (error);
  g_assert_cmpint (caseload_guardian_get_id (guardian), >, 0);
  return caseload_guardian_get_id (guardian);
}

static void
link_parent_attendee (Fixture *f,
                      gint64   iep_id,
                      gint64   guardian_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadMeeting) meeting = get_meeting (f, iep_id);
  GPtrArray *attendees = caseload_meeting_get_attendees (meeting);
  gboolean found = FALSE;

  for (guint i = 0; i < attendees->len; i++)
    if (g_str_equal (caseload_meeting_attendee_get_role (g_ptr_array_index (attendees, i)), "parent"))
      {
        caseload_meeting_attendee_set_guardian_id (g_ptr_array_index (attendees, i), guardian_id);
        found = TRUE;
      }
  g_assert_true (found);
  caseload_store_save_meeting (f->store, meeting, &error);
  g_assert_no_error (error);
}

/* Deleting a guardian would blank the signature of a finalized IEP
 * (meeting_attendee.guardian_id is ON DELETE SET NULL). */
static void
test_guardian_of_finalized_kept (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  GDate as_of;
  gint64 id = make_complete_draft (f);
  gint64 rosa = add_guardian (f, "Rosa", "Ruiz");
  gint64 luis = add_guardian (f, "Luis", "Ruiz");

  link_parent_attendee (f, id, rosa);
  g_date_clear (&as_of, 1);
  g_date_set_dmy (&as_of, 10, 1, 2026);
  caseload_store_finalize_iep (f->store, id, TRUE, &as_of, &error);
  g_assert_no_error (error);
  assert_hash_matches (f, id);

  g_assert_false (caseload_store_delete_guardian (f->store, rosa, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_LOCKED);
  g_assert_nonnull (strstr (error->message, "Rosa Ruiz"));
  g_assert_nonnull (strstr (error->message, "record is kept"));
  g_clear_error (&error);
  sql = g_strdup_printf ("SELECT count(*) FROM meeting_attendee WHERE guardian_id = %" G_GINT64_FORMAT, rosa);
  g_assert_cmpint (raw_int (f, sql), ==, 1);
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT count(*) FROM guardian WHERE id = %" G_GINT64_FORMAT, rosa);
  g_assert_cmpint (raw_int (f, sql), ==, 1);
  assert_hash_matches (f, id);

  /* A guardian who did not attend goes as before. */
  caseload_store_delete_guardian (f->store, luis, &error);
  g_assert_no_error (error);
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT count(*) FROM guardian WHERE id = %" G_GINT64_FORMAT, luis);
  g_assert_cmpint (raw_int (f, sql), ==, 0);
}

/* While the IEP is a draft, the attending guardian can still be deleted. */
static void
test_guardian_of_draft_deleted (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = make_complete_draft (f);
  gint64 rosa = add_guardian (f, "Rosa", "Ruiz");

  link_parent_attendee (f, id, rosa);
  caseload_store_delete_guardian (f->store, rosa, &error);
  g_assert_no_error (error);
  g_assert_cmpint (raw_int (f, "SELECT count(*) FROM meeting_attendee WHERE role = 'parent' "
                               "AND guardian_id IS NULL"), ==, 1);
}

static void
test_sample_hook (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = make_finalized (f);
  gboolean matches = FALSE;

  /* An IEP finalized without a hash (as the sample generator writes). */
  raw_exec (f, "UPDATE iep SET content_hash = NULL");
  caseload_store_verify_iep_hash (f->store, id, &matches, &error);
  g_assert_no_error (error);
  g_assert_false (matches);

  caseload_sample_add_iep_findings (f->store, 7, &error);
  g_assert_no_error (error);
  caseload_store_verify_iep_hash (f->store, id, &matches, &error);
  g_assert_no_error (error);
  g_assert_true (matches);
  /* The one candidate (an 11-year-old) became a draft with an
   * unmeasurable first goal. */
  g_assert_cmpint (raw_int (f, "SELECT count(*) FROM iep WHERE status = 'draft'"), ==, 1);
  g_assert_cmpint (raw_int (f, "SELECT count(*) FROM goal g JOIN iep i ON i.id = g.iep_id "
                               "WHERE i.status = 'draft' AND g.method = '' AND g.baseline_value IS NULL"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/iep-store/validation", test_validation);
  ADD ("/iep-store/children-and-order", test_children_and_order);
  ADD ("/iep-store/finalize-refused", test_finalize_refused);
  ADD ("/iep-store/locked", test_locked);
  ADD ("/iep-store/correction", test_correction);
  ADD ("/iep-store/tamper", test_tamper);
  ADD ("/iep-store/copy-forward", test_copy_forward);
  ADD ("/iep-store/amendment", test_amendment);
  ADD ("/iep-store/annual-supersedes", test_annual_supersedes);
  ADD ("/iep-store/meeting-locked", test_meeting_locked);
  ADD ("/iep-store/meeting-draft-editable", test_meeting_draft_editable);
  ADD ("/iep-store/parent-attempts-counted", test_parent_attempts_counted);
  ADD ("/iep-store/guardian-of-finalized-kept", test_guardian_of_finalized_kept);
  ADD ("/iep-store/guardian-of-draft-deleted", test_guardian_of_draft_deleted);
  ADD ("/iep-store/sample-hook", test_sample_hook);
#undef ADD

  return g_test_run ();
}
