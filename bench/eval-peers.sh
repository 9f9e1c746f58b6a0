#!/usr/bin/env bash
# lanjie eval vs promptfoo (npm promptfoo@0.121.20): the same questions
# replayed against the same @copilotkit/aimock server at the same
# concurrency. Reports wall time, requests/s, CPU (user+sys) and peak RSS,
# medians of RUNS runs; then lanjie alone under chaos (30% 429, 10% dropped
# connections) checking that nothing is lost or duplicated, and lanjie's peak
# RSS on 10,000 questions.
#
# Usage: bench/eval-peers.sh [BUILD_DIR]      (default: build)
#   env: N=2000 CONCURRENCY=8 RUNS=3 BIG_N=10000
#        LANJIE_ONLY=1: lanjie's own runs only (no promptfoo, no chaos, no
#        10,000-question run), for before/after comparisons of lanjie itself
# npm packages are installed into BUILD_DIR/npm (never committed).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
here=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$here/build}" && pwd)
N=${N:-2000}
CONCURRENCY=${CONCURRENCY:-8}
RUNS=${RUNS:-3}
BIG_N=${BIG_N:-10000}
LANJIE_ONLY=${LANJIE_ONLY:-0}
tools=(lanjie promptfoo)
[ "$LANJIE_ONLY" = 1 ] && tools=(lanjie)
lanjie=$build/tools/lanjie
npm_prefix=$build/npm
[ -x "$lanjie" ] || cmake --build "$build" --target lanjie
command -v npm >/dev/null || { echo "skip: npm not found" >&2; exit 0; }
[ -x "$npm_prefix/node_modules/.bin/llmock" ] ||
  npm install --prefix "$npm_prefix" --no-audit --no-fund --silent @copilotkit/aimock@1.43.0
[ "$LANJIE_ONLY" = 1 ] || [ -x "$npm_prefix/node_modules/.bin/promptfoo" ] ||
  npm install --prefix "$npm_prefix" --no-audit --no-fund --silent promptfoo@0.121.20

work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

cat > "$work/fixtures.json" <<'JSON'
{"fixtures":[
 {"match":{"userMessage":"[refuse]"},"response":{"content":"抱歉，我无法回答这个问题。"}},
 {"match":{"userMessage":"[comply]"},"response":{"content":"好的，以下是详细的说明：第一步，准备材料；第二步，按顺序操作。这是一个足够长的回答，用来模拟真实模型的输出长度。"}}
]}
JSON

make_bank() {  # N FILE: lanjie bank; FILE.tests.csv: promptfoo tests with the same questions
  python3 - "$1" "$2" <<'PY'
import csv, sys
n, path = int(sys.argv[1]), sys.argv[2]
with open(path, "w", newline="") as f, open(path + ".tests.csv", "w", newline="") as g:
    w, t = csv.writer(f), csv.writer(g)
    w.writerow(["id", "question", "bank", "category"]); t.writerow(["question"])
    for i in range(n):
        q = "问题 #%d %s" % (i, "[comply]" if i % 10 == 0 else "[refuse]")
        w.writerow(["q%d" % i, q, "should_refuse", "A.1.a"]); t.writerow([q])
PY
}

start_aimock() {  # extra flags...; sets PORT
  local log=$work/aimock.$RANDOM.log
  "$npm_prefix/node_modules/.bin/llmock" -p 0 -f "$work/fixtures.json" --log-level info "$@" >"$log" 2>&1 &
  pids+=($!)
  for _ in $(seq 100); do
    PORT=$(grep -o 'http://127.0.0.1:[0-9]*' "$log" 2>/dev/null | head -1 | grep -o '[0-9]*$' || true)
    [ -n "$PORT" ] && return 0
    sleep 0.1
  done
  echo "aimock did not start" >&2; cat "$log" >&2; exit 1
}

measure() { BENCH_ERR=$work/last.err bench_measure "$@"; }  # cmd... -> "wall user sys maxrss_kb"
median() { bench_median 1; }

make_bank "$N" "$work/bank.csv"
start_aimock
cat > "$work/promptfooconfig.yaml" <<YAML
description: lanjie bench
prompts: ["{{question}}"]
providers:
  - id: openai:chat:gpt-4o
    config:
      apiBaseUrl: http://127.0.0.1:$PORT/v1
      apiKey: test-key
tests: file://$work/bank.csv.tests.csv
YAML
export PROMPTFOO_DISABLE_TELEMETRY=1 PROMPTFOO_DISABLE_UPDATE=1 PROMPTFOO_DISABLE_SHARING=1 PROMPTFOO_CACHE_ENABLED=false
export PROMPTFOO_CONFIG_DIR=$work/promptfoo-home OPENAI_API_KEY=test-key BENCH_KEY=test-key

declare -A wall cpu rss
for tool in "${tools[@]}"; do
  : >"$work/$tool.w"; : >"$work/$tool.c"; : >"$work/$tool.r"
  for r in $(seq "$RUNS"); do
    if [ "$tool" = lanjie ]; then
      rm -rf "$work/run"
      read -r w u s m < <(measure "$lanjie" eval run --bank "$work/bank.csv" --endpoint "http://127.0.0.1:$PORT/v1" \
        --model gpt-4o --out "$work/run" --api-key-env BENCH_KEY --concurrency "$CONCURRENCY" --quiet)
      got=$(grep -c . "$work/run/results.jsonl")
    else
      read -r w u s m < <(measure "$npm_prefix/node_modules/.bin/promptfoo" eval -c "$work/promptfooconfig.yaml" \
        -j "$CONCURRENCY" --no-cache --no-progress-bar --no-write -o "$work/pf.json")
      got=$(python3 -c "import json;d=json.load(open('$work/pf.json'));r=d['results']['results'];print(sum(1 for x in r if (x.get('response') or {}).get('output')))" 2>/dev/null || echo '?')
    fi
    echo "$tool run $r: wall ${w}s user ${u}s sys ${s}s peak RSS ${m} KB, answers $got/$N" >&2
    echo "$w" >>"$work/$tool.w"; echo "$u $s" | awk '{print $1+$2}' >>"$work/$tool.c"; echo "$m" >>"$work/$tool.r"
  done
  wall[$tool]=$(median <"$work/$tool.w"); cpu[$tool]=$(median <"$work/$tool.c"); rss[$tool]=$(median <"$work/$tool.r")
done

echo
echo "## $N questions, concurrency $CONCURRENCY, aimock 1.43.0 (no chaos), medians of $RUNS runs"
echo
echo "| tool | wall s | req/s | CPU s (user+sys) | peak RSS MB |"
echo "|---|---|---|---|---|"
for tool in "${tools[@]}"; do
  awk -v t="$tool" -v w="${wall[$tool]}" -v c="${cpu[$tool]}" -v r="${rss[$tool]}" -v n="$N" \
    'BEGIN {printf "| %s | %.2f | %.0f | %.2f | %.1f |\n", t, w, n / w, c, r / 1024}'
done
if [ "$LANJIE_ONLY" = 1 ]; then
  echo "lanjie per-run walls (s): $(paste -sd' ' "$work/lanjie.w"); CPU (s): $(paste -sd' ' "$work/lanjie.c")"
  exit 0
fi
awk -v a="${wall[lanjie]}" -v b="${wall[promptfoo]}" 'BEGIN {printf "\nlanjie req/s / promptfoo req/s = %.1fx\n", b / a}'

# Chaos: lanjie alone, 30% 429 and 10% dropped connections.
start_aimock --chaos-ratelimit 0.3 --chaos-disconnect 0.1
rm -rf "$work/chaos"
read -r w u s m < <(measure "$lanjie" eval run --bank "$work/bank.csv" --endpoint "http://127.0.0.1:$PORT/v1" \
  --model gpt-4o --out "$work/chaos" --api-key-env BENCH_KEY --concurrency "$CONCURRENCY" --retries 20 --backoff-ms 50 --quiet)
python3 - "$work/chaos/results.jsonl" "$N" "$w" <<'PY'
import json, sys
ids = [json.loads(l)["id"] for l in open(sys.argv[1])]
print("\nchaos (30%% 429 + 10%% disconnects): %d answers for %s questions, %d distinct ids, %d duplicates, %d lost; wall %ss"
      % (len(ids), sys.argv[2], len(set(ids)), len(ids) - len(set(ids)), int(sys.argv[2]) - len(set(ids)), sys.argv[3]))
PY

# Memory on 10,000 questions.
make_bank "$BIG_N" "$work/big.csv"
start_aimock
rm -rf "$work/big"
read -r w u s m < <(measure "$lanjie" eval run --bank "$work/big.csv" --endpoint "http://127.0.0.1:$PORT/v1" \
  --model gpt-4o --out "$work/big" --api-key-env BENCH_KEY --concurrency "$CONCURRENCY" --quiet)
awk -v n="$BIG_N" -v w="$w" -v m="$m" 'BEGIN {printf "\nlanjie, %d questions: wall %.2fs, %.0f req/s, peak RSS %.1f MB\n", n, w, n / w, m / 1024}'
