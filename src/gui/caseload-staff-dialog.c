/* caseload-staff-dialog.c: add or edit a team member.
 *
 * The dialog never touches the CaseloadStaff it was given: it fills a new
 * object from its fields, asks the store to validate it (the message names
 * the field, which gets the `error` style class) and saves it in one
 * transaction only when valid.
 */
#define G_LOG_DOMAIN "caseload-staff-dialog"

#include "config.h"

#include "caseload-staff-dialog.h"

#include <glib/gi18n-lib.h>

#define DEFAULT_ROLE "case-manager"

struct _CaseloadStaffDialog
{
  AdwWindow      parent_instance;

  CaseloadStore *store;
  CaseloadStaff *staff;     /* the one being edited, or NULL */

  GListModel    *roles;     /* CaseloadCode */
  GListStore    *schools;   /* CaseloadSchool; position 0 is "No school" */

  /* template children */
  GtkButton     *save_button;
  AdwEntryRow   *first_name_row;
  AdwEntryRow   *last_name_row;
  AdwComboRow   *role_row;
  AdwComboRow   *school_row;
  AdwEntryRow   *email_row;
  AdwEntryRow   *phone_row;
  GtkLabel      *error_label;
};

G_DEFINE_FINAL_TYPE (CaseloadStaffDialog, caseload_staff_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_STAFF,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char *
entry_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static char *
dup_stripped (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (entry_text (row)));
}

static void
clear_errors (CaseloadStaffDialog *self)
{
  GtkWidget *rows[] = {
    GTK_WIDGET (self->first_name_row), GTK_WIDGET (self->last_name_row),
    GTK_WIDGET (self->role_row), GTK_WIDGET (self->school_row),
    GTK_WIDGET (self->email_row), GTK_WIDGET (self->phone_row),
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      gtk_widget_remove_css_class (rows[i], "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (rows[i]), GTK_ACCESSIBLE_STATE_INVALID);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (rows[i]), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_label_set_text (self->error_label, "");
}

static GtkWidget *
row_for_field (CaseloadStaffDialog *self,
               const char          *field)
{
  if (field == NULL)
    return NULL;
  if (g_str_equal (field, "first-name"))
    return GTK_WIDGET (self->first_name_row);
  if (g_str_equal (field, "last-name"))
    return GTK_WIDGET (self->last_name_row);
  if (g_str_equal (field, "role"))
    return GTK_WIDGET (self->role_row);
  if (g_str_equal (field, "school-id") || g_str_equal (field, "school"))
    return GTK_WIDGET (self->school_row);
  if (g_str_equal (field, "email"))
    return GTK_WIDGET (self->email_row);
  if (g_str_equal (field, "phone"))
    return GTK_WIDGET (self->phone_row);
  return NULL;
}

static void
show_error (CaseloadStaffDialog *self,
            const char          *field,
            const char          *message)
{
  GtkWidget *row = row_for_field (self, field);

  if (row != NULL)
    {
      gtk_widget_add_css_class (row, "error");
      /* Screen readers hear the problem on the field itself. */
      gtk_accessible_update_state (GTK_ACCESSIBLE (row),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                   -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                      -1);
      gtk_widget_grab_focus (row);
    }

  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static gboolean
required_filled (CaseloadStaffDialog *self)
{
  g_autofree char *first = dup_stripped (self->first_name_row);
  g_autofree char *last = dup_stripped (self->last_name_row);

  return first[0] != '\0' && last[0] != '\0'
         && adw_combo_row_get_selected (self->role_row) != GTK_INVALID_LIST_POSITION;
}

static void
on_field_changed_cb (CaseloadStaffDialog *self)
{
  clear_errors (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), required_filled (self));
}

static CaseloadStaff *
staff_from_fields (CaseloadStaffDialog *self)
{
  g_autoptr(CaseloadStaff) staff = caseload_staff_new ();
  g_autofree char *first = dup_stripped (self->first_name_row);
  g_autofree char *last = dup_stripped (self->last_name_row);
  g_autofree char *email = dup_stripped (self->email_row);
  g_autofree char *phone = dup_stripped (self->phone_row);
  CaseloadCode *role = adw_combo_row_get_selected_item (self->role_row);
  CaseloadSchool *school = adw_combo_row_get_selected_item (self->school_row);

  if (self->staff != NULL)
    {
      caseload_staff_set_id (staff, caseload_staff_get_id (self->staff));
      caseload_staff_set_active (staff, caseload_staff_get_active (self->staff));
    }
  else
    caseload_staff_set_active (staff, TRUE);

  caseload_staff_set_first_name (staff, first);
  caseload_staff_set_last_name (staff, last);
  caseload_staff_set_role (staff, role != NULL ? caseload_code_get_code (role) : "");
  caseload_staff_set_school_id (staff, school != NULL ? caseload_school_get_id (school) : 0);
  caseload_staff_set_email (staff, email);
  caseload_staff_set_phone (staff, phone);

  return g_steal_pointer (&staff);
}

static void
on_save_button_clicked_cb (CaseloadStaffDialog *self)
{
  g_autoptr(CaseloadStaff) staff = NULL;
  g_autoptr(GError) error = NULL;
  const char *field = NULL;

  if (!required_filled (self))
    return;

  clear_errors (self);
  staff = staff_from_fields (self);

  if (!caseload_store_validate_staff (self->store, staff, &field, &error))
    {
      show_error (self, field, error->message);
      return;
    }

  if (!caseload_store_save_staff (self->store, staff, &error))
    {
      show_error (self, NULL, error->message);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, caseload_staff_get_id (staff));
  gtk_window_close (GTK_WINDOW (self));
}

static guint
find_role (GListModel *roles,
           const char *code)
{
  guint n = g_list_model_get_n_items (roles);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CaseloadCode) item = g_list_model_get_item (roles, i);

      if (g_strcmp0 (caseload_code_get_code (item), code) == 0)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

static guint
find_school (GListModel *schools,
             gint64      id)
{
  guint n = g_list_model_get_n_items (schools);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CaseloadSchool) item = g_list_model_get_item (schools, i);

      if (caseload_school_get_id (item) == id)
        return i;
    }

  return 0;
}

static void
load (CaseloadStaffDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) schools = NULL;
  g_autoptr(CaseloadSchool) none = caseload_school_new ();
  guint role_pos;

  self->roles = caseload_store_list_staff_roles (self->store, &error);
  if (self->roles == NULL)
    {
      show_error (self, "role", error->message);
      self->roles = G_LIST_MODEL (g_list_store_new (CASELOAD_TYPE_CODE));
      g_clear_error (&error);
    }

  caseload_school_set_id (none, 0);
  caseload_school_set_name (none, _("No school"));
  self->schools = g_list_store_new (CASELOAD_TYPE_SCHOOL);
  g_list_store_append (self->schools, none);

  schools = caseload_store_list_schools (self->store, &error);
  if (schools == NULL)
    show_error (self, "school", error->message);
  else
    {
      guint n = g_list_model_get_n_items (schools);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CaseloadSchool) school = g_list_model_get_item (schools, i);
          g_list_store_append (self->schools, school);
        }
    }

  adw_combo_row_set_model (self->role_row, self->roles);
  adw_combo_row_set_model (self->school_row, G_LIST_MODEL (self->schools));

  if (self->staff != NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Team Member"));
      gtk_button_set_label (self->save_button, _("Save"));

      gtk_editable_set_text (GTK_EDITABLE (self->first_name_row),
                             caseload_staff_get_first_name (self->staff));
      gtk_editable_set_text (GTK_EDITABLE (self->last_name_row),
                             caseload_staff_get_last_name (self->staff));
      gtk_editable_set_text (GTK_EDITABLE (self->email_row),
                             caseload_staff_get_email (self->staff));
      gtk_editable_set_text (GTK_EDITABLE (self->phone_row),
                             caseload_staff_get_phone (self->staff));
      role_pos = find_role (self->roles, caseload_staff_get_role (self->staff));
      adw_combo_row_set_selected (self->school_row,
                                  find_school (G_LIST_MODEL (self->schools),
                                               caseload_staff_get_school_id (self->staff)));
    }
  else
    {
      role_pos = find_role (self->roles, DEFAULT_ROLE);
      adw_combo_row_set_selected (self->school_row, 0);
    }

  if (role_pos == GTK_INVALID_LIST_POSITION && g_list_model_get_n_items (self->roles) > 0)
    role_pos = 0;
  adw_combo_row_set_selected (self->role_row, role_pos);

  on_field_changed_cb (self);
}

static void
caseload_staff_dialog_constructed (GObject *object)
{
  CaseloadStaffDialog *self = CASELOAD_STAFF_DIALOG (object);

  G_OBJECT_CLASS (caseload_staff_dialog_parent_class)->constructed (object);

  if (self->store != NULL)
    load (self);
}

static void
caseload_staff_dialog_dispose (GObject *object)
{
  CaseloadStaffDialog *self = CASELOAD_STAFF_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->staff);
  g_clear_object (&self->roles);
  g_clear_object (&self->schools);

  G_OBJECT_CLASS (caseload_staff_dialog_parent_class)->dispose (object);
}

static void
caseload_staff_dialog_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  CaseloadStaffDialog *self = CASELOAD_STAFF_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_STAFF:
      g_value_set_object (value, self->staff);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_staff_dialog_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  CaseloadStaffDialog *self = CASELOAD_STAFF_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_STAFF:
      self->staff = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_staff_dialog_class_init (CaseloadStaffDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = caseload_staff_dialog_constructed;
  object_class->dispose = caseload_staff_dialog_dispose;
  object_class->get_property = caseload_staff_dialog_get_property;
  object_class->set_property = caseload_staff_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         CASELOAD_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STAFF] =
    g_param_spec_object ("staff", NULL, NULL,
                         CASELOAD_TYPE_STAFF,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CaseloadStaffDialog::saved:
   * @id: the saved staff member's id
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (CASELOAD_TYPE_CODE);
  g_type_ensure (CASELOAD_TYPE_SCHOOL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/caseload-staff-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadStaffDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStaffDialog, first_name_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStaffDialog, last_name_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStaffDialog, role_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStaffDialog, school_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStaffDialog, email_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStaffDialog, phone_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStaffDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_button_clicked_cb);
}

static void
caseload_staff_dialog_init (CaseloadStaffDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
caseload_staff_dialog_new (GtkWindow     *parent,
                           CaseloadStore *store,
                           CaseloadStaff *staff_or_null)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CASELOAD_IS_STORE (store), NULL);
  g_return_val_if_fail (staff_or_null == NULL || CASELOAD_IS_STAFF (staff_or_null), NULL);

  return g_object_new (CASELOAD_TYPE_STAFF_DIALOG,
                       "transient-for", parent,
                       "store", store,
                       "staff", staff_or_null,
                       NULL);
}
