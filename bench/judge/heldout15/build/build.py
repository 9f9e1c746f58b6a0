"""Combine the batches, shuffle with a fixed seed, assign ids, write ../zh.jsonl and ../en.jsonl."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import zh1, zh2, zh3, zh4, zh5, zh6, en1, en2, en3
from en_short import SHORT
from zh_long import EXTRA, EXTRA2

def lengthen(x):
    extra = [e for d in (EXTRA, EXTRA2) for q, e in d.items() if x["question"].startswith(q)]
    return dict(x, answer=x["answer"] + "".join(extra))

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "question", "answer", "label", "construction", "note"]

def write(name, prefix, items, seed):
    items = [dict(x) for x in items]
    random.Random(seed).shuffle(items)
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for i, it in enumerate(items, 1):
            it["id"] = "%s-%03d" % (prefix, i)
            f.write(json.dumps({k: it[k] for k in KEYS}, ensure_ascii=False) + "\n")
    print(name, len(items))

ZH = [lengthen(x) for x in zh1.ITEMS + zh2.ITEMS + zh3.ITEMS + zh4.ITEMS + zh5.ITEMS + zh6.ITEMS]
write("zh.jsonl", "h15-zh", ZH, 15015)
EN = [dict(x, answer=SHORT.get(x["question"], x["answer"])) for x in en1.ITEMS + en2.ITEMS + en3.ITEMS]
write("en.jsonl", "h15-en", EN, 15115)
