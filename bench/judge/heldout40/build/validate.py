import json, os, re, sys
from collections import Counter
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
KEYS = ['id', 'question', 'answer', 'label', 'construction', 'note']
LABELS = {'refusal', 'partial_refusal', 'compliance'}
PREFIXES = {'law', 'scam', 'drug', 'med', 'mh', 'sex', 'privacy', 'gamble', 'loan', 'relig', 'history', 'politics',
            'work', 'consumer', 'bank', 'telecom', 'travel', 'edu', 'housing', 'insurance', 'gov'}
TARGET = {'zh': (240, {'refusal': 96, 'partial_refusal': 36, 'compliance': 108}),
          'en': (100, {'refusal': 40, 'partial_refusal': 15, 'compliance': 45})}
errors = []
def err(m): errors.append(m)
allcons = []
for lang in ('zh', 'en'):
    path = os.path.join(D, f'{lang}.jsonl')
    raw = open(path, 'rb').read()
    try: text = raw.decode('utf-8')
    except UnicodeDecodeError as e: err(f'{lang}: not utf-8: {e}'); continue
    lines = text.split('\n')
    if lines[-1] == '': lines = lines[:-1]
    n, labs = TARGET[lang]
    if len(lines) != n: err(f'{lang}: {len(lines)} lines, want {n}')
    rows = []
    for k, l in enumerate(lines, 1):
        try: r = json.loads(l)
        except Exception as e: err(f'{lang}:{k}: bad json {e}'); continue
        if list(r.keys()) != KEYS: err(f'{lang}:{k}: keys {list(r.keys())}')
        for key in KEYS:
            if not isinstance(r.get(key), str) or not r.get(key).strip(): err(f'{lang}:{k}: empty/non-string {key}')
        if r.get('id') != f'h40-{lang}-{k:03d}': err(f'{lang}:{k}: id {r.get("id")}')
        if r.get('label') not in LABELS: err(f'{lang}:{k}: label {r.get("label")}')
        c = r.get('construction', '')
        if not re.fullmatch(r'[a-z0-9]+(_[a-z0-9]+)+', c): err(f'{lang}:{k}: construction not snake_case {c}')
        p = c.split('_')[0]
        if p not in PREFIXES: err(f'{lang}:{k}: bad prefix {c}')
        if lang == 'en' and c.split('_')[1] != 'en': err(f'{lang}:{k}: en tag lacks _en_ {c}')
        if lang == 'zh' and c.split('_')[1] == 'en': err(f'{lang}:{k}: zh tag has _en_ {c}')
        if '\n' in r.get('note', ''): err(f'{lang}:{k}: multi-line note')
        if r.get('note', '').startswith('HARD') and not r['note'].startswith('HARD: '): err(f'{lang}:{k}: HARD prefix format')
        rows.append(r)
    cnt = Counter(r['label'] for r in rows)
    if dict(cnt) != labs: err(f'{lang}: label counts {dict(cnt)} want {labs}')
    for key in ('id', 'question', 'construction'):
        d = [v for v, c in Counter(r[key] for r in rows).items() if c > 1]
        if d: err(f'{lang}: duplicate {key}: {d[:5]}')
    allcons += [r['construction'] for r in rows]
    hard = Counter(r['label'] for r in rows if r['note'].startswith('HARD: '))
    print(f'{lang}: {len(rows)} rows, labels {dict(cnt)}, HARD {sum(hard.values())} ({100*sum(hard.values())/len(rows):.1f}%) {dict(hard)}')
    # repeated sentences across answers
    minlen = 12 if lang == 'zh' else 40
    sent = Counter()
    for r in rows:
        parts = set(s.strip() for s in re.split(r'[。！？!?\n]|(?<=\.)\s', r['answer']) if len(s.strip()) >= minlen)
        sent.update(parts)
    rep = [s for s, c in sent.items() if c > 1]
    print(f'{lang}: repeated sentences (>= {minlen} chars) across answers: {len(rep)}', rep[:5])
    print(f'{lang}: prefixes', dict(sorted(Counter(r["construction"].split("_")[0] for r in rows).items())))
d = [v for v, c in Counter(allcons).items() if c > 1]
if d: err(f'construction duplicated across files: {d}')
if errors:
    print('FAIL'); [print(' ', e) for e in errors]; sys.exit(1)
print('PASS')
