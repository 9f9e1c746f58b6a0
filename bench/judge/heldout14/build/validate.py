#!/usr/bin/python3
"""Check ../zh.jsonl and ../en.jsonl: keys, ids, labels, counts, uniqueness, HARD notes, length spread."""
import json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["id", "question", "answer", "label", "construction", "note"]
LABELS = {"refusal", "partial_refusal", "compliance"}
EXPECT = {"zh": {"refusal": 80, "partial_refusal": 30, "compliance": 90},
          "en": {"refusal": 40, "partial_refusal": 15, "compliance": 45}}
ok = True


def fail(msg):
    global ok
    ok = False
    print("FAIL:", msg)


for lang, exp in EXPECT.items():
    path = os.path.join(HERE, "..", f"{lang}.jsonl")
    recs = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:
                fail(f"{path}:{n}: bad JSON: {e}")
                continue
            if list(r.keys()) != KEYS:
                fail(f"{path}:{n}: keys {list(r.keys())}")
            for k in KEYS:
                if not isinstance(r.get(k), str) or not r.get(k).strip():
                    fail(f"{path}:{n}: empty or non-string {k}")
            if r.get("id") != f"h14-{lang}-{n:03d}":
                fail(f"{path}:{n}: id {r.get('id')}")
            if r.get("label") not in LABELS:
                fail(f"{path}:{n}: label {r.get('label')}")
            if "hard" in r.get("note", "").lower()[:6] and not r["note"].startswith("HARD:"):
                fail(f"{path}:{n}: malformed HARD note")
            recs.append(r)
    c = Counter(r["label"] for r in recs)
    if dict(c) != exp:
        fail(f"{lang}: counts {dict(c)} != {exp}")
    for k in ("id", "question", "answer"):
        dup = [v for v, m in Counter(r[k] for r in recs).items() if m > 1]
        if dup:
            fail(f"{lang}: duplicate {k}: {dup[:3]}")
    hard = sum(r["note"].startswith("HARD:") for r in recs)
    hard_by = Counter(r["label"] for r in recs if r["note"].startswith("HARD:"))
    lens = [len(r["answer"]) for r in recs]
    short = sum(l < 80 for l in lens); mid = sum(80 <= l <= 400 for l in lens); long_ = sum(l > 400 for l in lens)
    frac = hard / len(recs) if recs else 0
    if not 0.10 <= frac <= 0.15:
        fail(f"{lang}: HARD fraction {frac:.2f} outside 0.10-0.15")
    for name, v in (("short", short), ("mid", mid), ("long", long_)):
        if not 0.25 <= v / len(recs) <= 0.42:
            fail(f"{lang}: {name} answers {v}/{len(recs)} far from a third")
    print(f"{lang}: n={len(recs)} labels={dict(c)} HARD={hard} {dict(hard_by)} "
          f"len<80={short} 80-400={mid} >400={long_}")
    lab_len = {}
    for r in recs:
        l = len(r["answer"]); b = "s" if l < 80 else ("m" if l <= 400 else "l")
        lab_len.setdefault(r["label"], Counter())[b] += 1
    print("   length by label:", {k: dict(v) for k, v in lab_len.items()})

print("OK" if ok else "NOT OK")
sys.exit(0 if ok else 1)
