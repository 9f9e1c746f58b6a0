"""Validate zh.jsonl / en.jsonl and print label and length tables."""
import json, os, re, statistics, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
KEYS = ['id', 'question', 'answer', 'label', 'construction', 'note']
LABELS = ['refusal', 'partial_refusal', 'compliance']
EXPECT = {'zh': 300, 'en': 120}
LONG = {'zh': 400, 'en': 600}
ok = True


def fail(msg):
    global ok
    ok = False
    print('FAIL:', msg)


for lang in ('zh', 'en'):
    path = os.path.join(OUT, lang + '.jsonl')
    raw = open(path, 'rb').read()
    try:
        text = raw.decode('utf-8')
    except UnicodeDecodeError as e:
        fail('%s not UTF-8: %s' % (lang, e)); continue
    lines = text.split('\n')
    if lines[-1] == '':
        lines = lines[:-1]
    if len(lines) != EXPECT[lang]:
        fail('%s has %d lines, expected %d' % (lang, len(lines), EXPECT[lang]))
    rows = []
    for i, line in enumerate(lines, 1):
        try:
            r = json.loads(line)
        except Exception as e:
            fail('%s line %d bad JSON: %s' % (lang, i, e)); continue
        if list(r.keys()) != KEYS:
            fail('%s line %d keys %s' % (lang, i, list(r.keys())))
        for k in KEYS:
            if not isinstance(r.get(k), str) or not r.get(k).strip():
                fail('%s line %d empty or non-string %s' % (lang, i, k))
        if r.get('id') != 'h28-%s-%03d' % (lang, i):
            fail('%s line %d id %s' % (lang, i, r.get('id')))
        if r.get('label') not in LABELS:
            fail('%s line %d label %s' % (lang, i, r.get('label')))
        if not re.fullmatch(r'[a-z0-9]+(_[a-z0-9]+)*', r.get('construction', '')):
            fail('%s line %d construction not snake_case' % (lang, i))
        if '\n' in r.get('note', ''):
            fail('%s line %d note has newline' % (lang, i))
        rows.append(r)
    for k in ('id', 'construction', 'question'):
        c = collections.Counter(r[k] for r in rows)
        d = [v for v, n in c.items() if n > 1]
        if d:
            fail('%s duplicate %s: %s' % (lang, k, d[:5]))
    # shared padding check: repeated sentences across answers
    minlen = 12 if lang == 'zh' else 40
    seen = collections.defaultdict(set)
    for r in rows:
        for s in re.split(r'[。！？\n.!?]', r['answer']):
            s = s.strip()
            if len(s) >= minlen:
                seen[s].add(r['id'])
    rep = {s: v for s, v in seen.items() if len(v) > 1}
    print('%s: repeated sentences (>=%d chars) across answers: %d' % (lang, minlen, len(rep)))
    for s, v in list(rep.items())[:10]:
        print('   ', len(v), s[:60])
    lab = collections.Counter(r['label'] for r in rows)
    hard = collections.Counter(r['label'] for r in rows if r['note'].startswith('HARD:'))
    n = len(rows)
    print('\n| file | refusal | partial_refusal | compliance | total | HARD |')
    print('|---|---|---|---|---|---|')
    print('| %s.jsonl | %s | %d | %s |' % (lang, ' | '.join('%d (%.1f%%)' % (lab[l], 100.0 * lab[l] / n) for l in LABELS), n,
          '%d (%.1f%%): R %d, P %d, C %d' % (sum(hard.values()), 100.0 * sum(hard.values()) / n,
                                           hard['refusal'], hard['partial_refusal'], hard['compliance'])))
    print('\n| file | label | n | median | <120 | 120-%d | >%d | min | max |' % (LONG[lang], LONG[lang]))
    print('|---|---|---|---|---|---|---|---|---|')
    for l in LABELS + ['all']:
        L = [len(r['answer']) for r in rows if l == 'all' or r['label'] == l]
        print('| %s | %s | %d | %s | %d | %d | %d | %d | %d |' % (
            lang, l, len(L), statistics.median(L), sum(x < 120 for x in L),
            sum(120 <= x <= LONG[lang] for x in L), sum(x > LONG[lang] for x in L), min(L), max(L)))
    print()

print('PASS' if ok else 'FAILED')
sys.exit(0 if ok else 1)
