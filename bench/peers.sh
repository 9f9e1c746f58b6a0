#!/usr/bin/env bash
# Side-by-side: `lanjie scan` against `rg -F -f`, `grep -F -f`, Python's
# pyahocorasick (Debian python3-ahocorasick, bench/peer_pyahocorasick.py)
# and npm mint-filter (bench/peer_mint.js; `npm ci --prefix bench`, run here
# when missing) on the same keyword list and corpus, whole processes,
# medians of several runs (hyperfine); every tool counts the lines with a
# hit, and the counts are printed, so a faster tool that finds less shows.
# Also artifact compile/load time and peak RSS on a 1 GB file. LANJIE=path
# measures another lanjie binary (default build/tools/lanjie).
#
#   bench/peers.sh [LIST [CORPUS]]
#
# Defaults: ../shared's houbb list (64k keywords; its first 10k lines for the
# 10k case) and the chinese-poetry corpus (67 MB). Without ../shared it
# generates a list and a corpus. Environment: RUNS (default 5), BIG_GB
# (size of the peak-RSS file, default 1; 0 skips it), GREP=0 skips grep,
# PYAHO=0 skips pyahocorasick, MINT=0 skips mint-filter, SIZES="64k" runs
# only the 64k case (default "10k 64k"), COMPILE=0 does not time compiling.
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"
bench_start peers
runs=${RUNS:-5}
big_gb=${BIG_GB:-1}

lanjie=${LANJIE:-$root/build/tools/lanjie}
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
  "$BENCH_PY" - "$list" <<'EOF'
import random, sys
random.seed(42)
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for _ in range(64000):
        f.write("".join(chr(0x4E00 + random.randrange(2500)) for _ in range(random.randint(2, 5))) + "\n")
EOF
fi
# The usable lines of the list (bench/usable-list.sh) as 64k.txt, its first
# 10,000 lines as 10k.txt.
bench_houbb_lists "$lanjie" "$list" "$work"
list="$work/64k.txt"
if [ -z "$corpus" ]; then
  if [ -f "$shared/corpus/chinese-poetry.txt.gz" ]; then
    corpus="$work/corpus.txt"
    gzip -dc "$shared/corpus/chinese-poetry.txt.gz" >"$corpus"
  else
    echo "peers.sh: no corpus in ../shared; generating 64 MB" >&2
    corpus="$work/corpus.txt"
    "$BENCH_PY" - "$corpus" <<'EOF'
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
corpus_mb=$(awk -v b="$(stat -c %s "$corpus")" 'BEGIN{printf "%.1f", b/1e6}')
echo "list: $list ($(wc -l <"$list") lines); corpus: $corpus ($corpus_mb MB)"
bench_print_binaries "$lanjie"
echo "load: $(bench_load); versions: $(rg --version 2>/dev/null | head -1), $(grep --version 2>/dev/null | head -1)"

pyaho=${PYAHO:-1}
if [ "$pyaho" != 0 ] && ! /usr/bin/python3 -c 'import ahocorasick' 2>/dev/null; then
  echo "peers.sh: python3-ahocorasick is missing (scripts/deps.sh installs it); skipping it" >&2
  pyaho=0
fi
mint=${MINT:-1}
if [ "$mint" != 0 ] && [ ! -d "$root/bench/node_modules/mint-filter" ]; then
  (cd "$root/bench" && npm ci --no-audit --no-fund >/dev/null 2>&1) || {
    echo "peers.sh: npm ci in bench/ failed; skipping mint-filter" >&2
    mint=0
  }
fi
[ "$pyaho" != 0 ] && echo "pyahocorasick: $(dpkg-query -W -f='${Version}' python3-ahocorasick 2>/dev/null) (Python $(/usr/bin/python3 -c 'import sys; print(sys.version.split()[0])'))"
[ "$mint" != 0 ] && echo "mint-filter: $(node -p 'require("'"$root"'/bench/node_modules/mint-filter/package.json").version') (Node.js $(node --version))"
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{printf "%.2f", a/b}'; }

median() { "$BENCH_PY" -c 'import json,sys; print("%.3f" % json.load(open(sys.argv[1]))["results"][0]["median"])' "$1"; }

for n in ${SIZES:-10k 64k}; do
  l="$list"; [ "$n" = 10k ] && l="$work/10k.txt"
  db="$work/$n.ljdb"
  if [ "${COMPILE:-1}" != 0 ]; then
    hyperfine -N --runs 3 --export-json "$work/compile-$n.json" \
      "$lanjie compile $l --risk A.1.h --variants off -q -o $db" >/dev/null 2>&1
  fi
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
  p="" m=""
  if [ "$pyaho" != 0 ]; then
    hyperfine -N --output=pipe --runs "$runs" -i --export-json "$work/py-$n.json" \
      "/usr/bin/python3 $root/bench/peer_pyahocorasick.py $l $corpus" >/dev/null 2>&1
    p=$(median "$work/py-$n.json"); p_lines=$(/usr/bin/python3 "$root/bench/peer_pyahocorasick.py" "$l" "$corpus")
  fi
  if [ "$mint" != 0 ]; then
    hyperfine -N --output=pipe --runs "$runs" -i --export-json "$work/mint-$n.json" \
      "node $root/bench/peer_mint.js $l $corpus" >/dev/null 2>&1
    m=$(median "$work/mint-$n.json"); m_lines=$(node "$root/bench/peer_mint.js" "$l" "$corpus")
  fi
  lj=$(median "$work/lanjie-$n.json"); lj1=$(median "$work/lanjie1-$n.json"); r=$(median "$work/rg-$n.json")
  hit_lines=$( ("$lanjie" scan -q -d "$db" "$corpus" || true) | cut -d: -f1 | uniq | wc -l)
  rg_lines=$(rg -F -f "$l" -c "$corpus" || true)
  echo
  echo "== $n keywords ($(wc -l <"$l") lines; load before: $(bench_load)) =="
  echo "compile: $([ -f "$work/compile-$n.json" ] && median "$work/compile-$n.json" || echo "(not timed)") s   load (lanjie info): $(median "$work/load-$n.json") s"
  printf "%-34s %8s s  %8s MB/s\n" "lanjie scan (all cores)" "$lj" "$(awk -v m="$corpus_mb" -v t="$lj" 'BEGIN{printf "%.0f", m/t}')"
  printf "%-34s %8s s  %8s MB/s\n" "lanjie scan --threads 1" "$lj1" "$(awk -v m="$corpus_mb" -v t="$lj1" 'BEGIN{printf "%.0f", m/t}')"
  printf "%-34s %8s s  %8s MB/s\n" "rg -F -f" "$r" "$(awk -v m="$corpus_mb" -v t="$r" 'BEGIN{printf "%.0f", m/t}')"
  [ -n "$g" ] && printf "%-34s %8s s  %8s MB/s\n" "grep -F -f" "$g" "$(awk -v m="$corpus_mb" -v t="$g" 'BEGIN{printf "%.0f", m/t}')"
  [ -n "$p" ] && printf "%-34s %8s s  %8s MB/s\n" "pyahocorasick (python3)" "$p" "$(awk -v m="$corpus_mb" -v t="$p" 'BEGIN{printf "%.0f", m/t}')"
  [ -n "$m" ] && printf "%-34s %8s s  %8s MB/s\n" "mint-filter (node)" "$m" "$(awk -v m="$corpus_mb" -v t="$m" 'BEGIN{printf "%.0f", m/t}')"
  grep_lines=""
  [ -n "$g" ] && grep_lines=", grep $(grep -c -F -f "$l" "$corpus" || true)"
  echo "lines with a hit: lanjie $hit_lines (folding on), rg $rg_lines$grep_lines$([ -n "$p" ] && echo ", pyahocorasick $p_lines")$([ -n "$m" ] && echo ", mint-filter $m_lines") (exact code points)"
  echo "ratio rg/lanjie: $(ratio "$r" "$lj")x (one thread: $(ratio "$r" "$lj1")x)$([ -n "$g" ] && echo "; grep/lanjie: $(ratio "$g" "$lj")x")$([ -n "$p" ] && echo "; pyahocorasick/lanjie: $(ratio "$p" "$lj")x (one thread: $(ratio "$p" "$lj1")x)")$([ -n "$m" ] && echo "; mint-filter/lanjie: $(ratio "$m" "$lj")x (one thread: $(ratio "$m" "$lj1")x)")"
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
