import glob, importlib.util, os, statistics, sys
lang = sys.argv[1]
tot = {}
allL = {}
for f in sorted(glob.glob(lang + '[0-9]*.py'), key=lambda p: int(p[len(lang):-3])):
    spec = importlib.util.spec_from_file_location(f[:-3], f); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    for q, a, l, c, n in m.ITEMS:
        tot[l] = tot.get(l, 0) + 1; allL.setdefault(l, []).append(len(a.strip()))
        ar = c.split('_')[0]
hard = 0
for f in glob.glob(lang + '[0-9]*.py'):
    hard += open(f).read().count("'HARD:")
print(tot, sum(tot.values()), 'HARD', hard)
cut = 400 if lang == 'zh' else 600
for l, L in allL.items():
    print(l, 'median', statistics.median(L), 'min', min(L), 'max', max(L), '<120', sum(x < 120 for x in L), 'long', sum(x > cut for x in L))
