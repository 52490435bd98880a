/* caseload-print-period-dialog.c: the reporting periods whose progress
 * report has been started, as a choice. */
#define G_LOG_DOMAIN "caseload-print-period-dialog"

#include "config.h"

#include "caseload-print-period-dialog.h"

#include "caseload-date.h"
#include "caseload-progress-report.h"

#include <glib/gi18n.h>

struct _CaseloadPrintPeriodDialog
{
  AdwMessageDialog parent_instance;

  gint64           student_id;
  gboolean         save;
  GArray          *numbers;     /* int, parallel to periods */

  /* template children */
  AdwComboRow     *period_row;
  GtkStringList   *periods;
};

G_DEFINE_FINAL_TYPE (CaseloadPrintPeriodDialog, caseload_print_period_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum
{
  SIGNAL_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_response_cb (CaseloadPrintPeriodDialog *self,
                const char                *response)
{
  guint selected = adw_combo_row_get_selected (self->period_row);

  if (g_strcmp0 (response, "go") == 0 && selected < self->numbers->len)
    g_signal_emit (self, signals[SIGNAL_CHOSEN], 0,
                   g_array_index (self->numbers, int, selected), self->save);
}

static void
caseload_print_period_dialog_finalize (GObject *object)
{
  CaseloadPrintPeriodDialog *self = CASELOAD_PRINT_PERIOD_DIALOG (object);

  g_array_unref (self->numbers);

  G_OBJECT_CLASS (caseload_print_period_dialog_parent_class)->finalize (object);
}

static void
caseload_print_period_dialog_class_init (CaseloadPrintPeriodDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = caseload_print_period_dialog_finalize;

  signals[SIGNAL_CHOSEN] =
    g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT, G_TYPE_BOOLEAN);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/caseload-print-period-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadPrintPeriodDialog, period_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPrintPeriodDialog, periods);
  gtk_widget_class_bind_template_callback (widget_class, on_response_cb);
}

static void
caseload_print_period_dialog_init (CaseloadPrintPeriodDialog *self)
{
  self->numbers = g_array_new (FALSE, FALSE, sizeof (int));
  gtk_widget_init_template (GTK_WIDGET (self));
}

CaseloadPrintPeriodDialog *
caseload_print_period_dialog_new (GtkWindow  *parent,
                                  gint64      student_id,
                                  GListModel *reports,
                                  gboolean    save)
{
  CaseloadPrintPeriodDialog *self = g_object_new (CASELOAD_TYPE_PRINT_PERIOD_DIALOG,
                                                  "transient-for", parent,
                                                  NULL);
  guint last = 0;

  self->student_id = student_id;
  self->save = save;
  for (guint i = 0; reports != NULL && i < g_list_model_get_n_items (reports); i++)
    {
      g_autoptr(CaseloadProgressReport) report = g_list_model_get_item (reports, i);
      int number = caseload_progress_report_get_period_number (report);
      g_autofree char *end = NULL;
      g_autofree char *label = NULL;

      if (caseload_progress_report_get_id (report) == 0)
        continue;  /* not started: nothing to print */
      {
        GDate date;

        const char *iso = caseload_progress_report_get_period_end_date (report);

        end = iso != NULL && caseload_date_parse_iso (iso, &date)
          ? caseload_date_to_display (&date) : g_strdup ("");
      }
      /* Translators: a reporting period in the print dialog: number, end date */
      label = *end != '\0' ? g_strdup_printf (_("Period %d, ending %s"), number, end)
                           : g_strdup_printf (_("Period %d"), number);
      gtk_string_list_append (self->periods, label);
      g_array_append_val (self->numbers, number);
      last = self->numbers->len - 1;
    }
  /* the latest started report is the one usually wanted */
  adw_combo_row_set_selected (self->period_row, last);
  adw_message_dialog_set_response_label (ADW_MESSAGE_DIALOG (self), "go",
                                         save ? _("_Save as PDF…") : _("_Print…"));
  if (self->numbers->len == 0)
    {
      adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self),
                                   _("No progress report has been started for this IEP yet. Start one on the Progress tab."));
      adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "go", FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->period_row), FALSE);
    }
  return self;
}

gint64
caseload_print_period_dialog_get_student_id (CaseloadPrintPeriodDialog *self)
{
  g_return_val_if_fail (CASELOAD_IS_PRINT_PERIOD_DIALOG (self), 0);

  return self->student_id;
}

guint
caseload_print_period_dialog_get_n_periods (CaseloadPrintPeriodDialog *self)
{
  g_return_val_if_fail (CASELOAD_IS_PRINT_PERIOD_DIALOG (self), 0);

  return self->numbers->len;
}
