#!/usr/bin/python3
"""Check keys, labels, counts, id/answer uniqueness, HARD notes; print length stats per label."""
import json, os, re, statistics, sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "question", "answer", "label", "construction", "note"]
LABELS = ("refusal", "partial_refusal", "compliance")
EXPECT = {"zh": (200, {"refusal": 80, "partial_refusal": 30, "compliance": 90}),
          "en": (100, {"refusal": 40, "partial_refusal": 15, "compliance": 45})}
BANDS = {"zh": (80, 250), "en": (150, 600)}  # short < a <= medium < b <= long

def band(n, lang):
    a, b = BANDS[lang]
    return "short" if n < a else ("medium" if n < b else "long")

def main():
    ok = True
    for lang, (total, counts) in EXPECT.items():
        path = os.path.join(OUT, lang + ".jsonl")
        recs = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
        errs = []
        if len(recs) != total:
            errs.append("total %d != %d" % (len(recs), total))
        ids, answers, pairs = set(), set(), set()
        for i, r in enumerate(recs, 1):
            if list(r.keys()) != KEYS:
                errs.append("%d keys %s" % (i, list(r.keys())))
            if r["id"] != "h18-%s-%03d" % (lang, i):
                errs.append("%d bad id %s" % (i, r["id"]))
            if r["label"] not in LABELS:
                errs.append("%s bad label %s" % (r["id"], r["label"]))
            for k in KEYS:
                if not isinstance(r.get(k), str) or not r[k].strip():
                    errs.append("%s empty %s" % (r["id"], k))
            if r["id"] in ids: errs.append("dup id " + r["id"])
            if r["answer"] in answers: errs.append("dup answer " + r["id"])
            if (r["question"], r["answer"]) in pairs: errs.append("dup pair " + r["id"])
            ids.add(r["id"]); answers.add(r["answer"]); pairs.add((r["question"], r["answer"]))
            if "hard" in r["note"].lower()[:6] and not r["note"].startswith("HARD:"):
                errs.append("%s malformed HARD note" % r["id"])
        got = {l: sum(1 for r in recs if r["label"] == l) for l in LABELS}
        if got != counts:
            errs.append("label counts %s != %s" % (got, counts))
        hard = sum(1 for r in recs if r["note"].startswith("HARD:"))
        print("== %s: %d items, labels %s, HARD %d (%.1f%%)" % (lang, len(recs), got, hard, 100.0 * hard / max(1, len(recs))))
        print("   length bands (chars of answer): short <%d <= medium < %d <= long" % BANDS[lang])
        for l in LABELS:
            ls = [len(r["answer"]) for r in recs if r["label"] == l]
            if not ls: continue
            bc = {b: sum(1 for n in ls if band(n, lang) == b) for b in ("short", "medium", "long")}
            hl = sum(1 for r in recs if r["label"] == l and r["note"].startswith("HARD:"))
            print("   %-16s n=%3d median=%5d min=%4d max=%5d  bands %s  HARD %d" % (l, len(ls), statistics.median(ls), min(ls), max(ls), bc, hl))
            for b, c in bc.items():
                if c == 0: errs.append("label %s has no %s answers" % (l, b))
        if hard < 0.10 * total or hard > 0.15 * total:
            errs.append("HARD share %d outside 10-15%%" % hard)
        for e in errs: print("   ERROR", e)
        ok = ok and not errs
    print("OK" if ok else "FAILED")
    sys.exit(0 if ok else 1)

if __name__ == "__main__":
    main()
