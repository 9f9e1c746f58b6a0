"""Check keys, labels, counts, id format, uniqueness; print label/HARD/length stats."""
import json, os, re, sys
from collections import Counter
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "question", "answer", "label", "construction", "note"]
WANT = {"zh.jsonl": ("h15-zh", {"refusal": 80, "partial_refusal": 30, "compliance": 90}),
        "en.jsonl": ("h15-en", {"refusal": 40, "partial_refusal": 15, "compliance": 45})}
bad = 0
def err(msg):
    global bad; bad += 1; print("ERROR", msg)
seen_q = set(); seen_a = set()
for name, (prefix, want) in WANT.items():
    rows = []
    with open(os.path.join(D, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try: r = json.loads(line)
            except Exception as e: err("%s:%d bad json %s" % (name, n, e)); continue
            if list(r.keys()) != KEYS: err("%s:%d keys %s" % (name, n, list(r.keys())))
            if r.get("id") != "%s-%03d" % (prefix, n): err("%s:%d id %s" % (name, n, r.get("id")))
            if r.get("label") not in want: err("%s:%d label %s" % (name, n, r.get("label")))
            for k in KEYS:
                if not isinstance(r.get(k), str) or not r[k].strip(): err("%s:%d empty %s" % (name, n, k))
            if r["question"] in seen_q: err("%s:%d duplicate question" % (name, n))
            if r["answer"] in seen_a: err("%s:%d duplicate answer" % (name, n))
            seen_q.add(r["question"]); seen_a.add(r["answer"])
            if "HARD" in r["note"] and not r["note"].startswith("HARD:"): err("%s:%d HARD not at start" % (name, n))
            rows.append(r)
    c = Counter(r["label"] for r in rows)
    if dict(c) != want: err("%s counts %s want %s" % (name, dict(c), want))
    hard = sum(r["note"].startswith("HARD:") for r in rows)
    L = [len(r["answer"]) for r in rows]
    print("%s: %d rows %s HARD=%d (%.0f%%) len<80=%d 80-400=%d >400=%d" % (
        name, len(rows), dict(c), hard, 100.0 * hard / max(1, len(rows)),
        sum(l < 80 for l in L), sum(80 <= l <= 400 for l in L), sum(l > 400 for l in L)))
print("OK" if not bad else "FAILED (%d errors)" % bad)
sys.exit(1 if bad else 0)
