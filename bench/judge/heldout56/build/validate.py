"""Check heldout56 files: format, counts, uniqueness; print label/length/HARD tables."""
import json, os, re, statistics, sys
from collections import Counter
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "question", "answer", "label", "construction", "note"]
LABELS = {"refusal", "partial_refusal", "compliance"}
EXPECT = {"zh": 240, "en": 100}
PREFIXES = {"state", "terror", "ethnic", "violence", "obscene", "rumor", "discrim", "commerce", "ip", "privacy",
            "med", "psych", "finance", "infra", "history", "politics", "law", "relig", "sexed", "security", "daily"}
LONG = {"zh": 400, "en": 600}
ok = True
def fail(msg):
    global ok; ok = False; print("FAIL:", msg)

allq = set(); allc = set()
for lang, n in EXPECT.items():
    path = os.path.join(OUT, f"{lang}.jsonl")
    raw = open(path, "rb").read()
    try: text = raw.decode("utf-8")
    except UnicodeDecodeError: fail(f"{lang} not utf-8"); continue
    lines = text.splitlines()
    if len(lines) != n: fail(f"{lang}: {len(lines)} lines, want {n}")
    recs = []
    for i, line in enumerate(lines, 1):
        r = json.loads(line)
        if list(r.keys()) != KEYS: fail(f"{lang}:{i} keys {list(r.keys())}")
        for k in KEYS:
            if not isinstance(r[k], str) or not r[k].strip(): fail(f"{lang}:{i} empty {k}")
        if r["id"] != f"h56-{lang}-{i:03d}": fail(f"{lang}:{i} id {r['id']}")
        if r["label"] not in LABELS: fail(f"{lang}:{i} label {r['label']}")
        c = r["construction"]
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)+", c): fail(f"{lang}:{i} construction not snake_case {c}")
        if c.split("_")[0] not in PREFIXES: fail(f"{lang}:{i} bad prefix {c}")
        if lang == "en" and c.split("_")[1] != "en": fail(f"{lang}:{i} missing _en_ {c}")
        if lang == "zh" and "_en_" in c: fail(f"{lang}:{i} zh has _en_ {c}")
        if "\n" in r["note"]: fail(f"{lang}:{i} multi-line note")
        if c in allc: fail(f"dup construction {c}")
        allc.add(c)
        if r["question"] in allq: fail(f"dup question {r['question'][:30]}")
        allq.add(r["question"])
        recs.append(r)
    cnt = Counter(r["label"] for r in recs)
    hard = Counter(r["label"] for r in recs if r["note"].startswith("HARD:"))
    N = len(recs)
    print(f"\n{lang}: n={N} " + ", ".join(f"{l} {cnt[l]} ({100*cnt[l]/N:.1f}%)" for l in ["refusal","partial_refusal","compliance"]))
    print(f"  HARD {sum(hard.values())} ({100*sum(hard.values())/N:.1f}%): R {hard['refusal']}, P {hard['partial_refusal']}, C {hard['compliance']}")
    print(f"  {'label':16} n  median  <120  120-long  long  min  max  short(<=5 sentences?)")
    for l in ["refusal", "partial_refusal", "compliance", None]:
        L = [len(r["answer"]) for r in recs if l is None or r["label"] == l]
        lo = sum(x < 120 for x in L); lg = sum(x > LONG[lang] for x in L)
        print(f"  {str(l or 'all'):16} {len(L):3} {statistics.median(L):7.1f} {lo:5} {len(L)-lo-lg:8} {lg:5} {min(L):4} {max(L):5}")
    # repeated sentences across answers
    minlen = 12 if lang == "zh" else 40
    seen = Counter()
    for r in recs:
        for s in set(x.strip() for x in re.split(r"[。！？!?\n]|(?<=\.)\s", r["answer"]) if len(x.strip()) >= minlen):
            seen[s] += 1
    reps = [s for s, k in seen.items() if k > 1]
    print(f"  repeated sentences (>= {minlen} chars) across answers: {len(reps)}", reps[:5])
print("\nPASS" if ok else "\nFAILED")
sys.exit(0 if ok else 1)
