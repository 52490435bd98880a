#!/usr/bin/env bash
# `meson install` into a scratch DESTDIR must install everything a desktop
# needs (programs, desktop file, metainfo, icons, GSettings schema,
# translations), the installed metadata must validate as a tree, and the
# installed command-line tool must work from there.
#
# usage: check-install.sh SOURCE_ROOT BUILD_ROOT PREFIX BINDIR DATADIR LOCALEDIR
set -euo pipefail

if [ "$#" -ne 6 ]; then
  echo "usage: $0 SOURCE_ROOT BUILD_ROOT PREFIX BINDIR DATADIR LOCALEDIR" >&2
  exit 2
fi
src_root=$1
build_root=$2
prefix=$3
bindir=$4
datadir=$5
localedir=$6
app_id=io.github.caseload.Caseload
failed=0

# bindir, datadir and localedir are relative to the prefix unless absolute.
abs () {
  case "$1" in
    /*) echo "$1" ;;
    *) echo "$prefix/$1" ;;
  esac
}

destdir=$(mktemp -d)
trap 'rm -rf "$destdir"' EXIT

if ! meson install -C "$build_root" --no-rebuild --quiet --destdir "$destdir" >"$destdir.log" 2>&1; then
  cat "$destdir.log" >&2
  rm -f "$destdir.log"
  echo "FAIL: meson install --destdir failed" >&2
  exit 1
fi
rm -f "$destdir.log"

root=$destdir
bin=$root$(abs "$bindir")
share=$root$(abs "$datadir")
locale=$root$(abs "$localedir")

expect () {
  if [ -s "$1" ]; then
    echo "ok: installed ${1#"$root"}"
  else
    echo "FAIL: ${1#"$root"} was not installed" >&2
    failed=1
  fi
}

expect "$bin/caseload-cli"
if [ -f "$build_root/src/gui/caseload" ]; then
  expect "$bin/caseload"
fi
expect "$share/applications/$app_id.desktop"
expect "$share/metainfo/$app_id.metainfo.xml"
expect "$share/icons/hicolor/scalable/apps/$app_id.svg"
expect "$share/icons/hicolor/symbolic/apps/$app_id-symbolic.svg"
expect "$share/glib-2.0/schemas/$app_id.gschema.xml"

langs=$(sed -e 's/#.*//' "$src_root/po/LINGUAS" | tr -s '[:space:]' '\n' | sed '/^$/d')
for lang in $langs; do
  expect "$locale/$lang/LC_MESSAGES/caseload.mo"
done

if [ "$failed" -ne 0 ]; then
  exit 1
fi

# The installed schema compiles where it landed.
if ! glib-compile-schemas --strict --dry-run "$share/glib-2.0/schemas"; then
  echo "FAIL: the installed GSettings schema does not compile" >&2
  failed=1
fi

# Desktop file, metainfo and icons checked together as installed.
if appstreamcli validate-tree --no-net "$root$prefix"; then
  echo "ok: appstreamcli validate-tree"
else
  echo "FAIL: appstreamcli validate-tree rejects the installed tree" >&2
  failed=1
fi
if ! desktop-file-validate "$share/applications/$app_id.desktop"; then
  echo "FAIL: desktop-file-validate rejects the installed desktop file" >&2
  failed=1
fi

# The installed command-line tool works on its own (its SQL migrations are
# compiled into it), without the build tree's environment.
db=$destdir/check.db
if out=$(env -u GSETTINGS_SCHEMA_DIR -u CASELOAD_SOURCE_ROOT \
           HOME="$destdir" XDG_DATA_HOME="$destdir/data" \
           "$bin/caseload-cli" --database "$db" init 2>&1); then
  echo "ok: installed caseload-cli init: $out"
  if [ ! -s "$db" ]; then
    echo "FAIL: installed caseload-cli init created no database at $db" >&2
    failed=1
  fi
else
  echo "FAIL: the installed caseload-cli init failed: $out" >&2
  failed=1
fi

exit "$failed"
