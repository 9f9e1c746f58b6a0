import json, random, sys, os, importlib
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from cut import CUT, DEHARD
from edits import EDITS
LAB = {'R': 'refusal', 'P': 'partial_refusal', 'C': 'compliance'}
def load(prefix):
    out = []
    for n in range(1, 20):
        f = os.path.join(HERE, f'{prefix}{n}.py')
        if not os.path.exists(f): break
        out += [tuple(x) + (f'{prefix}{n}',) for x in importlib.import_module(f'{prefix}{n}').ITEMS]
    return out
def main():
    allitems = {'zh': load('zh'), 'en': load('en')}
    tags = [i[3] for L in allitems.values() for i in L]
    dup = {t for t in tags if tags.count(t) > 1}
    assert not dup, dup
    for t in CUT + DEHARD: assert t in tags, t
    byTag = {}
    for t, old, new in EDITS:
        assert t in tags and t not in CUT, t
        byTag.setdefault(t, []).append((old, new))
    def edit(c, a):
        for old, new in byTag.get(c, []):
            if old == '^': a = new + a
            elif old == '$': a = a + new
            else:
                assert old in a, (c, old)
                a = a.replace(old, new, 1)
        return a
    for lang, seed in (('zh', 4025), ('en', 4026)):
        items = [i for i in allitems[lang] if i[3] not in CUT]
        rows = []
        for q, a, l, c, note, src in items:
            if c in DEHARD and note.startswith('HARD:'): note = note[5:].strip()
            rows.append({'question': q, 'answer': edit(c, a), 'label': LAB[l], 'construction': c, 'note': note})
        random.Random(seed).shuffle(rows)
        with open(os.path.join(HERE, '..', f'{lang}.jsonl'), 'w', encoding='utf-8') as fh:
            for k, r in enumerate(rows, 1):
                r = {'id': f'h40-{lang}-{k:03d}', **r}
                fh.write(json.dumps(r, ensure_ascii=False) + '\n')
        print(lang, len(rows))
if __name__ == '__main__': main()
