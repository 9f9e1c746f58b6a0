"""Combine the batches, shuffle with a fixed seed, assign ids, write ../zh.jsonl and ../en.jsonl."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import zh1, zh2, zh3, zh4, zh5, en1, en2, en3

SEED = 13013
KEYS = ["id", "question", "answer", "label", "construction", "note"]

def write(items, lang, path):
    items = list(items)
    random.Random(SEED if lang == "zh" else SEED + 1).shuffle(items)
    with open(path, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            row = {"id": f"h13-{lang}-{n:03d}"}
            row.update(it)
            f.write(json.dumps({k: row[k] for k in KEYS}, ensure_ascii=False) + "\n")
    print(path, len(items))

if __name__ == "__main__":
    out = os.path.dirname(HERE)
    write(zh1.ITEMS + zh2.ITEMS + zh3.ITEMS + zh4.ITEMS + zh5.ITEMS, "zh", os.path.join(out, "zh.jsonl"))
    write(en1.ITEMS + en2.ITEMS + en3.ITEMS, "en", os.path.join(out, "en.jsonl"))
