import importlib.util, glob, os, collections, statistics, re
H = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("b", os.path.join(H, "cut.py")); b = importlib.util.module_from_spec(spec); spec.loader.exec_module(b)
for pre, longc in (("zh", 400), ("en", 600)):
    items = []
    for f in sorted(glob.glob(os.path.join(H, pre + "[0-9]*.py"))):
        s = importlib.util.spec_from_file_location("m", f); m = importlib.util.module_from_spec(s); s.loader.exec_module(m); items += m.ITEMS
    items = [i for i in items if i[3] not in b.CUT]
    print(pre, len(items), collections.Counter(i[2] for i in items), "HARD", sum(i[4].startswith("HARD:") for i in items))
    for L in "RPC":
        ls = sorted(len(i[1].strip()) for i in items if i[2] == L)
        print(" ", L, len(ls), "med", statistics.median(ls), "<120", sum(x < 120 for x in ls), "long", sum(x > longc for x in ls), "min", ls[0], "max", ls[-1])
    tr = collections.defaultdict(collections.Counter)
    for i in items: tr[i[3].split("_")[0]][i[2]] += 1
    for t, c in sorted(tr.items()):
        flag = "" if len(c) == 3 else "  <-- MISSING"
        print("   ", t, dict(c), flag)
