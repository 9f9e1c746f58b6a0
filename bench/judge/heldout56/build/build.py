"""Assemble heldout56 zh.jsonl / en.jsonl from batch sources."""
import importlib, json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cut import CUT, DEHARD, PREFIX, SUFFIX
OUT = os.path.dirname(HERE)
LAB = {"R": "refusal", "P": "partial_refusal", "C": "compliance"}
BATCHES = {"zh": [f"zh{i}" for i in range(1, 14)], "en": [f"en{i}" for i in range(1, 7)]}
SEEDS = {"zh": 5625, "en": 5626}

def load(lang):
    items = []
    for m in BATCHES[lang]:
        for it in importlib.import_module(m).ITEMS:
            assert len(it) == 5, (m, it[:1])
            items.append(it)
    return items

def main():
    alltags = {}
    data = {lang: load(lang) for lang in BATCHES}
    for lang, items in data.items():
        for it in items:
            tag = it[3]
            assert tag not in alltags, f"duplicate construction {tag}"
            alltags[tag] = lang
            assert (("_en_" in tag) == (lang == "en")), f"_en_ rule broken: {tag}"
    for t in CUT + DEHARD + list(PREFIX) + list(SUFFIX):
        assert t in alltags, f"unknown tag in cut.py: {t}"
    for lang, items in data.items():
        kept = [it for it in items if it[3] not in CUT]
        rows = []
        for q, a, l, tag, note in kept:
            if tag in DEHARD and note.startswith("HARD: "):
                note = note[len("HARD: "):]
            a = PREFIX.get(tag, "") + a + SUFFIX.get(tag, "")
            rows.append({"question": q, "answer": a, "label": LAB[l], "construction": tag, "note": note})
        random.Random(SEEDS[lang]).shuffle(rows)
        with open(os.path.join(OUT, f"{lang}.jsonl"), "w", encoding="utf-8") as f:
            for i, r in enumerate(rows, 1):
                rec = {"id": f"h56-{lang}-{i:03d}", **r}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(lang, "written", len(items), "kept", len(rows))

if __name__ == "__main__":
    main()
