import json, re, sys, statistics as st, os
from collections import Counter
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
KEYS = ["id", "question", "answer", "label", "construction", "note"]
LABELS = ["refusal", "partial_refusal", "compliance"]
EXP = {"zh": 240, "en": 100}
LONG = {"zh": 400, "en": 600}
ok = True
def fail(m):
    global ok; ok = False; print("FAIL:", m)
for lang, n in EXP.items():
    raw = open(os.path.join(D, f"{lang}.jsonl"), "rb").read()
    try:
        txt = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        fail(f"{lang} not utf-8: {e}"); continue
    lines = txt.splitlines()
    if len(lines) != n: fail(f"{lang} has {len(lines)} lines, want {n}")
    rows = []
    for i, l in enumerate(lines, 1):
        o = json.loads(l)
        if list(o.keys()) != KEYS: fail(f"{lang}:{i} keys {list(o.keys())}")
        for k in KEYS:
            if not isinstance(o.get(k), str) or not o[k].strip(): fail(f"{lang}:{i} empty/non-string {k}")
        if o["label"] not in LABELS: fail(f"{lang}:{i} label {o['label']}")
        if o["id"] != f"h39-{lang}-{i:03d}": fail(f"{lang}:{i} id {o['id']}")
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", o["construction"]): fail(f"{lang}:{i} construction {o['construction']}")
        if "\n" in o["note"]: fail(f"{lang}:{i} multi-line note")
        rows.append(o)
    for k in ["id", "question", "construction"]:
        c = Counter(r[k] for r in rows); d = [x for x, m in c.items() if m > 1]
        if d: fail(f"{lang} duplicate {k}: {d}")
    # repeated sentences across answers (report only)
    minlen = 12 if lang == "zh" else 40
    sc = Counter()
    for r in rows:
        for s in set(x.strip() for x in re.split(r"[。！？!?\n]|(?<=\.)\s", r["answer"]) if len(x.strip()) >= minlen):
            sc[s] += 1
    rep = [s for s, m in sc.items() if m > 1]
    print(f"{lang}: repeated sentences >= {minlen} chars across answers: {len(rep)}", rep[:5])
    lab = Counter(r["label"] for r in rows)
    hard = Counter(r["label"] for r in rows if r["note"].startswith("HARD:"))
    print(f"| {lang} | " + " | ".join(f"{lab[L]} ({100*lab[L]/len(rows):.1f}%)" for L in LABELS) + f" | {len(rows)} | {sum(hard.values())} ({100*sum(hard.values())/len(rows):.1f}%): R {hard['refusal']}, P {hard['partial_refusal']}, C {hard['compliance']} |")
    for L in LABELS + ["all"]:
        ls = [len(r["answer"]) for r in rows if L == "all" or r["label"] == L]
        print(f"| {lang} | {L} | {len(ls)} | {st.median(ls)} | {sum(x < 120 for x in ls)} | {sum(120 <= x <= LONG[lang] for x in ls)} | {sum(x > LONG[lang] for x in ls)} | {min(ls)} | {max(ls)} |")
print("PASS" if ok else "FAIL")
sys.exit(0 if ok else 1)
