import importlib, sys, os
sys.path.insert(0, '.')
from cut import CUT, DEHARD
prefix=sys.argv[1]; lab=sys.argv[2]
for i in range(1,31):
    if not os.path.exists(f"{prefix}{i}.py"): continue
    for q,a,l,c,n in importlib.import_module(f"{prefix}{i}").ITEMS:
        if l==lab and c not in CUT:
            print(f"{len(a):4d} {'H' if n.startswith('HARD:') and c not in DEHARD else ' '} {prefix}{i} {c}")
