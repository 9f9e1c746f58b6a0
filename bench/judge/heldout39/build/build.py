import json, random, importlib, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
LAB = {"R": "refusal", "P": "partial_refusal", "C": "compliance"}
def load(prefix, n):
    items = []
    for i in range(1, n + 1):
        try:
            m = importlib.import_module(f"{prefix}{i}")
        except ModuleNotFoundError:
            continue
        items += m.ITEMS
    return items
def build(lang, seed, n):
    items = load(lang, n)
    tags = [it[3] for it in items]
    assert len(tags) == len(set(tags)), [t for t in tags if tags.count(t) > 1]
    from cut import CUT, DEHARD
    for t in CUT[lang] + DEHARD[lang]:
        assert t in tags, t
    for t in DEHARD[lang]:
        assert [it for it in items if it[3] == t][0][4].startswith("HARD: "), t
    items = [it for it in items if it[3] not in CUT[lang]]
    items = [(q, a, l, c, nt[6:] if c in DEHARD[lang] else nt) for q, a, l, c, nt in items]
    rows = [dict(question=q, answer=a, label=LAB[l], construction=c, note=nt) for q, a, l, c, nt in items]
    random.Random(seed).shuffle(rows)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", f"{lang}.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            o = {"id": f"h39-{lang}-{i:03d}", **r}
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(lang, len(rows))
build("zh", 3925, 12)
build("en", 3926, 6)
