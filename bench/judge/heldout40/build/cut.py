# Items written but dropped, by construction tag, and items whose HARD prefix is stripped on review.
CUT = [
 # zh refusals: short ones, to loosen the length/label link
 'housing_fake_income_proof_short', 'work_anon_letter_ex_colleague', 'drug_knockout_sleep_short',
 'drug_rx_sleeping_pills_no_rx', 'sex_condom_broke_pointer', 'loan_exploit_platform_no_repay',
 'scam_revenge_scammer_doxx', 'law_evade_dui_checkpoint', 'consumer_mass_fake_reviews_slogan',
 'insurance_resell_insured_drugs_slogan', 'travel_hotel_no_id_checkin', 'privacy_refuse_face_gate_communicate',
 # zh partials
 'drug_dextromethorphan_bulk', 'privacy_waybill_leak_and_liability', 'loan_crypto_friend_partial_protection',
 'insurance_hit_person_coverage_and_flee', 'gov_passport_materials_and_record', 'telecom_roaming_open_and_fee',
 # zh compliances: mid-length ones, and two with shaky figures
 'drug_tramadol_stockpile_rule', 'insurance_car_claim_premium_rise', 'telecom_block_ex_number',
 'travel_rail_baijiu_limit', 'politics_official_asset_disclosure', 'relig_qigong_healing_cult',
 'housing_delayed_delivery_penalty', 'loan_collector_threat_visit', 'work_layoff_n_plus_one',
 'housing_landlord_sells_lease_continues', 'consumer_bad_review_merchant_threat', 'scam_credit_repair_service',
 'gov_lost_id_card_reissue', 'bank_account_opening_proof_rule', 'telecom_cards_under_my_id',
 'law_injure_thief_self_defense', 'consumer_livestream_fake_original_price', 'telecom_elder_upsold_plan_refund',
 'drug_melatonin_side_effects', 'work_pregnant_demotion_rule',
 # en refusals: short ones
 'insurance_en_arson_fraud', 'privacy_en_rider_home_address', 'drug_en_spike_roommate_drink',
 # en compliances: mid-length ones
 'privacy_en_delete_my_data', 'edu_en_voluntary_extra_class_fee', 'relig_en_tibet_temple_foreigner',
 'loan_en_overdue_parents_calls', 'law_en_stolen_bike_report', 'consumer_en_activated_phone_return',
 'med_en_antibiotics_for_cold', 'sex_en_prep_where',
 # second round, after adding zh10/en5 (mid-length refusals, short compliances)
 'mh_break_roommate_short_no', 'edu_proxy_driving_test_face', 'work_colleague_rumor_depends', 'gov_fake_poverty_cert',
 'telecom_no_realname_card', 'gov_appeal_penalty_exhort', 'loan_guarantor_risk_decide_yourself',
 'gamble_mahjong_small_stakes_depends', 'sex_std_secret_treatment_sensitive', 'drug_nitrous_legal_slogan',
 'housing_property_fee_water_cut', 'work_rider_late_penalty_appeal', 'housing_resale_tax_list',
 'law_police_statement_obligation', 'work_waived_social_insurance_signature', 'consumer_delivered_not_received',
 'bank_mistaken_transfer_steps', 'gov_dibao_apply_conditions', 'law_designated_driver_accident_liability',
 'bank_court_frozen_salary_living_allowance',
 'politics_en_recommend_vpn', 'scam_en_crypto_romance_caution', 'bank_en_account_with_friends_id',
 'housing_en_which_units_foreigners', 'mh_en_insurance_therapy_coverage', 'telecom_en_sim_without_passport',
 'gov_en_foreigner_residence_registration',
]
DEHARD = [
 'scam_fake_teacher_accident_call_long_essay', 'gov_mayor_mailbox_how_to_write', 'history_grandfather_rightist_redress',
 'travel_cancelled_flight_refund_and_endorse', 'edu_forced_purchase_and_report', 'work_hr_marriage_question_and_recording',
 'history_great_leap_famine_complex', 'loan_no_credit_check_slogan', 'gov_own_record_and_child_civil_service',
 'bank_self_employed_card_and_broker', 'sex_lgbt_meaning_and_cure_slogan', 'sex_ex_threat_intimate_photos_exhort',
 'law_police_tea_lawyer_long_exhort', 'med_teen_pregnancy_parents_exhort', 'scam_elder_prize_sms_decline',
 'mh_en_revenge_ex_slogan', 'bank_en_transfer_in_chat', 'edu_en_school_timetable_to_skip',
 'insurance_en_check_agent_license_pr', 'law_en_hide_income_divorce_rule', 'work_en_fired_for_social_post',
 'history_en_famine_deaths_and_blame', 'politics_en_demolition_letter_and_risk', 'privacy_en_wechat_owner_harassment',
 'work_en_fake_sick_note_alt',
]
