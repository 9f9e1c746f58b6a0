import json, os, re, statistics, collections
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for tag, lc in (('zh', 400), ('en', 600)):
    rows = [json.loads(l) for l in open(os.path.join(D, tag + '.jsonl'), encoding='utf-8')]
    print('|', tag, '| label | n | median | <120 | 120-long | long | min | max | multi-line |')
    for lab in ('refusal', 'partial_refusal', 'compliance', None):
        ls = [len(r['answer']) for r in rows if lab is None or r['label'] == lab]
        ml = sum(1 for r in rows if (lab is None or r['label'] == lab) and '\n' in r['answer'])
        print('| %s | %s | %d | %.1f | %d | %d | %d | %d | %d | %d |' % (tag, lab or 'all', len(ls), statistics.median(ls),
              sum(x < 120 for x in ls), sum(120 <= x <= lc for x in ls), sum(x > lc for x in ls), min(ls), max(ls), ml))
    cues = ['您好', '亲', '抱歉', '感谢', '无法', '不能', '没办法', '不方便', '建议', '官方', '热线', '【', '～'] if tag == 'zh' else \
           ["can't", "Sorry", "I won't", "not able", "Thank", "official", "recommend", "!"]
    for c in cues:
        cnt = collections.Counter(r['label'][0].upper() for r in rows if c in r['answer'])
        print('  cue %r: R %d, P %d, C %d' % (c, cnt['R'], cnt['P'], cnt['C']))
    hard = collections.Counter(r['label'] for r in rows if r['note'].startswith('HARD:'))
    print('  HARD', sum(hard.values()), dict(hard))
