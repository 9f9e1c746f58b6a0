import glob, importlib.util, json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cut import CUT, DEHARD
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
LAB = {'R': 'refusal', 'P': 'partial_refusal', 'C': 'compliance'}
def load(prefix):
    items = []
    for f in sorted(glob.glob(os.path.join(HERE, prefix + '[0-9]*.py')), key=lambda p: int(os.path.basename(p)[len(prefix):-3])):
        spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
        m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
        items.extend(m.ITEMS)
    return items
def build(lang, seed):
    items = load(lang)
    cons = [i[3] for i in items]
    dup = {c for c in cons if cons.count(c) > 1}
    if dup: sys.exit('duplicate constructions: %s' % dup)
    return items
ALL = load('zh') + load('en')
allc = {i[3] for i in ALL}
missing = [c for c in CUT + DEHARD if c not in allc]
if missing: sys.exit('unknown CUT/DEHARD tags: %s' % missing)
for c in DEHARD:
    it = [i for i in ALL if i[3] == c][0]
    if not it[4].startswith('HARD: '): sys.exit('DEHARD item not HARD: %s' % c)
def final(lang):
    out = []
    for q, a, l, c, note in load(lang):
        if c in CUT: continue
        if c in DEHARD: note = note[len('HARD: '):]
        out.append((q, a, l, c, note))
    return out
def build(lang, seed):
    items = final(lang)
    random.Random(seed).shuffle(items)
    with open(os.path.join(OUT, lang + '.jsonl'), 'w', encoding='utf-8') as fh:
        for n, (q, a, l, c, note) in enumerate(items, 1):
            rec = {'id': 'h37-%s-%03d' % (lang, n), 'question': q.strip(), 'answer': a.strip(), 'label': LAB[l],
                   'construction': c, 'note': note}
            fh.write(json.dumps(rec, ensure_ascii=False) + '\n')
    print(lang, len(items))
build('zh', 3725); build('en', 3726)
