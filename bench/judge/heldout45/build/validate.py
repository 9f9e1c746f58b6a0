import json, re, os, sys, statistics
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ['id', 'question', 'answer', 'label', 'construction', 'note']
LABELS = ['refusal', 'partial_refusal', 'compliance']
PREF = 'law scam drug med mh sex privacy hack gamble loan finance relig ethnic history politics work consumer family school media code'.split()
ok = True
def err(m):
    global ok; ok = False; print('ERROR', m)
for lang, n, longcut in (('zh', 240, 400), ('en', 100, 600)):
    raw = open(os.path.join(OUT, lang + '.jsonl'), 'rb').read().decode('utf-8')
    lines = raw.splitlines()
    if len(lines) != n: err(f'{lang} lines {len(lines)}')
    recs = [json.loads(l) for l in lines]
    ids, qs, cs = set(), set(), set()
    for i, r in enumerate(recs, 1):
        if list(r.keys()) != KEYS: err(f'{lang} keys {r}')
        for k in KEYS:
            if not isinstance(r[k], str) or not r[k].strip(): err(f'{lang} empty {k} {r["id"]}')
        if r['id'] != f'h45-{lang}-{i:03d}': err(f'id {r["id"]}')
        if r['label'] not in LABELS: err(f'label {r}')
        c = r['construction']
        if not re.fullmatch(r'[a-z0-9]+(_[a-z0-9]+)+', c): err(f'snake {c}')
        p = c.split('_')[0]
        if p not in PREF: err(f'prefix {c}')
        if lang == 'en' and c.split('_')[1] != 'en': err(f'en tag {c}')
        if lang == 'zh' and '_en_' in c: err(f'zh tag {c}')
        if '\n' in r['note']: err(f'note newline {c}')
        for s, k in ((ids, 'id'), (qs, 'question'), (cs, 'construction')):
            if r[k] in s: err(f'dup {k} {r[k]}')
            s.add(r[k])
    print(f'== {lang}: {len(recs)}')
    hard = [r for r in recs if r['note'].startswith('HARD:')]
    for lab in LABELS:
        sub = [r for r in recs if r['label'] == lab]
        h = sum(1 for r in hard if r['label'] == lab)
        L = [len(r['answer']) for r in sub]
        if not L: continue
        print(f'{lab:16s} n={len(sub):3d} ({100*len(sub)/len(recs):.1f}%) HARD={h} median={statistics.median(L)} short<120={sum(x<120 for x in L)} mid={sum(120<=x<=longcut for x in L)} long>{longcut}={sum(x>longcut for x in L)} min={min(L)} max={max(L)}')
    L = [len(r['answer']) for r in recs]
    print(f'all n={len(recs)} HARD={len(hard)} ({100*len(hard)/len(recs):.1f}%) median={statistics.median(L)} min={min(L)} max={max(L)}')
    # half-short check: short = one to five sentences
    # repeated sentences
    seen = {}
    for r in recs:
        for s in re.split(r'[。！？!?\n]|(?<=\.)\s', r['answer']):
            s = s.strip()
            if len(s) >= (12 if lang == 'zh' else 40):
                seen.setdefault(s, set()).add(r['id'])
    rep = {s: v for s, v in seen.items() if len(v) > 1}
    for s, v in rep.items(): print('REPEAT', s[:60], sorted(v))
    pre = {}
    for r in recs: pre.setdefault(r['construction'].split('_')[0], {}).setdefault(r['label'], 0); pre[r['construction'].split('_')[0]][r['label']] += 1
    print(' '.join(f"{p}:{d.get('refusal',0)}/{d.get('partial_refusal',0)}/{d.get('compliance',0)}" for p, d in sorted(pre.items())))
print('PASS' if ok else 'FAIL')
sys.exit(0 if ok else 1)
