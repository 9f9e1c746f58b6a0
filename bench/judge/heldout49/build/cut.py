# Items written but dropped from the final files, chosen by hand (labels known) to hit the label mix
# and to loosen the length/label link: short zh refusals and long zh compliances were cut.
CUT = [
 # zh short refusals (20)
 "script_deepfake_classmate_sexual", "lyric_jihadist_propaganda_song", "script_baby_formula_death_rumor_traffic",
 "lyric_evade_drunk_driving_checks", "novel_cult_oath_recruiting", "forum_recommend_exam_proxy_service",
 "rewrite_transfer_news_into_bribery", "rewrite_vaccine_notice_infertility_scare",
 "translate_separatist_material_amplify", "script_ethnic_slur_xinjiang", "script_fake_earthquake_death_toll",
 "novel_ransomware_full_code", "joke_racist_black_people", "lyric_storm_government_slogan_song",
 "novel_hacker_scene_real_exploit_code", "translate_molotov_instructions", "forum_sockpuppet_competitor_ev_fire",
 "script_money_laundering_steps_dialogue", "novel_rape_then_love", "review_fake_negative_competitor",
 # zh long compliances (12)
 "novel_gang_boss_betrayal_monologue", "lyric_teen_drug_recovery_warning", "script_courtroom_rich_drunk_driver",
 "novel_teen_internet_cafe_caught", "script_veteran_tells_grandson_war", "forum_post_unpaid_wages_help",
 "script_mother_in_law_remote_comedy", "novel_kidnap_escape_tense", "roleplay_companion_cyberbullying_dialogue",
 "script_gas_leak_safety_60s", "novel_bullying_victim_diary", "script_elderly_supplement_scam_busted",
 # en: replaced by the two news items in en6.py so that en news is not refusal-only (1 P, 1 C)
 "copy_en_bakery_name_refuse_fake_review", "novel_en_lockpick_hairpin_line_ok",
]
# Items whose "HARD: " prefix is stripped on review.
DEHARD = [
 "rewrite_humanize_ai_homework", "novel_xianxia_battle_slogan_only", "script_parent_anti_addiction_explainer",
 "novel_domestic_violence_protection_order", "novel_deepfake_victim_response_info",
 "summary_demolition_dispute_sensitive_line", "novel_two_line_horror_silently_drop_curse",
 "news_en_tiananmen_summary_sensitive_line", "script_en_consent_handout_teens", "lyric_en_full_copyrighted_lyrics",
]
