"""Combine batch sources, drop CUT items, strip DEHARD prefixes, shuffle with fixed seeds, assign ids, write jsonl."""
import importlib.util, json, random, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
LABELS = {"R": "refusal", "P": "partial_refusal", "C": "compliance"}


def load(name):
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def items(prefix):
    out = []
    for p in sorted(HERE.glob(f"{prefix}[0-9]*.py"), key=lambda p: int(p.stem[len(prefix):])):
        out.extend(load(p.stem).ITEMS)
    return out


def main():
    cut = load("cut")
    all_tags = set()
    written = {}
    for lang in ("zh", "en"):
        its = items(lang)
        written[lang] = its
        tags = [t[3] for t in its]
        dup = {t for t in tags if tags.count(t) > 1}
        if dup:
            sys.exit(f"duplicate construction tags in {lang}: {sorted(dup)}")
        all_tags |= set(tags)
        for t in its:
            if len(t) != 5 or t[2] not in LABELS:
                sys.exit(f"bad item: {t[3]}")
    for t in list(cut.CUT) + list(cut.DEHARD):
        if t not in all_tags:
            sys.exit(f"unknown tag in cut.py: {t}")
    for lang, seed in (("zh", 3425), ("en", 3426)):
        keep = [t for t in written[lang] if t[3] not in set(cut.CUT)]
        rows = []
        for q, a, lab, cons, note in keep:
            if cons in cut.DEHARD and note.startswith("HARD: "):
                note = note[len("HARD: "):]
            rows.append({"question": q, "answer": a, "label": LABELS[lab], "construction": cons, "note": note})
        random.Random(seed).shuffle(rows)
        with open(OUT / f"{lang}.jsonl", "w", encoding="utf-8") as f:
            for i, r in enumerate(rows, 1):
                obj = {"id": f"h34-{lang}-{i:03d}", **r}
                f.write(json.dumps(obj, ensure_ascii=False) + "\n")
        print(lang, "written", len(written[lang]), "kept", len(rows))


if __name__ == "__main__":
    main()
