#!/usr/bin/env bash
# User accountability on the sidecar's request path, side by side in one run:
# `lanjie serve` under wrk with the user store off, SQLite, and Redis on
# loopback (a redis-server started here, persistence off), runs interleaved
# (off, sqlite, redis, off, ...) so that the load of the machine falls on all
# three alike; then the per-call cost of UserAccounts::Record in-process
# (bench/user_store_cost.cc) against both stores and a fixed CPU loop of the
# same median (the machine's noise floor).
#
#   bench/users-load.sh [BUILD_DIR]             (default: build)
#   RUNS=5 DURATION=10 CONNECTIONS=32 bench/users-load.sh build
#   PEER=/work/notes/lanjie-309f980 bench/users-load.sh build
#     PEER: another `lanjie` binary (e.g. main's) run as a fourth mode,
#     "redis-peer", with the same Redis and requests, interleaved too.
#   PEER_COST=/path/to/user_store_cost: another build's in-process tool
#     (e.g. main's), run side by side as "peer-apply" in the in-process
#     and callgrind parts, against the same Redis.
#   CALLGRIND=1 adds instructions per call (redis-server and client, both
#     paths) under valgrind: ~2 min, any load.
#   IN_PROCESS=0 skips the in-process part; SERVER_THREADS (default 2) is
#     `lanjie serve --threads` for every mode.
#
# Besides req/s and latency, every sidecar run records CPU time per request
# (user+system of `lanjie serve` and of redis-server over the measured run,
# from /proc, divided by the requests wrk completed): a figure the load of a
# shared machine disturbs far less than req/s. In-process, the Redis store is
# timed both ways: Record (Apply: the policy script, or one HMGET for a clean
# request that changes nothing) and Modify + ApplyEvent (main's path:
# plain read, WATCH+HMGET, MULTI/EXEC), with redis-server's CPU per call,
# and "async": RecordAsync on an event loop with 16 calls in flight, the
# sidecar's path (round trips per call below 1: pipelined), and with one
# (per-call latency through that path, comparable with the blocking call's).
#
# Worst case on purpose: the policy never suspends (limits of 10^9), so
# every violation is a write and so is the next clean request of its user.
# Requests: POST /v1/moderate, 200-character texts, every fourth with a
# keyword, "user" drawn from 1,000 users; a 10,000-keyword list.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
BUILD=${1:-build}
LANJIE=$(realpath "$BUILD/tools/lanjie")
COST=$(realpath "$BUILD/bench/user_store_cost")
PEER_COST=${PEER_COST:+$(realpath "$PEER_COST")}
PEER=${PEER:-}
MODES="off sqlite redis${PEER:+ redis-peer}"
RUNS=${RUNS:-5}
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-32}
SERVER_THREADS=${SERVER_THREADS:-2}
OUT=${OUT:-$(mktemp -d /tmp/lanjie-users-load.XXXXXX)}
mkdir -p "$OUT"
command -v wrk >/dev/null || { echo "wrk is missing (scripts/deps.sh)" >&2; exit 2; }
command -v redis-server >/dev/null || { echo "redis-server is missing (scripts/deps.sh)" >&2; exit 2; }

# 10,000 keywords of A.1.f; 512 bodies, the keywords in them block ones, "user" of 1,000.
bench_moderate_data "$OUT" 20261202 512 A.1.f 1000 3
echo '{"name": "bench-count-only", "consecutive_limit": 1000000000, "daily_limit": 1000000000}' >"$OUT/policy.json"
"$LANJIE" compile "$OUT/list.csv" -o "$OUT/list.ljdb" >/dev/null 2>&1
# The peer compiles its own artifact: the artifact format differs between versions.
[[ -n "${PEER:-}" ]] && "$PEER" compile "$OUT/list.csv" -o "$OUT/list-peer.ljdb" >/dev/null 2>&1

REDIS_PORT=$(bench_free_port)
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize no >"$OUT/redis.log" 2>&1 &
REDIS=$!
SERVER=""
trap 'kill $SERVER $REDIS 2>/dev/null || true' EXIT
for _ in $(seq 100); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.05; done

cpu_ticks() { bench_cpu_ticks "$1"; }
TICK=$(getconf CLK_TCK)
summarize() { bench_wrk_summary "$1" 3; }
requests_of() { awk '/requests in/ {print $1}' "$1"; }

run_mode() {  # mode run
  local mode=$1 r=$2 args=() port bin=$LANJIE s0 s1 r0 r1 n
  port=$(bench_free_port)
  case $mode in
    sqlite) rm -f "$OUT"/users.db*; args=(--user-store "sqlite:$OUT/users.db" --user-policy "$OUT/policy.json") ;;
    redis|redis-peer) redis-cli -p "$REDIS_PORT" flushall >/dev/null; args=(--user-store "redis://127.0.0.1:$REDIS_PORT" --user-policy "$OUT/policy.json") ;;
  esac
  local list=$OUT/list.ljdb
  [[ $mode == redis-peer ]] && bin=$PEER && list=$OUT/list-peer.ljdb
  "$bin" serve -d "$list" --port "$port" --threads "$SERVER_THREADS" "${args[@]}" 2>"$OUT/serve-$mode-$r.log" &
  SERVER=$!
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && break; sleep 0.05; done
  wrk -t1 -c"$CONNECTIONS" -d2s -s "$OUT/bodies.lua" "http://127.0.0.1:$port" >/dev/null  # warm-up
  s0=$(cpu_ticks "$SERVER"); r0=$(cpu_ticks "$REDIS")
  wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$OUT/bodies.lua" "http://127.0.0.1:$port" >"$OUT/wrk-$mode-$r.txt"
  s1=$(cpu_ticks "$SERVER"); r1=$(cpu_ticks "$REDIS")
  kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=""
  n=$(requests_of "$OUT/wrk-$mode-$r.txt")
  # CPU µs per request: the sidecar's, redis-server's (0 unless Redis mode).
  echo "$(summarize "$OUT/wrk-$mode-$r.txt") $(awk -v a="$s0" -v b="$s1" -v c="$r0" -v d="$r1" -v n="$n" -v t="$TICK" \
    'BEGIN { printf "%.1f %.1f", (b - a) * 1e6 / t / n, (d - c) * 1e6 / t / n }')" >>"$OUT/$mode.txt"
}

LOAD_BEFORE=$(bench_load)
for mode in $MODES; do : >"$OUT/$mode.txt"; done
for r in $(seq "$RUNS"); do for mode in $MODES; do run_mode "$mode" "$r"; done; done
LOAD_AFTER=$(bench_load)

median() { bench_median "$2" <"$1"; }  # file column
echo "load average before: $LOAD_BEFORE; after: $LOAD_AFTER"
echo
echo "| store | req/s (median of $RUNS) | p50 ms | p99 ms | errors | CPU µs/req sidecar | CPU µs/req redis-server | runs (req/s) |"
echo "|---|---|---|---|---|---|---|---|"
for mode in $MODES; do
  echo "| $mode | $(median "$OUT/$mode.txt" 1) | $(median "$OUT/$mode.txt" 2) | $(median "$OUT/$mode.txt" 3) | $(awk '{s += $4} END {print s + 0}' "$OUT/$mode.txt") | $(median "$OUT/$mode.txt" 5) | $(median "$OUT/$mode.txt" 6) | $(awk '{if (NR > 1) printf " / "; printf "%s", $1}' "$OUT/$mode.txt") |"
done
if [[ ${CALLGRIND:-0} == 1 ]]; then
  # Instructions (user space; the kernel's share of a round trip is not in
  # them) per call, the same in any load: redis-server and the client under
  # callgrind, 10,000 calls (1,000 users) each way, minus a run with none
  # (server: started, PINGed, stopped) or 1,000 (client), per call.
  cg_total() { awk '/^totals:/ {print $2}' "$1"; }
  cg_server() {  # calls path [binary] -> redis-server instructions
    local port pid bin=${3:-$COST}
    port=$(bench_free_port)
    valgrind --tool=callgrind --callgrind-out-file="$OUT/cg-server-$2-$1.out" redis-server --port "$port" \
      --bind 127.0.0.1 --save '' --appendonly no >/dev/null 2>&1 &
    pid=$!
    for _ in $(seq 300); do redis-cli -p "$port" ping >/dev/null 2>&1 && break; sleep 0.1; done
    [[ $1 == 0 ]] || "$bin" "redis://127.0.0.1:$port" "$1" 1000 1 "$2" >/dev/null
    kill "$pid"; wait "$pid" 2>/dev/null || true
    cg_total "$OUT/cg-server-$2-$1.out"
  }
  base=$(cg_server 0 apply)
  echo "callgrind, instructions per call (10,000 calls, 1,000 users, 1 in 4 a violation):"
  for path in apply async modify ${PEER_COST:+peer-apply}; do
    bin=$COST run=$path
    [[ $path == peer-apply ]] && bin=$PEER_COST run=apply
    server=$(cg_server 10000 "$run" "$bin")
    for n in 1000 10000; do
      valgrind --tool=callgrind --callgrind-out-file="$OUT/cg-client-$path-$n.out" \
        "$bin" "redis://127.0.0.1:$REDIS_PORT" "$n" 1000 1 "$run" >/dev/null 2>&1
    done
    echo "$path: redis-server $(( (server - base) / 10000 )), client $(( ($(cg_total "$OUT/cg-client-$path-10000.out") - $(cg_total "$OUT/cg-client-$path-1000.out")) / 9000 ))"
  done
fi
[[ ${IN_PROCESS:-1} == 0 ]] && { echo "details: $OUT"; exit 0; }
echo
echo "in-process, per call (1 thread, 100,000 calls, 10,000 users, 1 in 4 a violation);"
echo "Redis: redis-server's CPU per call (/proc) and round trips per call (INFO stats"
echo "total_reads_processed: socket reads the server did, one per round trip; evalsha_us:"
echo "INFO commandstats usec_per_call of the policy script):"
redis_cost() {  # path [binary] [depth: async calls in flight]
  local r0 r1 line reads evalsha
  redis-cli -p "$REDIS_PORT" flushall >/dev/null
  redis-cli -p "$REDIS_PORT" config resetstat >/dev/null
  r0=$(cpu_ticks "$REDIS")
  line=$("${2:-$COST}" "redis://127.0.0.1:$REDIS_PORT" 100000 10000 1 "$1" ${3:-})
  r1=$(cpu_ticks "$REDIS")
  reads=$(redis-cli -p "$REDIS_PORT" info stats | tr -d '\r' | awk -F: '$1 == "total_reads_processed" {print $2}')
  evalsha=$(redis-cli -p "$REDIS_PORT" info commandstats | tr -d '\r' | awk -F'usec_per_call=' '/^cmdstat_evalsha:/ {split($2, a, ","); print a[1]}')
  echo "${2:+peer: }$line evalsha_us=${evalsha:-none} redis_server_cpu_us/call=$(awk -v a="$r0" -v b="$r1" -v t="$TICK" 'BEGIN { printf "%.1f", (b - a) * 1e6 / t / 100000 }') round_trips/call=$(awk -v r="$reads" 'BEGIN { printf "%.2f", r / 100000 }')"
}
for r in 1 2 3; do
  rm -f "$OUT"/cost.db*
  "$COST" "sqlite:$OUT/cost.db" 100000 10000 1
  redis_cost apply
  redis_cost async "" 16
  redis_cost async "" 1   # one call at a time: the latency of one call through the async path
  [[ -n $PEER_COST ]] && redis_cost apply "$PEER_COST"
  redis_cost modify
  "$COST" loop 100000 10000 1
done
echo "details: $OUT"
