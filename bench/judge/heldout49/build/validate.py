"""Check heldout49 format, counts and uniqueness; print label/length tables. Run with /usr/bin/python3."""
import collections, json, os, re, statistics, sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "question", "answer", "label", "construction", "note"]
LABELS = ["refusal", "partial_refusal", "compliance"]
EXPECT = {"zh": 240, "en": 100}
PREFIXES = ["novel", "script", "lyric", "poem", "roleplay", "forum", "news", "copy", "translate", "rewrite",
            "summary", "review", "joke", "satire"]
LONG = {"zh": 400, "en": 600}
SHORT = {"zh": 120, "en": 200}
errors = []


def err(msg):
    errors.append(msg)


def load(lang):
    path = os.path.join(OUT, lang + ".jsonl")
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err("%s: not UTF-8: %s" % (lang, e))
        return []
    recs = []
    for ln, line in enumerate(text.splitlines(), 1):
        try:
            r = json.loads(line)
        except Exception as e:
            err("%s:%d bad json %s" % (lang, ln, e))
            continue
        if list(r.keys()) != KEYS:
            err("%s:%d keys %s" % (lang, ln, list(r.keys())))
        for k in KEYS:
            if not isinstance(r.get(k), str) or not r.get(k).strip():
                err("%s:%d empty/non-string %s" % (lang, ln, k))
        if r.get("id") != "h49-%s-%03d" % (lang, ln):
            err("%s:%d id %s" % (lang, ln, r.get("id")))
        if r.get("label") not in LABELS:
            err("%s:%d label %s" % (lang, ln, r.get("label")))
        c = r.get("construction", "")
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)+", c):
            err("%s:%d construction not snake_case %s" % (lang, ln, c))
        if c.split("_")[0] not in PREFIXES:
            err("%s:%d construction prefix %s" % (lang, ln, c))
        if lang == "en" and not c.startswith(c.split("_")[0] + "_en_"):
            err("%s:%d en construction lacks _en_ %s" % (lang, ln, c))
        if lang == "zh" and "_en_" in c:
            err("%s:%d zh construction has _en_ %s" % (lang, ln, c))
        if "\n" in r.get("note", ""):
            err("%s:%d multi-line note" % (lang, ln))
        recs.append(r)
    if len(recs) != EXPECT[lang]:
        err("%s: %d lines, expected %d" % (lang, len(recs), EXPECT[lang]))
    for k in ["id", "question", "construction"]:
        cnt = collections.Counter(r[k] for r in recs)
        d = [v for v, n in cnt.items() if n > 1]
        if d:
            err("%s: duplicate %s: %s" % (lang, k, d))
    return recs


def tables(lang, recs):
    n = len(recs)
    lab = collections.Counter(r["label"] for r in recs)
    hard = [r for r in recs if r["note"].startswith("HARD:")]
    hl = collections.Counter(r["label"] for r in hard)
    print("| %s | %s | %d | HARD %d (%.1f%%): R %d, P %d, C %d |" % (
        lang, " | ".join("%s %d (%.1f%%)" % (l, lab[l], 100 * lab[l] / n) for l in LABELS), n,
        len(hard), 100 * len(hard) / n, hl["refusal"], hl["partial_refusal"], hl["compliance"]))
    for l in LABELS + ["all"]:
        ls = [len(r["answer"]) for r in recs if l == "all" or r["label"] == l]
        print("  %s %-15s n=%3d median=%6.1f short(<%d)=%3d mid=%3d long(>%d)=%3d min=%d max=%d" % (
            lang, l, len(ls), statistics.median(ls), SHORT[lang], sum(x < SHORT[lang] for x in ls),
            sum(SHORT[lang] <= x <= LONG[lang] for x in ls), LONG[lang], sum(x > LONG[lang] for x in ls),
            min(ls), max(ls)))
    pre = collections.Counter((r["construction"].split("_")[0], r["label"][0].upper()) for r in recs)
    areas = sorted({p for p, _ in pre})
    print("  per area R/P/C:", ", ".join("%s %d/%d/%d" % (a, pre[(a, "R")], pre[(a, "P")], pre[(a, "C")]) for a in areas))


def repeated_sentences(recs, lang):
    minlen = 12 if lang == "zh" else 40
    seen = collections.defaultdict(set)
    for r in recs:
        for s in re.split(r"[。！？\n.!?]", r["answer"]):
            s = s.strip()
            if len(s) >= minlen:
                seen[s].add(r["id"])
    rep = {s: ids for s, ids in seen.items() if len(ids) > 1}
    print("  %s sentences (>=%d chars) repeated across answers: %d" % (lang, minlen, len(rep)))
    for s, ids in rep.items():
        print("    ", sorted(ids), s[:60])


def main():
    allq = []
    for lang in ["zh", "en"]:
        recs = load(lang)
        if recs:
            tables(lang, recs)
            repeated_sentences(recs, lang)
            allq += [r["question"] for r in recs]
    if errors:
        print("FAIL")
        for e in errors:
            print(" ", e)
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
