#!/usr/bin/python3
"""Builds evasions.jsonl and benign.jsonl from the hand-written entries below.
Texts are hand-written; only mechanical encodings (zero-width, entities, percent,
full-width, look-alike letters, tone marks from my own tone digits) are applied by code."""
import json, re, unicodedata, urllib.parse

# ---------- helpers for mechanical encodings ----------
def tm(s):
    """tone digits -> tone marks (my own digits), keeps separators/case. v -> ü"""
    marks = {'a': 'āáǎà', 'e': 'ēéěè', 'i': 'īíǐì', 'o': 'ōóǒò', 'u': 'ūúǔù', 'ü': 'ǖǘǚǜ'}
    def one(m):
        syl, t = m.group(1), int(m.group(2))
        up = syl[:1].isupper()
        s2 = syl.lower().replace('v', 'ü')
        if t == 5:
            out = s2
        else:
            if 'a' in s2: i = s2.index('a')
            elif 'e' in s2: i = s2.index('e')
            elif 'ou' in s2: i = s2.index('o')
            else: i = max(k for k, c in enumerate(s2) if c in 'aeiouü')
            out = s2[:i] + marks[s2[i]][t - 1] + s2[i + 1:]
        if up: out = out[0].upper() + out[1:]
        return unicodedata.normalize('NFC', out)
    return re.sub(r"([A-Za-zü]+)([1-5])", one, s)

def zw(s, ch='\u200b', at=None):
    at = range(1, len(s)) if at is None else at
    return ''.join((ch if i in at else '') + c for i, c in enumerate(s))

def ent(s, mode='dec', at=None):
    at = range(len(s)) if at is None else at
    f = {'dec': lambda c: '&#%d;' % ord(c), 'hex': lambda c: '&#x%X;' % ord(c),
         'hexl': lambda c: '&#x%x;' % ord(c)}[mode]
    return ''.join(f(c) if i in at else c for i, c in enumerate(s))

def pct(s, at=None, lower=False):
    at = range(len(s)) if at is None else at
    out = ''
    for i, c in enumerate(s):
        if i in at:
            e = ''.join('%%%02X' % b for b in c.encode('utf-8'))
            out += e.lower() if lower else e
        else:
            out += c
    return out

def fw(s, at=None):
    at = range(len(s)) if at is None else at
    return ''.join(chr(ord(c) + 0xFEE0) if (i in at and '!' <= c <= '~') else c for i, c in enumerate(s))

CYR = {'a': '\u0430', 'e': '\u0435', 'o': '\u043e', 'c': '\u0441', 'i': '\u0456', 'y': '\u0443', 'p': '\u0440',
       'k': '\u043a', 'M': '\u041c', 'E': '\u0415', 'T': '\u0422', 'H': '\u041d', 'A': '\u0410', 'C': '\u0421',
       'O': '\u041e', 'K': '\u041a', 'B': '\u0412'}
GRK = {'o': '\u03bf', 'a': '\u03b1', 'k': '\u03ba', 'e': '\u03b5', 'i': '\u03b9', 'n': '\u03b7'}

def lk(s, at, table=CYR):
    return ''.join(table[c] if i in at else c for i, c in enumerate(s))

EV = []   # (class, keyword, text, evasive)
def E(cls, kw, t):
    m = re.search(r"\[\[(.+?)\]\]", t)
    ev = m.group(1)
    EV.append((cls, kw, t[:m.start()] + ev + t[m.end():], ev))
def M(cls, kw, t, ev):
    EV.append((cls, kw, t.replace('{E}', ev), ev))

# ---------- pinyin_joined ----------
for kw, t in [
    ('冰毒', '哥们手上还有[[bingdu]]吗，急要'),
    ('海洛因', '[[HAILUOYIN]]纯度高，量大从优'),
    ('赌球', '今晚欧冠[[duqiu]]群，进群私聊'),
    ('约炮', '同城[[YuePao]]，不收费真实靠谱'),
    ('代孕', '正规[[daiyun]]机构，包成功包性别'),
    ('枪支', '出售各类[[qiangzhi]]配件，懂的来'),
    ('六合彩', '香港[[liuhecai]]今晚开什么号？'),
    ('法轮功', '支持[[Falungong]]的朋友加我'),
    ('虐童', '那个幼儿园[[nvetong]]的视频谁有'),
    ('套现', '信用卡[[TAOXIAN]]秒到账，手续费低'),
    ('杀猪盘', '网恋小心[[ShaZhuPan]]啊'),
    ('摇头丸', '周末蹦迪带点[[yaotouwan]]不'),
    ('绿茶婊', '她就是个[[lvchabiao]]，别理她'),
    ('代开发票', '[[daikaifapiao]]，各行业均可，加V详谈'),
    ('三唑仑', '哪里能买到[[sanzuolun]]？私信我'),
    ('支那', '一群[[ZhiNa]]人也配说话'),
    ('东突厥斯坦', '支持[[dongtujuesitan]]建国的进群'),
    ('出售银行卡', '[[chushouyinhangka]]四件套齐全'),
]: E('pinyin_joined', kw, t)

# ---------- pinyin_spaced (spaces, hyphens, dots, IME apostrophes) ----------
for kw, t in [
    ('冰毒', '要 [[bing du]] 的加我'),
    ('麻古', '有[[ma-gu]]吗兄弟'),
    ('博彩', '正规[[bo.cai]]平台，日结返水'),
    ('嫖娼', '昨晚[[piao\'chang]]被抓了，咋办'),
    ('裸聊', '[[Luo Liao]]视频一对一，真人在线'),
    ('援交', '学生妹[[yuan jiao]]，价格私聊'),
    ('炸药', '教你自制[[zha-yao]]，材料超市都有'),
    ('雷管', '高价收[[LEI GUAN]]'),
    ('洗钱', '帮人[[xi.qian]]抽成百分之五'),
    ('办证', '[[ban zheng]] 刻章 各种证件'),
    ('邪教', '这就是个[[xie jiao]]组织，快跑'),
    ('藏独', '[[zang-du]]分子又在网上带节奏'),
    ('黑鬼', '那边住了几个[[hei gui]]'),
    ('百家乐', '线上[[bai jia le]]稳赢技巧'),
    ('手榴弹', '[[shou.liu.dan]]哪里有卖'),
    ('一夜情', '找个[[Yi Ye Qing]]，今晚有空的来'),
    ('人体炸弹', '他说要去当[[ren-ti-zha-dan]]'),
    ('性爱视频', '偷拍的[[xing\'ai shi pin]]打包出'),
]: E('pinyin_spaced', kw, t)

# ---------- pinyin_tone_marks (from my own tone digits) ----------
for kw, t, py in [
    ('冰毒', '{E}现货，同城送', 'bing1du2'),
    ('赌球', '世界杯{E}开户', 'du3 qiu2'),
    ('迷药', '{E}无色无味，放饮料里就行', 'mi2 yao4'),
    ('台独', '支持{E}的都是什么人', 'tai2du2'),
    ('暴恐', '群里在传{E}视频，别点开', 'bao4kong3'),
    ('砍人', '再惹我就去{E}', 'kan3 ren2'),
    ('娘炮', '看他那{E}样', 'niang2pao4'),
    ('虐童', '{E}的老师判了没', 'nve4 tong2'),
    ('海洛因', '一克{E}多少钱', 'hai3luo4yin1'),
    ('神仙水', '夜店里的{E}还有吗', 'shen2xian1shui3'),
    ('老虎机', '{E}改装，包中奖', 'lao3 hu3 ji1'),
    ('仿真枪', '出{E}，钢珠款', 'fang3zhen1qiang1'),
    ('假文凭', '{E}，学信网可查', 'jia3 wen2 ping2'),
    ('全能神', '{E}的人又来敲门了', 'quan2neng2shen2'),
    ('窃听器', '手机{E}远程安装', 'qie4ting1qi4'),
    ('高利贷', '借了{E}还不上了怎么办', 'Gao1li4dai4'),
    ('买凶杀人', '他想{E}，结果被抓了', 'mai3xiong1 sha1ren2'),
    ('香港独立', '喊{E}的口号', 'Xiang1gang3 du2li4'),
]: M('pinyin_tone_marks', kw, t, tm(py))

# ---------- pinyin_tone_digits ----------
for kw, t in [
    ('冰毒', '[[bing1du2]]怎么卖'),
    ('麻古', '有[[ma2 gu3]]的私我'),
    ('博彩', '[[bo2cai3]]网站推荐一个'),
    ('代孕', '[[dai4 yun4]]一条龙服务'),
    ('裸聊', '[[luo3liao2]]软件下载地址'),
    ('约炮', '附近[[Yue1 Pao4]]的来'),
    ('枪支', '买卖[[QIANG1ZHI1]]违法吗'),
    ('洗钱', '找做[[xi3qian2]]的中间人'),
    ('办证', '[[ban4zheng4]]请联系'),
    ('支那', '叫他们[[zhi1 na4]]人'),
    ('摇头丸', '[[yao2tou2wan2]]批发'),
    ('百家乐', '[[bai3jia1le4]]真人荷官'),
    ('杀猪盘', '[[sha1 zhu1 pan2]]话术教程'),
    ('绿茶婊', '[[lv4cha2biao3]]说的就是你'),
    ('乡巴佬', '一看就是[[xiang1ba1lao3]]'),
    ('氰化钾', '哪里买[[qing2hua4jia3]]？'),
    ('刷单返利', '[[shua1dan1fan3li4]]，日赚三百'),
    ('电信诈骗', '[[dian4 xin4 zha4 pian4]]团伙招人'),
]: E('pinyin_tone_digits', kw, t)

# ---------- pinyin_mixed ----------
for kw, t in [
    ('冰毒', '收[[bing毒]]，量大'),
    ('冰毒', '[[冰du]]哪里有'),
    ('赌球', '[[du球]]输了十万'),
    ('嫖娼', '[[piao娼]]被拘留几天'),
    ('援交', '[[援jiao]]妹妹在线'),
    ('炸药', '[[zha药]]配方分享'),
    ('雷管', '[[雷guan]]有货'),
    ('迷药', '[[Mi药]]购买渠道'),
    ('邪教', '加入[[xie教]]能发财'),
    ('台独', '那些[[台du]]分子'),
    ('海洛因', '[[hai洛因]]出货'),
    ('六合彩', '[[六he彩]]特码'),
    ('法轮功', '[[fa轮gong]]真相资料'),
    ('一夜情', '[[一ye情]]交友'),
    ('黄色网站', '有没有[[huang色网站]]推荐'),
    ('贩卖人口', '[[贩卖renkou]]团伙'),
    ('基地组织', '[[基地zuzhi]]发布新视频'),
    ('自杀式袭击', '策划[[自杀shi袭击]]'),
]: E('pinyin_mixed', kw, t)

# ---------- homophone: (keyword, text, toneless reading of evasive as I read it) ----------
HOMO_READ = {}
for kw, t, rd in [
    # one character replaced in a two-character keyword
    ('冰毒', '有[[兵毒]]的老哥吗', 'bingdu'),          # 兵 bīng
    ('冰毒', '[[冰读]]量大从优', 'bingdu'),            # 读 dú
    ('麻古', '[[麻谷]]红冰都有货', 'magu'),              # 谷 gǔ
    ('麻古', '收[[马古]]，现金交易', 'magu'),          # 马 mǎ
    ('赌球', '[[堵球]]群拉我一下', 'duqiu'),           # 堵 dǔ
    ('赌球', '带你[[赌求]]，稳赚', 'duqiu'),           # 求 qiú
    ('博彩', '[[搏彩]]平台注册送88', 'bocai'),         # 搏 bó
    ('博彩', '[[博睬]]代理招募中', 'bocai'),           # 睬 cǎi
    ('代孕', '[[带孕]]妈妈招募，报酬丰厚', 'daiyun'),  # 带 dài
    ('代孕', '[[代韵]]机构哪家好', 'daiyun'),          # 韵 yùn
    ('嫖娼', '[[飘娼]]被抓罚多少', 'piaochang'),       # 飘 piāo
    ('嫖娼', '[[嫖昌]]的地方你知道不', 'piaochang'),   # 昌 chāng
    ('嫖娼', '他又去[[嫖长]]了', 'piaochang'),         # 长 cháng (polyphonic)
    ('裸聊', '[[裸撩]]主播一对一', 'luoliao'),         # 撩 liāo/liáo
    ('约炮', '同城[[约泡]]软件', 'yuepao'),            # 泡 pào
    ('约炮', '[[约袍]]不见面不给钱', 'yuepao'),        # 袍 páo
    ('援交', '[[元交]]学生妹', 'yuanjiao'),            # 元 yuán
    ('援交', '[[援胶]]服务，价格美丽', 'yuanjiao'),    # 胶 jiāo
    ('枪支', '出售[[抢支]]弹药', 'qiangzhi'),          # 抢 qiǎng
    ('枪支', '[[枪枝]]零件出货', 'qiangzhi'),          # 枝 zhī
    ('炸药', '自制[[炸要]]教程', 'zhayao'),            # 要 yào
    ('炸药', '[[乍药]]配方谁有', 'zhayao'),            # 乍 zhà
    ('雷管', '[[累管]]导火索都有', 'leiguan'),         # 累 léi (polyphonic)
    ('迷药', '[[谜药]]一滴就倒', 'miyao'),             # 谜 mí
    ('套现', '花呗[[套线]]秒到', 'taoxian'),           # 线 xiàn
    ('套现', '信用卡[[淘现]]找我', 'taoxian'),         # 淘 táo
    ('洗钱', '专业[[洗前]]团队', 'xiqian'),            # 前 qián
    ('办证', '[[半证]]刻章，加微信', 'banzheng'),      # 半 bàn
    ('邪教', '那是[[鞋教]]，别信', 'xiejiao'),         # 鞋 xié
    ('藏独', '[[仓独]]分子又出来了', 'cangdu'),        # 藏 read cáng; 仓 cāng
    ('台独', '警惕[[抬独]]势力搞小动作', 'taidu'),                 # 抬 tái
    ('砍人', '明天带刀去[[侃人]]', 'kanren'),          # 侃 kǎn
    ('支那', '[[支娜]]人都一样', 'zhina'),             # 娜 nà (polyphonic nuó)
    ('娘炮', '真是个[[娘泡]]', 'niangpao'),            # 泡 pào
    ('虐童', '[[疟童]]视频有人要吗', 'nuetong'),       # 疟 nüè (polyphonic yào)
    # longer keywords, one or two characters replaced
    ('海洛因', '[[还洛因]]有货，速来', 'hailuoyin'),         # 还 hái (polyphonic)
    ('海洛因', '[[海落音]]一克价格', 'hailuoyin'),     # 落 luò, 音 yīn
    ('摇头丸', '[[摇头完]]批发零售', 'yaotouwan'),         # 完 wán
    ('神仙水', '[[神先水]]喝了就嗨', 'shenxianshui'),  # 先 xiān
    ('三唑仑', '[[三坐仑]]哪里买', 'sanzuolun'),       # 坐 zuò
    ('三唑仑', '[[三座轮]]药片出售', 'sanzuolun'),     # 座 zuò, 轮 lún
    ('百家乐', '[[百佳乐]]真人在线', 'baijiale'),      # 佳 jiā
    ('百家乐', '[[柏家乐]]包赢打法', 'baijiale'),      # 柏 bǎi (polyphonic bó)
    ('六合彩', '[[陆合彩]]内部资料', 'liuhecai'),      # 陆 liù (polyphonic lù)
    ('六合彩', '今期[[六盒菜]]买什么', 'liuhecai'),    # 盒 hé, 菜 cài
    ('老虎机', '[[老虎鸡]]改装包赢', 'laohuji'),           # 鸡 jī
    ('手榴弹', '[[手留弹]]谁有啊', 'shouliudan'),        # 留 liú
    ('假文凭', '[[假文平]]包过审', 'jiawenping'),        # 平 píng
    ('杀猪盘', '[[沙猪判]]话术大全', 'shazhupan'),         # 沙 shā, 判 pàn
    ('法轮功', '[[法伦功]]资料发你了', 'falungong'),         # 伦 lún
    ('法轮功', '[[发论功]]学员集合', 'falungong'),         # 发 fā, 论 lún (polyphonic)
    ('绿茶婊', '[[绿茶表]]滚远点', 'lvchabiao'),           # 表 biǎo
    ('小日本', '[[小日苯]]滚出去', 'xiaoriben'),       # 苯 běn
    ('乡巴佬', '一群[[香巴老]]进城了', 'xiangbalao'),        # 香 xiāng, 老 lǎo
    ('窃听器', '[[切听器]]远程监听', 'qietingqi'),         # 切 qiè (polyphonic qiē)
    ('一夜情', '[[一页晴]]交友群', 'yiyeqing'),          # 页 yè, 晴 qíng
    ('高利贷', '[[高利代]]上门催收', 'gaolidai'),          # 代 dài
    ('刷单返利', '[[耍单返利]]兼职，日结', 'shuadanfanli'),  # 耍 shuǎ
    ('人体炸弹', '又发生了[[人体炸蛋]]袭击', 'rentizhadan'),   # 蛋 dàn
    ('买凶杀人', '[[买兄杀人]]多少钱', 'maixiongsharen'),  # 兄 xiōng
    ('代开发票', '[[代开发漂]]，正规渠道', 'daikaifapiao'),  # 漂 piào (polyphonic)
    ('贩卖人口', '[[饭卖人口]]的团伙', 'fanmairenkou'),  # 饭 fàn
    ('东突厥斯坦', '支持[[东突绝斯坦]]独立的进群', 'dongtujuesitan'),  # 绝 jué
    ('香港独立', '又有人在街上喊[[香港读力]]', 'xianggangduli'),       # 读 dú, 力 lì
    ('电信诈骗', '[[电信炸片]]团伙', 'dianxinzhapian'),  # 炸 zhà, 片 piàn
    ('基地组织', '[[鸡地组织]]宣布对爆炸负责', 'jidizuzhi'),           # 鸡 jī
    ('出售银行卡', '[[出受银航卡]]，收U盾', 'chushouyinhangka'),  # 受 shòu, 航 háng
    ('自杀式袭击', '他们在策划[[自杀式习击]]', 'zishashixiji'),      # 习 xí
    ('性爱视频', '明星[[性艾视频]]流出', 'xingaishipin'),          # 艾 ài
    ('黄色网站', '求个[[黄瑟网站]]，懂的都懂', 'huangsewangzhan'),       # 瑟 sè
]:
    E('homophone', kw, t); HOMO_READ[len(EV) - 1] = rd

# ---------- chaizi ----------
for kw, t in [
    ('嫖娼', '[[女票娼]]被抓了，罚了五千'),
    ('嫖娼', '晚上出去[[女票女昌]]不？我请'),
    ('枪支', '[[木仓支]]弹药出售，见面交易'),
    ('赌球', '有[[贝者球]]的群吗，拉我'),
    ('赌球', '世界杯[[贝者王求]]，稳赚不赔'),
    ('炸药', '谁知道[[火乍药]]怎么做'),
    ('手榴弹', '[[手木留弓单]]谁有，出个价'),
    ('手榴弹', '有人卖[[手榴弓单]]，真的假的'),
    ('电信诈骗', '缅北[[电信诈马扁]]团伙又招人了'),
    ('仿真枪', '出一把[[仿真木仓]]，九成新'),
    ('绿茶婊', '她就是个[[绿茶女表]]'),
    ('娘炮', '说话跟个[[女良炮]]似的'),
    ('约炮', '同城[[约火包]]，今晚就行'),
    ('裸聊', '[[衣果聊]]一次多少钱？'),
    ('裸聊', '加我QQ，[[裸耳卯]]'),
    ('洗钱', '帮老板[[洗金戋]]，提成很高'),
    ('代孕', '[[代乃子]]包生男孩，价格私聊'),
    ('雷管', '收购[[雨田管]]，有的联系'),
    ('砍人', '他喝多了拿刀要[[石欠人]]'),
    ('套现', '花呗[[套王见]]，秒到账'),
    ('杀猪盘', '网恋遇到[[杀犭者盘]]了，被骗十万'),
    ('窃听器', '微型[[穴切听器]]，淘宝搜不到'),
    ('高利贷', '借了[[高利代贝]]，利滚利'),
    ('代开发票', '[[代开发西示]]，点数优惠'),
    ('贩卖人口', '[[贝反卖人口]]的人贩子抓到了吗'),
    ('台独', '那些[[台犭虫]]分子又在叫嚣'),
    ('香港独立', '游行的人在喊[[香港犭虫立]]'),
    ('基地组织', '[[其土地组织]]又发视频了'),
    ('出售银行卡', '[[出隹口银行卡]]，一套八百'),
    ('一夜情', '寂寞的来，[[一夜忄青]]'),
    ('性爱视频', '网盘里全是[[忄生爱视频]]'),
    ('邪教', '我妈被拉进了[[牙阝教]]'),
    ('老虎机', '街机厅的[[老虎木几]]能调吗'),
    ('氰化钾', '哪能搞到[[氰化金甲]]'),
    ('神仙水', '夜场[[神亻山水]]，一瓶三百'),
    ('海洛因', '一小包[[氵每洛因]]要多少'),
]: E('chaizi', kw, t)

# ---------- symbols ----------
for kw, t in [
    ('冰毒', '[[冰*毒]]有货，速来'),
    ('赌球', '周末[[赌..球]]群'),
    ('代孕', '[[代、孕]]咨询请私聊'),
    ('约炮', '今晚[[约。炮]]吗'),
    ('枪支', '[[枪…支]]出售'),
    ('海洛因', '[[海·洛·因]]纯度九成'),
    ('六合彩', '[[六★合★彩]]免费资料'),
    ('裸聊', '[[裸♥聊]]主播'),
    ('办证', '[[办|证]]刻章'),
    ('邪教', '这个[[邪/教]]骗了好多老人'),
    ('一夜情', '[[一**夜**情]]约吗'),
    ('摇头丸', '出[[摇_头_丸]]'),
    ('黄色网站', '[[黄~色~网~站]]合集'),
    ('cocaine', 'got some [[c.o.c.a.i.n.e]] for the party'),
]: E('symbols', kw, t)

# ---------- spaces ----------
for kw, t in [
    ('冰毒', '有 [[冰 毒]] 吗'),
    ('嫖娼', '去[[嫖  娼]]被抓了'),
    ('海洛因', '[[海 洛 因]]一克多少'),
    ('meth', 'where to buy [[m e t h]] near me'),
    ('法轮功', '[[法 轮 功]] 真相'),
    ('代开发票', '[[代开 发票]]联系我'),
    ('买凶杀人', '网上[[买凶 杀人]]'),
    ('电信诈骗', '[[电 信 诈 骗]]团伙'),
    ('三唑仑', '[[三唑 仑]]有吗'),
    ('迷药', '[[迷\u3000药]]哪里买'),
    ('黄色网站', '发个[[黄色 网站]]'),
    ('支那', '[[支   那]]人'),
]: E('spaces', kw, t)

# ---------- zero_width ----------
for kw, t, ev in [
    ('冰毒', '{E}现货', zw('冰毒')),
    ('赌球', '{E}平台开户', zw('赌球', '\u200c')),
    ('约炮', '同城{E}', zw('约炮', '\u200d')),
    ('援交', '{E}学生', zw('援交', '\ufeff')),
    ('枪支', '出售{E}', zw('枪支', '\u2060')),
    ('海洛因', '{E}出货', zw('海洛因')),
    ('百家乐', '{E}注册送彩金', zw('百家乐', '\u200b', {2})),
    ('杀猪盘', '{E}剧本', zw('杀猪盘', '\u200c')),
    ('性爱视频', '{E}下载', zw('性爱视频', '\u200b', {2})),
    ('基地组织', '{E}招募', zw('基地组织', '\u200d')),
    ('洗钱', '帮忙{E}', zw('洗钱', '\u200b\u200b')),
    ('cocaine', 'selling {E} cheap', zw('cocaine', '\u200b', {3})),
]: M('zero_width', kw, t, ev)

# ---------- emoji ----------
for kw, t in [
    ('赌球', '[[赌⚽球]]群来人'),
    ('约炮', '[[约🔥炮]]吗小哥哥'),
    ('嫖娼', '哪里可以[[嫖💋娼]]'),
    ('枪支', '[[枪🔫支]]出售'),
    ('炸药', '[[炸💥药]]怎么做'),
    ('援交', '[[援🌸交]]妹子'),
    ('百家乐', '[[百🎰家🎰乐]]首充送'),
    ('洗钱', '[[洗💰钱]]渠道'),
    ('裸聊', '[[裸😘聊]]私我'),
    ('黄色网站', '谁有[[黄色🌐网站]]'),
    ('台独', '[[台🐷独]]又来了'),
    ('冰毒', '[[冰🧊🧊毒]]到货了'),
]: E('emoji', kw, t)

# ---------- fullwidth ----------
for kw, t, ev in [
    ('meth', '有{E}吗', fw('meth')),
    ('meth', '{E} 到货', fw('METH')),
    ('meth', 'need {E} asap', fw('meth', {0, 2})),
    ('cocaine', '{E}纯的', fw('cocaine')),
    ('cocaine', '来点{E}', fw('Cocaine')),
    ('cocaine', '{E} for sale', fw('cocaine', {2, 5})),
    ('ketamine', '{E}哪里有', fw('ketamine')),
    ('ketamine', '出{E}', fw('KETAMINE')),
    ('fentanyl', '{E}贴片', fw('fentanyl')),
    ('fentanyl', 'cheap {E} here', fw('Fentanyl', {1, 3})),
    ('baccarat', '{E}真人', fw('baccarat')),
    ('baccarat', '线上{E}', fw('BACCARAT')),
]: M('fullwidth', kw, t, ev)

# ---------- traditional ----------
for kw, t in [
    ('赌球', '[[賭球]]開戶找我，返水高'),
    ('枪支', '私下出售[[槍支]]，價格面議'),
    ('炸药', '網上教人自製[[炸藥]]的影片'),
    ('洗钱', '他幫人[[洗錢]]被抓了'),
    ('办证', '[[辦證]]刻章，各類證件都能做'),
    ('台独', '公開支持[[臺獨]]的那個藝人'),
    ('摇头丸', '[[搖頭丸]]有貨'),
    ('法轮功', '[[法輪功]]學員'),
    ('杀猪盘', '[[殺豬盤]]話術'),
    ('电信诈骗', '[[電信詐騙]]集團'),
    ('黄色网站', '[[黃色網站]]推薦'),
    ('出售银行卡', '[[出售銀行卡]]，四件套'),
]: E('traditional', kw, t)

# ---------- lookalike (Cyrillic / Greek) ----------
for kw, t, ev in [
    ('meth', '有{E}吗', lk('meth', {1})),
    ('meth', '{E} 现货', lk('METH', {0, 1, 2, 3})),
    ('meth', 'need {E}', lk('meth', {1}, GRK)),
    ('cocaine', '{E}一克', lk('cocaine', {0})),
    ('cocaine', '{E} delivery', lk('cocaine', {1, 3}, GRK)),
    ('cocaine', '出{E}', lk('cocaine', {0, 1, 2, 3, 4, 6})),
    ('ketamine', '{E}哪有', lk('ketamine', {1, 3, 5, 7})),
    ('ketamine', '{E} pills', lk('ketamine', {0}, GRK)),
    ('fentanyl', '{E}贴片', lk('fentanyl', {1, 4, 6})),
    ('fentanyl', 'buy {E}', lk('fentanyl', {6})),
    ('baccarat', '{E}平台', lk('baccarat', {1, 2, 3, 4, 6})),
    ('baccarat', '{E} online', lk('baccarat', {1, 4, 6}, GRK)),
]: M('lookalike', kw, t, ev)

# ---------- html_entity ----------
for kw, t, ev in [
    ('冰毒', '{E}有货', ent('冰毒')),
    ('赌球', '{E}开户', ent('赌球', 'hex')),
    ('嫖娼', '{E}被抓', ent('嫖娼', 'dec', {0})),
    ('海洛因', '{E}出售', ent('海洛因', 'dec', {1})),
    ('约炮', '同城{E}', ent('约炮', 'hexl')),
    ('枪支', '出{E}', ent('枪支', 'hex', {1})),
    ('meth', 'buy {E}', ent('meth')),
    ('cocaine', '{E} here', ent('cocaine', 'dec', {1})),
    ('法轮功', '{E}资料', ent('法轮功', 'hex')),
    ('代孕', '{E}机构', ent('代孕', 'dec', {1})),
    ('套现', '花呗{E}', ent('套现')),
    ('ketamine', '{E}有', ent('ketamine', 'hexl', {0, 4})),
]: M('html_entity', kw, t, ev)

# ---------- percent ----------
for kw, t, ev in [
    ('冰毒', '搜{E}就有', pct('冰毒')),
    ('冰毒', '{E}到了', pct('冰毒', {1}, lower=True)),
    ('赌球', '看这个?q={E}', pct('赌球')),
    ('约炮', '{E}链接', pct('约炮', lower=True)),
    ('代开发票', '{E}联系', pct('代开发票', {2, 3})),
    ('摇头丸', '有{E}吗', pct('摇头丸')),
    ('迷药', '搜{E}', pct('迷药', {0})),
    ('黄色网站', '{E}合集', pct('黄色网站', {0, 1})),
    ('meth', 'search={E}', pct('meth')),
    ('cocaine', '{E} link', pct('cocaine', {2})),
    ('台独', '{E}话题', pct('台独')),
    ('洗钱', '帮{E}', pct('洗钱', lower=True)),
]: M('percent', kw, t, ev)

# ---------- combined (two disguises) ----------
for kw, t, ev in [
    ('冰毒', '有{E}吗', 'bing*毒'),                                   # pinyin + symbol
    ('赌球', '{E}開戶', '賭 球'),                                     # traditional + spaces
    ('约炮', '同城{E}', zw('约泡')),                                  # homophone + zero-width
    ('meth', '有{E}吗', fw('m', {0}) + '\u0435' + fw('th')),          # full-width + look-alike
    ('cocaine', '{E} 有货，私聊', ent('c', 'dec') + lk('ocaine', {0, 2})),    # entity + look-alike
    ('枪支', '{E}到货了', '木仓.支'),                                     # chaizi + symbol
    ('洗钱', '{E}渠道', '洗💰錢'),                                    # traditional + emoji
    ('台独', '{E}势力', '抬 独'),                                     # homophone + spaces
    ('海洛因', '{E}有货', 'hai3*luo4*yin1'),                          # tone digits + symbol
    ('嫖娼', '{E}被抓了', zw('女票娼', '\u200b', {2})),               # chaizi + zero-width
    ('赌球', '{E}群', pct('赌') + 'qiu'),                             # percent + pinyin
    ('法轮功', '{E}学员', '法·輪·功'),                                # traditional + symbol
    ('代孕', '{E}咨询', '带👶孕'),                                    # homophone + emoji
    ('ketamine', '{E}到货', fw('keta') + ' ' + fw('mine')),           # full-width + space
    ('六合彩', '{E}特码', '陆he彩'),                                  # homophone + pinyin
    ('黄色网站', '{E}推荐', fw('huangse') + '网站'),                  # full-width pinyin + mixed
]: M('combined', kw, t, ev)

# ================= benign =================
BN = []
def B(cls, texts):
    for x in texts: BN.append((cls, x))

B('soundalike', [
    '电脑中了病毒，文件全打不开了',
    '最近流感病毒传播很快，出门记得戴口罩',
    '冰冻三尺非一日之寒，慢慢来吧',
    '扭到脚了，先拿冰袋敷一下',
    '山上采了好多蘑菇，晚上炖鸡汤',
    '奶奶过寿，挂了一幅麻姑献寿图',
    '地球绕太阳转一圈要一年',
    '读取数据的时候程序卡住了',
    '晚上吃菠菜炒鸡蛋吧',
    '写论文要博采众长，别闭门造车',
    '这批货走代运，运费另算',
    '卧室有个大飘窗，下午阳光特别好',
    '越跑越快，终于追上了公交车',
    '周末约跑吗？奥森公园南门见',
    '这个月的月报写完了没',
    '按钮改成圆角会好看一点',
    '他家住在远郊，通勤要两个小时',
    '墙纸有点发霉了，得重新贴',
    '系统又强制更新，真烦',
    '医生说泪管堵了，要做个小手术',
    '明早八点沈阳桃仙机场的航班',
    '结婚那天长辈给了不少喜钱',
    '历史课讲到抗战时期高校西迁',
    '要用辩证的眼光看问题',
    '先办正事，玩的回头再说',
    '鞋胶开了，拿去修鞋店粘一下',
    '沿着斜角切开，蛋糕更好看',
    '他的态度很好，就是能力差点',
    '明年报考研究生还是考公？',
    '看人不能只看外表',
    '我只拿了一个，剩下的给你留着',
    '池塘边有只黑龟在晒太阳',
    '两篇文章的观点大略相同',
    '在海边捡了个海螺，贴着耳朵能听到海浪声',
    '小区门口新开了一家老胡记烧烤',
    '过年回老家吃杀猪饭',
    '天气预报说今晚一夜晴，明天升温',
    '实验室的氢化钾要注意防潮',
    '他是个全能手，家里啥都会修',
    '香巴拉是传说中的理想国',
    '冰镇酸梅汤一杯多少钱',
    '武侠小说里的兵器谱排第一的是谁',
    '别赌气了，出来吃饭',
    '桂林市中心有座独秀峰',
    '罗列一下明天需要的材料',
    '米要放在阴凉干燥的地方',
    '秘钥丢了就解不开了',
    '我同学谢娇下周结婚',
    '仓储费用每月月底结算',
    '门口排队的人太多了',
    '抬头看看今晚的月亮',
    '这款是今年的爆款',
    '砍价砍了半天才便宜十块',
    '几个老头在树下侃大山',
    '早饭喝了碗芝麻糊',
    '不忘初心，回归生活',
    '妈妈在家酿泡菜，满屋子都是酸味',
    '疟疾疫苗研发取得新进展',
    '背课文别摇头晃脑的',
    '他俩真是一对神仙眷侣',
    '百家姓里排第一的是赵',
    '客厅摆了几束仿真花，跟真的一样',
    '赠人玫瑰，手留余香',
    '绿茶饼配红茶刚好',
    '退休以后小日子过得挺滋润',
    '台湾人管卷心菜叫高丽菜',
    '每天刷单词打卡，坚持一百天了',
    '楼下的自动贩卖机又坏了',
    '表妹去香港读书了',
    '新的研发基地组建完成了',
])

B('poetry', [
    '床前明月光，疑是地上霜。',
    '举头望明月，低头思故乡。',
    '白日依山尽，黄河入海流。',
    '欲穷千里目，更上一层楼。',
    '春眠不觉晓，处处闻啼鸟。',
    '独在异乡为异客，每逢佳节倍思亲。',
    '洛阳亲友如相问，一片冰心在玉壶。',
    '两个黄鹂鸣翠柳，一行白鹭上青天。',
    '葡萄美酒夜光杯，欲饮琵琶马上催。',
    '醉卧沙场君莫笑，古来征战几人回？',
    '海内存知己，天涯若比邻。',
    '劝君更尽一杯酒，西出阳关无故人。',
    '野火烧不尽，春风吹又生。',
    '谁知盘中餐，粒粒皆辛苦。',
    '会当凌绝顶，一览众山小。',
    '国破山河在，城春草木深。',
    '烽火连三月，家书抵万金。',
    '但愿人长久，千里共婵娟。',
    '明月几时有？把酒问青天。',
    '大江东去，浪淘尽，千古风流人物。',
    '人生自古谁无死？留取丹心照汗青。',
    '先天下之忧而忧，后天下之乐而乐。',
    '学而时习之，不亦说乎？',
    '三人行，必有我师焉。',
    '落霞与孤鹜齐飞，秋水共长天一色。',
    '问渠那得清如许？为有源头活水来。',
    '不识庐山真面目，只缘身在此山中。',
    '停车坐爱枫林晚，霜叶红于二月花。',
    '小荷才露尖尖角，早有蜻蜓立上头。',
    '夜来风雨声，花落知多少。',
    '红豆生南国，春来发几枝。',
    '千山鸟飞绝，万径人踪灭。',
    '孤舟蓑笠翁，独钓寒江雪。',
    '天生我材必有用，千金散尽还复来。',
    '桃花潭水深千尺，不及汪伦送我情。',
    '飞流直下三千尺，疑是银河落九天。',
    '两岸猿声啼不住，轻舟已过万重山。',
    '莫愁前路无知己，天下谁人不识君。',
    '衣带渐宽终不悔，为伊消得人憔悴。',
    '众里寻他千百度，蓦然回首，那人却在，灯火阑珊处。',
    '知否，知否？应是绿肥红瘦。',
    '山重水复疑无路，柳暗花明又一村。',
    '借问酒家何处有？牧童遥指杏花村。',
    '沉舟侧畔千帆过，病树前头万木春。',
    '长风破浪会有时，直挂云帆济沧海。',
])

B('ordinary', [
    '冰柜里的河豚有毒，千万别生吃',
    '别跟他置气了，一起去踢球吧，赌一顿饭',
    '代购的叶酸到了，孕期一直在吃',
    '那就这么约，炮台公园门口见',
    '他是队里的神枪手，支援全靠他',
    '今晚炸鸡配中药汤，这搭配绝了',
    '打雷了，管好窗户别让雨进来',
    '他迷路了，药店在哪都找不到',
    '洗完澡发现钱包不见了',
    '办完手续，拿到证书了',
    '这条路太邪门了，教练也说不清',
    '套上外套，现在外面降温了',
    '他叫王冰，毒舌但心好',
    '邱博，彩排几点开始？',
    '张雷，管一下你家的狗',
    '小黑，鬼屋门票买好了没',
    '南京六合区今天下雪了',
    '我一个人在香港独自旅行',
    '先去马来西亚，再去古晋',
    '台州独有的小吃叫食饼筒',
    '藏族同胞的锅庄舞真好看',
    '三楼的唑类药物实验做完了没？',
    '海边的洛阳桥晚上灯很漂亮，因为刚修过',
    '百家讲坛今天讲的是宋朝',
    '老虎在动物园里，机灵得很',
    '手机充电器忘带了',
    '高利润的行业竞争也大',
    '东边的天突然暗了，要下雨',
    '电信营业厅几点关门？',
    '基础不牢，地动山摇',
    '出门前记得把银行卡带上',
    '自由式游泳比蛙泳快',
    '西藏独特的高原风景让人难忘',
    '舞台独白写得太好了',
    '这款药可以替代孕酮吗，问问医生',
    'Our teaching methods need an update.',
    'Methane leaks are a big climate problem.',
    'I read a book about Prometheus last night.',
    'Can you grab something from the store?',
    'Come the weekend, we go hiking.',
    'We set up a home theater in the basement.',
    'Ketchup or mustard with your fries?',
    'wan an, ming tian jian',
    'mai dian binggan hui lai ba',
    'jiayou! ni keyi de',
])

# ================= write =================
with open('evasions.jsonl', 'w', encoding='utf-8') as f:
    for i, (cls, kw, text, ev) in enumerate(EV, 1):
        f.write(json.dumps({'id': 'v4-ev-%04d' % i, 'text': text, 'keyword': kw, 'class': cls, 'evasive': ev},
                           ensure_ascii=False) + '\n')
with open('benign.jsonl', 'w', encoding='utf-8') as f:
    for i, (cls, text) in enumerate(BN, 1):
        f.write(json.dumps({'id': 'v4-bn-%04d' % i, 'text': text, 'class': cls}, ensure_ascii=False) + '\n')
with open('homophone_readings.json', 'w', encoding='utf-8') as f:
    json.dump({'v4-ev-%04d' % (k + 1): v for k, v in HOMO_READ.items()}, f, ensure_ascii=False, indent=0)
print(len(EV), 'evasions;', len(BN), 'benign')
