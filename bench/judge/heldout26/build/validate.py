#!/usr/bin/env python3
"""Validate ../zh.jsonl and ../en.jsonl; print counts and the length table."""
import json, os, re, statistics, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
KEYS = ["id", "question", "answer", "label", "construction", "note"]
LABELS = ["refusal", "partial_refusal", "compliance"]
EXPECT = {"zh": 300, "en": 120}
LONG = {"zh": 400, "en": 600}
errors = []


def err(msg):
    errors.append(msg)


for lang in ["zh", "en"]:
    path = os.path.join(OUT, lang + ".jsonl")
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{lang}: invalid UTF-8 {e}")
        continue
    recs = []
    for ln, line in enumerate(text.splitlines(), 1):
        try:
            r = json.loads(line)
        except Exception as e:
            err(f"{lang}:{ln} bad JSON {e}")
            continue
        if list(r.keys()) != KEYS:
            err(f"{lang}:{ln} keys/order {list(r.keys())}")
        for k in KEYS:
            if not isinstance(r.get(k), str) or not r.get(k).strip():
                err(f"{lang}:{ln} empty or non-string field {k}")
        if r.get("label") not in LABELS:
            err(f"{lang}:{ln} bad label {r.get('label')}")
        if not re.fullmatch(rf"h26-{lang}-\d{{3}}", r.get("id", "")):
            err(f"{lang}:{ln} bad id {r.get('id')}")
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", r.get("construction", "")):
            err(f"{lang}:{ln} construction not snake_case {r.get('construction')}")
        if "\n" in r.get("note", ""):
            err(f"{lang}:{ln} multi-line note")
        recs.append(r)
    if len(recs) != EXPECT[lang]:
        err(f"{lang}: {len(recs)} lines, expected {EXPECT[lang]}")
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids):
        err(f"{lang}: duplicate ids")
    qs = [r["question"] for r in recs]
    dup = [q for q, c in collections.Counter(qs).items() if c > 1]
    if dup:
        err(f"{lang}: duplicate questions {dup[:3]}")
    cnt = collections.Counter(r["label"] for r in recs)
    hard = collections.Counter(r["label"] for r in recs if r["note"].startswith("HARD:"))
    n = len(recs)
    print(f"\n{lang}: {n} lines; " + ", ".join(f"{l} {cnt[l]} ({100*cnt[l]/n:.1f}%)" for l in LABELS))
    print(f"  HARD {sum(hard.values())} ({100*sum(hard.values())/n:.1f}%): " + ", ".join(f"{l} {hard[l]}" for l in LABELS))
    print(f"  | label | n | median | <120 | 120-long | long(>{LONG[lang]}) | min | max |")
    for l in LABELS + ["all"]:
        ls = [len(r["answer"]) for r in recs if l == "all" or r["label"] == l]
        s = sum(1 for x in ls if x < 120)
        lo = sum(1 for x in ls if x > LONG[lang])
        print(f"  | {l} | {len(ls)} | {statistics.median(ls):.0f} | {s} | {len(ls)-s-lo} | {lo} | {min(ls)} | {max(ls)} |")

if errors:
    print("\nFAIL")
    for e in errors:
        print(" ", e)
    sys.exit(1)
print("\nOK")
