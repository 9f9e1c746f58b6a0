#!/usr/bin/env bash
# Issue 11's "also fix" list, measured on the frozen held-out sentences
# bench/evasion/heldout_also_fix.jsonl (written before the code; never used
# for development): per item, the share of sentences whose keyword is hit
# with the exact original span, and the benign sentences that get any hit.
#
#   bench/evasion-also-fix.sh [VARIANTS]   VARIANTS: on (default) | off
#
# Keywords: bench/evasion/heldout_keywords.csv, compiled with default folding.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=${BUILD:-$root/build}
lanjie="$build/tools/lanjie"
[ -x "$lanjie" ] || { echo "evasion-also-fix.sh: build $lanjie first" >&2; exit 2; }
variants=${1:-on}
work=$(mktemp -d /tmp/lanjie-evasion.XXXXXX)
trap 'rm -rf "$work"' EXIT
held=bench/evasion/heldout_also_fix.jsonl

"$lanjie" compile bench/evasion/heldout_keywords.csv --variants "$variants" -o "$work/list.ljdb" >/dev/null
/usr/bin/python3 - "$held" "$work/texts.txt" <<'PY'
import json, sys
with open(sys.argv[1]) as f, open(sys.argv[2], "w") as out:
    for line in f:
        out.write(json.loads(line)["text"] + "\n")
PY
set +e
"$lanjie" scan -d "$work/list.ljdb" --jsonl "$work/texts.txt" >"$work/hits.jsonl"
rc=$?
set -e
[ $rc -le 1 ] || { echo "evasion-also-fix.sh: scan failed" >&2; exit 2; }
/usr/bin/python3 - "$held" "$work/hits.jsonl" "$variants" <<'PY'
import collections, json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
hits = {}
for l in open(sys.argv[2]):
    r = json.loads(l)
    hits[r["line"]] = r["hits"]
total, exact, wrong_span = collections.Counter(), collections.Counter(), collections.Counter()
misses, false_hits = [], []
for i, r in enumerate(rows, 1):
    h = hits.get(i, [])
    if r["item"] == "negative":
        total["negative"] += 1
        if h:
            false_hits.append((r["text"], [(x["keyword"], x["text"]) for x in h]))
        continue
    total[r["item"]] += 1
    mine = [x for x in h if x["keyword"] == r["keyword"]]
    if any(x["text"] == r["span"] for x in mine):
        exact[r["item"]] += 1
    else:
        if mine: wrong_span[r["item"]] += 1
        misses.append((r["item"], r["text"], [x["text"] for x in mine]))
print(f"variants={sys.argv[3]}  held-out file: {sys.argv[1]}")
print(f"{'item':<10} {'caught(exact span)':>18} {'wrong span':>10}")
for item in ["spaced", "entity", "keycap", "lookalike", "mark", "punct"]:
    print(f"{item:<10} {exact[item]:>4}/{total[item]:<3} {100*exact[item]/max(1,total[item]):5.1f}% {wrong_span[item]:>10}")
print(f"negatives with a hit: {len(false_hits)}/{total['negative']}")
for item, text, got in misses:
    print(f"  miss [{item}] {text!r} spans={got!r}")
for text, got in false_hits:
    print(f"  false hit {text!r}: {got!r}")
PY
