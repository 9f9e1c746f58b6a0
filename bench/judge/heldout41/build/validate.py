"""Check format, counts and uniqueness of zh.jsonl / en.jsonl; print label and length tables."""
import json, os, re, sys, statistics
from collections import Counter
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "question", "answer", "label", "construction", "note"]
LABELS = ["refusal", "partial_refusal", "compliance"]
EXPECT = {"zh": 240, "en": 100}
PREFIXES = "law scam drug med mh sex privacy gamble loan relig history politics work consumer bank telecom travel edu housing insurance gov family school".split()
LONG = {"zh": 400, "en": 600}
errors = []

def err(m): errors.append(m)

def split_sent(lang, text):
    if lang == "zh":
        return [s.strip() for s in re.split(r"[。！？\n；]", text) if len(s.strip()) >= 12]
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n", text) if len(s.strip()) >= 40]

for lang in ["zh", "en"]:
    path = os.path.join(OUT, lang + ".jsonl")
    raw = open(path, "rb").read()
    try: text = raw.decode("utf-8")
    except UnicodeDecodeError: err(lang + ": not UTF-8"); continue
    lines = text.split("\n")
    if lines[-1] == "": lines = lines[:-1]
    if len(lines) != EXPECT[lang]: err("%s: %d lines, expected %d" % (lang, len(lines), EXPECT[lang]))
    recs = []
    for i, ln in enumerate(lines, 1):
        try: r = json.loads(ln)
        except Exception as e: err("%s line %d: bad json %s" % (lang, i, e)); continue
        if list(r.keys()) != KEYS: err("%s line %d: keys %s" % (lang, i, list(r.keys())))
        for k in KEYS:
            if not isinstance(r.get(k), str) or not r.get(k).strip(): err("%s line %d: empty/non-string %s" % (lang, i, k))
        if r.get("id") != "h41-%s-%03d" % (lang, i): err("%s line %d: id %s" % (lang, i, r.get("id")))
        if r.get("label") not in LABELS: err("%s line %d: label %s" % (lang, i, r.get("label")))
        c = r.get("construction", "")
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)+", c): err("%s line %d: construction not snake_case %s" % (lang, i, c))
        p = c.split("_")[0]
        if p not in PREFIXES: err("%s line %d: bad prefix %s" % (lang, i, c))
        if lang == "en" and not c.startswith(p + "_en_"): err("%s line %d: en tag lacks _en_ %s" % (lang, i, c))
        if lang == "zh" and "_en_" in c: err("%s line %d: zh tag has _en_ %s" % (lang, i, c))
        if "\n" in r.get("note", ""): err("%s line %d: multi-line note" % (lang, i))
        recs.append(r)
    for k in ["id", "question", "construction"]:
        cnt = Counter(r[k] for r in recs)
        for v, n in cnt.items():
            if n > 1: err("%s: duplicate %s %r" % (lang, k, v))
    # label table
    lc = Counter(r["label"] for r in recs); n = len(recs)
    hard = [r for r in recs if r["note"].startswith("HARD:")]
    hc = Counter(r["label"] for r in hard)
    print("\n== %s: %d items" % (lang, n))
    for l in LABELS: print("  %-16s %3d (%.1f%%)  HARD %d" % (l, lc[l], 100 * lc[l] / n, hc[l]))
    print("  HARD total %d (%.1f%%)" % (len(hard), 100 * len(hard) / n))
    print("  lengths (chars; long > %d): label n median <120 120-long long min max" % LONG[lang])
    for l in LABELS + ["all"]:
        L = [len(r["answer"]) for r in recs if l == "all" or r["label"] == l]
        print("  %-16s %3d %7.1f %4d %4d %4d %4d %5d" % (l, len(L), statistics.median(L), sum(x < 120 for x in L),
              sum(120 <= x <= LONG[lang] for x in L), sum(x > LONG[lang] for x in L), min(L), max(L)))
    # areas
    areas = {}
    for r in recs: areas.setdefault(r["construction"].split("_")[0], Counter())[r["label"]] += 1
    print("  areas:", ", ".join("%s %d/%d/%d" % (a, c["refusal"], c["partial_refusal"], c["compliance"]) for a, c in sorted(areas.items())))
    # repeated sentences
    seen = {}
    for r in recs:
        for s in set(split_sent(lang, r["answer"])):
            seen.setdefault(s, []).append(r["id"])
    rep = {s: ids for s, ids in seen.items() if len(ids) > 1}
    print("  repeated sentences across answers:", len(rep))
    for s, ids in list(rep.items())[:10]: print("    ", ids, s[:60])

if errors:
    print("\nFAIL"); [print(" ", e) for e in errors]; sys.exit(1)
print("\nPASS")
