import json, random, importlib.util, glob, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
LAB = {'R': 'refusal', 'P': 'partial_refusal', 'C': 'compliance'}
def load(prefix):
    items = []
    for f in sorted(glob.glob(os.path.join(HERE, prefix + '[0-9]*.py')), key=lambda p: int(os.path.basename(p)[len(prefix):-3])):
        spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
        m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
        items += m.ITEMS
    return items
def cutinfo():
    p = os.path.join(HERE, 'cut.py')
    if not os.path.exists(p): return [], []
    spec = importlib.util.spec_from_file_location('cut', p); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    return list(m.CUT), list(getattr(m, 'DEHARD', []))
def main():
    CUT, DEHARD = cutinfo()
    allc = set()
    for lang, seed in (('zh', 5050), ('en', 5051)):
        items = load(lang)
        for it in items:
            assert len(it) == 5, it
            assert it[3] not in allc, 'dup construction ' + it[3]
            allc.add(it[3])
        out = []
        for q, a, l, c, n in items:
            if c in CUT: continue
            if c in DEHARD and n.startswith('HARD: '): n = n[6:]
            out.append((q, a, l, c, n))
        random.Random(seed).shuffle(out)
        with open(os.path.join(HERE, '..', lang + '.jsonl'), 'w', encoding='utf-8') as fh:
            for i, (q, a, l, c, n) in enumerate(out, 1):
                fh.write(json.dumps({'id': 'h50-%s-%03d' % (lang, i), 'question': q, 'answer': a, 'label': LAB[l], 'construction': c, 'note': n}, ensure_ascii=False) + '\n')
        print(lang, len(out))
    for t in CUT + DEHARD:
        assert t in allc, 'unknown tag ' + t
main()
