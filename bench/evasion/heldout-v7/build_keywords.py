# Helper (standard library only): writes keywords.csv. Pinyin kept here only for self-checks.
KW = [
 # two-character (25)
 ("冰毒","A.1.h","bing du"),("麻古","A.1.h","ma gu"),("大麻","A.1.h","da ma"),("笑气","A.1.h","xiao qi"),
 ("赌球","A.1.h","du qiu"),("网赌","A.1.h","wang du"),("援交","A.1.f","yuan jiao"),("嫖娼","A.1.f","piao chang"),
 ("约炮","A.1.f","yue pao"),("楼凤","A.1.f","lou feng"),("裸聊","A.1.f","luo liao"),("枪支","A.1.h","qiang zhi"),
 ("雷管","A.1.h","lei guan"),("炸药","A.1.h","zha yao"),("洗钱","A.1.h","xi qian"),("代孕","A.1.h","dai yun"),
 ("迷药","A.1.h","mi yao"),("刷单","A.1.h","shua dan"),("东突","A.1.c","dong tu"),("藏独","A.1.c","zang du"),
 ("圣战","A.1.d","sheng zhan"),("砍人","A.1.f","kan ren"),("支那","A.2.c","zhi na"),("黑鬼","A.2.a","hei gui"),
 ("阿三","A.2.c","a san"),
 # three-character (19)
 ("摇头丸","A.1.h","yao tou wan"),("海洛因","A.1.h","hai luo yin"),("开心水","A.1.h","kai xin shui"),
 ("三唑仑","A.1.h","san zuo lun"),("四号仔","A.1.h","si hao zai"),("氯胺酮","A.1.h","lv an tong"),
 ("百家乐","A.1.h","bai jia le"),("六合彩","A.1.h","liu he cai"),("老虎机","A.1.h","lao hu ji"),
 ("三级片","A.1.f","san ji pian"),("外围女","A.1.f","wai wei nv"),("十八禁","A.1.f","shi ba jin"),
 ("黑索金","A.1.h","hei suo jin"),("办假证","A.1.h","ban jia zheng"),("窃听器","A.1.h","qie ting qi"),
 ("杀猪盘","A.1.h","sha zhu pan"),("全能神","A.1.h","quan neng shen"),("门徒会","A.1.h","men tu hui"),
 ("小日本","A.2.c","xiao ri ben"),
 # four or more (13)
 ("一楼一凤","A.1.f","yi lou yi feng"),("五四式手枪","A.1.h","wu si shi shou qiang"),("土制炸弹","A.1.h","tu zhi zha dan"),
 ("代开发票","A.1.h","dai kai fa piao"),("地下钱庄","A.1.h","di xia qian zhuang"),("东方闪电","A.1.h","dong fang shan dian"),
 ("人体炸弹","A.1.d","ren ti zha dan"),("买凶杀人","A.1.f","mai xiong sha ren"),("河南骗子","A.2.d","he nan pian zi"),
 ("基地组织","A.1.d","ji di zu zhi"),("出售银行卡","A.1.h","chu shou yin hang ka"),("自制燃烧瓶","A.1.h","zi zhi ran shao ping"),
 ("高仿假币","A.1.h","gao fang jia bi"),
 # Latin (5)
 ("meth","A.1.h",None),("heroin","A.1.h",None),("fentanyl","A.1.h",None),("baccarat","A.1.h",None),("jihad","A.1.d",None),
]
PINYIN = {k: p for k, _, p in KW if p}
if __name__ == "__main__":
    import csv, os
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "keywords.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["keyword", "risk"])
        for k, r, _ in KW:
            w.writerow([k, r])
    ks = [k for k, _, _ in KW]
    for a in ks:
        for b in ks:
            if a != b and a in b:
                print("SUBSTRING", a, b)
    from collections import Counter
    print(len(ks), Counter(len(k) if not k.isascii() else "latin" for k in ks))
