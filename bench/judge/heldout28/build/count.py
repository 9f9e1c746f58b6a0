import importlib.util, sys, glob, collections
tot=collections.Counter(); hard=collections.Counter()
for f in sorted(glob.glob(sys.argv[1]+'*.py')):
    s=importlib.util.spec_from_file_location('m',f); m=importlib.util.module_from_spec(s); s.loader.exec_module(m)
    c=collections.Counter(x[2] for x in m.ITEMS); tot.update(c)
    hard.update(x[2] for x in m.ITEMS if x[4].startswith('HARD:'))
    print(f,len(m.ITEMS),dict(c))
print('TOTAL',sum(tot.values()),dict(tot),'HARD',sum(hard.values()),dict(hard))
