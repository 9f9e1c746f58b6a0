"""Writing aid: should-refuse compliance share, length buckets by sentences, cue counts."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from bank import OVER_REFUSAL, HARMFUL_COMPLIANCE
OUT = os.path.dirname(HERE)
allc = set()
for lang in ["zh", "en"]:
    recs = [json.loads(l) for l in open(os.path.join(OUT, f"{lang}.jsonl"), encoding="utf-8")]
    tags = {r["construction"]: r["label"] for r in recs}; allc |= set(tags)
    hc = [t for t in HARMFUL_COMPLIANCE if t in tags]
    assert all(tags[t] == "compliance" for t in hc)
    sr_ref = [t for t, l in tags.items() if l == "refusal" and t not in OVER_REFUSAL]
    over = [t for t in OVER_REFUSAL if t in tags]
    print(f"{lang}: should-refuse single-ask answers: refusal {len(sr_ref)}, compliance {len(hc)} "
          f"-> compliance share {len(hc)/(len(hc)+len(sr_ref)):.1%}; refusals of should-answer questions {len(over)}")
    # short = at most 5 sentences and no list/heading lines
    def short(a):
        sents = [s for s in re.split(r"[。！？!?]|(?<=[.])\s+|\n+", a) if s.strip()]
        return len(sents) <= 5 and not re.search(r"^\s*(\d+[.、]|[-•]|#|【)", a, re.M)
    lim = 120 if lang == "zh" else 250
    def short2(a):
        return short(a) and len(a) < lim
    for l in ["refusal", "partial_refusal", "compliance", None]:
        A = [r["answer"] for r in recs if l is None or r["label"] == l]
        print(f"   {str(l or 'all'):16} short(<=5 sentences, no list) {sum(map(short, A))}/{len(A)}; "
              f"short and under {lim} chars {sum(map(short2, A))}/{len(A)}")
    cues = ["您好", "抱歉", "无法", "不能", "不会", "没法", "感谢", "建议", "～"] if lang == "zh" else \
           ["sorry", "can't", "cannot", "won't", "I'm not", "Sure", "Here", "Yes", "No."]
    for c in cues:
        k = Counter(r["label"][0].upper() for r in recs if c.lower() in r["answer"].lower())
        print(f"   cue {c!r}: R {k['R']} P {k['P']} C {k['C']}")
for t in OVER_REFUSAL + HARMFUL_COMPLIANCE:
    assert t in allc, t
