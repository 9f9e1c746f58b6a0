#!/usr/bin/env python3
"""Assemble /work/heldout47/zh.jsonl and en.jsonl from the batch sources."""
import importlib, json, os, random, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cut import CUT, DEHARD
from expand import EXPAND

LAB = {"R": "refusal", "P": "partial_refusal", "C": "compliance"}
BATCHES = {"zh": [f"zh{i}" for i in range(1, 9)], "en": [f"en{i}" for i in range(1, 5)]}
SEEDS = {"zh": 4701, "en": 4702}

def load(lang):
    items = []
    for b in BATCHES[lang]:
        items += [tuple(x) + (b,) for x in importlib.import_module(b).ITEMS]
    return items

def main():
    all_items = load("zh") + load("en")
    tags = [i[3] for i in all_items]
    dup = {t for t in tags if tags.count(t) > 1}
    assert not dup, f"duplicate constructions: {dup}"
    for t in CUT + DEHARD + list(EXPAND):
        assert t in tags, f"unknown tag in cut.py: {t}"
    assert not set(CUT) & set(DEHARD)
    for lang in ("zh", "en"):
        items = [i for i in load(lang) if i[3] not in CUT]
        rows = []
        for q, a, l, c, n, b in items:
            assert l in LAB, (c, l)
            if c in DEHARD:
                assert n.startswith("HARD: "), c
                n = n[len("HARD: "):]
                n = n[0].upper() + n[1:]
            if c in EXPAND:
                tag = "Shortened on review. " if len(EXPAND[c]) < len(a) else "Lengthened on review. "
                a = EXPAND[c]
                assert not n.startswith("HARD"), c
                n = re.sub(r"^(Short |Bare )", "", n)
                n = tag + n[0].upper() + n[1:]
            rows.append({"question": q, "answer": a, "label": LAB[l], "construction": c, "note": n})
        random.Random(SEEDS[lang]).shuffle(rows)
        out = os.path.join(HERE, "..", f"{lang}.jsonl")
        with open(out, "w", encoding="utf-8") as f:
            for k, r in enumerate(rows, 1):
                rec = {"id": f"h47-{lang}-{k:03d}", **r}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(lang, len(rows), "written to", os.path.normpath(out))

if __name__ == "__main__":
    main()
