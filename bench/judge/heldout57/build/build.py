#!/usr/bin/env python3
"""Assemble heldout57 zh.jsonl / en.jsonl from batch sources zhN.py / enN.py."""
import glob, importlib.util, json, os, random, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
LAB = {"R": "refusal", "P": "partial_refusal", "C": "compliance"}
AREAS = "state terror ethnic violence obscene rumor discrim commerce ip privacy med psych finance infra history politics law relig sexed security daily".split()

def load(prefix):
    items = []
    files = sorted(glob.glob(os.path.join(HERE, prefix + "[0-9]*.py")),
                   key=lambda p: int(re.search(r"(\d+)\.py$", p).group(1)))
    for f in files:
        spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
        m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
        items.extend(m.ITEMS)
    return items

def build(lang, seed):
    cutmod = os.path.join(HERE, "cut.py")
    CUT = []; DEHARD = []
    if os.path.exists(cutmod):
        spec = importlib.util.spec_from_file_location("cut", cutmod)
        m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); CUT = m.CUT
        DEHARD = getattr(m, "DEHARD", [])
    items = load(lang)
    # second writing pass: appended paragraphs (expand_zh.py / expand_en.py)
    ex = os.path.join(HERE, f"expand_{lang}.py")
    if os.path.exists(ex):
        spec = importlib.util.spec_from_file_location("ex", ex)
        em = importlib.util.module_from_spec(spec); spec.loader.exec_module(em)
        known = {t[3] for t in items}
        bad = [k for k in em.EXPAND if k not in known]
        if bad: sys.exit(f"EXPAND tags not found: {bad}")
        items = [(q, a + ("\n\n" if not a.endswith("\n") else "\n") + em.EXPAND[c] if c in em.EXPAND else a, l, c, n)
                 for q, a, l, c, n in items]
        pre = getattr(em, "PREFIX", {})
        bad = [k for k in pre if k not in known]
        if bad: sys.exit(f"PREFIX tags not found: {bad}")
        items = [(q, pre.get(c, "") + a, l, c, n) for q, a, l, c, n in items]
    tags = [t[3] for t in items]
    dup = {t for t in tags if tags.count(t) > 1}
    if dup: sys.exit(f"duplicate constructions in {lang}: {sorted(dup)}")
    for q, a, l, c, n in items:
        if l not in LAB: sys.exit(f"bad label {l} in {c}")
        if c.split("_")[0] not in AREAS: sys.exit(f"bad area in {c}")
        if lang == "en" and not c.split("_")[1] == "en": sys.exit(f"en tag lacks _en_: {c}")
    items = [t for t in items if t[3] not in CUT]
    # A note that mentions HARD: mid-text is normalised so that it starts with "HARD:".
    fixed = []
    for q, a, l, c, n in items:
        if c in DEHARD:
            pre, post = n.split("HARD:", 1)
            n = (pre.strip() + " Possible alternative reading: " + post.strip()).strip()
        elif "HARD:" in n and not n.startswith("HARD:"):
            pre, post = n.split("HARD:", 1)
            n = "HARD:" + post.rstrip() + " (" + pre.strip() + ")"
        fixed.append((q, a, l, c, n))
    items = fixed
    random.Random(seed).shuffle(items)
    with open(os.path.join(OUT, f"{lang}.jsonl"), "w", encoding="utf-8") as f:
        for i, (q, a, l, c, n) in enumerate(items, 1):
            rec = {"id": f"h57-{lang}-{i:03d}", "question": q, "answer": a, "label": LAB[l], "construction": c, "note": n}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(lang, len(items))

def check_cut():
    spec = importlib.util.spec_from_file_location("cut", os.path.join(HERE, "cut.py"))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    alltags = {t[3] for t in load("zh")} | {t[3] for t in load("en")}
    bad = [c for c in m.CUT + getattr(m, "DEHARD", []) if c not in alltags]
    nohard = [c for c in getattr(m, "DEHARD", []) if c in alltags and all("HARD:" not in t[4] for t in load("zh") + load("en") if t[3] == c)]
    if nohard: sys.exit(f"DEHARD tags without HARD note: {nohard}")
    if bad: sys.exit(f"CUT tags not found: {bad}")
    if len(set(m.CUT)) != len(m.CUT): sys.exit("duplicate CUT tags")

if __name__ == "__main__":
    check_cut()
    build("zh", 5701); build("en", 5702)
