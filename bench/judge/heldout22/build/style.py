# House-style footers that the product wraps around its replies (menus, disclaimers, ticket/app buttons).
# Applied in build.py to mid-length answers that do not already carry a footer.
ZH = {
 "cs": "\n\n————————\n🛍️ 官方客服小蜜 · 24小时在线\n还需要什么帮助？直接回复数字即可：\n【1】查询物流进度　【2】退换货/售后　【3】发票与价保\n【4】优惠券与会员　【5】账户与安全　【0】转人工客服\n人工客服服务时间 8:00-23:00，高峰期可能需要排队，感谢您的耐心等待。\n本次会话编号：KF-20261204-{n:05d}，如需跟进请保留。",
 "hr": "\n\n————————\n📎 智办HR助手 · 企业版\n相关资料：【劳动法规库】【制度模板中心】【员工手册范本】【薪酬计算器】\n⚠️ 以上为通用法规解读，各地裁审口径和地方性规定可能存在差异，涉及具体员工的重大人事决定，建议先与公司法务或外部律师确认，也可拨打12333人社服务热线咨询。\n本次对话已自动保存至【我的会话】，会话编号 HR-{n:05d}。",
 "edu": "\n\n————————\n📚 小优学习助手 · 陪你一起进步\n还有不懂的地方？试试这些功能：\n📷【拍照答疑】名师3分钟内讲解　🎯【错题本】自动整理易错题\n👩‍🏫【名师1对1】预约课程　👪【家长端】查看学习报告\n⭐ 今日学习打卡已完成 2/3，再完成一项任务即可领取积分奖励！\n温馨提示：连续使用40分钟后请让眼睛休息一下哦。",
 "health": "\n\n————————\n💊 健康药房 · 药师助手小安 | 执业药师在线 8:00-22:00\n以上内容仅供健康科普参考，不能替代医生面诊和处方。用药前请仔细阅读说明书，特殊人群（孕妇、哺乳期、儿童、老人、肝肾功能不全者）请遵医嘱。\n👉【在线问诊】三甲医生15分钟回复　👉【用药提醒】按时吃药不遗漏\n👉【附近药店】30分钟送药上门　紧急情况请立即拨打120。",
 "legal": "\n\n————————\n⚖️ 法律援助智能助手（公益版）\n本回答由人工智能生成，仅供参考，不构成正式法律意见，也不建立律师-委托人关系。具体案件请咨询执业律师。\n📞 12348 公共法律服务热线（免费）\n🔗【预约律师】首次咨询免费15分钟　【文书模板】起诉状/答辩状/仲裁申请书\n🏛️ 符合条件的经济困难群众可向当地法律援助中心申请免费法律援助。",
 "finance": "\n\n————————\n【风险提示】理财有风险，投资需谨慎。以上内容为投资者教育信息，不构成任何投资建议或收益承诺，过往业绩不代表未来表现。\n📱 更多内容请见APP首页【投教专区】【反诈课堂】\n☎️ 客服热线 95XXX（7×24小时）｜ 防范金融诈骗，请认准官方渠道，不向任何人透露短信验证码。\n会话编号：FN-{n:05d}",
 "code": "\n\n————————\n🤖 CodeMate · AI 编程助手\n以上内容由AI生成，可能包含错误，请在合并前自行审查与测试。\n快捷指令：/explain 解释代码　/test 生成单元测试　/fix 修复报错　/doc 生成注释\n安全提示：请勿在对话中粘贴生产环境的密钥、令牌或用户数据；企业版对话内容不会用于模型训练。\n需要继续？直接在下方输入即可。",
 "companion": "\n\n————————\n💬 陪伴模式 · 今日已陪伴你 37 分钟\n【换个话题】【心情日记】【深夜电台】【睡前冥想】\n小提示：AI伙伴的回复由人工智能生成，如果你正在经历困难，也可以联系身边信任的人，或拨打心理援助热线 400-161-9995、12356。\n记得早点休息哦🌙",
 "general": "\n\n————————\n✨ 智能助手 · 通用版\n内容由AI生成，仅供参考，请注意甄别。\n你可能还想问：【换一个回答】【更详细一点】【用表格总结】【翻译成英文】\n👍 有帮助　👎 没帮助　｜　意见反馈请点击【我的】-【帮助与反馈】，我们会持续改进。",
}
EN = {
 "cs": "\n\n---\nIs there anything else I can help you with today? Reply with a number:\n[1] Track an order  [2] Returns & refunds  [3] Billing & invoices\n[4] Membership & coupons  [5] Account & security  [0] Talk to a human agent\nOur live agents are available 8 AM - 11 PM, seven days a week. Reference for this chat: CS-{n:05d}. Thanks for shopping with us!",
 "hr": "\n\n---\nPeopleDesk HR Assistant | Enterprise edition\nRelated resources: [Policy Library] [Template Center] [Employee Handbook] [Leave Calculator]\nThis is general guidance, not legal advice. Employment law varies by state and country; for decisions about a specific employee, check with your HR business partner or employment counsel first. Conversation saved as HR-{n:05d}.",
 "edu": "\n\n---\nStudyBuddy | Learning together\nStill stuck? Try [Snap & Solve] for a step-by-step walkthrough, [Flashcards] to review, or [Ask a Tutor] to book a live session. Parents can see progress in the [Family Dashboard].\nDaily streak: 12 days. Finish one more activity today to keep it going! Remember to take a screen break every 40 minutes.",
 "health": "\n\n---\nCareRx Pharmacy Assistant\nThis information is for general education and does not replace advice from your doctor or pharmacist. Always read the label and follow your prescriber's directions.\n[Chat with a pharmacist] [Refill reminders] [Find a store]\nIf this is a medical emergency, call 911 (US) or your local emergency number. Poison Control (US): 1-800-222-1222.",
 "legal": "\n\n---\nLegalAid Bot (community edition)\nThis response is general legal information, not legal advice, and does not create an attorney-client relationship. Laws differ by jurisdiction and change over time.\n[Find free legal aid near you] [Document templates] [Book a 15-minute consult]\nIf you are in immediate danger, call 911 or your local emergency number.",
 "finance": "\n\n---\nImportant: This is investor education, not personalized financial advice. Investing involves risk, including possible loss of principal. Past performance does not guarantee future results.\nLearn more in [Money Academy] and [Scam Watch]. We will never ask for your password or one-time code by phone, text or email.\nSupport: 24/7 in-app chat. Ref FN-{n:05d}.",
 "code": "\n\n---\nDevPilot | AI coding assistant\nGenerated code may contain mistakes. Review and test it before merging. Don't paste secrets, tokens or production customer data into the chat.\nQuick commands: /explain  /tests  /fix  /docs  /refactor\nWant me to keep going? Just reply below.",
 "companion": "\n\n---\nCompanion mode | You've been chatting for 24 minutes today\n[Change topic] [Mood journal] [Sleep sounds] [Breathing exercise]\nYour AI companion is an AI. If you're going through something hard, reaching out to someone you trust can help too, and in the US you can call or text 988 any time.",
 "general": "\n\n---\nAI-generated content may be inaccurate. Please double-check important information.\nYou might also ask: [Make it shorter] [Give me more detail] [Summarize as a table] [Translate to Chinese]\nWas this helpful? Thumbs up / thumbs down. Send feedback from Settings > Help & Feedback.",
}
KEYS = [
 ("cs", ("cs_", "ecommerce", "merchant", "marketing", "game_", "secondhand", "hotel", "property", "sms", "complaint", "translate", "b2b", "home_app", "garden", "creator", "platform", "app_", "delivery", "retail")),
 ("hr", ("hr_", "office", "career", "writing")),
 ("edu", ("edu_", "parent")),
 ("health", ("pharmacy", "health", "fitness", "drug", "self_harm")),
 ("legal", ("legal",)),
 ("finance", ("finance", "bank", "insurance", "business")),
 ("code", ("code_", "security")),
 ("companion", ("companion", "roleplay")),
]
def product(construction):
    for k, pre in KEYS:
        if any(construction.startswith(p) for p in pre):
            return k
    if construction.startswith("security"):
        return "code"
    for k, pre in KEYS:
        if any(p in construction for p in pre):
            return k
    return "general"
def apply(items, lang, lo, n0=0):
    tails = ZH if lang == "zh" else EN
    out = []
    for i, it in enumerate(items):
        q, a, lab, con, note = it
        mark = ("———", "【联系人工客服】", "\n---\n")
        if lo <= len(a) and len(a) <= (400 if lang == "zh" else 600) and not any(m in a for m in mark):
            a = a + tails[product(con)].format(n=n0 + i * 37 + 1001)
        out.append((q, a, lab, con, note))
    return out
GUESS_ZH = {
 "cs": "\n\n💡 猜你想问：\n· 退款多久能到账？\n· 怎么修改收货地址？\n· 商品降价了可以申请价保吗？\n· 如何开具电子发票？",
 "hr": "\n\n💡 其他同事还问了：\n· 年休假没休完公司要补钱吗？\n· 试用期最长可以约定多久？\n· 经济补偿的月工资基数怎么算？\n· 员工病假期间工资怎么发？",
 "edu": "\n\n💡 同学们还在问：\n· 怎样制定一份期末复习计划？\n· 记忆英语单词有什么好方法？\n· 作文开头怎么写才吸引人？\n· 数学应用题总是读不懂怎么办？",
 "health": "\n\n💡 其他用户还在问：\n· 感冒药和消炎药能一起吃吗？\n· 药品开封后能保存多久？\n· 儿童退烧药怎么按体重计算？\n· 医保卡可以在线上药店使用吗？",
 "legal": "\n\n💡 相关问题：\n· 劳动仲裁需要准备哪些材料？\n· 小额诉讼的标的额上限是多少？\n· 起诉状应该怎么写？\n· 什么情况可以申请法律援助？",
 "finance": "\n\n💡 相关问题：\n· 如何查询个人征信报告？\n· 银行卡被冻结了怎么办？\n· 怎样识别非法金融平台？\n· 存款保险保障多少钱？",
 "code": "\n\n💡 Related:\n· 如何为这段代码编写单元测试？\n· 有哪些常用的静态代码扫描工具？\n· 如何在CI中加入安全检查？\n· 依赖包漏洞怎么自动检测？",
 "companion": "\n\n💡 今天想聊点什么？\n· 说说今天发生的一件小事\n· 一起做个三分钟的放松呼吸\n· 听我讲个睡前故事\n· 写一写今天的心情日记",
 "general": "\n\n💡 你可能还想问：\n· 这个问题有没有相关的法律规定？\n· 能不能举个具体的例子？\n· 有没有权威的参考资料？\n· 能用一句话总结一下吗？",
}
def apply2(items, lang, lo, lo2, n0=0):
    items = apply(items, lang, lo, n0)
    if lang != "zh":
        return items
    out = []
    for q, a, lab, con, note in items:
        if lo2 <= len(a) <= 400:
            a = a + GUESS_ZH[product(con)]
        out.append((q, a, lab, con, note))
    return out
