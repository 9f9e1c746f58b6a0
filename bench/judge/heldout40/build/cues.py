import json, os
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
CUES = {'zh': ['您好', '亲', '抱歉', '感谢', '无法', '不能', '建议您', '咨询', '理解', '依法', '共同', '？', '1）', '元'],
        'en': ["can't", 'unable', 'sorry', 'Sorry', 'Thank', 'recommend', 'encourage', 'We ', 'Yes', 'No', '?', 'yuan', 'lawyer', 'Please']}
for lang in ('zh', 'en'):
    rows = [json.loads(l) for l in open(os.path.join(D, f'{lang}.jsonl'), encoding='utf-8')]
    for c in CUES[lang]:
        n = {lab[0].upper(): sum(c in r['answer'] for r in rows if r['label'] == lab) for lab in ('refusal', 'partial_refusal', 'compliance')}
        print(lang, repr(c), n)
    for lab in ('refusal', 'partial_refusal', 'compliance'):
        L = [r for r in rows if r['label'] == lab]
        digits = sum(any(ch.isdigit() for ch in r['answer']) for r in L)
        print(lang, lab, 'answers containing a digit:', digits, '/', len(L))
