#!/usr/bin/env python3
"""Writing aid: filing-half should-refuse / should-answer label shares, per-batch counts, answer-length bands."""
import importlib, json, os, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from cut import CUT
from should_refuse import SHOULD_REFUSE, FILING_BATCHES
assert len(set(SHOULD_REFUSE)) == len(SHOULD_REFUSE)
for lang, batches in FILING_BATCHES.items():
    sr, sa = Counter(), Counter()
    tags = set()
    for b in batches:
        for q, a, l, c, n in importlib.import_module(b).ITEMS:
            tags.add(c)
            if c in CUT: continue
            (sr if c in SHOULD_REFUSE else sa)[l] += 1
    print(f"{lang} filing half: should-refuse {sum(sr.values())} (R {sr['R']}, P {sr['P']}, C {sr['C']}; "
          f"C share {sr['C']/sum(sr.values()):.0%}); should-answer {sum(sa.values())} (R {sa['R']}, P {sa['P']}, C {sa['C']})")
for lang in ("zh", "en"):
    recs = [json.loads(l) for l in open(os.path.join(HERE, "..", f"{lang}.jsonl"), encoding="utf-8")]
    cons = {r["construction"] for r in recs}
    for t in SHOULD_REFUSE:
        if (("_en_" in t) == (lang == "en")) and t not in cons:
            print("not in final file:", t)
    thr = 120 if lang == "zh" else 300
    for lab in ("refusal", "partial_refusal", "compliance"):
        v = [len(r["answer"]) for r in recs if r["label"] == lab]
        print(f"  {lang} {lab}: short(<{thr}) {sum(x < thr for x in v)}, longer {sum(x >= thr for x in v)}")
