#!/usr/bin/env bash
# Scan scaling (issue 16): `lanjie scan --count` as a whole process, 1 vs 2
# threads, medians of RUNS runs (hyperfine, one warm-up), on the 67 MB
# poetry corpus at 10k and 64k keywords (houbb), the merged public lists
# (MERGED=1, default; its artifact takes a minute or more to compile) and a
# 1 GB file (the corpus repeated, in a temporary directory; BIG_GB=0 skips it).
# Several binaries side by side in the same run: before and after a change.
#
#   bench/scan-scaling.sh [LANJIE...]     default: build/tools/lanjie
#   e.g. git worktree add /tmp/main main && (build it) &&
#        bench/scan-scaling.sh /tmp/main/build/tools/lanjie build/tools/lanjie
#
# CORPUS_CASES=0 runs the 1 GB case only; BIG_RUNS (default 3) its runs.
# Needs ../shared (the corpus and lists); prints the load average (uptime)
# before every case: on a shared machine the ratios of one run are the
# figures to compare, absolute times move with the load.
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"
bench_start scaling
runs=${RUNS:-5} big_gb=${BIG_GB:-1} merged=${MERGED:-1}

bench_binaries scan-scaling.sh "$@"
command -v hyperfine >/dev/null || { echo "scan-scaling.sh: hyperfine is missing (scripts/deps.sh installs it)" >&2; exit 2; }
lex="$shared/lexicons"
bench_need_shared scan-scaling.sh "corpus and lists"
lanjie=${binaries[-1]}
corpus="$work/corpus.txt"
gzip -dc "$shared/corpus/chinese-poetry.txt.gz" >"$corpus"
# The usable lines of the houbb list (bench/usable-list.sh: 115 raw lines
# are refused by `lanjie compile`) as 64k.txt, its first 10,000 as 10k.txt.
bench_houbb_lists "$lanjie" "$dict" "$work"
lists=(10k 64k)
if [ "$merged" != 0 ]; then
  # The four public lists, as README's lexicon section merges them (exit 2:
  # a few garbage lines are reported and not taken; the list is written).
  "$lanjie" lexicon import "$lex/houbb-sensitive-word/v0.26.1/sensitive_word_tags.txt" \
    "$dict:A.1.h" "$lex/toolgood-words/illegal/IllegalKeywords.txt:A.1.h" \
    "$lex/konsheng-sensitive-lexicon/Vocabulary" -o "$work/merged.csv" >/dev/null 2>&1 || true
  [ -s "$work/merged.csv" ] || { echo "scan-scaling.sh: lexicon import wrote no merged.csv" >&2; exit 2; }
  lists+=(merged)
fi
# Each binary compiles its own artifacts: the format version may differ
# between the binaries compared.
n=0
for b in "${binaries[@]}"; do
  n=$((n + 1))
  "$b" compile "$work/10k.txt" --risk A.1.h --variants off -q -o "$work/b$n-10k.ljdb" 2>/dev/null
  "$b" compile "$work/64k.txt" --risk A.1.h --variants off -q -o "$work/b$n-64k.ljdb" 2>/dev/null
  if [ "$merged" != 0 ]; then "$b" compile "$work/merged.csv" --variants off -q -o "$work/b$n-merged.ljdb" 2>/dev/null; fi
done
mb() { awk -v b="$(stat -c %s "$1")" 'BEGIN{printf "%.1f", b/1e6}'; }
median() { "$BENCH_PY" -c 'import json,sys; print("%.3f" % json.load(open(sys.argv[1]))["results"][0]["median"])' "$1"; }
# Mean CPU time (user + system) of the runs: load-independent, unlike wall
# time; with perfect scaling 2 threads use the same CPU time as 1.
cpu() { "$BENCH_PY" -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print("%.3f" % (r["user"] + r["system"]))' "$1"; }

bench_print_binaries "${binaries[@]}"
echo "corpus: $(mb "$corpus") MB, $(wc -l <"$corpus") lines; runs: $runs (medians)"
for l in "${lists[@]}"; do echo "list $l: $("$lanjie" info "$work/b${#binaries[@]}-$l.ljdb" | "$BENCH_PY" -c 'import json,sys; print(json.load(sys.stdin)["entries"])') entries"; done
echo
printf "| %-7s | %-8s | %-28s | %9s | %9s | %7s | %11s | %15s | %s\n" case input binary "1 thread" "2 threads" "2 vs 1" "1 thr MB/s" "CPU s 1 / 2 thr" "load before"
echo "|---|---|---|---:|---:|---:|---:|---:|---|"
run_case() {  # list input label
  local l=$1 input=$2 label=$3 size
  size=$(mb "$input")
  local n=0
  for b in "${binaries[@]}"; do
    n=$((n + 1))
    local load t1 t2
    load=$(bench_load)
    for t in 1 2; do
      hyperfine -N --output=pipe --runs "$runs" --warmup 1 -i --export-json "$work/r-$t.json" \
        "$b scan --count -q --threads $t -d $work/b$n-$l.ljdb $input" >/dev/null 2>&1
    done
    t1=$(median "$work/r-1.json"); t2=$(median "$work/r-2.json")
    printf "| %-7s | %-8s | %-28s | %7s s | %7s s | %6sx | %11s | %15s | %s\n" "$l" "$label" "$b" "$t1" "$t2" \
      "$(awk -v a="$t1" -v b="$t2" 'BEGIN{printf "%.2f", a/b}')" \
      "$(awk -v m="$size" -v t="$t1" 'BEGIN{printf "%.0f", m/t}')" "$(cpu "$work/r-1.json") / $(cpu "$work/r-2.json")" "$load"
  done
}
if [ "${CORPUS_CASES:-1}" != 0 ]; then
  for l in "${lists[@]}"; do run_case "$l" "$corpus" "67 MB"; done
fi
if [ "$big_gb" != 0 ]; then
  big="$work/big.txt"
  target=$((big_gb * 1000000000))
  while [ "$(stat -c %s "$big" 2>/dev/null || echo 0)" -lt "$target" ]; do cat "$corpus" >>"$big"; done
  runs=${BIG_RUNS:-3}
  run_case 64k "$big" "$(awk -v b="$(stat -c %s "$big")" 'BEGIN{printf "%.2f GB", b/1e9}')"
fi
