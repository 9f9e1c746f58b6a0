#!/usr/bin/env bash
# False hits of the folding changes of issue 11's also-fix list on benign
# corpora, before/after: two builds side by side in one run.
#
#   BEFORE=/path/to/main/build bench/evasion-corpus.sh
#
# Corpora (../shared, never committed): chinese-poetry (67 MB) with the houbb
# list (64k keywords, v0.26.1 sensitive_word_dict.txt + the English dict),
# variants on and off; the English xstest completions (model answers: one-
# letter words, contractions) with the same list. Prints hits per MB, hits
# that cross sentence punctuation before, and the keywords whose counts moved.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
shared=${SHARED:-$root/../shared/data}
[ -d "$shared" ] || shared=/work/shared/data
before=${BEFORE:?set BEFORE to the build directory of the baseline}
after=${AFTER:-$root/build}
work=$(mktemp -d /tmp/lanjie-evcorpus.XXXXXX)
trap 'rm -rf "$work"' EXIT
dict=$shared/lexicons/houbb-sensitive-word/v0.26.1
cat "$dict/sensitive_word_dict.txt" "$dict/sensitive_word_dict_en.txt" >"$work/raw.txt"
# Entries either build refuses (private-use characters ...) are left out of both.
: >"$work/bad.txt"
for b in "$before" "$after"; do
  "$b/tools/lanjie" compile "$work/raw.txt" --risk A.1.h -o "$work/probe.ljdb" 2>&1 |
    sed -n 's/^[^:]*:\([0-9]*\): error:.*/\1/p' >>"$work/bad.txt" || true
done
awk 'NR==FNR { bad[$1] = 1; next } !(FNR in bad)' "$work/bad.txt" "$work/raw.txt" >"$work/list.txt"
echo "list: $(wc -l <"$work/list.txt") keywords ($(sort -u "$work/bad.txt" | wc -l) refused lines left out)"
gzip -dc "$shared/corpus/chinese-poetry.txt.gz" >"$work/poetry.txt"
/usr/bin/python3 - "$shared/questions/xstest/labelled_completions" "$work/english.txt" <<'PY'
import csv, glob, sys
with open(sys.argv[2], "w") as out:
    for f in sorted(glob.glob(sys.argv[1] + "/*.csv")):
        for row in csv.DictReader(open(f, encoding="utf-8")):
            text = row.get("completion") or ""
            out.write(" ".join(text.split()) + "\n")
PY
uptime
for side in before after; do
  b=$before; [ $side = after ] && b=$after
  for v in on off; do
    "$b/tools/lanjie" compile "$work/list.txt" --risk A.1.h --variants $v -o "$work/$side-$v.ljdb" 2>/dev/null
    for corpus in poetry english; do
      set +e
      "$b/tools/lanjie" scan -d "$work/$side-$v.ljdb" --jsonl --threads 2 "$work/$corpus.txt" >"$work/$side-$v-$corpus.jsonl"
      set -e
    done
  done
done
/usr/bin/python3 - "$work" <<'PY'
import collections, json, os, sys, unicodedata
w = sys.argv[1]
def crosses(span):
    return any(c in "，。？！；：、…" for c in span)
for corpus in ["poetry", "english"]:
    mb = os.path.getsize(f"{w}/{corpus}.txt") / 1e6
    for v in ["on", "off"]:
        counts = {}
        for side in ["before", "after"]:
            c = collections.Counter(); n = 0; cross = 0
            for line in open(f"{w}/{side}-{v}-{corpus}.jsonl"):
                for h in json.loads(line)["hits"]:
                    n += 1; c[h["keyword"]] += 1
                    cross += crosses(h["text"])
            counts[side] = c
            print(f"{corpus:8} variants={v:3} {side:6}: {n:7} hits, {n/mb:8.2f} per MB, {cross:5} across sentence punctuation")
        diff = collections.Counter(counts["after"]); diff.subtract(counts["before"])
        moved = [(k, d) for k, d in diff.items() if d != 0]
        moved.sort(key=lambda kd: -abs(kd[1]))
        lost = [(k, d) for k, d in moved if d < 0]; gained = [(k, d) for k, d in moved if d > 0]
        print(f"   {sum(-d for _, d in lost)} fewer hits of {len(lost)} keywords:", ", ".join(f"{k} {d:+d}" for k, d in lost[:12]) or "none")
        print(f"   {sum(d for _, d in gained)} more hits of {len(gained)} keywords:", ", ".join(f"{k} {d:+d}" for k, d in gained[:12]) or "none")
print(f"poetry {os.path.getsize(w + '/poetry.txt')/1e6:.1f} MB, english {os.path.getsize(w + '/english.txt')/1e6:.2f} MB")
PY
