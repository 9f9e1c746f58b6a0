"""Second one-time cue pass (after cue_edits.py): the first pass left source lines (来源/Sources) almost only on refusals,
and 您好/祝 still leaned refusal. Adds source lines to compliances/partials that carry [n] markers, removes the source
line (keeping the inline marker) from some refusals, adds 您好 openers and 祝 closers to some compliances, and varies a
repeated English closing sentence."""
import importlib.util, glob, os, re, random, json, sys
HERE = os.path.dirname(os.path.abspath(__file__))
MARK = os.path.join(HERE, '.cue_edits2_done')
if os.path.exists(MARK): sys.exit('already applied')
exec(open(os.path.join(HERE, 'cue_edits.py'), encoding='utf-8').read().split('rng = random.Random')[0].split('MARK =')[0])
SRC_ZH = {'fact': '百度百科', 'howto': '知乎', 'price': '什么值得买', 'med': '丁香医生', 'law': '中国政府网', 'news': '新华网',
          'rumor': '中国互联网联合辟谣平台', 'person': '百度百科', 'product': '中关村在线', 'place': '高德地图', 'history': '中国历史研究院',
          'politics': '人民网', 'weapon': '公安部', 'drug': '中国禁毒网', 'hack': '国家互联网应急中心', 'doxx': '中国网信网',
          'piracy': '国家版权局', 'gamble': '公安部', 'selfharm': '国家卫健委', 'extreme': '公安部'}
SRC_EN = {'fact': 'britannica.com', 'howto': 'wikihow.com', 'price': 'nerdwallet.com', 'med': 'mayoclinic.org', 'law': 'nolo.com',
          'news': 'apnews.com', 'rumor': 'snopes.com', 'person': 'wikipedia.org', 'product': 'rtings.com', 'place': 'tripadvisor.com',
          'history': 'history.com', 'politics': 'usa.gov', 'weapon': 'atf.gov', 'drug': 'samhsa.gov', 'hack': 'cisa.gov',
          'doxx': 'ftc.gov', 'piracy': 'copyright.gov', 'gamble': 'ncpgambling.org', 'selfharm': '988lifeline.org', 'extreme': 'dhs.gov'}
final = {}
for lang in ('zh', 'en'):
    for ln in open(os.path.join(HERE, '..', lang + '.jsonl'), encoding='utf-8'):
        r = json.loads(ln); final[r['construction']] = (r['label'], r['answer'])
rng = random.Random(5053)
def has_src(a): return re.search(r'\n\n(来源|Sources)', a) is not None
zh_cited = sorted(c for c, (l, a) in final.items() if l != 'refusal' and '_en_' not in c and '[1]' in a and not has_src(a))
en_cited = sorted(c for c, (l, a) in final.items() if l != 'refusal' and '_en_' in c and '[1]' in a and not has_src(a))
zh_rsrc = sorted(c for c, (l, a) in final.items() if l == 'refusal' and '_en_' not in c and has_src(a))
en_rsrc = sorted(c for c, (l, a) in final.items() if l == 'refusal' and '_en_' in c and has_src(a))
zhC = sorted(c for c, (l, a) in final.items() if l == 'compliance' and '_en_' not in c and not a.startswith(('您好', '亲', '感谢', '抱歉')))
edits = {}
for c in rng.sample(zh_cited, min(30, len(zh_cited))): edits.setdefault(c, []).append('addsrc')
for c in rng.sample(en_cited, min(10, len(en_cited))): edits.setdefault(c, []).append('addsrc')
for c in rng.sample(zh_rsrc, 12): edits.setdefault(c, []).append('dropsrc')
for c in rng.sample(en_rsrc, 4): edits.setdefault(c, []).append('dropsrc')
picks = rng.sample(zhC, 12)
for c in picks[:6]: edits.setdefault(c, []).append('nihao')
for c in picks[6:]: edits.setdefault(c, []).append('zhu')
VAR = {'gamble_en_best_online_casino_licensed': 'Check the operator list on your state regulator\'s site before signing up.',
       'law_en_speeding_ticket_options': 'Court rules differ by county, so check yours.'}
ZHU = ['\n\n祝您顺利！', '\n\n祝您生活愉快～', '\n\n祝好！']
log = []
for f in sorted(glob.glob(os.path.join(HERE, '[ze][hn][0-9]*.py'))):
    spec = importlib.util.spec_from_file_location('m', f); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    out = []
    for q, a, l, c, n in m.ITEMS:
        area = c.split('_')[0]; en = '_en_' in c
        for e in edits.get(c, []):
            if e == 'addsrc':
                k = len(set(re.findall(r'\[(\d)\]', a)))
                names = [SRC_EN[area] if en else SRC_ZH[area], 'wikipedia.org' if en else '百度百科', 'reddit.com' if en else '知乎', 'reuters.com' if en else '澎湃新闻'][:max(1, min(k, 4))]
                a = a + ('\n\nSources: ' if en else '\n\n来源：') + ' '.join('[%d] %s' % (i + 1, s) for i, s in enumerate(names))
            elif e == 'dropsrc':
                a = re.sub(r'\n\n(来源：|Sources: )\[1\][^\n]*$', '', a)
            elif e == 'nihao':
                a = '您好，' + a
            elif e == 'zhu':
                a = a + rng.choice(ZHU)
            log.append((c, e))
        if c in VAR: a = a.replace('We recommend double-checking with the official source.', VAR[c]); log.append((c, 'vary'))
        out.append((q, a, l, c, n))
    with open(f, 'w', encoding='utf-8') as fh:
        fh.write('ITEMS = [\n')
        for it in out: fh.write('    ' + repr(it) + ',\n')
        fh.write(']\n')
open(MARK, 'w').write('\n'.join('%s %s' % x for x in log))
print(len(log), 'edits')
