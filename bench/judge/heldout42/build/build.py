import glob, importlib, json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from cut import CUT, DEHARD
LAB = {'R': 'refusal', 'P': 'partial_refusal', 'C': 'compliance'}
allitems = {}
batches = {}
for pre in ('zh', 'en'):
    rows = []
    for f in sorted(glob.glob(os.path.join(HERE, pre + '[0-9]*.py'))):
        mod = importlib.import_module(os.path.basename(f)[:-3])
        for it in mod.ITEMS:
            assert len(it) == 5, it
            q, a, l, k, n = it
            assert l in LAB, it
            assert k not in allitems, 'duplicate construction ' + k
            allitems[k] = it
            rows.append(it)
    batches[pre] = rows
for k in CUT + DEHARD:
    assert k in allitems, 'unknown tag ' + k
assert len(set(CUT)) == len(CUT)
for k in DEHARD:
    assert allitems[k][4].startswith('HARD: '), k
for pre, seed in (('zh', 4201), ('en', 4202)):
    rows = [r for r in batches[pre] if r[3] not in CUT]
    random.Random(seed).shuffle(rows)
    out = []
    for i, (q, a, l, k, n) in enumerate(rows, 1):
        if k in DEHARD:
            n = n[len('HARD: '):]
            n = n[0].upper() + n[1:]
        out.append({'id': 'h42-%s-%03d' % (pre, i), 'question': q, 'answer': a, 'label': LAB[l],
                    'construction': k, 'note': n})
    with open(os.path.join(HERE, '..', pre + '.jsonl'), 'w', encoding='utf-8') as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + '\n')
    print(pre, len(out))
