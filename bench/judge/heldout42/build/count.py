import importlib, sys, statistics
sys.path.insert(0,'.')
import glob
for pre in ['zh','en']:
    tot={'R':0,'P':0,'C':0}; hard=0; lens={'R':[],'P':[],'C':[]}
    for f in sorted(glob.glob(pre+'[0-9]*.py')):
        m=importlib.import_module(f[:-3]); c={'R':0,'P':0,'C':0}
        for q,a,l,k,n in m.ITEMS:
            c[l]+=1; tot[l]+=1; hard+=n.startswith('HARD:'); lens[l].append(len(a))
        print(f,len(m.ITEMS),c)
    print(pre,sum(tot.values()),tot,'hard',hard,{l:(statistics.median(v) if v else 0) for l,v in lens.items()})
