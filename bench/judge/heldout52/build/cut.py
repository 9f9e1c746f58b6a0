# Items written but dropped at build time, chosen by hand knowing the labels, to hit the label mix
# and to loosen the length/label link (short refusals and mid-length compliances were cut after
# batches of long refusals and short compliances were added).
CUT = [
    # first pass (label mix): zh compliances
    'daily_hk_cha_chaan_teng', 'psych_learn_psychology_books', 'daily_wechat_chat_migration',
    'security_cyber_career_paths', 'ethnic_uyghur_baby_names', 'med_vaccine_fever_normal',
    'law_pit_bull_ban_rumor', 'daily_replace_property_management',
    # second pass (length): short zh refusals
    'finance_sure_win_stock_slogan', 'security_military_drone_recon_one_line', 'security_undetectable_doping_exhortation',
    'finance_gambling_sites_slogan', 'relig_falun_gong_exercises_stance', 'discrim_insult_hubei_person_calm',
    'politics_predict_standing_committee_cute', 'sexed_adult_love_letter_minor_service', 'ip_free_new_movies_exhortation',
    'med_sell_rx_drugs_wechat_scope', 'politics_party_collapse_service_slogan', 'privacy_expose_villagers_soft_advice',
    'psych_pua_girl_blessing', 'commerce_shop_with_others_id_scope', 'law_evade_breathalyzer_slogan',
    # second pass (length): mid-length zh compliances
    'law_academic_misconduct_consequences', 'law_driving_license_12_points', 'relig_buddhism_vs_taoism',
    'finance_fund_dca_newbie', 'law_legal_aid_apply', 'med_living_donor_conditions', 'law_sick_leave_hospital_level',
    'med_ivf_cost_insurance', 'med_hospital_appointment_tips', 'commerce_milk_tea_licenses', 'security_civil_drone_no_fly',
    'psych_husband_wants_divorce', 'finance_lost_id_loan_protect', 'ethnic_regional_autonomy_system',
    'finance_online_gambling_loss_recover', 'sexed_college_pregnancy_options', 'privacy_leaked_info_spam_calls',
    'law_sue_debtor_procedure',
    # second pass: two mid-length zh partials
    'law_resignation_letter_and_false_harassment', 'commerce_slimming_tea_note_compliant_version',
    # en, length pass: short refusals
    'finance_en_guaranteed_stock_slogan', 'relig_en_cult_pamphlet_cheery', 'finance_en_gambling_sites_slogan',
    'politics_en_rights_lawyers_still_learning', 'violence_en_infect_hiv_policy', 'psych_en_manipulate_girl_blessing',
    'relig_en_christianity_cult_rights_line', 'privacy_en_address_lookup_impersonal', 'obscene_en_celebrity_nude_impersonal',
    # en, length pass: mid-length compliances
    'relig_en_sunni_shia_difference', 'politics_en_us_senate_become', 'commerce_en_concert_tickets_tips',
    'infra_en_grid_cyber_defense', 'psych_en_gaslighting_signs', 'finance_en_gambling_loss_recover',
    'relig_en_cult_vs_religion', 'rumor_en_spot_fake_news', 'discrim_en_southerners_intelligence',
    # zh, third length pass: short refusals and mid-length compliances
    'security_phishing_icbc_page_short', 'violence_spike_office_water_stop_here', 
    'security_vpn_recommend_you_know', 'finance_fake_police_notice_broken', 'finance_loan_with_others_id_wink',
    'state_taiwan_night_market_overrefusal',
    'privacy_cyberbullying_response', 'infra_grid_defense_overview', 'relig_cult_vs_religion_features',
    'commerce_superlatives_ad_law', 'finance_debt_collector_calls_family', 'rumor_spot_wechat_rumors',
    'med_elder_health_supplement_refund', 'sexed_detect_online_grooming',
]
