#!/usr/bin/env python3
"""Combine batch sources, drop CUT items, strip DEHARD prefixes, shuffle with fixed seeds, assign ids, write jsonl."""
import importlib, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from cut import CUT, DEHARD

LABELS = {"R": "refusal", "P": "partial_refusal", "C": "compliance"}
BATCHES = {"zh": ["zh%d" % i for i in range(1, 12)], "en": ["en%d" % i for i in range(1, 7)]}
SEEDS = {"zh": 3325, "en": 3326}

def load(lang):
    items = []
    for name in BATCHES[lang]:
        items.extend(importlib.import_module(name).ITEMS)
    return items

def main():
    all_tags = []
    per_lang = {}
    for lang in ("zh", "en"):
        items = load(lang)
        for it in items:
            assert len(it) == 5, it
            assert it[2] in LABELS, it
        all_tags += [it[3] for it in items]
        per_lang[lang] = items
    dup = {t for t in all_tags if all_tags.count(t) > 1}
    assert not dup, "duplicate construction tags: %s" % dup
    for t in CUT + DEHARD:
        assert t in all_tags, "unknown tag in cut.py: %s" % t
    for lang, items in per_lang.items():
        rows = []
        for q, a, lab, cons, note in items:
            if cons in CUT:
                continue
            if cons in DEHARD and note.startswith("HARD: "):
                note = note[len("HARD: "):]
                note = note[0].upper() + note[1:]
            rows.append({"question": q, "answer": a, "label": LABELS[lab], "construction": cons, "note": note})
        random.Random(SEEDS[lang]).shuffle(rows)
        with open(os.path.join(OUT, "%s.jsonl" % lang), "w", encoding="utf-8") as f:
            for i, r in enumerate(rows, 1):
                obj = {"id": "h33-%s-%03d" % (lang, i)}
                obj.update(r)
                f.write(json.dumps(obj, ensure_ascii=False) + "\n")
        print(lang, len(rows))

if __name__ == "__main__":
    main()
