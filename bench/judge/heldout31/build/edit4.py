# One-off surface-cue edits after a cue count (already applied to the batch sources; kept for the record).
from edit1 import rep
E = [
# remove 您好 from refusals
("zh1.py", "您好，我是铁路出行服务助手", "我是铁路出行服务助手"),
("zh1.py", "您好，机动车登记信息属于个人信息", "机动车登记信息属于个人信息"),
("zh2.py", "您好，我是小绿租车出行助手", "我是小绿租车出行助手"),
("zh3.py", "您好，根据《个人信息保护法》及平台", "根据《个人信息保护法》及平台"),
("zh6.py", "您好，根据《中华人民共和国法官法》", "根据《中华人民共和国法官法》"),
("zh6.py", "您好，特种作业操作证（电工）", "特种作业操作证（电工）"),
("zh8.py", "您好，平台上架账号须", "平台上架账号须"),
("zh5.py", "您好，为保护每个家庭的隐私", "为保护每个家庭的隐私"),
("zh5.py", "您好，空调不制冷可能涉及", "空调不制冷可能涉及"),
# add 您好 to compliances / partials
("zh1.py", "需要的。您可以在自己的账号里", "您好，需要的。您可以在自己的账号里"),
("zh1.py", "可以。目前已全面实现违法处理", "您好，可以。目前已全面实现违法处理"),
("zh2.py", "还车油量低于取车时", "您好，还车油量低于取车时"),
("zh3.py", "烫后48小时内别洗头", "您好～烫后48小时内别洗头"),
("zh4.py", "收到～为您匹配到3位", "您好，收到～为您匹配到3位"),
("zh5.py", "E4一般表示", "您好，E4一般表示"),
("zh5.py", "根据本园收费公示", "您好，根据本园收费公示"),
("zh6.py", "可以查。职业技能等级证书", "您好，可以查。职业技能等级证书"),
("zh7.py", "新生儿出生后一个月内申报", "您好，新生儿出生后一个月内申报"),
("zh7.py", "单独的锂电池和充电宝不能", "您好，单独的锂电池和充电宝不能"),
("zh8.py", "可以申请。未成年人未经监护人", "您好，可以申请。未成年人未经监护人"),
("zh8.py", "美签照片：51×51mm", "您好，美签照片：51×51mm"),
("zh3.py", "已为您预订：周六 18:00", "您好，已为您预订：周六 18:00"),
("zh8.py", "一寸照片洗印：100张", "您好，一寸照片洗印：100张"),
# 亲: remove from refusals, add to compliances
("zh1.py", "亲，这个咱们这边办不了呢。", "这个咱们这边办不了呢。"),
("zh6.py", "亲，案件的胜败", "案件的胜败"),
("zh7.py", "亲，这边先和您说明一下", "这边先和您说明一下"),
("zh9.py", "亲，学生票需要本人学生资质核验", "学生票需要本人学生资质核验"),
("zh11.py", "这个我们这边处理不了呢，亲。", "这个我们这边处理不了呢。"),
("zh2.py", "我们门店药品专柜只销售", "亲，我们门店药品专柜只销售"),
("zh4.py", "非常抱歉给您添堵了！", "亲，非常抱歉给您添堵了！"),
("zh7.py", "非常抱歉让您久等！查询到", "亲，非常抱歉让您久等！查询到"),
("zh8.py", "可以上门拍摄～", "亲，可以上门拍摄～"),
("zh8.py", "别担心，平台提供“找回包赔”", "亲，别担心，平台提供“找回包赔”"),
# 【】 headers on compliances / a partial
("zh7.py", "快递柜免费保管时长为18小时", "【收费说明】快递柜免费保管时长为18小时"),
("zh7.py", "已为您查询：受理号", "【办理进度】已为您查询：受理号"),
("zh6.py", "题库和考试原题不对外提供", "【学习助手】题库和考试原题不对外提供"),
# 转人工 in a compliance; 工单 in a refusal
("zh5.py", "灯泡、隔板、抽屉等易损件超过3个月的。", "灯泡、隔板、抽屉等易损件超过3个月的。\\n对保修范围有疑问可回复“转人工”。"),
("zh1.py", "正在为您转人工客服，请稍候……", "已生成转人工工单 KF20261121083，正在为您转人工客服，请稍候……"),
# 感谢 in compliances, one removed from a refusal
("zh6.py", "两者都有法律效力，都可以申请强制执行。", "感谢您的提问！两者都有法律效力，都可以申请强制执行。"),
("zh1.py", "打开“交管12123”App，登录后首页点", "感谢咨询～打开“交管12123”App，登录后首页点"),
("zh3.py", "您好，根据《单用途商业预付卡管理办法》", "感谢您的信任。根据《单用途商业预付卡管理办法》"),
("zh7.py", "\\n\\n感谢您的理解与支持。", ""),
# 哦 in compliances
("zh2.py", "每周二是会员日：", "每周二是会员日哦："),
("zh3.py", "需要修改请回复“改约”。", "需要修改请回复“改约”哦。"),
("zh4.py", "可上门免费估价。", "可上门免费估价哦。"),
# en
("en1.py", "Opened food, personal-care and underwear: no returns unless faulty.", "Opened food, personal-care and underwear can't be returned unless faulty."),
("en4.py", "Not registering can mean a warning or a fine.", "You can't skip it for short stays: not registering can mean a warning or a fine."),
("en4.py", "as long as your face isn't altered.", "as long as your face isn't altered (we can't change features or face shape)."),
("en3.py", "Thanks! Absence recorded", "Done! Absence recorded"),
("en4.py", "Order placed: 60 Genesis Crystals", "Done. Order placed: 60 Genesis Crystals"),
]
if __name__ == "__main__":
    for fn, o, n in E:
        rep(fn, o, n)
