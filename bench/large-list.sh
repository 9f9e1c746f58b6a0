#!/usr/bin/env bash
# Large keyword lists (issues 16 and 13): compile and export cost of the four
# public lists merged (`merged`, ~130k entries, as bench/scan-scaling.sh
# merges them) and of a 250,000-entry list (`250k`: the merged list plus
# generated keywords), several binaries side by side in the same run.
#
#   bench/large-list.sh [LANJIE...]     default: /work/notes/lanjie-309f980 (if present) and build/tools/lanjie
#   e.g. bench/large-list.sh /work/notes/lanjie-309f980 build/tools/lanjie
#
# Per case and binary: RUNS (default 3) whole-process runs, alternating
# between binaries, each measured with `/usr/bin/time -f '%e %U %S %M'`;
# the table gives the medians of wall, user CPU, system CPU and peak RSS.
# CPU time is the figure to compare on a loaded machine (wall time moves
# with the load); `uptime` is printed before every case.
#   compile merged / 250k : lanjie compile LIST.csv -o X.ljdb -q
#   export merged         : lanjie lexicon export <the four public lists> -o P --allow-quarantine -q
#                           (import, validation, hygiene, compile, filing workbook, CSV and artifact)
# SCAN_CHECK=1 (default) also checks that every binary's artifact gives the
# same `lanjie scan` output (plain and --jsonl) on the 67 MB poetry corpus
# with the 64k houbb list and the merged list (compared by SHA-256).
# BIG_EXPORT=1 also measures the export of the 250k list; ONLY_250K=1 leaves
# out the merged list's compile and export (the 250k cases only).
# LOAD_SCAN=1 (default) also measures load and scan at 250k entries on the
# `250k-rare` list (the same recipe without the generated words that occur
# verbatim in the poetry corpus, found with Debian's python3-ahocorasick, so
# that keywords are as rare in the text as real sensitive words), compiled
# by each binary with its default options and with --variants off:
#   load 250k-rare      : lanjie scan --count -q --threads 1 -d L.ljdb empty.txt (the whole fixed cost)
#   scan 250k-rare      : lanjie scan --count -q --threads 1 -d L.ljdb corpus.txt (67 MB)
# with the scan's MB per CPU-second (67 MB over user + sys) as a last column.
# KEEP_LISTS=DIR keeps the generated lists (merged, 250k, 250k-rare) there.
#
# The 250k list is generated, seeded and reproducible: the merged list, then
# words of 2-6 CJK characters from rime-essay (/usr/share/rime-data/essay.txt,
# the rarer three quarters by their frequencies, in a seeded shuffle) and 5% Latin words
# (2-3 pinyin syllables joined), risk codes round robin; duplicates (also
# after folding) are merged by `lanjie lexicon import` of the first binary,
# then the first 250,000 entries are kept.
# Needs ../shared (lists and corpus); exits 0 with a message without it.
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"
bench_start largelist
runs=${RUNS:-3} scan_check=${SCAN_CHECK:-1} big_export=${BIG_EXPORT:-0} only_250k=${ONLY_250K:-0}

[ $# -gt 0 ] || [ ! -x /work/notes/lanjie-309f980 ] || set -- /work/notes/lanjie-309f980 "$root/build/tools/lanjie"
bench_binaries large-list.sh "$@"
lex="$shared/lexicons"
bench_need_shared large-list.sh "lists and corpus"
essay=/usr/share/rime-data/essay.txt
[ -f "$essay" ] || { echo "large-list.sh: $essay missing (Debian rime-data-essay)" >&2; exit 2; }
py=$BENCH_PY
lanjie=${binaries[0]}  # prepares the lists
sources=("$lex/houbb-sensitive-word/v0.26.1/sensitive_word_tags.txt" "$dict:A.1.h"
         "$lex/toolgood-words/illegal/IllegalKeywords.txt:A.1.h" "$lex/konsheng-sensitive-lexicon/Vocabulary")

# The merged public lists (exit 2: a few garbage lines are reported and not
# taken; the list is written).
"$lanjie" lexicon import "${sources[@]}" -o "$work/merged.csv" -q >/dev/null 2>&1 || true
[ -s "$work/merged.csv" ] || { echo "large-list.sh: lexicon import wrote no merged.csv" >&2; exit 2; }

"$py" - "$work/merged.csv" "$essay" "$work/gen.csv" <<'PY'
import csv, random, sys
merged, essay, out = sys.argv[1:4]
random.seed(250000)
have = set()
with open(merged, encoding="utf-8", newline="") as f:
    for row in csv.DictReader(f):
        have.add(row["keyword"])
def cjk(w): return all(0x4E00 <= ord(c) <= 0x9FFF for c in w)
words = []
with open(essay, encoding="utf-8") as f:
    for line in f:
        parts = line.rstrip("\n").split("\t")
        if len(parts) != 2: continue
        w, freq = parts[0], int(parts[1])
        if 2 <= len(w) <= 6 and cjk(w) and w not in have: words.append((freq, w))
words.sort()
words = [w for _, w in words[: len(words) * 3 // 4]]  # the rarer three quarters
random.shuffle(words)
initials = ["b","p","m","f","d","t","n","l","g","k","h","j","q","x","zh","ch","sh","r","z","c","s","y","w",""]
finals = ["a","o","e","ai","ei","ao","ou","an","en","ang","eng","ong","i","ia","ie","iao","iu","ian","in","iang","ing","u","ua","uo","uai","ui","uan","un","uang"]
risks = ["A.1." + c for c in "abcdefghijk"] + ["A.2." + c for c in "abcdefghijk"]
seen = set(have)
rows = []
latin_every = 20
i = 0
for w in words:
    if i % latin_every == latin_every - 1:
        while True:
            l = "".join(random.choice(initials) + random.choice(finals) for _ in range(random.randint(2, 3)))
            if len(l) >= 5 and l not in seen: break
        seen.add(l); rows.append((l, risks[i % len(risks)])); i += 1
    if w in seen: continue
    seen.add(w); rows.append((w, risks[i % len(risks)])); i += 1
with open(out, "w", encoding="utf-8") as f:
    f.write("keyword,risk\n")
    for kw, r in rows: f.write(f"{kw},{r}\n")
PY
"$lanjie" lexicon import "$work/merged.csv" "$work/gen.csv" -o "$work/all.csv" -q >/dev/null 2>&1 || true
head -n 250001 "$work/all.csv" >"$work/250k.csv"
entries() { echo $(($(wc -l <"$1") - 1)); }
[ "$(entries "$work/250k.csv")" -eq 250000 ] || { echo "large-list.sh: only $(entries "$work/250k.csv") entries generated" >&2; exit 2; }

bench_print_binaries "${binaries[@]}"
echo "lists: merged $(entries "$work/merged.csv") entries; 250k $(entries "$work/250k.csv") entries (merged + generated); runs: $runs (medians)"
echo
printf "| %-14s | %-34s | %8s | %8s | %8s | %9s | %s\n" case binary "wall s" "user s" "sys s" "peak MB" "load before"
echo "|---|---|---:|---:|---:|---:|---|"

run_case() {  # name, then the command with BIN standing for the binary and OUT for a scratch prefix
  # (and K for the binary's index, to name its own artifact)
  local name=$1; shift
  local load i k b
  load=$(bench_load)
  for k in "${!binaries[@]}"; do : >"$work/times-$k"; done
  for ((i = 0; i < runs; i++)); do
    for k in "${!binaries[@]}"; do
      b=${binaries[$k]}
      local cmd=()
      for a in "$@"; do a=${a//BIN/$b}; a=${a//OUT/$work/out-$k}; cmd+=("${a//@K@/$k}"); done
      bench_measure "${cmd[@]}" >>"$work/times-$k"  # "wall user sys maxkb" of one run
    done
  done
  for k in "${!binaries[@]}"; do
    "$py" - "$work/times-$k" "$name" "${binaries[$k]}" "$load" "${MB:-}" <<'PY'
import statistics, sys
rows = [list(map(float, l.split())) for l in open(sys.argv[1]) if l.strip()]
med = [statistics.median(c) for c in zip(*rows)]
extra = ""
if sys.argv[5]:  # MB of input: MB per CPU-second of the median run's user + sys
    cpu = statistics.median([r[1] + r[2] for r in rows])
    extra = " | %.0f MB per CPU-s" % (float(sys.argv[5]) / cpu if cpu > 0 else 0)
print("| %-14s | %-34s | %8.3f | %8.3f | %8.3f | %9.0f | %s%s" % (sys.argv[2], sys.argv[3], med[0], med[1], med[2], med[3] / 1024, sys.argv[4], extra))
PY
  done
}
[ "$only_250k" != 0 ] || run_case "compile merged" BIN compile "$work/merged.csv" -o OUT.ljdb -q
run_case "compile 250k" BIN compile "$work/250k.csv" -o OUT.ljdb -q
[ "$only_250k" != 0 ] || run_case "export merged" BIN lexicon export "${sources[@]}" -o OUT --allow-quarantine -q --max-problems 1
[ "$big_export" != 0 ] && run_case "export 250k" BIN lexicon export "$work/250k.csv" -o OUT --allow-quarantine -q --max-problems 1

corpus="$work/corpus.txt"
gzip -dc "$shared/corpus/chinese-poetry.txt.gz" >"$corpus"
if [ "${LOAD_SCAN:-1}" != 0 ]; then
  # 250k-rare: the generated words that occur in the corpus are left out
  # (the merged public lists stay whole), refilled from the rest in order.
  "$py" - "$work/merged.csv" "$work/all.csv" "$corpus" "$work/250k-rare.csv" <<'PY'
import ahocorasick, csv, sys
merged, allcsv, corpus, out = sys.argv[1:5]
with open(merged, encoding="utf-8", newline="") as f:
    public = {row["keyword"] for row in csv.DictReader(f)}
with open(allcsv, encoding="utf-8", newline="") as f:
    rows = list(csv.DictReader(f))
automaton = ahocorasick.Automaton()
for r in rows:
    if r["keyword"] not in public: automaton.add_word(r["keyword"], r["keyword"])
automaton.make_automaton()
found = set()
with open(corpus, encoding="utf-8", errors="replace") as f:
    for line in f:
        for _, w in automaton.iter(line): found.add(w)
kept = [r for r in rows if r["keyword"] in public or r["keyword"] not in found][:250000]
with open(out, "w", encoding="utf-8", newline="") as f:
    w = csv.DictWriter(f, fieldnames=rows[0].keys())
    w.writeheader()
    w.writerows(kept)
print("250k-rare: %d entries (%d generated words occur in the corpus and were left out)" % (len(kept), len(found)))
PY
  [ -n "${KEEP_LISTS:-}" ] && cp "$work/merged.csv" "$work/250k.csv" "$work/250k-rare.csv" "$KEEP_LISTS/"
  : >"$work/empty.txt"
  for k in "${!binaries[@]}"; do
    "${binaries[$k]}" compile "$work/250k-rare.csv" -q -o "$work/rare-$k.ljdb" 2>/dev/null
    "${binaries[$k]}" compile "$work/250k-rare.csv" --variants off -q -o "$work/rare-off-$k.ljdb" 2>/dev/null
  done
  mb=$(awk -v b="$(stat -c %s "$corpus")" 'BEGIN{printf "%.1f", b/1e6}')
  run_case "load 250k-rare" BIN scan --count -q --threads 1 -d "$work/rare-@K@.ljdb" "$work/empty.txt"
  run_case "load, var. off" BIN scan --count -q --threads 1 -d "$work/rare-off-@K@.ljdb" "$work/empty.txt"
  MB=$mb run_case "scan 250k-rare" BIN scan --count -q --threads 1 -d "$work/rare-@K@.ljdb" "$corpus"
  MB=$mb run_case "scan, var. off" BIN scan --count -q --threads 1 -d "$work/rare-off-@K@.ljdb" "$corpus"
  MB=$mb run_case "scan, 2 thr" BIN scan --count -q --threads 2 -d "$work/rare-off-@K@.ljdb" "$corpus"
fi

if [ "$scan_check" != 0 ]; then
  echo
  bench_houbb_lists "$lanjie" "$dict" "$work" 2>/dev/null
  for l in 64k merged; do
    src="$work/$l.csv"; [ "$l" = 64k ] && src="$work/64k.txt"
    for k in "${!binaries[@]}"; do
      "${binaries[$k]}" compile "$src" --risk A.1.h -q -o "$work/$l-$k.ljdb" 2>/dev/null
      for mode in plain jsonl; do
        flag=(); [ "$mode" = jsonl ] && flag=(--jsonl)
        "${binaries[$k]}" scan "${flag[@]}" --threads 2 -d "$work/$l-$k.ljdb" "$corpus" | sha256sum | cut -c1-16 >"$work/scan-$l-$mode-$k" || true
      done
    done
    for mode in plain jsonl; do
      line="scan $l $mode:"
      for k in "${!binaries[@]}"; do line+=" $(cat "$work/scan-$l-$mode-$k")"; done
      [ "$(cat "$work/scan-$l-$mode-"* | sort -u | wc -l)" -eq 1 ] && line+=" (identical)" || line+=" (DIFFERENT)"
      echo "$line"
    done
  done
fi
