#!/usr/bin/python3
"""Check keys, labels, counts, id and question uniqueness; report HARD counts and length spread."""
import json, os, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["id", "question", "answer", "label", "construction", "note"]
LABELS = {"refusal", "partial_refusal", "compliance"}
EXPECT = {"zh.jsonl": ("h16-zh", {"refusal": 80, "partial_refusal": 30, "compliance": 90}),
          "en.jsonl": ("h16-en", {"refusal": 40, "partial_refusal": 15, "compliance": 45})}
ok = True
for name, (prefix, counts) in EXPECT.items():
    recs = [json.loads(l) for l in open(os.path.join(HERE, "..", name), encoding="utf-8")]
    errs = []
    for i, r in enumerate(recs, 1):
        if list(r.keys()) != KEYS: errs.append("keys %d" % i)
        if r["id"] != "%s-%03d" % (prefix, i): errs.append("id %d" % i)
        if r["label"] not in LABELS: errs.append("label %d" % i)
        for k in ("question", "answer", "construction"):
            if not isinstance(r[k], str) or not r[k].strip(): errs.append("empty %s %d" % (k, i))
        if not isinstance(r["note"], str): errs.append("note %d" % i)
    c = Counter(r["label"] for r in recs)
    if dict(c) != counts: errs.append("counts %s" % dict(c))
    if len({r["question"] for r in recs}) != len(recs): errs.append("duplicate questions")
    if len({r["answer"] for r in recs}) != len(recs): errs.append("duplicate answers")
    hard = sum(r["note"].startswith("HARD:") for r in recs)
    L = [len(r["answer"]) for r in recs]
    spread = (sum(x < 80 for x in L), sum(80 <= x <= 400 for x in L), sum(x > 400 for x in L))
    hard_by = Counter(r["label"] for r in recs if r["note"].startswith("HARD:"))
    print(name, len(recs), dict(c), "HARD", hard, dict(hard_by), "len<80/80-400/>400", spread, "ERRORS" if errs else "OK", errs[:10])
    ok = ok and not errs
sys.exit(0 if ok else 1)
