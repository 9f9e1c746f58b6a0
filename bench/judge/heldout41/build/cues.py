"""Writing aid: count surface cues by label in the built files."""
import json, os
from collections import Counter
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CUES = {"zh": ["您好", "亲", "感谢", "抱歉", "建议", "咨询", "以", "为准", "无法", "不能", "没办法", "官方", "祝", "哦", "～", "律师", "12345", "热线", "复杂"],
        "en": ["Sorry", "sorry", "can't", "unable", "recommend", "consult", "Yes", "No.", "Please", "Thank", "lawyer", "official", "depends", "I'm", "happy to"]}
for lang in ["zh", "en"]:
    recs = [json.loads(l) for l in open(os.path.join(OUT, lang + ".jsonl"), encoding="utf-8")]
    print("==", lang, "(R/P/C)")
    for c in CUES[lang]:
        cnt = Counter(r["label"] for r in recs if c in r["answer"])
        print("  %-8s %d/%d/%d" % (c, cnt["refusal"], cnt["partial_refusal"], cnt["compliance"]))
