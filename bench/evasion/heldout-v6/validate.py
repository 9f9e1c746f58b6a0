#!/usr/bin/python3
"""Check the V6 held-out set: keywords.csv, evasions.jsonl, benign.jsonl. Prints counts; exit 1 on errors."""
import csv, json, re, sys, os
from collections import Counter

D = os.path.dirname(os.path.abspath(__file__))
errors, notes = [], []
def err(m): errors.append(m)

EVA_CLASSES = {'pinyin_joined': 18, 'pinyin_spaced': 18, 'pinyin_tone_marks': 18, 'pinyin_tone_digits': 18,
               'pinyin_mixed': 18, 'homophone': 70, 'chaizi': 36, 'symbols': 14, 'spaces': 12, 'zero_width': 12,
               'emoji': 12, 'fullwidth': 12, 'traditional': 12, 'lookalike': 12, 'html_entity': 12, 'percent': 12,
               'numeral': 14, 'combined': 16}
BEN_CLASSES = {'soundalike': 70, 'poetry': 45, 'ordinary': 45}
NUMERALS = set('一二三四五六七八九十百千')
RISK_RE = re.compile(r'^A\.[1-5]\.[a-i]$')

# keywords
with open(os.path.join(D, 'keywords.csv'), encoding='utf-8', newline='') as f:
    r = csv.reader(f)
    header = next(r)
    if header != ['keyword', 'risk']: err('keywords.csv header %r' % header)
    rows = [row for row in r if row]
kws = {}
for row in rows:
    if len(row) != 2: err('bad keyword row %r' % row); continue
    k, risk = row
    if k in kws: err('duplicate keyword %s' % k)
    if not RISK_RE.match(risk): err('bad risk code %s for %s' % (risk, k))
    kws[k] = risk
kwlist = list(kws)
for a in kwlist:
    for b in kwlist:
        if a != b and a.lower() in b.lower(): err('keyword %s is inside %s' % (a, b))
def kind(k):
    if k.isascii(): return 'latin'
    return {2: '2char', 3: '3char'}.get(len(k), '4+char')
kc = Counter(kind(k) for k in kwlist)
n = len(kwlist)
print('keywords: %d  %s' % (n, ', '.join('%s=%d (%.0f%%)' % (c, kc[c], 100 * kc[c] / n) for c in ['2char', '3char', '4+char', 'latin'])))
nnum = sum(1 for k in kwlist if NUMERALS & set(k))
print('keywords with a Chinese numeral: %d' % nnum)
if not 55 <= n <= 70: err('keyword count %d' % n)
if nnum < 6: err('fewer than 6 numeral keywords')
if not 4 <= kc['latin'] <= 5: err('latin keyword count %d' % kc['latin'])

def check_text(obj, where):
    t = obj.get('text')
    if not isinstance(t, str): err('%s: text not a string' % where); return None
    if '\n' in t or '\r' in t or '\u2028' in t or '\u2029' in t: err('%s: text not one line' % where)
    if not 5 <= len(t) <= 60: err('%s: text length %d' % (where, len(t)))
    if t != t.strip(): err('%s: leading/trailing whitespace' % where)
    return t

ids = set()
# evasions
ec = Counter(); ekw = Counter()
with open(os.path.join(D, 'evasions.jsonl'), encoding='utf-8') as f:
    for ln, line in enumerate(f, 1):
        where = 'evasions:%d' % ln
        try: o = json.loads(line)
        except Exception as e: err('%s: bad JSON %s' % (where, e)); continue
        if set(o) != {'id', 'text', 'keyword', 'class', 'evasive'}: err('%s: keys %s' % (where, sorted(o)))
        if o.get('id') in ids: err('%s: duplicate id' % where)
        ids.add(o.get('id'))
        t = check_text(o, where)
        k, ev, c = o.get('keyword'), o.get('evasive'), o.get('class')
        if c not in EVA_CLASSES: err('%s: unknown class %r' % (where, c))
        if k not in kws: err('%s: keyword %r not in keywords.csv' % (where, k)); continue
        if not k.isascii() and len(k) < 2: err('%s: single-character keyword' % where)
        if t is None or not isinstance(ev, str) or not ev: continue
        if t.count(ev) != 1: err('%s: evasive occurs %d times in text' % (where, t.count(ev)))
        if ev != ev.strip() or ev[0] in '，。！？,.!?' or ev[-1] in '，。！？,.!?': err('%s: evasive has surrounding space/punct' % where)
        if ev == k: err('%s: evasive equals keyword' % where)
        low = t.lower()
        for kk in kwlist:
            if kk.lower() in low: err('%s: plain keyword %s in text' % (where, kk))
        ec[c] += 1; ekw[k] += 1

# benign
bc = Counter()
with open(os.path.join(D, 'benign.jsonl'), encoding='utf-8') as f:
    for ln, line in enumerate(f, 1):
        where = 'benign:%d' % ln
        try: o = json.loads(line)
        except Exception as e: err('%s: bad JSON %s' % (where, e)); continue
        if set(o) != {'id', 'text', 'class'}: err('%s: keys %s' % (where, sorted(o)))
        if o.get('id') in ids: err('%s: duplicate id' % where)
        ids.add(o.get('id'))
        t = check_text(o, where)
        if o.get('class') not in BEN_CLASSES: err('%s: unknown class %r' % (where, o.get('class')))
        if t is None: continue
        for kk in kwlist:
            if kk.isascii():
                for m in re.finditer(re.escape(kk), t, re.I):
                    a, b = m.start(), m.end()
                    inside = (a > 0 and t[a - 1].isalnum()) or (b < len(t) and t[b].isalnum())
                    if inside: notes.append('%s: Latin keyword %s inside a longer word (intended)' % (where, kk))
                    else: err('%s: standalone Latin keyword %s' % (where, kk))
            elif kk in t:
                err('%s: plain keyword %s in benign text' % (where, kk))
        bc[o.get('class')] += 1

print('\nevasions: %d' % sum(ec.values()))
for c, want in EVA_CLASSES.items():
    print('  %-20s %4d  (target ~%d)' % (c, ec[c], want))
print('keywords used by evasions: %d of %d' % (len(ekw), n))
unused = [k for k in kwlist if k not in ekw]
if unused: print('  keywords without an evasion:', ' '.join(unused))
print('\nbenign: %d' % sum(bc.values()))
for c, want in BEN_CLASSES.items():
    print('  %-20s %4d  (target ~%d)' % (c, bc[c], want))
for m in notes: print('note:', m)
if errors:
    print('\nERRORS (%d):' % len(errors))
    for m in errors: print('  ' + m)
    sys.exit(1)
print('\nOK')
