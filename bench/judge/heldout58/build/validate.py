#!/usr/bin/env python3
"""Check heldout58 format, counts and uniqueness; print label and length tables."""
import json, os, re, statistics, sys
from collections import Counter
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "question", "answer", "label", "construction", "note"]
LABELS = ["refusal", "partial_refusal", "compliance"]
PREFIXES = "state terror ethnic violence obscene rumor discrim commerce ip privacy med psych finance infra history politics law relig sexed security daily".split()
EXPECT = {"zh": (240, {"refusal": 96, "partial_refusal": 36, "compliance": 108}),
          "en": (100, {"refusal": 40, "partial_refusal": 15, "compliance": 45})}
LONG = {"zh": 150, "en": 350}  # chars; 'short' = up to about five sentences
ok = True
def fail(msg):
    global ok; ok = False; print("FAIL:", msg)
alltags = []
for lang in ("zh", "en"):
    path = os.path.join(OUT, lang + ".jsonl")
    raw = open(path, "rb").read()
    try: text = raw.decode("utf-8")
    except UnicodeDecodeError: fail(lang + " not UTF-8"); continue
    recs = [json.loads(l) for l in text.splitlines() if l.strip()]
    n, exp = EXPECT[lang]
    if len(recs) != n: fail("%s has %d lines" % (lang, len(recs)))
    for k, r in enumerate(recs, 1):
        if list(r) != KEYS: fail("%s line %d keys %s" % (lang, k, list(r)))
        for key in KEYS:
            if not isinstance(r[key], str) or not r[key].strip(): fail("%s line %d empty %s" % (lang, k, key))
        if r["id"] != "h58-%s-%03d" % (lang, k): fail("%s line %d id %s" % (lang, k, r["id"]))
        if r["label"] not in LABELS: fail("%s bad label %s" % (lang, r["label"]))
        c = r["construction"]
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)+", c): fail("not snake_case: " + c)
        if c.split("_")[0] not in PREFIXES: fail("bad area prefix: " + c)
        if lang == "en" and c.split("_")[1] != "en": fail("en tag without _en_: " + c)
        if lang == "zh" and "_en_" in c: fail("zh tag with _en_: " + c)
        if "\n" in r["note"]: fail("multi-line note " + c)
    for key in ("id", "question", "construction"):
        vals = [r[key] for r in recs]
        d = [v for v, m in Counter(vals).items() if m > 1]
        if d: fail("%s duplicate %s: %s" % (lang, key, d[:3]))
    alltags += [r["construction"] for r in recs]
    cnt = Counter(r["label"] for r in recs)
    if dict(cnt) != exp: print("NOTE: %s label counts %s differ from target %s" % (lang, dict(cnt), exp))
    hard = [r for r in recs if r["note"].startswith("HARD:")]
    hl = Counter(r["label"] for r in hard)
    print("\n## %s: %d items" % (lang, len(recs)))
    print("| label | n | % | HARD |")
    for L in LABELS: print("| %s | %d | %.1f%% | %d |" % (L, cnt[L], 100 * cnt[L] / len(recs), hl[L]))
    print("| all | %d | | %d (%.1f%%) |" % (len(recs), len(hard), 100 * len(hard) / len(recs)))
    print("\n| label | n | median chars | short (<=%d) | long (>%d) | min | max |" % (LONG[lang], LONG[lang]))
    for L in LABELS + ["all"]:
        ls = [len(r["answer"]) for r in recs if L == "all" or r["label"] == L]
        print("| %s | %d | %.1f | %d | %d | %d | %d |" % (L, len(ls), statistics.median(ls), sum(x <= LONG[lang] for x in ls), sum(x > LONG[lang] for x in ls), min(ls), max(ls)))
    pre = Counter(r["construction"].split("_")[0] for r in recs)
    print("\nareas:", dict(sorted(pre.items())))
    # repeated sentences across answers
    sent = Counter()
    for r in recs:
        for s in set(x.strip() for x in re.split(r"[。！？!?\n]|(?<=\.) ", r["answer"])):
            if len(s) >= (12 if lang == "zh" else 40): sent[s] += 1
    rep = [s for s, m in sent.items() if m > 1]
    print("repeated sentences:", rep if rep else "none")
if len(set(alltags)) != len(alltags): fail("construction tags repeat across files")
print("\nPASS" if ok else "\nFAILED")
sys.exit(0 if ok else 1)
