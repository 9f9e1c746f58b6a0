"""Assemble heldout43: combine batches, drop CUT, strip DEHARD prefixes, shuffle, assign ids, write jsonl."""
import glob, importlib.util, json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from cut import CUT, DEHARD
LAB = {"R": "refusal", "P": "partial_refusal", "C": "compliance"}
SEED = {"zh": 4325, "en": 4326}

def load(lang):
    items = []
    for f in sorted(glob.glob(os.path.join(HERE, f"{lang}[0-9]*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
        m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
        items += m.ITEMS
    return items

def main():
    all_tags = []
    data = {lang: load(lang) for lang in ("zh", "en")}
    for lang, items in data.items():
        all_tags += [i[3] for i in items]
    dup = {t for t in all_tags if all_tags.count(t) > 1}
    assert not dup, f"duplicate construction tags: {dup}"
    for t in CUT + DEHARD:
        assert t in all_tags, f"unknown tag in cut.py: {t}"
    for lang, items in data.items():
        rows = []
        for q, a, l, t, n in items:
            if t in CUT:
                continue
            if t in DEHARD:
                assert n.startswith("HARD: "), t
                n = n[len("HARD: "):]
                n = n[0].upper() + n[1:]
            rows.append({"question": q, "answer": a, "label": LAB[l], "construction": t, "note": n})
        random.Random(SEED[lang]).shuffle(rows)
        with open(os.path.join(OUT, f"{lang}.jsonl"), "w", encoding="utf-8") as fh:
            for k, r in enumerate(rows, 1):
                rec = {"id": f"h43-{lang}-{k:03d}", **r}
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(lang, len(rows))

if __name__ == "__main__":
    main()
