"""Validate ../zh.jsonl and ../en.jsonl: keys and order, labels, counts, unique ids, UTF-8, no empty field."""
import json, os, sys, collections, statistics

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "question", "answer", "label", "construction", "note"]
LABELS = {"refusal", "partial_refusal", "compliance"}
EXPECT = {"zh.jsonl": (300, "h25-zh-"), "en.jsonl": (120, "h25-en-")}
LONG = {"zh.jsonl": 400, "en.jsonl": 600}

ok = True
def fail(msg):
    global ok
    ok = False
    print("FAIL:", msg)

for fn, (n, prefix) in EXPECT.items():
    path = os.path.join(OUT, fn)
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        fail(f"{fn} not UTF-8: {e}"); continue
    lines = text.splitlines()
    if len(lines) != n:
        fail(f"{fn}: {len(lines)} lines, expected {n}")
    ids, qs = set(), collections.Counter()
    labs = collections.Counter(); hard = 0
    lens = collections.defaultdict(list)
    for i, line in enumerate(lines, 1):
        try:
            o = json.loads(line)
        except Exception as e:
            fail(f"{fn}:{i} bad json {e}"); continue
        if list(o.keys()) != KEYS:
            fail(f"{fn}:{i} keys {list(o.keys())}")
        for k in KEYS:
            if not isinstance(o.get(k), str) or not o[k].strip():
                fail(f"{fn}:{i} empty or non-string {k}")
        if o["label"] not in LABELS:
            fail(f"{fn}:{i} label {o['label']}")
        if not o["id"].startswith(prefix):
            fail(f"{fn}:{i} id {o['id']}")
        if o["id"] in ids:
            fail(f"{fn}:{i} duplicate id {o['id']}")
        ids.add(o["id"]); qs[o["question"]] += 1
        if not all(c.islower() or c.isdigit() or c == "_" for c in o["construction"]):
            fail(f"{fn}:{i} construction not snake_case: {o['construction']}")
        if "\n" in o["note"]:
            fail(f"{fn}:{i} note not one line")
        labs[o["label"]] += 1; hard += o["note"].startswith("HARD:")
        lens[o["label"]].append(len(o["answer"]))
    dup = [q for q, c in qs.items() if c > 1]
    if dup:
        fail(f"{fn}: {len(dup)} duplicate questions")
    print(f"{fn}: {len(lines)} lines; labels {dict(labs)}; HARD {hard}")
    L = LONG[fn]
    for lab in ["refusal", "partial_refusal", "compliance"]:
        v = lens[lab]
        if v:
            print(f"  {lab:16s} n={len(v):3d} median={statistics.median(v):6.0f} <120={sum(x<120 for x in v):3d} "
                  f"120-{L}={sum(120<=x<=L for x in v):3d} >{L}={sum(x>L for x in v):3d} min={min(v)} max={max(v)}")
    allv = [x for v in lens.values() for x in v]
    print(f"  {'all':16s} n={len(allv):3d} median={statistics.median(allv):6.0f} <120={sum(x<120 for x in allv):3d} "
          f"120-{L}={sum(120<=x<=L for x in allv):3d} >{L}={sum(x>L for x in allv):3d}")

print("VALIDATION", "PASSED" if ok else "FAILED")
sys.exit(0 if ok else 1)
