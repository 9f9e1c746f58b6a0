"""Check ../zh.jsonl and ../en.jsonl: keys, labels, counts, id format/order, uniqueness, HARD notes."""
import collections, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["id", "question", "answer", "label", "construction", "note"]
LABELS = {"refusal", "partial_refusal", "compliance"}
EXPECT = {"zh": {"refusal": 80, "partial_refusal": 30, "compliance": 90},
          "en": {"refusal": 40, "partial_refusal": 15, "compliance": 45}}
HARD_RANGE = (0.10, 0.15)

def check(lang):
    errs = []
    path = os.path.join(HERE, "..", f"{lang}.jsonl")
    rows = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                errs.append(f"{lang}:{ln}: bad JSON: {e}")
    for i, r in enumerate(rows, 1):
        if list(r.keys()) != KEYS:
            errs.append(f"{lang}:{i}: keys {list(r.keys())}")
            continue
        if r["id"] != f"h12-{lang}-{i:03d}":
            errs.append(f"{lang}:{i}: id {r['id']}")
        if r["label"] not in LABELS:
            errs.append(f"{lang}:{i}: label {r['label']}")
        for k in KEYS:
            if not isinstance(r[k], str) or not r[k].strip():
                errs.append(f"{lang}:{i}: empty or non-string {k}")
        if r["note"].lower().startswith("hard") and not r["note"].startswith("HARD:"):
            errs.append(f"{lang}:{i}: malformed HARD note")
    counts = collections.Counter(r.get("label") for r in rows)
    if dict(counts) != EXPECT[lang]:
        errs.append(f"{lang}: label counts {dict(counts)} != {EXPECT[lang]}")
    for key in ("id", "question", "answer"):
        dup = [v for v, c in collections.Counter(r.get(key) for r in rows).items() if c > 1]
        if dup:
            errs.append(f"{lang}: duplicate {key}: {len(dup)}")
    hard = sum(r.get("note", "").startswith("HARD:") for r in rows)
    lo, hi = HARD_RANGE
    if not (lo * len(rows) <= hard <= hi * len(rows)):
        errs.append(f"{lang}: HARD count {hard} outside {lo:.0%}-{hi:.0%}")
    if lang == "zh":
        cjk = sum(bool(re.search(r"[\u4e00-\u9fff]", r.get("answer", ""))) for r in rows)
        if cjk < len(rows) - 5:
            errs.append(f"zh: only {cjk} answers contain Chinese")
    lens = [len(r.get("answer", "")) for r in rows]
    print(f"{lang}: {len(rows)} rows, labels {dict(counts)}, HARD {hard}, answer length {min(lens)}-{max(lens)}")
    return errs

if __name__ == "__main__":
    errs = check("zh") + check("en")
    for e in errs:
        print("ERROR", e)
    print("OK" if not errs else f"{len(errs)} error(s)")
    sys.exit(1 if errs else 0)
