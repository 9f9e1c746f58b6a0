#!/usr/bin/env bash
# Agreement of lanjie's refusal judge with human labels, on every labelled set
# we have, each reported on its own:
#   dev      tests/testdata/judge/dev_{zh,en}.jsonl: the development set the
#            grammar was written against (in-sample; a regression floor only)
#   dev_b/c/d/f/g/h/j/l/n/o/p/q/r/s/t/u/v/w/x/y/z tests/testdata/judge/dev_{b,c,d,f,g,h,j,l,n,o,p,q,r,s,t,u,v,w,x,y,z}_{zh,en}.jsonl: the
#            first to twenty-first frozen sets (dev_f = held-out set 4, dev_g =
#            held-out set 5, dev_h = held-out set 6, dev_j = held-out set 7,
#            dev_l = held-out set 8, dev_n = held-out set 9, dev_o = held-out
#            set 10, a copy of bench/judge/heldout10, dev_p = held-out set 11,
#            a copy of bench/judge/heldout11, dev_q = held-out set 12, a
#            copy of bench/judge/heldout12, dev_r = held-out set 13, a
#            copy of bench/judge/heldout13, dev_s = held-out set 14, a copy of
#            bench/judge/heldout14, dev_t = held-out set 15, a copy of
#            bench/judge/heldout15, dev_u = held-out set 16, a copy of
#            bench/judge/heldout16, dev_v = held-out set 17, a copy of
#            bench/judge/heldout17, dev_w = held-out set 18, a copy of
#            bench/judge/heldout18, dev_x = held-out set 19, a copy of
#            bench/judge/heldout19, dev_y = held-out set 20, a copy of
#            bench/judge/heldout20, dev_z = held-out set 21, a copy of
#            bench/judge/heldout21, dev_za = held-out set 22, a copy of
#            bench/judge/heldout22, dev_zb = held-out set 23, a copy of
#            bench/judge/heldout23, dev_zc = held-out set 24, a copy of
#            bench/judge/heldout24, dev_zd = held-out set 25, a copy of
#            bench/judge/heldout25, dev_ze = held-out set 26, a copy of
#            bench/judge/heldout26, dev_zf = held-out set 27, a copy of
#            bench/judge/heldout27, dev_zg = held-out set 28, a copy of
#            bench/judge/heldout28, dev_zh = held-out set 29, a copy of
#            bench/judge/heldout29 (sets 24-29: trained on by the `service`
#            model only), dev_zi = held-out set 30, a copy of
#            bench/judge/heldout30, dev_zj = held-out set 31, a copy of
#            bench/judge/heldout31, dev_zk = held-out set 32, a copy of
#            bench/judge/heldout32, dev_zl .. dev_zz, dev_zza .. dev_zze =
#            held-out sets 33-52, copies of bench/judge/heldout33..52, dev_zzf .. dev_zzn = sets 54, 56-63 (bench/judge/heldout54, 56-63) (sets 30-32: the
#            grammar's development data since round 29, sets 33-35 since
#            round 30, set 36 since round 31, set 37 since round 32, set
#            38 since round 33, set 39 since round 34, set 40 since round
#            35, set 41 since round 36, set 42 since round 37, set 43
#            since round 38, set 44 since round 39, set 45 since round
#            40, set 46 since round 41, set 47 measured once, no change
#            from it, set 48 since round 42, set 49 since round 43, set 50
#            since round 44, set 51 measured once, no change from it, set
#            52 since round 45; sets 30-45 trained on by the `service` model
#            since round 40, sets 46-48 since round 42, sets 49-51 since
#            rounds 43-44, set 52 since round 45, none by the default model),
#   dev_i    the short-answer set written for the model (measured once),
#   dev_k    realistic long and medium chat answers (round 7; measured once),
#   dev_m    English refusals without a refusal act and answers whose verdict
#            needs the question (round 8; measured once before training),
#            each written by a separate author, measured once
#            (bench/RESULTS.md), then their errors read and used for
#            development (in-sample since)
#   dev_e    tests/testdata/judge/dev_e_{zh,en}.jsonl: the developer's own
#            examples of each construction, traps included (in-sample)
#   heldout  optional: every *.jsonl in $LANJIE_HELDOUT (a set the developer
#            never opened; the lead measures the fourth one this way)
#   xstest   ../shared XSTest labelled completions, one file per model
#            (leave-one-model-out: see bench/RESULTS.md for which files were
#            looked at during development)
#   jade     ../shared JADE-DB v3: safe answers as refusals, unsafe answers as
#            compliance; hard and medium subsets apart; then the two seeded
#            halves of its questions (random.Random(20261202) shuffle of the
#            sorted IDs): half A's error classes were read during development,
#            half B's never were (out of sample)
#   Every set is measured twice: "rules" (the grammar alone) and "stacked"
#   (the grammar with the learned model data/eval/refusal_model.txt, trained
#   on the dev sets above except dev_r (left out since round 13: training on
#   it fails two eval tests; dev_t and dev_u, sets 15 and 16, are trained on
#   since round 16; dev_v, set 17, is read by the grammar since round 17 but
#   left out of the model's training: the retrain with it scored lower on
#   XSTest; dev_w, set 18, is read by the grammar and trained on since round
#   18; dev_y, set 20, is trained on since round 22): in-sample for those, out of
#   sample for dev_r, dev_v, dev_x, dev_z, dev_za, dev_zb, dev_zc, dev_zd, dev_ze, xstest, jade
#   and heldout).
#   cv       with --cv: leave-one-file-out over every dev file (train the
#            model on all but one, measure rules and stacked on the last).
#   LANJIE_OLD_MODEL=FILE adds a third row per set: stacked with that model
#   file (e.g. main's: git show main:data/eval/refusal_model.txt > old.txt).
# Usage: bench/judge.sh [--cv] [BUILD_DIR]   (default: build). Needs ../shared only
# for the xstest and jade parts (skipped with a message when absent).
# The shipped model is made by (and tests/eval/refusal_model_test.cc checks):
#   lanjie eval judge-train $DEV -o data/eval/refusal_model.txt --comment "..."
# (since round 15 its weights are the mean of the 5 inner folds' L1 fits,
# judge-train's default --average 2; --cv trains each fold the same way).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cv=0
if [ "${1:-}" = --cv ]; then cv=1; shift; fi
build=${1:-$here/build}
shared=${LANJIE_SHARED:-$here/../shared}/data/questions
[ -x "$build/tools/lanjie" ] || cmake --build "$build" --target lanjie
lanjie="$build/tools/lanjie"
dev=()
for s in "" _b _c _d _e _f _g _h _i _j _k _l _m _n _o _p _q _r _s _t _u _v _w _x _y _z _za _zb _zc _zd _ze _zf _zg _zh _zi _zj _zk _zl _zm _zn _zo _zp _zq _zr _zs _zt _zu _zv _zw _zx _zy _zz; do for l in zh en; do dev+=("$here/tests/testdata/judge/dev${s}_$l.jsonl"); done; done
if [ $cv = 1 ]; then
  # The shipped model's settings (its features and train lines), not
  # judge-train's defaults.
  model=$here/data/eval/refusal_model.txt
  families=$(sed -n 's/^features //p' "$model" | tr ' ' ',')
  # The train line's fifth field is --average (since round 17; judge-train's
  # default, 2, when a file does not record it).
  read -r _ solver c target average < <(grep '^train ' "$model")
  average=${average:-2}
  l2=(); [ "$solver" = l2 ] && l2=(--l2)
  echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "settings: --features $families --c $c --target-uncertain $target --average $average ${l2[*]}"
  "$lanjie" eval judge-train --cv --features "$families" --c "$c" --target-uncertain "$target" --average "$average" "${l2[@]}" "${dev[@]}"
  exit 0
fi
check() {  # name files...
  local name=$1; shift
  check1 "$name rules" --model none "$@"
  check1 "$name stacked" --model default "$@"
  if [ -n "${LANJIE_OLD_MODEL:-}" ]; then check1 "$name old model" --model "$LANJIE_OLD_MODEL" "$@"; fi
}
check1() {  # name [--model M] files...
  local name=$1; shift
  printf '%-36s ' "$name"
  "$lanjie" eval judge-check --json "$@" | /usr/bin/python3 -c '
import json, sys
j = json.load(sys.stdin)
c = j["confusion"]
print("n=%4d decided=%4d uncertain=%3d (%.1f%%) agreement=%.2f%% precision=%.2f%% recall=%.2f%% [RR=%d RC=%d CR=%d CC=%d]" % (
    j["n"], j["decided"], j["uncertain"], 100 * j["uncertain_rate"], 100 * j["accuracy"],
    100 * j["refusal_precision"], 100 * j["refusal_recall"], c["refusal_as_refusal"],
    c["refusal_as_compliance"], c["compliance_as_refusal"], c["compliance_as_compliance"]))'
}
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
check "dev zh (in-sample)" "$here/tests/testdata/judge/dev_zh.jsonl"
check "dev en (in-sample)" "$here/tests/testdata/judge/dev_en.jsonl"
check "dev_b zh (in-sample)" "$here/tests/testdata/judge/dev_b_zh.jsonl"
check "dev_b en (in-sample)" "$here/tests/testdata/judge/dev_b_en.jsonl"
check "dev_c zh (in-sample)" "$here/tests/testdata/judge/dev_c_zh.jsonl"
check "dev_c en (in-sample)" "$here/tests/testdata/judge/dev_c_en.jsonl"
check "dev_d zh (in-sample)" "$here/tests/testdata/judge/dev_d_zh.jsonl"
check "dev_d en (in-sample)" "$here/tests/testdata/judge/dev_d_en.jsonl"
check "dev_e zh (in-sample)" "$here/tests/testdata/judge/dev_e_zh.jsonl"
check "dev_e en (in-sample)" "$here/tests/testdata/judge/dev_e_en.jsonl"
check "dev_f zh (in-sample)" "$here/tests/testdata/judge/dev_f_zh.jsonl"
check "dev_f en (in-sample)" "$here/tests/testdata/judge/dev_f_en.jsonl"
check "dev_g zh (in-sample)" "$here/tests/testdata/judge/dev_g_zh.jsonl"
check "dev_g en (in-sample)" "$here/tests/testdata/judge/dev_g_en.jsonl"
check "dev_h zh (in-sample)" "$here/tests/testdata/judge/dev_h_zh.jsonl"
check "dev_h en (in-sample)" "$here/tests/testdata/judge/dev_h_en.jsonl"
check "dev_i zh (in-sample)" "$here/tests/testdata/judge/dev_i_zh.jsonl"
check "dev_i en (in-sample)" "$here/tests/testdata/judge/dev_i_en.jsonl"
check "dev_j zh (set 7, in-sample)" "$here/tests/testdata/judge/dev_j_zh.jsonl"
check "dev_j en (set 7, in-sample)" "$here/tests/testdata/judge/dev_j_en.jsonl"
check "dev_k zh (in-sample)" "$here/tests/testdata/judge/dev_k_zh.jsonl"
check "dev_k en (in-sample)" "$here/tests/testdata/judge/dev_k_en.jsonl"
check "dev_l zh (set 8, in-sample)" "$here/tests/testdata/judge/dev_l_zh.jsonl"
check "dev_l en (set 8, in-sample)" "$here/tests/testdata/judge/dev_l_en.jsonl"
check "dev_m zh (in-sample)" "$here/tests/testdata/judge/dev_m_zh.jsonl"
check "dev_m en (in-sample)" "$here/tests/testdata/judge/dev_m_en.jsonl"
check "dev_n zh (set 9, in-sample)" "$here/tests/testdata/judge/dev_n_zh.jsonl"
check "dev_n en (set 9, in-sample)" "$here/tests/testdata/judge/dev_n_en.jsonl"
check "dev_o zh (set 10, in-sample)" "$here/tests/testdata/judge/dev_o_zh.jsonl"
check "dev_o en (set 10, in-sample)" "$here/tests/testdata/judge/dev_o_en.jsonl"
check "dev_p zh (set 11, in-sample)" "$here/tests/testdata/judge/dev_p_zh.jsonl"
check "dev_p en (set 11, in-sample)" "$here/tests/testdata/judge/dev_p_en.jsonl"
check "dev_q zh (set 12, in-sample)" "$here/tests/testdata/judge/dev_q_zh.jsonl"
check "dev_q en (set 12, in-sample)" "$here/tests/testdata/judge/dev_q_en.jsonl"
check "dev_r zh (set 13, in-sample)" "$here/tests/testdata/judge/dev_r_zh.jsonl"
check "dev_r en (set 13, in-sample)" "$here/tests/testdata/judge/dev_r_en.jsonl"
check "dev_s zh (set 14, in-sample)" "$here/tests/testdata/judge/dev_s_zh.jsonl"
check "dev_s en (set 14, in-sample)" "$here/tests/testdata/judge/dev_s_en.jsonl"
check "dev_t zh (set 15, in-sample)" "$here/tests/testdata/judge/dev_t_zh.jsonl"
check "dev_t en (set 15, in-sample)" "$here/tests/testdata/judge/dev_t_en.jsonl"
check "dev_u zh (set 16, in-sample)" "$here/tests/testdata/judge/dev_u_zh.jsonl"
check "dev_u en (set 16, in-sample)" "$here/tests/testdata/judge/dev_u_en.jsonl"
check "dev_v zh (set 17, grammar in-sample)" "$here/tests/testdata/judge/dev_v_zh.jsonl"
check "dev_v en (set 17, grammar in-sample)" "$here/tests/testdata/judge/dev_v_en.jsonl"
check "dev_w zh (set 18, in-sample)" "$here/tests/testdata/judge/dev_w_zh.jsonl"
check "dev_w en (set 18, in-sample)" "$here/tests/testdata/judge/dev_w_en.jsonl"
check "dev_x zh (set 19, grammar in-sample)" "$here/tests/testdata/judge/dev_x_zh.jsonl"
check "dev_x en (set 19, grammar in-sample)" "$here/tests/testdata/judge/dev_x_en.jsonl"
check "dev_y zh (set 20, in-sample)" "$here/tests/testdata/judge/dev_y_zh.jsonl"
check "dev_y en (set 20, in-sample)" "$here/tests/testdata/judge/dev_y_en.jsonl"
check "dev_z zh (set 21, grammar in-sample)" "$here/tests/testdata/judge/dev_z_zh.jsonl"
check "dev_z en (set 21, grammar in-sample)" "$here/tests/testdata/judge/dev_z_en.jsonl"
check "dev_za zh (set 22, grammar in-sample)" "$here/tests/testdata/judge/dev_za_zh.jsonl"
check "dev_za en (set 22, grammar in-sample)" "$here/tests/testdata/judge/dev_za_en.jsonl"
check "dev_zb zh (set 23, grammar in-sample)" "$here/tests/testdata/judge/dev_zb_zh.jsonl"
check "dev_zb en (set 23, grammar in-sample)" "$here/tests/testdata/judge/dev_zb_en.jsonl"
check "dev_zc zh (set 24, grammar in-sample)" "$here/tests/testdata/judge/dev_zc_zh.jsonl"
check "dev_zc en (set 24, grammar in-sample)" "$here/tests/testdata/judge/dev_zc_en.jsonl"
check "dev_zd zh (set 25, grammar in-sample)" "$here/tests/testdata/judge/dev_zd_zh.jsonl"
check "dev_zd en (set 25, grammar in-sample)" "$here/tests/testdata/judge/dev_zd_en.jsonl"
check "dev_ze zh (set 26, grammar in-sample)" "$here/tests/testdata/judge/dev_ze_zh.jsonl"
check "dev_ze en (set 26, grammar in-sample)" "$here/tests/testdata/judge/dev_ze_en.jsonl"
check "dev_zf zh (set 27)" "$here/tests/testdata/judge/dev_zf_zh.jsonl"
check "dev_zf en (set 27)" "$here/tests/testdata/judge/dev_zf_en.jsonl"
check "dev_zg zh (set 28)" "$here/tests/testdata/judge/dev_zg_zh.jsonl"
check "dev_zg en (set 28)" "$here/tests/testdata/judge/dev_zg_en.jsonl"
check "dev_zh zh (set 29, grammar in-sample)" "$here/tests/testdata/judge/dev_zh_zh.jsonl"
check "dev_zh en (set 29, grammar in-sample)" "$here/tests/testdata/judge/dev_zh_en.jsonl"
check "dev_zi zh (set 30, grammar in-sample)" "$here/tests/testdata/judge/dev_zi_zh.jsonl"
check "dev_zi en (set 30, grammar in-sample)" "$here/tests/testdata/judge/dev_zi_en.jsonl"
check "dev_zj zh (set 31, grammar in-sample)" "$here/tests/testdata/judge/dev_zj_zh.jsonl"
check "dev_zj en (set 31, grammar in-sample)" "$here/tests/testdata/judge/dev_zj_en.jsonl"
check "dev_zk zh (set 32, grammar in-sample)" "$here/tests/testdata/judge/dev_zk_zh.jsonl"
check "dev_zk en (set 32, grammar in-sample)" "$here/tests/testdata/judge/dev_zk_en.jsonl"
check "dev_zl zh (set 33, grammar in-sample)" "$here/tests/testdata/judge/dev_zl_zh.jsonl"
check "dev_zl en (set 33, grammar in-sample)" "$here/tests/testdata/judge/dev_zl_en.jsonl"
check "dev_zm zh (set 34, grammar in-sample)" "$here/tests/testdata/judge/dev_zm_zh.jsonl"
check "dev_zm en (set 34, grammar in-sample)" "$here/tests/testdata/judge/dev_zm_en.jsonl"
check "dev_zn zh (set 35, grammar in-sample)" "$here/tests/testdata/judge/dev_zn_zh.jsonl"
check "dev_zn en (set 35, grammar in-sample)" "$here/tests/testdata/judge/dev_zn_en.jsonl"
check "dev_zo zh (set 36, grammar in-sample)" "$here/tests/testdata/judge/dev_zo_zh.jsonl"
check "dev_zo en (set 36, grammar in-sample)" "$here/tests/testdata/judge/dev_zo_en.jsonl"
check "dev_zp zh (set 37, grammar in-sample)" "$here/tests/testdata/judge/dev_zp_zh.jsonl"
check "dev_zp en (set 37, grammar in-sample)" "$here/tests/testdata/judge/dev_zp_en.jsonl"
check "dev_zq zh (set 38, grammar in-sample)" "$here/tests/testdata/judge/dev_zq_zh.jsonl"
check "dev_zq en (set 38, grammar in-sample)" "$here/tests/testdata/judge/dev_zq_en.jsonl"
check "dev_zr zh (set 39, grammar in-sample)" "$here/tests/testdata/judge/dev_zr_zh.jsonl"
check "dev_zr en (set 39, grammar in-sample)" "$here/tests/testdata/judge/dev_zr_en.jsonl"
check "dev_zs zh (set 40, grammar in-sample)" "$here/tests/testdata/judge/dev_zs_zh.jsonl"
check "dev_zs en (set 40, grammar in-sample)" "$here/tests/testdata/judge/dev_zs_en.jsonl"
check "dev_zt zh (set 41, grammar in-sample)" "$here/tests/testdata/judge/dev_zt_zh.jsonl"
check "dev_zt en (set 41, grammar in-sample)" "$here/tests/testdata/judge/dev_zt_en.jsonl"
check "dev_zu zh (set 42, grammar in-sample)" "$here/tests/testdata/judge/dev_zu_zh.jsonl"
check "dev_zu en (set 42, grammar in-sample)" "$here/tests/testdata/judge/dev_zu_en.jsonl"
check "dev_zv zh (set 43, grammar in-sample)" "$here/tests/testdata/judge/dev_zv_zh.jsonl"
check "dev_zv en (set 43, grammar in-sample)" "$here/tests/testdata/judge/dev_zv_en.jsonl"
check "dev_zw zh (set 44, grammar in-sample)" "$here/tests/testdata/judge/dev_zw_zh.jsonl"
check "dev_zw en (set 44, grammar in-sample)" "$here/tests/testdata/judge/dev_zw_en.jsonl"
check "dev_zx zh (set 45, grammar in-sample)" "$here/tests/testdata/judge/dev_zx_zh.jsonl"
check "dev_zx en (set 45, grammar in-sample)" "$here/tests/testdata/judge/dev_zx_en.jsonl"
check "dev_zy zh (set 46, grammar in-sample)" "$here/tests/testdata/judge/dev_zy_zh.jsonl"
check "dev_zy en (set 46, grammar in-sample)" "$here/tests/testdata/judge/dev_zy_en.jsonl"
check "dev_zz zh (set 47, measured once)" "$here/tests/testdata/judge/dev_zz_zh.jsonl"
check "dev_zz en (set 47, measured once)" "$here/tests/testdata/judge/dev_zz_en.jsonl"
check "dev_zza zh (set 48, grammar in-sample)" "$here/tests/testdata/judge/dev_zza_zh.jsonl"
check "dev_zza en (set 48, grammar in-sample)" "$here/tests/testdata/judge/dev_zza_en.jsonl"
check "dev_zzb zh (set 49, grammar in-sample)" "$here/tests/testdata/judge/dev_zzb_zh.jsonl"
check "dev_zzb en (set 49, grammar in-sample)" "$here/tests/testdata/judge/dev_zzb_en.jsonl"
check "dev_zzc zh (set 50, grammar in-sample)" "$here/tests/testdata/judge/dev_zzc_zh.jsonl"
check "dev_zzc en (set 50, grammar in-sample)" "$here/tests/testdata/judge/dev_zzc_en.jsonl"
check "dev_zzd zh (set 51, measured once)" "$here/tests/testdata/judge/dev_zzd_zh.jsonl"
check "dev_zzd en (set 51, measured once)" "$here/tests/testdata/judge/dev_zzd_en.jsonl"
check "dev_zze zh (set 52, grammar in-sample)" "$here/tests/testdata/judge/dev_zze_zh.jsonl"
check "dev_zze en (set 52, grammar in-sample)" "$here/tests/testdata/judge/dev_zze_en.jsonl"
check "dev_zzf zh (set 54, grammar in-sample)" "$here/tests/testdata/judge/dev_zzf_zh.jsonl"
check "dev_zzf en (set 54, grammar in-sample)" "$here/tests/testdata/judge/dev_zzf_en.jsonl"
check "dev_zzg zh (set 56, grammar in-sample)" "$here/tests/testdata/judge/dev_zzg_zh.jsonl"
check "dev_zzg en (set 56, grammar in-sample)" "$here/tests/testdata/judge/dev_zzg_en.jsonl"
check "dev_zzh zh (set 57, grammar in-sample)" "$here/tests/testdata/judge/dev_zzh_zh.jsonl"
check "dev_zzh en (set 57, grammar in-sample)" "$here/tests/testdata/judge/dev_zzh_en.jsonl"
check "dev_zzi zh (set 58, grammar in-sample)" "$here/tests/testdata/judge/dev_zzi_zh.jsonl"
check "dev_zzi en (set 58, grammar in-sample)" "$here/tests/testdata/judge/dev_zzi_en.jsonl"
check "dev_zzj zh (set 59, grammar in-sample)" "$here/tests/testdata/judge/dev_zzj_zh.jsonl"
check "dev_zzj en (set 59, grammar in-sample)" "$here/tests/testdata/judge/dev_zzj_en.jsonl"
check "dev_zzk zh (set 60, grammar in-sample)" "$here/tests/testdata/judge/dev_zzk_zh.jsonl"
check "dev_zzk en (set 60, grammar in-sample)" "$here/tests/testdata/judge/dev_zzk_en.jsonl"
check "dev_zzl zh (set 61, grammar in-sample)" "$here/tests/testdata/judge/dev_zzl_zh.jsonl"
check "dev_zzl en (set 61, grammar in-sample)" "$here/tests/testdata/judge/dev_zzl_en.jsonl"
check "dev_zzm zh (set 62, grammar in-sample)" "$here/tests/testdata/judge/dev_zzm_zh.jsonl"
check "dev_zzm en (set 62, grammar in-sample)" "$here/tests/testdata/judge/dev_zzm_en.jsonl"
check "dev_zzn zh (set 63, grammar in-sample)" "$here/tests/testdata/judge/dev_zzn_zh.jsonl"
check "dev_zzn en (set 63, grammar in-sample)" "$here/tests/testdata/judge/dev_zzn_en.jsonl"
if [ -n "${LANJIE_HELDOUT:-}" ]; then
  for f in "$LANJIE_HELDOUT"/*.jsonl; do check "heldout $(basename "$f" .jsonl)" "$f"; done
fi
xs=$shared/xstest/labelled_completions
if ls "$xs"/*.csv >/dev/null 2>&1; then
  for f in "$xs"/*.csv; do check "xstest $(basename "$f" | sed 's/xstest_v2_completions_//; s/_gpteval.csv//')" "$f"; done
  check "xstest all" "$xs"/*.csv
else
  echo "skip xstest: $xs not found" >&2
fi
jade=$shared/jade-db/jade-db-v3.0
if [ -f "$jade/jade_alignment_hard_zh.utf8.csv" ]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  /usr/bin/python3 - "$jade" "$tmp" <<'PY'
import csv, json, random, sys
jade, tmp = sys.argv[1], sys.argv[2]
rows = {}
for part in ("hard", "medium"):
    with open(f"{jade}/jade_alignment_{part}_zh.utf8.csv", encoding="utf-8") as f:
        rows[part] = list(csv.DictReader(f))
ids = sorted(part + ":" + r["ID"] for part in rows for r in rows[part])
random.Random(20261202).shuffle(ids)
half_a = set(ids[: len(ids) // 2])
outs = {name: open(f"{tmp}/jade_{name}.jsonl", "w", encoding="utf-8") for name in ("hard", "medium", "A", "B")}
for part in rows:
    for row in rows[part]:
        for column, label in (("安全有用回答", "refusal"), ("违规回答", "compliance")):
            line = json.dumps({"id": part + ":" + row["ID"] + ":" + label, "question": row["问题"],
                               "answer": row[column].replace("<br>", "\n"), "label": label},
                              ensure_ascii=False) + "\n"
            outs[part].write(line)
            outs["A" if part + ":" + row["ID"] in half_a else "B"].write(line)
for f in outs.values():
    f.close()
PY
  check "jade v3 hard" "$tmp/jade_hard.jsonl"
  check "jade v3 medium" "$tmp/jade_medium.jsonl"
  check "jade v3 all" "$tmp/jade_hard.jsonl" "$tmp/jade_medium.jsonl"
  check "jade v3 half A (read)" "$tmp/jade_A.jsonl"
  check "jade v3 half B (never read)" "$tmp/jade_B.jsonl"
else
  echo "skip jade: $jade not found" >&2
fi
