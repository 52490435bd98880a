/* caseload-dashboard-page.c: the signed-in member's day.
 *
 * One reload reads six lists (the member's meetings of the week, their
 * caseload, the deadlines due soon, their open tasks, the reports of
 * ended periods, the referrals whose follow-up is due) on a worker thread
 * with its own connection, once the page has been drawn (it is the start
 * page: on 10 000 students the deadlines alone take about a second), and
 * counts them the way caseload_store_get_dashboard () does, so the
 * numbers and the rows under them always agree. Each group shows at most MAX_ROWS rows;
 * its description gives the full count. A store change reloads shortly
 * after (coalesced), so completing a task or logging a contact elsewhere
 * shows up here.
 */
#define G_LOG_DOMAIN "caseload-dashboard-page"

#include "config.h"

#include "caseload-dashboard-page.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "caseload-date.h"
#include "caseload-deadline.h"
#include "caseload-rules.h"
#include "caseload-store-meetings.h"
#include "caseload-store-progress.h"
#include "caseload-task-dialog.h"
#include "caseload-tasks-window.h"

#define RELOAD_DELAY_MS 250
#define MAX_ROWS 8

struct _CaseloadDashboardPage
{
  GtkWidget        parent_instance;

  CaseloadStore   *store;
  gint64           staff_id;
  GSettings       *settings;
  GListStore      *tasks;           /* CaseloadTask, the member's open tasks */
  guint            reload_source;
  guint            attention_count;
  GCancellable    *cancellable;
  guint            generation;       /* of the newest reload */
  gboolean         loading;
  gboolean         dirty;            /* reload when next mapped */
  gulong           after_paint_id;
  char            *summaries[5];

  /* template children */
  AdwToastOverlay *toast_overlay;
  GtkStack        *stack;
  GtkLabel        *greeting_label;
  AdwPreferencesGroup *meetings_group;
  AdwPreferencesGroup *deadlines_group;
  AdwPreferencesGroup *tasks_group;
  AdwPreferencesGroup *reports_group;
  AdwPreferencesGroup *referrals_group;
  GtkListBox      *meetings_list;
  GtkListBox      *deadlines_list;
  GtkListBox      *tasks_list;
  GtkListBox      *reports_list;
  GtkListBox      *referrals_list;
  GtkWidget       *meetings_all_button;
  GtkWidget       *deadlines_all_button;
  GtkWidget       *reports_all_button;
};

G_DEFINE_FINAL_TYPE (CaseloadDashboardPage, caseload_dashboard_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_STAFF_ID,
  PROP_ATTENTION_COUNT,
  PROP_LOADING,
  N_PROPS
};

enum {
  STUDENT_ACTIVATED,
  SHOW_PAGE,
  N_SIGNALS
};

static const char * const group_names[] = { "meetings", "deadlines", "tasks", "reports", "referrals" };

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
toast (CaseloadDashboardPage *self,
       const char            *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static GtkWindow *
parent_window (CaseloadDashboardPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static char *
display_date (const char *iso)
{
  GDate day;

  if (iso != NULL && caseload_date_parse_iso (iso, &day))
    return caseload_date_to_display (&day);
  return g_strdup (iso != NULL ? iso : "");
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    {
      if (GTK_IS_LIST_BOX_ROW (child))
        gtk_list_box_remove (list, child);
      else
        break;
    }
  /* The placeholder is not a row; rows may follow it. */
  for (child = gtk_widget_get_first_child (GTK_WIDGET (list)); child != NULL;)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (GTK_IS_LIST_BOX_ROW (child))
        gtk_list_box_remove (list, child);
      child = next;
    }
}

static void
add_status_suffix (GtkWidget  *row,
                   const char *text,
                   const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
}

/* A row that opens @student_id (when > 0), with its status in words and
 * colour (@status may be NULL) before the arrow. */
static GtkWidget *
new_row (const char *title,
         const char *subtitle,
         gint64      student_id,
         const char *status,
         const char *status_class)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), student_id > 0);
  g_object_set_data (G_OBJECT (row), "student-id", GSIZE_TO_POINTER ((gsize) student_id));
  if (status != NULL)
    add_status_suffix (row, status, status_class);
  if (student_id > 0)
    {
      GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

      gtk_accessible_update_property (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
    }
  return row;
}

static void
set_summary (CaseloadDashboardPage *self,
             guint                  group,
             AdwPreferencesGroup   *widget,
             char                  *text)
{
  g_free (self->summaries[group]);
  self->summaries[group] = text;
  adw_preferences_group_set_description (widget, text);
}

/* ---- tasks --------------------------------------------------------------- */


static void
on_task_saved_cb (CaseloadDashboardPage *self)
{
  caseload_dashboard_page_reload (self);
}

static void
open_task (CaseloadDashboardPage *self,
           gint64                 task_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadTask) task = caseload_store_get_task (self->store, task_id, &error);
  CaseloadTaskDialog *dialog;

  if (task == NULL)
    {
      toast (self, error->message);
      return;
    }
  dialog = caseload_task_dialog_new (parent_window (self), self->store, task, 0, 0);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_task_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
task_row (CaseloadDashboardPage *self,
          CaseloadTask          *task,
          const char            *today)
{
  const char *due = caseload_task_get_due_date (task);
  const char *student = caseload_task_get_student_name (task);
  g_autofree char *due_text = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *check_label = NULL;
  GtkWidget *row, *check;

  if (due[0] != '\0')
    {
      g_autofree char *date = display_date (due);

      /* Translators: %s is a date. */
      due_text = g_strdup_printf (_("Due %s"), date);
    }
  else
    due_text = g_strdup (_("No due date"));
  subtitle = student[0] != '\0' ? g_strdup_printf ("%s · %s", student, due_text) : g_strdup (due_text);

  row = new_row (caseload_task_get_title (task), subtitle, 0, NULL, NULL);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "task-id", GSIZE_TO_POINTER ((gsize) caseload_task_get_id (task)));

  /* A round check button: a push button, because GTK 4.8 gives a check
   * box no accessible action to press. */
  check = gtk_button_new_from_icon_name ("object-select-symbolic");
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (check, "circular");
  gtk_widget_add_css_class (check, "task-check");
  /* Translators: %s is a task's title; the check button that completes it. */
  check_label = g_strdup_printf (_("Mark “%s” done"), caseload_task_get_title (task));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, check_label, -1);
  gtk_widget_set_tooltip_text (check, _("Mark done"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (check), "dashboard.complete-task");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (check), g_variant_new_int64 (caseload_task_get_id (task)));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);

  if (due[0] != '\0' && strcmp (due, today) < 0)
    add_status_suffix (row, _("Overdue"), "overdue");
  else if (g_strcmp0 (due, today) == 0)
    add_status_suffix (row, _("Due today"), "due-soon");
  if (g_strcmp0 (caseload_task_get_priority (task), "high") == 0)
    add_status_suffix (row, _("High priority"), "tag");
  if (caseload_task_get_student_id (task) > 0)
    {
      GtkWidget *open = gtk_button_new_from_icon_name ("go-next-symbolic");
      /* Translators: %s is a student's name; the button on a task's row. */
      g_autofree char *open_label = g_strdup_printf (_("Open %s"), student);

      gtk_widget_set_valign (open, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (open, "flat");
      gtk_widget_set_tooltip_text (open, open_label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (open), GTK_ACCESSIBLE_PROPERTY_LABEL, open_label, -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (open), "dashboard.open-student");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (open),
                                              g_variant_new_int64 (caseload_task_get_student_id (task)));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), open);
    }
  return row;
}

/* ---- reading ------------------------------------------------------------- */

static void
set_attention (CaseloadDashboardPage *self,
               guint                  count)
{
  if (self->attention_count == count)
    return;
  self->attention_count = count;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ATTENTION_COUNT]);
}

/* ---- reading, on a worker thread ----------------------------------------- */

/* What one reload reads, with its own connection, off the GUI thread. */
typedef struct
{
  gint64     staff_id;
  char      *path;
  gboolean   signed_in;      /* the member exists */
  char      *staff_name;
  GDate      today;
  char      *today_iso;
  GPtrArray *meetings;       /* CaseloadMeeting of the week, not cancelled */
  GArray    *meeting_today;  /* gboolean, parallel */
  guint      n_meetings_today;
  GPtrArray *deadlines;      /* CaseloadDeadline of the caseload, overdue or due soon */
  guint      n_deadlines_overdue;
  GPtrArray *tasks;          /* CaseloadTask, open, of the member */
  guint      n_tasks_overdue;
  GPtrArray *reports;        /* CaseloadProgressReport not sent */
  GPtrArray *referrals;      /* CaseloadResourceReferral awaiting follow-up */
} Snapshot;

static void
snapshot_free (Snapshot *snap)
{
  g_free (snap->path);
  g_free (snap->staff_name);
  g_free (snap->today_iso);
  g_clear_pointer (&snap->meetings, g_ptr_array_unref);
  g_clear_pointer (&snap->meeting_today, g_array_unref);
  g_clear_pointer (&snap->deadlines, g_ptr_array_unref);
  g_clear_pointer (&snap->tasks, g_ptr_array_unref);
  g_clear_pointer (&snap->reports, g_ptr_array_unref);
  g_clear_pointer (&snap->referrals, g_ptr_array_unref);
  g_free (snap);
}

static gboolean
read_meetings (CaseloadStore  *store,
               Snapshot       *snap,
               GError        **error)
{
  const GDate *today = &snap->today;
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  g_autoptr(GDateTime) day_start = g_date_time_new (tz, g_date_get_year (today), g_date_get_month (today),
                                                    g_date_get_day (today), 0, 0, 0);
  g_autoptr(GDateTime) day_end = g_date_time_add_days (day_start, 1);
  g_autoptr(GDateTime) week_start = g_date_time_add_days (day_start, 1 - (int) g_date_get_weekday (today));
  g_autoptr(GDateTime) week_end = g_date_time_add_days (week_start, 7);
  g_autoptr(GListModel) meetings = NULL;

  meetings = caseload_store_list_meetings (store, week_start, week_end, 0, snap->staff_id, error);
  if (meetings == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      CaseloadMeeting *meeting = g_list_model_get_item (meetings, i);
      GDateTime *starts = caseload_meeting_get_starts_at (meeting);
      gboolean is_today;

      if (g_strcmp0 (caseload_meeting_get_status (meeting), "cancelled") == 0)
        {
          g_object_unref (meeting);
          continue;
        }
      is_today = starts != NULL && g_date_time_compare (starts, day_start) >= 0
                 && g_date_time_compare (starts, day_end) < 0;
      snap->n_meetings_today += is_today;
      g_ptr_array_add (snap->meetings, meeting);
      g_array_append_val (snap->meeting_today, is_today);
    }
  return TRUE;
}

static GHashTable *
read_caseload (CaseloadStore  *store,
               gint64          staff_id,
               GError        **error)
{
  g_autoptr(GListModel) caseload = caseload_store_list_caseload (store, staff_id, error);
  GHashTable *students;

  if (caseload == NULL)
    return NULL;
  students = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (caseload); i++)
    {
      g_autoptr(CaseloadTeamAssignment) assignment = g_list_model_get_item (caseload, i);
      gint64 id = caseload_team_assignment_get_student_id (assignment);

      g_hash_table_add (students, g_memdup2 (&id, sizeof id));
    }
  return students;
}

static gboolean
read_deadlines (CaseloadStore  *store,
                Snapshot       *snap,
                GHashTable     *students,
                int             due_soon_days,
                GError        **error)
{
  g_autoptr(GListModel) deadlines = NULL;

  if (g_hash_table_size (students) == 0)
    return TRUE;
  deadlines = caseload_store_list_deadlines (store, 0, &snap->today, due_soon_days, error);
  if (deadlines == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (deadlines); i++)
    {
      g_autoptr(CaseloadDeadline) deadline = g_list_model_get_item (deadlines, i);
      gint64 student_id = caseload_deadline_get_student_id (deadline);
      int days_left = caseload_deadline_get_days_left (deadline);

      if (!g_hash_table_contains (students, &student_id) || days_left > due_soon_days)
        continue;
      snap->n_deadlines_overdue += days_left < 0;
      g_ptr_array_add (snap->deadlines, g_steal_pointer (&deadline));
    }
  return TRUE;
}

static gboolean
read_tasks (CaseloadStore  *store,
            Snapshot       *snap,
            GError        **error)
{
  g_autoptr(GListModel) tasks = caseload_store_list_tasks (store, snap->staff_id, 0, FALSE, error);

  if (tasks == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
    {
      CaseloadTask *task = g_list_model_get_item (tasks, i);
      const char *due = caseload_task_get_due_date (task);

      snap->n_tasks_overdue += due[0] != '\0' && strcmp (due, snap->today_iso) < 0;
      g_ptr_array_add (snap->tasks, task);
    }
  return TRUE;
}

static gboolean
read_reports_and_referrals (CaseloadStore  *store,
                            Snapshot       *snap,
                            GHashTable     *students,
                            GError        **error)
{
  g_autoptr(GListModel) reports = caseload_store_list_due_reports (store, snap->staff_id, &snap->today, error);
  g_autoptr(GListModel) referrals = NULL;

  if (reports == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (reports); i++)
    {
      g_autoptr(CaseloadProgressReport) report = g_list_model_get_item (reports, i);

      if (g_strcmp0 (caseload_progress_report_get_status (report), "sent") != 0)
        g_ptr_array_add (snap->reports, g_steal_pointer (&report));
    }
  referrals = caseload_store_list_resource_referrals (store, 0, TRUE, &snap->today, error);
  if (referrals == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (referrals); i++)
    {
      g_autoptr(CaseloadResourceReferral) referral = g_list_model_get_item (referrals, i);
      gint64 student_id = caseload_resource_referral_get_student_id (referral);

      if (g_hash_table_contains (students, &student_id))
        g_ptr_array_add (snap->referrals, g_steal_pointer (&referral));
    }
  return TRUE;
}

static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Snapshot *snap = task_data;
  g_autoptr(CaseloadStore) store = NULL;
  g_autoptr(CaseloadStaff) staff = NULL;
  g_autoptr(GHashTable) students = NULL;
  g_autoptr(GError) error = NULL;
  CaseloadRuleSettings settings;

  /* Its own connection: never share one with the GUI thread. */
  store = caseload_store_open (snap->path, CASELOAD_STORE_OPEN_DEFAULT, &error);
  if (store == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  staff = caseload_store_get_staff (store, snap->staff_id, NULL);
  if (staff == NULL)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }
  snap->signed_in = TRUE;
  snap->staff_name = caseload_staff_dup_full_name (staff);

  caseload_rule_settings_init_defaults (&settings);
  if (!caseload_store_load_rule_settings (store, &settings, &error)
      || !read_meetings (store, snap, &error)
      || (students = read_caseload (store, snap->staff_id, &error)) == NULL
      || !read_deadlines (store, snap, students, settings.due_soon_days, &error)
      || !read_tasks (store, snap, &error)
      || !read_reports_and_referrals (store, snap, students, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_boolean (task, TRUE);
}

/* ---- showing what was read ----------------------------------------------- */

static void
show_meetings (CaseloadDashboardPage *self,
               Snapshot              *snap)
{
  for (guint i = 0; i < snap->meetings->len && i < MAX_ROWS; i++)
    {
      CaseloadMeeting *meeting = g_ptr_array_index (snap->meetings, i);
      GDateTime *starts = caseload_meeting_get_starts_at (meeting);
      g_autoptr(GTimeZone) school_tz = caseload_meeting_dup_time_zone (meeting);
      /* In the school's time zone, as everywhere else meetings are shown,
       * not this computer's. */
      g_autoptr(GDateTime) local = starts != NULL ? g_date_time_to_timezone (starts, school_tz) : NULL;
      gboolean is_today = g_array_index (snap->meeting_today, gboolean, i);
      const char *purpose = caseload_meeting_get_purpose (meeting);
      g_autofree char *when = NULL;
      g_autofree char *title = NULL;

      /* Translators: a meeting's day and time, strftime format. */
      when = local != NULL ? g_date_time_format (local, _("%A %x, %H:%M")) : g_strdup ("");
      /* Translators: "Alvarez, Mateo — Annual review" */
      title = g_strdup_printf (_("%s — %s"), caseload_meeting_get_student_name (meeting),
                               purpose[0] != '\0' ? purpose : caseload_meeting_get_kind (meeting));
      gtk_list_box_append (self->meetings_list,
                           new_row (title, when, caseload_meeting_get_student_id (meeting),
                                    is_today ? _("Today") : NULL, "due-soon"));
    }
  set_summary (self, 0, self->meetings_group,
               /* Translators: the counts of the Meetings group. */
               g_strdup_printf (_("%u today, %u this week"), snap->n_meetings_today, snap->meetings->len));
}

static void
show_deadlines (CaseloadDashboardPage *self,
                Snapshot              *snap)
{
  for (guint i = 0; i < snap->deadlines->len && i < MAX_ROWS; i++)
    {
      CaseloadDeadline *deadline = g_ptr_array_index (snap->deadlines, i);
      g_autofree char *date = display_date (caseload_deadline_get_due_date (deadline));
      g_autofree char *subtitle = NULL;

      /* Translators: "Annual review, 03/14/2027" */
      subtitle = g_strdup_printf (_("%s, %s"), caseload_deadline_get_kind_label (deadline), date);
      gtk_list_box_append (self->deadlines_list,
                           new_row (caseload_deadline_get_student_name (deadline), subtitle,
                                    caseload_deadline_get_student_id (deadline),
                                    caseload_deadline_get_status_text (deadline),
                                    caseload_deadline_get_days_left (deadline) < 0 ? "overdue" : "due-soon"));
    }
  set_summary (self, 1, self->deadlines_group,
               /* Translators: the counts of the Deadlines group. */
               g_strdup_printf (_("%u overdue, %u due soon"), snap->n_deadlines_overdue,
                                snap->deadlines->len - snap->n_deadlines_overdue));
}

static void
show_tasks (CaseloadDashboardPage *self,
            Snapshot              *snap)
{
  for (guint i = 0; i < snap->tasks->len && i < MAX_ROWS; i++)
    gtk_list_box_append (self->tasks_list, task_row (self, g_ptr_array_index (snap->tasks, i), snap->today_iso));
  g_list_store_splice (self->tasks, 0, g_list_model_get_n_items (G_LIST_MODEL (self->tasks)),
                       snap->tasks->pdata, snap->tasks->len);
  set_summary (self, 2, self->tasks_group,
               /* Translators: the counts of the My Tasks group. */
               g_strdup_printf (_("%u open, %u overdue"), snap->tasks->len, snap->n_tasks_overdue));
}

static void
show_reports (CaseloadDashboardPage *self,
              Snapshot              *snap)
{
  guint n = snap->reports->len;

  for (guint i = 0; i < n && i < MAX_ROWS; i++)
    {
      CaseloadProgressReport *report = g_ptr_array_index (snap->reports, i);
      g_autofree char *date = display_date (caseload_progress_report_get_period_end_date (report));
      g_autofree char *subtitle = NULL;

      /* Translators: "Period 2 ended 01/16/2027 · 3 of 4 goals coded" */
      subtitle = g_strdup_printf (_("Period %d ended %s · %d of %d goals coded"),
                                  caseload_progress_report_get_period_number (report), date,
                                  caseload_progress_report_get_n_coded (report),
                                  caseload_progress_report_get_n_goals (report));
      gtk_list_box_append (self->reports_list,
                           new_row (caseload_progress_report_get_student_name (report), subtitle,
                                    caseload_progress_report_get_student_id (report), NULL, NULL));
    }
  set_summary (self, 3, self->reports_group,
               g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u report not sent yet",
                                             "%u reports not sent yet", n), n));
}

static void
show_referrals (CaseloadDashboardPage *self,
                Snapshot              *snap)
{
  guint n = snap->referrals->len;

  for (guint i = 0; i < n && i < MAX_ROWS; i++)
    {
      CaseloadResourceReferral *referral = g_ptr_array_index (snap->referrals, i);
      g_autofree char *date = display_date (caseload_resource_referral_get_follow_up_date (referral));
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;

      /* Translators: "Alvarez, Mateo — Riverton Food Bank" */
      title = g_strdup_printf (_("%s — %s"), caseload_resource_referral_get_student_name (referral),
                               caseload_resource_referral_get_resource_name (referral));
      /* Translators: %s is a date. */
      subtitle = g_strdup_printf (_("Follow up by %s"), date);
      gtk_list_box_append (self->referrals_list,
                           new_row (title, subtitle, caseload_resource_referral_get_student_id (referral),
                                    NULL, NULL));
    }
  set_summary (self, 4, self->referrals_group,
               g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u referral to follow up",
                                             "%u referrals to follow up", n), n));
}

static void
clear_all (CaseloadDashboardPage *self)
{
  clear_list (self->meetings_list);
  clear_list (self->deadlines_list);
  clear_list (self->tasks_list);
  clear_list (self->reports_list);
  clear_list (self->referrals_list);
  g_list_store_remove_all (self->tasks);
}

static void
set_loading (CaseloadDashboardPage *self,
             gboolean               loading)
{
  if (self->loading == loading)
    return;
  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
on_read_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  CaseloadDashboardPage *self = CASELOAD_DASHBOARD_PAGE (source);
  guint generation = GPOINTER_TO_UINT (user_data);
  Snapshot *snap = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *today = NULL;
  g_autofree char *greeting = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error)
      && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (generation != self->generation)
    return;   /* a newer reload is on its way */
  set_loading (self, FALSE);
  if (error != NULL)
    {
      toast (self, error->message);
      return;
    }

  clear_all (self);
  if (!snap->signed_in)
    {
      gtk_stack_set_visible_child_name (self->stack, "signed-out");
      set_attention (self, 0);
      return;
    }
  today = caseload_date_to_display (&snap->today);
  /* Translators: "Dana Whitfield · 11/27/2026" at the top of the dashboard. */
  greeting = g_strdup_printf (_("%s · %s"), snap->staff_name, today);
  gtk_label_set_text (self->greeting_label, greeting);
  show_meetings (self, snap);
  show_deadlines (self, snap);
  show_tasks (self, snap);
  show_reports (self, snap);
  show_referrals (self, snap);
  gtk_stack_set_visible_child_name (self->stack, "dashboard");
  set_attention (self, snap->n_deadlines_overdue + snap->n_tasks_overdue);
}

void
caseload_dashboard_page_reload (CaseloadDashboardPage *self)
{
  g_autoptr(GTask) task = NULL;
  Snapshot *snap;

  g_return_if_fail (CASELOAD_IS_DASHBOARD_PAGE (self));

  g_clear_handle_id (&self->reload_source, g_source_remove);
  self->dirty = FALSE;
  self->generation++;

  if (self->store == NULL || self->staff_id <= 0)
    {
      clear_all (self);
      gtk_stack_set_visible_child_name (self->stack, "signed-out");
      set_attention (self, 0);
      set_loading (self, FALSE);
      return;
    }

  set_loading (self, TRUE);
  /* Not shown yet: read once the page has been drawn, so that the worker
   * does not hold back the window's first frame. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->dirty = TRUE;
      return;
    }

  snap = g_new0 (Snapshot, 1);
  snap->staff_id = self->staff_id;
  snap->path = g_strdup (caseload_store_get_path (self->store));
  g_date_clear (&snap->today, 1);
  caseload_date_set_today (&snap->today);
  snap->today_iso = caseload_date_to_iso (&snap->today);
  snap->meetings = g_ptr_array_new_with_free_func (g_object_unref);
  snap->meeting_today = g_array_new (FALSE, FALSE, sizeof (gboolean));
  snap->deadlines = g_ptr_array_new_with_free_func (g_object_unref);
  snap->tasks = g_ptr_array_new_with_free_func (g_object_unref);
  snap->reports = g_ptr_array_new_with_free_func (g_object_unref);
  snap->referrals = g_ptr_array_new_with_free_func (g_object_unref);

  task = g_task_new (self, self->cancellable, on_read_cb, GUINT_TO_POINTER (self->generation));
  g_task_set_source_tag (task, caseload_dashboard_page_reload);
  g_task_set_task_data (task, snap, (GDestroyNotify) snapshot_free);
  g_task_run_in_thread (task, read_thread);
}

static void
on_frame_clock_after_paint_cb (CaseloadDashboardPage *self,
                               GdkFrameClock         *clock)
{
  g_clear_signal_handler (&self->after_paint_id, clock);

  if (self->dirty && gtk_widget_get_mapped (GTK_WIDGET (self)))
    caseload_dashboard_page_reload (self);
}

static void
caseload_dashboard_page_map (GtkWidget *widget)
{
  CaseloadDashboardPage *self = CASELOAD_DASHBOARD_PAGE (widget);
  GdkFrameClock *clock;

  GTK_WIDGET_CLASS (caseload_dashboard_page_parent_class)->map (widget);

  if (!self->dirty || self->after_paint_id != 0)
    return;
  clock = gtk_widget_get_frame_clock (widget);
  if (clock != NULL)
    self->after_paint_id = g_signal_connect_object (clock, "after-paint",
                                                    G_CALLBACK (on_frame_clock_after_paint_cb), self,
                                                    G_CONNECT_SWAPPED);
  else
    caseload_dashboard_page_reload (self);
}

static gboolean
reload_timeout_cb (gpointer user_data)
{
  CaseloadDashboardPage *self = user_data;

  self->reload_source = 0;
  caseload_dashboard_page_reload (self);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed_cb (CaseloadDashboardPage *self,
                     const char            *table)
{
  /* Tables nothing on the dashboard comes from. */
  static const char * const unrelated[] = { "contact_log", "rights_notice", "data_point", "guardian", NULL };

  if (g_strv_contains (unrelated, table))
    return;
  if (self->reload_source == 0)
    self->reload_source = g_timeout_add (RELOAD_DELAY_MS, reload_timeout_cb, self);
}

/* ---- callbacks ----------------------------------------------------------- */

static void
on_row_activated_cb (CaseloadDashboardPage *self,
                     GtkListBoxRow         *row)
{
  gint64 task_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "task-id"));
  gint64 student_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "student-id"));

  if (task_id > 0)
    open_task (self, task_id);
  else if (student_id > 0)
    g_signal_emit (self, signals[STUDENT_ACTIVATED], 0, student_id);
}

static void
on_show_all_clicked_cb (CaseloadDashboardPage *self,
                        GtkWidget             *button)
{
  const char *page = button == self->meetings_all_button ? "meetings"
                     : button == self->reports_all_button ? "reports"
                     : "deadlines";

  g_signal_emit (self, signals[SHOW_PAGE], 0, page);
}

static void
on_new_task_clicked_cb (CaseloadDashboardPage *self)
{
  caseload_dashboard_page_new_task (self);
}

static void
on_all_tasks_clicked_cb (CaseloadDashboardPage *self)
{
  CaseloadTasksWindow *window;

  if (self->store == NULL)
    return;
  window = caseload_tasks_window_new (parent_window (self), self->store, self->staff_id);
  gtk_window_present (GTK_WINDOW (window));
}

static void
reopen_task_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  CaseloadDashboardPage *self = CASELOAD_DASHBOARD_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;
  if (!caseload_store_set_task_status (self->store, g_variant_get_int64 (parameter), "open", &error))
    toast (self, error->message);
}

static void
complete_task_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  caseload_dashboard_page_complete_task (CASELOAD_DASHBOARD_PAGE (widget), g_variant_get_int64 (parameter));
}

static void
open_student_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  g_signal_emit (widget, signals[STUDENT_ACTIVATED], 0, g_variant_get_int64 (parameter));
}

/* ---- public -------------------------------------------------------------- */

gboolean
caseload_dashboard_page_complete_task (CaseloadDashboardPage *self,
                                       gint64                 task_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadTask) task = NULL;
  g_autofree char *title = NULL;
  AdwToast *done;

  g_return_val_if_fail (CASELOAD_IS_DASHBOARD_PAGE (self), FALSE);

  if (self->store == NULL)
    return FALSE;
  task = caseload_store_get_task (self->store, task_id, &error);
  if (task == NULL || !caseload_store_set_task_status (self->store, task_id, "done", &error))
    {
      toast (self, error->message);
      return FALSE;
    }
  /* Translators: %s is a task's title. */
  title = g_strdup_printf (_("“%s” done"), caseload_task_get_title (task));
  done = adw_toast_new (title);
  adw_toast_set_button_label (done, _("_Undo"));
  adw_toast_set_action_name (done, "dashboard.reopen-task");
  adw_toast_set_action_target_value (done, g_variant_new_int64 (task_id));
  adw_toast_overlay_add_toast (self->toast_overlay, done);
  /* The row goes with the reload the store's change notification queues
   * (not from inside the check button's own signal). */
  return TRUE;
}

void
caseload_dashboard_page_new_task (CaseloadDashboardPage *self)
{
  CaseloadTaskDialog *dialog;

  g_return_if_fail (CASELOAD_IS_DASHBOARD_PAGE (self));

  if (self->store == NULL)
    return;
  dialog = caseload_task_dialog_new (parent_window (self), self->store, NULL, 0, self->staff_id);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_task_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

GListModel *
caseload_dashboard_page_get_tasks (CaseloadDashboardPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_DASHBOARD_PAGE (self), NULL);

  return G_LIST_MODEL (self->tasks);
}

const char *
caseload_dashboard_page_get_summary (CaseloadDashboardPage *self,
                                     const char            *group)
{
  g_return_val_if_fail (CASELOAD_IS_DASHBOARD_PAGE (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (group_names); i++)
    if (g_strcmp0 (group_names[i], group) == 0)
      return self->summaries[i];
  return NULL;
}

void
caseload_dashboard_page_set_page_available (CaseloadDashboardPage *self,
                                            const char            *page,
                                            gboolean               available)
{
  g_return_if_fail (CASELOAD_IS_DASHBOARD_PAGE (self));

  if (g_strcmp0 (page, "meetings") == 0)
    gtk_widget_set_visible (self->meetings_all_button, available);
  else if (g_strcmp0 (page, "deadlines") == 0)
    gtk_widget_set_visible (self->deadlines_all_button, available);
  else if (g_strcmp0 (page, "reports") == 0)
    gtk_widget_set_visible (self->reports_all_button, available);
}

CaseloadStore *
caseload_dashboard_page_get_store (CaseloadDashboardPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_DASHBOARD_PAGE (self), NULL);

  return self->store;
}

void
caseload_dashboard_page_set_store (CaseloadDashboardPage *self,
                                   CaseloadStore         *store)
{
  g_return_if_fail (CASELOAD_IS_DASHBOARD_PAGE (self));
  g_return_if_fail (store == NULL || CASELOAD_IS_STORE (store));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed_cb, self);
  g_set_object (&self->store, store);
  if (self->store != NULL)
    g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed_cb), self, G_CONNECT_SWAPPED);
  caseload_dashboard_page_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

gint64
caseload_dashboard_page_get_staff_id (CaseloadDashboardPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_DASHBOARD_PAGE (self), 0);

  return self->staff_id;
}

void
caseload_dashboard_page_set_staff_id (CaseloadDashboardPage *self,
                                      gint64                 staff_id)
{
  g_return_if_fail (CASELOAD_IS_DASHBOARD_PAGE (self));

  if (self->staff_id == staff_id)
    return;
  self->staff_id = staff_id;
  caseload_dashboard_page_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF_ID]);
}

guint
caseload_dashboard_page_get_attention_count (CaseloadDashboardPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_DASHBOARD_PAGE (self), 0);

  return self->attention_count;
}

gboolean
caseload_dashboard_page_get_loading (CaseloadDashboardPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_DASHBOARD_PAGE (self), FALSE);

  return self->loading;
}

/* ---- GObject ------------------------------------------------------------- */

static void
caseload_dashboard_page_dispose (GObject *object)
{
  CaseloadDashboardPage *self = CASELOAD_DASHBOARD_PAGE (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed_cb, self);
  if (self->settings != NULL)
    g_settings_unbind (self, "staff-id");
  g_clear_object (&self->settings);

  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_DASHBOARD_PAGE);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (caseload_dashboard_page_parent_class)->dispose (object);
}

static void
caseload_dashboard_page_finalize (GObject *object)
{
  CaseloadDashboardPage *self = CASELOAD_DASHBOARD_PAGE (object);

  g_clear_object (&self->tasks);
  g_clear_object (&self->cancellable);
  for (guint i = 0; i < G_N_ELEMENTS (self->summaries); i++)
    g_clear_pointer (&self->summaries[i], g_free);

  G_OBJECT_CLASS (caseload_dashboard_page_parent_class)->finalize (object);
}

static void
caseload_dashboard_page_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  CaseloadDashboardPage *self = CASELOAD_DASHBOARD_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_STAFF_ID:
      g_value_set_int64 (value, self->staff_id);
      break;
    case PROP_ATTENTION_COUNT:
      g_value_set_uint (value, self->attention_count);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_dashboard_page_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  CaseloadDashboardPage *self = CASELOAD_DASHBOARD_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      caseload_dashboard_page_set_store (self, g_value_get_object (value));
      break;
    case PROP_STAFF_ID:
      caseload_dashboard_page_set_staff_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_dashboard_page_class_init (CaseloadDashboardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_dashboard_page_dispose;
  object_class->finalize = caseload_dashboard_page_finalize;
  object_class->get_property = caseload_dashboard_page_get_property;
  object_class->set_property = caseload_dashboard_page_set_property;
  widget_class->map = caseload_dashboard_page_map;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, CASELOAD_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STAFF_ID] =
    g_param_spec_int64 ("staff-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ATTENTION_COUNT] =
    g_param_spec_uint ("attention-count", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[STUDENT_ACTIVATED] =
    g_signal_new ("student-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  signals[SHOW_PAGE] =
    g_signal_new ("show-page", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "dashboard.reopen-task", "x", reopen_task_activated);
  gtk_widget_class_install_action (widget_class, "dashboard.open-student", "x", open_student_activated);
  gtk_widget_class_install_action (widget_class, "dashboard.complete-task", "x", complete_task_activated);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/caseload-dashboard-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadDashboardPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CaseloadDashboardPage, stack);
  gtk_widget_class_bind_template_child (widget_class, CaseloadDashboardPage, greeting_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadDashboardPage, meetings_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadDashboardPage, deadlines_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadDashboardPage, tasks_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadDashboardPage, reports_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadDashboardPage, referrals_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadDashboardPage, meetings_list);
  gtk_widget_class_bind_template_child (widget_class, CaseloadDashboardPage, deadlines_list);
  gtk_widget_class_bind_template_child (widget_class, CaseloadDashboardPage, tasks_list);
  gtk_widget_class_bind_template_child (widget_class, CaseloadDashboardPage, reports_list);
  gtk_widget_class_bind_template_child (widget_class, CaseloadDashboardPage, referrals_list);
  gtk_widget_class_bind_template_child (widget_class, CaseloadDashboardPage, meetings_all_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadDashboardPage, deadlines_all_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadDashboardPage, reports_all_button);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_show_all_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_new_task_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_all_tasks_clicked_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
caseload_dashboard_page_init (CaseloadDashboardPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->tasks = g_list_store_new (CASELOAD_TYPE_TASK);
  self->cancellable = g_cancellable_new ();
  self->settings = g_settings_new (APPLICATION_ID);
  g_settings_bind (self->settings, "signed-in-staff-id", self, "staff-id", G_SETTINGS_BIND_GET);
  if (self->staff_id == 0)
    caseload_dashboard_page_reload (self);
}
