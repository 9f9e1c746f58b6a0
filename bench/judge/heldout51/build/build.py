import json, random, importlib, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cut import CUT, DEHARD
from edits import EDITS
LAB = {"R": "refusal", "P": "partial_refusal", "C": "compliance"}
def load(prefix, n):
    items = []
    for i in range(1, n + 1):
        name = f"{prefix}{i}"
        if not os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), name + ".py")):
            continue
        items += importlib.import_module(name).ITEMS
    return items
def build(lang, prefix, seed):
    items = load(prefix, 20)
    tags = [it[3] for it in items]
    dup = {t for t in tags if tags.count(t) > 1}
    assert not dup, dup
    items = [it for it in items if it[3] not in CUT]
    rows = []
    for q, a, l, c, n in items:
        if c in EDITS:
            old, new = EDITS[c]
            assert a.count(old) == 1, (c, old)
            a = a.replace(old, new)
        if c in DEHARD and n.startswith("HARD: "):
            n = n[6:]
        rows.append((q, a, LAB[l], c, n))
    random.Random(seed).shuffle(rows)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", f"{lang}.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, (q, a, l, c, n) in enumerate(rows, 1):
            f.write(json.dumps({"id": f"h51-{lang}-{i:03d}", "question": q, "answer": a, "label": l,
                                "construction": c, "note": n}, ensure_ascii=False) + "\n")
    print(lang, len(rows))
if __name__ == "__main__":
    alltags = [it[3] for p in ("zh", "en") for it in load(p, 20)]
    for t in CUT + DEHARD + list(EDITS):
        assert t in alltags, t
    assert not set(EDITS) & set(CUT)
    build("zh", "zh", 5151)
    build("en", "en", 5152)
