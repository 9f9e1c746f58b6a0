#!/usr/bin/python3
"""Checks the V4 held-out files and prints counts per class. Standard library only.
Exit status 1 on errors (warnings do not fail)."""
import csv, json, re, sys, unicodedata, collections, os

HERE = os.path.dirname(os.path.abspath(__file__))
EV_CLASSES = ['pinyin_joined', 'pinyin_spaced', 'pinyin_tone_marks', 'pinyin_tone_digits', 'pinyin_mixed',
              'homophone', 'chaizi', 'symbols', 'spaces', 'zero_width', 'emoji', 'fullwidth', 'traditional',
              'lookalike', 'html_entity', 'percent', 'combined']
BN_CLASSES = ['soundalike', 'poetry', 'ordinary']
PINYIN_CLASSES = {c for c in EV_CLASSES if c.startswith('pinyin_')}
RISK = re.compile(r'^A\.[1-5]\.[a-i]$')

# toneless pinyin of every Chinese keyword (my own annotation); ü written v
PY = {
 '冰毒': 'bing du', '麻古': 'ma gu', '赌球': 'du qiu', '博彩': 'bo cai', '代孕': 'dai yun', '嫖娼': 'piao chang',
 '裸聊': 'luo liao', '约炮': 'yue pao', '援交': 'yuan jiao', '枪支': 'qiang zhi', '炸药': 'zha yao',
 '雷管': 'lei guan', '迷药': 'mi yao', '套现': 'tao xian', '洗钱': 'xi qian', '办证': 'ban zheng',
 '邪教': 'xie jiao', '藏独': 'zang du', '台独': 'tai du', '暴恐': 'bao kong', '砍人': 'kan ren',
 '支那': 'zhi na', '黑鬼': 'hei gui', '娘炮': 'niang pao', '虐童': 'nve tong', '海洛因': 'hai luo yin',
 '摇头丸': 'yao tou wan', '神仙水': 'shen xian shui', '三唑仑': 'san zuo lun', '百家乐': 'bai jia le',
 '六合彩': 'liu he cai', '老虎机': 'lao hu ji', '仿真枪': 'fang zhen qiang', '手榴弹': 'shou liu dan',
 '假文凭': 'jia wen ping', '杀猪盘': 'sha zhu pan', '法轮功': 'fa lun gong', '全能神': 'quan neng shen',
 '绿茶婊': 'lv cha biao', '小日本': 'xiao ri ben', '乡巴佬': 'xiang ba lao', '窃听器': 'qie ting qi',
 '一夜情': 'yi ye qing', '高利贷': 'gao li dai', '氰化钾': 'qing hua jia', '刷单返利': 'shua dan fan li',
 '人体炸弹': 'ren ti zha dan', '买凶杀人': 'mai xiong sha ren', '代开发票': 'dai kai fa piao',
 '黄色网站': 'huang se wang zhan', '贩卖人口': 'fan mai ren kou', '东突厥斯坦': 'dong tu jue si tan',
 '性爱视频': 'xing ai shi pin', '香港独立': 'xiang gang du li', '电信诈骗': 'dian xin zha pian',
 '基地组织': 'ji di zu zhi', '出售银行卡': 'chu shou yin hang ka', '自杀式袭击': 'zi sha shi xi ji',
}
# other readings of polyphonic keyword characters used in the set
ALT = {'藏': ['cang']}

errors, warnings = [], []
def err(m): errors.append(m)
def warn(m): warnings.append(m)

def fold_py(s):
    s = unicodedata.normalize('NFKD', s.lower())
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = s.replace('v', 'u').replace('ü', 'u')
    return re.sub(r"[^a-z]", '', s)

def readings(kw):
    out = {''}
    for ch, syl in zip(kw, PY[kw].split()):
        opts = [syl] + ALT.get(ch, [])
        out = {o + fold_py(x) for o in out for x in opts}
    return out

# ---------- keywords ----------
kws = {}
with open(os.path.join(HERE, 'keywords.csv'), encoding='utf-8', newline='') as f:
    r = csv.reader(f)
    if next(r) != ['keyword', 'risk']: err('keywords.csv: bad header')
    for row in r:
        if len(row) != 2: err('keywords.csv: bad row %r' % row); continue
        k, risk = row
        if k in kws: err('duplicate keyword ' + k)
        if not RISK.match(risk): err('bad risk code %s for %s' % (risk, k))
        kws[k] = risk
for a in kws:
    for b in kws:
        if a != b and a.lower() in b.lower(): err('keyword %s is inside keyword %s' % (a, b))
latin = [k for k in kws if re.fullmatch(r'[A-Za-z]+', k)]
cjk = [k for k in kws if k not in latin]
lens = collections.Counter(min(len(k), 4) for k in cjk)
for k in cjk:
    if k not in PY: err('no pinyin annotation for ' + k)
    elif len(PY[k].split()) != len(k): err('pinyin length mismatch ' + k)

# ---------- evasions ----------
def load(name):
    out = []
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            try: out.append(json.loads(line))
            except Exception as e: err('%s:%d bad JSON: %s' % (name, n, e))
    return out

ev = load('evasions.jsonl')
homo_read = {}
hp = os.path.join(HERE, 'homophone_readings.json')
if os.path.exists(hp):
    homo_read = json.load(open(hp, encoding='utf-8'))
ids = set()
evc = collections.Counter(); kwc = collections.Counter()
for o in ev:
    i = o.get('id')
    if set(o) != {'id', 'text', 'keyword', 'class', 'evasive'}: err('%s: wrong fields %s' % (i, sorted(o)))
    if i in ids: err('duplicate id ' + str(i))
    ids.add(i)
    t, k, c, e = o.get('text', ''), o.get('keyword', ''), o.get('class', ''), o.get('evasive', '')
    if not all(isinstance(x, str) for x in (t, k, c, e)): err(i + ': non-string field'); continue
    evc[c] += 1; kwc[k] += 1
    if c not in EV_CLASSES: err('%s: unknown class %s' % (i, c))
    if k not in kws: err('%s: keyword %s not in keywords.csv' % (i, k))
    if not 5 <= len(t) <= 60: err('%s: text length %d' % (i, len(t)))
    if '\n' in t or '\r' in t: err(i + ': text not one line')
    if not e or e not in t: err(i + ': evasive not a substring of text')
    elif t.count(e) != 1: warn(i + ': evasive occurs more than once')
    if e and (e != e.strip() or unicodedata.category(e[0])[0] in 'PZ' or unicodedata.category(e[-1])[0] in 'PZ'):
        if not (e[0] in '&%' or re.search(r'&#x?[0-9A-Fa-f]+;$', e)):
            err(i + ': evasive has surrounding space/punctuation')
    if k.lower() in t.lower(): err('%s: plain keyword %s in text' % (i, k))
    if e == k: err(i + ': evasive equals keyword')
    for k2 in kws:
        if k2 != k and k2.lower() in t.lower(): warn('%s: text also contains keyword %s plainly' % (i, k2))
    if c in PINYIN_CLASSES and k in PY:
        if c == 'pinyin_mixed':
            if not (re.search('[A-Za-z]', e) and re.search(r'[\u4e00-\u9fff]', e)):
                err(i + ': pinyin_mixed needs letters and characters')
        else:
            if fold_py(e) not in readings(k): err('%s: pinyin %r does not spell %s' % (i, e, k))
            if c == 'pinyin_tone_digits' and not re.search('[1-5]', e): err(i + ': no tone digit')
            if c == 'pinyin_tone_marks' and fold_py(e) == re.sub('[^a-z]', '', e.lower()): err(i + ': no tone mark')
            if c == 'pinyin_tone_marks' and unicodedata.normalize('NFC', e) != e: err(i + ': not NFC')
            if c == 'pinyin_joined' and re.search(r'[^A-Za-z]', e): err(i + ': pinyin_joined has separators')
            if c == 'pinyin_spaced' and not re.search(r"[ \-.']", e): err(i + ': pinyin_spaced has no separator')
    if c == 'homophone':
        if len(e) != len(k): err(i + ': homophone length differs')
        elif sum(a != b for a, b in zip(e, k)) == 0: err(i + ': homophone identical')
        if i in homo_read and fold_py(homo_read[i]) not in readings(k):
            err('%s: annotated reading %s does not match %s' % (i, homo_read[i], k))
    if c == 'zero_width' and not re.search('[\u200b\u200c\u200d\u2060\ufeff]', e): err(i + ': no zero-width char')
    if c == 'html_entity' and not re.search(r'&#x?[0-9A-Fa-f]+;', e): err(i + ': no entity')
    if c == 'percent' and not re.search(r'%[0-9A-Fa-f]{2}', e): err(i + ': no percent escape')
    if c in PINYIN_CLASSES and k in latin: err(i + ': pinyin class for Latin keyword')

# ---------- benign ----------
bn = load('benign.jsonl')
bnc = collections.Counter()
for o in bn:
    i = o.get('id')
    if set(o) != {'id', 'text', 'class'}: err('%s: wrong fields %s' % (i, sorted(o)))
    if i in ids: err('duplicate id ' + str(i))
    ids.add(i)
    t, c = o.get('text', ''), o.get('class', '')
    bnc[c] += 1
    if c not in BN_CLASSES: err('%s: unknown class %s' % (i, c))
    if not 5 <= len(t) <= 60: err('%s: text length %d' % (i, len(t)))
    if '\n' in t: err(i + ': text not one line')
    for k in kws:
        if k in latin:
            if re.search(r'(?<![A-Za-z])%s(?![A-Za-z])' % k, t, re.I): err('%s: benign has Latin keyword %s as a word' % (i, k))
            elif k in t.lower(): warn('%s: benign has %s inside a longer word (intended)' % (i, k))
            elif k in re.sub(r'[^a-z]', '', t.lower()): warn('%s: benign has %s across words (intended)' % (i, k))
        elif k in t:
            warn('%s: benign contains %s contiguously across a word boundary (intended hard case)' % (i, k))
        elif k in re.sub(r'[^\u4e00-\u9fff]', '', t):
            warn('%s: benign has %s across punctuation (intended)' % (i, k))
    for k in cjk:
        if fold_py(PY[k]) in re.sub(r'[^a-z]', '', t.lower()):
            warn('%s: benign pinyin spells %s' % (i, k))

# ---------- report ----------
print('keywords: %d (2-char %d, 3-char %d, 4+ %d, Latin %d)' % (len(kws), lens[2], lens[3], lens[4], len(latin)))
print('evasions: %d' % len(ev))
for c in EV_CLASSES: print('  %-20s %d' % (c, evc[c]))
unused = [k for k in kws if not kwc[k]]
print('  keywords without evasions: %s' % (', '.join(unused) or 'none'))
print('benign: %d' % len(bn))
for c in BN_CLASSES: print('  %-20s %d' % (c, bnc[c]))
for w in warnings: print('WARN', w)
for e in errors: print('ERROR', e)
print('OK' if not errors else '%d error(s)' % len(errors))
sys.exit(1 if errors else 0)
