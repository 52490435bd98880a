/* caseload-report-sent-dialog.c: when and how a progress report went home
 *
 * A date (today unless changed; anything caseload_date_parse_user reads)
 * and one of the four methods the database knows. "Mark as Sent" stays
 * disabled while the date cannot be read, with the reason under it.
 *
 * Copyright 2026 The Caseload Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "caseload-report-sent-dialog"

#include "config.h"

#include "caseload-report-sent-dialog.h"

#include "caseload-entry-row.h"
#include "caseload-date.h"
#include "caseload-error.h"

#include <glib/gi18n.h>

/* Parallel to the "methods" list in the template. */
static const char * const method_codes[] = { "in-person", "mail", "email", "backpack" };

struct _CaseloadReportSentDialog
{
  AdwMessageDialog  parent_instance;

  /* template children */
  AdwEntryRow      *date_row;
  AdwComboRow      *method_row;
  GtkLabel         *error_label;
};

G_DEFINE_FINAL_TYPE (CaseloadReportSentDialog, caseload_report_sent_dialog, ADW_TYPE_MESSAGE_DIALOG)

const char *
caseload_report_sent_method_phrase (const char *method)
{
  if (g_strcmp0 (method, "in-person") == 0)
    return _("in person");
  if (g_strcmp0 (method, "mail") == 0)
    return _("by mail");
  if (g_strcmp0 (method, "email") == 0)
    return _("by email");
  if (g_strcmp0 (method, "backpack") == 0)
    return _("in the backpack");
  return "";
}

char *
caseload_report_status_text (CaseloadProgressReport  *report,
                             const char             **css_class)
{
  const char *status = caseload_progress_report_get_status (report);
  int n_goals = caseload_progress_report_get_n_goals (report);
  int n_coded = caseload_progress_report_get_n_coded (report);
  const char *klass;
  char *text;
  GDate date;

  if (g_strcmp0 (status, "sent") == 0)
    {
      g_autofree char *when = NULL;

      if (caseload_date_parse_iso (caseload_progress_report_get_sent_date (report), &date))
        when = caseload_date_to_display (&date);
      else
        when = g_strdup (caseload_progress_report_get_sent_date (report));
      /* Translators: "Sent 3/14/2027 by mail"; the second %s is "by
       * mail", "by email", "in person" or "in the backpack". */
      text = g_strdup_printf (_("Sent %s %s"), when,
                              caseload_report_sent_method_phrase (caseload_progress_report_get_sent_method (report)));
      klass = "success";
    }
  else if (caseload_progress_report_get_locked (report))
    {
      text = g_strdup (_("Locked"));
      klass = "accent";
    }
  else if (n_goals > 0 && n_coded >= n_goals)
    {
      text = g_strdup (_("Complete"));
      klass = "accent";
    }
  else if (n_coded > 0)
    {
      /* Translators: "In progress — 2 of 4 goals coded". */
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "In progress — %d of %d goal coded",
                                           "In progress — %d of %d goals coded",
                                           n_goals),
                              n_coded, n_goals);
      klass = "warning";
    }
  else
    {
      GDate today;

      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Not started — %d of %d goal coded",
                                           "Not started — %d of %d goals coded",
                                           n_goals),
                              n_coded, n_goals);
      caseload_date_set_today (&today);
      /* Red only once the period has ended. */
      klass = caseload_date_parse_iso (caseload_progress_report_get_period_end_date (report), &date)
              && g_date_compare (&date, &today) > 0 ? "" : "error";
    }

  if (css_class != NULL)
    *css_class = klass;
  return text;
}

static gboolean
read_date (CaseloadReportSentDialog  *self,
           GDate                     *date,
           GError                   **error)
{
  return caseload_date_parse_user (gtk_editable_get_text (GTK_EDITABLE (self->date_row)),
                                   NULL, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->date_row)),
                                   date, error);
}

static void
on_date_row_changed_cb (CaseloadReportSentDialog *self)
{
  g_autoptr(GError) error = NULL;
  GDate date;
  gboolean valid = read_date (self, &date, &error);

  if (valid)
    {
      GDate today;

      caseload_date_set_today (&today);
      if (g_date_compare (&date, &today) > 0)
        {
          valid = FALSE;
          g_set_error_literal (&error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                               _("Date sent: the date is in the future"));
        }
    }

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "sent", valid);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), !valid);
  if (valid)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->date_row), "error");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->date_row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
  else
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->date_row), "error");
      gtk_label_set_text (self->error_label, error->message);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->date_row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, error->message,
                                      -1);
    }
}

CaseloadReportSentDialog *
caseload_report_sent_dialog_new (GtkWindow *parent)
{
  return g_object_new (CASELOAD_TYPE_REPORT_SENT_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
}

char *
caseload_report_sent_dialog_dup_date (CaseloadReportSentDialog *self)
{
  GDate date;

  g_return_val_if_fail (CASELOAD_IS_REPORT_SENT_DIALOG (self), NULL);

  if (!read_date (self, &date, NULL))
    return NULL;
  return caseload_date_to_iso (&date);
}

const char *
caseload_report_sent_dialog_get_method (CaseloadReportSentDialog *self)
{
  guint selected;

  g_return_val_if_fail (CASELOAD_IS_REPORT_SENT_DIALOG (self), NULL);

  selected = adw_combo_row_get_selected (self->method_row);
  return method_codes[selected < G_N_ELEMENTS (method_codes) ? selected : 1];
}

static void
caseload_report_sent_dialog_class_init (CaseloadReportSentDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/caseload-report-sent-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadReportSentDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReportSentDialog, method_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReportSentDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_date_row_changed_cb);
}

static void
caseload_report_sent_dialog_init (CaseloadReportSentDialog *self)
{
  g_autofree char *today_text = NULL;
  GDate today, parsed;

  gtk_widget_init_template (GTK_WIDGET (self));

  caseload_entry_row_name_field (self->date_row, _("Date sent"));
  caseload_date_set_today (&today);
  today_text = caseload_date_to_display (&today);
  /* Today as the locale writes it, unless that is a form the field
   * cannot read back (a two-digit year): then as YYYY-MM-DD. */
  if (!caseload_date_parse_user (today_text, NULL, _("Date sent"), &parsed, NULL)
      || g_date_compare (&parsed, &today) != 0)
    {
      g_free (today_text);
      today_text = caseload_date_to_iso (&today);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), today_text);
}
