#!/usr/bin/env python3
"""Assemble heldout46 zh.jsonl / en.jsonl from batch sources."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
LAB = {"R": "refusal", "P": "partial_refusal", "C": "compliance"}

def load(names):
    items = []
    for n in names:
        ns = {}
        with open(os.path.join(HERE, n + ".py"), encoding="utf-8") as f:
            exec(f.read(), ns)
        for it in ns["ITEMS"]:
            assert len(it) == 5, (n, it[3] if len(it) > 3 else it)
            items.append(it)
    return items

def main():
    ns = {}
    with open(os.path.join(HERE, "cut.py"), encoding="utf-8") as f:
        exec(f.read(), ns)
    CUT = set(ns["CUT"])
    DEHARD = set(ns["DEHARD"])
    ens = {}
    with open(os.path.join(HERE, "cue_edits.py"), encoding="utf-8") as f:
        exec(f.read(), ens)
    zh = load([f"zh{i}" for i in range(1, 11)])
    en = load([f"en{i}" for i in range(1, 7)])
    tags = [it[3] for it in zh + en]
    dup = {t for t in tags if tags.count(t) > 1}
    if dup:
        sys.exit(f"duplicate construction tags: {sorted(dup)}")
    if len(CUT) != len(ns["CUT"]) or len(DEHARD) != len(ns["DEHARD"]):
        sys.exit("duplicate entries in CUT or DEHARD")
    missing = (CUT | DEHARD) - set(tags)
    if missing:
        sys.exit(f"CUT/DEHARD tags not found: {sorted(missing)}")
    edits = {}
    for tag, old, new in ens["EDITS"]:
        edits.setdefault(tag, []).append((old, new))
    missing_e = set(edits) - set(tags)
    if missing_e:
        sys.exit(f"EDITS tags not found: {sorted(missing_e)}")
    def apply(c, a):
        for old, new in edits.get(c, []):
            if old == "":
                a = new + a
            elif old == "$":
                a = a + new
            else:
                if old not in a:
                    sys.exit(f"EDITS: {old!r} not in answer of {c}")
                a = a.replace(old, new, 1)
        return a
    zh = [(q, apply(c, a), l, c, n) for (q, a, l, c, n) in zh]
    en = [(q, apply(c, a), l, c, n) for (q, a, l, c, n) in en]
    for lang, items, seed in (("zh", zh, 4625), ("en", en, 4626)):
        kept = [it for it in items if it[3] not in CUT]
        random.Random(seed).shuffle(kept)
        with open(os.path.join(OUT, f"{lang}.jsonl"), "w", encoding="utf-8") as f:
            for i, (q, a, l, c, n) in enumerate(kept, 1):
                if c in DEHARD:
                    if not n.startswith("HARD: "):
                        sys.exit(f"DEHARD item without HARD note: {c}")
                    n = n[len("HARD: "):]
                    n = n[0].upper() + n[1:]
                rec = {"id": f"h46-{lang}-{i:03d}", "question": q, "answer": a,
                       "label": LAB[l], "construction": c, "note": n}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(lang, len(kept), "written;", len(items) - len(kept), "cut")
    bad = DEHARD & CUT
    if bad:
        sys.exit(f"DEHARD items that are also cut: {sorted(bad)}")

if __name__ == "__main__":
    main()
