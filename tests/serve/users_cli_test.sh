#!/usr/bin/env bash
# ctest users_cli: `lanjie serve --user-store` and `lanjie users` as an
# operator runs them: counts survive a kill -9 of the server, users
# list/show/clear/suspend work on the same store, bad stores and flags exit 2
# with the reason. Usage: users_cli_test.sh LANJIE SCRATCH_DIR
set -uo pipefail
LANJIE=$1
DIR=$2/users-cli-$$
mkdir -p "$DIR"
SERVER=""
trap '[ -n "$SERVER" ] && kill $SERVER 2>/dev/null; rm -rf "$DIR"' EXIT
fail() { echo "FAIL: $*"; cat "$DIR/serve.log" 2>/dev/null; exit 1; }

printf 'keyword,risk,action\n冰毒,A.1.f,block\n' >"$DIR/a.csv"
"$LANJIE" compile "$DIR/a.csv" -o "$DIR/a.ljdb" >/dev/null 2>&1 || fail "compile"
STORE="sqlite:$DIR/users.db"

# Bad input at start: a clear reason and exit 2.
printf 'not a database at all, not at all, not at all, not at all, not at all.....' >"$DIR/corrupt.db"
"$LANJIE" serve -d "$DIR/a.ljdb" --port 0 --user-store "sqlite:$DIR/corrupt.db" 2>"$DIR/err"; [ $? = 2 ] || fail "corrupt store should exit 2"
grep -q "corrupt.db" "$DIR/err" || fail "corrupt store error names the file: $(cat "$DIR/err")"
"$LANJIE" serve -d "$DIR/a.ljdb" --port 0 --user-store redis://127.0.0.1:1 2>"$DIR/err"; [ $? = 2 ] || fail "unreachable redis should exit 2"
grep -q "cannot connect to Redis" "$DIR/err" || fail "redis error: $(cat "$DIR/err")"
"$LANJIE" serve -d "$DIR/a.ljdb" --port 0 --user-store "$STORE" --user-id cookie 2>/dev/null; [ $? = 2 ] || fail "bad --user-id should exit 2"
"$LANJIE" serve -d "$DIR/a.ljdb" --port 0 --user-id key 2>/dev/null; [ $? = 2 ] || fail "--user-id without --user-store should exit 2"
printf '{"daily_limit": "five"}' >"$DIR/bad-policy.json"
"$LANJIE" serve -d "$DIR/a.ljdb" --port 0 --user-store "$STORE" --user-policy "$DIR/bad-policy.json" 2>"$DIR/err"; [ $? = 2 ] || fail "bad policy should exit 2"
grep -q "bad-policy.json: daily_limit" "$DIR/err" || fail "policy error: $(cat "$DIR/err")"

start() {
  : >"$DIR/serve.log"
  "$LANJIE" serve -d "$DIR/a.ljdb" --port 0 --user-store "$STORE" --audit-log "$DIR/audit.jsonl" 2>"$DIR/serve.log" &
  SERVER=$!
  PORT=""
  for _ in $(seq 100); do
    PORT=$(sed -n 's/.*listening on http:\/\/127.0.0.1:\([0-9]*\).*/\1/p' "$DIR/serve.log")
    [ -n "$PORT" ] && break
    sleep 0.1
  done
  [ -n "$PORT" ] || fail "no listening line"
}
moderate() { curl -s -X POST "http://127.0.0.1:$PORT/v1/moderate" -d "{\"text\":\"$1\",\"user\":\"$2\"}"; }

start
moderate 冰毒 dora | grep -q '"state":"active"' || fail "first violation"
moderate 冰毒 dora | grep -q '"consecutive":2' || fail "second violation"
kill -9 $SERVER; wait $SERVER 2>/dev/null
start
moderate 冰毒 dora | grep -q '"state":"suspended"' || fail "third violation after kill -9 should suspend (count lost?)"
kill $SERVER; wait $SERVER; SERVER=""
grep -q '"event":"user_suspended"' "$DIR/audit.jsonl" || fail "no suspension in the audit log"

"$LANJIE" users list --user-store "$STORE" | grep -q '"id":"user:dora".*"state":"suspended"' || fail "users list"
"$LANJIE" users show dora --user-store "$STORE" | grep -q '"rule":"consecutive"' || fail "users show"
"$LANJIE" users show nobody --user-store "$STORE" 2>/dev/null; [ $? = 1 ] || fail "show of an unknown user should exit 1"
"$LANJIE" users clear dora --user-store "$STORE" --audit-log "$DIR/audit.jsonl" | grep -q '"state":"active"' || fail "users clear"
grep -q '"event":"user_cleared"' "$DIR/audit.jsonl" || fail "no clearance in the audit log"
"$LANJIE" users suspend eve --for 2h --reason test --user-store "$STORE" | grep -q '"state":"suspended"' || fail "users suspend"
"$LANJIE" users suspend eve --for soon --user-store "$STORE" 2>/dev/null; [ $? = 2 ] || fail "bad --for should exit 2"
"$LANJIE" users frobnicate --user-store "$STORE" 2>/dev/null; [ $? = 2 ] || fail "unknown verb should exit 2"
echo "users_cli: ok"
