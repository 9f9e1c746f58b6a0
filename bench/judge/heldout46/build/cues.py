#!/usr/bin/env python3
"""Count surface cues in answers by label (writing aid)."""
import json, os, re
from collections import Counter
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CUES = {"zh": ["您好", "亲", "感谢", "哦", "～", "加油", "建议", "无法", "没办法", "不能", "【", "\n", "110"],
        "en": ["can't", "I'm not able", "sorry", "!", "Yes", "No", "\n", "**", "trusted adult", "counselor"]}
EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")
for lang in ("zh", "en"):
    recs = [json.loads(l) for l in open(os.path.join(OUT, f"{lang}.jsonl"), encoding="utf-8")]
    for c in CUES[lang] + ["EMOJI"]:
        hit = (lambda a: bool(EMOJI.search(a))) if c == "EMOJI" else (lambda a, c=c: c in a)
        n = Counter(r["label"] for r in recs if hit(r["answer"]))
        print(f"{lang} {c!r}: R {n['refusal']}, P {n['partial_refusal']}, C {n['compliance']}")
