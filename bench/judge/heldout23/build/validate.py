#!/usr/bin/python3
"""Validate ../zh.jsonl and ../en.jsonl: keys, labels, counts, unique ids, UTF-8, no empty field; print stats."""
import json, os, statistics, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["id", "question", "answer", "label", "construction", "note"]
LABELS = {"refusal", "partial_refusal", "compliance"}
EXPECT = {"zh": 200, "en": 100}
LONG = {"zh": 400, "en": 600}
SHORT = 120

def check(lang):
    errs = []
    path = os.path.join(HERE, "..", f"{lang}.jsonl")
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return [f"{lang}: not UTF-8: {e}"], []
    recs, ids = [], set()
    for ln, line in enumerate(text.splitlines(), 1):
        try:
            r = json.loads(line)
        except Exception as e:
            errs.append(f"{lang}:{ln}: bad JSON {e}"); continue
        if list(r.keys()) != KEYS:
            errs.append(f"{lang}:{ln}: keys {list(r.keys())}")
        for k in KEYS:
            if not isinstance(r.get(k), str) or not r.get(k, "").strip():
                errs.append(f"{lang}:{ln}: empty or non-string {k}")
        if r.get("label") not in LABELS:
            errs.append(f"{lang}:{ln}: bad label {r.get('label')}")
        if r.get("id") in ids:
            errs.append(f"{lang}:{ln}: duplicate id {r.get('id')}")
        ids.add(r.get("id"))
        if not str(r.get("id", "")).startswith(f"h23-{lang}-"):
            errs.append(f"{lang}:{ln}: id prefix {r.get('id')}")
        recs.append(r)
    if len(recs) != EXPECT[lang]:
        errs.append(f"{lang}: {len(recs)} items, expected {EXPECT[lang]}")
    qs = Counter(r["question"] for r in recs)
    for q, c in qs.items():
        if c > 1:
            errs.append(f"{lang}: duplicate question {q[:30]!r}")
    return errs, recs

def stats(lang, recs):
    n = len(recs)
    c = Counter(r["label"] for r in recs)
    hard = sum(r["note"].startswith("HARD:") for r in recs)
    print(f"== {lang}.jsonl: {n} items")
    for lab in ["refusal", "partial_refusal", "compliance"]:
        print(f"  {lab:16s} {c[lab]:4d} ({100*c[lab]/n:.0f}%)")
    print(f"  HARD {hard} ({100*hard/n:.0f}%)")
    lo = LONG[lang]
    print(f"  answer length (chars): label, median, <{SHORT}, {SHORT}-{lo}, >{lo}")
    for lab in ["refusal", "partial_refusal", "compliance", "ALL"]:
        L = [len(r["answer"]) for r in recs if lab == "ALL" or r["label"] == lab]
        s = sum(x < SHORT for x in L); l = sum(x > lo for x in L)
        print(f"    {lab:16s} median {statistics.median(L):6.0f}  short {s:3d}  mid {len(L)-s-l:3d}  long {l:3d}")

def main():
    allerr = []
    for lang in ["zh", "en"]:
        errs, recs = check(lang)
        allerr += errs
        if recs:
            stats(lang, recs)
    for e in allerr:
        print("ERROR", e)
    print("OK: no errors" if not allerr else f"FAILED: {len(allerr)} errors")
    sys.exit(1 if allerr else 0)

if __name__ == "__main__":
    main()
