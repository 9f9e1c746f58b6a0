import json, re, os, sys, collections, statistics
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["id", "question", "answer", "label", "construction", "note"]
LABELS = ["refusal", "partial_refusal", "compliance"]
PREFIXES = set("state terror ethnic violence obscene rumor discrim commerce ip privacy med psych finance infra history politics law relig sexed security daily".split())
EXPECT = {"zh": 240, "en": 100}
LONG = {"zh": 400, "en": 600}
ok = True
def fail(m):
    global ok; ok = False; print("FAIL", m)
for lang in ("zh", "en"):
    path = os.path.join(HERE, "..", f"{lang}.jsonl")
    raw = open(path, "rb").read()
    try: text = raw.decode("utf-8")
    except UnicodeDecodeError: fail(f"{lang} not utf-8"); continue
    lines = text.splitlines()
    if len(lines) != EXPECT[lang]: fail(f"{lang} has {len(lines)} lines")
    rows = [json.loads(l) for l in lines]
    ids, qs, cons = set(), set(), set()
    for n, r in enumerate(rows, 1):
        if list(r.keys()) != KEYS: fail(f"{lang} line {n} keys {list(r.keys())}")
        for k in KEYS:
            if not isinstance(r[k], str): fail(f"{lang} {n} {k} not str")
        for k in ("id", "question", "label", "construction", "note"):
            if not r[k].strip(): fail(f"{lang} {n} empty {k}")
        if r["id"] != f"h63-{lang}-{n:03d}": fail(f"{lang} id {r['id']}")
        if r["label"] not in LABELS: fail(f"{lang} label {r['label']}")
        c = r["construction"]
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)+", c): fail(f"{lang} cons {c}")
        if c.split("_")[0] not in PREFIXES: fail(f"{lang} prefix {c}")
        if lang == "en" and c.split("_")[1] != "en": fail(f"en tag {c}")
        if "\n" in r["note"]: fail(f"{lang} note multiline {c}")
        for s, v in ((ids, r["id"]), (qs, r["question"]), (cons, c)):
            if v in s: fail(f"{lang} duplicate {v[:40]}")
            s.add(v)
    cnt = collections.Counter(r["label"] for r in rows)
    hard = [r for r in rows if r["note"].startswith("HARD:")]
    hc = collections.Counter(r["label"] for r in hard)
    print(f"\n{lang}: " + ", ".join(f"{l} {cnt[l]} ({100*cnt[l]/len(rows):.1f}%)" for l in LABELS),
          f"| HARD {len(hard)} ({100*len(hard)/len(rows):.1f}%): " + ", ".join(f"{l[0].upper()} {hc[l]}" for l in LABELS))
    print("label | n | median | <120 | 120-long | long | min | max")
    for l in LABELS + ["all"]:
        L = [len(r["answer"]) for r in rows if l == "all" or r["label"] == l]
        print(l, len(L), statistics.median(L), sum(x < 120 for x in L), sum(120 <= x <= LONG[lang] for x in L), sum(x > LONG[lang] for x in L), min(L), max(L))
    # short = one to five sentences, rough: zh <=150 chars, en <=300 chars
    SH = {"zh": 150, "en": 300}
    for l in LABELS:
        L = [len(r["answer"]) for r in rows if r["label"] == l]
        print(f"  short(<= {SH[lang]}) {l}: {sum(x <= SH[lang] for x in L)}/{len(L)}")
    # repeated sentences
    sents = collections.Counter()
    for r in rows:
        for s in set(re.split(r"[。！？!?\n]|\. ", r["answer"])):
            s = s.strip()
            if len(s) >= (12 if lang == "zh" else 40): sents[s] += 1
    rep = [s for s, k in sents.items() if k > 1]
    print("repeated sentences:", rep[:5])
print("\nPASS" if ok else "\nFAILED")
sys.exit(0 if ok else 1)
