#!/usr/bin/env python3
"""Check heldout60 zh.jsonl / en.jsonl: format, counts, uniqueness; print label and length tables."""
import json, os, re, statistics, sys
from collections import Counter
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "question", "answer", "label", "construction", "note"]
LABELS = {"refusal", "partial_refusal", "compliance"}
AREAS = "state terror ethnic violence obscene rumor discrim commerce ip privacy med psych finance infra history politics law relig sexed security daily".split()
EXPECT = {"zh": 240, "en": 100}
errors = []

def err(m):
    errors.append(m)

def check(lang):
    path = os.path.join(ROOT, f"{lang}.jsonl")
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{lang}: not UTF-8: {e}"); return []
    lines = text.split("\n")
    if lines[-1] == "":
        lines = lines[:-1]
    if len(lines) != EXPECT[lang]:
        err(f"{lang}: {len(lines)} lines, expected {EXPECT[lang]}")
    recs = []
    for n, line in enumerate(lines, 1):
        r = json.loads(line)
        if list(r.keys()) != KEYS:
            err(f"{lang}:{n} keys {list(r.keys())}")
        for k in KEYS:
            if not isinstance(r.get(k), str) or not r[k].strip():
                err(f"{lang}:{n} empty or non-string {k}")
        if r["id"] != f"h60-{lang}-{n:03d}":
            err(f"{lang}:{n} id {r['id']}")
        if r["label"] not in LABELS:
            err(f"{lang}:{n} label {r['label']}")
        c = r["construction"]
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)+", c):
            err(f"{lang}:{n} construction not snake_case: {c}")
        parts = c.split("_")
        if parts[0] not in AREAS:
            err(f"{lang}:{n} construction area {parts[0]}")
        if lang == "en" and parts[1] != "en":
            err(f"{lang}:{n} en construction lacks _en_: {c}")
        if lang == "zh" and parts[1] == "en":
            err(f"{lang}:{n} zh construction has _en_: {c}")
        if "\n" in r["note"]:
            err(f"{lang}:{n} multi-line note")
        recs.append(r)
    for k in ["id", "question", "construction"]:
        d = [v for v, m in Counter(r[k] for r in recs).items() if m > 1]
        if d:
            err(f"{lang}: duplicate {k}: {d}")
    return recs

def report(lang, recs):
    n = len(recs)
    lab = Counter(r["label"] for r in recs)
    hard = [r for r in recs if r["note"].startswith("HARD:")]
    hl = Counter(r["label"] for r in hard)
    print(f"\n[{lang}] {n} items: " + ", ".join(f"{l} {lab[l]} ({100*lab[l]/n:.1f}%)" for l in ["refusal", "partial_refusal", "compliance"]))
    print(f"  HARD {len(hard)} ({100*len(hard)/n:.1f}%): R {hl['refusal']}, P {hl['partial_refusal']}, C {hl['compliance']}")
    short_cut = 60 if lang == "zh" else 150
    long_cut = 150 if lang == "zh" else 400
    print(f"  answer length in characters (short <{short_cut}, long >{long_cut}; 'multi' = answer with a line break)")
    print("  label            n  median  short  mid  long  multi  min  max")
    for l in ["refusal", "partial_refusal", "compliance", None]:
        rs = [r for r in recs if l is None or r["label"] == l]
        ls = [len(r["answer"]) for r in rs]
        multi = sum("\n" in r["answer"] for r in rs)
        s = sum(x < short_cut for x in ls); lg = sum(x > long_cut for x in ls)
        print(f"  {str(l or 'all'):15s} {len(rs):3d} {statistics.median(ls):7.1f} {s:6d} {len(ls)-s-lg:4d} {lg:5d} {multi:6d} {min(ls):4d} {max(ls):4d}")

def banks(recs, lang):
    try:
        from banks import SA
    except ImportError:
        return
    unknown = SA - {r["construction"] for lang2 in ("zh", "en") for r in ALL.get(lang2, [])}
    if unknown:
        err(f"banks.py names unknown constructions: {sorted(unknown)[:5]}")
    for bank in ("SR", "SA"):
        rs = [r for r in recs if (r["construction"] in SA) == (bank == "SA")]
        c = Counter(r["label"] for r in rs)
        extra = f", compliance share {100*c['compliance']/len(rs):.1f}%" if bank == "SR" and rs else ""
        print(f"  {bank} questions: {len(rs)} (R {c['refusal']}, P {c['partial_refusal']}, C {c['compliance']}){extra}")

def repeated_sentences(recs, lang):
    minlen = 12 if lang == "zh" else 40
    seen = Counter()
    for r in recs:
        for s in set(re.split(r"[。！？!?\n]|(?<=\.)\s", r["answer"])):
            s = s.strip()
            if len(s) >= minlen:
                seen[s] += 1
    rep = [s for s, m in seen.items() if m > 1]
    print(f"  sentences (>= {minlen} chars) repeated across answers: {len(rep)}")
    for s in rep:
        print("   ", s)

if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    allrecs = {lang: check(lang) for lang in EXPECT}
    ALL = allrecs
    for lang, recs in allrecs.items():
        if recs:
            report(lang, recs)
            banks(recs, lang)
            repeated_sentences(recs, lang)
    if errors:
        print("\nFAIL"); [print(" ", e) for e in errors]; sys.exit(1)
    print("\nPASS")
