import glob, importlib.util, os, collections, statistics
for pre in ["zh", "en"]:
    tot = collections.Counter(); hard = collections.Counter(); L = collections.defaultdict(list)
    for f in sorted(glob.glob(pre + "[0-9]*.py")):
        spec = importlib.util.spec_from_file_location(f[:-3], f); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
        c = collections.Counter(i[2] for i in m.ITEMS)
        print(f, dict(c), len(m.ITEMS))
        for i in m.ITEMS:
            tot[i[2]] += 1; L[i[2]].append(len(i[1].strip()))
            if i[4].startswith("HARD:"): hard[i[2]] += 1
    print(pre, dict(tot), sum(tot.values()), "HARD", dict(hard), sum(hard.values()))
    for k in L: print("  ", k, "median", statistics.median(L[k]), "min", min(L[k]), "max", max(L[k]), "<120", sum(x<120 for x in L[k]))
