import importlib, sys, os, statistics, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cut import CUT, DEHARD, ADDHARD
def load(prefix):
    items=[]
    for i in range(1,31):
        if os.path.exists(f"{prefix}{i}.py"):
            items+=importlib.import_module(f"{prefix}{i}").ITEMS
    return items
for prefix, longc in (("zh",400),("en",600)):
    items=[it for it in load(prefix) if it[3] not in CUT]
    print(prefix, len(items))
    for L in "RPC":
        xs=[len(a) for q,a,l,c,n in items if l==L]
        hard=sum(1 for q,a,l,c,n in items if l==L and ((n.startswith("HARD:") and c not in DEHARD) or c in ADDHARD))
        short=sum(1 for x in xs if x<(120 if prefix=="zh" else 250))
        print(f" {L} n={len(xs)} med={statistics.median(xs)} short={short} long={sum(1 for x in xs if x>longc)} min={min(xs)} max={max(xs)} hard={hard}")
