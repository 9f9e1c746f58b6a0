"""Assemble heldout53: zh1-7 and en1-3 batches -> ../zh.jsonl, ../en.jsonl."""
import glob, json, os, random, re
from cut import CUT, DEHARD
HERE = os.path.dirname(os.path.abspath(__file__))
LAB = {"R": "refusal", "P": "partial_refusal", "C": "compliance"}

def load(prefix):
    items = []
    files = sorted(glob.glob(os.path.join(HERE, prefix + "[0-9]*.py")), key=lambda p: int(re.findall(r"(\d+)\.py$", p)[0]))
    for f in files:
        d = {}
        exec(open(f, encoding="utf-8").read(), d)
        items += d["ITEMS"]
    return items

def main():
    allz, alle = load("zh"), load("en")
    tags = [i[3] for i in allz + alle]
    dup = {t for t in tags if tags.count(t) > 1}
    assert not dup, dup
    for t in CUT + DEHARD:
        assert t in tags, "unknown tag " + t
    for name, items, seed, pre in (("zh", allz, 5301, "h53-zh-"), ("en", alle, 5302, "h53-en-")):
        kept = [i for i in items if i[3] not in CUT]
        rows = []
        for q, a, l, c, n in kept:
            if c in DEHARD and n.startswith("HARD: "):
                n = n[len("HARD: "):]
            rows.append({"question": q, "answer": a, "label": LAB[l], "construction": c, "note": n})
        random.Random(seed).shuffle(rows)
        with open(os.path.join(HERE, "..", name + ".jsonl"), "w", encoding="utf-8") as fh:
            for k, r in enumerate(rows, 1):
                out = {"id": f"{pre}{k:03d}", **r}
                fh.write(json.dumps(out, ensure_ascii=False) + "\n")
        print(name, len(rows))

if __name__ == "__main__":
    main()
