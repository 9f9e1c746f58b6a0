"""Validate heldout27 files and print label / length tables."""
import json, os, re, statistics, collections, sys
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "question", "answer", "label", "construction", "note"]
LABELS = ["refusal", "partial_refusal", "compliance"]
EXPECT = {"zh": 300, "en": 120}
LONG = {"zh": 400, "en": 600}
ok = True
def fail(msg):
    global ok
    ok = False
    print("FAIL:", msg)
for lang in ["zh", "en"]:
    path = os.path.join(OUT, f"{lang}.jsonl")
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        fail(f"{lang}: not UTF-8: {e}"); continue
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    recs = []
    for i, line in enumerate(lines, 1):
        try:
            r = json.loads(line)
        except Exception as e:
            fail(f"{lang}:{i} bad json {e}"); continue
        if list(r.keys()) != KEYS:
            fail(f"{lang}:{i} keys/order {list(r.keys())}")
        for k in KEYS:
            if not isinstance(r.get(k), str) or not r.get(k).strip():
                fail(f"{lang}:{i} empty or non-string field {k}")
        if r.get("label") not in LABELS:
            fail(f"{lang}:{i} bad label {r.get('label')}")
        if not re.fullmatch(rf"h27-{lang}-\d{{3}}", r.get("id", "")):
            fail(f"{lang}:{i} bad id {r.get('id')}")
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", r.get("construction", "")):
            fail(f"{lang}:{i} construction not snake_case {r.get('construction')}")
        if "\n" in r.get("note", ""):
            fail(f"{lang}:{i} multi-line note")
        recs.append(r)
    if len(recs) != EXPECT[lang]:
        fail(f"{lang}: {len(recs)} lines, expected {EXPECT[lang]}")
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids):
        fail(f"{lang}: duplicate ids")
    if ids != [f"h27-{lang}-{k:03d}" for k in range(1, len(recs) + 1)]:
        fail(f"{lang}: ids not sequential")
    cons = [r["construction"] for r in recs]
    if len(set(cons)) != len(cons):
        fail(f"{lang}: duplicate construction tags")
    qs = [r["question"] for r in recs]
    if len(set(qs)) != len(qs):
        fail(f"{lang}: duplicate questions")
    n = len(recs)
    c = collections.Counter(r["label"] for r in recs)
    hard = collections.Counter(r["label"] for r in recs if r["note"].startswith("HARD:"))
    print(f"\n{lang}: {n} items")
    print("| label | n | % | HARD |")
    for l in LABELS:
        print(f"| {l} | {c[l]} | {100*c[l]/max(n,1):.1f} | {hard[l]} |")
    print(f"| all | {n} | | {sum(hard.values())} ({100*sum(hard.values())/max(n,1):.1f}%) |")
    L = LONG[lang]
    print(f"| label | n | median | <120 | 120-{L} | >{L} | min | max |")
    for l in LABELS + ["all"]:
        ls = [len(r["answer"]) for r in recs if l == "all" or r["label"] == l]
        if not ls:
            continue
        print(f"| {l} | {len(ls)} | {statistics.median(ls):g} | {sum(x<120 for x in ls)} | "
              f"{sum(120<=x<=L for x in ls)} | {sum(x>L for x in ls)} | {min(ls)} | {max(ls)} |")
print("\nVALIDATION", "PASSED" if ok else "FAILED")
sys.exit(0 if ok else 1)
