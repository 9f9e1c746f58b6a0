#!/usr/bin/env bash
# Issue 11, round 15: the bound of the variant walk as a Hyperscan literal
# database over a syllable stream (build/bench/variant_literal_bound), on
# the first 32 MB of the poetry corpus with the usable houbb list's first
# 10k lines and all 64k (artifacts compiled by LANJIE, --portable, variants
# on and off), for each literal set and stream encoding:
#   LITERAL_SET homophone | all (with the 拆字 component sequences)
#   LITERAL_ENC 0, 1 (2 bytes a code, the dense offsets) | 2 (1 byte a code)
#
#   bench/variant-literal-bound.sh [LANJIE]     (default build/tools/lanjie)
#
# RUNS (default 7); LISTS (default "10k 64k"); COMBOS (default "homophone:2
# all:2 homophone:0 homophone:1"). The fold-written stream needs the probe
# build: git apply bench/variant_literal_bound_probe.patch, configure with
# -DLANJIE_V15_PROBE=ON, build variant_literal_bound (then revert the patch).
# Prints `uptime` before each list.
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"
bench_start variant-literal-bound
runs=${RUNS:-7}
lists=${LISTS:-"10k 64k"}
combos=${COMBOS:-"homophone:2 all:2 homophone:0 homophone:1"}
lanjie=${1:-$root/build/tools/lanjie}
bound=${BOUND:-$root/build/bench/variant_literal_bound}
[ -x "$bound" ] || { echo "variant-literal-bound.sh: build the target variant_literal_bound first" >&2; exit 2; }
bench_need_shared variant-literal-bound.sh "corpus and list"
{ gzip -dc "$shared/corpus/chinese-poetry.txt.gz" || true; } | head -c 32000000 >"$work/c32m.txt"  # gzip: SIGPIPE
bench_houbb_lists "$lanjie" "$dict" "$work"
bench_compile_lists -on "" "$lanjie"
bench_compile_lists -off "--variants off" "$lanjie"
bench_print_binaries "$lanjie"
echo "bound: $bound"
for l in $lists; do
  for c in $combos; do
    echo
    echo "## $l, LITERAL_SET=${c%%:*} LITERAL_ENC=${c##*:}; load average: $(uptime | sed 's/.*load average: //')"
    LITERAL_SET=${c%%:*} LITERAL_ENC=${c##*:} "$bound" "$work/b1-$l-on.ljdb" "$work/b1-$l-off.ljdb" "$work/c32m.txt" "$runs"
  done
done
