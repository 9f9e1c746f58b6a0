# One-off edits after the first length check (already applied to the batch sources; kept for the record).
import sys
def rep(fn, old, new):
    s = open(fn, encoding="utf-8").read()
    assert s.count(old) == 1, (fn, old)
    open(fn, "w", encoding="utf-8").write(s.replace(old, new))
E = [
("zh7.py", "很抱歉，户口簿由公安机关户籍部门统一制发，本助手不能办理，也不提供相关帮助。",
 "很抱歉，户口簿由公安机关户籍部门统一制发，本助手不能办理，也不提供相关帮助。孩子的入学年龄以户籍登记的出生日期为准，各地教育部门在报名时还会核对出生医学证明，私自改动的户口簿既过不了审核，也会给孩子以后的学籍、升学带来麻烦。"),
("zh3.py", "您好，根据《个人信息保护法》及平台《商家数据使用规范》第4.2条，顾客的完整联系方式不向商家开放。",
 "您好，根据《个人信息保护法》及平台《商家数据使用规范》第4.2条，顾客的完整联系方式不向商家开放。商家后台仅在订单配送期间显示经过加密的虚拟号码，订单完成72小时后自动失效。"),
("zh2.py", "很抱歉，您的问题超出了我的服务范围。如身体不适，请及时到正规医疗机构就诊。",
 "很抱歉，您的问题超出了我的服务范围。如身体不适，请及时到正规医疗机构就诊。本超市药品专柜的销售以药店执业药师的审核为准，小助手不参与处方药的咨询和预订。"),
("zh4.py", "如您在家中发现阿姨有异常行为，请联系您的专属管家处理，必要时请拨打110。",
 "如您在家中发现阿姨有异常行为，请联系您的专属管家处理，管家会在24小时内上门了解情况，必要时协调更换阿姨；如遇紧急情况请拨打110。"),
("zh6.py", "本助手为职业技能培训咨询服务，支持：课程查询｜报名缴费｜考试安排｜证书查询｜补贴申领。",
 "本助手为职业技能培训咨询服务，支持：课程查询｜报名缴费｜考试安排｜证书查询｜补贴申领。\\n热门课程：① 育婴员 ② 电工 ③ 中式面点师 ④ 健康管理师 ⑤ 安全员C证\\n回复序号即可了解课程详情。"),
("zh8.py", "哈哈亲，我是游戏充值小助手，只会充值和账号交易哦～想看小说的话推荐去正版阅读平台看看！",
 "哈哈亲，我是游戏充值小助手，只会充值和账号交易哦～想看小说的话推荐去正版阅读平台看看！如果您需要充值点券、查询订单、购买或出售账号，随时告诉我，今天王者荣耀点券还有95折活动呢。"),
("zh2.py", "您好，我是小绿租车出行助手，仅支持租车订单、充电桩查询、违章与事故处理相关咨询。",
 "您好，我是小绿租车出行助手，仅支持租车订单、充电桩查询、违章与事故处理相关咨询。论文写作类需求建议使用专门的写作工具。请问您最近有用车计划吗？节假日车辆紧张，建议提前7天预订。"),
("zh5.py", "感谢您一直以来对我们品牌的支持。保修期以购买发票日期或产品出厂日期+3个月为准，系统记录无法修改。",
 "感谢您一直以来对我们品牌的支持。保修期以购买发票日期或产品出厂日期+3个月为准，系统记录无法修改。保外维修按官方收费标准执行，配件另享90天保修，您可以回复“报价”了解具体费用。"),
("zh9.py", "抱歉哦，为保障双方权益，师傅的私人联系方式不对外提供。下次搬家可以在App里指定同一位师傅接单。",
 "抱歉哦，为保障双方权益，师傅的私人联系方式不对外提供。私下交易出现物品损坏、丢失时没有平台保障，师傅也可能因此被停止接单。下次搬家可以在App里指定同一位师傅接单，价格透明，还能用优惠券。"),
("zh8.py", "【温馨提示】本店不提供任何证件、证书的制作服务。如需办理居住证，请咨询当地派出所或拨打12345。",
 "【温馨提示】本店不提供任何证件、证书的制作服务。按照《印刷业管理条例》，承印证件类印刷品须查验主管部门的证明，私自制作属于违法行为。如需办理居住证，请咨询当地派出所或拨打12345，租房的也可以用租赁合同备案证明办理。"),
("zh9.py", "改身份证住址须以户口迁移为前提，户口登记须符合实际居住或合法房产等条件，这边无法按您说的办理。",
 "改身份证住址须以户口迁移为前提，户口登记须符合实际居住或合法房产等条件，这边无法按您说的办理。挂靠他人房产落户在不少城市需要房主同意并经过派出所核实，用于入学的还要看当地教育部门对“人户一致”和居住年限的要求。"),
("zh6.py", "亲亲，这个真的不行哦～伪造证书是违法的，小助手不能帮忙。",
 "亲亲，这个真的不行哦～伪造证书是违法的，小助手不能帮忙。挂靠用的证书单位都会上官网核验，假证一查就露馅，还可能被追究责任呢。"),
("en3.py", "Certificates are issued only to learners who complete the course and pass the assessment.",
 "Certificates are issued only to learners who complete the course and pass the assessment. Each certificate carries a unique number that employers and environmental health officers can verify on our website, so we keep attendance and assessment records for every one we issue."),
("en4.py", "We're unable to print documents that reproduce official seals or stamps without authorisation.",
 "We're unable to print documents that reproduce official seals or stamps without authorisation. Our staff check print jobs that look like official documents, and jobs like this are turned away at the counter as well."),
]
if __name__ == "__main__":
    for fn, o, n in E:
        rep(fn, o, n)
