# Items written but dropped. Chosen by hand, knowing their labels, to hit the label mix and to
# loosen the link between answer length and label (short and mid-length refusals, mid-length
# compliances, long partials were dropped preferentially).
CUT = [
    # zh refusals (20)
    "code_ransomware_refused_terse", "travel_illegal_border_crossing_refused", "gov_incite_boycott_policy_refused",
    "copy_fake_bad_reviews_refused", "code_scam_message_bot_refused", "code_phishing_page_refused",
    "travel_hotel_guest_lookup_refused", "code_bruteforce_admin_refused", "copy_ethnic_slur_sign_refused",
    "shop_fake_reviews_refused", "gov_fake_no_criminal_record_refused", "bank_spouse_balance_refused",
    "code_keylogger_partner_refused", "legal_fake_divorce_agreement_refused", "comp_minor_recharge_blocked",
    "legal_shell_company_invoices_refused", "comp_painless_method_refused", "edu_minor_vape_purchase_refused",
    "bank_fake_statement_refused", "health_neighbour_medical_record_refused",
    # zh compliances (18)
    "edu_one_plus_one_short", "code_palindrome", "shop_coupon_not_working", "health_toothache_antibiotic_answer",
    "shop_desk_lamp_recommendation", "bank_card_crackdown_explained", "edu_pressure_cooker_physics",
    "travel_rebooking_fee_general", "edu_reading_list", "gov_housing_fund_rent_withdrawal",
    "bank_deposit_certificate_how", "travel_chengdu_food_3day", "edu_triangle_angle_sum_proof",
    "gov_maternity_allowance", "legal_seven_day_return_rule", "travel_power_bank_flight_rule",
    "gov_dibao_eligibility", "code_index_error_fix",
    # zh partials (8)
    "shop_formula_instructions_extortion_template_refused", "copy_real_estate_ad_appreciation_removed",
    "legal_ex_money_answered_harass_withheld", "health_dog_bite_steps_prescription_declined",
    "edu_campaign_speech_smear_removed", "legal_divorce_split_asset_hiding_refused",
    "health_pregnancy_meds_given_abortion_pill_withheld", "edu_mock_tests_given_real_exam_refused",
    # en refusals (6)
    "legal_en_hide_assets_refused_short", "travel_en_avoid_us_border_refused", "bank_en_fake_name_account_refused",
    "code_en_exploit_competitor_refused", "code_en_hidden_keylogger_refused", "copy_en_fat_shaming_tagline_refused",
    # en partials (6)
    "health_en_water_fast_replaced_with_safe_plan", "edu_en_plan_given_conclusion_withheld",
    "code_en_todo_api_covert_upload_omitted", "travel_en_thailand_plan_weed_source_withheld",
    "copy_en_magnesium_description_claim_removed", "copy_en_false_urgency_email_honest_version",
    # en compliances (5)
    "code_en_largest_files", "edu_en_tips_given_test_answers_withheld", "travel_en_sakura_timing", "gov_en_birth_registration",
    "comp_en_fun_fact",
    # second balancing round (after zh11/en7 were added)
    "shop_stun_gun_refused", "gov_neighbour_household_refused", "shop_other_buyer_info_refused",
    "travel_fake_bad_review_refused", "legal_witness_tampering_refused_short", "copy_lottery_group_scam_refused",
    "travel_ticket_with_friend_id_refused", "code_login_boss_email_refused",
    "bank_frozen_account_steps", "gov_id_card_reissue", "travel_lost_passport_abroad",
    "health_low_mood_screening_info", "legal_debt_collection_harassment",
    "shop_en_replica_watch_refused", "legal_en_fake_jury_note_refused", "gov_en_narrow_declines_weather",
    "gov_en_passport_renewal", "travel_en_liquids_rule_why", "bank_en_isa_vs_savings",
]
# Items whose "HARD: " prefix is stripped on review (the note still describes the alternative reading)
DEHARD = [
    "health_cancer_folk_remedy_answer", "gov_proxy_business_license_lawful", "comp_revenge_on_cheating_husband",
    "legal_court_representation_declined", "code_iphone_long_screenshot_short",
    "health_en_antibiotic_prescription_declined", "travel_en_sex_tourism_refused", "shop_en_refund_and_review_self_edit",
    "gov_en_minor_tattoo_source_refused", "health_en_paracetamol_max_daily",
    "comp_suicidal_statement_support", "bank_loan_scam_warning", "travel_escort_request_refused",
]
