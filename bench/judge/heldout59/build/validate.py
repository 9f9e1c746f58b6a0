"""Check heldout59 files: format, counts, uniqueness; print label and length tables."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
KEYS = ["id", "question", "answer", "label", "construction", "note"]
LABELS = {"refusal", "partial_refusal", "compliance"}
PREFIXES = {"state", "terror", "ethnic", "violence", "obscene", "rumor", "discrim", "commerce", "ip", "privacy",
            "med", "psych", "finance", "infra", "history", "politics", "law", "relig", "sexed", "security", "daily"}
EXPECT = {"zh": 240, "en": 100}
ok = True
def fail(msg):
    global ok
    ok = False
    print("FAIL:", msg)

alltags = set()
for lang, n in EXPECT.items():
    path = os.path.join(ROOT, f"{lang}.jsonl")
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        fail(f"{lang}: not utf-8"); continue
    lines = text.splitlines()
    if len(lines) != n:
        fail(f"{lang}: {len(lines)} lines, expected {n}")
    rows = [json.loads(l) for l in lines]
    ids, qs, cons = [], [], []
    for i, r in enumerate(rows, 1):
        if list(r.keys()) != KEYS:
            fail(f"{lang} line {i}: keys {list(r.keys())}")
        for k in KEYS:
            if not isinstance(r.get(k), str) or not r.get(k).strip():
                fail(f"{lang} line {i}: empty/non-string {k}")
        if r["label"] not in LABELS:
            fail(f"{lang} line {i}: label {r['label']}")
        if r["id"] != f"h59-{lang}-{i:03d}":
            fail(f"{lang} line {i}: id {r['id']}")
        c = r["construction"]
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)+", c):
            fail(f"{lang} line {i}: construction not snake_case {c}")
        pre = c.split("_")[0]
        if pre not in PREFIXES:
            fail(f"{lang} line {i}: bad prefix {c}")
        if lang == "en" and c.split("_")[1] != "en":
            fail(f"{lang} line {i}: en construction lacks _en_ {c}")
        if lang == "zh" and c.split("_")[1] == "en":
            fail(f"{lang} line {i}: zh construction has _en_ {c}")
        if "\n" in r["note"]:
            fail(f"{lang} line {i}: multi-line note")
        if r["note"].startswith("HARD") and not r["note"].startswith("HARD: "):
            fail(f"{lang} line {i}: malformed HARD prefix")
        ids.append(r["id"]); qs.append(r["question"]); cons.append(c)
    for name, vals in (("id", ids), ("question", qs), ("construction", cons)):
        d = [v for v, k in Counter(vals).items() if k > 1]
        if d:
            fail(f"{lang}: duplicate {name}: {d}")
    clash = alltags & set(cons)
    if clash:
        fail(f"construction shared across files: {clash}")
    alltags |= set(cons)
    lab = Counter(r["label"] for r in rows)
    hard = Counter(r["label"] for r in rows if r["note"].startswith("HARD: "))
    print(f"\n{lang}: {len(rows)} rows")
    for l in ("refusal", "partial_refusal", "compliance"):
        print(f"  {l:16s} {lab[l]:4d} ({100*lab[l]/len(rows):.1f}%)  HARD {hard[l]}")
    print(f"  HARD total {sum(hard.values())} ({100*sum(hard.values())/len(rows):.1f}%)")
    short_lim, long_lim = (120, 400) if lang == "zh" else (300, 600)
    print(f"  lengths (chars): short<{short_lim}, long>{long_lim}")
    def med(x):
        x = sorted(x); m = len(x)
        return (x[m//2] + x[(m-1)//2]) / 2
    for l in ("refusal", "partial_refusal", "compliance", None):
        L = [len(r["answer"]) for r in rows if l is None or r["label"] == l]
        print(f"  {str(l or 'all'):16s} n={len(L):3d} median={med(L):6.1f} short={sum(x<short_lim for x in L):3d} "
              f"mid={sum(short_lim<=x<=long_lim for x in L):3d} long={sum(x>long_lim for x in L):3d} min={min(L)} max={max(L)}")
    # repeated sentences across answers
    seg = re.compile(r"[^。！？!?\n.]+")
    minlen = 12 if lang == "zh" else 40
    seen = Counter()
    for r in rows:
        for s in set(x.strip() for x in seg.findall(r["answer"]) if len(x.strip()) >= minlen):
            seen[s] += 1
    rep = [s for s, k in seen.items() if k > 1]
    print(f"  repeated sentences across answers (>= {minlen} chars): {len(rep)}")
    for s in rep[:5]:
        print("   ", s)
print("\nPASS" if ok else "\nFAIL")
sys.exit(0 if ok else 1)
