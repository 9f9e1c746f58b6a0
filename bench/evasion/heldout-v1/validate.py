#!/usr/bin/python3
"""Check keywords.csv, evasions.jsonl and benign.jsonl (standard library only)."""
import csv, itertools, json, os, re, sys, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
EV_CLASSES = ["pinyin_joined", "pinyin_spaced", "pinyin_tone_marks", "pinyin_tone_digits",
              "pinyin_mixed", "homophone", "chaizi", "symbols", "spaces", "zero_width", "emoji",
              "fullwidth", "traditional", "lookalike", "html_entity", "percent"]
BEN_CLASSES = ["soundalike", "poetry", "ordinary"]
# simplified -> traditional for the characters of this set's keywords (only those that differ)
S2T = dict(zip("赌网场约枪药弹强奸杀钱东摇头乐机时级轮猪盘办证络闪电袭击开发卖视频制诈骗买气",
               "賭網場約槍藥彈強姦殺錢東搖頭樂機時級輪豬盤辦證絡閃電襲擊開發賣視頻製詐騙買氣"))
ZW = set("\u200b\u200c\u200d\u2060\ufeff")
TONE = set("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ")
errors = []

def err(msg):
    errors.append(msg)

def is_cjk(ch):
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\U00020000" <= ch <= "\U0002ffff"

def load_jsonl(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"{name}:{n}: empty line"); continue
            try:
                rows.append((n, json.loads(line)))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: bad JSON: {e}")
    return rows

def variants(kw):
    opts = [(c, S2T[c]) if c in S2T else (c,) for c in kw]
    return {"".join(p) for p in itertools.product(*opts)}

def contains_kw(text, kws):
    low = text.lower()
    hits = []
    for kw in kws:
        if kw.isascii():
            if kw.lower() in low:
                hits.append(kw)
        elif any(v in text for v in variants(kw)):
            hits.append(kw)
    return hits

# keywords
kws = {}
with open(os.path.join(HERE, "keywords.csv"), encoding="utf-8", newline="") as f:
    r = csv.reader(f)
    if next(r) != ["keyword", "risk"]:
        err("keywords.csv: header must be keyword,risk")
    for n, row in enumerate(r, 2):
        if len(row) != 2:
            err(f"keywords.csv:{n}: need 2 fields"); continue
        k, risk = row
        if k in kws: err(f"keywords.csv:{n}: duplicate {k}")
        if len(k) < 2: err(f"keywords.csv:{n}: single-character keyword {k}")
        if not re.fullmatch(r"A\.[1-5]\.[a-i]", risk): err(f"keywords.csv:{n}: bad risk {risk}")
        kws[k] = risk
lens = Counter("latin" if k.isascii() else ("2" if len(k) == 2 else "3" if len(k) == 3 else "4+") for k in kws)
if not 50 <= len(kws) <= 70: err(f"keywords.csv: {len(kws)} keywords, want 50-70")

# evasions
ids = set()
ev_counts, ev_kw = Counter(), Counter()
evasive_strings = set()
for n, o in load_jsonl("evasions.jsonl"):
    where = f"evasions.jsonl:{n}"
    if set(o) != {"id", "text", "keyword", "class", "evasive"}:
        err(f"{where}: keys {sorted(o)}"); continue
    i, t, k, c, e = o["id"], o["text"], o["keyword"], o["class"], o["evasive"]
    if not re.fullmatch(r"e\d{3}", i): err(f"{where}: bad id {i}")
    if i in ids: err(f"{where}: duplicate id {i}")
    ids.add(i)
    if c not in EV_CLASSES: err(f"{where}: bad class {c}")
    if k not in kws: err(f"{where}: keyword {k} not in keywords.csv")
    if t.count(e) != 1: err(f"{where}: evasive {e!r} occurs {t.count(e)} times")
    if not 5 <= len(t) <= 60: err(f"{where}: text length {len(t)}")
    if e == k: err(f"{where}: evasive equals the plain keyword")
    if e != e.strip(): err(f"{where}: evasive has surrounding whitespace")
    plain = contains_kw(t, [x for x in kws]) if c != "traditional" else \
        [x for x in kws if x in t or (x.isascii() and x.lower() in t.lower())]
    if plain: err(f"{where}: text holds plain keyword(s) {plain}")
    # class sanity
    has_latin = any(ch.isascii() and ch.isalpha() for ch in e)
    if c.startswith("pinyin") and not has_latin: err(f"{where}: pinyin without letters")
    if c == "pinyin_joined" and not re.fullmatch(r"[A-Za-z]+", e): err(f"{where}: joined pinyin {e!r}")
    if c == "pinyin_spaced" and not re.fullmatch(r"[A-Za-z]+( +[A-Za-z]+)+", e): err(f"{where}: spaced pinyin {e!r}")
    if c == "pinyin_tone_marks" and not (set(e) & TONE): err(f"{where}: no tone marks")
    if c == "pinyin_tone_digits" and not re.search(r"[a-zA-Z][1-5]", e): err(f"{where}: no tone digits")
    if c == "pinyin_mixed" and not any(is_cjk(ch) for ch in e): err(f"{where}: mixed without hanzi")
    if c in ("homophone", "chaizi") and not all(is_cjk(ch) or ch.isascii() for ch in e): err(f"{where}: odd chars")
    if c == "chaizi" and len(e) <= len(k): err(f"{where}: chaizi not longer than keyword")
    if c == "homophone" and len(e) != len(k): err(f"{where}: homophone length differs")
    if c == "zero_width" and not (set(e) & ZW): err(f"{where}: no zero-width char")
    if c == "fullwidth" and not any("\uff01" <= ch <= "\uff5e" for ch in e): err(f"{where}: no fullwidth char")
    if c == "lookalike" and not any(unicodedata.name(ch, "").startswith(("CYRILLIC", "GREEK")) for ch in e):
        err(f"{where}: no Cyrillic/Greek letter")
    if c == "traditional" and not any(ch in S2T.values() for ch in e): err(f"{where}: no traditional char")
    if c == "html_entity" and not re.search(r"&(amp;)?#x?[0-9A-Fa-f]+;", e): err(f"{where}: no entity")
    if c == "percent" and not re.search(r"%[0-9A-Fa-f]{2}", e): err(f"{where}: no percent escape")
    if c == "spaces" and not re.search(r"[ \u3000]", e): err(f"{where}: no space")
    if c == "emoji" and not any(ord(ch) > 0x2000 and unicodedata.category(ch) in ("So", "Sk", "Mn", "Me") or ch == "\u20e3" for ch in e):
        err(f"{where}: no emoji")
    ev_counts[c] += 1
    ev_kw[k] += 1
    evasive_strings.add(e)

# benign
bids = set()
b_counts = Counter()
for n, o in load_jsonl("benign.jsonl"):
    where = f"benign.jsonl:{n}"
    if set(o) != {"id", "text", "class"}:
        err(f"{where}: keys {sorted(o)}"); continue
    i, t, c = o["id"], o["text"], o["class"]
    if not re.fullmatch(r"b\d{3}", i): err(f"{where}: bad id {i}")
    if i in bids: err(f"{where}: duplicate id {i}")
    bids.add(i)
    if c not in BEN_CLASSES: err(f"{where}: bad class {c}")
    if not 4 <= len(t) <= 80: err(f"{where}: text length {len(t)}")
    hits = contains_kw(t, kws)
    if hits: err(f"{where}: benign line holds keyword(s) {hits}")
    # an ASCII evasion string counts only as a whole Latin token ("dama" in "damage" is fine)
    same = [e for e in evasive_strings if len(e) >= 2 and (
        re.search(r"(?<![A-Za-z])" + re.escape(e) + r"(?![A-Za-z])", t, re.I) if e.isascii() else e in t)]
    if same: err(f"{where}: benign line holds an evasion string {same}")
    b_counts[c] += 1

print(f"keywords: {len(kws)}  by length: " + ", ".join(f"{k}={v}" for k, v in sorted(lens.items())))
print(f"evasions: {sum(ev_counts.values())}")
for c in EV_CLASSES:
    print(f"  {c:20s} {ev_counts[c]}")
print(f"  pinyin total         {sum(ev_counts[c] for c in EV_CLASSES[:5])}")
unused = [k for k in kws if ev_kw[k] == 0]
print(f"keywords used in evasions: {len(kws) - len(unused)}/{len(kws)}; unused: {', '.join(unused) or '-'}")
print(f"benign: {sum(b_counts.values())}")
for c in BEN_CLASSES:
    print(f"  {c:20s} {b_counts[c]}")
if errors:
    print(f"\n{len(errors)} problem(s):")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nOK: no problems found")
