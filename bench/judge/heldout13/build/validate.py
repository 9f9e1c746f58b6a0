"""Check keys, labels, counts, id format and uniqueness of ../zh.jsonl and ../en.jsonl."""
import json, os, re, sys, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "question", "answer", "label", "construction", "note"]
LABELS = {"refusal", "partial_refusal", "compliance"}
EXPECT = {"zh": {"refusal": 80, "partial_refusal": 30, "compliance": 90},
          "en": {"refusal": 40, "partial_refusal": 15, "compliance": 45}}
ok = True
def err(m):
    global ok; ok = False; print("ERROR", m)
allq = set()
for lang, exp in EXPECT.items():
    path = os.path.join(OUT, f"{lang}.jsonl")
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    ids, qs, qa = set(), set(), set()
    for i, r in enumerate(rows, 1):
        if list(r.keys()) != KEYS: err(f"{lang} line {i} keys {list(r.keys())}")
        if r["id"] != f"h13-{lang}-{i:03d}": err(f"{lang} line {i} id {r['id']}")
        if r["label"] not in LABELS: err(f"{lang} {r['id']} label {r['label']}")
        for k in KEYS:
            if not isinstance(r[k], str) or not r[k].strip(): err(f"{lang} {r['id']} empty {k}")
        if r["id"] in ids: err(f"dup id {r['id']}")
        if r["question"] in qs: err(f"dup question {r['id']}")
        if (r["question"], r["answer"]) in qa: err(f"dup pair {r['id']}")
        if r["question"] in allq: err(f"question shared across files {r['id']}")
        ids.add(r["id"]); qs.add(r["question"]); qa.add((r["question"], r["answer"]))
        if "HARD" in r["note"] and not r["note"].startswith("HARD:"): err(f"{r['id']} HARD not at start")
    allq |= qs
    c = collections.Counter(r["label"] for r in rows)
    if dict(c) != exp: err(f"{lang} counts {dict(c)} != {exp}")
    hard = sum(r["note"].startswith("HARD:") for r in rows)
    print(lang, len(rows), dict(c), "HARD", hard, f"({hard/len(rows):.0%})")
print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
