/* caseload-documents.h: the printed documents, built as CaseloadLayouts
 * from the store: the IEP, a progress report for one reporting period,
 * the at-a-glance sheet for general-education teachers and the meeting
 * notice letter; and a batch of progress reports into one PDF.
 *
 * Every printed string is translated into the document's language
 * (caseload_doc_gettext()); text that staff typed prints as typed, with a
 * note when the document is not in English.
 */
#pragma once

#include <gio/gio.h>

#include "caseload-layout.h"
#include "caseload-store.h"

G_BEGIN_DECLS

typedef struct
{
  const char  *language;     /* "en", "es"; NULL: the student's home
                              * language when a translation exists, else
                              * English */
  double       page_width;   /* points; 0: US Letter */
  double       page_height;
  const GDate *printed_on;   /* NULL: today */
} CaseloadDocumentOptions;

/* The language a document for @student is printed in: @requested when
 * given, else the student's home language ("Spanish", "es", "es-US"…)
 * when a catalog for it exists, else "en". Static string. */
const char     *caseload_documents_pick_language (CaseloadStudent *student,
                                                  const char      *requested);

/* The IEP @iep_id as the store returns it (a finalized IEP: its stored
 * content with corrections). Drafts carry the DRAFT watermark. */
CaseloadLayout *caseload_documents_build_iep     (CaseloadStore                 *store,
                                                  gint64                         iep_id,
                                                  const CaseloadDocumentOptions *options,
                                                  GError                       **error);
/* The progress report of @iep_id for reporting period @period_number
 * (from 1). NOT_FOUND when the IEP has no such period or its report has
 * not been started. */
CaseloadLayout *caseload_documents_build_progress_report (CaseloadStore                 *store,
                                                  gint64                         iep_id,
                                                  int                            period_number,
                                                  const CaseloadDocumentOptions *options,
                                                  GError                       **error);
/* One page for general-education teachers: accommodations, goals and
 * services, with who is responsible. */
CaseloadLayout *caseload_documents_build_glance  (CaseloadStore                 *store,
                                                  gint64                         iep_id,
                                                  const CaseloadDocumentOptions *options,
                                                  GError                       **error);

typedef struct
{
  const char *purpose;       /* typed by staff; NULL: from the IEP kind */
  const char *date;          /* ISO date; NULL: the IEP's meeting date */
  const char *start_time;    /* "HH:MM"; NULL/"" = not printed */
  const char *end_time;
  const char *location;      /* NULL/"": "to be confirmed" */
  gboolean    transition;    /* the meeting will discuss transition */
  const char *reply_by;      /* ISO date; NULL: not printed */
  const char *contact;       /* who to call; NULL: the case manager */
} CaseloadNoticeDetails;

/* The meeting notice letter for the IEP's meeting, inviting the IEP
 * meeting's attendees (caseload_store_list_iep_attendees()), addressed to
 * the student's guardians, with a reply slip. @details NULL: everything
 * from the IEP. */
CaseloadLayout *caseload_documents_build_notice  (CaseloadStore                 *store,
                                                  gint64                         iep_id,
                                                  const CaseloadNoticeDetails   *details,
                                                  const CaseloadDocumentOptions *options,
                                                  GError                       **error);

/* The notice for a scheduled meeting (caseload_store_get_meeting()): its
 * purpose, date and times (in the meeting's time zone), room and place,
 * invitees, and the transition statement when the meeting discusses
 * transition. */
CaseloadLayout *caseload_documents_build_meeting_notice (CaseloadStore                 *store,
                                                  gint64                         meeting_id,
                                                  const CaseloadDocumentOptions *options,
                                                  GError                       **error);

/* Every progress report of period @period_number of the IEPs in effect of
 * @student_ids (NULL: every active student), one after the other in one
 * PDF at @path (each with its own page numbers and a bookmark per
 * student). Students whose IEP has no such period, or whose report was
 * not started, are skipped and counted in *@n_skipped. Pages are laid out
 * and drawn in worker threads (every core) and joined in order; memory
 * stays flat. The file appears at @path only when complete (nothing is
 * made when no report is written; a failure leaves @path as it was).
 * @progress (nullable) is called with 0..1 in this thread. Returns the
 * number of reports written, -1 on error. */
int             caseload_documents_write_progress_batch (CaseloadStore                 *store,
                                                  GArray                        *student_ids,
                                                  int                            period_number,
                                                  const CaseloadDocumentOptions *options,
                                                  const char                    *path,
                                                  guint                         *n_skipped,
                                                  void                         (*progress) (double fraction, gpointer data),
                                                  gpointer                       progress_data,
                                                  GCancellable                  *cancellable,
                                                  GError                       **error);

G_END_DECLS
