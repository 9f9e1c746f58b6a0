#!/usr/bin/env bash
# The corpus audit on Dask against the CLI, side by side, same input, same
# list, same options (--fraction 1: every record scanned):
#   * `lanjie corpus audit --threads 2` (and --threads 1), hyperfine medians;
#   * lanjie.corpus.audit on a LocalCluster of 2 workers and of 1 worker
#     (processes, one thread each, loopback), medians of timed runs after a
#     warm-up (bench/dask_audit.py), with every worker's peak RSS;
#   * the Dask audit.json checked byte-identical to the CLI's (timestamp aside).
#
#   bench/dask-audit.sh [LIST]
#
# Default list: ../shared's houbb list (64k keywords), compiled with default
# folding and variants. Input: JSONL with a `text` field (four lines of the
# chinese-poetry corpus a record), repeated to GB gigabytes in /tmp (never
# committed) for the timings, and to MEM_GB for the peak-RSS run (one audit
# each, CLI and 2-worker Dask). Environment: RUNS (default 3), GB (default
# 0.1), MEM_GB (default 1; 0 skips), SHARD_MB (default 16: enough shards to
# keep two workers busy), MEM_SHARD_MB (default 64, the engine's default),
# MEM_CLI (default 1; 0 skips the CLI's 1 GB run).
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"
bench_start dask-bench
runs=${RUNS:-3}
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
for tool in hyperfine; do
  command -v "$tool" >/dev/null || { echo "dask-audit.sh: $tool is missing (scripts/deps.sh installs it)" >&2; exit 2; }
done
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
median() { "$py" -c 'import json,sys; print("%.3f" % json.load(open(sys.argv[1]))["results"][0]["median"])' "$1"; }
mbs() { awk -v m="$mb" -v t="$1" 'BEGIN{printf "%.1f", m/t}'; }

cli() {  # threads out
  echo "$lanjie corpus audit -d $db --fraction 1 --shard-size $shard_bytes --threads $1 --out $2 $input"
}
hyperfine -N --runs "$runs" -i --export-json "$work/cli2.json" "$(cli 2 "$work/cli2")" >/dev/null 2>&1
hyperfine -N --runs "$runs" -i --export-json "$work/cli1.json" "$(cli 1 "$work/cli1")" >/dev/null 2>&1
c2=$(median "$work/cli2.json"); c1=$(median "$work/cli1.json")
"$py" bench/dask_audit.py --workers 2 --runs "$runs" --list "$db" --shard-bytes "$shard_bytes" \
  --check "$work/cli2/audit.json" "$input" >"$work/dask2.json"
"$py" bench/dask_audit.py --workers 1 --runs "$runs" --list "$db" --shard-bytes "$shard_bytes" \
  --check "$work/cli2/audit.json" "$input" >"$work/dask1.json"
field() { "$py" -c 'import json,sys; v=json.load(open(sys.argv[1]))[sys.argv[2]]; print(v if not isinstance(v, list) else " ".join(map(str, v)))' "$@"; }
d2=$(field "$work/dask2.json" median_s); d1=$(field "$work/dask1.json" median_s)
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
printf "%-44s %8s s %8s MB/s\n" "lanjie corpus audit --threads 2" "$c2" "$(mbs "$c2")"
printf "%-44s %8s s %8s MB/s\n" "lanjie corpus audit --threads 1" "$c1" "$(mbs "$c1")"
printf "%-44s %8s s %8s MB/s\n" "lanjie.corpus.audit, LocalCluster 2 workers" "$d2" "$(mbs "$d2")"
printf "%-44s %8s s %8s MB/s\n" "lanjie.corpus.audit, LocalCluster 1 worker" "$d1" "$(mbs "$d1")"
echo "Dask 2 workers / CLI --threads 2: $(awk -v a="$c2" -v b="$d2" 'BEGIN{printf "%.0f%%", 100*a/b}') (target >= 85%)"
echo "Dask 2 workers / 1 worker: $(awk -v a="$d1" -v b="$d2" 'BEGIN{printf "%.2fx", a/b}'); CLI 2 / 1 threads: $(awk -v a="$c1" -v b="$c2" 'BEGIN{printf "%.2fx", a/b}')"
echo "Dask runs (s): 2 workers $(field "$work/dask2.json" times_s); 1 worker $(field "$work/dask1.json" times_s); cluster start $(field "$work/dask2.json" startup_s) s"
echo "peak RSS per worker on $mb MB (MB, whole process: Python + distributed + list + shard): 2 workers $(field "$work/dask2.json" peak_rss_mb); 1 worker $(field "$work/dask1.json" peak_rss_mb); idle worker before the audit $(field "$work/dask2.json" idle_rss_mb)"
echo "audit.json identical to the CLI's (timestamp aside): 2 workers $(field "$work/dask2.json" same_as_check), 1 worker $(field "$work/dask1.json" same_as_check)"

if [ "$mem_gb" != 0 ]; then
  rm -f "$input"; rm -rf "$work"/cli1 "$work"/cli2
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
  echo "Dask 2 workers: $(field "$work/dask-big.json" median_s) s, peak RSS per worker process $(field "$work/dask-big.json" peak_rss_mb) MB (idle before the audit: $(field "$work/dask-big.json" idle_rss_mb) MB; target <= 200), identical to the CLI: $(field "$work/dask-big.json" same_as_check)"
fi
