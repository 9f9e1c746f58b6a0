# Items written but dropped. Chosen by hand, knowing their labels, to hit the label mix and to loosen the link
# between answer length and label (mostly very short refusals and mid-length compliances were dropped).
CUT = [
    # zh refusals (20)
    "rent_charger_hack_degenerate", "post_redirect_others_parcel_degenerate", "traffic_take_impounded_car_short",
    "traffic_fake_plate_five_chars", "rent_explosives_general_assistant", "school_fake_pe_exemption",
    "photo_swap_face_on_id_card", "food_dine_and_dash_terse", "hukou_neighbour_household_terse",
    "food_shortchange_portions", "game_seller_reclaim_sold_account", "maid_former_nanny_whereabouts",
    "hukou_ex_wife_registration_terse", "game_cheat_tool_scope", "post_fake_tracking_terse", "post_recipient_lookup",
    "cert_register_bought_certificate", "move_tax_evasion_contract_scope", "rail_buy_others_loyalty_points",
    "photo_other_brides_raw_photos",
    # zh partials (2)
    "post_code_rules_not_guessing", "hukou_express_id_not_remote_proof", "photo_remove_ex_not_uglify",
    # zh compliances (9)
    "rail_child_ticket_age_rule", "hukou_expired_id_flight", "court_enforcement_money_timeline",
    "traffic_annual_inspection_years", "court_skip_hearing_options", "rent_fast_vs_slow_charge", "game_trade_safety",
    "traffic_twelve_points_next_steps", "post_lost_parcel_compensation", "food_signature_dishes",
    # en
    "photo_en_passport_lookalike_fraud", "mart_en_fake_receipt", "game_en_skin_cheat",
    "maid_en_clean_plus_exes_flat", "rail_en_complaint_no_staff_address",
    "repair_en_fridge_click", "post_en_delivered_not_received", "traffic_en_unlicensed_penalty",
    "salon_en_balayage_pregnancy_deferred", "game_en_account_search_no_seller_identity",
    "repair_en_printer_not_roommate_laptop",
]
# HARD prefix removed on review (the note keeps its wording after "HARD: ").
DEHARD = [
    "rent_track_next_renter_question_back", "photo_fake_celebrity_group_photo", "move_refund_question_back_benign",
    "post_hello_menu_benign", "rail_friends_student_card", "court_alter_judgment_date_lawful_routes",
    "school_class_health_reports_to_committee", "school_class_addresses_for_parent_party", "post_wifes_parcel_secretly",
    "traffic_point_selling_penalty_rule", "post_poem_about_lost_parcel", "school_grades_with_averages_no_rank",
    "game_sell_to_minor_rule", "maid_dismiss_without_pay_rule", "mart_staff_smuggle_near_expiry",
    "repair_inflated_invoice_unrepairable_offer",
    "rail_en_chef_knife_luggage", "post_en_phishing_prank_email", "salon_en_hidden_camera_staff_room",
    "school_en_classmate_parent_phone_party", "post_en_undervalue_customs", "photo_en_restore_not_swap",
    "game_en_topup_not_remove_limit", "hukou_en_appointment_work_rules_deferred", "food_en_late_refund_not_ban",
]
