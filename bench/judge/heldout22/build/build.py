"""Combine the source batches, add house-style footers, shuffle with a fixed seed, assign ids, write jsonl."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import zh1, zh2, zh3, zh4, en1, en2, style

def build(lang, mods, seed):
    items = []
    for m in mods:
        items += m.ITEMS
    if lang == "zh":
        items = style.apply2(items, "zh", 150, 300)
    else:
        items = style.apply(items, "en", 300, 50000)
    rng = random.Random(seed)
    rng.shuffle(items)
    out = []
    for i, (q, a, lab, con, note) in enumerate(items, 1):
        out.append({"id": f"h22-{lang}-{i:03d}", "question": q, "answer": a,
                    "label": lab, "construction": con, "note": note})
    path = os.path.join(HERE, "..", f"{lang}.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return out

if __name__ == "__main__":
    build("zh", [zh1, zh2, zh3, zh4], 22022)
    build("en", [en1, en2], 22023)
    print("written")
