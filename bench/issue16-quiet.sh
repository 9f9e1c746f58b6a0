#!/usr/bin/env bash
# Issue 16's scan figures in one go, for a quiet machine: two binaries side
# by side (OLD, NEW), each script printing `uptime` before its cases.
#   1. bench/scan-scaling.sh OLD NEW   1 vs 2 threads, 10k / 64k / merged lists, 67 MB corpus
#   2. bench/peers.sh (NEW)            64k list against rg, pyahocorasick, mint-filter
#   3. bench/large-list.sh OLD NEW     compile / export; load and scan at 250k entries
#   4. bench/load-cost.sh OLD NEW      instructions before the first line, CPU time of a scan
#   5. the dynamic loader: objects each binary loads, LD_DEBUG=statistics of
#      `--version` (cycles in ld.so, relocations), bench/ldso-libs.sh NEW
#   6. bench/scan-phases.sh OLD NEW    2 threads: instructions per thread before the
#      first line, the last block's imbalance and the time after it (perf sched)
#
#   bench/issue16-quiet.sh OLD NEW
#   e.g. bench/issue16-quiet.sh /work/notes/lanjie-95f1381 build/tools/lanjie
#
# RUNS (default 5; 3 for peers and large lists) as in the scripts; the
# output of each part goes to stdout with a heading. About 18-24 minutes on
# a quiet 2-core machine, most of it compiling 250k-entry lists and the
# peers' slow runs.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 2 ] || { echo "usage: bench/issue16-quiet.sh OLD_LANJIE NEW_LANJIE" >&2; exit 2; }
old=$1 new=$2
runs=${RUNS:-5}
echo "## 1. scan scaling ($(date -u +%H:%M) UTC, load $(uptime | sed 's/.*load average: //'))"
RUNS=$runs BIG_GB=0 bench/scan-scaling.sh "$old" "$new"
echo
echo "## 2. peers, 64k ($(date -u +%H:%M) UTC, load $(uptime | sed 's/.*load average: //'))"
LANJIE=$new RUNS=${PEER_RUNS:-3} GREP=0 BIG_GB=0 COMPILE=0 SIZES=64k bench/peers.sh
echo
echo "## 3. large lists ($(date -u +%H:%M) UTC, load $(uptime | sed 's/.*load average: //'))"
RUNS=${LARGE_RUNS:-3} bench/large-list.sh "$old" "$new"
echo
echo "## 4. fixed cost and CPU time ($(date -u +%H:%M) UTC, load $(uptime | sed 's/.*load average: //'))"
RUNS=$runs bench/load-cost.sh "$old" "$new"
echo
echo "## 5. the dynamic loader ($(date -u +%H:%M) UTC, load $(uptime | sed 's/.*load average: //'))"
for b in "$old" "$new"; do
  echo "$b: $(ldd "$b" | wc -l) objects; LD_DEBUG=statistics $b --version:"
  LD_DEBUG=statistics "$b" --version 2>&1 >/dev/null |
    grep -E 'total startup time|time needed for relocation|number of relocations:|number of relative relocations' | sed 's/^ *[0-9]*: */  /'
done
bench/ldso-libs.sh "$new"
echo
echo "## 6. 2-thread phases ($(date -u +%H:%M) UTC, load $(uptime | sed 's/.*load average: //'))"
RUNS=$runs bench/scan-phases.sh "$old" "$new"
