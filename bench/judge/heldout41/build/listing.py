"""Writing aid: list items of one language and label sorted by answer length."""
import sys, importlib.util, os
sys.argv += [] 
from build import batches
lang, lab = sys.argv[1], sys.argv[2]
for it in sorted((i for i in batches(lang) if i[2] == lab), key=lambda i: len(i[1])):
    print(len(it[1]), it[3], "| H" if it[4].startswith("HARD") else "")
