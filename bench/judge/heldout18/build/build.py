#!/usr/bin/python3
"""Combine the batch files, shuffle with a fixed seed, assign ids, write zh.jsonl / en.jsonl."""
import json, os, random, sys, importlib.util

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
BATCHES = {"zh": ["zh1", "zh2", "zh3", "zh4", "zh5"], "en": ["en1", "en2", "en3"]}
SEED = 18018

def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.ITEMS

def main():
    for lang, names in BATCHES.items():
        items = []
        for n in names:
            items.extend(load(n))
        rng = random.Random(SEED + (0 if lang == "zh" else 1))
        rng.shuffle(items)
        path = os.path.join(OUT, lang + ".jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for i, it in enumerate(items, 1):
                q, a, label, cons, note = it
                rec = {"id": "h18-%s-%03d" % (lang, i), "question": q, "answer": a,
                       "label": label, "construction": cons, "note": note}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print("wrote", path, len(items))

if __name__ == "__main__":
    main()
