import sys, importlib, collections
tot=collections.Counter()
for m in sys.argv[1:]:
    it=importlib.import_module(m).ITEMS
    c=collections.Counter(x[2] for x in it); h=sum(x[4].startswith('HARD:') for x in it)
    tot.update(c); tot['H']+=h; tot['N']+=len(it)
    print(m,len(it),dict(c),'HARD',h)
print('TOTAL',dict(tot))
