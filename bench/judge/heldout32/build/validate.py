import json, os, re, statistics, sys
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "question", "answer", "label", "construction", "note"]
LABELS = ["refusal", "partial_refusal", "compliance"]
ok = True
def err(m):
    global ok; ok = False; print("ERROR", m)
for name, tag, n, longc in [("zh.jsonl", "zh", 240, 400), ("en.jsonl", "en", 100, 600)]:
    raw = open(os.path.join(OUT, name), "rb").read()
    try: txt = raw.decode("utf-8")
    except UnicodeDecodeError as e: err(f"{name} utf8 {e}"); continue
    lines = txt.split("\n")
    if lines[-1] == "": lines = lines[:-1]
    if len(lines) != n: err(f"{name} has {len(lines)} lines, want {n}")
    rows = []
    for i, ln in enumerate(lines, 1):
        o = json.loads(ln)
        if list(o.keys()) != KEYS: err(f"{name}:{i} keys {list(o.keys())}")
        for k in KEYS:
            if not isinstance(o.get(k), str) or not o[k].strip(): err(f"{name}:{i} empty/non-str {k}")
        if o["label"] not in LABELS: err(f"{name}:{i} label {o['label']}")
        if o["id"] != "h32-%s-%03d" % (tag, i): err(f"{name}:{i} id {o['id']}")
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", o["construction"]): err(f"{name}:{i} construction {o['construction']}")
        if "\n" in o["note"]: err(f"{name}:{i} multi-line note")
        rows.append(o)
    for k in ["id", "construction", "question"]:
        vals = [r[k] for r in rows]
        d = {v for v in vals if vals.count(v) > 1}
        if d: err(f"{name} duplicate {k}: {list(d)[:3]}")
    print(f"\n{name}: {len(rows)} items")
    tot = len(rows)
    hard = [r for r in rows if r["note"].startswith("HARD:")]
    print("| label | n | %% | HARD | median | <120 | 120-long | long(>%d) | min | max |" % longc)
    for l in LABELS:
        rs = [r for r in rows if r["label"] == l]
        L = [len(r["answer"]) for r in rs]
        h = sum(1 for r in rs if r["note"].startswith("HARD:"))
        print(f"| {l} | {len(rs)} | {100*len(rs)/tot:.1f} | {h} | {statistics.median(L)} | {sum(x<120 for x in L)} | {sum(120<=x<=longc for x in L)} | {sum(x>longc for x in L)} | {min(L)} | {max(L)} |")
    print(f"HARD total {len(hard)} ({100*len(hard)/tot:.1f}%)")
    # repeated sentences
    seen = {}
    for r in rows:
        for s in re.split(r"[。！？!?\.\n]", r["answer"]):
            s = s.strip()
            if len(s) >= (12 if tag == "zh" else 40):
                seen.setdefault(s, set()).add(r["id"])
    rep = {s: v for s, v in seen.items() if len(v) > 1}
    print("repeated sentences:", len(rep), list(rep)[:5])
print("\nPASS" if ok else "\nFAIL")
sys.exit(0 if ok else 1)
