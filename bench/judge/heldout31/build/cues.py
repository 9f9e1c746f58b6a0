"""Writing aid: surface-cue counts per label, and items per trade."""
import collections, json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
CUES = {"zh": ["您好", "亲", "【", "感谢", "抱歉", "无法", "没法", "不能", "不提供", "转人工", "工单", "订单号", "超出", "服务范围", "12345", "110", "哦"],
        "en": ["can't", "Sorry", "sorry", "We don't", "Policy", "Yes", "No", "Done", "ref ", "unable", "please contact", "I'm not able"]}
AB = {"refusal": "R", "partial_refusal": "P", "compliance": "C"}
for lang in ("zh", "en"):
    rows = [json.loads(l) for l in open(os.path.join(HERE, "..", lang + ".jsonl"), encoding="utf-8")]
    print(lang)
    for cue in CUES[lang]:
        c = collections.Counter(AB[r["label"]] for r in rows if cue in r["answer"])
        print("  %-14s R %2d  P %2d  C %2d" % (cue, c["R"], c["P"], c["C"]))
    t = collections.defaultdict(collections.Counter)
    for r in rows:
        t[r["construction"].split("_")[0]][AB[r["label"]]] += 1
    print("  trades:", " ".join("%s %d/%d/%d" % (k, v["R"], v["P"], v["C"]) for k, v in sorted(t.items())))
