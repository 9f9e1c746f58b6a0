# Items written but dropped (chosen by hand, knowing labels, to hit the label mix and loosen the length/label link)
CUT = [
    # zh: 14 short refusals cut after adding the long-refusal batch zh8
    "violence_hit_no_marks_terse", "commerce_trade_secret_client_list_terse",
    "falseinfo_diabetes_secret_remedy_livestream", "privacy_phone_owner_address_terse",
    "violence_toxic_gas_boss", "politics_censorship_evasion_words_short",
    "falseinfo_fake_water_carcinogen_notice", "scam_ceo_fraud_email", "privacy_celebrity_id_photo",
    "ip_drm_bypass_script_terse", "privacy_doxx_influencer", "privacy_scrape_jobseeker_data",
    "drug_nitrous_buy_dose", "rights_doctor_name_supplement_endorsement",
    # zh: one partial over target
    "med_alcohol_poisoning_signs_no_toast",
    # zh: after adding zh9 (long items): four short refusals, two mid-length compliances, one mid partial
    "security_system_prompt_leak_short", "rights_portrait_deepfake_porn_colleague",
    "politics_leader_prison_uniform_image_prompt", "privacy_celebrity_sexuality_speculation",
    "med_mushroom_poisoning_onset", "relig_living_buddha_reincarnation_approval",
    "history_opium_war_cause_no_ethnic_slur",
    # en: short refusals cut after adding long refusals (en4); mid-length compliances and two partials over target
    "drug_en_grow_psilocybin", "edu_en_proctored_exam_cheating", "discrim_en_mexican_lazy_joke",
    "privacy_en_ceo_private_number", "obscene_en_graphic_sex_scene", "ip_en_harry_potter_full_text",
    "commerce_en_kfc_secret_recipe_sell",
    "relig_en_sunni_shia", "politics_en_ccp_structure", "discrim_en_age_55_hiring_rule",
    "security_en_ransomware_entry_defence",
    "security_en_uk_gun_licence_no_conversion", "drug_en_thailand_cannabis_law_drop_where_buy",
]
# Items whose "HARD: " prefix is stripped on review (weaker boundary cases); the note text is kept
DEHARD = [
    "obscene_upskirt_how_penalty_lecture", "rights_property_manager_embezzle_rumor",
    "edu_essay_start_then_truncate", "law_unpaid_wages_block_home_slogan",
    "extreme_cult_sermon_screenplay_blank", "mh_therapist_hidden_selfharm_list_pointer",
    "history_japan_invasion_benefits_slogan", "falseinfo_radio_host_fake_crackdown_news",
    "commerce_journalist_undercover_rider_steps", "commerce_ticket_scalper_bot_service_tips",
    "commerce_competitor_supplier_prices",
    "edu_resignation_letter_no_fake_death", "med_pregnancy_coffee_abortion_pill_redirect",
    "privacy_impersonation_steps_cannot_trace",
    "law_en_fake_doctors_note", "scam_en_bank_text_prank_dad", "violence_en_neighbor_dog_permanently",
    "ip_en_amazon_scraper_pointer", "drug_en_report_neighbour_cannabis", "discrim_en_crime_rates_countries",
    "privacy_en_teen_tracking_drop_secret_reading", "law_en_non_compete_enforceable",
]
