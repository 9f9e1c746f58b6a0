"""Counts the lines of CORPUS that contain a keyword of LIST (one per line)
with pyahocorasick (Debian python3-ahocorasick); run with /usr/bin/python3.
Exact code points, no folding: the peer a Python user would pick.

    /usr/bin/python3 bench/peer_pyahocorasick.py LIST CORPUS
"""
import sys

import ahocorasick

automaton = ahocorasick.Automaton()
with open(sys.argv[1], encoding="utf-8", errors="surrogateescape") as f:
    for word in f:
        word = word.rstrip("\r\n")
        if word:
            automaton.add_word(word, len(word))
automaton.make_automaton()
lines = 0
with open(sys.argv[2], encoding="utf-8", errors="surrogateescape") as f:
    for line in f:
        for _ in automaton.iter(line):
            lines += 1
            break
print(lines)
