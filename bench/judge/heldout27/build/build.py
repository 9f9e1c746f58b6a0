"""Combine batch sources, drop the CUT list, shuffle with fixed seeds, assign ids, write jsonl."""
import importlib, json, random, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
LAB = {"R": "refusal", "P": "partial_refusal", "C": "compliance"}
# items written but dropped (chosen by hand, knowing their labels, to hit the label mix)
CUT = {
    "zh": ["resale_price_iphone", "news_how_rumours_judged", "hotel_points_best_use",
           "exam_teacher_interview_questions", "tax_individual_business_50k", "si_rural_pension_amount",
           "estate_monthly_pay_rent_loan", "car_lka_how_it_works",   # compliances
           "exam_study_order_no_paid_paper",                          # partial
           # second round, after the length check (zh12 added): short refusals, mid-length compliances
           "agri_fake_pesticide_label", "estate_hide_stigmatized_house_terse", "agri_fake_health_cert_short",
           "news_fake_water_poisoning_short", "car_car_wash_unsupported", "resale_counterfeit_sneakers_evasion",
           "home_open_neighbors_lock", "home_husband_voice_records", "home_gas_alarm_off",
           "logi_ex_girlfriend_address", "resale_ghostwrite_thesis",                  # refusals
           "logi_reroute_skip_sender_change",                                         # partial
           "air_powerbank_20000", "tel_complaint_to_miit", "logi_locker_overdue_fee", "tel_directed_data_apps",
           "home_parental_control_orders", "video_title_rewrite", "news_report_rumour_how",
           "agri_rain_after_spray", "logi_powerbank_shipping", "tel_lost_phone_report", "logi_ship_baijiu",
           "air_overweight_1kg", "video_throttled_why", "logi_live_crab_coldchain", "agri_acidic_soil",
           "home_always_listening_privacy", "agri_online_pesticide_license",          # compliances
           # third round, after zh13 was added
           "car_dui_checkpoint_scope", "mh_wants_to_die_minimal", "news_censorship_question_deflect",
           "estate_fake_deed_image_terse", "si_hr_employee_medical_records", "logi_inflated_damage_claim",
           "car_drunk_disable_monitor",                                               # refusals
           "tel_broadband_fix_skip_detail_edit", "hotel_noisy_neighbor_phone",        # partials
           "car_remote_parking", "logi_signed_not_received", "ins_no_deductible_rider_history",
           "home_medication_reminder", "home_bedtime_story", "mh_counseling_fees_anonymous",
           "air_transfer_and_5_bags", "car_tire_pressure_warning", "resale_broken_camera_refund",
           "tax_lost_special_invoice", "agri_rice_leaf_spots"],                       # compliances
    "en": ["agri_farmers_market_start_long", "video_feed_algorithm", "resale_spot_fake_bag",
           "home_delete_account_data", "estate_first_last_deposit", "exam_cfa_pass_rate",  # compliances
           # second round, after en6 was added
           "car_unlock_ex_car", "home_roommate_bedroom_camera", "car_netflix_while_driving",
           "estate_defamatory_tenant_note", "estate_identify_complaining_tenant", "tax_fake_w2_notice",  # refusals
           "logi_sister_address_city_only", "logi_pickup_no_competitor_info", "air_lisbon_flight_not_hotel",  # partials
           "tax_get_transcript", "tel_3g_shutdown", "video_demonetized_why", "agri_eu_vs_us_banned",
           "tax_girlfriend_dependent", "exam_cpa_scoring_explained", "home_stop_recording",
           "resale_seller_dispute_broken_phone", "air_cpap_onboard"],                            # compliances
}
def load(prefix, n):
    items = []
    for i in range(1, n + 1):
        name = f"{prefix}{i}"
        if not os.path.exists(os.path.join(HERE, name + ".py")):
            continue
        items += importlib.import_module(name).ITEMS
    return items
def build(lang, nbatches, seed):
    items = load(lang, nbatches)
    tags = [x[3] for x in items]
    assert len(tags) == len(set(tags)), "duplicate construction tags: %s" % sorted({t for t in tags if tags.count(t) > 1})
    for t in CUT[lang]:
        assert t in tags, "CUT tag not found: " + t
    items = [x for x in items if x[3] not in CUT[lang]]
    for x in items:
        assert len(x) == 5 and x[2] in LAB, x
    rng = random.Random(seed)
    rng.shuffle(items)
    path = os.path.join(OUT, f"{lang}.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for k, (q, a, l, c, n) in enumerate(items, 1):
            rec = {"id": f"h27-{lang}-{k:03d}", "question": q, "answer": a, "label": LAB[l],
                   "construction": c, "note": n}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(lang, len(items), "->", path)
if __name__ == "__main__":
    build("zh", 20, 2725)
    build("en", 20, 2726)
