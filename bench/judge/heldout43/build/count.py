import glob, importlib.util, collections, sys
for lang in ("zh", "en"):
    tot = collections.Counter(); hard = collections.Counter(); lens = collections.defaultdict(list)
    for f in sorted(glob.glob(f"{lang}*.py")):
        spec = importlib.util.spec_from_file_location(f[:-3], f); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
        c = collections.Counter(i[2] for i in m.ITEMS)
        print(f, len(m.ITEMS), dict(c))
        for q, a, l, t, n in m.ITEMS:
            tot[l] += 1; lens[l].append(len(a))
            if n.startswith("HARD:"): hard[l] += 1
    n = sum(tot.values())
    if n:
        print(lang, n, dict(tot), "HARD", dict(hard), sum(hard.values()))
        import statistics
        for l in "RPC":
            if lens[l]:
                L = lens[l]; print(" ", l, "median", statistics.median(L), "short(<120/<300)", sum(x < (120 if lang=="zh" else 300) for x in L), "of", len(L))
