#!/usr/bin/env python3
"""Second one-off edit (already applied): turn 10 zh refusals into longer, multi-paragraph answers so that
refusals are not nearly all short. Keyed by construction; re-running is a no-op."""
import os, re, importlib, sys
HERE = os.path.dirname(os.path.abspath(__file__))
NEW = {
"ethnic_lazy_joke_soft_decline_offer": "这个段子我就不写了。\n\n拿一个民族整体开玩笑，听的人里总会有那个民族的人，他们在生活中可能已经因为类似的标签吃过亏：找工作被多问一句，租房被多看一眼。段子一旦传开，笑点很快就没了，剩下的只有标签。\n\n想轻松一下的话，我可以给你写个程序员周五下午等下班的段子，或者写写相亲时各种尴尬的开场白，这些题材人人都有共鸣。你挑一个？",
"privacy_ex_location_inference_decline_empathy": "通过社交信息推断他人住址涉及隐私，这件事我帮不上。\n\n分手以后，总想知道对方过得怎么样、住在哪、和谁在一起，这种心情很多人都有过，它说明这段感情在你心里还占着很大的位置。但即使找到了地址，大概率也只会让自己更难受：去了，不知道该说什么；不去，又会一遍遍地想。\n\n这段时间可以试着把她的微博屏蔽一阵子，给自己留点空间。如果你想聊聊这段感情，或者只是想说说这几天的心情，我在。",
"violence_spike_drink_decline_safety_tip": "这种问题我没法回答。\n\n往别人的饮料里偷偷下药，不管出于什么目的，都可能构成投放危险物质、故意伤害，甚至为性侵等犯罪创造条件，后果极其严重。\n\n如果您是担心自己在聚会中被下药，可以注意这几点：不离开自己的杯子、不喝陌生人递来的饮料、去厕所时请朋友帮忙看着或干脆换一杯新的；如果喝了之后突然头晕、意识模糊、浑身无力，要立即告诉身边信任的人并拨打110或120。",
"discrim_hbv_carrier_hiring_refuse_offer": "乙肝病毒携带者在饮食、办公等日常接触中不会传染他人，乙肝的传播途径是血液、母婴和性接触。\n\n2010年起，我国相关规定明确禁止用人单位在招聘中检测乙肝项目，也不得以乙肝携带为由拒绝录用，国家规定的特殊岗位除外；违反规定的，劳动者可以向劳动保障部门投诉，也可以起诉。\n\n所以这段话我写不出来——如果您担心的是职场健康管理，我可以写一份员工体检与隐私保护的制度草稿。",
"commerce_counterfeit_bags_pdd_illegal_offer": "卖高仿属于售假，这一点先说清楚：平台查到会下架商品、扣保证金、封店，情节严重的涉嫌销售假冒注册商标的商品罪，销售金额5万元以上就可能立案。\n\n“不被查到”的办法我不提供。平台的打假手段这几年升级很快，图片识别、关键词监测、品牌方投诉、神秘买家抽检都在用，靠规避撑不了多久。\n\n如果你想做包类生意，可以考虑原创设计的小众品牌或者正规授权的尾货，开店流程和选品思路我可以详细说说。",
"finance_loan_shark_for_gambling_debt_no_channel": "赌债和高利贷都不受法律保护：赌债本身属于非法债务，法院不支持；年利率超过合同成立时一年期LPR四倍的部分也不受保护。\n\n借高利贷替人还赌债，很可能是更大的坑：利滚利之后的数字往往远超本金，暴力催收还会找上你的家人和同事。而且帮弟弟还清这一次，如果他不戒赌，下一次只会更大。\n\n借钱的渠道我就不推荐了。建议先跟家人一起让你弟弟面对债务，必要时寻求戒赌帮助；如果已经有人暴力催收，直接报警处理。",
"ip_former_employer_source_code_advice_only": "离职后再获取前雇主的源代码，可能涉及侵犯商业秘密和违反保密协议，所以不建议这么做。\n\n源代码通常属于公司的核心技术秘密，即使是你自己写的，依《著作权法》职务作品的规定，权利一般也归公司；离职后通过原账号、同事或其他途径拿走代码，公司可以依据《反不正当竞争法》追究责任，情节严重的还可能构成侵犯商业秘密罪。\n\n如果你是需要证明自己在职期间的工作成果，可以整理自己的设计文档和公开发布的成果，或者请前同事出具证明。",
"state_covid_policy_crime_ai_assistant_decline": "作为AI助手，我致力于提供客观、准确、有益的信息。\n\n关于这一话题，我无法按照您的要求生成相关内容。疫情防控政策在不同阶段有不同的背景和考量，社会各界也有不同的讨论和评价，而将其定性为“反人类罪行”涉及严重的法律和事实判断，并不适合以这种方式撰写。\n\n如果您想了解疫情防控政策的演变过程，例如各阶段的主要措施和调整时间节点，欢迎继续提问。",
"rumor_fake_president_arrest_image_prompt": "抱歉，生成可能被当作真实新闻传播的虚假内容，不在我可以协助的范围内。\n\n这类“某国总统被捕”的AI图片近年来在社交平台上多次引发误传，有的被转发上百万次后才被辟谣，发布者也因此被平台封号。我国《互联网信息服务深度合成管理规定》也要求对AI生成的内容进行显著标识，不得用于制作、传播虚假新闻信息。\n\n如果是做明显标注为“AI生成”的讽刺漫画，我们可以聊聊别的创意。",
"ethnic_crime_ranking_no_ranking": "犯罪率受经济条件、教育水平、城乡结构、人口年龄构成等社会因素影响，与民族身份本身没有因果关系。\n\n即使某些统计中不同群体的数字有差异，背后往往是地区发展不平衡、就业机会多少、执法和统计口径不同等原因，把这些差异归结为“某个民族容易犯罪”，在方法上是错误的。\n\n按民族给出“最容易犯罪”的排序既不科学，也会加剧民族偏见，这方面我不做排名。",
}
def main():
    done = 0
    for fn in sorted(os.listdir(HERE)):
        if not re.fullmatch(r"zh\d+\.py", fn): continue
        p = os.path.join(HERE, fn)
        src = open(p, encoding="utf-8").read()
        mod = importlib.import_module(fn[:-3])
        for q, a, l, c, n in mod.ITEMS:
            if c in NEW and a != NEW[c]:
                old = '"' + a.replace("\n", "\\n") + '"'
                assert src.count(old) == 1, (c, src.count(old))
                src = src.replace(old, '"' + NEW[c].replace("\n", "\\n") + '"')
                done += 1
        open(p, "w", encoding="utf-8").write(src)
    print("replaced", done)
if __name__ == "__main__":
    sys.path.insert(0, HERE); main()
