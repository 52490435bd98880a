/* caseload-edfi.h: Ed-Fi Data Standard 5.2 XML interchanges.
 *
 * Import reads one interchange file at a time, in any order:
 *  - InterchangeEducationOrganization: schools (keyed by SchoolId);
 *  - InterchangeStaffAssociation: staff (StaffUniqueId), their role from
 *    the first StaffEducationOrganizationAssignmentAssociation;
 *  - InterchangeStudent: students (StudentUniqueId = Caseload's student
 *    ID), names, birth date;
 *  - InterchangeContact: guardians (contacts linked by
 *    StudentContactAssociation);
 *  - InterchangeStudentProgram: each StudentSpecialEducationProgramAssociation
 *    gives the IEP's begin, end and review dates, the setting (federal
 *    environment code), the disabilities (primary first), the services and
 *    their providers (also added to the student's team), the last
 *    evaluation, and the special-education exit (the student becomes
 *    exited). Other program associations are not special education and are
 *    left out, with a note.
 * A record that refers to a student who is not in Caseload yet (a contact
 * or program association imported before InterchangeStudent) is skipped and
 * named in the result: import the students, then the file again. Ed-Fi
 * descriptors are mapped to Caseload's code tables; what cannot be mapped
 * is left out and named in the result's notes.
 *
 * Parsing is as guarded as Caseload XML's: a document type declaration is
 * refused (no entity is ever declared or expanded), no network, UTF-8 only,
 * a size limit. Values are trimmed (the official sample has trailing
 * spaces inside xs:long values).
 *
 * Export writes InterchangeStudentProgram with one
 * StudentSpecialEducationProgramAssociation per student with an IEP (the
 * latest finalized one, else the latest draft with a begin date), valid
 * against the official Ed-Fi 5.2 schemas. The education organization is
 * the student's school: its Ed-Fi SchoolId when it came from Ed-Fi (or
 * any numeric external id), else 0, which a state system reads as
 * "unknown"; staff without an external id are written as caseload-<n>.
 */
#pragma once

#include <gio/gio.h>

#include "caseload-import.h"
#include "caseload-roster.h"

G_BEGIN_DECLS

#define CASELOAD_EDFI_NAMESPACE "http://ed-fi.org/5.2.0"

/* Parses @data (the file @origin) into a roster; an error names the file
 * and the line. */
CaseloadRoster *caseload_edfi_parse       (GBytes                       *data,
                                           const char                   *origin,
                                           GError                      **error);

gboolean        caseload_edfi_import_file (CaseloadStore                *store,
                                           const char                   *path,
                                           const CaseloadImportOptions  *options,
                                           CaseloadImportResult        **result,
                                           GError                      **error);

/* @student_id 0 = every student with an IEP. Replaces @path atomically. */
gboolean        caseload_edfi_export_file (CaseloadStore                *store,
                                           gint64                        student_id,
                                           const char                   *path,
                                           GError                      **error);

/* For the store: the rows of the export (CaseloadRosterProgram, with
 * student_number, school_key = the school's external id or Caseload
 * number, services' provider_key = the staff external id or Caseload
 * number). Implemented in caseload-store-roster.c. */
GPtrArray      *caseload_store_edfi_programs (CaseloadStore  *store,
                                              gint64          student_id,
                                              GError        **error);

G_END_DECLS
