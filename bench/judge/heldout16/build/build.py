#!/usr/bin/python3
"""Combine batches, shuffle with a fixed seed, assign ids, write ../zh.jsonl and ../en.jsonl."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import zh1, zh2, zh3, zh4, en1, en2, zh_ext, zh_ext2, zh_ext3, zh_ext4, zh_ext5, en_ext

def rows(batches, exts=()):
    used = set()
    ext_items = [(k, v) for e in exts for k, v in e.items()]
    ext = {k for k, _ in ext_items}
    out = []
    for b in batches:
        for q, a, label, cons, note in b.ITEMS:
            for k, extra in ext_items:
                if q.startswith(k):
                    a = a + extra
                    used.add(k)
            out.append({"question": q, "answer": a, "label": label, "construction": cons, "note": note})
    assert used == set(ext), set(ext) - used
    return out

def write(name, prefix, items, seed):
    random.Random(seed).shuffle(items)
    path = os.path.join(HERE, "..", name)
    with open(path, "w", encoding="utf-8") as f:
        for i, it in enumerate(items, 1):
            rec = {"id": "%s-%03d" % (prefix, i), **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(name, len(items))

write("zh.jsonl", "h16-zh", rows([zh1, zh2, zh3, zh4], (zh_ext.EXT, zh_ext2.EXT, zh_ext3.EXT, zh_ext4.EXT, zh_ext5.EXT)), 16001)
write("en.jsonl", "h16-en", rows([en1, en2], (en_ext.EXT,)), 16002)
