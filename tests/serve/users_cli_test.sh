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
# Admin flags are checked before the store is opened: no store file is left behind.
"$LANJIE" serve -d "$DIR/a.ljdb" --port 0 --user-store "sqlite:$DIR/admin.db" --admin-port 0 2>"$DIR/err"; [ $? = 2 ] || fail "--admin-port without a token should exit 2"
grep -q "go together" "$DIR/err" || fail "admin pairing error: $(cat "$DIR/err")"
printf 'short\n' >"$DIR/short.token"
"$LANJIE" serve -d "$DIR/a.ljdb" --port 0 --user-store "sqlite:$DIR/admin.db" --admin-port 0 --admin-token-file "$DIR/short.token" 2>"$DIR/err"; [ $? = 2 ] || fail "a short admin token should exit 2"
grep -q "short.token: the admin token must be at least 16 characters" "$DIR/err" || fail "short token error: $(cat "$DIR/err")"
[ ! -e "$DIR/admin.db" ] || fail "a store file was created although the flags were refused"

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

# A Redis that requires a password: the password comes from a file or the
# environment, never from a flag, and never appears in what lanjie prints.
if command -v redis-server >/dev/null; then
  RPASS=pw-$$-never-printed
  RPORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  redis-server --port "$RPORT" --bind 127.0.0.1 --save "" --appendonly no --requirepass "$RPASS" >/dev/null &
  REDIS=$!
  trap '[ -n "$SERVER" ] && kill $SERVER 2>/dev/null; kill $REDIS 2>/dev/null; rm -rf "$DIR"' EXIT
  for _ in $(seq 100); do redis-cli -p "$RPORT" -a "$RPASS" --no-auth-warning ping 2>/dev/null | grep -q PONG && break; sleep 0.1; done
  RSTORE=redis://127.0.0.1:$RPORT
  "$LANJIE" users suspend mallory --for 1h --user-store "$RSTORE" 2>"$DIR/err"; [ $? = 2 ] || fail "redis without a password should exit 2"
  grep -q "password-file" "$DIR/err" || fail "NOAUTH error should say where the password goes: $(cat "$DIR/err")"
  printf '%s\n' "$RPASS" >"$DIR/redis.pass"
  "$LANJIE" users suspend mallory --for 1h --user-store "$RSTORE" --user-store-password-file "$DIR/redis.pass" \
    >"$DIR/out" 2>&1 || fail "password file: $(cat "$DIR/out")"
  LANJIE_REDIS_PASSWORD=$RPASS "$LANJIE" users show mallory --user-store "$RSTORE" >>"$DIR/out" 2>&1 ||
    fail "password from LANJIE_REDIS_PASSWORD: $(cat "$DIR/out")"
  grep -q '"state":"suspended"' "$DIR/out" || fail "suspension through an authenticated store"
  "$LANJIE" users list --user-store "redis://default:$RPASS@127.0.0.1:$RPORT" >>"$DIR/out" 2>&1; [ $? = 2 ] ||
    fail "a password in the URL should be refused"
  LANJIE_REDIS_PASSWORD=wrong "$LANJIE" users list --user-store "$RSTORE" >>"$DIR/out" 2>&1; [ $? = 2 ] ||
    fail "a wrong password should exit 2"
  ! grep -q "$RPASS" "$DIR/out" "$DIR/err" || fail "the Redis password was printed"
  kill $REDIS; wait $REDIS 2>/dev/null
fi
echo "users_cli: ok"
