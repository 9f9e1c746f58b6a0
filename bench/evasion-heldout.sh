#!/usr/bin/env bash
# Variant and folding evasions on a held-out set written outside the
# repository (bench/evasion/heldout-v*/, see its WRITER.md): per class, the
# share of messages whose keyword is hit with the exact original span, and
# per class of benign text, the lines that get any hit.
#
#   bench/evasion-heldout.sh DIR [VARIANTS] [LANJIE]
#
# DIR holds keywords.csv (keyword,risk), evasions.jsonl ({text, keyword,
# class, evasive}: `evasive` is the exact substring that stands for the
# keyword) and benign.jsonl ({text, class}). VARIANTS: on (default) | off |
# a list, as `lanjie compile --variants`. LANJIE: the binary (default
# build/tools/lanjie). SHOW_ERRORS=1 lists the misses and false hits: leave
# it unset while a set is held out (its aggregate is the figure; reading its
# errors makes it development data). JSON=FILE also writes the figures as JSON.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:?usage: bench/evasion-heldout.sh DIR [VARIANTS] [LANJIE]}
variants=${2:-on}
lanjie=${3:-build/tools/lanjie}
[ -x "$lanjie" ] || { echo "evasion-heldout.sh: no binary $lanjie (build first)" >&2; exit 2; }
for f in keywords.csv evasions.jsonl benign.jsonl; do
  [ -f "$dir/$f" ] || { echo "evasion-heldout.sh: $dir/$f is missing" >&2; exit 2; }
done
work=$(mktemp -d /tmp/lanjie-evasion-heldout.XXXXXX)
trap 'rm -rf "$work"' EXIT

"$lanjie" compile "$dir/keywords.csv" --variants "$variants" -o "$work/list.ljdb" >"$work/compile.log" 2>&1 ||
  { cat "$work/compile.log" >&2; exit 2; }
for part in evasions benign; do
  /usr/bin/python3 -c '
import json, sys
with open(sys.argv[1], encoding="utf-8") as f, open(sys.argv[2], "w", encoding="utf-8") as out:
    for n, line in enumerate(f, 1):
        text = json.loads(line)["text"]
        if "\n" in text or "\r" in text:
            sys.exit(f"{sys.argv[1]}:{n}: text holds a line break")
        out.write(text + "\n")
' "$dir/$part.jsonl" "$work/$part.txt"
  set +e
  "$lanjie" scan -d "$work/list.ljdb" --jsonl --threads 1 "$work/$part.txt" >"$work/$part-hits.jsonl" 2>/dev/null
  rc=$?
  set -e
  [ $rc -le 1 ] || { echo "evasion-heldout.sh: scan of $part failed (rc $rc)" >&2; exit 2; }
done

/usr/bin/python3 - "$dir" "$work" "$variants" "$lanjie" "${SHOW_ERRORS:-}" "${JSON:-}" <<'PY'
import collections, json, sys
dir_, work, variants, lanjie, show, json_out = sys.argv[1:7]

def load(part):
    rows = [json.loads(l) for l in open(f"{dir_}/{part}.jsonl", encoding="utf-8")]
    hits = {}
    for l in open(f"{work}/{part}-hits.jsonl", encoding="utf-8"):
        r = json.loads(l)
        hits[r["line"]] = r["hits"]
    return rows, hits

def pct(a, b):
    return 100.0 * a / b if b else 0.0

rows, hits = load("evasions")
total, exact, other_span = collections.Counter(), collections.Counter(), collections.Counter()
misses = []
by_length = collections.Counter()  # homophones by keyword length: (two characters?, caught?)
for i, r in enumerate(rows, 1):
    cls = r["class"]
    total[cls] += 1
    mine = [h for h in hits.get(i, []) if h["keyword"] == r["keyword"]]
    caught = any(h["text"] == r["evasive"] for h in mine)
    if cls == "homophone":
        by_length[(len(r["keyword"]) == 2, caught)] += 1
    if caught:
        exact[cls] += 1
        continue
    if mine:
        other_span[cls] += 1
    misses.append((cls, r["text"], r["keyword"], r["evasive"], [(h["text"], h.get("via", "")) for h in mine]))

brows, bhits = load("benign")
btotal, bhit = collections.Counter(), collections.Counter()
false_hits = []
for i, r in enumerate(brows, 1):
    btotal[r["class"]] += 1
    got = bhits.get(i, [])
    if got:
        bhit[r["class"]] += 1
        false_hits.append((r["class"], r["text"], [(h["keyword"], h["text"], h.get("via", "")) for h in got]))

print(f"held-out set {dir_}, variants={variants}, binary {lanjie}")
print(f"{'class':<18} {'exact span':>14} {'%':>6} {'other span':>10}")
for cls in sorted(total):
    print(f"{cls:<18} {exact[cls]:>6}/{total[cls]:<7} {pct(exact[cls], total[cls]):6.1f} {other_span[cls]:>10}")
for two, label in ((True, "homophone, 2 chars"), (False, "homophone, 3+")):
    c, t = by_length[(two, True)], by_length[(two, True)] + by_length[(two, False)]
    if t:
        print(f"{label:<18} {c:>6}/{t:<7} {pct(c, t):6.1f}")
n, e = sum(total.values()), sum(exact.values())
print(f"{'all evasions':<18} {e:>6}/{n:<7} {pct(e, n):6.1f} {sum(other_span.values()):>10}")
print(f"{'benign class':<18} {'lines with a hit':>18}")
for cls in sorted(btotal):
    print(f"{cls:<18} {bhit[cls]:>8}/{btotal[cls]}")
if show:
    for cls, text, kw, ev, got in misses:
        print(f"  miss [{cls}] {kw} as {ev!r} in {text!r}; hits of it: {got!r}")
    for cls, text, got in false_hits:
        print(f"  false hit [{cls}] {text!r}: {got!r}")
if json_out:
    with open(json_out, "w", encoding="utf-8") as f:
        json.dump({"set": dir_, "variants": variants,
                   "evasions": {c: {"n": total[c], "exact": exact[c], "other_span": other_span[c]} for c in total},
                   "benign": {c: {"n": btotal[c], "hit": bhit[c]} for c in btotal}}, f, ensure_ascii=False, indent=1)
PY
