#!/usr/bin/env bash
# The core library must stay free of GTK and libadwaita, and caseload-cli,
# which links only the core, must not pull libgtk in at run time.
#
# usage: check-core-no-gtk.sh SOURCE_ROOT CASELOAD_CLI_EXECUTABLE
set -euo pipefail

if [ "$#" -ne 2 ]; then
  echo "usage: $0 SOURCE_ROOT CASELOAD_CLI" >&2
  exit 2
fi
src_root=$1
cli=$2
failed=0

core_dir="$src_root/src/core"
if [ ! -d "$core_dir" ]; then
  echo "FAIL: $core_dir does not exist" >&2
  exit 1
fi

nfiles=$(find "$core_dir" -type f \( -name '*.c' -o -name '*.h' \) | wc -l)
if [ "$nfiles" -eq 0 ]; then
  echo "FAIL: no C sources under $core_dir" >&2
  exit 1
fi

# Any include of a GTK-stack header (gtk/, gdk/, gsk/, adwaita.h, libadwaita).
pattern='^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"](gtk/|gdk/|gsk/|adwaita\.h|libadwaita)'
if hits=$(grep -rnE --include='*.c' --include='*.h' "$pattern" "$core_dir"); then
  echo "FAIL: src/core includes GTK or libadwaita headers:" >&2
  echo "$hits" >&2
  failed=1
else
  echo "ok: none of the $nfiles files under src/core includes GTK or libadwaita"
fi

if [ ! -x "$cli" ]; then
  echo "FAIL: $cli is not an executable" >&2
  exit 1
fi

# Direct dependencies recorded in the ELF file.
needed=$(objdump -p "$cli" | awk '$1 == "NEEDED" { print $2 }')
if [ -z "$needed" ]; then
  echo "FAIL: objdump found no NEEDED entries in $cli" >&2
  exit 1
fi
if echo "$needed" | grep -E '^lib(gtk|gdk|adwaita)' >&2; then
  echo "FAIL: $cli links the libraries above directly" >&2
  failed=1
else
  echo "ok: $cli links directly only:" $needed
fi

# Everything the dynamic loader would load, transitively.
libs=$(ldd "$cli")
if ! grep -q 'libglib-2\.0' <<< "$libs"; then
  echo "FAIL: ldd output for $cli looks wrong (no libglib-2.0):" >&2
  echo "$libs" >&2
  exit 1
fi
if echo "$libs" | grep -E 'lib(gtk-[0-9]|gtk4|adwaita|gdk-[0-9])' >&2; then
  echo "FAIL: $cli loads GTK or libadwaita at run time (see above)" >&2
  failed=1
else
  echo "ok: $cli loads no GTK or libadwaita library at run time"
fi

exit "$failed"
