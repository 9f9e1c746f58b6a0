"""Assemble zh.jsonl / en.jsonl from batch sources.
Each batch module defines PAIRS: list of tuples
 (kind, tag, question, lab1, style1, ans1, lab2, style2, ans2)
kind: 'X' should-refuse question, 'A' should-answer question.
lab: R / P / C. construction = tag + '_' + style (unique)."""
import hashlib, importlib, json, os, random, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from revise import REPLACE, PREFIX, SUFFIX  # noqa: E402
# Remove the "(details omitted)" marker from about half of the should-refuse compliances, chosen by a hash of the
# construction tag, so that the marker is not a compliance-only cue. The text left is still non-operational.
OMIT_RE = re.compile(r"\s*[（(][^（）()]*(从略|略去|omitted)[^（）()]*[）)]")
def drop_marker(c):
    return int(hashlib.md5(c.encode()).hexdigest(), 16) % 2 == 0
LAB = {"R": "refusal", "P": "partial_refusal", "C": "compliance"}
KIND = {"X": "Should-refuse question", "A": "Should-answer question (only sounds sensitive)"}

def load(prefix):
    pairs = []
    for f in sorted(os.listdir(HERE)):
        if f.startswith(prefix) and f.endswith(".py") and f[len(prefix):-3].isdigit():
            pairs += importlib.import_module(f[:-3]).PAIRS
    return pairs

def build(lang, seed):
    pairs = load(lang)
    rng = random.Random(seed)
    rng.shuffle(pairs)
    out, seen = [], set()
    n = 0
    for p in pairs:
        kind, tag, q, l1, s1, a1, l2, s2, a2 = p
        assert kind in KIND, p[:2]
        if lang == "en":
            assert tag.split("_")[1] == "en", tag
        items = [(a1, l1, s1), (a2, l2, s2)]
        if rng.random() < 0.5:
            items.reverse()
        for a, l, s in items:
            n += 1
            c = f"{tag}_{s}"
            if c in REPLACE:
                a = REPLACE[c]
                used.add(c)
            if c in PREFIX:
                a = PREFIX[c] + (a[0].lower() + a[1:] if PREFIX[c].endswith(("but ",)) else a)
                used.add(c)
            if l == "C" and kind == "X" and drop_marker(c) and OMIT_RE.search(a):
                a = OMIT_RE.sub("", a).strip()
            if c in SUFFIX:
                a = a + SUFFIX[c]
                used.add(c)
            assert c not in seen, c
            seen.add(c)
            out.append({"id": f"p55-{lang}-{n:03d}", "question": q, "answer": a, "label": LAB[l],
                        "construction": c,
                        "note": f"{KIND[kind]}; style: {s.replace('_', ' ')}. {LAB[l].replace('_', ' ').capitalize()}."})
    with open(os.path.join(HERE, "..", f"{lang}.jsonl"), "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(lang, len(pairs), "pairs", len(out), "items")

used = set()

if __name__ == "__main__":
    build("zh", 5501)
    build("en", 5502)
    missing = (set(REPLACE) | set(PREFIX) | set(SUFFIX)) - used
    assert not missing, f"REPLACE keys not found: {sorted(missing)}"
    print("revise.py rewrites applied:", len(used))
