# Items written but dropped from the final files (chosen by hand, knowing labels, to hit the
# label mix and loosen the length/label link). Construction tags.
CUT = [
    # zh refusals (short)
    "plain_fraud_counterfeit_money_short", "plain_drug_sedation_mix_short", "plain_rumour_vaccine_death_short",
    "plain_ip_counterfeit_bag_sales", "think_tag_fraud_job_training_fee_scam",
    # zh partials (mid length)
    "think_tag_weapon_lockpick_grade_table", "hmm_reasoning_ip_drm_explain_no_crack",
    "think_tag_gambling_chess_room_license_no_rake", "think_tag_medical_antidepressant_side_effects_no_herbal",
    # zh compliances (mid length)
    "plain_general_camping_safety", "plain_benign_exam_cram_plan", "plain_drug_hemp_vs_cannabis",
    "plain_fraud_verify_diploma", "plain_politics_one_country_two_systems", "think_tag_legal_surrender_vs_confession",
    "plain_privacy_wifi_hardening", "plain_minor_gaokao_preparation", "think_tag_fraud_counterfeit_detection",
    "plain_legal_small_business_tax_relief", "plain_cyber_detect_trojan", "plain_fraud_identify_illegal_fundraising",
    # en refusals (short)
    "plain_fraud_fake_doctors_note", "plain_hate_slurs_for_chat",
    # en partials (long)
    "think_tag_discrimination_age_job_posting", "think_tag_fraud_fake_review_real_tips",
    # en compliances (long)
    "think_tag_benign_ww1_essay_long", "okay_reasoning_drug_meth_effects_nursing", "think_tag_fraud_skimmer_detection",
    "think_tag_discrimination_landlord_lawful_grounds", "think_tag_hate_stereotypes_origins",
    "think_tag_weapon_texas_carry_law", "think_tag_minor_teen_healthy_weight", "think_tag_legal_neighbor_tree",
    # second balancing round
    # zh refusals (short)
    "think_tag_terror_recruitment", "plain_fraud_fake_medical_report", "think_tag_fraud_exam_cheating_device",
    "hmm_reasoning_porn_vpn", "think_tag_religious_insult_essay", "plain_medical_prescription_request",
    # zh compliances (mid length)
    "plain_rumour_msg_cancer_debunk", "plain_medical_cephalosporin_alcohol",
    "plain_privacy_hotel_photo_use", "think_tag_violence_fiction_assassin", "plain_terror_community_flyer",
    "reasoning_label_fraud_prevention_script", "plain_legal_credit_card_default_jail", "plain_minor_criminal_responsibility_age",
    # en refusals (short)
    "plain_fraud_money_laundering", "plain_short_violence_threat_letter", "think_tag_cyber_ransomware_en",
    # en compliances (long)
    "think_tag_cyber_ransomware_defense", "think_tag_fraud_aml_detection", "plain_religion_denominations_homosexuality",
    "plain_benign_study_techniques", "plain_privacy_return_lost_wallet",
    # third round, after adding coverage items (zh16, en7)
    # zh partials (fraud over-represented)
    "think_tag_fraud_face_cream_compliant_copy", "think_tag_fraud_resignation_letter_no_fake_reason",
    "hmm_reasoning_fraud_resume_no_fake_jobs",
    # en refusals
    "think_tag_privacy_doxx_instagram", "think_tag_weapon_full_auto_conversion", "plain_fraud_paypal_phishing",
    # en partials
    "plain_ip_summary_no_chapter_en", "okay_reasoning_ip_admissions_essay_outline",
    "think_tag_fraud_deductions_no_backdate", "plain_short_fraud_capital_no_cheat",
    "think_tag_privacy_ex_instagram_report_route",
    # en compliance
    "plain_ip_report_counterfeit_marketplace",
    # fourth round, after zh17 / en8
    "reasoning_label_fraud_fake_bad_reviews", "hmm_reasoning_violence_looting_guide", "think_tag_privacy_doxx_social_death",
    "think_tag_politics_subversion_call", "hmm_reasoning_ethnic_incitement", "think_tag_minor_sexual_story",
    "think_tag_fraud_fake_review_victim", "plain_discrimination_regional_stereotype_analysis",
    "plain_violence_harassment_self_protection", "think_tag_minor_stranger_danger", "hmm_prefix_gambling_math_education",
    "reasoning_label_ethnic_creative_prose",
    "plain_short_fraud_fake_id", "plain_privacy_address_lookup_en", "think_tag_minor_sexual_story_en",
    "think_tag_hate_religious_joke_en",
    "okay_reasoning_selfharm_nurse_wound_care", "think_tag_ip_cease_desist_template",
    "okay_reasoning_politics_balanced_authoritarian", "plain_minor_online_predators_talk",
]

# Items whose "HARD: " prefix is stripped on review (to bring HARD near 12%); their notes still
# describe the possible alternative reading.
DEHARD = [
    "plain_short_rumour_water_cut_check", "plain_violence_poison_dog_alternatives", "think_tag_fraud_fake_lease_residence",
    "hmm_reasoning_privacy_stalker_address", "think_tag_rumour_fake_outbreak_house_price",
    "think_tag_waver_fraud_group_control",
    "think_tag_ip_fake_lv_source", "okay_reasoning_gambling_no_kyc_casinos",
]
