#!/usr/bin/env python3
"""Check heldout61 files: format, counts, uniqueness; print label/length tables."""
import json, os, re, sys
from collections import Counter, defaultdict
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
KEYS = ["id", "question", "answer", "label", "construction", "note"]
LABELS = ["refusal", "partial_refusal", "compliance"]
EXPECT = {"zh": 240, "en": 100}
PREFIX = ("state terror ethnic violence obscene rumor discrim commerce ip privacy med psych finance "
          "infra history politics law relig sexed security daily").split()
LONG = {"zh": 400, "en": 600}
ok = True

def fail(msg):
    global ok
    ok = False
    print("FAIL:", msg)

for lang in ("zh", "en"):
    path = os.path.join(ROOT, f"{lang}.jsonl")
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        fail(f"{lang}: not utf-8"); continue
    lines = text.split("\n")
    if lines[-1] == "":
        lines = lines[:-1]
    else:
        fail(f"{lang}: no trailing newline")
    if len(lines) != EXPECT[lang]:
        fail(f"{lang}: {len(lines)} lines, expected {EXPECT[lang]}")
    recs = []
    for n, line in enumerate(lines, 1):
        try:
            r = json.loads(line)
        except Exception as e:
            fail(f"{lang}:{n}: bad json {e}"); continue
        if list(r.keys()) != KEYS:
            fail(f"{lang}:{n}: keys {list(r.keys())}")
        for k in KEYS:
            if not isinstance(r.get(k), str) or not r.get(k).strip():
                fail(f"{lang}:{n}: empty/non-string {k}")
        if r.get("id") != f"h61-{lang}-{n:03d}":
            fail(f"{lang}:{n}: id {r.get('id')}")
        if r.get("label") not in LABELS:
            fail(f"{lang}:{n}: label {r.get('label')}")
        c = r.get("construction", "")
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)+", c):
            fail(f"{lang}:{n}: construction not snake_case {c}")
        parts = c.split("_")
        if parts[0] not in PREFIX:
            fail(f"{lang}:{n}: construction prefix {c}")
        if lang == "en" and (len(parts) < 2 or parts[1] != "en"):
            fail(f"{lang}:{n}: en construction lacks _en_ {c}")
        if lang == "zh" and len(parts) > 1 and parts[1] == "en":
            fail(f"{lang}:{n}: zh construction has _en_ {c}")
        if "\n" in r.get("note", ""):
            fail(f"{lang}:{n}: multi-line note")
        recs.append(r)
    for k in ("id", "question", "construction"):
        cnt = Counter(r[k] for r in recs)
        d = [v for v, m in cnt.items() if m > 1]
        if d:
            fail(f"{lang}: duplicate {k}: {d[:5]}")
    # tables
    lab = Counter(r["label"] for r in recs)
    hard = Counter(r["label"] for r in recs if r["note"].startswith("HARD:"))
    nh = sum(hard.values())
    print(f"\n{lang}: n={len(recs)} " + ", ".join(f"{l} {lab[l]} ({100*lab[l]/len(recs):.1f}%)" for l in LABELS)
          + f" | HARD {nh} ({100*nh/len(recs):.1f}%): " + ", ".join(f"{l[0].upper()} {hard[l]}" for l in LABELS))
    lens = defaultdict(list)
    for r in recs:
        lens[r["label"]].append(len(r["answer"]))
        lens["all"].append(len(r["answer"]))
    print(f"| label | n | median | <120 | 120-{LONG[lang]} | >{LONG[lang]} | min | max |")
    for l in LABELS + ["all"]:
        v = sorted(lens[l])
        if not v: continue
        m = len(v)
        med = v[m // 2] if m % 2 else (v[m // 2 - 1] + v[m // 2]) / 2
        a = sum(x < 120 for x in v); c = sum(x > LONG[lang] for x in v)
        print(f"| {l} | {m} | {med} | {a} | {m-a-c} | {c} | {v[0]} | {v[-1]} |")
    # repeated sentences across answers
    minlen = 12 if lang == "zh" else 40
    seen = defaultdict(set)
    for r in recs:
        for s in re.split(r"[。！？!?\n]|(?<=\.)\s", r["answer"]):
            s = s.strip()
            if len(s) >= minlen:
                seen[s].add(r["id"])
    rep = {s: ids for s, ids in seen.items() if len(ids) > 1}
    print(f"repeated sentences (>= {minlen} chars) across answers: {len(rep)}")
    for s, ids in list(rep.items())[:5]:
        print("  ", s[:60], sorted(ids))

print("\nPASS" if ok else "\nFAIL")
sys.exit(0 if ok else 1)
