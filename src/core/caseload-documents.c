#define G_LOG_DOMAIN "caseload-documents"

#include "config.h"

#include "caseload-documents.h"
#include "caseload-chart.h"
#include "caseload-model.h"
#include "caseload-pdf-join.h"
#include "caseload-rules.h"
#include "caseload-store-progress.h"
#include "caseload-store-meetings.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <cairo-pdf.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

/* Translated into the document's language (the variable "lang" in scope);
 * the msgids are marked with N_() for xgettext. */
#define T(msgid) caseload_doc_gettext (lang, (msgid))

typedef struct
{
  const char *key;
  const char *label;
} Label;

static const Label area_labels[] = {
  { "reading", N_("Reading") },
  { "writing", N_("Writing") },
  { "math", N_("Math") },
  { "communication", N_("Communication") },
  { "social-emotional", N_("Social-emotional") },
  { "behavior", N_("Behavior") },
  { "motor", N_("Motor") },
  { "adaptive", N_("Adaptive / daily living") },
  { "transition", N_("Transition") },
  { "other", N_("Other") },
  { NULL, NULL }
};

static const Label factor_labels[] = {
  { "behavior", N_("Behavior that impedes learning") },
  { "limited-english", N_("Limited English proficiency") },
  { "visual-impairment", N_("Blind or visually impaired (Braille)") },
  { "communication", N_("Communication needs") },
  { "assistive-technology", N_("Assistive technology") },
  { NULL, NULL }
};

static const Label kind_labels[] = {
  { "initial", N_("Initial IEP") },
  { "annual", N_("Annual IEP") },
  { "amendment", N_("Amendment") },
  { "interim", N_("Interim IEP (transfer)") },
  { NULL, NULL }
};

static const Label category_labels[] = {
  { "special-education", N_("Special education") },
  { "related-service", N_("Related service") },
  { "supplementary-aid", N_("Supplementary aid") },
  { "program-modification", N_("Program modification") },
  { "personnel-support", N_("Support for school staff") },
  { "presentation", N_("Presentation") },
  { "response", N_("Response") },
  { "setting", N_("Setting") },
  { "timing", N_("Timing") },
  { "other", N_("Other") },
  { NULL, NULL }
};

static const Label method_labels[] = {
  { "in-person", N_("in person") },
  { "mail", N_("by mail") },
  { "email", N_("by e-mail") },
  { "backpack", N_("sent home with the student") },
  { NULL, NULL }
};

static const Label assessment_labels[] = {
  { "regular", N_("Takes the regular state and district tests") },
  { "accommodated", N_("Takes the regular tests with the accommodations listed in this IEP") },
  { "alternate", N_("Takes the alternate assessment") },
  { NULL, NULL }
};

/* The roles on an IEP team (team_role in seed-001.sql) */
static const Label team_role_labels[] = {
  { "case-manager", N_("Case manager") },
  { "parent", N_("Parent or guardian") },
  { "student", N_("Student") },
  { "special-education-teacher", N_("Special-education teacher or provider") },
  { "general-education-teacher", N_("Regular-education teacher") },
  { "lea-representative", N_("District (LEA) representative") },
  { "evaluation-interpreter", N_("Interprets evaluation results") },
  { "related-service-provider", N_("Related-service provider") },
  { "other", N_("Other") },
  { NULL, NULL }
};

static const char *
label_for (const char  *lang,
           const Label *labels,
           const char  *key)
{
  for (guint i = 0; labels[i].key != NULL; i++)
    if (g_strcmp0 (labels[i].key, key) == 0)
      return T (labels[i].label);
  return key != NULL ? key : "";
}

/* An attendee's role in the document's language: from its code when it
 * is one of the team roles, else as the store named it. */
static const char *
attendee_role (const char              *lang,
               CaseloadMeetingAttendee *attendee)
{
  const char *code = caseload_meeting_attendee_get_role (attendee);

  for (guint i = 0; code != NULL && team_role_labels[i].key != NULL; i++)
    if (g_str_equal (team_role_labels[i].key, code))
      return T (team_role_labels[i].label);
  return caseload_meeting_attendee_get_role_name (attendee);
}

static gboolean
blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

/* ---- languages -------------------------------------------------------------- */

const char *
caseload_documents_pick_language (CaseloadStudent *student,
                                  const char      *requested)
{
  const char *home;

  if (requested != NULL && *requested != '\0')
    return g_intern_string (requested);
  home = student != NULL ? caseload_student_get_home_language (student) : NULL;
  if (home != NULL && (g_ascii_strncasecmp (home, "es", 2) == 0
                       || g_ascii_strcasecmp (home, "spanish") == 0
                       || g_ascii_strcasecmp (home, "espa\303\261ol") == 0)
      && caseload_doc_has_language ("es"))
    return "es";
  return "en";
}

/* ---- common parts --------------------------------------------------------------- */

typedef struct
{
  const char      *lang;
  CaseloadStudent *student;
  char            *name;
  char            *printed;     /* "Printed March 5, 2026" */
  char            *today;       /* "March 5, 2026" */
} Context;

static void
context_clear (Context *ctx)
{
  g_clear_object (&ctx->student);
  g_clear_pointer (&ctx->name, g_free);
  g_clear_pointer (&ctx->printed, g_free);
  g_clear_pointer (&ctx->today, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Context, context_clear)

static gboolean
context_init (Context                       *ctx,
              CaseloadStore                 *store,
              gint64                         student_id,
              const CaseloadDocumentOptions *options,
              GError                       **error)
{
  const char *lang;
  GDate today;
  char iso[16];
  g_autofree char *date = NULL;

  memset (ctx, 0, sizeof *ctx);
  ctx->student = caseload_store_get_student (store, student_id, error);
  if (ctx->student == NULL)
    return FALSE;
  ctx->lang = caseload_documents_pick_language (ctx->student, options != NULL ? options->language : NULL);
  lang = ctx->lang;
  ctx->name = caseload_student_dup_full_name (ctx->student);
  if (options != NULL && options->printed_on != NULL && g_date_valid (options->printed_on))
    today = *options->printed_on;
  else
    {
      g_date_clear (&today, 1);
      g_date_set_time_t (&today, time (NULL));
    }
  g_date_strftime (iso, sizeof iso, "%Y-%m-%d", &today);
  date = caseload_doc_format_date (lang, iso);
  ctx->printed = g_strdup_printf (T (N_("Printed %s")), date);
  ctx->today = g_strdup (date);
  return TRUE;
}

static CaseloadLayout *
new_layout (Context                       *ctx,
            const CaseloadDocumentOptions *options,
            CaseloadIep                   *iep,
            const char                    *title,
            const char                    *status)
{
  const char *lang = ctx->lang;
  CaseloadLayout *layout = caseload_layout_new (options != NULL ? options->page_width : 0,
                                                options != NULL ? options->page_height : 0,
                                                lang);
  g_autofree char *birth = caseload_doc_format_date (lang, caseload_student_get_birth_date (ctx->student));
  g_autofree char *start = caseload_doc_format_date (lang, iep != NULL ? caseload_iep_get_start_date (iep) : NULL);
  g_autofree char *end = caseload_doc_format_date (lang, iep != NULL ? caseload_iep_get_end_date (iep) : NULL);
  g_autofree char *born = *birth != '\0' ? g_strdup_printf (T (N_("Born %s")), birth) : g_strdup ("");
  g_autofree char *dates = NULL;
  g_autofree char *details = NULL;
  g_autofree char *full_title = g_strdup_printf ("%s \342\200\224 %s", title, ctx->name);

  if (*start != '\0' || *end != '\0')
    dates = g_strdup_printf (T (N_("IEP %s to %s")), *start != '\0' ? start : "\342\200\246",
                             *end != '\0' ? end : "\342\200\246");
  details = dates != NULL && *born != '\0' ? g_strdup_printf ("%s  \302\267  %s", born, dates)
                                           : g_strdup (dates != NULL ? dates : born);
  caseload_layout_set_metadata (layout, full_title,
                                caseload_student_get_case_manager_name (ctx->student),
                                title);
  caseload_layout_set_page_header (layout, ctx->name, details);
  caseload_layout_set_page_footer (layout, status, ctx->printed);
  return layout;
}

static void
add_title (CaseloadLayout *layout,
           const char     *title,
           const char     *subtitle)
{
  g_autofree char *escaped = g_markup_escape_text (title, -1);
  g_autofree char *markup = g_strdup_printf ("<span font=\"Sans Bold 18\">%s</span>", escaped);

  caseload_layout_add_markup (layout, markup, 0, TRUE);
  if (subtitle != NULL)
    {
      g_autofree char *sub = g_markup_escape_text (subtitle, -1);
      g_autofree char *sub_markup = g_strdup_printf ("<span font=\"Sans 11\">%s</span>", sub);

      caseload_layout_add_markup (layout, sub_markup, 0, FALSE);
    }
  caseload_layout_add_spacer (layout, 6);
}

/* The note for documents not in English: typed text is not translated. */
static void
add_typed_text_note (CaseloadLayout *layout,
                     const char     *lang)
{
  g_autofree char *escaped = NULL;
  g_autofree char *markup = NULL;

  if (g_strcmp0 (lang, "en") == 0)
    return;
  escaped = g_markup_escape_text (T (N_("Notes typed by staff are shown as written.")), -1);
  markup = g_strdup_printf ("<i>%s</i>", escaped);
  caseload_layout_add_markup (layout, markup, 0, FALSE);
}

/* Staff-typed text, or a dash-like "None recorded." in italics. */
static void
add_typed (CaseloadLayout *layout,
           const char     *lang,
           const char     *text)
{
  if (blank (text))
    {
      g_autofree char *escaped = g_markup_escape_text (T (N_("None recorded.")), -1);
      g_autofree char *markup = g_strdup_printf ("<i>%s</i>", escaped);

      caseload_layout_add_markup (layout, markup, 0, FALSE);
    }
  else
    caseload_layout_add_text (layout, text);
}

static void
add_bullet (CaseloadLayout *layout,
            const char     *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  g_autofree char *markup = g_strdup_printf ("\342\200\242 %s", escaped);

  caseload_layout_add_markup (layout, markup, 14, FALSE);
}

static char *
goal_statement (CaseloadGoal *goal)
{
  GString *text = g_string_new (NULL);
  const char *parts[] = { caseload_goal_get_condition (goal), caseload_goal_get_behavior (goal),
                          caseload_goal_get_criterion (goal) };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autofree char *part = g_strstrip (g_strdup (parts[i] != NULL ? parts[i] : ""));

      if (*part == '\0')
        continue;
      if (text->len > 0)
        g_string_append (text, i == 1 && !blank (parts[0]) ? ", " : " ");
      g_string_append (text, part);
    }
  if (text->len > 0 && !strchr (".!?", text->str[text->len - 1]))
    g_string_append_c (text, '.');
  return g_string_free (text, FALSE);
}

/* "34 words correct per minute on March 4, 2026" */
static char *
value_with_unit (const char *lang,
                 double      value,
                 const char *unit,
                 const char *iso_date)
{
  g_autofree char *number = caseload_doc_format_number (lang, value, 2);
  g_autofree char *date = caseload_doc_format_date (lang, iso_date);

  if (*date != '\0')
    return g_strdup_printf (T (N_("%s %s by %s")), number, unit != NULL ? unit : "", date);
  return g_strdup_printf ("%s %s", number, unit != NULL ? unit : "");
}

/* The goal's chart with the data up to @until (an ISO date; NULL = all),
 * or NULL when there is none: a report for a period shows what was known
 * at its end. */
static CaseloadProgressData *
load_chart (CaseloadStore *store,
            CaseloadGoal  *goal,
            const char    *until)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) points = caseload_store_list_data_points (store, caseload_goal_get_id (goal), &error);
  g_autoptr(GListModel) phases = NULL;
  CaseloadProgressData *data;

  if (points != NULL)
    phases = caseload_store_list_phases (store, caseload_goal_get_id (goal), &error);
  if (phases == NULL)
    {
      g_warning ("No chart for goal %" G_GINT64_FORMAT ": %s", caseload_goal_get_id (goal), error->message);
      return NULL;
    }
  data = caseload_progress_data_new ();
  caseload_progress_data_set_goal (data, caseload_goal_get_unit (goal),
                                   g_strcmp0 (caseload_goal_get_direction (goal), "lower") == 0,
                                   caseload_goal_get_has_baseline_value (goal),
                                   caseload_goal_get_baseline_value (goal),
                                   caseload_goal_get_baseline_date (goal),
                                   caseload_goal_get_has_target_value (goal),
                                   caseload_goal_get_target_value (goal),
                                   caseload_goal_get_target_date (goal));
  for (guint i = 0; i < g_list_model_get_n_items (points); i++)
    {
      g_autoptr(CaseloadDataPoint) point = g_list_model_get_item (points, i);

      if (until != NULL && g_strcmp0 (caseload_data_point_get_date (point), until) > 0)
        continue;
      caseload_progress_data_add_point (data, caseload_data_point_get_date (point),
                                        caseload_data_point_get_value (point),
                                        caseload_data_point_get_note (point));
    }
  for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
    {
      g_autoptr(CaseloadProgressPhase) phase = g_list_model_get_item (phases, i);

      if (until != NULL && g_strcmp0 (caseload_progress_phase_get_start_date (phase), until) > 0)
        continue;
      caseload_progress_data_add_phase (data, caseload_progress_phase_get_start_date (phase),
                                        caseload_progress_phase_get_label (phase));
    }
  if (caseload_progress_data_get_n_points (data) == 0)
    {
      caseload_progress_data_free (data);
      return NULL;
    }
  return data;
}

static char *
status_line (const char  *lang,
             CaseloadIep *iep)
{
  const char *status = caseload_iep_get_status (iep);

  if (g_strcmp0 (status, "finalized") == 0)
    {
      g_autofree char *date = caseload_doc_format_date (lang, caseload_iep_get_finalized_at (iep));

      return *date != '\0' ? g_strdup_printf (T (N_("Final IEP, finalized %s")), date)
                           : g_strdup (T (N_("Final IEP")));
    }
  if (g_strcmp0 (status, "superseded") == 0)
    return g_strdup (T (N_("Earlier IEP, replaced by a later one")));
  return g_strdup (T (N_("Draft \342\200\224 not a final IEP")));
}

/* The staff role's name for its code ("special-education-teacher"), in
 * the document's language when the catalog has it. */
static const char *
role_name (const char *lang,
           GListModel *roles,
           const char *code)
{
  for (guint i = 0; roles != NULL && i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(CaseloadCode) role = g_list_model_get_item (roles, i);

      if (g_strcmp0 (caseload_code_get_code (role), code) == 0)
        return T (g_intern_string (caseload_code_get_name (role)));
    }
  return code != NULL ? code : "";
}

/* ---- the IEP -------------------------------------------------------------------- */

static void
add_services_table (CaseloadLayout *layout,
                    const char     *lang,
                    CaseloadIep    *iep,
                    GListModel     *roles)
{
  GPtrArray *services = caseload_iep_get_services (iep);
  const char *headers[] = { T (N_("Service")), T (N_("Provider")), T (N_("How often")),
                            T (N_("Minutes per week")), T (N_("Where")), T (N_("Dates")) };
  const double widths[] = { 2.1, 1.8, 1.3, 0.9, 1.4, 1.6 };
  CaseloadLayoutTable *table;
  g_autofree char *total = NULL;
  g_autofree char *total_text = NULL;

  if (services == NULL || services->len == 0)
    {
      add_typed (layout, lang, NULL);
      return;
    }
  table = caseload_layout_add_table (layout, G_N_ELEMENTS (headers), widths, headers);
  for (guint i = 0; i < services->len; i++)
    {
      CaseloadService *service = g_ptr_array_index (services, i);
      g_autofree char *name = g_strdup_printf ("%s\n%s", caseload_service_get_name (service),
                                               label_for (lang, category_labels, caseload_service_get_category (service)));
      g_autofree char *provider = NULL;
      g_autofree char *minutes = caseload_doc_format_number (lang, caseload_service_get_minutes_per_session (service), 0);
      g_autofree char *how = NULL;
      g_autofree char *week = caseload_doc_format_number (lang, caseload_service_get_minutes_per_week (service), 0);
      g_autofree char *start = caseload_doc_format_date (lang, caseload_service_get_start_date (service));
      g_autofree char *end = caseload_doc_format_date (lang, caseload_service_get_end_date (service));
      g_autofree char *dates = g_strdup_printf ("%s \342\200\223\n%s", start, end);
      const char *row[6];

      provider = blank (caseload_service_get_provider_name (service))
                 ? g_strdup (role_name (lang, roles, caseload_service_get_provider_role (service)))
                 : g_strdup_printf ("%s\n%s", caseload_service_get_provider_name (service),
                                    role_name (lang, roles, caseload_service_get_provider_role (service)));
      if (g_strcmp0 (caseload_service_get_per (service), "month") == 0)
        how = g_strdup_printf (T (N_("%s min, %d times a month")), minutes, caseload_service_get_sessions (service));
      else
        how = g_strdup_printf (T (N_("%s min, %d times a week")), minutes, caseload_service_get_sessions (service));
      row[0] = name;
      row[1] = provider;
      row[2] = how;
      row[3] = week;
      row[4] = caseload_service_get_location (service);
      row[5] = dates;
      caseload_layout_table_add_row (table, row);
    }
  total = caseload_doc_format_number (lang, caseload_iep_get_total_minutes_per_week (iep), 0);
  total_text = g_strdup_printf (T (N_("Total: %s minutes per week.")), total);
  caseload_layout_add_text (layout, total_text);
}

static void
add_accommodations_table (CaseloadLayout *layout,
                          const char     *lang,
                          CaseloadIep    *iep,
                          gboolean        brief)
{
  GPtrArray *items = caseload_iep_get_accommodations (iep);
  const char *headers[] = { T (N_("Accommodation or modification")), T (N_("Where it applies")),
                            T (N_("How often")), T (N_("Kind")) };
  const double full_widths[] = { 3.4, 1.5, 1.5, 1.7 };
  const double brief_widths[] = { 4.4, 1.5, 1.8 };
  CaseloadLayoutTable *table;

  if (items == NULL || items->len == 0)
    {
      add_typed (layout, lang, NULL);
      return;
    }
  table = caseload_layout_add_table (layout, brief ? 3 : 4, brief ? brief_widths : full_widths, headers);
  for (guint i = 0; i < items->len; i++)
    {
      CaseloadAccommodation *item = g_ptr_array_index (items, i);
      gboolean classroom = caseload_accommodation_get_applies_classroom (item);
      gboolean tests = caseload_accommodation_get_applies_tests (item);
      gboolean modification = g_strcmp0 (caseload_accommodation_get_kind (item), "modification") == 0;
      g_autofree char *kind_text = g_strdup_printf ("%s\n%s", modification ? T (N_("Modification")) : T (N_("Accommodation")),
                                                    label_for (lang, category_labels, caseload_accommodation_get_category (item)));
      g_autofree char *description = modification && brief
        ? g_strdup_printf (T (N_("Modification: %s")), caseload_accommodation_get_description (item))
        : g_strdup (caseload_accommodation_get_description (item));
      const char *where = classroom && tests ? T (N_("Classroom and tests"))
                          : tests ? T (N_("Tests")) : T (N_("Classroom"));
      const char *row[4] = { description, where, caseload_accommodation_get_frequency (item), kind_text };

      caseload_layout_table_add_row (table, row);
    }
}

static void
add_section_texts (CaseloadLayout *layout,
                   const char     *lang,
                   const char     *heading,
                   const char     *text)
{
  caseload_layout_add_heading (layout, 3, heading);
  add_typed (layout, lang, text);
}

CaseloadLayout *
caseload_documents_build_iep (CaseloadStore                 *store,
                              gint64                         iep_id,
                              const CaseloadDocumentOptions *options,
                              GError                       **error)
{
  g_autoptr(CaseloadIep) iep = NULL;
  g_autoptr(GListModel) attendees = NULL;
  g_autoptr(GListModel) guardians = NULL;
  g_auto(Context) ctx = { 0 };
  g_autoptr(CaseloadLayout) layout = NULL;
  g_autofree char *status = NULL;
  g_autofree char *meeting = NULL, *start = NULL, *end = NULL, *review = NULL;
  GPtrArray *goals;
  const char * const *periods;
  const char *lang;
  gboolean has_transition = FALSE;

  g_return_val_if_fail (CASELOAD_IS_STORE (store), NULL);

  iep = caseload_store_get_iep (store, iep_id, error);
  if (iep == NULL)
    return NULL;
  attendees = caseload_store_list_iep_attendees (store, iep_id, error);
  if (attendees == NULL)
    return NULL;
  if (!context_init (&ctx, store, caseload_iep_get_student_id (iep), options, error))
    return NULL;
  guardians = caseload_store_list_guardians (store, caseload_iep_get_student_id (iep), error);
  if (guardians == NULL)
    return NULL;
  lang = ctx.lang;

  status = status_line (lang, iep);
  layout = new_layout (&ctx, options, iep, T (N_("Individualized Education Program")), status);
  if (g_strcmp0 (caseload_iep_get_status (iep), "draft") == 0)
    caseload_layout_set_watermark (layout, T (N_("DRAFT")));

  add_title (layout, T (N_("Individualized Education Program (IEP)")),
             label_for (lang, kind_labels, caseload_iep_get_kind (iep)));
  meeting = caseload_doc_format_date (lang, caseload_iep_get_meeting_date (iep));
  start = caseload_doc_format_date (lang, caseload_iep_get_start_date (iep));
  end = caseload_doc_format_date (lang, caseload_iep_get_end_date (iep));
  review = caseload_doc_format_date (lang, caseload_iep_get_next_review_date (iep));
  {
    g_autofree char *birth = caseload_doc_format_date (lang, caseload_student_get_birth_date (ctx.student));
    g_autofree char *in_effect = g_strdup_printf ("%s \342\200\223 %s", start, end);
    const char *pairs[] = {
      T (N_("Student")), ctx.name,
      T (N_("Student ID")), caseload_student_get_student_number (ctx.student),
      T (N_("Birth date")), birth,
      T (N_("Grade")), caseload_student_get_grade (ctx.student),
      T (N_("School")), caseload_student_get_school_name (ctx.student),
      T (N_("Primary disability")), caseload_student_get_primary_disability_name (ctx.student),
      T (N_("Case manager")), caseload_student_get_case_manager_name (ctx.student),
      T (N_("IEP meeting")), meeting,
      T (N_("IEP in effect")), in_effect,
      T (N_("Next review by")), review,
      NULL
    };

    caseload_layout_add_grid (layout, pairs);
  }
  add_typed_text_note (layout, lang);
  if (!blank (caseload_iep_get_amendment_summary (iep)))
    add_section_texts (layout, lang, T (N_("What this amendment changes")),
                       caseload_iep_get_amendment_summary (iep));

  /* 1. present levels */
  caseload_layout_add_heading (layout, 1, T (N_("1. Present levels of academic achievement and functional performance")));
  add_section_texts (layout, lang, T (N_("Strengths")), caseload_iep_get_strengths (iep));
  add_section_texts (layout, lang, T (N_("The parents' concerns")), caseload_iep_get_parent_concerns (iep));
  add_section_texts (layout, lang, T (N_("Evaluation results")), caseload_iep_get_evaluation_results (iep));
  add_section_texts (layout, lang, T (N_("Academic needs")), caseload_iep_get_academic_needs (iep));
  add_section_texts (layout, lang, T (N_("Functional needs")), caseload_iep_get_functional_needs (iep));
  add_section_texts (layout, lang, T (N_("How the disability affects progress in the general curriculum")),
                     caseload_iep_get_disability_impact (iep));

  /* 2. goals */
  caseload_layout_add_heading (layout, 1, T (N_("2. Measurable annual goals")));
  goals = caseload_iep_get_goals (iep);
  if (goals == NULL || goals->len == 0)
    add_typed (layout, lang, NULL);
  for (guint i = 0; goals != NULL && i < goals->len; i++)
    {
      CaseloadGoal *goal = g_ptr_array_index (goals, i);
      GPtrArray *objectives = caseload_goal_get_objectives (goal);
      g_autofree char *heading = g_strdup_printf (T (N_("Goal %u: %s")), i + 1,
                                                  label_for (lang, area_labels, caseload_goal_get_area (goal)));
      g_autofree char *statement = goal_statement (goal);
      g_autofree char *baseline = caseload_goal_get_has_baseline_value (goal)
        ? value_with_unit (lang, caseload_goal_get_baseline_value (goal), caseload_goal_get_unit (goal), NULL)
        : g_strdup ("");
      g_autofree char *baseline_date = caseload_doc_format_date (lang, caseload_goal_get_baseline_date (goal));
      g_autofree char *baseline_text = *baseline_date != '\0' ? g_strdup_printf (T (N_("%s (%s)")), baseline, baseline_date)
                                                              : g_strdup (baseline);
      g_autofree char *target = caseload_goal_get_has_target_value (goal)
        ? value_with_unit (lang, caseload_goal_get_target_value (goal), caseload_goal_get_unit (goal),
                           caseload_goal_get_target_date (goal))
        : g_strdup ("");
      const char *pairs[] = {
        T (N_("Starting point")), baseline_text,
        T (N_("Goal")), target,
        T (N_("How it is measured")), caseload_goal_get_method (goal),
        T (N_("Who is responsible")), caseload_goal_get_responsible (goal),
        NULL
      };
      CaseloadProgressData *chart;

      caseload_layout_add_heading (layout, 2, heading);
      caseload_layout_add_text (layout, statement);
      caseload_layout_add_grid (layout, pairs);
      if (objectives != NULL && objectives->len > 0)
        {
          caseload_layout_add_heading (layout, 3, T (N_("Short-term objectives")));
          for (guint j = 0; j < objectives->len; j++)
            {
              CaseloadObjective *objective = g_ptr_array_index (objectives, j);
              g_autofree char *by = caseload_doc_format_date (lang, caseload_objective_get_target_date (objective));
              g_autofree char *line = *by != '\0'
                ? g_strdup_printf (T (N_("%s (by %s)")), caseload_objective_get_description (objective), by)
                : g_strdup (caseload_objective_get_description (objective));

              add_bullet (layout, line);
            }
        }
      chart = load_chart (store, goal, NULL);
      if (chart != NULL)
        caseload_layout_add_chart (layout, chart, 380, 150);
    }

  /* 3. progress reporting */
  caseload_layout_add_heading (layout, 1, T (N_("3. How and when progress is reported")));
  periods = caseload_iep_get_reporting_periods (iep);
  caseload_layout_add_text (layout, T (N_("The family receives a written report of progress toward each goal at the end of each reporting period:")));
  for (guint i = 0; periods != NULL && periods[i] != NULL; i++)
    {
      g_autofree char *date = caseload_doc_format_date (lang, periods[i]);
      g_autofree char *line = g_strdup_printf (T (N_("Period %u ends %s")), i + 1, date);

      add_bullet (layout, line);
    }

  /* 4. services */
  caseload_layout_add_heading (layout, 1, T (N_("4. Special education and related services")));
  {
    g_autoptr(GListModel) roles = caseload_store_list_staff_roles (store, NULL);

    add_services_table (layout, lang, iep, roles);
  }

  /* accommodations are services too (supplementary aids, program
   * modifications); listed in their own table */
  caseload_layout_add_heading (layout, 2, T (N_("Accommodations and modifications")));
  add_accommodations_table (layout, lang, iep, FALSE);

  /* 5. placement */
  caseload_layout_add_heading (layout, 1, T (N_("5. Least restrictive environment (placement)")));
  {
    g_autofree char *number = caseload_doc_format_number (lang, caseload_iep_get_percent_regular_class (iep), 1);
    g_autofree char *percent = caseload_iep_get_has_percent_regular_class (iep)
      ? g_strdup_printf (T (N_("%s%% of the school day")), number) : g_strdup ("");
    const char *code = caseload_iep_get_environment_code (iep);
    const char *meaning = caseload_rules_environment_name (code);
    /* the setting in words, its federal code after it */
    g_autofree char *setting = meaning != NULL
      /* Translators: a school setting in words and its federal
       * environment code ("Separate school (federal code SS)") */
      ? g_strdup_printf (T (N_("%s (federal code %s)")), T (meaning), code)
      : g_strdup (code);
    const char *pairs[] = {
      T (N_("Time in the regular class")), percent,
      T (N_("Setting")), setting,
      NULL
    };

    caseload_layout_add_grid (layout, pairs);
  }
  add_section_texts (layout, lang, T (N_("When the student is not with peers without disabilities, and why")),
                     caseload_iep_get_nonparticipation_explanation (iep));

  /* 6. assessments */
  caseload_layout_add_heading (layout, 1, T (N_("6. State and district tests")));
  caseload_layout_add_text (layout, label_for (lang, assessment_labels, caseload_iep_get_assessment (iep)));
  if (g_strcmp0 (caseload_iep_get_assessment (iep), "alternate") == 0)
    {
      add_section_texts (layout, lang, T (N_("Why the regular test is not appropriate")),
                         caseload_iep_get_alternate_why_not_regular (iep));
      add_section_texts (layout, lang, T (N_("Why the alternate assessment is appropriate")),
                         caseload_iep_get_alternate_why_appropriate (iep));
    }

  /* 7. special factors */
  caseload_layout_add_heading (layout, 1, T (N_("7. Special factors")));
  {
    GPtrArray *factors = caseload_iep_get_special_factors (iep);
    const char *headers[] = { T (N_("Factor")), T (N_("Considered")), T (N_("Applies")), T (N_("Notes")) };
    const double widths[] = { 2.4, 1.0, 0.9, 3.6 };
    CaseloadLayoutTable *table = caseload_layout_add_table (layout, 4, widths, headers);

    for (guint i = 0; factors != NULL && i < factors->len; i++)
      {
        CaseloadSpecialFactor *factor = g_ptr_array_index (factors, i);
        gboolean considered = caseload_special_factor_get_considered (factor);
        const char *row[4] = {
          label_for (lang, factor_labels, caseload_special_factor_get_factor (factor)),
          considered ? T (N_("Yes")) : T (N_("No")),
          !considered ? "" : caseload_special_factor_get_applies (factor) ? T (N_("Yes")) : T (N_("No")),
          caseload_special_factor_get_notes (factor),
        };

        caseload_layout_table_add_row (table, row);
      }
  }

  /* 8. transition */
  caseload_layout_add_heading (layout, 1, T (N_("8. Transition to life after high school")));
  {
    const char *fields[][2] = {
      { N_("Education or training after high school"), caseload_iep_get_transition_education (iep) },
      { N_("Employment"), caseload_iep_get_transition_employment (iep) },
      { N_("Independent living"), caseload_iep_get_transition_independent_living (iep) },
      { N_("Transition assessments used"), caseload_iep_get_transition_assessments (iep) },
      { N_("Transition services"), caseload_iep_get_transition_services (iep) },
      { N_("Course of study"), caseload_iep_get_course_of_study (iep) },
      { N_("Agencies involved"), caseload_iep_get_transition_agencies (iep) },
    };

    for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
      has_transition |= !blank (fields[i][1]);
    if (!has_transition)
      caseload_layout_add_text (layout, T (N_("No transition plan is part of this IEP.")));
    for (guint i = 0; has_transition && i < G_N_ELEMENTS (fields); i++)
      add_section_texts (layout, lang, T (fields[i][0]), fields[i][1]);
  }

  /* 9. transfer of rights */
  caseload_layout_add_heading (layout, 1, T (N_("9. Transfer of rights at the age of majority")));
  if (!blank (caseload_iep_get_rights_transfer_date (iep)))
    {
      g_autofree char *date = caseload_doc_format_date (lang, caseload_iep_get_rights_transfer_date (iep));
      g_autofree char *text = g_strdup_printf (T (N_("On %s the student was told which rights under the law will transfer to the student at the age of majority.")), date);

      caseload_layout_add_text (layout, text);
    }
  else
    caseload_layout_add_text (layout, T (N_("Not yet required for this IEP.")));

  /* 10. team */
  caseload_layout_add_heading (layout, 1, T (N_("10. The IEP team")));
  if (g_list_model_get_n_items (attendees) == 0)
    add_typed (layout, lang, NULL);
  else
    {
      const char *headers[] = { T (N_("Name")), T (N_("Role")), T (N_("Took part")) };
      const double widths[] = { 2.5, 2.5, 2.0 };
      CaseloadLayoutTable *table = caseload_layout_add_table (layout, 3, widths, headers);

      for (guint i = 0; i < g_list_model_get_n_items (attendees); i++)
        {
          g_autoptr(CaseloadMeetingAttendee) attendee = g_list_model_get_item (attendees, i);
          const char *took_part = caseload_meeting_attendee_get_excused (attendee) ? T (N_("Excused"))
            : !caseload_meeting_attendee_get_has_attended (attendee) ? ""
            : caseload_meeting_attendee_get_attended (attendee) ? T (N_("Attended")) : T (N_("Did not attend"));
          const char *row[3] = { caseload_meeting_attendee_get_name (attendee),
                                 attendee_role (lang, attendee), took_part };

          caseload_layout_table_add_row (table, row);
        }
    }

  /* 11. signatures, consent and the parents' copy */
  caseload_layout_add_page_break (layout);
  caseload_layout_add_heading (layout, 1, T (N_("11. Signatures")));
  caseload_layout_add_text (layout, T (N_("By signing, team members show that they took part in writing this IEP. A signature does not mean agreement unless consent is given below.")));
  for (guint i = 0; i < g_list_model_get_n_items (attendees); i++)
    {
      g_autoptr(CaseloadMeetingAttendee) attendee = g_list_model_get_item (attendees, i);
      g_autofree char *label = g_strdup_printf ("%s, %s", caseload_meeting_attendee_get_name (attendee),
                                                attendee_role (lang, attendee));

      caseload_layout_add_signature (layout, label);
    }
  caseload_layout_add_heading (layout, 2, T (N_("Parent consent")));
  {
    g_autofree char *consent = caseload_doc_format_date (lang, caseload_iep_get_parent_consent_date (iep));

    if (*consent != '\0')
      {
        g_autofree char *text = g_strdup_printf (T (N_("The parent gave written consent on %s.")), consent);

        caseload_layout_add_text (layout, text);
      }
    else
      caseload_layout_add_text (layout, T (N_("\342\230\220 I give consent for the services in this IEP to begin.    \342\230\220 I do not give consent.")));
    for (guint i = 0; i < g_list_model_get_n_items (guardians); i++)
      {
        g_autoptr(CaseloadGuardian) guardian = g_list_model_get_item (guardians, i);
        g_autofree char *name = caseload_guardian_dup_full_name (guardian);
        g_autofree char *label = NULL;

        if (!caseload_guardian_get_rights_holder (guardian))
          continue;
        label = g_strdup_printf (T (N_("%s, parent or guardian")), name);
        caseload_layout_add_signature (layout, label);
      }
  }
  caseload_layout_add_heading (layout, 2, T (N_("Copy of the IEP for the parents")));
  {
    g_autofree char *copy = caseload_doc_format_date (lang, caseload_iep_get_parent_copy_date (iep));

    if (*copy != '\0')
      {
        g_autofree char *text = g_strdup_printf (T (N_("The parents received a copy of this IEP on %s, %s.")), copy,
                                                 label_for (lang, method_labels, caseload_iep_get_parent_copy_method (iep)));

        caseload_layout_add_text (layout, text);
      }
    else
      caseload_layout_add_text (layout, T (N_("Date the parents received a copy: ____________    \342\230\220 in person   \342\230\220 by mail   \342\230\220 by e-mail")));
  }

  return g_steal_pointer (&layout);
}

/* ---- the progress report ------------------------------------------------------------ */

static CaseloadGoal *
find_goal (CaseloadIep *iep,
           gint64       goal_id)
{
  GPtrArray *goals = caseload_iep_get_goals (iep);

  for (guint i = 0; goals != NULL && i < goals->len; i++)
    if (caseload_goal_get_id (g_ptr_array_index (goals, i)) == goal_id)
      return g_ptr_array_index (goals, i);
  return NULL;
}

CaseloadLayout *
caseload_documents_build_progress_report (CaseloadStore                 *store,
                                          gint64                         iep_id,
                                          int                            period_number,
                                          const CaseloadDocumentOptions *options,
                                          GError                       **error)
{
  g_autoptr(CaseloadIep) iep = NULL;
  g_autoptr(GListModel) reports = NULL;
  g_autoptr(GListModel) entries = NULL;
  g_autoptr(GListModel) codes = NULL;
  g_autoptr(CaseloadProgressReport) report = NULL;
  g_auto(Context) ctx = { 0 };
  g_autoptr(CaseloadLayout) layout = NULL;
  g_autofree char *status = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *period_end = NULL;
  const char *lang;

  g_return_val_if_fail (CASELOAD_IS_STORE (store), NULL);

  iep = caseload_store_get_iep (store, iep_id, error);
  if (iep == NULL)
    return NULL;
  reports = caseload_store_list_progress_reports (store, iep_id, error);
  if (reports == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (reports); i++)
    {
      g_autoptr(CaseloadProgressReport) item = g_list_model_get_item (reports, i);

      if (caseload_progress_report_get_period_number (item) == period_number)
        report = g_steal_pointer (&item);
    }
  if (report == NULL || caseload_progress_report_get_id (report) == 0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                   report == NULL ? _("The IEP has no reporting period %d")
                                  : _("The progress report for period %d has not been started"),
                   period_number);
      return NULL;
    }
  entries = caseload_store_list_progress_entries (store, caseload_progress_report_get_id (report), error);
  if (entries == NULL)
    return NULL;
  codes = caseload_store_list_progress_codes (store, error);
  if (codes == NULL)
    return NULL;
  if (!context_init (&ctx, store, caseload_iep_get_student_id (iep), options, error))
    return NULL;
  lang = ctx.lang;

  period_end = caseload_doc_format_date (lang, caseload_progress_report_get_period_end_date (report));
  status = g_strdup_printf (T (N_("Progress report, period %d")), period_number);
  layout = new_layout (&ctx, options, iep, T (N_("Progress report")), status);
  subtitle = g_strdup_printf (T (N_("Reporting period %d, ending %s")), period_number, period_end);
  add_title (layout, T (N_("Progress toward IEP goals")), subtitle);
  {
    const char *pairs[] = {
      T (N_("Student")), ctx.name,
      T (N_("Grade")), caseload_student_get_grade (ctx.student),
      T (N_("School")), caseload_student_get_school_name (ctx.student),
      T (N_("Case manager")), caseload_student_get_case_manager_name (ctx.student),
      NULL
    };

    caseload_layout_add_grid (layout, pairs);
  }
  caseload_layout_add_text (layout, T (N_("This report tells you how your child is doing on each goal in the IEP. For each goal you will find the goal as written in the IEP, a chart of the measurements taken so far, where your child is now compared with the goal, and a note from the teacher.")));
  add_typed_text_note (layout, lang);

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(CaseloadProgressEntry) entry = g_list_model_get_item (entries, i);
      CaseloadGoal *goal = find_goal (iep, caseload_progress_entry_get_goal_id (entry));
      const char *code = caseload_progress_entry_get_code (entry);
      const char *unit = caseload_progress_entry_get_unit (entry);
      g_autofree char *heading = g_strdup_printf (T (N_("Goal %u: %s")), i + 1,
                                                  label_for (lang, area_labels, caseload_progress_entry_get_goal_area (entry)));
      g_autofree char *code_text = NULL;
      g_autofree char *sufficient = NULL;
      g_autofree char *current = NULL;
      g_autofree char *target = NULL;
      g_autofree char *start = NULL;
      CaseloadProgressData *chart;

      chart = goal != NULL ? load_chart (store, goal, caseload_progress_report_get_period_end_date (report)) : NULL;
      caseload_layout_add_heading (layout, 2, heading);
      {
        /* the goal stays with its chart */
        g_autofree char *markup = g_markup_escape_text (caseload_progress_entry_get_goal_description (entry), -1);

        caseload_layout_add_markup (layout, markup, 0, chart != NULL);
      }
      if (chart != NULL)
        caseload_layout_add_chart (layout, chart, 430, 170);

      /* the code spelled out: its name and what it means */
      for (guint c = 0; !blank (code) && c < g_list_model_get_n_items (codes); c++)
        {
          g_autoptr(CaseloadCode) item = g_list_model_get_item (codes, c);

          if (g_strcmp0 (caseload_code_get_code (item), code) != 0)
            continue;
          code_text = blank (caseload_code_get_description (item))
            ? g_strdup (T (caseload_code_get_name (item)))
            : g_strdup_printf ("%s \342\200\224 %s", T (caseload_code_get_name (item)),
                               T (caseload_code_get_description (item)));
        }
      if (code_text == NULL)
        code_text = g_strdup (blank (code) ? T (N_("Not rated yet")) : code);

      if (!caseload_progress_entry_get_has_sufficient (entry))
        sufficient = g_strdup (T (N_("Not rated yet")));
      else if (caseload_progress_entry_get_sufficient (entry))
        sufficient = g_strdup (T (N_("Yes, progress is enough to meet the goal by its end date.")));
      else
        sufficient = g_strdup_printf (T (N_("No, not at the current pace. Why: %s")),
                                      caseload_progress_entry_get_insufficient_reason (entry));

      current = caseload_progress_entry_get_has_current_value (entry)
        ? value_with_unit (lang, caseload_progress_entry_get_current_value (entry), unit, NULL)
        : g_strdup (T (N_("No measurements yet")));
      if (goal != NULL && caseload_goal_get_has_target_value (goal))
        target = value_with_unit (lang, caseload_goal_get_target_value (goal), unit, caseload_goal_get_target_date (goal));
      if (goal != NULL && caseload_goal_get_has_baseline_value (goal))
        start = value_with_unit (lang, caseload_goal_get_baseline_value (goal), unit, NULL);
      {
        const char *pairs[] = {
          T (N_("Progress")), code_text,
          T (N_("Enough progress?")), sufficient,
          T (N_("Starting point")), start != NULL ? start : "",
          T (N_("Now")), current,
          T (N_("Goal")), target != NULL ? target : "",
          NULL
        };

        caseload_layout_add_grid (layout, pairs);
      }
      if (!blank (caseload_progress_entry_get_narrative (entry)))
        {
          caseload_layout_add_heading (layout, 3, T (N_("Teacher's note")));
          caseload_layout_add_text (layout, caseload_progress_entry_get_narrative (entry));
        }
    }
  if (g_list_model_get_n_items (entries) == 0)
    add_typed (layout, lang, NULL);
  caseload_layout_add_spacer (layout, 8);
  caseload_layout_add_text (layout, T (N_("If you have questions about this report, please contact the case manager. You may ask for a meeting at any time.")));

  return g_steal_pointer (&layout);
}

/* ---- at a glance ------------------------------------------------------------------ */

CaseloadLayout *
caseload_documents_build_glance (CaseloadStore                 *store,
                                 gint64                         iep_id,
                                 const CaseloadDocumentOptions *options,
                                 GError                       **error)
{
  g_autoptr(CaseloadIep) iep = NULL;
  g_auto(Context) ctx = { 0 };
  g_autoptr(CaseloadLayout) layout = NULL;
  g_autofree char *status = NULL;
  GPtrArray *goals, *services;
  const char *lang;

  g_return_val_if_fail (CASELOAD_IS_STORE (store), NULL);

  iep = caseload_store_get_iep (store, iep_id, error);
  if (iep == NULL)
    return NULL;
  if (!context_init (&ctx, store, caseload_iep_get_student_id (iep), options, error))
    return NULL;
  lang = ctx.lang;

  status = g_strdup_printf ("%s \302\267 %s", T (N_("Confidential")), T (N_("IEP at a glance")));
  layout = new_layout (&ctx, options, iep, T (N_("IEP at a glance")), status);
  if (g_strcmp0 (caseload_iep_get_status (iep), "draft") == 0)
    caseload_layout_set_watermark (layout, T (N_("DRAFT")));
  caseload_layout_set_margins (layout, 40, 40, 40, 40);
  {
    g_autofree char *title = g_strdup_printf (T (N_("At a glance: %s")), ctx.name);
    g_autofree char *line = g_strdup_printf (T (N_("Grade %s \302\267 Case manager: %s")),
                                             caseload_student_get_grade (ctx.student),
                                             caseload_student_get_case_manager_name (ctx.student));

    add_title (layout, title, line);
  }
  caseload_layout_add_text (layout, T (N_("Every teacher who works with this student is responsible for the accommodations below, in class and on tests. Ask the case manager about anything that is unclear.")));

  caseload_layout_add_heading (layout, 2, T (N_("Accommodations and modifications")));
  add_accommodations_table (layout, lang, iep, TRUE);

  caseload_layout_add_heading (layout, 2, T (N_("Goals")));
  goals = caseload_iep_get_goals (iep);
  if (goals == NULL || goals->len == 0)
    add_typed (layout, lang, NULL);
  else
    {
      const char *headers[] = { T (N_("Area")), T (N_("Goal")), T (N_("Who is responsible")) };
      const double widths[] = { 1.5, 4.6, 1.6 };
      CaseloadLayoutTable *table = caseload_layout_add_table (layout, 3, widths, headers);

      for (guint i = 0; i < goals->len; i++)
        {
          CaseloadGoal *goal = g_ptr_array_index (goals, i);
          const char *row[3] = { label_for (lang, area_labels, caseload_goal_get_area (goal)),
                                 caseload_goal_get_behavior (goal), caseload_goal_get_responsible (goal) };

          caseload_layout_table_add_row (table, row);
        }
    }

  caseload_layout_add_heading (layout, 2, T (N_("Services")));
  services = caseload_iep_get_services (iep);
  if (services == NULL || services->len == 0)
    add_typed (layout, lang, NULL);
  else
    {
      g_autoptr(GListModel) roles = caseload_store_list_staff_roles (store, NULL);
      const char *headers[] = { T (N_("Service")), T (N_("Provider")), T (N_("Minutes per week")), T (N_("Where")) };
      const double widths[] = { 2.6, 2.2, 1.2, 1.6 };
      CaseloadLayoutTable *table = caseload_layout_add_table (layout, 4, widths, headers);

      for (guint i = 0; i < services->len; i++)
        {
          CaseloadService *service = g_ptr_array_index (services, i);
          g_autofree char *week = caseload_doc_format_number (lang, caseload_service_get_minutes_per_week (service), 0);
          const char *row[4] = { caseload_service_get_name (service),
                                 blank (caseload_service_get_provider_name (service))
                                   ? role_name (lang, roles, caseload_service_get_provider_role (service))
                                   : caseload_service_get_provider_name (service),
                                 week, caseload_service_get_location (service) };

          caseload_layout_table_add_row (table, row);
        }
    }
  return g_steal_pointer (&layout);
}

/* "☐ text", indented: a box to tick on paper. */
static void
add_checkbox (CaseloadLayout *layout,
              const char     *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  g_autofree char *markup = g_strdup_printf ("\342\230\220  %s", escaped);

  /* the reply slip stays in one piece, down to its signature */
  caseload_layout_add_markup (layout, markup, 14, TRUE);
}

/* A paragraph of the reply slip: kept with what follows. */
static void
add_slip_text (CaseloadLayout *layout,
               const char     *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  caseload_layout_add_markup (layout, escaped, 0, TRUE);
}

/* ---- the meeting notice ---------------------------------------------------------------- */

/* "3:30 PM" / "15:30" */
static char *
format_time (const char *lang,
             const char *hh_mm)
{
  int hours, minutes;

  if (hh_mm == NULL || sscanf (hh_mm, "%d:%d", &hours, &minutes) != 2
      || hours < 0 || hours > 23 || minutes < 0 || minutes > 59)
    return g_strdup ("");
  if (g_strcmp0 (lang, "en") == 0)
    return g_strdup_printf ("%d:%02d %s", hours % 12 == 0 ? 12 : hours % 12, minutes, hours < 12 ? "AM" : "PM");
  return g_strdup_printf ("%d:%02d", hours, minutes);
}

/* The letter; @iep (nullable) gives the header's dates and the defaults
 * for the purpose and the date; @attendees are CaseloadMeetingAttendee. */
static CaseloadLayout *
build_notice (CaseloadStore                 *store,
              gint64                         student_id,
              CaseloadIep                   *iep,
              GPtrArray                     *attendees,
              const CaseloadNoticeDetails   *details,
              const CaseloadDocumentOptions *options,
              GError                       **error)
{
  CaseloadNoticeDetails defaults = { 0 };
  g_autoptr(GListModel) guardians = NULL;
  g_auto(Context) ctx = { 0 };
  g_autoptr(CaseloadLayout) layout = NULL;
  g_autoptr(GString) dear = g_string_new (NULL);
  g_autofree char *date = NULL, *start = NULL, *end = NULL, *time_text = NULL;
  g_autofree char *purpose = NULL, *intro = NULL, *contact = NULL;
  const char *lang;

  if (details == NULL)
    details = &defaults;
  if (!context_init (&ctx, store, student_id, options, error))
    return NULL;
  guardians = caseload_store_list_guardians (store, student_id, error);
  if (guardians == NULL)
    return NULL;
  lang = ctx.lang;

  layout = new_layout (&ctx, options, iep, T (N_("Notice of an IEP meeting")), T (N_("Meeting notice")));
  add_title (layout, T (N_("Notice of an IEP meeting")), NULL);
  caseload_layout_add_text (layout, ctx.today);

  for (guint i = 0; i < g_list_model_get_n_items (guardians); i++)
    {
      g_autoptr(CaseloadGuardian) guardian = g_list_model_get_item (guardians, i);
      g_autofree char *name = caseload_guardian_dup_full_name (guardian);

      if (dear->len > 0)
        g_string_append (dear, T (N_(" and ")));
      g_string_append (dear, name);
    }
  if (dear->len == 0)
    g_string_append (dear, T (N_("Parent or guardian")));
  {
    g_autofree char *line = g_strdup_printf (T (N_("Dear %s,")), dear->str);

    caseload_layout_add_text (layout, line);
  }

  /* a draft's meeting is the one coming; a finalized IEP's was held, and
   * the next one is not known here */
  date = caseload_doc_format_date (lang, details->date != NULL ? details->date
                                         : iep != NULL && g_strcmp0 (caseload_iep_get_status (iep), "draft") == 0
                                           ? caseload_iep_get_meeting_date (iep) : NULL);
  start = format_time (lang, details->start_time);
  end = format_time (lang, details->end_time);
  time_text = *start != '\0' && *end != '\0' ? g_strdup_printf (T (N_("%s to %s")), start, end) : g_strdup (start);
  if (!blank (details->purpose))
    purpose = g_strdup (details->purpose);
  else if (iep != NULL && g_strcmp0 (caseload_iep_get_kind (iep), "initial") == 0)
    purpose = g_strdup (T (N_("To write your child's first IEP")));
  else if (iep != NULL && g_strcmp0 (caseload_iep_get_kind (iep), "amendment") == 0)
    purpose = g_strdup (T (N_("To change your child's IEP")));
  else
    purpose = g_strdup (T (N_("To review your child's IEP and write the plan for next year")));
  contact = g_strdup (!blank (details->contact) ? details->contact : caseload_student_get_case_manager_name (ctx.student));

  intro = g_strdup_printf (T (N_("You are invited to a meeting about %s's education. You are an equal member of the team, and we want to hear what you think.")), ctx.name);
  caseload_layout_add_text (layout, intro);
  {
    const char *pairs[] = {
      T (N_("Purpose")), purpose,
      T (N_("Date")), *date != '\0' ? date : T (N_("To be agreed with you")),
      T (N_("Time")), *time_text != '\0' ? time_text : T (N_("To be agreed with you")),
      T (N_("Place")), !blank (details->location) ? details->location : T (N_("To be confirmed")),
      NULL
    };

    caseload_layout_add_grid (layout, pairs);
  }

  caseload_layout_add_heading (layout, 2, T (N_("Who is invited")));
  for (guint i = 0; i < attendees->len; i++)
    {
      CaseloadMeetingAttendee *attendee = g_ptr_array_index (attendees, i);
      g_autofree char *line = g_strdup_printf ("%s, %s", caseload_meeting_attendee_get_name (attendee),
                                               attendee_role (lang, attendee));

      add_bullet (layout, line);
    }
  if (attendees->len == 0)
    add_bullet (layout, T (N_("The IEP team (names to follow)")));

  caseload_layout_add_heading (layout, 2, T (N_("Your rights")));
  caseload_layout_add_text (layout, T (N_("You may bring other people who know your child or have special knowledge about your child, such as a relative, a friend, a doctor or an advocate. The school may also invite people with such knowledge. If you need an interpreter, please tell us and we will arrange one at no cost.")));
  if (details->transition)
    {
      g_autofree char *text = g_strdup_printf (T (N_("This meeting will discuss transition: %s's goals for after high school and the services to reach them. %s is invited to take part, and we will ask which other agencies you would like us to invite.")),
                                               ctx.name, caseload_student_get_first_name (ctx.student));

      caseload_layout_add_text (layout, text);
    }
  {
    g_autofree char *text = g_strdup_printf (T (N_("If this time does not work for you, please contact %s and we will find another time.")), contact);

    caseload_layout_add_text (layout, text);
  }
  {
    g_autofree char *closing = g_strdup_printf ("%s\n%s", T (N_("Sincerely,")), contact);

    caseload_layout_add_text (layout, closing);
  }

  /* the reply slip */
  caseload_layout_add_markup (layout, "<span foreground=\"#555555\">\342\234\202 - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -</span>", 0, TRUE);
  caseload_layout_add_heading (layout, 2, T (N_("Reply slip")));
  {
    g_autofree char *about = g_strdup_printf (T (N_("Student: %s    Meeting: %s")), ctx.name, *date != '\0' ? date : "");

    add_slip_text (layout, about);
  }
  if (details->reply_by != NULL)
    {
      g_autofree char *by = caseload_doc_format_date (lang, details->reply_by);
      g_autofree char *text = g_strdup_printf (T (N_("Please return this slip by %s.")), by);

      add_slip_text (layout, text);
    }
  add_checkbox (layout, T (N_("I will attend the meeting.")));
  add_checkbox (layout, T (N_("I cannot attend at this time. Please contact me to find another time.")));
  add_checkbox (layout, T (N_("I would like to take part by phone or video.")));
  add_checkbox (layout, T (N_("I need an interpreter. Language: ______________________")));
  add_checkbox (layout, T (N_("I will bring someone with me: ______________________")));
  caseload_layout_add_signature (layout, T (N_("Signature of parent or guardian")));
  return g_steal_pointer (&layout);
}

CaseloadLayout *
caseload_documents_build_notice (CaseloadStore                 *store,
                                 gint64                         iep_id,
                                 const CaseloadNoticeDetails   *details,
                                 const CaseloadDocumentOptions *options,
                                 GError                       **error)
{
  g_autoptr(CaseloadIep) iep = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GPtrArray) attendees = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (CASELOAD_IS_STORE (store), NULL);

  iep = caseload_store_get_iep (store, iep_id, error);
  if (iep == NULL)
    return NULL;
  list = caseload_store_list_iep_attendees (store, iep_id, error);
  if (list == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    g_ptr_array_add (attendees, g_list_model_get_item (list, i));
  return build_notice (store, caseload_iep_get_student_id (iep), iep, attendees, details, options, error);
}

CaseloadLayout *
caseload_documents_build_meeting_notice (CaseloadStore                 *store,
                                         gint64                         meeting_id,
                                         const CaseloadDocumentOptions *options,
                                         GError                       **error)
{
  g_autoptr(CaseloadMeeting) meeting = NULL;
  g_autoptr(CaseloadIep) iep = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *date = NULL, *start = NULL, *end = NULL, *place = NULL;
  CaseloadNoticeDetails details = { 0 };
  GDateTime *starts_at, *ends_at;
  gint64 student_id;

  g_return_val_if_fail (CASELOAD_IS_STORE (store), NULL);

  meeting = caseload_store_get_meeting (store, meeting_id, error);
  if (meeting == NULL)
    return NULL;
  student_id = caseload_meeting_get_student_id (meeting);
  /* the header's IEP dates: the IEP this meeting produced, else the
   * student's current one (none for an initial evaluation) */
  if (caseload_meeting_get_produced_iep_id (meeting) > 0)
    iep = caseload_store_get_iep (store, caseload_meeting_get_produced_iep_id (meeting), &local_error);
  else
    iep = caseload_store_get_current_iep (store, student_id, &local_error);
  if (iep == NULL && !g_error_matches (local_error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  starts_at = caseload_meeting_get_starts_at (meeting);
  ends_at = caseload_meeting_get_ends_at (meeting);
  if (starts_at != NULL)
    {
      date = g_date_time_format (starts_at, "%Y-%m-%d");
      start = g_date_time_format (starts_at, "%H:%M");
    }
  if (ends_at != NULL)
    end = g_date_time_format (ends_at, "%H:%M");
  if (!blank (caseload_meeting_get_room_name (meeting)) && !blank (caseload_meeting_get_location (meeting))
      && strstr (caseload_meeting_get_location (meeting), caseload_meeting_get_room_name (meeting)) == NULL)
    place = g_strdup_printf ("%s, %s", caseload_meeting_get_room_name (meeting), caseload_meeting_get_location (meeting));
  else
    place = g_strdup (!blank (caseload_meeting_get_room_name (meeting)) ? caseload_meeting_get_room_name (meeting)
                                                                        : caseload_meeting_get_location (meeting));
  details.purpose = caseload_meeting_get_purpose (meeting);
  details.date = date;
  details.start_time = start;
  details.end_time = end;
  details.location = place;
  details.transition = caseload_meeting_get_notice_transition (meeting)
                       || g_strcmp0 (caseload_meeting_get_kind (meeting), "transition") == 0;
  details.contact = caseload_meeting_get_case_manager_name (meeting);
  return build_notice (store, student_id, iep, caseload_meeting_get_attendees (meeting), &details, options, error);
}

/* ---- many progress reports in one PDF --------------------------------------------------- */

/* The reports are split into chunks of consecutive students. Worker
 * threads, each with its own store connection, take the chunks in order:
 * they read each report, lay it out and draw its pages into a PDF of the
 * chunk's own, in memory. This thread joins the chunks' PDFs into the
 * file in order (caseload-pdf-join.c), which is little work, and builds
 * the outline. At most `window` chunks are in flight ahead of the
 * writer, so memory stays flat however many students there are. */

typedef enum
{
  CHUNK_PENDING,
  CHUNK_DONE,
  CHUNK_FAILED,
} ChunkState;

typedef struct
{
  char   *name;       /* the bookmark: the student's name */
  guint   n_pages;
  GArray *bookmarks;  /* CaseloadLayoutBookmark, pages from the report's first */
} Report;

typedef struct
{
  ChunkState  state;
  guint       first, n;  /* students [first, first + n) */
  GBytes     *pdf;       /* NULL when every report was skipped */
  GArray     *reports;   /* Report, in order */
  guint       n_skipped;
  GError     *error;
} Chunk;

typedef struct
{
  GMutex                          lock;
  GCond                           cond;     /* a chunk finished, or room for more */
  const char                     *database;
  const CaseloadDocumentOptions  *options;
  GArray                         *ids;
  int                             period;
  Chunk                          *chunks;
  guint                           n_chunks;
  guint                           next;     /* the next chunk to take */
  guint                           written;  /* chunks the writer is done with */
  guint                           window;
  gboolean                        stop;
  GCancellable                   *cancellable;
} Batch;

static void
report_clear (gpointer data)
{
  Report *report = data;

  g_free (report->name);
  g_clear_pointer (&report->bookmarks, g_array_unref);
}

static void
chunk_clear (Chunk *chunk)
{
  g_clear_pointer (&chunk->pdf, g_bytes_unref);
  g_clear_pointer (&chunk->reports, g_array_unref);
  g_clear_error (&chunk->error);
}

/* The IEP a progress report belongs to: the latest finalized one, else
 * the draft; 0 when the student has none. */
static gint64
iep_in_effect (CaseloadStore *store,
               gint64         student_id,
               GError       **error)
{
  g_autoptr(GListModel) ieps = caseload_store_list_ieps (store, student_id, error);
  gint64 fallback = 0;

  if (ieps == NULL)
    return -1;
  for (guint i = 0; i < g_list_model_get_n_items (ieps); i++)
    {
      g_autoptr(CaseloadIep) iep = g_list_model_get_item (ieps, i);

      if (g_strcmp0 (caseload_iep_get_status (iep), "finalized") == 0)
        return caseload_iep_get_id (iep);
      if (fallback == 0 && g_strcmp0 (caseload_iep_get_status (iep), "draft") == 0)
        fallback = caseload_iep_get_id (iep);
    }
  return fallback;
}

static cairo_status_t
append_to_bytes (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* Reads, lays out and draws one report onto @surface; in a worker
 * thread. FALSE with *@skipped when the student has no such report. */
static gboolean
draw_report (CaseloadStore    *store,
             Batch            *batch,
             gint64            student_id,
             cairo_surface_t  *surface,
             cairo_t          *cr,
             Report           *report,
             gboolean         *skipped,
             GError          **error)
{
  g_autoptr(CaseloadLayout) layout = NULL;
  g_autoptr(GError) local_error = NULL;
  double width, height;
  gint64 iep_id;

  *skipped = FALSE;
  iep_id = iep_in_effect (store, student_id, error);
  if (iep_id < 0)
    return FALSE;
  if (iep_id == 0)
    {
      *skipped = TRUE;
      return FALSE;
    }
  layout = caseload_documents_build_progress_report (store, iep_id, batch->period, batch->options, &local_error);
  if (layout == NULL)
    {
      if (g_error_matches (local_error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND))
        *skipped = TRUE;
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  /* the bookmark: the student's name, as the page header has it */
  report->name = g_strdup (caseload_layout_get_page_header_title (layout) != NULL
                           ? caseload_layout_get_page_header_title (layout) : "");
  report->n_pages = caseload_layout_get_n_pages (layout);
  report->bookmarks = caseload_layout_get_bookmarks (layout);
  caseload_layout_get_page_size (layout, &width, &height);
  for (guint page = 0; page < report->n_pages; page++)
    {
      cairo_pdf_surface_set_size (surface, width, height);
      cairo_save (cr);
      caseload_layout_draw_page (layout, cr, page);
      cairo_restore (cr);
      cairo_show_page (cr);
    }
  return TRUE;
}

/* Draws the reports of one chunk into a PDF of its own. */
static ChunkState
draw_chunk (CaseloadStore *store,
            Batch         *batch,
            Chunk         *chunk)
{
  GByteArray *bytes = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;

  chunk->reports = g_array_new (FALSE, TRUE, sizeof (Report));
  g_array_set_clear_func (chunk->reports, report_clear);
  surface = cairo_pdf_surface_create_for_stream (append_to_bytes, bytes,
                                                 CASELOAD_LAYOUT_LETTER_WIDTH, CASELOAD_LAYOUT_LETTER_HEIGHT);
  cr = cairo_create (surface);
  for (guint i = chunk->first; i < chunk->first + chunk->n && chunk->error == NULL; i++)
    {
      Report report = { NULL, 0, NULL };
      gboolean skipped;

      if (g_cancellable_set_error_if_cancelled (batch->cancellable, &chunk->error))
        break;
      if (draw_report (store, batch, g_array_index (batch->ids, gint64, i), surface, cr,
                       &report, &skipped, &chunk->error))
        g_array_append_val (chunk->reports, report);
      else
        {
          report_clear (&report);
          if (skipped)
            chunk->n_skipped++;
        }
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (chunk->error == NULL && status != CAIRO_STATUS_SUCCESS)
    g_set_error (&chunk->error, CASELOAD_ERROR, CASELOAD_ERROR_FAILED,
                 _("Could not draw the progress reports: %s"), cairo_status_to_string (status));
  if (chunk->error != NULL || chunk->reports->len == 0)
    {
      g_byte_array_unref (bytes);
      return chunk->error != NULL ? CHUNK_FAILED : CHUNK_DONE;
    }
  chunk->pdf = g_byte_array_free_to_bytes (bytes);
  return CHUNK_DONE;
}

static gpointer
batch_worker (gpointer data)
{
  Batch *batch = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadStore) store = caseload_store_open (batch->database, CASELOAD_STORE_OPEN_DEFAULT, &error);

  g_mutex_lock (&batch->lock);
  while (TRUE)
    {
      Chunk *chunk;
      ChunkState state;

      /* wait for room in the window (or the end) */
      while (!batch->stop && batch->next < batch->n_chunks
             && batch->next >= batch->written + batch->window)
        g_cond_wait (&batch->cond, &batch->lock);
      if (batch->stop || batch->next >= batch->n_chunks)
        break;
      chunk = &batch->chunks[batch->next++];
      g_mutex_unlock (&batch->lock);

      if (store == NULL)
        {
          chunk->error = g_error_copy (error);
          state = CHUNK_FAILED;
        }
      else
        state = draw_chunk (store, batch, chunk);

      g_mutex_lock (&batch->lock);
      chunk->state = state;
      g_cond_broadcast (&batch->cond);
    }
  g_mutex_unlock (&batch->lock);
  return NULL;
}

/* Joins one finished chunk and adds its bookmarks. */
static gboolean
join_chunk (CaseloadPdfJoin  *join,
            Chunk            *chunk,
            GCancellable     *cancellable,
            GError          **error)
{
  g_autofree char *part_name = NULL;
  guint page;

  if (chunk->pdf == NULL)
    return TRUE;
  page = caseload_pdf_join_get_n_pages (join);
  /* Translators: names a group of progress reports by their place in the
   * batch, in error messages */
  part_name = g_strdup_printf (_("progress reports %u\u2013%u"), chunk->first + 1, chunk->first + chunk->n);
  if (!caseload_pdf_join_append (join, chunk->pdf, part_name, cancellable, error))
    return FALSE;

  for (guint r = 0; r < chunk->reports->len; r++)
    {
      Report *report = &g_array_index (chunk->reports, Report, r);
      int student = caseload_pdf_join_add_outline (join, CASELOAD_PDF_JOIN_OUTLINE_ROOT, report->name, page, 0, 0);
      int section = student;

      for (guint b = 0; b < report->bookmarks->len; b++)
        {
          CaseloadLayoutBookmark *bookmark = &g_array_index (report->bookmarks, CaseloadLayoutBookmark, b);
          int id = caseload_pdf_join_add_outline (join, bookmark->level == 1 ? student : section,
                                                  bookmark->title, page + bookmark->page,
                                                  bookmark->x, bookmark->y);

          if (bookmark->level == 1)
            section = id;
        }
      page += report->n_pages;
    }
  return TRUE;
}

int
caseload_documents_write_progress_batch (CaseloadStore                 *store,
                                         GArray                        *student_ids,
                                         int                            period_number,
                                         const CaseloadDocumentOptions *options,
                                         const char                    *path,
                                         guint                         *n_skipped,
                                         void                         (*progress) (double fraction, gpointer data),
                                         gpointer                       progress_data,
                                         GCancellable                  *cancellable,
                                         GError                       **error)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) threads = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileOutputStream) output = NULL;
  g_autoptr(CaseloadPdfJoin) join = NULL;
  g_autoptr(GError) local_error = NULL;
  Batch batch;
  /* the workers draw (nearly all the work); this thread only joins */
  guint n_threads = CLAMP (g_get_num_processors (), 1, 8);
  guint written = 0, skipped = 0, chunk_size;
  gboolean failed = FALSE;

  g_return_val_if_fail (CASELOAD_IS_STORE (store), -1);
  g_return_val_if_fail (path != NULL, -1);

  if (student_ids != NULL)
    ids = g_array_ref (student_ids);
  else
    {
      g_autoptr(GListModel) students = caseload_store_list_students (store, CASELOAD_STUDENT_LIST_ACTIVE, NULL, error);

      if (students == NULL)
        return -1;
      ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      for (guint i = 0; i < g_list_model_get_n_items (students); i++)
        {
          g_autoptr(CaseloadStudent) student = g_list_model_get_item (students, i);
          gint64 id = caseload_student_get_id (student);

          g_array_append_val (ids, id);
        }
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return -1;

  /* written beside @path and renamed over it when complete */
  file = g_file_new_for_path (path);
  output = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, cancellable, &local_error);
  if (output == NULL)
    {
      g_set_error (error, local_error->domain, local_error->code,
                   _("Could not write \u201c%s\u201d: %s"), path, local_error->message);
      return -1;
    }
  join = caseload_pdf_join_new (G_OUTPUT_STREAM (output));
  caseload_pdf_join_set_metadata (join, "Title", _("Progress reports"));
  caseload_pdf_join_set_metadata (join, "Creator", "Caseload");

  /* chunks small enough to keep every worker busy to the end, large
   * enough that each chunk's fonts are shared by many pages */
  chunk_size = CLAMP (ids->len / (n_threads * 6), 1, 16);
  memset (&batch, 0, sizeof batch);
  g_mutex_init (&batch.lock);
  g_cond_init (&batch.cond);
  batch.database = caseload_store_get_path (store);
  batch.options = options;
  batch.ids = ids;
  batch.period = period_number;
  batch.n_chunks = (ids->len + chunk_size - 1) / chunk_size;
  batch.chunks = g_new0 (Chunk, MAX (batch.n_chunks, 1));
  for (guint c = 0; c < batch.n_chunks; c++)
    {
      batch.chunks[c].first = c * chunk_size;
      batch.chunks[c].n = MIN (chunk_size, ids->len - c * chunk_size);
    }
  batch.window = 2 * n_threads + 1;
  batch.cancellable = cancellable;

  threads = g_ptr_array_new ();
  for (guint i = 0; i < MIN (n_threads, MAX (batch.n_chunks, 1)); i++)
    g_ptr_array_add (threads, g_thread_new ("caseload-batch", batch_worker, &batch));

  for (guint c = 0; c < batch.n_chunks && !failed; c++)
    {
      Chunk *chunk = &batch.chunks[c];

      g_mutex_lock (&batch.lock);
      while (chunk->state == CHUNK_PENDING)
        g_cond_wait (&batch.cond, &batch.lock);
      g_mutex_unlock (&batch.lock);

      if (chunk->state == CHUNK_FAILED)
        {
          g_propagate_error (error, g_steal_pointer (&chunk->error));
          failed = TRUE;
        }
      else if (!join_chunk (join, chunk, cancellable, error))
        failed = TRUE;
      else
        {
          written += chunk->reports->len;
          skipped += chunk->n_skipped;
        }

      g_mutex_lock (&batch.lock);
      chunk_clear (chunk);
      batch.written = c + 1;
      if (failed)
        batch.stop = TRUE;
      g_cond_broadcast (&batch.cond);
      g_mutex_unlock (&batch.lock);

      if (!failed && progress != NULL)
        progress ((double) (chunk->first + chunk->n) / ids->len, progress_data);
    }

  /* stop the workers (after a failure they may still be busy) */
  g_mutex_lock (&batch.lock);
  batch.stop = TRUE;
  g_cond_broadcast (&batch.cond);
  g_mutex_unlock (&batch.lock);
  for (guint i = 0; i < threads->len; i++)
    g_thread_join (g_ptr_array_index (threads, i));
  for (guint c = 0; c < batch.n_chunks; c++)
    chunk_clear (&batch.chunks[c]);
  g_free (batch.chunks);
  g_mutex_clear (&batch.lock);
  g_cond_clear (&batch.cond);

  if (!failed && written > 0 && !caseload_pdf_join_finish (join, cancellable, error))
    failed = TRUE;
  if (!failed && written > 0 && !g_output_stream_close (G_OUTPUT_STREAM (output), cancellable, &local_error))
    {
      g_set_error (error, local_error->domain, local_error->code,
                   _("Could not write \u201c%s\u201d: %s"), path, local_error->message);
      failed = TRUE;
    }
  if (failed || written == 0)
    {
      /* closing with a cancelled cancellable drops the new file and leaves
       * whatever was at @path */
      g_autoptr(GCancellable) abandon = g_cancellable_new ();

      g_cancellable_cancel (abandon);
      g_output_stream_close (G_OUTPUT_STREAM (output), abandon, NULL);
      if (failed)
        return -1;
    }
  if (n_skipped != NULL)
    *n_skipped = skipped;
  return (int) written;
}
