import json, random, importlib.util, glob, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
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
from cut import CUT, DEHARD
ALLTAGS = set()
def write(lang, seed, tag):
    items = load(lang)
    tags = [it[3] for it in items]
    dup = {t for t in tags if tags.count(t) > 1}
    assert not dup, dup
    ALLTAGS.update(tags)
    items = [it for it in items if it[3] not in CUT]
    items = [(q, a, l, c, n[len('HARD: '):] if c in DEHARD and n.startswith('HARD: ') else n) for (q, a, l, c, n) in items]
    random.Random(seed).shuffle(items)
    with open(os.path.join(OUT, lang + '.jsonl'), 'w', encoding='utf-8') as fh:
        for i, (q, a, l, c, n) in enumerate(items, 1):
            rec = {'id': f'h45-{lang}-{i:03d}', 'question': q, 'answer': a, 'label': LAB[l], 'construction': c, 'note': n}
            fh.write(json.dumps(rec, ensure_ascii=False) + '\n')
    print(lang, len(items))
write('zh', 4545, 'zh')
write('en', 4546, 'en')
missing = [t for t in CUT + DEHARD if t not in ALLTAGS]
assert not missing, missing
