#!/usr/bin/env bash
# Installs the Debian packages Caseload needs to build, run and test (only the
# missing ones), then configures and builds it with meson in _build.
#
# Used by build-aux/run.sh and build-aux/test.sh; it can also be run alone.
# CASELOAD_BUILD_DIR chooses another build directory (relative to the
# repository root or absolute).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

packages=(
  # build
  meson ninja-build pkg-config gcc binutils gettext
  libglib2.0-dev libgtk-4-dev libadwaita-1-dev libsqlite3-dev libxml2-dev
  libcairo2-dev libpango1.0-dev libjson-glib-dev
  # iCalendar invitations and feeds (RFC 5545) without a writer of our own
  libical-dev
  # OneRoster imports: zips and CSV through libraries, not parsers of our own
  libarchive-dev libcsv-dev
  # fuzzing (libFuzzer) and the AddressSanitizer/UBSan build of the core suite
  clang libclang-rt-14-dev
  # reading printed PDFs back in the document tests, and qpdf checking
  # the structure of the PDFs the batch joins
  libpoppler-glib-dev qpdf
  # gtk4-update-icon-cache for meson's post-install step (only recommended
  # by GTK, so named here for machines that skip recommendations)
  libgtk-4-bin
  # data-file validators
  desktop-file-utils appstream
  # running the window, and testing it headless through the accessibility tree
  xvfb xauth dbus dbus-x11 at-spi2-core
  python3 python3-pyatspi python3-gi gir1.2-atspi-2.0
  adwaita-icon-theme fonts-cantarell librsvg2-common
  # inspecting databases, images and PDFs
  sqlite3 imagemagick poppler-utils
)

say () {
  printf 'caseload setup: %s\n' "$*" >&2
}

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  say "this script needs Debian 12 (dpkg-query and apt-get were not found)"
  exit 1
fi

missing=()
for pkg in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
  if [ "$status" != "installed" ]; then
    missing+=("$pkg")
  fi
done

if [ "${#missing[@]}" -gt 0 ]; then
  say "installing missing Debian packages: ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then
    as_root=()
  elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
  else
    say "not running as root and sudo is not installed; install these packages first: ${missing[*]}"
    exit 1
  fi
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q </dev/null
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q "${missing[@]}" </dev/null
fi

build_dir=${CASELOAD_BUILD_DIR:-_build}

if [ -f "$build_dir/meson-private/coredata.dat" ] && [ -f "$build_dir/build.ninja" ]; then
  # Already configured: `meson compile` picks up changes to the meson files
  # by itself. Start over only if another meson version made the directory.
  made_by=$(sed -n 's/.*"meson_version": *{[^}]*"full": *"\([^"]*\)".*/\1/p' \
              "$build_dir/meson-info/meson-info.json" 2>/dev/null || true)
  if [ "$made_by" != "$(meson --version)" ]; then
    say "$build_dir was made by meson ${made_by:-of another version}; configuring it again"
    meson setup --wipe "$build_dir" .
  fi
else
  meson setup "$build_dir" .
fi

meson compile -C "$build_dir"
