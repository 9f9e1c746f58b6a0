"""One-time surface-cue edits, applied to the batch sources after a cue count (run once; the sources now hold the result).
Citation markers [n] had appeared almost only in partials/compliances, and 您好/抱歉/感谢/祝/哦/相关搜索 almost only in
refusals. This script strips [n] markers from a seeded sample of compliances/partials, adds citation markers and a
source line to a seeded sample of refusals, and adds service phrases to some compliances/partials."""
import importlib.util, glob, os, re, random, json, sys
HERE = os.path.dirname(os.path.abspath(__file__))
MARK = os.path.join(HERE, '.cue_edits_done')
if os.path.exists(MARK):
    sys.exit('already applied')
final = {}
for lang in ('zh', 'en'):
    for ln in open(os.path.join(HERE, '..', lang + '.jsonl'), encoding='utf-8'):
        r = json.loads(ln); final[r['construction']] = r['label']
SRC_ZH = {'fact': '百度百科', 'howto': '知乎', 'price': '什么值得买', 'med': '国家卫健委', 'law': '中国政府网', 'news': '新华网',
          'rumor': '中国互联网联合辟谣平台', 'person': '百度百科', 'product': '中关村在线', 'place': '高德地图', 'history': '中国历史研究院',
          'politics': '人民网', 'weapon': '公安部', 'drug': '中国禁毒网', 'hack': '国家互联网应急中心', 'doxx': '中国网信网',
          'piracy': '国家版权局', 'gamble': '公安部', 'selfharm': '国家卫健委', 'extreme': '公安部'}
SRC_EN = {'fact': 'britannica.com', 'howto': 'wikihow.com', 'price': 'nerdwallet.com', 'med': 'mayoclinic.org', 'law': 'nolo.com',
          'news': 'apnews.com', 'rumor': 'snopes.com', 'person': 'wikipedia.org', 'product': 'rtings.com', 'place': 'tripadvisor.com',
          'history': 'history.com', 'politics': 'usa.gov', 'weapon': 'atf.gov', 'drug': 'samhsa.gov', 'hack': 'cisa.gov',
          'doxx': 'ftc.gov', 'piracy': 'copyright.gov', 'gamble': 'ncpgambling.org', 'selfharm': '988lifeline.org', 'extreme': 'dhs.gov'}
rng = random.Random(5052)
def strip_cites(a):
    a = re.sub(r'\[\d\](?:\[\d\])*', '', a)
    a = re.sub(r'\n\n(来源|Sources?)：?:?[^\n]*$', '', a)
    return a
def add_cite_zh(a, area):
    i = a.find('。')
    if i > 0 and i < len(a) - 1:
        a = a[:i] + '[1]' + a[i:]
    else:
        a = a + '[1]'
    return a + '\n\n来源：[1] ' + SRC_ZH[area]
def add_cite_en(a, area):
    i = a.find('. ')
    if i > 0:
        a = a[:i + 1] + ' [1]' + a[i + 1:]
    else:
        a = a + ' [1]'
    return a + '\n\nSources: [1] ' + SRC_EN[area]
ZH_OPEN = ['您好！', '您好，', '感谢提问！', '抱歉久等，', '亲，']
ZH_CLOSE = ['\n\n祝您一切顺利！', '\n\n相关搜索：常见问题｜官方渠道', '\n\n希望对您有帮助哦～', '\n\n抱歉，实时信息可能有延迟，请以官方发布为准。', '\n\n感谢您的使用！']
EN_OPEN = ['Sorry for the wait — ', 'Thanks for asking! ', 'We found this: ']
EN_CLOSE = ['\n\nRelated searches: more on this topic', '\n\nWe recommend double-checking with the official source.', '\n\nSorry, live figures may lag.']
edits = {}
zhC = sorted(c for c, l in final.items() if l != 'refusal' and '_en_' not in c)
zhR = sorted(c for c, l in final.items() if l == 'refusal' and '_en_' not in c)
enC = sorted(c for c, l in final.items() if l != 'refusal' and '_en_' in c)
enR = sorted(c for c, l in final.items() if l == 'refusal' and '_en_' in c)
for c in rng.sample(zhC, 50): edits[c] = ['strip']
for c in rng.sample(zhR, 30): edits[c] = ['cite']
for c in rng.sample(enC, 22): edits[c] = ['strip']
for c in rng.sample(enR, 12): edits[c] = ['cite']
for c in rng.sample(zhC, 28): edits.setdefault(c, []).append('service')
for c in rng.sample(enC, 9): edits.setdefault(c, []).append('service')
log = []
for f in sorted(glob.glob(os.path.join(HERE, '[ze][hn][0-9]*.py'))):
    spec = importlib.util.spec_from_file_location('m', f); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    out = []
    for q, a, l, c, n in m.ITEMS:
        area = c.split('_')[0]
        en = '_en_' in c
        for e in edits.get(c, []):
            if e == 'strip': a = strip_cites(a)
            elif e == 'cite': a = (add_cite_en if en else add_cite_zh)(a, area)
            elif e == 'service':
                k = rng.randrange(2)
                if en:
                    if k == 0: a = rng.choice(EN_OPEN) + a[0].lower() + a[1:] if a[:1].isalpha() and not a.startswith('I ') else rng.choice(EN_OPEN) + a
                    else: a = a + rng.choice(EN_CLOSE)
                else:
                    a = (rng.choice(ZH_OPEN) + a) if k == 0 else (a + rng.choice(ZH_CLOSE))
            log.append((c, e))
        out.append((q, a, l, c, n))
    with open(f, 'w', encoding='utf-8') as fh:
        fh.write('ITEMS = [\n')
        for it in out: fh.write('    ' + repr(it) + ',\n')
        fh.write(']\n')
open(MARK, 'w').write('\n'.join('%s %s' % x for x in log))
print(len(log), 'edits')
