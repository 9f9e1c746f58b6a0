#!/usr/bin/env bash
# Scan scaling (issue 16): `lanjie scan --count` as a whole process, 1 vs 2
# threads, medians of RUNS runs (default 9), on the 67 MB poetry corpus at
# 10k and 64k keywords (houbb), the merged public lists (MERGED=1, default;
# its artifact takes a minute or more to compile) and a 1 GB file (the
# corpus repeated, in a temporary directory; BIG_GB=0 skips it).
# Several binaries side by side in the same run: before and after a change.
# The runs of a case are interleaved: one warm-up round, then RUNS rounds of
# every binary with 1 thread, then with 2 (b1 1, b1 2, b2 1, b2 2, b1 1, ...),
# so that a change of the machine's load meets every binary alike (blocks of
# one binary's runs drifted with the load: bench/RESULTS.md, scan round 15).
# Each run is timed by one Python process (posix_spawn, wait4): wall time
# and the child's user + system CPU time.
#
#   bench/scan-scaling.sh [LANJIE...]     default: build/tools/lanjie
#   e.g. git worktree add /tmp/main main && (build it) &&
#        bench/scan-scaling.sh /tmp/main/build/tools/lanjie build/tools/lanjie
#
# CORPUS_CASES=0 runs the 1 GB case only; BIG_RUNS (default 3) its runs.
# Needs ../shared (the corpus and lists); prints the load average (uptime)
# before every case: on a shared machine the ratios of one run are the
# figures to compare, absolute times move with the load. "2 vs 1" is the
# ratio of the medians; "rounds" is the median of the per-round ratios
# (each 1-thread run over the 2-thread run right after it).
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"
bench_start scaling
runs=${RUNS:-9} big_gb=${BIG_GB:-1} merged=${MERGED:-1}

bench_binaries scan-scaling.sh "$@"
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
# ROUNDS OUT CMD... (each CMD one string, split on spaces): one warm-up
# round, then ROUNDS rounds of every CMD in the order given; writes per CMD
# "median_wall_s median_cpu_s median_round_ratio" lines to OUT, where the
# round ratio is the wall time of CMD's predecessor over CMD's own in the
# same round (meaningful for the 2-thread commands, listed after the
# 1-thread ones). Exit status 0 or 1 (hits) of a run is fine; 2 is an error.
interleave() {
  "$BENCH_PY" - "$@" <<'PY'
import os, statistics, sys, time
rounds, out, cmds = int(sys.argv[1]), sys.argv[2], [c.split() for c in sys.argv[3:]]
null = os.open(os.devnull, os.O_WRONLY)
def run(argv):
    t0 = time.perf_counter()
    pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=[(os.POSIX_SPAWN_DUP2, null, 1), (os.POSIX_SPAWN_DUP2, null, 2)])
    _, status, ru = os.wait4(pid, 0)
    wall = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        sys.exit("scan-scaling.sh: failed (exit %d): %s" % (os.waitstatus_to_exitcode(status), " ".join(argv)))
    return wall, ru.ru_utime + ru.ru_stime
for c in cmds: run(c)
walls, cpus, ratios = [[] for _ in cmds], [[] for _ in cmds], [[] for _ in cmds]
for _ in range(rounds):
    for i, c in enumerate(cmds):
        w, u = run(c)
        walls[i].append(w); cpus[i].append(u)
        if i > 0: ratios[i].append(walls[i - 1][-1] / w)
with open(out, "w") as f:
    for i in range(len(cmds)):
        f.write("%.4f %.4f %.3f\n" % (statistics.median(walls[i]), statistics.median(cpus[i]),
                                       statistics.median(ratios[i]) if ratios[i] else 0))
PY
}

bench_print_binaries "${binaries[@]}"
echo "corpus: $(mb "$corpus") MB, $(wc -l <"$corpus") lines; runs: $runs (medians; interleaved, one warm-up round)"
for l in "${lists[@]}"; do echo "list $l: $("$lanjie" info "$work/b${#binaries[@]}-$l.ljdb" | "$BENCH_PY" -c 'import json,sys; print(json.load(sys.stdin)["entries"])') entries"; done
echo
printf "| %-7s | %-8s | %-28s | %9s | %9s | %7s | %6s | %11s | %15s | %s\n" case input binary "1 thread" "2 threads" "2 vs 1" rounds "1 thr MB/s" "CPU s 1 / 2 thr" "load before"
echo "|---|---|---|---:|---:|---:|---:|---:|---:|---|"
run_case() {  # list input label rounds
  local l=$1 input=$2 label=$3 rounds=$4 size load n=0 b cmds=()
  size=$(mb "$input")
  load=$(bench_load)
  for b in "${binaries[@]}"; do
    n=$((n + 1))
    for t in 1 2; do cmds+=("$b scan --count -q --threads $t -d $work/b$n-$l.ljdb $input"); done
  done
  interleave "$rounds" "$work/r.txt" "${cmds[@]}"
  n=0
  for b in "${binaries[@]}"; do
    n=$((n + 1))
    local r1 r2 t1 t2
    r1=$(sed -n "$((2 * n - 1))p" "$work/r.txt"); r2=$(sed -n "$((2 * n))p" "$work/r.txt")
    t1=${r1%% *} t2=${r2%% *}
    printf "| %-7s | %-8s | %-28s | %7.3f s | %7.3f s | %6sx | %5sx | %11s | %15s | %s\n" "$l" "$label" "$b" "$t1" "$t2" \
      "$(awk -v a="$t1" -v b="$t2" 'BEGIN{printf "%.2f", a/b}')" "$(awk -v r="${r2##* }" 'BEGIN{printf "%.2f", r}')" \
      "$(awk -v m="$size" -v t="$t1" 'BEGIN{printf "%.0f", m/t}')" \
      "$(echo "$r1" | awk '{printf "%.3f", $2}') / $(echo "$r2" | awk '{printf "%.3f", $2}')" "$load"
  done
}
if [ "${CORPUS_CASES:-1}" != 0 ]; then
  for l in "${lists[@]}"; do run_case "$l" "$corpus" "67 MB" "$runs"; done
fi
if [ "$big_gb" != 0 ]; then
  big="$work/big.txt"
  target=$((big_gb * 1000000000))
  while [ "$(stat -c %s "$big" 2>/dev/null || echo 0)" -lt "$target" ]; do cat "$corpus" >>"$big"; done
  run_case 64k "$big" "$(awk -v b="$(stat -c %s "$big")" 'BEGIN{printf "%.2f GB", b/1e9}')" "${BIG_RUNS:-3}"
fi
