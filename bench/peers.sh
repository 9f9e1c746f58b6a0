#!/usr/bin/env bash
# Side-by-side: `lanjie scan` against `rg -F -f` and `grep -F -f` on the same
# keyword list and corpus, whole processes, medians of several runs
# (hyperfine). Also artifact compile/load time and peak RSS on a 1 GB file.
#
#   bench/peers.sh [LIST [CORPUS]]
#
# Defaults: ../shared's houbb list (64k keywords; its first 10k lines for the
# 10k case) and the chinese-poetry corpus (67 MB). Without ../shared it
# generates a list and a corpus. Environment: RUNS (default 5), BIG_GB
# (size of the peak-RSS file, default 1; 0 skips it), GREP=0 skips grep.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
shared="$root/../shared/data"
runs=${RUNS:-5}
big_gb=${BIG_GB:-1}
work=$(mktemp -d /tmp/lanjie-peers.XXXXXX)
trap 'rm -rf "$work"' EXIT

lanjie="$root/build/tools/lanjie"
if [ ! -x "$lanjie" ]; then
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build build --target lanjie >/dev/null
fi
for tool in rg hyperfine; do
  command -v "$tool" >/dev/null || { echo "peers.sh: $tool is missing (scripts/deps.sh installs it)" >&2; exit 2; }
done

list=${1:-$shared/lexicons/houbb-sensitive-word/v0.26.1/sensitive_word_dict.txt}
corpus=${2:-}
if [ ! -f "$list" ]; then
  echo "peers.sh: $list not found; generating a 64k-keyword list" >&2
  list="$work/list.txt"
  python3 - "$list" <<'EOF'
import random, sys
random.seed(42)
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for _ in range(64000):
        f.write("".join(chr(0x4E00 + random.randrange(2500)) for _ in range(random.randint(2, 5))) + "\n")
EOF
fi
if [ -z "$corpus" ]; then
  if [ -f "$shared/corpus/chinese-poetry.txt.gz" ]; then
    corpus="$work/corpus.txt"
    gzip -dc "$shared/corpus/chinese-poetry.txt.gz" >"$corpus"
  else
    echo "peers.sh: no corpus in ../shared; generating 64 MB" >&2
    corpus="$work/corpus.txt"
    python3 - "$corpus" <<'EOF'
import random, sys
random.seed(7)
with open(sys.argv[1], "w", encoding="utf-8") as f:
    size = 0
    while size < 64_000_000:
        line = "".join(chr(0x4E00 + random.randrange(2500)) if random.random() > 0.08 else "，" for _ in range(random.randint(10, 80))) + "。\n"
        f.write(line)
        size += len(line.encode())
EOF
  fi
fi
# rg and grep take the list as it is; lanjie reads the same lines. Lines that
# fold to nothing are reported by lanjie compile and skipped, so all tools
# search for the same keywords.
head -n 10000 "$list" >"$work/list10k.txt"
corpus_mb=$(awk -v b="$(stat -c %s "$corpus")" 'BEGIN{printf "%.1f", b/1e6}')
echo "list: $list ($(wc -l <"$list") lines); corpus: $corpus ($corpus_mb MB)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "versions: $("$lanjie" --version), $(rg --version 2>/dev/null | head -1), $(grep --version 2>/dev/null | head -1)"

median() { python3 -c 'import json,sys; print("%.3f" % json.load(open(sys.argv[1]))["results"][0]["median"])' "$1"; }

for n in 10k 64k; do
  l="$list"; [ "$n" = 10k ] && l="$work/list10k.txt"
  db="$work/$n.ljdb"
  hyperfine -N --runs 3 --export-json "$work/compile-$n.json" \
    "$lanjie compile $l --risk A.1.h --variants off -q -o $db" >/dev/null 2>&1
  "$lanjie" compile "$l" --risk A.1.h --variants off -q -o "$db" 2>/dev/null
  hyperfine -N --runs "$runs" --warmup 1 --export-json "$work/load-$n.json" "$lanjie info $db" >/dev/null 2>&1
  # Every tool counts matching lines (-c, lanjie --count): each must read the
  # whole corpus. Output goes through a pipe: GNU grep stops at the first
  # match when its output is /dev/null. Exit status 1 (nothing found) is fine.
  hyperfine -N --output=pipe --runs "$runs" --warmup 1 -i --export-json "$work/lanjie-$n.json" \
    "$lanjie scan --count -q -d $db $corpus" >/dev/null 2>&1
  hyperfine -N --output=pipe --runs "$runs" --warmup 1 -i --export-json "$work/lanjie1-$n.json" \
    "$lanjie scan --count -q --threads 1 -d $db $corpus" >/dev/null 2>&1
  hyperfine -N --output=pipe --runs "$runs" --warmup 1 -i --export-json "$work/rg-$n.json" \
    "rg -c -F -f $l $corpus" >/dev/null 2>&1
  g=""
  if [ "${GREP:-1}" != 0 ]; then
    hyperfine -N --output=pipe --runs "$runs" -i --export-json "$work/grep-$n.json" \
      "grep -c -F -f $l $corpus" >/dev/null 2>&1
    g=$(median "$work/grep-$n.json")
  fi
  lj=$(median "$work/lanjie-$n.json"); lj1=$(median "$work/lanjie1-$n.json"); r=$(median "$work/rg-$n.json")
  hit_lines=$( ("$lanjie" scan -q -d "$db" "$corpus" || true) | cut -d: -f1 | uniq | wc -l)
  rg_lines=$(rg -F -f "$l" -c "$corpus" || true)
  echo
  echo "== $n keywords ($(wc -l <"$l") lines) =="
  echo "compile: $(median "$work/compile-$n.json") s   load (lanjie info): $(median "$work/load-$n.json") s"
  printf "%-34s %8s s  %8s MB/s\n" "lanjie scan (all cores)" "$lj" "$(awk -v m="$corpus_mb" -v t="$lj" 'BEGIN{printf "%.0f", m/t}')"
  printf "%-34s %8s s  %8s MB/s\n" "lanjie scan --threads 1" "$lj1" "$(awk -v m="$corpus_mb" -v t="$lj1" 'BEGIN{printf "%.0f", m/t}')"
  printf "%-34s %8s s  %8s MB/s\n" "rg -F -f" "$r" "$(awk -v m="$corpus_mb" -v t="$r" 'BEGIN{printf "%.0f", m/t}')"
  [ -n "$g" ] && printf "%-34s %8s s  %8s MB/s\n" "grep -F -f" "$g" "$(awk -v m="$corpus_mb" -v t="$g" 'BEGIN{printf "%.0f", m/t}')"
  echo "lines with a hit: lanjie $hit_lines (folding on), rg $rg_lines (exact bytes)"
  echo "ratio rg/lanjie: $(awk -v a="$r" -v b="$lj" 'BEGIN{printf "%.2f", a/b}')x (one thread: $(awk -v a="$r" -v b="$lj1" 'BEGIN{printf "%.2f", a/b}')x)$([ -n "$g" ] && awk -v a="$g" -v b="$lj" 'BEGIN{printf "; grep/lanjie: %.2fx", a/b}')"
done

if [ "$big_gb" != 0 ]; then
  big="$work/big.txt"
  target=$((big_gb * 1000000000))
  while [ "$(stat -c %s "$big" 2>/dev/null || echo 0)" -lt "$target" ]; do cat "$corpus" >>"$big"; done
  echo
  echo "== peak RSS on $(awk -v b="$(stat -c %s "$big")" 'BEGIN{printf "%.2f GB", b/1e9}'), 64k keywords =="
  /usr/bin/time -f "lanjie scan: %e s, peak RSS %M KB" "$lanjie" scan --count -q -d "$work/64k.ljdb" "$big" || true
  /usr/bin/time -f "rg -c -F -f: %e s, peak RSS %M KB" rg -c -F -f "$list" "$big" | cat >/dev/null || true
fi
