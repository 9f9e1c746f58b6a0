#!/usr/bin/env bash
# Where a 2-thread `lanjie scan` spends its wall time besides scanning
# (issue 16, scan round 10): several binaries side by side in one run,
#  1. instructions per thread before the first line (valgrind callgrind
#     --separate-threads of `lanjie scan --threads 2 -d L.ljdb empty.txt`):
#     the main thread and, from round 10 on, the load's helper thread;
#     repeatable whatever the load; with --threads 1 for comparison;
#  2. from the scheduler's trace (perf sched record / timehist of
#     `lanjie scan --count -q --threads 2` over the 67 MB corpus, under
#     `chrt -f 50` so that other work on the machine waits): the tail
#     imbalance (the first scanning thread's last slice ends this long
#     before the last one's) and the time from the last scanning thread's
#     last slice to the process's last event (committing, tearing down, exit).
# Artifacts `--variants off`, compiled by each binary (10k and 64k of the
# usable houbb list; --portable, so that valgrind runs them).
#
#   bench/scan-phases.sh OLD_LANJIE NEW_LANJIE ...
#
# RUNS (default 5) perf sched runs per binary and list; CALLGRIND=0 /
# SCHED=0 skip a part. Needs root for perf sched and chrt (else part 2 is
# skipped), ../shared (corpus and list); prints the load before each part.
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"
bench_start phases
runs=${RUNS:-5}
lists="10k 64k"
[ $# -ge 1 ] || { echo "usage: bench/scan-phases.sh LANJIE..." >&2; exit 2; }
bench_need_shared scan-phases.sh "corpus and list"
gzip -dc "$shared/corpus/chinese-poetry.txt.gz" >"$work/corpus.txt"
: >"$work/empty.txt"
bench_houbb_lists "$1" "$dict" "$work"
bench_compile_lists "" "--variants off" "$@"
bench_print_binaries "$@"

total_m() { callgrind_annotate "$1" 2>/dev/null | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); printf "%.2f", $1 / 1e6 }'; }
# Rows of the instruction table for list $1, binary b$2 ($3): 1 and 2 threads.
instructions_rows() {
  local l=$1 n=$2 b=$3 t f others
  for t in 1 2; do
    rm -f "$work"/cg-*
    valgrind --tool=callgrind --separate-threads=yes --callgrind-out-file="$work/cg" "$b" scan --threads "$t" \
      -d "$work/b$n-$l.ljdb" "$work/empty.txt" >/dev/null 2>&1 || true
    others=""
    for f in "$work"/cg-0[2-9]; do [ -f "$f" ] && others="$others $(total_m "$f")"; done
    echo "| $l | b$n | $t | $(total_m "$work/cg-01") |${others:- -} |"
  done
}
if [ "${CALLGRIND:-1}" != 0 ]; then
  echo
  echo "## Instructions (M) per thread before the first line: callgrind, lanjie scan --threads T -d L.ljdb empty.txt"
  echo "load average before: $(bench_load)"
  echo "| list | binary | threads | main thread | other threads (load helper, workers) |"
  echo "|---|---|---:|---:|---|"
  bench_each_list_binary instructions_rows "$@"
fi

# perf sched timehist of one run (pid in $work/pid) -> "imbalance_ms after_ms"
phases() {
  "$BENCH_PY" - "$1" "$2" <<'PY'
import re, sys
rows = []
for line in open(sys.argv[1]):
    m = re.match(r"\s*([\d.]+)\s+\[\d+\]\s+\S+\[(\d+)(?:/(\d+))?\]\s+[\d.]+\s+[\d.]+\s+([\d.]+)", line)
    if m and (m.group(3) or m.group(2)) == sys.argv[2]:
        rows.append((float(m.group(1)), m.group(2), float(m.group(4))))
main = sys.argv[2]
run, end = {}, {}
for t, tid, r in rows:
    if tid != main:
        run[tid] = run.get(tid, 0) + r
        end[tid] = t
workers = [k for k in run if run[k] > 5]  # scanning threads (not the load's helper)
if len(workers) < 2: print("- -"); sys.exit()
last = max(end[k] for k in workers)
print("%.2f %.2f" % ((last - min(end[k] for k in workers)) * 1e3, (rows[-1][0] - last) * 1e3))
PY
}
# The row of the perf sched table for list $1, binary b$2 ($3): $runs runs.
sched_row() {
  local l=$1 n=$2 b=$3 load
  load=$(bench_load)
  : >"$work/ph"
  for _ in $(seq "$runs"); do
    perf sched record -o "$work/s.data" -- sh -c "echo \$\$ >'$work/pid'; exec chrt -f 50 '$b' scan --count -q \
      --threads 2 -d '$work/b$n-$l.ljdb' '$work/corpus.txt'" >/dev/null 2>&1 || true
    perf sched timehist -i "$work/s.data" 2>/dev/null >"$work/s.txt" || true
    phases "$work/s.txt" "$(cat "$work/pid")" >>"$work/ph"
  done
  echo "| $l | b$n | $(cut -d' ' -f1 "$work/ph" | xargs) | $(bench_median 1 <"$work/ph") |" \
    "$(cut -d' ' -f2 "$work/ph" | xargs) | $(bench_median 2 <"$work/ph") | $load |"
}
if [ "${SCHED:-1}" != 0 ] && [ "$(id -u)" = 0 ] && command -v perf >/dev/null; then
  echo
  echo "## 2 threads, 67 MB corpus: tail imbalance and time after the last scanning slice (ms, perf sched; medians of $runs)"
  echo "| list | binary | tail imbalance (each run) | median | after the last slice (each run) | median | load before |"
  echo "|---|---|---|---:|---|---:|---|"
  bench_each_list_binary sched_row "$@"
fi
