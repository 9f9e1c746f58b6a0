#!/usr/bin/env bash
# Load test of `lanjie serve` with wrk on loopback: POST /v1/moderate with
# 200-character texts (some with keywords), a 10,000-keyword list.
#
#   bench/serve-load.sh [BUILD_DIR]           (default: build)
#   RUNS=3 DURATION=20 CONNECTIONS=64 SOAK=300 RELOADS=100 bench/serve-load.sh build-rt
#
# Phases: RUNS throughput runs (median reported), a soak of SOAK seconds with
# the server's RSS sampled every 10 s, and a run during which the artifact
# is reloaded RELOADS times (POST /v1/reload, alternating two lists).
# Prints a Markdown summary on stdout; details go to $OUT (a temp dir).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
BUILD=${1:-build}
LANJIE=$(realpath "$BUILD/tools/lanjie")
RUNS=${RUNS:-3}
DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-64}
WRK_THREADS=${WRK_THREADS:-1}
SERVER_THREADS=${SERVER_THREADS:-2}
SOAK=${SOAK:-300}
RELOADS=${RELOADS:-100}
PORT=${PORT:-18931}
OUT=${OUT:-$(mktemp -d /tmp/lanjie-serve-load.XXXXXX)}
mkdir -p "$OUT"
command -v wrk >/dev/null || { echo "wrk is missing (apt-get install wrk)" >&2; exit 2; }

# The data: list-a (10,000 keywords, five risks) and list-b (the same but one), 64 bodies.
bench_moderate_data "$OUT" 20261124 64 A.1.a,A.1.f,A.1.g,A.2.a,A.3.b 0 1
mv "$OUT/list.csv" "$OUT/list-a.csv"
mv "$OUT/list-minus-one.csv" "$OUT/list-b.csv"

"$LANJIE" compile "$OUT/list-a.csv" -o "$OUT/list-a.ljdb" >/dev/null 2>&1
"$LANJIE" compile "$OUT/list-b.csv" -o "$OUT/list-b.ljdb" >/dev/null 2>&1
cp "$OUT/list-a.ljdb" "$OUT/serving.ljdb"
"$LANJIE" serve -d "$OUT/serving.ljdb" --port "$PORT" --threads "$SERVER_THREADS" 2>"$OUT/serve.log" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null && break; sleep 0.1; done
URL="http://127.0.0.1:$PORT"
rss() { awk '/VmRSS/ {print $2}' /proc/$SERVER/status; }

summarize() { bench_wrk_summary "$1" 2; }

LOAD_BEFORE=$(bench_load)
wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d3s -s "$OUT/bodies.lua" "$URL" >/dev/null  # warm-up
: >"$OUT/runs.txt"
for r in $(seq "$RUNS"); do
  wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$OUT/bodies.lua" "$URL" >"$OUT/run-$r.txt"
  summarize "$OUT/run-$r.txt" >>"$OUT/runs.txt"
done
read -r MED_RPS MED_P50 MED_P99 _ < <(sort -n -k1 "$OUT/runs.txt" | sed -n "$(((RUNS + 1) / 2))p")
RUN_ERRORS=$(awk '{s += $4} END {print s + 0}' "$OUT/runs.txt")

# Soak: RSS every 10 s.
RSS_START=$(rss)
: >"$OUT/rss.txt"
( for _ in $(seq $((SOAK / 10))); do sleep 10; rss >>"$OUT/rss.txt"; done ) &
SAMPLER=$!
wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"${SOAK}s" --latency -s "$OUT/bodies.lua" "$URL" >"$OUT/soak.txt"
wait $SAMPLER || true
read -r SOAK_RPS _ SOAK_P99 SOAK_ERRORS < <(summarize "$OUT/soak.txt")
RSS_END=$(rss)
RSS_MAX=$(sort -n "$OUT/rss.txt" | tail -1)
RSS_MID=$(sed -n "$(( ($(wc -l <"$OUT/rss.txt") + 1) / 2 ))p" "$OUT/rss.txt")

# Reloads during load.
RELOAD_SECONDS=$(( RELOADS / 5 + 5 ))
wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"${RELOAD_SECONDS}s" --latency -s "$OUT/bodies.lua" "$URL" >"$OUT/reload.txt" &
WRK=$!
sleep 1
RELOAD_OK=0
for i in $(seq "$RELOADS"); do
  if (( i % 2 )); then cp "$OUT/list-b.ljdb" "$OUT/next.ljdb"; else cp "$OUT/list-a.ljdb" "$OUT/next.ljdb"; fi
  mv "$OUT/next.ljdb" "$OUT/serving.ljdb"
  code=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$URL/v1/reload")
  [ "$code" = 200 ] && RELOAD_OK=$((RELOAD_OK + 1))
  sleep 0.1
done
wait $WRK
read -r RELOAD_RPS _ RELOAD_P99 RELOAD_ERRORS < <(summarize "$OUT/reload.txt")

cat <<MD
load average before: $LOAD_BEFORE; after: $(bench_load)

| measure | value |
|---|---|
| throughput, median of $RUNS x ${DURATION}s runs | $MED_RPS req/s |
| latency p50 / p99 (median run) | $MED_P50 ms / $MED_P99 ms |
| errors in throughput runs (socket + non-2xx) | $RUN_ERRORS |
| soak ${SOAK}s: throughput, p99, errors | $SOAK_RPS req/s, $SOAK_P99 ms, $SOAK_ERRORS |
| soak RSS: start / middle / max / end (KiB) | $RSS_START / $RSS_MID / $RSS_MAX / $RSS_END |
| $RELOADS reloads during load: reloads ok, failed requests | $RELOAD_OK / $RELOADS, $RELOAD_ERRORS |
| reload run: throughput, p99 | $RELOAD_RPS req/s, $RELOAD_P99 ms |

per-run "req/s p50_ms p99_ms errors": $(tr '\n' ';' <"$OUT/runs.txt")
details: $OUT (wrk outputs, rss.txt, serve.log)
MD
