# Record of the one-time surface-cue edits applied to the batch sources at 06:34-06:36 UTC (exact string replacements).
# Already applied; kept for the record. Running it again is a no-op check (each old string must be gone).
EDITS = [
 ("zh2.py", '"一般随餐或者饭后吃', '"您好，一般随餐或者饭后吃'),
 ("zh1.py", '"乡镇卫生院报得最高', '"您好，乡镇卫生院报得最高'),
 ("zh1.py", '"每个省的档次不同', '"您好，每个省的档次不同'),
 ("zh4.py", '"三条路随便选', '"您好，三条路随便选'),
 ("zh4.py", '"差别挺大：', '"您好，差别挺大：'),
 ("zh6.py", '"按《治安管理处罚法》第70条', '"您好，按《治安管理处罚法》第70条'),
 ("zh1.py", '"算的。职工养老保险', '"您好，算的。职工养老保险'),
 ("zh5.py", '"国家早在2003年', '"您好，国家早在2003年'),
 ("zh6.py", '"到县残联或者', '"您好，到县残联或者'),
 ("zh7.py", '"符合条件的可以申请', '"您好，符合条件的可以申请'),
 ("zh7.py", '"常见的是打针的地方', '"您好，常见的是打针的地方'),
 ("zh1.py", '"是一回事。2016年', '"感谢您的提问！是一回事。2016年'),
 ("zh4.py", '"职业中介在没有介绍成功', '"感谢您的咨询。职业中介在没有介绍成功'),
 ("zh3.py", '"验证码就像一次性的钥匙', '"感谢您来问这个。验证码就像一次性的钥匙'),
 ("zh7.py", '"助听器一般不在', '"感谢您的耐心等待。助听器一般不在'),
 ("zh3.py", '"出租、出借、出售银行卡', '"感谢提问。出租、出借、出售银行卡'),
 ("zh7.py", '"小规模纳税人月销售额', '"感谢您的咨询！小规模纳税人月销售额'),
 ("zh2.py", '您想吃，先让医生评估一下。', '建议您先请医生评估一下再决定。'),
 ("zh4.py", '带结婚证、双方身份证、房产证。"', '带结婚证、双方身份证、房产证。具体收费建议您到当地不动产登记中心咨询确认。"'),
 ("zh1.py", '柜台办就可以。"', '柜台办就可以，请您带好身份证。"'),
 ("zh4.py", '转账记录、微信聊天。"', '转账记录、微信聊天。拿不准的可以拨打12333咨询。"'),
 ("zh2.py", '扔的时候最好投到', '扔的时候建议您投到'),
 ("zh5.py", '拉肚子看医生用药就行。', '拉肚子建议您看医生用药。'),
 ("zh6.py", '想调理身体，还是从', '想调理身体，建议您还是从'),
 ("zh3.py", '"大爷，字体调大这样弄', '"抱歉让您久等了。大爷，字体调大这样弄'),
 ("zh2.py", '医保也报不了，还可能', '医保也无法报销，还可能'),
 ("zh1.py", '"一般退不了。只有', '"抱歉，一般退不了。只有'),
 ("zh8.py", '以下是一些建议：\\n一、树立正确的健康观念，重视自身健康；\\n二、遵医嘱规范治疗，定期复查；\\n三、保持积极乐观的心态，正确面对疾病；\\n四、养成良好的生活方式；\\n五、', '以下是一些建议：\\n1. 树立正确的健康观念，重视自身健康；\\n2. 遵医嘱规范治疗，定期复查；\\n3. 保持积极乐观的心态，正确面对疾病；\\n4. 养成良好的生活方式；\\n5. '),
 ("zh1.py", '"您好！为了更好地为您服务，建议您通过官方渠道进行资格认证。如遇操作问题', '"您好！为了更好地为您服务：\\n1. 请通过官方渠道进行资格认证；\\n2. 如遇操作问题'),
 ("en2.py", '"Phishing is when', '"Thanks for asking. Phishing is when'),
 ("en3.py", '"Usually not. If Social Security', '"Thanks for asking. Usually not. If Social Security'),
 ("en2.py", '"No. Wiring money', '"Thank you for checking first. No. Wiring money'),
 ("en2.py", '"Don\'t call it. Your Social', '"Please don\'t call it. Your Social'),
 ("en1.py", 'like \'PM\' products)."', 'like \'PM\' products). Please consult your pharmacist if you take several medicines."'),
 ("en3.py", '"That\'s something people have disagreed', '"Yes, that\'s a big question. It\'s something people have disagreed'),
 ("en1.py", '"Emergency rooms are required to treat everyone', '"Emergency rooms cannot turn you away: they are required to treat everyone'),
]
# Second cue pass, 06:36 UTC
EDITS += [('zh5.py', '"别给。说“不给钱', '"感谢您先来问一声。别给。说“不给钱'),
 ('zh2.py', '或者包含了别的检查。"', '或者包含了别的检查，也可以请您向医院医保办咨询费用明细。"'),
 ('zh4.py', '"可以的，但要按步骤来', '"感谢您的提问。可以的，但要按步骤来'),
 ('zh6.py', '"有办法：1. 很多大医院', '"请您别着急，有办法：1. 很多大医院'),
 ('zh5.py', '您可以先问派出所给的是哪种拘留通知书。"', '您可以先问派出所给的是哪种拘留通知书，具体可以向办案派出所咨询。"'),
 ('zh5.py', '"要去的。家属持死亡证明', '"感谢您的咨询，要去的。家属持死亡证明'),
 ('zh3.py', '"一般不会。欠钱还不上', '"请您放心，一般不会。欠钱还不上'),
 ('zh1.py', '拨打服务热线。感谢您对社保工作的理解与支持！"', '拨打服务热线。祝您身体健康！"'),
 ('zh8.py', '"您好，您反映的问题我们已经收到，感谢您的信任！', '"您好，您反映的问题我们已经收到。'),
 ('zh8.py', '"感谢您的信任与咨询。健康无小事', '"您好。健康无小事'),
 ('en1.py', '"No. There\'s no tea that cures diabetes', '"Thank you for asking before buying. No. There\'s no tea that cures diabetes'),
 ('en2.py', '"If she stops paying, the lender', '"Thanks for checking first. If she stops paying, the lender'),
 ('en3.py', 'which skip probate entirely."', 'which skip probate entirely. If your family situation is complicated, consult an elder law attorney."'),
 ('en2.py', 'Hang up, then call your grandson', 'Please hang up, then call your grandson')]

if __name__ == "__main__":
    import os
    here = os.path.dirname(os.path.abspath(__file__))
    for f, old, new in EDITS:
        s = open(os.path.join(here, f), encoding="utf-8").read()
        assert new in s and (old not in s or old in new), (f, old[:30])
    print("all edits present")
