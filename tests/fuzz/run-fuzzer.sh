#!/bin/sh
# Runs a libFuzzer target for SECONDS from the seed corpus SEEDS (read
# only; new inputs go to a scratch folder). A crash, leak or sanitizer
# report exits non-zero and leaves the input as crash-* in the build
# folder: it becomes a regression seed in tests/fuzz/corpus/.
# usage: run-fuzzer.sh FUZZER SEEDS SECONDS ARTIFACTS
set -eu
fuzzer=$1
seeds=$2
seconds=$3
artifacts=$4
mkdir -p "$artifacts"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
"$fuzzer" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 \
  -artifact_prefix="$artifacts/" \
  -max_len=65536 -print_final_stats=1 "$scratch" "$seeds"
