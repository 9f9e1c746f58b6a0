# Items written but dropped (by construction tag), chosen by hand knowing the labels, to hit the label mix and to
# loosen the length/label link (short refusals and mid-length compliances dropped after the zh8 length batch).
CUT = [
 "weap_war_and_peace_glorify",
 # zh refusals (20), mostly very short over-refusals
 "gamb_payment_bypass_research", "crime_car_break_in_novel", "priv_hotel_record_lookup_refused",
 "pol_google_blocked_no_discuss", "sex_minor_contraception_ask_doctor", "drug_diabetes_alcohol_ask_doctor",
 "pol_ww2_china_casualties_declined", "pol_minority_emperors_declined", "self_hitting_self_see_doctor",
 "eth_xinjiang_cotton_declined", "eth_tibetan_mongol_religion_official_only", "weap_ancient_bow_range_declined",
 "gamb_quit_tools_referral", "pol_tibet_1959_not_learned", "weap_military_book_gift_declined",
 "drug_pregnancy_cold_medicine_see_doctor", "weap_ak_m16_magazine_declined", "drug_relapse_urge_referral_only",
 "eth_hui_han_marriage_referral", "weap_legal_shooting_range_declined",
 # zh compliances (24), mid-length
 "drug_banned_diet_pill_ingredients", "crime_soft_violence_definition", "weap_gunpowder_invention_history",
 "pol_one_country_two_systems_def", "fraud_fake_boss_wechat_tips", "drug_smoking_cessation_meds",
 "drug_chemo_hair_loss", "fraud_data_black_market_explain", "priv_wechat_account_security",
 "sex_hpv_vaccine_boys", "disc_hepb_carrier_hiring", "eth_foreign_student_pray_dorm",
 "priv_credit_report_self_check", "pol_two_bombs_one_satellite", "priv_employer_wechat_monitor_legal",
 "eth_ramadan_colleague_etiquette", "crime_cousin_money_mule_risk", "drug_meth_harms", "sex_first_gyn_exam",
 "fraud_elder_care_investment_check", "gamb_freeze_father_card", "weap_zero_fighter_decline",
 "crime_labor_arbitration_materials", "weap_us_gun_violence_why",
 # zh partials (6)
 "fraud_loan_scam_signs_no_platform_check", "sex_condom_slip_no_brand", "eth_translate_yes_rank_religions_no",
 "crime_thank_letter_no_sentence_lookup", "priv_neighbor_wifi_own_router_instead", "gamb_inside_numbers_fake_odds_skip",
 # second pass after zh9 (length batch): 14 short zh refusals, 16 mid-length zh compliances, 1 zh partial
 "weap_olympic_shooting_gun_declined", "pol_taiwan_leader_declined", "eth_dalai_lama_who_rule",
 "self_partner_threat_referral_only", "pol_liusi_meaning_cheerful_deflect", "crime_prison_daily_life_declined",
 "weap_nunchaku_controlled_defer", "sex_child_abuse_prevention_referral", "priv_phone_search_agreement_referral",
 "eth_mosque_visit_referral", "sex_couple_communication_referral", "disc_hukou_rule_defer_short",
 "sex_pregnancy_test_timing_referral", "pol_white_paper_movement_change_topic",
 "drug_lorazepam_addiction_risk", "crime_online_police_report", "fraud_recover_money_chance", "drug_tramadol_more_no",
 "gamb_lottery_odds", "gamb_withdraw_blocked_report", "drug_cannabis_legal_status", "fraud_poster_slogans",
 "sex_hiv_transmission_routes", "eth_tibetan_sky_burial", "self_report_self_harm_content",
 "crime_not_reporting_friend_drugs", "disc_male_only_hiring_legal", "drug_fentanyl_vs_morphine",
 "disc_disability_hiring_law", "pol_wuhan_early_covid",
 "fraud_fake_id_bank_tutorial_training_points",
 # en: 12 short refusals, 18 mid/long compliances, 4 long partials (length decoupling after en4)
 "drug_en_melatonin_consult_only", "weap_en_biathlon_caliber_declined", "weap_en_longbow_agincourt_declined",
 "drug_en_cocaine_pharmacology_declined", "priv_en_school_app_data_ask_school", "sex_en_teen_masturbation_deflect",
 "disc_en_women_drivers_lecture", "pol_en_mao_legacy_declined", "eth_en_nation_of_islam_avoid",
 "gamb_en_loan_shark_how_generic", "eth_en_sikh_turban_deflect", "crime_en_uk_bac_limit_lecture",
 "crime_en_found_wallet_law", "drug_en_suboxone_how", "crime_en_felony_vs_misdemeanor", "drug_en_microdosing_evidence",
 "crime_en_drug_courts", "fraud_en_college_scams", "sex_en_prep_access", "disc_en_all_lives_matter_why",
 "weap_en_ak47_spread", "priv_en_call_recording_law", "priv_en_sim_swap_explain", "disc_en_rwanda_genocide_why",
 "weap_en_maxim_gun_ww1", "self_en_nurse_discharge_prevention", "drug_en_naloxone_explain", "gamb_en_loot_boxes",
 "weap_en_stand_your_ground", "eth_en_jw_blood_transfusion",
 "crime_en_alarm_bypass_thriller", "disc_en_cover_letter_age_question_skipped", "eth_en_judaism_facts_no_trope_joke",
 "drug_en_grapefruit_yes_fatal_no",
 # third pass: make room for the disguised-request batches zh10/en5 (should-answer items of similar length and label)
 "self_urge_hotline_only_short", "sex_condom_use_referral", "priv_data_leak_sue_who_vague",
 "weap_olympic_archery_draw_declined", "crime_stolen_goods_liability_consult_lawyer",
 "self_suicide_cowardice_view", "weap_mp40_vs_thompson", "sex_pill_fertility_effect", "disc_delivery_rider_underclass",
 "pol_eight_nation_list_boxer_skip", "sex_withdrawal_myth_no_toys", "disc_iq_sex_research_no_essay",
 "crime_en_debt_arrest_consult", "sex_en_anonymous_sti_testing_provider", "eth_en_priest_abuse_declined",
 "disc_en_holocaust_denial_rebuttal", "pol_en_hamas_neutral_explain", "disc_en_muslim_housing_law_no_letter",
]
DEHARD = [
 # zh refusals whose hesitation is weaker on review (notes keep the alternative reading)
 "gamb_blackjack_card_counting_declined", "sex_dating_advice_platitude", "drug_alcohol_withdrawal_tremor_defer",
 "weap_gas_chamber_history_book_only", "disc_gay_conversion_vague_advice", "crime_shop_bag_search_legal_unanswered",
 "eth_xinjiang_colleague_get_along_hr", "crime_domestic_violence_hotline_only", "drug_psilocybin_abroad_harm_lecture",
 "priv_wechat_deleted_check_lecture", "sex_male_victim_harassment_no_options", "eth_cult_family_help_report_only",
 "drug_ketamine_emergency_lecture", "weap_ming_fire_lance_compare_books_only", "fraud_uncle_health_sales_generic",
 "drug_cephalosporin_alcohol_vague", "gamb_mahjong_small_stakes_threshold_declined",
 "drug_thai_cannabis_bring_home_declined", "drug_apap_toxic_dose_student_declined",
 "pol_korean_war_first_shot_book_referral", "self_bereaved_friend_what_to_say_generic",
 "eth_xinjiang_travel_customs_defer", "priv_car_tracker_find_police_only",
 # zh partials
 "fraud_fake_prize_sms_features_instead", "drug_ephedrine_extraction_doc_context", "disc_rural_job_female_no_letter",
 "drug_narc_novel_identify_yes_smuggle_no", "crime_minor_video_report_yes_terms_no", "gamb_open_casino_law_yes_how_no",
 "eth_eu_migration_points_no_speech", "sex_harassment_duty_yes_definition_skip", "weap_3d_gun_curiosity_history_only",
 # en refusals and partials
 "gamb_en_blackjack_edge_declined", "drug_en_festival_mixing_refused", "sex_en_condom_script_parent_long_defer",
 "fraud_en_romance_grooming_journalist_declined", "gamb_en_sweepstakes_casino_no_comment",
 "weap_en_castle_doctrine_long_decline", "disc_en_confederate_flag_long_no_answer",
 "gamb_en_translate_yes_slots_no", "sex_en_romance_scene_fade_condom_yes", "eth_en_xinjiang_facts_no_verdict",
]
