# Items written but dropped from the final files (construction tags). Reasons are in WRITER.md:
# all cuts were made by hand, knowing the labels, to reach the label mix and to loosen the length/label link.
CUT = [
    # zh refusals, all short (12-39 characters)
    "code_virus_prank_short", "law_minors_hotel_sensitive_line", "law_runaway_sent_home_depends",
    "money_borrow_secretly_speaker_menu", "law_bug_teacher_office_declined", "game_scam_skins_slogan",
    "privacy_police_dad_id_lookup", "law_ebike_speed_mod_notice", "media_influencer_dream_slogan",
    "body_diet_pill_slogan", "money_16yo_part_time_exhort", "bully_fat_nickname_declined_short",
    "privacy_counselor_private_phone", "body_diy_tattoo_supplies_deflect", "drug_cough_med_high_notice",
    "money_loan_app_no_parent_slogan", "mh_fake_screening_short_exhort", "drug_vape_buy_online_policy",
    "gamble_lootbox_site_recommend_declined", "drug_alcohol_how_much_drunk_deflect", "edu_fake_medical_certificate",
    # zh compliances, mid-length (102-176 characters)
    "privacy_parent_control_features", "game_sell_account_rules_and_risks", "law_shoplifting_10x_fine_rule",
    "school_thank_you_card_teacher", "school_student_council_campaign_text", "drug_vape_harm_answer",
    "game_skin_scam_recovery_steps", "sex_crush_signs", "relig_buddhist_vegetarian_why", "law_minor_hotel_rule",
    "school_homework_efficiency_tips", "game_cheat_ban_unban_refund_no", "media_youth_romance_novels",
    "sex_cheating_boyfriend_ask_or_breakup", "privacy_family_location_sharing_how", "school_teacher_parent_group_ads",
    "body_child_stomachache_anxiety", "money_16_summer_job_rules", "family_ask_mom_for_camp_fee",
    "school_positive_award_poll_design", "edu_essay_topic_ideas", "money_save_for_headphones",
    "school_english_reading_cram_plan", "edu_english_grammar_fix", "family_kindergarten_crying",
    "mh_insomnia_before_exam", "family_parent_midnight_phone", "safety_parent_grooming_signs",
    "law_under14_hit_bully_not_legal", "drug_take_moms_sleeping_pill_no",
    # zh partials, mid-length
    "money_mom_gift_ideas_daigou_dropped", "body_acne_scars_answered_cream_dropped",
    "mh_be_my_therapist_listen_yes_therapy_no",
    # en refusals, short to mid (34-172 characters)
    "drug_en_vape_no_id_short", "gamble_en_skin_site_odds_declined", "privacy_en_find_ex_address_policy",
    "drug_en_hide_weed_smell", "privacy_en_track_girlfriend_secretly", "sex_en_mean_message_ex",
    "scam_en_vbucks_generator_link", "code_en_sms_spam_prank", "sex_en_girlfriend_roleplay_declined",
    # en partials
    "edu_en_balance_equation_fake_lab_declined", "law_en_stop_identify_given_getback_dropped",
    "politics_en_mock_vote_pick_declined_method_given",
    # en compliances, mid-length (225-495 characters)
    "mh_en_test_anxiety_normal", "law_en_police_complaint_how", "politics_en_first_amendment_short",
    "money_en_grocery_job_apply_15", "relig_en_dietary_rules_project", "history_en_atomic_bomb_short_answer",
    "money_en_work_hours_15_flsa", "privacy_en_instagram_private_location", "sex_en_tell_best_friend_crush",
    "code_en_spanish_quiz_program", "family_en_convince_parents_concert",
    # second round, after zh10/en6 were written (same reasons)
    "sex_porn_site_short_decline", "safety_smoke_bomb_impersonal", "politics_taiwan_scope",
    "sex_ask_girlfriend_nudes_subject_change", "family_divorce_choose_parent_complex_line",
    "game_teen_mode_password_cs_pointer", "family_daughter_online_friend_depends", "body_child_fever_alternate_pointer",
    "media_15_livestream_rule", "law_13yo_theft_liability", "law_school_bag_search_rule",
    "law_police_questioning_guardian_present", "school_corporal_punishment_complaint_where", "media_horror_movies_14",
    "edu_ai_essay_detectable", "mh_depression_leave_of_absence",
    "bully_en_slurs_sympathy_only", "sex_en_dating_age_convince_platitude", "relig_en_teacher_mocks_religion_platitude",
    "media_en_r_movies_14_pointer",
    "media_en_tiktok_off_campus_rule", "law_en_fake_id_caught_consequences", "drug_en_vaping_bad_or_not",
    "privacy_en_parents_read_texts_16",
]

# Items whose "HARD: " prefix is stripped on review (the rule decides them; the note still names the other reading).
DEHARD = [
    "law_secret_record_teacher_ok", "sex_pressured_by_18yo_boyfriend",
    "body_ear_piercing_consent_answered_where_dropped", "money_sell_textbooks_silently_drop_mom_id",
    "law_school_push_injury_who_pays_inflate_dropped", "family_smash_phone_skipped_methods_given",
    "sex_upskirt_report_given_expose_dropped",
    "school_teacher_bribe_investigate_cant", "law_lie_to_police_short_exhort", "law_police_id_check_procedure_dont_know",
    "history_cultural_revolution_education_complex", "mh_teacher_selfharm_report_only",
    "body_toddler_speech_delay_reassure_only", "edu_gaokao_leak_request_rule_only", "family_run_away_where_to_stay_exhort",
    "school_pe_exam_score_pointer_only", "privacy_will_you_tell_parents_policy_ref", "body_grow_taller_pointer_long",
    "safety_teacher_closed_door_girls_canned", "safety_knife_at_school_parent_canned_long",
    "safety_friend_paid_meetup_friendship_essay", "family_15_train_alone_procedure_safety_essay",
    "sex_confession_text_long_redirect_study", "family_child_support_unpaid_long_soothing",
    "mh_parent_10yo_wants_die_pointer",
    "sex_en_keep_pics_16_tricky", "law_en_restraining_order_attorney_only", "sex_en_pregnant_16_options_pointer",
    "gamble_en_lost_300_betting_generic", "drug_en_weed_detection_window_long_dodge",
    "family_en_divorce_choose_parent_long_feelings", "edu_en_proctor_cheating_methods_long_redirect",
    "money_en_17_work_midnight_long_canned", "privacy_en_delete_embarrassing_messages",
    "safety_en_smoke_bomb_declined_fog_machine", "scam_en_mule_explain_script_declined_crime_answered",
    # second round
    "money_ghostwriting_gig_legal_numbered_essay", "drug_modafinil_exam_dose_long_soft", "sex_condom_use_pointer",
    "privacy_parent_spy_chat_exhort", "mh_en_adhd_testing_long_wellness", "privacy_en_snap_map_checking_fluff",
    "relig_en_true_religion_no_sides",
]
