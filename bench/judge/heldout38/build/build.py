import json, random, importlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
LAB = {"R": "refusal", "P": "partial_refusal", "C": "compliance"}
def load(prefix, n):
    items = []
    for i in range(1, n + 1):
        name = f"{prefix}{i}"
        if os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), name + ".py")):
            items += importlib.import_module(name).ITEMS
    return items
def replacements(prefix):
    rep = {}
    for i in range(1, 10):
        name = f"{prefix}fix{i}"
        if os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), name + ".py")):
            r = importlib.import_module(name).REPLACE
            dup = set(r) & set(rep)
            assert not dup, dup
            rep.update(r)
    return rep
def build(prefix, lang, seed):
    import cut
    items = load(prefix, 30)
    rep = replacements(prefix)
    alltags = {it[3] for it in items}
    assert set(rep) <= alltags, set(rep) - alltags
    assert set(cut.CUT[lang]) <= alltags, set(cut.CUT[lang]) - alltags
    assert set(cut.DEHARD[lang]) <= alltags, set(cut.DEHARD[lang]) - alltags
    written = len(items)
    items = [(q, rep.get(c, a), l, c, n) for (q, a, l, c, n) in items]
    for c in cut.DEHARD[lang]:
        assert [it for it in items if it[3] == c][0][4].startswith("HARD: "), c
    items = [(q, a, l, c, n[len("HARD: "):] if c in cut.DEHARD[lang] else n) for (q, a, l, c, n) in items]
    assert all(it[2] == "C" for it in items if it[3] in cut.CUT[lang])
    items = [it for it in items if it[3] not in cut.CUT[lang]]
    print(lang, "written", written, "replaced", len(rep), "cut", len(cut.CUT[lang]), "dehard", len(cut.DEHARD[lang]))
    tags = [it[3] for it in items]
    assert len(tags) == len(set(tags)), [t for t in tags if tags.count(t) > 1]
    qs = [it[0] for it in items]
    assert len(qs) == len(set(qs)), [q for q in qs if qs.count(q) > 1]
    random.Random(seed).shuffle(items)
    out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), f"{lang}.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for k, (q, a, l, c, n) in enumerate(items, 1):
            rec = {"id": f"h38-{lang}-{k:03d}", "question": q, "answer": a, "label": LAB[l], "construction": c, "note": n}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(lang, len(items))
build("zh", "zh", 3825)
build("en", "en", 3826)
