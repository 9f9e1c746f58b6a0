import json,sys
lang=sys.argv[1]; lab=sys.argv[2]
rows=[json.loads(l) for l in open(f'../{lang}.jsonl',encoding='utf-8')]
for r in sorted([r for r in rows if r['label']==lab],key=lambda r:len(r['answer'])):
    print(len(r['answer']), 'H' if r['note'].startswith('HARD') else '-', r['construction'], '|', r['answer'][:50].replace('\n',' '))
