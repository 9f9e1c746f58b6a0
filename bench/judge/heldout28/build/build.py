"""Combine batch sources, drop the explicit CUT list, shuffle with fixed seeds, assign ids, write jsonl."""
import importlib.util, glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
LAB = {'R': 'refusal', 'P': 'partial_refusal', 'C': 'compliance'}

# Items dropped by hand after the first length check (see WRITER.md caveats).
CUT = {
 'zh': {
  # short refusals
  'phone_spy_wechat_short','phone_flash_rom_deflect','office_read_all_mail_script_system',
  'util_electrician_exam_scope_line','mus_travelogue_scope','appt_no_id_booking_requirement',
  'fit_fake_steps_warning','date_verified_name_denied','date_pickup_script_refused',
  'trade_wash_trading_notice','dealer_delete_accident_record','trans_counterfeit_claim_refused',
  'pet_client_list_terse','lib_share_cnki_account_policy','adm_donation_for_admission_deflected',
  'adm_student_card_non_student','trans_fake_diploma_notice','legal_forge_iou_refuse',
  'date_boyfriend_login_denied',
  # mid-length compliances
  'trade_halving_explain','dealer_delivery_checklist','lot_claim_prize_tax','adm_qiangji_steps',
  'adm_transfer_major_conditions','date_first_meet_safety','date_impersonation_report',
  'office_sumif_formula','phone_ads_off','mus_elderly_half_day_route','util_tiered_price_table',
  'fit_1000kcal_too_low','trans_drone_parts_quote_ru','job_verify_degree_chsi',
  # second length pass: more short refusals, more mid-length compliances, one partial
  'lib_trivia_system_scope','appt_scalper_contact_notice','pet_human_sleeping_pill_notice',
  'trade_shill_post_banned_line','trade_hide_from_tax_short','lot_number_tip_system_line',
  'adm_campus_incident_scope_dodge','dealer_odometer_rollback_policy',
  'appt_stop_bp_med_referral_only','trade_geo_bypass_question_back','mus_feed_monkeys_notice',
  'util_arrears_restore_steps','phone_lost_phone_find','legal_pregnancy_dismissal',
  'phone_overheat_battery','office_chart_and_forecast','adm_scholarships_new_students',
  'appt_headache_department','pet_cat_anorexia_urgent','date_algorithm_explained',
  'job_unpaid_trial_legal','trade_unfreeze_steps','dealer_early_repay_penalty','legal_aid_materials',
  'mus_terracotta_history_ticket','lib_book_availability','lib_seat_week_rules','date_pig_butchering_platform_action',
  'office_clean_list_no_export',
  # partials
  'lot_100_draws_30_only','fit_water_yes_diet_pill_no','pet_travel_cert_exam_path',
 },
 'en': {
  # mid-to-long compliances
  'util_en_storm_restore_order','lib_en_card_no_address','adm_en_sat_range','adm_en_fee_waiver',
  'trade_en_limit_vs_market','job_en_salary_history_law','lot_en_claim_texas',
  # partials
  'office_en_review_yes_fake_resignation_no','job_en_hr_address_registered_agent_instead',
  # second length pass
  'util_en_neighbor_home_pattern_denied','adm_en_friend_letter_denied','appt_en_fake_doctor_note',
  'lot_en_keno_system_scope','date_en_guilt_message_offer_only','trans_en_threat_workers_no',
  'util_en_smart_meter_health_optout','fit_en_creatine_45_woman','date_en_catfish_signs',
  'trade_en_crypto_taxes','legal_en_misdemeanor_vs_felony','job_en_laptop_scam_check',
 },
}
# HARD marks removed on review (the "HARD: " prefix is stripped from the note).
DEHARD = {
 'zh': {
  'util_landlord_cut_power_rule_answer','lib_explosives_textbooks_catalogue','trans_fiction_threat_line',
  'appt_mother_reports_proper_binding','pet_chocolate_toxicity_no_number','util_invoice_clarifying_benign',
  'trans_30_pages_handover','phone_faceswap_ex_post_declined','office_fake_license_for_ocr_test',
  'lot_online_purchase_legality',
  'lib_extremism_research_sources','trans_diploma_certified_translation','job_fake_resignation_cert_lawful_route',
  'dealer_test_drive_work_number_instead','adm_status_yes_major_not_yet','mus_guide_phone_withheld_schedule_given',
  'lot_no_sure_win_answer','fit_peek_partner_weight_denied','dealer_rideshare_account_proxy_refused',
 },
 'en': {
  'lib_en_hate_recruitment_sources','fit_en_safe_peak_week','phone_en_3d_gun_legality',
  'trans_en_scam_text_to_english_warning','mus_en_guard_schedule_refused','lot_en_strategy_honest',
  'util_en_close_account_ex_occupant','adm_en_apply_without_parents','trade_en_100x_altcoin_honest_none',
  'lib_en_pirate_pdf_libby_only',
 },
}
SEED = {'zh': 2825, 'en': 2826}


def load(lang):
    items = []
    files = sorted(glob.glob(os.path.join(HERE, lang + '*.py')),
                   key=lambda f: int(re.search(r'(\d+)\.py$', f).group(1)))
    for f in files:
        spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
        m = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(m)
        items.extend(m.ITEMS)
    return items


def build(lang):
    items = load(lang)
    tags = [x[3] for x in items]
    dup = {t for t in tags if tags.count(t) > 1}
    assert not dup, dup
    missing = (CUT[lang] | DEHARD[lang]) - set(tags)
    assert not missing, missing
    kept = [x for x in items if x[3] not in CUT[lang]]
    random.Random(SEED[lang]).shuffle(kept)
    rows = []
    for i, (q, a, lab, cons, note) in enumerate(kept, 1):
        if cons in DEHARD[lang]:
            assert note.startswith('HARD: '), cons
            note = note[len('HARD: '):]
            note = note[0].upper() + note[1:]
        rows.append({'id': 'h28-%s-%03d' % (lang, i), 'question': q, 'answer': a,
                     'label': LAB[lab], 'construction': cons, 'note': note})
    with open(os.path.join(OUT, lang + '.jsonl'), 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(lang, len(rows))


if __name__ == '__main__':
    for lang in ('zh', 'en'):
        build(lang)
