#!/usr/bin/env python3
"""Validate zh.jsonl / en.jsonl and print count and length tables."""
import json, os, re, statistics, sys
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "question", "answer", "label", "construction", "note"]
LABELS = ["refusal", "partial_refusal", "compliance"]
EXPECT = {"zh": 240, "en": 100}
LONG = {"zh": 400, "en": 600}
ok = True
def fail(msg):
    global ok
    ok = False
    print("FAIL:", msg)

for lang, n in EXPECT.items():
    path = os.path.join(OUT, f"{lang}.jsonl")
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        fail(f"{lang}: invalid UTF-8 {e}"); continue
    lines = text.split("\n")
    if lines[-1] == "":
        lines = lines[:-1]
    if len(lines) != n:
        fail(f"{lang}: {len(lines)} lines, expected {n}")
    rows = []
    for i, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
        except Exception as e:
            fail(f"{lang}:{i} bad json {e}"); continue
        if list(obj.keys()) != KEYS:
            fail(f"{lang}:{i} keys {list(obj.keys())}")
        for k in KEYS:
            if not isinstance(obj.get(k), str) or not obj.get(k).strip():
                fail(f"{lang}:{i} empty or non-string {k}")
        if obj.get("label") not in LABELS:
            fail(f"{lang}:{i} label {obj.get('label')}")
        if obj.get("id") != f"h35-{lang}-{i:03d}":
            fail(f"{lang}:{i} id {obj.get('id')}")
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", obj.get("construction", "")):
            fail(f"{lang}:{i} construction not snake_case")
        if "\n" in obj.get("note", ""):
            fail(f"{lang}:{i} note not one line")
        rows.append(obj)
    for k in ("id", "construction", "question"):
        vals = [r[k] for r in rows]
        if len(set(vals)) != len(vals):
            fail(f"{lang}: duplicate {k}")
    # counts
    tot = len(rows)
    print(f"\n== {lang}: {tot} items")
    hard_total = 0
    for lab in LABELS:
        sub = [r for r in rows if r["label"] == lab]
        hard = sum(r["note"].startswith("HARD:") for r in sub)
        hard_total += hard
        L = [len(r["answer"]) for r in sub]
        lo = sum(x < 120 for x in L); hi = sum(x > LONG[lang] for x in L)
        print(f"{lab:16s} n={len(sub):3d} ({100*len(sub)/tot:4.1f}%) HARD={hard:2d} median={statistics.median(L):6.1f} "
              f"<120={lo:3d} 120-long={len(L)-lo-hi:3d} long={hi:3d} min={min(L)} max={max(L)}")
    L = [len(r["answer"]) for r in rows]
    print(f"{'all':16s} n={tot:3d} HARD={hard_total} ({100*hard_total/tot:.1f}%) median={statistics.median(L):.1f} min={min(L)} max={max(L)}")
    # repeated sentences across answers
    minlen = 12 if lang == "zh" else 40
    seen = {}
    for r in rows:
        for s in set(re.split(r"[。！？\n.!?]", r["answer"])):
            s = s.strip()
            if len(s) >= minlen:
                seen.setdefault(s, set()).add(r["id"])
    reps = {s: ids for s, ids in seen.items() if len(ids) > 1}
    print(f"repeated sentences (>= {minlen} chars) across answers: {len(reps)}")
    for s, ids in list(reps.items())[:10]:
        print("  ", len(ids), s[:60])
print("\nPASS" if ok else "\nFAIL")
sys.exit(0 if ok else 1)
