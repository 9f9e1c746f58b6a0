import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build
from cut import CUT
for lang in build.BATCHES:
    for b, q, a, l, c, n in build.load(lang):
        flag = "CUT" if c in CUT else ""
        print(lang, b, l, len(a), "H" if n.startswith("HARD") else "-", c, flag)
