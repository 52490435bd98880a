#!/usr/bin/env bash
# po/POTFILES.in must name only files that exist, must name every source
# file that marks strings for translation, and xgettext must be able to
# extract the catalog from it.
#
# usage: check-potfiles.sh SOURCE_ROOT
set -euo pipefail

if [ "$#" -ne 1 ]; then
  echo "usage: $0 SOURCE_ROOT" >&2
  exit 2
fi
cd "$1"
failed=0

listed=$(sed -e 's/#.*//' -e 's/[[:space:]]*$//' po/POTFILES.in | sed '/^$/d')
if [ -z "$listed" ]; then
  echo "FAIL: po/POTFILES.in lists no file" >&2
  exit 1
fi

for f in $listed; do
  if [ ! -f "$f" ]; then
    echo "FAIL: po/POTFILES.in lists $f, which does not exist" >&2
    failed=1
  fi
done

# C files calling _(), N_(), C_(), NC_(), g_dngettext or ngettext; .ui files
# with translatable="yes"; the data files merged with translations.
candidates=$( {
  grep -rlE '(^|[^A-Za-z0-9_])(_|N_|C_|NC_|g_dngettext|ngettext)[[:space:]]*\(' \
    --include='*.c' src || true
  grep -rl 'translatable="yes"' --include='*.ui' ui 2>/dev/null || true
  ls data/*.desktop.in data/*.metainfo.xml.in data/*.gschema.xml 2>/dev/null || true
} | sort -u)

for f in $candidates; do
  if ! grep -qxF "$f" <<< "$listed"; then
    echo "FAIL: $f has translatable strings but is not in po/POTFILES.in" >&2
    failed=1
  fi
done

if [ "$failed" -ne 0 ]; then
  exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The same keywords as meson's 'glib' preset.
echo "$listed" > "$tmp/POTFILES"
if ! xgettext --from-code=UTF-8 --add-comments \
    --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
    --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
    --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
    --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
    --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
    --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
    --flag=g_markup_printf_escaped:1:c-format --flag=g_log:3:c-format \
    --flag=g_print:1:c-format --flag=g_printerr:1:c-format --flag=g_printf:1:c-format \
    --flag=g_fprintf:2:c-format --flag=g_sprintf:2:c-format --flag=g_snprintf:3:c-format \
    --files-from="$tmp/POTFILES" -o "$tmp/caseload.pot" 2>"$tmp/xgettext.err"; then
  cat "$tmp/xgettext.err" >&2
  echo "FAIL: xgettext cannot extract the catalog from po/POTFILES.in" >&2
  exit 1
fi
cat "$tmp/xgettext.err" >&2
# A message glued to a macro (e.g. "%" G_GINT64_FORMAT) reaches the catalog
# cut short and can never be translated: use PRId64 from <inttypes.h>, which
# xgettext understands, or format the number first.
if grep -q 'is not a valid C format string' "$tmp/xgettext.err"; then
  echo "FAIL: some translatable messages are cut short in the catalog (see the warnings above)" >&2
  exit 1
fi
count=$(grep -c '^msgid ' "$tmp/caseload.pot" || true)
# The header entry is one msgid "".
count=$((count - 1))
if [ "$count" -le 0 ]; then
  echo "FAIL: xgettext extracted no message" >&2
  exit 1
fi
echo "ok: $(echo "$listed" | wc -l) files listed, $count messages extracted"
