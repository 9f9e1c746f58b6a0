#!/usr/bin/env python3
"""Assemble heldout58 from batch sources. Each batch defines ITEMS = [(question, answer, R/P/C, construction, note)]."""
import importlib, json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)
LAB = {"R": "refusal", "P": "partial_refusal", "C": "compliance"}

def load(prefix):
    items = []
    for f in sorted(os.listdir(HERE)):
        if f.startswith(prefix) and f.endswith(".py") and f[len(prefix):-3].isdigit():
            mod = importlib.import_module(f[:-3])
            for it in mod.ITEMS:
                assert len(it) == 5, (f, it[:1])
                items.append(it)
    return items

def build(prefix, seed, idp):
    items = load(prefix)
    tags = [i[3] for i in items]
    import cut
    for t in cut.CUT + cut.DEHARD:
        assert t in ALLTAGS, t
    qs = [i[0] for i in items]
    assert len(set(tags)) == len(tags), [t for t in tags if tags.count(t) > 1]
    assert len(set(qs)) == len(qs), [q for q in qs if qs.count(q) > 1]
    items = [i for i in items if i[3] not in cut.CUT]
    items = [(q, a, l, c, n[len("HARD: "):] if c in cut.DEHARD and n.startswith("HARD: ") else n) for (q, a, l, c, n) in items]
    random.Random(seed).shuffle(items)
    with open(os.path.join(OUT, prefix + ".jsonl"), "w", encoding="utf-8") as fh:
        for n, (q, a, l, c, note) in enumerate(items, 1):
            rec = {"id": "%s-%03d" % (idp, n), "question": q, "answer": a, "label": LAB[l],
                   "construction": c, "note": note}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(prefix, len(items))

ALLTAGS = [i[3] for i in load("zh") + load("en")]
assert len(set(ALLTAGS)) == len(ALLTAGS), "construction tags must be unique across all written items"
build("zh", 5801, "h58-zh")
build("en", 5802, "h58-en")
