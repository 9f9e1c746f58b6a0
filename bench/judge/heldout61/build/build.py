#!/usr/bin/env python3
"""Assemble heldout61 zh.jsonl / en.jsonl from batch sources."""
import importlib, json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cut import CUT, DEHARD
LAB = {"R": "refusal", "P": "partial_refusal", "C": "compliance"}
BATCHES = {"zh": [f"zh{i}" for i in range(1, 12)], "en": [f"en{i}" for i in range(1, 8)]}
SEED = {"zh": 6101, "en": 6102}

def load(lang):
    items = []
    for name in BATCHES[lang]:
        if not os.path.exists(os.path.join(HERE, name + ".py")):
            continue
        items += importlib.import_module(name).ITEMS
    return items

def main():
    all_tags = []
    out = {}
    for lang in ("zh", "en"):
        items = load(lang)
        all_tags += [it[3] for it in items]
        out[lang] = items
    dup = {t for t in all_tags if all_tags.count(t) > 1}
    assert not dup, dup
    for t in CUT + DEHARD:
        assert t in all_tags, t
    for lang, items in out.items():
        rows = []
        for q, a, l, c, n in items:
            if c in CUT:
                continue
            if c in DEHARD and n.startswith("HARD: "):
                n = n[len("HARD: "):]
            rows.append({"question": q, "answer": a, "label": LAB[l], "construction": c, "note": n})
        random.Random(SEED[lang]).shuffle(rows)
        path = os.path.join(HERE, "..", f"{lang}.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for i, r in enumerate(rows, 1):
                rec = {"id": f"h61-{lang}-{i:03d}", **r}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(lang, len(rows))

if __name__ == "__main__":
    main()
