/* test-documents.c: the layout engine and the printed documents, read
 * back with poppler (suite "core", no display). */
#include "config.h"

#include "caseload-documents.h"
#include "caseload-layout.h"
#include "caseload-model.h"
#include "caseload-rules.h"
#include "caseload-sample.h"
#include "caseload-store.h"
#include "caseload-store-progress.h"

#include <poppler.h>
#include <string.h>

#include <glib/gstdio.h>

/* poppler-glib 22.12 defines no autoptr cleanups */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerIndexIter, poppler_index_iter_free)

typedef struct
{
  char          *dir;
  CaseloadStore *store;
} Fixture;

static Fixture fixture;

static GDate *
print_date (void)
{
  static GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 2, G_DATE_MARCH, 2026);
  return &date;
}

static char *
temp_path (const char *name)
{
  return g_build_filename (fixture.dir, name, NULL);
}

static PopplerDocument *
open_pdf (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, &error);
  PopplerDocument *document;

  g_assert_no_error (error);
  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

/* The page's text with runs of white space (line breaks included) made one
 * space, so wrapped sentences can be searched for. */
static char *
page_text (PopplerDocument *document,
           int              index)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (document, index);
  g_autofree char *text = poppler_page_get_text (page);
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; p != NULL && *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        space = TRUE;
      else
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_c (out, *p);
        }
    }
  return g_string_free (out, FALSE);
}

static char *
all_text (PopplerDocument *document)
{
  GString *out = g_string_new (NULL);

  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autofree char *text = page_text (document, i);

      g_string_append (out, text);
      g_string_append_c (out, ' ');
    }
  return g_string_free (out, FALSE);
}

static char *
normalize (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \n\t", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, words[i]);
    }
  return g_string_free (out, FALSE);
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  g_autofree char *normal = normalize (needle);

  if (strstr (haystack, normal) == NULL)
    g_error ("\u201c%s\u201d not found in the PDF text", normal);
}

/* Every extent inside the margins; on each page no two body pieces overlap. */
static void
assert_extents_sane (CaseloadLayout *layout)
{
  const GArray *extents = caseload_layout_get_extents (layout);
  double width, height, top, right, bottom, left;

  caseload_layout_get_page_size (layout, &width, &height);
  caseload_layout_get_margins (layout, &top, &right, &bottom, &left);
  g_assert_cmpuint (extents->len, >, 0);
  for (guint i = 0; i < extents->len; i++)
    {
      const CaseloadLayoutExtent *e = &g_array_index (extents, CaseloadLayoutExtent, i);

      g_assert_cmpuint (e->page, <, caseload_layout_get_n_pages (layout));
      g_assert_cmpfloat (e->x, >=, left - 0.01);
      g_assert_cmpfloat (e->y, >=, top - 0.01);
      g_assert_cmpfloat (e->x + e->width, <=, width - right + 0.01);
      g_assert_cmpfloat (e->y + e->height, <=, height - bottom + 0.01);
      for (guint j = i + 1; j < extents->len; j++)
        {
          const CaseloadLayoutExtent *o = &g_array_index (extents, CaseloadLayoutExtent, j);

          if (o->page != e->page)
            continue;
          /* vertical overlap of more than a rounding error */
          if (e->y + e->height > o->y + 0.01 && o->y + o->height > e->y + 0.01)
            g_error ("pieces %u and %u overlap on page %u (%g+%g, %g+%g)", i, j, e->page,
                     e->y, e->height, o->y, o->height);
        }
    }
}

/* The watermark is drawn rotated (poppler cannot read it back as one
 * word): count the pixels of its light grey on the rendered page. */
static guint
watermark_pixels (PopplerDocument *document,
                  int              index)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (document, index);
  double width, height;
  cairo_surface_t *surface;
  cairo_t *cr;
  guint count = 0;
  const guint8 *data;
  int stride;

  poppler_page_get_size (page, &width, &height);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) width, (int) height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  poppler_page_render (page, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < (int) height; y++)
    for (int x = 0; x < (int) width; x++)
      {
        guint32 pixel = *(const guint32 *) (data + y * stride + 4 * x);
        guint r = (pixel >> 16) & 0xff, g = (pixel >> 8) & 0xff, b = pixel & 0xff;

        if (r == g && g == b && r >= 198 && r <= 200)
          count++;
      }
  cairo_surface_destroy (surface);
  return count;
}

/* ---- fixture: a sample district -------------------------------------------------- */

static gint64
find_student_with_report (gint64 *iep_out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) students = caseload_store_list_students (fixture.store, CASELOAD_STUDENT_LIST_ACTIVE, NULL, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (students); i++)
    {
      g_autoptr(CaseloadStudent) student = g_list_model_get_item (students, i);
      g_autoptr(GListModel) ieps = caseload_store_list_ieps (fixture.store, caseload_student_get_id (student), &error);

      g_assert_no_error (error);
      for (guint j = 0; j < g_list_model_get_n_items (ieps); j++)
        {
          g_autoptr(CaseloadIep) iep = g_list_model_get_item (ieps, j);
          g_autoptr(GListModel) reports = NULL;
          g_autoptr(CaseloadProgressReport) first = NULL;

          if (g_strcmp0 (caseload_iep_get_status (iep), "finalized") != 0)
            continue;
          reports = caseload_store_list_progress_reports (fixture.store, caseload_iep_get_id (iep), &error);
          g_assert_no_error (error);
          if (g_list_model_get_n_items (reports) == 0)
            break;
          first = g_list_model_get_item (reports, 0);
          if (caseload_progress_report_get_id (first) != 0)
            {
              *iep_out = caseload_iep_get_id (iep);
              return caseload_student_get_id (student);
            }
          break;
        }
    }
  g_assert_not_reached ();
  return 0;
}

/* ---- tests ---------------------------------------------------------------------- */

static void
test_language (void)
{
  g_autofree char *en = caseload_doc_format_date ("en", "2026-03-04");
  g_autofree char *es = caseload_doc_format_date ("es", "2026-03-04");
  g_autofree char *bad = caseload_doc_format_date ("en", "2026-02-30");
  g_autofree char *n_en = caseload_doc_format_number ("en", 37.5, 2);
  g_autofree char *n_es = caseload_doc_format_number ("es", 37.5, 2);
  g_autofree char *n_int = caseload_doc_format_number ("es", 120.0, 2);
  g_autofree char *n_neg = caseload_doc_format_number ("en", -0.001, 1);

  g_assert_cmpstr (en, ==, "March 4, 2026");
  g_assert_cmpstr (es, ==, "4 de marzo de 2026");
  g_assert_cmpstr (bad, ==, "");
  g_assert_cmpstr (n_en, ==, "37.5");
  g_assert_cmpstr (n_es, ==, "37,5");
  g_assert_cmpstr (n_int, ==, "120");
  g_assert_cmpstr (n_neg, ==, "0");
  g_assert_cmpstr (caseload_doc_gettext ("en", "Page %u of %u"), ==, "Page %u of %u");
  g_assert_cmpstr (caseload_doc_gettext ("xx", "Goals"), ==, "Goals");
  g_assert_false (caseload_doc_has_language ("xx"));
  g_assert_true (caseload_doc_has_language ("en"));
}

/* The catalog reader and a document in another language, with a catalog
 * compiled here for a made-up language code "zz" (not a shipped
 * translation): the footer, month names stay English for "zz" (our own
 * table knows en and es), the translated strings come from the catalog. */
static void
test_catalog (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *msgfmt = g_find_program_in_path ("msgfmt");
  g_autofree char *locale_dir = temp_path ("locale");
  g_autofree char *messages = g_build_filename (locale_dir, "zz", "LC_MESSAGES", NULL);
  g_autofree char *po = g_build_filename (messages, "test.po", NULL);
  g_autofree char *mo_name = g_strconcat (GETTEXT_PACKAGE, ".mo", NULL);
  g_autofree char *mo = g_build_filename (messages, mo_name, NULL);
  g_autofree char *pdf = temp_path ("zz.pdf");
  g_autofree char *saved = g_strdup (g_getenv ("CASELOAD_LOCALEDIR"));
  g_autoptr(CaseloadLayout) layout = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *text = NULL;
  const char *argv[] = { msgfmt, "-o", mo, po, NULL };
  int wait_status = 0;

  if (msgfmt == NULL)
    {
      g_test_skip ("msgfmt is not installed");
      return;
    }
  g_assert_cmpint (g_mkdir_with_parents (messages, 0700), ==, 0);
  g_file_set_contents (po,
                       "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
                       "msgid \"Page %u of %u\"\nmsgstr \"P\303\241gina %u de %u\"\n\n"
                       "msgid \"Goals\"\nmsgstr \"Objetivos\"\n", -1, &error);
  g_assert_no_error (error);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (wait_status, NULL));

  g_setenv ("CASELOAD_LOCALEDIR", locale_dir, TRUE);
  g_assert_true (caseload_doc_has_language ("zz"));
  if (saved != NULL)
    g_setenv ("CASELOAD_LOCALEDIR", saved, TRUE);
  else
    g_unsetenv ("CASELOAD_LOCALEDIR");
  g_assert_cmpstr (caseload_doc_gettext ("zz", "Goals"), ==, "Objetivos");
  g_assert_cmpstr (caseload_doc_gettext ("zz", "Services"), ==, "Services");
  /* independent of the process's language */
  g_assert_cmpstr (caseload_doc_gettext ("en", "Goals"), ==, "Goals");

  layout = caseload_layout_new (0, 0, "zz");
  caseload_layout_add_heading (layout, 1, caseload_doc_gettext ("zz", "Goals"));
  caseload_layout_add_text (layout, "Typed by staff.");
  g_assert_true (caseload_layout_write_pdf (layout, pdf, &error));
  g_assert_no_error (error);
  document = open_pdf (pdf);
  text = all_text (document);
  assert_contains (text, "P\303\241gina 1 de 1");
  assert_contains (text, "Objetivos");
  g_unlink (pdf);
  g_unlink (mo);
  g_unlink (po);
  for (char *dir = g_strdup (messages); dir != NULL && strlen (dir) > strlen (fixture.dir); )
    {
      char *parent = g_path_get_dirname (dir);

      g_rmdir (dir);
      g_free (dir);
      dir = parent;
      if (strlen (dir) <= strlen (fixture.dir))
        g_clear_pointer (&dir, g_free);
    }
}

static void
test_table_repeats_header (void)
{
  g_autoptr(CaseloadLayout) layout = caseload_layout_new (0, 0, "en");
  g_autoptr(GError) error = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *path = temp_path ("table.pdf");
  const char *headers[] = { "Column Alpha", "Column Beta" };
  CaseloadLayoutTable *table;
  const GArray *extents;
  guint header_pieces = 0, n_pages;

  caseload_layout_set_page_header (layout, "Test Student", "Born March 1, 2012");
  caseload_layout_add_heading (layout, 1, "Long table");
  table = caseload_layout_add_table (layout, 2, NULL, headers);
  for (int i = 0; i < 90; i++)
    {
      g_autofree char *a = g_strdup_printf ("row %d", i);
      g_autofree char *b = g_strdup_printf ("value number %d of the table", i);
      const char *row[] = { a, b };

      caseload_layout_table_add_row (table, row);
    }
  n_pages = caseload_layout_get_n_pages (layout);
  g_assert_cmpuint (n_pages, >=, 2);
  assert_extents_sane (layout);
  extents = caseload_layout_get_extents (layout);
  for (guint i = 0; i < extents->len; i++)
    if (g_array_index (extents, CaseloadLayoutExtent, i).kind == CASELOAD_LAYOUT_ITEM_TABLE_HEADER)
      header_pieces++;
  g_assert_cmpuint (header_pieces, ==, n_pages);

  g_assert_true (caseload_layout_write_pdf (layout, path, &error));
  g_assert_no_error (error);
  document = open_pdf (path);
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, (int) n_pages);
  for (guint page = 0; page < n_pages; page++)
    {
      g_autofree char *text = page_text (document, page);
      g_autofree char *footer = g_strdup_printf ("Page %u of %u", page + 1, n_pages);

      assert_contains (text, "Column Alpha");
      assert_contains (text, footer);
      assert_contains (text, "Test Student");
    }
  {
    g_autofree char *last = page_text (document, n_pages - 1);

    assert_contains (last, "value number 89 of the table");
  }
  g_unlink (path);
}

static void
test_tall_row_splits_between_lines (void)
{
  g_autoptr(CaseloadLayout) layout = caseload_layout_new (CASELOAD_LAYOUT_A4_WIDTH, CASELOAD_LAYOUT_A4_HEIGHT, "en");
  g_autoptr(GString) long_text = g_string_new (NULL);
  const char *headers[] = { "Name", "Notes" };
  CaseloadLayoutTable *table;
  g_autoptr(GError) error = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *path = temp_path ("tall.pdf");
  g_autofree char *text = NULL;

  for (int i = 0; i < 400; i++)
    g_string_append_printf (long_text, "word%d ", i);
  g_string_append (long_text, "finalword");
  table = caseload_layout_add_table (layout, 2, NULL, headers);
  {
    const char *row[] = { "short", long_text->str };

    caseload_layout_table_add_row (table, row);
  }
  g_assert_cmpuint (caseload_layout_get_n_pages (layout), >=, 2);
  assert_extents_sane (layout);
  g_assert_true (caseload_layout_write_pdf (layout, path, &error));
  g_assert_no_error (error);
  document = open_pdf (path);
  text = all_text (document);
  assert_contains (text, "word0 ");
  assert_contains (text, "word399 finalword");
  g_unlink (path);
}

static const char *sections[] = {
  "1. Present levels of academic achievement and functional performance",
  "2. Measurable annual goals",
  "3. How and when progress is reported",
  "4. Special education and related services",
  "5. Least restrictive environment (placement)",
  "6. State and district tests",
  "7. Special factors",
  "8. Transition to life after high school",
  "9. Transfer of rights at the age of majority",
  "10. The IEP team",
  "11. Signatures",
};

static void
test_iep_finalized (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadLayout) layout = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autoptr(CaseloadIep) iep = NULL;
  g_autoptr(PopplerIndexIter) index = NULL;
  g_autofree char *path = temp_path ("iep.pdf");
  g_autofree char *text = NULL;
  CaseloadDocumentOptions options = { "en", 0, 0, print_date () };
  gint64 iep_id = 0;
  const char *last_section_seen = NULL;
  guint n_sections = 0;
  int services_page = -1;

  find_student_with_report (&iep_id);
  iep = caseload_store_get_iep (fixture.store, iep_id, &error);
  g_assert_no_error (error);
  layout = caseload_documents_build_iep (fixture.store, iep_id, &options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (layout);
  g_assert_null (caseload_layout_get_watermark (layout));
  assert_extents_sane (layout);
  g_assert_true (caseload_layout_write_pdf (layout, path, &error));
  g_assert_no_error (error);

  document = open_pdf (path);
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, (int) caseload_layout_get_n_pages (layout));
  text = all_text (document);
  g_assert_null (strstr (text, "Draft"));
  for (int p = 0; p < poppler_document_get_n_pages (document); p++)
    g_assert_cmpuint (watermark_pixels (document, p), <, 1000);
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    assert_contains (text, sections[i]);
  /* in the order of the law */
  for (guint i = 1; i < G_N_ELEMENTS (sections); i++)
    g_assert_true (strstr (text, sections[i - 1]) < strstr (text, sections[i]));
  for (guint i = 0; i < caseload_iep_get_goals (iep)->len; i++)
    assert_contains (text, caseload_goal_get_behavior (g_ptr_array_index (caseload_iep_get_goals (iep), i)));
  {
    g_autofree char *footer = g_strdup_printf ("Page 1 of %d", poppler_document_get_n_pages (document));

    assert_contains (text, footer);
  }
  assert_contains (text, "Printed March 2, 2026");

  /* the services' minutes per week, on the services page */
  for (int p = 0; p < poppler_document_get_n_pages (document); p++)
    {
      g_autofree char *page = page_text (document, p);

      if (strstr (page, "4. Special education and related services") != NULL)
        services_page = p;
    }
  g_assert_cmpint (services_page, >=, 0);
  {
    g_autofree char *page = page_text (document, services_page);
    g_autofree char *next = services_page + 1 < poppler_document_get_n_pages (document)
                            ? page_text (document, services_page + 1) : g_strdup ("");
    g_autofree char *both = g_strconcat (page, " ", next, NULL);
    GPtrArray *services = caseload_iep_get_services (iep);

    g_assert_cmpuint (services->len, >, 0);
    for (guint i = 0; i < services->len; i++)
      {
        CaseloadService *service = g_ptr_array_index (services, i);
        g_autofree char *minutes = g_strdup_printf ("%s %d min,", caseload_service_get_name (service), caseload_service_get_minutes_per_session (service));
        g_autofree char *week = g_strdup_printf (" %.0f ", caseload_service_get_minutes_per_week (service));

        assert_contains (both, caseload_service_get_name (service));
        assert_contains (both, week);
        (void) minutes;
      }
  }

  /* the outline lists the sections */
  index = poppler_index_iter_new (document);
  g_assert_nonnull (index);
  do
    {
      PopplerAction *action = poppler_index_iter_get_action (index);

      g_assert_cmpint (action->type, ==, POPPLER_ACTION_GOTO_DEST);
      g_assert_cmpuint (n_sections, <, G_N_ELEMENTS (sections));
      g_assert_cmpstr (action->any.title, ==, sections[n_sections]);
      last_section_seen = sections[n_sections];
      n_sections++;
      poppler_action_free (action);
    }
  while (poppler_index_iter_next (index));
  g_assert_cmpuint (n_sections, ==, G_N_ELEMENTS (sections));
  g_assert_cmpstr (last_section_seen, ==, "11. Signatures");
  g_unlink (path);
}

static void
test_iep_draft_40_goals (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadStudent) student = caseload_student_new ();
  g_autoptr(CaseloadLayout) layout = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *path = temp_path ("draft.pdf");
  CaseloadDocumentOptions options = { NULL, CASELOAD_LAYOUT_A4_WIDTH, CASELOAD_LAYOUT_A4_HEIGHT, print_date () };
  const GArray *extents;
  gint64 iep_id;
  guint n_pages;

  caseload_student_set_student_number (student, "DOC-40");
  caseload_student_set_first_name (student, "Forty");
  caseload_student_set_last_name (student, "Goals");
  caseload_student_set_birth_date (student, "2012-05-06");
  caseload_student_set_grade (student, "7");
  caseload_student_set_status (student, "active");
  caseload_student_set_home_language (student, "en");
  caseload_store_save_student (fixture.store, student, &error);
  g_assert_no_error (error);
  iep_id = caseload_store_create_iep_draft (fixture.store, caseload_student_get_id (student), "initial", &error);
  g_assert_no_error (error);
  for (int i = 0; i < 40; i++)
    {
      g_autoptr(CaseloadGoal) goal = caseload_goal_new ();
      g_autofree char *behavior = g_strdup_printf ("will complete task number %d of a long sequence of steps that the team agreed on, "
                                                   "with prompts faded over the year and data taken twice a week by the teacher", i + 1);

      caseload_goal_set_iep_id (goal, iep_id);
      caseload_goal_set_area (goal, i % 2 ? "math" : "reading");
      caseload_goal_set_condition (goal, "Given a structured activity");
      caseload_goal_set_behavior (goal, behavior);
      caseload_goal_set_criterion (goal, "in 4 of 5 trials");
      caseload_goal_set_unit (goal, "% correct");
      caseload_goal_set_direction (goal, "higher");
      caseload_goal_set_baseline_value (goal, 20);
      caseload_goal_set_baseline_date (goal, "2025-09-01");
      caseload_goal_set_target_value (goal, 80);
      caseload_goal_set_target_date (goal, "2026-05-29");
      caseload_store_save_goal (fixture.store, goal, &error);
      g_assert_no_error (error);
      for (int j = 0; j < 2; j++)
        {
          g_autoptr(CaseloadObjective) objective = caseload_objective_new ();
          g_autofree char *description = g_strdup_printf ("Objective %d.%d: half of the steps with one prompt", i + 1, j + 1);

          caseload_objective_set_goal_id (objective, caseload_goal_get_id (goal));
          caseload_objective_set_description (objective, description);
          caseload_objective_set_target_date (objective, j == 0 ? "2025-12-19" : "2026-03-20");
          caseload_store_save_objective (fixture.store, objective, &error);
          g_assert_no_error (error);
        }
    }

  layout = caseload_documents_build_iep (fixture.store, iep_id, &options, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (caseload_layout_get_watermark (layout), ==, "DRAFT");
  n_pages = caseload_layout_get_n_pages (layout);
  g_assert_cmpuint (n_pages, >=, 8);
  assert_extents_sane (layout);

  /* a heading is never the last thing on its page */
  extents = caseload_layout_get_extents (layout);
  for (guint i = 0; i < extents->len; i++)
    {
      const CaseloadLayoutExtent *e = &g_array_index (extents, CaseloadLayoutExtent, i);

      if (e->kind != CASELOAD_LAYOUT_ITEM_HEADING)
        continue;
      g_assert_cmpuint (i + 1, <, extents->len);
      g_assert_cmpuint (g_array_index (extents, CaseloadLayoutExtent, i + 1).page, ==, e->page);
    }

  g_assert_true (caseload_layout_write_pdf (layout, path, &error));
  g_assert_no_error (error);
  document = open_pdf (path);
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, (int) n_pages);
  for (guint page = 0; page < n_pages; page++)
    {
      g_autofree char *text = page_text (document, page);

      assert_contains (text, "Draft \342\200\224 not a final IEP");
      assert_contains (text, "Forty Goals");
      g_assert_cmpuint (watermark_pixels (document, page), >, 5000);
    }
  {
    g_autofree char *text = all_text (document);

    assert_contains (text, "will complete task number 40 of a long sequence");
    assert_contains (text, "Objective 40.2: half of the steps with one prompt");
  }
  g_unlink (path);
}

static void
test_progress_report (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadLayout) layout = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autoptr(GListModel) reports = NULL;
  g_autoptr(CaseloadProgressReport) report = NULL;
  g_autoptr(GListModel) entries = NULL;
  g_autofree char *path = temp_path ("progress.pdf");
  g_autofree char *text = NULL;
  CaseloadDocumentOptions options = { "en", 0, 0, print_date () };
  gint64 iep_id = 0;

  find_student_with_report (&iep_id);
  layout = caseload_documents_build_progress_report (fixture.store, iep_id, 1, &options, &error);
  g_assert_no_error (error);
  assert_extents_sane (layout);
  g_assert_null (caseload_layout_get_watermark (layout));
  g_assert_true (caseload_layout_write_pdf (layout, path, &error));
  g_assert_no_error (error);
  document = open_pdf (path);
  text = all_text (document);
  assert_contains (text, "Progress toward IEP goals");
  assert_contains (text, "Reporting period 1");
  g_assert_null (strstr (text, "DRAFT"));

  reports = caseload_store_list_progress_reports (fixture.store, iep_id, &error);
  g_assert_no_error (error);
  report = g_list_model_get_item (reports, 0);
  entries = caseload_store_list_progress_entries (fixture.store, caseload_progress_report_get_id (report), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (entries), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(CaseloadProgressEntry) entry = g_list_model_get_item (entries, i);

      assert_contains (text, caseload_progress_entry_get_goal_description (entry));
      if (!caseload_progress_entry_get_narrative (entry)[0])
        continue;
      assert_contains (text, caseload_progress_entry_get_narrative (entry));
    }

  /* a period that does not exist */
  {
    g_autoptr(CaseloadLayout) none = caseload_documents_build_progress_report (fixture.store, iep_id, 99, &options, &error);

    g_assert_null (none);
    g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND);
  }
  g_unlink (path);
}

static void
test_glance_and_notice (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadLayout) glance = NULL;
  g_autoptr(CaseloadLayout) notice = NULL;
  g_autoptr(CaseloadLayout) transition = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autoptr(CaseloadIep) iep = NULL;
  g_autoptr(GListModel) guardians = NULL;
  g_autofree char *path = temp_path ("notice.pdf");
  g_autofree char *text = NULL;
  CaseloadDocumentOptions options = { "en", 0, 0, print_date () };
  CaseloadNoticeDetails details = { "Annual review of the IEP", "2026-04-14", "15:30", "16:30", "Room 12, Lincoln School", FALSE, "2026-04-07", NULL };
  gint64 iep_id = 0, student_id;

  student_id = find_student_with_report (&iep_id);
  iep = caseload_store_get_iep (fixture.store, iep_id, &error);
  g_assert_no_error (error);

  glance = caseload_documents_build_glance (fixture.store, iep_id, &options, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (caseload_layout_get_n_pages (glance), ==, 1);
  assert_extents_sane (glance);

  notice = caseload_documents_build_notice (fixture.store, iep_id, &details, &options, &error);
  g_assert_no_error (error);
  assert_extents_sane (notice);
  g_assert_true (caseload_layout_write_pdf (notice, path, &error));
  g_assert_no_error (error);
  document = open_pdf (path);
  text = all_text (document);
  assert_contains (text, "Annual review of the IEP");
  assert_contains (text, "April 14, 2026");
  assert_contains (text, "3:30 PM to 4:30 PM");
  assert_contains (text, "Room 12, Lincoln School");
  assert_contains (text, "You may bring other people who know your child");
  assert_contains (text, "Reply slip");
  assert_contains (text, "Please return this slip by April 7, 2026.");
  g_assert_null (strstr (text, "This meeting will discuss transition"));
  /* the reply slip is one piece: its heading, choices and signature on
   * one page */
  {
    gboolean found = FALSE;

    for (int p = 0; p < poppler_document_get_n_pages (document); p++)
      {
        g_autofree char *page = page_text (document, p);

        if (strstr (page, "Reply slip") == NULL)
          continue;
        found = TRUE;
        assert_contains (page, "I will attend the meeting.");
        assert_contains (page, "I will bring someone with me");
        assert_contains (page, "Signature of parent or guardian");
      }
    g_assert_true (found);
  }
  guardians = caseload_store_list_guardians (fixture.store, student_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (guardians); i++)
    {
      g_autoptr(CaseloadGuardian) guardian = g_list_model_get_item (guardians, i);
      g_autofree char *name = caseload_guardian_dup_full_name (guardian);

      assert_contains (text, name);
    }

  details.transition = TRUE;
  transition = caseload_documents_build_notice (fixture.store, iep_id, &details, &options, &error);
  g_assert_no_error (error);
  g_clear_object (&document);
  g_assert_true (caseload_layout_write_pdf (transition, path, &error));
  g_assert_no_error (error);
  document = open_pdf (path);
  g_free (text);
  text = all_text (document);
  assert_contains (text, "This meeting will discuss transition");
  g_unlink (path);
}

static void
test_meeting_notice (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) meetings = caseload_store_list_meetings (fixture.store, NULL, NULL, 0, 0, &error);
  g_autoptr(CaseloadMeeting) meeting = NULL;
  g_autoptr(CaseloadLayout) layout = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *path = temp_path ("meeting.pdf");
  g_autofree char *text = NULL;
  g_autofree char *date = NULL;
  g_autofree char *iso = NULL;
  CaseloadDocumentOptions options = { "en", 0, 0, print_date () };
  GPtrArray *attendees;

  g_assert_no_error (error);
  /* a scheduled meeting with invitees */
  for (guint i = 0; meeting == NULL && i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(CaseloadMeeting) item = g_list_model_get_item (meetings, i);
      g_autoptr(CaseloadMeeting) full = caseload_store_get_meeting (fixture.store, caseload_meeting_get_id (item), &error);

      g_assert_no_error (error);
      if (caseload_meeting_get_attendees (full)->len > 0)
        meeting = g_steal_pointer (&full);
    }
  if (meeting == NULL)
    {
      g_test_skip ("the sample has no meeting with invitees");
      return;
    }
  layout = caseload_documents_build_meeting_notice (fixture.store, caseload_meeting_get_id (meeting), &options, &error);
  g_assert_no_error (error);
  assert_extents_sane (layout);
  g_assert_true (caseload_layout_write_pdf (layout, path, &error));
  g_assert_no_error (error);
  document = open_pdf (path);
  text = all_text (document);
  iso = g_date_time_format (caseload_meeting_get_starts_at (meeting), "%Y-%m-%d");
  date = caseload_doc_format_date ("en", iso);
  assert_contains (text, date);
  if (caseload_meeting_get_purpose (meeting)[0] != '\0')
    assert_contains (text, caseload_meeting_get_purpose (meeting));
  attendees = caseload_meeting_get_attendees (meeting);
  for (guint i = 0; i < attendees->len; i++)
    assert_contains (text, caseload_meeting_attendee_get_name (g_ptr_array_index (attendees, i)));
  assert_contains (text, "Reply slip");
  g_unlink (path);
}

static void
test_batch (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GListModel) students = caseload_store_list_students (fixture.store, CASELOAD_STUDENT_LIST_ACTIVE, NULL, &error);
  g_autoptr(PopplerDocument) document = NULL;
  g_autoptr(PopplerIndexIter) index = NULL;
  g_autofree char *path = temp_path ("batch.pdf");
  CaseloadDocumentOptions options = { "en", 0, 0, print_date () };
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) first_pages = g_array_new (FALSE, FALSE, sizeof (int));
  guint expected_pages = 0, skipped = 99, n_entries = 0;
  int written, expected = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (students); i++)
    {
      g_autoptr(CaseloadStudent) student = g_list_model_get_item (students, i);
      gint64 id = caseload_student_get_id (student);
      g_autoptr(GListModel) ieps = caseload_store_list_ieps (fixture.store, id, &error);

      g_assert_no_error (error);
      g_array_append_val (ids, id);
      for (guint j = 0; j < g_list_model_get_n_items (ieps); j++)
        {
          g_autoptr(CaseloadIep) iep = g_list_model_get_item (ieps, j);
          g_autoptr(CaseloadLayout) layout = NULL;
          g_autoptr(GError) local_error = NULL;

          if (g_strcmp0 (caseload_iep_get_status (iep), "finalized") != 0)
            continue;
          layout = caseload_documents_build_progress_report (fixture.store, caseload_iep_get_id (iep), 1, &options, &local_error);
          if (layout != NULL)
            {
              int first_page = (int) expected_pages + 1;

              g_ptr_array_add (names, g_strdup (caseload_layout_get_page_header_title (layout)));
              g_array_append_val (first_pages, first_page);
              expected_pages += caseload_layout_get_n_pages (layout);
              expected++;
            }
          break;
        }
    }
  g_assert_cmpint (expected, >=, 2);

  written = caseload_documents_write_progress_batch (fixture.store, ids, 1, &options, path, &skipped, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (written, ==, expected);
  g_assert_cmpuint (skipped, ==, ids->len - expected);
  document = open_pdf (path);
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, (int) expected_pages);
  /* a bookmark per student at the report's first page, its sections
   * below it within the report's pages */
  index = poppler_index_iter_new (document);
  g_assert_nonnull (index);
  do
    {
      PopplerAction *action = poppler_index_iter_get_action (index);
      g_autoptr(PopplerIndexIter) section = poppler_index_iter_get_child (index);
      int first = g_array_index (first_pages, int, n_entries);
      int next = n_entries + 1 < first_pages->len ? g_array_index (first_pages, int, n_entries + 1)
                                                  : (int) expected_pages + 1;
      guint n_sections = 0;

      g_assert_cmpuint (n_entries, <, names->len);
      g_assert_cmpstr (action->goto_dest.title, ==, g_ptr_array_index (names, n_entries));
      g_assert_cmpint (action->goto_dest.dest->page_num, ==, first);
      poppler_action_free (action);
      g_assert_nonnull (section);
      do
        {
          PopplerAction *goal = poppler_index_iter_get_action (section);

          g_assert_cmpint (goal->goto_dest.dest->page_num, >=, first);
          g_assert_cmpint (goal->goto_dest.dest->page_num, <, next);
          poppler_action_free (goal);
          n_sections++;
        }
      while (poppler_index_iter_next (section));
      g_assert_cmpuint (n_sections, >=, 1);
      n_entries++;
    }
  while (poppler_index_iter_next (index));
  g_assert_cmpuint (n_entries, ==, (guint) expected);
  g_unlink (path);
}

static void
cancel_when_started (double   fraction,
                     gpointer data)
{
  g_cancellable_cancel (data);
}

/* The batch (read, laid out and drawn in worker threads, joined in
 * order) prints exactly what the reports printed one by one print: the
 * same pages with the same text, in the same order; and a cancelled
 * batch leaves no file. */
static void
test_batch_equals_sequential (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GListModel) students = caseload_store_list_students (fixture.store, CASELOAD_STUDENT_LIST_ACTIVE, NULL, &error);
  g_autoptr(PopplerDocument) batch = NULL;
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *path = temp_path ("batch-equal.pdf");
  g_autofree char *one = temp_path ("one.pdf");
  const char *langs[] = { "en", "es" };

  g_assert_no_error (error);
  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    {
      CaseloadDocumentOptions options = { langs[l], 0, 0, print_date () };
      guint skipped = 0, expected_reports = 0;
      int written;

      g_array_set_size (ids, 0);
      g_ptr_array_set_size (texts, 0);
      /* every student twice, in a shuffled order: the order must hold */
      for (guint pass = 0; pass < 2; pass++)
        for (guint k = 0; k < g_list_model_get_n_items (students); k++)
          {
            guint i = (k * 5 + pass * 3) % g_list_model_get_n_items (students);
            g_autoptr(CaseloadStudent) student = g_list_model_get_item (students, i);
            gint64 id = caseload_student_get_id (student);
            g_autoptr(GListModel) ieps = caseload_store_list_ieps (fixture.store, id, &error);
            gint64 iep_id = 0;

            g_assert_no_error (error);
            g_array_append_val (ids, id);
            for (guint j = 0; j < g_list_model_get_n_items (ieps) && iep_id == 0; j++)
              {
                g_autoptr(CaseloadIep) iep = g_list_model_get_item (ieps, j);

                if (g_strcmp0 (caseload_iep_get_status (iep), "finalized") == 0)
                  iep_id = caseload_iep_get_id (iep);
              }
            if (iep_id > 0)
              {
                g_autoptr(GError) local_error = NULL;
                g_autoptr(CaseloadLayout) layout = caseload_documents_build_progress_report (fixture.store, iep_id, 1, &options, &local_error);
                g_autoptr(PopplerDocument) document = NULL;

                if (layout == NULL)
                  continue;
                g_assert_true (caseload_layout_write_pdf (layout, one, &error));
                g_assert_no_error (error);
                document = open_pdf (one);
                for (int p = 0; p < poppler_document_get_n_pages (document); p++)
                  g_ptr_array_add (texts, page_text (document, p));
                expected_reports++;
              }
          }
      g_assert_cmpuint (expected_reports, >=, 4);

      written = caseload_documents_write_progress_batch (fixture.store, ids, 1, &options, path, &skipped,
                                                         NULL, NULL, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpint (written, ==, (int) expected_reports);
      g_assert_cmpuint (skipped, ==, ids->len - expected_reports);
      g_clear_object (&batch);
      batch = open_pdf (path);
      g_assert_cmpint (poppler_document_get_n_pages (batch), ==, (int) texts->len);
      for (guint p = 0; p < texts->len; p++)
        {
          g_autofree char *text = page_text (batch, (int) p);

          g_assert_cmpstr (text, ==, g_ptr_array_index (texts, p));
        }
      g_unlink (path);
      g_unlink (one);
    }

  /* cancelled: an error, and no file left behind */
  {
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();
    CaseloadDocumentOptions options = { "en", 0, 0, print_date () };

    g_cancellable_cancel (cancellable);
    g_assert_cmpint (caseload_documents_write_progress_batch (fixture.store, ids, 1, &options, path, NULL,
                                                              NULL, NULL, cancellable, &error), ==, -1);
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_clear_error (&error);
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  }

  /* cancelled half way, over an older file: the older file stays, and
   * nothing else is left in the folder */
  {
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();
    CaseloadDocumentOptions options = { "en", 0, 0, print_date () };
    g_autofree char *folder = temp_path ("cancelled");
    g_autofree char *target = g_build_filename (folder, "reports.pdf", NULL);
    g_autofree char *contents = NULL;
    g_autoptr(GDir) dir = NULL;
    guint n_files = 0;

    g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
    g_assert_true (g_file_set_contents (target, "the older file", -1, NULL));
    g_assert_cmpint (caseload_documents_write_progress_batch (fixture.store, ids, 1, &options, target, NULL,
                                                              cancel_when_started, cancellable,
                                                              cancellable, &error), ==, -1);
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_clear_error (&error);
    g_assert_true (g_file_get_contents (target, &contents, NULL, NULL));
    g_assert_cmpstr (contents, ==, "the older file");
    dir = g_dir_open (folder, 0, NULL);
    while (g_dir_read_name (dir) != NULL)
      n_files++;
    g_assert_cmpuint (n_files, ==, 1);
    g_unlink (target);
    g_rmdir (folder);
  }
}

static void
test_spanish (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadLayout) layout = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *path = temp_path ("es.pdf");
  g_autofree char *text = NULL;
  CaseloadDocumentOptions options = { "es", 0, 0, print_date () };
  gint64 iep_id = 0;

  find_student_with_report (&iep_id);
  layout = caseload_documents_build_progress_report (fixture.store, iep_id, 1, &options, &error);
  g_assert_no_error (error);
  g_assert_true (caseload_layout_write_pdf (layout, path, &error));
  g_assert_no_error (error);
  document = open_pdf (path);
  text = all_text (document);
  g_assert_cmpstr (caseload_doc_gettext ("es", "Page %u of %u"), ==, "P\303\241gina %u de %u");
  assert_contains (text, "P\303\241gina 1 de");
  assert_contains (text, "2 de marzo de 2026");
  assert_contains (text, caseload_doc_gettext ("es", "Progress toward IEP goals"));
  g_assert_cmpstr (caseload_doc_gettext ("es", "Progress toward IEP goals"), !=, "Progress toward IEP goals");
  assert_contains (text, caseload_doc_gettext ("es", "Notes typed by staff are shown as written."));

  /* the district's progress codes as seeded are spelled out in Spanish:
   * each has a translation, at least one is on the page, no English one */
  {
    g_autoptr(GListModel) codes = caseload_store_list_progress_codes (fixture.store, &error);
    guint shown = 0;

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (codes), >=, 5);
    for (guint i = 0; i < g_list_model_get_n_items (codes); i++)
      {
        g_autoptr(CaseloadCode) code = g_list_model_get_item (codes, i);
        const char *name = caseload_code_get_name (code);
        const char *description = caseload_code_get_description (code);

        g_assert_cmpstr (caseload_doc_gettext ("es", name), !=, name);
        g_assert_cmpstr (caseload_doc_gettext ("es", description), !=, description);
        g_assert_null (strstr (text, description));
        if (strstr (text, caseload_doc_gettext ("es", description)) != NULL)
          shown++;
      }
    g_assert_cmpuint (shown, >=, 1);
  }
  g_unlink (path);

  /* the IEP's setting in Spanish words, with its federal code */
  {
    g_autoptr(CaseloadLayout) iep_layout = caseload_documents_build_iep (fixture.store, iep_id, &options, &error);
    g_autoptr(CaseloadIep) iep = caseload_store_get_iep (fixture.store, iep_id, &error);
    g_autoptr(PopplerDocument) iep_document = NULL;
    g_autofree char *iep_text = NULL;
    const char *code;

    g_assert_no_error (error);
    code = caseload_iep_get_environment_code (iep);
    g_assert_nonnull (caseload_rules_environment_name (code));
    g_assert_true (caseload_layout_write_pdf (iep_layout, path, &error));
    g_assert_no_error (error);
    iep_document = open_pdf (path);
    iep_text = all_text (iep_document);
    assert_contains (iep_text, caseload_doc_gettext ("es", caseload_rules_environment_name (code)));
    g_assert_cmpstr (caseload_doc_gettext ("es", caseload_rules_environment_name (code)), !=,
                     caseload_rules_environment_name (code));
    assert_contains (iep_text, code);
    /* the team's roles in Spanish too */
    assert_contains (iep_text, caseload_doc_gettext ("es", "Case manager"));
    g_assert_null (strstr (iep_text, "Case manager"));
    g_unlink (path);
  }

  /* the notice names the invited people's roles in Spanish */
  {
    g_autoptr(CaseloadLayout) notice = caseload_documents_build_notice (fixture.store, iep_id, NULL, &options, &error);
    g_autoptr(PopplerDocument) notice_document = NULL;
    g_autofree char *notice_text = NULL;

    g_assert_no_error (error);
    g_assert_true (caseload_layout_write_pdf (notice, path, &error));
    g_assert_no_error (error);
    notice_document = open_pdf (path);
    notice_text = all_text (notice_document);
    assert_contains (notice_text, caseload_doc_gettext ("es", "Case manager"));
    g_assert_cmpstr (caseload_doc_gettext ("es", "Case manager"), !=, "Case manager");
    g_assert_null (strstr (notice_text, "Case manager"));
    g_unlink (path);
  }
}


/* The chart of a Spanish progress report speaks Spanish: legend, date
 * ticks, rates per week and decimal marks (whatever the process's
 * language); the English report's chart stays English. */
static void
test_chart_language (void)
{
  static const char * const months[] = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *path = temp_path ("chart-es.pdf");
  gint64 iep_id = 0;
  const char *langs[] = { "es", "en" };

  find_student_with_report (&iep_id);
  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    {
      CaseloadDocumentOptions options = { langs[l], 0, 0, print_date () };
      g_autoptr(CaseloadLayout) layout = caseload_documents_build_progress_report (fixture.store, iep_id, 1, &options, &error);
      g_autoptr(PopplerDocument) document = NULL;
      g_autofree char *text = NULL;
      gboolean spanish = g_str_equal (langs[l], "es");
      guint spanish_months = 0, english_months = 0;

      g_assert_no_error (error);
      g_assert_true (caseload_layout_write_pdf (layout, path, &error));
      g_assert_no_error (error);
      document = open_pdf (path);
      text = all_text (document);
      if (spanish)
        {
          g_assert_cmpstr (caseload_doc_gettext ("es", "chart legend\004Aim line"), ==, "L\303\255nea de meta");
          assert_contains (text, "Datos");
          assert_contains (text, "L\303\255nea de meta");
          assert_contains (text, "/semana");
          g_assert_null (strstr (text, "Aim line"));
          g_assert_null (strstr (text, "/week"));
          /* "necesario 0,68/semana": the Spanish decimal comma */
          g_assert_true (g_regex_match_simple ("necesario -?[0-9]+(,[0-9]+)?/semana", text, 0, 0));
        }
      else
        {
          assert_contains (text, "Aim line");
          assert_contains (text, "/week");
          g_assert_null (strstr (text, "L\303\255nea de meta"));
        }
      /* the date ticks: month abbreviations of the document's language */
      for (guint m = 0; m < G_N_ELEMENTS (months); m++)
        {
          g_autofree char *english = g_strdup_printf ("\\b%s\\b", months[m]);
          g_autofree char *translated = g_strdup_printf ("\\b%s\\b", caseload_doc_gettext ("es", months[m]));

          g_assert_cmpstr (caseload_doc_gettext ("es", months[m]), !=, months[m]);
          if (g_regex_match_simple (english, text, 0, 0))
            english_months++;
          if (g_regex_match_simple (translated, text, 0, 0))
            spanish_months++;
        }
      if (spanish)
        {
          g_assert_cmpuint (spanish_months, >, 0);
          g_assert_cmpuint (english_months, ==, 0);
        }
      else
        g_assert_cmpuint (english_months, >, 0);
      g_unlink (path);
    }
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db = NULL;
  CaseloadSampleOptions sample = { 14, 42 };
  int status;

  g_test_init (&argc, &argv, NULL);

  fixture.dir = g_dir_make_tmp ("caseload-documents-XXXXXX", &error);
  g_assert_no_error (error);
  db = g_build_filename (fixture.dir, "caseload.db", NULL);
  fixture.store = caseload_store_open (db, CASELOAD_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_date_clear (&sample.as_of, 1);
  g_date_set_dmy (&sample.as_of, 2, G_DATE_MARCH, 2026);
  caseload_sample_generate (fixture.store, &sample, NULL, NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/documents/language", test_language);
  g_test_add_func ("/documents/catalog", test_catalog);
  g_test_add_func ("/documents/layout/table-repeats-header", test_table_repeats_header);
  g_test_add_func ("/documents/layout/tall-row", test_tall_row_splits_between_lines);
  g_test_add_func ("/documents/iep/finalized", test_iep_finalized);
  g_test_add_func ("/documents/iep/draft-40-goals", test_iep_draft_40_goals);
  g_test_add_func ("/documents/progress", test_progress_report);
  g_test_add_func ("/documents/glance-and-notice", test_glance_and_notice);
  g_test_add_func ("/documents/meeting-notice", test_meeting_notice);
  g_test_add_func ("/documents/batch", test_batch);
  g_test_add_func ("/documents/batch-equals-sequential", test_batch_equals_sequential);
  /* Spanish needs the compiled po/es.po (the build's po directory is in
   * CASELOAD_LOCALEDIR); registered only when it exists. */
  if (caseload_doc_has_language ("es"))
    {
      g_test_add_func ("/documents/spanish", test_spanish);
      g_test_add_func ("/documents/chart-language", test_chart_language);
    }

  status = g_test_run ();

  g_clear_object (&fixture.store);
  {
    g_autoptr(GDir) dir = g_dir_open (fixture.dir, 0, NULL);
    const char *name;

    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *path = g_build_filename (fixture.dir, name, NULL);

        g_unlink (path);
      }
  }
  g_rmdir (fixture.dir);
  g_free (fixture.dir);
  return status;
}
