import glob, json, os, random, re, importlib.util
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
LAB = {"R": "refusal", "P": "partial_refusal", "C": "compliance"}
def load(prefix):
    files = sorted(glob.glob(os.path.join(HERE, prefix + "[0-9]*.py")), key=lambda p: int(re.findall(r"(\d+)\.py$", p)[0]))
    items = []
    for f in files:
        spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
        m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
        items.extend(m.ITEMS)
    return items
CUTMOD = {}
exec(open(os.path.join(HERE, "cut.py"), encoding="utf-8").read(), CUTMOD)
CUT, DEHARD = set(CUTMOD["CUT"]), set(CUTMOD["DEHARD"])
ALLCONS = set()
def build(prefix, seed, tag):
    items = load(prefix)
    cons = [i[3] for i in items]
    dup = {c for c in cons if cons.count(c) > 1}
    assert not dup, dup
    ALLCONS.update(cons)
    items = [i for i in items if i[3] not in CUT]
    out = []
    for q, a, l, c, note in items:
        if c in DEHARD:
            assert note.startswith("HARD: "), c
            note = note[len("HARD: "):]
            note = note[0].upper() + note[1:]
        out.append((q, a, l, c, note))
    items = out
    rng = random.Random(seed)
    rng.shuffle(items)
    with open(os.path.join(OUT, prefix + ".jsonl"), "w", encoding="utf-8") as fh:
        for n, (q, a, l, c, note) in enumerate(items, 1):
            obj = {"id": "h29-%s-%03d" % (tag, n), "question": q.strip(), "answer": a.strip(), "label": LAB[l], "construction": c, "note": note.strip()}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print(prefix, len(items))
build("zh", 2925, "zh")
build("en", 2926, "en")
missing = (CUT | DEHARD) - ALLCONS
assert not missing, missing
