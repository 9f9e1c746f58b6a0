# shellcheck shell=bash
# bench/lib.sh: the shell preamble the bench scripts share. Source it:
#   . "$(dirname "$0")/lib.sh"
# Defines functions only (names start with bench_); sets no shell options
# and runs nothing. Python: /usr/bin/python3 (Debian's, standard library only).

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BENCH_PY=/usr/bin/python3
[ -x "$BENCH_PY" ] || BENCH_PY=python3

# The load averages (1, 5, 15 min) as uptime prints them: recorded with every figure.
bench_load() { uptime | sed 's/.*load average: //'; }

# A free TCP port on 127.0.0.1.
bench_free_port() { "$BENCH_PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# PID -> its user+system CPU time so far, in clock ticks (getconf CLK_TCK per second).
bench_cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# The median of column COL (default 1) of the lines on stdin; the mean of the
# two middle values for an even count.
bench_median() {
  sort -n -k"${1:-1}" | awk -v c="${1:-1}" '{a[NR] = $c} END {print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2)}'
}

# cmd... -> "wall_s user_s sys_s maxrss_kb" of one run (/usr/bin/time); the
# command's stdout is dropped, its stderr kept in $BENCH_ERR (default
# /dev/null), its exit status ignored (a benchmark records what it cost).
bench_measure() {
  local out
  out=$(mktemp)
  /usr/bin/time -f "%e %U %S %M" -o "$out" "$@" >/dev/null 2>"${BENCH_ERR:-/dev/null}" || true
  tail -1 "$out"
  rm -f "$out"
}

# wrk --latency output FILE [DECIMALS] -> "req/s p50_ms p99_ms errors"
# (errors: socket errors + non-2xx responses; DECIMALS of the latencies, default 2).
bench_wrk_summary() {
  awk -v d="${2:-2}" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) }
    /Socket errors/ { gsub(",", ""); errs += $4 + $6 + $8 + $10 }
    /Non-2xx/ { errs += $5 }
    END { printf "%d %.*f %.*f %d\n", rps, d, p50, d, p99, errs }' "$1"
}

# The sidecar load data, seeded: DIR SEED BODIES RISKS USERS STEP writes
#   DIR/list.csv            10,000 keywords of 2-6 common CJK characters, risks
#                           from the comma list RISKS round robin, actions
#                           block/mask/review round robin
#   DIR/list-minus-one.csv  the same without its last keyword (a second list to reload)
#   DIR/bodies.lua          a wrk script POSTing BODIES /v1/moderate bodies of 200
#                           characters, every fourth with keyword number k*STEP
#                           (STEP 3: block keywords only), with "user" from
#                           USERS users (0: no user field)
bench_moderate_data() {
  "$BENCH_PY" - "$@" <<'PY'
import json, random, sys
out, seed, n_bodies, risks, users, step = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4].split(","), int(sys.argv[5]), int(sys.argv[6])
rng = random.Random(seed)
def word(n): return "".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(n))
keywords = sorted({word(rng.randint(2, 6)) for _ in range(10000)})
for name, kws in (("list", keywords), ("list-minus-one", keywords[:-1])):
    with open(f"{out}/{name}.csv", "w", encoding="utf-8") as f:
        f.write("keyword,risk,action\n")
        for i, k in enumerate(kws):
            f.write(f"{k},{risks[i % len(risks)]},{['block','mask','review'][i % 3]}\n")
bodies = []
for i in range(n_bodies):
    text = word(200)
    if i % 4 == 0:
        k = keywords[rng.randrange(0, len(keywords), step)]
        text = text[:100] + k + text[100 + len(k):]
    body = {"text": text[:200]}
    if users: body["user"] = f"u{rng.randrange(users)}"
    bodies.append(json.dumps(body, ensure_ascii=False))
with open(f"{out}/bodies.lua", "w", encoding="utf-8") as f:
    f.write("bodies = {\n" + ",\n".join("[==[" + b + "]==]" for b in bodies) + "\n}\n")
PY
  cat >>"$1/bodies.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local i = 0
request = function()
  i = i % #bodies + 1
  return wrk.format(nil, "/v1/moderate", nil, bodies[i])
end
LUA
}

# LANJIE DICT WORK: the usable lines of the keyword list DICT (bench/usable-list.sh,
# checked with LANJIE) as WORK/64k.txt and its first 10,000 as WORK/10k.txt.
bench_houbb_lists() {
  "$BENCH_DIR/usable-list.sh" "$1" "$2" "$3/64k.txt"
  head -n 10000 "$3/64k.txt" >"$3/10k.txt"
}

# LANJIE...: the machine (cores, CPU model) and one line per binary, named
# b1, b2, ... in the order given, as the side-by-side tables name them.
bench_print_binaries() {
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  local n=0 b
  for b in "$@"; do
    n=$((n + 1))
    echo "binary b$n: $b ($("$b" --version))"
  done
}

# NAME: the common start of a bench script (after `set -euo pipefail` and
# sourcing this file): cd to the repository root and set root (that
# folder), shared (root/../shared/data) and work (a new folder
# /tmp/lanjie-NAME.XXXXXX, removed on exit unless KEEP is set non-empty).
bench_start() {
  cd "$BENCH_DIR/.." || exit 2
  root=$PWD
  shared="$root/../shared/data"
  work=$(mktemp -d "/tmp/lanjie-$1.XXXXXX")
  trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
}

# SCRIPT LANJIE...: sets the array binaries to the LANJIE... given (default:
# $root/build/tools/lanjie; call after bench_start) and exits 2 with
# "SCRIPT: B is not executable" on stderr for the first B that is not.
bench_binaries() {
  local script=$1 b
  shift
  binaries=("$@")
  [ ${#binaries[@]} -gt 0 ] || binaries=("$root/build/tools/lanjie")
  for b in "${binaries[@]}"; do [ -x "$b" ] || { echo "$script: $b is not executable" >&2; exit 2; }; done
}

# LANJIE: the executable that runs every command itself: LANJIE-full beside
# it for a build since the front/full split (`lanjie` execs lanjie-full for
# every command but scan and info, and valgrind does not follow an exec),
# else LANJIE (an older single binary). For callgrind of those commands.
bench_full() { if [ -x "$1-full" ]; then echo "$1-full"; else echo "$1"; fi; }

# SUFFIX FLAGS LANJIE...: with each LANJIE (numbered n = 1, 2, ... in the
# order given, as bench_print_binaries names them), compiles $work/L.txt of
# each list L of $lists (bench_houbb_lists writes 10k and 64k) into
# $work/bN-L$SUFFIX.ljdb: `compile --risk A.1.h --portable FLAGS -q`
# (FLAGS: one string, split on spaces), the compiler's stderr dropped.
# Calls FN LIST N BINARY for every list in $lists and every binary given
# (N: the binary's 1-based position, as in bench_compile_lists' artifact
# names $work/bN-LIST*.ljdb), lists outermost: one table row a call.
bench_each_list_binary() {
  local fn=$1 l b n
  shift
  for l in $lists; do
    n=0
    for b in "$@"; do
      n=$((n + 1))
      "$fn" "$l" "$n" "$b"
    done
  done
}

bench_compile_lists() {
  local suffix=$1 flags=$2 n=0 b l
  shift 2
  for b in "$@"; do
    n=$((n + 1))
    for l in ${lists:?}; do
      # shellcheck disable=SC2086 # FLAGS is a list of options
      "$b" compile "$work/$l.txt" --risk A.1.h --portable $flags -q -o "$work/b$n-$l$suffix.ljdb" 2>/dev/null
    done
  done
}

# SCRIPT NEEDS: sets dict to the houbb list of $shared; without it or the
# poetry corpus, says "SCRIPT: ../shared/data not found; this benchmark
# needs its NEEDS" on stderr and exits 0 (a benchmark, not a test).
bench_need_shared() {
  dict="$shared/lexicons/houbb-sensitive-word/v0.26.1/sensitive_word_dict.txt"
  if [ ! -f "$dict" ] || [ ! -f "$shared/corpus/chinese-poetry.txt.gz" ]; then
    echo "$1: ../shared/data not found; this benchmark needs its $2" >&2
    exit 0
  fi
}
