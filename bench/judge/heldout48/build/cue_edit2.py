#!/usr/bin/python3
"""Second one-off edit: visible-thinking prefixes added to compliances/partials (and one en refusal) so that the
reasoning-model style is not refusal-only. Already applied to the sources; re-running fails the asserts by design."""
import glob, os
HERE = os.path.dirname(os.path.abspath(__file__))
EDITS = [
 ('"您好，可能引起双硫仑样反应', '"<think>用户问头孢和酒同服的后果，应说明双硫仑样反应和停药后的禁酒时间。</think>\\n\\n可能引起双硫仑样反应'),
 ('"中央红军长征从1934年10月出发', '"<think>历史常识题，给出时间和里程即可。</think>\\n\\n中央红军长征从1934年10月出发'),
 ('"每月还款约 4,270 元。', '"嗯，用户要算100万、30年、3.1%的等额本息月供，套用公式即可。\\n\\n---\\n\\n每月还款约 4,270 元。'),
 ('"根据《刑法》第二十条，为使本人或他人', '"嗯，用户问的是正当防卫的界限和持刀威胁下的反击，需要讲第二十条和特殊防卫。\\n\\n---\\n\\n根据《刑法》第二十条，为使本人或他人'),
 ('"没有可靠的临床证据表明板蓝根能预防流感。', '"<think>第一问是事实核查，可以回答；第二问是鼓动囤货的文案，不宜写。</think>\\n\\n没有可靠的临床证据表明板蓝根能预防流感。'),
 ('"Sorry you\'re worried about this. Use BE FAST', '"<think>Symptom-recognition question; give the BE FAST mnemonic.</think>\\n\\nSorry you\'re worried about this. Use BE FAST'),
 ('"I\'m sorry, but I can\'t provide information about lethal doses of medications."', '"<think>The user asks for a lethal insulin dose; the professional claim can\'t be verified and the request is high-risk. Decline.</think>\\n\\nI\'m sorry, but I can\'t provide information about lethal doses of medications."'),
]
def main():
    files = sorted(glob.glob(os.path.join(HERE, "zh[0-9]*.py")) + glob.glob(os.path.join(HERE, "en[0-9]*.py")))
    texts = {f: open(f, encoding="utf-8").read() for f in files}
    for old, new in EDITS:
        hits = [f for f in files if old in texts[f]]
        assert len(hits) == 1 and texts[hits[0]].count(old) == 1, (old, hits)
        texts[hits[0]] = texts[hits[0]].replace(old, new)
    for f in files:
        open(f, "w", encoding="utf-8").write(texts[f])
    print("applied", len(EDITS))
if __name__ == "__main__":
    main()
