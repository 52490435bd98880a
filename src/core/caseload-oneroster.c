#define G_LOG_DOMAIN "caseload-oneroster"

#include "config.h"

#include "caseload-oneroster.h"
#include "caseload-error.h"
#include "caseload-xml.h"

#include <archive.h>
#include <archive_entry.h>
#include <csv.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

/* At most this many files in a zip: an export has about 15. */
#define MAX_ENTRIES 256

/* ---- reading files ------------------------------------------------------------ */

static char *
lower_basename (const char *name)
{
  g_autofree char *base = g_path_get_basename (name);

  return g_ascii_strdown (base, -1);
}

GHashTable *
caseload_oneroster_read_zip (GBytes      *zip,
                             const char  *origin,
                             goffset      max_size,
                             GError     **error)
{
  g_autoptr(GHashTable) files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                        (GDestroyNotify) g_bytes_unref);
  struct archive *a = archive_read_new ();
  struct archive_entry *entry;
  gsize len;
  const char *data = g_bytes_get_data (zip, &len);
  goffset total = 0;
  guint entries = 0;
  int rc;

  if (max_size <= 0)
    max_size = CASELOAD_XML_DEFAULT_MAX_SIZE;
  archive_read_support_format_zip (a);
  if (archive_read_open_memory (a, data, len) != ARCHIVE_OK)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   _("%s is not a zip file Caseload can read: %s"), origin,
                   archive_error_string (a) ? archive_error_string (a) : _("unknown format"));
      archive_read_free (a);
      return NULL;
    }

  while ((rc = archive_read_next_header (a, &entry)) == ARCHIVE_OK)
    {
      const char *name = archive_entry_pathname (entry);
      g_autofree char *key = NULL;
      GByteArray *content;
      char buffer[16384];
      la_ssize_t n;

      if (++entries > MAX_ENTRIES)
        {
          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                       _("%s holds more than %d files; it is not a OneRoster export"),
                       origin, MAX_ENTRIES);
          archive_read_free (a);
          return NULL;
        }
      if (name == NULL || archive_entry_filetype (entry) != AE_IFREG ||
          (!g_str_has_suffix (name, ".csv") && !g_str_has_suffix (name, ".CSV")))
        continue;
      key = lower_basename (name);
      if (g_hash_table_contains (files, key))
        continue;

      content = g_byte_array_new ();
      while ((n = archive_read_data (a, buffer, sizeof buffer)) > 0)
        {
          total += n;
          /* Declared sizes can lie: count what really comes out. */
          if (total > max_size)
            {
              g_autofree char *limit = g_format_size ((guint64) max_size);

              g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                           _("%s unpacks to more than %s; nothing was imported"), origin, limit);
              g_byte_array_unref (content);
              archive_read_free (a);
              return NULL;
            }
          g_byte_array_append (content, (const guint8 *) buffer, (guint) n);
        }
      if (n < 0)
        {
          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                       _("%s: %s in the zip is damaged: %s"), origin, name,
                       archive_error_string (a) ? archive_error_string (a) : "");
          g_byte_array_unref (content);
          archive_read_free (a);
          return NULL;
        }
      g_hash_table_insert (files, g_steal_pointer (&key), g_byte_array_free_to_bytes (content));
    }
  if (rc != ARCHIVE_EOF)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   _("%s is a damaged or truncated zip file: %s"), origin,
                   archive_error_string (a) ? archive_error_string (a) : "");
      archive_read_free (a);
      return NULL;
    }
  archive_read_free (a);
  return g_steal_pointer (&files);
}

static GHashTable *
read_folder (const char  *path,
             goffset      max_size,
             GError     **error)
{
  g_autoptr(GHashTable) files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                        (GDestroyNotify) g_bytes_unref);
  g_autoptr(GDir) dir = g_dir_open (path, 0, error);
  const char *name;
  goffset total = 0;

  if (dir == NULL)
    return NULL;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *full = g_build_filename (path, name, NULL);
      g_autofree char *key = g_ascii_strdown (name, -1);
      GStatBuf st;
      char *contents = NULL;
      gsize len = 0;

      if (!g_str_has_suffix (key, ".csv") || g_stat (full, &st) != 0 || !S_ISREG (st.st_mode))
        continue;
      total += st.st_size;
      if (total > max_size)
        {
          g_autofree char *limit = g_format_size ((guint64) max_size);

          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                       _("The CSV files in %s are larger than %s together; nothing was imported"),
                       path, limit);
          return NULL;
        }
      if (!g_file_get_contents (full, &contents, &len, error))
        return NULL;
      g_hash_table_insert (files, g_steal_pointer (&key), g_bytes_new_take (contents, len));
    }
  return g_steal_pointer (&files);
}

/* ---- CSV --------------------------------------------------------------------- */

typedef struct
{
  char      *name;      /* "users.csv" */
  GPtrArray *header;    /* char *, lower case */
  GPtrArray *rows;      /* GPtrArray of char * */
} Table;

static void
table_free (Table *t)
{
  g_free (t->name);
  g_clear_pointer (&t->header, g_ptr_array_unref);
  g_clear_pointer (&t->rows, g_ptr_array_unref);
  g_free (t);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Table, table_free)

typedef struct
{
  GPtrArray *row;
  GPtrArray *rows;
  gboolean   bad_utf8;
  guint      bad_line;
} CsvState;

static void
field_cb (void   *field,
          size_t  len,
          void   *data)
{
  CsvState *state = data;

  if (state->row == NULL)
    state->row = g_ptr_array_new_with_free_func (g_free);
  if (!g_utf8_validate_len (field, len, NULL))
    {
      if (!state->bad_utf8)
        state->bad_line = state->rows->len + 1;
      state->bad_utf8 = TRUE;
      g_ptr_array_add (state->row, g_strdup (""));
      return;
    }
  g_ptr_array_add (state->row, g_strstrip (g_strndup (field, len)));
}

static void
row_cb (int   c,
        void *data)
{
  CsvState *state = data;

  if (state->row == NULL)
    state->row = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (state->rows, g_steal_pointer (&state->row));
}

static Table *
parse_csv (GHashTable  *files,
           const char  *name,
           const char  *origin,
           GError     **error)
{
  GBytes *bytes = g_hash_table_lookup (files, name);
  g_autoptr(Table) table = NULL;
  CsvState state = { NULL, NULL, FALSE, 0 };
  struct csv_parser parser;
  const char *data;
  gsize len;
  gsize done;

  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &len);
  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      len -= 3;
    }

  table = g_new0 (Table, 1);
  table->name = g_strdup (name);
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  state.rows = table->rows;

  if (csv_init (&parser, CSV_STRICT | CSV_STRICT_FINI) != 0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_FAILED, _("Could not read %s"), name);
      return NULL;
    }
  done = csv_parse (&parser, data, len, field_cb, row_cb, &state);
  if (done != len || csv_fini (&parser, field_cb, row_cb, &state) != 0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   /* Translators: file in the export, the export, line, what is wrong */
                   _("%s in %s, line %u: %s (a quote that is not closed or a stray quote); "
                     "nothing was imported"),
                   name, origin, table->rows->len + 1, csv_strerror (csv_error (&parser)));
      csv_free (&parser);
      g_clear_pointer (&state.row, g_ptr_array_unref);
      return NULL;
    }
  csv_free (&parser);
  g_clear_pointer (&state.row, g_ptr_array_unref);

  if (state.bad_utf8)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   _("%s in %s, line %u: the text is not UTF-8 (OneRoster files are UTF-8); "
                     "nothing was imported"), name, origin, state.bad_line);
      return NULL;
    }
  if (table->rows->len == 0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   _("%s in %s is empty (not even a header line); nothing was imported"), name, origin);
      return NULL;
    }

  table->header = g_ptr_array_steal_index (table->rows, 0);
  for (guint i = 0; i < table->header->len; i++)
    {
      char *lower = g_ascii_strdown (g_ptr_array_index (table->header, i), -1);

      g_free (table->header->pdata[i]);
      table->header->pdata[i] = lower;
    }
  return g_steal_pointer (&table);
}

static int
column (Table      *t,
        const char *name)
{
  for (guint i = 0; t != NULL && i < t->header->len; i++)
    if (g_str_equal (g_ptr_array_index (t->header, i), name))
      return (int) i;
  return -1;
}

/* The trimmed value, or NULL when absent or empty. */
static const char *
cell (GPtrArray *row,
      int        index)
{
  const char *text;

  if (index < 0 || (guint) index >= row->len)
    return NULL;
  text = g_ptr_array_index (row, index);
  return *text != '\0' ? text : NULL;
}

static char *
dup_cell (GPtrArray *row,
          int        index)
{
  return g_strdup (cell (row, index));
}

static gboolean
is_deleted (GPtrArray *row,
            int        status)
{
  const char *text = cell (row, status);

  return text != NULL && g_ascii_strcasecmp (text, "tobedeleted") == 0;
}

/* "a,b" -> the first value. */
static char *
first_of (const char *list)
{
  g_auto(GStrv) parts = NULL;

  if (list == NULL)
    return NULL;
  parts = g_strsplit (list, ",", 2);
  g_strstrip (parts[0]);
  return *parts[0] != '\0' ? g_strdup (parts[0]) : NULL;
}

/* OneRoster / CEDS grade codes: "09" -> "9", "KG" -> "K", "PK". */
static char *
grade (const char *text)
{
  g_autofree char *first = first_of (text);
  gint64 n;
  char *end = NULL;

  if (first == NULL)
    return NULL;
  if (g_ascii_strcasecmp (first, "KG") == 0 || g_ascii_strcasecmp (first, "K") == 0)
    return g_strdup ("K");
  if (g_ascii_strcasecmp (first, "PK") == 0 || g_ascii_strcasecmp (first, "PR") == 0 ||
      g_ascii_strcasecmp (first, "TK") == 0)
    return g_strdup ("PK");
  n = g_ascii_strtoll (first, &end, 10);
  if (end != NULL && *end == '\0' && n >= 1 && n <= 12)
    return g_strdup_printf ("%" G_GINT64_FORMAT, n);
  return NULL;
}

static gboolean
is_date (const char *text)
{
  GDate date;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  g_date_clear (&date, 1);
  g_date_set_parse (&date, text);
  return g_date_valid (&date);
}

/* ---- the export ---------------------------------------------------------------- */

CaseloadRoster *
caseload_oneroster_parse (GHashTable  *files,
                          const char  *origin,
                          GError     **error)
{
  g_autoptr(CaseloadRoster) roster = NULL;
  g_autoptr(Table) users = NULL;
  g_autoptr(Table) orgs = NULL;
  g_autoptr(Table) roles = NULL;
  g_autoptr(Table) demographics = NULL;
  g_autoptr(Table) enrollments = NULL;
  g_autoptr(Table) classes = NULL;
  g_autoptr(GHashTable) schools = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) user_roles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) role_orgs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) births = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) students = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) teachers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) deleted_classes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) class_teachers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                                 (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) class_students = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                                 (GDestroyNotify) g_ptr_array_unref);
  GError *local_error = NULL;
  int c_id, c_status, c_role, c_name, c_type;
  guint other_roles = 0;

  /* users.csv first: without it this is not a OneRoster export. */
  users = parse_csv (files, "users.csv", origin, &local_error);
  if (users == NULL)
    {
      if (local_error == NULL)
        g_set_error (&local_error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                     _("%s has no users.csv, so it is not a OneRoster export"), origin);
      g_propagate_error (error, local_error);
      return NULL;
    }
  if (column (users, "sourcedid") < 0 || column (users, "givenname") < 0 ||
      column (users, "familyname") < 0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                   _("users.csv in %s, line 1: the header lacks sourcedId, givenName or familyName; "
                     "it is not a OneRoster users file"), origin);
      return NULL;
    }

#define READ_OPTIONAL(var, file) \
  var = parse_csv (files, file, origin, &local_error); \
  if (local_error != NULL) \
    { \
      g_propagate_error (error, local_error); \
      return NULL; \
    }
  READ_OPTIONAL (orgs, "orgs.csv");
  READ_OPTIONAL (roles, "roles.csv");
  READ_OPTIONAL (demographics, "demographics.csv");
  READ_OPTIONAL (enrollments, "enrollments.csv");
  READ_OPTIONAL (classes, "classes.csv");
#undef READ_OPTIONAL

  roster = caseload_roster_new (origin);

  /* Schools. */
  c_id = column (orgs, "sourcedid");
  c_status = column (orgs, "status");
  c_name = column (orgs, "name");
  c_type = column (orgs, "type");
  for (guint i = 0; orgs != NULL && i < orgs->rows->len; i++)
    {
      GPtrArray *row = g_ptr_array_index (orgs->rows, i);
      const char *id = cell (row, c_id);
      const char *type = cell (row, c_type);
      CaseloadRosterSchool *s;

      if (id == NULL)
        continue;
      if (type == NULL || g_ascii_strcasecmp (type, "school") != 0)
        {
          caseload_roster_note (roster, _("orgs.csv, line %u: “%s” is a %s, not a school; left out"),
                                i + 2, cell (row, c_name) ? cell (row, c_name) : id,
                                type ? type : _("organization"));
          continue;
        }
      if (is_deleted (row, c_status))
        {
          caseload_roster_skip (roster, _("orgs.csv, line %u: school %s is marked to be deleted; "
                                          "schools are never deleted by an import"), i + 2, id);
          continue;
        }
      s = caseload_roster_add_school (roster);
      s->key = g_strdup (id);
      s->name = dup_cell (row, c_name);
      g_hash_table_add (schools, g_strdup (id));
    }

  /* Roles (1.2): the primary role wins, then the first. */
  c_id = column (roles, "usersourcedid");
  c_role = column (roles, "role");
  c_status = column (roles, "status");
  {
    int c_kind = column (roles, "roletype");
    int c_org = column (roles, "orgsourcedid");

    for (guint i = 0; roles != NULL && i < roles->rows->len; i++)
      {
        GPtrArray *row = g_ptr_array_index (roles->rows, i);
        const char *user = cell (row, c_id);
        const char *role = cell (row, c_role);
        const char *kind = cell (row, c_kind);

        if (user == NULL || role == NULL || is_deleted (row, c_status))
          continue;
        if (!g_hash_table_contains (user_roles, user) ||
            (kind != NULL && g_ascii_strcasecmp (kind, "primary") == 0))
          {
            g_hash_table_insert (user_roles, g_strdup (user), g_ascii_strdown (role, -1));
            if (cell (row, c_org) != NULL)
              g_hash_table_insert (role_orgs, g_strdup (user), g_strdup (cell (row, c_org)));
          }
      }
  }

  /* Birth dates. */
  c_id = column (demographics, "sourcedid");
  {
    int c_birth = column (demographics, "birthdate");

    for (guint i = 0; demographics != NULL && i < demographics->rows->len; i++)
      {
        GPtrArray *row = g_ptr_array_index (demographics->rows, i);
        const char *id = cell (row, c_id);
        const char *birth = cell (row, c_birth);

        if (id == NULL || birth == NULL)
          continue;
        if (!is_date (birth))
          {
            caseload_roster_note (roster, _("demographics.csv, line %u: birth date “%s” is not a "
                                            "date (YYYY-MM-DD); left out"), i + 2, birth);
            continue;
          }
        g_hash_table_insert (births, g_strdup (id), g_strdup (birth));
      }
  }

  /* Users. */
  {
    int c_user = column (users, "sourcedid");
    int c_ustatus = column (users, "status");
    int c_urole = column (users, "role");
    int c_given = column (users, "givenname");
    int c_family = column (users, "familyname");
    int c_ident = column (users, "identifier");
    int c_grades = column (users, "grades");
    int c_orgs = column (users, "orgsourcedids");
    int c_primary_org = column (users, "primaryorgsourcedid");
    int c_email = column (users, "email");
    int c_phone = column (users, "phone");
    int c_sms = column (users, "sms");
    int c_agents = column (users, "agentsourcedids");
    int c_preferred = column (users, "preferredgivenname");

    if (c_preferred < 0)
      c_preferred = column (users, "prefferedgivenname");   /* as some exports spell it */

    for (guint i = 0; i < users->rows->len; i++)
      {
        GPtrArray *row = g_ptr_array_index (users->rows, i);
        const char *id = cell (row, c_user);
        g_autofree char *role = NULL;
        g_autofree char *school = NULL;
        guint line = i + 2;

        if (id == NULL)
          {
            if (row->len > 1 || cell (row, 0) != NULL)
              caseload_roster_skip (roster, _("users.csv, line %u: no sourcedId"), line);
            continue;
          }
        if (cell (row, c_urole) != NULL)
          role = g_ascii_strdown (cell (row, c_urole), -1);
        else if (g_hash_table_lookup (user_roles, id) != NULL)
          role = g_strdup (g_hash_table_lookup (user_roles, id));
        if (role == NULL)
          {
            caseload_roster_skip (roster, _("users.csv, line %u: user %s has no role"), line, id);
            continue;
          }

        /* The user's school: the first of their orgs that is a school. */
        {
          g_auto(GStrv) list = g_strsplit (cell (row, c_orgs) ? cell (row, c_orgs) : "", ",", -1);
          const char *candidates[] = { cell (row, c_primary_org), g_hash_table_lookup (role_orgs, id) };

          for (gsize k = 0; k < G_N_ELEMENTS (candidates) && school == NULL; k++)
            if (candidates[k] != NULL && g_hash_table_contains (schools, candidates[k]))
              school = g_strdup (candidates[k]);
          for (guint k = 0; list[k] != NULL && school == NULL; k++)
            {
              g_strstrip (list[k]);
              if (g_hash_table_contains (schools, list[k]))
                school = g_strdup (list[k]);
            }
        }

        if (g_str_equal (role, "student"))
          {
            CaseloadRosterStudent *s = caseload_roster_add_student (roster);

            s->source_id = g_strdup (id);
            s->student_number = dup_cell (row, c_ident);
            if (s->student_number == NULL)
              {
                s->student_number = g_strdup (id);
                caseload_roster_note (roster, _("Students without an identifier in users.csv got "
                                                "their sourcedId as student ID"));
              }
            s->first_name = dup_cell (row, c_given);
            s->last_name = dup_cell (row, c_family);
            s->preferred_name = dup_cell (row, c_preferred);
            s->grade = grade (cell (row, c_grades));
            s->birth_date = g_strdup (g_hash_table_lookup (births, id));
            s->school_key = g_steal_pointer (&school);
            s->deleted = is_deleted (row, c_ustatus);
            s->line = line;
            s->origin = g_strdup ("users.csv");
            g_hash_table_insert (students, s->source_id, s);
          }
        else if (g_str_equal (role, "teacher"))
          {
            CaseloadRosterStaff *t;

            if (is_deleted (row, c_ustatus))
              continue;
            t = caseload_roster_add_staff (roster);
            t->key = g_strdup (id);
            t->first_name = dup_cell (row, c_given);
            t->last_name = dup_cell (row, c_family);
            t->role = g_strdup ("general-education-teacher");
            t->email = dup_cell (row, c_email);
            t->phone = dup_cell (row, cell (row, c_phone) != NULL ? c_phone : c_sms);
            t->school_key = g_steal_pointer (&school);
            g_hash_table_add (teachers, g_strdup (id));
          }
        else if (g_str_equal (role, "parent") || g_str_equal (role, "guardian") ||
                 g_str_equal (role, "relative"))
          {
            g_auto(GStrv) agents = g_strsplit (cell (row, c_agents) ? cell (row, c_agents) : "", ",", -1);

            if (is_deleted (row, c_ustatus))
              continue;
            for (guint k = 0; agents[k] != NULL; k++)
              {
                CaseloadRosterGuardian *g;

                g_strstrip (agents[k]);
                if (*agents[k] == '\0')
                  continue;
                g = caseload_roster_add_guardian (roster);
                g->key = g_strdup (id);
                g->student_source_id = g_strdup (agents[k]);
                g->first_name = dup_cell (row, c_given);
                g->last_name = dup_cell (row, c_family);
                g->relationship = g_strdup (g_str_equal (role, "relative") ? "relative" : role);
                g->email = dup_cell (row, c_email);
                g->phone = dup_cell (row, cell (row, c_phone) != NULL ? c_phone : c_sms);
                g->order = (int) k;
              }
          }
        else
          other_roles++;
      }
  }
  if (other_roles > 0)
    caseload_roster_note (roster,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "%u user is neither a student, a teacher nor a parent and was left out",
                                       "%u users are neither students, teachers nor parents and were left out",
                                       other_roles),
                          other_roles);

  /* Guardians whose student is in the file: match through its ID. */
  for (guint i = 0; i < roster->guardians->len; i++)
    {
      CaseloadRosterGuardian *g = g_ptr_array_index (roster->guardians, i);
      CaseloadRosterStudent *s = g_hash_table_lookup (students, g->student_source_id);

      if (s != NULL)
        g->student_number = g_strdup (s->student_number);
    }

  /* Teachers join the team of the students in their classes. */
  c_id = column (classes, "sourcedid");
  c_status = column (classes, "status");
  for (guint i = 0; classes != NULL && i < classes->rows->len; i++)
    {
      GPtrArray *row = g_ptr_array_index (classes->rows, i);

      if (cell (row, c_id) != NULL && is_deleted (row, c_status))
        g_hash_table_add (deleted_classes, g_strdup (cell (row, c_id)));
    }
  {
    int c_class = column (enrollments, "classsourcedid");
    int c_user = column (enrollments, "usersourcedid");
    int c_erole = column (enrollments, "role");
    int c_estatus = column (enrollments, "status");

    for (guint i = 0; enrollments != NULL && i < enrollments->rows->len; i++)
      {
        GPtrArray *row = g_ptr_array_index (enrollments->rows, i);
        const char *klass = cell (row, c_class);
        const char *user = cell (row, c_user);
        const char *role = cell (row, c_erole);
        GHashTable *into;
        GPtrArray *list;

        if (klass == NULL || user == NULL || role == NULL || is_deleted (row, c_estatus) ||
            g_hash_table_contains (deleted_classes, klass))
          continue;
        if (g_ascii_strcasecmp (role, "teacher") == 0 && g_hash_table_contains (teachers, user))
          into = class_teachers;
        else if (g_ascii_strcasecmp (role, "student") == 0 && g_hash_table_contains (students, user))
          into = class_students;
        else
          continue;
        list = g_hash_table_lookup (into, klass);
        if (list == NULL)
          {
            list = g_ptr_array_new ();
            g_hash_table_insert (into, g_strdup (klass), list);
          }
        g_ptr_array_add (list, (gpointer) g_intern_string (user));
      }
  }
  {
    GHashTableIter iter;
    gpointer key, value;
    g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

    g_hash_table_iter_init (&iter, class_teachers);
    while (g_hash_table_iter_next (&iter, &key, &value))
      {
        GPtrArray *class_teacher_list = value;
        GPtrArray *pupils = g_hash_table_lookup (class_students, key);

        for (guint t = 0; pupils != NULL && t < class_teacher_list->len; t++)
          for (guint s = 0; s < pupils->len; s++)
            {
              CaseloadRosterStudent *student = g_hash_table_lookup (students, g_ptr_array_index (pupils, s));
              g_autofree char *pair = g_strconcat (g_ptr_array_index (class_teacher_list, t), "\n",
                                                   student->source_id, NULL);
              CaseloadRosterTeamMember *m;

              if (student->deleted || g_hash_table_contains (seen, pair))
                continue;
              g_hash_table_add (seen, g_steal_pointer (&pair));
              m = caseload_roster_add_team (roster);
              m->student_number = g_strdup (student->student_number);
              m->student_source_id = g_strdup (student->source_id);
              m->staff_key = g_strdup (g_ptr_array_index (class_teacher_list, t));
              m->role = g_strdup ("general-education-teacher");
            }
      }
  }

  return g_steal_pointer (&roster);
}

gboolean
caseload_oneroster_import_path (CaseloadStore                *store,
                                const char                   *path,
                                const CaseloadImportOptions  *options,
                                CaseloadImportResult        **result,
                                GError                      **error)
{
  g_autoptr(GHashTable) files = NULL;
  g_autoptr(CaseloadRoster) roster = NULL;
  goffset max_size = options != NULL && options->max_size > 0 ? options->max_size
                                                              : CASELOAD_XML_DEFAULT_MAX_SIZE;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    files = read_folder (path, max_size, error);
  else
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GFileInfo) info = NULL;
      g_autoptr(GBytes) bytes = NULL;

      info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                                NULL, error);
      if (info == NULL)
        return FALSE;
      if (g_file_info_get_size (info) > max_size)
        {
          g_autofree char *size = g_format_size ((guint64) g_file_info_get_size (info));
          g_autofree char *limit = g_format_size ((guint64) max_size);

          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                       _("%s is too large to import (%s; the limit is %s)"), path, size, limit);
          return FALSE;
        }
      bytes = g_file_load_bytes (file, NULL, NULL, error);
      if (bytes == NULL)
        return FALSE;
      if (g_bytes_get_size (bytes) == 0)
        {
          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID, _("%s is empty"), path);
          return FALSE;
        }
      files = caseload_oneroster_read_zip (bytes, path, max_size, error);
    }
  if (files == NULL)
    return FALSE;

  roster = caseload_oneroster_parse (files, path, error);
  if (roster == NULL)
    return FALSE;
  return caseload_store_apply_roster (store, roster, options, result, error);
}
