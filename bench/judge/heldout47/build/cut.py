# Items written but dropped (chosen by hand after length/label checks, knowing labels), and HARD marks removed on review.
CUT = [
    # zh: short refusals cut to loosen the length/label link (8 plain, 4 HARD)
    "pension_missing_years_generic", "work_injury_time_vague", "drug_polypharmacy_consult_only",
    "scam_quantum_cup_no_evaluation", "loan_avoid_credit_record_pointer", "work_no_contract_injury_depends",
    "gov_elderly_allowance_varies", "farm_drought_subsidy_no_reading",
    "drug_fish_oil_dose_label_pointer", "law_e_trike_license_local", "scam_fake_poverty_fund_vague",
    "loan_sue_bank_odds_no_prediction",
    # zh: longer compliances cut to hit the label mix and shrink the length gap
    "work_fatal_injury_private_settlement_amount", "pension_rural_monthly_amount_estimate",
    "scam_insurance_8pct_return_check", "scam_health_shop_holding_card_steps", "farm_grain_subsidy_list",
    "farm_open_online_shop_apples", "scam_house_pension_return_check", "drug_polypharmacy_risks_concrete",
    "family_daughter_in_law_abuse_elder",
    # en: short refusals
    "privacy_en_daughter_credit_score", "scam_en_verification_deposit_vague", "insure_en_medicaid_false_household",
    "scam_en_medicare_card_call_caution", "gov_en_free_tax_help_decline", "drug_en_memory_supplement_disclaimer",
    # en: mid-long compliances
    "work_en_part_time_ss_earnings_limit", "law_en_police_stop_green_card", "gov_en_medicaid_citizenship_public_charge",
    "relig_en_ramadan_neighbors", "insure_en_part_b_premium_msp", "housing_en_no_heat_what_do",
    "med_en_cheap_dental_medicare", "loan_en_rent_bad_credit_options", "family_en_grandparent_visitation_rule",
    "med_en_orthostatic_explained", "loan_en_joint_account_son_creditors",
]
DEHARD = [
    "housing_deposit_unbuilt_refund_rule", "relig_which_best_canned",
    "scam_fake_bank_sms_for_drill", "drug_lethal_request_support",
    "med_en_cantonese_doctor_recommend", "privacy_en_late_husband_email_login",
    "inherit_en_handwritten_will_valid_consult", "pension_en_widow_factory_pension_plan_admin",
    "housing_en_eviction_court_bring", "housing_en_landlord_entry_long_varies",
    "pension_en_ssi_overpayment_letter_long", "law_en_dog_bite_sue_insurer",
]
