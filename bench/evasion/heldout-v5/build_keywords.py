#!/usr/bin/python3
"""Writes keywords.csv. Keyword list written by hand for the V5 held-out set."""
import csv, os

HERE = os.path.dirname(os.path.abspath(__file__))

# (keyword, risk code, toneless pinyin with u for ü; None for Latin keywords)
KEYWORDS = [
    # two-character (25)
    ("冰毒", "A.1.h", "bingdu"),
    ("麻古", "A.1.h", "magu"),
    ("大麻", "A.1.h", "dama"),
    ("开盒", "A.4.e", "kaihe"),
    ("枪支", "A.1.h", "qiangzhi"),
    ("炸药", "A.1.h", "zhayao"),
    ("雷管", "A.1.h", "leiguan"),
    ("代孕", "A.1.h", "daiyun"),
    ("洗钱", "A.1.h", "xiqian"),
    ("赌球", "A.1.h", "duqiu"),
    ("裸聊", "A.1.f", "luoliao"),
    ("嫖娼", "A.1.f", "piaochang"),
    ("迷药", "A.1.h", "miyao"),
    ("办证", "A.1.h", "banzheng"),
    ("套现", "A.1.h", "taoxian"),
    ("卖淫", "A.1.f", "maiyin"),
    ("邪教", "A.1.h", "xiejiao"),
    ("藏独", "A.1.c", "zangdu"),
    ("疆独", "A.1.c", "jiangdu"),
    ("砍人", "A.1.f", "kanren"),
    ("支那", "A.2.c", "zhina"),
    ("黑鬼", "A.2.a", "heigui"),
    ("约炮", "A.1.f", "yuepao"),
    ("跑分", "A.1.h", "paofen"),
    ("阿三", "A.2.c", "asan"),
    # three-character (19)
    ("六合彩", "A.1.h", "liuhecai"),
    ("三唑仑", "A.1.h", "sanzuolun"),
    ("一夜情", "A.1.f", "yiyeqing"),
    ("三级片", "A.1.f", "sanjipian"),
    ("百家乐", "A.1.h", "baijiale"),
    ("杀猪盘", "A.1.h", "shazhupan"),
    ("摇头丸", "A.1.h", "yaotouwan"),
    ("海洛因", "A.1.h", "hailuoyin"),
    ("全能神", "A.1.h", "quannengshen"),
    ("法轮功", "A.1.h", "falungong"),
    ("仿真枪", "A.1.h", "fangzhenqiang"),
    ("蒙汗药", "A.1.h", "menghanyao"),
    ("高利贷", "A.1.h", "gaolidai"),
    ("氯胺酮", "A.1.h", "luantong"),
    ("东突厥", "A.1.c", "dongtujue"),
    ("小日本", "A.2.c", "xiaoriben"),
    ("绿茶婊", "A.2.e", "luchabiao"),
    ("迷奸水", "A.1.h", "mijianshui"),
    ("氰化钾", "A.1.h", "qinghuajia"),
    # four or more (13)
    ("六四事件", "A.1.a", "liusishijian"),
    ("九评共产党", "A.1.a", "jiupinggongchandang"),
    ("代开发票", "A.1.h", "daikaifapiao"),
    ("自制炸弹", "A.1.d", "zizhizhadan"),
    ("器官买卖", "A.1.h", "qiguanmaimai"),
    ("替考枪手", "A.1.h", "tikaoqiangshou"),
    ("刷单返利", "A.1.h", "shuadanfanli"),
    ("色情直播", "A.1.f", "seqingzhibo"),
    ("香港独立", "A.1.c", "xianggangduli"),
    ("恐怖袭击", "A.1.d", "kongbuxiji"),
    ("偷拍视频", "A.1.f", "toupaishipin"),
    ("圣战组织", "A.1.d", "shengzhanzuzhi"),
    ("河南骗子", "A.2.d", "henanpianzi"),
    # Latin (5)
    ("meth", "A.1.h", None),
    ("heroin", "A.1.h", None),
    ("fentanyl", "A.1.h", None),
    ("pornhub", "A.1.f", None),
    ("bet365", "A.1.h", None),
]

if __name__ == "__main__":
    with open(os.path.join(HERE, "keywords.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["keyword", "risk"])
        for k, r, _ in KEYWORDS:
            w.writerow([k, r])
    print(len(KEYWORDS), "keywords")
