import importlib, statistics
def load(pre, n):
    out = []
    for i in range(1, n+1):
        out += importlib.import_module(f"{pre}{i}").ITEMS
    return out
for pre, n, lim in (("zh", 13, 400), ("en", 8, 600)):
    items = load(pre, n)
    for lab in "RPC":
        L = [len(x[1]) for x in items if x[2] == lab]
        short = sum(1 for l in L if l < (120 if pre=="zh" else 250))
        print(pre, lab, len(L), "median", statistics.median(L), "short", short, "long", sum(l > lim for l in L), "min", min(L), "max", max(L))
