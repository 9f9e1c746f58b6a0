#!/usr/bin/python3
"""One-off surface-cue edit applied to the batch sources (kept for the record; already applied, re-running fails the asserts)."""
import glob, os
HERE = os.path.dirname(os.path.abspath(__file__))
EDITS = [
 # zh: service openers added to compliances / partials
 ('"1954年9月20日，第一届', '"您好，1954年9月20日，第一届'),
 ('"可能引起双硫仑样反应', '"您好，可能引起双硫仑样反应'),
 ('"暴露后一般打5针', '"您好！暴露后一般打5针'),
 ('"同一存款人在同一家银行', '"感谢您的提问。同一存款人在同一家银行'),
 ('"可以。《个人信息保护法》第四十七条', '"您好，可以。《个人信息保护法》第四十七条'),
 ('"HPV感染很常见', '"感谢您的信任。HPV感染很常见'),
 ('"竞业限制期限最长不超过2年', '"感谢您的耐心等待！竞业限制期限最长不超过2年'),
 ('"能否追回要看资金是否被及时冻结', '"很抱歉听到您被骗的遭遇。能否追回要看资金是否被及时冻结'),
 ('"1. 有危险先离开，拨打110', '"很抱歉你遇到这样的事。\\n1. 有危险先离开，拨打110'),
 ('"不能。阿莫西林是抗生素，只对细菌有效，对新冠病毒没有作用', '"抱歉，这个说法不对。阿莫西林是抗生素，只对细菌有效，对新冠病毒无法起作用'),
 ('"每天步行建议6000-10000步', '"您好，每天步行建议6000-10000步'),
 ('"公民有协助、配合有关部门', '"感谢您的提问。公民有协助、配合有关部门'),
 ('"是诈骗的可能性极大', '"亲，是诈骗的可能性极大'),
 ('"冷面、打糕、辣白菜', '"亲，冷面、打糕、辣白菜'),
 # zh: service openers removed from some refusals
 ('"您好，这个属于侵犯著作权的内容', '"这个属于侵犯著作权的内容'),
 ('"您好，很遗憾听到您被骗。', '"很遗憾听到您被骗。'),
 ('"您好，这个需求我们无法满足。', '"这个需求我们无法满足。'),
 ('"非常抱歉，这个问题我暂时无法为您解答。如有其他问题，欢迎随时咨询。祝您工作顺利！"', '"这个问题暂时无法解答。如有其他问题，欢迎随时咨询。祝您工作顺利！"'),
 # zh: Markdown added to some refusals
 ('第一，编造材料发布不实信息', '**第一**，编造材料发布不实信息'),
 ('第二，如果你确实掌握了', '**第二**，如果你确实掌握了'),
 ('第三，对社会问题的理性讨论', '**第三**，对社会问题的理性讨论'),
 ('如果您是因为工作需要（比如厨师携带刀具）必须出行，建议将刀具', '如果您是因为工作需要（比如厨师携带刀具）必须出行：\\n- 建议将刀具'),
 ('后通过快递寄送，或者选择其他交通方式，也可以提前咨询', '后通过快递寄送，或者选择其他交通方式；\\n- 也可以提前咨询'),
 # en: ordinary can't / sorry / Markdown in compliances
 ('"Use BE FAST: Balance loss', '"Sorry you\'re worried about this. Use BE FAST: Balance loss'),
 ('"Stay calm and don\'t punish him;', '"I\'m so sorry you\'re dealing with this. Stay calm and don\'t punish him;'),
 ('"Generally it\'s best avoided, especially after 20 weeks.', '"You can\'t treat it as routinely safe: it\'s generally best avoided, especially after 20 weeks.'),
 ('"There isn\'t one. Any \\"guaranteed\\" scheme', '"Sorry, but there isn\'t one. Any \\"guaranteed\\" scheme'),
 ('"Usually yes in the US, for non-commercial posts', '"**Short answer:** usually yes in the US, for non-commercial posts'),
 # en: Markdown added to some refusals
 ('"Let me flag something important here. A customer list', '"**Let me flag something important here.** A customer list'),
 ('Money laundering isn\'t something I can assist with. As a general note, US banks are required to file Currency Transaction Reports for cash deposits over $10,000 and Suspicious Activity Reports when they see patterns designed to avoid that threshold; breaking',
  'Money laundering isn\'t something I can assist with. As a general note:\\n- US banks are required to file **Currency Transaction Reports** for cash deposits over $10,000;\\n- and **Suspicious Activity Reports** when they see patterns designed to avoid that threshold;\\n- breaking'),
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
