#!/usr/bin/env bash
# Installs what is missing, builds Caseload, and runs the whole test suite
# (core, cli, data, and the UI tests in a real window under Xvfb with a
# session bus and an accessibility bus). Exits non-zero on any failure;
# a skipped test counts as failed. The last line printed is
# "N passed, M failed".
# Arguments are passed on to `meson test` (e.g. --suite core).
#
# Without arguments it also builds a second, headless tree with clang,
# AddressSanitizer and UndefinedBehaviorSanitizer (_build-sanitize, or
# CASELOAD_SANITIZE_BUILD_DIR) and runs the core suite there plus one
# libFuzzer run per importer (suite "fuzz", 60 s each, two at a time);
# their results count in the last line. CASELOAD_SKIP_SANITIZE=1 skips it.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

build_dir=${CASELOAD_BUILD_DIR:-_build}

if ! build-aux/setup.sh; then
  echo "test.sh: set-up or build failed" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

log=$(mktemp)
status_file=$(mktemp)
trap 'rm -f "$log" "$status_file"' EXIT

# What runs inside the X server and the D-Bus session.
inner='
set -u
build_dir=$1
log=$2
status_file=$3
shift 3

launcher=
for candidate in /usr/libexec/at-spi-bus-launcher \
                 /usr/lib/at-spi2-core/at-spi-bus-launcher \
                 /usr/lib/*/at-spi2-core/at-spi-bus-launcher \
                 /usr/lib/at-spi2/at-spi-bus-launcher; do
  if [ -x "$candidate" ]; then
    launcher=$candidate
    break
  fi
done
if [ -z "$launcher" ]; then
  echo "test.sh: at-spi-bus-launcher not found (package at-spi2-core)" >&2
  echo 1 > "$status_file"
  exit 1
fi
"$launcher" --launch-immediately &
launcher_pid=$!

# Wait until the launcher owns its name on the session bus (asking the name
# itself too early would make D-Bus activate a second launcher), then until
# it hands out the accessibility bus address.
a11y_ok=0
for _ in $(seq 1 50); do
  if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
       org.freedesktop.DBus.NameHasOwner string:org.a11y.Bus 2>/dev/null | grep -q "boolean true" &&
     dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus \
       org.a11y.Bus.GetAddress 2>/dev/null | grep -q "unix:"; then
    a11y_ok=1
    break
  fi
  sleep 0.2
done
if [ "$a11y_ok" -ne 1 ]; then
  echo "test.sh: the accessibility bus did not start" >&2
  kill "$launcher_pid" 2>/dev/null || true
  echo 1 > "$status_file"
  exit 1
fi

echo "test.sh: DISPLAY=$DISPLAY, session bus $DBUS_SESSION_BUS_ADDRESS, accessibility bus up"
meson test -C "$build_dir" --print-errorlogs --num-processes 2 "$@" </dev/null 2>&1 | tee "$log"
echo "${PIPESTATUS[0]}" > "$status_file"
kill "$launcher_pid" 2>/dev/null || true
wait "$launcher_pid" 2>/dev/null || true
'

# GTK 4 talks to AT-SPI by default; make sure nothing in the caller's
# environment turns that off.
unset NO_AT_BRIDGE
export GTK_A11Y=atspi

echo 1 > "$status_file"
xvfb-run -a -s "-screen 0 1280x1024x24" \
  dbus-run-session -- bash -c "$inner" test.sh "$build_dir" "$log" "$status_file" "$@" \
  </dev/null || true

meson_status=$(cat "$status_file")

count () {
  # The number after "$1:" in meson's closing summary of log $2, 0 when absent.
  awk -v key="$1:" '
    index($0, key) == 1 { n = substr($0, length(key) + 1); gsub(/[^0-9]/, "", n); v = n }
    END { print (v == "" ? 0 : v) }' "${2:-$log}"
}

ok=$(count "Ok")
expected_fail=$(count "Expected Fail")
fail=$(count "Fail")
unexpected_pass=$(count "Unexpected Pass")
skipped=$(count "Skipped")
timeout=$(count "Timeout")

passed=$((ok + expected_fail))
failed=$((fail + unexpected_pass + skipped + timeout))

if ! grep -q '^Ok:' "$log"; then
  echo "test.sh: meson test did not finish (no summary)" >&2
  failed=$((failed > 0 ? failed : 1))
fi

# The sanitizer build: the core suite under ASan+UBSan, and the fuzzers.
# Only for a whole run (arguments select tests of the main build).
if [ "$#" -eq 0 ] && [ "${CASELOAD_SKIP_SANITIZE:-0}" != 1 ]; then
  sanitize_dir=${CASELOAD_SANITIZE_BUILD_DIR:-_build-sanitize}
  sanitize_log=$(mktemp)
  trap 'rm -f "$log" "$status_file" "$sanitize_log"' EXIT
  sanitize_start=$(date +%s)
  sanitize_ok=1
  if [ ! -f "$sanitize_dir/build.ninja" ]; then
    # -fsanitize=fuzzer-no-link instruments the core library for the
    # fuzzers' coverage; the GUI is not built here.
    CC=clang meson setup "$sanitize_dir" . \
      -Db_sanitize=address,undefined -Db_lundef=false \
      -Dgui=false -Dfuzzing=true -Dc_args=-fsanitize=fuzzer-no-link \
      >"$sanitize_log" 2>&1 || sanitize_ok=0
  fi
  if [ "$sanitize_ok" -eq 1 ] && ! meson compile -C "$sanitize_dir" >>"$sanitize_log" 2>&1; then
    sanitize_ok=0
  fi
  if [ "$sanitize_ok" -eq 1 ]; then
    # GLib 2.74 wants these under ASan. Leaks are checked; the only
    # suppressions are caches of libraries below us (build-aux/lsan.supp).
    env G_SLICE=always-malloc G_DEBUG=gc-friendly \
      ASAN_OPTIONS=detect_stack_use_after_return=0 \
      UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
      LSAN_OPTIONS="suppressions=$PWD/build-aux/lsan.supp:print_suppressions=0" \
      meson test -C "$sanitize_dir" --suite core --suite fuzz --num-processes 2 \
        --print-errorlogs </dev/null >"$sanitize_log" 2>&1 || true
    tail -n 40 "$sanitize_log"
  else
    tail -n 40 "$sanitize_log" >&2
    echo "test.sh: the sanitizer build failed" >&2
  fi
  s_passed=$(( $(count "Ok" "$sanitize_log") + $(count "Expected Fail" "$sanitize_log") ))
  s_failed=$(( $(count "Fail" "$sanitize_log") + $(count "Unexpected Pass" "$sanitize_log") +
               $(count "Skipped" "$sanitize_log") + $(count "Timeout" "$sanitize_log") ))
  if ! grep -q '^Ok:' "$sanitize_log"; then
    echo "test.sh: the sanitizer tests did not finish (no summary)" >&2
    s_failed=$((s_failed > 0 ? s_failed : 1))
  fi
  echo "test.sh: sanitizer build and fuzzing: $s_passed passed, $s_failed failed, $(( $(date +%s) - sanitize_start )) s"
  passed=$((passed + s_passed))
  failed=$((failed + s_failed))
fi
if [ "$skipped" -gt 0 ]; then
  echo "test.sh: $skipped test(s) skipped; a test that cannot run counts as failed" >&2
fi
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then
  echo "test.sh: no test ran" >&2
  failed=1
fi
if [ "$meson_status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "test.sh: meson test exited with status $meson_status" >&2
  failed=1
fi

echo "$passed passed, $failed failed"
if [ "$failed" -ne 0 ]; then
  exit 1
fi
