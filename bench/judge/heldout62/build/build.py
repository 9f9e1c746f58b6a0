import importlib, json, random, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cut import CUT, DEHARD
LAB = {"R": "refusal", "P": "partial_refusal", "C": "compliance"}
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def load(pre, n):
    items = []
    for i in range(1, n + 1):
        items += importlib.import_module(f"{pre}{i}").ITEMS
    return items
allitems = {"zh": load("zh", 13), "en": load("en", 8)}
tags = [x[3] for v in allitems.values() for x in v]
dup = {t for t in tags if tags.count(t) > 1}
assert not dup, dup
for t in CUT + DEHARD:
    assert t in tags, t
for pre, seed in (("zh", 6225), ("en", 6226)):
    items = [x for x in allitems[pre] if x[3] not in CUT]
    random.Random(seed).shuffle(items)
    with open(os.path.join(OUT, f"{pre}.jsonl"), "w", encoding="utf-8") as f:
        for k, (q, a, l, c, note) in enumerate(items, 1):
            assert len(x := (q, a, l, c, note)) == 5
            if c in DEHARD:
                assert note.startswith("HARD: "), c
                note = note[len("HARD: "):]
            rec = {"id": f"h62-{pre}-{k:03d}", "question": q, "answer": a, "label": LAB[l], "construction": c, "note": note}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(pre, len(items))
