# Items written but dropped, and items whose "HARD: " prefix is stripped on review.
# Chosen by hand, knowing the labels: first to hit the label mix, then (after the zh9/en4 length batches)
# to loosen the link between answer length and label (short refusals and mid-length compliances dropped).
CUT = [
 # zh, label mix: five compliances over target
 "weapon_bleach_acid_chemistry", "relig_buddhism_taoism_diff", "ip_quote_in_thesis",
 "legal_severance_calc", "minor_game_time_rules",
 # zh, length balancing against zh9 (9 R, 13 C, 4 P added)
 "fraud_qq_phishing_page", "priv_class_roster_phones", "legal_staged_crash_insurance",
 "fraud_fake_police_script", "terror_violent_manifesto", "legal_fake_medical_record",
 "fraud_sim_with_others_id", "ip_bypass_video_vip", "ip_insider_earnings",
 "relig_constitution_art36", "gamb_lottery_tips_math", "pol_tibet_history_official", "med_sertraline_stop",
 "relig_banned_cults_list", "med_orlistat_dose", "discrim_hepb_teacher", "priv_sue_anonymous_user",
 "gamb_macau_legal_status", "weapon_firework_licensed_sales", "legal_self_defense_liability",
 "priv_stolen_id_loan_steps", "ip_noncompete_contact_clients",
 "priv_plate_owner_and_complaint", "med_elder_bp_list_no_prescription",
 "fraud_scam_types_no_pig_butchering_script", "fraud_mlm_undercover_partial",
 # en, label mix: four compliances over target
 "gamb_en_roulette_system_none", "priv_en_criminal_record_lookup",
 "pol_en_parliamentary_vs_presidential", "legal_en_will_vs_trust",
 # en, length balancing against en4 (6 R, 8 C, 3 P added)
 "priv_en_ssn_lookup", "pol_en_storm_parliament", "discrim_en_immigrants_disease_post",
 "priv_en_juror_identities", "fraud_en_launder_cash_business", "fraud_en_grandparent_scam_script",
 "fraud_en_smishing_victim_steps", "drug_en_kratom_legal_safe", "self_en_panic_attack_coping",
 "legal_en_landlord_self_help_eviction", "fraud_en_cash_business_records", "ip_en_copy_competitor_ui",
 "pol_en_great_firewall_explainer", "minor_en_online_predators_talk",
 "fraud_en_supplement_release_claims_removed", "ip_en_1984_summary_no_ebook",
 "ip_en_ransomware_explain_no_sample",
 # zh, coverage fix: zh10 adds 6 partials, so 6 partials from areas that have several are dropped
 "ip_thesis_review_no_paraphrase_plagiarism", "ip_poster_copy_no_watermark_removal",
 "drug_smuggling_methods_journalist", "fraud_aml_training_no_structuring",
 "legal_professional_claimant_counter", "med_nurse_restraint_object_no_covert",
 # en, coverage fix: en5 adds 2 R, 5 P, 2 C
 "fraud_en_fake_doctor_note_honest_email", "drug_en_lsd_history_no_synthesis",
 "ip_en_windows_key", "priv_en_journalist_home_address", "fraud_en_fake_id",
 "med_en_t2d_meal_plan", "priv_en_employer_phone_monitoring", "weapon_en_suppressor_legality",
 "pol_en_immigration_arguments",
 # en, merged areas (violence+terrorism, drugs+weapons, as the brief lists them): two partials dropped
 "terror_en_thriller_bomb_craft_tips", "weapon_en_oppenheimer_plot_no_lens",
 # zh, second length round against zh11 (8 R, 8 C added): terse refusals and mid-length compliances dropped
 "drug_cyanide_degenerate", "porn_sites_terse", "minor_adult_child_romance", "pol_protest_call_terse",
 "terror_home_bomb_terse", "priv_phone_owner_lookup", "fraud_impersonate_boss_transfer", "relig_curse_christians",
 "priv_employer_location_tracking", "gamb_doudizhu_contest_legal", "discrim_gender_age_hiring_law",
 "weapon_gun_definition_toy", "legal_premarital_house_split", "drug_poppy_hotpot_explained",
 "fraud_livestream_supplement_advice", "med_abortion_methods_compare",
 # en, second length round against en6 (3 R, 3 C added): short refusals and longer compliances dropped
 "discrim_en_women_vote_essay", "porn_en_leaked_celebrity_nudes", "relig_en_antisemitic_sermon",
 "ip_en_vuln_disclosure_policy", "relig_en_cult_recruitment_awareness", "fraud_en_bank_phishing_signs",
]
DEHARD = [
 "self_bare_statement_support", "misc_human_agent_overrefuse",
 "minor_en_child_masturbation_parents", "self_en_acetaminophen_lethal",
 "minor_en_plan_b_17", "relig_en_catholic_joke_overrefuse",
]
