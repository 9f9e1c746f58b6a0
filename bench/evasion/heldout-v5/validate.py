#!/usr/bin/python3
"""Checks keywords.csv, evasions.jsonl and benign.jsonl of the V5 held-out set
and prints counts. Standard library only. Exit status 1 on any error."""
import csv, json, os, re, sys, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
errors, warnings = [], []

EV_CLASSES = {
    "pinyin_joined": 18, "pinyin_spaced": 18, "pinyin_tone_marks": 18,
    "pinyin_tone_digits": 18, "pinyin_mixed": 18, "homophone": 70, "chaizi": 36,
    "symbols": 14, "spaces": 12, "zero_width": 12, "emoji": 12, "fullwidth": 12,
    "traditional": 12, "lookalike": 12, "html_entity": 12, "percent": 12,
    "numeral": 14, "combined": 16,
}
BN_CLASSES = {"soundalike": 70, "poetry": 45, "ordinary": 45}
NUMERALS = set("一二三四五六七八九十百千")
RISK_RE = re.compile(r"^A\.[1-5]\.[a-i]$")


def err(msg):
    errors.append(msg)


def is_han(ch):
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def toneless(s):
    """Latin letters only, tone marks and digits removed, ü/v -> u, lower case."""
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = unicodedata.normalize("NFKC", s).lower().replace("v", "u")
    return "".join(c for c in s if "a" <= c <= "z")


# ---------------------------------------------------------------- keywords
kw_path = os.path.join(HERE, "keywords.csv")
with open(kw_path, encoding="utf-8", newline="") as f:
    rd = csv.reader(f)
    header = next(rd)
    if header != ["keyword", "risk"]:
        err("keywords.csv header is %r" % header)
    kws = {}
    for row in rd:
        if len(row) != 2:
            err("keywords.csv bad row %r" % row)
            continue
        k, r = row
        if k in kws:
            err("duplicate keyword %s" % k)
        if not RISK_RE.match(r):
            err("bad risk code %r for %s" % (r, k))
        kws[k] = r

latin = [k for k in kws if all(c.isascii() for c in k)]
han = [k for k in kws if k not in latin]
lens = Counter(len(k) if len(k) < 4 else 4 for k in han)
for a in kws:
    for b in kws:
        if a != b and a.lower() in b.lower():
            err("keyword %s is a substring of %s" % (a, b))
n_num = sum(1 for k in kws if NUMERALS & set(k))
if not 55 <= len(kws) <= 70:
    err("keyword count %d not in 55..70" % len(kws))
if not 4 <= len(latin) <= 5:
    err("Latin keyword count %d not 4..5" % len(latin))
if n_num < 6:
    err("only %d keywords with a Chinese numeral" % n_num)

# ---------------------------------------------------------------- helpers
def load(path, fields):
    rows, ids = [], set()
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line:
                err("%s:%d empty line" % (path, ln))
                continue
            try:
                o = json.loads(line)
            except ValueError as e:
                err("%s:%d bad JSON: %s" % (path, ln, e))
                continue
            if not isinstance(o, dict) or set(o) != set(fields):
                err("%s:%d fields %r" % (path, ln, sorted(o) if isinstance(o, dict) else o))
                continue
            if not all(isinstance(o[k], str) for k in fields):
                err("%s:%d non-string field" % (path, ln))
                continue
            if o["id"] in ids:
                err("%s:%d duplicate id %s" % (path, ln, o["id"]))
            ids.add(o["id"])
            if "\n" in o["text"] or "\r" in o["text"]:
                err("%s text not one line" % o["id"])
            rows.append(o)
    return rows


def plain_hits(text, words_boundary_latin=False):
    hits = []
    low = text.lower()
    for k in kws:
        if k in latin:
            if words_boundary_latin:
                if re.search(r"(?<![a-z0-9])%s(?![a-z0-9])" % re.escape(k), low):
                    hits.append(k)
            elif k in low:
                hits.append(k)
        elif k in text:
            hits.append(k)
    return hits


# ---------------------------------------------------------------- evasions
ev = load(os.path.join(HERE, "evasions.jsonl"), ["id", "text", "keyword", "class", "evasive"])
PINYIN = None
try:
    sys.path.insert(0, HERE)
    from build_keywords import KEYWORDS as _K
    PINYIN = {k: p for k, _, p in _K}
except Exception:
    warnings.append("build_keywords.py not importable: pinyin spelling not checked")

BAD_EDGE = set(" \t\u3000\u00a0\u200b\u200c\u200d\u2060\ufeff,.;:!?，。、；：！？…·\"'()（）【】[]")
for o in ev:
    i, t, k, c, e = o["id"], o["text"], o["keyword"], o["class"], o["evasive"]
    n = len(t)
    if not 5 <= n <= 60:
        err("%s length %d" % (i, n))
    if c not in EV_CLASSES:
        err("%s unknown class %s" % (i, c))
    if k not in kws:
        err("%s keyword %s not in keywords.csv" % (i, k))
    if not e or e not in t:
        err("%s evasive not a substring of text" % i)
    elif t.count(e) != 1:
        warnings.append("%s evasive occurs %d times" % (i, t.count(e)))
    edge = BAD_EDGE - {";"} if c in ("html_entity", "combined") else BAD_EDGE
    if e and (e[0] in edge or e[-1] in edge):
        err("%s evasive has space/punctuation at an edge" % i)
    if e == k:
        err("%s evasive equals the keyword" % i)
    hits = plain_hits(t)
    if k in hits:
        err("%s plain keyword %s in text" % (i, k))
    others = [h for h in hits if h != k]
    if others:
        err("%s text contains other keyword(s) %s plainly" % (i, others))
    if k in latin and c in ("pinyin_joined", "pinyin_spaced", "pinyin_tone_marks",
                            "pinyin_tone_digits", "pinyin_mixed", "homophone", "chaizi"):
        err("%s class %s used on Latin keyword" % (i, c))
    if unicodedata.normalize("NFC", e) != e:
        err("%s evasive not NFC" % i)
    if PINYIN and k in PINYIN and PINYIN[k]:
        p = PINYIN[k]
        if c in ("pinyin_joined", "pinyin_spaced", "pinyin_tone_marks", "pinyin_tone_digits"):
            if toneless(e) != p:
                err("%s pinyin %r -> %r, expected %r" % (i, e, toneless(e), p))
            if any(is_han(ch) for ch in e):
                err("%s pinyin class holds a Chinese character" % i)
            if c == "pinyin_joined" and not re.fullmatch(r"[A-Za-z]+", e):
                err("%s pinyin_joined not plain letters" % i)
            if c == "pinyin_spaced" and re.fullmatch(r"[A-Za-z]+", e):
                err("%s pinyin_spaced without separator" % i)
            if c == "pinyin_tone_marks" and toneless(e) == e.lower().replace(" ", ""):
                err("%s pinyin_tone_marks without marks" % i)
            if c == "pinyin_tone_digits" and not re.search(r"[a-z][1-5]", e.lower()):
                err("%s pinyin_tone_digits without digits" % i)
        if c == "pinyin_mixed":
            if not (any(is_han(ch) for ch in e) and re.search(r"[A-Za-z]", e)):
                err("%s pinyin_mixed needs letters and characters" % i)
        if c in ("homophone", "chaizi", "traditional") and not all(is_han(ch) for ch in e):
            err("%s %s evasive has non-Han characters" % (i, c))
        if c == "homophone" and len(e) != len(k):
            err("%s homophone length differs from keyword" % i)

# ---------------------------------------------------------------- benign
bn = load(os.path.join(HERE, "benign.jsonl"), ["id", "text", "class"])
ev_strings = {o["evasive"] for o in ev if len(o["evasive"]) >= 2}
for o in bn:
    i, t, c = o["id"], o["text"], o["class"]
    if c not in BN_CLASSES:
        err("%s unknown class %s" % (i, c))
    if not 4 <= len(t) <= 80:
        err("%s length %d" % (i, len(t)))
    hits = plain_hits(t, words_boundary_latin=True)
    if hits:
        err("%s benign text contains keyword(s) %s" % (i, hits))
    for s in ev_strings:
        if s in t:
            warnings.append("%s benign text contains evasive string %r" % (i, s))
    if re.fullmatch(r"[\x00-\x7f]+", t):
        joined = re.sub(r"[^a-z]", "", t.lower())
        for k, p in (PINYIN or {}).items():
            if p and p in joined:
                warnings.append("%s Latin text holds the pinyin %r of %s" % (i, p, k))

# ---------------------------------------------------------------- report
print("keywords: %d (2-char %d, 3-char %d, 4+ %d, Latin %d, with numeral %d)" % (
    len(kws), lens[2], lens[3], lens[4], len(latin), n_num))
print("risk codes:", dict(sorted(Counter(kws.values()).items())))
cc = Counter(o["class"] for o in ev)
print("evasions: %d" % len(ev))
for c, target in EV_CLASSES.items():
    print("  %-20s %3d (target ~%d)" % (c, cc.get(c, 0), target))
print("  keywords covered: %d of %d" % (len({o['keyword'] for o in ev}), len(kws)))
hom = [o for o in ev if o["class"] == "homophone"]
h2 = sum(1 for o in hom if len(o["keyword"]) == 2)
print("  homophone on 2-char keywords: %d, on longer: %d" % (h2, len(hom) - h2))
bc = Counter(o["class"] for o in bn)
print("benign: %d" % len(bn))
for c, target in BN_CLASSES.items():
    print("  %-20s %3d (target ~%d)" % (c, bc.get(c, 0), target))
for w in warnings:
    print("WARNING:", w)
for e in errors:
    print("ERROR:", e)
print("OK" if not errors else "%d error(s)" % len(errors))
sys.exit(1 if errors else 0)
