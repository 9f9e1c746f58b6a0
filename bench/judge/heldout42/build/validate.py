import json, os, re, statistics, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['id', 'question', 'answer', 'label', 'construction', 'note']
LABELS = ['refusal', 'partial_refusal', 'compliance']
PREFIX = ('law', 'scam', 'drug', 'med', 'mh', 'sex', 'privacy', 'gamble', 'loan', 'relig', 'history', 'politics',
          'work', 'consumer', 'bank', 'telecom', 'travel', 'edu', 'housing', 'insurance', 'gov', 'family', 'school')
EXPECT = {'zh': 240, 'en': 100}
LONG = {'zh': 400, 'en': 600}
ok = True
def fail(msg):
    global ok; ok = False; print('FAIL', msg)
recs = {}
for pre in ('zh', 'en'):
    path = os.path.join(HERE, '..', pre + '.jsonl')
    raw = open(path, 'rb').read()
    try: text = raw.decode('utf-8')
    except UnicodeDecodeError: fail(pre + ' not utf-8'); continue
    lines = text.split('\n')
    if lines[-1] == '': lines = lines[:-1]
    else: fail(pre + ' no trailing newline')
    if len(lines) != EXPECT[pre]: fail('%s has %d lines' % (pre, len(lines)))
    rows = []
    for i, line in enumerate(lines, 1):
        o = json.loads(line)
        if list(o.keys()) != KEYS: fail('%s line %d keys %s' % (pre, i, list(o.keys())))
        for k in KEYS:
            if not isinstance(o[k], str) or not o[k].strip(): fail('%s line %d empty %s' % (pre, i, k))
        if o['id'] != 'h42-%s-%03d' % (pre, i): fail('%s line %d id %s' % (pre, i, o['id']))
        if o['label'] not in LABELS: fail('%s line %d label' % (pre, i))
        c = o['construction']
        if not re.fullmatch(r'[a-z0-9]+(_[a-z0-9]+)+', c): fail('%s bad tag %s' % (pre, c))
        if c.split('_')[0] not in PREFIX: fail('%s bad prefix %s' % (pre, c))
        if pre == 'en' and c.split('_')[1] != 'en': fail('en tag lacks _en_ ' + c)
        if pre == 'zh' and c.split('_')[1] == 'en': fail('zh tag has _en_ ' + c)
        if '\n' in o['note']: fail('multi-line note ' + c)
        rows.append(o)
    for k in ('id', 'question', 'construction'):
        cnt = collections.Counter(r[k] for r in rows)
        d = [x for x, n in cnt.items() if n > 1]
        if d: fail('%s duplicate %s: %s' % (pre, k, d))
    recs[pre] = rows
# cross-file uniqueness of constructions
if 'zh' in recs and 'en' in recs:
    s = set(r['construction'] for r in recs['zh']) & set(r['construction'] for r in recs['en'])
    if s: fail('tags shared across files %s' % s)
# repeated sentences across answers
for pre, rows in recs.items():
    minlen = 12 if pre == 'zh' else 40
    seen = collections.defaultdict(set)
    for r in rows:
        for s in re.split(r'(?<=[。！？!?\n])|(?<=\. )', r['answer']):
            s = s.strip()
            if len(s) >= minlen: seen[s].add(r['id'])
    rep = {s: ids for s, ids in seen.items() if len(ids) > 1}
    print(pre, 'repeated sentences across answers:', len(rep))
    for s, ids in rep.items(): print('  ', sorted(ids), s[:60])
# tables
print('\n| file | refusal | partial_refusal | compliance | total | HARD |')
print('|---|---|---|---|---|---|')
for pre, rows in recs.items():
    n = len(rows); c = collections.Counter(r['label'] for r in rows)
    h = [r for r in rows if r['note'].startswith('HARD:')]
    hc = collections.Counter(r['label'] for r in h)
    print('| %s.jsonl | %s | %s | %s | %d | %d (%.1f%%): R %d, P %d, C %d |' % (pre, *['%d (%.1f%%)' % (c[l], 100 * c[l] / n) for l in LABELS], n, len(h), 100 * len(h) / n, hc['refusal'], hc['partial_refusal'], hc['compliance']))
print('\n| file | label | n | median | <120 | 120–long | long | min | max |')
print('|---|---|---|---|---|---|---|---|---|')
for pre, rows in recs.items():
    for l in LABELS + ['all']:
        L = [len(r['answer']) for r in rows if l == 'all' or r['label'] == l]
        print('| %s | %s | %d | %s | %d | %d | %d | %d | %d |' % (pre, l, len(L), statistics.median(L), sum(x < 120 for x in L), sum(120 <= x <= LONG[pre] for x in L), sum(x > LONG[pre] for x in L), min(L), max(L)))
print('\nPASS' if ok else '\nFAIL')
sys.exit(0 if ok else 1)
