#define G_LOG_DOMAIN "caseload-entry-row"

#include "config.h"

#include "caseload-entry-row.h"

char *
caseload_entry_row_dup_text (AdwEntryRow *row)
{
  g_return_val_if_fail (ADW_IS_ENTRY_ROW (row), NULL);

  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

void
caseload_entry_row_name_field (AdwEntryRow *row,
                               const char  *label)
{
  GtkEditable *field;

  g_return_if_fail (ADW_IS_ENTRY_ROW (row));

  field = gtk_editable_get_delegate (GTK_EDITABLE (row));
  if (field != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (field),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    label != NULL ? label : adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                                    -1);
}
