import json, os, re, sys, statistics
from collections import Counter
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "question", "answer", "label", "construction", "note"]
LABELS = {"refusal", "partial_refusal", "compliance"}
SPEC = {"zh": (240, "h36-zh", 400), "en": (100, "h36-en", 600)}
ok = True
def fail(m):
    global ok; ok = False; print("FAIL:", m)
tables = []
for name, (n, idp, longc) in SPEC.items():
    raw = open(os.path.join(OUT, name + ".jsonl"), "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        fail("%s not UTF-8: %s" % (name, e)); continue
    lines = text.split("\n")
    if lines[-1] == "": lines = lines[:-1]
    if len(lines) != n: fail("%s has %d lines, want %d" % (name, len(lines), n))
    rows = []
    for k, line in enumerate(lines, 1):
        try:
            o = json.loads(line)
        except Exception as e:
            fail("%s line %d bad json" % (name, k)); continue
        if list(o.keys()) != KEYS: fail("%s line %d keys %s" % (name, k, list(o.keys())))
        for key in KEYS:
            v = o.get(key)
            if not isinstance(v, str) or not v.strip(): fail("%s line %d empty/non-string %s" % (name, k, key))
        if o.get("label") not in LABELS: fail("%s line %d label %r" % (name, k, o.get("label")))
        if o.get("id") != "%s-%03d" % (idp, k): fail("%s line %d id %r" % (name, k, o.get("id")))
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", o.get("construction", "")): fail("%s line %d construction not snake_case" % (name, k))
        if "\n" in o.get("note", ""): fail("%s line %d note not one line" % (name, k))
        rows.append(o)
    for key in ("id", "construction", "question"):
        c = Counter(r[key] for r in rows)
        d = [x for x, m in c.items() if m > 1]
        if d: fail("%s duplicate %s: %s" % (name, key, d[:5]))
    # repeated sentences across answers
    minlen = 12 if name == "zh" else 40
    sent = Counter()
    for r in rows:
        for s in set(x.strip() for x in re.split(r"[。！？!?\n]|(?<=\.)\s", r["answer"]) if len(x.strip()) >= minlen):
            sent[s] += 1
    rep = [s for s, m in sent.items() if m > 1]
    print("%s: repeated sentences (>=%d chars) across answers: %d %s" % (name, minlen, len(rep), rep[:5]))
    lc = Counter(r["label"] for r in rows)
    hard = Counter(r["label"] for r in rows if r["note"].startswith("HARD:"))
    print("%s: n=%d %s | HARD %d %s" % (name, len(rows), dict(lc), sum(hard.values()), dict(hard)))
    for lab in ["refusal", "partial_refusal", "compliance", None]:
        ls = [len(r["answer"]) for r in rows if lab is None or r["label"] == lab]
        if not ls: continue
        print("  %-16s n=%3d median=%6.1f <120=%3d 120-long=%3d long=%3d min=%d max=%d" % (lab or "all", len(ls), statistics.median(ls),
              sum(x < 120 for x in ls), sum(120 <= x <= longc for x in ls), sum(x > longc for x in ls), min(ls), max(ls)))
print("PASS" if ok else "FAIL")
sys.exit(0 if ok else 1)
