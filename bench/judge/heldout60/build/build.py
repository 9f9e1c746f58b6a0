#!/usr/bin/env python3
"""Assemble heldout60 zh.jsonl / en.jsonl from batch sources.
Each batch is a Python list ITEMS of (question, answer, R/P/C, construction, note).
cut.py lists CUT (constructions dropped after writing) and DEHARD (HARD prefix stripped on review)."""
import importlib, json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cut import CUT, DEHARD
LAB = {"R": "refusal", "P": "partial_refusal", "C": "compliance"}
BATCHES = {"zh": ["zh1", "zh2", "zh3", "zh4", "zh5", "zh6", "zh7", "zh8", "zh9", "zh10"], "en": ["en1", "en2", "en3", "en4", "en5", "en6", "en7"]}
SEEDS = {"zh": 6001, "en": 6002}

def load(lang):
    items = []
    for b in BATCHES[lang]:
        for it in importlib.import_module(b).ITEMS:
            assert len(it) == 5, (b, it[3] if len(it) > 3 else it)
            items.append((b,) + tuple(it))
    return items

def main():
    allitems = {lang: load(lang) for lang in BATCHES}
    tags = [it[4] for lang in allitems for it in allitems[lang]]
    dup = {t for t in tags if tags.count(t) > 1}
    assert not dup, dup
    for t in list(CUT) + list(DEHARD):
        assert t in tags, t
    for t in DEHARD:
        assert t not in CUT, t
    out = os.path.dirname(HERE)
    for lang, items in allitems.items():
        keep = [it for it in items if it[4] not in CUT]
        random.Random(SEEDS[lang]).shuffle(keep)
        with open(os.path.join(out, f"{lang}.jsonl"), "w", encoding="utf-8") as f:
            for n, (b, q, a, l, c, note) in enumerate(keep, 1):
                if c in DEHARD:
                    assert note.startswith("HARD: "), c
                    note = note[len("HARD: "):]
                    note = note[0].upper() + note[1:]
                rec = {"id": f"h60-{lang}-{n:03d}", "question": q, "answer": a, "label": LAB[l],
                       "construction": c, "note": note}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(lang, len(keep), "written of", len(items))

if __name__ == "__main__":
    main()
