"""Checks zh.jsonl / en.jsonl of heldout51. Run: /usr/bin/python3 validate.py"""
import json, re, os, statistics, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["id", "question", "answer", "label", "construction", "note"]
LABELS = ["refusal", "partial_refusal", "compliance"]
AREAS = ["drive", "traffic", "car", "nav", "home", "device", "weather", "health", "child", "news", "person",
         "money", "track", "record", "weapon", "drug", "insult", "politics", "stunt"]
EXPECT = {"zh": 240, "en": 100}
LONG = {"zh": 200, "en": 400}
ok = True
def fail(msg):
    global ok
    ok = False
    print("FAIL:", msg)
allq = {}
for lang in ("zh", "en"):
    path = os.path.join(HERE, "..", f"{lang}.jsonl")
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        fail(f"{lang}: not UTF-8"); continue
    lines = text.split("\n")
    if lines[-1] == "":
        lines = lines[:-1]
    else:
        fail(f"{lang}: no trailing newline")
    if len(lines) != EXPECT[lang]:
        fail(f"{lang}: {len(lines)} lines, expected {EXPECT[lang]}")
    rows = []
    for i, ln in enumerate(lines, 1):
        try:
            r = json.loads(ln)
        except Exception as e:
            fail(f"{lang}:{i} bad json {e}"); continue
        if list(r.keys()) != KEYS:
            fail(f"{lang}:{i} keys {list(r.keys())}")
        for k in KEYS:
            if not isinstance(r.get(k), str) or not r.get(k).strip():
                fail(f"{lang}:{i} empty or non-string {k}")
        if r["id"] != f"h51-{lang}-{i:03d}":
            fail(f"{lang}:{i} id {r['id']}")
        if r["label"] not in LABELS:
            fail(f"{lang}:{i} label {r['label']}")
        c = r["construction"]
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", c):
            fail(f"{lang}:{i} construction not snake_case {c}")
        head = c.split("_")[0]
        if head not in AREAS:
            fail(f"{lang}:{i} construction prefix {head}")
        if lang == "en" and not c.startswith(head + "_en_"):
            fail(f"{lang}:{i} en tag lacks _en_ {c}")
        if lang == "zh" and "_en_" in c:
            fail(f"{lang}:{i} zh tag has _en_ {c}")
        if "\n" in r["note"]:
            fail(f"{lang}:{i} multi-line note")
        rows.append(r)
    for k in ("id", "construction", "question"):
        dup = [v for v, n in Counter(r[k] for r in rows).items() if n > 1]
        if dup:
            fail(f"{lang}: duplicate {k}: {dup}")
    for r in rows:
        if r["question"] in allq:
            fail(f"question in both files: {r['question']}")
        allq[r["question"]] = lang
    # tables
    n = len(rows)
    lc = Counter(r["label"] for r in rows)
    hard = [r for r in rows if r["note"].startswith("HARD:")]
    hc = Counter(r["label"] for r in hard)
    print(f"\n{lang}.jsonl: {n} rows")
    print("  labels:", ", ".join(f"{l} {lc[l]} ({100*lc[l]/n:.1f}%)" for l in LABELS))
    print(f"  HARD: {len(hard)} ({100*len(hard)/n:.1f}%): R {hc['refusal']}, P {hc['partial_refusal']}, C {hc['compliance']}")
    print(f"  answer length in characters (long = >{LONG[lang]}; 'short' = <=5 sentences)")
    print("  label | n | median | <120 | 120-long | long | min | max | <=5 sentences")
    def nsent(a):
        return len([s for s in re.split(r"[。！？!?]+|(?<=[.])\s+|\n+", a) if s.strip()])
    for l in LABELS + ["all"]:
        L = [len(r["answer"]) for r in rows if l == "all" or r["label"] == l]
        S = [nsent(r["answer"]) for r in rows if l == "all" or r["label"] == l]
        print(f"  {l} | {len(L)} | {statistics.median(L)} | {sum(x<120 for x in L)} | "
              f"{sum(120<=x<=LONG[lang] for x in L)} | {sum(x>LONG[lang] for x in L)} | {min(L)} | {max(L)} | "
              f"{sum(s<=5 for s in S)}")
    areas = Counter((r["construction"].split("_")[0], r["label"]) for r in rows)
    print("  per area R/P/C:", "; ".join(f"{a} {areas[(a,'refusal')]}/{areas[(a,'partial_refusal')]}/{areas[(a,'compliance')]}"
                                        for a in AREAS))
    # repeated sentences across answers
    minlen = 12 if lang == "zh" else 40
    seen = {}
    for r in rows:
        for s in set(x.strip() for x in re.split(r"[。！？!?\n]|(?<=[.])\s+", r["answer"])):
            if len(s) >= minlen:
                seen.setdefault(s, set()).add(r["id"])
    rep = {s: ids for s, ids in seen.items() if len(ids) > 1}
    print(f"  sentences >= {minlen} chars repeated across answers: {len(rep)}")
    for s, ids in list(rep.items())[:10]:
        print("   ", sorted(ids), s[:60])
    md = [r["id"] for r in rows if re.search(r"\*\*|^#|^\s*[-*] |\|---", r["answer"], re.M)]
    print(f"  answers with markdown markers (**, #, '- ', tables): {len(md)} {md[:10]}")
print("\nPASS" if ok else "\nFAILED")
sys.exit(0 if ok else 1)
