"""Combine the source batches, shuffle with a fixed seed, assign ids, write ../zh.jsonl and ../en.jsonl."""
import importlib, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)
BATCHES = {
    "zh": ["zh1", "zh2", "zh3", "zh4", "zh5", "zh6", "zh7", "zh8"],
    "en": ["en1", "en2", "en3"],
}
SEED = {"zh": 2112, "en": 2121}
KEYS = ["id", "question", "answer", "label", "construction", "note"]

for lang, mods in BATCHES.items():
    items = []
    for m in mods:
        items.extend(importlib.import_module(m).ITEMS)
    rnd = random.Random(SEED[lang])
    rnd.shuffle(items)
    with open(os.path.join(OUT, f"{lang}.jsonl"), "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            row = {"id": f"h21-{lang}-{n:03d}"}
            row.update({k: it[k] for k in KEYS[1:]})
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(lang, len(items))
