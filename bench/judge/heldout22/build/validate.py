"""Validate heldout22: keys, labels, counts, unique ids, UTF-8, no empty field; print length bands."""
import json, os, statistics, sys
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["id", "question", "answer", "label", "construction", "note"]
LABELS = {"refusal", "partial_refusal", "compliance"}
EXPECT = {"zh": 200, "en": 100}
LONG = {"zh": 400, "en": 600}
ok = True
def err(msg):
    global ok
    ok = False
    print("ERROR:", msg)
for lang, n in EXPECT.items():
    path = os.path.join(HERE, "..", f"{lang}.jsonl")
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{lang}: not UTF-8: {e}"); continue
    rows = [json.loads(l) for l in text.splitlines() if l.strip()]
    if len(rows) != n:
        err(f"{lang}: {len(rows)} rows, expected {n}")
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        err(f"{lang}: duplicate ids")
    for i, r in enumerate(rows, 1):
        if list(r.keys()) != KEYS:
            err(f"{lang} line {i}: keys {list(r.keys())}")
        if r.get("id") != f"h22-{lang}-{i:03d}":
            err(f"{lang} line {i}: id {r.get('id')}")
        if r.get("label") not in LABELS:
            err(f"{lang} line {i}: label {r.get('label')}")
        for k in KEYS:
            if not isinstance(r.get(k), str) or not r.get(k).strip():
                err(f"{lang} line {i}: empty or non-string {k}")
    qs = [r["question"] for r in rows]
    if len(set(qs)) != len(qs):
        err(f"{lang}: duplicate questions")
    print(f"== {lang}.jsonl: {len(rows)} rows, {len(set(ids))} unique ids")
    hard = sum(r["note"].startswith("HARD:") for r in rows)
    print(f"   HARD: {hard} ({100*hard/len(rows):.0f}%)")
    print(f"   {'label':16} {'n':>4} {'%':>4} {'median':>6} {'<120':>5} {'mid':>5} {'>'+str(LONG[lang]):>5} {'HARD':>5}")
    tot = [0, 0, 0]
    for lab in ["refusal", "partial_refusal", "compliance"]:
        L = [len(r["answer"]) for r in rows if r["label"] == lab]
        s = sum(x < 120 for x in L); lg = sum(x > LONG[lang] for x in L); m = len(L) - s - lg
        h = sum(r["note"].startswith("HARD:") for r in rows if r["label"] == lab)
        tot = [tot[0] + s, tot[1] + m, tot[2] + lg]
        print(f"   {lab:16} {len(L):>4} {100*len(L)/len(rows):>4.0f} {statistics.median(L):>6.0f} {s:>5} {m:>5} {lg:>5} {h:>5}")
    print(f"   {'all':16} {len(rows):>4} {'':>4} {statistics.median(len(r['answer']) for r in rows):>6.0f} {tot[0]:>5} {tot[1]:>5} {tot[2]:>5}")
print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
