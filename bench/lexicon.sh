#!/usr/bin/env bash
# Import + validate + compile of a 100k-entry CSV keyword list (issue 3's
# performance line: at most 10 s). Whole processes, medians of RUNS runs
# (hyperfine), side by side with `lanjie compile` on the same CSV (read +
# compile, no validation) as the baseline. Also prints the phase split that
# `lanjie lexicon export --json` reports for one run. Export exits 1 when the
# generated list fails the profile's coverage (a verdict, not an error).
#
#   bench/lexicon.sh [N]        N entries (default 100000); RUNS (default 5)
#
# The list is generated (seeded): 2-6 common CJK characters, 5% Latin words,
# 17 risk codes round robin, ~1% exact duplicates, so validation has work to do.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
root=$PWD
n=${1:-100000}
runs=${RUNS:-5}
build=${BUILD:-$root/build}
work=$(mktemp -d /tmp/lanjie-lexbench.XXXXXX)
trap 'rm -rf "$work"' EXIT

lanjie="$build/tools/lanjie"
if [ ! -x "$lanjie" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build "$build" --target lanjie >/dev/null
fi
command -v hyperfine >/dev/null || { echo "lexicon.sh: hyperfine is missing (scripts/deps.sh installs it)" >&2; exit 2; }

python3 - "$work/list.csv" "$n" <<'PY'
import random, sys
random.seed(7)
path, n = sys.argv[1], int(sys.argv[2])
risks = ["A.1." + c for c in "abcdefgh"] + ["A.2." + c for c in "abcdefghi"]
rows = []
for i in range(n):
    if i % 100 == 99 and rows:
        rows.append(rows[random.randrange(len(rows))]); continue
    if random.random() < 0.05:
        kw = "".join(random.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(random.randint(4, 9)))
    else:
        kw = "".join(chr(0x4E00 + random.randrange(3000)) for _ in range(random.randint(2, 6)))
    rows.append((kw, risks[i % len(risks)]))
with open(path, "w", encoding="utf-8") as f:
    f.write("keyword,risk\n")
    for kw, r in rows: f.write(f"{kw},{r}\n")
PY
echo "list: $n entries, $(wc -c <"$work/list.csv") bytes; $(nproc) CPUs; load average $(bench_load)"
hyperfine --runs "$runs" --warmup 1 --export-markdown "$work/results.md" \
  -n "lanjie lexicon export (import+validate+compile, +xlsx/csv)" \
  "$lanjie lexicon export $work/list.csv -o $work/out --no-covered --max-problems 1 >/dev/null 2>&1 || [ \$? = 1 ]" \
  -n "lanjie lexicon export (with covered-by check)" \
  "$lanjie lexicon export $work/list.csv -o $work/out2 --max-problems 1 >/dev/null 2>&1 || [ \$? = 1 ]" \
  -n "lanjie compile (baseline: read+compile, no validation)" \
  "$lanjie compile $work/list.csv -o $work/base.ljdb -q >/dev/null 2>&1"
cat "$work/results.md"
echo
echo "phase split of one export run (seconds):"
{ "$lanjie" lexicon export "$work/list.csv" -o "$work/out3" --json 2>/dev/null || [ $? = 1 ]; } |
  python3 -c 'import json,sys; j=json.load(sys.stdin); s=j["seconds"]; print(" ".join(f"{k}={v:.2f}" for k,v in s.items()), "entries_final=%d" % j["entries_final"])'
