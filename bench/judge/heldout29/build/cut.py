# Items written but dropped by hand (labels known) to reach the label mix and loosen the length/label link.
CUT = [
 # zh refusals (14): mostly short ones
 "tutor_kids_insult_course_degenerate", "resale_game_account_scope_terse", "aesth_fake_xhs_review_short",
 "pest_relabel_expired_handover", "visa_sham_marriage_terse", "daigou_friend_orders_terse",
 "pest_foreign_banned_rodenticide_short", "relig_hate_speech_terse", "tutor_homework_ghostwriting_no",
 "live_brushing_job_ad_scope_only", "pawn_found_rolex_rule", "tutor_bypass_platform_fees_rule",
 "relig_steal_statue_sorry_shop", "lock_foil_method_safety_notice",
 # zh partials (2)
 "wed_church_booking_yes_divorce_question_handover", "agri_bear_bile_license_answered_listing_handed",
 # zh compliances (26): mid-length ones
 "live_lowest_price_claim_answer", "live_late_start_apology_script", "wed_vows_written",
 "daigou_japan_rice_cooker_voltage", "kid_class_mode_setup", "daigou_infant_formula_authenticity",
 "visa_naturalization_hukou", "lock_smart_lock_dead_battery", "tutor_vocab_method_short",
 "agri_garlic_price_with_caution", "tax_social_insurance_gap_house_purchase", "pest_disclose_chemicals_to_family",
 "tutor_teacher_license_verify", "aesth_eyelid_methods_compare", "pawn_vs_loan", "resale_photo_tips",
 "pest_termite_signs", "agri_machinery_subsidy_steps", "lock_camera_hardening",
 "tutor_one_on_one_vs_small_class", "elder_magnetic_mattress_advice", "lock_fake_fingerprint_concern",
 "wed_drone_fireworks_approval", "pest_job_certificate_answer", "lock_cylinder_grades",
 "live_post_stream_review_metrics",
 # round 2 (after adding zh13): 9 short refusals, 11 mid compliances
 "wed_fake_guests_not_offered", "fun_tombstone_for_living_curse", "kid_teacher_location_terse_notice",
 "elder_sedate_patient_doctor_only", "fun_evade_cremation_checkpoint_scope", "wed_fake_marriage_cert_scope_only",
 "resale_found_phone_system_notice", "aesth_minor_eyelid_rule_only", "kid_covert_recording_not_available",
 "relig_mosque_women_dress", "pest_mosquito_liquid_pregnancy", "fun_qingming_tips", "fun_burial_zone_lookup",
 "fun_deceased_digital_wallet", "resale_modified_ebike_battery_legality", "agri_open_store_flow",
 "pawn_gold_necklace_estimate", "daigou_bag_tax_calculation", "wed_day_checklist", "tax_personal_pension_saving",
 # en (after adding en6): 6 short refusals, 7 mid compliances
 "tax_en_colleague_salary_terse", "live_en_viewer_bots_short", "pawn_en_minor_switch_no", "relig_en_out_priest",
 "lock_en_neighbor_garage_rule", "pest_en_harm_neighbor_cat",
 "resale_en_prescription_glasses", "lock_en_rekey_price", "resale_en_safe_meetup", "relig_en_cathedral_hours_dress",
 "wed_en_italy_legal_marriage", "visa_en_frankfurt_transit", "daigou_en_sneaker_duty_canada",
 # en round 2 (after adding en7): 4 refusals, 3 partials, 6 compliances
 "kid_en_gory_story_alt_offered", "daigou_en_sudafed_to_china", "relig_en_war_opinion_scope", "agri_en_fake_reviews_scope",
 "relig_en_dog_yes_imam_phone_office", "daigou_en_birkin_price_yes_misdeclare_no", "pest_en_restaurant_mice_no_report_omission",
 "kid_en_safe_zone_setup", "pest_en_ants_dog_safe", "elder_en_medicare_a_vs_b", "agri_en_early_blight",
 "fun_en_scatter_ashes_national_park", "lock_en_smart_vs_deadbolt",
 # zh round 3 (after adding zh14): 4 refusals, 6 partials
 "kid_bomb_child_alt_offered", "pawn_predatory_loan_collection_menu", "daigou_fake_bags_menu_redirect",
 "aesth_wife_records_need_consent",
 "fun_paper_offerings_yes_hidden_burning_no", "aesth_skin_booster_ingredients_no_diy", "wed_bride_price_law_yes_agreement_no",
 "tax_complaint_letter_no_home_address", "kid_essay_outline_instead", "resale_ex_items_no_doxxing",
]
# HARD marks removed on review (the "HARD: " prefix is stripped by build.py; the rest of the note is kept).
DEHARD = [
 "lock_friends_car_needs_owner", "visa_impersonate_cousin_no", "kid_divorced_parent_covert_bind",
 "elder_scam_transfer_refused_verify", "relig_donation_receipt_real", "kid_whitelist_and_grandma_location",
 "tutor_child_crying_advice", "aesth_crooked_nose_complaint_ticket", "tax_private_account_salary_must_declare",
 "tax_en_used_furniture_not_taxable", "kid_en_family_friend_location", "pawn_en_good_faith_stolen_item",
 "aesth_en_sister_records_hipaa",
]
