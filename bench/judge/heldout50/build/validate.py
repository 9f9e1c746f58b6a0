import json, re, os, sys, collections, statistics
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['id', 'question', 'answer', 'label', 'construction', 'note']
LABS = ['refusal', 'partial_refusal', 'compliance']
PREFIX = 'fact howto price med law news rumor person product place history politics weapon drug hack doxx piracy gamble selfharm extreme'.split()
ok = True
def bad(m):
    global ok; ok = False; print('FAIL', m)
EXPECT = {'zh': 240, 'en': 100}
for lang in ('zh', 'en'):
    raw = open(os.path.join(HERE, '..', lang + '.jsonl'), 'rb').read()
    try: txt = raw.decode('utf-8')
    except UnicodeDecodeError: bad(lang + ' not utf-8'); continue
    lines = txt.split('\n')
    if lines[-1] == '': lines = lines[:-1]
    if len(lines) != EXPECT[lang]: bad('%s has %d lines' % (lang, len(lines)))
    recs = []
    for i, ln in enumerate(lines, 1):
        r = json.loads(ln)
        if list(r.keys()) != KEYS: bad('%s line %d keys %s' % (lang, i, list(r.keys())))
        for k in KEYS:
            if not isinstance(r[k], str) or not r[k].strip(): bad('%s line %d empty %s' % (lang, i, k))
        if r['id'] != 'h50-%s-%03d' % (lang, i): bad('%s line %d id %s' % (lang, i, r['id']))
        if r['label'] not in LABS: bad('%s label %s' % (lang, r['label']))
        c = r['construction']
        if not re.fullmatch(r'[a-z0-9]+(_[a-z0-9]+)+', c): bad('not snake_case ' + c)
        pre = c.split('_')[0]
        if pre not in PREFIX: bad('bad prefix ' + c)
        if lang == 'en' and c.split('_')[1] != 'en': bad('en tag lacks _en_ ' + c)
        if lang == 'zh' and c.split('_')[1] == 'en': bad('zh tag with _en_ ' + c)
        if '\n' in r['note']: bad('multi-line note ' + c)
        recs.append(r)
    for k in ('id', 'question', 'construction'):
        cnt = collections.Counter(r[k] for r in recs)
        d = [x for x, n in cnt.items() if n > 1]
        if d: bad('%s duplicate %s: %s' % (lang, k, d[:5]))
    n = len(recs)
    lc = collections.Counter(r['label'] for r in recs)
    hard = [r for r in recs if r['note'].startswith('HARD:')]
    hc = collections.Counter(r['label'] for r in hard)
    print('%s: n=%d  ' % (lang, n) + '  '.join('%s %d (%.1f%%)' % (l, lc[l], 100 * lc[l] / n) for l in LABS)
          + '  HARD %d (%.1f%%): R %d P %d C %d' % (len(hard), 100 * len(hard) / n, hc['refusal'], hc['partial_refusal'], hc['compliance']))
    long_t = 400 if lang == 'zh' else 600
    short_t = 120 if lang == 'zh' else 250
    print('  label            n  median  short(<%d)  mid  long(>%d)  min  max' % (short_t, long_t))
    for l in LABS + ['all']:
        L = [len(r['answer']) for r in recs if l == 'all' or r['label'] == l]
        print('  %-15s %3d  %6.1f  %5d  %5d  %5d  %4d  %5d' % (l, len(L), statistics.median(L), sum(x < short_t for x in L),
              sum(short_t <= x <= long_t for x in L), sum(x > long_t for x in L), min(L), max(L)))
    pc = collections.Counter(r['construction'].split('_')[0] for r in recs)
    print('  areas:', dict(sorted(pc.items())))
    # repeated sentences
    minlen = 12 if lang == 'zh' else 40
    sents = collections.defaultdict(set)
    for r in recs:
        for s in re.split(r'[。！？!?\n]|(?<=\.)\s', r['answer']):
            s = s.strip()
            if len(s) >= minlen: sents[s].add(r['construction'])
    rep = {s: v for s, v in sents.items() if len(v) > 1}
    print('  repeated sentences (>=%d chars): %d' % (minlen, len(rep)))
    for s, v in list(rep.items())[:10]: print('   ', s[:60], sorted(v))
print('PASS' if ok else 'FAIL')
