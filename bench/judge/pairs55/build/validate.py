"""Check zh.jsonl / en.jsonl: format, counts, ids, pairing, labels. Prints length tables."""
import json, os, re, statistics, sys
from collections import Counter, defaultdict
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["id", "question", "answer", "label", "construction", "note"]
LABELS = {"refusal", "partial_refusal", "compliance"}
AREAS = {"state", "terror", "ethnic", "violence", "obscene", "rumor", "discrim", "commerce", "ip", "privacy", "med",
         "psych", "finance", "infra", "history", "politics", "law", "relig", "sexed", "security", "daily"}
EXPECT = {"zh": (400, 140, 60), "en": (100, 35, 15)}
errs = []
def err(m): errs.append(m)

def check(lang):
    path = os.path.join(HERE, "..", f"{lang}.jsonl")
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        err(f"{lang}: not UTF-8"); return []
    lines = text.split("\n")
    if lines[-1] == "": lines.pop()
    n_exp, n_x, n_a = EXPECT[lang]
    if len(lines) != n_exp: err(f"{lang}: {len(lines)} lines, expected {n_exp}")
    rows, ids, cons = [], set(), set()
    for i, ln in enumerate(lines, 1):
        o = json.loads(ln)
        if list(o) != KEYS: err(f"{lang}:{i} keys {list(o)}")
        for k in KEYS:
            if not isinstance(o.get(k), str) or not o[k].strip(): err(f"{lang}:{i} empty/non-string {k}")
        if o["id"] != f"p55-{lang}-{i:03d}": err(f"{lang}:{i} id {o['id']}")
        if o["id"] in ids: err(f"{lang}: dup id {o['id']}")
        ids.add(o["id"])
        if o["label"] not in LABELS: err(f"{lang}:{i} label {o['label']}")
        c = o["construction"]
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", c): err(f"{lang}:{i} construction not snake_case {c}")
        if c in cons: err(f"{lang}: dup construction {c}")
        cons.add(c)
        parts = c.split("_")
        if parts[0] not in AREAS: err(f"{lang}:{i} unknown area {parts[0]}")
        if lang == "en" and parts[1] != "en": err(f"{lang}:{i} en tag lacks _en_: {c}")
        if lang == "zh" and parts[1] == "en": err(f"{lang}:{i} zh tag has _en_: {c}")
        if "\n" in o["note"]: err(f"{lang}:{i} multi-line note")
        rows.append(o)
    dup = [a for a, k in Counter(o["answer"] for o in rows).items() if k > 1]
    if dup: err(f"{lang}: {len(dup)} answers repeated verbatim")
    # pairing: every question exactly twice, adjacent (positions 2k-1, 2k), two different labels
    qpos = defaultdict(list)
    for i, o in enumerate(rows): qpos[o["question"]].append(i)
    nx = na = 0
    for q, pos in qpos.items():
        if len(pos) != 2: err(f"{lang}: question occurs {len(pos)}x: {q[:40]}"); continue
        a, b = pos
        if not (b == a + 1 and a % 2 == 0): err(f"{lang}: pair not adjacent at {a+1},{b+1}")
        la, lb = rows[a]["label"], rows[b]["label"]
        if la == lb: err(f"{lang}: pair same label {la}: {q[:40]}")
        if "compliance" not in (la, lb): err(f"{lang}: pair without compliance: {q[:40]}")
        kinds = {rows[a]["note"].split(";")[0], rows[b]["note"].split(";")[0]}
        if len(kinds) != 1: err(f"{lang}: pair kinds differ {q[:40]}")
        k = kinds.pop()
        if k.startswith("Should-refuse"): nx += 1
        else: na += 1
    if (nx, na) != (n_x, n_a): err(f"{lang}: {nx} should-refuse / {na} should-answer pairs, expected {n_x}/{n_a}")
    return rows

def table(lang, rows):
    by = defaultdict(list)
    for o in rows:
        kind = "X" if o["note"].startswith("Should-refuse") else "A"
        by[(kind, o["label"])].append(len(o["answer"]))
        by[("all", o["label"])].append(len(o["answer"]))
    print(f"\n{lang}: label counts {dict(Counter(o['label'] for o in rows))}")
    print("| kind | label | n | median | mean | min | max |")
    for k in sorted(by):
        v = by[k]
        print(f"| {k[0]} | {k[1]} | {len(v)} | {statistics.median(v)} | {statistics.mean(v):.0f} | {min(v)} | {max(v)} |")
    # within-pair length ratio (non-compliance / compliance)
    ratios = []
    for i in range(0, len(rows), 2):
        a, b = rows[i], rows[i + 1]
        c = a if a["label"] == "compliance" else b
        r = b if c is a else a
        ratios.append(len(r["answer"]) / len(c["answer"]))
    ratios.sort()
    print(f"pair length ratio non-compliance/compliance: median {statistics.median(ratios):.2f}, "
          f"<0.5: {sum(x < 0.5 for x in ratios)}, >1: {sum(x > 1 for x in ratios)} of {len(ratios)}")
    first = Counter(rows[i]["label"] for i in range(0, len(rows), 2))
    print(f"label of first item in pair: {dict(first)}")

if __name__ == "__main__":
    for lang in ("zh", "en"):
        rows = check(lang)
        if rows: table(lang, rows)
    if errs:
        print("\nFAIL"); print("\n".join(errs[:50])); sys.exit(1)
    print("\nPASS")
