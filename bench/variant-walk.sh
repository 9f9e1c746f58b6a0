#!/usr/bin/env bash
# The cost of variant matching in `lanjie scan` (issue 11: variants on must
# keep >= 70% of the variants-off throughput), several binaries side by
# side in one run:
#  1. instructions in Scanner::ScanLines (valgrind --tool=callgrind with
#     cache and branch simulation, repeatable whatever the load) on the
#     first 1 MB of the poetry corpus, variants on and off;
#  2. CPU time (perf stat -e task-clock, medians of RUNS runs, binaries
#     interleaved run by run) of `lanjie scan --count -q --threads 1` on
#     the first 32 MB, variants on and off, and the same on an empty file
#     (the fixed cost of a process, to subtract).
# Each binary compiles its own --portable artifacts (so valgrind runs
# them) from the usable houbb list (bench/usable-list.sh): its first 10k
# lines and all 64k, with --variants on (the default) and off.
#
#   bench/variant-walk.sh OLD_LANJIE NEW_LANJIE ...
#   e.g. bench/variant-walk.sh /work/notes/lanjie-95f1381 build/tools/lanjie
#
# RUNS (default 7); LISTS (default "10k 64k"); CALLGRIND=0 / CPU=0 skip a
# part. The in-process figures of the same (variants on vs off in one
# run, and compile and load): LANJIE_BENCH_CORPUS_MB=32
# build/bench/match_bench --benchmark_filter='ScanVariants|CompileVariants|LoadVariants'
# --benchmark_repetitions=3. Needs ../shared, valgrind and perf; prints
# `uptime` with every figure.
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"
bench_start variant-walk
runs=${RUNS:-7}
lists=${LISTS:-"10k 64k"}
[ $# -ge 1 ] || { echo "usage: bench/variant-walk.sh LANJIE..." >&2; exit 2; }
bench_need_shared variant-walk.sh "corpus and list"
{ gzip -dc "$shared/corpus/chinese-poetry.txt.gz" || true; } | head -c 32000000 >"$work/c32m.txt"  # gzip: SIGPIPE
head -c 1000000 "$work/c32m.txt" >"$work/c1m.txt"
: >"$work/empty.txt"
bench_houbb_lists "$1" "$dict" "$work"
bench_compile_lists -on "" "$@"
bench_compile_lists -off "--variants off" "$@"
bench_print_binaries "$@"

# The row of the ScanLines table for list $1, binary b$2 ($3): variants off and on.
scanlines_row() {
  local l=$1 n=$2 b=$3 v ir_off ir_on d1mr bcm
  for v in off on; do
    valgrind --tool=callgrind --cache-sim=yes --branch-sim=yes --callgrind-out-file="$work/cg" \
      "$b" scan --threads 1 --count -d "$work/b$n-$l-$v.ljdb" "$work/c1m.txt" >/dev/null 2>&1 || true
    # Events: Ir Dr Dw I1mr D1mr D1mw ILmr DLmr DLmw Bc Bcm Bi Bim
    callgrind_annotate --inclusive=yes "$work/cg" >"$work/cg.txt" 2>/dev/null
    grep -m1 'Scanner::ScanLines' "$work/cg.txt" | sed 's/([^)]*)//g; s/,//g' >"$work/ev-$v"
  done
  read -r ir_off _ <"$work/ev-off"
  read -r ir_on _ _ _ d1mr _ _ _ _ _ bcm _ <"$work/ev-on"
  awk -v l="$l" -v n="$n" -v a="$ir_off" -v b="$ir_on" -v m="$d1mr" -v c="$bcm" \
    'BEGIN { printf "| %s | b%s | %.2f | %.2f | %.0f%% | %.0f | %.1f |\n", l, n, a / 1e6, b / 1e6, 100 * a / b, m / 1e3, c / 1e3 }'
}
if [ "${CALLGRIND:-1}" != 0 ]; then
  echo
  echo "## Scanner::ScanLines, callgrind (cache and branch simulation): lanjie scan --threads 1 --count -d L.ljdb c1m.txt (1 MB)"
  echo "load average before: $(uptime | sed 's/.*load average: //')"
  echo "| list | bin | instr off (M) | instr on (M) | on/off throughput (instr) | D1 read misses on (k) | mispredicted branches on (k) |"
  echo "|---|---|---:|---:|---:|---:|---:|"
  bench_each_list_binary scanlines_row "$@"
fi

if [ "${CPU:-1}" != 0 ]; then
  echo
  echo "## CPU time (perf stat -e task-clock, median of $runs, binaries interleaved): lanjie scan --count -q --threads 1 -d L.ljdb FILE"
  echo "(scan ms = c32m.txt minus empty.txt; on/off = off scan ms / on scan ms, the throughput ratio)"
  echo "| list | bin | off ms (32 MB) | off ms (empty) | on ms (32 MB) | on ms (empty) | on/off throughput | load before |"
  echo "|---|---|---:|---:|---:|---:|---:|---|"
  for l in $lists; do
    load=$(uptime | sed 's/.*load average: //')
    rm -f "$work"/ms-*
    for _ in $(seq "$runs"); do
      n=0
      for b in "$@"; do
        n=$((n + 1))
        for v in off on; do
          for input in c32m.txt empty.txt; do
            rc=0
            perf stat -x, -e task-clock -o "$work/perf" "$b" scan --count -q --threads 1 -d "$work/b$n-$l-$v.ljdb" \
              "$work/$input" >/dev/null || rc=$?
            [ "$rc" -le 1 ] || { echo "variant-walk.sh: $b scan failed (exit $rc)" >&2; exit 2; }
            awk -F, '/task-clock/ { print $1 }' "$work/perf" >>"$work/ms-$n-$v-$input"
          done
        done
      done
    done
    med() { sort -n "$1" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
    n=0
    for b in "$@"; do
      n=$((n + 1))
      a=$(med "$work/ms-$n-off-c32m.txt") a0=$(med "$work/ms-$n-off-empty.txt")
      c=$(med "$work/ms-$n-on-c32m.txt") c0=$(med "$work/ms-$n-on-empty.txt")
      awk -v l="$l" -v n="$n" -v a="$a" -v a0="$a0" -v c="$c" -v c0="$c0" -v load="$load" \
        'BEGIN { printf "| %s | b%s | %.1f | %.1f | %.1f | %.1f | %.0f%% | %s |\n", l, n, a, a0, c, c0, 100 * (a - a0) / (c - c0), load }'
    done
  done
fi
