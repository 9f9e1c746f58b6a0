import importlib, sys, glob, statistics
sys.path.insert(0,'.')
from cut import CUT
for lang, longc in (("zh",200),("en",400)):
    d={}
    for f in sorted(glob.glob(f"{lang}[0-9]*.py")):
        for q,a,l,c,n in importlib.import_module(f[:-3]).ITEMS:
            if c in CUT: continue
            d.setdefault(l,[]).append(len(a))
    for l,v in sorted(d.items()):
        print(lang,l,len(v),"median",statistics.median(v),"short<=",longc, sum(x<=longc for x in v),"long",sum(x>longc for x in v),min(v),max(v))
