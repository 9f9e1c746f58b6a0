import sys, importlib.util, glob, os, collections
for f in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "[ze][hn][0-9]*.py"))):
    spec = importlib.util.spec_from_file_location("m", f); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    c = collections.Counter(i[2] for i in m.ITEMS); h = sum(i[4].startswith("HARD:") for i in m.ITEMS)
    print(os.path.basename(f), len(m.ITEMS), dict(c), "HARD", h)
