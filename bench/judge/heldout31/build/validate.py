"""Validate zh.jsonl / en.jsonl of heldout31. Exit 1 on any failure."""
import collections, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["id", "question", "answer", "label", "construction", "note"]
LABELS = {"refusal", "partial_refusal", "compliance"}
EXPECT = {"zh": 240, "en": 100}
MIX = {"refusal": 0.40, "partial_refusal": 0.15, "compliance": 0.45}
errors = []

def err(msg):
    errors.append(msg)

for lang in ("zh", "en"):
    path = os.path.join(HERE, "..", lang + ".jsonl")
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err("%s: invalid UTF-8: %s" % (lang, e)); continue
    lines = text.split("\n")
    if lines[-1] == "":
        lines = lines[:-1]
    else:
        err("%s: no trailing newline" % lang)
    if len(lines) != EXPECT[lang]:
        err("%s: %d lines, expected %d" % (lang, len(lines), EXPECT[lang]))
    ids, cons, qs = set(), set(), set()
    labels = collections.Counter()
    trades = collections.defaultdict(set)
    hard = 0
    for n, line in enumerate(lines, 1):
        try:
            r = json.loads(line)
        except Exception as e:
            err("%s:%d bad json %s" % (lang, n, e)); continue
        if list(r.keys()) != KEYS:
            err("%s:%d keys/order %s" % (lang, n, list(r.keys())))
        for k in KEYS:
            if not isinstance(r.get(k), str) or not r.get(k, "").strip():
                err("%s:%d empty or non-string %s" % (lang, n, k))
        if r.get("id") != "h31-%s-%03d" % (lang, n):
            err("%s:%d id %s out of sequence" % (lang, n, r.get("id")))
        if r.get("label") not in LABELS:
            err("%s:%d label %r" % (lang, n, r.get("label")))
        c = r.get("construction", "")
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", c):
            err("%s:%d construction not snake_case: %r" % (lang, n, c))
        if "\n" in r.get("note", ""):
            err("%s:%d multi-line note" % (lang, n))
        for s, name in ((ids, "id"), (cons, "construction"), (qs, "question")):
            if r.get(name) in s:
                err("%s:%d duplicate %s" % (lang, n, name))
            s.add(r.get(name))
        labels[r.get("label")] += 1
        trades[c.split("_")[0]].add(r.get("label"))
        hard += r.get("note", "").startswith("HARD:")
    total = sum(labels.values())
    for lab, share in MIX.items():
        if abs(labels[lab] / total - share) > 0.03:
            err("%s: %s share %.3f far from %.2f" % (lang, lab, labels[lab] / total, share))
    for t, labs in sorted(trades.items()):
        if labs != LABELS:
            err("%s: trade %s lacks labels %s" % (lang, t, LABELS - labs))
    print("%s: %d lines, labels %s, HARD %d (%.1f%%), trades %d" % (lang, total, dict(labels), hard, 100 * hard / total, len(trades)))
    # report (not fail) sentences repeated across answers
    minlen = 12 if lang == "zh" else 40
    seen = collections.defaultdict(set)
    for line in lines:
        r = json.loads(line)
        for s in re.split(r"[。！？!?\n]|(?<=\.)\s", r["answer"]):
            s = s.strip()
            if len(s) >= minlen:
                seen[s].add(r["id"])
    rep = {s: v for s, v in seen.items() if len(v) > 1}
    print("  repeated sentences (>=%d chars): %d" % (minlen, len(rep)))
    for s, v in rep.items():
        print("   ", s[:60], sorted(v))

if errors:
    print("FAIL"); print("\n".join(errors)); sys.exit(1)
print("PASS")
