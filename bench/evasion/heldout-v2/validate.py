#!/usr/bin/python3
"""Validate set V2 (standard library only). Exit code 1 if anything is wrong."""
import collections, csv, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
EV_CLASSES = {"pinyin_joined", "pinyin_spaced", "pinyin_tone_marks", "pinyin_tone_digits", "pinyin_mixed",
              "homophone", "chaizi", "symbols", "spaces", "zero_width", "emoji", "fullwidth", "traditional",
              "lookalike", "html_entity", "percent"}
BN_CLASSES = {"soundalike", "poetry", "ordinary"}
RISK = re.compile(r"^A\.[1-5]\.[a-i]$")
errors = []


def load(name):
    out = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                errors.append("%s:%d empty line" % (name, i))
                continue
            try:
                obj = json.loads(line)
            except ValueError as e:
                errors.append("%s:%d bad JSON: %s" % (name, i, e))
                continue
            if not isinstance(obj, dict):
                errors.append("%s:%d not an object" % (name, i))
                continue
            out.append(obj)
    return out


with open(os.path.join(HERE, "keywords.csv"), encoding="utf-8", newline="") as f:
    reader = csv.reader(f)
    header = next(reader)
    if header != ["keyword", "risk"]:
        errors.append("keywords.csv header is %r" % header)
    keywords = {}
    for row in reader:
        if len(row) != 2:
            errors.append("keywords.csv bad row %r" % row)
            continue
        k, r = row
        if k in keywords:
            errors.append("keywords.csv duplicate %s" % k)
        if len(k) < 2:
            errors.append("keywords.csv single-character keyword %s" % k)
        if not RISK.match(r):
            errors.append("keywords.csv bad risk code %s for %s" % (r, k))
        keywords[k] = r

ev = load("evasions.jsonl")
bn = load("benign.jsonl")
ids = collections.Counter(o.get("id") for o in ev + bn)
for i, c in ids.items():
    if c > 1:
        errors.append("duplicate id %s" % i)

ev_counts = collections.Counter()
kw_use = collections.Counter()
for o in ev:
    oid = o.get("id")
    for field in ("id", "text", "keyword", "class", "evasive"):
        if not isinstance(o.get(field), str) or not o.get(field):
            errors.append("%s missing field %s" % (oid, field))
    if set(o) - {"id", "text", "keyword", "class", "evasive"}:
        errors.append("%s extra fields %s" % (oid, set(o) - {"id", "text", "keyword", "class", "evasive"}))
    text, evasive = o.get("text", ""), o.get("evasive", "")
    if not re.match(r"^e\d{3,}$", str(oid)):
        errors.append("%s bad evasion id" % oid)
    if o.get("class") not in EV_CLASSES:
        errors.append("%s unknown class %r" % (oid, o.get("class")))
    if o.get("keyword") not in keywords:
        errors.append("%s keyword %r not in keywords.csv" % (oid, o.get("keyword")))
    if evasive and text.count(evasive) != 1:
        errors.append("%s evasive occurs %d times in text" % (oid, text.count(evasive)))
    if evasive and evasive != evasive.strip():
        errors.append("%s evasive has surrounding whitespace" % oid)
    if not 5 <= len(text) <= 60:
        errors.append("%s text length %d outside 5-60" % (oid, len(text)))
    ev_counts[o.get("class")] += 1
    kw_use[o.get("keyword")] += 1

bn_counts = collections.Counter()
for o in bn:
    oid = o.get("id")
    if set(o) != {"id", "text", "class"}:
        errors.append("%s fields %s" % (oid, sorted(o)))
    if not re.match(r"^b\d{3,}$", str(oid)):
        errors.append("%s bad benign id" % oid)
    if o.get("class") not in BN_CLASSES:
        errors.append("%s unknown benign class %r" % (oid, o.get("class")))
    text = o.get("text", "")
    for k in keywords:
        if k.lower() in text.lower():
            errors.append("%s benign text holds keyword %s" % (oid, k))
    bn_counts[o.get("class")] += 1

print("keywords: %d (by length: %s)" % (len(keywords), dict(sorted(collections.Counter(
    "latin" if k.isascii() else ("4+" if len(k) >= 4 else str(len(k))) for k in keywords).items()))))
print("evasions: %d" % len(ev))
for c in sorted(EV_CLASSES):
    print("  %-20s %d" % (c, ev_counts[c]))
print("  %-20s %d" % ("pinyin_* total", sum(v for c, v in ev_counts.items() if str(c).startswith("pinyin_"))))
print("benign: %d" % len(bn))
for c in sorted(BN_CLASSES):
    print("  %-20s %d" % (c, bn_counts[c]))
unused = [k for k in keywords if kw_use[k] == 0]
print("keywords used by evasions: %d of %d; min uses %d, max uses %d" % (
    len(keywords) - len(unused), len(keywords), min(kw_use[k] for k in keywords), max(kw_use.values())))
if unused:
    print("unused keywords:", " ".join(unused))
for e in errors:
    print("ERROR", e)
print("OK" if not errors else "%d error(s)" % len(errors))
sys.exit(1 if errors else 0)
