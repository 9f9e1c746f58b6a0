#!/usr/bin/env python3
"""Seeded evasion lines for old-vs-new comparisons of variant matching.

  variant_evasions.py VARIANT_DATA.inc CHAIZI.tsv LIST.txt HOST.txt OUT.txt N [SEED]

Each line is a host line (from HOST.txt, its first 5,000 lines) with one
keyword of LIST.txt (2+ CJK characters with readings) written as an evasion,
in turn: pinyin joined, spaced, with tone digits; one character as pinyin;
one character replaced by a homophone (twice as often); one character split
into its components (拆字); joined pinyin between two characters. Readings
come from the generated variant_data.inc, so the lines exercise the tables
the binary was built with. Standard library only.
"""
import random
import re
import sys


def main():
    inc, chaizi_tsv, lst, host, out, n = sys.argv[1:7]
    seed = int(sys.argv[7]) if len(sys.argv) > 7 else 7
    src = open(inc, encoding='utf-8').read()
    syl = [s.strip('"') for s in re.search(r'kSyllables\[\] = \{(.*?)\};', src).group(1).split(',') if s.strip()]
    prim = {int(m.group(1)): int(m.group(2)) for m in re.finditer(r'^\{(\d+),\{(\d+),', src, re.M)}  # ReadingRecord: {cp,{primary,...},{tones}}
    by_syllable = {}
    for cp, s in sorted(prim.items()):
        if 0x4E00 <= cp <= 0x9FFF:
            by_syllable.setdefault(s, []).append(chr(cp))
    chaizi = {}
    for line in open(chaizi_tsv, encoding='utf-8'):
        if not line.startswith('#') and '\t' in line:
            c, comp = line.split('\t')[:2]
            chaizi[c] = comp
    rng = random.Random(seed)
    kws = [k.strip() for k in open(lst, encoding='utf-8') if k.strip()]
    kws = [k for k in kws if len(k) >= 2 and all(0x4E00 <= ord(c) <= 0x9FFF and ord(c) in prim for c in k)]
    hosts = [h.rstrip('\n') for h in open(host, encoding='utf-8', errors='ignore')][:5000]

    def py(c):
        return syl[prim[ord(c)]]

    def homophone(k):
        j = rng.randrange(len(k))
        return k[:j] + rng.choice(by_syllable.get(prim[ord(k[j])], [k[j]])) + k[j + 1:]

    lines = []
    for i in range(int(n)):
        k = rng.choice(kws)
        cls = i % 8
        if cls == 0:
            e = ''.join(py(c) for c in k)
        elif cls == 1:
            e = ' '.join(py(c) for c in k)
        elif cls == 2:
            e = ''.join(py(c) + str(rng.randint(1, 4)) for c in k)
        elif cls == 3:
            j = rng.randrange(len(k))
            e = k[:j] + py(k[j]) + k[j + 1:]
        elif cls in (4, 7):
            e = homophone(k)
        elif cls == 5:
            js = [j for j, c in enumerate(k) if c in chaizi]
            j = rng.choice(js) if js else None
            e = k if j is None else k[:j] + chaizi[k[j]] + k[j + 1:]
        else:
            p = ''.join(py(c) for c in k)
            e = '你好' + (p.upper() if rng.random() < .3 else p) + '吧'
        h = rng.choice(hosts)
        at = rng.randint(0, len(h))
        lines.append(h[:at] + e + h[at:])
    with open(out, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')


if __name__ == '__main__':
    main()
