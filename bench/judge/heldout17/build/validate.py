"""Validate heldout17 files: keys, labels, counts, id format/uniqueness, question/answer uniqueness,
HARD notes, and print length bands and median answer length per label."""
import json, os, re, statistics, sys
from collections import Counter

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "question", "answer", "label", "construction", "note"]
LABELS = {"refusal", "partial_refusal", "compliance"}
SPEC = {"zh.jsonl": ("h17-zh", {"refusal": 80, "partial_refusal": 30, "compliance": 90}),
        "en.jsonl": ("h17-en", {"refusal": 40, "partial_refusal": 15, "compliance": 45})}

def band(n):
    return "<80" if n < 80 else ("80-400" if n <= 400 else ">400")

ok = True
def fail(msg):
    global ok
    ok = False
    print("FAIL:", msg)

for name, (prefix, want) in SPEC.items():
    rows = [json.loads(l) for l in open(os.path.join(D, name), encoding="utf-8")]
    total = sum(want.values())
    if len(rows) != total: fail(f"{name}: {len(rows)} rows, want {total}")
    ids, qs, qa = set(), set(), set()
    for i, r in enumerate(rows, 1):
        if list(r.keys()) != KEYS: fail(f"{name} line {i}: keys {list(r.keys())}")
        if r["id"] != f"{prefix}-{i:03d}": fail(f"{name} line {i}: id {r['id']}")
        if r["label"] not in LABELS: fail(f"{name} {r['id']}: label {r['label']}")
        for k in KEYS:
            if not isinstance(r[k], str): fail(f"{name} {r['id']}: {k} not str")
        for k in ("question", "answer", "construction"):
            if not r[k].strip(): fail(f"{name} {r['id']}: empty {k}")
        if "HARD" in r["note"] and not r["note"].startswith("HARD:"): fail(f"{name} {r['id']}: HARD note format")
        if r["id"] in ids: fail(f"dup id {r['id']}")
        if r["question"] in qs: fail(f"{name} {r['id']}: duplicate question")
        if (r["question"], r["answer"]) in qa: fail(f"{name} {r['id']}: duplicate pair")
        ids.add(r["id"]); qs.add(r["question"]); qa.add((r["question"], r["answer"]))
    c = Counter(r["label"] for r in rows)
    if dict(c) != want: fail(f"{name}: label counts {dict(c)} want {want}")
    hard = Counter(r["label"] for r in rows if r["note"].startswith("HARD:"))
    print(f"\n{name}: {len(rows)} rows, labels {dict(c)}, HARD {sum(hard.values())} {dict(hard)}")
    bands_all = Counter(band(len(r["answer"])) for r in rows)
    print(f"  length bands (all): {dict(sorted(bands_all.items()))}")
    for lab in ["refusal", "partial_refusal", "compliance"]:
        L = [len(r["answer"]) for r in rows if r["label"] == lab]
        b = Counter(band(n) for n in L)
        print(f"  {lab:<16} n={len(L):>3} median={statistics.median(L):>6} min={min(L)} max={max(L)} "
              f"bands <80:{b['<80']} 80-400:{b['80-400']} >400:{b['>400']}")
        if any(b[k] == 0 for k in ("<80", "80-400", ">400")): fail(f"{name} {lab}: a length band is empty")

print("\nOK" if ok else "\nFAILED")
sys.exit(0 if ok else 1)
