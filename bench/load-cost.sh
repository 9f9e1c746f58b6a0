#!/usr/bin/env bash
# The fixed cost of every `lanjie scan` process (issue 16) and the CPU time
# of a whole scan, several binaries side by side in one run:
#  1. instructions before the first line (valgrind --tool=callgrind of
#     `lanjie scan -d L.ljdb empty.txt`, repeatable whatever the load), in
#     total and per load phase;
#  2. instructions of a whole scan (callgrind) of the corpus's first SCAN_MB
#     (default 8) MiB, read as a file (mapped) and through a pipe (read in
#     blocks): `lanjie scan --count -q --threads 1`;
#  3. CPU time (perf stat -e task-clock, medians of RUNS runs) of
#     `lanjie scan --count -q --threads T` over the 67 MB poetry corpus.
# Each binary compiles its own artifacts (--portable, so valgrind runs
# them; the format version may differ between binaries), from the usable
# houbb list (bench/usable-list.sh): its first 10k lines and all 64k.
#
#   bench/load-cost.sh OLD_LANJIE NEW_LANJIE ...
#   e.g. bench/load-cost.sh /work/notes/lanjie-309f980 build/tools/lanjie
#
# RUNS (default 5) runs per CPU-time figure; THREADS (default "1 2");
# COMPILE_FLAGS (e.g. "--variants off") are added to every compile;
# LISTS (default "10k 64k"); CALLGRIND=0 / SCAN=0 / CPU=0 skip a part. Needs
# ../shared (corpus and list), valgrind and perf; prints `uptime` before
# every figure.
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"
bench_start load
runs=${RUNS:-5}
threads=${THREADS:-"1 2"}
lists=${LISTS:-"10k 64k"}
[ $# -ge 1 ] || { echo "usage: bench/load-cost.sh LANJIE..." >&2; exit 2; }
bench_need_shared load-cost.sh "corpus and list"
gzip -dc "$shared/corpus/chinese-poetry.txt.gz" >"$work/corpus.txt"
: >"$work/empty.txt"
bench_houbb_lists "$1" "$dict" "$work"
bench_compile_lists "" "${COMPILE_FLAGS:-}" "$@"
bench_print_binaries "$@"

# Inclusive instructions of the functions whose names match, from
# callgrind_annotate --inclusive=yes (the largest match: a function appears
# once per file/inline context).
phase() {  # file regex
  awk -v re="$2" '$0 ~ re { gsub(",", "", $1); if ($1 + 0 > max) max = $1 + 0 } END { printf "%.1f", max / 1e6 }' "$1"
}
if [ "${CALLGRIND:-1}" != 0 ]; then
  echo
  echo "## Instructions before the first line (M), callgrind: lanjie scan -d L.ljdb empty.txt"
  echo "load average before: $(uptime | sed 's/.*load average: //')"
  printf "| %-4s | %-3s | %7s | %8s | %8s | %7s | %7s | %8s | %8s | %8s | %8s |\n" list bin total "ld.so" "Load" fold variants checksum "hs deser" entries scratch
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for l in $lists; do
    n=0
    for b in "$@"; do
      n=$((n + 1))
      valgrind --tool=callgrind --callgrind-out-file="$work/cg" "$b" scan -d "$work/b$n-$l.ljdb" "$work/empty.txt" >/dev/null 2>&1
      callgrind_annotate --inclusive=yes --threshold=100 "$work/cg" >"$work/cg.txt" 2>/dev/null
      total=$(awk '/PROGRAM TOTALS/ { gsub(",", "", $1); printf "%.1f", $1 / 1e6 }' "$work/cg.txt")
      printf "| %-4s | b%-2s | %7s | %8s | %8s | %7s | %7s | %8s | %8s | %8s | %8s |\n" "$l" "$n" "$total" \
        "$(phase "$work/cg.txt" 'rtld.c:_dl_start ')" \
        "$(phase "$work/cg.txt" 'Artifact::Load\(')" \
        "$(phase "$work/cg.txt" 'FoldTable::Shared\(')" \
        "$(phase "$work/cg.txt" 'VariantData::VariantData\(\)')" \
        "$(phase "$work/cg.txt" '(FileChecksum|ArtifactChecksum)')" \
        "$(phase "$work/cg.txt" 'hs_deserialize_database_at ')" \
        "$(phase "$work/cg.txt" 'EntryTable::From(Kept)?Bytes\(')" \
        "$(phase "$work/cg.txt" 'Searcher::Create\(')"
    done
  done
fi

# LANJIE LJDB file|pipe -> millions of instructions of the whole scan of
# part.txt, given as a file (mapped) or through a pipe (read in blocks).
scan_minstr() {
  local rc=0
  if [ "$3" = file ]; then
    valgrind --tool=callgrind --callgrind-out-file="$work/cg-scan" "$1" scan --count -q --threads 1 -d "$2" \
      "$work/part.txt" >/dev/null 2>&1 || rc=$?
  else
    cat "$work/part.txt" | valgrind --tool=callgrind --callgrind-out-file="$work/cg-scan" "$1" scan --count -q \
      --threads 1 -d "$2" - >/dev/null 2>&1 || rc=$?
  fi
  [ "$rc" -le 1 ] || { echo "load-cost.sh: $1 scan under valgrind failed (exit $rc)" >&2; return 2; }
  callgrind_annotate "$work/cg-scan" 2>/dev/null | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); printf "%.1f", $1 / 1e6 }'
}
if [ "${SCAN:-1}" != 0 ]; then
  mb=${SCAN_MB:-8}
  head -c $((mb << 20)) "$work/corpus.txt" >"$work/part.txt"
  printf "\n## Instructions of a scan (M), callgrind: lanjie scan --count -q --threads 1 -d L.ljdb, first %s MiB of the corpus\n" "$mb"
  printf "load average before: %s\n| list | bin |  as a file | via a pipe |\n|---|---|---:|---:|\n" "$(bench_load)"
  for l in $lists; do
    n=0
    for b in "$@"; do
      n=$((n + 1))
      as_file=$(scan_minstr "$b" "$work/b$n-$l.ljdb" file)
      via_pipe=$(scan_minstr "$b" "$work/b$n-$l.ljdb" pipe)
      printf "| %-4s | b%-2s | %10s | %10s |\n" "$l" "$n" "$as_file" "$via_pipe"
    done
  done
fi

if [ "${CPU:-1}" != 0 ]; then
  echo
  echo "## CPU time of the whole scan (perf stat -e task-clock, median of $runs): lanjie scan --count -q --threads T -d L.ljdb corpus.txt (67 MB)"
  echo "(input empty.txt: the fixed cost of a process, the same command on an empty file)"
  printf "| %-4s | %-9s | %-3s | %-7s | %9s | %12s | %s\n" list input bin threads "CPU ms" "MB/CPU-s" "load before"
  echo "|---|---|---|---:|---:|---:|---|"
  size=$(stat -c %s "$work/corpus.txt")
  for l in $lists; do
    for input in empty.txt corpus.txt; do
    for t in $threads; do
      [ "$input" = empty.txt ] && [ "$t" != "${threads%% *}" ] && continue
      n=0
      for b in "$@"; do
        n=$((n + 1))
        load=$(uptime | sed 's/.*load average: //')
        : >"$work/ms"
        for _ in $(seq "$runs"); do
          # Exit 1 means "hits found" (grep's convention); 2 is an error.
          rc=0
          perf stat -x, -e task-clock -o "$work/perf" "$b" scan --count -q --threads "$t" -d "$work/b$n-$l.ljdb" \
            "$work/$input" >/dev/null || rc=$?
          [ "$rc" -le 1 ] || { echo "load-cost.sh: $b scan failed (exit $rc)" >&2; exit 2; }
          awk -F, '/task-clock/ { print $1 }' "$work/perf" >>"$work/ms"
        done
        med=$(sort -n "$work/ms" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
        rate=$(awk -v s="$size" -v m="$med" 'BEGIN { printf "%.0f", s / 1e6 / (m / 1e3) }')
        [ "$input" = empty.txt ] && rate=
        printf "| %-4s | %-9s | b%-2s | %-7s | %9.1f | %12s | %s\n" "$l" "$input" "$n" "$t" "$med" "$rate" "$load"
      done
    done
    done
  done
fi
