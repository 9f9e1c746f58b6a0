"""Combine batch sources, drop CUT items, shuffle with fixed seeds, assign ids, write jsonl."""
import importlib, json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cut import CUT, DEHARD
LABEL = {"R": "refusal", "P": "partial_refusal", "C": "compliance"}
BATCHES = {"zh": ["zh%d" % i for i in range(1, 14)], "en": ["en%d" % i for i in range(1, 8)]}
SEEDS = {"zh": 3125, "en": 3126}

def load(lang):
    items = []
    for b in BATCHES[lang]:
        items.extend(importlib.import_module(b).ITEMS)
    return items

def main():
    seen = set()
    all_tags = set()
    for lang in ("zh", "en"):
        for it in load(lang):
            assert len(it) == 5, it
            assert it[3] not in all_tags, "duplicate tag " + it[3]
            all_tags.add(it[3])
    for t in CUT + DEHARD:
        assert t in all_tags, "CUT/DEHARD tag not found: " + t
    assert not set(CUT) & set(DEHARD)
    for lang in ("zh", "en"):
        items = [it for it in load(lang) if it[3] not in CUT]
        random.Random(SEEDS[lang]).shuffle(items)
        out = os.path.join(HERE, "..", lang + ".jsonl")
        with open(out, "w", encoding="utf-8") as f:
            for n, (q, a, l, c, note) in enumerate(items, 1):
                if c in DEHARD:
                    assert note.startswith("HARD: "), c
                    note = note[6:7].upper() + note[7:]
                rec = {"id": "h31-%s-%03d" % (lang, n), "question": q, "answer": a,
                       "label": LABEL[l], "construction": c, "note": note}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(lang, len(items))

if __name__ == "__main__":
    main()
