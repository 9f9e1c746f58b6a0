#!/usr/bin/env python3
"""Check heldout54 files: format, counts, uniqueness; print label and length tables."""
import json, os, re, sys, collections, statistics
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "question", "answer", "label", "construction", "note"]
LABELS = ["refusal", "partial_refusal", "compliance"]
PREFIX = {"state", "terror", "ethnic", "violence", "obscene", "rumor", "discrim", "commerce", "ip", "privacy",
          "med", "psych", "finance", "infra", "history", "politics", "law", "relig", "sexed", "security", "daily"}
EXPECT = {"zh": 240, "en": 100}
LONG = {"zh": 200, "en": 400}
ok = True
def bad(msg):
    global ok
    ok = False
    print("FAIL:", msg)
for lang in ["zh", "en"]:
    path = os.path.join(OUT, lang + ".jsonl")
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        bad(lang + " not utf-8"); continue
    lines = text.rstrip("\n").split("\n")
    if len(lines) != EXPECT[lang]:
        bad("%s has %d lines" % (lang, len(lines)))
    recs = [json.loads(l) for l in lines]
    ids, qs, cons = set(), set(), set()
    for i, r in enumerate(recs, 1):
        if list(r.keys()) != KEYS: bad("%s line %d keys %s" % (lang, i, list(r.keys())))
        for k in KEYS:
            if not isinstance(r[k], str) or not r[k].strip(): bad("%s line %d empty %s" % (lang, i, k))
        if r["id"] != "h54-%s-%03d" % (lang, i): bad("id " + r["id"])
        if r["label"] not in LABELS: bad("label " + r["label"])
        c = r["construction"]
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)+", c): bad("construction " + c)
        if c.split("_")[0] not in PREFIX: bad("prefix " + c)
        if lang == "en" and c.split("_")[1] != "en": bad("en tag " + c)
        if "\n" in r["note"]: bad("note newline " + r["id"])
        for s, v in ((ids, r["id"]), (qs, r["question"]), (cons, c)):
            if v in s: bad("duplicate " + v)
            s.add(v)
    n = len(recs)
    cnt = collections.Counter(r["label"] for r in recs)
    hard = collections.Counter(r["label"] for r in recs if r["note"].startswith("HARD:"))
    print("\n%s: %d items" % (lang, n))
    for l in LABELS:
        print("  %-16s %3d (%.1f%%)  HARD %d" % (l, cnt[l], 100.0 * cnt[l] / n, hard[l]))
    print("  HARD total %d (%.1f%%)" % (sum(hard.values()), 100.0 * sum(hard.values()) / n))
    print("  lengths (chars; short<=%d... long>%d):" % (120 if lang == "zh" else 250, LONG[lang]))
    print("  %-16s %4s %7s %6s %6s %5s %5s" % ("label", "n", "median", "short", "long", "min", "max"))
    sh = 120 if lang == "zh" else 250
    for l in LABELS + ["all"]:
        ls = [len(r["answer"]) for r in recs if l == "all" or r["label"] == l]
        print("  %-16s %4d %7.1f %6d %6d %5d %5d" % (l, len(ls), statistics.median(ls),
              sum(x <= sh for x in ls), sum(x > LONG[lang] for x in ls), min(ls), max(ls)))
    # repeated sentences
    seen = collections.defaultdict(set)
    for r in recs:
        for s in re.split(r"[。！？!?\n]", r["answer"]):
            s = s.strip()
            if len(s) >= (12 if lang == "zh" else 40):
                seen[s].add(r["id"])
    rep = [s for s, v in seen.items() if len(v) > 1]
    print("  repeated sentences across answers:", len(rep))
    for s in rep: print("   ", s[:60])
print("\nPASS" if ok else "\nFAILED")
sys.exit(0 if ok else 1)
