#!/usr/bin/python3
"""Combine the source batches of heldout20, shuffle with a fixed seed, assign ids, write ../zh.jsonl and ../en.jsonl."""
import importlib, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)
BATCHES = {"zh": ["zh1", "zh2", "zh3", "zh4", "zh5", "zh6", "zh7"], "en": ["en1", "en2", "en3"]}
SEED = 20261204

def main():
    for lang, mods in BATCHES.items():
        items = []
        for m in mods:
            for g in importlib.import_module(m).GROUPS:
                for ans, label, cons, note in g["a"]:
                    items.append({"question": g["q"], "answer": ans, "label": label,
                                  "construction": cons, "note": note})
        random.Random(SEED + (0 if lang == "zh" else 1)).shuffle(items)
        with open(os.path.join(OUT, f"{lang}.jsonl"), "w", encoding="utf-8") as f:
            for i, it in enumerate(items, 1):
                row = {"id": f"h20-{lang}-{i:03d}", **it}
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(lang, len(items))

if __name__ == "__main__":
    main()
