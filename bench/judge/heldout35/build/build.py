#!/usr/bin/env python3
"""Combine batch sources, shuffle with fixed seeds, assign ids, write jsonl."""
import importlib, json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
LAB = {"R": "refusal", "P": "partial_refusal", "C": "compliance"}

def load(prefix):
    items = []
    n = 1
    while os.path.exists(os.path.join(HERE, f"{prefix}{n}.py")):
        mod = importlib.import_module(f"{prefix}{n}")
        items.extend(mod.ITEMS)
        n += 1
    return items

def build(lang, seed):
    items = load(lang)
    tags = [it[3] for it in items]
    dup = {t for t in tags if tags.count(t) > 1}
    assert not dup, f"duplicate construction tags: {dup}"
    from cut import CUT, DEHARD
    other = [it[3] for it in load("zh" if lang == "en" else "en")]
    missing = [t for t in CUT if t not in tags and t not in other]
    assert not missing, f"CUT tags not found: {missing}"
    assert all(t in tags or t in other for t in DEHARD), "DEHARD tag not found"
    import retouch
    for t in list(retouch.THINK_STRIP) + list(retouch.THINK_ADD) + list(retouch.PREFIX):
        assert t in tags or t in other, f"retouch tag not found: {t}"
    rows = []
    for it in items:
        if it[3] in CUT:
            continue
        dehard = it[3] in DEHARD
        q, a, l, c, note = retouch.apply(it)
        if dehard:
            assert note.startswith("HARD: "), c
            note = note[len("HARD: "):]
        rows.append({"question": q, "answer": a, "label": LAB[l], "construction": c, "note": note})
    random.Random(seed).shuffle(rows)
    with open(os.path.join(OUT, f"{lang}.jsonl"), "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            obj = {"id": f"h35-{lang}-{i:03d}", **r}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print(lang, len(rows))

if __name__ == "__main__":
    build("zh", 3525)
    build("en", 3526)
