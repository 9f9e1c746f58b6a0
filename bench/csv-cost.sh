#!/usr/bin/env bash
# The cost of reading CSV (issue 10: one CSV grammar, lanjie::CsvParser,
# behind lexicon's CsvReader and the corpus audit's streamed reader), in
# instructions (valgrind --tool=callgrind: the same figure at any load),
# several binaries side by side in one run:
#   import : lanjie lexicon import list.csv -o merged.csv -q
#            (100,000 lines: keyword,risk,action,note; 1 note in 4 quoted with
#            a comma, 1 in 8 with a doubled quote, 1 in 16 across two lines)
#   audit  : lanjie corpus audit -d list.ljdb --format csv --fraction 1
#            --review-sample 0 --threads 1 corpus-N.csv, N = 1 and 4 MB of
#            id,text rows (1 text in 3 quoted: commas, doubled quotes, CRLF,
#            1 in 10 across lines); 4 MB minus 1 MB cancels the fixed cost
# For each: the whole process's instructions (Ir) and those inclusive in
# the CSV reader (CsvReader::Next, resp. CsvStream::Next). All data is
# generated here, seeded; ../shared is not needed. The audit list is 2,000
# generated keywords compiled --portable by each binary (valgrind runs it).
# Also checks that every binary writes the same merged.csv and audit.json
# (timestamps aside; both hold the work folder's path, so compare the lines
# of one run, not hashes across runs).
#
#   bench/csv-cost.sh LANJIE...
#   e.g. bench/csv-cost.sh /work/notes/lanjie-4dd691b build/tools/lanjie
#
# ~4 min of CPU per binary. Prints `uptime` before every figure.
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"
bench_start csv-cost
[ $# -ge 1 ] || { echo "usage: bench/csv-cost.sh LANJIE..." >&2; exit 2; }
command -v valgrind >/dev/null || { echo "csv-cost.sh: valgrind missing" >&2; exit 2; }
bench_print_binaries "$@"

"$BENCH_PY" - "$work" <<'PY'
import random, sys
out = sys.argv[1]
rng = random.Random(20261203)
def word(n): return "".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(n))
risks = ["A.1.a", "A.1.f", "A.1.h", "A.2.b", "A.3.c"]
seen = set()
with open(f"{out}/list.csv", "w", encoding="utf-8", newline="") as f:
    f.write("keyword,risk,action,note\n")
    i = 0
    while i < 99999:
        k = word(rng.randint(2, 6))
        if k in seen: continue
        seen.add(k)
        note = word(rng.randint(0, 12))
        if i % 16 == 5: note = '"' + note + '\n' + word(3) + '"'
        elif i % 8 == 3: note = '"' + note + '""引""' + '"'
        elif i % 4 == 1: note = '"' + note + ',' + word(2) + '"'
        f.write(f"{k},{risks[i % 5]},{['block', 'mask', 'review'][i % 3]},{note}\n")
        i += 1
keywords = sorted(seen)[:2000]
with open(f"{out}/audit-list.txt", "w", encoding="utf-8") as f:
    f.write("\n".join(keywords) + "\n")
for mb in (1, 4):
    with open(f"{out}/corpus-{mb}.csv", "w", encoding="utf-8", newline="") as f:
        f.write("id,text\r\n")
        size, n = 0, 0
        while size < mb * 1000000:
            text = word(rng.randint(20, 120))
            if n % 50 == 7:
                j = rng.randrange(len(text)); text = text[:j] + keywords[rng.randrange(2000)] + text[j:]
            if n % 3 == 0:
                parts = [text[: len(text) // 2], text[len(text) // 2 :]]
                sep = "\n" if n % 10 == 0 else ","
                text = '"' + parts[0] + sep + '""' + parts[1] + '""' + '"'
            line = f"{n},{text}\r\n"
            f.write(line)
            size += len(line.encode())
            n += 1
PY

# callgrind NAME CMD...: "total_Ir csv_Ir" of one run (csv_Ir: inclusive in
# the functions matching $csv_fn).
callgrind() {
  local name=$1
  shift
  valgrind --tool=callgrind --callgrind-out-file="$work/$name.cg" "$@" >/dev/null 2>&1 || true
  local total csv
  total=$(callgrind_annotate "$work/$name.cg" 2>/dev/null | awk '/PROGRAM TOTALS/ && !done {gsub(",", "", $1); print $1; done = 1}')
  csv=$(callgrind_annotate --inclusive=yes "$work/$name.cg" 2>/dev/null |
        awk -v re="$csv_fn" '$0 ~ re && !done {gsub(",", "", $1); print $1; done = 1}')
  echo "${total:-?} ${csv:-0}"
}

printf '%-8s %-6s %16s %16s  %s\n' case binary Ir_total Ir_csv_reader load
n=0
for b in "$@"; do
  n=$((n + 1))
  "$b" compile "$work/audit-list.txt" --risk A.1.h --portable -q -o "$work/b$n.ljdb" 2>/dev/null
  csv_fn='CsvReader::Next'
  full=$(bench_full "$b")
  read -r total csv < <(callgrind import-b$n "$full" lexicon import "$work/list.csv" -o "$work/b$n-merged.csv" -q)
  printf '%-8s %-6s %16s %16s  %s\n' import "b$n" "$total" "$csv" "$(bench_load)"
  csv_fn='CsvStream::Next'
  for mb in 1 4; do
    read -r total csv < <(callgrind "audit$mb-b$n" "$full" corpus audit -d "$work/b$n.ljdb" --out "$work/b$n-audit$mb" \
      --format csv --fraction 1 --review-sample 0 --threads 1 "$work/corpus-$mb.csv")
    eval "audit${mb}_total=$total audit${mb}_csv=$csv"
    printf '%-8s %-6s %16s %16s  %s\n' "audit$mb" "b$n" "$total" "$csv" "$(bench_load)"
  done
  # shellcheck disable=SC2154 # set by eval above
  printf '%-8s %-6s %16s %16s  (per 3 MB of CSV)\n' "audit4-1" "b$n" $((audit4_total - audit1_total)) \
    $((audit4_csv - audit1_csv))
done

echo "same outputs (merged.csv, audit.json without timestamps):"
strip() { "$BENCH_PY" -c 'import json,sys; d=json.load(open(sys.argv[1])); [d.pop(k, None) for k in ("generated_at", "tool_version")]; print(json.dumps(d, sort_keys=True))' "$1" | sha256sum | cut -c1-16; }
for i in $(seq 1 "$n"); do
  echo "  b$i: merged $(sha256sum <"$work/b$i-merged.csv" | cut -c1-16) audit1 $(strip "$work/b$i-audit1/audit.json") audit4 $(strip "$work/b$i-audit4/audit.json")"
done
