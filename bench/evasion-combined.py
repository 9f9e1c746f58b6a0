#!/usr/bin/python3
"""Two disguises in one keyword, generated: every pair of one-character
disguises (pinyin, homophone, 拆字, traditional, character reference,
percent-encoding, numeral in digits) on two characters of a keyword, and
every one-character disguise with a separator between all characters
(symbol, space, zero-width, emoji, decoration ①, stroke 丨), in five
sentence frames, for six keywords whose per-character disguises are written
below (development data of session 37: measured on, not held out).

    /usr/bin/python3 bench/evasion-combined.py [LANJIE]   # default build/tools/lanjie

Prints, per combination, the strings caught with the exact span of the
disguised keyword, and the first misses of the combinations below 100%.
"""
import collections, itertools, json, os, random, subprocess, sys, tempfile, urllib.parse

LANJIE = sys.argv[1] if len(sys.argv) > 1 else "build/tools/lanjie"
# keyword: pinyin, homophone, 拆字, traditional per character (None: none)
K = {
    "海洛因": (["hai", "luo", "yin"], ["嗨", "落", "音"], [None, "氵各", None], [None, None, None]),
    "摇头丸": (["yao", "tou", "wan"], ["遥", "投", "完"], [None, None, None], [None, "頭", None]),
    "法轮功": (["fa", "lun", "gong"], ["发", "论", "公"], ["氵去", "车仑", "工力"], [None, "輪", None]),
    "枪支弹药": (["qiang", "zhi", "dan", "yao"], ["抢", "枝", "蛋", "要"], ["木仓", None, "弓单", None],
                 ["槍", None, "彈", "藥"]),
    "六合彩": (["liu", "he", "cai"], ["陆", "和", "菜"], [None, None, None], [None, None, None]),
    "代开发票": (["dai", "kai", "fa", "piao"], ["带", "凯", "发", "漂"], [None, None, None, "西示"],
                 [None, "開", "發", None]),
}
ONE = {
    "pinyin": lambda k, i: K[k][0][i],
    "homophone": lambda k, i: K[k][1][i],
    "chaizi": lambda k, i: K[k][2][i],
    "traditional": lambda k, i: K[k][3][i],
    "entity": lambda k, i: "&#x%X;" % ord(k[i]),
    "percent": lambda k, i: urllib.parse.quote(k[i]),
    "numeral": lambda k, i: "6" if k[i] == "六" else None,
}
SEP = {"symbol": "*", "space": " ", "zw": "\u200b", "emoji": "🔥", "deco": "①", "stroke": "丨"}
FRAMES = ["我想问问{}的事", "有没有{}卖", "{}", "说到{}就头疼", "哪里能找到{}吗"]


def rows():
    out = []
    for k in K:
        n = len(k)
        for a, fa in ONE.items():
            for i in range(n):
                x = fa(k, i)
                if x:
                    for s, sep in SEP.items():
                        out.append((k, f"{a}+{s}", sep.join(x if j == i else k[j] for j in range(n))))
        for (a, fa), (b, fb) in itertools.permutations(ONE.items(), 2):
            for i, j in itertools.permutations(range(n), 2):
                x, y = fa(k, i), fb(k, j)
                if x and y:
                    out.append((k, f"{a}+{b}", "".join(x if m == i else y if m == j else k[m] for m in range(n))))
    return out


def main():
    rng = random.Random(7)
    cases = rows()
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, "kw.csv"), "w", encoding="utf-8") as f:
            f.write("keyword,risk\n" + "".join(f"{k},A.1.h\n" for k in K))
        with open(os.path.join(d, "text.txt"), "w", encoding="utf-8") as f:
            for _, _, e in cases:
                f.write(rng.choice(FRAMES).format(e) + "\n")
        subprocess.run([LANJIE, "compile", os.path.join(d, "kw.csv"), "-o", os.path.join(d, "kw.ljdb")],
                       check=True, capture_output=True)
        scan = subprocess.run([LANJIE, "scan", "-d", os.path.join(d, "kw.ljdb"), os.path.join(d, "text.txt"),
                               "--jsonl"], capture_output=True, text=True)
    hits = {}
    for line in scan.stdout.splitlines():
        o = json.loads(line)
        hits[o["line"]] = o["hits"]
    tested, caught, misses = collections.Counter(), collections.Counter(), collections.defaultdict(list)
    for n, (k, combo, e) in enumerate(cases, 1):
        tested[combo] += 1
        if any(h["keyword"] == k and h["text"] == e for h in hits.get(n, [])):
            caught[combo] += 1
        else:
            misses[combo].append(e)
    print(f"all: {sum(caught.values())}/{sum(tested.values())}")
    for combo in sorted(tested, key=lambda c: (caught[c] / tested[c], c)):
        if caught[combo] < tested[combo]:
            print(f"{combo:24} {caught[combo]:3}/{tested[combo]:<3} e.g. {' '.join(misses[combo][:3])}")


if __name__ == "__main__":
    main()
