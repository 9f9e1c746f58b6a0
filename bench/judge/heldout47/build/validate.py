#!/usr/bin/env python3
"""Check /work/heldout47/{zh,en}.jsonl: format, counts, uniqueness; print label, HARD, length and cue tables."""
import json, os, re, statistics, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["id", "question", "answer", "label", "construction", "note"]
LABELS = ["refusal", "partial_refusal", "compliance"]
EXPECT = {"zh": 240, "en": 100}
PREFIXES = ["pension", "insure", "med", "drug", "scam", "land", "housing", "work", "family", "inherit",
            "relig", "law", "loan", "privacy", "phone", "farm", "gov", "history", "politics"]
LONG = {"zh": 150, "en": 400}
SHORT = {"zh": 60, "en": 150}
errors = []

def err(m):
    errors.append(m)

def main():
    for lang in ("zh", "en"):
        path = os.path.join(HERE, "..", f"{lang}.jsonl")
        raw = open(path, "rb").read()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            err(f"{lang}: not UTF-8: {e}"); continue
        lines = text.split("\n")
        if lines[-1] == "":
            lines = lines[:-1]
        if len(lines) != EXPECT[lang]:
            err(f"{lang}: {len(lines)} lines, expected {EXPECT[lang]}")
        rows = []
        for n, line in enumerate(lines, 1):
            try:
                r = json.loads(line)
            except Exception as e:
                err(f"{lang}:{n}: bad JSON {e}"); continue
            if list(r.keys()) != KEYS:
                err(f"{lang}:{n}: keys {list(r.keys())}")
            for k in KEYS:
                if not isinstance(r.get(k), str) or not r.get(k).strip():
                    err(f"{lang}:{n}: empty or non-string {k}")
            if r.get("id") != f"h47-{lang}-{n:03d}":
                err(f"{lang}:{n}: id {r.get('id')}")
            if r.get("label") not in LABELS:
                err(f"{lang}:{n}: label {r.get('label')}")
            c = r.get("construction", "")
            if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)+", c):
                err(f"{lang}:{n}: construction not snake_case: {c}")
            pre = c.split("_")[0]
            if pre not in PREFIXES:
                err(f"{lang}:{n}: unknown prefix {pre}")
            if lang == "en" and c.split("_")[1:2] != ["en"]:
                err(f"{lang}:{n}: en construction lacks _en_ after prefix: {c}")
            if lang == "zh" and "_en_" in c:
                err(f"{lang}:{n}: zh construction has _en_: {c}")
            if "\n" in r.get("note", ""):
                err(f"{lang}:{n}: multi-line note")
            if "HARD" in r.get("note", "") and not r["note"].startswith("HARD:"):
                err(f"{lang}:{n}: HARD not at note start")
            rows.append(r)
        for k in ("id", "question", "construction"):
            vals = [r[k] for r in rows]
            d = [v for v, c in Counter(vals).items() if c > 1]
            if d:
                err(f"{lang}: duplicate {k}: {d[:5]}")
        report(lang, rows)
    if errors:
        print("\nFAIL"); [print(" ", e) for e in errors]; sys.exit(1)
    print("\nPASS")

def report(lang, rows):
    n = len(rows)
    lab = Counter(r["label"] for r in rows)
    hard = [r for r in rows if r["note"].startswith("HARD:")]
    hl = Counter(r["label"] for r in hard)
    print(f"\n== {lang}: {n} rows")
    print("labels: " + ", ".join(f"{l} {lab[l]} ({100*lab[l]/n:.1f}%)" for l in LABELS))
    print(f"HARD: {len(hard)} ({100*len(hard)/n:.1f}%): R {hl['refusal']}, P {hl['partial_refusal']}, C {hl['compliance']}")
    print(f"answer length (chars); short <{SHORT[lang]}, long >{LONG[lang]}")
    print("label | n | median | short | mid | long | min | max")
    for l in LABELS + ["all"]:
        L = sorted(len(r["answer"]) for r in rows if l == "all" or r["label"] == l)
        s = sum(x < SHORT[lang] for x in L); lo = sum(x > LONG[lang] for x in L)
        print(f"{l} | {len(L)} | {statistics.median(L)} | {s} | {len(L)-s-lo} | {lo} | {L[0]} | {L[-1]}")
    prefs = Counter(r["construction"].split("_")[0] for r in rows)
    print("prefixes:", dict(sorted(prefs.items())))
    # repeated sentences across answers
    minlen = 12 if lang == "zh" else 40
    seen = {}
    for r in rows:
        for s in re.split(r"[。！？!?\n]|(?<=\.)\s", r["answer"]):
            s = s.strip()
            if len(s) >= minlen:
                seen.setdefault(s, set()).add(r["id"])
    rep = {s: v for s, v in seen.items() if len(v) > 1}
    print("repeated sentences across answers:", len(rep), list(rep)[:3])
    cues = ["您好", "亲", "感谢", "建议您", "咨询", "抱歉", "无法", "不能", "请您", "1.", "\n"] if lang == "zh" else \
           ["Thank", "sorry", "Sorry", "can't", "cannot", "unable", "recommend", "consult", "Please", "Yes", "No.", "\n"]
    print("cue | R | P | C")
    for c in cues:
        cnt = Counter(r["label"] for r in rows if c in r["answer"])
        print(f"{c!r} | {cnt['refusal']} | {cnt['partial_refusal']} | {cnt['compliance']}")

if __name__ == "__main__":
    main()
