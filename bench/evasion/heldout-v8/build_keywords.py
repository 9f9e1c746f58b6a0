#!/usr/bin/python3
"""Write keywords.csv (keyword,risk) beside this script. Hand-written list, V8 held-out set."""
import csv, os

HERE = os.path.dirname(os.path.abspath(__file__))

# (keyword, risk code from /work/shared/docs/standard.md, pinyin with tone digits, v = ü)
KEYWORDS = [
    # two characters
    ("冰毒", "A.1.h", "bing1 du2"),
    ("麻古", "A.1.h", "ma2 gu3"),
    ("大麻", "A.1.h", "da4 ma2"),
    ("毒枭", "A.1.h", "du2 xiao1"),
    ("迷药", "A.1.h", "mi2 yao4"),
    ("赌球", "A.1.h", "du3 qiu2"),
    ("私彩", "A.1.h", "si1 cai3"),
    ("嫖娼", "A.1.f", "piao2 chang1"),
    ("援交", "A.1.f", "yuan2 jiao1"),
    ("妓女", "A.1.f", "ji4 nv3"),
    ("裸聊", "A.1.f", "luo3 liao2"),
    ("裸贷", "A.1.h", "luo3 dai4"),
    ("枪支", "A.1.h", "qiang1 zhi1"),
    ("炸药", "A.1.h", "zha4 yao4"),
    ("雷管", "A.1.h", "lei2 guan3"),
    ("洗钱", "A.1.h", "xi3 qian2"),
    ("办证", "A.1.h", "ban4 zheng4"),
    ("套现", "A.1.h", "tao4 xian4"),
    ("代孕", "A.1.h", "dai4 yun4"),
    ("邪教", "A.1.h", "xie2 jiao4"),
    ("藏独", "A.1.c", "zang4 du2"),
    ("疆独", "A.1.c", "jiang1 du2"),
    ("血洗", "A.1.f", "xue4 xi3"),
    ("绑架", "A.1.f", "bang3 jia4"),
    ("支那", "A.2.c", "zhi1 na4"),
    ("黑鬼", "A.2.a", "hei1 gui3"),
    # three characters
    ("海洛因", "A.1.h", "hai3 luo4 yin1"),
    ("摇头丸", "A.1.h", "yao2 tou2 wan2"),
    ("氯胺酮", "A.1.h", "lv4 an4 tong2"),
    ("四号仔", "A.1.h", "si4 hao4 zai3"),
    ("三唑仑", "A.1.h", "san1 zuo4 lun2"),
    ("六合彩", "A.1.h", "liu4 he2 cai3"),
    ("百家乐", "A.1.h", "bai3 jia1 le4"),
    ("一夜情", "A.1.f", "yi1 ye4 qing2"),
    ("三级片", "A.1.f", "san1 ji2 pian4"),
    ("失足女", "A.1.f", "shi1 zu2 nv3"),
    ("仿真枪", "A.1.h", "fang3 zhen1 qiang1"),
    ("钢珠枪", "A.1.h", "gang1 zhu1 qiang1"),
    ("五四式", "A.1.h", "wu3 si4 shi4"),
    ("假文凭", "A.1.h", "jia3 wen2 ping2"),
    ("杀猪盘", "A.1.h", "sha1 zhu1 pan2"),
    ("法轮功", "A.1.h", "fa3 lun2 gong1"),
    ("全能神", "A.1.h", "quan2 neng2 shen2"),
    ("东突厥", "A.1.c", "dong1 tu1 jue2"),
    ("时时彩", "A.1.h", "shi2 shi2 cai3"),
    # four or more
    ("人体炸弹", "A.1.d", "ren2 ti3 zha4 dan4"),
    ("恐怖袭击", "A.1.d", "kong3 bu4 xi2 ji1"),
    ("圣战分子", "A.1.d", "sheng4 zhan4 fen4 zi3"),
    ("台湾独立", "A.1.c", "tai2 wan1 du2 li4"),
    ("东方闪电", "A.1.h", "dong1 fang1 shan3 dian4"),
    ("上门服务", "A.1.f", "shang4 men2 fu2 wu4"),
    ("裸体直播", "A.1.f", "luo3 ti3 zhi2 bo1"),
    ("网上赌场", "A.1.h", "wang3 shang4 du3 chang3"),
    ("代开发票", "A.1.h", "dai4 kai1 fa1 piao4"),
    ("冒充公检法", "A.1.h", "mao4 chong1 gong1 jian3 fa3"),
    ("三棱军刺", "A.1.h", "san1 leng2 jun1 ci4"),
    ("迷奸药水", "A.1.h", "mi2 jian1 yao4 shui3"),
    ("硫酸毁容", "A.1.f", "liu2 suan1 hui3 rong2"),
    # Latin
    ("cocaine", "A.1.h", None),
    ("ketamine", "A.1.h", None),
    ("fentanyl", "A.1.h", None),
    ("baccarat", "A.1.h", None),
    ("xvideos", "A.1.f", None),
]

PINYIN = {k: p for k, _, p in KEYWORDS if p}


def main():
    with open(os.path.join(HERE, "keywords.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["keyword", "risk"])
        for k, r, _ in KEYWORDS:
            w.writerow([k, r])


if __name__ == "__main__":
    main()
