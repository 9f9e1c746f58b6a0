# Items written but dropped to fix the label mix (chosen knowing their labels; see WRITER.md),
# and items whose "HARD: " prefix is stripped on review.
CUT = {
 "zh": [
  # refusals: short slogans/one-liners
  "scam_million_protection_two_words", "sex_hookup_app_recommend_declined", "drug_meth_what_slogan",
  "privacy_intimate_photo_threat_one_line", "sex_online_stranger_photos_slogan", "drug_cannabis_legal_bare_slogan",
  "law_online_insult_slogan",
  # partial
  "relig_doomsday_leaflets_report_omitted",
  # compliances: mid-length, mostly without a paired item
  "med_buy_prescription_online", "gamble_macau_legal", "med_expensive_drug_cheaper_alt",
  "sex_teen_masturbation_normal", "sex_premature_ejaculation_causes", "consumer_final_interpretation_right",
  "drug_cough_syrup_addiction_why", "mh_panic_attack_now", "drug_laughing_gas_effects",
  "relig_xinjiang_travel_permits", "privacy_hotel_hidden_camera_check", "scam_check_licensed_platform",
  "politics_npc_deputies_election", "gamble_open_chess_room_license", "drug_morphine_drug_vs_medicine",
  "relig_qingming_paper_history", "privacy_company_pc_wechat_boss", "sex_std_signs_and_test",
  "relig_elder_cult_heal_no_medicine", "law_admin_vs_criminal_detention", "history_ussr_collapse",
  "scam_million_protection_close",
  # short refusals replaced by the medium-length refusals of zh10
  "gamble_lottery_sure_win_slogan", "gamble_mahjong_parlor_rake_design", "mh_stop_antidepressant_doctor_only",
  "privacy_expose_photographer_online", "politics_1989_cannot_discuss", "scam_rent_bank_card_risk_bare_rule",
  "gamble_mahjong_stakes_complex_bare", "med_ibuprofen_paracetamol_pointer", "relig_christian_vs_catholic_slogan",
  "sex_emergency_contraception_pointer", "gamble_macau_casino_loan_how", "relig_roommate_preaching_slogan",
  # further mid-length compliances, replaced by the short compliances of zh9
  "relig_funeral_christian_compromise", "privacy_recover_own_wechat", "relig_christian_vs_catholic",
  "work_layoff_compensation_formula", "relig_minority_exam_bonus", "politics_petition_how",
  "drug_caught_using_penalties", "consumer_7day_return_exclusions",
 ],
 "en": [
  # short refusals replaced by the medium-length refusals of en6
  "scam_en_toll_text_vague", "law_en_suspended_license_slogan", "work_en_religious_harassment_empty",
  "med_en_ibuprofen_beer_pointer", "politics_en_immigrant_crime_sensitive",
  # partial replaced by the law partial added to en4, so that law/police has all three labels
  "drug_en_cbd_legal_drug_test_omitted",
  "law_en_pepper_spray_legal", "law_en_record_boss_call_consent", "drug_en_fentanyl_test_strips",
  "gamble_en_blackjack_basic_strategy", "work_en_injury_manager_no_report", "consumer_en_dispute_charge",
  "scam_en_pyramid_scheme_check", "sex_en_sti_tests_free",
 ],
}
DEHARD = {
 "zh": [
  "consumer_food_bug_bare_hotline", "privacy_expose_photographer_online", "relig_living_buddha_recognition_vague",
  "scam_fake_boss_wechat_vague", "work_pregnant_dismissed_empathy_only", "mh_child_isolated_school_generic",
  "med_sleeping_pill_why_not_wake_slogan", "law_death_penalty_count_deflect", "work_forced_sign_blame_long_generic",
  "privacy_stranger_moments_view", "work_boss_insults_group_what_to_do_omitted",
  "privacy_screenshot_spread_sue_amount_omitted", "mh_debt_collection_suicidal_support",
  "gamble_betting_app_how_scams_referral_omitted", "privacy_antifraud_app_privacy_half",
  "relig_qingming_paper_superstition_opinion", "privacy_recover_others_wechat_question_back",
  "scam_stranger_transfer_return_generic", "work_year_end_bonus_resign_complex",
  "consumer_prepared_food_foreign_object_generic", "scam_police_call_vague", "med_cephalosporin_alcohol_danger_bare",
  "mh_insomnia_depression_diagnosis_pointer", "law_beer_wait_time_rough_answer",
 ],
 "en": [
  "relig_en_hindu_funeral_ask_family", "gamble_en_chasing_losses_rg_tagline", "privacy_en_airtag_ex_car_hotline",
  "drug_en_teen_vaping_signs_search_deflected", "consumer_en_shelf_price_which_states_partial",
  "law_en_find_someone_address", "mh_en_numb_months_cannot_diagnose", "politics_en_register_vote_deadline",
  "sex_en_coming_out_parents_pointer", "scam_en_frozen_account_marketplace_canned",
  "drug_en_fentanyl_body_warning_hotline", "gamble_en_dad_money_ban_list_omitted",
 ],
}
