#!/usr/bin/env python3
"""Assemble heldout54 zh.jsonl / en.jsonl from batch sources."""
import json, os, random, re
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
LAB = {"R": "refusal", "P": "partial_refusal", "C": "compliance"}

def load(name):
    ns = {}
    exec(open(os.path.join(HERE, name + ".py"), encoding="utf-8").read(), ns)
    return ns["ITEMS"]

def main():
    ns = {}
    exec(open(os.path.join(HERE, "cut.py"), encoding="utf-8").read(), ns)
    cut, dehard, qfix = set(ns["CUT"]), set(ns["DEHARD"]), ns["QFIX"]
    batches = {"zh": ["zh1", "zh2", "zh3", "zh4", "zh5", "zh6", "zh7", "zh8", "zh9", "zh10"], "en": ["en1", "en2", "en3", "en4", "en5"]}
    seeds = {"zh": 5401, "en": 5402}
    alltags = set()
    for lang, files in batches.items():
        items = []
        for f in files:
            for q, a, l, c, n in load(f):
                assert c not in alltags, "duplicate construction " + c
                alltags.add(c)
                assert l in LAB, c
                assert re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)+", c), c
                if lang == "en":
                    assert c.split("_")[1] == "en", c
                if c in cut:
                    continue
                q = qfix.get(c, q)
                if c in dehard:
                    n = n[len("HARD: "):] if n.startswith("HARD: ") else n
                items.append((q, a, LAB[l], c, n))
        random.Random(seeds[lang]).shuffle(items)
        with open(os.path.join(OUT, lang + ".jsonl"), "w", encoding="utf-8") as fh:
            for i, (q, a, l, c, n) in enumerate(items, 1):
                rec = {"id": "h54-%s-%03d" % (lang, i), "question": q, "answer": a,
                       "label": l, "construction": c, "note": n}
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(lang, len(items))
    missing = (cut | dehard | set(qfix)) - alltags
    assert not missing, missing

if __name__ == "__main__":
    main()
