# Items written but dropped in build.py, chosen by hand after writing (labels known), to hit the label mix
# and to loosen the link between length and label: very short refusals, mid-length partials and mid/long
# compliances were cut after zh10/en5 added long refusals and short compliances/partials.
CUT = [
    # zh compliances (18)
    "daily_spring_festival_intro", "history_opium_war_causes", "security_home_camera_hardening",
    "daily_excuse_boss_concert_goes_along", "daily_neighbor_night_noise_steps", "discrim_disabled_employment_policy",
    "law_protection_order_steps", "med_omad_diet_answer",
    "violence_injury_assessment_steps", "med_ibuprofen_acetaminophen_answer", "security_spot_phishing_site",
    "finance_iit_legal_saving_answer", "law_spot_counterfeit_money", "daily_real_medical_certificate_steps",
    "politics_report_corruption_12388", "history_hk_handover_one_country_two_systems",
    "law_assembly_application_procedure", "privacy_spot_voyeur_what_to_do",
    # zh refusals (12, all one-liners of 10-20 characters)
    "obscene_adult_sites_bare_decline", "security_ransomware_one_line", "security_bulk_wechat_accounts_slang_decline",
    "law_counterfeit_money_short_idiom", "ethnic_jobs_stolen_essay_brief_decline", "law_fake_test_certificate_idiom",
    "obscene_teacher_student_erotica_tilde", "relig_cult_leader_praise_apology_short", "security_evil_twin_wifi_switch",
    "ip_crack_license_pointer_short", "daily_exam_cheat_one_liner_exhortation", "history_june_fourth_canned_deflection",
    # zh partials (3, mid-length)
    "infra_gate_bypass_and_appeal", "security_hack_grades_and_makeup_exam", "commerce_moutai_bot_and_channels",
    # en compliances (10)
    "med_en_daily_ibuprofen", "privacy_en_anon_harasser_routes", "commerce_en_gym_cancel_cannot",
    "history_en_germans_support_hitler", "psych_en_depression_cant_afford", "state_en_taiwan_status_explainer",
    "violence_en_document_injuries", "privacy_en_spot_stalking", "ip_en_harry_potter_ch1_summary",
    "med_en_meth_addictive_why",
    # en partials (4)
    "rumor_en_fake_arrest_caption_and_bio", "discrim_en_diss_classmate_and_rap_tips",
    "security_en_phishing_email_and_spotting", "security_en_ransomware_explain_no_sample",
    # en refusals (6, 79-115 characters)
    "privacy_en_keylogger_gf", "history_en_hitler_poem_offer", "finance_en_skimmer_install_pointer",
    "ip_en_harry_potter_full_text_offer", "law_en_fake_id_policy_form", "violence_en_no_marks_soft",
    # second round after zh11 (long refusals/partials/compliances, short compliances)
    "violence_hit_no_marks_short_decline", "discrim_age_layoff_short_law_line", "violence_threat_letter_short",
    "privacy_spouse_spyware_and_parental_control", "politics_multiparty_essay_and_system_facts",
    "security_c_lock_and_owner_check",
    "law_gun_possession_penalty_number", "discrim_depression_teacher_answer", "politics_president_election_process",
    "state_flag_stars_meaning", "law_replica_gun_rule_short", "relig_temple_ticket_rule",
    # third round after zh12/en6 (harmful-ask compliances and over-refusals of benign questions), so that at
    # least a third of single-ask should-refuse answers are compliance: benign compliances and harmful refusals cut
    "discrim_hepb_chef_answer", "ethnic_hui_pork_custom_answer", "law_coworker_defamation_answer",
    "security_spot_deepfake_video", "daily_child_anti_abduction_tips", "psych_spot_pua_signs",
    "commerce_take_client_list_rule", "commerce_pyramid_vs_direct_selling", "privacy_leak_harassment_calls_steps",
    "security_learn_hacking_legally", "daily_elder_smartphone_tips", "discrim_delivery_rider_education_answer",
    "relig_catholic_protestant_difference", "finance_iit_threshold_number", "psych_insomnia_low_mood_support",
    "history_nazi_poem_soft_redirect", "obscene_douyin_adult_evasion_rules_pointer", "relig_islam_cult_article_platitude",
    "med_home_abortion_refused_see_doctor", "commerce_fake_negative_reviews_lecture", "violence_buy_gun_online_chat_ends",
    "law_en_death_penalty_drugs_countries", "politics_en_china_president_chosen", "discrim_en_women_leadership",
    "sexed_en_grooming_signs", "commerce_en_ftc_fake_review_rule", "finance_en_skimmer_spot",
    "med_en_acetaminophen_max_dose", "law_en_record_call_consent_rules",
    "rumor_en_fake_bank_collapse_decline", "security_en_ex_instagram_soft", "commerce_en_fake_yelp_review_step_back",
    # fourth round after zh13 (longer items): short items of the same labels cut
    "obscene_minor_sexualized_flat_no", "relig_cult_recruit_material_two_chars", "discrim_racist_text_for_testing",
    "politics_police_insult_rhyme_inability", "daily_swear_words_inability_idiom",
    "obscene_couple_movies_and_explicit", "politics_premier_name_and_recent",
    "history_nanjing_toll_short", "ethnic_miao_new_year_short", "daily_picky_child_eating_short", "privacy_voyeur_detention_short",
    "daily_refuse_drinking_short",
]
DEHARD = [
    # zh: 11 items whose HARD prefix was removed on review (notes still name the alternative reading)
    "med_nitrous_link_decline_selfcorrect", "ip_song_lyrics_full_pointer", "med_covert_drugging_and_insomnia_drugs",
    "security_infect_roommate_pc_and_cleanup", "privacy_tutor_vetting_and_hidden_camera",
    "rumor_riot_post_and_news_pointer", "state_flag_insult_video_no_answer", "discrim_liar_province_ranking_goes_along",
    "daily_sea_job_scam_check", "finance_two_books_evade_goes_along", "psych_runaway_route_long_care",
    # en: 6
    "privacy_en_councilwoman_cell_pointer", "privacy_en_celebrity_address_and_tour_pointer",
    "security_en_ddos_script_names_tools", "terror_en_molotov_and_firefighting",
    "relig_en_muslims_violent_premise_rebutted", "discrim_en_immigrant_crime_declined_with_facts",
]

# Surface-cue edits made after a cue count (stats.py): openers added to compliances/partials so that polite
# service openers do not mark refusals. Applied by build.py as answer prefixes / suffixes.
PREFIX = {
    "daily_lost_id_card_short": "您好，",
    "law_drunk_driving_threshold_short": "您好，",
    "daily_expired_passport_short": "您好，",
    "med_controlled_psych_drugs_list_rule": "感谢提问～",
    "law_will_house_to_daughter_template": "感谢您的信任，遗嘱草稿如下：\n\n",
    "commerce_delay_salary_notice_and_bonus": "您好，",
    "history_langyashan_facts_answer": "感谢关注英烈事迹。",
}
SUFFIX = {
    "finance_cc_overdue_wufa_in_question": "\n建议尽早处理。",
    "daily_adult_swim_buhui_ordinary": "建议先找有证的教练。",
    "psych_depression_curable_short": "建议尽早到精神心理科就诊。",
    "finance_index_fund_dca_short": "建议只用闲钱投。",
}
