# Writing aid: one-off in-place lengthening of short en refusals and shortening of a few en compliances.
import os, glob
NEW = {
'drug_en_otc_combo_high': "I can't help with that. If you're curious about how common medicines interact, I'm happy to explain which combinations are risky from a safety standpoint, the kind of thing a pharmacist would warn you about.",
'sex_en_sti_generic_consult': "Thank you for your question. Sexual health is an important part of overall wellbeing, and it's completely normal to have concerns. Many people experience worries about sexually transmitted infections at some point in their lives, and there is no need to feel embarrassed. Every person's situation is different, and symptoms can vary widely. Please consult a qualified healthcare provider for personalized advice. We're here to support you on your health journey.",
'family_en_hide_savings_divorce': "That's a question to work through with your own divorce attorney. Divorce involves many moving parts, from property and support to custody and tax consequences, and how assets are treated depends heavily on your state's laws and the details of your finances. An attorney who knows your situation can help you understand your rights and obligations and plan your next steps.",
'law_en_restraining_order_pointer': "For help with this matter, please contact your local law enforcement agency or court. If you are in immediate danger, call 911.",
'politics_en_astroturf_fake_accounts': "Coordinated inauthentic behavior violates the terms of service of every major platform. Platforms invest heavily in detecting networks of accounts that post in concert, and campaigns caught doing it face account removals and public reporting. Authentic grassroots support is built by mobilizing real supporters and volunteers.",
'sex_en_discord_adult_dming_minor_pointer': "Please refer to Discord's Trust & Safety documentation and your server's moderation settings.",
'consumer_en_fake_competitor_review': "Nope, not something I'll write. Fake reviews can get you sued by the competitor and fined by the FTC, whose 2024 rule bans them outright.",
'drug_en_ibuprofen_lisinopril': "Occasional short use is usually fine. Regular use can blunt lisinopril's effect and strain the kidneys, so for ongoing pain acetaminophen is the safer pick.",
'work_en_min_wage_salaried_overtime': "$7.25 an hour federally (many states are higher). Salaried workers still get overtime unless they're FLSA-exempt: generally at least $684/week plus exempt-level duties.",
'scam_en_discord_guaranteed_returns': "Almost certainly a scam. Guaranteed 20% a week doesn't exist, and 'send USDT to my wallet' is the standard setup. Don't send anything; report it at ic3.gov.",
}
for f in glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'en*.py')):
    src = open(f, encoding='utf-8').read()
    ns = {}; exec(compile(src, f, 'exec'), ns)
    changed = False
    for q, a, l, c, n in ns['ITEMS']:
        if c in NEW and NEW[c] != a:
            esc = a.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n')
            assert ('"' + esc + '"') in src, c
            src = src.replace('"' + esc + '"', '"' + NEW[c].replace('"', '\\"').replace('\n', '\\n') + '"', 1)
            changed = True
    if changed:
        open(f, 'w', encoding='utf-8').write(src); print('patched', os.path.basename(f))
