#!/usr/bin/env bash
# Every issue-12 target of the corpus audit, re-measured in one go (the
# figures go into one table in bench/RESULTS.md):
#   1. CLI audit vs `lanjie scan`, JSONL {"text"}, 64k list, one thread:
#      CPU time (user + sys) medians, OLD and NEW binaries interleaved
#      (target: audit >= 80% of scan's throughput); plus the byte-identity
#      check of the audit's outputs, NEW vs OLD (corpus-audit-cost.sh).
#   2. --threads 2 vs --threads 1 (wall clock, hyperfine medians; target
#      1.7x) and peak RSS on ~1 GB of JSONL (corpus-audit.sh, this tree's
#      build/tools/lanjie).
#   3. Dask, LocalCluster of 2 workers (one thread each) vs the CLI with 2
#      threads (target 85%), 1 vs 2 workers, and peak RSS per worker on 1 GB
#      (target <= 200 MB) (dask-audit.sh; needs the lanjie_python target).
# Inputs are generated in /tmp and deleted by each script.
#
#   bench/issue12-targets.sh OLD_LANJIE [NEW_LANJIE]
#
# NEW defaults to build/tools/lanjie. RUNS (default 7) is used for every
# median. About 6 min wall and 3-4 min of CPU on a quiet 2-core machine.
set -euo pipefail
cd "$(dirname "$0")/.."
old=$(realpath "$1")
new=$(realpath "${2:-build/tools/lanjie}")
runs=${RUNS:-7}
echo "### issue 12 targets; $(date -u +%FT%TZ); load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "### 1. CPU time, audit vs scan, OLD=$old NEW=$new"
CALLGRIND=0 CPU_RUNS="$runs" READERS=0 MEMORY=0 bench/corpus-audit-cost.sh "$old" "$new"
echo "### 2. threads and memory (build/tools/lanjie); load: $(cut -d' ' -f1-3 /proc/loadavg)"
RUNS="$runs" BIG_GB=1 bench/corpus-audit.sh
echo "### 3. Dask; load: $(cut -d' ' -f1-3 /proc/loadavg)"
RUNS="$runs" GB=0.2 MEM_GB=1 bench/dask-audit.sh
echo "### done; load: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%FT%TZ)"
