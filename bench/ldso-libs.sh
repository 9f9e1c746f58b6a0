#!/usr/bin/env bash
# What the dynamic loader costs per shared library the `lanjie` command
# links (issue 16, the fixed per-process cost). An empty program is linked
# (-Wl,--no-as-needed) against the binary's NEEDED libraries: all of them,
# all but one (for each), all but a group (Abseil, curl, ICU, ...), none;
# each is run under callgrind, which counts instructions whatever the
# machine's load. "saves" = instructions of `all` minus the row's: what
# dropping that library (and what only it pulls in) would cut per process.
#
#   bench/ldso-libs.sh LANJIE      e.g. bench/ldso-libs.sh build/tools/lanjie
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: bench/ldso-libs.sh LANJIE" >&2; exit 2; }
bin=$1
work=$(mktemp -d /tmp/lanjie-ldso.XXXXXX)
trap 'rm -rf "$work"' EXIT
echo 'int main(void) { return 0; }' >"$work/main.c"
mapfile -t libs < <(readelf -d "$bin" | awk '/NEEDED/ { gsub(/[][]/, "", $5); print $5 }' |
  grep -v -E '^(libc\.so|libm\.so|ld-linux|libgcc_s|libstdc\+\+)')
cost() {  # libs... -> instructions (M) of the empty program linked against them
  local args=() l
  for l in "$@"; do args+=("-l:$l"); done
  gcc -o "$work/p" "$work/main.c" -Wl,--no-as-needed "${args[@]}" -lstdc++ -lm 2>/dev/null || { echo "link failed"; return; }
  valgrind --tool=callgrind --callgrind-out-file="$work/cg" "$work/p" >/dev/null 2>&1
  callgrind_annotate "$work/cg" 2>/dev/null | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); printf "%.2f", $1 / 1e6 }'
}
echo "binary: $bin; $(ldd "$bin" | wc -l) objects loaded, ${#libs[@]} direct libraries (libc, libm, libstdc++, libgcc_s always)"
echo "load average: $(uptime | sed 's/.*load average: //')"
all=$(cost "${libs[@]}")
none=$(cost)
objs() { gcc -o "$work/q" "$work/main.c" -Wl,--no-as-needed "${@/#/-l:}" -lstdc++ -lm 2>/dev/null && ldd "$work/q" | wc -l; }
echo
echo "| linked | objects | instructions (M) | saves vs all (M) |"
echo "|---|---:|---:|---:|"
echo "| all ${#libs[@]} | $(objs "${libs[@]}") | $all | |"
echo "| none (libc, libm, libstdc++) | $(objs) | $none | $(awk -v a="$all" -v b="$none" 'BEGIN { printf "%.2f", a - b }') |"
group() {  # name regex
  local keep=() l
  for l in "${libs[@]}"; do [[ $l =~ $2 ]] || keep+=("$l"); done
  local c
  c=$(cost "${keep[@]}")
  echo "| all but $1 | $(objs "${keep[@]}") | $c | $(awk -v a="$all" -v b="$c" 'BEGIN { printf "%.2f", a - b }') |"
}
group "Abseil (${#libs[@]} minus the rest)" '^libabsl_'
group "curl" '^libcurl'
group "ICU" '^libicu'
group "xlsxwriter, zip, expat" '^(libxlsxwriter|libzip|libexpat)'
group "sqlite, hiredis, libevent" '^(libsqlite3|libhiredis|libevent)'
group "crypto" '^libcrypto'
group "every library the scan path does not call (curl, sqlite, hiredis, libevent, liblinear, xlsxwriter, zip, expat, ICU, simdjson)" \
  '^(libcurl|libsqlite3|libhiredis|libevent|liblinear|libxlsxwriter|libzip|libexpat|libicu|libsimdjson)'
for l in "${libs[@]}"; do
  [[ $l =~ ^libabsl_ ]] && continue
  group "$l" "^${l//+/\\+}\$"
done
