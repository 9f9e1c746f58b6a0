#!/usr/bin/python3
"""Validate held-out set V3 (standard library only). Exit code 1 on any error."""
import csv, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
EV_CLASSES = {"pinyin_joined", "pinyin_spaced", "pinyin_tone_marks", "pinyin_tone_digits",
              "pinyin_mixed", "homophone", "chaizi", "symbols", "spaces", "zero_width", "emoji",
              "fullwidth", "traditional", "lookalike", "html_entity", "percent"}
BN_CLASSES = {"soundalike", "poetry", "ordinary"}
# traditional -> simplified for the characters of this keyword list (benign lines must not hold
# a keyword in traditional characters either)
T2S = dict(zip("賭場槍彈藥強姦賣買黃錢傳銷臺獨襲約貸搖頭輪樂機倣鄉鉀侖會竊聽辦證殺豬盤網軍際兇東單開發製現嗎",
               "赌场枪弹药强奸卖买黄钱传销台独袭约贷摇头轮乐机仿乡钾仑会窃听办证杀猪盘网军际凶东单开发制现吗"))
RISK_RE = re.compile(r"^A\.[1-5]\.[a-i]$")
errors = []


def err(msg):
    errors.append(msg)


def load_jsonl(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err("%s:%d empty line" % (name, n))
                continue
            try:
                obj = json.loads(line)
            except ValueError as e:
                err("%s:%d bad JSON: %s" % (name, n, e))
                continue
            if not isinstance(obj, dict):
                err("%s:%d not an object" % (name, n))
                continue
            rows.append(obj)
    return rows


# keywords.csv
keywords = {}
with open(os.path.join(HERE, "keywords.csv"), encoding="utf-8", newline="") as f:
    r = csv.reader(f)
    header = next(r)
    if header != ["keyword", "risk"]:
        err("keywords.csv header is %r" % header)
    for n, row in enumerate(r, 2):
        if len(row) != 2:
            err("keywords.csv:%d wrong field count" % n)
            continue
        k, risk = row
        if k in keywords:
            err("keywords.csv:%d duplicate keyword %s" % (n, k))
        if len(k) < 2:
            err("keywords.csv:%d single-character keyword %s" % (n, k))
        if not RISK_RE.match(risk):
            err("keywords.csv:%d bad risk code %s" % (n, risk))
        keywords[k] = risk
lens = Counter()
for k in keywords:
    lens["latin" if k.isascii() else ("%d" % len(k) if len(k) < 4 else "4+")] += 1

# evasions.jsonl
ev = load_jsonl("evasions.jsonl")
ids = Counter()
ev_cls = Counter()
ev_kw = Counter()
for o in ev:
    i = o.get("id")
    ids[i] += 1
    for fld in ("id", "text", "keyword", "class", "evasive"):
        if not isinstance(o.get(fld), str) or not o.get(fld):
            err("%s: missing/empty field %s" % (i, fld))
    if set(o) != {"id", "text", "keyword", "class", "evasive"}:
        err("%s: unexpected fields %s" % (i, sorted(o)))
    t, e, k, c = o.get("text", ""), o.get("evasive", ""), o.get("keyword", ""), o.get("class", "")
    if c not in EV_CLASSES:
        err("%s: unknown class %r" % (i, c))
    if k not in keywords:
        err("%s: keyword %r not in keywords.csv" % (i, k))
    if e and t.count(e) != 1:
        err("%s: evasive occurs %d times in text" % (i, t.count(e)))
    if not 5 <= len(t) <= 60:
        # encoded classes may run long; report but keep the limit visible
        err("%s: text length %d outside 5-60" % (i, len(t)))
    if e == k:
        err("%s: evasive equals the keyword" % i)
    for kk in keywords:
        if kk.lower() in t.lower():
            err("%s: text holds plain keyword %s" % (i, kk))
    if e != e.strip():
        err("%s: evasive has surrounding whitespace" % i)
    ev_cls[c] += 1
    ev_kw[k] += 1

# benign.jsonl
bn = load_jsonl("benign.jsonl")
bn_cls = Counter()
for o in bn:
    i = o.get("id")
    ids[i] += 1
    if set(o) != {"id", "text", "class"}:
        err("%s: unexpected fields %s" % (i, sorted(o)))
    t, c = o.get("text", ""), o.get("class", "")
    if not isinstance(t, str) or not t:
        err("%s: empty text" % i)
        continue
    if c not in BN_CLASSES:
        err("%s: unknown class %r" % (i, c))
    norm = "".join(T2S.get(ch, ch) for ch in t).lower()
    for k in keywords:
        if k.lower() in norm:
            err("%s: benign text holds keyword %s" % (i, k))
    bn_cls[c] += 1

for i, n in ids.items():
    if n > 1:
        err("id %s used %d times" % (i, n))

print("keywords: %d  by length: %s" % (len(keywords), dict(sorted(lens.items()))))
print("evasions: %d" % len(ev))
for c in sorted(EV_CLASSES):
    print("  %-20s %d" % (c, ev_cls[c]))
print("  pinyin_* total       %d" % sum(v for c, v in ev_cls.items() if c.startswith("pinyin")))
print("benign: %d" % len(bn))
for c in sorted(BN_CLASSES):
    print("  %-20s %d" % (c, bn_cls[c]))
unused = [k for k in keywords if ev_kw[k] == 0]
print("keywords used in evasions: %d/%d (min %d, max %d uses)%s" % (
    len(keywords) - len(unused), len(keywords),
    min(ev_kw[k] for k in keywords), max(ev_kw[k] for k in keywords),
    ("; unused: " + ",".join(unused)) if unused else ""))
if errors:
    for e in errors:
        print("ERROR", e)
    print("FAILED: %d errors" % len(errors))
    sys.exit(1)
print("OK: no errors")
