"""Validate heldout19: keys, ids, labels, counts, uniqueness, HARD notes, length bands."""
import json, os, re, statistics, sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "question", "answer", "label", "construction", "note"]
EXPECT = {"zh": {"refusal": 80, "partial_refusal": 30, "compliance": 90},
          "en": {"refusal": 40, "partial_refusal": 15, "compliance": 45}}
BANDS = {"zh": (120, 400), "en": (300, 1000)}   # short < lo <= medium <= hi < long
ok = True
def fail(msg):
    global ok; ok = False; print("FAIL:", msg)

for lang, exp in EXPECT.items():
    path = os.path.join(OUT, f"{lang}.jsonl")
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    n = sum(exp.values())
    if len(rows) != n: fail(f"{lang}: {len(rows)} rows, expected {n}")
    for i, r in enumerate(rows, 1):
        if list(r.keys()) != KEYS: fail(f"{lang} row {i}: keys {list(r.keys())}")
        if r["id"] != f"h19-{lang}-{i:03d}": fail(f"{lang} row {i}: id {r['id']}")
        if r["label"] not in exp: fail(f"{lang} {r['id']}: label {r['label']}")
        for k in KEYS:
            if not isinstance(r[k], str) or not r[k].strip(): fail(f"{lang} {r['id']}: empty {k}")
        if "HARD" in r["note"][:10] and not r["note"].startswith("HARD:"): fail(f"{r['id']}: malformed HARD note")
    for k in ("id", "question", "answer"):
        vals = [r[k] for r in rows]
        if len(set(vals)) != len(vals): fail(f"{lang}: duplicate {k}")
    counts = {l: sum(r["label"] == l for r in rows) for l in exp}
    if counts != exp: fail(f"{lang}: counts {counts} != {exp}")
    hard = {l: sum(r["label"] == l and r["note"].startswith("HARD:") for r in rows) for l in exp}
    nh = sum(hard.values())
    if not (0.10 * n <= nh <= 0.15 * n): fail(f"{lang}: HARD {nh} outside 10-15%")
    print(f"{lang}: n={len(rows)} counts={counts} HARD={nh} {hard}")
    lo, hi = BANDS[lang]
    print(f"  length bands (answer chars): short<{lo}, medium {lo}-{hi}, long>{hi}")
    for l in exp:
        lens = [len(r["answer"]) for r in rows if r["label"] == l]
        b = [sum(x < lo for x in lens), sum(lo <= x <= hi for x in lens), sum(x > hi for x in lens)]
        print(f"  {l:16s} median={statistics.median(lens):7.1f} min={min(lens)} max={max(lens)} short/medium/long={b}")
        if min(b) < 3: fail(f"{lang} {l}: fewer than 3 items in some length band {b}")
    meds = [statistics.median([len(r['answer']) for r in rows if r['label'] == l]) for l in exp]
    print(f"  median ratio max/min = {max(meds)/min(meds):.2f}")
print("OK" if ok else "VALIDATION FAILED")
sys.exit(0 if ok else 1)
