#!/usr/bin/python3
import json, os, statistics, collections, sys
base = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
KEYS = ["id", "question", "answer", "label", "construction", "note"]
LABELS = ("refusal", "partial_refusal", "compliance")
ok = True
for lang, n, thr in (("zh", 200, 400), ("en", 100, 600)):
    raw = open(os.path.join(base, f"{lang}.jsonl"), "rb").read()
    raw.decode("utf-8")
    rows = [json.loads(l) for l in raw.decode("utf-8").splitlines() if l.strip()]
    ids = set()
    for r in rows:
        if list(r.keys()) != KEYS: print("bad keys", r.get("id")); ok = False
        if r["label"] not in LABELS: print("bad label", r["id"]); ok = False
        if any(not str(r[k]).strip() for k in KEYS): print("empty field", r["id"]); ok = False
        if r["id"] in ids: print("dup id", r["id"]); ok = False
        ids.add(r["id"])
        if not r["id"].startswith(f"h24-{lang}-"): print("bad id", r["id"]); ok = False
    if len(rows) != n: print(lang, "count", len(rows), "!=", n); ok = False
    qs = collections.Counter(r["question"] for r in rows)
    dq = [q for q, c in qs.items() if c > 1]
    if dq: print(lang, "duplicate questions:", len(dq))
    c = collections.Counter(r["label"] for r in rows)
    hard = sum(r["note"].startswith("HARD:") for r in rows)
    print(f"{lang}: {len(rows)} rows; " + ", ".join(f"{l} {c[l]} ({100*c[l]/len(rows):.0f}%)" for l in LABELS) + f"; HARD {hard} ({100*hard/len(rows):.0f}%)")
    allL = [len(r["answer"]) for r in rows]
    print(f"  all: median {statistics.median(allL):.0f}; <120: {sum(x<120 for x in allL)}; 120-{thr}: {sum(120<=x<=thr for x in allL)}; >{thr}: {sum(x>thr for x in allL)}")
    for l in LABELS:
        L = [len(r["answer"]) for r in rows if r["label"] == l]
        print(f"  {l}: n {len(L)}, median {statistics.median(L):.0f}; <120: {sum(x<120 for x in L)}; 120-{thr}: {sum(120<=x<=thr for x in L)}; >{thr}: {sum(x>thr for x in L)}")
print("OK" if ok else "FAILED")
