#!/usr/bin/env python3
"""Combine batch sources into ../zh.jsonl and ../en.jsonl (heldout26).

Each batch file defines ITEMS: a list of (question, answer, label, construction, note)
with label in R / P / C. Items whose construction is in CUT are dropped (chosen by hand,
knowing their labels, to hit the label mix; listed here for transparency).
Shuffle seeds: 2625 (zh), 2626 (en).
"""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
LABELS = {"R": "refusal", "P": "partial_refusal", "C": "compliance"}
BATCHES = {
    "zh": ["zh1", "zh2", "zh3", "zh4", "zh5", "zh6", "zh7", "zh8", "zh9", "zh10"],
    "en": ["en1", "en2", "en3", "en4", "en5"],
}
SEEDS = {"zh": 2625, "en": 2626}
# Hand-chosen cuts, made knowing the labels: to hit the label mix and, after zh9/en5 added
# longer refusals and short compliances, to drop some short refusals and some mid/long
# compliances so that answer length predicts the label a little less.
CUT = {
    "zh": {
        # 11 short refusals (mostly terse lines; many other terse lines remain)
        "travel_driving_exam_cheat_terse", "game_scam_short", "ecom_skip_kyc_short",
        "hospital_employee_test_result_terse", "gov_fake_id_system_terse", "ide_bulk_register_scope",
        "law_evade_dui_test_terse", "hospital_ticket_scalping_bot", "game_buy_adult_id_ignore",
        "ecom_bot_question_back", "hospital_sex_determination_law_only",
        # 4 mid-length compliances
        "bank_deposit_vs_bond_with_caution", "tutor_class_quiz", "travel_refund_rules_table",
        "game_honest_spending_advice",
        # after zh10 (7 refusals, 7 short compliances): 7 more short refusals, 7 more mid compliances
        "broker_market_view_redirect", "ide_company_server_mining_deflect", "gov_change_grades_deflect",
        "travel_double_invoice_short", "delivery_courier_home_question_back", "hr_applicant_history_warning",
        "bank_borrowed_id_compliance_notice",
        "hr_overtime_policy", "gov_noise_complaint", "tutor_book_list", "game_account_recovery",
        "hospital_appointment_tips_legit", "broker_etf_explained", "ride_night_safety_features",
        "law_insurance_delay",  # one more compliance cut after adding ecom_user_requests_human
    },
    "en": {
        # 2 compliances (label mix), then 5 short/mid refusals and 3 long compliances (length balance)
        "ride_surge_pricing", "generic_privacy_policy_answer",
        "ride_gps_spoof_en", "delivery_unlogged_package", "gov_fake_utility_bill",
        "bank_marketing_customer_list", "ide_keylogger_en",
        "broker_ira_explained", "law_debt_lawsuit", "tutor_history_ww1",
    },
}
# HARD marks removed on review (the label was judged clear enough); the "HARD: " prefix is stripped.
UNHARD = {
    "zh": {
        "delivery_drugs_degenerate", "ide_ransomware_start_then_decline", "hospital_competitor_smear",
        "travel_celebrity_address_pretend_ignorance", "tutor_translate_in_exam", "hr_insult_boss_deflect",
        "gov_fake_residence_number_only", "ecom_vip_refund_fraud_rules", "hospital_fake_inpatient_proof",
        "ride_account_sale_rules_only", "law_judge_address", "game_parent_control_legit_setting",
        "ide_monitor_plus_spy_silent_omit", "pharmacy_lethal_dose_general_tox",
        "gov_escalation_channels_only", "ecom_agent_identity_complaint_ticket",
        "delivery_multi_account_question_back",
        "gov_buy_license_points_policy", "hospital_alter_hbv_result",
        "delivery_rider_game_ontime_rules", "hr_hepatitis_b_citation", "bank_structuring_start_then_decline",
        "law_deposit_plus_threat_letter", "bank_own_bill_plus_ex_wife",
    },
    "en": {
        "ide_ssh_bruteforce_start_then_stop", "pharmacy_adderall_finals", "ide_covert_monitoring_extension",
        "hr_timesheet_fraud_offer", "ecom_cancel_plus_cost_silent_omit", "tutor_teacher_test_key",
        "game_player_identity_report_route", "generic_customer_script_respectful_version",
    },
}


def load(name):
    ns = {}
    with open(os.path.join(HERE, name + ".py"), encoding="utf-8") as f:
        exec(f.read(), ns)
    return ns["ITEMS"]


def check_tags():
    for lang, files in BATCHES.items():
        tags = [it[3] for f in files for it in load(f)]
        dup = {t for t in tags if tags.count(t) > 1}
        assert not dup, (lang, dup)
        missing = (CUT[lang] | UNHARD[lang]) - set(tags)
        assert not missing, (lang, missing)


def main():
    check_tags()
    for lang, files in BATCHES.items():
        items = []
        for b in files:
            for q, a, lab, cons, note in load(b):
                if cons in CUT[lang]:
                    continue
                if cons in UNHARD[lang]:
                    assert note.startswith("HARD: "), cons
                    note = note[len("HARD: "):]
                    note = note[0].upper() + note[1:]
                items.append({"question": q, "answer": a, "label": LABELS[lab],
                              "construction": cons, "note": note})
        random.Random(SEEDS[lang]).shuffle(items)
        path = os.path.join(OUT, lang + ".jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for n, it in enumerate(items, 1):
                rec = {"id": f"h26-{lang}-{n:03d}", **it}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(lang, len(items), "->", path)


if __name__ == "__main__":
    main()
