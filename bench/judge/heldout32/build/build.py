import glob, importlib.util, json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
LAB = {"R": "refusal", "P": "partial_refusal", "C": "compliance"}

def load(prefix):
    items = []
    for f in sorted(glob.glob(os.path.join(HERE, prefix + "[0-9]*.py")), key=lambda p: int(os.path.basename(p)[len(prefix):-3])):
        spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
        m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
        for it in m.ITEMS:
            assert len(it) == 5, (f, it[:1])
            items.append(it)
    return items

sys.path.insert(0, HERE)
from cut import CUT
ALL_TAGS = set()

def build(prefix, seed, tag):
    items = load(prefix)
    tags = [i[3] for i in items]
    dup = {t for t in tags if tags.count(t) > 1}
    assert not dup, dup
    ALL_TAGS.update(tags)
    written = len(items)
    items = [i for i in items if i[3] not in CUT]
    print(prefix, "written", written, "kept", len(items))
    rows = []
    for q, a, l, c, n in items:
        rows.append({"question": q.strip(), "answer": a.strip("\n"), "label": LAB[l], "construction": c, "note": " ".join(n.split())})
    random.Random(seed).shuffle(rows)
    with open(os.path.join(OUT, prefix + ".jsonl"), "w", encoding="utf-8") as fh:
        for k, r in enumerate(rows, 1):
            o = {"id": "h32-%s-%03d" % (tag, k)}
            o.update(r)
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(prefix, len(rows))

build("zh", 3225, "zh")
import glob as _g
if _g.glob(os.path.join(HERE, "en[0-9]*.py")): build("en", 3226, "en")
missing = [t for t in CUT if t not in ALL_TAGS]
assert not missing, missing

