"""Assemble /work/heldout44/zh.jsonl and en.jsonl from the batch sources.
Checks construction uniqueness across all written items and that every CUT/DEHARD/ADDHARD tag
exists, drops CUT, strips DEHARD 'HARD:' prefixes, replaces ADDHARD notes, shuffles with a fixed
seed (4401 zh, 4402 en) and assigns ids h44-zh-NNN / h44-en-NNN."""
import json, random, importlib, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cut import CUT, DEHARD, ADDHARD, CUE_EDITS
LAB = {"R": "refusal", "P": "partial_refusal", "C": "compliance"}

def load(prefix):
    items = []
    for i in range(1, 31):
        if os.path.exists(os.path.join(HERE, f"{prefix}{i}.py")):
            items += importlib.import_module(f"{prefix}{i}").ITEMS
    return items

def build(prefix, seed, out):
    items = load(prefix)
    for it in items:
        assert len(it) == 5 and it[2] in LAB, it[3]
    return items

def main():
    allitems = {p: load(p) for p in ("zh", "en")}
    cons = [it[3] for p in allitems for it in allitems[p]]
    dup = sorted({c for c in cons if cons.count(c) > 1})
    assert not dup, dup
    known = set(cons)
    for c in CUT + DEHARD + list(ADDHARD) + list(CUE_EDITS):
        assert c in known, ("unknown tag", c)
    for c in DEHARD:
        assert c not in CUT, ("dehard of cut item", c)
    base = os.path.dirname(HERE)
    for prefix, seed in (("zh", 4401), ("en", 4402)):
        rows = []
        for q, a, l, c, n in allitems[prefix]:
            assert l in LAB, c
            if c in CUT:
                continue
            if c in DEHARD:
                assert n.startswith("HARD:"), c
                n = n[5:].strip()
            if c in ADDHARD:
                n = ADDHARD[c]
            if c in CUE_EDITS:
                old, new = CUE_EDITS[c]
                if old == "^":
                    a = new + a
                elif old == "$":
                    a = a + new
                else:
                    assert old in a, c
                    a = a.replace(old, new, 1)
            rows.append((q, a, LAB[l], c, n))
        random.Random(seed).shuffle(rows)
        with open(os.path.join(base, f"{prefix}.jsonl"), "w", encoding="utf-8") as f:
            for i, (q, a, l, c, n) in enumerate(rows, 1):
                f.write(json.dumps({"id": f"h44-{prefix}-{i:03d}", "question": q, "answer": a, "label": l,
                                    "construction": c, "note": n}, ensure_ascii=False) + "\n")
        print(prefix, len(rows), "written;", len(allitems[prefix]), "in sources")

if __name__ == "__main__":
    main()
