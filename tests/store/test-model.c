/* test-model.c: the model objects of src/core (properties, notifications,
 * derived names, search folding, copies). */
#include "config.h"

#include "caseload-date.h"
#include "caseload-model.h"
#include "caseload-rules.h"

#include <string.h>

/* Counts "notify" emissions per property name. */
static void
on_object_notify_cb (GObject    *object,
                     GParamSpec *pspec,
                     gpointer    user_data)
{
  GHashTable *counts = user_data;
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, pspec->name));

  g_hash_table_insert (counts, (gpointer)pspec->name, GUINT_TO_POINTER (n + 1));
}

static GHashTable *
watch_notify (gpointer object)
{
  GHashTable *counts = g_hash_table_new (g_str_hash, g_str_equal);

  g_signal_connect (object, "notify", G_CALLBACK (on_object_notify_cb), counts);

  return counts;
}

static guint
count_of (GHashTable *counts,
          const char *name)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (counts, name));
}

static guint
count_total (GHashTable *counts)
{
  GHashTableIter iter;
  gpointer value;
  guint total = 0;

  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    total += GPOINTER_TO_UINT (value);

  return total;
}

static char *
get_string_property (gpointer    object,
                     const char *name)
{
  char *value = NULL;

  g_object_get (object, name, &value, NULL);

  return value;
}

/* Every string property of a fresh object reads as text, never NULL, and
 * every property is notified only explicitly. */
static void
check_fresh_object (GType type)
{
  g_autoptr(GObject) object = g_object_new (type, NULL);
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs = 0;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_pspecs);
  g_assert_cmpuint (n_pspecs, >, 0);

  for (guint i = 0; i < n_pspecs; i++)
    {
      g_test_message ("%s:%s", g_type_name (type), pspecs[i]->name);
      g_assert_true (pspecs[i]->flags & G_PARAM_READABLE);
      if (pspecs[i]->flags & G_PARAM_WRITABLE &&
          !(pspecs[i]->flags & G_PARAM_CONSTRUCT_ONLY))
        g_assert_true (pspecs[i]->flags & G_PARAM_EXPLICIT_NOTIFY);

      if (pspecs[i]->value_type == G_TYPE_STRING)
        {
          g_autofree char *text = get_string_property (object, pspecs[i]->name);

          g_assert_nonnull (text);
        }
    }
}

static void
test_fresh_objects (void)
{
  g_autoptr(CaseloadStudent) student = caseload_student_new ();
  g_autoptr(CaseloadStaff) staff = caseload_staff_new ();
  g_autoptr(CaseloadGuardian) guardian = caseload_guardian_new ();
  g_autoptr(CaseloadSchool) school = caseload_school_new ();
  g_autoptr(CaseloadTeamAssignment) assignment = caseload_team_assignment_new ();
  g_autoptr(CaseloadCode) code = caseload_code_new ("SLD", "Specific learning disability", NULL);

  check_fresh_object (CASELOAD_TYPE_STUDENT);
  check_fresh_object (CASELOAD_TYPE_STAFF);
  check_fresh_object (CASELOAD_TYPE_GUARDIAN);
  check_fresh_object (CASELOAD_TYPE_SCHOOL);
  check_fresh_object (CASELOAD_TYPE_TEAM_ASSIGNMENT);
  check_fresh_object (CASELOAD_TYPE_CODE);
  check_fresh_object (CASELOAD_TYPE_DEADLINE);

  /* Student defaults. */
  g_assert_cmpstr (caseload_student_get_first_name (student), ==, "");
  g_assert_cmpstr (caseload_student_get_home_language (student), ==, "en");
  g_assert_cmpstr (caseload_student_get_status (student), ==, "active");
  g_assert_cmpstr (caseload_student_get_next_deadline_kind (student), ==, "");
  g_assert_cmpstr (caseload_student_get_next_deadline_date (student), ==, "");
  g_assert_cmpint (caseload_student_get_next_deadline_days (student), ==, G_MAXINT);
  g_assert_cmpint (caseload_student_get_next_deadline_status (student), ==, CASELOAD_DEADLINE_STATUS_LATER);
  g_assert_nonnull (caseload_student_get_secondary_disabilities (student));
  g_assert_null (caseload_student_get_secondary_disabilities (student)[0]);
  g_assert_nonnull (caseload_student_get_search_text (student));

  /* Staff, guardian, school defaults. */
  g_assert_true (caseload_staff_get_active (staff));
  g_assert_cmpuint (caseload_staff_get_caseload_count (staff), ==, 0);
  g_assert_true (caseload_guardian_get_rights_holder (guardian));
  g_assert_true (caseload_guardian_get_lives_with_student (guardian));
  g_assert_false (caseload_guardian_get_interpreter_needed (guardian));
  g_assert_cmpstr (caseload_guardian_get_language (guardian), ==, "en");
  g_assert_cmpstr (caseload_guardian_get_relationship (guardian), ==, "parent");
  g_assert_cmpstr (caseload_school_get_time_zone (school), ==, "America/Chicago");
  g_assert_cmpstr (caseload_school_get_lowest_grade (school), ==, "K");
  g_assert_cmpstr (caseload_school_get_highest_grade (school), ==, "12");
  g_assert_false (caseload_team_assignment_get_is_case_manager (assignment));

  /* Codes are set once. */
  g_assert_cmpstr (caseload_code_get_code (code), ==, "SLD");
  g_assert_cmpstr (caseload_code_get_name (code), ==, "Specific learning disability");
  g_assert_cmpstr (caseload_code_get_description (code), ==, "");
}

static void
test_student_notify (void)
{
  g_autoptr(CaseloadStudent) student = caseload_student_new ();
  g_autoptr(GHashTable) counts = watch_notify (student);
  const char * const codes[] = { "SLI", "OHI", NULL };
  const char * const same_codes[] = { "SLI", "OHI", NULL };
  const char * const other_codes[] = { "SLI", NULL };

  caseload_student_set_first_name (student, "Ana");
  g_assert_cmpuint (count_of (counts, "first-name"), ==, 1);
  g_assert_cmpuint (count_of (counts, "full-name"), ==, 1);
  g_assert_cmpuint (count_of (counts, "sort-name"), ==, 1);
  g_assert_cmpuint (count_of (counts, "search-text"), ==, 1);
  g_assert_cmpuint (count_total (counts), ==, 4);

  /* The same value again: nothing at all. */
  g_hash_table_remove_all (counts);
  caseload_student_set_first_name (student, "Ana");
  g_object_set (student, "first-name", "Ana", NULL);
  g_assert_cmpuint (count_total (counts), ==, 0);

  /* Through g_object_set: exactly one notification, not two. */
  g_object_set (student, "first-name", "Anabel", NULL);
  g_assert_cmpuint (count_of (counts, "first-name"), ==, 1);
  g_assert_cmpstr (caseload_student_get_first_name (student), ==, "Anabel");

  /* NULL is "" and clearing an empty field changes nothing. */
  g_hash_table_remove_all (counts);
  caseload_student_set_notes (student, NULL);
  caseload_student_set_notes (student, "");
  g_assert_cmpuint (count_total (counts), ==, 0);
  caseload_student_set_notes (student, "Reads at grade level");
  caseload_student_set_notes (student, "Reads at grade level");
  g_assert_cmpuint (count_of (counts, "notes"), ==, 1);
  caseload_student_set_notes (student, NULL);
  g_assert_cmpuint (count_of (counts, "notes"), ==, 2);
  g_assert_cmpstr (caseload_student_get_notes (student), ==, "");

  /* Numbers and booleans. */
  g_hash_table_remove_all (counts);
  caseload_student_set_id (student, 42);
  caseload_student_set_id (student, 42);
  caseload_student_set_school_id (student, 7);
  caseload_student_set_case_manager_id (student, 0);
  caseload_student_set_reevaluation_waived (student, TRUE);
  caseload_student_set_reevaluation_waived (student, 2);
  g_assert_cmpuint (count_of (counts, "id"), ==, 1);
  g_assert_cmpuint (count_of (counts, "school-id"), ==, 1);
  g_assert_cmpuint (count_of (counts, "case-manager-id"), ==, 0);
  g_assert_cmpuint (count_of (counts, "reevaluation-waived"), ==, 1);
  g_assert_cmpuint (count_total (counts), ==, 3);

  /* Fields outside the names leave the names alone. */
  g_hash_table_remove_all (counts);
  caseload_student_set_birth_date (student, "2014-05-02");
  caseload_student_set_gender (student, "F");
  g_assert_cmpuint (count_of (counts, "full-name"), ==, 0);
  g_assert_cmpuint (count_of (counts, "search-text"), ==, 0);
  g_assert_cmpuint (count_total (counts), ==, 2);

  /* The secondary disabilities compare by content. */
  g_hash_table_remove_all (counts);
  caseload_student_set_secondary_disabilities (student, codes);
  caseload_student_set_secondary_disabilities (student, same_codes);
  g_assert_cmpuint (count_of (counts, "secondary-disabilities"), ==, 1);
  g_object_set (student, "secondary-disabilities", other_codes, NULL);
  g_assert_cmpuint (count_of (counts, "secondary-disabilities"), ==, 2);
  g_assert_cmpstrv (caseload_student_get_secondary_disabilities (student), other_codes);
  caseload_student_set_secondary_disabilities (student, NULL);
  g_assert_cmpuint (count_of (counts, "secondary-disabilities"), ==, 3);
  g_assert_null (caseload_student_get_secondary_disabilities (student)[0]);

  /* The next deadline: only the parts that change. */
  g_hash_table_remove_all (counts);
  caseload_student_set_next_deadline (student, "annual-review", "2026-04-01",
                                      12, CASELOAD_DEADLINE_STATUS_DUE_SOON);
  g_assert_cmpuint (count_total (counts), ==, 4);
  caseload_student_set_next_deadline (student, "annual-review", "2026-04-01",
                                      11, CASELOAD_DEADLINE_STATUS_DUE_SOON);
  g_assert_cmpuint (count_of (counts, "next-deadline-days"), ==, 2);
  g_assert_cmpuint (count_total (counts), ==, 5);
  g_assert_cmpstr (caseload_student_get_next_deadline_kind (student), ==, "annual-review");
  g_assert_cmpstr (caseload_student_get_next_deadline_date (student), ==, "2026-04-01");
  g_assert_cmpint (caseload_student_get_next_deadline_days (student), ==, 11);
  g_assert_cmpint (caseload_student_get_next_deadline_status (student), ==, CASELOAD_DEADLINE_STATUS_DUE_SOON);
}

static void
test_student_names (void)
{
  g_autoptr(CaseloadStudent) student = caseload_student_new ();
  g_autoptr(GHashTable) counts = watch_notify (student);
  g_autofree char *full_name = NULL;
  g_autofree char *sort_name = NULL;
  g_autofree char *property = NULL;

  caseload_student_set_first_name (student, "Ana");
  caseload_student_set_last_name (student, "López");
  full_name = caseload_student_dup_full_name (student);
  sort_name = caseload_student_dup_sort_name (student);
  g_assert_cmpstr (full_name, ==, "Ana López");
  g_assert_cmpstr (sort_name, ==, "López, Ana");
  property = get_string_property (student, "full-name");
  g_assert_cmpstr (property, ==, "Ana López");
  g_clear_pointer (&property, g_free);
  property = get_string_property (student, "sort-name");
  g_assert_cmpstr (property, ==, "López, Ana");
  g_clear_pointer (&property, g_free);

  /* A preferred name shows in quotes; the sort name keeps the legal one. */
  g_hash_table_remove_all (counts);
  caseload_student_set_preferred_name (student, "Annie");
  g_assert_cmpuint (count_of (counts, "full-name"), ==, 1);
  g_assert_cmpuint (count_of (counts, "sort-name"), ==, 0);
  property = get_string_property (student, "full-name");
  g_assert_cmpstr (property, ==, "Ana “Annie” López");
  g_clear_pointer (&property, g_free);
  property = get_string_property (student, "sort-name");
  g_assert_cmpstr (property, ==, "López, Ana");
  g_clear_pointer (&property, g_free);

  /* A preferred name equal to the first name is not repeated, and going
   * there from no preferred name does not change the full name at all. */
  caseload_student_set_preferred_name (student, "Ana");
  property = get_string_property (student, "full-name");
  g_assert_cmpstr (property, ==, "Ana López");
  g_clear_pointer (&property, g_free);
  caseload_student_set_preferred_name (student, NULL);
  g_hash_table_remove_all (counts);
  caseload_student_set_preferred_name (student, "Ana");
  g_assert_cmpuint (count_of (counts, "preferred-name"), ==, 1);
  g_assert_cmpuint (count_of (counts, "full-name"), ==, 0);

  /* A missing part leaves no stray separator. */
  caseload_student_set_preferred_name (student, NULL);
  caseload_student_set_last_name (student, NULL);
  property = get_string_property (student, "full-name");
  g_assert_cmpstr (property, ==, "Ana");
  g_clear_pointer (&property, g_free);
  property = get_string_property (student, "sort-name");
  g_assert_cmpstr (property, ==, "Ana");
  g_clear_pointer (&property, g_free);
}

static void
test_staff_names (void)
{
  g_autoptr(CaseloadStaff) staff = caseload_staff_new ();
  g_autoptr(GHashTable) counts = watch_notify (staff);
  g_autofree char *full_name = NULL;
  g_autofree char *sort_name = NULL;
  g_autofree char *initials = NULL;
  g_autofree char *property = NULL;

  caseload_staff_set_first_name (staff, "émile");
  caseload_staff_set_last_name (staff, "Øster");
  full_name = caseload_staff_dup_full_name (staff);
  sort_name = caseload_staff_dup_sort_name (staff);
  initials = caseload_staff_dup_initials (staff);
  g_assert_cmpstr (full_name, ==, "émile Øster");
  g_assert_cmpstr (sort_name, ==, "Øster, émile");
  g_assert_cmpstr (initials, ==, "ÉØ");
  property = get_string_property (staff, "initials");
  g_assert_cmpstr (property, ==, "ÉØ");
  g_clear_pointer (&property, g_free);

  /* Changing the last name to one with the same initial: the initials are
   * not notified, the names are. */
  g_hash_table_remove_all (counts);
  caseload_staff_set_last_name (staff, "Østergaard");
  g_assert_cmpuint (count_of (counts, "last-name"), ==, 1);
  g_assert_cmpuint (count_of (counts, "full-name"), ==, 1);
  g_assert_cmpuint (count_of (counts, "sort-name"), ==, 1);
  g_assert_cmpuint (count_of (counts, "initials"), ==, 0);

  caseload_staff_set_first_name (staff, "Maya");
  g_assert_cmpuint (count_of (counts, "initials"), ==, 1);
  property = get_string_property (staff, "initials");
  g_assert_cmpstr (property, ==, "MØ");
  g_clear_pointer (&property, g_free);
  property = get_string_property (staff, "full-name");
  g_assert_cmpstr (property, ==, "Maya Østergaard");
  g_clear_pointer (&property, g_free);

  /* Counts and flags. */
  g_hash_table_remove_all (counts);
  caseload_staff_set_caseload_count (staff, 14);
  caseload_staff_set_caseload_count (staff, 14);
  g_object_set (staff, "caseload-count", 15u, NULL);
  caseload_staff_set_active (staff, TRUE);
  caseload_staff_set_active (staff, FALSE);
  g_assert_cmpuint (count_of (counts, "caseload-count"), ==, 2);
  g_assert_cmpuint (count_of (counts, "active"), ==, 1);
  g_assert_cmpuint (caseload_staff_get_caseload_count (staff), ==, 15);
  g_assert_false (caseload_staff_get_active (staff));
}

static void
test_guardian_names (void)
{
  g_autoptr(CaseloadGuardian) guardian = caseload_guardian_new ();
  g_autoptr(GHashTable) counts = watch_notify (guardian);
  g_autofree char *full_name = NULL;

  caseload_guardian_set_first_name (guardian, "Rosa");
  caseload_guardian_set_last_name (guardian, "Martínez");
  full_name = caseload_guardian_dup_full_name (guardian);
  g_assert_cmpstr (full_name, ==, "Rosa Martínez");
  g_assert_cmpuint (count_of (counts, "full-name"), ==, 2);

  caseload_guardian_set_rights_holder (guardian, TRUE);
  caseload_guardian_set_rights_holder (guardian, FALSE);
  caseload_guardian_set_language (guardian, "es");
  caseload_guardian_set_language (guardian, "es");
  g_assert_cmpuint (count_of (counts, "rights-holder"), ==, 1);
  g_assert_cmpuint (count_of (counts, "language"), ==, 1);
  g_assert_false (caseload_guardian_get_rights_holder (guardian));
}

static void
test_fold_for_search (void)
{
  struct {
    const char *text;
    const char *folded;
  } cases[] = {
    { "José", "jose" },
    { "ÉLODIE Ñúñez", "elodie nunez" },
    { "Zoë Nguyễn", "zoe nguyen" },
    { "Straße", "strasse" },
    { "ﬁnn", "finn" },
    { "S-1024", "s-1024" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = caseload_fold_for_search (cases[i].text);

      g_assert_cmpstr (folded, ==, cases[i].folded);
    }

  {
    g_autofree char *folded = caseload_fold_for_search (NULL);
    g_autofree char *decomposed = caseload_fold_for_search ("Jose\xcc\x81");
    g_autofree char *broken = caseload_fold_for_search ("Ab\xff" "C");

    g_assert_cmpstr (folded, ==, "");
    g_assert_cmpstr (decomposed, ==, "jose");
    g_assert_true (g_utf8_validate (broken, -1, NULL));
    g_assert_true (g_str_has_prefix (broken, "ab"));
    g_assert_true (g_str_has_suffix (broken, "c"));
  }
}

static void
test_student_search_text (void)
{
  g_autoptr(CaseloadStudent) student = caseload_student_new ();
  g_autoptr(GHashTable) counts = watch_notify (student);
  g_autofree char *needle = caseload_fold_for_search ("JOSÉ");
  g_autofree char *property = NULL;
  const char *text;

  caseload_student_set_first_name (student, "José");
  caseload_student_set_last_name (student, "Álvarez");
  caseload_student_set_preferred_name (student, "Pepe");
  caseload_student_set_student_number (student, "S-1024");
  caseload_student_set_school_name (student, "Lincoln Elementary");
  caseload_student_set_case_manager_name (student, "Dana Öztürk");
  caseload_student_set_primary_disability_name (student, "Speech or language impairment");

  text = caseload_student_get_search_text (student);
  g_assert_cmpstr (text, ==,
                   "jose alvarez pepe s-1024 lincoln elementary dana ozturk "
                   "speech or language impairment");
  g_assert_nonnull (strstr (text, needle));
  /* Cached: the same string until something changes. */
  g_assert_true (caseload_student_get_search_text (student) == text);
  property = get_string_property (student, "search-text");
  g_assert_cmpstr (property, ==, text);
  g_clear_pointer (&property, g_free);

  /* A rename invalidates the cache and tells the filter. */
  g_hash_table_remove_all (counts);
  caseload_student_set_first_name (student, "Mateo");
  g_assert_cmpuint (count_of (counts, "search-text"), ==, 1);
  text = caseload_student_get_search_text (student);
  g_assert_null (strstr (text, "jose"));
  g_assert_true (g_str_has_prefix (text, "mateo alvarez"));

  /* So do the school, the case manager and the ID. */
  caseload_student_set_school_name (student, "Roosevelt Middle");
  caseload_student_set_case_manager_name (student, "Kim Lee");
  caseload_student_set_student_number (student, "S-2048");
  caseload_student_set_primary_disability_name (student, "Autism");
  g_assert_cmpuint (count_of (counts, "search-text"), ==, 5);
  g_assert_cmpstr (caseload_student_get_search_text (student), ==,
                   "mateo alvarez pepe s-2048 roosevelt middle kim lee autism");

  /* Other fields do not touch it. */
  g_hash_table_remove_all (counts);
  caseload_student_set_grade (student, "3");
  caseload_student_set_notes (student, "Jose");
  g_assert_cmpuint (count_of (counts, "search-text"), ==, 0);
  g_assert_null (strstr (caseload_student_get_search_text (student), "jose"));
}

static void
test_student_grade_rank (void)
{
  g_autoptr(CaseloadStudent) student = caseload_student_new ();
  g_autoptr(GHashTable) counts = watch_notify (student);
  struct {
    const char *grade;
    int rank;
  } cases[] = {
    { "PK", -1 }, { "K", 0 }, { "1", 1 }, { "5", 5 }, { "9", 9 },
    { "10", 10 }, { "12", 12 }, { "13", 99 }, { "0", 99 }, { "3a", 99 },
    { "Grade 3", 99 }, { "", 99 }, { "-1", 99 },
  };
  int rank = 0;

  g_assert_cmpint (caseload_student_get_grade_rank (student), ==, 99);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      caseload_student_set_grade (student, cases[i].grade);
      g_assert_cmpint (caseload_student_get_grade_rank (student), ==, cases[i].rank);
      g_object_get (student, "grade-rank", &rank, NULL);
      g_assert_cmpint (rank, ==, cases[i].rank);
    }

  /* Notified only when the rank really moves. */
  caseload_student_set_grade (student, "K");
  g_hash_table_remove_all (counts);
  caseload_student_set_grade (student, "PK");
  caseload_student_set_grade (student, "K");
  caseload_student_set_grade (student, "k");
  g_assert_cmpuint (count_of (counts, "grade"), ==, 3);
  g_assert_cmpuint (count_of (counts, "grade-rank"), ==, 2);
}

static void
test_student_copy (void)
{
  g_autoptr(CaseloadStudent) student = caseload_student_new ();
  g_autoptr(CaseloadStudent) copy = NULL;
  g_autofree GParamSpec **pspecs = NULL;
  const char * const codes[] = { "OHI", "SLI", NULL };
  guint n_pspecs = 0;

  caseload_student_set_id (student, 17);
  caseload_student_set_student_number (student, "S-0017");
  caseload_student_set_first_name (student, "Amara");
  caseload_student_set_last_name (student, "Okafor");
  caseload_student_set_preferred_name (student, "Mara");
  caseload_student_set_birth_date (student, "2012-02-29");
  caseload_student_set_grade (student, "PK");
  caseload_student_set_school_id (student, 3);
  caseload_student_set_school_name (student, "Lincoln Elementary");
  caseload_student_set_home_language (student, "es");
  caseload_student_set_gender (student, "F");
  caseload_student_set_status (student, "exited");
  caseload_student_set_exit_date (student, "2026-01-15");
  caseload_student_set_exit_reason (student, "Moved");
  caseload_student_set_notes (student, "Prefers morning sessions");
  caseload_student_set_primary_disability (student, "AUT");
  caseload_student_set_primary_disability_name (student, "Autism");
  caseload_student_set_secondary_disabilities (student, codes);
  caseload_student_set_case_manager_id (student, 9);
  caseload_student_set_case_manager_name (student, "Dana Lee");
  caseload_student_set_next_deadline (student, "reevaluation", "2025-11-02",
                                      -30, CASELOAD_DEADLINE_STATUS_OVERDUE);
  caseload_student_set_reevaluation_waived (student, TRUE);

  copy = caseload_student_copy (student);
  g_assert_true (copy != student);

  /* Every property, read through GObject, is equal, and none is still at
   * its default (so a field the copy forgot would show). */
  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (student), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) a = G_VALUE_INIT;
      g_auto(GValue) b = G_VALUE_INIT;

      g_test_message ("property %s", pspecs[i]->name);
      g_value_init (&a, pspecs[i]->value_type);
      g_value_init (&b, pspecs[i]->value_type);
      g_object_get_property (G_OBJECT (student), pspecs[i]->name, &a);
      g_object_get_property (G_OBJECT (copy), pspecs[i]->name, &b);

      if (pspecs[i]->value_type == G_TYPE_STRV)
        g_assert_cmpstrv (g_value_get_boxed (&a), g_value_get_boxed (&b));
      else
        g_assert_cmpint (g_param_values_cmp (pspecs[i], &a, &b), ==, 0);

      if (pspecs[i]->value_type != G_TYPE_STRV)
        g_assert_false (g_param_value_defaults (pspecs[i], &a));
    }

  g_assert_cmpstrv (caseload_student_get_secondary_disabilities (copy), codes);

  /* The copy stands on its own. */
  caseload_student_set_first_name (copy, "Ada");
  caseload_student_set_secondary_disabilities (copy, NULL);
  g_assert_cmpstr (caseload_student_get_first_name (student), ==, "Amara");
  g_assert_cmpstrv (caseload_student_get_secondary_disabilities (student), codes);
  g_assert_true (g_str_has_prefix (caseload_student_get_search_text (copy), "ada "));
  g_assert_true (g_str_has_prefix (caseload_student_get_search_text (student), "amara "));
}

static void
test_deadline (void)
{
  g_autoptr(CaseloadDeadline) deadline = NULL;
  g_autofree char *student_name = NULL;
  g_autofree char *kind_key = NULL;
  g_autofree char *due_date = NULL;
  GDate due;
  int days_left = 0;

  g_date_clear (&due, 1);
  g_date_set_dmy (&due, 29, G_DATE_FEBRUARY, 2028);

  deadline = caseload_deadline_new (5, "S-0005", "Li", "Wei",
                                    CASELOAD_DEADLINE_ANNUAL_REVIEW, &due, -3,
                                    CASELOAD_DEADLINE_STATUS_OVERDUE,
                                    "Overdue by 3 days", 8, "Dana Lee",
                                    "Lincoln Elementary");

  g_assert_cmpint (caseload_deadline_get_student_id (deadline), ==, 5);
  g_assert_cmpstr (caseload_deadline_get_student_number (deadline), ==, "S-0005");
  g_assert_cmpstr (caseload_deadline_get_first_name (deadline), ==, "Li");
  g_assert_cmpstr (caseload_deadline_get_last_name (deadline), ==, "Wei");
  g_assert_cmpstr (caseload_deadline_get_student_name (deadline), ==, "Wei, Li");
  g_assert_cmpint (caseload_deadline_get_kind (deadline), ==, CASELOAD_DEADLINE_ANNUAL_REVIEW);
  g_assert_cmpstr (caseload_deadline_get_kind_key (deadline), ==,
                   caseload_deadline_kind_to_key (CASELOAD_DEADLINE_ANNUAL_REVIEW));
  g_assert_cmpstr (caseload_deadline_get_kind_key (deadline), ==, "annual-review");
  g_assert_cmpstr (caseload_deadline_get_kind_label (deadline), ==,
                   caseload_deadline_kind_to_label (CASELOAD_DEADLINE_ANNUAL_REVIEW));
  g_assert_cmpstr (caseload_deadline_get_due_date (deadline), ==, "2028-02-29");
  g_assert_cmpint (caseload_deadline_get_days_left (deadline), ==, -3);
  g_assert_cmpint (caseload_deadline_get_status (deadline), ==, CASELOAD_DEADLINE_STATUS_OVERDUE);
  g_assert_cmpstr (caseload_deadline_get_status_text (deadline), ==, "Overdue by 3 days");
  g_assert_cmpint (caseload_deadline_get_case_manager_id (deadline), ==, 8);
  g_assert_cmpstr (caseload_deadline_get_case_manager_name (deadline), ==, "Dana Lee");
  g_assert_cmpstr (caseload_deadline_get_school_name (deadline), ==, "Lincoln Elementary");

  g_object_get (deadline,
                "student-name", &student_name,
                "kind-key", &kind_key,
                "due-date", &due_date,
                "days-left", &days_left,
                NULL);
  g_assert_cmpstr (student_name, ==, "Wei, Li");
  g_assert_cmpstr (kind_key, ==, "annual-review");
  g_assert_cmpstr (due_date, ==, "2028-02-29");
  g_assert_cmpint (days_left, ==, -3);
}

static void
test_school_and_assignment (void)
{
  g_autoptr(CaseloadSchool) school = caseload_school_new ();
  g_autoptr(CaseloadTeamAssignment) assignment = caseload_team_assignment_new ();
  g_autoptr(GHashTable) school_counts = watch_notify (school);
  g_autoptr(GHashTable) assignment_counts = watch_notify (assignment);

  caseload_school_set_time_zone (school, "America/Chicago");
  g_assert_cmpuint (count_total (school_counts), ==, 0);
  g_object_set (school, "name", "Lincoln Elementary", "highest-grade", "5", NULL);
  g_assert_cmpuint (count_of (school_counts, "name"), ==, 1);
  g_assert_cmpuint (count_of (school_counts, "highest-grade"), ==, 1);
  g_assert_cmpstr (caseload_school_get_highest_grade (school), ==, "5");

  caseload_team_assignment_set_is_case_manager (assignment, TRUE);
  caseload_team_assignment_set_is_case_manager (assignment, TRUE);
  caseload_team_assignment_set_staff_id (assignment, 4);
  caseload_team_assignment_set_role (assignment, "case-manager");
  caseload_team_assignment_set_role (assignment, "case-manager");
  g_assert_cmpuint (count_total (assignment_counts), ==, 3);
  g_assert_true (caseload_team_assignment_get_is_case_manager (assignment));
  g_assert_cmpint (caseload_team_assignment_get_staff_id (assignment), ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/fresh-objects", test_fresh_objects);
  g_test_add_func ("/model/student/notify", test_student_notify);
  g_test_add_func ("/model/student/names", test_student_names);
  g_test_add_func ("/model/student/search-text", test_student_search_text);
  g_test_add_func ("/model/student/grade-rank", test_student_grade_rank);
  g_test_add_func ("/model/student/copy", test_student_copy);
  g_test_add_func ("/model/staff/names", test_staff_names);
  g_test_add_func ("/model/guardian/names", test_guardian_names);
  g_test_add_func ("/model/fold-for-search", test_fold_for_search);
  g_test_add_func ("/model/deadline", test_deadline);
  g_test_add_func ("/model/school-and-assignment", test_school_and_assignment);

  return g_test_run ();
}
