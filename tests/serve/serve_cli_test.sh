#!/usr/bin/env bash
# ctest serve_cli: `lanjie serve` as a user runs it: reload on SIGHUP, a bad
# file on reload keeps the old list, SIGTERM stops it with exit 0, bad
# flags exit 2; the list version given to compile is shown by `lanjie info`
# and /readyz (the new one after a reload). Usage: serve_cli_test.sh LANJIE SCRATCH_DIR
set -uo pipefail
LANJIE=$1
DIR=$2/serve-cli-$$
mkdir -p "$DIR"
trap 'kill $SERVER 2>/dev/null; rm -rf "$DIR"' EXIT
fail() { echo "FAIL: $*"; cat "$DIR/serve.log" 2>/dev/null; exit 1; }

printf 'keyword,risk,action\n冰毒,A.1.f,block\n' >"$DIR/a.csv"
printf 'keyword,risk,action\n天气,A.2.a,block\n' >"$DIR/b.csv"
"$LANJIE" compile "$DIR/a.csv" -o "$DIR/a.ljdb" --list-version 2026-W48 >/dev/null 2>&1 || fail "compile a"
"$LANJIE" compile "$DIR/b.csv" -o "$DIR/b.ljdb" --list-version 2026-W49 >/dev/null 2>&1 || fail "compile b"
"$LANJIE" compile "$DIR/b.csv" -o "$DIR/none.ljdb" >/dev/null 2>&1 || fail "compile without a version"
"$LANJIE" info "$DIR/a.ljdb" | grep -q '"list_version": "2026-W48"' || fail "info should show the list version"
"$LANJIE" info "$DIR/none.ljdb" | grep -q '"list_version": "unknown"' || fail "info should show unknown"
cp "$DIR/a.ljdb" "$DIR/serving.ljdb"
"$LANJIE" proxy -d "$DIR/a.ljdb" --upstream http://127.0.0.1:1/v1 --max-hold lots 2>/dev/null
[ $? = 2 ] || fail "bad --max-hold should exit 2"
"$LANJIE" proxy --help | grep -q -- '--max-hold BYTES' || fail "proxy --help should document --max-hold"

"$LANJIE" serve -d "$DIR/missing.ljdb" --port 0 2>/dev/null; [ $? = 2 ] || fail "missing list should exit 2"
"$LANJIE" serve -d "$DIR/a.ljdb" --port 99999 2>/dev/null; [ $? = 2 ] || fail "bad port should exit 2"

"$LANJIE" serve -d "$DIR/serving.ljdb" --port 0 2>"$DIR/serve.log" &
SERVER=$!
PORT=""
for _ in $(seq 100); do
  PORT=$(sed -n 's/.*listening on http:\/\/127.0.0.1:\([0-9]*\).*/\1/p' "$DIR/serve.log")
  [ -n "$PORT" ] && break
  sleep 0.1
done
[ -n "$PORT" ] || fail "no listening line"
action() { curl -s -X POST "http://127.0.0.1:$PORT/v1/moderate" -d "{\"text\":\"$1\"}" | sed -n 's/.*"action":"\([a-z]*\)".*/\1/p'; }

[ "$(action 天气)" = pass ] || fail "天气 should pass with list a"
[ "$(action 冰毒)" = block ] || fail "冰毒 should block with list a"
curl -s "http://127.0.0.1:$PORT/readyz" | grep -q '"list_version":"2026-W48"' || fail "readyz should show 2026-W48"

cp "$DIR/b.ljdb" "$DIR/next.ljdb" && mv "$DIR/next.ljdb" "$DIR/serving.ljdb"
kill -HUP $SERVER
for _ in $(seq 100); do [ "$(action 天气)" = block ] && break; sleep 0.1; done
[ "$(action 天气)" = block ] || fail "SIGHUP did not reload"
curl -s "http://127.0.0.1:$PORT/readyz" | grep -q '"list_version":"2026-W49"' || fail "readyz should show 2026-W49 after the reload"
grep -q "reloaded" "$DIR/serve.log" || fail "no reload message"

echo "garbage" >"$DIR/serving.ljdb"
kill -HUP $SERVER
for _ in $(seq 100); do grep -q "reload failed" "$DIR/serve.log" && break; sleep 0.1; done
grep -q "reload failed" "$DIR/serve.log" || fail "bad reload not reported"
[ "$(action 天气)" = block ] || fail "bad reload must keep the old list"

# SIGTERM while requests are running: the server exits 0 as soon as the
# requests in flight are answered (not after the 2 s drain limit), and every
# answer a client got is complete; a client that came too late is refused.
for i in $(seq 8); do
  ( for j in $(seq 20); do
      curl -s -o "$DIR/resp-$i-$j" -w '%{http_code}' -X POST "http://127.0.0.1:$PORT/v1/moderate" \
           -d '{"text":"天气"}' >"$DIR/code-$i-$j"
    done ) &
  CLIENTS="${CLIENTS:-} $!"
done
curl -s -o /dev/null "http://127.0.0.1:$PORT/healthz"
kill -TERM $SERVER
wait $SERVER
rc=$?
[ $rc = 0 ] || fail "SIGTERM exit status $rc"
grep -q "shutting down" "$DIR/serve.log" || fail "no shutdown message"
wait $CLIENTS
answered=0
for f in "$DIR"/code-*; do
  code=$(cat "$f")
  case "$code" in
    200) grep -q '"action":"block"' "${f/code-/resp-}" || fail "truncated answer in ${f/code-/resp-}"
         answered=$((answered + 1)) ;;
    000) ;;  # connection refused or reset: the server had stopped accepting
    *) fail "a request during shutdown got HTTP $code" ;;
  esac
done
echo "SIGTERM during load: $answered complete answers, the rest refused"
echo "serve CLI: all checks passed"
