/* caseload-oneroster.h: OneRoster 1.1 and 1.2 CSV roster exports.
 *
 * A OneRoster export is a .zip (read with libarchive) or a folder of CSV
 * files (read with libcsv). Caseload takes from it:
 *  - schools: orgs.csv rows of type "school" (keyed by sourcedId);
 *  - students: users.csv rows whose role is student (in 1.1 the role
 *    column; in 1.2 roles.csv), with identifier as the student ID (the
 *    sourcedId when identifier is empty), names, the first grade, the
 *    school (orgSourcedIds, primaryOrgSourcedId or the role's org);
 *  - birth dates from demographics.csv;
 *  - teachers as staff, and as team members of the students enrolled in
 *    their classes (enrollments.csv);
 *  - parents and guardians (role parent, guardian or relative) as
 *    guardians of the students in their agentSourcedIds.
 * Students are matched by student ID, then by sourcedId. Rows with status
 * tobedeleted are archived when they match a student, skipped otherwise.
 * Tolerated: a byte-order mark, CRLF line ends, enums in any case, TRUE or
 * true, quoted multi-values ("a,b"), unknown columns. Not tolerated (the
 * error names the file and line, nothing changes): text that is not
 * UTF-8, malformed CSV, a users.csv without a sourcedId column, files over
 * the size limit. */
#pragma once

#include <gio/gio.h>

#include "caseload-import.h"
#include "caseload-roster.h"

G_BEGIN_DECLS

/* The CSV files of an export, by lower-case file name ("users.csv"). */
typedef GHashTable CaseloadOneRosterFiles;

/* Reads a .zip (as bytes) into files; an error names @origin. */
GHashTable     *caseload_oneroster_read_zip    (GBytes       *zip,
                                                const char   *origin,
                                                goffset       max_size,
                                                GError      **error);
/* Parses the files into a roster. */
CaseloadRoster *caseload_oneroster_parse       (GHashTable   *files,
                                                const char   *origin,
                                                GError      **error);

/* @path: a .zip or a folder. */
gboolean        caseload_oneroster_import_path (CaseloadStore                *store,
                                                const char                   *path,
                                                const CaseloadImportOptions  *options,
                                                CaseloadImportResult        **result,
                                                GError                      **error);

G_END_DECLS
