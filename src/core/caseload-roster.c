#define G_LOG_DOMAIN "caseload-roster"

#include "config.h"

#include "caseload-roster.h"

#include <stdarg.h>

/* The records the Ed-Fi and OneRoster readers fill; no SQL here (that is
 * caseload-store-roster.c). */

static void
school_free (gpointer data)
{
  CaseloadRosterSchool *s = data;

  g_free (s->key);
  g_free (s->name);
  g_free (s->short_name);
  g_free (s->address);
  g_free (s->phone);
  g_free (s);
}

static void
staff_free (gpointer data)
{
  CaseloadRosterStaff *s = data;

  g_free (s->key);
  g_free (s->first_name);
  g_free (s->last_name);
  g_free (s->role);
  g_free (s->email);
  g_free (s->phone);
  g_free (s->school_key);
  g_free (s);
}

static void
student_free (gpointer data)
{
  CaseloadRosterStudent *s = data;

  g_free (s->student_number);
  g_free (s->source_id);
  g_free (s->first_name);
  g_free (s->last_name);
  g_free (s->preferred_name);
  g_free (s->birth_date);
  g_free (s->grade);
  g_free (s->gender);
  g_free (s->school_key);
  g_free (s->origin);
  g_free (s);
}

static void
guardian_free (gpointer data)
{
  CaseloadRosterGuardian *g = data;

  g_free (g->key);
  g_free (g->student_number);
  g_free (g->student_source_id);
  g_free (g->first_name);
  g_free (g->last_name);
  g_free (g->relationship);
  g_free (g->phone);
  g_free (g->email);
  g_free (g->address);
  g_free (g);
}

static void
service_free (gpointer data)
{
  CaseloadRosterService *s = data;

  g_free (s->name);
  g_free (s->category);
  g_free (s->provider_key);
  g_free (s->start_date);
  g_free (s->end_date);
  g_free (s);
}

static void
program_free (gpointer data)
{
  CaseloadRosterProgram *p = data;

  g_free (p->student_number);
  g_free (p->begin_date);
  g_free (p->end_date);
  g_free (p->review_date);
  g_free (p->last_evaluation);
  g_free (p->environment_code);
  g_ptr_array_unref (p->disabilities);
  g_ptr_array_unref (p->services);
  g_free (p->exit_date);
  g_free (p->exit_reason);
  g_free (p->school_key);
  g_free (p);
}

static void
team_free (gpointer data)
{
  CaseloadRosterTeamMember *t = data;

  g_free (t->student_number);
  g_free (t->student_source_id);
  g_free (t->staff_key);
  g_free (t->role);
  g_free (t);
}

CaseloadRoster *
caseload_roster_new (const char *origin)
{
  CaseloadRoster *roster = g_new0 (CaseloadRoster, 1);

  roster->origin = g_strdup (origin);
  roster->schools = g_ptr_array_new_with_free_func (school_free);
  roster->staff = g_ptr_array_new_with_free_func (staff_free);
  roster->students = g_ptr_array_new_with_free_func (student_free);
  roster->guardians = g_ptr_array_new_with_free_func (guardian_free);
  roster->programs = g_ptr_array_new_with_free_func (program_free);
  roster->team = g_ptr_array_new_with_free_func (team_free);
  roster->skipped = g_ptr_array_new_with_free_func (g_free);
  roster->notes = g_ptr_array_new_with_free_func (g_free);
  return roster;
}

void
caseload_roster_free (CaseloadRoster *roster)
{
  if (roster == NULL)
    return;
  g_free (roster->origin);
  g_ptr_array_unref (roster->schools);
  g_ptr_array_unref (roster->staff);
  g_ptr_array_unref (roster->students);
  g_ptr_array_unref (roster->guardians);
  g_ptr_array_unref (roster->programs);
  g_ptr_array_unref (roster->team);
  g_ptr_array_unref (roster->skipped);
  g_ptr_array_unref (roster->notes);
  g_free (roster);
}

#define ADD(array, type) \
  type *item = g_new0 (type, 1); \
  g_ptr_array_add (array, item); \
  return item

CaseloadRosterSchool *
caseload_roster_add_school (CaseloadRoster *roster)
{
  ADD (roster->schools, CaseloadRosterSchool);
}

CaseloadRosterStaff *
caseload_roster_add_staff (CaseloadRoster *roster)
{
  ADD (roster->staff, CaseloadRosterStaff);
}

CaseloadRosterStudent *
caseload_roster_add_student (CaseloadRoster *roster)
{
  ADD (roster->students, CaseloadRosterStudent);
}

CaseloadRosterGuardian *
caseload_roster_add_guardian (CaseloadRoster *roster)
{
  CaseloadRosterGuardian *item = g_new0 (CaseloadRosterGuardian, 1);

  item->lives_with = -1;
  g_ptr_array_add (roster->guardians, item);
  return item;
}

CaseloadRosterProgram *
caseload_roster_add_program (CaseloadRoster *roster)
{
  CaseloadRosterProgram *item = g_new0 (CaseloadRosterProgram, 1);

  item->disabilities = g_ptr_array_new_with_free_func (g_free);
  item->services = g_ptr_array_new_with_free_func (service_free);
  g_ptr_array_add (roster->programs, item);
  return item;
}

CaseloadRosterService *
caseload_roster_add_service (CaseloadRosterProgram *program)
{
  ADD (program->services, CaseloadRosterService);
}

CaseloadRosterTeamMember *
caseload_roster_add_team (CaseloadRoster *roster)
{
  ADD (roster->team, CaseloadRosterTeamMember);
}

static void
add_unique (GPtrArray *array,
            char      *text)
{
  for (guint i = 0; i < array->len; i++)
    if (g_str_equal (g_ptr_array_index (array, i), text))
      {
        g_free (text);
        return;
      }
  g_ptr_array_add (array, text);
}

void
caseload_roster_note (CaseloadRoster *roster,
                      const char     *format,
                      ...)
{
  va_list args;

  va_start (args, format);
  add_unique (roster->notes, g_strdup_vprintf (format, args));
  va_end (args);
}

void
caseload_roster_skip (CaseloadRoster *roster,
                      const char     *format,
                      ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (roster->skipped, g_strdup_vprintf (format, args));
  va_end (args);
}
