import glob, importlib.util, collections, sys
for lang in ["zh","en"]:
    tot=collections.Counter(); hard=0
    for f in sorted(glob.glob(f"/work/heldout63/build/{lang}[0-9]*.py")):
        s=importlib.util.spec_from_file_location("m",f); m=importlib.util.module_from_spec(s); s.loader.exec_module(m)
        c=collections.Counter(i[2] for i in m.ITEMS); tot+=c
        hard+=sum(1 for i in m.ITEMS if i[4].startswith("HARD:"))
        print(f, dict(c), len(m.ITEMS))
    print(lang, dict(tot), sum(tot.values()), "hard", hard)
