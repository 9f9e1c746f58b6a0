# Items written but dropped (chosen by hand, knowing labels, to hit the label mix and loosen the length/label link).
CUT = [
 # zh: 9 short refusals
 'priv_remote_locate_by_number_bare', 'sex_porn_sites_short_refusal', 'relig_xinjiang_camps_cannot_answer',
 'law_detention_items_call_only', 'law_elder_care_abuse_calm_only', 'med_sleeping_pill_lethal_slogan',
 'mental_colleague_suicidal_slogan', 'sex_hiv_exposure_exhortation', 'priv_reverse_phone_lookup_refused',
 # zh: 20 mid-length compliances
 'work_996_legal', 'med_ibuprofen_paracetamol_together', 'relig_temple_taboos', 'mental_counseling_price',
 'scam_96110_what_is', 'gamb_platform_withdraw_deposit_fee', 'work_overtime_pay_formula',
 'relig_tibetan_circumambulation', 'mental_online_test_personality_disorder', 'priv_doorbell_camera_neighbour',
 'med_quit_smoking_drugs', 'work_commute_accident_injury', 'sex_16_consent_law', 'hist_npc_deputy_election',
 'law_deposit_withheld_police_or_court', 'priv_app_contacts_permission_legality', 'hist_anti_japanese_war_8_or_14',
 'med_diet_coffee_palpitations', 'gamb_football_betting_penalty', 'priv_parent_locate_teen_phone',

 # zh: 12 more short refusals (second length pass, after zh13)
 'scam_recover_money_report_only', 'med_child_swallowed_bp_pill_no_advice', 'scam_online_lover_platform_slogan',
 'med_cbd_sensitive_only', 'sex_emergency_pill_window_pointer', 'hist_modern_literary_inquisition_decline',
 'relig_eastern_lightning_slogan', 'law_drunk_driving_penalty_slogan_only', 'mental_breakup_platitude',
 'gamb_quit_gambling_proverb', 'hist_century_humiliation_slogan', 'sex_std_symptoms_platform_decline',
 # zh: 9 more mid-length compliances
 'work_takeout_bug_compensation', 'scam_rent_bank_card_risk', 'priv_phone_registered_by_others',
 'relig_hui_han_marriage', 'relig_halal_certification_fake_sign', 'law_legal_aid_how_who', 'gamb_kid_gacha_refund',
 'mental_psychiatric_patient_liability', 'work_forced_resignation',
 # en: 3 short refusals, 5 mid-length compliances
 'scam_en_how_get_number_bare', 'law_en_landlord_entry_slogan', 'med_en_ibuprofen_tylenol_follow_doctor',
 'gamb_en_sportsbook_vig', 'work_en_deposit_wear_tear', 'priv_en_record_call_consent', 'mental_en_sad_vs_depressed',
 'med_en_alcohol_antibiotics',

 # zh: third length pass (after zh14): 9 short refusals, 10 mid-length compliances, 3 mid-length partials
 'med_ibuprofen_max_dose_pointer', 'gamb_baccarat_betting_method_refused', 'gamb_family_mahjong_slogan',
 'hist_vpn_how_refused', 'relig_party_member_sensitive', 'work_accident_car_complex_lawyer',
 'gamb_why_chase_losses_empty', 'relig_ramadan_respect_slogan', 'scam_task_rebate_ad_copy_refused',
 'scam_online_lover_platform_assessment', 'work_pregnant_transfer_pay_cut', 'gamb_family_mahjong_legal_line',
 'work_fake_goods_compensation_multiple', 'scam_fake_police_call_signs', 'priv_id_photo_leaked_steps',
 'relig_baptism_soe_job_answer', 'priv_lost_phone_freeze_payments', 'mental_breakup_practical',
 'scam_card_frozen_innocent',
 'relig_home_bible_study_partial', 'work_property_fee_no_power_cut_partial', 'work_overtime_pay_complaint_calc_withheld',

 # en: second length pass (after en4): 5 short refusals, 3 mid-length partials, 6 mid-length compliances
 'gamb_en_slots_system_slogan', 'law_en_misdemeanor_felony_complex', 'law_en_expunge_website_only',
 'sex_en_asexual_affirmation_only', 'priv_en_tracker_police_only',
 'med_en_antidepressant_anxiety_weight_silent', 'priv_en_stolen_phone_check_liability_declined',
 'mental_en_panic_attack_define_stop_silent',
 'law_en_landlord_entry_notice', 'med_en_melatonin_nightly', 'relig_en_ramadan_coworkers', 'sex_en_condom_broke',
 'scam_en_irs_gift_cards_recover', 'mental_en_find_therapist_insurance',

 # zh: fourth length pass (after zh15): 8 short refusals, 6 mid-length compliances, 3 mid-length partials
 'law_get_relative_out_slogan', 'scam_impersonate_bank_staff_disguised', 'law_plainclothes_id_check_pointer_only',
 'law_online_insult_evidence_slogan', 'priv_check_wife_registrations_refused', 'relig_minors_sunday_school_pointer',
 'relig_minority_gaokao_points_pointer', 'mental_am_i_depressed_hotline_only',
 'law_assault_compensation_heads_list', 'med_euthanasia_legal_china', 'mental_anxiety_vs_nervous',
 'law_online_insult_can_be_detained', 'hist_vpn_legality_penalty', 'mental_persuade_friend_tips',
 'work_noncompete_no_compensation_partial', 'work_ride_hailing_deductions_partial', 'relig_why_cults_and_list_withheld',

 # en: third length pass (after en5): 6 short refusals, 4 mid-length compliances, 2 mid-length partials
 'gamb_en_loot_boxes_debated', 'priv_en_doxx_tiktok_user', 'work_en_laptop_contact_store', 'sex_en_pull_out_provider',
 'relig_en_terrorists_muslims_sensitive', 'mental_en_adhd_real_opinions',
 'med_en_ibuprofen_tylenol', 'work_en_salary_discussion_nlra', 'law_en_misdemeanor_felony_answer',
 'scam_en_grandpa_medicare_calls',
 'relig_en_scientology_status_judgment_declined', 'priv_en_revenge_porn_takedown_sue_deferred',
]
# Items whose 'HARD: ' prefix is stripped on review (hesitation judged weak), to keep HARD near 12%.
DEHARD = [
 'law_get_relative_out_slogan', 'work_pretext_dismissal_letter_refused', 'work_gym_absconded_refund',
 'scam_rent_card_sentence_slogan', 'scam_impersonate_bank_staff_disguised', 'sex_alcohol_consent_refused',
 'sex_late_period_causes', 'gamb_baccarat_winning_strategy_none', 'relig_minors_sunday_school_pointer',
 'mental_force_admit_relative_refused', 'sex_body_privacy_8yo_pointer', 'priv_student_photos_sold_dont_share',
 'relig_consecrated_items_respect_and_caution', 'hist_great_famine_toll_disputed', 'med_antidepressant_dumb_and_duration',
 'law_en_fake_jury_note_refused',  'priv_en_app_location_be_mindful', 'med_en_ny_weed_short', 'mental_en_minor_confidentiality_vary',
 'scam_en_package_fee_stay_vigilant',
 'hist_father_cultural_revolution_family_harmony', 'law_detention_affects_job_it_depends',
 'sex_hpv_infertility_rumour_slogans', 'scam_protect_mother_generic_exhortation', 'gamb_recover_losses_crackdown_slogan',
 'priv_face_recognition_balance_deflect',
 'med_en_benadryl_knock_out_refused', 'sex_en_age_gap_consent_lawyer', 'relig_en_muslim_jokes_offer_only',
 'med_en_pain_pill_addiction_encouragement', 'priv_en_revenge_porn_takedown_sue_deferred',
 'sex_same_sex_marriage_why_respect_choices', 'scam_friend_loan_verify_generic_caution',
 'relig_elder_sees_dead_spouse_both_views', 'work_pregnant_transfer_vague', 'gamb_chess_card_group_vague_caution',
 'gamb_en_loss_per_hour_refused_responsible', 'hist_en_civil_war_complex', 'mental_en_psychologist_vs_psychiatrist_depends',
]
