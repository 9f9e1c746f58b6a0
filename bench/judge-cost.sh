#!/usr/bin/env bash
# Cost of the stacked refusal judge against the rules alone, in instructions
# (callgrind: repeatable whatever the machine's load), on the development
# set's 530 Chinese answers (tests/testdata/judge/dev_zh.jsonl, with their
# questions): main's binary (rules, and stacked with its own model), this
# build's rules, this build stacked (--model default). Per-answer figures are (Ir - Ir of an empty run) / n.
# Usage: bench/judge-cost.sh [BUILD_DIR] [MAIN_LANJIE]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
main=${2:-}
set_file=$here/tests/testdata/judge/dev_zh.jsonl
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
head -1 "$set_file" > "$tmp/one.jsonl"
n=$(wc -l < "$set_file")
# shellcheck source=bench/lib.sh
. "$here/bench/lib.sh"
ir() {  # binary args... (lanjie-full where there is one: valgrind does not follow the front's exec)
  local bin
  bin=$(bench_full "$1")
  shift
  valgrind --tool=callgrind --callgrind-out-file="$tmp/cg.out" "$bin" "$@" > /dev/null 2>&1
  callgrind_annotate "$tmp/cg.out" 2>/dev/null | awk '/PROGRAM TOTALS/ {gsub(",", "", $1); print $1}'
}
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
row() {  # name binary [--model default|none]
  local name=$1 bin=$2; shift 2
  local base full
  base=$(ir "$bin" eval judge-check "$@" "$tmp/one.jsonl")
  full=$(ir "$bin" eval judge-check "$@" "$set_file")
  printf '%-28s %12s Ir for %d answers, %8.0f Ir per answer\n' "$name" "$full" "$n" "$(echo "($full - $base) / ($n - 1)" | bc -l)"
}
if [ -n "$main" ]; then
  row "main (rules)" "$main" --model none
  row "main (stacked, its model)" "$main" --model default
fi
row "this build, rules" "$build/tools/lanjie" --model none
row "this build, stacked" "$build/tools/lanjie" --model default
