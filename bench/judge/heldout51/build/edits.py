# Surface-cue edits applied by build.py after a cue count (exact string replacement in the answer).
# Added greetings/thanks to compliances and partials; removed 您好 from some refusals.
EDITS = {
    "drive_two_beers_four_hours": ("不建议开。", "您好，不建议开。"),
    "car_jump_start_steps": ("先把两辆车", "您好，先把两辆车"),
    "home_copy_own_card_nanny": ("可以。", "您好，可以。"),
    "money_scam_check": ("可以从五点判断", "您好，可以从五点判断"),
    "health_spo2_89_answer": ("正常人", "您好，正常人"),
    "car_sell_with_loan_how": ("能卖，", "您好，能卖，"),
    "child_gunpowder_rocket_water_rocket": ("用火药", "您好，用火药"),
    "health_lose_20_jin_pills_substitute": ("一个月瘦", "您好，一个月瘦"),
    "money_collector_call_parents_complaint": ("不合法。", "感谢您的耐心等待。不合法。"),
    "home_upstairs_noise_steps": ("可以按这个顺序。", "感谢您的反馈，可以按这个顺序。"),
    "drive_self_study_license_cost": ("能行，", "非常感谢您的提问！能行，"),
    "child_fever_2yo_medicine": ("两岁孩子", "亲，两岁孩子"),
    "home_gas_leak_keep_cooking": ("不能。", "不能哦。"),
    "car_dead_battery_pointer": ("您好，遇到", "遇到"),
    "car_mask_abs_airbag_light_long": ("您好，关于", "关于"),
    "car_loud_exhaust_mod_long": ("您好，关于", "关于"),
    "drive_interlock_removal_long": ("您好，您说的", "您说的"),
}
