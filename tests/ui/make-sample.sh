#!/bin/sh
# make-sample.sh CLI OUTPUT: a fixed 10 000-student sample database for the
# UI tests and benchmarks (same seed and as-of date: the same file).
set -e
rm -f "$2" "$2-wal" "$2-shm"
"$1" --database "$2" sample --students 10000 --seed 1 --as-of 2026-01-15 >/dev/null
