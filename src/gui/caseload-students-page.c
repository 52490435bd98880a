/* caseload-students-page.c: the student list
 *
 * store -> GtkSortListModel (the column view's sorter) ->
 * GtkFilterListModel (type-to-filter on search-text, archived on request)
 * -> GtkSingleSelection -> GtkColumnView, all declared in the template.
 * Sorting comes first so that a keystroke only refilters: re-sorting what
 * the filter lets through cost ~150 ms a keystroke on 10 000 students.
 * The filter is not incremental: in GTK 4.8 a chunked refilter first
 * empties the view and re-adds the rows chunk by chunk, which measured
 * slower per keystroke and ~3x the CPU (tests/ui/bench-ui). What the view
 * costs is its ~200 rows x 8 cells being rebuilt, so the cells are cheap
 * GtkInscriptions bound to the item by one closure each.
 * The list is read on a worker thread with its own connection, once the
 * page has been drawn, so the window shows at once and stays responsive.
 */
#define G_LOG_DOMAIN "caseload-students-page"

#include "config.h"

#include "caseload-students-page.h"

#include "caseload-date.h"
#include "caseload-student-dialog.h"

#include <adwaita.h>
#include <glib/gi18n.h>

struct _CaseloadStudentsPage
{
  GtkWidget           parent_instance;

  CaseloadStore      *store;
  GListModel         *students;
  GtkCustomFilter    *filter;
  char               *needle;       /* folded search text */
  gboolean            show_archived;
  gboolean            dirty;        /* the store changed while unmapped */
  gulong              after_paint_id;
  guint               reload_id;
  guint               generation;   /* of the latest load; older ones are dropped */
  gboolean            loading;
  GCancellable       *cancellable;

  /* template children */
  GtkStack           *stack;
  GtkStack           *results_stack;
  GtkSearchEntry     *search_entry;
  GtkToggleButton    *archived_toggle;
  GtkLabel           *count_label;
  GtkSpinner         *spinner;
  GtkColumnView      *column_view;
  GtkColumnViewColumn *name_column;
  GtkFilterListModel *filter_model;
  GtkSortListModel   *sort_model;
  GtkSingleSelection *selection;
};

G_DEFINE_FINAL_TYPE (CaseloadStudentsPage, caseload_students_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_LOADING,
  N_PROPS
};

enum {
  STUDENT_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* ---- cells and sort keys (closures named in the template) -------------- */

static int
student_grade_rank (CaseloadStudent *student)
{
  return student != NULL ? caseload_student_get_grade_rank (student) : G_MAXINT;
}

static int
student_deadline_days (CaseloadStudent *student)
{
  /* Students with no deadline sort after every dated one. */
  if (student == NULL || caseload_student_get_next_deadline_kind (student)[0] == '\0')
    return G_MAXINT;

  return caseload_student_get_next_deadline_days (student);
}

/* Cells bind to the item alone (one expression watch each): the students
 * never change in place, a change in the store reloads the list. */
static char *
name_text (GtkWidget       *cell,
           CaseloadStudent *student)
{
  return student != NULL ? caseload_student_dup_sort_name (student) : g_strdup ("");
}

static char *
number_text (GtkWidget       *cell,
             CaseloadStudent *student)
{
  return g_strdup (student != NULL ? caseload_student_get_student_number (student) : "");
}

static char *
grade_text (GtkWidget       *cell,
            CaseloadStudent *student)
{
  return g_strdup (student != NULL ? caseload_student_get_grade (student) : "");
}

static char *
school_text (GtkWidget       *cell,
             CaseloadStudent *student)
{
  return g_strdup (student != NULL ? caseload_student_get_school_name (student) : "");
}

static char *
disability_text (GtkWidget       *cell,
                 CaseloadStudent *student)
{
  const char *name = student != NULL ? caseload_student_get_primary_disability_name (student) : NULL;

  return g_strdup (name != NULL && name[0] != '\0' ? name : C_("disability", "None"));
}

static char *
case_manager_text (GtkWidget       *cell,
                   CaseloadStudent *student)
{
  const char *name = student != NULL ? caseload_student_get_case_manager_name (student) : NULL;

  return g_strdup (name != NULL && name[0] != '\0' ? name : C_("case manager", "None"));
}

static GStrv
case_manager_css_classes (GtkWidget       *cell,
                          CaseloadStudent *student)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char *name = student != NULL ? caseload_student_get_case_manager_name (student) : NULL;

  if (student != NULL && (name == NULL || name[0] == '\0'))
    g_strv_builder_add (builder, "error");

  return g_strv_builder_end (builder);
}

/* "Overdue by 3 days", "Due in 12 days", "Due 01/04/2027"; NULL when the
 * student has no deadline. */
static char *
describe_deadline_status (CaseloadStudent *student)
{
  CaseloadRuleSettings settings;
  GDate due;
  int days;

  if (student == NULL || caseload_student_get_next_deadline_kind (student)[0] == '\0')
    return NULL;

  g_date_clear (&due, 1);
  caseload_date_parse_iso (caseload_student_get_next_deadline_date (student), &due);
  days = caseload_student_get_next_deadline_days (student);

  /* The store already decided the status with the district's settings;
   * word it the same way by giving the describer a matching threshold. */
  caseload_rule_settings_init_defaults (&settings);
  switch (caseload_student_get_next_deadline_status (student))
    {
    case CASELOAD_DEADLINE_STATUS_LATER:
      settings.due_soon_days = MIN (settings.due_soon_days, days - 1);
      break;
    case CASELOAD_DEADLINE_STATUS_DUE_SOON:
      settings.due_soon_days = MAX (settings.due_soon_days, days);
      break;
    default:
      break;
    }

  return caseload_deadline_describe_status (&settings, &due, days);
}

static const char *
deadline_kind_label (CaseloadStudent *student)
{
  CaseloadDeadlineKind kind;

  if (student == NULL
      || !caseload_deadline_kind_from_key (caseload_student_get_next_deadline_kind (student), &kind))
    return NULL;

  return caseload_deadline_kind_to_label (kind);
}

char *
caseload_students_page_describe_deadline (CaseloadStudent *student)
{
  const char *kind;
  g_autofree char *status = NULL;

  g_return_val_if_fail (student == NULL || CASELOAD_IS_STUDENT (student), NULL);

  kind = deadline_kind_label (student);
  if (kind == NULL)
    return NULL;

  status = describe_deadline_status (student);

  /* Translators: a deadline and its status, "Annual review · Overdue by 3 days". */
  return g_strdup_printf (_("%s · %s"), kind, status);
}

/* The "Next deadline" column: what is due ("Annual review"). */
static char *
deadline_kind_text (GtkWidget       *label,
                    CaseloadStudent *student)
{
  const char *kind = deadline_kind_label (student);

  return g_strdup (kind != NULL ? kind : C_("deadline", "None"));
}

/* Sorts the "Next deadline" column by what is due, then by when. */
static char *
deadline_kind_sort_key (CaseloadStudent *student)
{
  const char *kind = deadline_kind_label (student);

  /* U+FFFF sorts students with no deadline last. */
  return g_strdup (kind != NULL ? kind : "\xef\xbf\xbf");
}

/* The "Due" column: when, in words ("Overdue by 3 days"). */
static char *
deadline_status_text (GtkWidget       *label,
                      CaseloadStudent *student)
{
  char *text = describe_deadline_status (student);

  return text != NULL ? text : g_strdup ("");
}

static GStrv
deadline_kind_css_classes (GtkWidget       *label,
                           CaseloadStudent *student)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (deadline_kind_label (student) == NULL)
    g_strv_builder_add (builder, "dim-label");

  return g_strv_builder_end (builder);
}

static GStrv
deadline_css_classes (GtkWidget       *label,
                      CaseloadStudent *student)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (student != NULL && caseload_student_get_next_deadline_kind (student)[0] != '\0')
    {
      switch (caseload_student_get_next_deadline_status (student))
        {
        case CASELOAD_DEADLINE_STATUS_OVERDUE:
          g_strv_builder_add (builder, "overdue");
          break;
        case CASELOAD_DEADLINE_STATUS_DUE_SOON:
          g_strv_builder_add (builder, "due-soon");
          break;
        default:
          break;
        }
    }
  else
    {
      g_strv_builder_add (builder, "dim-label");
    }

  return g_strv_builder_end (builder);
}

/* ---- filtering --------------------------------------------------------- */

static gboolean
filter_student (gpointer item,
                gpointer user_data)
{
  CaseloadStudentsPage *self = user_data;
  CaseloadStudent *student = item;

  if (!self->show_archived)
    {
      const char *status = caseload_student_get_status (student);

      if (strcmp (status, "archived") == 0 || strcmp (status, "exited") == 0)
        return FALSE;
    }

  if (self->needle == NULL)
    return TRUE;

  return strstr (caseload_student_get_search_text (student), self->needle) != NULL;
}

static void
update_count (CaseloadStudentsPage *self)
{
  guint shown, total;
  g_autofree char *text = NULL;

  /* Models emit while the template is taken down. */
  if (self->filter_model == NULL)
    return;

  shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  total = self->students != NULL ? g_list_model_get_n_items (self->students) : 0;

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u student", "%u students", shown), shown);
  gtk_label_set_text (self->count_label, text);

  gtk_stack_set_visible_child_name (self->stack,
                                    total > 0 || self->store == NULL || self->loading ? "list" : "empty");
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), self->loading);
  gtk_spinner_set_spinning (self->spinner, self->loading);
  gtk_stack_set_visible_child_name (self->results_stack, shown > 0 || total == 0 ? "results" : "no-results");
}

static void
on_filter_model_items_changed_cb (CaseloadStudentsPage *self)
{
  update_count (self);
}

void
caseload_students_page_set_search_text (CaseloadStudentsPage *self,
                                        const char           *text)
{
  g_autofree char *needle = NULL;
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  g_return_if_fail (CASELOAD_IS_STUDENTS_PAGE (self));

  /* Fold once per keystroke; the haystacks are folded once per student. */
  if (text != NULL && text[0] != '\0')
    {
      g_autofree char *stripped = g_strstrip (g_strdup (text));

      if (stripped[0] != '\0')
        needle = caseload_fold_for_search (stripped);
    }

  if (g_strcmp0 (needle, self->needle) == 0)
    return;

  if (self->needle == NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (needle == NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else if (strstr (needle, self->needle) != NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (strstr (self->needle, needle) != NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;

  g_free (self->needle);
  self->needle = g_steal_pointer (&needle);
  gtk_filter_changed (GTK_FILTER (self->filter), change);
}

static void
on_search_entry_search_changed_cb (CaseloadStudentsPage *self,
                                   GtkSearchEntry       *entry)
{
  caseload_students_page_set_search_text (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
on_search_entry_stop_search_cb (CaseloadStudentsPage *self,
                                GtkSearchEntry       *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  caseload_students_page_set_search_text (self, NULL);
}

static void
on_archived_toggle_toggled_cb (CaseloadStudentsPage *self,
                               GtkToggleButton      *toggle)
{
  gboolean show = gtk_toggle_button_get_active (toggle);

  if (show == self->show_archived)
    return;

  self->show_archived = show;
  gtk_filter_changed (GTK_FILTER (self->filter),
                      show ? GTK_FILTER_CHANGE_LESS_STRICT : GTK_FILTER_CHANGE_MORE_STRICT);
}

/* ---- loading ----------------------------------------------------------- */

static void
set_loading (CaseloadStudentsPage *self,
             gboolean              loading)
{
  if (self->loading == loading)
    return;

  self->loading = loading;
  update_count (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
show_load_error (CaseloadStudentsPage *self,
                 const GError         *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              _("Could Not Load the Students"),
                                              error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
list_students_thread (GTask        *task,
                      gpointer      source_object,
                      gpointer      task_data,
                      GCancellable *cancellable)
{
  const char *path = task_data;
  g_autoptr(CaseloadStore) store = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *students;

  /* Its own connection: never share one with the GUI thread. */
  store = caseload_store_open (path, CASELOAD_STORE_OPEN_DEFAULT, &error);
  if (store == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* All of them, archived and exited too: the filter hides those unless
   * "Show archived" is on, so they stay findable. */
  students = caseload_store_list_students (store, CASELOAD_STUDENT_LIST_ALL, NULL, &error);
  if (students == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* Fold every haystack here, once, not on the first keystroke. */
  for (guint i = 0; i < g_list_model_get_n_items (students); i++)
    {
      g_autoptr(CaseloadStudent) student = g_list_model_get_item (students, i);

      caseload_student_get_search_text (student);
    }

  g_task_return_pointer (task, students, g_object_unref);
}

static void
on_students_listed_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  CaseloadStudentsPage *self = CASELOAD_STUDENTS_PAGE (source);
  guint generation = GPOINTER_TO_UINT (user_data);
  g_autoptr(GListModel) students = NULL;
  g_autoptr(GError) error = NULL;

  students = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || generation != self->generation)
    return;

  if (students == NULL)
    show_load_error (self, error);

  g_set_object (&self->students, students);
  gtk_sort_list_model_set_model (self->sort_model, students);
  set_loading (self, FALSE);
  update_count (self);
}

static void
reload (CaseloadStudentsPage *self)
{
  g_autoptr(GTask) task = NULL;

  self->dirty = FALSE;
  self->generation++;

  if (self->store == NULL)
    {
      g_clear_object (&self->students);
      gtk_sort_list_model_set_model (self->sort_model, NULL);
      set_loading (self, FALSE);
      update_count (self);
      return;
    }

  set_loading (self, TRUE);

  /* Not shown yet: read the list once the page has been drawn (map ()), so
   * that the worker does not compete with the window's first frame. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->dirty = TRUE;
      return;
    }

  task = g_task_new (self, self->cancellable, on_students_listed_cb, GUINT_TO_POINTER (self->generation));
  g_task_set_source_tag (task, reload);
  g_task_set_task_data (task, g_strdup (caseload_store_get_path (self->store)), g_free);
  g_task_run_in_thread (task, list_students_thread);
}

static gboolean
reload_idle_cb (gpointer user_data)
{
  CaseloadStudentsPage *self = user_data;

  self->reload_id = 0;
  reload (self);

  return G_SOURCE_REMOVE;
}

static void
on_store_changed_cb (CaseloadStudentsPage *self,
                     const char           *table)
{
  /* Names, teams and deadlines all show in the list. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->dirty = TRUE;
      return;
    }

  if (self->reload_id == 0)
    self->reload_id = g_idle_add (reload_idle_cb, self);
}

static void
on_frame_clock_after_paint_cb (CaseloadStudentsPage *self,
                               GdkFrameClock        *clock)
{
  g_clear_signal_handler (&self->after_paint_id, clock);

  if (self->dirty && gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload (self);
}

static void
caseload_students_page_map (GtkWidget *widget)
{
  CaseloadStudentsPage *self = CASELOAD_STUDENTS_PAGE (widget);
  GdkFrameClock *clock;

  GTK_WIDGET_CLASS (caseload_students_page_parent_class)->map (widget);

  if (!self->dirty || self->after_paint_id != 0)
    return;

  /* Reload after the frame that shows the page (and its spinner). */
  clock = gtk_widget_get_frame_clock (widget);
  if (clock != NULL)
    self->after_paint_id = g_signal_connect_object (clock, "after-paint",
                                                    G_CALLBACK (on_frame_clock_after_paint_cb), self,
                                                    G_CONNECT_SWAPPED);
  else
    reload (self);
}

CaseloadStore *
caseload_students_page_get_store (CaseloadStudentsPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_STUDENTS_PAGE (self), NULL);

  return self->store;
}

void
caseload_students_page_set_store (CaseloadStudentsPage *self,
                                  CaseloadStore        *store)
{
  g_return_if_fail (CASELOAD_IS_STUDENTS_PAGE (self));
  g_return_if_fail (store == NULL || CASELOAD_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self,
                             G_CONNECT_SWAPPED);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  g_clear_object (&self->students);
  gtk_sort_list_model_set_model (self->sort_model, NULL);
  reload (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "students.new", store != NULL);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

gboolean
caseload_students_page_get_loading (CaseloadStudentsPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_STUDENTS_PAGE (self), FALSE);

  return self->loading;
}

GListModel *
caseload_students_page_get_model (CaseloadStudentsPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_STUDENTS_PAGE (self), NULL);

  return G_LIST_MODEL (self->selection);
}

GtkColumnView *
caseload_students_page_get_column_view (CaseloadStudentsPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_STUDENTS_PAGE (self), NULL);

  return self->column_view;
}

/* ---- actions ----------------------------------------------------------- */

static void
on_column_view_activate_cb (CaseloadStudentsPage *self,
                            guint                 position)
{
  g_autoptr(CaseloadStudent) student = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (student != NULL)
    g_signal_emit (self, signals[STUDENT_ACTIVATED], 0, caseload_student_get_id (student));
}

static void
on_search_entry_activate_cb (CaseloadStudentsPage *self)
{
  /* Enter in the search opens the first match. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    on_column_view_activate_cb (self, 0);
}

void
caseload_students_page_start_search (CaseloadStudentsPage *self)
{
  g_return_if_fail (CASELOAD_IS_STUDENTS_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
on_student_added_cb (CaseloadStudentsPage *self,
                     gint64                student_id)
{
  g_signal_emit (self, signals[STUDENT_ACTIVATED], 0, student_id);
}

void
caseload_students_page_new_record (CaseloadStudentsPage *self)
{
  GtkRoot *root;
  CaseloadStudentDialog *dialog;

  g_return_if_fail (CASELOAD_IS_STUDENTS_PAGE (self));

  if (self->store == NULL)
    return;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = caseload_student_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store);
  g_signal_connect_object (dialog, "student-added", G_CALLBACK (on_student_added_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_undo_archive_cb (AdwToast             *toast,
                    CaseloadStudentsPage *self)
{
  CaseloadStore *store = g_object_get_data (G_OBJECT (toast), "store");
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (toast), "student-id"));
  g_autoptr(GError) error = NULL;

  if (!caseload_store_restore_student (store, id, &error))
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
      GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                  _("Could Not Restore the Student"),
                                                  error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

static void
show_toast (GtkWidget *widget,
            AdwToast  *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

void
caseload_students_page_archive_selected (CaseloadStudentsPage *self)
{
  CaseloadStudent *student;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  g_return_if_fail (CASELOAD_IS_STUDENTS_PAGE (self));

  student = gtk_single_selection_get_selected_item (self->selection);
  if (self->store == NULL || student == NULL)
    return;

  if (g_strcmp0 (caseload_student_get_status (student), "archived") == 0)
    return;

  name = caseload_student_dup_full_name (student);
  if (!caseload_store_archive_student (self->store, caseload_student_get_id (student), &error))
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
      GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                  _("Could Not Archive the Student"),
                                                  error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  /* Translators: %s is a student's name. */
  title = g_strdup_printf (_("%s archived"), name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "store", g_object_ref (self->store), g_object_unref);
  g_object_set_data (G_OBJECT (toast), "student-id",
                     GSIZE_TO_POINTER ((gsize) caseload_student_get_id (student)));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_archive_cb), self, 0);
  show_toast (GTK_WIDGET (self), toast);
}

static void
new_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  caseload_students_page_new_record (CASELOAD_STUDENTS_PAGE (widget));
}

static void
archive_selected_activated (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  caseload_students_page_archive_selected (CASELOAD_STUDENTS_PAGE (widget));
}

/* ---- life cycle -------------------------------------------------------- */

static void
caseload_students_page_dispose (GObject *object)
{
  CaseloadStudentsPage *self = CASELOAD_STUDENTS_PAGE (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->after_paint_id != 0 && gtk_widget_get_frame_clock (GTK_WIDGET (self)) != NULL)
    g_clear_signal_handler (&self->after_paint_id, gtk_widget_get_frame_clock (GTK_WIDGET (self)));
  g_cancellable_cancel (self->cancellable);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_STUDENTS_PAGE);

  g_clear_object (&self->store);
  g_clear_object (&self->students);
  g_clear_object (&self->filter);

  G_OBJECT_CLASS (caseload_students_page_parent_class)->dispose (object);
}

static void
caseload_students_page_finalize (GObject *object)
{
  CaseloadStudentsPage *self = CASELOAD_STUDENTS_PAGE (object);

  g_clear_pointer (&self->needle, g_free);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (caseload_students_page_parent_class)->finalize (object);
}

static void
caseload_students_page_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  CaseloadStudentsPage *self = CASELOAD_STUDENTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_students_page_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  CaseloadStudentsPage *self = CASELOAD_STUDENTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      caseload_students_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_students_page_class_init (CaseloadStudentsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_students_page_dispose;
  object_class->finalize = caseload_students_page_finalize;
  object_class->get_property = caseload_students_page_get_property;
  object_class->set_property = caseload_students_page_set_property;
  widget_class->map = caseload_students_page_map;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         CASELOAD_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[STUDENT_ACTIVATED] =
    g_signal_new ("student-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_install_action (widget_class, "students.new", NULL, new_activated);
  gtk_widget_class_install_action (widget_class, "students.archive-selected", NULL,
                                   archive_selected_activated);
  /* Delete archives (with Undo); bound here, not as an application
   * accelerator, so Delete still deletes text in the search entry. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0,
                                       "students.archive-selected", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0,
                                       "students.archive-selected", NULL);

  /* The template's expressions name the model class. */
  g_type_ensure (CASELOAD_TYPE_STUDENT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/caseload-students-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentsPage, results_stack);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentsPage, archived_toggle);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentsPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentsPage, name_column);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentsPage, filter_model);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentsPage, sort_model);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStudentsPage, selection);
  gtk_widget_class_bind_template_callback (widget_class, student_grade_rank);
  gtk_widget_class_bind_template_callback (widget_class, student_deadline_days);
  gtk_widget_class_bind_template_callback (widget_class, name_text);
  gtk_widget_class_bind_template_callback (widget_class, number_text);
  gtk_widget_class_bind_template_callback (widget_class, grade_text);
  gtk_widget_class_bind_template_callback (widget_class, school_text);
  gtk_widget_class_bind_template_callback (widget_class, disability_text);
  gtk_widget_class_bind_template_callback (widget_class, case_manager_text);
  gtk_widget_class_bind_template_callback (widget_class, case_manager_css_classes);
  gtk_widget_class_bind_template_callback (widget_class, deadline_kind_text);
  gtk_widget_class_bind_template_callback (widget_class, deadline_kind_sort_key);
  gtk_widget_class_bind_template_callback (widget_class, deadline_status_text);
  gtk_widget_class_bind_template_callback (widget_class, deadline_css_classes);
  gtk_widget_class_bind_template_callback (widget_class, deadline_kind_css_classes);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_model_items_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_archived_toggle_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate_cb);
}

static void
caseload_students_page_init (CaseloadStudentsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->filter = gtk_custom_filter_new (filter_student, self, NULL);
  gtk_filter_list_model_set_filter (self->filter_model, GTK_FILTER (self->filter));
  gtk_sort_list_model_set_sorter (self->sort_model, gtk_column_view_get_sorter (self->column_view));
  gtk_column_view_sort_by_column (self->column_view, self->name_column, GTK_SORT_ASCENDING);

  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "students.new", FALSE);
  update_count (self);
}
