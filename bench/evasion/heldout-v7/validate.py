#!/usr/bin/python3
"""Checks keywords.csv, evasions.jsonl and benign.jsonl in this directory and prints counts.
Standard library only. Exit status 1 if any ERROR was found (WARN lines do not fail)."""
import csv, html, json, os, re, sys, unicodedata, urllib.parse
from collections import Counter

D = os.path.dirname(os.path.abspath(__file__))
ERR = []
WARN = []
def err(m): ERR.append(m)
def warn(m): WARN.append(m)

EV_CLASSES = ["pinyin_joined", "pinyin_spaced", "pinyin_tone_marks", "pinyin_tone_digits", "pinyin_mixed",
              "homophone", "chaizi", "symbols", "spaces", "zero_width", "emoji", "fullwidth", "traditional",
              "lookalike", "html_entity", "percent", "numeral", "combined"]
BN_CLASSES = ["soundalike", "poetry", "ordinary"]
NUMERALS = set("一二三四五六七八九十百千")
ZWCH = "\u200b\u200c\u200d\ufeff\u2060"

def is_latin(k): return all(ord(c) < 128 for c in k)

# ---------- keywords ----------
with open(os.path.join(D, "keywords.csv"), encoding="utf-8", newline="") as f:
    rows = list(csv.reader(f))
if rows[0] != ["keyword", "risk"]:
    err("keywords.csv header is %r" % rows[0])
KW = {}
for r in rows[1:]:
    if len(r) != 2 or not r[0] or not re.fullmatch(r"A\.[1-5]\.[a-i]", r[1]):
        err("bad keyword row %r" % r); continue
    if r[0] in KW: err("duplicate keyword %s" % r[0])
    KW[r[0]] = r[1]
for a in KW:
    for b in KW:
        if a != b and a.lower() in b.lower():
            err("keyword %s is a substring of %s" % (a, b))
lat = [k for k in KW if is_latin(k)]
han = [k for k in KW if not is_latin(k)]
lens = Counter(("latin" if is_latin(k) else ("4+" if len(k) >= 4 else str(len(k)))) for k in KW)
num_kw = [k for k in han if set(k) & NUMERALS]
if not 55 <= len(KW) <= 70: err("keyword count %d outside 55-70" % len(KW))
if len(num_kw) < 6: err("only %d keywords with Chinese numerals" % len(num_kw))
if not 4 <= len(lat) <= 5: warn("%d Latin keywords (brief says 4-5)" % len(lat))

def plain_in(k, text):
    if is_latin(k):
        return re.search(r"(?<![A-Za-z])" + re.escape(k) + r"(?![A-Za-z])", text, re.I) is not None
    return k in text

# ---------- optional self-checks of the disguise (need build_keywords.PINYIN) ----------
try:
    sys.path.insert(0, D)
    from build_keywords import PINYIN
except Exception:
    PINYIN = {}

def toneless(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = s.lower().replace("v", "u")
    return re.sub(r"[^a-z]", "", s)

LOOK = {"\u0430": "a", "\u0435": "e", "\u043e": "o", "\u0441": "c", "\u0456": "i", "\u0458": "j",
        "\u041c": "m", "\u0415": "e", "\u0422": "t", "\u041d": "h", "\u039c": "m", "\u0395": "e", "\u03a4": "t",
        "\u0397": "h", "\u039f": "o", "\u0399": "i", "\u039d": "n", "\u0392": "b", "\u03b1": "a", "\u03bf": "o"}
NUMMAP = {"0": "〇", "1": "一", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六", "7": "七", "8": "八", "9": "九",
          "壹": "一", "贰": "二", "叁": "三", "肆": "四", "伍": "五", "陆": "六", "柒": "七", "捌": "八", "玖": "九",
          "拾": "十", "佰": "百", "仟": "千"}

def num_to_han(s):
    s = unicodedata.normalize("NFKC", s)
    # two-digit numbers written as digits, e.g. 18 -> 十八, 54 kept as 五四 (product code)
    out = re.sub(r"(?<!\d)1(\d)(?!\d)", lambda m: "十" + NUMMAP[m.group(1)] if m.group(1) != "0" else "十", s)
    return "".join(NUMMAP.get(c, c) for c in out)

def check_disguise(cls, kw, ev):
    """Return a problem string or None. Only for classes where a mechanical check is possible."""
    if cls in ("pinyin_joined", "pinyin_spaced", "pinyin_tone_marks", "pinyin_tone_digits") and kw in PINYIN:
        if toneless(ev) != PINYIN[kw].replace(" ", "").replace("v", "u"):
            return "pinyin %r != %r" % (toneless(ev), PINYIN[kw])
        if cls == "pinyin_tone_marks" and unicodedata.normalize("NFC", ev) != ev:
            return "tone marks not NFC"
        if cls == "pinyin_tone_marks" and not any(unicodedata.category(c) == "Ll" and ord(c) > 127 for c in ev + ev.lower()):
            return "no tone mark"
        if cls == "pinyin_tone_digits" and not re.search(r"[1-5]", ev):
            return "no tone digit"
        if cls == "pinyin_joined" and re.search(r"[^A-Za-z]", ev):
            return "joined pinyin has separators"
    if cls == "pinyin_mixed":
        if not (re.search(r"[A-Za-z]", ev) and re.search(r"[\u4e00-\u9fff]", ev)):
            return "mixed pinyin needs letters and characters"
    if cls == "zero_width" and "".join(c for c in ev if c not in ZWCH) != kw:
        return "zero-width removal does not give keyword"
    if cls == "spaces" and re.sub(r"\s", "", ev) != kw:
        return "space removal does not give keyword"
    if cls == "fullwidth" and unicodedata.normalize("NFKC", ev).lower() != kw:
        return "NFKC does not give keyword"
    if cls == "lookalike" and "".join(LOOK.get(c, c) for c in ev).lower() != kw:
        return "look-alike mapping does not give keyword"
    if cls == "html_entity" and html.unescape(ev) != kw:
        return "html unescape does not give keyword"
    if cls == "percent" and urllib.parse.unquote(ev) != kw:
        return "percent decode does not give keyword"
    if cls == "numeral" and num_to_han(ev) != kw:
        return "numeral mapping gives %r" % num_to_han(ev)
    if cls in ("symbols", "emoji"):
        kept = "".join(c for c in ev if (c.isalpha() and unicodedata.category(c) == "Lo" and c != "丨") or c.isascii() and c.isalpha())
        if kept != kw:
            return "removing separators gives %r" % kept
    return None

# ---------- evasions ----------
ev_counts = Counter()
kw_use = Counter()
ids = set()
with open(os.path.join(D, "evasions.jsonl"), encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        try:
            o = json.loads(line)
        except Exception as e:
            err("evasions line %d: bad JSON %s" % (ln, e)); continue
        if set(o) != {"id", "text", "keyword", "class", "evasive"}:
            err("evasions line %d: keys %s" % (ln, sorted(o))); continue
        i, t, k, c, e = o["id"], o["text"], o["keyword"], o["class"], o["evasive"]
        if i in ids: err("duplicate id %s" % i)
        ids.add(i)
        if c not in EV_CLASSES: err("%s: unknown class %s" % (i, c))
        if k not in KW: err("%s: keyword %s not in keywords.csv" % (i, k))
        if "\n" in t or "\r" in t: err("%s: text not one line" % i)
        if not 5 <= len(t) <= 60: err("%s: text length %d" % (i, len(t)))
        if not e or e not in t: err("%s: evasive not a substring of text" % i)
        elif t.count(e) != 1: warn("%s: evasive occurs %d times" % (i, t.count(e)))
        EDGE = "，。！？、,!?：:；（）()【】「」“”\"'"
        if e and (e[0].isspace() or e[-1].isspace() or e[0] in EDGE or e[-1] in EDGE):
            err("%s: evasive has surrounding space/punctuation %r" % (i, e))
        if k in KW and plain_in(k, t): err("%s: plain keyword %s in text" % (i, k))
        if k in KW and not is_latin(k) and k in t: err("%s: plain keyword %s in text" % (i, k))
        for other in KW:
            if other != k and plain_in(other, t):
                warn("%s: text also contains plain keyword %s" % (i, other))
        if e == k: err("%s: evasive equals keyword" % i)
        p = check_disguise(c, k, e) if k in KW else None
        if p: warn("%s (%s, %s): %s" % (i, c, k, p))
        if c in ("pinyin_joined", "pinyin_spaced", "pinyin_tone_marks", "pinyin_tone_digits", "pinyin_mixed",
                 "homophone", "chaizi", "numeral", "traditional") and is_latin(k):
            err("%s: class %s used on Latin keyword" % (i, c))
        ev_counts[c] += 1
        kw_use[k] += 1

# ---------- benign ----------
bn_counts = Counter()
with open(os.path.join(D, "benign.jsonl"), encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        try:
            o = json.loads(line)
        except Exception as ex:
            err("benign line %d: bad JSON %s" % (ln, ex)); continue
        if set(o) != {"id", "text", "class"}:
            err("benign line %d: keys %s" % (ln, sorted(o))); continue
        if o["id"] in ids: err("duplicate id %s" % o["id"])
        ids.add(o["id"])
        if o["class"] not in BN_CLASSES: err("%s: unknown class %s" % (o["id"], o["class"]))
        t = o["text"]
        if "\n" in t or not t.strip(): err("%s: bad text" % o["id"])
        for k in KW:
            if plain_in(k, t): err("%s: benign text contains keyword %s" % (o["id"], k))
        # joined pinyin of a keyword inside benign Latin text
        flat = re.sub(r"[^a-z]", "", t.lower())
        for k, py in PINYIN.items():
            if flat and py.replace(" ", "") in flat and re.search(r"[a-z]", t.lower()):
                warn("%s: benign Latin text contains pinyin of %s" % (o["id"], k))
        bn_counts[o["class"]] += 1

# ---------- report ----------
print("keywords: %d  by length: %s  with Chinese numerals: %d (%s)" % (
    len(KW), dict(sorted(lens.items())), len(num_kw), " ".join(num_kw)))
print("risk codes:", dict(sorted(Counter(KW.values()).items())))
print("evasions: %d" % sum(ev_counts.values()))
for c in EV_CLASSES:
    print("  %-20s %d" % (c, ev_counts[c]))
unused = [k for k in KW if kw_use[k] == 0]
print("keywords used in evasions: %d/%d  min/max uses: %d/%d%s" % (
    len(KW) - len(unused), len(KW), min(kw_use[k] for k in KW), max(kw_use.values()),
    ("  UNUSED: " + " ".join(unused)) if unused else ""))
print("benign: %d" % sum(bn_counts.values()))
for c in BN_CLASSES:
    print("  %-20s %d" % (c, bn_counts[c]))
for w in WARN: print("WARN", w)
for e in ERR: print("ERROR", e)
print("OK" if not ERR else "FAILED (%d errors)" % len(ERR))
sys.exit(1 if ERR else 0)
