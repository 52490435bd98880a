/* caseload-window.c: the main window
 *
 * A welcome page when there is no database yet, otherwise a leaflet with the
 * sidebar (who is signed in, the pages, an overdue badge) and the content
 * (header bar + the pages + a student's record).
 *
 * Only the dashboard (the start page, once a database is open) and the
 * students page are in the template. Team, Deadlines and the
 * student page are built when first shown, or one per idle turn after the
 * first frame: building and filling them before it made launching a
 * 10 000-student database ~2x slower than an empty window.
 */
#define G_LOG_DOMAIN "caseload-window"

#include "config.h"

#include "caseload-window.h"
#include "caseload-print.h"

#include "caseload-application.h"
#include "caseload-dashboard-page.h"
#include "caseload-backup.h"
#include "caseload-date.h"
#include "caseload-deadlines-page.h"
#include "caseload-meetings-page.h"
#include "caseload-export-dialog.h"
#include "caseload-import-dialog.h"
#include "caseload-progress-page.h"
#include "caseload-reports-page.h"
#include "caseload-resources-window.h"
#include "caseload-restore-dialog.h"
#include "caseload-sample.h"
#include "caseload-student-page.h"
#include "caseload-students-page.h"
#include "caseload-team-page.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#define SAMPLE_STUDENTS 300

struct _CaseloadWindow
{
  AdwApplicationWindow  parent_instance;

  CaseloadStore        *store;
  GSettings            *settings;
  GCancellable         *cancellable;
  GtkFileChooserNative *chooser;
  char                 *previous_page;
  gboolean              first_frame_done;
  guint                 pages_idle_id;    /* builds the other pages after the first frame */
  GtkWidget            *damaged_dialog;   /* the "cannot be opened" question, while shown */
  GtkWidget            *help_overlay;     /* the keyboard shortcuts window, while shown */

  /* template children */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  GtkProgressBar       *sample_progress;
  AdwStatusPage        *welcome_page;
  AdwLeaflet           *leaflet;
  GtkWidget            *content_box;
  AdwWindowTitle       *sidebar_title;
  GtkWidget            *signed_in_button;
  AdwAvatar            *signed_in_avatar;
  GtkLabel             *signed_in_name;
  GtkLabel             *signed_in_role;
  GtkListBox           *sidebar_list;
  GtkListBoxRow        *dashboard_row;
  GtkLabel             *dashboard_badge;
  GtkListBoxRow        *students_row;
  GtkListBoxRow        *team_row;
  GtkListBoxRow        *meetings_row;
  GtkListBoxRow        *deadlines_row;
  GtkListBoxRow        *reports_row;
  GtkListBoxRow        *progress_row;
  GtkLabel             *overdue_badge;
  AdwWindowTitle       *content_title;
  GtkWidget            *back_button;
  GtkWidget            *search_button;
  GtkWidget            *new_button;
  GtkMenuButton        *primary_menu_button;
  GtkStack             *content_stack;
  CaseloadStudentsPage *students_page;
  CaseloadDashboardPage *dashboard_page;

  /* Built when first needed, or after the first frame (ensure_*_page ()). */
  GtkWidget            *team_page;
  GtkWidget            *meetings_page;
  GtkWidget            *deadlines_page;
  GtkWidget            *reports_page;
  GtkWidget            *progress_page;
  CaseloadStudentPage  *student_page;

  /* Leaving a student whose edits could not be saved waits for the
   * "Unsaved Changes" dialog; what was asked for runs after "discard". */
  GtkWidget            *leave_dialog;
  int                   pending_leave;    /* LeaveKind */
  char                 *pending_page;
  gint64                pending_student_id;
};

typedef enum {
  LEAVE_CLOSE,
  LEAVE_PAGE,
  LEAVE_STUDENT,
} LeaveKind;

G_DEFINE_FINAL_TYPE (CaseloadWindow, caseload_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

CaseloadWindow *
caseload_window_new (GtkApplication *application)
{
  return g_object_new (CASELOAD_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

CaseloadStore *
caseload_window_get_store (CaseloadWindow *self)
{
  g_return_val_if_fail (CASELOAD_IS_WINDOW (self), NULL);

  return self->store;
}

void
caseload_window_show_error (CaseloadWindow *self,
                            const char     *heading,
                            const GError   *error)
{
  GtkWidget *dialog;

  g_return_if_fail (CASELOAD_IS_WINDOW (self));

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   error != NULL ? error->message : NULL);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- header and sidebar ------------------------------------------------ */

static const char *
current_page (CaseloadWindow *self)
{
  const char *name = gtk_stack_get_visible_child_name (self->content_stack);

  return name != NULL ? name : "students";
}

static void
update_header (CaseloadWindow *self)
{
  const char *page = current_page (self);
  gboolean on_student = g_strcmp0 (page, "student") == 0;
  gboolean folded = adw_leaflet_get_folded (self->leaflet);
  const char *title;

  if (on_student)
    title = caseload_student_page_get_title (self->student_page);
  else
    title = gtk_stack_page_get_title (gtk_stack_get_page (self->content_stack,
                                                          gtk_stack_get_visible_child (self->content_stack)));
  adw_window_title_set_title (self->content_title, title != NULL ? title : "");

  gtk_widget_set_visible (self->back_button, on_student || folded);
  gtk_widget_set_visible (self->search_button, !on_student && g_strcmp0 (page, "dashboard") != 0 &&
                          g_strcmp0 (page, "meetings") != 0 && g_strcmp0 (page, "reports") != 0);

  if (g_strcmp0 (page, "dashboard") == 0)
    {
      gtk_widget_set_visible (self->new_button, TRUE);
      gtk_widget_set_tooltip_text (self->new_button, _("New Task (Ctrl+N)"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->new_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("New task"),
                                      -1);
    }
  else if (g_strcmp0 (page, "team") == 0)
    {
      gtk_widget_set_visible (self->new_button, TRUE);
      gtk_widget_set_tooltip_text (self->new_button, _("New Team Member (Ctrl+N)"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->new_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("New team member"),
                                      -1);
    }
  else if (g_strcmp0 (page, "meetings") == 0)
    {
      gtk_widget_set_visible (self->new_button, TRUE);
      gtk_widget_set_tooltip_text (self->new_button, _("New Meeting (Ctrl+N)"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->new_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("New meeting"),
                                      -1);
    }
  else if (g_strcmp0 (page, "progress") == 0)
    {
      gtk_widget_set_visible (self->new_button, TRUE);
      gtk_widget_set_tooltip_text (self->new_button, _("Enter Data for Several Goals (Ctrl+N)"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->new_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Enter data for several goals"),
                                      -1);
    }
  else if (g_strcmp0 (page, "students") == 0)
    {
      gtk_widget_set_visible (self->new_button, TRUE);
      gtk_widget_set_tooltip_text (self->new_button, _("New Student (Ctrl+N)"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->new_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("New student"),
                                      -1);
    }
  else
    {
      gtk_widget_set_visible (self->new_button, FALSE);
    }
}

static void
update_signed_in (CaseloadWindow *self)
{
  gint64 staff_id = g_settings_get_int64 (self->settings, "signed-in-staff-id");
  g_autoptr(CaseloadStaff) staff = NULL;

  if (self->store != NULL && staff_id > 0)
    staff = caseload_store_get_staff (self->store, staff_id, NULL);

  if (self->store != NULL)
    caseload_store_set_actor (self->store, staff != NULL ? staff_id : 0);

  if (staff != NULL)
    {
      g_autofree char *name = caseload_staff_dup_full_name (staff);
      g_autofree char *label = NULL;

      adw_avatar_set_text (self->signed_in_avatar, name);
      adw_avatar_set_show_initials (self->signed_in_avatar, TRUE);
      gtk_label_set_text (self->signed_in_name, name);
      gtk_label_set_text (self->signed_in_role, caseload_staff_get_role_name (staff));
      gtk_widget_set_visible (GTK_WIDGET (self->signed_in_role), TRUE);
      /* Translators: the sidebar button showing who uses Caseload. */
      label = g_strdup_printf (_("Signed in as %s"), name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->signed_in_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
    }
  else
    {
      adw_avatar_set_text (self->signed_in_avatar, NULL);
      gtk_label_set_text (self->signed_in_name, _("Choose who you are in Preferences"));
      gtk_widget_set_visible (GTK_WIDGET (self->signed_in_role), FALSE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->signed_in_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Choose who you are in Preferences"),
                                      -1);
    }
}

static void
update_badge (CaseloadWindow *self)
{
  guint overdue = self->store != NULL && self->deadlines_page != NULL
                  ? caseload_deadlines_page_get_overdue_count (CASELOAD_DEADLINES_PAGE (self->deadlines_page))
                  : 0;

  if (overdue > 0)
    {
      g_autofree char *count = g_strdup_printf ("%u", overdue);
      g_autofree char *description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                   "%u overdue deadline",
                                                                   "%u overdue deadlines",
                                                                   overdue),
                                                      overdue);

      gtk_label_set_text (self->overdue_badge, count);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->overdue_badge), description);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->deadlines_row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                      -1);
    }
  else
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->deadlines_row),
                                     GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->overdue_badge), overdue > 0);
}

static void
on_overdue_count_cb (CaseloadWindow *self)
{
  update_badge (self);
}

/* The dashboard's badge: the signed-in member's overdue open tasks and the
 * overdue deadlines of their students. */
static void
on_attention_count_cb (CaseloadWindow *self)
{
  guint count = self->store != NULL ? caseload_dashboard_page_get_attention_count (self->dashboard_page) : 0;

  if (count > 0)
    {
      g_autofree char *text = g_strdup_printf ("%u", count);
      g_autofree char *description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                   "%u overdue task or deadline of yours",
                                                                   "%u overdue tasks or deadlines of yours",
                                                                   count),
                                                      count);

      gtk_label_set_text (self->dashboard_badge, text);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->dashboard_badge), description);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->dashboard_row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                      -1);
    }
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self->dashboard_row),
                                   GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  gtk_widget_set_visible (GTK_WIDGET (self->dashboard_badge), count > 0);
}

static void
on_store_changed_cb (CaseloadWindow *self,
                     const char     *table)
{
  if (g_strcmp0 (table, "staff") == 0)
    update_signed_in (self);
}

static void
on_signed_in_changed_cb (CaseloadWindow *self)
{
  update_signed_in (self);
}

/* ---- pages ------------------------------------------------------------- */

static void
on_page_student_activated_cb (CaseloadWindow *self,
                              gint64          student_id)
{
  caseload_window_show_student (self, student_id);
}

/* A page is there when its sidebar row is (pages are built when first
 * shown, their rows are in the template) or it is already in the stack. */
static gboolean
has_page (CaseloadWindow *self,
          const char     *name)
{
  if (gtk_stack_get_child_by_name (self->content_stack, name) != NULL)
    return TRUE;
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && g_strcmp0 (gtk_widget_get_name (row), name) == 0)
      return TRUE;
  return FALSE;
}

static void
on_dashboard_show_page_cb (CaseloadWindow *self,
                           const char     *name)
{
  if (has_page (self, name))
    caseload_window_show_page (self, name);
}

static void
on_student_page_title_cb (CaseloadWindow *self)
{
  update_header (self);
}

static void
ensure_deadlines_page (CaseloadWindow *self)
{
  if (self->deadlines_page != NULL)
    return;

  self->deadlines_page = g_object_new (CASELOAD_TYPE_DEADLINES_PAGE, "store", self->store, NULL);
  g_signal_connect_object (self->deadlines_page, "student-activated",
                           G_CALLBACK (on_page_student_activated_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->deadlines_page, "notify::overdue-count",
                           G_CALLBACK (on_overdue_count_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_stack_add_titled (self->content_stack, self->deadlines_page, "deadlines", _("Deadlines"));
  update_badge (self);
}

static void
ensure_team_page (CaseloadWindow *self)
{
  if (self->team_page != NULL)
    return;

  self->team_page = g_object_new (CASELOAD_TYPE_TEAM_PAGE, "store", self->store, NULL);
  g_signal_connect_object (self->team_page, "student-activated",
                           G_CALLBACK (on_page_student_activated_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_stack_add_titled (self->content_stack, self->team_page, "team", _("Team"));
}

static void
ensure_meetings_page (CaseloadWindow *self)
{
  if (self->meetings_page != NULL)
    return;

  self->meetings_page = g_object_new (CASELOAD_TYPE_MEETINGS_PAGE, "store", self->store, NULL);
  gtk_stack_add_titled (self->content_stack, self->meetings_page, "meetings", _("Meetings"));
}

/* A report activated on the Reports page: its student, on the Progress
 * tab at its period. */
static void
on_report_activated_cb (CaseloadWindow *self,
                        gint64          student_id,
                        int             period)
{
  caseload_window_show_student (self, student_id);
  if (self->student_page != NULL
      && g_strcmp0 (current_page (self), "student") == 0
      && caseload_student_page_get_student_id (self->student_page) == student_id)
    caseload_student_page_show_progress (self->student_page, period);
}

static void
ensure_reports_page (CaseloadWindow *self)
{
  if (self->reports_page != NULL)
    return;

  self->reports_page = g_object_new (CASELOAD_TYPE_REPORTS_PAGE, "store", self->store, NULL);
  g_signal_connect_object (self->reports_page, "report-activated",
                           G_CALLBACK (on_report_activated_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_stack_add_titled (self->content_stack, self->reports_page, "reports", _("Reports"));
}

static void
ensure_progress_page (CaseloadWindow *self)
{
  if (self->progress_page != NULL)
    return;

  self->progress_page = g_object_new (CASELOAD_TYPE_PROGRESS_PAGE, "store", self->store, NULL);
  g_signal_connect_object (self->progress_page, "student-activated",
                           G_CALLBACK (on_page_student_activated_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_stack_add_titled (self->content_stack, self->progress_page, "progress", _("My Students"));
}

static void
ensure_student_page (CaseloadWindow *self)
{
  if (self->student_page != NULL)
    return;

  self->student_page = g_object_new (CASELOAD_TYPE_STUDENT_PAGE, "store", self->store, NULL);
  g_signal_connect_object (self->student_page, "notify::title",
                           G_CALLBACK (on_student_page_title_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->student_page), "student");
}

/* After the first frame: one page per idle turn, the deadlines first (the
 * sidebar's overdue badge comes from it). */
static gboolean
pages_idle_cb (gpointer user_data)
{
  CaseloadWindow *self = user_data;

  if (self->store == NULL)
    {
      self->pages_idle_id = 0;
      return G_SOURCE_REMOVE;
    }

  if (self->deadlines_page == NULL)
    ensure_deadlines_page (self);
  else if (self->team_page == NULL)
    ensure_team_page (self);
  else if (self->student_page == NULL)
    ensure_student_page (self);

  if (self->deadlines_page != NULL && self->team_page != NULL && self->student_page != NULL)
    {
      self->pages_idle_id = 0;
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

static void
queue_pages (CaseloadWindow *self)
{
  if (self->pages_idle_id == 0 && self->first_frame_done && self->store != NULL)
    self->pages_idle_id = g_idle_add_full (G_PRIORITY_LOW, pages_idle_cb, self, NULL);
}

static GtkListBoxRow *
sidebar_row (CaseloadWindow *self,
             const char     *name)
{
  if (g_strcmp0 (name, "team") == 0)
    return self->team_row;
  if (g_strcmp0 (name, "meetings") == 0)
    return self->meetings_row;
  if (g_strcmp0 (name, "deadlines") == 0)
    return self->deadlines_row;
  if (g_strcmp0 (name, "reports") == 0)
    return self->reports_row;
  if (g_strcmp0 (name, "progress") == 0)
    return self->progress_row;
  if (g_strcmp0 (name, "dashboard") == 0)
    return self->dashboard_row;
  return self->students_row;
}

static void on_sidebar_list_row_selected_cb (CaseloadWindow *self,
                                             GtkListBoxRow  *row);

/* Puts the sidebar selection back where it was while the student stays. */
static void
restore_sidebar_selection (CaseloadWindow *self)
{
  g_signal_handlers_block_by_func (self->sidebar_list, on_sidebar_list_row_selected_cb, self);
  gtk_list_box_select_row (self->sidebar_list, sidebar_row (self, self->previous_page));
  g_signal_handlers_unblock_by_func (self->sidebar_list, on_sidebar_list_row_selected_cb, self);
}

/* Runs the leave the dialog held back, once the dialog has gone (closing
 * the window from inside its response would pull it from under it). */
static gboolean
run_pending_leave_cb (gpointer user_data)
{
  CaseloadWindow *self = user_data;
  LeaveKind kind = self->pending_leave;
  g_autofree char *page = g_steal_pointer (&self->pending_page);

  if (gtk_widget_in_destruction (GTK_WIDGET (self)))
    return G_SOURCE_REMOVE;

  switch (kind)
    {
    case LEAVE_CLOSE:
      gtk_window_close (GTK_WINDOW (self));
      break;
    case LEAVE_PAGE:
      caseload_window_show_page (self, page);
      break;
    case LEAVE_STUDENT:
      caseload_window_show_student (self, self->pending_student_id);
      break;
    default:
      g_assert_not_reached ();
    }

  return G_SOURCE_REMOVE;
}

static void
on_leave_dialog_response_cb (AdwMessageDialog *dialog,
                             const char       *response,
                             CaseloadWindow   *self)
{
  g_object_remove_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->leave_dialog);
  self->leave_dialog = NULL;

  if (g_strcmp0 (response, "discard") != 0)
    {
      /* Go Back: the student stays, with the field still marked. */
      g_clear_pointer (&self->pending_page, g_free);
      restore_sidebar_selection (self);
      return;
    }

  caseload_student_page_discard (self->student_page);
  g_idle_add_full (G_PRIORITY_DEFAULT, run_pending_leave_cb, g_object_ref (self), g_object_unref);
}

/* Saves the student's pending edits before leaving them. TRUE when the
 * student may be left now; FALSE when the "Unsaved Changes" dialog asks
 * first (the leave runs again if the person discards). */
static gboolean
may_leave_student (CaseloadWindow *self,
                   LeaveKind       kind,
                   const char     *page,
                   gint64          student_id)
{
  GtkWidget *dialog;

  if (self->student_page == NULL
      || caseload_student_page_get_student_id (self->student_page) == 0)
    return TRUE;

  if (self->leave_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->leave_dialog));
      return FALSE;
    }

  dialog = caseload_student_page_confirm_leave (self->student_page, GTK_WINDOW (self));
  if (dialog == NULL)
    return TRUE;

  self->pending_leave = kind;
  g_free (self->pending_page);
  self->pending_page = g_strdup (page);
  self->pending_student_id = student_id;
  self->leave_dialog = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->leave_dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_leave_dialog_response_cb), self, 0);

  /* The field with the problem is on the student page: show it. */
  gtk_stack_set_visible_child_name (self->content_stack, "student");
  adw_leaflet_set_visible_child (self->leaflet, self->content_box);
  update_header (self);
  gtk_window_present (GTK_WINDOW (dialog));
  return FALSE;
}

void
caseload_window_show_page (CaseloadWindow *self,
                           const char     *name)
{
  GtkListBoxRow *row = NULL;

  g_return_if_fail (CASELOAD_IS_WINDOW (self));

  if (self->store == NULL)
    return;

  if (g_strcmp0 (name, "students") == 0)
    row = self->students_row;
  else if (g_strcmp0 (name, "dashboard") == 0)
    row = self->dashboard_row;
  else if (g_strcmp0 (name, "team") == 0)
    row = self->team_row;
  else if (g_strcmp0 (name, "meetings") == 0)
    row = self->meetings_row;
  else if (g_strcmp0 (name, "deadlines") == 0)
    row = self->deadlines_row;
  else if (g_strcmp0 (name, "reports") == 0)
    row = self->reports_row;
  else if (g_strcmp0 (name, "progress") == 0)
    row = self->progress_row;
  else
    g_return_if_reached ();

  if (g_strcmp0 (current_page (self), "student") == 0
      && !may_leave_student (self, LEAVE_PAGE, name, 0))
    {
      restore_sidebar_selection (self);
      return;
    }

  if (row == self->team_row)
    ensure_team_page (self);
  else if (row == self->meetings_row)
    ensure_meetings_page (self);
  else if (row == self->deadlines_row)
    ensure_deadlines_page (self);
  else if (row == self->reports_row)
    ensure_reports_page (self);
  else if (row == self->progress_row)
    ensure_progress_page (self);
  gtk_list_box_select_row (self->sidebar_list, row);
  gtk_stack_set_visible_child_name (self->content_stack, name);
  g_free (self->previous_page);
  self->previous_page = g_strdup (name);
  adw_leaflet_set_visible_child (self->leaflet, self->content_box);
  update_header (self);
}

void
caseload_window_show_student (CaseloadWindow *self,
                              gint64          student_id)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (CASELOAD_IS_WINDOW (self));

  ensure_student_page (self);
  if (caseload_student_page_get_student_id (self->student_page) != student_id
      && !may_leave_student (self, LEAVE_STUDENT, NULL, student_id))
    return;
  if (!caseload_student_page_load (self->student_page, student_id, &error))
    {
      caseload_window_show_error (self, _("Could Not Open the Student"), error);
      return;
    }

  gtk_stack_set_visible_child_name (self->content_stack, "student");
  adw_leaflet_set_visible_child (self->leaflet, self->content_box);
  update_header (self);
  /* the row that opened the student is gone from view: keyboard users
   * go on from the student's current tab (GtkStack itself would move
   * the focus to the first control it finds, or where it last was) */
  caseload_student_page_focus_tabs (self->student_page);
}

static void
on_sidebar_list_row_activated_cb (CaseloadWindow *self,
                                  GtkListBoxRow  *row)
{
  caseload_window_show_page (self, gtk_widget_get_name (GTK_WIDGET (row)));
}

/* Selection moves with the keyboard and through the accessibility tree
 * (screen readers select rather than activate), so follow it too. */
static void
on_sidebar_list_row_selected_cb (CaseloadWindow *self,
                                 GtkListBoxRow  *row)
{
  const char *name;

  if (row == NULL)
    return;
  name = gtk_widget_get_name (GTK_WIDGET (row));
  if (g_strcmp0 (name, current_page (self)) != 0)
    caseload_window_show_page (self, name);
}

static void
on_leaflet_folded_cb (CaseloadWindow *self)
{
  update_header (self);
}

/* ---- the store --------------------------------------------------------- */

static void check_and_back_up   (CaseloadWindow *self);
static void update_data_actions (CaseloadWindow *self);

void
caseload_window_set_store (CaseloadWindow *self,
                           CaseloadStore  *store)
{
  g_return_if_fail (CASELOAD_IS_WINDOW (self));
  g_return_if_fail (store == NULL || CASELOAD_IS_STORE (store));

  if (self->store == store)
    {
      gtk_stack_set_visible_child_name (self->main_stack, store != NULL ? "main" : "welcome");
      return;
    }

  if (self->store != NULL)
    {
      /* Edits cannot follow to another database: what can be saved is. */
      if (self->student_page != NULL)
        {
          caseload_student_page_flush (self->student_page);
          caseload_student_page_discard (self->student_page);
        }
      g_signal_handlers_disconnect_by_data (self->store, self);
    }

  g_set_object (&self->store, store);

  if (self->student_page != NULL)
    {
      caseload_student_page_load (self->student_page, 0, NULL);
      caseload_student_page_set_store (self->student_page, store);
    }
  caseload_students_page_set_store (self->students_page, store);
  caseload_dashboard_page_set_store (self->dashboard_page, store);
  on_attention_count_cb (self);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self),
                                                                            "community-resources")),
                               store != NULL);
  if (self->team_page != NULL)
    g_object_set (self->team_page, "store", store, NULL);
  if (self->progress_page != NULL)
    g_object_set (self->progress_page, "store", store, NULL);
  if (self->reports_page != NULL)
    g_object_set (self->reports_page, "store", store, NULL);
  if (self->deadlines_page != NULL)
    g_object_set (self->deadlines_page, "store", store, NULL);
  if (self->meetings_page != NULL)
    g_object_set (self->meetings_page, "store", store, NULL);
  queue_pages (self);
  update_badge (self);

  if (store != NULL)
    {
      g_autofree char *base = g_path_get_basename (caseload_store_get_path (store));

      g_signal_connect_object (store, "changed",
                               G_CALLBACK (on_store_changed_cb), self,
                               G_CONNECT_SWAPPED);
      adw_window_title_set_subtitle (self->sidebar_title, base);
      update_signed_in (self);
      gtk_stack_set_visible_child_name (self->main_stack, "main");
      caseload_window_show_page (self, "dashboard");
      check_and_back_up (self);
    }
  else
    {
      gtk_stack_set_visible_child_name (self->main_stack, "welcome");
    }
  update_data_actions (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/* Opens @path from the welcome page or the menu and remembers it. A
 * failure is shown and changes nothing. */
static gboolean
open_path (CaseloadWindow         *self,
           const char             *path,
           CaseloadStoreOpenFlags  flags,
           gboolean                remember)
{
  g_autoptr(CaseloadStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = caseload_store_open (path, flags, &error);
  if (store == NULL)
    {
      caseload_window_report_open_error (self, path, error);
      return FALSE;
    }

  caseload_store_set_actor (store, g_settings_get_int64 (self->settings, "signed-in-staff-id"));
  if (remember)
    g_settings_set_string (self->settings, "database-path", path);

  caseload_window_set_store (self, store);
  return TRUE;
}

/* ---- welcome actions ---------------------------------------------------- */

static void
create_database_activated (GSimpleAction *action,
                           GVariant      *parameter,
                           gpointer       user_data)
{
  CaseloadWindow *self = user_data;
  g_autofree char *path = caseload_store_default_path ();

  /* The default file: remember "" so that it stays the default. */
  if (open_path (self, path, CASELOAD_STORE_OPEN_CREATE, FALSE))
    g_settings_set_string (self->settings, "database-path", "");
}

static void
on_chooser_response_cb (CaseloadWindow       *self,
                        int                   response,
                        GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL
          && (self->store == NULL
              || g_strcmp0 (path, caseload_store_get_path (self->store)) != 0))
        open_path (self, path, CASELOAD_STORE_OPEN_DEFAULT, TRUE);
    }

  g_clear_object (&self->chooser);
}

static void
open_database_activated (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  CaseloadWindow *self = user_data;
  g_autoptr(GtkFileFilter) databases = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) everything = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;

  gtk_file_filter_set_name (databases, _("Caseload databases"));
  gtk_file_filter_add_pattern (databases, "*.db");
  gtk_file_filter_add_mime_type (databases, "application/vnd.sqlite3");
  gtk_file_filter_set_name (everything, _("All files"));
  gtk_file_filter_add_pattern (everything, "*");

  self->chooser = gtk_file_chooser_native_new (_("Open a Database"),
                                               GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Open"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), databases);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), everything);
  g_signal_connect_object (self->chooser, "response",
                           G_CALLBACK (on_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

typedef struct
{
  GWeakRef window;
  double   fraction;
} SampleProgress;

static gboolean
sample_progress_cb (gpointer user_data)
{
  SampleProgress *progress = user_data;
  g_autoptr(CaseloadWindow) self = g_weak_ref_get (&progress->window);

  if (self != NULL)
    gtk_progress_bar_set_fraction (self->sample_progress, progress->fraction);

  return G_SOURCE_REMOVE;
}

static void
sample_progress_free (gpointer data)
{
  SampleProgress *progress = data;

  g_weak_ref_clear (&progress->window);
  g_free (progress);
}

static void
sample_report (double   fraction,
               gpointer data)
{
  GTask *task = data;
  int *last_percent = g_task_get_task_data (task);
  int percent = (int) (fraction * 100);
  SampleProgress *progress;

  if (percent == *last_percent)
    return;
  *last_percent = percent;

  progress = g_new0 (SampleProgress, 1);
  g_weak_ref_init (&progress->window, g_task_get_source_object (task));
  progress->fraction = fraction;
  g_main_context_invoke_full (NULL, G_PRIORITY_DEFAULT, sample_progress_cb,
                              progress, sample_progress_free);
}

static void
remove_database_files (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_unlink (wal);
  g_unlink (shm);
  g_unlink (path);
}

static void
generate_sample_thread (GTask        *task,
                        gpointer      source_object,
                        gpointer      task_data,
                        GCancellable *cancellable)
{
  const char *path = g_object_get_data (G_OBJECT (task), "path");
  g_autoptr(CaseloadStore) store = NULL;
  g_autoptr(GError) error = NULL;
  CaseloadSampleOptions options = { 0 };

  /* Its own connection: the GUI thread never shares one with a worker. */
  store = caseload_store_open (path, CASELOAD_STORE_OPEN_CREATE, &error);
  if (store == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  options.n_students = SAMPLE_STUDENTS;
  options.seed = 1;
  caseload_date_set_today (&options.as_of);

  if (!caseload_sample_generate (store, &options, sample_report, task, &error))
    {
      g_clear_object (&store);
      remove_database_files (path);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_boolean (task, TRUE);
}

static void
on_sample_generated_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  CaseloadWindow *self = CASELOAD_WINDOW (source);
  const char *path = g_object_get_data (G_OBJECT (result), "path");
  g_autoptr(GError) error = NULL;

  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self),
                                                                            "explore-sample")),
                               TRUE);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      gtk_stack_set_visible_child_name (self->main_stack, self->store != NULL ? "main" : "welcome");
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        caseload_window_show_error (self, _("Could Not Create the Sample Data"), error);
      return;
    }

  if (!open_path (self, path, CASELOAD_STORE_OPEN_DEFAULT, TRUE))
    gtk_stack_set_visible_child_name (self->main_stack, self->store != NULL ? "main" : "welcome");
}

static void
explore_sample_activated (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  CaseloadWindow *self = user_data;
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "caseload", "sample.db", NULL);
  g_autoptr(GTask) task = NULL;

  /* Made once, never overwritten: open it when it is there. */
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      open_path (self, path, CASELOAD_STORE_OPEN_DEFAULT, TRUE);
      return;
    }

  g_simple_action_set_enabled (action, FALSE);
  gtk_progress_bar_set_fraction (self->sample_progress, 0.0);
  gtk_stack_set_visible_child_name (self->main_stack, "sample");

  task = g_task_new (self, self->cancellable, on_sample_generated_cb, NULL);
  g_task_set_source_tag (task, explore_sample_activated);
  g_task_set_task_data (task, g_new0 (int, 1), g_free);
  *(int *) g_task_get_task_data (task) = -1;
  g_object_set_data_full (G_OBJECT (task), "path", g_steal_pointer (&path), g_free);
  g_task_run_in_thread (task, generate_sample_thread);
}

/* ---- window actions ---------------------------------------------------- */

static void
search_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  CaseloadWindow *self = user_data;
  const char *page = current_page (self);

  if (self->store == NULL)
    return;

  if (g_strcmp0 (page, "student") == 0)
    {
      caseload_window_show_page (self, self->previous_page != NULL ? self->previous_page : "students");
      page = current_page (self);
      if (g_strcmp0 (page, "student") == 0)
        return;   /* unsaved changes: the dialog asks first */
    }

  if (g_strcmp0 (page, "dashboard") == 0 || g_strcmp0 (page, "meetings") == 0)
    return;   /* nothing to search: no list of their own */
  if (g_strcmp0 (page, "team") == 0)
    caseload_team_page_start_search (CASELOAD_TEAM_PAGE (self->team_page));
  else if (g_strcmp0 (page, "deadlines") == 0)
    caseload_deadlines_page_start_search (CASELOAD_DEADLINES_PAGE (self->deadlines_page));
  else if (g_strcmp0 (page, "progress") == 0)
    caseload_progress_page_start_search (CASELOAD_PROGRESS_PAGE (self->progress_page));
  else if (g_strcmp0 (page, "reports") == 0)
    return;   /* nothing to search: one row per case manager */
  else
    caseload_students_page_start_search (self->students_page);
}

static void
new_record_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  CaseloadWindow *self = user_data;
  const char *page = current_page (self);

  if (self->store == NULL)
    return;

  if (g_strcmp0 (page, "dashboard") == 0)
    caseload_dashboard_page_new_task (self->dashboard_page);
  else if (g_strcmp0 (page, "team") == 0)
    caseload_team_page_new_record (CASELOAD_TEAM_PAGE (self->team_page));
  else if (g_strcmp0 (page, "meetings") == 0)
    caseload_meetings_page_new_record (CASELOAD_MEETINGS_PAGE (self->meetings_page));
  else if (g_strcmp0 (page, "deadlines") == 0)
    caseload_deadlines_page_new_record (CASELOAD_DEADLINES_PAGE (self->deadlines_page));
  else if (g_strcmp0 (page, "progress") == 0)
    caseload_progress_page_new_record (CASELOAD_PROGRESS_PAGE (self->progress_page));
  else if (g_strcmp0 (page, "reports") == 0)
    return;   /* reports are written on the student's Progress tab */
  else
    caseload_students_page_new_record (self->students_page);
}

static void
show_page_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  CaseloadWindow *self = user_data;
  const char *name = g_variant_get_string (parameter, NULL);

  if (g_strcmp0 (name, "students") == 0
      || g_strcmp0 (name, "dashboard") == 0
      || g_strcmp0 (name, "team") == 0
      || g_strcmp0 (name, "meetings") == 0
      || g_strcmp0 (name, "deadlines") == 0
      || g_strcmp0 (name, "reports") == 0
      || g_strcmp0 (name, "progress") == 0)
    {
      GtkWidget *page, *focus;

      caseload_window_show_page (self, name);
      if (g_strcmp0 (current_page (self), name) != 0)
        return;
      /* Alt+1…7 from anywhere: the keyboard goes on in the page shown
       * (its first control, the search field where there is one), not
       * from a widget that went out of view */
      page = gtk_stack_get_visible_child (self->content_stack);
      focus = gtk_root_get_focus (GTK_ROOT (self));
      if (page != NULL && (focus == NULL || !gtk_widget_is_ancestor (focus, page)))
        gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
    }
}

static void
back_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  CaseloadWindow *self = user_data;

  if (g_strcmp0 (current_page (self), "student") == 0)
    caseload_window_show_page (self, self->previous_page != NULL ? self->previous_page : "students");
  else if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
primary_menu_activated (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  CaseloadWindow *self = user_data;

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "main") == 0)
    gtk_menu_button_popup (self->primary_menu_button);
}

/* ---- data safety: backups, restore, import, export ------------------- */

static void
add_toast (CaseloadWindow *self,
           AdwToast       *toast)
{
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
update_data_actions (CaseloadWindow *self)
{
  static const char * const names[] = { "backup-now", "restore-backup", "import", "export" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), names[i]);

      if (action != NULL)
        g_simple_action_set_enabled (G_SIMPLE_ACTION (action), self->store != NULL);
    }
}

static void
backup_now_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  GError *error = NULL;
  char *path = caseload_backup_now (task_data, NULL, "manual", &error);

  if (path == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, path, g_free);
}

static void
on_backup_now_done_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  CaseloadWindow *self = CASELOAD_WINDOW (source);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_task_propagate_pointer (G_TASK (result), &error);
  g_autofree char *base = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (path == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        caseload_window_show_error (self, _("Could Not Back Up"), error);
      return;
    }

  base = g_path_get_basename (path);
  /* Translators: %s is the backup's file name. */
  title = g_strdup_printf (_("Backed up as %s"), base);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("Open Folder"));
  adw_toast_set_action_name (toast, "win.open-backup-folder");
  add_toast (self, toast);
}

static void
backup_now_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  CaseloadWindow *self = user_data;
  g_autoptr(GTask) task = NULL;

  if (self->store == NULL)
    return;

  task = g_task_new (self, self->cancellable, on_backup_now_done_cb, NULL);
  g_task_set_source_tag (task, backup_now_activated);
  g_task_set_task_data (task, g_strdup (caseload_store_get_path (self->store)), g_free);
  g_task_run_in_thread (task, backup_now_thread);
}

static void
open_backup_folder_activated (GSimpleAction *action,
                              GVariant      *parameter,
                              gpointer       user_data)
{
  CaseloadWindow *self = user_data;
  g_autofree char *dir = caseload_backup_default_dir ();
  g_autofree char *uri = g_filename_to_uri (dir, NULL, NULL);

  if (uri != NULL)
    gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
}

/* After a restore: the database file has new content; read it afresh. */
static void
on_restored_cb (CaseloadWindow *self,
                const char     *safety_backup,
                const char     *kept_damaged,
                CaseloadRestoreDialog *dialog)
{
  g_autofree char *path = NULL;
  g_autoptr(CaseloadStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  g_object_get (dialog, "database-path", &path, NULL);
  store = caseload_store_open (path, CASELOAD_STORE_OPEN_DEFAULT, &error);
  if (store == NULL)
    {
      caseload_window_report_open_error (self, path, error);
      return;
    }
  caseload_store_set_actor (store, g_settings_get_int64 (self->settings, "signed-in-staff-id"));
  /* Another object on the same file: every page reloads. */
  caseload_window_set_store (self, NULL);
  caseload_window_set_store (self, store);

  if (kept_damaged != NULL)
    {
      g_autofree char *base = g_path_get_basename (kept_damaged);

      /* Translators: %s is a file name. */
      title = g_strdup_printf (_("Backup restored. The damaged file is kept as %s"), base);
    }
  else if (safety_backup != NULL)
    {
      g_autofree char *base = g_path_get_basename (safety_backup);

      /* Translators: %s is a file name. */
      title = g_strdup_printf (_("Backup restored. The database before the restore is saved as %s"), base);
    }
  else
    title = g_strdup (_("Backup restored"));
  add_toast (self, adw_toast_new (title));
}

GtkWidget *
caseload_window_show_restore (CaseloadWindow *self,
                              const char     *database_path,
                              gboolean        damaged)
{
  CaseloadRestoreDialog *dialog;

  g_return_val_if_fail (CASELOAD_IS_WINDOW (self), NULL);
  g_return_val_if_fail (database_path != NULL, NULL);

  dialog = caseload_restore_dialog_new (GTK_WINDOW (self), database_path, damaged, NULL);
  g_signal_connect_object (dialog, "restored", G_CALLBACK (on_restored_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WIDGET (dialog);
}

static void
restore_backup_activated (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  CaseloadWindow *self = user_data;

  if (self->store != NULL)
    caseload_window_show_restore (self, caseload_store_get_path (self->store), FALSE);
}

static void
on_imported_cb (CaseloadWindow *self,
                const char     *summary)
{
  g_autoptr(CaseloadStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *path = NULL;

  if (self->store == NULL)
    return;

  /* The import wrote on its own connection: read everything afresh. */
  path = g_strdup (caseload_store_get_path (self->store));
  store = caseload_store_open (path, CASELOAD_STORE_OPEN_DEFAULT, &error);
  if (store == NULL)
    {
      caseload_window_report_open_error (self, path, error);
      return;
    }
  caseload_store_set_actor (store, g_settings_get_int64 (self->settings, "signed-in-staff-id"));
  caseload_window_set_store (self, store);

  /* Translators: %s is "12 students added, 3 updated, …". */
  title = g_strdup_printf (_("Imported: %s"), summary);
  add_toast (self, adw_toast_new (title));
}

GtkWidget *
caseload_window_show_import (CaseloadWindow *self)
{
  CaseloadImportDialog *dialog;

  g_return_val_if_fail (CASELOAD_IS_WINDOW (self), NULL);

  if (self->store == NULL)
    return NULL;
  dialog = caseload_import_dialog_new (GTK_WINDOW (self), caseload_store_get_path (self->store),
                                       caseload_store_get_actor (self->store));
  g_signal_connect_object (dialog, "imported", G_CALLBACK (on_imported_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WIDGET (dialog);
}

static void
import_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  caseload_window_show_import (CASELOAD_WINDOW (user_data));
}

static void
on_exported_cb (CaseloadWindow *self,
                const char     *path)
{
  g_autofree char *base = g_path_get_basename (path);
  /* Translators: %s is a file name. */
  g_autofree char *title = g_strdup_printf (_("Exported to %s"), base);

  add_toast (self, adw_toast_new (title));
}

static void
export_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  CaseloadWindow *self = user_data;
  CaseloadExportDialog *dialog;
  gint64 student_id = 0;
  const char *name = NULL;

  if (self->store == NULL)
    return;

  /* On a student's page, that student is offered too. */
  if (self->student_page != NULL && g_strcmp0 (current_page (self), "student") == 0)
    {
      student_id = caseload_student_page_get_student_id (self->student_page);
      name = caseload_student_page_get_title (self->student_page);
    }
  dialog = caseload_export_dialog_new (GTK_WINDOW (self), caseload_store_get_path (self->store),
                                       student_id, name);
  g_signal_connect_object (dialog, "exported", G_CALLBACK (on_exported_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- opening: the quick check and the backup of the day ----------------- */

typedef struct
{
  char   *path;
  GError *check_error;
  GError *backup_error;
} OpenCheck;

static void
open_check_free (gpointer data)
{
  OpenCheck *check = data;

  g_free (check->path);
  g_clear_error (&check->check_error);
  g_clear_error (&check->backup_error);
  g_free (check);
}

/* On a connection of its own: PRAGMA quick_check, then (only for a sound
 * database: a damaged one must not push good backups out of rotation) the
 * backup of the day with rotation. */
static void
open_check_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  OpenCheck *check = task_data;
  g_autoptr(CaseloadStore) store = NULL;
  g_autofree char *daily = NULL;
  gboolean created = FALSE;

  store = caseload_store_open (check->path, CASELOAD_STORE_OPEN_DEFAULT, &check->check_error);
  if (store == NULL || !caseload_store_quick_check (store, &check->check_error))
    {
      g_task_return_boolean (task, TRUE);
      return;
    }
  g_clear_object (&store);

  daily = caseload_backup_daily (check->path, NULL, &created, &check->backup_error);
  if (daily != NULL && created)
    g_debug ("Backup of the day: %s", daily);
  g_task_return_boolean (task, TRUE);
}

static void
on_open_check_done_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  CaseloadWindow *self = CASELOAD_WINDOW (source);
  OpenCheck *check = g_task_get_task_data (G_TASK (result));

  if (!g_task_propagate_boolean (G_TASK (result), NULL))
    return;
  /* Another database by now: this result is about a file no longer shown. */
  if (self->store == NULL || g_strcmp0 (caseload_store_get_path (self->store), check->path) != 0)
    return;

  if (check->check_error != NULL)
    {
      /* Nothing more is written to a damaged file. */
      caseload_window_set_store (self, NULL);
      caseload_window_report_open_error (self, check->path, check->check_error);
      return;
    }
  if (check->backup_error != NULL)
    {
      g_autofree char *title = g_strdup_printf (_("Could not make today’s backup: %s"),
                                                check->backup_error->message);
      AdwToast *toast = adw_toast_new (title);

      adw_toast_set_timeout (toast, 0);
      add_toast (self, toast);
    }
}

static void
check_and_back_up (CaseloadWindow *self)
{
  g_autoptr(GTask) task = NULL;
  OpenCheck *check = g_new0 (OpenCheck, 1);

  check->path = g_strdup (caseload_store_get_path (self->store));
  task = g_task_new (self, self->cancellable, on_open_check_done_cb, NULL);
  g_task_set_source_tag (task, check_and_back_up);
  g_task_set_task_data (task, check, open_check_free);
  g_task_run_in_thread (task, open_check_thread);
}

static void
on_damaged_response_cb (CaseloadWindow   *self,
                        const char       *response,
                        AdwMessageDialog *dialog)
{
  const char *path = g_object_get_data (G_OBJECT (dialog), "path");

  if (g_strcmp0 (response, "restore") == 0)
    caseload_window_show_restore (self, path, TRUE);
  else if (g_strcmp0 (response, "open") == 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.open-database", NULL);
  else if (g_strcmp0 (response, "quit") == 0)
    gtk_window_destroy (GTK_WINDOW (self));
}

void
caseload_window_report_open_error (CaseloadWindow *self,
                                   const char     *path,
                                   const GError   *error)
{
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  gboolean damaged;

  g_return_if_fail (CASELOAD_IS_WINDOW (self));
  g_return_if_fail (error != NULL);

  damaged = g_error_matches (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_A_DATABASE)
            || g_error_matches (error, CASELOAD_ERROR, CASELOAD_ERROR_DATABASE);
  if (!damaged || path == NULL)
    {
      /* Among them the refusal of a network drive, which says why. */
      caseload_window_show_error (self, _("Could Not Open the Database"), error);
      return;
    }

  if (self->damaged_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->damaged_dialog));

  /* Translators: %1$s is what SQLite found; %2$s the file. */
  body = g_strdup_printf (_("%1$s\n\nCaseload has not changed %2$s. Restore it from a backup "
                            "(the damaged file is kept), open another database, or quit."),
                          error->message, path);
  dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                   g_error_matches (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_A_DATABASE)
                                   ? _("This File Cannot Be Opened") : _("The Database Is Damaged"),
                                   body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "quit", _("_Quit"),
                                    "open", _("_Open Another…"),
                                    "restore", _("_Restore from Backup…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "open");
  g_object_set_data_full (G_OBJECT (dialog), "path", g_strdup (path), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_damaged_response_cb), self,
                           G_CONNECT_SWAPPED);
  self->damaged_dialog = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->damaged_dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

GtkWidget *
caseload_window_get_damaged_dialog (CaseloadWindow *self)
{
  g_return_val_if_fail (CASELOAD_IS_WINDOW (self), NULL);

  return self->damaged_dialog;
}

static void
community_resources_activated (GSimpleAction *action,
                               GVariant      *parameter,
                               gpointer       user_data)
{
  CaseloadWindow *self = user_data;

  if (self->store != NULL)
    gtk_window_present (GTK_WINDOW (caseload_resources_window_new (GTK_WINDOW (self), self->store)));
}

/* The keyboard shortcuts window exists only while it is shown. GTK's own
 * help overlay (a resource at gtk/help-overlay.ui) is a hidden window that
 * lives as long as the main window, and GTK 4.8's AT-SPI root answers a
 * screen reader asking for the child just past the visible windows (the
 * count changes while a dialog closes) with the last toplevel even when
 * it is hidden; a hidden window has no object path there, and the app
 * dies on "g_variant_is_object_path: assertion 'string != NULL'". So no
 * window may stay alive hidden (see also caseload-iep-page.c). */
static void
show_help_overlay_activated (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  CaseloadWindow *self = user_data;

  if (self->help_overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_BASE "/caseload-help-overlay.ui");
      GtkWindow *overlay = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));

      gtk_window_set_transient_for (overlay, GTK_WINDOW (self));
      gtk_window_set_modal (overlay, TRUE);
      self->help_overlay = GTK_WIDGET (overlay);
      g_object_add_weak_pointer (G_OBJECT (overlay), (gpointer *) &self->help_overlay);
    }
  gtk_window_present (GTK_WINDOW (self->help_overlay));
}

static const GActionEntry win_actions[] = {
  { "search", search_activated },
  { "new-record", new_record_activated },
  { "show-page", show_page_activated, "s" },
  { "back", back_activated },
  { "primary-menu", primary_menu_activated },
  { "community-resources", community_resources_activated },
  { "create-database", create_database_activated },
  { "open-database", open_database_activated },
  { "explore-sample", explore_sample_activated },
  { "backup-now", backup_now_activated },
  { "restore-backup", restore_backup_activated },
  { "import", import_activated },
  { "export", export_activated },
  { "open-backup-folder", open_backup_folder_activated },
  { "show-help-overlay", show_help_overlay_activated },
};

/* ---- first frame --------------------------------------------------------- */

static void
on_first_frame_cb (GdkFrameClock  *clock,
                   CaseloadWindow *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_frame_cb, self);
  self->first_frame_done = TRUE;

  /* CASELOAD_BENCHMARK_FIRST_FRAME=1: print the time from
   * CASELOAD_BENCHMARK_START_US (the launcher's g_get_monotonic_time ())
   * to the first painted frame, then close. */
  if (g_getenv ("CASELOAD_BENCHMARK_FIRST_FRAME") != NULL)
    {
      const char *start = g_getenv ("CASELOAD_BENCHMARK_START_US");
      gint64 start_us = start != NULL ? g_ascii_strtoll (start, NULL, 10) : 0;

      g_print ("first-frame-ms %.1f\n", (g_get_monotonic_time () - start_us) / 1000.0);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  queue_pages (self);
}

static void
caseload_window_realize (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (caseload_window_parent_class)->realize (widget);

  g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                           G_CALLBACK (on_first_frame_cb), widget, 0);
}

/* ---- life cycle -------------------------------------------------------- */

static gboolean
caseload_window_close_request (GtkWindow *window)
{
  CaseloadWindow *self = CASELOAD_WINDOW (window);
  int width, height;

  /* No lost keystrokes: pending edits are saved before the window goes,
   * and edits that cannot be saved are never dropped without asking. */
  if (!may_leave_student (self, LEAVE_CLOSE, NULL, 0))
    return TRUE;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  if (!gtk_window_is_maximized (window) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }

  return GTK_WINDOW_CLASS (caseload_window_parent_class)->close_request (window);
}

static void
caseload_window_dispose (GObject *object)
{
  CaseloadWindow *self = CASELOAD_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->pages_idle_id, g_source_remove);
  if (self->leave_dialog != NULL)
    {
      GtkWidget *dialog = self->leave_dialog;

      g_object_remove_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->leave_dialog);
      self->leave_dialog = NULL;
      gtk_window_destroy (GTK_WINDOW (dialog));
    }
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  if (self->damaged_dialog != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->damaged_dialog), (gpointer *) &self->damaged_dialog);
  self->damaged_dialog = NULL;
  if (self->help_overlay != NULL)
    {
      GtkWidget *overlay = self->help_overlay;

      g_object_remove_weak_pointer (G_OBJECT (overlay), (gpointer *) &self->help_overlay);
      self->help_overlay = NULL;
      gtk_window_destroy (GTK_WINDOW (overlay));
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_WINDOW);

  G_OBJECT_CLASS (caseload_window_parent_class)->dispose (object);
}

static void
caseload_window_finalize (GObject *object)
{
  CaseloadWindow *self = CASELOAD_WINDOW (object);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->previous_page, g_free);
  g_clear_pointer (&self->pending_page, g_free);

  G_OBJECT_CLASS (caseload_window_parent_class)->finalize (object);
}

static void
caseload_window_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CaseloadWindow *self = CASELOAD_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_window_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CaseloadWindow *self = CASELOAD_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      caseload_window_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_window_class_init (CaseloadWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = caseload_window_dispose;
  object_class->finalize = caseload_window_finalize;
  object_class->get_property = caseload_window_get_property;
  object_class->set_property = caseload_window_set_property;
  widget_class->realize = caseload_window_realize;
  window_class->close_request = caseload_window_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         CASELOAD_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CASELOAD_TYPE_DASHBOARD_PAGE);
  g_type_ensure (CASELOAD_TYPE_STUDENTS_PAGE);
  g_type_ensure (CASELOAD_TYPE_STUDENT_PAGE);
  g_type_ensure (CASELOAD_TYPE_TEAM_PAGE);
  g_type_ensure (CASELOAD_TYPE_DEADLINES_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/caseload-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, sample_progress);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, content_box);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, signed_in_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, signed_in_avatar);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, signed_in_name);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, signed_in_role);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, dashboard_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, dashboard_badge);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, dashboard_page);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, students_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, team_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, meetings_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, deadlines_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, reports_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, progress_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, overdue_badge);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, new_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, students_page);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_folded_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_list_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_list_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_page_student_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_dashboard_show_page_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_attention_count_cb);
}

static void
caseload_window_init (CaseloadWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->settings = g_settings_new (APPLICATION_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (self), win_actions,
                                   G_N_ELEMENTS (win_actions), self);
  caseload_print_install_actions (self, self->toast_overlay);
  update_data_actions (self);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  g_signal_connect_object (self->settings, "changed::signed-in-staff-id",
                           G_CALLBACK (on_signed_in_changed_cb), self,
                           G_CONNECT_SWAPPED);

  /* Run from the build tree, the app icon is not installed yet. */
  if (!gtk_icon_theme_has_icon (gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (self))),
                                APPLICATION_ID))
    adw_status_page_set_icon_name (self->welcome_page, "system-users-symbolic");

  gtk_stack_set_visible_child_name (self->main_stack, "welcome");
  update_signed_in (self);
  update_header (self);
  /* The directory lives in a database: none open, nothing to show. */
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self),
                                                                            "community-resources")),
                               FALSE);

  /* "Show All" only where the window has the page to show. */
  caseload_dashboard_page_set_page_available (self->dashboard_page, "meetings", has_page (self, "meetings"));
  caseload_dashboard_page_set_page_available (self->dashboard_page, "reports", has_page (self, "reports"));
  caseload_dashboard_page_set_page_available (self->dashboard_page, "deadlines", has_page (self, "deadlines"));
}
