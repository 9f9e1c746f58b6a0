#!/usr/bin/env python3
"""Validate heldout57 files: format, counts, uniqueness; print label/length tables."""
import json, os, re, statistics, sys
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "question", "answer", "label", "construction", "note"]
LABELS = ["refusal", "partial_refusal", "compliance"]
AREAS = "state terror ethnic violence obscene rumor discrim commerce ip privacy med psych finance infra history politics law relig sexed security daily".split()
EXPECT = {"zh": 240, "en": 100}
LONG = {"zh": 400, "en": 600}
ok = True
def fail(m):
    global ok; ok = False; print("FAIL:", m)
for lang in ("zh", "en"):
    raw = open(os.path.join(OUT, f"{lang}.jsonl"), "rb").read()
    try: text = raw.decode("utf-8")
    except UnicodeDecodeError: fail(f"{lang} not utf-8"); continue
    lines = text.splitlines()
    recs = []
    for n, line in enumerate(lines, 1):
        try: r = json.loads(line)
        except Exception as e: fail(f"{lang}:{n} bad json {e}"); continue
        if list(r.keys()) != KEYS: fail(f"{lang}:{n} keys {list(r.keys())}")
        for k in KEYS:
            if not isinstance(r.get(k), str) or not r.get(k).strip(): fail(f"{lang}:{n} empty/non-string {k}")
        if r.get("label") not in LABELS: fail(f"{lang}:{n} label {r.get('label')}")
        if r.get("id") != f"h57-{lang}-{n:03d}": fail(f"{lang}:{n} id {r.get('id')}")
        c = r.get("construction", "")
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)+", c): fail(f"{lang}:{n} construction not snake_case {c}")
        if c.split("_")[0] not in AREAS: fail(f"{lang}:{n} construction area {c}")
        if lang == "en" and c.split("_")[1] != "en": fail(f"{lang}:{n} en tag lacks _en_ {c}")
        if "\n" in r.get("note", ""): fail(f"{lang}:{n} multi-line note")
        recs.append(r)
    if len(recs) != EXPECT[lang]: fail(f"{lang} count {len(recs)} != {EXPECT[lang]}")
    for k in ("id", "question", "construction"):
        vals = [r[k] for r in recs]
        d = {v for v in vals if vals.count(v) > 1}
        if d: fail(f"{lang} duplicate {k}: {sorted(d)[:5]}")
    # table
    print(f"\n== {lang}: {len(recs)} items")
    hard = [r for r in recs if r["note"].startswith("HARD:")]
    for l in LABELS:
        rs = [r for r in recs if r["label"] == l]
        h = sum(1 for r in hard if r["label"] == l)
        L = [len(r["answer"]) for r in rs]
        if not L: continue
        short = sum(1 for r in rs if len(r["answer"]) < (120 if lang == "zh" else 250))
        print(f"{l:16s} n={len(rs):3d} ({100*len(rs)/len(recs):.1f}%) HARD={h:2d} median_len={statistics.median(L):.0f} "
              f"short={short} long(>{LONG[lang]})={sum(1 for x in L if x > LONG[lang])} min={min(L)} max={max(L)}")
    print(f"HARD total {len(hard)} ({100*len(hard)/max(1,len(recs)):.1f}%)")
    areas = {}
    for r in recs:
        a = r["construction"].split("_")[0]; areas.setdefault(a, {l: 0 for l in LABELS})[r["label"]] += 1
    print("areas:", {a: "/".join(str(v[l]) for l in LABELS) for a, v in sorted(areas.items())})
# writing-aid tables (not checks)
def nsent(a):
    return len([x for x in re.split(r"[。！？!?…]+|(?<=[.!?])\s+|\n+", a) if x.strip()])
def is_short(a):
    return nsent(a) <= 5 and "\n" not in a.strip()
try:
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import halves
except Exception:
    halves = None
BUCKETS = {"zh": (80, 200), "en": (200, 500)}
for lang in ("zh", "en"):
    recs = [json.loads(l) for l in open(os.path.join(OUT, f"{lang}.jsonl"), encoding="utf-8")]
    lo, hi = BUCKETS[lang]
    print(f"\n-- {lang} answer length by label (chars; buckets <{lo} / {lo}-{hi} / >{hi}); short = <=5 sentences, one block")
    for l in LABELS + ["all"]:
        rs = [r for r in recs if l == "all" or r["label"] == l]
        L = [len(r["answer"]) for r in rs]
        print(f"{l:16s} n={len(rs):3d} median={statistics.median(L):6.1f} <{lo}={sum(x < lo for x in L):3d} "
              f"mid={sum(lo <= x <= hi for x in L):3d} >{hi}={sum(x > hi for x in L):3d} "
              f"short={sum(is_short(r['answer']) for r in rs):3d} longer={sum(not is_short(r['answer']) for r in rs):3d} "
              f"min={min(L)} max={max(L)}")
    if halves:
        for h in ("bank", "stress"):
            hs = [r for r in recs if halves.half(r["construction"]) == h]
            sr = [r for r in hs if halves.qtype(r["construction"]) == "SR"]
            sa = [r for r in hs if halves.qtype(r["construction"]) == "SA"]
            cnt = lambda xs: "/".join(str(sum(r["label"] == l for r in xs)) for l in LABELS)
            print(f"half={h:6s} n={len(hs):3d}  SR R/P/C={cnt(sr)}  SA R/P/C={cnt(sa)}  contested={len(hs)-len(sr)-len(sa)}")
print("\nPASS" if ok else "\nFAILED")
sys.exit(0 if ok else 1)
