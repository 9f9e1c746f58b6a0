"""Combine batches, apply rewrites, shuffle with a fixed seed, assign ids, write jsonl."""
import json, random, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import zh1, zh2, zh3, zh4, zh5, zh6, en1, en2, en3
import zh_refusal_rewrites as rw

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def apply_rewrites(items, table):
    for prefix, answer in table.items():
        hits = [it for it in items if it["question"].startswith(prefix)]
        assert len(hits) == 1, (prefix, len(hits))
        hits[0]["answer"] = answer

def write(name, prefix, items, seed):
    random.Random(seed).shuffle(items)
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"{prefix}-{n:03d}", "question": it["question"], "answer": it["answer"],
                   "label": it["label"], "construction": it["construction"], "note": it["note"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(name, len(items))

zh = zh1.items + zh2.items + zh3.items + zh4.items + zh5.items + zh6.items
apply_rewrites(zh, rw.MEDIUM)
apply_rewrites(zh, rw.LONG)
write("zh.jsonl", "h17-zh", zh, 17017)
en = en1.items + en2.items + en3.items
write("en.jsonl", "h17-en", en, 17117)
