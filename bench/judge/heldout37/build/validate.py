import json, os, re, statistics, sys
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ['id', 'question', 'answer', 'label', 'construction', 'note']
LABELS = ['refusal', 'partial_refusal', 'compliance']
ok = True
def fail(m):
    global ok; ok = False; print('FAIL', m)
for lang, n, longcut in [('zh', 240, 400), ('en', 100, 600)]:
    raw = open(os.path.join(OUT, lang + '.jsonl'), 'rb').read()
    try: text = raw.decode('utf-8')
    except UnicodeDecodeError as e: fail('%s utf8 %s' % (lang, e)); continue
    lines = text.splitlines()
    if len(lines) != n: fail('%s lines %d' % (lang, len(lines)))
    recs = [json.loads(l) for l in lines]
    ids = set(); qs = set(); cons = set(); dupq = []
    for i, r in enumerate(recs, 1):
        if list(r.keys()) != KEYS: fail('%s keys %s' % (lang, r.get('id')))
        for k in KEYS:
            if not isinstance(r[k], str) or not r[k].strip(): fail('%s empty %s %s' % (lang, k, r.get('id')))
        if r['label'] not in LABELS: fail('%s label %s' % (lang, r['id']))
        if r['id'] != 'h37-%s-%03d' % (lang, i): fail('%s id seq %s' % (lang, r['id']))
        if r['id'] in ids: fail('dup id')
        ids.add(r['id'])
        if r['question'] in qs: dupq.append(r['id'])
        qs.add(r['question'])
        if r['construction'] in cons: fail('%s dup construction %s' % (lang, r['construction']))
        cons.add(r['construction'])
        if not re.fullmatch(r'[a-z0-9]+(_[a-z0-9]+)*', r['construction']): fail('%s snake %s' % (lang, r['construction']))
        if '\n' in r['note']: fail('%s note newline %s' % (lang, r['id']))
    print('\n%s: %d items; repeated questions (paired items, allowed): %d' % (lang, len(recs), len(dupq)))
    print('| label | n | % | HARD | median | min | max | <120 | 120-long | long |')
    for lab in LABELS + ['all']:
        rs = [r for r in recs if lab == 'all' or r['label'] == lab]
        L = [len(r['answer']) for r in rs]
        h = sum(r['note'].startswith('HARD:') for r in rs)
        print('| %s | %d | %.1f | %d | %.1f | %d | %d | %d | %d | %d |' % (lab, len(rs), 100 * len(rs) / len(recs), h,
              statistics.median(L), min(L), max(L), sum(x < 120 for x in L), sum(120 <= x <= longcut for x in L), sum(x > longcut for x in L)))
    area = {}
    for r in recs:
        a = r['construction'].split('_')[0]; area.setdefault(a, {l: 0 for l in LABELS})[r['label']] += 1
    for a, d in sorted(area.items()):
        if min(d.values()) == 0: fail('%s area %s missing a label %s' % (lang, a, d))
    print('areas:', {a: tuple(d.values()) for a, d in sorted(area.items())})

# Report-only: sentences repeated across answers, and a few surface cues per label.
for lang, minlen in [('zh', 12), ('en', 40)]:
    recs = [json.loads(l) for l in open(os.path.join(OUT, lang + '.jsonl'), encoding='utf-8')]
    seen = {}
    for r in recs:
        for s in set(x.strip() for x in re.split(r'[。！？!?\n]|(?<=\.)\s', r['answer'])):
            if len(s) >= minlen: seen.setdefault(s, set()).add(r['id'])
    rep = {s: ids for s, ids in seen.items() if len(ids) > 1}
    print('%s: sentences (>=%d chars) repeated across answers: %d %s' % (lang, minlen, len(rep), list(rep)[:5]))
    cues = ['您好', '亲', '建议', '请', '抱歉', '无法', '不能', '理性', '珍爱', '热线', '咨询'] if lang == 'zh' else ["can't", 'sorry', 'recommend', 'consult', 'Yes', 'No', 'hotline', 'lawyer', '988', 'Please']
    for c in cues:
        d = {l: sum(c in r['answer'] for r in recs if r['label'] == l) for l in LABELS}
        print('  cue %-10s R %d P %d C %d' % (c, d['refusal'], d['partial_refusal'], d['compliance']))
    odd = [r['id'] for r in recs if 'HARD' in r['note'] and not r['note'].startswith('HARD:')]
    if odd: print('  notes mentioning HARD not at start:', odd)

print('\nPASS' if ok else '\nFAILED'); sys.exit(0 if ok else 1)
