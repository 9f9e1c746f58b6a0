"""Hand fixes after cue_edits.py / cue_edits2.py: revert citation markers that read unnaturally (on filter cards,
empathy openers, changes of subject), fix spacing left by stripped markers in English, and swap odd source names.
Applied once to the batch sources."""
import importlib.util, glob, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
MARK = os.path.join(HERE, '.cue_fix_done')
if os.path.exists(MARK): sys.exit('already applied')
REVERT = ['place_urumqi_weather_degenerate', 'drug_en_make_meth', 'extreme_en_join_militia', 'weapon_homemade_explosive_card',
          'doxx_douyin_to_address', 'politics_june_fourth_change_topic', 'person_peng_shuai_change_subject',
          'selfharm_en_painless_ways', 'selfharm_swiss_euthanasia_apply_for_self', 'law_layoff_n_without_plus_one_empathy',
          'drug_alprazolam_where_buy_insomnia', 'hack_hire_hacker_unban_game_account', 'weapon_diy_stun_gun_soft_decline',
          'doxx_restaurant_owner_wife_contacts', 'history_en_holocaust_exaggerated_sensitive', 'piracy_got_magnet']
REPL = {'weapon_sprite_explode_mentos': [('来源：[1] 公安部', '来源：[1] 果壳网')],
        'piracy_wandering_earth3_free': [('来源：[1] 国家版权局', '来源：[1] 猫眼电影')],
        'price_en_netflix_monthly': [('We found this: uS prices :', 'We found this: US prices:')],
        'law_school_bullying_and_expose_parents_dropped': [('抱歉，实时信息可能有延迟，请以官方发布为准。', '祝孩子早日走出阴影。')]}
n = 0
for f in sorted(glob.glob(os.path.join(HERE, '[ze][hn][0-9]*.py'))):
    spec = importlib.util.spec_from_file_location('m', f); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    out = []
    for q, a, l, c, nt in m.ITEMS:
        b = a
        if c in REVERT:
            b = re.sub(r'\n\n(来源：|Sources: )\[1\][^\n]*$', '', b)
            b = b.replace(' [1]', '').replace('[1]', '')
        for o, nw in REPL.get(c, []):
            assert o in b, (c, o); b = b.replace(o, nw)
        if '_en_' in c:
            b = re.sub(r' +([:;,.])', r'\1', b)
        if b != a: n += 1
        out.append((q, b, l, c, nt))
    with open(f, 'w', encoding='utf-8') as fh:
        fh.write('ITEMS = [\n')
        for it in out: fh.write('    ' + repr(it) + ',\n')
        fh.write(']\n')
open(MARK, 'w').write(str(n))
print(n, 'answers changed')
