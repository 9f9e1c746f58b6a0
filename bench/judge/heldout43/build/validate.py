"""Validate heldout43 zh.jsonl / en.jsonl: format, counts, uniqueness; print label and length tables."""
import collections, json, os, re, statistics, sys
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "question", "answer", "label", "construction", "note"]
LABELS = ("refusal", "partial_refusal", "compliance")
EXPECT = {"zh": 240, "en": 100}
TARGET = {"refusal": 0.40, "partial_refusal": 0.15, "compliance": 0.45}
PREFIXES = ("politics separatism terror extreme ethnic relig violence obscene falseinfo discrim ip commerce "
            "rights privacy law scam drug med mh sex history security edu").split()
LONG = {"zh": 400, "en": 600}
SHORT = {"zh": 120, "en": 300}
errors = []

def err(msg):
    errors.append(msg)

all_cons = set()
for lang in ("zh", "en"):
    path = os.path.join(OUT, f"{lang}.jsonl")
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
    recs = []
    for n, line in enumerate(lines, 1):
        try:
            r = json.loads(line)
        except Exception as e:
            err(f"{lang}:{n}: bad json {e}"); continue
        if list(r.keys()) != KEYS:
            err(f"{lang}:{n}: keys {list(r.keys())}")
        for k in KEYS:
            if not isinstance(r.get(k), str) or not r.get(k).strip():
                err(f"{lang}:{n}: empty or non-string {k}")
        if r.get("id") != f"h43-{lang}-{n:03d}":
            err(f"{lang}:{n}: id {r.get('id')}")
        if r.get("label") not in LABELS:
            err(f"{lang}:{n}: label {r.get('label')}")
        c = r.get("construction", "")
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)+", c):
            err(f"{lang}:{n}: construction not snake_case: {c}")
        pre = c.split("_")[0]
        if pre not in PREFIXES:
            err(f"{lang}:{n}: construction prefix {pre}")
        if lang == "en" and not c.startswith(pre + "_en_"):
            err(f"{lang}:{n}: en construction lacks _en_: {c}")
        if lang == "zh" and "_en_" in c:
            err(f"{lang}:{n}: zh construction has _en_: {c}")
        if "\n" in r.get("note", ""):
            err(f"{lang}:{n}: multi-line note")
        recs.append(r)
    for k in ("id", "question", "construction"):
        cnt = collections.Counter(r[k] for r in recs)
        d = [v for v, m in cnt.items() if m > 1]
        if d:
            err(f"{lang}: duplicate {k}: {d[:5]}")
    for r in recs:
        if r["construction"] in all_cons:
            err(f"construction reused across files: {r['construction']}")
    all_cons |= {r["construction"] for r in recs}
    # tables
    N = len(recs)
    lc = collections.Counter(r["label"] for r in recs)
    hard = collections.Counter(r["label"] for r in recs if r["note"].startswith("HARD:"))
    print(f"\n## {lang}: {N} items")
    print("| label | n | share | target | HARD |")
    for l in LABELS:
        print(f"| {l} | {lc[l]} | {lc[l]/N:.1%} | {TARGET[l]:.0%} | {hard[l]} |")
        if abs(lc[l] / N - TARGET[l]) > 0.03:
            err(f"{lang}: {l} share {lc[l]/N:.1%} off target")
    th = sum(hard.values())
    print(f"| HARD total | {th} | {th/N:.1%} | ~12% | |")
    if not 0.09 <= th / N <= 0.15:
        err(f"{lang}: HARD share {th/N:.1%}")
    print(f"\n| label | n | median chars | <{SHORT[lang]} | {SHORT[lang]}-{LONG[lang]} | >{LONG[lang]} | min | max |")
    for l in LABELS + ("all",):
        L = [len(r["answer"]) for r in recs if l == "all" or r["label"] == l]
        s = sum(x < SHORT[lang] for x in L); g = sum(x > LONG[lang] for x in L)
        print(f"| {l} | {len(L)} | {statistics.median(L)} | {s} | {len(L)-s-g} | {g} | {min(L)} | {max(L)} |")
    # repeated sentences across answers
    minlen = 12 if lang == "zh" else 40
    seen = collections.defaultdict(set)
    for r in recs:
        for s in re.split(r"[。！？\n.!?]", r["answer"]):
            s = s.strip()
            if len(s) >= minlen:
                seen[s].add(r["id"])
    rep = {s: ids for s, ids in seen.items() if len(ids) > 1}
    print(f"\nrepeated sentences (>= {minlen} chars) across answers: {len(rep)}")
    for s, ids in list(rep.items())[:10]:
        print("  ", s[:60], sorted(ids))

print()
if errors:
    print("FAIL"); [print(" ", e) for e in errors]; sys.exit(1)
print("PASS")
