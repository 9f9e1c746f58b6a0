import json, random, importlib, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
L = {'R': 'refusal', 'P': 'partial_refusal', 'C': 'compliance'}
def load(prefix):
    items = []
    for f in sorted(os.listdir(os.path.dirname(os.path.abspath(__file__)))):
        if f.startswith(prefix) and f.endswith('.py') and f[len(prefix):-3].isdigit():
            items += importlib.import_module(f[:-3]).ITEMS
    return items
def write(prefix, seed, tag):
    items = load(prefix)
    cons = [i[3] for i in items]
    assert len(cons) == len(set(cons)), [c for c in cons if cons.count(c) > 1]
    from cut import CUT
    allc = set(load('zh') + load('en') and [i[3] for i in load('zh') + load('en')])
    assert all(c in allc for c in CUT), [c for c in CUT if c not in allc]
    items = [i for i in items if i[3] not in CUT]
    random.Random(seed).shuffle(items)
    out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), prefix + '.jsonl')
    with open(out, 'w', encoding='utf-8') as fh:
        for n, (q, a, l, c, note) in enumerate(items, 1):
            fh.write(json.dumps({'id': 'h52-%s-%03d' % (tag, n), 'question': q, 'answer': a, 'label': L[l],
                                 'construction': c, 'note': note}, ensure_ascii=False) + '\n')
    print(out, len(items))
write('zh', 5201, 'zh')
write('en', 5202, 'en')
