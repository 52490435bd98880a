#!/usr/bin/env bash
# Every language listed in po/LINGUAS must have a po/LANG.po that passes
# `msgfmt --check`, and every po/*.po must be listed in LINGUAS.
#
# usage: check-po.sh SOURCE_ROOT
set -euo pipefail

if [ "$#" -ne 1 ]; then
  echo "usage: $0 SOURCE_ROOT" >&2
  exit 2
fi
po_dir=$1/po
failed=0
checked=0

if [ ! -f "$po_dir/LINGUAS" ]; then
  echo "FAIL: $po_dir/LINGUAS is missing" >&2
  exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# LINGUAS: languages separated by white space, '#' starts a comment.
langs=$(sed -e 's/#.*//' "$po_dir/LINGUAS" | tr -s '[:space:]' '\n' | sed '/^$/d')

for lang in $langs; do
  po="$po_dir/$lang.po"
  if [ ! -f "$po" ]; then
    echo "FAIL: $lang is in LINGUAS but $po does not exist" >&2
    failed=1
    continue
  fi
  if msgfmt --check --statistics -o "$tmp/$lang.mo" "$po"; then
    echo "ok: $lang.po"
  else
    echo "FAIL: msgfmt --check rejects $po" >&2
    failed=1
  fi
  checked=$((checked + 1))
done

shopt -s nullglob
for po in "$po_dir"/*.po; do
  lang=$(basename "$po" .po)
  if ! grep -qxF "$lang" <<< "$langs"; then
    echo "FAIL: $po exists but $lang is not listed in LINGUAS" >&2
    failed=1
  fi
done

echo "checked $checked translation(s)"
exit "$failed"
