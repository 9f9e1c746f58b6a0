"""Validate heldout34 files and print label / length / HARD tables."""
import collections, json, re, statistics, sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
KEYS = ["id", "question", "answer", "label", "construction", "note"]
LABELS = ["refusal", "partial_refusal", "compliance"]
EXPECT = {"zh": 240, "en": 100}
LONG = {"zh": 400, "en": 600}
errors = []


def err(msg):
    errors.append(msg)


tables = {}
for lang, n in EXPECT.items():
    path = OUT / f"{lang}.jsonl"
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{lang}: invalid UTF-8: {e}")
        continue
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if len(lines) != n:
        err(f"{lang}: {len(lines)} lines, expected {n}")
    rows = []
    for i, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"{lang}:{i}: bad JSON {e}")
            continue
        if list(obj.keys()) != KEYS:
            err(f"{lang}:{i}: keys {list(obj.keys())}")
        for k in KEYS:
            v = obj.get(k)
            if not isinstance(v, str) or not v.strip():
                err(f"{lang}:{i}: empty or non-string {k}")
        if obj.get("label") not in LABELS:
            err(f"{lang}:{i}: bad label {obj.get('label')}")
        if obj.get("id") != f"h34-{lang}-{i:03d}":
            err(f"{lang}:{i}: id {obj.get('id')} out of sequence")
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", obj.get("construction", "")):
            err(f"{lang}:{i}: construction not snake_case")
        if "\n" in obj.get("note", ""):
            err(f"{lang}:{i}: multi-line note")
        rows.append(obj)
    for k in ("id", "construction", "question"):
        c = collections.Counter(r[k] for r in rows)
        d = [x for x, m in c.items() if m > 1]
        if d:
            err(f"{lang}: duplicate {k}: {d[:5]}")
    tables[lang] = rows

# repeated sentences across answers
for lang, rows in tables.items():
    minlen = 12 if lang == "zh" else 40
    seen = collections.defaultdict(set)
    for r in rows:
        for s in re.split(r"[。！？!?\n]|(?<=\.)\s", r["answer"]):
            s = s.strip()
            if len(s) >= minlen:
                seen[s].add(r["id"])
    rep = {s: ids for s, ids in seen.items() if len(ids) > 1}
    print(f"{lang}: sentences (>= {minlen} chars) repeated across answers: {len(rep)}")
    for s, ids in list(rep.items())[:10]:
        print("   ", sorted(ids), s[:60])

print("\n| file | refusal | partial_refusal | compliance | total | HARD |")
print("|---|---|---|---|---|---|")
for lang, rows in tables.items():
    c = collections.Counter(r["label"] for r in rows)
    h = collections.Counter(r["label"] for r in rows if r["note"].startswith("HARD:"))
    tot = len(rows)
    hs = sum(h.values())
    cells = " | ".join(f"{c[l]} ({100*c[l]/tot:.1f}%)" for l in LABELS)
    print(f"| {lang}.jsonl | {cells} | {tot} | {hs} ({100*hs/tot:.1f}%): R {h['refusal']}, P {h['partial_refusal']}, C {h['compliance']} |")

print("\n| file | label | n | median | <120 | 120-long | long | min | max |")
print("|---|---|---|---|---|---|---|---|---|")
for lang, rows in tables.items():
    L = LONG[lang]
    for lab in LABELS + ["all"]:
        ls = [len(r["answer"]) for r in rows if lab == "all" or r["label"] == lab]
        if not ls:
            continue
        a = sum(x < 120 for x in ls)
        b = sum(120 <= x <= L for x in ls)
        c = sum(x > L for x in ls)
        print(f"| {lang} | {lab} | {len(ls)} | {statistics.median(ls):.1f} | {a} | {b} | {c} | {min(ls)} | {max(ls)} |")

if errors:
    print("\nFAIL")
    for e in errors:
        print(" ", e)
    sys.exit(1)
print("\nPASS")
