/* test-iep-bank.c: the goal and accommodation banks (FTS5 search that no
 * typed text can break, saving, visibility) and template instantiation. */
#include "config.h"

#include "caseload-store.h"

#include <string.h>

#include <glib/gstdio.h>

typedef struct
{
  char          *dir;
  CaseloadStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("caseload-bank-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "caseload.db", NULL);
  f->store = caseload_store_open (path, CASELOAD_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
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
}

static guint
n_goals (Fixture    *f,
         const char *search,
         const char *area)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = caseload_store_search_goal_bank (f->store, search, area, &error);

  g_assert_no_error (error);
  g_assert_nonnull (list);
  return g_list_model_get_n_items (list);
}

static void
test_starter_bank (Fixture       *f,
                   gconstpointer  data)
{
  const char * const *areas = caseload_goal_areas ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  const char *categories[] = { "presentation", "response", "setting", "timing", "other" };

  g_assert_cmpuint (n_goals (f, NULL, NULL), >=, 60);
  for (guint i = 0; areas[i] != NULL; i++)
    g_assert_cmpuint (n_goals (f, "", areas[i]), >=, 5);

  all = caseload_store_search_goal_bank (f->store, NULL, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(CaseloadGoalTemplate) t = g_list_model_get_item (all, i);
      const char * const *names = caseload_goal_template_placeholders ();

      g_assert_true (caseload_goal_template_get_built_in (t));
      g_assert_true (caseload_goal_template_check_text (caseload_goal_template_get_text (t), NULL));
      for (guint p = 0; names[p] != NULL; p++)
        {
          g_autofree char *ph = g_strdup_printf ("{%s}", names[p]);
          g_assert_nonnull (strstr (caseload_goal_template_get_text (t), ph));
        }
      g_assert_false (g_hash_table_contains (seen, caseload_goal_template_get_text (t)));
      g_hash_table_add (seen, (gpointer) caseload_goal_template_get_text (t));
    }

  for (guint i = 0; i < G_N_ELEMENTS (categories); i++)
    {
      g_autoptr(GListModel) list = caseload_store_search_accommodation_bank (f->store, NULL, categories[i], &error);

      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (list), >=, 5);
    }
  {
    g_autoptr(GListModel) list = caseload_store_search_accommodation_bank (f->store, "", NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (list), >=, 40);
  }
}

static void
test_search_words (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(CaseloadGoalTemplate) first = NULL;

  /* Words (all must match), prefixes of the last word, any case. */
  g_assert_cmpuint (n_goals (f, "oral reading fluency", NULL), ==, 1);
  g_assert_cmpuint (n_goals (f, "ORAL Flu", NULL), ==, 1);
  g_assert_cmpuint (n_goals (f, "fluen", NULL), ==, 1);
  g_assert_cmpuint (n_goals (f, "fluen oral", NULL), ==, 0);   /* only the last word is a prefix */
  g_assert_cmpuint (n_goals (f, "budget", NULL), ==, 1);
  g_assert_cmpuint (n_goals (f, "zzzzqqq", NULL), ==, 0);
  g_assert_cmpuint (n_goals (f, "bus", "transition"), ==, 1);
  g_assert_cmpuint (n_goals (f, "bus", "math"), ==, 0);
  /* The area is indexed too. */
  g_assert_cmpuint (n_goals (f, "motor", NULL), >=, 6);

  list = caseload_store_search_goal_bank (f->store, "coins", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  first = g_list_model_get_item (list, 0);
  g_assert_cmpstr (caseload_goal_template_get_area (first), ==, "math");

  {
    g_autoptr(GListModel) acc = caseload_store_search_accommodation_bank (f->store, "extended time", NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (acc), ==, 2);
  }
}

static void
test_search_syntax (Fixture       *f,
                    gconstpointer  data)
{
  const char *nasty[] = {
    "\"", "\"\"", "read\"", "\"read", "AND", "OR", "NOT", "read AND", "NEAR(read", "(", ")",
    "*", "read*", "^read", "area:math", "-read", "+", "{", "}", "'; DROP TABLE goal_template; --",
    "a\"b\"c", ":", "\\", "\xc3\xa9", "\xff\xfe", "   ", "read OR write", "NOT read",
  };

  for (guint i = 0; i < G_N_ELEMENTS (nasty); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GListModel) goals = caseload_store_search_goal_bank (f->store, nasty[i], NULL, &error);
      g_autoptr(GListModel) acc = NULL;

      g_assert_no_error (error);
      g_assert_nonnull (goals);
      acc = caseload_store_search_accommodation_bank (f->store, nasty[i], NULL, &error);
      g_assert_no_error (error);
      g_assert_nonnull (acc);
    }

  /* Quotes and operators are only words: "read OR write" needs both. */
  g_assert_cmpuint (n_goals (f, "read OR write", NULL), ==, 0);
  g_assert_cmpuint (n_goals (f, "\"fluency\"", NULL), ==, 1);
  g_assert_cmpuint (n_goals (f, "fluency)", NULL), ==, 1);
  g_assert_cmpuint (n_goals (f, "'; DROP TABLE goal_template; --", NULL), ==, 0);
  g_assert_cmpuint (n_goals (f, NULL, NULL), >=, 60);

  {
    g_autofree char *q = caseload_bank_fts_query ("say \"hi\" now");
    g_assert_cmpstr (q, ==, "\"say\" \"\"\"hi\"\"\" \"now\"*");
  }
  {
    g_autofree char *q = caseload_bank_fts_query (" - * ");
    g_assert_cmpstr (q, ==, "");
  }
}

static void
test_save_and_visibility (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadGoalTemplate) mine = caseload_goal_template_new ();
  g_autoptr(CaseloadGoalTemplate) shared = caseload_goal_template_new ();
  g_autoptr(CaseloadGoalTemplate) bad = caseload_goal_template_new ();
  g_autoptr(CaseloadAccommodationTemplate) acc = caseload_accommodation_template_new ();
  g_autoptr(CaseloadGoal) goal = caseload_goal_new ();
  gint64 id;

  caseload_store_set_actor (f->store, 0);
  caseload_goal_template_set_area (mine, "math");
  caseload_goal_template_set_text (mine, "Given {condition}, the student will skip-count by fives from {baseline} to {target} {unit}, {criterion}.");
  id = caseload_store_save_goal_template (f->store, mine, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpuint (n_goals (f, "skip-count", NULL), ==, 0);   /* private, no author signed in */

  caseload_goal_template_set_area (shared, "math");
  caseload_goal_template_set_text (shared, "Given {condition}, the student will round to the nearest ten from {baseline} to {target} {unit}, {criterion}.");
  caseload_goal_template_set_shared (shared, TRUE);
  caseload_store_save_goal_template (f->store, shared, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_goals (f, "nearest ten", NULL), ==, 1);

  /* The same text twice is refused. */
  g_assert_cmpint (caseload_store_save_goal_template (f->store, shared, &error), ==, 0);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_EXISTS);
  g_clear_error (&error);

  /* An unknown placeholder is named. */
  caseload_goal_template_set_area (bad, "math");
  caseload_goal_template_set_text (bad, "Given {condition}, {student} will add.");
  g_assert_cmpint (caseload_store_save_goal_template (f->store, bad, &error), ==, 0);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "{student}"));
  g_clear_error (&error);

  caseload_accommodation_template_set_category (acc, "setting");
  caseload_accommodation_template_set_description (acc, "Seat near the window garden");
  caseload_accommodation_template_set_shared (acc, TRUE);
  caseload_store_save_accommodation_template (f->store, acc, &error);
  g_assert_no_error (error);
  {
    g_autoptr(GListModel) list = caseload_store_search_accommodation_bank (f->store, "garden", NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  }

  /* A goal saved into the bank comes back as a template with placeholders. */
  caseload_goal_set_area (goal, "writing");
  caseload_goal_set_condition (goal, "a story prompt");
  caseload_goal_set_behavior (goal, "Given a story prompt, will write sentences with capital letters");
  caseload_goal_set_criterion (goal, "in 4 of 5 samples");
  caseload_goal_set_unit (goal, "sentences");
  caseload_store_save_goal_to_bank (f->store, goal, TRUE, &error);
  g_assert_no_error (error);
  {
    g_autoptr(GListModel) list = caseload_store_search_goal_bank (f->store, "capital letters", "writing", &error);
    g_autoptr(CaseloadGoalTemplate) t = NULL;

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
    t = g_list_model_get_item (list, 0);
    g_assert_cmpstr (caseload_goal_template_get_text (t), ==,
                     "Given {condition}, will write sentences with capital letters (from {baseline} to {target} {unit}), {criterion}");
    g_assert_false (caseload_goal_template_get_built_in (t));
  }
}

static void
test_instantiate (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = caseload_store_search_goal_bank (f->store, "oral reading fluency", NULL, &error);
  g_autoptr(CaseloadGoalTemplate) t = NULL;
  g_autoptr(CaseloadGoal) goal = NULL;
  const char *names[] = { "condition", "baseline", "target", "criterion", "unit" };

  g_assert_no_error (error);
  t = g_list_model_get_item (list, 0);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      const char *v[5] = { "a grade-level passage", "62", "100", "on 3 of 4 probes", "words correct per minute" };
      g_autofree char *expected = g_strdup_printf ("{%s}", names[i]);
      g_autoptr(CaseloadGoal) refused = NULL;

      v[i] = i % 2 == 0 ? "" : "   ";
      refused = caseload_goal_template_instantiate (t, v[0], v[1], v[2], v[3], v[4], &error);
      g_assert_null (refused);
      g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, expected));
      g_clear_error (&error);
    }

  g_assert_null (caseload_goal_template_instantiate (t, "a passage", "sixty", "100", "x", "wcpm", &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "{baseline}"));
  g_clear_error (&error);

  goal = caseload_goal_template_instantiate (t, "a grade-level passage", "62", "100",
                                             "on 3 of 4 probes", "words correct per minute", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (caseload_goal_get_area (goal), ==, "reading");
  g_assert_cmpfloat (caseload_goal_get_baseline_value (goal), ==, 62.0);
  g_assert_cmpfloat (caseload_goal_get_target_value (goal), ==, 100.0);
  g_assert_cmpstr (caseload_goal_get_unit (goal), ==, "words correct per minute");
  g_assert_cmpstr (caseload_goal_get_behavior (goal), ==,
                   "Given a grade-level passage, the student will read aloud, increasing oral reading fluency "
                   "from 62 to 100 words correct per minute, on 3 of 4 probes.");
  g_assert_null (strchr (caseload_goal_get_behavior (goal), '{'));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/iep-bank/starter-bank", test_starter_bank);
  ADD ("/iep-bank/search-words", test_search_words);
  ADD ("/iep-bank/search-syntax", test_search_syntax);
  ADD ("/iep-bank/save-and-visibility", test_save_and_visibility);
  ADD ("/iep-bank/instantiate", test_instantiate);
#undef ADD

  return g_test_run ();
}
