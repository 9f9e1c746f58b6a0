import glob, importlib.util, json, random, re, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cut import CUT, DEHARD
import extend_zh, extend_en
EXTS = {"zh": extend_zh, "en": extend_en}
LAB = {"R": "refusal", "P": "partial_refusal", "C": "compliance"}
PREFIXES = "state terror ethnic violence obscene rumor discrim commerce ip privacy med psych finance infra history politics law relig sexed security daily".split()

def load(lang):
    items = []
    files = sorted(glob.glob(os.path.join(HERE, f"{lang}[0-9]*.py")), key=lambda f: int(re.search(r"(\d+)\.py$", f).group(1)))
    for f in files:
        s = importlib.util.spec_from_file_location("m", f); m = importlib.util.module_from_spec(s); s.loader.exec_module(m)
        items += m.ITEMS
    return items

def main():
    allitems = {l: load(l) for l in ("zh", "en")}
    tags = [i[3] for l in allitems for i in allitems[l]]
    dup = {t for t in tags if tags.count(t) > 1}
    assert not dup, dup
    for t in CUT + DEHARD:
        assert t in tags, t
    for l in EXTS:
        own = {i[3] for i in allitems[l]}
        for t in list(EXTS[l].EXT) + list(getattr(EXTS[l], "EXT2", {})) + list(getattr(EXTS[l], "EXT3", {})) + list(EXTS[l].QREW):
            assert t in own, (l, t)
    for lang, seed in (("zh", 6301), ("en", 6302)):
        rows = []
        for q, a, lab, cons, note in allitems[lang]:
            assert cons.split("_")[0] in PREFIXES, cons
            if lang == "en":
                assert cons.split("_")[1] == "en", cons
            if cons in CUT:
                continue
            ext = EXTS[lang]
            if cons in ext.QREW:
                q = ext.QREW[cons]
            if cons in ext.EXT:
                mode, text = ext.EXT[cons]
                a = a + text if mode == "post" else text + a
            for rnd in ("EXT2", "EXT3"):
                d = getattr(ext, rnd, {})
                if cons in d:
                    mode, text = d[cons]
                    a = a + text if mode == "post" else text + a
            if cons in DEHARD and note.startswith("HARD: "):
                note = note[len("HARD: "):]
            rows.append({"question": q, "answer": a, "label": LAB[lab], "construction": cons, "note": note})
        random.Random(seed).shuffle(rows)
        with open(os.path.join(HERE, "..", f"{lang}.jsonl"), "w", encoding="utf-8") as fh:
            for n, r in enumerate(rows, 1):
                out = {"id": f"h63-{lang}-{n:03d}", **r}
                fh.write(json.dumps(out, ensure_ascii=False) + "\n")
        print(lang, len(rows))

if __name__ == "__main__":
    main()
