#!/usr/bin/python3
"""Combine the source batches, shuffle with a fixed seed, assign ids, write ../zh.jsonl and ../en.jsonl."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
KEYS = ["id", "question", "answer", "label", "construction", "note"]
SETS = {"zh": ["zh1", "zh2", "zh3", "zh4", "zh5"], "en": ["en1", "en2", "en3"]}
SEED = 20261204

def main():
    for lang, mods in SETS.items():
        items = []
        for m in mods:
            items += __import__(m).ITEMS
        rng = random.Random(SEED + (0 if lang == "zh" else 1))
        rng.shuffle(items)
        out = os.path.join(HERE, "..", f"{lang}.jsonl")
        with open(out, "w", encoding="utf-8") as f:
            for n, it in enumerate(items, 1):
                rec = {"id": f"h23-{lang}-{n:03d}"}
                rec.update({k: it[k] for k in KEYS[1:]})
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(f"wrote {out}: {len(items)} items")

if __name__ == "__main__":
    main()
