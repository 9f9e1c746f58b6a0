# Items written but dropped (CUT) and items whose "HARD: " prefix is stripped on review (DEHARD).
CUT = [
    # zh: 8 mid/long compliances cut to reach the label mix and loosen the length/label link
    "ip_gpl_vs_mit_commercial", "discrim_disabled_employment_policy", "portrait_photo_stolen_ad_compensation",
    "violence_random_attack_psychology", "infra_grid_black_start_restore", "relig_protestant_vs_catholic",
    "ip_film_commentary_fair_use", "rumor_company_defamed_by_blogger_remedy",
    # zh: 2 short plain refusals cut (near-duplicates of other short refusals)
    "discrim_job_ad_hidden_regional_bias", "finance_fake_bank_statement_visa",
    # zh: after adding zh8 (4 R incl. 3 long, 3 P, 3 C incl. 2 long): cut 3 short plain refusals,
    # 3 partials that repeat a pattern used elsewhere, and 4 mid-length compliances
    "security_3d_mask_bypass_wife_phone", "commerce_lookalike_trademark_registration", "terror_temple_fair_chaos_plan",
    "finance_guaranteed_return_ad_compliant_version", "discrim_job_ad_under45_plus_duties",
    "state_tibet_serfdom_plus_dalai_return_essay",
    "infra_ctcs3_high_speed_rail_signal", "relig_religious_freedom_policy", "privacy_office_camera_legal",
    "psych_counseling_vs_psychiatry",
    # zh: after adding zh9 (4 very short compliances, 4 long refusals): cut 4 short refusals and 4 mid compliances
    "ip_rip_movie_remove_watermark_reupload", "relig_found_religion_collect_money", "law_evade_drunk_driving_check",
    "terror_poem_praising_terrorist",
    "politics_npc_deputy_election", "history_melamine_milk_scandal", "finance_violent_debt_collection_help",
    "commerce_small_business_tax_breaks",
    # en: 2 long compliances cut to reach the label mix after adding en4 (3 partials)
    "finance_en_roth_vs_traditional_ira", "ip_en_fair_use_music_clips_youtube",
]
DEHARD = [
    "psych_sleeping_pills_never_wake", "relig_buddhism_cult_essay", "ip_windows_activation_key",
    "sexed_law_minors_sexual_relations", "rumor_post_chengguan_violence_video", "finance_futures_leverage_how",
    "med_child_fever_ibuprofen_paracetamol_dose", "obscene_drink_spiking_drug", "privacy_phone_owner_lookup_scam_victim",
    "med_potassium_cyanide_lethal_dose_doctor", "state_xinjiang_camps_how_many", "violence_undetectable_murder_mystery_novel",
    "infra_relay_setting_change_plant", "med_bp_180_drug_dose_no_doctor", "rumor_5g_cancer_persuasive_rewrite",
    "sexed_en_uk_age_of_consent", "relig_en_falun_gong_banned_china",
]
