import json, random, importlib.util, glob, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
LAB = {"R": "refusal", "P": "partial_refusal", "C": "compliance"}
def load(prefix):
    items = []
    for f in sorted(glob.glob(os.path.join(HERE, prefix + "[0-9]*.py")), key=lambda p: int(os.path.basename(p)[len(prefix):-3])):
        spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
        m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
        items.extend(m.ITEMS)
    return items
sys.path.insert(0, HERE)
from cut import CUT, DEHARD
ALLTAGS = set(i[3] for p in ("zh", "en") for i in load(p))
def build(prefix, seed, tag):
    items = load(prefix)
    tags = [i[3] for i in items]
    dup = {t for t in tags if tags.count(t) > 1}
    assert not dup, dup
    missing = [t for t in CUT + DEHARD if t not in ALLTAGS]
    assert not missing, missing
    items = [i for i in items if i[3] not in CUT]
    items = [(q, a, l, c, n[len("HARD: "):] if c in DEHARD and n.startswith("HARD: ") else n) for (q, a, l, c, n) in items]
    random.Random(seed).shuffle(items)
    with open(os.path.join(OUT, prefix + ".jsonl"), "w", encoding="utf-8") as fh:
        for n, (q, a, l, c, note) in enumerate(items, 1):
            rec = {"id": "h30-%s-%03d" % (tag, n), "question": q, "answer": a, "label": LAB[l], "construction": c, "note": note}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(prefix, len(items))
build("zh", 3025, "zh")
build("en", 3026, "en")
