#!/usr/bin/env bash
# Cost of the stacked refusal judge against the rules alone, in instructions
# (callgrind: repeatable whatever the machine's load), on the development
# set's 530 Chinese answers (tests/testdata/judge/dev_zh.jsonl, with their
# questions): main's binary (rules, and stacked with its own model), this
# build's rules, this build stacked (--model default). Per-answer figures are (Ir - Ir of an empty run) / n.
# Usage: bench/judge-cost.sh [BUILD_DIR] [MAIN_LANJIE] [MAIN_JUDGE_BENCH]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
main=${2:-}
main_bench=${3:-}
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
[ -n "$main_bench" ] || exit 0
# Ir per verdict: Ir inside Judge (callgrind --toggle-collect) over the calls
# to that Judge (one per verdict; the arcs into the toggled function are
# recorded).
per_verdict() {  # judge_bench case
  local fn='lanjie::RefusalJudge::Judge(std::basic_string_view<char, std::char_traits<char> >) const'
  local name=$fn
  case $2 in BM_Stacked*)
    fn='lanjie::StackedRefusalJudge::Judge*Detail*'
    name='lanjie::StackedRefusalJudge::Judge(std::basic_string_view<char, std::char_traits<char> >, std::basic_string_view<char, std::char_traits<char> >, lanjie::StackedRefusalJudge::Detail*) const' ;;
  esac
  valgrind --tool=callgrind --callgrind-out-file="$tmp/jb.out" "--toggle-collect=$fn" "$1" \
    --benchmark_filter="$2\$" --benchmark_min_time=0.3 > /dev/null 2>&1
  local id calls total
  id=$(grep -E '^c?fn=\([0-9]+\) ' "$tmp/jb.out" | grep -F " $name" | awk -v n=" $name" 'substr($0, index($0, " ")) == n' |
    grep -m1 -oE '^c?fn=\([0-9]+\)' | grep -oE '\([0-9]+\)')
  calls=$(awk -v id="$id" '$1 ~ /^cfn=/ {hit = index($1, id) > 0} $1 ~ /^calls=/ && hit {split($1, a, "="); s += a[2]; hit = 0} END {print s}' "$tmp/jb.out")
  total=$(callgrind_annotate "$tmp/jb.out" 2>/dev/null | awk '/PROGRAM TOTALS/ {gsub(",", "", $1); print $1}')
  echo $((total / calls))
}
printf '%-24s %14s %14s\n' "judge_bench case" "main Ir/verdict" "this Ir/verdict"
for b in Judge Stacked; do
  for i in 0 1 2 3 4; do
    printf '%-24s %14s %14s\n' "BM_${b}500Chars/$i" "$(per_verdict "$main_bench" "BM_${b}500Chars/$i")" \
      "$(per_verdict "$build/bench/judge_bench" "BM_${b}500Chars/$i")"
  done
done
