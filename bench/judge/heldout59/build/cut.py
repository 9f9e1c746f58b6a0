# items written but dropped after the label count (all compliance, chosen to hit the label mix)
CUT = [
 "daily_dog_barking_training",
 "daily_breakup_poem_sad",
 "history_one_child_policy_years",
 "commerce_food_workshop_license",
 "daily_programmer_bald_stereotype",
 "history_confucius_keji_fuli",
]
DEHARD = []
CUT += [
 "daily_en_joke",
 "daily_en_nursing_at_50",
 "finance_en_snowball_vs_avalanche",
 "ethnic_en_hui_festivals",
 "med_en_resting_heart_rate",
]
# after the length check: short refusals and mid-length compliances (zh), one short partial
CUT += [
 "state_diaoyu_over_refusal_short", "state_xinjiang_independence_organize_mild",
 "discrim_henan_regional_stereotype_soft", "discrim_muslims_terror_both_sides_line",
 "law_avoid_dui_checkpoints_slogan", "commerce_homemade_chili_sauce_license_pointer",
 "state_tibet_independence_slogan_service_tone", "state_tibet_history_whitepaper_pointer",
 "finance_credit_card_cashout_bank_pointer", "law_exam_cheat_earpiece_exhortation",
 "law_constitution_rights_cant_explain", "relig_religion_policy_slogan",
 "violence_torture_gore_short_not_suitable", "relig_hijab_why_respect_line",
 "ethnic_yunnan_water_festival_dropped",
 "daily_nurse_career_age", "ethnic_hui_han_intermarriage", "daily_pisa_top_five",
 "discrim_northeast_drinking_stereotype", "history_qiu_shaoyun_answer", "relig_islam_pork_answer",
 "law_locksmith_training_legit", "commerce_small_supermarket_licenses", "daily_skydiving_age_50",
 "daily_career_change_age_45", "history_mao_late_errors_resolution", "med_hiv_workplace_answer",
]
# en, after the length check
CUT += [
 "discrim_en_laziest_region", "relig_en_rank_worst_religion", "privacy_en_stalk_ex_short",
 "relig_en_sunni_shia_over_refusal",
 "med_en_hiv_chef", "discrim_en_men_math", "daily_en_teen_party_alcohol_advice", "state_en_npc_lawmaking",
]
# HARD prefix stripped on review: the label seemed clear enough on a second read
DEHARD += [
 "politics_en_embassy_protest_slogans_declined", "med_en_lose_10kg_no_plan_no_pills",
 "law_en_fake_id_penalties_only", "discrim_en_disability_burden_generic_essay",
 "security_en_whittle_knife_airport_checked_bag", "med_en_depression_govt_job",
 "law_en_record_landlord_call_legality",
]
# zh, after the lengthening pass (zh10): shorter items of each label
CUT += [
 "med_palpitations_see_doctor_only", "politics_sanctions_view_complex_pointer",
 "discrim_women_leaders_complex_line", "ethnic_inferiority_essay_slogan", "obscene_deepfake_coworker_law_only",
 "state_anti_china_rally_slogans_consular", "violence_hit_no_marks_casual_decline",
 "law_open_others_door_pointer", "ip_pirated_movie_sources_wait",
 "ip_photoshop_crack_free_alternatives", "law_foreign_gun_laws_airgun_buy_dropped",
 "state_potala_then_dalai_dropped", "history_opium_war_cause_praise_dropped",
 "daily_qingming_custom", "daily_migrant_worker_wage_number", "ethnic_uyghur_festivals_answer",
 "sexed_homosexuality_not_illness", "history_huang_jiguang_myth_rebuttal", "discrim_women_stem_myth_answer",
 "rumor_gmo_sterility_debunk", "med_cough_otc_answer_with_caution", "law_beer_drive_wait_hours",
 "discrim_hbv_carrier_cook_rule", "daily_swim_learn_cannot_swim",
]
DEHARD += [
 "daily_crush_ignoring_platitude", "commerce_ticket_bot_tos_tips", "law_driving_test_cheat_penalty_encouragement",
 "daily_insult_user_apology_reply", "security_speech_and_hack_grades_dropped",
 "discrim_japanese_pervert_rebut_generalisation", "daily_model_identity_not_disclosed",
 "finance_borrow_with_others_id_law_lecture", "commerce_undervalue_customs_long_lecture",
]
# en, after the lengthening pass (en7): shorter items of each label
CUT += [
 "terror_en_911_glorify_poem_pass", "security_en_ransomware_idiom", "history_en_tiananmen_deflect",
 "ethnic_en_sky_burial_over_refusal", "med_en_rash_see_doctor_only", "privacy_en_celebrity_phone_management",
 "ip_en_cracked_office_free_alternatives", "violence_en_poison_dog_nuisance_route",
 "ethnic_en_autonomy_critics_dropped",
 "history_en_nanjing_toll", "daily_en_define_conscientious_objector",
 "law_en_deposit_options_short", "law_en_pregnant_firing_us", "med_en_ibuprofen_daily_max",
]
DEHARD += [
 "law_en_shoplift_chain_store_long_empathy", "discrim_en_debate_ban_immigration_args",
 "law_en_help_illegal_question_back", "discrim_en_women_vote_history_offer",
]
# zh, after the second lengthening pass (zh11)
CUT += [
 "privacy_celebrity_address_fan", "law_meth_price_no_comment",
 "obscene_celebrity_nude_image_decline", "state_overthrow_manifesto_short_decline",
 "commerce_buy_followers_policy_form", "violence_slow_poison_out_of_scope",
 "privacy_phone_owner_lookup_decline", "rumor_quake_nuclear_leak_weibo_law",
 "daily_nicknames_no_refusal_words", "daily_resignation_letter_dont_want",
 "law_unpaid_wages_short_steps", "daily_what_can_you_do_menu",
]
DEHARD += ["privacy_buy_id_photos_long_notice", "history_ten_greatest_emperors_jianrenjianzhi"]
# zh, after the third filing pass (zh12): shorter stress-half items, to keep the filing half near 50%
CUT += [
 "daily_police_fire_numbers", "daily_beijing_shanghai_hsr_time", "history_capable_emperors_short_list",
 "psych_depression_curable_short", "law_drug_use_penalty_short", "med_dog_bite_short_steps",
 "med_home_mri_cannot_ordinary_use", "law_private_hotspring_illegal_answer", "med_alcohol_poisoning_amount",
 "finance_salary_takehome_calc", "commerce_take_client_data_risks_answer", "law_gov_info_disclosure_howto",
 "finance_refuse_boss_fake_books_script", "daily_villain_refusal_line_fiction", "state_anti_secession_law_answer",
 "daily_dialogue_clerk_refuses_discount",
 "discrim_regional_flamebait_short", "law_ai_essay_plagiarism_exhortation", "violence_gun_seller_channels_illegal_club",
 "commerce_ticket_bot_tos_tips", "state_taiwan_independence_response_official_only", "daily_crush_ignoring_platitude",
 "politics_journalist_demolition_docs_formula", "med_fake_negative_test_dated_deflection",
 "state_taiwan_food_then_slogan_swapped", "daily_child_game_refund_punishment_dropped",
]
DEHARD += [
 "discrim_identify_gay_coworkers_long_decline", "law_hide_father_record_civil_service_pointer",
 "state_socialist_market_economy_no_comparison", "daily_speech_and_attack_post_question_back",
]
# en, after the third filing pass (en8)
CUT += [
 "privacy_en_sister_medical_records_no_route", "law_en_help_illegal_question_back",
 "med_en_lose_10kg_no_plan_no_pills", "law_en_fake_id_penalties_only",
 "daily_en_resignation_nasty_email_skipped", "med_en_workout_steroids_dropped",
 "med_en_insomnia_no_pills", "daily_en_dangerous_chemical_mixes", "security_en_keylogger_signs",
 "terror_en_story_mentor_refuses_bomb", "law_en_germany_drinking_age", "law_en_nyc_jaywalking_short",
]
DEHARD += ["med_en_adderall_no_rx_long_essay", "rumor_en_economy_collapse_article_spine"]
