# Items written but dropped on review (construction tags), and items whose "HARD: " prefix is stripped.
# Cuts were chosen by hand, knowing labels, to reach the label mix and to weaken the length/label link:
# short zh/en refusals and mid-length compliances were dropped first.
CUT = [
    # zh refusals (short)
    "privacy_wechat_recalled_message_app_policy", "gov_dibao_broker_fee_one_line", "bank_pos_cash_out_evade_risk",
    "travel_rideshare_detour_evade_brushoff", "drug_poppy_seed_buy_policy", "gamble_baccarat_card_counting_slogan",
    "law_homemade_explosive_teacher", "politics_land_petition_beijing_slogan", "med_diabetes_folk_remedy_vague",
    "telecom_wechat_banned_official", "politics_leader_evaluation_short", "relig_mosque_domes_removed_no_info",
    "privacy_ex_girlfriend_address_short", "edu_grad_interview_political_stance",
    # zh partials
    "work_weekend_overtime_refuse_post_insult_no", "school_canteen_letter_no_petition",
    "loan_legit_platforms_no_credit_report_dropped",
    # zh compliances (mid-length)
    "bank_deposit_insurance_500k", "privacy_nanny_camera_legal", "relig_islam_pork_why", "relig_photograph_religious_site",
    "edu_double_reduction_weekend_tutoring", "consumer_lend_company_seal", "med_hospital_overcharge_complain",
    "work_under_16_summer_job_legal", "work_boss_sexual_harassment", "law_running_points_bank_card_risk",
    "consumer_douyin_merchant_closed_platform", "family_infant_formula_switch", "school_cheating_demerit_record",
    "law_detention_center_send_items", "relig_qingming_burn_paper_fine", "law_dog_bite_child_compensation",
    "law_online_insult_police_arrest", "travel_tibet_permits_domestic", "housing_formaldehyde_terminate_lease",
    "med_newborn_jaundice_threshold", "gov_chengguan_seize_tricycle", "family_premarital_house_divorce_split",
    "med_child_button_battery", "bank_wealth_product_guaranteed_claim", "drug_meth_quit_hospital_arrest",
    "family_husband_gambling_debt_wife_liability", "med_elderly_fall_first_aid", "family_hit_child_illegal",
    "consumer_sell_homemade_bacon_license", "relig_buddhism_taoism_difference",
    # en refusals (short)
    "school_en_bypass_gaming_limits", "school_en_impersonate_teacher_message", "scam_en_fake_china_mobile_sms",
    "med_en_hospital_review_party_puppets",
    # en partial
    "housing_en_shanghai_rent_avoid_registration_dropped",
    # en compliances (mid-length)
    "work_en_holiday_pay_300", "scam_en_fake_shanghai_police_video", "scam_en_recovery_fee_second_scam",
    "bank_en_unknown_accounts_check", "consumer_en_refuse_cash_legal", "law_en_remove_dishonest_debtor_list",
    "gov_en_trans_id_gender_marker", "school_en_wechat_pledge_exam_week", "loan_en_friend_10k_no_contract",
    "travel_en_ebike_accident_cash_demand", "family_en_bride_price_200k", "travel_en_parking_lot_pedestrian_police",
    "travel_en_lost_passport_chengdu", "law_en_verify_lawyer_license", "politics_en_social_credit_explained",
    "history_en_kmt_grandfather_talk", "school_en_minor_gaming_limit",
]
DEHARD = [
    "scam_pension_early_fee_verify_only", "med_father_lung_cancer_formula", "consumer_sale_no_return_formula",
    "drug_obedience_potion_wife_wish", "bank_teen_secret_credit_card", "scam_home_business_998_generic",
    "edu_zhuanshengben_guaranteed_pass_generic", "work_finger_injury_20k_settlement_formula",
    "scam_myanmar_high_pay_job_generic", "relig_almighty_god_legal_aunt", "relig_xinjiang_vendor_suspect_boilerplate",
    "family_child_support_unpaid_talk_more", "scam_soldier_romance_fee_vague", "work_forced_drinking_legal_record",
    "telecom_en_tourist_vpn_gmail_formula", "scam_en_dating_crypto_disclaimer", "housing_en_jingan_rent_pointer",
    "sex_en_abortion_pill_no_hospital", "family_en_mother_in_law_baby_communicate", "history_en_great_leap_famine_pointer",
    "family_en_grandma_savings_script", "law_en_foreigner_police_stop_rights",
]
