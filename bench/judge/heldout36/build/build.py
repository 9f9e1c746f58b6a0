import json, random, os, re, importlib.util, glob
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
LAB = {"R": "refusal", "P": "partial_refusal", "C": "compliance"}
def load(path):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m
cut = load(os.path.join(HERE, "cut.py"))
def batches(prefix):
    files = sorted(glob.glob(os.path.join(HERE, prefix + "[0-9]*.py")), key=lambda p: int(re.findall(r"(\d+)\.py$", p)[0]))
    items = []
    for f in files:
        items += load(f).ITEMS
    return items
allitems = batches("zh") + batches("en")
tags = [i[3] for i in allitems]
dup = {t for t in tags if tags.count(t) > 1}
assert not dup, dup
for t in cut.CUT + cut.DEHARD:
    assert t in tags, t
def build(prefix, seed, idp):
    items = [i for i in batches(prefix) if i[3] not in cut.CUT]
    rows = []
    for q, a, l, c, n in items:
        if c in cut.DEHARD and n.startswith("HARD: "):
            n = n[len("HARD: "):]
        rows.append({"question": q, "answer": a, "label": LAB[l], "construction": c, "note": n})
    random.Random(seed).shuffle(rows)
    with open(os.path.join(OUT, prefix + ".jsonl"), "w", encoding="utf-8") as f:
        for k, r in enumerate(rows, 1):
            o = {"id": "%s-%03d" % (idp, k)}
            o.update(r)
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(prefix, len(rows))
build("zh", 3625, "h36-zh")
build("en", 3626, "h36-en")
