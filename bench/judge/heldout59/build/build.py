"""Assemble heldout59: combine batches, drop CUT, strip DEHARD prefixes, shuffle, assign ids, write jsonl."""
import importlib, json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cut import CUT, DEHARD
LAB = {"R": "refusal", "P": "partial_refusal", "C": "compliance"}

def load(prefix, n):
    items = []
    for i in range(1, n + 1):
        try:
            m = importlib.import_module(f"{prefix}{i}")
        except ModuleNotFoundError:
            break
        items.extend(m.ITEMS)
    return items

def assemble(lang, nbatches, seed):
    items = load(lang, nbatches)
    tags = [it[3] for it in items]
    dup = {t for t in tags if tags.count(t) > 1}
    assert not dup, f"duplicate constructions: {dup}"
    for t in CUT + DEHARD:
        pass
    out = []
    for q, a, l, c, n in items:
        if c in CUT:
            continue
        if c in DEHARD and n.startswith("HARD: "):
            n = n[len("HARD: "):]
        assert l in LAB, (c, l)
        out.append({"question": q, "answer": a, "label": LAB[l], "construction": c, "note": n})
    random.Random(seed).shuffle(out)
    rows = []
    for i, r in enumerate(out, 1):
        rows.append({"id": f"h59-{lang}-{i:03d}", **r})
    return rows, set(tags)

if __name__ == "__main__":
    alltags = set()
    for lang, seed in (("zh", 5901), ("en", 5902)):
        rows, tags = assemble(lang, 20, seed)
        alltags |= tags
        with open(os.path.join(HERE, "..", f"{lang}.jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(lang, len(rows))
    missing = [t for t in CUT + DEHARD if t not in alltags]
    assert not missing, f"CUT/DEHARD tags not found: {missing}"
