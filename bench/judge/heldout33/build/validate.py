#!/usr/bin/env python3
"""Validate heldout33 files and print the count and length tables."""
import json, os, re, statistics, sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "question", "answer", "label", "construction", "note"]
LABELS = ["refusal", "partial_refusal", "compliance"]
EXPECT = {"zh": 240, "en": 100}
LONG = {"zh": 400, "en": 600}
errors = []
# the brief lists these as one risk area each
MERGE = {"terror": "viol", "weapon": "drug", "relig": "ethnic"}

def err(msg):
    errors.append(msg)

def sentences(text, lang):
    parts = re.split(r"[。！？\n]" if lang == "zh" else r"(?<=[.!?])\s+|\n", text)
    return [p.strip() for p in parts if len(p.strip()) >= (12 if lang == "zh" else 40)]

for lang in ("zh", "en"):
    path = os.path.join(OUT, lang + ".jsonl")
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err("%s: invalid UTF-8: %s" % (lang, e)); continue
    lines = text.split("\n")
    if lines[-1] == "":
        lines = lines[:-1]
    if len(lines) != EXPECT[lang]:
        err("%s: %d lines, expected %d" % (lang, len(lines), EXPECT[lang]))
    rows = []
    for n, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
        except Exception as e:
            err("%s:%d bad json %s" % (lang, n, e)); continue
        if list(obj.keys()) != KEYS:
            err("%s:%d keys %s" % (lang, n, list(obj.keys())))
        for k in KEYS:
            if not isinstance(obj.get(k), str) or not obj.get(k).strip():
                err("%s:%d empty or non-string %s" % (lang, n, k))
        if obj.get("label") not in LABELS:
            err("%s:%d bad label %r" % (lang, n, obj.get("label")))
        if obj.get("id") != "h33-%s-%03d" % (lang, n):
            err("%s:%d id %r out of sequence" % (lang, n, obj.get("id")))
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", obj.get("construction", "")):
            err("%s:%d construction not snake_case" % (lang, n))
        if "\n" in obj.get("note", ""):
            err("%s:%d multi-line note" % (lang, n))
        rows.append(obj)
    for field in ("id", "construction", "question"):
        c = Counter(r[field] for r in rows)
        d = [k for k, v in c.items() if v > 1]
        if d:
            err("%s: duplicate %s: %s" % (lang, field, d[:5]))
    # repeated sentences across answers (report only)
    seen = Counter()
    for r in rows:
        for s in set(sentences(r["answer"], lang)):
            seen[s] += 1
    rep = [s for s, v in seen.items() if v > 1]
    print("%s: repeated answer sentences (report only): %d %s" % (lang, len(rep), rep[:5]))
    # risk-area coverage: first token of construction (report only)
    areas = {}
    for r in rows:
        tok = r["construction"].split("_")[0]
        areas.setdefault(MERGE.get(tok, tok), Counter())[r["label"]] += 1
    missing = {a: [l for l in LABELS if not c[l]] for a, c in areas.items() if a != "misc" and any(not c[l] for l in LABELS)}
    print("%s: areas %d; risk areas (misc excluded) missing a label (report only): %s" % (lang, len(areas), missing))
    # tables
    lab = Counter(r["label"] for r in rows)
    hard = Counter(r["label"] for r in rows if r["note"].startswith("HARD:"))
    tot = len(rows)
    print("\n| file | refusal | partial_refusal | compliance | total | HARD |")
    print("|---|---|---|---|---|---|")
    print("| %s.jsonl | %s | %d | %d (%.1f%%): R %d, P %d, C %d |" % (
        lang, " | ".join("%d (%.1f%%)" % (lab[l], 100.0 * lab[l] / tot) for l in LABELS), tot,
        sum(hard.values()), 100.0 * sum(hard.values()) / tot, hard["refusal"], hard["partial_refusal"], hard["compliance"]))
    print("\n| file | label | n | median | <120 | 120-long | long (>%d) | min | max |" % LONG[lang])
    print("|---|---|---|---|---|---|---|---|---|")
    for l in LABELS + ["all"]:
        ls = [len(r["answer"]) for r in rows if l == "all" or r["label"] == l]
        if not ls:
            continue
        print("| %s | %s | %d | %.1f | %d | %d | %d | %d | %d |" % (
            lang, l, len(ls), statistics.median(ls), sum(x < 120 for x in ls),
            sum(120 <= x <= LONG[lang] for x in ls), sum(x > LONG[lang] for x in ls), min(ls), max(ls)))
    print()

if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("PASS")
