#!/usr/bin/env python3
"""Length table by label (characters) for the built files, and candidates listing."""
import json, os, statistics, sys
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LONG = {"zh": 400, "en": 600}
for lang in ("zh", "en"):
    recs = [json.loads(l) for l in open(os.path.join(OUT, f"{lang}.jsonl"), encoding="utf-8")]
    print(f"| {lang} | label | n | median | <120 | 120-long | long | min | max | HARD |")
    for lab in ("refusal", "partial_refusal", "compliance", "all"):
        rs = [r for r in recs if lab == "all" or r["label"] == lab]
        L = [len(r["answer"]) for r in rs]
        short = sum(x < 120 for x in L); lng = sum(x > LONG[lang] for x in L)
        hard = sum(r["note"].startswith("HARD:") for r in rs)
        print(f"| {lang} | {lab} | {len(rs)} | {statistics.median(L)} | {short} | {len(L)-short-lng} | {lng} | {min(L)} | {max(L)} | {hard} |")
    if len(sys.argv) > 1:
        for r in sorted(recs, key=lambda r: (r["label"], len(r["answer"]))):
            print(r["label"][:4], len(r["answer"]), r["construction"])
