#!/usr/bin/env bash
# Generates man pages from the binary's own --help (help2man, Debian):
# lanjie(1) and one page per command, lanjie-<command>(1).
# Usage: packaging/make-man.sh PATH/TO/lanjie OUTDIR
set -euo pipefail
bin=$(realpath "$1")
out=$2
mkdir -p "$out"
tmp=$(mktemp -d)
version=$("$bin" --version | awk '{print $2}')
trap 'rm -rf "$tmp"' EXIT
help2man --no-info --no-discard-stderr --section=1 \
  --name="keyword interception, refusal evaluation and runtime filtering for generative-AI filing" \
  --output="$out/lanjie.1" "$bin"
# One page per command the binary lists in its own help ("  NAME ARGS   DESCRIPTION").
"$bin" --help 2>&1 | awk '/^  [a-z]/ { name = $1; line = $0; sub(/^  [a-z-]+ .*[^ ]  +/, "", line); print name "\t" line }' |
while IFS=$'\t' read -r cmd desc; do
  wrapper=$tmp/lanjie-$cmd
  printf '#!/bin/sh\nif [ "$1" = --version ]; then echo "lanjie-%s %s"; exit 0; fi\nexec "%s" %s "$@"\n' \
    "$cmd" "$version" "$bin" "$cmd" >"$wrapper"
  chmod +x "$wrapper"
  help2man --no-info --no-discard-stderr --section=1 --name="$desc" \
    --output="$out/lanjie-$cmd.1" "$wrapper"
done
