#!/usr/bin/env bash
# lanjie corpus audit vs lanjie scan on the same text: a 64k-keyword list,
# the corpus as plain lines (scan) and the same lines as JSONL {"text": ...}
# (audit --fraction 1, folding on). Reports medians of RUNS runs (hyperfine)
# as MB/s of TEXT bytes for both, the ratio (target >= 80%), audit
# --threads 2 vs 1 (target >= 1.7x), and peak RSS of the audit on a ~1 GB
# JSONL file (BIG_GB=0 skips it).
#
#   bench/corpus-audit.sh [LIST [CORPUS]]
#
# Defaults: ../shared's houbb list (64k keywords) and chinese-poetry corpus;
# generated data when ../shared is absent (benchmarks only; tests never use it).
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"
bench_start corpus-bench
runs=${RUNS:-3}
big_gb=${BIG_GB:-1}
lanjie="$root/build/tools/lanjie"
[ -x "$lanjie" ] || { echo "corpus-audit.sh: build lanjie first" >&2; exit 2; }
command -v hyperfine >/dev/null || { echo "corpus-audit.sh: hyperfine missing" >&2; exit 2; }

list=${1:-$shared/lexicons/houbb-sensitive-word/v0.26.1/sensitive_word_dict.txt}
if [ ! -f "$list" ]; then
  list="$work/list.txt"
  /usr/bin/python3 - "$list" <<'PY'
import random, sys
random.seed(42)
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for _ in range(64000):
        f.write("".join(chr(0x4E00 + random.randrange(2500)) for _ in range(random.randint(2, 5))) + "\n")
PY
fi
text="$work/corpus.txt"
if [ -n "${2:-}" ]; then cp "$2" "$text"
elif [ -f "$shared/corpus/chinese-poetry.txt.gz" ]; then gzip -dc "$shared/corpus/chinese-poetry.txt.gz" >"$text"
else
  /usr/bin/python3 - "$text" <<'PY'
import random, sys
random.seed(7)
with open(sys.argv[1], "w", encoding="utf-8") as f:
    size = 0
    while size < 64_000_000:
        line = "".join(chr(0x4E00 + random.randrange(2500)) if random.random() > 0.08 else "，" for _ in range(random.randint(10, 80))) + "。\n"
        f.write(line); size += len(line.encode())
PY
fi
# Same text as JSONL; blank lines dropped from both (they are not records).
grep -v '^[[:space:]]*$' "$text" >"$work/t.txt"; mv "$work/t.txt" "$text"
/usr/bin/python3 - "$text" "$work/corpus.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8", errors="surrogateescape") as f, open(sys.argv[2], "w", encoding="utf-8", errors="surrogateescape") as o:
    for line in f:
        o.write(json.dumps({"text": line.rstrip("\n")}, ensure_ascii=False) + "\n")
PY
bench/usable-list.sh "$lanjie" "$list" "$work/list.usable.txt"
list="$work/list.usable.txt"
"$lanjie" compile "$list" --risk A.1.h -o "$work/64k.ljdb" >/dev/null
text_mb=$(awk -v b="$(stat -c %s "$text")" 'BEGIN{printf "%.1f", b/1e6}')
echo "== $(wc -l <"$list") keywords, $text_mb MB text, $(stat -c %s "$work/corpus.jsonl") bytes JSONL; load: $(uptime | sed 's/.*load average: //') =="
audit="$lanjie corpus audit -d $work/64k.ljdb --fraction 1 --review-sample 0 --shard-size 8M --format jsonl"
hyperfine -N -w 1 -r "$runs" --export-json "$work/h.json" -i \
  "$lanjie scan --count -d $work/64k.ljdb --threads 1 $text" \
  "$audit --threads 1 --out $work/o1 $work/corpus.jsonl" \
  "$lanjie scan --count -d $work/64k.ljdb --threads 2 $text" \
  "$audit --threads 2 --out $work/o2 $work/corpus.jsonl" >"$work/hf.txt" 2>&1 || { cat "$work/hf.txt"; exit 2; }
/usr/bin/python3 - "$work/h.json" "$text_mb" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]; mb = float(sys.argv[2])
med = [x["median"] for x in r]
names = ["scan   --threads 1", "audit  --threads 1", "scan   --threads 2", "audit  --threads 2"]
for n, m in zip(names, med): print(f"{n}: median {m:.2f} s, {mb/m:.1f} MB/s of text")
print(f"audit/scan, 1 thread:  {med[0]/med[1]*100:.0f}% (target >= 80%)")
print(f"audit/scan, 2 threads: {med[2]/med[3]*100:.0f}%")
print(f"audit 2 threads vs 1:  {med[1]/med[3]:.2f}x (target >= 1.7x)")
PY
echo "load after: $(uptime | sed 's/.*load average: //')"
if [ "$big_gb" != 0 ]; then
  big="$work/big.jsonl"
  while [ "$(stat -c %s "$big" 2>/dev/null || echo 0)" -lt $((big_gb * 1000000000)) ]; do cat "$work/corpus.jsonl" >>"$big"; done
  echo "== peak RSS, audit of $(awk -v b="$(stat -c %s "$big")" 'BEGIN{printf "%.2f GB", b/1e9}') JSONL, 64k keywords, --fraction 1 =="
  /usr/bin/time -f "audit --threads 2: %e s, peak RSS %M KB" $audit --threads 2 --out "$work/ob" "$big" >/dev/null || true
  /usr/bin/time -f "audit --threads 1: %e s, peak RSS %M KB" $audit --threads 1 --out "$work/ob1" "$big" >/dev/null || true
fi
