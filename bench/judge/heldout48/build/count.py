#!/usr/bin/python3
"""Writing aid: per-batch label counts and lengths from sources."""
import glob, importlib.util, os, re, statistics
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
for lang in ("zh", "en"):
    tot = Counter(); hard = 0; lens = {"R": [], "P": [], "C": []}
    for f in sorted(glob.glob(os.path.join(HERE, lang + "[0-9]*.py"))):
        spec = importlib.util.spec_from_file_location("m", f); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
        c = Counter(it[2] for it in m.ITEMS); h = sum(it[4].startswith("HARD:") for it in m.ITEMS)
        print(os.path.basename(f), len(m.ITEMS), dict(c), "HARD", h)
        tot += c; hard += h
        for it in m.ITEMS: lens[it[2]].append(len(it[1]))
    print(lang, "TOTAL", sum(tot.values()), dict(tot), "HARD", hard)
    for k, v in lens.items():
        if v: print("  ", k, "median", statistics.median(v), "short<%d" % (120 if lang == "zh" else 250), sum(x < (120 if lang == "zh" else 250) for x in v), "of", len(v))
