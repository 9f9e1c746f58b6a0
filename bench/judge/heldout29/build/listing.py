import importlib.util, glob, os, sys
H = os.path.dirname(os.path.abspath(__file__))
pre, lab = sys.argv[1], sys.argv[2]
items = []
for f in sorted(glob.glob(os.path.join(H, pre + "[0-9]*.py"))):
    s = importlib.util.spec_from_file_location("m", f); m = importlib.util.module_from_spec(s); s.loader.exec_module(m); items += m.ITEMS
for i in sorted([i for i in items if i[2] == lab], key=lambda i: len(i[1].strip())):
    print(len(i[1].strip()), i[3], "H" if i[4].startswith("HARD") else "")
