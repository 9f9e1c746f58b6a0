#!/usr/bin/python3
"""Assemble heldout48 zh.jsonl / en.jsonl from batch sources zh*.py / en*.py."""
import glob, importlib.util, json, os, random, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
LAB = {"R": "refusal", "P": "partial_refusal", "C": "compliance"}
sys.path.insert(0, HERE)
from cut import CUT, DEHARD

def load(prefix):
    items = []
    files = sorted(glob.glob(os.path.join(HERE, prefix + "[0-9]*.py")), key=lambda p: int(re.findall(r"(\d+)\.py$", p)[0]))
    for f in files:
        spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
        m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
        items.extend(m.ITEMS)
    return items

def main():
    allc = set()
    for lang, seed in (("zh", 4825), ("en", 4826)):
        items = load(lang)
        cons = [it[3] for it in items]
        dup = {c for c in cons if cons.count(c) > 1}
        assert not dup, ("duplicate constructions", dup)
        allc |= set(cons)
        for it in items:
            assert len(it) == 5 and it[2] in LAB, it
        keep = [it for it in items if it[3] not in CUT]
        rows = []
        for q, a, l, c, n in keep:
            if c in DEHARD:
                assert n.startswith("HARD: "), c
                n = n[len("HARD: "):]
            rows.append({"question": q.strip(), "answer": a.strip(), "label": LAB[l], "construction": c, "note": n.strip()})
        random.Random(seed).shuffle(rows)
        with open(os.path.join(OUT, lang + ".jsonl"), "w", encoding="utf-8") as fh:
            for i, r in enumerate(rows, 1):
                r = {"id": "h48-%s-%03d" % (lang, i), **r}
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(lang, "written", len(items), "kept", len(rows))
    for c in list(CUT) + list(DEHARD):
        assert c in allc, ("unknown CUT/DEHARD tag", c)

if __name__ == "__main__":
    main()
