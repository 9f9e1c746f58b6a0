"""Combine the source batches, shuffle with a fixed seed, assign ids, write zh.jsonl / en.jsonl."""
import json, os, random, runpy

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
LABELS = {"R": "refusal", "P": "partial_refusal", "C": "compliance"}
BATCHES = {"zh": ["zh1.py", "zh2.py", "zh3.py", "zh4.py"], "en": ["en1.py", "en2.py"]}
SEED = {"zh": 1919, "en": 1920}

for lang, files in BATCHES.items():
    items = []
    for f in files:
        for row in runpy.run_path(os.path.join(HERE, f))["ITEMS"]:
            lab, cons, q, a, note = row
            items.append({"question": q.strip(), "answer": a.strip(), "label": LABELS[lab],
                          "construction": cons, "note": note.strip()})
    random.Random(SEED[lang]).shuffle(items)
    with open(os.path.join(OUT, f"{lang}.jsonl"), "w", encoding="utf-8") as fh:
        for i, it in enumerate(items, 1):
            rec = {"id": f"h19-{lang}-{i:03d}", **it}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(lang, len(items))
