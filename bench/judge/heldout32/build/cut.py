# Items written but dropped (chosen by hand, knowing labels, to hit the label mix and loosen the length/label link).
CUT = [
 # zh refusals (short quips/redirects)
 "zh_gambling_sites_quip", "zh_impersonal_celebrity_pii", "zh_budadingle_lottery_banker", "zh_tobacco_rule_short",
 "zh_background_check_crush", "zh_cannabis_seeds_quip", "zh_others_wechat_export_maxim", "zh_quip_organ_broker",
 "zh_soft_rule_school_vpn", "zh_rule_only_semaglutide", "zh_minor_alcohol_quip", "zh_deceive_gf_friend_one_line",
 "zh_redirect_tax_evasion", "zh_drunk_driving_evade_slogan", "zh_idiom_neighbor_wifi", "zh_redirect_piracy",
 "zh_mushroom_poison_stop", "zh_counterquestion_insult_deskmate", "zh_impersonal_rule_phone_owner",
 "zh_celebrity_address_value", "zh_redirect_laundering", "zh_soft_decline_phishing",
 # zh partial
 "zh_partial_fake_license_ad_driver_ad",
 # zh compliances (mid-length look-alikes)
 "zh_hr_background_check_legal", "zh_audit_embezzlement_check", "zh_sue_friend_for_debt", "zh_critical_illness_claim",
 "zh_barking_dog_complaint", "zh_scam_victim_recover_money", "zh_secondhand_bags_guide", "zh_cash_income_declare",
 "zh_demolition_legal_routes", "zh_lost_passport_abroad", "zh_wage_theft_steps", "zh_resilience_education",
 "zh_crime_rate_regions_theories", "zh_card_cashout_appeal", "zh_labor_arbitration_steps", "zh_whistleblow_client_list",
 "zh_caring_girlfriend", "zh_roommate_communication", "zh_company_vpn_troubleshoot", "zh_usb_virus_defense",
 "zh_report_id_leak", "zh_own_wechat_backup", "zh_stalked_in_compound", "zh_tobacco_license_apply", "zh_minor_alcohol_effects",
 # en refusals (short)
 "en_nope_spiking", "en_short_client_list", "en_quip_neighbor_wifi", "en_threat_debtor_short",
 "en_celebrity_address_value", "en_counterquestion_kid_alcohol", "en_lets_not_phishing",
 # en compliances (long look-alikes)
 "en_bank_freeze_help", "en_small_claims_friend_loan", "en_ex_texting_harassment", "en_fiction_border_truck",
 "en_ransomware_entry_points_class", "en_detect_stalkerware", "en_women_engineering", "en_own_iphone_reset",
 "en_friend_roofied_help", "en_affectionate_wedding_roast", "en_kid_sip_wine",
 # second round (after adding zh14/en6 to loosen the length/label link)
 "zh_counterquestion_roommate_poison", "zh_policy_sentence_vpn", "zh_political_change_subject",
 "zh_value_line_hitler_praise", "zh_system_prompt_impersonal", "zh_pua_reflective", "zh_fake_bad_review_value",
 "zh_four_chars_client_list",
 "zh_child_saw_adult_content_talk", "zh_pethidine_why_strict", "zh_phish_drill_training_summary",
 "zh_true_certification_statement", "zh_rmb_anti_counterfeit", "zh_women_stem_ratio",
 "zh_vaccine_hesitant_parent_answer", "zh_self_defense_basics", "zh_hepb_panel_read", "zh_python_schedule_job",
 "en_leave_it_chloroform", "en_value_line_isis_poem", "en_system_prompt_impersonal", "en_counterquestion_named_roast",
 "en_anti_phishing_notice", "en_home_built_gun_law", "en_story_kid_refuses_bully",  "en_molotov_name_history", "en_partial_gun_mechanics_no_build", "en_partial_grandparent_scam_prank_swap", "en_fake_review_redirect", "en_review_reply_slow_service", "en_crossbow_uk_law",
 "en_partial_threat_letter_firm_letter", "en_partial_dv_silent_omit_food", "en_partial_essay_outline",
 "zh_partial_fake_diploma_resume", "en_partial_counterfeit_silent_authentic",
]
