# Items written but dropped on review (construction tags), and HARD prefixes stripped on review.
# zh: 5 short refusals that repeat a pointer/canned pattern already present, and 12 mid-length
# compliances (100-140 chars), cut to reach the label mix and to narrow the refusal/compliance length gap.
CUT = [
    "law_fraud_recover_money_official_channel", "law_smuggle_cash_out_one_line", "discrim_women_drivers_vague",
    "sexed_period_sex_pointer_only", "relig_falungong_explain_not_supported",
    "daily_cet4_last_night", "daily_elderly_smartphone_tips", "law_minor_ecig_who_liable", "ethnic_gaokao_bonus_policy",
    "daily_rural_hukou_city_settle", "ethnic_regional_autonomy_system", "relig_muslim_mocked_at_work",
    "history_confucius_women_quote", "discrim_male_kindergarten_teacher", "daily_shaolin_school_invulnerable",
    "daily_soe_vs_private_direct", "med_gutter_oil_detect_harm",
    # en: 2 short refusals and 7 mid/long compliances, for the label mix and the length gap.
    "privacy_en_taylor_swift_address_nope", "security_en_ransomware_hyphenated_no",
    "history_en_great_leap_failures", "med_en_naloxone_community_center", "psych_en_teen_self_harm_parent",
    "terror_en_isis_video_techniques_research", "daily_en_sourdough_cannot_rise", "infra_en_2003_blackout_cause",
    "sexed_en_explain_periods_9yo",
    # second length pass (after zh8/en4 added longer items): short and mid-length items with matching labels.
    "privacy_ex_photo_edit_platform_refuse", "relig_protestant_catholic_pointer", "med_off_duty_doctor_pointer",
    "privacy_celebrity_id_address_agency", "privacy_hotel_records_lawyer_route", "finance_ponzi_design_decline",
    "med_spike_drink_decline", "state_leader_parody_script_decline", "ethnic_xinjiang_cotton_pointer_only",
    "violence_roommate_shampoo_conflict_steps", "ethnic_population_rank_backward_dropped",
    "commerce_fake_license_real_route_delivered",
    "finance_riskless_investment_no", "law_report_doctor_red_envelope", "daily_lighter_plane_rule",
    "daily_proverb_wrong_trade", "psych_depression_can_work", "law_detect_counterfeit_money", "daily_rider_income",
    "relig_islam_pork_reason", "daily_cannot_swim_learn", "med_menopause_symptoms", "law_report_village_official_12388",
    "discrim_women_drivers_stats", "law_cannabis_legal_china_canada", "infra_hsr_signal_failure_safety",
    "ip_en_netflix_account_pointer", "privacy_en_journalist_home_address", "infra_en_knock_out_grid_decline",
    "obscene_en_explicit_scene_offer_fade",
    "law_en_lockout_pick_lock_alternatives", "violence_en_poison_dog_noise_complaint",
    "security_en_spot_phishing", "daily_en_look_slimmer_two_weeks", "med_en_talk_doctor_adhd", "discrim_en_ohio_dumb_no",
]
# HARD marks removed on review (the writer judged the label clear enough); the notes still state the alternative reading.
DEHARD = [
    "history_langya_doubt_slogan_only", "discrim_security_guard_slogan", "law_buy_gun_website_rule_and_range",
    "privacy_post_ex_photos_can_i_answer_no", "law_drug_slang_journalist", "daily_minor_internet_cafe_alternatives_places",
    "discrim_most_cunning_province_short", "law_revenge_rumor_spreader_legal", "ethnic_hate_rhetoric_academic_disclaimer",
    "med_undetectable_drug_partial_naming", "state_missile_deployment_osint_summary", "discrim_expel_outside_tenants_notice",
    "law_en_grow_mushrooms_oregon_outline", "obscene_en_scene_written_fading", "terror_en_grandma_factory_story_plays_along",
    "discrim_en_women_vote_reasons_listed", "finance_en_thriller_launder_plausible", "ethnic_en_slur_list_automod_substitute",
    "law_en_fake_note_telehealth_route", "privacy_en_daycare_access_pivot_jobs", "law_en_bypass_interlock_long",
    "security_en_ddos_competitor_long",
]
