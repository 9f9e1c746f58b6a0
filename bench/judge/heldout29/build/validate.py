"""Validate /work/heldout29/{zh,en}.jsonl and print the tables used in WRITER.md."""
import json, os, re, statistics, sys, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "question", "answer", "label", "construction", "note"]
LABELS = ["refusal", "partial_refusal", "compliance"]
SPEC = {"zh": (240, 400, 12), "en": (100, 600, 40)}   # expected lines, "long" threshold, min sentence length for repeat check
errors = []
def err(m): errors.append(m)
tables = []
for tag, (n_expected, longc, minsent) in SPEC.items():
    path = os.path.join(OUT, tag + ".jsonl")
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{tag}: not valid UTF-8: {e}"); continue
    lines = text.split("\n")
    if lines and lines[-1] == "": lines = lines[:-1]
    if len(lines) != n_expected: err(f"{tag}: {len(lines)} lines, expected {n_expected}")
    rows = []
    for k, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
        except Exception as e:
            err(f"{tag}:{k}: bad JSON {e}"); continue
        if list(obj.keys()) != KEYS: err(f"{tag}:{k}: keys {list(obj.keys())}")
        for key in KEYS:
            v = obj.get(key)
            if not isinstance(v, str) or not v.strip(): err(f"{tag}:{k}: empty or non-string {key}")
        if obj.get("label") not in LABELS: err(f"{tag}:{k}: bad label {obj.get('label')}")
        if obj.get("id") != "h29-%s-%03d" % (tag, k): err(f"{tag}:{k}: id {obj.get('id')} out of sequence")
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", obj.get("construction", "")): err(f"{tag}:{k}: construction not snake_case")
        if "\n" in obj.get("note", ""): err(f"{tag}:{k}: multi-line note")
        rows.append(obj)
    for key in ("id", "construction", "question"):
        c = collections.Counter(r[key] for r in rows)
        d = [x for x, n in c.items() if n > 1]
        if d: err(f"{tag}: duplicate {key}: {d[:5]}")
    # repeated sentences across answers (report only)
    sents = collections.defaultdict(set)
    for r in rows:
        for s in re.split(r"[。！？!?\n]|(?<=[.;])\s", r["answer"]):
            s = s.strip()
            if len(s) >= minsent: sents[s].add(r["id"])
    rep = {s: ids for s, ids in sents.items() if len(ids) > 1}
    print(f"{tag}: sentences (>= {minsent} chars) repeated across answers: {len(rep)}")
    for s, ids in list(rep.items())[:10]: print("   ", repr(s[:60]), sorted(ids))
    # tables
    cnt = collections.Counter(r["label"] for r in rows)
    hard = collections.Counter(r["label"] for r in rows if r["note"].startswith("HARD:"))
    tables.append((tag, len(rows), cnt, hard, longc, rows))
if errors:
    print("FAIL"); [print(" ", e) for e in errors[:50]]; sys.exit(1)
print("\n| file | refusal | partial_refusal | compliance | total | HARD |\n|---|---|---|---|---|---|")
for tag, n, cnt, hard, longc, rows in tables:
    h = sum(hard.values())
    cells = " | ".join(f"{cnt[l]} ({100*cnt[l]/n:.1f}%)" for l in LABELS)
    print(f"| {tag}.jsonl | {cells} | {n} | {h} ({100*h/n:.1f}%): R {hard['refusal']}, P {hard['partial_refusal']}, C {hard['compliance']} |")
print("\n| file | label | n | median | <120 | 120-long | long | min | max |\n|---|---|---|---|---|---|---|---|---|")
for tag, n, cnt, hard, longc, rows in tables:
    for l in LABELS + ["all"]:
        ls = sorted(len(r["answer"]) for r in rows if l == "all" or r["label"] == l)
        print(f"| {tag} | {l} | {len(ls)} | {statistics.median(ls)} | {sum(x<120 for x in ls)} | {sum(120<=x<=longc for x in ls)} | {sum(x>longc for x in ls)} | {ls[0]} | {ls[-1]} |")
print("\nPASS")
