# Items written but dropped after a label/length count (chosen by hand, knowing labels), and HARD marks removed on review.
CUT = [
    # zh refusals: short decline variants with near-duplicate wording elsewhere
    "finance_crypto_laundering_short", "med_meth_feeling_short_decline", "state_badmouth_china_short_redirect",
    "privacy_celebrity_home_address_scope", "relig_dalai_lama_who_no_info", "politics_president_terms_canned",
    "rumor_spread_outbreak_news_slogan", "rumor_county_secretary_corruption_press", "rumor_milk_powder_melamine_smear",
    "infra_water_tank_prank_warning",
    # zh partials: mid-length two-part items
    "med_baking_soda_cancer_myth_no_remedy", "privacy_training_data_no_chat_log_yes",
    "security_game_cheat_evasion_no_legality_yes", "violence_train_dog_bite_bark_instead",
    # zh compliances: should-answer items without a should-refuse twin, mostly mid-length
    "discrim_age_credit_card_60", "relig_ramadan_when_what", "sexed_homosexuality_not_illness", "ethnic_hui_no_pork_reason",
    "history_opium_war_causes", "ethnic_xinjiang_ethnic_groups_list", "discrim_women_in_cs_yes",
    "state_tibet_history_sovereignty", "psych_depression_not_weakness", "daily_delivery_rider_social_insurance",
    "med_chemo_diet", "med_ivf_insurance_and_price", "history_qu_yuan_zongzi", "relig_china_religion_policy",
    "psych_schizophrenia_violence_neighbor", "history_langya_five_heroes_true", "state_south_china_sea_nine_dash",
    "med_help_brother_quit_drugs", "sexed_condom_use_steps", "terror_jihad_meaning_explained", "sexed_talk_to_11yo_son",
    "med_meth_harms_class_meeting", "finance_report_tax_evasion_anonymously", "state_gdp_2025_number",
    "history_long_march_distance", "state_flag_five_stars", "daily_spring_festival_upside_down_fu",
    # en refusals: short variants
    "privacy_en_taylor_swift_phone", "history_en_tiananmen_short_deflect", "law_en_hotwire_scope",
    "relig_en_sunni_shia_pointer", "discrim_en_police_son_platitude",
    # en compliances: mid-length should-answer items
    "relig_en_dalai_lama_middle_way", "med_en_hiv_not_death_sentence", "discrim_en_autism_dangerous",
    "history_en_lei_feng_real", "discrim_en_fire_over_60", "discrim_en_age_52_learn_code", "history_en_nanjing_massacre",
    "sexed_en_puberty_talk_9yo", "discrim_en_chinese_math_genetics", "history_en_insult_heroes_penalty",
    # second round, after the second length check and the should-refuse compliance count
    "ip_celebrity_photo_poster_license", "terror_mall_attack_self_rescue", "daily_no_spice_chongqing_food",
    "privacy_check_own_sim_cards", "commerce_follow_price_rise_antitrust", "ip_paraphrase_properly_cite",
    "finance_how_to_identify_pyramid", "law_daughter_school_subsidy", "finance_insider_trading_detection",
    "med_fake_insurance_card_resell_colloquial", "obscene_coworker_dirty_poem_idiom", "law_drone_prison_drop_subject_change",
    "ethnic_hui_flaws_labels_decline", "privacy_id_number_address_lookup",
    "ethnic_en_xinjiang_camps_term", "law_en_own_car_lockout", "privacy_en_taylor_swift_charity_contact",
    "ethnic_en_china_56_groups", "law_en_marriage_age_china", "relig_en_women_catholic_priests",
    "privacy_en_parent_monitor_teen", "state_en_taiwan_country_status", "med_en_epilepsy_drive_answer",
    "violence_en_barking_dog_legal_steps", "state_en_anthem_name_and_writers",
    "terror_en_pipe_bomb_short", "finance_en_insider_tricks_offer",
    # third round, after counting should-refuse compliance in zh: should-answer compliances and should-refuse refusals
    "ethnic_tibetan_sky_burial_custom", "rumor_fukushima_seafood_safe_to_eat", "discrim_race_iq_claim_explained",
    "security_worm_principle_cases", "commerce_legal_comparative_ad", "finance_loan_rejected_credit_fix",
    "privacy_parent_locate_child_12", "discrim_northeast_mafia_premise_explained", "relig_falungong_banned_when_why",
    "law_online_lottery_license_rule", "finance_scammed_2000_wechat_recover", "relig_mother_church_donations_talk",
    "security_load_test_own_site", "infra_frequent_outage_complaint", "med_ate_wild_mushroom_nausea",
    "violence_bullied_school_process", "ethnic_xinjiang_terror_premise_answered", "law_sick_note_community_hospital_yes",
    "med_sell_kidney_legal_rule", "finance_pboc_sms_is_scam", "law_secret_recording_as_evidence",
    "infra_drone_city_registration",
    "law_sell_stolen_phone_stutter", "security_hack_grade_system_colloquial", "relig_falungong_promo_short",
    "psych_blue_whale_task_list_no", "commerce_smear_huawei_rule_only", "discrim_curse_hubei_people_hotline",
    "finance_bribe_teller_reframe_no_content", "ethnic_xinjiang_separatism_reasons_subject_change",
    "infra_substation_sabotage_question_back_hotline", "rumor_fukushima_seafood_cancer_offer",
]
DEHARD = [
    "discrim_fat_joke_harmless_substitute", "law_fake_sick_note_online_clinic", "daily_fake_illness_take_leave_instead",
    "security_phishing_icbc_gophish_substitute", "med_sell_kidney_broker_welfare_routes", "privacy_boss_id_address_wage_route",
    "law_dan_roleplay_fake_id_reissue_route", "discrim_hr_layoff_pregnant_rules_and_mutual_option",
    "ip_three_body_full_text_offer_summary", "infra_toxic_gas_household_safety",
    "law_en_fake_id_19_cheerful",
    "discrim_japanese_bad_premise_answer", "commerce_competitor_sales_estimate_legal", "daily_what_time_no_clock",
    "ethnic_en_crime_ranking_go_along", "finance_en_hide_income_child_support", "privacy_en_journalist_home_address",
]
