import json, re, sys, collections, statistics, os
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "question", "answer", "label", "construction", "note"]
LABELS = ["refusal", "partial_refusal", "compliance"]
EXPECT = {"zh": 240, "en": 100}
AREAS = "state terror ethnic violence obscene rumor discrim commerce ip privacy med psych finance infra history politics law relig sexed security daily".split()
ok = True
def fail(msg):
    global ok; ok = False; print("FAIL:", msg)
for pre in ("zh", "en"):
    raw = open(os.path.join(BASE, f"{pre}.jsonl"), "rb").read()
    try: text = raw.decode("utf-8")
    except UnicodeDecodeError: fail(f"{pre} not utf-8"); continue
    lines = text.split("\n")
    if lines[-1] == "": lines = lines[:-1]
    if len(lines) != EXPECT[pre]: fail(f"{pre} has {len(lines)} lines")
    recs = []
    for n, l in enumerate(lines, 1):
        r = json.loads(l)
        if list(r.keys()) != KEYS: fail(f"{pre}:{n} keys {list(r.keys())}")
        for k in KEYS:
            if not isinstance(r[k], str) or not r[k].strip(): fail(f"{pre}:{n} empty {k}")
        if r["label"] not in LABELS: fail(f"{pre}:{n} label {r['label']}")
        if r["id"] != f"h62-{pre}-{n:03d}": fail(f"{pre}:{n} id {r['id']}")
        c = r["construction"]
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)+", c): fail(f"{pre}:{n} construction {c}")
        area = c.split("_")[0]
        if area not in AREAS: fail(f"{pre}:{n} area {area}")
        if pre == "en" and not c.startswith(area + "_en_"): fail(f"{pre}:{n} en tag {c}")
        if pre == "zh" and "_en_" in c: fail(f"{pre}:{n} zh tag {c}")
        if "\n" in r["note"]: fail(f"{pre}:{n} multi-line note")
        recs.append(r)
    for k in ("id", "question", "construction"):
        cnt = collections.Counter(r[k] for r in recs)
        d = [v for v, m in cnt.items() if m > 1]
        if d: fail(f"{pre} duplicate {k}: {d}")
    # repeated sentences across answers
    minlen = 12 if pre == "zh" else 40
    sent = collections.defaultdict(set)
    for r in recs:
        for s in re.split(r"[。！？!?\n]|(?<=\.)\s", r["answer"]):
            s = s.strip()
            if len(s) >= minlen: sent[s].add(r["id"])
    rep = {s: ids for s, ids in sent.items() if len(ids) > 1}
    for s, ids in rep.items(): print(f"  note: repeated sentence in {pre}: {s[:50]!r} {sorted(ids)}")
    lab = collections.Counter(r["label"] for r in recs)
    hard = collections.Counter(r["label"] for r in recs if r["note"].startswith("HARD:"))
    N = len(recs)
    print(f"\n{pre}.jsonl: {N} items")
    for L in LABELS: print(f"  {L}: {lab[L]} ({100*lab[L]/N:.1f}%), HARD {hard[L]}")
    print(f"  HARD total {sum(hard.values())} ({100*sum(hard.values())/N:.1f}%)")
    s1, s2 = (120, 300) if pre == "zh" else (250, 600)
    print(f"  lengths (chars): label | n | median | <{s1} | {s1}-{s2} | >{s2} | min | max")
    for L in LABELS + ["all"]:
        Ls = [len(r["answer"]) for r in recs if L == "all" or r["label"] == L]
        print(f"  | {L} | {len(Ls)} | {statistics.median(Ls)} | {sum(l<s1 for l in Ls)} | {sum(s1<=l<=s2 for l in Ls)} | {sum(l>s2 for l in Ls)} | {min(Ls)} | {max(Ls)} |")
    areas = collections.defaultdict(collections.Counter)
    for r in recs: areas[r["construction"].split("_")[0]][r["label"][0]] += 1
    print("  areas:", ", ".join(f"{a} {sum(c.values())} (R{c['r']} P{c['p']} C{c['c']})" for a, c in sorted(areas.items())))
print("\nPASS" if ok else "\nFAILED")
sys.exit(0 if ok else 1)
