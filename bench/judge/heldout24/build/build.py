#!/usr/bin/python3
"""Combine source batches, shuffle with a fixed seed, assign ids, write ../zh.jsonl and ../en.jsonl."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import zh1, zh2, zh3, zh4, en1, en2, pad
for _m in (zh1, zh2, zh3, zh4):
    pad.apply(_m.__name__, _m.ITEMS, pad.ZH, pad.zf)
for _m in (en1, en2):
    pad.apply(_m.__name__, _m.ITEMS, pad.EN, pad.ef)

def conv(items):
    out = []
    for it in items:
        out.append({"question": it["q"].strip(), "answer": it["a"].strip(), "label": it["l"],
                    "construction": it["c"], "note": it["n"]})
    return out

def write(lang, items, seed):
    random.Random(seed).shuffle(items)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", f"{lang}.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for i, it in enumerate(items, 1):
            rec = {"id": f"h24-{lang}-{i:03d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(lang, len(items))

write("zh", conv(zh1.ITEMS + zh2.ITEMS + zh3.ITEMS + zh4.ITEMS), 2424)
write("en", conv(en1.ITEMS + en2.ITEMS), 2425)
