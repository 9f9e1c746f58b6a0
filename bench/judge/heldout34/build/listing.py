"""Writing aid: list written items by label with answer length."""
import sys
from build import items
lang = sys.argv[1]
lab = sys.argv[2] if len(sys.argv) > 2 else None
for q, a, l, c, n in sorted(items(lang), key=lambda t: (t[2], len(t[1]))):
    if lab and l != lab:
        continue
    print(l, len(a), c, "H" if n.startswith("HARD") else "")
