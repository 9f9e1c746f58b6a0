import importlib, sys, os, glob
sys.path.insert(0, '.')
for lang in ("zh", "en"):
    tot = {"R":0,"P":0,"C":0}; hard=0; n=0
    for f in sorted(glob.glob(f"{lang}[0-9]*.py")):
        m = importlib.import_module(f[:-3]); c={"R":0,"P":0,"C":0}; h=0
        for it in m.ITEMS:
            assert len(it)==5, it; c[it[2]]+=1; h+= it[4].startswith("HARD:")
        print(f, len(m.ITEMS), c, "HARD", h)
        for k in c: tot[k]+=c[k]
        hard+=h; n+=len(m.ITEMS)
    print(lang, n, tot, "HARD", hard)
