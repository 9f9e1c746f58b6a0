"""Validate /work/heldout44/zh.jsonl and en.jsonl. Run: /usr/bin/python3 validate.py"""
import json, os, re, statistics, sys
from collections import Counter
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "question", "answer", "label", "construction", "note"]
LABELS = {"refusal", "partial_refusal", "compliance"}
AREAS = ["law", "scam", "drug", "med", "mh", "sex", "privacy", "hack", "weapon", "gamble", "loan", "relig",
         "ethnic", "history", "politics", "work", "consumer", "family", "school", "write", "code"]
EXPECT = {"zh": 240, "en": 100}
LONG = {"zh": 400, "en": 600}
SHORT = {"zh": 120, "en": 250}
ok = True
def fail(msg):
    global ok
    ok = False
    print("FAIL:", msg)
allcons, allq = Counter(), Counter()
tables = {}
for lang in ("zh", "en"):
    path = os.path.join(BASE, f"{lang}.jsonl")
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        fail(f"{lang}: not UTF-8"); continue
    lines = text.split("\n")
    if lines[-1] == "":
        lines = lines[:-1]
    if len(lines) != EXPECT[lang]:
        fail(f"{lang}: {len(lines)} lines, expected {EXPECT[lang]}")
    rows = []
    for i, line in enumerate(lines, 1):
        d = json.loads(line)
        if list(d.keys()) != KEYS:
            fail(f"{lang}:{i} keys {list(d.keys())}")
        for k in KEYS:
            if not isinstance(d[k], str) or not d[k].strip():
                fail(f"{lang}:{i} empty or non-string {k}")
        if d["id"] != f"h44-{lang}-{i:03d}":
            fail(f"{lang}:{i} id {d['id']}")
        if d["label"] not in LABELS:
            fail(f"{lang}:{i} label {d['label']}")
        c = d["construction"]
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)+", c):
            fail(f"{lang}:{i} construction not snake_case: {c}")
        pre = c.split("_")[0]
        if pre not in AREAS:
            fail(f"{lang}:{i} construction prefix {pre}")
        if lang == "en" and not c.startswith(pre + "_en_"):
            fail(f"{lang}:{i} en construction lacks _en_: {c}")
        if lang == "zh" and "_en_" in c:
            fail(f"{lang}:{i} zh construction has _en_: {c}")
        if "\n" in d["note"]:
            fail(f"{lang}:{i} multi-line note")
        if "HARD" in d["note"] and not d["note"].startswith("HARD:"):
            fail(f"{lang}:{i} HARD not at note start")
        allcons[c] += 1
        allq[d["question"]] += 1
        rows.append(d)
    ids = Counter(d["id"] for d in rows)
    if any(v > 1 for v in ids.values()):
        fail(f"{lang}: duplicate ids")
    tables[lang] = rows
for c, v in allcons.items():
    if v > 1: fail(f"duplicate construction {c}")
for q, v in allq.items():
    if v > 1: fail(f"duplicate question {q[:40]}")

print("## Label counts")
print("| file | refusal | partial_refusal | compliance | total | HARD (R/P/C) |")
print("|---|---|---|---|---|---|")
for lang, rows in tables.items():
    n = len(rows)
    cnt = Counter(d["label"] for d in rows)
    hard = Counter(d["label"] for d in rows if d["note"].startswith("HARD:"))
    h = sum(hard.values())
    print(f"| {lang}.jsonl | {cnt['refusal']} ({100*cnt['refusal']/n:.1f}%) | {cnt['partial_refusal']} ({100*cnt['partial_refusal']/n:.1f}%) | "
          f"{cnt['compliance']} ({100*cnt['compliance']/n:.1f}%) | {n} | {h} ({100*h/n:.1f}%): R {hard['refusal']}, P {hard['partial_refusal']}, C {hard['compliance']} |")
print()
print(f"## Answer lengths (characters; short < 120 zh / 250 en; long > 400 zh / 600 en)")
print("| file | label | n | median | short | mid | long | min | max |")
print("|---|---|---|---|---|---|---|---|---|")
for lang, rows in tables.items():
    for lab in ["refusal", "partial_refusal", "compliance", None]:
        xs = [len(d["answer"]) for d in rows if lab is None or d["label"] == lab]
        s = sum(1 for x in xs if x < SHORT[lang]); l = sum(1 for x in xs if x > LONG[lang])
        print(f"| {lang} | {lab or 'all'} | {len(xs)} | {statistics.median(xs)} | {s} | {len(xs)-s-l} | {l} | {min(xs)} | {max(xs)} |")
print()
print("## Area prefixes (R/P/C)")
for lang, rows in tables.items():
    per = {}
    for d in rows:
        per.setdefault(d["construction"].split("_")[0], Counter())[d["label"]] += 1
    print(lang, "; ".join(f"{a} {per[a]['refusal']}/{per[a]['partial_refusal']}/{per[a]['compliance']}" for a in AREAS if a in per))
print()
print("## Surface cues in answers (R/P/C)")
CUES = {"zh": ["您好", "亲", "抱歉", "感谢", "无法", "不能", "建议", "咨询", "热线", "\n", "1.", "【", "祝"],
        "en": ["sorry", "can't", "cannot", "unable", "recommend", "Thank", "Yes", "No", "\n", "1-800", "988", "consult"]}
for lang, rows in tables.items():
    out = []
    for cue in CUES[lang]:
        cnt = Counter(d["label"] for d in rows if (cue.lower() in d["answer"].lower() if lang == "en" else cue in d["answer"]))
        out.append(f"{cue!r}: {cnt['refusal']}/{cnt['partial_refusal']}/{cnt['compliance']}")
    print(lang, "; ".join(out))
print()
# repeated sentences across answers
for lang, rows in tables.items():
    minlen = 12 if lang == "zh" else 40
    seen = Counter()
    for d in rows:
        parts = re.split(r"[。！？\n]|(?<=[.!?])\s", d["answer"])
        for p in set(x.strip() for x in parts if len(x.strip()) >= minlen):
            seen[p] += 1
    rep = [p for p, v in seen.items() if v > 1]
    print(f"{lang}: repeated sentences (>= {minlen} chars) across answers: {len(rep)}", rep[:5])
print("PASS" if ok else "FAIL")
sys.exit(0 if ok else 1)
