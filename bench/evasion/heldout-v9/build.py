#!/usr/bin/python3
"""Builds keywords.csv, evasions.jsonl and benign.jsonl for the V9 held-out set.

All texts are written by hand below. Helpers only do mechanical encodings
(tone digits -> tone marks, HTML references, percent-encoding, full-width) so
that code points are exact. "{}" in a template marks where the disguised
keyword goes; the disguised form is stored as `evasive`.
"""
import csv
import json
import os
import unicodedata
import urllib.parse

from build_keywords import KEYWORDS

HERE = os.path.dirname(os.path.abspath(__file__))

# ------------------------------------------------------------------ helpers
TONES = {
    "a": "āáǎàa", "e": "ēéěèe", "i": "īíǐìi", "o": "ōóǒòo", "u": "ūúǔùu",
    "ü": "ǖǘǚǜü",
}


def _mark_syllable(syl):
    """'lv4' -> 'lǜ', 'Bao1' -> 'Bāo' (keeps case of first letter)."""
    if not syl or not syl[-1].isdigit():
        return syl
    tone = int(syl[-1])
    body = syl[:-1].replace("v", "ü").replace("V", "Ü")
    low = body.lower()
    if tone == 5:
        return body
    if "a" in low:
        pos = low.index("a")
    elif "e" in low:
        pos = low.index("e")
    elif "ou" in low:
        pos = low.index("o")
    else:
        pos = max(i for i, c in enumerate(low) if c in "iouü")
    ch = low[pos]
    marked = TONES[ch][tone - 1]
    if body[pos].isupper():
        marked = marked.upper()
    return unicodedata.normalize("NFC", body[:pos] + marked + body[pos + 1:])


def tm(s):
    """Tone digits to tone marks. Syllables end with a digit; anything else
    (spaces, hyphens) is copied. 'bing1du2' -> 'bīngdú'."""
    out, cur = [], ""
    for c in s:
        cur += c
        if c.isdigit():
            out.append(_mark_syllable(cur))
            cur = ""
    out.append(cur)
    return unicodedata.normalize("NFC", "".join(out))


def ent(s, idxs=None, fmt="d"):
    """HTML numeric character references for the characters at idxs."""
    out = []
    for i, c in enumerate(s):
        if idxs is None or i in idxs:
            if fmt == "d":
                out.append("&#%d;" % ord(c))
            elif fmt == "d0":
                out.append("&#%07d;" % ord(c))
            elif fmt == "x":
                out.append("&#x%x;" % ord(c))
            else:
                out.append("&#x%X;" % ord(c))
        else:
            out.append(c)
    return "".join(out)


def pct(s, idxs=None, lower=False):
    out = []
    for i, c in enumerate(s):
        if idxs is None or i in idxs:
            e = "".join("%%%02X" % b for b in c.encode("utf-8"))
            out.append(e.lower() if lower else e)
        else:
            out.append(c)
    return "".join(out)


def fw(s):
    """ASCII letters to full-width forms."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


ZW = "\u200b"    # zero width space
ZWNJ = "\u200c"
ZWJ = "\u200d"
WJ = "\u2060"    # word joiner
BOM = "\ufeff"

# ------------------------------------------------------------------ evasions
# (class, keyword, template, evasive)
E = []


def add(cls, kw, tpl, ev):
    E.append((cls, kw, tpl, ev))


# ---- pinyin_joined (18)
for kw, tpl, ev in [
    ("冰毒", "兄弟有{}没，急要", "bingdu"),
    ("海洛因", "听说他以前碰过{}，现在戒了吗", "HAILUOYIN"),
    ("嫖娼", "昨晚去{}被抓了，罚了五千", "piaochang"),
    ("外围女", "高端{}资源，私聊看照片", "waiweinv"),
    ("绿茶婊", "她就是个典型的{}，别信她", "luchabiao"),
    ("六合彩", "今晚{}开什么号？有内部消息", "LiuHeCai"),
    ("法轮功", "小区门口有人发{}的传单", "falungong"),
    ("摇头丸", "酒吧里有人问我要不要{}", "yaotouwan"),
    ("网赌", "我表哥玩{}输了三十多万", "Wangdu"),
    ("洗钱", "帮人{}一次抽两个点，干不干", "xiqian"),
    ("仿真枪", "出一把{}，能打钢珠的", "FangZhenQiang"),
    ("杀猪盘", "小心，这是典型的{}", "shazhupan"),
    ("代孕", "正规{}机构，包成功包性别", "daiyun"),
    ("疆独", "这个号天天转发{}言论", "jiangdu"),
    ("一夜情", "附近的人，约{}吗", "yiyeqing"),
    ("土制炸弹", "网上教做{}的视频居然还在", "tuzhizhadan"),
    ("赌球", "世界杯期间{}的人特别多", "DUQIU"),
    ("代开发票", "各类{}，税点低，量大优惠", "daikaifapiao"),
]:
    add("pinyin_joined", kw, tpl, ev)

# ---- pinyin_spaced (18): spaces, hyphens, dots, apostrophes, underscores
for kw, tpl, ev in [
    ("黑鬼", "评论里一直骂 {} 的那个人被封了", "hei gui"),
    ("嫖娼", "他因为{}被拘留了十天", "piao-chang"),
    ("包二奶", "老板在外面{}，老婆还不知道", "bao'er'nai"),
    ("吗啡", "止痛用的 {} 哪里能买到", "Ma Fei"),
    ("援交", "学生妹{}，私信我", "yuan.jiao"),
    ("三唑仑", "求购 {}，无色无味那种", "san zuo lun"),
    ("自杀式袭击", "那个视频在宣扬 {}，快举报", "zi sha shi xi ji"),
    ("伊斯兰国", "他说要去投奔 {}", "Yi Si Lan Guo"),
    ("老虎机", "店后面摆了几台{}，天天有人玩", "lao hu ji"),
    ("全能神", "我妈信了{}，怎么劝都不听", "quan-neng-shen"),
    ("色情网站", "给个 {} 地址", "SE QING WANG ZHAN"),
    ("手榴弹", "朋友手里有 {} 要出手吗", "shou liu dan"),
    ("外围女", "今晚有{}吗？价格多少", "Wai Wei Nu"),
    ("东突厥斯坦", "支持 {} 的帖子又冒出来了", "dong-tu-jue-si-tan"),
    ("笑气", "哪里有卖 {} 的，气球那种", "xiao qi"),
    ("裸贷", "急用钱，可以做{}吗", "luo.dai"),
    ("器官买卖", "有渠道做 {} 的联系我", "qi_guan_mai_mai"),
    ("报复社会", "我要{}，让他们都后悔", "bao fu she hui"),
]:
    add("pinyin_spaced", kw, tpl, ev)

# ---- pinyin_tone_marks (18)
for kw, tpl, digits in [
    ("冰毒", "老地方拿 {}，今晚十点", "bing1 du2"),
    ("鸦片", "以前的{}馆现在还有吗", "ya1pian4"),
    ("约炮", "同城{}，不收费", "yue1pao4"),
    ("枪支", "出售 {} 配件，可改装", "qiang1 zhi1"),
    ("海洛因", "{}纯度高，老客户优先", "hai3luo4yin1"),
    ("外围女", "有没有 {} 推荐？", "wai4wei2nv3"),
    ("绿茶婊", "这种 {} 就该骂", "lv4 cha2 biao3"),
    ("法轮功", "{}的资料谁还有", "Fa3lun2gong1"),
    ("赌球", "朋友拉我去{}，说稳赚不赔", "du3qiu2"),
    ("百家乐", "线上{}真人荷官，秒提现", "bai3jia1le4"),
    ("九评共产党", "求一份 {} 全文", "jiu3ping2 gong4chan3dang3"),
    ("藏独", "别再转发{}的视频了", "zang4du2"),
    ("楼凤", "本地{}信息，上门服务", "lou2feng4"),
    ("雷管", "工地上的 {} 能弄出来吗", "lei2guan3"),
    ("杀猪盘", "我可能遇到了{}", "sha1 zhu1 pan2"),
    ("一条龙服务", "这家KTV有{}", "yi1tiao2long2 fu2wu4"),
    ("基地组织", "{}又发新视频了", "ji1di4 zu3zhi1"),
    ("千术", "教你{}，牌桌上必赢", "qian1shu4"),
]:
    add("pinyin_tone_marks", kw, tpl, tm(digits))

# ---- pinyin_tone_digits (18)
for kw, tpl, ev in [
    ("冰毒", "{} 有货，价格私聊", "bing1du2"),
    ("麻古", "要{}的来，十粒起", "ma2gu3"),
    ("网赌", "他{}欠了一屁股债", "wang3 du3"),
    ("嫖娼", "{}被抓要拘几天？", "piao2chang1"),
    ("博彩", "境外{}平台招代理", "bo2cai3"),
    ("碎尸", "新闻里那个{}案破了吗", "sui4shi1"),
    ("三级片", "有 {} 资源吗", "san1ji2pian4"),
    ("神仙水", "夜店的{}多少钱一瓶", "shen2 xian1 shui3"),
    ("手榴弹", "那边能搞到{}", "shou3liu2dan4"),
    ("五毛党", "你就是个{}", "WU3MAO2DANG3"),
    ("东方闪电", "{}在村里发展信徒", "dong1fang1 shan3dian4"),
    ("全套服务", "桑拿有{}吗", "quan2tao4fu2wu4"),
    ("支那", "评论区有人骂{}，太过分了", "zhi1na4"),
    ("办证", "{}刻章，需要的加我", "ban4zheng4"),
    ("外围女", "{} 价格表发你", "wai4wei2nv3"),
    ("圣战", "号召大家参加{}的帖子", "sheng4-zhan4"),
    ("东突厥斯坦", "{} 的旗子", "dong1 tu1 jue2 si1 tan3"),
    ("十八禁", "发点{}的图", "Shi2Ba1Jin4"),
]:
    add("pinyin_tone_digits", kw, tpl, ev)

# ---- pinyin_mixed (18)
for kw, tpl, ev in [
    ("冰毒", "有{}吗兄弟", "bing毒"),
    ("海洛因", "{}多少一克", "海luo因"),
    ("嫖娼", "去{}被老婆发现了", "piao娼"),
    ("约炮", "今晚{}吗", "约pao"),
    ("赌球", "{}输了好几万", "du球"),
    ("摇头丸", "{}一颗多少", "yao头丸"),
    ("枪支", "出售{}，要的私", "qiang支"),
    ("一夜情", "想找个{}", "yi夜情"),
    ("法轮功", "{}的人又来小区了", "法lun功"),
    ("绿茶婊", "她就是个{}", "绿茶biao"),
    ("洗钱", "帮人{}被抓了", "洗qian"),
    ("代开发票", "{}，联系我", "代开fapiao"),
    ("仿真枪", "{}能打鸟吗", "仿真qiang"),
    ("三唑仑", "{}哪里有", "三zuo仑"),
    ("裸聊", "{}主播加微信", "Luo聊"),
    ("疆独", "{}分子", "jiang独"),
    ("杀猪盘", "被{}骗了二十万", "sha猪盘"),
    ("报复社会", "他说要{}", "baofu社会"),
]:
    add("pinyin_mixed", kw, tpl, ev)

# ---- homophone (readings checked by hand; see WRITER.md)
for kw, tpl, ev in [
    # two characters, one replaced
    ("冰毒", "兄弟，还有{}吗？老价格就行", "兵毒"),
    ("麻古", "{}一板多少钱，我这边要得急", "麻谷"),
    ("吗啡", "医院后门有个人偷偷卖{}针", "吗非"),
    ("鸦片", "他爷爷那辈就是抽{}败的家", "鸦骗"),
    ("鸦片", "收老{}膏，品相好价格高", "丫片"),
    ("笑气", "KTV里吸{}弹的越来越多了", "笑器"),
    ("赌球", "今晚欧冠一起{}不？我有盘口", "堵球"),
    ("网赌", "{}输了十万，还有办法追回吗", "网度"),
    ("博彩", "新开的{}平台，注册就送彩金", "搏彩"),
    ("千术", "正宗{}培训，包教包会，出师就能上桌", "签术"),
    ("嫖娼", "第一次{}被抓一般怎么处理？", "嫖昌"),
    ("嫖娼", "听说隔壁老王去{}被拘了", "飘娼"),
    ("援交", "学生{}，真实照片，私聊", "援胶"),
    ("约炮", "附近{}，真实可见，不收任何费用", "约泡"),
    ("约炮", "进同城{}群的扣1", "月炮"),
    ("裸聊", "{}一次两百，先付后看", "裸撩"),
    ("裸聊", "主播说{}视频一分钟五块", "裸了"),
    ("楼凤", "出差在外，有没有靠谱的{}上门", "楼风"),
    ("枪支", "出售{}，货到付款，全国可发", "抢支"),
    ("枪支", "诚收各类{}，价格好商量", "枪枝"),
    ("雷管", "工地的{}和导火索都能弄到", "雷馆"),
    ("洗钱", "专业{}团队，手续费低，安全可靠", "洗前"),
    ("代孕", "招募{}妈妈，报酬丰厚，包吃住", "带孕"),
    ("裸贷", "那个{}平台放款快，就是要拍照", "裸袋"),
    ("办证", "{}刻章，毕业证身份证都能做", "伴证"),
    ("藏独", "{}分子又在国外闹事了", "葬独"),
    ("藏独", "那群{}在大使馆门口集会", "仓独"),
    ("疆独", "这个博主一直在发支持{}的言论", "僵独"),
    ("圣战", "兄弟们加入{}吧，真主至大", "圣站"),
    ("支那", "{}人都一个样，没素质", "支娜"),
    ("黑鬼", "楼下那几个{}天天半夜吵", "黑龟"),
    ("碎尸", "他要是再敢来，我把他{}万段", "岁尸"),
    # two characters, both replaced
    ("赌球", "有{}群吗？拉我一个", "堵求"),
    ("约炮", "小哥哥今晚{}吗", "月泡"),
    # longer keywords (some with two characters replaced)
    ("摇头丸", "周末蹦迪，来几颗{}助兴", "摇头完"),
    ("摇头丸", "{}哪里有？在线等", "遥头丸"),
    ("海洛因", "{}现在一克什么价", "海落因"),
    ("海洛因", "他吸{}被抓进去好几次了", "嗨洛因"),
    ("三唑仑", "{}放饮料里真的无色无味吗", "三座仑"),
    ("神仙水", "夜场的{}一瓶多少钱", "神先水"),
    ("百家乐", "{}真人荷官在线发牌，24小时", "百家悦"),
    ("百家乐", "玩线上{}，提现秒到账", "百佳乐"),
    ("六合彩", "今晚{}开几号？有料的说", "六和彩"),
    ("老虎机", "高价回收二手{}，上门拉货", "老虎鸡"),
    ("一夜情", "出来玩吗，只找{}，不谈感情", "一夜晴"),
    ("三级片", "打包出售{}资源，一百G", "三级篇"),
    ("包二奶", "他在深圳{}的事被老婆知道了", "包二乃"),
    ("外围女", "高端{}资源，模特学生都有", "外维女"),
    ("手榴弹", "一箱{}什么价", "手榴蛋"),
    ("手榴弹", "边境那边{}有现货", "手榴坛"),
    ("仿真枪", "出售{}，金属材质，威力大", "仿真抢"),
    ("杀猪盘", "我好像遇到{}了，对方一直让我充值", "杀朱盘"),
    ("法轮功", "{}好，真善忍好", "发轮功"),
    ("法轮功", "{}学员又在发传单", "法伦攻"),
    ("全能神", "她被拉进了{}教会", "权能神"),
    ("五毛党", "又是{}在洗地，烦不烦", "五猫党"),
    ("绿茶婊", "她就是个十足的{}", "绿茶表"),
    ("绿茶婊", "{}又在朋友圈装可怜", "滤茶表"),
    ("十八禁", "求{}动漫，越多越好", "十八进"),
    ("九评共产党", "谁有{}的全文？", "九凭共产党"),
    ("东方闪电", "{}的人又来村里传教了", "东方山电"),
    ("全套服务", "会所{}八百八，包夜另算", "全套服雾"),
    ("色情网站", "给个{}，要免费的", "涩情网站"),
    ("土制炸弹", "网上能找到{}的教程吗", "土质炸蛋"),
    ("代开发票", "{}，点数低，可查验", "代开发飘"),
    ("器官买卖", "有人在群里做{}中介", "器管买卖"),
    ("基地组织", "{}又发布了新视频", "鸡地组织"),
    ("伊斯兰国", "他跑去叙利亚加入了{}", "依斯蓝国"),
    ("东突厥斯坦", "{}独立万岁", "东突绝斯坦"),
    ("报复社会", "活不下去了，我要{}", "报负社汇"),
    ("自杀式袭击", "他们在策划一场{}", "自杀式习击"),
    ("一条龙服务", "洗浴中心{}，包你满意", "一条笼服务"),
]:
    add("homophone", kw, tpl, ev)

# ---- chaizi (36): splits people really use; left-right and top-bottom
for kw, tpl, ev in [
    ("嫖娼", "去{}被抓，罚了五千", "女票女昌"),
    ("嫖娼", "{}到底是拘留还是罚款？", "女票娼"),
    ("约炮", "小姐姐今晚{}吗", "约火包"),
    ("约炮", "同城{}，真人头像", "纟勺炮"),
    ("裸聊", "有个{}主播私信我要微信", "衤果聊"),
    ("枪支", "出{}，可以先验货再付款", "木仓支"),
    ("赌球", "{}平台推荐，返水高", "贝者球"),
    ("网赌", "他{}把家底都输光了", "网贝者"),
    ("吗啡", "{}针剂有货，懂的来", "口马口非"),
    ("鸦片", "高价收购{}膏", "牙鸟片"),
    ("雷管", "{}和导火索一起出", "雨田管"),              # 雷 = 雨 over 田
    ("代孕", "{}机构，包生男孩", "代乃子"),              # 孕 = 乃 over 子
    ("裸贷", "{}借款，利息低，当天放款", "衤果贷"),
    ("裸贷", "千万别碰{}，会被威胁的", "裸代贝"),        # 贷 = 代 over 贝
    ("藏独", "又是一群{}分子在闹", "藏犭虫"),
    ("碎尸", "那个{}案的细节太吓人了", "石卒尸"),
    ("海洛因", "{}一克多少？", "氵每氵各因"),
    ("三唑仑", "听说{}放水里无色无味", "三口坐仑"),
    ("神仙水", "酒吧的{}一瓶多少", "神亻山水"),
    ("老虎机", "回收二手{}，价高", "老虎木几"),
    ("一夜情", "只想找个{}", "一夜忄青"),
    ("包二奶", "他在外面{}好几年了", "包二女乃"),
    ("手榴弹", "有人在网上卖{}", "手榴弓单"),
    ("仿真枪", "{}出售，能打鸟", "仿真木仓"),
    ("杀猪盘", "遇到{}了怎么办，钱还能追回吗", "杀猪舟皿"),  # 盘 = 舟 over 皿
    ("法轮功", "{}好，大家快三退", "法轮工力"),
    ("法轮功", "楼下又有{}学员发传单", "氵去轮功"),
    ("全能神", "{}教会在村里拉人", "全能礻申"),
    ("绿茶婊", "她就是个十足的{}", "绿茶女表"),
    ("十八禁", "分享几个{}的动漫", "十八林示"),          # 禁 = 林 over 示
    ("九评共产党", "求一份{}", "九讠平共产党"),
    ("色情网站", "推荐几个{}", "色忄青网站"),
    ("土制炸弹", "{}的做法谁有", "土制火乍弹"),
    ("代开发票", "{}，点数低，可验真", "代开发西示"),      # 票 = 西 over 示
    ("基地组织", "{}发了新视频", "基土也组织"),
    ("自杀式袭击", "他们在策划{}", "自杀式龙衣击"),        # 袭 = 龙 over 衣
]:
    add("chaizi", kw, tpl, ev)

# ---- symbols (14): common and less usual separators
for kw, tpl, ev in [
    ("黑鬼", "楼下那几个{}又在吵", "黑**鬼"),
    ("嫖娼", "上周去{}被抓了", "嫖.娼"),
    ("约炮", "同城{}，私聊", "约、炮"),
    ("赌球", "{}平台推荐，欧冠也能下", "赌…球"),
    ("海洛因", "{}一克多少？", "海·洛·因"),
    ("一夜情", "想找个{}", "一★夜★情"),
    ("援交", "学生{}，加V", "援♥交"),
    ("法轮功", "记住：{}好", "法|轮|功"),
    ("ketamine", "Anyone selling {} around here?", "keta/mine"),
    ("枪支", "出售{}配件，可改", "枪丨支"),             # U+4E28 CJK stroke as a bar
    ("代孕", "{}机构，包成功", "代①孕"),              # circled digit
    ("六合彩", "{}今晚开奖，内部资料", "六─合─彩"),    # box drawing
    ("裸聊", "{}一次两百，先付后看", "裸→聊"),        # arrow
    ("洗钱", "帮忙{}，抽成低", "洗⒜钱"),              # parenthesised letter
]:
    add("symbols", kw, tpl, ev)

# ---- spaces (12)
for kw, tpl, ev in [
    ("冰毒", "有{}吗？急", "冰 毒"),
    ("摇头丸", "{}一颗多少", "摇 头 丸"),
    ("嫖娼", "上次{}被抓了", "嫖\u3000娼"),            # ideographic space
    ("网赌", "他{}输了好多钱", "网  赌"),
    ("鸦片", "高价收{}膏", "鸦\u00a0片"),              # no-break space
    ("ISIS", "He says {} is right", "I S I S"),
    ("fentanyl", "need some {} patches", "f e n t a n y l"),
    ("杀猪盘", "又一个{}，大家小心", "杀 猪 盘"),
    ("东方闪电", "{}的人又来了", "东方 闪电"),
    ("代开发票", "{}，联系我", "代 开 发 票"),
    ("包二奶", "他在外面{}，老婆不知道", "包 二奶"),
    ("伊斯兰国", "他想去加入{}", "伊 斯 兰 国"),
]:
    add("spaces", kw, tpl, ev)

# ---- zero_width (12)
for kw, tpl, ev in [
    ("冰毒", "{}有货，私聊", "冰" + ZW + "毒"),
    ("约炮", "同城{}，不收费", "约" + ZWJ + "炮"),
    ("海洛因", "{}一克多少", "海" + ZW + "洛" + ZW + "因"),
    ("法轮功", "{}大法好", "法" + WJ + "轮功"),
    ("赌球", "{}平台招代理", "赌" + BOM + "球"),
    ("meth", "who has {} tonight", "m" + ZW + "eth"),
    ("baccarat", "live {} tables, 24h", "bac" + ZWNJ + "carat"),
    ("三级片", "有没有{}资源", "三" + ZWNJ + "级" + ZWNJ + "片"),
    ("枪支", "出售{}，可验货", "枪" + ZW + ZW + "支"),
    ("绿茶婊", "她真是个{}", "绿茶" + ZWJ + "婊"),
    ("全套服务", "这家有{}吗", "全" + ZW + "套" + ZW + "服" + ZW + "务"),
    ("圣战", "号召大家参加{}", "圣" + WJ + "战"),
]:
    add("zero_width", kw, tpl, ev)

# ---- emoji (12)
for kw, tpl, ev in [
    ("冰毒", "{}有货，懂的来", "冰❄️毒"),
    ("约炮", "今晚{}吗", "约👉👌炮"),
    ("嫖娼", "{}被抓了怎么办", "嫖🌸娼"),
    ("赌球", "{}平台，稳赚不赔", "赌⚽球"),
    ("枪支", "出售{}，私聊", "枪🔫支"),
    ("摇头丸", "{}一颗多少", "摇💊头💊丸"),
    ("一夜情", "只想找个{}", "一🌙夜情"),
    ("援交", "学生{}，私聊", "援💋交"),
    ("六合彩", "今晚{}开几号", "六🎰合彩"),
    ("代孕", "{}机构，包成功", "代🤰🏻孕"),
    ("手榴弹", "一箱{}多少钱", "手💣榴弹"),
    ("外围女", "高端{}资源", "外围👩\u200d🦰女"),
]:
    add("emoji", kw, tpl, ev)

# ---- fullwidth (12)
for kw, tpl, ev in [
    ("ISIS", "他在网上宣传{}", fw("ISIS")),
    ("ISIS", "支持{}的人都该查", fw("isis")),
    ("ketamine", "有{}吗", fw("ketamine")),
    ("ketamine", "{}一克多少", fw("KETA") + "mine"),
    ("fentanyl", "{}贴片有货", fw("fentanyl")),
    ("fentanyl", "求购{}，量大", fw("F") + "entanyl"),
    ("baccarat", "线上{}，秒提现", fw("BACCARAT")),
    ("baccarat", "{}真人荷官", fw("baccarat")),
    ("meth", "要{}的来", fw("meth")),
    ("meth", "{}有货，私聊", fw("METH")),
    ("ketamine", "{}到了，老地方", fw("Ketamine")),
    ("fentanyl", "这批{}含量高", fw("FENTANYL")),
]:
    add("fullwidth", kw, tpl, ev)

# ---- traditional (12)
for kw, tpl, ev in [
    ("约炮", "同城{}，真人", "約炮"),
    ("赌球", "世界盃{}盤口", "賭球"),
    ("网赌", "{}輸了好幾十萬", "網賭"),
    ("枪支", "出售{}彈藥", "槍支"),
    ("摇头丸", "{}一顆多少", "搖頭丸"),
    ("百家乐", "線上{}真人荷官", "百家樂"),
    ("法轮功", "又有{}學員在發傳單", "法輪功"),
    ("杀猪盘", "我好像遇到{}了", "殺豬盤"),
    ("手榴弹", "一箱{}什麼價", "手榴彈"),
    ("绿茶婊", "她就是個{}", "綠茶婊"),
    ("土制炸弹", "{}教學影片", "土製炸彈"),
    ("九评共产党", "求{}全文", "九評共產黨"),
]:
    add("traditional", kw, tpl, ev)

# ---- lookalike (12): Cyrillic / Greek letters
for kw, tpl, ev in [
    ("ISIS", "支持{}", "\u0399\u0405\u0399\u0405"),                 # Greek Iota, Cyrillic Dze
    ("ISIS", "{}又发视频了", "I\u0405IS"),
    ("ketamine", "有{}吗", "k\u0435t\u0430min\u0435"),               # Cyrillic e a e
    ("ketamine", "{}到货了", "\u041a\u0415\u0422\u0410\u041c\u0406N\u0415"),
    ("fentanyl", "{}贴片", "f\u0435nt\u0430n\u0443l"),              # Cyrillic e a u
    ("fentanyl", "求购{}", "F\u0395\u039d\u03a4\u0391\u039d\u03a5L"),  # Greek E N T A N Y
    ("baccarat", "线上{}", "b\u0430\u0441\u0441\u0430r\u0430t"),    # Cyrillic a c
    ("baccarat", "{}真人", "\u0392\u0391\u0421\u0421\u0391R\u0391\u03a4"),
    ("meth", "要{}的来", "m\u0435th"),
    ("meth", "{}有货", "\u041c\u0415\u0422\u041d"),
    ("ketamine", "{}一克", "ket\u03b1mine"),                          # Greek alpha
    ("ISIS", "他想加入{}", "\u0399S\u0399S"),
]:
    add("lookalike", kw, tpl, ev)

# ---- html_entity (12)
for kw, tpl, ev in [
    ("冰毒", "{}有货", ent("冰毒", {1})),
    ("嫖娼", "{}被抓", ent("嫖娼")),
    ("海洛因", "{}一克多少", ent("海洛因", {0}, "X")),
    ("约炮", "同城{}", ent("约炮", {1}, "x")),
    ("法轮功", "{}好", ent("法轮功", {1})),
    ("ISIS", "join {} now", ent("ISIS", None, "x")),
    ("ketamine", "{} for sale", ent("ketamine", {3})),
    ("赌球", "{}平台", ent("赌球")),
    ("枪支", "出售{}", ent("枪支", None, "X")),
    ("摇头丸", "{}一颗", ent("摇头丸", {1})),
    ("六合彩", "{}开奖", ent("六合彩", {1}, "d0")),
    ("代开发票", "{}找我", ent("代开发票", {2, 3})),
]:
    add("html_entity", kw, tpl, ev)

# ---- percent (12): UTF-8 percent-encoding, full or partial, upper/lower hex
for kw, tpl, ev in [
    ("冰毒", "搜 {} 就有", pct("冰毒")),
    ("嫖娼", "s.html?q={}", pct("嫖娼", None, True)),
    ("海洛因", "{}多少钱", pct("海洛因", {1})),
    ("约炮", "同城{}", pct("约炮", {0})),
    ("法轮功", "{}资料", pct("法轮功")),
    ("ketamine", "?q={}", pct("ketamine")),
    ("meth", "{} for sale", pct("meth", {1}, True)),
    ("网赌", "{}平台", pct("网赌", {1})),
    ("一夜情", "找{}", pct("一夜情", {2}, True)),
    ("枪支", "出售{}", pct("枪支", {0})),
    ("百家乐", "线上{}", pct("百家乐", {2})),
    ("三级片", "{}资源", pct("三级片", {1, 2})),
]:
    add("percent", kw, tpl, ev)

# ---- numeral (15): digits (ASCII, full-width) and financial numerals
for kw, tpl, ev in [
    ("六合彩", "今晚{}开几号？", "6合彩"),
    ("六合彩", "{}内部资料，包中", "陆合彩"),
    ("六合彩", "香港{}特码", "６合彩"),
    ("三唑仑", "{}哪里有卖", "3唑仑"),
    ("三唑仑", "求购{}，无色无味的", "叁唑仑"),
    ("一夜情", "只想找个{}", "1夜情"),
    ("一夜情", "{}交友，同城速配", "壹夜情"),
    ("三级片", "打包出{}资源", "3级片"),
    ("包二奶", "他在外面{}好几年了", "包2奶"),
    ("五毛党", "又是{}出来洗地", "5毛党"),
    ("五毛党", "{}又开始带节奏了", "伍毛党"),
    ("九评共产党", "求一份{}", "9评共产党"),
    ("一条龙服务", "洗浴中心{}，价格美丽", "1条龙服务"),
    ("十八禁", "分享几部{}动漫", "18禁"),
    ("百家乐", "线上{}，秒提现", "佰家乐"),
]:
    add("numeral", kw, tpl, ev)

# ---- combined (16): two disguises in one keyword
for kw, tpl, ev in [
    ("冰毒", "有{}吗？急要", "bing*毒"),                     # pinyin + symbol
    ("法轮功", "又有{}學員來了", "法 輪 功"),                # traditional + spaces
    ("约炮", "同城{}，不收费", "约" + ZW + "泡"),            # homophone + zero-width
    ("ketamine", "有{}吗", fw("k") + "\u0435" + fw("t") + "\u0430" + fw("mine")),  # full-width + Cyrillic
    ("嫖娼", "{}被抓了", ent("嫖") + "chang"),                # entity + pinyin
    ("海洛因", "{}一克多少", "海.luo.因"),                    # pinyin + symbols
    ("六合彩", "今晚{}开几号", "6合菜"),                      # numeral + homophone
    ("赌球", "{}平台推荐", "du🏀球"),                         # pinyin + emoji
    ("网赌", "他{}输了好几万", "網*赌"),                      # traditional + symbol
    ("枪支", "出{}，可验货", "木仓 支"),                      # chaizi + space
    ("一夜情", "只想找{}", "1夜qing"),                        # numeral + pinyin
    ("三级片", "有{}资源吗", "叁级篇"),                       # numeral + homophone
    ("绿茶婊", "她就是個{}", "綠茶表"),                       # traditional + homophone
    ("meth", "{} here, dm me", fw("m") + ZW + fw("eth")),    # full-width + zero-width
    ("摇头丸", "{}一颗多少", "yao头" + ZWJ + "丸"),           # pinyin + zero-width
    ("杀猪盘", "我遇到{}了", "殺豬pan"),                      # traditional + pinyin
]:
    add("combined", kw, tpl, ev)

# ------------------------------------------------------------------ benign
B = []

# soundalike: real words that sound like a keyword (same toneless pinyin or
# one syllable off), some sharing one character with the keyword
for t in [
    "电脑中病毒了，要不要重装系统",
    "冰冻的饮料少喝点，对胃不好",
    "哈尔滨的冰雕展下周开幕",
    "奶奶生日，家里挂了一幅麻姑献寿图",
    "晚饭做了小鸡炖蘑菇",
    "华佗发明的麻沸散到底是什么",
    "来杯咖啡提提神吧",
    "厂里新进了一台压片机",
    "烤鸭片得薄一点才好吃",
    "卓别林的哑片现在看也很好笑",
    "他这个人太小气了，一分钱都不出",
    "学校搞了个校企合作项目",
    "她笑起来真好看",
    "保护地球，人人有责",
    "网购的快递到了，帮我拿一下",
    "考古队发现了一座古代王都遗址",
    "写文章要博采众长",
    "今晚做个菠菜豆腐汤",
    "合同已经签署了，明天生效",
    "你把钱数核对一下",
    "如前述，本周会议取消",
    "卧室的飘窗可以放个垫子坐着看书",
    "周末去远郊爬山吧",
    "桌子边做成圆角，防磕碰",
    "他越跑越快，最后拿了第一",
    "周末约跑吗？奥森见",
    "公交月票涨价了",
    "花都落了，春天快过去了",
    "皮肤裸露在外面容易晒伤",
    "窗户漏风，冬天冷得要命",
    "客厅换了新墙纸，好看多了",
    "法院已经强制执行了",
    "学历史要记住西迁精神",
    "结婚那天给司机包了喜钱",
    "货物还在码头待运",
    "找了个物流公司代运家具",
    "股票赚了就先落袋为安",
    "先办正事，玩的事以后再说",
    "数据库隔离级别太低会出现脏读",
    "图书馆的藏书越来越多了",
    "我老家在扬州江都区",
    "圣诞快乐！礼物收到了吗",
    "老师当众盛赞了他的作文",
    "我只拿了一个，剩下的都给你",
    "有事随时找我",
    "工地上堆了很多碎石",
    "岁时节令是古人生活的一部分",
    "他摇头晃脑地背课文",
    "他们俩是一对神仙眷侣",
    "小学就背过百家姓",
    "昨晚看了百家讲坛",
    "杭州六和塔值得去一次",
    "他的老户籍还在老家没迁",
    "一夜间气温降了十度",
    "三级跳远是他的强项",
    "世界杯外围赛今晚开打",
    "地下室加了一道防震墙",
    "仿真软件跑完了，结果不错",
    "东北杀猪菜真香",
    "她是全能选手，什么都会",
    "这根冰棍五毛钱",
    "绿茶饼干有点甜",
    "这条鱼足足有十八斤",
    "喝完把酒瓶收一下",
    "小时候就有报效国家的抱负",
    "咖啡因喝多了睡不着",
    "这片待开发的地块下个月拍卖",
    "家里的宽带是网通的",
    "下个月学校校庆，要回去吗",
    "今天是签售会，人特别多",
]:
    B.append(("soundalike", t))

# poetry: classical lines as people quote them
for t in [
    "忽如一夜春风来，千树万树梨花开",
    "洛阳亲友如相问，一片冰心在玉壶",
    "独在异乡为异客，每逢佳节倍思亲",
    "床前明月光，疑是地上霜",
    "白日依山尽，黄河入海流",
    "欲穷千里目，更上一层楼",
    "千山鸟飞绝，万径人踪灭",
    "飞流直下三千尺，疑是银河落九天",
    "桃花潭水深千尺，不及汪伦送我情",
    "锄禾日当午，汗滴禾下土。谁知盘中餐，粒粒皆辛苦",
    "野火烧不尽，春风吹又生",
    "会当凌绝顶，一览众山小",
    "葡萄美酒夜光杯，欲饮琵琶马上催",
    "醉卧沙场君莫笑，古来征战几人回",
    "秦时明月汉时关，万里长征人未还",
    "但使龙城飞将在，不教胡马度阴山",
    "天生我材必有用，千金散尽还复来",
    "明月几时有？把酒问青天",
    "大江东去，浪淘尽，千古风流人物",
    "人生自古谁无死，留取丹心照汗青",
    "先天下之忧而忧，后天下之乐而乐",
    "落霞与孤鹜齐飞，秋水共长天一色",
    "山不在高，有仙则名；水不在深，有龙则灵",
    "予独爱莲之出淤泥而不染",
    "鹅鹅鹅，曲项向天歌",
    "红豆生南国，春来发几枝",
    "劝君更尽一杯酒，西出阳关无故人",
    "春风又绿江南岸，明月何时照我还",
    "停车坐爱枫林晚，霜叶红于二月花",
    "两岸猿声啼不住，轻舟已过万重山",
    "夜来风雨声，花落知多少",
    "千里莺啼绿映红，水村山郭酒旗风",
    "问君能有几多愁？恰似一江春水向东流",
    "寻寻觅觅，冷冷清清，凄凄惨惨戚戚",
    "莫等闲，白了少年头，空悲切",
    "少小离家老大回，乡音无改鬓毛衰",
    "北冥有鱼，其名为鲲",
    "学而时习之，不亦说乎",
    "三人行，必有我师焉",
    "两情若是久长时，又岂在朝朝暮暮",
    "此情可待成追忆，只是当时已惘然",
    "出师未捷身先死，长使英雄泪满襟",
    "月落乌啼霜满天，江枫渔火对愁眠",
    "烽火连三月，家书抵万金",
    "采菊东篱下，悠然见南山",
    "老骥伏枥，志在千里",
]:
    B.append(("poetry", t))

# ordinary: keyword characters apart or across punctuation, names, English,
# harmless pinyin
for t in [
    "冰箱里放了三天的剩菜会有毒吗",
    "给我来杯加冰，毒辣的太阳快把人晒化了",
    "这周在上海，洛阳下周再去",
    "他是队里的神枪手，支持者很多",
    "南京六合区的彩虹桥挺出片的",
    "诸子百家，乐在其中",
    "一夜没睡，情绪很差",
    "麻烦你帮我代开一下会，发票晚点给你",
    "训练基地的组织工作做得很好",
    "他说不会报复，社会自有公道",
    "这个包，二奶奶说很喜欢",
    "过年杀猪，盘子里全是肉",
    "拍老虎，机位要提前占好",
    "唐朝打败了东突厥，设立了都护府",
    "伊斯兰建筑的穹顶很有特色",
    "李冰父子修建了都江堰",
    "三级甲等医院挂号真难",
    "器官捐献是很伟大的事",
    "吃完饭记得开发票，公司能报销",
    "洗衣机坏了，钱还没退",
    "把雷锋精神代代传下去",
    "楼上的凤仙花开了",
    "他在外围，女儿在里面排队",
    "雪糕五毛，党支部的同事请客",
    "十八岁生日，禁不住哭了",
    "全套餐具，服务员说都送",
    "色彩很鲜艳，情调也不错",
    "土豆制成的，炸得很脆",
    "我同事叫王佳乐，人很好",
    "东方明珠晚上灯光很美",
    "We need a better method for this",
    "The debt crisis hit Greece hard",
    "Something happened at school today",
    "The basis is simple: keep it short",
    "婚庆一条龙，从策划到摄影都包",
    "Thanks, see you at the meeting",
    "ni hao, wo shi xiao ming",
    "jin tian tian qi zhen hao",
    "bing xiang huai le, ming tian xiu",
    "wo men qu chi huo guo ba",
    "Beijing huan ying ni",
    "xie xie da jia de zhi chi",
    "da jia zao shang hao",
    "ming tian jian, wan an",
    "zhe ge wen ti hen jian dan",
]:
    B.append(("ordinary", t))


# ------------------------------------------------------------------ output
def main():
    with open(os.path.join(HERE, "keywords.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["keyword", "risk"])
        for kw, risk, _ in KEYWORDS:
            w.writerow([kw, risk])
    with open(os.path.join(HERE, "evasions.jsonl"), "w", encoding="utf-8") as f:
        for i, (cls, kw, tpl, ev) in enumerate(E, 1):
            assert tpl.count("{}") == 1, (cls, kw, tpl)
            text = tpl.replace("{}", ev)
            rec = {"id": "v9-e-%03d" % i, "text": text, "keyword": kw,
                   "class": cls, "evasive": ev}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "benign.jsonl"), "w", encoding="utf-8") as f:
        for i, (cls, t) in enumerate(B, 1):
            rec = {"id": "v9-b-%03d" % i, "text": t, "class": cls}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("keywords", len(KEYWORDS), "evasions", len(E), "benign", len(B))


if __name__ == "__main__":
    main()
