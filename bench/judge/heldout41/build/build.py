"""Assemble /work/heldout41/zh.jsonl and en.jsonl from the batch sources."""
import json, os, random, importlib.util, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
LAB = {"R": "refusal", "P": "partial_refusal", "C": "compliance"}

def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + ".py"))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m

def batches(prefix):
    names = sorted((f[:-3] for f in os.listdir(HERE) if f.startswith(prefix) and f[len(prefix):-3].isdigit() and f.endswith(".py")),
                   key=lambda n: int(n[len(prefix):]))
    items = []
    for n in names:
        items += load(n).ITEMS
    return items

def main():
    cut = load("cut")
    allitems = {"zh": batches("zh"), "en": batches("en")}
    tags = [it[3] for k in allitems for it in allitems[k]]
    dup = {t for t in tags if tags.count(t) > 1}
    if dup: sys.exit("duplicate construction tags: %s" % sorted(dup))
    for t in cut.CUT + cut.DEHARD:
        if t not in tags: sys.exit("unknown tag in cut.py: " + t)
    seeds = {"zh": 4141, "en": 4142}
    for lang, items in allitems.items():
        for it in items:
            assert len(it) == 5 and it[2] in LAB, it
        kept = [it for it in items if it[3] not in cut.CUT]
        random.Random(seeds[lang]).shuffle(kept)
        with open(os.path.join(OUT, lang + ".jsonl"), "w", encoding="utf-8") as f:
            for i, (q, a, l, c, n) in enumerate(kept, 1):
                if c in cut.DEHARD and n.startswith("HARD: "):
                    n = n[len("HARD: "):]
                    n = n[0].upper() + n[1:]
                rec = {"id": "h41-%s-%03d" % (lang, i), "question": q, "answer": a, "label": LAB[l],
                       "construction": c, "note": n}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(lang, "written", len(items), "kept", len(kept))

if __name__ == "__main__":
    main()
