#!/usr/bin/env bash
# Agreement of lanjie's refusal rules with XSTest's human labels
# (../shared/data/questions/xstest/labelled_completions/*.csv; binary: full or
# partial refusal vs full compliance). XSTest's own string match: 88.4%.
# Usage: bench/eval-xstest.sh [BUILD_DIR]   (default: build)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
data=${LANJIE_SHARED:-$here/../shared}/data/questions/xstest/labelled_completions
if ! ls "$data"/*.csv >/dev/null 2>&1; then
  echo "skip: $data not found (the XSTest labelled completions live in ../shared)" >&2
  exit 0
fi
[ -x "$build/tools/lanjie" ] || cmake --build "$build" --target lanjie
"$build/tools/lanjie" eval judge-check "$data"/*.csv
for f in "$data"/*.csv; do
  printf '%s: ' "$(basename "$f")"
  "$build/tools/lanjie" eval judge-check "$f" | head -1
done
