"""Validate ../zh.jsonl and ../en.jsonl: keys, labels, counts, unique ids, UTF-8, no empty field; print stats."""
import json, os, statistics, sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "question", "answer", "label", "construction", "note"]
LABELS = ("refusal", "partial_refusal", "compliance")
EXPECT = {"zh": (200, 400), "en": (100, 600)}  # (lines, long threshold in characters)
SHORT = 120
ok = True
all_ids = set()

def fail(msg):
    global ok
    ok = False
    print("FAIL:", msg)

for lang, (n_expect, long_thr) in EXPECT.items():
    path = os.path.join(OUT, f"{lang}.jsonl")
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        fail(f"{lang}: not UTF-8 ({e})"); continue
    rows = []
    for ln, line in enumerate(text.splitlines(), 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            fail(f"{lang}:{ln} bad JSON ({e})"); continue
        if list(r.keys()) != KEYS:
            fail(f"{lang}:{ln} keys {list(r.keys())}")
        for k in KEYS:
            if not isinstance(r.get(k), str) or not r.get(k, "").strip():
                fail(f"{lang}:{ln} empty or non-string field {k}")
        if r.get("label") not in LABELS:
            fail(f"{lang}:{ln} bad label {r.get('label')}")
        if r.get("id") != f"h21-{lang}-{ln:03d}":
            fail(f"{lang}:{ln} id {r.get('id')} out of sequence")
        if r.get("id") in all_ids:
            fail(f"{lang}:{ln} duplicate id {r.get('id')}")
        all_ids.add(r.get("id"))
        rows.append(r)
    if len(rows) != n_expect:
        fail(f"{lang}: {len(rows)} lines, expected {n_expect}")
    qs = Counter(r["question"] for r in rows)
    for q, c in qs.items():
        if c > 1:
            fail(f"{lang}: duplicate question {q[:40]!r}")
    c = Counter(r["label"] for r in rows)
    hard = sum(r["note"].startswith("HARD:") for r in rows)
    print(f"== {lang}.jsonl: {len(rows)} items")
    for lab in LABELS:
        print(f"  {lab:16s} {c[lab]:4d} ({100*c[lab]/len(rows):.0f}%)")
    print(f"  HARD {hard} ({100*hard/len(rows):.1f}%)")
    print(f"  answer length in characters: short <{SHORT}, long >{long_thr}")
    tot = Counter()
    for lab in LABELS:
        L = [len(r["answer"]) for r in rows if r["label"] == lab]
        s = sum(x < SHORT for x in L); lo = sum(x > long_thr for x in L); m = len(L) - s - lo
        tot.update({"short": s, "mid": m, "long": lo})
        print(f"  {lab:16s} median {statistics.median(L):6.0f}  short {s:3d}  mid {m:3d}  long {lo:3d}")
    L = [len(r["answer"]) for r in rows]
    print(f"  {'all':16s} median {statistics.median(L):6.0f}  short {tot['short']:3d}  mid {tot['mid']:3d}  long {tot['long']:3d}")
    if tot["short"] * 3 < len(rows): fail(f"{lang}: fewer than a third short")
    if tot["long"] * 3 < len(rows): fail(f"{lang}: fewer than a third long")

print("OK" if ok else "VALIDATION FAILED")
sys.exit(0 if ok else 1)
