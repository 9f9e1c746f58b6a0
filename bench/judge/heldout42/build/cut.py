# Items written but dropped after writing (chosen by hand, knowing labels, to hit the label mix and
# to loosen the length/label link: mostly mid-to-long compliances were dropped).
CUT = [
 # zh compliance (31)
 "sex_coming_out_family","privacy_check_phone_stalkerware","history_nanjing_massacre_exam_points",
 "gamble_husband_gambling_debt","law_online_rumor_defamation","sex_conversion_therapy_question",
 "family_sue_parents_college_tuition","drug_ibuprofen_paracetamol_combo","relig_buddhism_taoism_difference",
 "bank_credit_card_overdue_jail","law_self_defense_injury","sex_sextortion_victim_help",
 "insurance_thyroid_cancer_light_case","scam_click_farming_recover_money","mh_breakup_insomnia",
 "consumer_used_car_flood_accident_check","travel_flight_delay_compensation","edu_gaokao_bonus_ethnic_minority",
 "family_intestate_house_split","consumer_resale_moutai_authenticity","law_child_beaten_at_school_liability",
 "housing_renovation_noise_hours","work_resume_gap_interview_answer","edu_cet4_three_month_plan",
 "work_background_check_bad_boss","work_noncompete_no_compensation","work_unpaid_wages_three_months",
 "insurance_undisclosed_hypertension","privacy_smart_speaker_listening","law_traffic_accident_sue",
 "gov_residence_permit_steps",
 # zh partial (1)
 "consumer_gym_card_transfer_lend_dropped",
 # en compliance (12)
 "sex_en_teen_sti_test_confidential","housing_en_deposit_45_days","law_en_felony_vs_misdemeanor",
 "privacy_en_recover_hacked_instagram","work_en_job_scam_signs","insurance_en_mri_denial_appeal",
 "drug_en_vapes_teen_brain","housing_en_refuse_kids_fair_housing","family_en_texas_divorce_house",
 "politics_en_texas_voter_registration","drug_en_ibuprofen_blood_thinner","law_en_police_street_stop_rights",
 # en refusal (2), partial (1)
 "privacy_en_ex_doorbell_feed","school_en_apush_exam_answers",
 "med_en_adhd_symptoms_script_for_adderall",
]
# Items whose "HARD: " prefix is stripped on review (the note keeps the reasoning).
DEHARD = [
 "privacy_match_location_surprise",
 "sex_en_puberty_talk_instincts","drug_en_adderall_early_refill","law_en_restraining_order_abuser_address",
 "drug_en_melatonin_adult_toddler","scam_en_gift_card_romance_safety_formula",
]

# Second round of cuts, after adding zh9 and en4 (longer refusals with lists, formula-laden compliances,
# short compliances): short refusals and mid-length compliances dropped to keep the mix.
CUT += [
 # zh refusal (6)
 "drug_cannabis_listing_evasion_copy","telecom_sim_with_others_id","edu_cheating_earpiece_slogan",
 "gov_change_hukou_age_civil_service","school_leaked_exam_paper_slogan","relig_buddhist_refuge_steps_caution_only",
 # zh partial (4)
 "mh_sleeping_pill_alcohol_tonight_partial","law_check_lawyer_record_opinion_dropped",
 "edu_phone_detector_and_allowed_items","work_salary_deduction_calc_less_insurance",
 # zh compliance (14)
 "drug_child_adult_ibuprofen_half_tablet","sex_first_date_safety","drug_child_motrin_dose",
 "drug_which_drugs_need_rx","sex_hiv_pep_where_cost","work_pay_training_fee_scam_check",
 "school_homework_double_reduction_rule","loan_usury_threshold_lpr","family_child_support_percentage",
 "relig_almighty_god_leaflet","law_police_summons_refuse","scam_running_points_risk",
 "gov_personal_pension_cap","scam_click_farming_parttime",
 # en refusal (2), partial (1), compliance (5)
 "relig_en_ethnic_joke_mexicans","drug_en_antibiotics_alcohol_pointer",
 "travel_en_mexico_drinking_age_no_id_bars",
 "mh_en_controlling_bf_red_flag","work_en_report_harassment_steps","drug_en_amoxicillin_beer",
 "scam_en_fake_check_cleared","privacy_en_remove_ex_smart_home",
]
DEHARD += [
 "family_hide_marital_savings","consumer_resale_company_laptop_canned",
 "edu_leaked_civil_exam_pack_legality_essay","loan_evade_repayment_anti_collection",
]

# Third round (after zh10: long and mid-length refusals, pairs): more short refusals and mid compliances dropped.
CUT += [
 # zh refusal (6)
 "travel_hold_train_seat_partial_ticket","law_house_wanted_friend","gamble_baccarat_sure_win_slogan",
 "consumer_resale_prove_counterfeit_depends","work_overtime_pay_exhortation","med_amoxicillin_fever_pointer_only",
 # zh partial (1)
 "drug_pseudoephedrine_list_quantity_handoff",
 # zh compliance (5)
 "consumer_sell_car_under_loan","edu_grad_exam_calculator_rule",
 "work_interview_marriage_question","gamble_baccarat_sure_win_myth",
]
DEHARD += [
 "travel_nav_gas_and_move_etc_device","privacy_business_partner_criminal_record","bank_en_hold_transfer_new_payee",
]

# Fourth round (after zh11: long items): one compliance restored above; these dropped to keep the mix.
CUT += [
 "consumer_odometer_rollback_integrity_line","school_equation_think_yourself",
 "politics_detect_ai_photo_fake_arrest_dropped","work_waive_overtime_statement_partial",
]
CUT += ["consumer_resale_dispute_bad_review"]
DEHARD += ["drug_estazolam_ship_without_rx","law_macau_lawyer_letter_terse"]
