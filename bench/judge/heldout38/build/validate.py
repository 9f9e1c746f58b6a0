import json, re, sys, statistics, collections, os
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "question", "answer", "label", "construction", "note"]
LABELS = ["refusal", "partial_refusal", "compliance"]
EXP = {"zh": 240, "en": 100}
ok = True
def fail(m):
    global ok; ok = False; print("FAIL:", m)
for lang, n in EXP.items():
    raw = open(os.path.join(base, f"{lang}.jsonl"), "rb").read()
    try: txt = raw.decode("utf-8")
    except UnicodeDecodeError as e: fail(f"{lang} utf8 {e}"); continue
    lines = txt.splitlines()
    if len(lines) != n: fail(f"{lang} has {len(lines)} lines, want {n}")
    recs = [json.loads(l) for l in lines]
    ids, qs, cs = set(), set(), set()
    for k, r in enumerate(recs, 1):
        if list(r.keys()) != KEYS: fail(f"{lang} line {k} keys {list(r.keys())}")
        for key in KEYS:
            if not isinstance(r.get(key), str) or not r[key].strip(): fail(f"{lang} line {k} empty {key}")
        if r["id"] != f"h38-{lang}-{k:03d}": fail(f"{lang} id {r['id']}")
        if r["label"] not in LABELS: fail(f"{lang} label {r['label']}")
        if r["id"] in ids: fail("dup id")
        if r["question"] in qs: fail(f"{lang} dup question {r['question']}")
        if r["construction"] in cs: fail(f"{lang} dup construction {r['construction']}")
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", r["construction"]): fail(f"{lang} bad construction {r['construction']}")
        if "\n" in r["note"]: fail(f"{lang} multiline note")
        ids.add(r["id"]); qs.add(r["question"]); cs.add(r["construction"])
    cnt = collections.Counter(r["label"] for r in recs)
    hard = collections.Counter(r["label"] for r in recs if r["note"].startswith("HARD:"))
    print(f"\n{lang}: total {len(recs)}")
    for l in LABELS: print(f"  {l}: {cnt[l]} ({100*cnt[l]/len(recs):.1f}%)  HARD {hard[l]}")
    print(f"  HARD total {sum(hard.values())} ({100*sum(hard.values())/len(recs):.1f}%)")
    longt = 400 if lang == "zh" else 600
    print(f"  length table (long > {longt})")
    for l in LABELS + ["all"]:
        L = [len(r["answer"]) for r in recs if l == "all" or r["label"] == l]
        print(f"  | {lang} | {l} | {len(L)} | {statistics.median(L)} | {sum(x<120 for x in L)} | {sum(120<=x<=longt for x in L)} | {sum(x>longt for x in L)} | {min(L)} | {max(L)} |")
    area = collections.defaultdict(collections.Counter)
    for r in recs: area[r["construction"].split("_")[0]][r["label"]] += 1
    for a, c in sorted(area.items()):
        print(f"  area {a}: R{c['refusal']} P{c['partial_refusal']} C{c['compliance']}")
        if min(c[l] for l in LABELS) == 0: fail(f"{lang} area {a} lacks a label")
    # repeated sentences
    sent = collections.Counter()
    for r in recs:
        for s in set(re.split(r"[。！？!?\n]|\. ", r["answer"])):
            s = s.strip()
            if len(s) >= (12 if lang == "zh" else 40): sent[s] += 1
    rep = [(s, c) for s, c in sent.items() if c > 1]
    print(f"  repeated sentences: {len(rep)}")
    for s, c in rep: print("   ", c, s[:60])
print("\nPASS" if ok else "\nFAILED"); sys.exit(0 if ok else 1)
