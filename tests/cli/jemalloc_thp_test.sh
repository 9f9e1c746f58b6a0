#!/bin/sh
# `lanjie compile` and `lanjie lexicon` run lanjie-full with jemalloc asking
# for transparent huge pages (companion.h, AskJemallocForHugePages):
# Hyperscan's compiler spent a third of a 250k-keyword compile in page
# faults with 4 KiB pages (bench/RESULTS.md "Compile with huge pages,
# tables read in place"). The other commands keep jemalloc's default (a server held more
# memory with huge pages), and a user's MALLOC_CONF still wins. jemalloc
# prints the options it runs with at exit under MALLOC_CONF=stats_print:true.
#   jemalloc_thp_test.sh LANJIE     (the front; lanjie-full linked with jemalloc)
set -eu
bin=$1
[ -x "$bin" ] || { echo "FAIL: $bin is not an executable"; exit 1; }
# opt_thp MALLOC_CONF COMMAND...: the opt.thp the companion ran with.
opt_thp() {
  conf=$1
  shift
  MALLOC_CONF=$conf "$bin" "$@" --help 2>&1 >/dev/null | sed -n 's/^ *opt\.thp: "\(.*\)"$/\1/p'
}
check() {
  want=$1
  shift
  got=$(opt_thp "$@")
  [ "$got" = "$want" ] || { echo "FAIL: MALLOC_CONF=$1 lanjie $2: opt.thp '$got', want '$want'"; exit 1; }
}
check always stats_print:true compile
check always stats_print:true lexicon export
check default stats_print:true serve
check default stats_print:true eval run
check never stats_print:true,thp:never compile
echo "ok: compile and lexicon with thp:always, serve and eval without, MALLOC_CONF=thp:never honoured"
