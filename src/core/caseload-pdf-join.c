#define G_LOG_DOMAIN "caseload-pdf-join"

#include "config.h"

#include "caseload-pdf-join.h"
#include "caseload-error.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/* ---- the joined document ----------------------------------------------- */

#define PAGES_OBJECT 1  /* the page tree root, written by finish() */

typedef struct
{
  char   *title;
  guint   page;
  double  x, y;
  int     parent, first, last, prev, next;
  guint   n_children;
} OutlineItem;

struct _CaseloadPdfJoin
{
  GOutputStream *output;
  guint64        written;     /* bytes so far */
  guint          next_number; /* the next free object number */
  GArray        *offsets;     /* guint64 per object number, [0] unused */
  GArray        *pages;       /* guint: the pages' object numbers, in order */
  GArray        *heights;     /* double: each page's height */
  GArray        *items;       /* OutlineItem, [0] is the root */
  char          *metadata[5];
  gboolean       started;
};

static const char *metadata_keys[] = { "Title", "Author", "Subject", "Keywords", "Creator" };

static void
outline_item_clear (gpointer data)
{
  OutlineItem *item = data;

  g_free (item->title);
}

CaseloadPdfJoin *
caseload_pdf_join_new (GOutputStream *output)
{
  CaseloadPdfJoin *join = g_new0 (CaseloadPdfJoin, 1);
  OutlineItem root = { 0 };

  g_return_val_if_fail (G_IS_OUTPUT_STREAM (output), NULL);

  join->output = g_object_ref (output);
  join->next_number = PAGES_OBJECT + 1;
  join->offsets = g_array_new (FALSE, TRUE, sizeof (guint64));
  g_array_set_size (join->offsets, join->next_number);
  join->pages = g_array_new (FALSE, FALSE, sizeof (guint));
  join->heights = g_array_new (FALSE, FALSE, sizeof (double));
  join->items = g_array_new (FALSE, TRUE, sizeof (OutlineItem));
  g_array_set_clear_func (join->items, outline_item_clear);
  g_array_append_val (join->items, root);
  return join;
}

void
caseload_pdf_join_free (CaseloadPdfJoin *join)
{
  if (join == NULL)
    return;
  g_object_unref (join->output);
  g_array_unref (join->offsets);
  g_array_unref (join->pages);
  g_array_unref (join->heights);
  g_array_unref (join->items);
  for (guint i = 0; i < G_N_ELEMENTS (join->metadata); i++)
    g_free (join->metadata[i]);
  g_free (join);
}

guint
caseload_pdf_join_get_n_pages (CaseloadPdfJoin *join)
{
  return join->pages->len;
}

static gboolean
write_bytes (CaseloadPdfJoin  *join,
             const void       *data,
             gsize             length,
             GCancellable     *cancellable,
             GError          **error)
{
  if (!g_output_stream_write_all (join->output, data, length, NULL, cancellable, error))
    return FALSE;
  join->written += length;
  return TRUE;
}

static gboolean
write_header (CaseloadPdfJoin  *join,
              GCancellable     *cancellable,
              GError          **error)
{
  /* the second line tells transfer programs the file is binary */
  static const char header[] = "%PDF-1.5\n%\xb5\xed\xae\xfb\n";

  if (join->started)
    return TRUE;
  if (!write_bytes (join, header, sizeof header - 1, cancellable, error))
    return FALSE;
  join->started = TRUE;
  return TRUE;
}

/* ---- reading a part: tokens ---------------------------------------------- */

typedef enum
{
  TOKEN_END,
  TOKEN_INTEGER,
  TOKEN_REAL,
  TOKEN_NAME,
  TOKEN_STRING,
  TOKEN_DICT_BEGIN,
  TOKEN_DICT_END,
  TOKEN_ARRAY_BEGIN,
  TOKEN_ARRAY_END,
  TOKEN_KEYWORD,
  TOKEN_BAD,
} TokenKind;

typedef struct
{
  TokenKind kind;
  gsize     start, end;
} Token;

typedef struct
{
  const char *data;
  gsize       length;
  const char *name;
} Part;

static gboolean
is_space (char c)
{
  return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

static gboolean
is_delimiter (char c)
{
  return strchr ("()<>[]{}/%", c) != NULL;
}

/* The token at *pos (skipping white space and comments), up to @end. */
static Token
next_token (const Part *part,
            gsize      *pos,
            gsize       end)
{
  const char *d = part->data;
  Token token = { TOKEN_END, 0, 0 };
  gsize p = *pos;

  while (p < end)
    {
      if (is_space (d[p]))
        p++;
      else if (d[p] == '%')
        {
          while (p < end && d[p] != '\n' && d[p] != '\r')
            p++;
        }
      else
        break;
    }
  token.start = p;
  if (p >= end)
    {
      *pos = token.end = end;
      return token;
    }

  switch (d[p])
    {
    case '(':
      {
        int depth = 0;

        token.kind = TOKEN_BAD;
        for (; p < end; p++)
          {
            if (d[p] == '\\')
              p++;
            else if (d[p] == '(')
              depth++;
            else if (d[p] == ')' && --depth == 0)
              {
                token.kind = TOKEN_STRING;
                p++;
                break;
              }
          }
      }
      break;
    case '<':
      if (p + 1 < end && d[p + 1] == '<')
        {
          token.kind = TOKEN_DICT_BEGIN;
          p += 2;
        }
      else
        {
          token.kind = TOKEN_BAD;
          for (p++; p < end; p++)
            if (d[p] == '>')
              {
                token.kind = TOKEN_STRING;
                p++;
                break;
              }
        }
      break;
    case '>':
      token.kind = TOKEN_BAD;
      if (p + 1 < end && d[p + 1] == '>')
        {
          token.kind = TOKEN_DICT_END;
          p += 2;
        }
      else
        p++;
      break;
    case '[':
      token.kind = TOKEN_ARRAY_BEGIN;
      p++;
      break;
    case ']':
      token.kind = TOKEN_ARRAY_END;
      p++;
      break;
    case '{':
    case '}':
      token.kind = TOKEN_KEYWORD;
      p++;
      break;
    case ')':
      token.kind = TOKEN_BAD;
      p++;
      break;
    case '/':
      token.kind = TOKEN_NAME;
      for (p++; p < end && !is_space (d[p]) && !is_delimiter (d[p]); p++)
        ;
      break;
    default:
      {
        gboolean digits = FALSE, dot = FALSE, other = FALSE;

        for (; p < end && !is_space (d[p]) && !is_delimiter (d[p]); p++)
          {
            if (g_ascii_isdigit (d[p]))
              digits = TRUE;
            else if (d[p] == '.')
              dot = TRUE;
            else if (!((d[p] == '-' || d[p] == '+') && p == token.start))
              other = TRUE;
          }
        token.kind = other || !digits ? TOKEN_KEYWORD : dot ? TOKEN_REAL : TOKEN_INTEGER;
      }
      break;
    }
  token.end = p;
  *pos = p;
  return token;
}

static gboolean
token_is (const Part  *part,
          Token        token,
          const char  *text)
{
  gsize length = strlen (text);

  return token.end - token.start == length && memcmp (part->data + token.start, text, length) == 0;
}

static gint64
token_integer (const Part *part,
               Token       token)
{
  char buffer[24];
  gsize length = MIN (token.end - token.start, sizeof buffer - 1);

  memcpy (buffer, part->data + token.start, length);
  buffer[length] = '\0';
  return g_ascii_strtoll (buffer, NULL, 10);
}

static double
token_number (const Part *part,
              Token       token)
{
  char buffer[40];
  gsize length = MIN (token.end - token.start, sizeof buffer - 1);

  memcpy (buffer, part->data + token.start, length);
  buffer[length] = '\0';
  return g_ascii_strtod (buffer, NULL);
}

static gboolean
unreadable (const Part  *part,
            const char  *what,
            GError     **error)
{
  g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
               /* Translators: the first %s names a part of a PDF file being
                * joined ("progress reports 1–16"), the second what is
                * wrong with it */
               _("Could not join %s: %s"), part->name, what);
  return FALSE;
}

/* ---- reading a part: structure ------------------------------------------- */

typedef struct
{
  gsize start, end;  /* "N G obj" … up to the next object */
} ObjectSpan;

typedef struct
{
  Part        part;
  ObjectSpan *spans;     /* by old object number; end 0: none */
  guint       n_spans;
  guint      *numbers;   /* old → new object number; 0: dropped */
  guint       root, info, pages;
} Reading;

static void
reading_clear (Reading *reading)
{
  g_free (reading->spans);
  g_free (reading->numbers);
}

typedef struct
{
  gsize offset;
  guint number;
} Entry;

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const Entry *x = a, *y = b;

  return x->offset < y->offset ? -1 : x->offset > y->offset;
}

/* Reads "a g R" at *pos (after a key); the object number or 0. */
static guint
read_reference (const Part *part,
                gsize      *pos,
                gsize       end)
{
  Token number = next_token (part, pos, end);
  Token generation = next_token (part, pos, end);
  Token r = next_token (part, pos, end);
  gint64 value;

  if (number.kind != TOKEN_INTEGER || generation.kind != TOKEN_INTEGER || !token_is (part, r, "R"))
    return 0;
  value = token_integer (part, number);
  return value > 0 && value <= G_MAXUINT ? (guint) value : 0;
}

/* The position after @key in the dictionary that opens at *pos, at its
 * own level; FALSE when the dictionary has no such key. */
static gboolean
find_key (const Part *part,
          gsize       start,
          gsize       end,
          const char *key,
          gsize      *value_pos)
{
  gsize pos = start;
  int depth = 0;

  while (TRUE)
    {
      Token token = next_token (part, &pos, end);

      switch (token.kind)
        {
        case TOKEN_END:
        case TOKEN_BAD:
          return FALSE;
        case TOKEN_DICT_BEGIN:
        case TOKEN_ARRAY_BEGIN:
          depth++;
          break;
        case TOKEN_DICT_END:
        case TOKEN_ARRAY_END:
          if (--depth <= 0)
            return FALSE;
          break;
        case TOKEN_NAME:
          if (depth == 1 && token_is (part, token, key))
            {
              *value_pos = pos;
              return TRUE;
            }
          break;
        case TOKEN_KEYWORD:
          if (token_is (part, token, "stream") || token_is (part, token, "endobj"))
            return FALSE;
          break;
        case TOKEN_INTEGER:
        case TOKEN_REAL:
        case TOKEN_STRING:
        default:
          break;
        }
    }
}

/* Where the body of object @number starts (after "N G obj"). */
static gboolean
object_body (Reading *reading,
             guint    number,
             gsize   *body)
{
  const Part *part = &reading->part;
  gsize pos;
  Token n, g, obj;

  if (number == 0 || number >= reading->n_spans || reading->spans[number].end == 0)
    return FALSE;
  pos = reading->spans[number].start;
  n = next_token (part, &pos, reading->spans[number].end);
  g = next_token (part, &pos, reading->spans[number].end);
  obj = next_token (part, &pos, reading->spans[number].end);
  if (n.kind != TOKEN_INTEGER || token_integer (part, n) != number
      || g.kind != TOKEN_INTEGER || !token_is (part, obj, "obj"))
    return FALSE;
  *body = pos;
  return TRUE;
}

static guint
dictionary_reference (Reading    *reading,
                      guint       number,
                      const char *key)
{
  gsize body, value;

  if (!object_body (reading, number, &body)
      || !find_key (&reading->part, body, reading->spans[number].end, key, &value))
    return 0;
  return read_reference (&reading->part, &value, reading->spans[number].end);
}

/* The cross-reference table and the trailer. */
static gboolean
read_structure (Reading  *reading,
                GError  **error)
{
  const Part *part = &reading->part;
  g_autofree Entry *entries = NULL;
  guint n_entries = 0;
  gsize xref = 0, pos, tail;
  Token token;

  if (part->length < 32 || memcmp (part->data, "%PDF-", 5) != 0)
    return unreadable (part, _("it is not a PDF file"), error);

  /* "startxref N %%EOF" near the end */
  tail = part->length > 1024 ? part->length - 1024 : 0;
  for (pos = part->length - 9; pos > tail; pos--)
    if (memcmp (part->data + pos, "startxref", 9) == 0)
      break;
  if (pos == tail)
    return unreadable (part, _("it has no cross-reference table"), error);
  pos += 9;
  token = next_token (part, &pos, part->length);
  if (token.kind == TOKEN_INTEGER)
    xref = (gsize) token_integer (part, token);
  if (token.kind != TOKEN_INTEGER || xref >= part->length)
    return unreadable (part, _("its cross-reference offset is wrong"), error);

  pos = xref;
  token = next_token (part, &pos, part->length);
  if (!token_is (part, token, "xref"))
    return unreadable (part, _("it uses a cross-reference stream"), error);

  /* subsections: "first count" then count entries "offset generation n|f" */
  while (TRUE)
    {
      Token first = next_token (part, &pos, part->length);
      Token count;
      gint64 start, n;

      if (token_is (part, first, "trailer"))
        break;
      count = next_token (part, &pos, part->length);
      if (first.kind != TOKEN_INTEGER || count.kind != TOKEN_INTEGER)
        return unreadable (part, _("its cross-reference table is damaged"), error);
      start = token_integer (part, first);
      n = token_integer (part, count);
      if (start < 0 || n < 0 || start + n > 8 * 1024 * 1024)
        return unreadable (part, _("its cross-reference table is damaged"), error);
      if ((guint) (start + n) > reading->n_spans)
        {
          reading->spans = g_renew (ObjectSpan, reading->spans, start + n);
          memset (reading->spans + reading->n_spans, 0,
                  (start + n - reading->n_spans) * sizeof (ObjectSpan));
          reading->n_spans = start + n;
        }
      for (gint64 i = 0; i < n; i++)
        {
          Token offset = next_token (part, &pos, part->length);
          Token generation = next_token (part, &pos, part->length);
          Token kind = next_token (part, &pos, part->length);
          gint64 value = token_integer (part, offset);

          if (offset.kind != TOKEN_INTEGER || generation.kind != TOKEN_INTEGER)
            return unreadable (part, _("its cross-reference table is damaged"), error);
          if (token_is (part, kind, "f"))
            continue;
          if (!token_is (part, kind, "n") || value <= 0 || (gsize) value >= xref || start + i == 0)
            return unreadable (part, _("its cross-reference table is damaged"), error);
          reading->spans[start + i].start = (gsize) value;
          reading->spans[start + i].end = 1;  /* set below */
          n_entries++;
        }
    }

  if (!token_is (part, next_token (part, &pos, part->length), "<<"))
    return unreadable (part, _("its trailer is damaged"), error);
  pos -= 2;
  {
    gsize value;

    if (find_key (part, pos, part->length, "/Encrypt", &value))
      return unreadable (part, _("it is encrypted"), error);
    if (find_key (part, pos, part->length, "/Prev", &value))
      return unreadable (part, _("it has incremental updates"), error);
    if (find_key (part, pos, part->length, "/Root", &value))
      reading->root = read_reference (part, &value, part->length);
    if (find_key (part, pos, part->length, "/Info", &value))
      reading->info = read_reference (part, &value, part->length);
  }

  /* each object runs up to the next one (or the table) */
  entries = g_new (Entry, n_entries + 1);
  n_entries = 0;
  for (guint i = 1; i < reading->n_spans; i++)
    if (reading->spans[i].end != 0)
      {
        entries[n_entries].offset = reading->spans[i].start;
        entries[n_entries].number = i;
        n_entries++;
      }
  qsort (entries, n_entries, sizeof (Entry), compare_entries);
  for (guint i = 0; i < n_entries; i++)
    reading->spans[entries[i].number].end = i + 1 < n_entries ? entries[i + 1].offset : xref;

  if (reading->root == 0 || reading->root >= reading->n_spans || reading->spans[reading->root].end == 0)
    return unreadable (part, _("it has no document catalog"), error);
  reading->pages = dictionary_reference (reading, reading->root, "/Pages");
  if (reading->pages == 0)
    return unreadable (part, _("it has no page tree"), error);
  return TRUE;
}

/* ---- copying a part ------------------------------------------------------ */

/* Copies object @number into @out with every reference renumbered; the
 * stream data, if any, as it is. Notes a page's height in *@height. */
static gboolean
copy_object (Reading     *reading,
             guint        number,
             GByteArray  *out,
             double      *height,
             GError     **error)
{
  const Part *part = &reading->part;
  gsize end = reading->spans[number].end;
  gsize pos, copied;
  Token previous[2] = { { TOKEN_END, 0, 0 }, { TOKEN_END, 0, 0 } };
  int depth = 0;
  gboolean media_box = FALSE;
  char header[32];

  if (!object_body (reading, number, &pos))
    return unreadable (part, _("an object is not where its table says"), error);
  g_snprintf (header, sizeof header, "%u 0 obj", reading->numbers[number]);
  g_byte_array_append (out, (const guint8 *) header, strlen (header));
  copied = pos;

  while (TRUE)
    {
      Token token = next_token (part, &pos, end);

      if (token.kind == TOKEN_END)
        break;
      if (token.kind == TOKEN_BAD)
        return unreadable (part, _("an object is damaged"), error);
      if (token.kind == TOKEN_KEYWORD
          && (token_is (part, token, "stream") || token_is (part, token, "endobj")))
        break;

      if (token.kind == TOKEN_KEYWORD && token_is (part, token, "R")
          && previous[0].kind == TOKEN_INTEGER && previous[1].kind == TOKEN_INTEGER)
        {
          /* "number generation R": previous[1] previous[0] token */
          gint64 target = token_integer (part, previous[1]);
          char replacement[32];

          if (target <= 0 || target >= reading->n_spans || reading->numbers[target] == 0)
            return unreadable (part, _("an object refers to one it does not have"), error);
          g_byte_array_append (out, (const guint8 *) part->data + copied, previous[1].start - copied);
          g_snprintf (replacement, sizeof replacement, "%u 0", reading->numbers[target]);
          g_byte_array_append (out, (const guint8 *) replacement, strlen (replacement));
          copied = previous[0].end;
        }
      else if (token.kind == TOKEN_DICT_BEGIN || token.kind == TOKEN_ARRAY_BEGIN)
        depth++;
      else if (token.kind == TOKEN_DICT_END || token.kind == TOKEN_ARRAY_END)
        {
          depth--;
          media_box = FALSE;
        }
      else if (token.kind == TOKEN_NAME && depth == 1)
        media_box = token_is (part, token, "/MediaBox");

      /* [ x0 y0 x1 y1 ]: the height, once the fourth number is read */
      if (media_box && depth == 2 && (token.kind == TOKEN_INTEGER || token.kind == TOKEN_REAL)
          && (previous[0].kind == TOKEN_INTEGER || previous[0].kind == TOKEN_REAL)
          && (previous[1].kind == TOKEN_INTEGER || previous[1].kind == TOKEN_REAL))
        *height = token_number (part, token) - token_number (part, previous[1]);

      previous[1] = previous[0];
      previous[0] = token;
    }
  g_byte_array_append (out, (const guint8 *) part->data + copied, end - copied);
  return TRUE;
}

/* The old numbers of the pages, in order, from the page tree's /Kids. */
static GArray *
read_kids (Reading  *reading,
           GError  **error)
{
  const Part *part = &reading->part;
  g_autoptr(GArray) kids = g_array_new (FALSE, FALSE, sizeof (guint));
  gsize body, pos, end = reading->spans[reading->pages].end;
  Token token;

  if (!object_body (reading, reading->pages, &body))
    {
      unreadable (part, _("an object is not where its table says"), error);
      return NULL;
    }
  if (!find_key (part, body, end, "/Kids", &pos))
    {
      unreadable (part, _("its page tree has no pages"), error);
      return NULL;
    }
  if (next_token (part, &pos, end).kind != TOKEN_ARRAY_BEGIN)
    {
      unreadable (part, _("its page tree is damaged"), error);
      return NULL;
    }
  while ((token = next_token (part, &pos, end)).kind == TOKEN_INTEGER)
    {
      gsize back = token.start;
      guint kid = read_reference (part, &back, end);
      gsize kid_body, type_pos;

      if (kid == 0 || kid >= reading->n_spans || reading->spans[kid].end == 0
          || !object_body (reading, kid, &kid_body)
          || !find_key (part, kid_body, reading->spans[kid].end, "/Type", &type_pos)
          || !token_is (part, next_token (part, &type_pos, reading->spans[kid].end), "/Page"))
        {
          unreadable (part, _("its page tree is nested or damaged"), error);
          return NULL;
        }
      g_array_append_val (kids, kid);
      pos = back;
    }
  if (token.kind != TOKEN_ARRAY_END || kids->len == 0)
    {
      unreadable (part, _("its page tree is damaged"), error);
      return NULL;
    }
  return g_steal_pointer (&kids);
}

gboolean
caseload_pdf_join_append (CaseloadPdfJoin  *join,
                          GBytes           *part_bytes,
                          const char       *part_name,
                          GCancellable     *cancellable,
                          GError          **error)
{
  Reading reading = { { NULL, 0, NULL }, NULL, 0, NULL, 0, 0, 0 };
  g_autoptr(GByteArray) out = NULL;
  g_autoptr(GArray) kids = NULL;
  g_autoptr(GArray) relative = NULL;   /* gsize: each object's offset in out */
  g_autoptr(GArray) heights = NULL;
  guint next_number = join->next_number;
  gboolean ok = FALSE;

  g_return_val_if_fail (join != NULL, FALSE);
  g_return_val_if_fail (part_bytes != NULL, FALSE);

  reading.part.data = g_bytes_get_data (part_bytes, &reading.part.length);
  reading.part.name = part_name;
  if (!read_structure (&reading, error))
    goto out;

  /* new numbers: the page tree becomes ours, catalog and metadata go */
  reading.numbers = g_new0 (guint, reading.n_spans);
  for (guint i = 1; i < reading.n_spans; i++)
    {
      if (reading.spans[i].end == 0 || i == reading.root || i == reading.info)
        continue;
      reading.numbers[i] = i == reading.pages ? PAGES_OBJECT : next_number++;
    }
  kids = read_kids (&reading, error);
  if (kids == NULL)
    goto out;

  out = g_byte_array_sized_new (reading.part.length + reading.part.length / 16);
  relative = g_array_sized_new (FALSE, FALSE, sizeof (gsize), next_number - join->next_number);
  heights = g_array_sized_new (FALSE, FALSE, sizeof (double), kids->len);
  for (guint k = 0; k < kids->len; k++)
    {
      double height = 792;  /* US Letter, if the page does not say */

      g_array_append_val (heights, height);
    }
  g_array_set_size (relative, next_number - join->next_number);
  for (guint i = 1; i < reading.n_spans; i++)
    {
      double height = 0;

      if (reading.numbers[i] == 0 || reading.numbers[i] == PAGES_OBJECT)
        continue;
      g_array_index (relative, gsize, reading.numbers[i] - join->next_number) = out->len;
      if (!copy_object (&reading, i, out, &height, error))
        goto out;
      if (height > 0)
        for (guint k = 0; k < kids->len; k++)
          if (g_array_index (kids, guint, k) == i)
            g_array_index (heights, double, k) = height;
    }

  /* all read: now write */
  if (!write_header (join, cancellable, error))
    goto out;
  g_array_set_size (join->offsets, next_number);
  for (guint n = join->next_number; n < next_number; n++)
    g_array_index (join->offsets, guint64, n) = join->written + g_array_index (relative, gsize, n - join->next_number);
  if (!write_bytes (join, out->data, out->len, cancellable, error))
    goto out;
  for (guint k = 0; k < kids->len; k++)
    {
      guint page = reading.numbers[g_array_index (kids, guint, k)];

      g_array_append_val (join->pages, page);
      g_array_append_val (join->heights, g_array_index (heights, double, k));
    }
  join->next_number = next_number;
  ok = TRUE;

out:
  reading_clear (&reading);
  return ok;
}

/* ---- outline and metadata ------------------------------------------------ */

int
caseload_pdf_join_add_outline (CaseloadPdfJoin *join,
                               int              parent,
                               const char      *title,
                               guint            page,
                               double           x,
                               double           y)
{
  OutlineItem item = { 0 };
  OutlineItem *up;
  int id;

  g_return_val_if_fail (join != NULL, -1);
  g_return_val_if_fail (parent >= 0 && (guint) parent < join->items->len, -1);
  g_return_val_if_fail (page < join->pages->len, -1);

  item.title = g_strdup (title != NULL ? title : "");
  item.page = page;
  item.x = x;
  item.y = y;
  item.parent = parent;
  id = join->items->len;
  g_array_append_val (join->items, item);

  up = &g_array_index (join->items, OutlineItem, parent);
  if (up->last != 0)
    {
      g_array_index (join->items, OutlineItem, up->last).next = id;
      g_array_index (join->items, OutlineItem, id).prev = up->last;
    }
  else
    up->first = id;
  up->last = id;
  up->n_children++;
  return id;
}

void
caseload_pdf_join_set_metadata (CaseloadPdfJoin *join,
                                const char      *key,
                                const char      *value)
{
  g_return_if_fail (join != NULL);

  for (guint i = 0; i < G_N_ELEMENTS (metadata_keys); i++)
    if (g_strcmp0 (key, metadata_keys[i]) == 0)
      {
        g_free (join->metadata[i]);
        join->metadata[i] = g_strdup (value);
        return;
      }
  g_return_if_reached ();
}

/* A PDF text string: UTF-16BE with a byte order mark, in hex. */
static void
append_text_string (GString    *out,
                    const char *text)
{
  g_autofree gunichar2 *utf16 = NULL;
  glong length = 0;

  utf16 = g_utf8_to_utf16 (text, -1, NULL, &length, NULL);
  g_string_append (out, "<FEFF");
  for (glong i = 0; utf16 != NULL && i < length; i++)
    g_string_append_printf (out, "%04X", utf16[i]);
  g_string_append_c (out, '>');
}

static gboolean
begin_object (CaseloadPdfJoin *join,
              guint            number,
              GString         *out)
{
  if (number >= join->offsets->len)
    g_array_set_size (join->offsets, number + 1);
  g_array_index (join->offsets, guint64, number) = join->written + out->len;
  g_string_append_printf (out, "%u 0 obj\n", number);
  return TRUE;
}

gboolean
caseload_pdf_join_finish (CaseloadPdfJoin  *join,
                          GCancellable     *cancellable,
                          GError          **error)
{
  g_autoptr(GString) out = g_string_sized_new (64 * 1024);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = NULL;
  g_autofree char *zone = NULL;
  guint outline_base = 0, info, catalog;
  guint64 xref;

  g_return_val_if_fail (join != NULL, FALSE);

  if (join->pages->len == 0)
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_INVALID,
                           _("There are no pages to write."));
      return FALSE;
    }

  /* the page tree */
  begin_object (join, PAGES_OBJECT, out);
  g_string_append (out, "<< /Type /Pages\n   /Kids [");
  for (guint i = 0; i < join->pages->len; i++)
    g_string_append_printf (out, i % 8 == 0 ? "\n     %u 0 R" : " %u 0 R", g_array_index (join->pages, guint, i));
  g_string_append_printf (out, " ]\n   /Count %u\n>>\nendobj\n", join->pages->len);

  /* the outline: every item closed, so each shows its children's count
   * negated and the root counts the top level */
  if (join->items->len > 1)
    {
      OutlineItem *root = &g_array_index (join->items, OutlineItem, 0);

      outline_base = join->next_number;
      begin_object (join, outline_base, out);
      g_string_append_printf (out, "<< /Type /Outlines\n   /First %u 0 R\n   /Last %u 0 R\n   /Count %u\n>>\nendobj\n",
                              outline_base + root->first, outline_base + root->last, root->n_children);
      for (guint i = 1; i < join->items->len; i++)
        {
          OutlineItem *item = &g_array_index (join->items, OutlineItem, i);
          double height = g_array_index (join->heights, double, item->page);

          begin_object (join, outline_base + i, out);
          g_string_append (out, "<< /Title ");
          append_text_string (out, item->title);
          g_string_append_printf (out, "\n   /Parent %u 0 R\n", outline_base + item->parent);
          if (item->prev != 0)
            g_string_append_printf (out, "   /Prev %u 0 R\n", outline_base + item->prev);
          if (item->next != 0)
            g_string_append_printf (out, "   /Next %u 0 R\n", outline_base + item->next);
          if (item->first != 0)
            g_string_append_printf (out, "   /First %u 0 R\n   /Last %u 0 R\n   /Count -%u\n",
                                    outline_base + item->first, outline_base + item->last, item->n_children);
          g_string_append_printf (out, "   /Dest [ %u 0 R /XYZ %d %d 0 ]\n>>\nendobj\n",
                                  g_array_index (join->pages, guint, item->page),
                                  (int) item->x, (int) (height - item->y));
        }
      join->next_number += join->items->len;
    }

  /* the document information */
  info = join->next_number++;
  begin_object (join, info, out);
  g_string_append (out, "<< /Producer ");
  append_text_string (out, "Caseload");
  for (guint i = 0; i < G_N_ELEMENTS (metadata_keys); i++)
    if (join->metadata[i] != NULL)
      {
        g_string_append_printf (out, "\n   /%s ", metadata_keys[i]);
        append_text_string (out, join->metadata[i]);
      }
  date = g_date_time_format (now, "%Y%m%d%H%M%S");
  zone = g_date_time_format (now, "%z");
  g_string_append_printf (out, "\n   /CreationDate (D:%s%c%.2s'%.2s)\n>>\nendobj\n",
                          date, zone[0], zone + 1, zone + 3);

  /* the catalog */
  catalog = join->next_number++;
  begin_object (join, catalog, out);
  g_string_append_printf (out, "<< /Type /Catalog\n   /Pages %u 0 R\n", PAGES_OBJECT);
  if (outline_base != 0)
    g_string_append_printf (out, "   /Outlines %u 0 R\n   /PageMode /UseOutlines\n", outline_base);
  g_string_append (out, ">>\nendobj\n");

  /* the cross-reference table: 20 bytes an entry */
  xref = join->written + out->len;
  g_string_append_printf (out, "xref\n0 %u\n0000000000 65535 f \n", join->next_number);
  for (guint i = 1; i < join->next_number; i++)
    g_string_append_printf (out, "%010" G_GUINT64_FORMAT " 00000 n \n", g_array_index (join->offsets, guint64, i));
  g_string_append_printf (out, "trailer\n<< /Size %u\n   /Root %u 0 R\n   /Info %u 0 R\n>>\nstartxref\n%" G_GUINT64_FORMAT "\n%%%%EOF\n",
                          join->next_number, catalog, info, xref);

  return write_header (join, cancellable, error)
         && write_bytes (join, out->str, out->len, cancellable, error);
}
