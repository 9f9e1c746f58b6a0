import importlib, sys, collections
for pre, n in (("zh", 13), ("en", 8)):
    tot = collections.Counter(); h = collections.Counter()
    for i in range(1, n+1):
        try: m = importlib.import_module(f"{pre}{i}")
        except ModuleNotFoundError: continue
        c = collections.Counter(x[2] for x in m.ITEMS)
        print(pre, i, len(m.ITEMS), dict(c))
        tot += c
        h += collections.Counter(x[2] for x in m.ITEMS if x[4].startswith("HARD:"))
    print(pre, "TOTAL", sum(tot.values()), dict(tot), "HARD", sum(h.values()), dict(h))
