#!/usr/bin/env bash
# The corpus audit on Dask against the CLI, side by side, same input, same
# list, same options (--fraction 1: every record scanned):
#   * `lanjie corpus audit --threads 2` and `--threads 1`, and
#     lanjie.corpus.audit on a LocalCluster of 2 workers and of 1 worker
#     (processes, one thread each, loopback), all four in the same rounds, in
#     an order that rotates from round to round (bench/dask_audit.py): per case
#     the median, min and max of RUNS rounds, the load before each round, and
#     the Dask/CLI ratio both of the medians and per round;
#   * timed for Dask: the lanjie.corpus.audit call on a running cluster whose
#     workers have loaded the list (what a user with a cluster waits for); the
#     cluster's start and the first audit on a fresh cluster are printed apart;
#   * every worker's peak RSS; the audit.json of every run checked
#     byte-identical to the CLI's (timestamp aside).
#
#   bench/dask-audit.sh [LIST]
#
# Default list: ../shared's houbb list (64k keywords), compiled with default
# folding and variants. Input: JSONL with a `text` field (four lines of the
# chinese-poetry corpus a record), repeated to GB gigabytes in /tmp (never
# committed) for the timings, and to MEM_GB for the peak-RSS run (one audit
# each, CLI and 2-worker Dask). Environment: RUNS (default 7), GB (default
# 0.1), MEM_GB (default 1; 0 skips), SHARD_MB (default 16: enough shards to
# keep two workers busy), MEM_SHARD_MB (default 64, the engine's default),
# MEM_CLI (default 1; 0 skips the CLI's 1 GB run).
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"
bench_start dask-bench
runs=${RUNS:-7}
gb=${GB:-0.1}
mem_gb=${MEM_GB:-1}
shard_bytes=$(( ${SHARD_MB:-16} << 20 ))
mem_shard_bytes=$(( ${MEM_SHARD_MB:-64} << 20 ))
py=/usr/bin/python3

lanjie="$root/build/tools/lanjie"
if [ ! -x "$lanjie" ] || ! ls "$root"/build/python/lanjie/_lanjie*.so >/dev/null 2>&1; then
  echo "dask-audit.sh: build first: cmake --build build --target lanjie lanjie_python" >&2
  exit 2
fi
"$py" -c 'import distributed' 2>/dev/null || { echo "dask-audit.sh: python3-distributed missing (scripts/deps.sh)" >&2; exit 2; }
export PYTHONPATH="$root/build/python"

list=${1:-$shared/lexicons/houbb-sensitive-word/v0.26.1/sensitive_word_dict.txt}
[ -f "$list" ] || { echo "dask-audit.sh: $list not found" >&2; exit 2; }
poetry="$shared/corpus/chinese-poetry.txt.gz"
[ -f "$poetry" ] || { echo "dask-audit.sh: $poetry not found" >&2; exit 2; }
db="$work/list.ljdb"
"$root/bench/usable-list.sh" "$lanjie" "$list" "$work/list.usable.txt"
list="$work/list.usable.txt"
"$lanjie" compile "$list" --risk A.1.h -q -o "$db" 2>/dev/null

make_input() {  # GB PATH
"$py" - "$poetry" "$2" "$1" <<'EOF'
import gzip, json, sys
lines = [l for l in gzip.open(sys.argv[1], "rt", encoding="utf-8").read().split("\n") if l.strip()]
block = "".join(json.dumps({"text": "\n".join(lines[i:i + 4])}, ensure_ascii=False) + "\n"
                for i in range(0, len(lines), 4)).encode()
target = int(float(sys.argv[3]) * 1e9)
with open(sys.argv[2], "wb") as f:
    size = 0
    while size < target:
        part = block[: target - size] if target - size < len(block) else block
        if len(part) < len(block):
            part = part[: part.rfind(b"\n") + 1]
            if not part:
                break
        f.write(part)
        size += len(part)
EOF
}
input="$work/corpus.jsonl"
make_input "$gb" "$input"
size=$(stat -c %s "$input")
mb=$(awk -v b="$size" 'BEGIN{printf "%.1f", b/1e6}')
echo "list: $list ($(wc -l <"$list") lines); input: $mb MB JSONL ($(wc -l <"$input") records)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
# One Python driver runs everything in rounds: each round runs the CLI with
# 2 and 1 threads and the Dask audit on the 2- and the 1-worker cluster once
# each, in an order that rotates from round to round (a busier minute of the
# host falls on every case alike). The clusters are started once and warmed by
# one audit each, not timed: a user's cluster is already running, and its
# workers keep the list after their first shard. Timed: the CLI process, and
# the lanjie.corpus.audit call (plan, shards, merges, input hashes, render).
# The reference audit.json: the CLI's with 2 threads, outside the rounds.
"$lanjie" corpus audit -d "$db" --fraction 1 --shard-size "$shard_bytes" --threads 2 --out "$work/ref" "$input" \
  >/dev/null 2>&1 || true  # its exit status is the verdict's (1: 不符合)
"$py" bench/dask_audit.py --workers 2,1 --runs "$runs" --list "$db" --shard-bytes "$shard_bytes" \
  --cli "$lanjie" --out-dir "$work" --check "$work/ref/audit.json" "$input" >"$work/rounds.json"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
"$py" bench/dask_audit.py report "$work/rounds.json" "$work/ref/audit.json"
rjson() { "$py" -c 'import json,sys; r=json.load(open(sys.argv[1])); print(eval(sys.argv[2], {"r": r}))' "$@"; }

if [ "$mem_gb" != 0 ]; then
  rm -f "$input"; rm -rf "$work"/ref
  big="$work/big.jsonl"
  make_input "$mem_gb" "$big"
  bmb=$(awk -v b="$(stat -c %s "$big")" 'BEGIN{printf "%.1f", b/1e6}')
  check=()
  if [ "${MEM_CLI:-1}" != 0 ]; then
    /usr/bin/time -f "%e %M" -o "$work/cli-big.rss" \
      "$lanjie" corpus audit -d "$db" --fraction 1 --shard-size "$mem_shard_bytes" --threads 2 --out "$work/cli-big" "$big" \
      >/dev/null 2>&1 || true
    check=(--check "$work/cli-big/audit.json")
  fi
  "$py" bench/dask_audit.py --workers 2 --runs 1 --no-warmup --list "$db" --shard-bytes "$mem_shard_bytes" \
    "${check[@]}" "$big" >"$work/dask-big.json"
  echo
  echo "== peak RSS on $bmb MB, $((mem_shard_bytes >> 20)) MB shards (one audit each; load $(cut -d' ' -f1-3 /proc/loadavg)) =="
  [ "${MEM_CLI:-1}" != 0 ] && echo "lanjie corpus audit --threads 2: $(tail -1 "$work/cli-big.rss" | awk '{printf "%s s, peak RSS %.1f MB", $1, $2/1024}')"
  echo "Dask 2 workers: $(rjson "$work/dask-big.json" 'r["cases"]["dask2"]["median_s"]') s, peak RSS per worker process $(rjson "$work/dask-big.json" 'r["peak_rss_mb"]["2"]') MB (idle before the audit: $(rjson "$work/dask-big.json" 'r["idle_rss_mb"]["2"]') MB; target <= 200), identical to the CLI: $(rjson "$work/dask-big.json" 'r.get("same_as_check", {}).get("2")')"
fi
