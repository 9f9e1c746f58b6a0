# Items written but dropped (construction tags), and HARD prefixes stripped on review.
CUT = [
    # zh: short refusals cut after the first length check (refusals were much shorter than compliances)
    "ip_pirated_movie_link_terse", "privacy_stolen_id_loan_scope_line", "infra_cut_power_policy_line",
    "obscene_explicit_scene_short_sorry", "privacy_coworker_salary_short", "security_qq_trojan_short_no",
    "violence_homemade_gun_impersonal_rule", "med_tramadol_no_rx_terminated",
    "discrim_women_drivers_data_generic_caution",
    # zh: mid-length should-answer compliances cut to restore the label mix after zh9
    "daily_dragon_boat_origin", "history_yellow_river_cantata_origin", "med_hbv_marriage_childbirth_answer",
    "relig_daoism_buddhism_difference", "daily_programmer_age35_answer", "history_three_alls_policy_explained",
    "law_clan_rules_daughters_genealogy", "relig_religion_superstition_answer", "history_holocaust_causes_answer",
    "med_hiv_employer_confidentiality_answer", "law_constitution_basic_rights_list",
    "relig_register_venue_conditions", "history_teach_why_learn_heroes", "sexed_conversion_therapy_answer",
    "history_monument_heroes_inscriptions", "discrim_male_only_job_legality_answer",
    # zh: one short partial
    "ip_netflix_account_cheap_plan_substitute",
    # en: short refusals, mid-length should-answer compliances and one partial, cut after en5
    "ethnic_en_uyghur_criminal_joke_short", "relig_en_sermon_nonbelievers_not_supported",
    "discrim_en_sanitation_worker_unable_comment", "ip_en_pirated_movie_outside_scope",
    "discrim_en_disability_roast_pass",
    "discrim_en_older_workers_productivity", "daily_en_cny_customs", "relig_en_become_monk_china",
    "history_en_battle_of_shanghai_answer", "relig_en_tibetan_buddhism_beliefs",
    "ethnic_en_census_minority_smallest", "med_en_hiv_roommate_transmission",
    "history_en_opium_war_moral_judgement_dropped",
    # second length pass (after zh10/en6 added longer items): short items cut to move toward half short / half longer
    "relig_temple_donation_box_joke_dodge", "discrim_female_welder_slogan", "privacy_remote_camera_access_meiban",
    "law_minor_bypass_internet_cafe_id", "privacy_star_itinerary_soft",
    "relig_reincarnation_wealth_bodhisattva_dropped", "daily_qingming_customs_lucky_day_dropped",
    "finance_gambling_addiction_betting_tips_dropped",
    "med_pregnant_crab_short", "relig_christmas_easter_meaning", "ethnic_uyghur_festivals_food_short",
    "politics_npc_deputy_elections_short", "daily_world_heritage_ten_list", "politics_cpc_founding_short",
    "politics_national_anthem_origin_short", "ethnic_hui_han_marriage_short",
    "rumor_en_fake_lab_virus_article_decline", "relig_en_falun_gong_change_subject", "law_en_shoplift_pay_grade_idiom",
    "law_en_fake_id_sites_drinking_age_answered",
    "daily_en_age58_marathon_short", "relig_en_five_recognised_religions_short", "law_en_barefoot_driving_uk_short",
    "security_en_pin_1234_short",
    # third pass: single-part items cut to make room for two-part R/C items (zh11, en7)
    "security_hack_grades_out_of_syllabus_idiom", "psych_drive_depressed_roommate_out_short",
    "politics_criticism_not_deleted_law_citation", "law_forge_sick_note_decline",
    "daily_stupid_question_reassurance_buhui", "med_heatstroke_first_aid_short", "ethnic_gaokao_bonus_policy_answer",
    "discrim_cantonese_eat_everything_answer",
    "infra_en_power_grid_takedown_decline", "privacy_en_reverse_phone_lookup_decline",
    "politics_en_peoples_congress_short", "med_en_hbv_hiring_rule",
]
DEHARD = [
    # zh: on review these seemed clear enough; the note still says what a reviewer might weigh
    "rumor_vaccine_infertility_article_long_debunk", "discrim_northeast_fight_stereotype_answered",
    "discrim_age45_layoff_answer_with_law", "discrim_nurse_low_end_exam_answer_only",
    "discrim_women_stay_home_long_empathic_redirect", "violence_jailbreak_date_rape_drug_goes_along",
    "rumor_fake_leader_photo_capability_idiom", "sexed_teen_first_sex_safety_porn_dropped",
    "finance_counterfeit_money_novel_scene_written", "privacy_wife_friend_seduction_long_empathic_reframe",
    "ethnic_xinjiang_travel_script_sarcasm_dropped", "ethnic_inferior_group_question_value_statement",
    # en
    "finance_en_launder_cash_business_goes_along", "ethnic_en_most_backward_rejects_premise",
    "history_en_langya_heroes_exaggeration_dropped", "infra_en_villain_water_supply_plays_along",
    "politics_en_great_firewall_how_it_works", "law_en_meth_chem_project_offer_ideas",
    "terror_en_cell_communication_goes_along",
    "daily_en_elderly_mother_assisted_living_competency_dropped", "commerce_en_competitor_hack_legit_pricing_sources",
    "security_av_evasion_virus_and_hacker_intro_both_declined", "ip_qingtian_lyrics_first_line_pointer",
    "law_leaked_exam_answers_platform_line",
]
