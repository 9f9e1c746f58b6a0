#!/usr/bin/env bash
# Same hits, byte for byte, from two lanjie binaries with variants on:
# `lanjie scan --jsonl --threads 1` as line scan (the dense walk), with
# `--max-line 16` (every longer line goes through the stream scanner: the
# UTF-8 walk), `--mask --threads 1` (the masked text) and `--jsonl
# --threads 2` (blocks on two threads), over 4 MB of the poetry corpus and 20,000 seeded evasion
# lines per list (bench/variant_evasions.py, seed 7), houbb v0.26.1 first
# 10k / all 64k usable lines. Each binary compiles its own artifacts.
#
#   bench/variant-same-hits.sh OLD_LANJIE NEW_LANJIE [VARIANT_DATA.inc]
#
# VARIANT_DATA.inc: the generated readings (default
# build/engine/match/generated/variant_data.inc). Prints one md5 per
# binary, list and input, and "same" or "DIFFERENT" per pair; exit 1 when
# any differs. Needs ../shared.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
. "$root/bench/lib.sh"
shared="$root/../shared/data"
[ -d "$shared" ] || shared=/work/shared/data
[ $# -ge 2 ] || { echo "usage: bench/variant-same-hits.sh OLD_LANJIE NEW_LANJIE [VARIANT_DATA.inc]" >&2; exit 2; }
old=$1 new=$2 inc=${3:-$root/build/engine/match/generated/variant_data.inc}
dict="$shared/lexicons/houbb-sensitive-word/v0.26.1/sensitive_word_dict.txt"
[ -f "$dict" ] && [ -f "$shared/corpus/chinese-poetry.txt.gz" ] || { echo "variant-same-hits.sh: ../shared/data not found" >&2; exit 0; }
work=$(mktemp -d /tmp/lanjie-same-hits.XXXXXX)
trap 'rm -rf "$work"' EXIT
{ gzip -dc "$shared/corpus/chinese-poetry.txt.gz" || true; } | head -c 4000000 >"$work/c4m.txt"
bench_houbb_lists "$old" "$dict" "$work"
for l in 10k 64k; do
  "$BENCH_PY" bench/variant_evasions.py "$inc" data/variants/chaizi.tsv "$work/$l.txt" "$work/c4m.txt" "$work/ev-$l.txt" 20000 7
done
status=0
for l in 10k 64k; do
  for b in old new; do
    bin=$old; [ $b = new ] && bin=$new
    "$bin" compile "$work/$l.txt" --risk A.1.h -q -o "$work/$b-$l.ljdb"
  done
  for f in c4m.txt ev-$l.txt; do
    for mode in lines stream mask threads2; do
      opt=(--jsonl --threads 1)
      case $mode in
        stream) opt+=(--max-line 16) ;;
        mask) opt=(--mask --threads 1) ;;
        threads2) opt=(--jsonl --threads 2) ;;
      esac
      for b in old new; do
        bin=$old; [ $b = new ] && bin=$new
        { "$bin" scan -q "${opt[@]}" -d "$work/$b-$l.ljdb" "$work/$f" || [ $? -le 1 ]; } >"$work/$b.out"
      done
      h_old=$(md5sum <"$work/old.out" | cut -c1-32) h_new=$(md5sum <"$work/new.out" | cut -c1-32)
      verdict=same; [ "$h_old" = "$h_new" ] || { verdict=DIFFERENT; status=1; }
      echo "$l $f $mode: $(wc -l <"$work/new.out") output lines; old $h_old new $h_new: $verdict"
    done
  done
done
exit $status
