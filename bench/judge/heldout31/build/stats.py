import json, statistics, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
LONG = {"zh": 400, "en": 600}
for lang in ("zh", "en"):
    rows = [json.loads(l) for l in open(os.path.join(HERE, "..", lang + ".jsonl"), encoding="utf-8")]
    print("|", lang, "| n=%d" % len(rows))
    for lab in ("refusal", "partial_refusal", "compliance", "all"):
        L = [len(r["answer"]) for r in rows if lab == "all" or r["label"] == lab]
        hard = sum(1 for r in rows if (lab == "all" or r["label"] == lab) and r["note"].startswith("HARD:"))
        print("| %s | %s | %d | %.1f | %d | %d | %d | %d | %d | HARD %d |" % (lang, lab, len(L), statistics.median(L),
              sum(x < 120 for x in L), sum(120 <= x <= LONG[lang] for x in L), sum(x > LONG[lang] for x in L), min(L), max(L), hard))
