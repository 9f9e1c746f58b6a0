#!/usr/bin/env bash
# Copies a plain keyword list without the lines `lanjie compile` refuses
# (control and private-use characters, U+FFFD: the raw houbb list has 115),
# so that benchmarks on public lists compile. Prints how many were left out.
#
#   bench/usable-list.sh LANJIE IN.txt OUT.txt
set -euo pipefail
lanjie=$1 in=$2 out=$3
bad=$(mktemp)
trap 'rm -f "$bad" "$out.probe.ljdb"' EXIT
"$lanjie" compile "$in" --risk A.1.h -o "$out.probe.ljdb" 2>&1 |
  sed -n 's/^.*:\([0-9][0-9]*\): error:.*/\1/p' >"$bad" || true
awk 'NR==FNR { bad[$1] = 1; next } !(FNR in bad)' "$bad" "$in" >"$out"
echo "usable-list: $(wc -l <"$out") lines of $in ($(sort -u "$bad" | wc -l) refused lines left out)" >&2
