/* caseload-history-row.c: one change in the History view: what changed as
 * the title; the time, who and the section below it. */
#define G_LOG_DOMAIN "caseload-history-row"

#include "config.h"

#include "caseload-history-row.h"

#include <glib/gi18n.h>

struct _CaseloadHistoryRow
{
  AdwActionRow          parent_instance;

  CaseloadHistoryEntry *entry;

  /* template children */
  GtkLabel             *section_label;
};

G_DEFINE_FINAL_TYPE (CaseloadHistoryRow, caseload_history_row, ADW_TYPE_ACTION_ROW)

static void
caseload_history_row_finalize (GObject *object)
{
  CaseloadHistoryRow *self = CASELOAD_HISTORY_ROW (object);

  g_clear_object (&self->entry);

  G_OBJECT_CLASS (caseload_history_row_parent_class)->finalize (object);
}

static void
caseload_history_row_class_init (CaseloadHistoryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = caseload_history_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/caseload-history-row.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadHistoryRow, section_label);
}

static void
caseload_history_row_init (CaseloadHistoryRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
caseload_history_row_new (CaseloadHistoryEntry *entry)
{
  CaseloadHistoryRow *self;
  g_autofree char *time = NULL;
  g_autofree char *subtitle = NULL;
  const char *who;

  g_return_val_if_fail (CASELOAD_IS_HISTORY_ENTRY (entry), NULL);

  self = g_object_new (CASELOAD_TYPE_HISTORY_ROW, NULL);
  self->entry = g_object_ref (entry);

  time = caseload_history_entry_dup_time (entry);
  who = caseload_history_entry_get_staff_name (entry);
  if (*who == '\0')
    who = _("nobody signed in");
  /* Translators: when and by whom a change was made: "15:04 · Luis Chen". */
  subtitle = g_strdup_printf (_("%s · %s"), time, who);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), caseload_history_entry_get_summary (entry));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
  gtk_label_set_label (self->section_label,
                       caseload_history_section_name (caseload_history_entry_get_section (entry)));

  return GTK_WIDGET (self);
}

CaseloadHistoryEntry *
caseload_history_row_get_entry (CaseloadHistoryRow *self)
{
  g_return_val_if_fail (CASELOAD_IS_HISTORY_ROW (self), NULL);

  return self->entry;
}
