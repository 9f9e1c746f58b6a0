#!/usr/bin/python3
"""Check keywords.csv, evasions.jsonl, benign.jsonl (beside this script) and print counts.
Exit status 1 if any error. This checks the data only; it runs no filter."""
import csv, json, os, re, sys, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build_keywords import PINYIN  # noqa: E402

errors, notes = [], []
NUMERALS = set("一二三四五六七八九十百千")
EV_CLASSES = ["pinyin_joined", "pinyin_spaced", "pinyin_tone_marks", "pinyin_tone_digits", "pinyin_mixed",
              "homophone", "chaizi", "symbols", "spaces", "zero_width", "emoji", "fullwidth", "traditional",
              "lookalike", "html_entity", "percent", "numeral", "combined"]
BN_CLASSES = ["soundalike", "poetry", "ordinary"]
PUNCT_EDGE = set(" \t\u3000\u00a0\u200b\u200c\u200d\ufeff\u2060,.!?;:，。！？；：、（）()“”\"'《》【】")


def err(m):
    errors.append(m)


# ---------------- keywords
with open(os.path.join(HERE, "keywords.csv"), encoding="utf-8", newline="") as f:
    rows = list(csv.reader(f))
if rows[0] != ["keyword", "risk"]:
    err("keywords.csv header")
kws = {}
for r in rows[1:]:
    if len(r) != 2 or not r[0]:
        err("bad keyword row %r" % r)
        continue
    if r[0] in kws:
        err("duplicate keyword %s" % r[0])
    if not re.fullmatch(r"A\.[1-5]\.[a-i]", r[1]):
        err("bad risk %r" % r)
    kws[r[0]] = r[1]
for a in kws:
    for b in kws:
        if a != b and a.lower() in b.lower():
            err("keyword %s inside %s" % (a, b))
is_latin = {k: k.isascii() for k in kws}
size = Counter("latin" if is_latin[k] else ("2" if len(k) == 2 else "3" if len(k) == 3 else "4+") for k in kws)
num_kw = [k for k in kws if NUMERALS & set(k)]
if len(num_kw) < 6:
    err("fewer than 6 numeral keywords")
for k in kws:
    if not is_latin[k] and k not in PINYIN:
        err("no pinyin for %s" % k)


def plain_in(k, t):
    return k.lower() in t.lower()


# ---------------- pinyin self-check of the data
def toneless(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"[^a-z]", "", s.lower())


def pinyin_forms(k):
    base = re.sub(r"[0-9 ]", "", PINYIN[k])
    return {base, base.replace("v", "u")}


# ---------------- evasions
ev_counts, ev_kw = Counter(), Counter()
ids = set()
with open(os.path.join(HERE, "evasions.jsonl"), encoding="utf-8") as f:
    raw = f.read()
if "\r" in raw:
    err("CR in evasions.jsonl")
for ln, line in enumerate(raw.split("\n")[:-1], 1):
    try:
        o = json.loads(line)
    except ValueError:
        err("evasions line %d not JSON" % ln)
        continue
    if list(o) != ["id", "text", "keyword", "class", "evasive"] or not all(isinstance(v, str) for v in o.values()):
        err("evasions line %d shape" % ln)
        continue
    t, k, c, e = o["text"], o["keyword"], o["class"], o["evasive"]
    where = "%s (%s)" % (o["id"], c)
    if o["id"] in ids:
        err("duplicate id " + o["id"])
    ids.add(o["id"])
    if c not in EV_CLASSES:
        err(where + " unknown class")
    if k not in kws:
        err(where + " keyword not in keywords.csv")
        continue
    if not 5 <= len(t) <= 60:
        err(where + " length %d" % len(t))
    if "\n" in t or "\r" in t or "\u2028" in t:
        err(where + " not one line")
    if e not in t:
        err(where + " evasive not in text")
    elif t.count(e) != 1:
        err(where + " evasive occurs more than once")
    if e == k or not e:
        err(where + " evasive equals keyword")
    if e[0] in PUNCT_EDGE or (e[-1] in PUNCT_EDGE and not re.search(r"&#x?[0-9A-Fa-f]+;$", e)):
        err(where + " evasive has space/punctuation at an edge")
    if plain_in(k, t):
        err(where + " plain keyword in text")
    for other in kws:
        if other != k and plain_in(other, t):
            err(where + " other keyword %s plainly in text" % other)
    if c in ("pinyin_joined", "pinyin_spaced", "pinyin_tone_marks", "pinyin_tone_digits"):
        if toneless(re.sub(r"[1-5]", "", e)) not in pinyin_forms(k):
            err(where + " pinyin %r does not spell %s" % (e, k))
        if c == "pinyin_tone_digits" and not re.search(r"[1-5]", e):
            err(where + " no tone digits")
        if c == "pinyin_tone_marks" and e != unicodedata.normalize("NFC", e):
            err(where + " tone marks not NFC")
    ev_counts[c] += 1
    ev_kw[k] += 1

# ---------------- benign
bn_counts = Counter()
with open(os.path.join(HERE, "benign.jsonl"), encoding="utf-8") as f:
    braw = f.read()
for ln, line in enumerate(braw.split("\n")[:-1], 1):
    try:
        o = json.loads(line)
    except ValueError:
        err("benign line %d not JSON" % ln)
        continue
    if list(o) != ["id", "text", "class"] or not all(isinstance(v, str) for v in o.values()):
        err("benign line %d shape" % ln)
        continue
    t, c = o["text"], o["class"]
    if o["id"] in ids:
        err("duplicate id " + o["id"])
    ids.add(o["id"])
    if c not in BN_CLASSES:
        err(o["id"] + " unknown class")
    if not 2 <= len(t) <= 80 or "\n" in t:
        err(o["id"] + " length/lines")
    for k in kws:
        if plain_in(k, t):
            err("%s plain keyword %s in benign text" % (o["id"], k))
    letters = re.sub(r"[^a-z]", "", t.lower())
    for k in kws:
        forms = {k} if is_latin[k] else pinyin_forms(k)
        for p in forms:
            if len(p) >= 4 and p in letters:
                notes.append("%s: letters run together contain %r (%s)" % (o["id"], p, k))
    bn_counts[c] += 1

# ---------------- report
print("keywords: %d  (two-char %d, three-char %d, four+ %d, latin %d); with a Chinese numeral: %d"
      % (len(kws), size["2"], size["3"], size["4+"], size["latin"], len(num_kw)))
print("evasions: %d" % sum(ev_counts.values()))
for c in EV_CLASSES:
    print("  %-20s %d" % (c, ev_counts[c]))
print("benign: %d" % sum(bn_counts.values()))
for c in BN_CLASSES:
    print("  %-20s %d" % (c, bn_counts[c]))
unused = [k for k in kws if not ev_kw[k]]
if unused:
    notes.append("keywords without evasions: " + " ".join(unused))
for n in notes:
    print("note:", n)
for e in errors:
    print("ERROR:", e)
print("OK" if not errors else "%d error(s)" % len(errors))
sys.exit(1 if errors else 0)
