#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz/ in build-fuzz/ (clang-14,
# libFuzzer + ASan + UBSan, the engine instrumented too) and fuzzes each one
# in turn, or only those named: scripts/fuzz.sh [fuzz_sse|sse ...]
#
#   SECONDS=600   seconds per target (default 600)
#   MERGE=1       merge new interesting inputs back into tests/fuzz/corpus/<name>
#                 (libFuzzer -merge=1: only inputs that add coverage); without it
#                 the fuzzer works on a temporary copy and the tree is untouched
#   JOBS=2        build parallelism (default 2)
#
# Crash artifacts and logs go to build-fuzz/artifacts/ and build-fuzz/fuzz-logs/.
# Exit status: 0 when no target crashed and no sanitizer reported, 1 otherwise.
# Not part of scripts/test.sh or CI; `ctest` in build-fuzz/ replays the seed
# corpora once (the fast smoke test).

# Read SECONDS before anything else: bash counts up from the imported value.
if declare -p SECONDS 2>/dev/null | grep -q '^declare -[a-z]*x'; then
  duration=$SECONDS
else
  duration=600
fi
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
case "$duration" in '' | *[!0-9]*) echo "fuzz.sh: SECONDS must be a number of seconds" >&2; exit 2 ;; esac

all_targets=(fuzz_normalize fuzz_lexicon fuzz_sse fuzz_moderation fuzz_refusal fuzz_eval_readers fuzz_scan_paths fuzz_artifact)
targets=()
for arg in "$@"; do
  name=fuzz_${arg#fuzz_}
  if [ ! -d "tests/fuzz/corpus/${name#fuzz_}" ] || [ ! -f "tests/fuzz/$name.cc" ]; then
    echo "fuzz.sh: unknown target $arg (known: ${all_targets[*]})" >&2
    exit 2
  fi
  targets+=("$name")
done
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")

# What the build needs: the project's packages, then clang, its runtimes
# (libFuzzer, sanitizers), lld and llvm-symbolizer.
scripts/deps.sh clang-14 libclang-rt-14-dev lld-14 llvm-14 ccache

build=$root/build-fuzz
CC=clang-14 CXX=clang++-14 cmake -S . -B "$build" -G Ninja \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLANJIE_BUILD_FUZZ=ON \
  -DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
  -DCMAKE_EXE_LINKER_FLAGS=-fuse-ld=lld-14 >/dev/null
nice -n 10 cmake --build "$build" -j"${JOBS:-2}" --target "${targets[@]}"

artifacts=$build/artifacts
logs=$build/fuzz-logs
mkdir -p "$artifacts" "$logs"
export ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-14/bin/llvm-symbolizer
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

failed=()
for name in "${targets[@]}"; do
  corpus=$root/tests/fuzz/corpus/${name#fuzz_}
  copy=$work/$name
  mkdir -p "$copy"
  cp -r "$corpus"/. "$copy"/
  log=$logs/$name.log
  echo "=== $name: ${duration}s on a copy of ${corpus#"$root"/} ($(ls "$copy" | wc -l) seeds), log $log"
  status=0
  nice -n 10 "$build/tests/fuzz/$name" -max_total_time="$duration" -print_final_stats=1 \
    -artifact_prefix="$artifacts/$name-" "$copy" >"$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  cov=$(grep -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -1 || true)
  reported=$(grep -E -m1 'ERROR: (AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer|libFuzzer)|runtime error:|deadly signal' "$log" || true)
  if [ "$status" -ne 0 ] || [ -n "$reported" ]; then
    result="CRASH (exit $status): ${reported:-see log}"
    failed+=("$name")
  else
    result="no crash, no sanitizer report"
  fi
  echo "$name: seconds ${duration}, runs ${runs:-?}, exec/s ${speed:-?}, ${cov:-cov: ?}, $result"
  if [ "$status" -ne 0 ] || [ -n "$reported" ]; then
    ls "$artifacts"/"$name"-* 2>/dev/null | sed 's/^/  artifact: /' || true
  elif [ "${MERGE:-0}" = 1 ]; then
    before=$(ls "$corpus" | wc -l)
    nice -n 10 "$build/tests/fuzz/$name" -merge=1 -artifact_prefix="$artifacts/$name-merge-" \
      "$corpus" "$copy" >"$logs/$name-merge.log" 2>&1
    echo "$name: merged into ${corpus#"$root"/}: $before -> $(ls "$corpus" | wc -l) files"
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz.sh: crashed or reported: ${failed[*]} (artifacts in $artifacts)" >&2
  exit 1
fi
echo "fuzz.sh: no crash in ${targets[*]}"
