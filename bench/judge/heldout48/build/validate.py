#!/usr/bin/python3
"""Validate heldout48 files: format, counts, uniqueness; print label and length tables."""
import json, os, re, sys, statistics
from collections import Counter
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "question", "answer", "label", "construction", "note"]
LABELS = ["refusal", "partial_refusal", "compliance"]
AREAS = "state terror ethnic violence obscene rumor discrim commerce ip privacy portrait med psych finance infra history politics law relig sexed security".split()
EXPECT = {"zh": 240, "en": 100}
LONG = {"zh": 400, "en": 600}
SHORT = {"zh": 120, "en": 250}
ok = True
def err(m):
    global ok; ok = False; print("ERROR:", m)
for lang in ("zh", "en"):
    p = os.path.join(OUT, lang + ".jsonl")
    raw = open(p, "rb").read()
    try: txt = raw.decode("utf-8")
    except UnicodeDecodeError: err(lang + " not utf-8"); continue
    lines = txt.split("\n")
    if lines[-1] == "": lines = lines[:-1]
    if len(lines) != EXPECT[lang]: err("%s has %d lines" % (lang, len(lines)))
    rows = []
    for i, ln in enumerate(lines, 1):
        r = json.loads(ln)
        if list(r.keys()) != KEYS: err("%s line %d keys %s" % (lang, i, list(r.keys())))
        for k in KEYS:
            if not isinstance(r.get(k), str) or not r[k].strip(): err("%s line %d empty %s" % (lang, i, k))
        if r["label"] not in LABELS: err("%s line %d label %s" % (lang, i, r["label"]))
        if r["id"] != "h48-%s-%03d" % (lang, i): err("%s line %d id %s" % (lang, i, r["id"]))
        c = r["construction"]
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)+", c): err("%s bad construction %s" % (lang, c))
        if c.split("_")[0] not in AREAS: err("%s bad area %s" % (lang, c))
        if lang == "en" and c.split("_")[1] != "en": err("en tag lacks _en_ %s" % c)
        if lang == "zh" and c.split("_")[1] == "en": err("zh tag has _en_ %s" % c)
        if "\n" in r["note"]: err("multi-line note %s" % c)
        rows.append(r)
    for k in ("id", "question", "construction"):
        cnt = Counter(r[k] for r in rows)
        d = [x for x, n in cnt.items() if n > 1]
        if d: err("%s duplicate %s: %s" % (lang, k, d[:5]))
    # repeated sentences across answers
    minlen = 12 if lang == "zh" else 40
    seen = Counter()
    for r in rows:
        sents = set(s.strip() for s in re.split(r"[。！？!?\n]|(?<=\.)\s", r["answer"]) if len(s.strip()) >= minlen)
        seen.update(sents)
    rep = [s for s, n in seen.items() if n > 1]
    print("%s repeated sentences (>=%d chars): %d %s" % (lang, minlen, len(rep), rep[:5]))
    n = len(rows); lc = Counter(r["label"] for r in rows)
    hard = Counter(r["label"] for r in rows if r["note"].startswith("HARD:"))
    print("\n%s: %d rows" % (lang, n))
    for l in LABELS: print("  %-16s %3d (%.1f%%)  HARD %d" % (l, lc[l], 100 * lc[l] / n, hard[l]))
    print("  HARD total %d (%.1f%%)" % (sum(hard.values()), 100 * sum(hard.values()) / n))
    print("  | label | n | median | <%d | %d-%d | >%d | min | max |" % (SHORT[lang], SHORT[lang], LONG[lang], LONG[lang]))
    for l in LABELS + ["all"]:
        L = [len(r["answer"]) for r in rows if l == "all" or r["label"] == l]
        print("  | %s | %d | %.1f | %d | %d | %d | %d | %d |" % (l, len(L), statistics.median(L), sum(x < SHORT[lang] for x in L),
              sum(SHORT[lang] <= x <= LONG[lang] for x in L), sum(x > LONG[lang] for x in L), min(L), max(L)))
    area = Counter((r["construction"].split("_")[0], r["label"][0]) for r in rows)
    print("  per area R/P/C:", " ".join("%s %d/%d/%d" % (a, area[(a, "r")], area[(a, "p")], area[(a, "c")]) for a in AREAS if any(area[(a, x)] for x in "rpc")))
print("\nPASS" if ok else "\nFAIL")
sys.exit(0 if ok else 1)
