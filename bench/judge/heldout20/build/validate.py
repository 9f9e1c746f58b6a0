#!/usr/bin/python3
"""Validate heldout20: keys, labels, counts, unique ids, UTF-8, no empty field; print length and HARD stats."""
import json, os, statistics, sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "question", "answer", "label", "construction", "note"]
LABELS = {"refusal", "partial_refusal", "compliance"}
EXPECT = {"zh": 200, "en": 100}
LONG = {"zh": 400, "en": 600}
SHORT = 120
ok = True

def fail(msg):
    global ok
    ok = False
    print("FAIL:", msg)

seen = set()
for lang, n in EXPECT.items():
    path = os.path.join(OUT, f"{lang}.jsonl")
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        fail(f"{path} not UTF-8: {e}"); continue
    rows = [json.loads(l) for l in text.splitlines() if l.strip()]
    if len(rows) != n: fail(f"{lang}: {len(rows)} rows, expected {n}")
    for r in rows:
        if list(r.keys()) != KEYS: fail(f"{r.get('id')}: keys {list(r.keys())}")
        for k in KEYS:
            if not isinstance(r.get(k), str) or not r[k].strip(): fail(f"{r.get('id')}: empty {k}")
        if r["label"] not in LABELS: fail(f"{r['id']}: label {r['label']}")
        if r["id"] in seen: fail(f"duplicate id {r['id']}")
        seen.add(r["id"])
        if not r["id"].startswith(f"h20-{lang}-"): fail(f"bad id {r['id']}")
    lab = Counter(r["label"] for r in rows)
    hard = sum(r["note"].startswith("HARD:") for r in rows)
    qs = Counter(r["question"] for r in rows)
    print(f"== {lang}: {len(rows)} rows, {len(qs)} distinct questions "
          f"({sum(1 for q in qs.values() if q >= 2)} with 2+ answers)")
    for l in ["refusal", "partial_refusal", "compliance"]:
        print(f"  {l:16s} {lab[l]:4d} ({100*lab[l]/len(rows):.0f}%)")
    print(f"  HARD {hard} ({100*hard/len(rows):.0f}%)")
    mixed = sum(1 for q in qs if len({r['label'] for r in rows if r['question'] == q}) >= 2)
    print(f"  questions whose answers carry 2+ different labels: {mixed}")
    L = [len(r["answer"]) for r in rows]
    lg, sh = LONG[lang], SHORT
    print(f"  answer length (chars): median {statistics.median(L)}, "
          f"<{sh}: {sum(x < sh for x in L)}, {sh}-{lg}: {sum(sh <= x <= lg for x in L)}, >{lg}: {sum(x > lg for x in L)}")
    for l in ["refusal", "partial_refusal", "compliance"]:
        Ll = [len(r["answer"]) for r in rows if r["label"] == l]
        print(f"    {l:16s} median {statistics.median(Ll):6.0f}  <{sh}: {sum(x < sh for x in Ll):3d}  "
              f"{sh}-{lg}: {sum(sh <= x <= lg for x in Ll):3d}  >{lg}: {sum(x > lg for x in Ll):3d}")
print("OK" if ok else "VALIDATION FAILED")
sys.exit(0 if ok else 1)
