#!/bin/sh
# Runs a libFuzzer target for SECONDS from the seed corpus SEEDS (read
# only; new inputs go to a scratch folder). A crash, leak or sanitizer
# report exits non-zero and leaves the input as crash-* in the build
# folder: it becomes a regression seed in tests/fuzz/corpus/.
# usage: run-fuzzer.sh FUZZER SEEDS SECONDS
set -eu
fuzzer=$1
seeds=$2
seconds=$3
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
exec "$fuzzer" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 \
  -max_len=65536 -print_final_stats=1 "$scratch" "$seeds"
