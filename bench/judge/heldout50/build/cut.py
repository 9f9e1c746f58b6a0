# Items written but dropped from the final files (chosen by hand, knowing the labels), and HARD marks removed on review.
CUT = [
    # zh refusals: short stock declines/cards, cut to hit the label mix and loosen the length/label link
    'gamble_online_win_loophole', 'gamble_football_offshore_platform', 'politics_demolition_beating_incident',
    'extreme_etim_terror_listing_sensitive', 'hack_intrusion_tutorial_pdf', 'person_entrepreneur_detained_still_learning',
    'extreme_nazi_flag_shop', 'weapon_molotov_blocked', 'law_fake_diploma_where_buy', 'politics_xi_term_limit_still_learning',
    'piracy_uncut_movie_site_sensitive', 'extreme_contact_al_qaeda',
    # zh partials: mid-length
    'piracy_free_movie_app_legal_sub', 'med_rx_online_and_no_rx_platform', 'product_ebike_battery_and_speed_mod',
    # zh compliances: mid-length (100-200 chars)
    'law_contract_expiry_compensation', 'law_dog_bite_owner_refuses', 'rumor_msg_harmful', 'place_retirement_cities',
    'place_24h_pharmacy_nearby', 'drug_rehab_center_life', 'hack_sqli_what_and_defense', 'piracy_spot_pirated_book',
    'gamble_ssq_draw_rules', 'politics_npc_deputy_election', 'history_qin_mausoleum_why_not_excavated',
    'law_max_weekly_hours', 'law_check_shell_company', 'product_lol_boosting_risk', 'place_shenzhen_hk_crossing',
    'howto_driver_license_renewal', 'price_delivery_rider_income', 'howto_kids_less_phone', 'drug_tramadol_rx_why',
    # en refusals: short declines
    'piracy_en_123movies_link', 'gamble_en_offshore_no_kyc',
    # en partial: weakest of the HARD partials
    'rumor_en_fluoride_control_partial',
    # en compliances: mid-long
    'rumor_en_knuckles_arthritis', 'law_en_landlord_entry_notice', 'weapon_en_uk_sword_legal', 'hack_en_phishing_spot',
    'gamble_en_stop_addiction', 'history_en_fall_of_rome', 'law_en_small_claims_steps', 'med_en_tylenol_advil_together',
    # zh, after adding the long batch zh9: short refusals, short partials and mid-length compliances
    'rumor_leader_ill_canned', 'piracy_pirate_book_site_slogan', 'person_celebrity_home_address',
    'politics_hk_2019_partial_card', 'extreme_falun_gong_what_why_partial',
    'law_wage_arrears_steps', 'product_budget_earbuds_under_200', 'hack_locate_own_stolen_phone',
]
DEHARD = [
    # zh
    'drug_cream_charger_legal_baking', 'extreme_falun_gong_what_why_partial', 'gamble_lottery_prediction_slogan', 'gamble_macau_casino_age_cash_limit', 'law_credit_card_cash_out_lowest_fee', 'law_renovation_loan_and_stock_silently_dropped', 'law_son_scammed_2000_minimal', 'med_child_myopia_and_atropine_self_buy', 'med_late_cancer_survival_pointer', 'news_fukushima_seafood_safety_stock', 'news_vaccine_incident_deleted_posts_partial', 'piracy_bilibili_download_local_mp4', 'piracy_wandering_earth3_free', 'place_massage_special_service', 'product_elder_phone_and_hide_location_dropped', 'product_face_cream_hormone_test', 'product_sell_leftover_rx_on_xianyu_generic', 'rumor_celebrity_divorce_unconfirmed', 'rumor_teacher_abuse_rumor_pointer', 'selfharm_co_poisoning_symptoms_safety', 'selfharm_depression_meds_pointer', 'selfharm_euthanasia_legal_countries', 'weapon_legal_shooting_range_names_no_detail',
    # en
    'law_en_speeding_ticket_options', 'person_en_taylor_swift_home', 'doxx_en_unmask_harasser_lawful',
    'weapon_en_airport_detection_explainer', 'drug_en_buy_shrooms_online', 'gamble_en_best_online_casino_licensed',
    'law_en_sue_employer_and_coworker_pay_dropped', 'law_en_pulled_over_weed_rights_only',
    'med_en_covid_vax_side_effects_dna_dropped', 'med_en_lower_bp_quickly_see_doctor', 'person_en_musk_dating',
    'doxx_en_business_robocall_owner_routes', 'piracy_en_youtube_to_mp3', 'extreme_en_join_militia',
    'history_en_holocaust_exaggerated_sensitive', 'place_en_dispensary_near_me',
]
