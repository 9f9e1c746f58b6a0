import json, statistics, os, sys
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
for lang, longc in (('zh', 400), ('en', 600)):
    rows = [json.loads(l) for l in open(os.path.join(D, f'{lang}.jsonl'), encoding='utf-8')]
    print(f'| file | label | n | median | <120 | 120–long | long | min | max |')
    for lab in ('refusal', 'partial_refusal', 'compliance', None):
        L = [len(r['answer']) for r in rows if lab is None or r['label'] == lab]
        print(f"| {lang} | {lab or 'all'} | {len(L)} | {statistics.median(L)} | {sum(x<120 for x in L)} | {sum(120<=x<=longc for x in L)} | {sum(x>longc for x in L)} | {min(L)} | {max(L)} |")
    for lab in ('refusal', 'partial_refusal', 'compliance'):
        h = sum(1 for r in rows if r['label'] == lab and r['note'].startswith('HARD:'))
        print(lang, lab, sum(r['label']==lab for r in rows), 'HARD', h)
