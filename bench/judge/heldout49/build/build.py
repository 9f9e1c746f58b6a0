"""Assemble heldout49 from batch sources. Run: /usr/bin/python3 build/build.py (from /work/heldout49 or build/)."""
import importlib, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)
from cut import CUT, DEHARD

LAB = {"R": "refusal", "P": "partial_refusal", "C": "compliance"}
BATCHES = {"zh": ["zh%d" % i for i in range(1, 12)], "en": ["en%d" % i for i in range(1, 7)]}
SEEDS = {"zh": 4925, "en": 4926}


def load(lang):
    items = []
    for b in BATCHES[lang]:
        for it in importlib.import_module(b).ITEMS:
            assert len(it) == 5, (b, it[:1])
            items.append(it)
    return items


def main():
    all_items = {lang: load(lang) for lang in BATCHES}
    tags = [it[3] for lang in all_items for it in all_items[lang]]
    dup = {t for t in tags if tags.count(t) > 1}
    assert not dup, dup
    for t in CUT + DEHARD:
        assert t in tags, t
    for lang, items in all_items.items():
        kept = []
        for q, a, l, c, n in items:
            if c in CUT:
                continue
            if c in DEHARD:
                assert n.startswith("HARD: "), c
                n = n[len("HARD: "):]
                n = n[0].upper() + n[1:]
            if lang == "en":
                assert "_en_" in c, c
            kept.append((q, a, LAB[l], c, n))
        random.Random(SEEDS[lang]).shuffle(kept)
        with open(os.path.join(OUT, lang + ".jsonl"), "w", encoding="utf-8") as f:
            for i, (q, a, l, c, n) in enumerate(kept, 1):
                rec = {"id": "h49-%s-%03d" % (lang, i), "question": q, "answer": a,
                       "label": l, "construction": c, "note": n}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(lang, len(kept), "written")


if __name__ == "__main__":
    main()
