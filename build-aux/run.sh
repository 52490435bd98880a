#!/usr/bin/env bash
# Quick start: installs what is missing, builds Caseload, and opens it on a
# sample database (made on the first run, never overwritten).
# Arguments are passed on to the application.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$(pwd)

build-aux/setup.sh

build_dir=${CASELOAD_BUILD_DIR:-_build}
case "$build_dir" in
  /*) ;;
  *) build_dir=$root/$build_dir ;;
esac

data_dir=${XDG_DATA_HOME:-$HOME/.local/share}/caseload
db=$data_dir/sample.db

if [ ! -e "$db" ]; then
  echo "Creating a sample database with 400 students at $db"
  mkdir -p "$data_dir"
  chmod 0700 "$data_dir"
  # Build it under a temporary name so that an interrupted run leaves no
  # half-filled sample behind.
  tmp=$data_dir/.sample-$$.db
  rm -f "$tmp" "$tmp-wal" "$tmp-shm" "$tmp-journal"
  if ! "$build_dir/src/cli/caseload-cli" --database "$tmp" sample --students 400; then
    rm -f "$tmp" "$tmp-wal" "$tmp-shm" "$tmp-journal"
    echo "run.sh: could not create the sample database" >&2
    exit 1
  fi
  if [ -e "$tmp-wal" ] || [ -e "$tmp-journal" ]; then
    rm -f "$tmp" "$tmp-wal" "$tmp-shm" "$tmp-journal"
    echo "run.sh: caseload-cli left its journal behind; the sample was not kept" >&2
    exit 1
  fi
  rm -f "$tmp-shm"
  mv -n "$tmp" "$db"
  rm -f "$tmp"
else
  echo "Using the existing sample database at $db"
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "run.sh: Caseload is built, but there is no display to show its window" >&2
  echo "run.sh: (neither DISPLAY nor WAYLAND_DISPLAY is set). Run this from a desktop session," >&2
  echo "run.sh: or forward X with ssh -X. The sample database is at $db." >&2
  exit 1
fi

# Run from the build tree: the compiled GSettings schema is in data/ there,
# and the icons come from the source tree.
export GSETTINGS_SCHEMA_DIR=$build_dir/data
export XDG_DATA_DIRS=$root/data:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}
exec "$build_dir/src/gui/caseload" --database "$db" "$@"
