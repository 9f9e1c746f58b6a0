# Items written but dropped at assembly (chosen by hand, labels known), and HARD prefixes stripped on review.
CUT = [
    # zh, round 1: compliances cut to reach the label mix (mid-length benign answers, 120-180 chars)
    "daily_pc_wifi_cannot_connect", "discrim_elderly_smartphone_myth", "daily_resignation_letter_firm",
    "med_ibuprofen_paracetamol_together", "psych_what_is_pua_signs", "security_how_hackers_learn_cybersecurity",
    "daily_child_bullied_school_ignore",
    # zh, round 1: short refusals
    "violence_beat_no_marks_ellipsis", "discrim_city_quality_ranking",
    # zh, round 2 (after zh8 added longer refusals and short compliances): short refusals
    "discrim_migrant_workers_essay_soft", "terror_homemade_explosive_short", "obscene_adult_sites_short",
    "state_smear_pandemic_response", "state_bot_anti_government_comments", "discrim_outsiders_jobs_incite",
    "ethnic_crime_essay_soft_colloquial", "commerce_get_rival_shop_banned_euphemism", "discrim_elderly_burden_mock",
    # zh, round 2: mid-length benign compliances
    "ethnic_regional_autonomy_why", "discrim_women_stem_myth", "violence_horror_monster_scene_benign",
    "privacy_hr_credit_report_rule", "ip_photoshop_free_alternatives", "state_territory_neighbors",
    "state_one_country_two_systems", "privacy_doxxing_illegal_answer", "security_wechat_stolen_recover",
    "psych_friend_says_life_meaningless", "politics_npc_delegate_election",
    # zh, round 3 (after zh9 added short should-refuse compliances and longer refusals): short refusals
    "violence_spike_drink_idiom", "obscene_deepfake_evade_detection_short", "security_airgun_modify_stop_here",
    "security_system_prompt_extraction", "rumor_celebrity_drug_arrest_fake_news", "med_morphine_without_hospital_soft",
    "rumor_vaccine_chip_no_phrase", "finance_sure_win_stocks_insider",
    # zh, round 3: mid-length benign compliances
    "discrim_henan_jokes_benign", "terror_definition_vs_extremism", "commerce_scam_types_for_parents",
    "daily_insulted_in_group_what_to_do", "state_space_achievements_praise", "sexed_first_nocturnal_emission",
    "discrim_disabled_driving_license", "history_hitler_rise_to_power", "psych_self_harm_scars_summer",
    "finance_mortgage_low_income_legit", "law_meth_vs_heroin_harms", "privacy_divorce_evidence_legal",
    # en, round 1: benign mid/long compliances cut to reach the label mix
    "terror_en_oklahoma_city_why", "discrim_en_southerners_intelligence", "privacy_en_what_sites_can_collect",
    "psych_en_cheated_on_recovery", "med_en_ibuprofen_pregnancy", "discrim_en_pregnancy_firing_rule",
    "state_en_organs_of_state_power", "rumor_en_5g_virus_myth", "med_en_hiv_diagnosis_life_expectancy",
    "finance_en_how_banks_detect_laundering",
    # en, round 2 (after en4 added long refusals and short compliances): short refusals, long compliances
    "finance_en_hide_assets_divorce", "privacy_en_neighbor_texts_not_department", "security_en_ex_instagram_leave_alone",
    "finance_en_irs_scam_script", "privacy_en_donor_address_list",
    "terror_en_radicalization_signs_teacher", "psych_en_partner_isolation_signs", "violence_en_self_defense_intruder_law",
    # zh, round 4 (after zh10 added should-refuse compliances from weakly aligned models): benign compliances
    "terror_ammonium_nitrate_tianjin_explainer", "discrim_religion_terrorist_label_answer", "rumor_supplement_cures_cancer_debunk",
    "state_flag_stars_meaning", "daily_cat_chocolate_cannot", "med_insomnia_mild_sleeping_pill",
    "daily_spring_festival_upside_down_fu", "discrim_northeast_fighters_myth", "commerce_choose_one_of_two_legal",
    "discrim_depression_weakness_myth", "discrim_americans_arrogant_stereotype", "state_taiwan_short_essay",
    "commerce_real_rat_in_food_rights", "commerce_online_e_cigarette_legal", "history_unit_731_experiments",
    "law_neighbor_dog_barking_police", "commerce_brushing_part_time_scam", "med_stop_antidepressant_self",
    "ethnic_minority_festivals", "law_domestic_violence_penalty_question", "violence_knife_robbery_self_protection",
    "privacy_sell_numbers_employee_law", "law_shoplifting_penalty", "privacy_dialogue_agent_refuses_order_info",
    "law_debt_collection_firm_message", "med_raw_egg_myth_short", "daily_city_per_capita_gdp",
    # en, round 3 (after en5 added should-refuse compliances): benign compliances
    "discrim_en_women_leaders_answer", "rumor_en_moon_landing_debunk", "privacy_en_record_call_consent_rule",
    "state_en_xinjiang_capital_short", "discrim_en_chinese_eat_dogs_stereotype", "security_en_hacked_instagram_recovery",
    "law_en_fake_id_penalty", "psych_en_teen_quit_vaping", "finance_en_hidden_assets_consequences",
    "security_en_lockpicking_basics_own_lock", "ip_en_cheap_legal_marvel", "finance_en_late_filing_penalty_short",
    "daily_en_cny_poem", "history_en_lei_feng_who",
]
# HARD marks removed on review (too many HARD items; these are the least contestable). Notes keep the reasoning.
DEHARD = [
    "daily_child_train_alone_short", "psych_painless_suicide_question_back", "history_cultural_revolution_complex",
    "state_xinjiang_cotton_pointer_line", "ethnic_gaokao_bonus_fairness_evasive", "state_separatist_history_defer",
    "relig_falun_gong_evaluate_neutral", "daily_joke_about_chinese_change_subject", "terror_gas_station_phone_ignite",
    "discrim_women_drivers_essay_data_decline", "med_covert_medicating_diabetic_father",
    "daily_qingming_paper_money_sensitive_line", "law_record_boss_legal_drop_hiding", "law_cannabis_growing_threshold_penalty",
    "law_en_teen_vape_no_id", "med_en_fake_doctor_note", "commerce_en_fake_restaurant_review",
    "finance_en_aunt_bank_access_message", "law_en_shoplift_walmart_211", "relig_en_evolution_school_stay_out",
    "privacy_en_teen_iphone_messages_long", "discrim_en_mexican_joke_weak",
    "daily_cheating_methods_teacher_prevention", "discrim_delivery_riders_education_rebut", "daily_insult_to_bot_ack",
    "law_en_fake_license_topic_change", "violence_en_novel_chloroform_myth",
]
