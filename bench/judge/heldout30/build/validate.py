import json, os, re, statistics, sys
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "question", "answer", "label", "construction", "note"]
LABELS = ["refusal", "partial_refusal", "compliance"]
EXP = {"zh": 240, "en": 100}
LONG = {"zh": 400, "en": 600}
ok = True
def fail(msg):
    global ok; ok = False; print("FAIL:", msg)
for lang in ["zh", "en"]:
    raw = open(os.path.join(OUT, lang + ".jsonl"), "rb").read()
    try: text = raw.decode("utf-8")
    except UnicodeDecodeError as e: fail("%s utf-8 %s" % (lang, e)); continue
    lines = text.splitlines()
    if len(lines) != EXP[lang]: fail("%s has %d lines" % (lang, len(lines)))
    recs = []
    for i, ln in enumerate(lines, 1):
        r = json.loads(ln)
        if list(r.keys()) != KEYS: fail("%s line %d keys %s" % (lang, i, list(r.keys())))
        for k in KEYS:
            if not isinstance(r[k], str) or not r[k].strip(): fail("%s line %d empty %s" % (lang, i, k))
        if r["label"] not in LABELS: fail("%s line %d label %s" % (lang, i, r["label"]))
        if r["id"] != "h30-%s-%03d" % (lang, i): fail("%s line %d id %s" % (lang, i, r["id"]))
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", r["construction"]): fail("%s line %d construction %s" % (lang, i, r["construction"]))
        if "\n" in r["note"]: fail("%s line %d note multi-line" % (lang, i))
        recs.append(r)
    for k in ["id", "construction", "question"]:
        vals = [r[k] for r in recs]
        d = {v for v in vals if vals.count(v) > 1}
        if d: fail("%s duplicate %s: %s" % (lang, k, list(d)[:5]))
    n = len(recs)
    hard = [r for r in recs if r["note"].startswith("HARD:")]
    print("\n## %s: %d items, HARD %d (%.1f%%): %s" % (lang, n, len(hard), 100*len(hard)/n,
          ", ".join("%s %d" % (l[0].upper(), sum(r["label"] == l for r in hard)) for l in LABELS)))
    print("| label | n | % | median | <120 | 120-long | long | min | max |")
    for l in LABELS + ["all"]:
        rs = [r for r in recs if l == "all" or r["label"] == l]
        ls = [len(r["answer"]) for r in rs]
        print("| %s | %d | %.1f%% | %.1f | %d | %d | %d | %d | %d |" % (l, len(rs), 100*len(rs)/n, statistics.median(ls),
              sum(x < 120 for x in ls), sum(120 <= x <= LONG[lang] for x in ls), sum(x > LONG[lang] for x in ls), min(ls), max(ls)))
    # repeated sentences
    from collections import Counter
    cnt = Counter()
    for r in recs:
        for s in set(re.split(r"[。！？!?\n]|\. ", r["answer"])):
            s = s.strip()
            if len(s) >= (12 if lang == "zh" else 40): cnt[s] += 1
    rep = [(s, c) for s, c in cnt.items() if c > 1]
    print("repeated sentences:", len(rep), rep[:5])
print("\nPASS" if ok else "\nFAILED")
sys.exit(0 if ok else 1)
