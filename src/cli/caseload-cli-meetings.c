#define G_LOG_DOMAIN "caseload-cli-meetings"

#include "config.h"

#include "caseload-cli-meetings.h"
#include "caseload-cli-common.h"
#include "caseload-cli-output.h"
#include "caseload-date.h"
#include "caseload-ics.h"

#include <glib/gi18n.h>

/* Parses an optional --from/--to date; returns FALSE (with a usage
 * message) for a bad one. */
static gboolean
parse_date_option (const char  *text,
                   const char  *option,
                   GDate       *date,
                   char       **message)
{
  g_date_clear (date, 1);
  if (text == NULL)
    return TRUE;
  if (!caseload_date_parse_iso (text, date))
    {
      *message = g_strdup_printf (_("%s must be a date (YYYY-MM-DD)"), option);
      return FALSE;
    }
  return TRUE;
}

/* The meetings whose local date is within [from, to] (either may be
 * invalid = open), of one student when @student_id > 0. The store is asked
 * for a range a day wider in UTC; each meeting's own zone decides. */
static GListModel *
meetings_in_range (CaseloadStore  *store,
                   const GDate    *from,
                   const GDate    *to,
                   gint64          student_id,
                   GError        **error)
{
  g_autoptr(GDateTime) utc_from = NULL;
  g_autoptr(GDateTime) utc_to = NULL;
  g_autoptr(GListModel) all = NULL;
  GListStore *result;

  if (g_date_valid (from))
    {
      g_autoptr(GDateTime) day = g_date_time_new_utc (g_date_get_year (from), g_date_get_month (from),
                                                      g_date_get_day (from), 0, 0, 0);
      utc_from = g_date_time_add_days (day, -1);
    }
  if (g_date_valid (to))
    {
      g_autoptr(GDateTime) day = g_date_time_new_utc (g_date_get_year (to), g_date_get_month (to),
                                                      g_date_get_day (to), 0, 0, 0);
      utc_to = g_date_time_add_days (day, 2);
    }
  all = caseload_store_list_meetings (store, utc_from, utc_to, student_id, 0, error);
  if (all == NULL)
    return NULL;

  result = g_list_store_new (CASELOAD_TYPE_MEETING);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(CaseloadMeeting) meeting = g_list_model_get_item (all, i);
      GDate day;

      caseload_meeting_get_local_date (meeting, &day);
      if (g_date_valid (from) && g_date_compare (&day, from) < 0)
        continue;
      if (g_date_valid (to) && g_date_compare (&day, to) > 0)
        continue;
      g_list_store_append (result, meeting);
    }
  return G_LIST_MODEL (result);
}

static char *
iso_with_offset (GDateTime *time)
{
  if (time == NULL)
    return g_strdup ("");
  return g_date_time_format (time, "%Y-%m-%dT%H:%M:%S%:z");
}

static char *
place_of (CaseloadMeeting *meeting)
{
  const char *parts[4];
  guint n = 0;

  if (*caseload_meeting_get_room_name (meeting) != '\0')
    parts[n++] = caseload_meeting_get_room_name (meeting);
  if (*caseload_meeting_get_location (meeting) != '\0')
    parts[n++] = caseload_meeting_get_location (meeting);
  if (*caseload_meeting_get_video_link (meeting) != '\0')
    parts[n++] = caseload_meeting_get_video_link (meeting);
  parts[n] = NULL;
  return g_strjoinv (", ", (char **) parts);
}

int
caseload_cli_meetings (const GOptionEntry    *common_entries,
                       CaseloadCliOpenStore  open_store,
                       int                   argc,
                       char                **argv)
{
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  g_autofree char *student_number = NULL;
  g_autofree char *format = NULL;
  const GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_text,
      N_("First day (YYYY-MM-DD)"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to_text,
      N_("Last day (YYYY-MM-DD)"), N_("DATE") },
    { "student", 's', 0, G_OPTION_ARG_STRING, &student_number,
      N_("Only this student's meetings (the student ID)"), N_("ID") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("Output format: table (default) or csv"), N_("FORMAT") },
    { NULL }
  };
  const CaseloadCliColumn columns[] = {
    { "meeting_id", N_("Meeting"), CASELOAD_CLI_COLUMN_INTEGER },
    { "student_id", N_("Student ID"), CASELOAD_CLI_COLUMN_STRING },
    { "type", N_("Type"), CASELOAD_CLI_COLUMN_STRING },
    { "start", N_("Start"), CASELOAD_CLI_COLUMN_STRING },
    { "end", N_("End"), CASELOAD_CLI_COLUMN_STRING },
    { "location", N_("Location"), CASELOAD_CLI_COLUMN_OPTIONAL },
    { "status", N_("Status"), CASELOAD_CLI_COLUMN_STRING },
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(CaseloadStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadStudent) student = NULL;
  g_autoptr(GListModel) meetings = NULL;
  g_autoptr(CaseloadCliTable) table = NULL;
  g_autofree char *message = NULL;
  GDate from, to;
  CaseloadCliFormat output_format;
  int status;

  g_return_val_if_fail (open_store != NULL, CASELOAD_CLI_EXIT_ERROR);

  g_option_context_set_summary (context, _("List meetings, by date range and student."));
  if ((status = caseload_cli_parse (context, common_entries, entries, 0, &argc, &argv)) != 0)
    return status;
  if (!parse_date_option (from_text, "--from", &from, &message) ||
      !parse_date_option (to_text, "--to", &to, &message))
    return caseload_cli_usage (context, message);
  if (g_date_valid (&from) && g_date_valid (&to) && g_date_compare (&from, &to) > 0)
    return caseload_cli_usage (context, _("--from must not be after --to"));
  if (!caseload_cli_parse_format (format, CASELOAD_CLI_FORMAT_TABLE | CASELOAD_CLI_FORMAT_CSV, &output_format))
    return caseload_cli_usage (context, _("--format must be table or csv"));

  store = caseload_cli_open_or_report (open_store);
  if (store == NULL)
    return CASELOAD_CLI_EXIT_ERROR;

  if (student_number != NULL)
    {
      student = caseload_cli_find_student (store, student_number, &status);
      if (student == NULL)
        return status;
    }

  meetings = meetings_in_range (store, &from, &to,
                                student != NULL ? caseload_student_get_id (student) : 0, &error);
  if (meetings == NULL)
    {
      return caseload_cli_fail (error);
    }

  table = caseload_cli_table_new_translated (columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(CaseloadMeeting) meeting = g_list_model_get_item (meetings, i);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, caseload_meeting_get_id (meeting));
      g_autofree char *start = iso_with_offset (caseload_meeting_get_starts_at (meeting));
      g_autofree char *end = iso_with_offset (caseload_meeting_get_ends_at (meeting));
      g_autofree char *place = place_of (meeting);
      const char *values[] = {
        id,
        caseload_meeting_get_student_number (meeting),
        caseload_meeting_get_kind (meeting),
        start,
        end,
        place,
        caseload_meeting_get_status (meeting),
      };

      caseload_cli_table_add_row (table, values);
    }

  caseload_cli_print_table (table, output_format);
  return EXIT_SUCCESS;
}

int
caseload_cli_ics (const GOptionEntry    *common_entries,
                  CaseloadCliOpenStore  open_store,
                  int                   argc,
                  char                **argv)
{
  gint64 meeting_id = 0;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "meeting", 'm', 0, G_OPTION_ARG_INT64, &meeting_id,
      N_("One meeting as an invitation (its number, see \u201cmeetings\u201d)"), N_("ID") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_text,
      N_("First day of a calendar feed (YYYY-MM-DD)"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to_text,
      N_("Last day of a calendar feed (YYYY-MM-DD)"), N_("DATE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The .ics file to write"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(CaseloadStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *lower = NULL;
  g_autofree char *text = NULL;
  GDate from, to;
  int status;

  g_return_val_if_fail (open_store != NULL, CASELOAD_CLI_EXIT_ERROR);

  g_option_context_set_summary (context,
                                _("Write a meeting invitation, or a calendar feed of a date range, as iCalendar."));
  if ((status = caseload_cli_parse (context, common_entries, entries, 0, &argc, &argv)) != 0)
    return status;
  if (!parse_date_option (from_text, "--from", &from, &message) ||
      !parse_date_option (to_text, "--to", &to, &message))
    return caseload_cli_usage (context, message);
  if (meeting_id != 0 && (from_text != NULL || to_text != NULL))
    return caseload_cli_usage (context, _("Give either --meeting or --from and --to, not both"));
  if (meeting_id == 0 && (!g_date_valid (&from) || !g_date_valid (&to)))
    return caseload_cli_usage (context, _("--meeting, or --from and --to, are required"));
  if (meeting_id < 0)
    return caseload_cli_usage (context, _("--meeting must be a meeting number"));
  if (g_date_valid (&from) && g_date_valid (&to) && g_date_compare (&from, &to) > 0)
    return caseload_cli_usage (context, _("--from must not be after --to"));
  if (output == NULL || *output == '\0')
    return caseload_cli_usage (context, _("--output is required"));
  lower = g_ascii_strdown (output, -1);
  if (!g_str_has_suffix (lower, ".ics"))
    return caseload_cli_usage (context, _("--output must end in .ics"));

  store = caseload_cli_open_or_report (open_store);
  if (store == NULL)
    return CASELOAD_CLI_EXIT_ERROR;

  if (meeting_id != 0)
    {
      g_autoptr(CaseloadMeeting) meeting = caseload_store_get_meeting (store, meeting_id, &error);

      if (meeting == NULL)
        {
          if (g_error_matches (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND))
            {
              g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, meeting_id);

              g_printerr (_("caseload-cli: no meeting with the number %s\n"), id);
              return CASELOAD_CLI_EXIT_USAGE;
            }
          return caseload_cli_fail (error);
        }
      text = caseload_ics_meeting_request (meeting, &error);
    }
  else
    {
      g_autoptr(GListModel) meetings = meetings_in_range (store, &from, &to, 0, &error);

      if (meetings != NULL)
        text = caseload_ics_feed (meetings, &error);
    }
  if (text == NULL)
    {
      return caseload_cli_fail (error);
    }
  if (!g_file_set_contents (output, text, -1, &error))
    {
      return caseload_cli_fail (error);
    }
  return EXIT_SUCCESS;
}
