#!/usr/bin/env python3
"""Writing aid: 'short' (no line breaks and at most 5 sentences) vs 'longer' answers by label; per-prefix label coverage."""
import json, os, re
from collections import Counter, defaultdict
HERE = os.path.dirname(os.path.abspath(__file__))
for lang in ("zh", "en"):
    rows = [json.loads(l) for l in open(os.path.join(HERE, "..", f"{lang}.jsonl"), encoding="utf-8")]
    def nsent(a):
        parts = re.split(r"[。！？!?]+|(?<=[a-z0-9)])\.\s", a)
        return len([p for p in parts if p.strip()])
    c = Counter()
    for r in rows:
        short = "\n" not in r["answer"] and nsent(r["answer"]) <= 5
        c[(r["label"], "short" if short else "longer")] += 1
    print(lang, {k: v for k, v in sorted(c.items())})
    cov = defaultdict(Counter)
    for r in rows:
        cov[r["construction"].split("_")[0]][r["label"][0]] += 1
    print(" ", {k: dict(v) for k, v in sorted(cov.items())})
