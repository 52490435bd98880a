/* caseload-school.h: a school. Properties: id, name, short-name, time-zone,
 * lowest-grade, highest-grade, address, phone. */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CASELOAD_TYPE_SCHOOL (caseload_school_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadSchool, caseload_school, CASELOAD, SCHOOL, GObject)

CaseloadSchool *caseload_school_new               (void);
gint64          caseload_school_get_id            (CaseloadSchool *self);
void            caseload_school_set_id            (CaseloadSchool *self, gint64 id);
const char     *caseload_school_get_name          (CaseloadSchool *self);
void            caseload_school_set_name          (CaseloadSchool *self, const char *name);
const char     *caseload_school_get_short_name    (CaseloadSchool *self);
void            caseload_school_set_short_name    (CaseloadSchool *self, const char *short_name);
const char     *caseload_school_get_time_zone     (CaseloadSchool *self);
void            caseload_school_set_time_zone     (CaseloadSchool *self, const char *time_zone);
const char     *caseload_school_get_lowest_grade  (CaseloadSchool *self);
void            caseload_school_set_lowest_grade  (CaseloadSchool *self, const char *grade);
const char     *caseload_school_get_highest_grade (CaseloadSchool *self);
void            caseload_school_set_highest_grade (CaseloadSchool *self, const char *grade);
const char     *caseload_school_get_address       (CaseloadSchool *self);
void            caseload_school_set_address       (CaseloadSchool *self, const char *address);
const char     *caseload_school_get_phone         (CaseloadSchool *self);
void            caseload_school_set_phone         (CaseloadSchool *self, const char *phone);

G_END_DECLS
