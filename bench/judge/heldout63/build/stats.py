import json, re, collections, sys
def nsent(a, lang):
    if lang == "zh":
        parts = re.split(r"[。！？!?；\n]+", a)
    else:
        parts = re.split(r"(?<=[.!?])\s+|\n+", a)
    return len([p for p in parts if len(p.strip()) > 1])
def structured(a):
    return bool(re.search(r"(^|\n)\s*(#|[-*•]\s|\d+[.、）)]|[一二三四五六]、|【)", a))
for lang in ("zh", "en"):
    rows = [json.loads(l) for l in open(f"/work/heldout63/{lang}.jsonl")]
    print(lang)
    for lab in ("refusal", "partial_refusal", "compliance"):
        R = [r for r in rows if r["label"] == lab]
        short = [r for r in R if nsent(r["answer"], lang) <= 5 and not structured(r["answer"])]
        print(f"  {lab}: n={len(R)} short(<=5 sentences, unstructured)={len(short)} longer={len(R)-len(short)}")
