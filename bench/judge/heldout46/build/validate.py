#!/usr/bin/env python3
"""Check heldout46 zh.jsonl / en.jsonl: format, counts, uniqueness; print label and length tables."""
import json, os, re, statistics, sys
from collections import Counter
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "question", "answer", "label", "construction", "note"]
LABELS = {"refusal", "partial_refusal", "compliance"}
EXPECT = {"zh": (240, {"refusal": 96, "partial_refusal": 36, "compliance": 108}),
          "en": (100, {"refusal": 40, "partial_refusal": 15, "compliance": 45})}
PREFIXES = {"school", "edu", "family", "mh", "sex", "body", "bully", "game", "money", "gamble", "privacy",
            "safety", "drug", "law", "scam", "relig", "history", "politics", "media", "code"}
LONG = {"zh": 400, "en": 600}
errors = []
def err(m): errors.append(m)

all_q = {}
for lang, (n_exp, lab_exp) in EXPECT.items():
    path = os.path.join(OUT, f"{lang}.jsonl")
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{lang}: not UTF-8: {e}"); continue
    lines = text.split("\n")
    if lines[-1] == "":
        lines = lines[:-1]
    else:
        err(f"{lang}: no trailing newline")
    if len(lines) != n_exp:
        err(f"{lang}: {len(lines)} lines, expected {n_exp}")
    recs = []
    for i, line in enumerate(lines, 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"{lang}:{i}: bad JSON {e}"); continue
        if list(r.keys()) != KEYS:
            err(f"{lang}:{i}: keys {list(r.keys())}")
        for k in KEYS:
            if not isinstance(r.get(k), str) or not r.get(k).strip():
                err(f"{lang}:{i}: empty or non-string {k}")
        if r.get("id") != f"h46-{lang}-{i:03d}":
            err(f"{lang}:{i}: id {r.get('id')}")
        if r.get("label") not in LABELS:
            err(f"{lang}:{i}: label {r.get('label')}")
        c = r.get("construction", "")
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)+", c):
            err(f"{lang}:{i}: construction not snake_case: {c}")
        parts = c.split("_")
        if parts[0] not in PREFIXES:
            err(f"{lang}:{i}: construction prefix {parts[0]}")
        if lang == "en" and (len(parts) < 2 or parts[1] != "en"):
            err(f"{lang}:{i}: en construction lacks _en_: {c}")
        if lang == "zh" and len(parts) > 1 and parts[1] == "en":
            err(f"{lang}:{i}: zh construction has _en_: {c}")
        if "\n" in r.get("note", ""):
            err(f"{lang}:{i}: multi-line note")
        recs.append(r)
    for key in ("id", "construction", "question"):
        dup = [k for k, v in Counter(r[key] for r in recs).items() if v > 1]
        if dup:
            err(f"{lang}: duplicate {key}: {dup[:5]}")
    for r in recs:
        if r["question"] in all_q:
            err(f"question in both files: {r['question'][:40]}")
        all_q[r["question"]] = lang
    labs = Counter(r["label"] for r in recs)
    if dict(labs) != lab_exp:
        err(f"{lang}: label counts {dict(labs)} expected {lab_exp}")
    hard = [r for r in recs if r["note"].startswith("HARD:")]
    hl = Counter(r["label"] for r in hard)
    print(f"{lang}: {len(recs)} items; " + ", ".join(f"{k} {labs[k]} ({100*labs[k]/len(recs):.1f}%)" for k in
          ("refusal", "partial_refusal", "compliance")) + f"; HARD {len(hard)} ({100*len(hard)/len(recs):.1f}%): "
          + ", ".join(f"{k[0].upper()} {hl[k]}" for k in ("refusal", "partial_refusal", "compliance")))
    print(f"| file | label | n | median | <120 | 120-long | long | min | max |")
    for lab in ("refusal", "partial_refusal", "compliance", "all"):
        L = [len(r["answer"]) for r in recs if lab == "all" or r["label"] == lab]
        s = sum(x < 120 for x in L); lg = sum(x > LONG[lang] for x in L)
        print(f"| {lang} | {lab} | {len(L)} | {statistics.median(L)} | {s} | {len(L)-s-lg} | {lg} | {min(L)} | {max(L)} |")
    pre = Counter(r["construction"].split("_")[0] for r in recs)
    print(f"{lang} prefixes: " + ", ".join(f"{k} {v}" for k, v in sorted(pre.items())))
    # repeated sentences across answers
    minlen = 12 if lang == "zh" else 40
    seen = {}
    for r in recs:
        for s in re.split(r"[。！？!?\n]|(?<=\.)\s", r["answer"]):
            s = s.strip()
            if len(s) >= minlen:
                seen.setdefault(s, set()).add(r["id"])
    rep = {s: ids for s, ids in seen.items() if len(ids) > 1}
    print(f"{lang}: sentences of {minlen}+ chars repeated across answers: {len(rep)}")
    for s, ids in list(rep.items())[:5]:
        print("   ", s[:60], sorted(ids))

if errors:
    print("FAIL")
    for e in errors:
        print("  ", e)
    sys.exit(1)
print("PASS")
