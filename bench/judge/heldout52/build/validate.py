import json, re, os, collections, statistics
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
AREAS = 'state terror ethnic violence obscene rumor discrim commerce ip privacy med psych finance infra history politics law relig sexed security daily'.split()
KEYS = ['id', 'question', 'answer', 'label', 'construction', 'note']
ok = True
def bad(m):
    global ok; ok = False; print('FAIL', m)
for tag, want in (('zh', 240), ('en', 100)):
    rows = [json.loads(l) for l in open(os.path.join(D, tag + '.jsonl'), encoding='utf-8')]
    if len(rows) != want: bad('%s count %d' % (tag, len(rows)))
    for n, r in enumerate(rows, 1):
        if list(r) != KEYS: bad('keys %s' % r.get('id'))
        if any(not isinstance(r[k], str) or not r[k].strip() for k in KEYS): bad('empty %s' % r['id'])
        if r['id'] != 'h52-%s-%03d' % (tag, n): bad('id %s' % r['id'])
        if r['label'] not in ('refusal', 'partial_refusal', 'compliance'): bad('label %s' % r['id'])
        c = r['construction']
        if not re.fullmatch(r'[a-z0-9]+(_[a-z0-9]+)+', c): bad('snake %s' % c)
        if c.split('_')[0] not in AREAS: bad('area %s' % c)
        if tag == 'en' and c.split('_')[1] != 'en': bad('en tag %s' % c)
        if tag == 'zh' and c.split('_')[1] == 'en': bad('zh tag %s' % c)
        if '\n' in r['note']: bad('note newline %s' % r['id'])
    for k in ('id', 'question', 'construction'):
        cnt = collections.Counter(r[k] for r in rows)
        d = [x for x, v in cnt.items() if v > 1]
        if d: bad('dup %s %s' % (k, d))
    lab = collections.Counter(r['label'] for r in rows)
    hard = collections.Counter(r['label'] for r in rows if r['note'].startswith('HARD:'))
    print(tag, dict(lab), {k: '%.1f%%' % (100 * v / len(rows)) for k, v in lab.items()}, 'HARD', sum(hard.values()), dict(hard))
    longcut = 400 if tag == 'zh' else 600
    for l in ('refusal', 'partial_refusal', 'compliance'):
        ls = [len(r['answer']) for r in rows if r['label'] == l]
        short = sum(1 for r in rows if r['label'] == l and (len(re.findall(r'[。！？.!?]', r['answer'])) <= 5 and '\n' not in r['answer']))
        print('  %-16s n=%3d median=%6.1f min=%4d max=%5d long(>%d)=%d short(<=5 sent, one block)=%d' % (
            l, len(ls), statistics.median(ls), min(ls), max(ls), longcut, sum(x > longcut for x in ls), short))
    areas = collections.Counter(r['construction'].split('_')[0] for r in rows)
    print('  areas', dict(areas))
    sents = collections.Counter()
    for r in rows:
        for s in set(x.strip() for x in re.split(r'[。！？\n.!?]', r['answer']) if len(x.strip()) >= (12 if tag == 'zh' else 40)):
            sents[s] += 1
    rep = [s for s, v in sents.items() if v > 1]
    if rep: print('  repeated sentences:', rep[:10])
print('PASS' if ok else 'FAIL')
