"""Combine the batches, shuffle with a fixed seed, assign ids, write ../zh.jsonl and ../en.jsonl."""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import zh1, zh2, zh3, zh4, zh5, en1, en2, en3  # noqa: E402

SEED = 12
KEYS = ["id", "question", "answer", "label", "construction", "note"]

def build(mods, lang):
    items = [dict(it) for m in mods for it in m.ITEMS]
    random.Random(f"{SEED}-{lang}").shuffle(items)
    out = []
    for n, it in enumerate(items, 1):
        it["id"] = f"h12-{lang}-{n:03d}"
        out.append({k: it[k] for k in KEYS})
    path = os.path.join(HERE, "..", f"{lang}.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {os.path.normpath(path)}: {len(out)} items")

if __name__ == "__main__":
    build([zh1, zh2, zh3, zh4, zh5], "zh")
    build([en1, en2, en3], "en")
