#!/usr/bin/python3
"""Checks the V9 held-out files and prints counts. Standard library only.

Usage: /usr/bin/python3 validate.py [directory]
Exit status 1 if any error was found.
"""
import csv
import json
import os
import re
import sys
import unicodedata
from collections import Counter

DIR = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

EVASION_CLASSES = [
    "pinyin_joined", "pinyin_spaced", "pinyin_tone_marks", "pinyin_tone_digits",
    "pinyin_mixed", "homophone", "chaizi", "symbols", "spaces", "zero_width", "emoji",
    "fullwidth", "traditional", "lookalike", "html_entity", "percent", "numeral", "combined",
]
BENIGN_CLASSES = ["soundalike", "poetry", "ordinary"]
NUMERALS = set("一二三四五六七八九十百千")
EDGE_BAD = set(" \t\u3000\u00a0\u200b\u200c\u200d\u2060\ufeff,，.。!！?？:：;；、\"'“”‘’()（）")

errors = []


def err(msg):
    errors.append(msg)


def is_han(c):
    return "CJK UNIFIED" in unicodedata.name(c, "")


def contains_plain(text, kw):
    """Plain occurrence. Latin keywords: case-insensitive substring."""
    if kw.isascii():
        return kw.lower() in text.lower()
    return kw in text


def contains_word(text, kw):
    """For benign texts: Latin keywords only count as whole words (so
    'method' does not hold 'meth'); Chinese keywords as substrings."""
    if kw.isascii():
        return re.search(r"(?<![A-Za-z])%s(?![A-Za-z])" % re.escape(kw), text, re.I) is not None
    return kw in text


# ---------------------------------------------------------------- keywords
with open(os.path.join(DIR, "keywords.csv"), encoding="utf-8", newline="") as f:
    rows = list(csv.reader(f))
if rows[0] != ["keyword", "risk"]:
    err("keywords.csv: bad header %r" % rows[0])
keywords = {}
for r in rows[1:]:
    if len(r) != 2 or not r[0] or not r[1]:
        err("keywords.csv: bad row %r" % r)
        continue
    if r[0] in keywords:
        err("keywords.csv: duplicate %s" % r[0])
    keywords[r[0]] = r[1]
for a in keywords:
    for b in keywords:
        if a != b and contains_plain(b, a):
            err("keyword %s is inside keyword %s" % (a, b))
latin = [k for k in keywords if k.isascii()]
han = [k for k in keywords if not k.isascii()]
lens = Counter(len(k) if len(k) < 4 else 4 for k in han)
with_num = [k for k in han if set(k) & NUMERALS]
n = len(keywords)
print("keywords: %d  (2-char %d = %.0f%%, 3-char %d = %.0f%%, 4+ %d = %.0f%%, Latin %d)"
      % (n, lens[2], 100.0 * lens[2] / n, lens[3], 100.0 * lens[3] / n,
         lens[4], 100.0 * lens[4] / n, len(latin)))
print("keywords with a Chinese numeral: %d (%s)" % (len(with_num), " ".join(with_num)))
if not 55 <= n <= 70:
    err("keyword count %d outside 55-70" % n)
if len(with_num) < 6:
    err("fewer than 6 keywords with a Chinese numeral")
print("risk codes:", dict(sorted(Counter(keywords.values()).items())))


def load(name, fields):
    out = []
    ids = set()
    with open(os.path.join(DIR, name), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                rec = json.loads(line)
            except ValueError as e:
                err("%s:%d: not JSON (%s)" % (name, ln, e))
                continue
            if not isinstance(rec, dict) or set(rec) != set(fields):
                err("%s:%d: fields %r, want %r" % (name, ln, sorted(rec), sorted(fields)))
                continue
            if not all(isinstance(rec[k], str) for k in fields):
                err("%s:%d: non-string field" % (name, ln))
                continue
            if rec["id"] in ids:
                err("%s:%d: duplicate id %s" % (name, ln, rec["id"]))
            ids.add(rec["id"])
            t = rec["text"]
            if "\n" in t or "\r" in t:
                err("%s:%d: text has a line break" % (name, ln))
            if not 5 <= len(t) <= 60:
                err("%s:%d: text length %d outside 5-60" % (name, ln, len(t)))
            out.append((ln, rec))
    return out


# ---------------------------------------------------------------- evasions
ev = load("evasions.jsonl", ["id", "text", "keyword", "class", "evasive"])
texts = Counter()
for ln, r in ev:
    t, kw, e, cls = r["text"], r["keyword"], r["evasive"], r["class"]
    where = "evasions.jsonl:%d (%s)" % (ln, r["id"])
    texts[t] += 1
    if cls not in EVASION_CLASSES:
        err("%s: unknown class %s" % (where, cls))
    if kw not in keywords:
        err("%s: keyword %s not in keywords.csv" % (where, kw))
    if not e:
        err("%s: empty evasive" % where)
        continue
    if t.count(e) != 1:
        err("%s: evasive occurs %d times in text" % (where, t.count(e)))
    last_ok = cls in ("html_entity", "combined") and re.search(r"&#[0-9xX][0-9a-fA-F]*;$", e)
    if e[0] in EDGE_BAD or (e[-1] in EDGE_BAD and not last_ok):
        err("%s: evasive has space/punctuation at an edge: %r" % (where, e))
    for k in keywords:
        if contains_plain(t, k):
            err("%s: text contains keyword %s plainly" % (where, k))
    if e == kw:
        err("%s: evasive equals keyword" % where)
    if len(kw) == 1 and not kw.isascii():
        err("%s: single-character keyword" % where)
    if unicodedata.normalize("NFC", t) != t and cls not in ("lookalike",):
        err("%s: text not NFC" % where)
for t, c in texts.items():
    if c > 1:
        err("evasions: text repeated %d times: %r" % (c, t))

# ---------------------------------------------------------------- benign
bn = load("benign.jsonl", ["id", "text", "class"])
for ln, r in bn:
    where = "benign.jsonl:%d (%s)" % (ln, r["id"])
    if r["class"] not in BENIGN_CLASSES:
        err("%s: unknown class %s" % (where, r["class"]))
    for k in keywords:
        if contains_word(r["text"], k):
            err("%s: text contains keyword %s" % (where, k))
bt = Counter(r["text"] for _, r in bn)
for t, c in bt.items():
    if c > 1:
        err("benign: text repeated: %r" % t)

# ---------------------------------------------------------------- counts
ec = Counter(r["class"] for _, r in ev)
print("\nevasions: %d" % len(ev))
for c in EVASION_CLASSES:
    print("  %-20s %3d" % (c, ec.get(c, 0)))
kc = Counter(r["keyword"] for _, r in ev)
print("  keywords used: %d of %d; per keyword min %d max %d"
      % (len(kc), len(keywords), min(kc.values()), max(kc.values())))
unused = [k for k in keywords if k not in kc]
if unused:
    err("keywords without any evasion: %s" % " ".join(unused))
hom = [r for _, r in ev if r["class"] == "homophone"]
h2 = sum(1 for r in hom if len(r["keyword"]) == 2)
print("  homophone: %d on two-character keywords, %d on longer ones" % (h2, len(hom) - h2))
bc = Counter(r["class"] for _, r in bn)
print("\nbenign: %d" % len(bn))
for c in BENIGN_CLASSES:
    print("  %-20s %3d" % (c, bc.get(c, 0)))

if errors:
    print("\n%d ERROR(S):" % len(errors))
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nOK")
