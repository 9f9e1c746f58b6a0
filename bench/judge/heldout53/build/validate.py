"""Check heldout53 format, counts, uniqueness; print label and length tables."""
import json, os, re, statistics, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["id", "question", "answer", "label", "construction", "note"]
LABELS = ["refusal", "partial_refusal", "compliance"]
PREFIXES = "state terror ethnic violence obscene rumor discrim commerce ip privacy med psych finance infra history politics law relig sexed security daily".split()
EXPECT = {"zh": 240, "en": 100}
LONG = {"zh": 400, "en": 600}
ok = True

def fail(msg):
    global ok
    ok = False
    print("FAIL:", msg)

for name in ("zh", "en"):
    path = os.path.join(HERE, "..", name + ".jsonl")
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        fail(name + " not utf-8"); continue
    lines = text.splitlines()
    if len(lines) != EXPECT[name]:
        fail(f"{name}: {len(lines)} lines")
    rows = [json.loads(l) for l in lines]
    for k, r in enumerate(rows, 1):
        if list(r.keys()) != KEYS:
            fail(f"{name} line {k}: keys {list(r.keys())}")
        for key in KEYS:
            if not isinstance(r.get(key), str) or not r[key].strip():
                fail(f"{name} line {k}: empty {key}")
        if r["id"] != f"h53-{name}-{k:03d}":
            fail(f"{name} line {k}: id {r['id']}")
        if r["label"] not in LABELS:
            fail(f"{name} line {k}: label {r['label']}")
        c = r["construction"]
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)+", c):
            fail(f"{name} line {k}: construction not snake_case {c}")
        pre = c.split("_")[0]
        if pre not in PREFIXES:
            fail(f"{name} line {k}: prefix {pre}")
        if name == "en" and c.split("_")[1] != "en":
            fail(f"{name} line {k}: en tag lacks _en_: {c}")
        if name == "zh" and c.split("_")[1] == "en":
            fail(f"{name} line {k}: zh tag has _en_: {c}")
        if "\n" in r["note"]:
            fail(f"{name} line {k}: multi-line note")
    for key in ("id", "question", "construction"):
        vals = [r[key] for r in rows]
        d = [v for v, n in collections.Counter(vals).items() if n > 1]
        if d:
            fail(f"{name}: duplicate {key}: {d}")
    cnt = collections.Counter(r["label"] for r in rows)
    hard = collections.Counter(r["label"] for r in rows if r["note"].startswith("HARD:"))
    n = len(rows)
    print(f"\n{name}: " + ", ".join(f"{l} {cnt[l]} ({100*cnt[l]/n:.1f}%)" for l in LABELS)
          + f"; HARD {sum(hard.values())} ({100*sum(hard.values())/n:.1f}%): " + ", ".join(f"{l[0].upper()} {hard[l]}" for l in LABELS))
    print(f"{'label':16} {'n':>4} {'median':>7} {'<120':>5} {'mid':>5} {'long':>5} {'min':>5} {'max':>5}")
    for l in LABELS + ["all"]:
        ls = [len(r["answer"]) for r in rows if l == "all" or r["label"] == l]
        if not ls: continue
        print(f"{l:16} {len(ls):>4} {statistics.median(ls):>7} {sum(x<120 for x in ls):>5} {sum(120<=x<=LONG[name] for x in ls):>5} {sum(x>LONG[name] for x in ls):>5} {min(ls):>5} {max(ls):>5}")
print("\nPASS" if ok else "\nFAILED")
sys.exit(0 if ok else 1)
